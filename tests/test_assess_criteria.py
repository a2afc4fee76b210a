"""Every criterion of the core pack flips: met with its fixture provisions, not met without them.

The fixture table (tests/fixtures/assess/criteria.yaml) lists, per criterion, the fewest
provisions that meet it. ``build_framework`` fills every element the table leaves out with a
"gold standard" value, so a fixture provision never breaks another criterion -- which the
monotonicity property in test_assess_properties.py relies on.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.assess import Outcome, Strength, assess, core_pack
from draftkit.assess.pack import RulePack
from draftkit.assess.result import NotApplicableReason
from draftkit.models import NationalFramework
from draftkit.reference import guidance_points

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "assess"

GOLD: dict[str, dict[str, Any]] = {
    "definition": {
        "requires_terrorist_purpose": True,
        "covers_electronic_interference": True,
        "protest_exemption": True,
    },
    "offence": {
        "covers_online": True,
        "mental_elements": ["intent"],
        "terrorist_purpose": True,
        "risk_element": True,
        "covers_online_payments": True,
        "penalty": {"max_years": 7},
        "defences": ["reasonable_excuse", "non_endorsement", "legitimate_purpose"],
    },
    "investigative_power": {
        "authorisation": "judicial",
        "threshold": "reasonable grounds to believe",
        "max_duration_days": 30,
        "data_categories": ["stored"],
        "safeguards": [
            "legal_basis",
            "necessity",
            "proportionality",
            "time_limit",
            "oversight",
            "notification",
            "remedy",
            "destruction",
        ],
    },
    "safeguard": {"applies_to_all_powers": True},
    "service_provider": {
        "access_authorisation": "judicial",
        "due_process": True,
        "general_monitoring": False,
        "retention_months": 12,
        "retention_scope": "targeted",
        "data_categories": ["subscriber", "traffic"],
        "safeguards": ["legal_basis", "necessity"],
    },
    "jurisdiction": {"prosecute_if_not_extradited": True, "coordination": True},
    "cooperation": {
        "legal_bases": ["treaty", "statute"],
        "dual_criminality": "conduct_based",
        "political_offence_excluded": True,
        "central_authority": "the Attorney-General",
        "speciality": True,
        "ne_bis_in_idem": True,
        "human_rights_refusal": True,
    },
    "evidence": {"reliability_test": True},
}


@cache
def fixture_table() -> dict[str, dict[str, Any]]:
    """Criterion id -> {"met": {...}, "not_met": {...} | None}, shorthand expanded."""
    raw = yaml.safe_load((FIXTURES / "criteria.yaml").read_text(encoding="utf-8"))["criteria"]
    table: dict[str, dict[str, Any]] = {}
    for criterion_id, written in raw.items():
        entry = {"met": {"provisions": written}} if isinstance(written, list) else written
        table[criterion_id] = {"met": entry["met"], "not_met": entry.get("not_met"), "as_of": entry.get("as_of")}
    return table


def national(spec: dict[str, Any], provision_id: str, status: str = "in_force") -> dict[str, Any]:
    """A fixture provision as national-provision data, gold values filling the gaps."""
    kind = spec["kind"]
    elements = copy.deepcopy(GOLD[kind])
    for key, value in spec.get("elements", {}).items():
        if isinstance(value, dict) and isinstance(elements.get(key), dict):
            elements[key] = {**elements[key], **value}
        else:
            elements[key] = value
    if kind == "definition":
        elements.setdefault("term", elements.get("concept", "term").replace("_", " "))
    return {
        "id": spec.get("id", provision_id),
        "kind": kind,
        "title": f"Fixture {provision_id}",
        "text": [{"text": "Fixture text."}],
        "elements": elements,
        "uses_terms": spec.get("uses_terms", []),
        "related": spec.get("related", []),
        "source": {"act": "Fixture Act", "section": provision_id},
        "status": status,
    }


def fixture_provisions(criterion_id: str, which: str = "met", status: str = "in_force") -> list[dict[str, Any]]:
    entry = fixture_table()[criterion_id][which] or {}
    return [
        national(spec, f"fx-{criterion_id}-{which}-{n}", status) for n, spec in enumerate(entry.get("provisions", []))
    ]


def build_framework(
    provisions: list[dict[str, Any]],
    instruments: list[dict[str, Any]] | None = None,
    as_of: dt.date | None = None,
) -> NationalFramework:
    """A fixture State; ``as_of`` for a criterion of a dated standard (e.g. the law before 2014)."""
    return NationalFramework.model_validate(
        {
            "country": "XZ",
            "name": "Fixture State",
            "legal_tradition": "common_law",
            "as_of": as_of or dt.date(2026, 1, 1),
            "instruments": instruments or [],
            "provisions": provisions,
        }
    )


def fixture_framework(criterion_id: str, which: str = "met") -> NationalFramework:
    entry = fixture_table()[criterion_id][which] or {}
    return build_framework(
        fixture_provisions(criterion_id, which), entry.get("instruments"), fixture_table()[criterion_id]["as_of"]
    )


CORE_IDS = [c.id for c in core_pack().criteria]


def test_fixture_table_covers_every_core_criterion() -> None:
    table = fixture_table()
    assert sorted(set(CORE_IDS) - set(table)) == [], "criteria without fixtures"
    assert sorted(set(table) - set(CORE_IDS)) == [], "fixtures for criteria that do not exist"


def _only(pack: RulePack, criterion_id: str) -> RulePack:
    return RulePack(pack.file, pack.source, tuple(c for c in pack.criteria if c.id == criterion_id))


@pytest.mark.parametrize("criterion_id", CORE_IDS)
def test_criterion_is_met_by_its_fixture_and_flips_without_it(criterion_id: str) -> None:
    pack = _only(core_pack(), criterion_id)
    met = assess(fixture_framework(criterion_id), [pack]).criterion(criterion_id)
    assert met.outcome is Outcome.MET, met.reasoning
    assert met.in_force.outcome is Outcome.MET
    assert not met.human_rights_risk
    entry = fixture_table()[criterion_id]
    if entry["not_met"] is not None:
        framework = fixture_framework(criterion_id, "not_met")
    else:
        assert met.evidence, "a fixture without not_met must name evidence provisions to remove"
        kept = [p for p in fixture_provisions(criterion_id) if p["id"] not in met.evidence]
        framework = build_framework(kept, entry["met"].get("instruments"), entry["as_of"])
    flipped = assess(framework, [pack]).criterion(criterion_id)
    if flipped.not_applicable_reason is NotApplicableReason.OPTION_NOT_ADOPTED:
        # An option the State has not adopted is never a gap (issue 13, point 2).
        assert flipped.strength is Strength.OPTIONAL
        assert flipped.outcome is Outcome.NOT_APPLICABLE
        assert flipped.remedies == []
        assert not flipped.shortfalls
        return
    assert flipped.outcome in (Outcome.NOT_MET, Outcome.PARTLY_MET), flipped.reasoning
    assert flipped.evidence == [] or flipped.outcome is Outcome.PARTLY_MET
    assert flipped.remedies == list(pack.criteria[0].spec.remedies)
    expected_risk = bool((entry["not_met"] or {}).get("human_rights_risk", False))
    assert flipped.human_rights_risk is expected_risk


OUTCOME_RANK = {Outcome.NOT_MET: 0, Outcome.PARTLY_MET: 1, Outcome.MET: 2}


def outcome_got_worse(before: Outcome, after: Outcome) -> bool:
    """Worse means: lower rank, or an inapplicable criterion becoming applicable and not met."""
    if before is Outcome.NOT_APPLICABLE:
        return after is Outcome.NOT_MET
    if after is Outcome.NOT_APPLICABLE:
        return False
    return OUTCOME_RANK[after] < OUTCOME_RANK[before]


def test_fixture_met_sets_do_not_break_any_other_criterion() -> None:
    """Gold fixtures only ever help: against an empty framework no outcome gets worse, no risk appears."""
    empty = {c.id: c.outcome for c in assess(build_framework([])).criteria}
    for criterion_id in CORE_IDS:
        result = assess(fixture_framework(criterion_id))
        for other in result.criteria:
            assert not outcome_got_worse(empty[other.id], other.outcome), (criterion_id, other.id)
            assert not other.human_rights_risk, (criterion_id, other.id)


def test_every_guidance_point_is_checked_or_excluded_never_both() -> None:
    pack = core_pack()
    covered = set(pack.guidance_coverage())
    excluded = [e.guidance for e in pack.file.excluded]
    points = set(guidance_points())
    assert len(points) == 65
    assert covered | set(excluded) == points, sorted(points - covered - set(excluded))
    assert covered.isdisjoint(excluded)
    assert len(excluded) == len(set(excluded))
    assert all(e.reason.strip() for e in pack.file.excluded)


def test_post_2014_obligations_are_mandatory_and_cite_res_2178() -> None:
    pack = {c.id: c.spec for c in core_pack().criteria}
    for criterion_id in ("crim.travel", "crim.travel_financing", "crim.travel_facilitation"):
        spec = pack[criterion_id]
        assert spec.strength.value == "mandatory"
        assert spec.strength_source.source == "unscr-2178"
        cited = {c.source for c in spec.citations}
        assert "cets-217" in cited


def test_receiving_training_binds_only_parties_to_cets_217_and_eu_members() -> None:
    """SC res 2178 OP 6(a) reaches travel to receive training, not receiving training as such (issue 13)."""
    spec = next(c.spec for c in core_pack().criteria if c.id == "crim.receiving_training")
    assert spec.strength.value == "should_consider"
    assert spec.mandatory_for_parties_to == ["cets-217", "eu-dir-2017-541"]


def test_general_safeguard_provisions_count_as_evidence_for_every_power() -> None:
    framework = fixture_framework("safeguards.every_power")
    result = assess(framework).criterion("safeguards.every_power")
    assert result.outcome is Outcome.MET
    assert result.evidence == ["fx-safeguards.every_power-met-0", "fx-safeguards.every_power-met-1"]
    without_general = build_framework(fixture_provisions("safeguards.every_power")[:1])
    failed = assess(without_general).criterion("safeguards.every_power")
    assert failed.outcome is Outcome.PARTLY_MET
    assert "fx-safeguards.every_power-met-0: all_safeguards is [legal_basis]" in failed.reasoning


def test_draft_view_counts_bills_and_in_force_view_does_not() -> None:
    provisions = fixture_provisions("crim.travel", status="bill")
    result = assess(build_framework(provisions)).criterion("crim.travel")
    assert result.outcome is Outcome.MET
    assert result.in_force.outcome is Outcome.NOT_MET
    assert result.in_force.evidence == []
    recommendations = [r for r in assess(build_framework(provisions)).recommendations if r.criterion == "crim.travel"]
    assert recommendations
    assert recommendations[0].text.startswith("Met only with the draft")


def test_a_criterion_made_mandatory_by_a_treaty_says_how_the_state_is_bound() -> None:
    """A recommended practice the State is bound to by a treaty it is party to, or by an EU act as a member."""
    from draftkit.load import load_framework

    root = Path(__file__).resolve().parent.parent
    xb = assess(load_framework(root / "examples" / "xb-civil-law.yaml")).criterion("crim.incitement")
    assert xb.strength is Strength.MANDATORY
    assert "Mandatory for this State as a party to CETS 196." in xb.reasoning
    from tests.legal.engine.frameworks import check, framework

    member = framework(instruments=[{"id": "eu-dir-2017-541", "status": "bound_as_eu_member"}])
    eu = check(member, "crim.incitement").criterion("crim.incitement")
    assert eu.strength is Strength.MANDATORY
    assert "Mandatory for this State as a member of the European Union bound by" in eu.reasoning, eu.reasoning


def test_the_assessment_lists_its_worst_gaps_first_and_no_more_than_the_cap() -> None:
    from draftkit.assess.engine import MAX_SHORTFALLS
    from draftkit.load import load_framework

    root = Path(__file__).resolve().parent.parent
    assessment = assess(load_framework(root / "examples" / "xa-common-law.yaml"))
    gaps = [c for c in assessment.criteria if c.outcome in (Outcome.NOT_MET, Outcome.PARTLY_MET)]
    assert len(gaps) > MAX_SHORTFALLS
    assert len(assessment.shortfalls) == MAX_SHORTFALLS
    first = assessment.criterion(assessment.shortfalls[0])
    assert (first.strength, first.outcome) == (Strength.MANDATORY, Outcome.NOT_MET)


def test_the_reasoning_names_the_provisions_that_put_rights_at_risk() -> None:
    from draftkit.load import load_framework

    root = Path(__file__).resolve().parent.parent
    assessment = assess(load_framework(root / "examples" / "xa-common-law.yaml"))
    speech = assessment.criterion("safeguards.speech_offences")
    assert speech.human_rights_risk
    assert "Risk to rights in: xa.pc.s41." in speech.reasoning
    assert all("Risk to rights in" not in c.reasoning for c in assessment.criteria if not c.human_rights_risk)
