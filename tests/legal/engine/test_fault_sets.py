"""Fault sets and limbs: coverage asks "is the conduct reached with intent?", rights ask "does it reach less?".

Legal reasoning. The obligation to criminalise incitement (SC res 1624 (2005) para 1(a); CETS 196 art 5)
is met by an offence that reaches incitement committed with intent: an offence drafted "intentionally or
recklessly" reaches every intentional incitement, so the State is not short of the obligation. Its reach
below intent is a different question -- whether speech is punished without the intent to incite that
human rights law requires (ICCPR art 19(3)) -- and it is answered by the rights criterion and the rights
flag, not by marking the coverage criterion down. Where one section creates several offences, each
conduct is judged with the fault and penalty the law attaches to that conduct, not with the section's.
"""

from __future__ import annotations

from draftkit.assess import Outcome
from tests.legal.engine.frameworks import check, framework, provision

INCITEMENT_INTENT_OR_RECKLESS = provision(
    "xz.ta.s5",
    "offence",
    {
        "conduct": ["incitement"],
        "covers_online": True,
        "mental_elements": ["intent", "recklessness"],
        "terrorist_purpose": True,
        "risk_element": True,
        "penalty": {"max_years": 7},
    },
)


def test_intent_or_recklessness_meets_coverage_and_raises_the_rights_flag() -> None:
    result = check(framework(INCITEMENT_INTENT_OR_RECKLESS), "crim.incitement", "safeguards.speech_offences")
    coverage = result.criterion("crim.incitement")
    assert coverage.outcome is Outcome.MET, coverage.reasoning
    rights = result.criterion("safeguards.speech_offences")
    assert rights.outcome is not Outcome.MET
    assert rights.human_rights_risk
    assert any(s.provision == "xz.ta.s5" and s.code == "rights_risk" for s in rights.shortfalls)


def test_intent_alone_meets_both_without_a_flag() -> None:
    intent = {
        **INCITEMENT_INTENT_OR_RECKLESS,
        "elements": {**INCITEMENT_INTENT_OR_RECKLESS["elements"], "mental_elements": ["intent"]},
    }
    result = check(framework(intent), "crim.incitement", "safeguards.speech_offences")
    assert result.criterion("crim.incitement").outcome is Outcome.MET
    rights = result.criterion("safeguards.speech_offences")
    assert rights.outcome is Outcome.MET
    assert not rights.human_rights_risk


def test_incitement_without_a_danger_element_is_covered_and_flagged() -> None:
    # CETS 196 art 5: public provocation is a message distributed with intent to incite that causes a
    # danger. An offence of intentional incitement with no danger element reaches every such message (and
    # more): coverage is met. Reaching speech that causes no danger is the rights question (ICCPR art
    # 19(3)), answered by the speech-offence criterion and its flag.
    no_danger = {
        **INCITEMENT_INTENT_OR_RECKLESS,
        "elements": {**INCITEMENT_INTENT_OR_RECKLESS["elements"], "mental_elements": ["intent"], "risk_element": False},
    }
    result = check(framework(no_danger), "crim.incitement", "safeguards.speech_offences")
    coverage = result.criterion("crim.incitement")
    assert coverage.outcome is Outcome.MET, coverage.reasoning
    rights = result.criterion("safeguards.speech_offences")
    assert rights.outcome is not Outcome.MET
    assert rights.human_rights_risk


def test_a_fault_set_not_stated_is_unknown_not_a_rights_risk() -> None:
    # The file records no fault: the engine cannot show intent (coverage not met) and must not
    # assume less than intent either (no rights flag on a guess).
    unknown = {
        **INCITEMENT_INTENT_OR_RECKLESS,
        "elements": {**INCITEMENT_INTENT_OR_RECKLESS["elements"], "mental_elements": []},
    }
    result = check(framework(unknown), "crim.incitement", "safeguards.speech_offences")
    assert result.criterion("crim.incitement").outcome is Outcome.PARTLY_MET
    rights = result.criterion("safeguards.speech_offences")
    assert not rights.human_rights_risk
    assert any(s.code == "not_stated" and s.element == "mental_elements" for s in rights.shortfalls)


def _section(dissemination_fault: str) -> dict[str, object]:
    # s.9(1): incitement, intentionally, 10 years; s.9(2): dissemination, with the given fault, 5 years.
    return provision(
        "xz.ta.s9",
        "offence",
        {
            "conduct": ["incitement", "dissemination"],
            "covers_online": True,
            "mental_elements": sorted({"intent", dissemination_fault}),
            "terrorist_purpose": True,
            "risk_element": True,
            "penalty": {"max_years": 10},
            "defences": ["non_endorsement"],
            "limbs": [
                {"conduct": ["incitement"], "mental_elements": ["intent"], "penalty": {"max_years": 10}},
                {"conduct": ["dissemination"], "mental_elements": [dissemination_fault], "penalty": {"max_years": 5}},
            ],
        },
    )


def test_each_limb_counts_with_its_own_fault() -> None:
    ids = ("crim.incitement", "crim.dissemination", "safeguards.speech_offences")
    reckless = check(framework(_section("recklessness")), *ids)
    assert reckless.criterion("crim.incitement").outcome is Outcome.MET
    # dissemination is reached only recklessly: the section's "intent" belongs to the other limb
    assert reckless.criterion("crim.dissemination").outcome is Outcome.PARTLY_MET
    rights = reckless.criterion("safeguards.speech_offences")
    assert rights.human_rights_risk
    assert {s.provision for s in rights.shortfalls} == {"xz.ta.s9"}
    intentional = check(framework(_section("intent")), *ids)
    assert intentional.criterion("crim.dissemination").outcome is Outcome.MET
    assert not intentional.criterion("safeguards.speech_offences").human_rights_risk
