"""Legal regression case: the bill answers the requirements it brings into play itself.

XC has no cooperation law at all, so the requirement that dual criminality be tested by the
underlying conduct, not by the name of the offence, does not apply to its law in force (there is no
dual-criminality rule to test). The proposed bill enacts extradition and mutual legal assistance;
from then on a dual-criminality condition can block a request about an online speech offence framed
differently abroad, and the requirement applies. A bill that created that gap without closing it
would leave International cooperation below C with the proposed bill. Expected: the plan answers
coop.dual_criminality (it was not applicable in the assessment), the law with the proposed bill
meets it, and every area of XC is C with the proposed bill.
"""

from __future__ import annotations

import pytest

from draftkit.assess import assess
from draftkit.assess.result import Outcome
from draftkit.catalog import load_catalog
from draftkit.compose import bill_plan
from draftkit.compose.proposal import with_proposed_view
from draftkit.load import load_framework
from draftkit.models import Rating
from tests.conftest import EXAMPLES


def test_a_requirement_the_bill_brings_into_play_is_answered() -> None:
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    assessment = assess(framework)
    assert assessment.criterion("coop.dual_criminality").outcome is Outcome.NOT_APPLICABLE
    plan = bill_plan(framework, assessment, load_catalog())
    assert any("coop.dual_criminality" in change.answers for change in plan.changes)
    _, proposed = with_proposed_view(framework, assessment)
    third = proposed.criterion("coop.dual_criminality").proposed
    assert third is not None
    assert third.outcome is Outcome.MET, third.reasoning
    assert {area.area.value: area.rating_proposed for area in proposed.areas} == {
        area.area.value: Rating.C for area in proposed.areas
    }
    assert all(area.score_proposed is not None and area.score_proposed >= 0.95 for area in proposed.areas), [
        (area.area.value, area.score_proposed) for area in proposed.areas
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_is_compliant_everywhere_with_the_proposed_bill(name: str) -> None:
    """The issue's promise on the examples: every area C with the proposed bill (the report explains
    any exception; there is none). XB's informal cooperation needs the rule on evidence received through
    informal channels as well as the cooperation rule, so both are its remedies."""
    framework = load_framework(EXAMPLES / name)
    _, proposed = with_proposed_view(framework, assess(framework))
    below = {area.area.value: area.rating_proposed for area in proposed.areas if area.rating_proposed is not Rating.C}
    assert below == {}, below
