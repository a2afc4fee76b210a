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

# Notification after a covert measure, and a stated threshold, are part of the full set (Zakharov v. Russia [GC]).
FULL = ["necessity", "proportionality", "oversight", "remedy", "notification"]


def interception(authorisation: str, *routes: str) -> dict[str, Any]:
    return provision(
        "xz.ipa.s3",
        "investigative_power",
        {
            "power": "interception",
            "authorisation": authorisation,
            "other_routes": [{"authorisation": route, "when": "urgency"} for route in routes],
            "max_duration_days": 90,
            "threshold": "reasonable grounds to believe",
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
    # recorded as data: the alternatives required, and the weakest route found
    assert any(
        s.code == "needs_one_of" and isinstance(s.found, dict) and s.found.get("weakest_authorisation") == "internal"
        for s in found.shortfalls
    )


def test_internal_is_below_executive() -> None:
    from draftkit.assess.derived import AUTHORISATION_ORDER

    assert AUTHORISATION_ORDER.index("internal") > AUTHORISATION_ORDER.index("executive")
    result = check(framework(interception("executive", "internal")), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert any(
        isinstance(s.found, dict) and s.found.get("weakest_authorisation") == "internal" for s in found.shortfalls
    )


def test_a_prosecutor_route_for_an_intrusive_power_is_partly_met() -> None:
    # a prosecutor is not independent of the prosecution, but is not the executive either
    result = check(framework(interception("judicial", "prosecutorial")), "safeguards.every_power")
    found = result.criterion("safeguards.every_power")
    assert found.outcome is Outcome.PARTLY_MET
    assert not found.human_rights_risk
