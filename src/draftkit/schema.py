"""JSON Schemas generated from the models and shipped inside the package.

Editors use them for autocompletion (``# yaml-language-server: $schema=...``) and
other tools for validation. Pydantic writes a discriminated union as ``oneOf`` plus
an OpenAPI ``discriminator`` keyword that JSON Schema validators ignore, so a
wrong field in one provision would be reported as "not valid under any of the
given schemas". We rewrite each such union as one ``if``/``then`` per tag, which
gives validators (and editors) the exact error for the kind actually written.

The shipped files are regenerated with ``python -m draftkit.schema`` and a test
fails when they drift from the models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

__all__ = ["SCHEMA_NAMES", "build_schema", "shipped_schema", "write_schemas"]

_BASE_URL = "https://draftkit.invalid/schemas/"


def _models() -> dict[str, Callable[[], type[BaseModel]]]:
    # Each schema imports its model lazily: `draftkit schema framework` never loads the rules engine.
    def framework() -> type[BaseModel]:
        from draftkit.models import NationalFramework

        return NationalFramework

    def provision() -> type[BaseModel]:
        from draftkit.models import CatalogFile

        return CatalogFile

    def rulepack() -> type[BaseModel]:
        from draftkit.assess.pack import RulePackFile

        return RulePackFile

    def assessment() -> type[BaseModel]:
        from draftkit.assess.result import Assessment

        return Assessment

    return {"framework": framework, "provision": provision, "rulepack": rulepack, "assessment": assessment}


SCHEMA_NAMES = ("framework", "provision", "rulepack", "assessment")


def _rewrite_discriminated(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite_discriminated(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _rewrite_discriminated(value) for key, value in node.items()}
    discriminator = node.get("discriminator")
    if "oneOf" in node and isinstance(discriminator, dict):
        field = discriminator["propertyName"]
        mapping: dict[str, str] = discriminator["mapping"]
        rewritten = {key: value for key, value in node.items() if key not in ("oneOf", "discriminator")}
        rewritten["type"] = "object"
        rewritten["required"] = [field]
        rewritten["properties"] = {field: {"enum": list(mapping)}}
        rewritten["allOf"] = [
            {
                "if": {"properties": {field: {"const": tag}}, "required": [field]},
                "then": {"$ref": ref},
            }
            for tag, ref in mapping.items()
        ]
        return rewritten
    return node


def build_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one of ``SCHEMA_NAMES``, as generated from the models now."""
    models = _models()
    if name not in models:
        raise KeyError(f"unknown schema '{name}'; expected one of: {', '.join(SCHEMA_NAMES)}")
    model = models[name]()
    schema = _rewrite_discriminated(model.model_json_schema(mode="validation"))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE_URL}{name}.schema.json",
        **schema,
    }


def _path(name: str) -> Path:
    return Path(__file__).resolve().parent / "schemas" / f"{name}.schema.json"


def shipped_schema(name: str) -> str:
    """The schema file shipped with this installation, as text."""
    return _path(name).read_text(encoding="utf-8")


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_schemas(names: tuple[str, ...] = SCHEMA_NAMES) -> list[Path]:
    written = []
    for name in names:
        path = _path(name)
        path.write_text(dumps(build_schema(name)), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # python -m draftkit.schema
    import sys

    names = tuple(sys.argv[1:]) or SCHEMA_NAMES
    for written_path in write_schemas(names):
        print(written_path)
