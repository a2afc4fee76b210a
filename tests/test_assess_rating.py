"""The rating rule: weights, thresholds, caps, NA, and its statement in words."""

from __future__ import annotations

import pytest

from draftkit.assess.rating import RatedOutcome, default_rating_rule, parse_rating_rule, rate
from draftkit.assess.result import Outcome, Strength
from draftkit.diagnostics import InputError
from draftkit.models import Rating

M, S, OPT = Strength.MANDATORY, Strength.SHOULD_CONSIDER, Strength.OPTIONAL


def r(strength: Strength, outcome: Outcome, risk: bool = False) -> RatedOutcome:
    return RatedOutcome(strength=strength, outcome=outcome, human_rights_risk=risk)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ([], (Rating.NA, 0.0)),
        ([r(M, Outcome.NOT_APPLICABLE)], (Rating.NA, 0.0)),
        ([r(M, Outcome.MET), r(M, Outcome.MET), r(M, Outcome.MET), r(OPT, Outcome.PARTLY_MET)], (Rating.C, 0.95)),
        ([r(M, Outcome.MET), r(S, Outcome.PARTLY_MET)], (Rating.LC, 0.8)),
        ([r(M, Outcome.MET), r(S, Outcome.NOT_MET)], (Rating.PC, 0.6)),
        (
            [r(S, Outcome.MET), r(S, Outcome.MET), r(S, Outcome.MET), r(S, Outcome.MET), r(M, Outcome.NOT_MET)],
            (Rating.PC, 0.7273),
        ),
        ([r(M, Outcome.MET), r(M, Outcome.MET, risk=True)], (Rating.LC, 1.0)),
        ([r(OPT, Outcome.NOT_MET)], (Rating.NC, 0.0)),
    ],
)
def test_default_rule(results: list[RatedOutcome], expected: tuple[Rating, float]) -> None:
    assert rate(default_rating_rule(), results) == expected


def test_c_needs_score_above_095() -> None:
    rating, score = rate(default_rating_rule(), [r(M, Outcome.MET), r(OPT, Outcome.PARTLY_MET)])
    assert score == 0.875
    assert rating is Rating.LC


def test_rule_is_stated_in_words() -> None:
    text = default_rating_rule().describe()
    for phrase in ("weighs 3 (mandatory)", "0.5 when partly met", "C from 0.95", "caps the area at PC", "is NA"):
        assert phrase in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            "thresholds: [{rating: C, min_score: 0.9}, {rating: NC, min_score: 0.1}]",
            "the last threshold needs min_score 0",
        ),
        (
            "thresholds: [{rating: C, min_score: 0.5}, {rating: LC, min_score: 0.7}, {rating: NC, min_score: 0}]",
            "must decrease",
        ),
        ("credits: {met: 0.5, partly_met: 0.8, not_met: 0}", "met >= partly_met >= not_met"),
        ("thresholds: [{rating: NA, min_score: 0}]", "expected one of"),
    ],
)
def test_bad_rules_are_rejected_with_location(change: str, message: str) -> None:
    base = (
        "draftkit: 1\nid: t\ntitle: T\nweights: {mandatory: 3, should_consider: 2, optional: 1}\n"
        "credits: {met: 1, partly_met: 0.5, not_met: 0}\n"
        "thresholds: [{rating: C, min_score: 0.9}, {rating: NC, min_score: 0}]\n"
    )
    key = change.split(":", maxsplit=1)[0]
    text = "\n".join(line for line in base.splitlines() if not line.startswith(key + ":")) + "\n" + change + "\n"
    with pytest.raises(InputError) as caught:
        parse_rating_rule(text, "rule.yaml")
    assert any(message in str(p) and str(p).startswith("rule.yaml:") for p in caught.value.problems), caught.value


@pytest.mark.parametrize(
    ("score_results", "expected"),
    [
        # exactly on a threshold earns it; just below does not
        ([r(M, Outcome.MET)] * 3 + [r(M, Outcome.NOT_MET, risk=False)] * 1, Rating.PC),  # 0.75 but capped
        ([r(S, Outcome.MET)] * 3 + [r(S, Outcome.NOT_MET)], Rating.LC),  # 0.75 exactly
        ([r(S, Outcome.MET)] * 2 + [r(S, Outcome.NOT_MET)] * 3, Rating.PC),  # 0.4 exactly
        ([r(S, Outcome.MET)] * 1 + [r(S, Outcome.NOT_MET)] * 2, Rating.NC),  # 0.3333
    ],
)
def test_threshold_boundaries(score_results: list[RatedOutcome], expected: Rating) -> None:
    assert rate(default_rating_rule(), score_results)[0] is expected


def test_caps_only_lower_a_rating() -> None:
    # an NC area with a rights risk stays NC (the LC cap never raises it)
    assert rate(default_rating_rule(), [r(S, Outcome.NOT_MET, risk=True)])[0] is Rating.NC
    # a should-consider criterion not met does not trigger the mandatory cap
    assert rate(default_rating_rule(), [r(S, Outcome.MET)] * 19 + [r(S, Outcome.NOT_MET)])[0] is Rating.C


def test_not_applicable_criteria_do_not_count() -> None:
    rule = default_rating_rule()
    assert rate(rule, [r(M, Outcome.MET), r(M, Outcome.NOT_APPLICABLE)]) == (Rating.C, 1.0)


def test_partial_credit_rule_is_stated_and_replaceable() -> None:
    rule = default_rating_rule()
    assert rule.every_provision.some_pass is Outcome.PARTLY_MET
    assert "partly met when some pass" in rule.describe()
    strict = parse_rating_rule(
        "draftkit: 1\nid: t\ntitle: T\nweights: {mandatory: 3, should_consider: 2, optional: 1}\n"
        "credits: {met: 1, partly_met: 0.5, not_met: 0}\n"
        "thresholds: [{rating: C, min_score: 0.9}, {rating: NC, min_score: 0}]\n"
        "every_provision: {some_pass: not_met}\n",
        "rule.yaml",
    )
    assert strict.every_provision.some_pass is Outcome.NOT_MET
    assert "not met when some pass" in strict.describe()
    with pytest.raises(InputError):
        parse_rating_rule(strict.model_dump_json().replace('"some_pass":"not_met"', '"some_pass":"met"'), "r.json")


def test_area_counts_add_up_to_the_areas_criteria() -> None:
    from draftkit.assess import assess
    from draftkit.load import load_framework
    from tests.conftest import EXAMPLES

    assessment = assess(load_framework(EXAMPLES / "xa-common-law.yaml"))
    for area in assessment.areas:
        mine = [c for c in assessment.criteria if c.area is area.area]
        assert sum(area.counts.values()) == len(mine), area.area
        for outcome, count in area.counts.items():
            assert count == sum(1 for c in mine if c.outcome.value == outcome), (area.area, outcome)


def test_a_rule_given_as_text_without_a_name_is_located_as_a_string() -> None:
    """A rating rule passed as text, with no file name, is still located in its errors: the reader sees
    "<string>:line:col", not an invented file name."""
    text = (
        "draftkit: 1\nid: t\ntitle: T\nweights: {mandatory: 3, should_consider: 2, optional: 1}\n"
        "credits: {met: 1, partly_met: 0.5, not_met: 0}\n"
        "thresholds: [{rating: C, min_score: 0.9}, {rating: NC, min_score: 0.1}]\n"
    )
    with pytest.raises(InputError) as caught:
        parse_rating_rule(text)
    assert [str(p).split(":", maxsplit=1)[0] for p in caught.value.problems] == ["<string>"], caught.value
