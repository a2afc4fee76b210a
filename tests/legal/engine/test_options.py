"""Options are never gaps: a criterion about an option the State may adopt, and has not, is not applicable.

Legal reasoning. Nothing in the instruments requires a State to create a glorification or "encouragement"
offence (the 2012 publication presents it as a choice some States made). A State that leaves it out has
no gap: it must not lose credit, be rated down or be told to enact it. A State that does adopt it must
keep it within human rights limits (intent, a real danger that an offence will be committed): once
adopted, the criterion's tests apply in full. An option becomes an obligation for a State bound by an
instrument that requires it (``mandatory_for_parties_to``), and is then judged as one.
"""

from __future__ import annotations

from draftkit.assess import Outcome
from draftkit.assess.result import NotApplicableReason
from tests.legal.engine.frameworks import check, framework, provision


def test_an_option_not_adopted_is_not_applicable_and_never_recommended() -> None:
    result = check(framework(), "crim.encouragement")
    found = result.criterion("crim.encouragement")
    assert found.outcome is Outcome.NOT_APPLICABLE
    assert found.not_applicable_reason is NotApplicableReason.OPTION_NOT_ADOPTED
    assert found.remedies == []
    assert not found.human_rights_risk  # nothing enacted: nothing to put rights at risk
    assert not found.in_force.human_rights_risk
    assert result.recommendations == []
    assert result.shortfalls == []


def test_an_adopted_option_is_judged_with_its_rights_tests() -> None:
    glorification = provision(
        "xz.ta.s6",
        "offence",
        {"conduct": ["glorification"], "covers_online": True, "mental_elements": ["recklessness"]},
    )
    result = check(framework(glorification), "crim.encouragement")
    found = result.criterion("crim.encouragement")
    assert found.outcome in (Outcome.PARTLY_MET, Outcome.NOT_MET)
    assert found.not_applicable_reason is None
    assert [r.criterion for r in result.recommendations] == ["crim.encouragement"]
