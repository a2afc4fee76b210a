"""The two registries every citation resolves against, shipped as package data.

- the instrument registry (resolutions, treaties, model laws, EU acts);
- the guidance points of the 2012 publication, with the paragraph numbers that
  were actually seen in its text.

Both are read once per process and validated like user input: a broken registry
is a bug in draftkit and fails loudly. The validated registries are kept in the user's
cache (:mod:`draftkit.cache`), as the catalog is: a check validates citations against the
instruments, and reading them back costs a tenth of parsing and validating them again.
"""

from __future__ import annotations

from functools import cache

from pydantic import TypeAdapter

from draftkit.cache import cached_files
from draftkit.models import GuidancePoint, Instrument
from draftkit.paths import data_file
from draftkit.source.yaml_source import parse_yaml

__all__ = ["guidance_points", "instruments", "verified_pinpoints"]


def _read(name: str, key: str) -> list[object]:
    text = data_file(name).read_text(encoding="utf-8")
    data = parse_yaml(text, f"draftkit/data/{name}").data
    items = data[key]
    assert isinstance(items, list)
    return items


def _instruments() -> dict[str, Instrument]:
    items = TypeAdapter(list[Instrument]).validate_python(_read("instruments.yaml", "instruments"))
    return {item.id: item for item in items}


def _guidance_points() -> dict[str, GuidancePoint]:
    items = TypeAdapter(list[GuidancePoint]).validate_python(_read("guidance_points.yaml", "points"))
    return {item.id: item for item in items}


@cache
def instruments() -> dict[str, Instrument]:
    return cached_files("instruments", [data_file("instruments.yaml")], _instruments)


@cache
def guidance_points() -> dict[str, GuidancePoint]:
    return cached_files("guidance-points", [data_file("guidance_points.yaml")], _guidance_points)


@cache
def verified_pinpoints() -> dict[str, frozenset[str]]:
    """Instrument id -> the pinpoints (articles, paragraphs) checked against its text, as the registry records.

    Read from ``instrument_pinpoints.yaml``; every id must be in the instrument registry.
    """
    data = parse_yaml(data_file("instrument_pinpoints.yaml").read_text(encoding="utf-8"), "instrument_pinpoints").data
    assert isinstance(data, dict)
    checked = data["checked"]
    assert isinstance(checked, dict)
    unknown = set(checked) - set(instruments())
    assert not unknown, f"instrument_pinpoints.yaml names instruments not in the registry: {sorted(unknown)}"
    return {str(key): frozenset(str(p) for p in value) for key, value in checked.items()}
