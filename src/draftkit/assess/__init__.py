"""The rules engine: check a national framework against rule packs, criterion by criterion.

Public API::

    from draftkit.assess import assess, core_pack, load_pack

    assessment = assess(framework)                       # core pack unodc-2012
    assessment = assess(framework, [core_pack(), load_pack("extra.yaml")])

Criteria tests are a structured matcher written as YAML data (see
:mod:`draftkit.assess.language`), compiled and checked when a pack loads.
"""

from draftkit.assess.engine import assess
from draftkit.assess.pack import RulePack, core_pack, load_pack, parse_pack
from draftkit.assess.rating import RatingRule, default_rating_rule, load_rating_rule
from draftkit.assess.result import Assessment, Outcome, Strength, View

__all__ = [
    "Assessment",
    "Outcome",
    "RatingRule",
    "RulePack",
    "Strength",
    "View",
    "assess",
    "core_pack",
    "default_rating_rule",
    "load_pack",
    "load_rating_rule",
    "parse_pack",
]
