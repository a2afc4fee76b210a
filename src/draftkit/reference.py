"""The two registries every citation resolves against, shipped as package data.

- the instrument registry (resolutions, treaties, model laws, EU acts);
- the guidance points of the 2012 publication, with the paragraph numbers that
  were actually seen in its text.

Both are read once per process and validated like user input: a broken registry
is a bug in draftkit and fails loudly.
"""

from __future__ import annotations

from functools import cache

from pydantic import TypeAdapter

from draftkit.load.yaml_source import parse_yaml
from draftkit.models import GuidancePoint, Instrument
from draftkit.paths import data_file

__all__ = ["guidance_points", "instruments"]


def _read(name: str, key: str) -> list[object]:
    text = data_file(name).read_text(encoding="utf-8")
    data = parse_yaml(text, f"draftkit/data/{name}").data
    items = data[key]
    assert isinstance(items, list)
    return items


@cache
def instruments() -> dict[str, Instrument]:
    items = TypeAdapter(list[Instrument]).validate_python(_read("instruments.yaml", "instruments"))
    return {item.id: item for item in items}


@cache
def guidance_points() -> dict[str, GuidancePoint]:
    items = TypeAdapter(list[GuidancePoint]).validate_python(_read("guidance_points.yaml", "points"))
    return {item.id: item for item in items}
