"""Authorisation: every route of a mixed regime is checked, and the weakest decides.

Legal reasoning. Prior authorisation by a judge or an independent body is the guarantee human rights law
expects for intrusive measures (ICCPR art 17; Big Brother Watch v UK [GC]). A regime that requires a
judge by default but lets a minister, or a senior officer of the investigating agency itself, authorise
the same measure "in urgent cases" is only as protective as that other route: the measure can be taken on
the weaker authority's say-so. Approval inside the requesting agency is weaker than a minister's warrant:
it is not even external to the body that wants the data.
"""

from __future__ import annotations

from typing import Any

from draftkit.assess import Outcome
from tests.legal.engine.frameworks import check, framework, provision

# Notification after a covert measure, a stated threshold and the persons it may reach are part of the full set
# (Zakharov v. Russia [GC]).
FULL = ["necessity", "proportionality", "oversight", "remedy", "notification"]


def interception(authorisation: str, *routes: str, confirmed_by: str | None = None) -> dict[str, Any]:
    confirm = {"confirmed_by": confirmed_by} if confirmed_by else {}
    return provision(
        "xz.ipa.s3",
        "investigative_power",
        {
            "power": "interception",
            "authorisation": authorisation,
            "other_routes": [{"authorisation": route, "when": "urgency"} | confirm for route in routes],
            "max_duration_days": 90,
            "threshold": "reasonable grounds to believe",
            "persons_covered": "the suspect",
            "data_categories": ["content"],
            "safeguards": FULL,
        },
    )


def test_a_judicial_regime_with_no_other_route_is_met() -> None:
    result = check(framework(interception("judicial")), "safeguards.every_power").criterion("safeguards.every_power")
    assert result.outcome is Outcome.MET
    assert not result.human_rights_risk


def test_an_internal_urgency_route_decides_the_rights_flag() -> None:
    result = check(framework(interception("judicial", "internal")), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert found.outcome is Outcome.NOT_MET
    assert found.human_rights_risk
    # recorded as data: the weakest route found, against what an interception needs (a judge or an
    # independent body; the other alternatives of the criterion are for other powers)
    assert any(
        s.code == "value" and s.element == "weakest_authorisation" and s.found == "internal" for s in found.shortfalls
    )


def test_internal_is_below_executive() -> None:
    from draftkit.assess.derived import AUTHORISATION_ORDER

    assert AUTHORISATION_ORDER.index("internal") > AUTHORISATION_ORDER.index("executive")
    result = check(framework(interception("executive", "internal")), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert any(s.element == "weakest_authorisation" and s.found == "internal" for s in found.shortfalls)


def test_an_unconfirmed_prosecutor_route_for_an_intrusive_power_is_partly_met_and_flagged() -> None:
    # A prosecutor is not the executive, so the ordinary judicial route still earns partial credit; but a
    # prosecutor who directs the investigation is not independent (CJEU Prokuratuur, C-746/18, 2021), and here
    # content can be intercepted on the prosecutor's say-so with no judge ever looking at it: a risk to rights.
    result = check(framework(interception("judicial", "prosecutorial")), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert found.outcome is Outcome.PARTLY_MET
    assert found.human_rights_risk


def test_a_prosecutor_route_a_judge_must_confirm_promptly_is_met() -> None:
    # In duly justified urgency the independent review may follow the measure within a short time (Prokuratuur):
    # the urgent route a judge must confirm, or the measure lapses, is under judicial control.
    framework_ = framework(interception("judicial", "prosecutorial", confirmed_by="judicial"))
    found = check(framework_, "safeguards.every_power").criterion("safeguards.every_power")
    assert found.outcome is Outcome.MET
    assert not found.human_rights_risk


def test_a_senior_officers_urgent_route_confirmed_by_a_judge_is_not_penalised() -> None:
    # A police superintendent's urgent authorisation that lapses unless a judge confirms it within 48 hours is
    # not a power "on police say-so": it is neither flagged nor treated as lacking judicial control.
    framework_ = framework(interception("judicial", "internal", confirmed_by="judicial"))
    found = check(framework_, "safeguards.every_power").criterion("safeguards.every_power")
    assert found.outcome is Outcome.MET
    assert not found.human_rights_risk


def test_confirmation_by_a_weaker_authority_changes_nothing() -> None:
    # A minister "confirming" an officer's urgent interception is still the executive: flagged.
    framework_ = framework(interception("judicial", "internal", confirmed_by="executive"))
    found = check(framework_, "safeguards.every_power").criterion("safeguards.every_power")
    assert found.outcome is Outcome.NOT_MET
    assert found.human_rights_risk
