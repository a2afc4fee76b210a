"""What a pattern may match: element names and value types, derived from the domain model.

The element names, value types and enum values a pattern may use come from the
model itself (``OffenceElements`` and friends), so a new element added to the
model is matchable at once and a removed one makes every pack that used it fail
to load with a precise message.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

from pydantic import BaseModel

from draftkit.models import Authorisation, MentalElement

__all__ = ["ORDERED_ENUMS", "FieldSpec", "FieldType", "fields_of", "rank"]


class FieldType(StrEnum):
    BOOL = "true or false"
    INT = "a whole number"
    TEXT = "text"
    ENUM = "one value"
    LIST = "a list"
    MODEL = "a group of fields"
    MODEL_LIST = "a list of groups of fields"


ORDERED_ENUMS: tuple[type[Enum], ...] = (MentalElement, Authorisation)
"""Enums whose members are declared strongest first (the strictest fault, the strongest guarantee):
``below`` compares their values by that order."""


def rank(value: Any) -> int | None:
    """Place of an ordered-enum value in its order (0 = strongest); None for anything else."""
    for enum in ORDERED_ENUMS:
        if isinstance(value, enum):
            return list(enum).index(value)
    return None


@dataclass(frozen=True)
class FieldSpec:
    """What one element holds, derived from the model's annotation."""

    name: str
    type: FieldType
    optional: bool = False
    choices: tuple[str, ...] = ()
    """Allowed values of an enum, or of the items of a list of enums (empty: any text)."""
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)
    """The fields of a group, or of each item of a list of groups."""
    ordered: bool = False
    """The enum (or the list's items) has a strength order, strongest first (``choices`` is in that order)."""


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the inner type, whether None is allowed), through Annotated and unions with None."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            annotation = args[0]
        else:
            return annotation, optional


def _is_enum(item: Any) -> bool:
    return isinstance(item, type) and issubclass(item, Enum)


def spec_of(name: str, annotation: Any) -> FieldSpec:
    inner, optional = _unwrap(annotation)
    if typing.get_origin(inner) is list:
        item, _ = _unwrap(typing.get_args(inner)[0])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return FieldSpec(name, FieldType.MODEL_LIST, optional, fields=fields_of(item))
        choices = tuple(m.value for m in item) if _is_enum(item) else ()
        return FieldSpec(name, FieldType.LIST, optional, choices, ordered=item in ORDERED_ENUMS)
    if _is_enum(inner):
        return FieldSpec(name, FieldType.ENUM, optional, tuple(m.value for m in inner), ordered=inner in ORDERED_ENUMS)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return FieldSpec(name, FieldType.MODEL, optional, fields=fields_of(inner))
    if inner is bool:
        return FieldSpec(name, FieldType.BOOL, optional)
    if inner is int:
        return FieldSpec(name, FieldType.INT, optional)
    return FieldSpec(name, FieldType.TEXT, optional)


def fields_of(model: type[BaseModel]) -> dict[str, FieldSpec]:
    return {name: spec_of(name, info.annotation) for name, info in model.model_fields.items()}
