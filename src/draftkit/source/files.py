"""Reading a YAML or JSON input file into a located document."""

from __future__ import annotations

from pathlib import Path

from draftkit.source.document import SourceDocument
from draftkit.source.text import read_text
from draftkit.source.yaml_source import parse_json, parse_yaml

__all__ = ["kind_of", "parse_text", "read_document"]


def parse_text(text: str, name: str) -> SourceDocument:
    """JSON when the name ends in ``.json``, YAML otherwise."""
    if name.lower().endswith(".json"):
        return parse_json(text, name)
    return parse_yaml(text, name)


def read_document(path: Path | str, name: str | None = None) -> SourceDocument:
    path = Path(path)
    shown = name or str(path)
    return parse_text(read_text(path, shown), shown)


def kind_of(data: object) -> str:
    """What a parsed input file is: ``rulepack``, ``catalog`` or (by default) ``framework``."""
    if isinstance(data, dict):
        if "criteria" in data:
            return "rulepack"
        if "area" in data and "country" not in data:
            return "catalog"
    return "framework"
