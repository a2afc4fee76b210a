"""A criterion of the form "every X must..." is never met merely because there is no X."""

from __future__ import annotations

from draftkit.assess import assess
from draftkit.assess.result import Outcome
from draftkit.load import load_framework
from tests.conftest import EXAMPLES


def test_no_power_collecting_communications_data_means_not_applicable() -> None:
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    result = assess(framework).criterion("safeguards.data_destruction")
    assert result.outcome is Outcome.NOT_APPLICABLE
    assert result.evidence == []
    assert "No investigative power collects communications" in result.reasoning


def test_vacuous_every_is_not_applicable_even_without_a_matching_applicability_test() -> None:
    from draftkit.assess import parse_pack

    pack = parse_pack(
        """
draftkit: 1
id: vacuous
title: Vacuous test
criteria:
  - id: x.every_interception_judicial
    area: investigative_powers
    question: Is every interception power judicially authorised?
    strength: should_consider
    strength_source: {kind: publication, source: HR-INTRUSIVE-POWERS-SAFEGUARDS, pinpoint: Chapter IV, verified: false}
    guidance: [HR-INTRUSIVE-POWERS-SAFEGUARDS]
    met:
      every_provision:
        where: {kind: investigative_power, elements: {power: interception}}
        then: {elements: {authorisation: judicial}}
    remedies: [safeguard.authorisation]
    explanation:
      met: Every interception power is judicially authorised.
      not_met: Some interception power is not judicially authorised.
      not_applicable: There is no interception power.
""",
        "vacuous.yaml",
    )
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    result = assess(framework, [pack]).criterion("x.every_interception_judicial")
    assert result.outcome is Outcome.NOT_APPLICABLE
    assert result.reasoning.startswith("There is no interception power.")


def test_some_provisions_meeting_one_alternative_of_any_is_partly_met() -> None:
    """XA with its bill has two investigative powers, one judicially authorised (the bill's production order)
    and one not (the Minister's interception warrant). "Every power judicial, or a provision of another kind"
    is then partly met, as "every power judicial" alone would be: the alternative that fails does not make the
    requirement wholly unmet."""
    from draftkit.assess import parse_pack

    pack = parse_pack(
        """
draftkit: 1
id: alternatives
title: Alternatives
criteria:
  - id: x.judicial_or_other
    area: investigative_powers
    question: Is every investigative power judicially authorised, or is there an evidence provision?
    strength: should_consider
    strength_source: {kind: publication, source: HR-INTRUSIVE-POWERS-SAFEGUARDS, pinpoint: Chapter IV, verified: false}
    guidance: [HR-INTRUSIVE-POWERS-SAFEGUARDS]
    met:
      any:
        - every_provision:
            where: {kind: investigative_power}
            then: {elements: {authorisation: judicial}}
        - provision: {kind: evidence}
    remedies: [safeguard.authorisation]
    explanation:
      met: Every power is judicially authorised.
      partly_met: Some powers are judicially authorised.
      not_met: No power is judicially authorised.
""",
        "alternatives.yaml",
    )
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    result = assess(framework, [pack]).criterion("x.judicial_or_other")
    assert result.outcome is Outcome.PARTLY_MET
    assert result.evidence == ["xa.bill.c12"]
