"""The bill repeals or rewrites a unit of the law in force only when nothing else the State keeps is in it.

Legal reasoning. Law is repealed and amended by unit (a section, an article), not by the provisions an
assessor reads in it. Where one section of an Act holds two provisions, a repeal of the section to make
way for the model text that cures one of them takes the other away as well: a bill that does so abolishes
law nobody found wanting (Kenya's Computer Misuse and Cybercrimes Act 2018, s 51, holds both the power to
preserve data and the duty of partial disclosure; France's penal code art. 421-5 holds the penalties of
several terrorist offences). The bill then adds its section beside the provision (or amends its words),
and the shortfall that only a repeal would cure stays open, for the drafter to narrow by hand. Two
subdivisions of one section (``12(1)``, ``12(2)``) are distinct units: one may go without the other.
"""

from __future__ import annotations

from typing import Any

from draftkit.assess import assess
from draftkit.catalog import load_catalog
from draftkit.compose.plan import ChangeKind, Plan, plan_bill, sharing_a_unit
from draftkit.models import NationalFramework
from tests.legal.engine.frameworks import framework, provision


def _offence(name: str, conduct: str, fault: str, section: str) -> dict[str, Any]:
    elements = {"conduct": [conduct], "covers_online": True, "mental_elements": [fault], "terrorist_purpose": True}
    data = provision(f"xz.pc.{name}", "offence", {**elements, "penalty": {"max_years": 7}})
    return {**data, "source": {"act": "Penal Code", "section": section}}


def _reckless_incitement(section: str) -> dict[str, Any]:
    """A speech offence without intent: a risk to freedom of expression that the planner cures by repeal."""
    return _offence("incitement", "incitement", "recklessness", section)


def _recruitment(section: str) -> dict[str, Any]:
    """A sound offence the State keeps."""
    return _offence("recruitment", "recruitment", "intent", section)


def _plan(fw: NationalFramework) -> Plan:
    return plan_bill(fw, assess(fw), load_catalog(), act="Counter-Terrorism Act 2026")


def _removed(plan: Plan) -> set[str]:
    return {c.target for c in plan.changes if c.target and c.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)}


def test_a_section_holding_another_provision_is_not_repealed() -> None:
    fw = framework(_reckless_incitement("12"), _recruitment("12"))
    assert sharing_a_unit(fw) == {"xz.pc.incitement", "xz.pc.recruitment"}
    plan = _plan(fw)
    assert "xz.pc.incitement" not in _removed(plan)
    assert "xz.pc.recruitment" in {p.id for p in plan.proposed.provisions}


def test_a_section_of_its_own_is_repealed_and_replaced() -> None:
    """The control: the same offence alone in its section goes, and the model offence takes its place."""
    assert "xz.pc.incitement" in _removed(_plan(framework(_reckless_incitement("12"), _recruitment("13"))))


def test_two_subsections_of_one_section_are_units_of_their_own() -> None:
    fw = framework(_reckless_incitement("12(1)"), _recruitment("12(2)"))
    assert sharing_a_unit(fw) == frozenset()
    assert "xz.pc.incitement" in _removed(_plan(fw))


def test_a_section_and_one_of_its_subsections_share_a_unit() -> None:
    assert sharing_a_unit(framework(_reckless_incitement("12"), _recruitment("12(2)"))) == {
        "xz.pc.incitement",
        "xz.pc.recruitment",
    }


def test_a_range_is_several_sections_in_common_law_numbering_only() -> None:
    """``11-13`` names sections 11, 12 and 13 of an Act; in a code, ``421-2`` is one article."""
    assert sharing_a_unit(framework(_reckless_incitement("11-13"), _recruitment("12"))) == {
        "xz.pc.incitement",
        "xz.pc.recruitment",
    }
    civil = framework(_reckless_incitement("421-2"), _recruitment("421-3"), legal_tradition="civil_law")
    assert sharing_a_unit(civil) == frozenset()
