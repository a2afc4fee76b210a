"""Dated obligations: a criterion binds from the date its source binds, never earlier.

Legal reasoning. SC res 2178 was adopted under Chapter VII on 24 September 2014; its decisions in OP 6
(criminalise travel, its financing and its facilitation) bind every Member State from adoption, not
before. A framework described as it stood on 1 June 2012 cannot be short of an obligation that did not
yet exist: those criteria are not applicable to it, and say why. A treaty binds from its entry into force,
and a State only as a party, from its own date where recorded (Budapest Convention: in force 1 July 2004).
An act of the European Union binds a member State from the date it applies (Directive (EU) 2017/541: its
transposition deadline, 8 September 2018), whether or not the file calls the State a "party".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from draftkit.assess import Outcome, Strength, assess
from draftkit.assess.result import NotApplicableReason
from tests.legal.engine.frameworks import check, framework, pack

FTF = ("crim.travel", "crim.travel_financing", "crim.travel_facilitation")


def test_a_2012_framework_is_not_judged_by_res_2178() -> None:
    result = check(framework(as_of=dt.date(2012, 6, 1)), *FTF)
    for criterion_id in FTF:
        found = result.criterion(criterion_id)
        assert found.outcome is Outcome.NOT_APPLICABLE, criterion_id
        assert found.not_applicable_reason is NotApplicableReason.NOT_YET_BINDING
        assert found.binds_from == dt.date(2014, 9, 24)
        assert "24 September 2014" in found.reasoning
        assert found.remedies == []
    assert not any(r.criterion in FTF for r in result.recommendations)


def test_the_day_of_adoption_binds() -> None:
    result = check(framework(as_of=dt.date(2014, 9, 24)), "crim.travel")
    assert result.criterion("crim.travel").outcome is Outcome.NOT_MET
    day_before = check(framework(as_of=dt.date(2014, 9, 23)), "crim.travel")
    assert day_before.criterion("crim.travel").outcome is Outcome.NOT_APPLICABLE


PARTY_PACK = """
  - id: legal.budapest_party
    area: investigative_powers
    question: Is expedited preservation of stored computer data available?
    strength: should_consider
    strength_source: {kind: publication, source: PROC-PRESERVATION, pinpoint: "Chapter IV", verified: false}
    mandatory_for_parties_to: [ets-185, eu-dir-2017-541]
    met:
      provision: {kind: investigative_power, elements: {power: expedited_preservation}}
    explanation:
      met: Preservation is available.
      not_met: Preservation is not available.
"""


def _strength(as_of: dt.date, instruments: list[dict[str, Any]]) -> Strength:
    result = assess(framework(as_of=as_of, instruments=instruments), [pack(PARTY_PACK)])
    return result.criterion("legal.budapest_party").strength


def test_a_treaty_binds_a_party_from_its_entry_into_force_and_the_states_own_date() -> None:
    ratified = [{"id": "ets-185", "status": "ratified", "date": "2006-03-01"}]
    assert _strength(dt.date(2010, 1, 1), ratified) is Strength.MANDATORY
    assert _strength(dt.date(2005, 1, 1), ratified) is Strength.SHOULD_CONSIDER  # before the State's date
    undated = [{"id": "ets-185", "status": "ratified"}]
    assert _strength(dt.date(2003, 1, 1), undated) is Strength.SHOULD_CONSIDER  # before entry into force
    assert _strength(dt.date(2010, 1, 1), [{"id": "ets-185", "status": "signed"}]) is Strength.SHOULD_CONSIDER


def test_an_eu_act_binds_a_member_state_from_its_application() -> None:
    member = [{"id": "eu-dir-2017-541", "status": "bound_as_eu_member"}]
    assert _strength(dt.date(2019, 1, 1), member) is Strength.MANDATORY
    assert _strength(dt.date(2018, 1, 1), member) is Strength.SHOULD_CONSIDER
    result = assess(framework(as_of=dt.date(2019, 1, 1), instruments=member), [pack(PARTY_PACK)])
    assert "member of the European Union" in result.criterion("legal.budapest_party").reasoning
