"""Properties of the engine on generated frameworks: total, deterministic, monotone.

Monotone, precisely: take any framework F and any criterion C of the core pack; add to F the
fixture provisions that meet C (gold-standard provisions, see test_assess_criteria.py, with ids F
cannot contain). Then no criterion's outcome gets worse in either view (lower rank, or not
applicable -> not met), C is met, and no area rating gets worse where it is rated (not NA) before
and after. Adding a *bad* provision may of course make a human-rights criterion worse; that is
not what this property claims.
"""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from draftkit.assess import Outcome, assess, core_pack
from draftkit.assess.dates import state_bound
from draftkit.assess.pack import default_packs
from draftkit.assess.rating import RATING_ORDER
from draftkit.assess.result import NotApplicableReason
from draftkit.models import NationalFramework, Rating
from draftkit.reference import instruments as instrument_registry
from tests.strategies import frameworks
from tests.test_assess_criteria import CORE_IDS, fixture_provisions, fixture_table, outcome_got_worse


def _with(framework: NationalFramework, provisions: list[dict[str, Any]], instruments: list[Any]) -> NationalFramework:
    data = framework.model_dump(mode="json")
    data["provisions"] = [*data["provisions"], *provisions]
    known = {i["id"] for i in data["instruments"]}
    data["instruments"] = [*data["instruments"], *(i for i in instruments if i["id"] not in known)]
    return NationalFramework.model_validate(data)


def _rating_worse(before: Rating, after: Rating) -> bool:
    if Rating.NA in (before, after):
        return False
    return RATING_ORDER.index(after) < RATING_ORDER.index(before)


@given(frameworks(max_provisions=8))
def test_engine_is_total(framework: NationalFramework) -> None:
    result = assess(framework)
    assert len(result.criteria) == sum(len(pack.criteria) for pack in default_packs())
    assert [a.area for a in result.areas] == sorted(
        {a.area for a in result.areas}, key=list(type(result.areas[0].area)).index
    )
    for criterion in result.criteria:
        assert criterion.outcome in Outcome
        assert criterion.reasoning
        if criterion.outcome in (Outcome.MET, Outcome.PARTLY_MET):
            assert set(criterion.evidence) <= {p.id for p in framework.provisions}
        else:
            assert criterion.evidence == []


@given(frameworks(max_provisions=8))
def test_engine_is_deterministic(framework: NationalFramework) -> None:
    first = assess(framework).model_dump(mode="json")
    again = assess(NationalFramework.model_validate(framework.model_dump(mode="json"))).model_dump(mode="json")
    assert first == again


@given(frameworks(max_provisions=8), st.sampled_from(CORE_IDS), st.sampled_from(["in_force", "bill"]))
def test_adding_provisions_that_meet_a_criterion_never_makes_anything_worse(
    framework: NationalFramework, criterion_id: str, status: str
) -> None:
    before = assess(framework)
    instruments = (fixture_table()[criterion_id]["met"] or {}).get("instruments", [])
    after = assess(_with(framework, fixture_provisions(criterion_id, status=status), instruments))
    # Provisions "that meet C" only meet it where C speaks at the framework's date. The fixture meeting
    # the 2006 Data Retention Directive's criterion is general retention of all traffic data: in a
    # framework dated after Digital Rights Ireland (April 2014) that criterion no longer binds, and the
    # same provisions adopt the retention option, whose rights test they fail (as they should).
    assume(after.criterion(criterion_id).not_applicable_reason is not NotApplicableReason.NO_LONGER_BINDING)
    for old, new in zip(before.criteria, after.criteria, strict=True):
        assert old.id == new.id
        assert not outcome_got_worse(old.outcome, new.outcome), (new.id, old.reasoning, new.reasoning)
        assert not outcome_got_worse(old.in_force.outcome, new.in_force.outcome), new.id
        assert not (new.human_rights_risk and not old.human_rights_risk), new.id
    # C itself is now met -- unless C is a quality check (every provision of some sort must be
    # well drafted) that bad provisions of F already fail, or F's own instrument status wins.
    spec = next(c for c in core_pack().criteria if c.id == criterion_id).spec
    quality_check = spec.applies_when is not None or spec.adopted_when is not None  # an adopted option too
    already_failing = quality_check and before.criterion(criterion_id).outcome is not Outcome.NOT_APPLICABLE
    registry = instrument_registry()
    if not already_failing and not any(i["id"] in {x.id for x in framework.instruments} for i in instruments):
        result = after.criterion(criterion_id)
        dated = result.not_applicable_reason in (
            NotApplicableReason.NOT_YET_BINDING,
            NotApplicableReason.NO_LONGER_BINDING,
        )
        # A fixture that meets C by making the State party to a treaty meets it only once the treaty binds:
        # a framework dated 2000 cannot be party to the 2003 Protocol on racist and xenophobic acts, so
        # that option stays not adopted (as of the framework's date, the State is bound by nothing).
        after_framework = _with(framework, [], instruments)
        not_yet_in_force = any(
            not state_bound(after_framework, registry[i["id"]])[0] for i in instruments if i["id"] in registry
        )
        assert (
            result.outcome is Outcome.MET
            or (dated and result.outcome is Outcome.NOT_APPLICABLE)
            or (not_yet_in_force and result.not_applicable_reason is NotApplicableReason.OPTION_NOT_ADOPTED)
        )
    for old_area, new_area in zip(before.areas, after.areas, strict=True):
        assert not _rating_worse(old_area.computed_rating, new_area.computed_rating), new_area.area
        assert not _rating_worse(old_area.computed_rating_in_force, new_area.computed_rating_in_force), new_area.area


def _assess_scanning_every_provision(framework: NationalFramework) -> dict[str, Any]:
    """The engine as it was before tests walked only the provisions of their kind."""
    from draftkit.assess import matcher

    indexed = matcher.Pattern.candidates
    matcher.Pattern.candidates = lambda self, context: context.provisions  # type: ignore[method-assign]
    try:
        return assess(framework).model_dump(mode="json")
    finally:
        matcher.Pattern.candidates = indexed  # type: ignore[method-assign]


@given(frameworks(max_provisions=12))
def test_walking_provisions_by_kind_changes_no_result(framework: NationalFramework) -> None:
    assert assess(framework).model_dump(mode="json") == _assess_scanning_every_provision(framework)


def test_walking_provisions_by_kind_changes_no_result_on_the_examples() -> None:
    from draftkit.load import load_framework
    from tests.test_perf_cache import ROOT

    for path in sorted((ROOT / "examples").glob("*.yaml")):
        framework = load_framework(path)
        assert assess(framework).model_dump(mode="json") == _assess_scanning_every_provision(framework), path
