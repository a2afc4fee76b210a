"""Properties of the two views: the in-force view ignores drafts; the with-draft view only gains from them.

- With no bill or proposal, the two views are identical, criterion by criterion and area by area.
- Adding a bill provision never changes the in-force view.
- Adding a bill provision that neither repeals, replaces nor amends anything, and meets a criterion
  (the gold fixtures of test_assess_criteria), never lowers an outcome with the draft.
"""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from draftkit.assess import Outcome, assess
from draftkit.assess.result import NotApplicableReason
from draftkit.models import NationalFramework
from tests.strategies import frameworks
from tests.test_assess_criteria import CORE_IDS, fixture_provisions, outcome_got_worse


def _in_force_only(framework: NationalFramework) -> NationalFramework:
    data = framework.model_dump(mode="json")
    data["provisions"] = [
        {**p, "status": "in_force", "replaces": [], "repeals": [], "amends": []} for p in data["provisions"]
    ]
    data["repeal_clauses"] = []
    return NationalFramework.model_validate(data)


def _with(framework: NationalFramework, provisions: list[dict[str, Any]]) -> NationalFramework:
    data = framework.model_dump(mode="json")
    taken = {p["id"] for p in data["provisions"]}
    data["provisions"] += [p for p in provisions if p["id"] not in taken]
    return NationalFramework.model_validate(data)


@settings(max_examples=40, deadline=None)
@given(frameworks(max_provisions=8))
def test_without_drafts_the_two_views_are_identical(framework: NationalFramework) -> None:
    result = assess(_in_force_only(framework))
    for criterion in result.criteria:
        assert criterion.in_force.outcome is criterion.outcome, criterion.id
        assert criterion.in_force.evidence == criterion.evidence, criterion.id
        assert criterion.in_force.human_rights_risk is criterion.human_rights_risk, criterion.id
        assert criterion.in_force.shortfalls == criterion.shortfalls, criterion.id
        assert criterion.in_force.not_applicable_reason is criterion.not_applicable_reason, criterion.id
    for area in result.areas:
        assert (area.computed_rating_in_force, area.score_in_force) == (area.computed_rating, area.score)


@settings(max_examples=40, deadline=None)
@given(frameworks(max_provisions=8), st.sampled_from(CORE_IDS))
def test_a_bill_provision_never_changes_the_in_force_view_nor_lowers_the_with_draft_view(
    framework: NationalFramework, criterion_id: str
) -> None:
    before = assess(framework)
    after = assess(_with(framework, fixture_provisions(criterion_id, status="bill")))
    # As in tests/test_assess_properties.py: the 2006 retention fixture (general retention of all traffic
    # data) does not meet a criterion that no longer binds at the framework's date; it adopts the
    # retention option instead, whose rights test it rightly fails.
    assume(after.criterion(criterion_id).not_applicable_reason is not NotApplicableReason.NO_LONGER_BINDING)
    for old, new in zip(before.criteria, after.criteria, strict=True):
        assert new.in_force == old.in_force, new.id
        assert not outcome_got_worse(old.outcome, new.outcome), (new.id, old.reasoning, new.reasoning)
        assert not (new.human_rights_risk and not old.human_rights_risk), new.id


def test_general_retention_after_digital_rights_ireland_meets_no_criterion_and_fails_the_option() -> None:
    """The case the assumption above sets aside, pinned down. A framework as of 1 January 2015 enacts the
    general retention of all traffic data that met the 2006 Data Retention Directive. The Directive was
    annulled in April 2014 (Digital Rights Ireland), so its criterion no longer binds; the provision adopts
    the retention option, and general retention without targeting fails that option's rights test."""
    framework = NationalFramework.model_validate(
        {"country": "XA", "name": "Retention", "legal_tradition": "civil_law", "as_of": "2015-01-01"}
    )
    after = assess(_with(framework, fixture_provisions("providers.retention_2006", status="in_force")))
    old_rule = after.criterion("providers.retention_2006")
    assert old_rule.not_applicable_reason is NotApplicableReason.NO_LONGER_BINDING
    option = after.criterion("providers.retention")
    assert option.outcome is Outcome.NOT_MET
    assert option.human_rights_risk
