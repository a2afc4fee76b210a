"""Writing frameworks back to YAML or JSON that draftkit reads unchanged."""

from __future__ import annotations

import json

import yaml

from draftkit.models import NationalFramework

__all__ = ["framework_to_json", "framework_to_yaml"]


def _plain(framework: NationalFramework) -> dict[str, object]:
    data = framework.model_dump(mode="json", exclude_defaults=True)
    return {"draftkit": framework.draftkit, **data}


def framework_to_yaml(framework: NationalFramework) -> str:
    """YAML with only the fields that differ from their defaults, in model order.

    PyYAML writes YAML 1.1 and quotes every string that 1.1 would read as something
    else; draftkit's reader (YAML 1.2 core) then reads every such string back as text.
    """
    return yaml.safe_dump(_plain(framework), sort_keys=False, allow_unicode=True, width=100)


def framework_to_json(framework: NationalFramework) -> str:
    return json.dumps(_plain(framework), indent=2, ensure_ascii=False) + "\n"
