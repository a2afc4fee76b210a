"""Any framework written out as YAML or JSON loads back equal (hypothesis)."""

from __future__ import annotations

from hypothesis import given

from draftkit.load import framework_to_json, framework_to_yaml, parse_framework
from draftkit.models import NationalFramework
from tests.strategies import frameworks


@given(frameworks())
def test_yaml_round_trip(framework: NationalFramework) -> None:
    text = framework_to_yaml(framework)
    assert parse_framework(text, "generated.yaml") == framework


@given(frameworks())
def test_json_round_trip(framework: NationalFramework) -> None:
    text = framework_to_json(framework)
    assert parse_framework(text, "generated.json") == framework


@given(frameworks())
def test_yaml_and_json_agree(framework: NationalFramework) -> None:
    from_yaml = parse_framework(framework_to_yaml(framework), "a.yaml")
    from_json = parse_framework(framework_to_json(framework), "a.json")
    assert from_yaml == from_json
