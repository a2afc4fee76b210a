"""`draftkit instruments` and `draftkit guidance` list the registries citations resolve against."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.reference import guidance_points, instruments


def test_instruments_json_lists_the_registry() -> None:
    result = CliRunner().invoke(app, ["instruments", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [i["id"] for i in json.loads(result.stdout)] == list(instruments())


def test_guidance_by_area_shows_only_seen_paragraphs() -> None:
    result = CliRunner().invoke(app, ["guidance", "--area", "jurisdiction", "--format", "json"])
    assert result.exit_code == 0, result.output
    points = json.loads(result.stdout)
    assert {p["id"] for p in points} == {p.id for p in guidance_points().values() if p.area.value == "jurisdiction"}
    by_id = {p["id"]: p for p in points}
    assert by_id["JUR-ESTABLISH-JURISDICTION"]["paragraphs"] == [238]
    assert by_id["JUR-CONFLICTS"]["paragraphs"] == []


def test_table_output_names_every_instrument() -> None:
    result = CliRunner().invoke(app, ["instruments"])
    assert result.exit_code == 0
    for instrument_id in instruments():
        assert instrument_id in result.stdout
