"""The shipped JSON Schemas: no drift from the models, exact errors under jsonschema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from draftkit.schema import SCHEMA_NAMES, build_schema, dumps, shipped_schema
from draftkit.source.files import read_document
from tests.conftest import EXAMPLES

BROKEN = Path(__file__).parent / "broken" / "framework"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_shipped_schema_matches_models(name: str) -> None:
    """Fails when a model changes without `make schemas`."""
    assert shipped_schema(name) == dumps(build_schema(name)), f"run `make schemas` to refresh {name}"


def _framework_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(shipped_schema("framework"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_are_valid_under_jsonschema(example: Path) -> None:
    assert list(_framework_validator().iter_errors(read_document(example).data)) == []


@pytest.mark.parametrize(
    ("name", "path", "fragment"),
    [
        ("02-unknown-field-typo.yaml", ["provisions", 0, "elements"], "'covers_onlin' was unexpected"),
        ("04-yes-is-not-a-boolean.yaml", ["provisions", 0, "elements", "covers_online"], "is not of type 'boolean'"),
        ("05-section-number-unquoted.yaml", ["provisions", 0, "source", "section"], "is not of type 'string'"),
        ("13-unknown-enum-value.yaml", ["provisions", 0, "elements", "authorisation"], "'judge' is not one of"),
        ("03-unknown-kind.yaml", ["provisions", 0, "kind"], "'crime' is not one of"),
    ],
)
def test_discriminated_unions_give_exact_errors(name: str, path: list[object], fragment: str) -> None:
    """One precise error at the field, not a vague 'not valid under any of the given schemas'."""
    errors = list(_framework_validator().iter_errors(read_document(BROKEN / name).data))
    assert len(errors) == 1, [e.message for e in errors]
    assert list(errors[0].absolute_path) == path
    assert fragment in errors[0].message


def test_cli_prints_the_shipped_schema() -> None:
    from typer.testing import CliRunner

    from draftkit.cli import app

    result = CliRunner().invoke(app, ["schema", "framework"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"].endswith("framework.schema.json")
