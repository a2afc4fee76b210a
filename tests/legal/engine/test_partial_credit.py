"""Every power has safeguards: partial credit, safeguard provisions that apply to a power, and scope.

Legal reasoning. "Is every investigative power subject to the safeguards human rights law requires?"
(ICCPR art 17) is answered power by power. A State whose interception and production powers are fully
safeguarded but whose remote-access power is not has done part of what is required: partly met, with the
failing power named -- not the same result as a State with no safeguards at all. Safeguards need not be
written into each power: an oversight commissioner or a tribunal established by its own section, which
the law applies to a power (to all powers, to powers of its type, or by cross-reference), is a safeguard
of that power. And a test reaches only the provisions the question is about: a clause that only
designates the central authority for assistance requests says nothing about grounds of refusal.
"""

from __future__ import annotations

from typing import Any

from draftkit.assess import Outcome, assess
from draftkit.assess.rating import default_rating_rule
from tests.legal.engine.frameworks import check, framework, pack, provision

# Notification after a covert measure, a stated threshold and the persons it may reach are part of the full set
# (Zakharov v. Russia [GC]).
FULL = ["necessity", "proportionality", "oversight", "remedy", "notification"]


def power(pid: str, kind: str, authorisation: str, safeguards: list[str], **elements: Any) -> dict[str, Any]:
    return provision(
        pid,
        "investigative_power",
        {
            "power": kind,
            "authorisation": authorisation,
            "max_duration_days": 90,
            "threshold": "reasonable grounds to believe",
            "persons_covered": "the suspect",
            "data_categories": ["content"],
            "safeguards": safeguards,
            **elements,
        },
    )


def test_one_failing_power_of_three_is_partly_met() -> None:
    fw = framework(
        power("xz.ipa.s3", "interception", "judicial", FULL),
        power("xz.ipa.s4", "production_order", "judicial", FULL),
        power("xz.ipa.s5", "remote_access", "executive", ["necessity"]),
    )
    result = check(fw, "safeguards.every_power").criterion("safeguards.every_power")
    assert result.outcome is Outcome.PARTLY_MET, result.reasoning
    assert result.evidence == ["xz.ipa.s3", "xz.ipa.s4"]
    assert {s.provision for s in result.shortfalls} >= {"xz.ipa.s5"}
    assert "xz.ipa.s3" not in {s.provision for s in result.shortfalls}


def test_when_no_power_passes_it_is_not_met() -> None:
    fw = framework(power("xz.ipa.s5", "remote_access", "executive", ["necessity"]))
    result = check(fw, "safeguards.every_power").criterion("safeguards.every_power")
    assert result.outcome is Outcome.NOT_MET
    assert result.human_rights_risk


def test_the_rating_rule_decides_what_some_passing_earns() -> None:
    rule = default_rating_rule().model_copy(
        update={"every_provision": default_rating_rule().every_provision.model_copy(update={"some_pass": "not_met"})}
    )
    fw = framework(
        power("xz.ipa.s3", "interception", "judicial", FULL),
        power("xz.ipa.s5", "remote_access", "executive", ["necessity"]),
    )
    from tests.legal.engine.frameworks import only

    result = assess(fw, [only("safeguards.every_power")], rating_rule=rule).criterion("safeguards.every_power")
    assert result.outcome is Outcome.NOT_MET


def test_an_oversight_body_and_a_tribunal_count_toward_the_powers_they_apply_to() -> None:
    commissioner = provision(
        "xz.ipa.s20",
        "safeguard",
        {"applies_to": ["interception"], "safeguards": ["record_keeping"], "oversight_body": "the Commissioner"},
    )
    tribunal = provision("xz.ipa.s30", "safeguard", {"safeguards": ["remedy"]}, related=["xz.ipa.s3"])
    intercept = power("xz.ipa.s3", "interception", "judicial", ["necessity", "proportionality", "notification"])
    result = check(framework(intercept, commissioner, tribunal), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert found.outcome is Outcome.MET, found.reasoning
    assert found.evidence == ["xz.ipa.s3", "xz.ipa.s20", "xz.ipa.s30"]
    # without them the power lacks oversight and a remedy
    alone = check(framework(intercept), "safeguards.every_power").criterion("safeguards.every_power")
    assert alone.outcome is not Outcome.MET
    assert any(s.element == "all_safeguards" and s.provision == "xz.ipa.s3" for s in alone.shortfalls)


SCOPE_PACK = """
  - id: legal.refusal
    area: international_cooperation
    question: Must extradition or coercive assistance be refused where the person would face torture?
    strength: mandatory
    strength_source: {kind: publication, source: HR-CT-MEASURES-COMPLY, pinpoint: "para 42", verified: true}
    met:
      every_provision:
        where: {kind: cooperation, elements: {mechanisms: {includes_any: [extradition, mutual_legal_assistance]}}}
        unless: {elements: {central_authority: {present: true}, legal_bases: {present: false}}}
        then: {elements: {human_rights_refusal: true}}
    explanation:
      met: Refusal on human-rights grounds is required.
      not_met: Refusal on human-rights grounds is not required.
      not_applicable: Nothing to check.
"""


def test_a_clause_that_only_names_a_central_authority_is_outside_the_refusal_question() -> None:
    extradition = provision(
        "xz.ea.s7",
        "cooperation",
        {"mechanisms": ["extradition"], "legal_bases": ["statute"], "human_rights_refusal": True},
    )
    authority = provision(
        "xz.mla.s2",
        "cooperation",
        {"mechanisms": ["mutual_legal_assistance"], "central_authority": "the Attorney General"},
    )
    result = assess(framework(extradition, authority), [pack(SCOPE_PACK)]).criterion("legal.refusal")
    assert result.outcome is Outcome.MET, result.reasoning
    # the same clause is in scope once it regulates assistance itself
    regulating = {**authority, "elements": {**authority["elements"], "legal_bases": ["statute"]}}
    result = assess(framework(extradition, regulating), [pack(SCOPE_PACK)]).criterion("legal.refusal")
    assert result.outcome is Outcome.PARTLY_MET
