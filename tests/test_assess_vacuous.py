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
