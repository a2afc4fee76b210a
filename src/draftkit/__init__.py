"""draftkit: model provisions, gap checks and annotated Word drafts for counter-terrorism law
on the use of the Internet, after the UNODC publication of 2012.

The data flow, one subpackage a step::

    load      -> read a framework file into a validated NationalFramework (located errors)
    validate  -> references, duplicates and citations checked against the registries
    assess    -> the rules engine: criteria, outcomes with evidence, ratings per area
    compose   -> the bill as a pure-Python structure: Parts, numbered sections, notes
    render    -> Word documents, Markdown and JSON

The names below are the public API. They are imported on first use, so that
``import draftkit`` stays cheap and commands load only what they need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from draftkit._version import __version__ as __version__

_EXPORTS = {
    "InputError": "draftkit.diagnostics",
    "Problem": "draftkit.diagnostics",
    "load_framework": "draftkit.load.framework",
    "parse_framework": "draftkit.load.framework",
    "framework_to_yaml": "draftkit.load.dump",
    "framework_to_json": "draftkit.load.dump",
    "load_catalog": "draftkit.catalog.store",
    "assess_framework": "draftkit.assess",
    "load_pack": "draftkit.assess",
    "core_pack": "draftkit.assess",
    "write_drafts": "draftkit.drafts",
    "NationalFramework": "draftkit.models",
    "Assessment": "draftkit.assess.result",
}

# `draftkit.assess` is the subpackage; its entry point is exported as `assess_framework`.
_ALIASES = {"assess_framework": "assess"}

__all__ = [
    "Assessment",
    "InputError",
    "NationalFramework",
    "Problem",
    "assess_framework",
    "core_pack",
    "framework_to_json",
    "framework_to_yaml",
    "load_catalog",
    "load_framework",
    "load_pack",
    "parse_framework",
    "write_drafts",
]

if TYPE_CHECKING:
    from draftkit.assess import assess as assess_framework
    from draftkit.assess import core_pack as core_pack
    from draftkit.assess import load_pack as load_pack
    from draftkit.assess.result import Assessment as Assessment
    from draftkit.catalog.store import load_catalog as load_catalog
    from draftkit.diagnostics import InputError as InputError
    from draftkit.diagnostics import Problem as Problem
    from draftkit.drafts import write_drafts as write_drafts
    from draftkit.load.dump import framework_to_json as framework_to_json
    from draftkit.load.dump import framework_to_yaml as framework_to_yaml
    from draftkit.load.framework import load_framework as load_framework
    from draftkit.load.framework import parse_framework as parse_framework
    from draftkit.models import NationalFramework as NationalFramework


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'draftkit' has no attribute '{name}'")
    attribute = _ALIASES.get(name, name)
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
