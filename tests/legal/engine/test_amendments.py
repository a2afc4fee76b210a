"""The with-draft view is the law as it would stand if the draft were enacted.

Legal reasoning. A bill that replaces a defective offence (one that punishes speech without intent)
with a properly drafted one cures the defect on enactment: with the draft, the old offence is no longer
law and cannot be the State's top shortfall. A section that is repealed is gone; one that is amended is
read as amended. In force, nothing changes until enactment. A law that refers to a section that has
been (or would be) repealed, or to a section that does not exist, has a real defect in its text: it is a
finding of the references criterion, not a file error.
"""

from __future__ import annotations

from typing import Any

from draftkit.assess import Outcome
from tests.legal.engine.frameworks import check, framework, provision

SPEECH = ("crim.incitement", "safeguards.speech_offences")


def incitement(pid: str, faults: list[str], *, status: str = "in_force", **extra: Any) -> dict[str, Any]:
    return provision(
        pid,
        "offence",
        {
            "conduct": ["incitement"],
            "covers_online": True,
            "mental_elements": faults,
            "terrorist_purpose": True,
            "risk_element": True,
            "penalty": {"max_years": 7},
        },
        status=status,
        **extra,
    )


def test_a_bill_clause_replacing_a_defective_offence_removes_it_from_the_with_draft_view() -> None:
    old = incitement("xz.pc.s12", ["recklessness"])
    new = incitement("xz.bill.cl4", ["intent"], status="bill", replaces=["xz.pc.s12"])
    result = check(framework(old, new), *SPEECH)
    rights = result.criterion("safeguards.speech_offences")
    assert rights.outcome is Outcome.MET, rights.reasoning
    assert not rights.human_rights_risk
    assert rights.evidence == ["xz.bill.cl4"]
    # in force, the defective offence is still the law
    assert rights.in_force.outcome is not Outcome.MET
    assert rights.in_force.human_rights_risk
    assert "safeguards.speech_offences" not in result.shortfalls[:1] or rights.outcome is not Outcome.MET


def test_a_repealed_offence_is_out_of_the_with_draft_view() -> None:
    old = incitement("xz.pc.s12", ["recklessness"])
    new = incitement("xz.bill.cl4", ["intent"], status="bill", repeals=["xz.pc.s12"])
    rights = check(framework(old, new), *SPEECH).criterion("safeguards.speech_offences")
    assert rights.outcome is Outcome.MET
    clause_only = framework(
        old,
        repeal_clauses=[{"source": {"act": "Bill", "section": "cl 9"}, "status": "bill", "repeals": ["xz.pc.s12"]}],
    )
    result = check(clause_only, *SPEECH)
    assert result.criterion("crim.incitement").outcome is Outcome.NOT_MET
    assert result.criterion("crim.incitement").in_force.outcome is not Outcome.NOT_MET


def test_an_amended_offence_is_read_as_amended() -> None:
    old = incitement("xz.pc.s12", ["recklessness"])
    amendment = incitement("xz.bill.cl5", ["intent"], status="bill", amends=["xz.pc.s12"])
    rights = check(framework(old, amendment), *SPEECH).criterion("safeguards.speech_offences")
    assert rights.outcome is Outcome.MET
    assert not rights.human_rights_risk


def test_references_to_repealed_and_missing_sections_are_findings() -> None:
    old = incitement("xz.pc.s12", ["intent"])
    referring = provision(
        "xz.pc.s40",
        "jurisdiction",
        {"bases": ["territorial"]},
        related=["xz.pc.s12", "xz.pc.s99"],
    )
    repeal = {"source": {"act": "Bill", "section": "cl 9"}, "status": "bill", "repeals": ["xz.pc.s12"]}
    result = check(framework(old, referring, repeal_clauses=[repeal]), "def.references_resolve")
    found = result.criterion("def.references_resolve")
    assert found.outcome is Outcome.NOT_MET
    codes = {(s.code, s.found) for s in found.shortfalls}
    assert codes == {("reference_repealed", "xz.pc.s12"), ("reference_unresolved", "xz.pc.s99")}
    in_force = {(s.code, s.found) for s in found.in_force.shortfalls}
    assert in_force == {("reference_unresolved", "xz.pc.s99")}


def test_an_external_reference_is_not_a_finding() -> None:
    referring = provision(
        "xz.pc.s40",
        "jurisdiction",
        {"bases": ["territorial"]},
        external_references=[{"act": "Criminal Procedure Act", "section": "s 12"}],
    )
    result = check(framework(referring), "def.references_resolve")
    assert result.criterion("def.references_resolve").outcome is Outcome.NOT_APPLICABLE
