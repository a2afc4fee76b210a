"""The packs shipped beside the core pack: listed, loadable, on by default only when that is safe."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from draftkit.assess import assess, core_pack
from draftkit.assess.pack import default_packs, pack_named, shipped_pack, shipped_packs
from draftkit.assess.result import Outcome, Strength
from draftkit.cli import app
from draftkit.diagnostics import InputError
from draftkit.models import NationalFramework
from draftkit.paths import data_file

SHIPPED = sorted(shipped_packs())
PARTY_KEYED = ["cets-224", "eu-reg-2021-784"]


def test_every_pack_file_is_listed_and_every_listed_pack_loads() -> None:
    files = {p.name for p in data_file("packs").glob("*.yaml")} - {"index.yaml", "unodc-2012.yaml"}
    assert files == {entry.file for entry in shipped_packs().values()}
    for pack_id in SHIPPED:
        assert shipped_pack(pack_id).id == pack_id
        assert shipped_packs()[pack_id].reason.strip()


def test_default_packs_are_the_core_pack_and_those_marked_default() -> None:
    ids = [pack.id for pack in default_packs()]
    assert ids[0] == core_pack().id
    assert ids[1:] == [i for i, entry in shipped_packs().items() if entry.default]


@pytest.mark.parametrize("pack_id", PARTY_KEYED)
def test_a_party_keyed_pack_says_nothing_about_a_state_not_party(pack_id: str) -> None:
    framework = NationalFramework.model_validate(
        {"country": "XZ", "name": "Nobody", "legal_tradition": "common_law", "as_of": dt.date(2026, 1, 1)}
    )
    results = assess(framework, [shipped_pack(pack_id)]).criteria
    assert results
    assert {r.outcome for r in results} == {Outcome.NOT_APPLICABLE}


@pytest.mark.parametrize("pack_id", SHIPPED)
def test_mandatory_criteria_of_shipped_packs_say_why_they_bind(pack_id: str) -> None:
    for criterion in shipped_pack(pack_id).file.criteria:
        if criterion.strength is Strength.MANDATORY:
            assert criterion.strength_source.note, criterion.id
            assert "Chapter VII" in criterion.strength_source.note, criterion.id
        else:
            assert criterion.mandatory_for_parties_to or criterion.strength_source.note, criterion.id


def test_pack_named_takes_an_id_or_a_file() -> None:
    assert pack_named("cets-224").id == "cets-224"
    assert pack_named("unodc-2012").id == "unodc-2012"
    with pytest.raises(InputError, match="no shipped pack of that id; did you mean 'cets-224'"):
        pack_named("cets-225")


def test_an_unknown_pack_id_is_the_place_its_error_names() -> None:
    with pytest.raises(InputError) as caught:
        pack_named("cets-225")
    assert [p.file for p in caught.value.problems] == ["cets-225"]
    assert str(caught.value.problems[0]).startswith("cets-225:1:1: ")


def test_cli_check_accepts_a_shipped_pack_id() -> None:
    result = CliRunner().invoke(
        app, ["check", "examples/xa-common-law.yaml", "--no-core", "--pack", "cets-224", "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.output
    assert '"cets-224"' in result.output
