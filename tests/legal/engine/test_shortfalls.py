"""Every shortfall is recorded as data beside the prose: criterion, provision, element, found, required, code.

The report words findings from this data (and in other languages); the data must therefore say exactly
what the reasoning says, with nothing lost: which provision, which element, what the law has and what
the criterion requires.
"""

from __future__ import annotations

import json

from draftkit.assess import Outcome, assess
from draftkit.assess.result import Assessment, ShortfallCode
from tests.legal.engine.frameworks import check, framework, provision

WEAK_POWER = provision(
    "xz.ipa.s5",
    "investigative_power",
    {
        "power": "remote_access",
        "authorisation": "executive",
        "data_categories": ["content"],
        "safeguards": ["necessity"],
    },
)


def test_a_failing_power_is_recorded_element_by_element() -> None:
    result = check(framework(WEAK_POWER), "safeguards.every_power").criterion("safeguards.every_power")
    assert result.outcome is Outcome.NOT_MET
    safeguards = next(
        s
        for s in result.shortfalls
        if s.element == "all_safeguards" and isinstance(s.required, dict) and "includes_all" in s.required
    )
    assert safeguards.criterion == "safeguards.every_power"
    assert safeguards.provision == "xz.ipa.s5"
    assert safeguards.code is ShortfallCode.VALUE
    assert safeguards.found == ["necessity"]
    assert safeguards.required == {"includes_all": ["necessity", "proportionality", "oversight", "remedy"]}
    assert "xz.ipa.s5" in result.reasoning  # the prose still says it
    assert any(s.code is ShortfallCode.RIGHTS_RISK and s.provision == "xz.ipa.s5" for s in result.shortfalls)


def test_a_power_is_told_only_the_alternatives_it_could_meet() -> None:
    """safeguards.every_power accepts a judge or an independent body for every power, a prosecutor for
    preservation, subscriber information and partial disclosure, and the border measures of SC res 2396 as
    they are. Remote access authorised by a minister can meet only the first alternative: the finding says
    that a judge or an independent body is needed, not that a prosecutor would do for preservation."""
    result = check(framework(WEAK_POWER), "safeguards.every_power").criterion("safeguards.every_power")
    authority = [s for s in result.shortfalls if s.element == "weakest_authorisation"]
    assert [(s.code, s.found, s.required) for s in authority] == [
        (ShortfallCode.VALUE, "executive", {"in": ["judicial", "independent"]})
    ]
    assert not any(s.code is ShortfallCode.NEEDS_ONE_OF for s in result.shortfalls)


def test_a_missing_offence_names_the_near_miss() -> None:
    reckless = provision(
        "xz.ta.s5",
        "offence",
        {"conduct": ["incitement"], "covers_online": True, "mental_elements": ["recklessness"], "risk_element": True},
    )
    result = check(framework(reckless), "crim.incitement").criterion("crim.incitement")
    assert result.outcome is Outcome.PARTLY_MET
    missing = [s for s in result.shortfalls if s.code is ShortfallCode.NO_PROVISION]
    assert len(missing) == 1
    assert missing[0].required["kind"] == "offence"  # type: ignore[index,call-overload]
    near = [s for s in result.shortfalls if s.near_miss]
    assert [(s.provision, s.element, s.found) for s in near] == [("xz.ta.s5", "mental_elements", ["recklessness"])]
    assert "recklessness" not in result.reasoning  # a near miss is data, not prose


def test_shortfalls_survive_json_and_the_schema() -> None:
    result = assess(framework(WEAK_POWER))
    again = Assessment.model_validate(json.loads(result.model_dump_json()))
    assert again == result
    met = [c for c in result.criteria if c.outcome is Outcome.MET]
    assert all(s.code is ShortfallCode.RIGHTS_RISK for c in met for s in c.shortfalls)


def test_a_value_the_law_must_not_have_is_recorded_with_what_is_ruled_out() -> None:
    """A speech offence punishable by 30 years fails the proportionality test "no term of 11 years or more":
    the shortfall records the penalty found and the term ruled out, as data the report words."""
    harsh = provision(
        "xz.ta.s7",
        "offence",
        {
            "conduct": ["incitement"],
            "mental_elements": ["intent"],
            "terrorist_purpose": True,
            "penalty": {"max_years": 30, "life": False},
        },
    )
    result = check(framework(harsh), "safeguards.speech_penalties").criterion("safeguards.speech_penalties")
    assert result.outcome is Outcome.NOT_MET
    ruled_out = [s for s in result.shortfalls if s.code is ShortfallCode.MUST_NOT_HAVE]
    assert [(s.provision, s.element, s.found, s.required) for s in ruled_out] == [
        ("xz.ta.s7", "penalty", {"max_years": 30}, {"none": [{"max_years": {"at_least": 11}}]})
    ]
