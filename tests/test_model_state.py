"""The model State: a State that enacts draftkit's own model provisions rates C everywhere.

The framework is generated from the catalog in the test, so it never drifts from it: every model
provision enacted and in force, the State party to every treaty the catalog cites. It must validate,
rate C (or NA) in every area with no shortfall and no human-rights flag -- otherwise the report would
tell a State to amend draftkit's own texts. The same holds for a State that enacts only the model
provisions that are not options. The pack's own discipline is checked here too: every criterion names
the source of its strength, and a mandatory criterion says what makes it bind.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from draftkit.assess import assess, core_pack
from draftkit.assess.pack import shipped_pack, shipped_packs
from draftkit.assess.result import Assessment, Outcome, Strength
from draftkit.catalog import load_catalog
from draftkit.load.framework import parse_framework
from draftkit.models import CitationKind, NationalFramework
from draftkit.reference import instruments

TREATY_KINDS = {"universal_treaty", "regional_treaty", "human_rights_treaty"}
CHAPTER_VII = "Chapter VII"


def _optional(provision: Any) -> bool:
    return bool(getattr(provision, "optional", False))


def model_state(*, options: bool = True, extra: list[dict[str, Any]] | None = None) -> NationalFramework:
    """Every model provision (or every one that is not an option) enacted word for word, in force."""
    registry = instruments()
    provisions: list[dict[str, Any]] = []
    cited: set[str] = set()
    for provision in load_catalog():
        if not options and _optional(provision):
            continue
        data = provision.model_dump(mode="json", exclude_none=True)
        data["source"] = {"act": "Model Act", "section": provision.id}
        data["status"] = "in_force"
        provisions.append(data)
        cited |= {c.source for c in provision.citations if c.kind is CitationKind.INSTRUMENT}
    enacted = {data["id"] for data in provisions}
    for data in provisions:  # a State that leaves an option out does not refer to it
        data["related"] = [r for r in data.get("related", []) if r in enacted]
    parties = sorted(i for i in cited if registry[i].kind in TREATY_KINDS)
    document = {
        "country": "XM",
        "name": "Model State",
        "legal_tradition": "common_law",
        "as_of": "2026-01-01",
        "instruments": [{"id": i, "status": "ratified"} for i in parties],
        "provisions": provisions + (extra or []),
    }
    return parse_framework(json.dumps(document), "model-state.json")


@cache
def _assessment(options: bool) -> Assessment:
    return assess(model_state(options=options))


def _gaps(assessment: Assessment) -> list[str]:
    return [
        f"{r.id}: {r.outcome.value}{' (flagged)' if r.human_rights_risk else ''}: {r.reasoning}"
        for r in assessment.criteria
        if r.human_rights_risk
        or (r.outcome in (Outcome.NOT_MET, Outcome.PARTLY_MET) and r.strength is not Strength.OPTIONAL)
    ]


@pytest.mark.parametrize("options", [True, False], ids=["every-provision", "no-options"])
def test_the_model_state_rates_c_everywhere(options: bool) -> None:
    assessment = _assessment(options)
    assert _gaps(assessment) == []
    assert {a.area.value: a.rating.value for a in assessment.areas if a.rating.value not in ("C", "NA")} == {}


@pytest.mark.parametrize("options", [True, False], ids=["every-provision", "no-options"])
def test_the_model_state_rates_c_under_every_shipped_pack(options: bool) -> None:
    """The packs that are not on by default (unscr-2396, children-gender) are met by the catalog too."""
    packs = [core_pack(), *(shipped_pack(pack_id) for pack_id in shipped_packs())]
    assessment = assess(model_state(options=options), packs)
    assert _gaps(assessment) == []
    assert {a.area.value: a.rating.value for a in assessment.areas if a.rating.value not in ("C", "NA")} == {}


def test_every_catalog_provision_is_enacted_in_the_model_state() -> None:
    framework = model_state()
    assert {p.id for p in framework.provisions} == {p.id for p in load_catalog()}
    assert framework.instruments, "the model State is party to the treaties the catalog cites"


def test_general_retention_with_access_by_any_officer_is_not_met_and_flagged() -> None:
    """Issue 13, point 3: Digital Rights Ireland (2014), Tele2 (2016), La Quadrature du Net (2020), SpaceNet (2022)."""
    general = {
        "id": "xm.retention.general",
        "kind": "service_provider",
        "title": "General retention of communications data",
        "text": [{"text": "Providers shall keep all traffic and location data for 24 months for any police officer."}],
        "elements": {
            "duty": "data_retention",
            "retention_scope": "general",
            "retention_months": 24,
            "data_categories": ["traffic", "location", "subscriber"],
            "access_authorisation": "none",
        },
        "source": {"act": "Model Act", "section": "99"},
        "status": "in_force",
    }
    result = assess(model_state(extra=[general])).criterion("providers.retention")
    assert result.outcome is Outcome.NOT_MET, result.reasoning
    assert result.human_rights_risk


ALL_CRITERIA = [c for pack_id in ("unodc-2012", *shipped_packs()) for c in shipped_pack(pack_id).file.criteria]


@pytest.mark.parametrize("criterion", ALL_CRITERIA, ids=lambda c: c.id)
def test_every_criterion_names_its_binding_source(criterion: Any) -> None:
    """Mandatory means binding on this State: a Chapter VII decision, or a treaty it is party to."""
    source = criterion.strength_source
    registry = instruments()
    if criterion.strength is Strength.MANDATORY:
        assert source.kind is CitationKind.INSTRUMENT, "a publication cannot make a criterion mandatory"
        assert registry[source.source].kind == "un_sc_resolution", "only a Security Council decision binds all"
        assert source.note, "say why the resolution binds"
        assert CHAPTER_VII in source.note, "say that the resolution is a Chapter VII decision"
    for instrument in criterion.mandatory_for_parties_to:
        assert registry[instrument].kind in TREATY_KINDS | {"eu_act"}, f"{instrument} is not a treaty or an EU act"
    resolution = source.kind is CitationKind.INSTRUMENT and registry[source.source].kind == "un_sc_resolution"
    if resolution and criterion.strength is not Strength.MANDATORY:
        assert source.note, "say why a resolution cited as the source does not bind"
