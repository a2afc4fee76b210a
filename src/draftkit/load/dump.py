"""Writing frameworks back to YAML or JSON that draftkit reads unchanged."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from draftkit.models import NationalFramework

__all__ = ["framework_to_json", "framework_to_yaml"]


def _plain(framework: NationalFramework) -> dict[str, object]:
    data = framework.model_dump(mode="json", exclude_unset=True)
    return {"draftkit": framework.draftkit, **data}


_YAML_12_NOT_TEXT = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
    r"|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$"
)
"""Plain scalars that YAML 1.2 (core schema) reads as something other than text."""


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting too what YAML 1.2 reads as a number but 1.1 does not (``08``, ``1_0``)."""


def _text(dumper: yaml.SafeDumper, value: str) -> Any:
    if _YAML_12_NOT_TEXT.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _text)


def framework_to_yaml(framework: NationalFramework) -> str:
    """YAML with only the fields that differ from their defaults, in model order.

    PyYAML writes YAML 1.1 and quotes every string that 1.1 would read as something
    else; draftkit's reader (YAML 1.2 core) then reads every such string back as text.
    """
    return yaml.dump(_plain(framework), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def framework_to_json(framework: NationalFramework) -> str:
    return json.dumps(_plain(framework), indent=2, ensure_ascii=False) + "\n"
