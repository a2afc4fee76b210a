"""Legal regression cases for the model half of issue #12 (tests/legal/*.yaml, reasoning in each file).

Each case is a small framework written as a lawyer would record the law; the test says what the
format must keep and, where the rules engine already reads it, the outcome the law requires.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from draftkit.assess import Outcome, assess
from draftkit.load import load_framework
from draftkit.models import (
    Admissibility,
    Authorisation,
    EvidenceTopic,
    InstrumentStatus,
    MentalElement,
    ProvisionStatus,
)
from draftkit.validate.references import IN_FORCE, WITH_DRAFT, UnresolvedReason, unresolved_references

LEGAL = Path(__file__).parent / "legal"


def test_several_fault_elements_and_limbs_are_recorded() -> None:
    framework = load_framework(LEGAL / "fault-set.yaml")
    incitement, dissemination = framework.provisions
    assert incitement.elements.mental_elements == [MentalElement.INTENT, MentalElement.RECKLESSNESS]
    assert incitement.elements.prosecution_consent is True
    limbs = dissemination.elements.limbs
    assert [(limb.mental_elements, limb.penalty.max_years if limb.penalty else None) for limb in limbs] == [
        ([MentalElement.INTENT], 7),
        ([MentalElement.RECKLESSNESS], 2),
    ]


def test_an_offence_wider_than_intent_still_reaches_intentional_incitement() -> None:
    """Coverage reads the fault set: intent suffices, so the conduct done with intent is reached."""
    assessment = assess(load_framework(LEGAL / "fault-set.yaml"))
    result = assessment.criterion("crim.incitement")
    assert result.outcome is Outcome.MET
    assert result.in_force.outcome is Outcome.MET
    assert "xl.ta.s1" in result.evidence


def test_mixed_authorisation_routes_and_the_agencys_own_officer_are_recorded() -> None:
    framework = load_framework(LEGAL / "mixed-authorisation.yaml")
    power, disclosure = framework.provisions
    assert power.elements.authorisation is Authorisation.JUDICIAL
    assert [(r.authorisation, r.when) for r in power.elements.other_routes] == [
        (Authorisation.EXECUTIVE, "national security"),
        (Authorisation.INTERNAL, "urgency, to be confirmed by a judge within 48 hours"),
    ]
    assert disclosure.elements.access_authorisation is Authorisation.INTERNAL
    # internal sits below a minister and above no authorisation at all
    order = list(Authorisation)
    assert order.index(Authorisation.EXECUTIVE) < order.index(Authorisation.INTERNAL) < order.index(Authorisation.NONE)


def test_exclusion_of_intercept_evidence_is_recorded_as_an_exclusion() -> None:
    framework = load_framework(LEGAL / "intercept-exclusion.yaml")
    exclusion, records = framework.provisions
    assert exclusion.elements.topics == [EvidenceTopic.INTERCEPT_AS_EVIDENCE]
    status = {a.topic: a.status for a in exclusion.elements.admissibility}
    assert status == {EvidenceTopic.INTERCEPT_AS_EVIDENCE: Admissibility.EXCLUDED}
    status = {a.topic: a.status for a in records.elements.admissibility}
    assert status == {
        EvidenceTopic.ELECTRONIC_ADMISSIBILITY: Admissibility.ADMITTED,
        EvidenceTopic.FOREIGN_EVIDENCE: Admissibility.CONDITIONAL,
    }


def test_a_reference_to_a_missing_or_repealed_section_is_a_warning_and_a_finding(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = LEGAL / "dangling-reference.yaml"
    framework = load_framework(path)  # valid: no error
    assert framework.superseded(*WITH_DRAFT) == {"xl.ta.s3": "replaced by xl.bill.c1"}
    in_force = unresolved_references(framework, IN_FORCE)
    assert [(u.provision, u.target, u.reason) for u in in_force] == [("xl.ta.s5", "xl.ta.s4", UnresolvedReason.MISSING)]
    with_draft = unresolved_references(framework, WITH_DRAFT)
    assert [(u.provision, u.target, u.reason, u.by) for u in with_draft] == [
        ("xl.ta.s5", "xl.ta.s4", UnresolvedReason.MISSING, None),
        ("xl.ta.s5", "xl.ta.s3", UnresolvedReason.REPLACED, "xl.bill.c1"),
    ]
    from draftkit.cli import main

    monkeypatch.setattr(sys, "argv", ["draftkit", "validate", str(path)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code in (0, None)
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"{path}:39:15: provisions[1].related[0]: warning: DK120 refers to 'xl.ta.s4', which is not a provision of "
        "this framework (a finding of `check`; if it is in a law the framework does not describe, record it "
        "under external_references); did you mean 'xl.ta.s3'?",
        f"{path}:39:25: provisions[1].related[1]: warning: DK120 refers to 'xl.ta.s3', which is replaced by "
        "xl.bill.c1 (with the draft)",
    ]
    # the criterion about dangling references can now fail, in force and with the draft
    result = assess(framework).criterion("def.references_resolve")
    assert result.outcome is Outcome.NOT_MET
    assert result.in_force.outcome is Outcome.NOT_MET


def test_an_eu_directive_binds_a_member_state_without_ratification() -> None:
    framework = load_framework(LEGAL / "eu-member.yaml")
    directive = framework.instruments[0]
    assert directive.status is InstrumentStatus.BOUND_AS_EU_MEMBER
    assert framework.party_to("eu-dir-2017-541")
    assert framework.party_to("ets-185")


def test_statuses_of_a_repeal_clause_are_drafts_only() -> None:
    assert {s.value for s in ProvisionStatus} == {"in_force", "bill", "draft_proposal"}
