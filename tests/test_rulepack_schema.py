"""Rule packs and assessments conform to their shipped JSON Schemas (what editors and other tools use)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from draftkit.assess import assess
from draftkit.assess.pack import core_pack_path
from draftkit.load import load_framework
from draftkit.schema import shipped_schema
from draftkit.source.files import read_document

ROOT = Path(__file__).resolve().parent.parent
PACKS = [core_pack_path(), ROOT / "tests" / "fixtures" / "assess" / "good-extra.yaml"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_packs_validate_against_the_shipped_schema(path: Path) -> None:
    schema = json.loads(shipped_schema("rulepack"))
    jsonschema.validate(read_document(path).data, schema)


def test_schema_rejects_a_misspelt_test_form() -> None:
    schema = json.loads(shipped_schema("rulepack"))
    data = read_document(PACKS[1]).data
    data["criteria"][0]["met"] = {"provisions": {"kind": "offence"}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_assessment_validates_against_the_shipped_schema() -> None:
    assessment = assess(load_framework(ROOT / "examples" / "xa-common-law.yaml"))
    jsonschema.validate(assessment.model_dump(mode="json"), json.loads(shipped_schema("assessment")))
