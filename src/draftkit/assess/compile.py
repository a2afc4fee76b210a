"""Compiling written tests into matcher objects, with every mistake located.

The element names, value types and enum values a pattern may use come from the
domain model itself (``OffenceElements`` and friends), so a new element added to
the model is matchable at once and a removed one makes every pack that used it
fail to load with a precise message. Problems are collected, not raised: the
caller turns them into ``file:line:col: path: message`` lines.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel

from draftkit.assess.language import COMBINATORS, OPERATORS, PatternSpec, TestSpec
from draftkit.assess.matcher import (
    AllOf,
    AnyOf,
    Both,
    Bound,
    BuiltinCheck,
    Check,
    Condition,
    Count,
    ElementsMatch,
    Equals,
    Every,
    Exists,
    Includes,
    Nested,
    Never,
    NoneOf,
    Not,
    OneOf,
    PartyTo,
    Pattern,
    Present,
)
from draftkit.models import (
    CooperationElements,
    DefinitionElements,
    EvidenceElements,
    InvestigativePowerElements,
    JurisdictionElements,
    OffenceElements,
    ProvisionKind,
    SafeguardElements,
    SafeguardType,
    ServiceProviderElements,
)
from draftkit.reference import instruments

__all__ = ["Compiler", "FieldSpec", "FieldType", "PathPart", "element_fields"]

PathPart = str | int
Path = tuple[PathPart, ...]

ELEMENT_MODELS: dict[ProvisionKind, type[BaseModel]] = {
    ProvisionKind.DEFINITION: DefinitionElements,
    ProvisionKind.OFFENCE: OffenceElements,
    ProvisionKind.INVESTIGATIVE_POWER: InvestigativePowerElements,
    ProvisionKind.SAFEGUARD: SafeguardElements,
    ProvisionKind.SERVICE_PROVIDER: ServiceProviderElements,
    ProvisionKind.JURISDICTION: JurisdictionElements,
    ProvisionKind.COOPERATION: CooperationElements,
    ProvisionKind.EVIDENCE: EvidenceElements,
}


class FieldType(StrEnum):
    BOOL = "true or false"
    INT = "a whole number"
    TEXT = "text"
    ENUM = "one value"
    LIST = "a list"
    MODEL = "a group of fields"


@dataclass(frozen=True)
class FieldSpec:
    """What one element holds, derived from the model's annotation."""

    name: str
    type: FieldType
    optional: bool = False
    choices: tuple[str, ...] = ()
    """Allowed values of an enum, or of the items of a list of enums (empty: any text)."""
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)


_APPLICABLE: dict[FieldType, tuple[str, ...]] = {
    FieldType.BOOL: ("not",),
    FieldType.INT: ("in", "at_least", "at_most", "present", "not"),
    FieldType.TEXT: ("in", "present", "not"),
    FieldType.ENUM: ("in", "present", "not"),
    FieldType.LIST: ("includes", "includes_all", "includes_any", "present", "not"),
    FieldType.MODEL: (),
}


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


def _spec(name: str, annotation: Any) -> FieldSpec:
    inner, optional = _unwrap(annotation)
    if typing.get_origin(inner) is list:
        item, _ = _unwrap(typing.get_args(inner)[0])
        choices = tuple(m.value for m in item) if isinstance(item, type) and issubclass(item, Enum) else ()
        return FieldSpec(name, FieldType.LIST, optional, choices)
    if isinstance(inner, type) and issubclass(inner, Enum):
        return FieldSpec(name, FieldType.ENUM, optional, tuple(m.value for m in inner))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return FieldSpec(name, FieldType.MODEL, optional, fields=_fields_of(inner))
    if inner is bool:
        return FieldSpec(name, FieldType.BOOL, optional)
    if inner is int:
        return FieldSpec(name, FieldType.INT, optional)
    return FieldSpec(name, FieldType.TEXT, optional)


def _fields_of(model: type[BaseModel]) -> dict[str, FieldSpec]:
    return {name: _spec(name, info.annotation) for name, info in model.model_fields.items()}


@cache
def element_fields(kind: ProvisionKind) -> dict[str, FieldSpec]:
    """The matchable elements of a kind, including derived ones (``all_safeguards`` of a power)."""
    fields = _fields_of(ELEMENT_MODELS[kind])
    if kind is ProvisionKind.INVESTIGATIVE_POWER:
        fields["all_safeguards"] = FieldSpec(
            "all_safeguards", FieldType.LIST, choices=tuple(s.value for s in SafeguardType)
        )
    return fields


PROVISION_FIELDS: dict[str, FieldSpec] = {
    "uses_terms": FieldSpec("uses_terms", FieldType.LIST),
    "related": FieldSpec("related", FieldType.LIST),
}


def _did_you_mean(value: str, known: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    return f"did you mean '{close[0]}'? " if close else ""


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return f"'{value}'" if isinstance(value, str) else str(value)


@dataclass
class Compiler:
    """Builds checks from test specs; ``problems`` collects (path, message, at_key)."""

    problems: list[tuple[Path, str, bool]] = field(default_factory=list)

    def problem(self, path: Path, message: str, *, at_key: bool = False) -> None:
        self.problems.append((path, message, at_key))

    # --------------------------------------------------------------- tests

    def test(self, spec: TestSpec, path: Path) -> Check:
        form = spec.form
        value = spec.form_value(form)
        here = (*path, form)
        if form == "provision":
            return Exists(self.pattern(value, here))
        if form == "every_provision":
            where = self.pattern(value.where, (*here, "where"))
            then = self.pattern(value.then, (*here, "then"), kind=value.where.kind)
            return Every(where, then)
        if form == "count":
            return Count(self.pattern(value.provision, (*here, "provision")), value.at_least)
        if form == "party_to_any":
            registry = instruments()
            for index, instrument in enumerate(value):
                if instrument not in registry:
                    self.problem(
                        (*here, index),
                        f"unknown instrument '{instrument}'; {_did_you_mean(instrument, list(registry))}"
                        "see `draftkit instruments`",
                    )
            return PartyTo(tuple(value))
        if form == "check":
            return BuiltinCheck(value)
        parts = tuple(self.test(item, (*here, index)) for index, item in enumerate(value))
        combinators: dict[str, type[AllOf | AnyOf | NoneOf]] = {"all": AllOf, "any": AnyOf, "none": NoneOf}
        return combinators[form](parts)

    # --------------------------------------------------------------- patterns

    def pattern(self, spec: PatternSpec, path: Path, *, kind: ProvisionKind | None = None) -> Pattern:
        if spec.kind is not None and kind is not None and spec.kind is not kind:
            self.problem(
                (*path, "kind"),
                f"'then' must describe the same kind as 'where' ({kind.value}); leave kind out here",
            )
        chosen = spec.kind or kind
        attributes = {"uses_terms": spec.uses_terms, "related": spec.related}
        written = {name: value for name, value in attributes.items() if value is not None}
        attribute_match = self.elements(PROVISION_FIELDS, written, path, "provision")
        if spec.elements and chosen is None:
            self.problem(
                (*path, "elements"),
                "elements can only be matched for a given kind; add kind: "
                + " | ".join(k.value for k in ProvisionKind),
            )
            return Pattern(None, ElementsMatch(fields=(("kind", Never()),)), attribute_match)
        if chosen is None:
            return Pattern(None, ElementsMatch(), attribute_match)
        match = self.elements(element_fields(chosen), spec.elements, (*path, "elements"), chosen.value)
        return Pattern(chosen, match, attribute_match, uses_virtual=_mentions(spec.elements, "all_safeguards"))

    def elements(
        self, fields: Mapping[str, FieldSpec], raw: Mapping[str, Any], path: Path, owner: str
    ) -> ElementsMatch:
        conditions: list[tuple[str, Condition]] = []
        groups: dict[str, list[ElementsMatch]] = {name: [] for name in COMBINATORS}
        for key, value in raw.items():
            here = (*path, key)
            if key in COMBINATORS:
                if not isinstance(value, list) or not value:
                    self.problem(here, f"'{key}' expects a non-empty list of element mappings")
                    continue
                for index, item in enumerate(value):
                    if not isinstance(item, dict):
                        self.problem((*here, index), f"expected a mapping of elements; got {_shown(item)}")
                        continue
                    groups[key].append(self.elements(fields, item, (*here, index), owner))
                continue
            spec = fields.get(key)
            if spec is None:
                names = list(fields)
                self.problem(
                    here,
                    f"unknown element '{key}' of {_a(owner.replace('_', ' '))} provision; "
                    f"{_did_you_mean(key, names)}expected one of: {', '.join([*names, *COMBINATORS])}",
                    at_key=True,
                )
                continue
            conditions.append((key, self.condition(spec, value, here)))
        return ElementsMatch(tuple(conditions), tuple(groups["all"]), tuple(groups["any"]), tuple(groups["none"]))

    # --------------------------------------------------------------- conditions

    def condition(self, spec: FieldSpec, raw: Any, path: Path) -> Condition:
        if spec.type is FieldType.MODEL:
            if not isinstance(raw, dict):
                self.problem(
                    path,
                    f"{spec.name} is {spec.type.value}; expected a mapping of its fields "
                    f"({', '.join(spec.fields)}); got {_shown(raw)}",
                )
                return Never()
            return Nested(self.elements(spec.fields, raw, path, spec.name))
        if isinstance(raw, dict):
            return self._operators(spec, raw, path)
        if isinstance(raw, list):
            hint = "includes_all or includes_any" if spec.type is FieldType.LIST else "{in: [...]}"
            self.problem(path, f"a list cannot be compared with {spec.name} directly; use {hint}")
            return Never()
        if spec.type is FieldType.LIST:
            self.problem(
                path,
                f"{spec.name} is a list; write {{includes: {_shown(raw).strip(chr(39))}}} "
                "(or includes_all / includes_any)",
            )
            return Never()
        return Equals(self.value(spec, raw, path))

    def _operators(self, spec: FieldSpec, raw: dict[str, Any], path: Path) -> Condition:
        allowed = _APPLICABLE[spec.type]
        if not raw:
            self.problem(path, f"empty mapping; write a value or one of the operators: {', '.join(allowed)}")
            return Never()
        parts: list[Condition] = []
        for key, argument in raw.items():
            here = (*path, key)
            if key not in OPERATORS:
                self.problem(
                    here,
                    f"unknown operator '{key}'; {_did_you_mean(key, OPERATORS)}"
                    f"expected one of: {', '.join(allowed) or 'none (write a value)'}",
                    at_key=True,
                )
                continue
            if key not in allowed or (key == "present" and not spec.optional and spec.type is not FieldType.LIST):
                usable = [op for op in allowed if op != "present" or spec.optional or spec.type is FieldType.LIST]
                self.problem(
                    here,
                    f"operator '{key}' does not apply to {spec.name} ({spec.type.value}); "
                    f"use a value{' or ' + ', '.join(usable) if usable else ''}",
                    at_key=True,
                )
                continue
            parts.append(self._operator(spec, key, argument, here))
        if not parts:
            return Never()
        return parts[0] if len(parts) == 1 else Both(tuple(parts))

    def _operator(self, spec: FieldSpec, operator: str, argument: Any, path: Path) -> Condition:
        if operator == "not":
            return Not(self.condition(spec, argument, path))
        if operator == "present":
            if not isinstance(argument, bool):
                self.problem(path, f"'present' expects true or false; got {_shown(argument)}")
                return Never()
            return Present(argument)
        if operator in ("at_least", "at_most"):
            if not isinstance(argument, int) or isinstance(argument, bool):
                self.problem(path, f"'{operator}' expects a whole number; got {_shown(argument)}")
                return Never()
            return Bound(argument, lower=operator == "at_least")
        if operator == "includes":
            return Includes((self.value(spec, argument, path, item=True),), every=True)
        values = self._list(spec, operator, argument, path)
        if operator == "in":
            return OneOf(values)
        return Includes(values, every=operator == "includes_all")

    def _list(self, spec: FieldSpec, operator: str, argument: Any, path: Path) -> tuple[Any, ...]:
        if not isinstance(argument, list) or not argument:
            self.problem(path, f"'{operator}' expects a non-empty list; got {_shown(argument)}")
            return ()
        return tuple(self.value(spec, item, (*path, index), item=True) for index, item in enumerate(argument))

    def value(self, spec: FieldSpec, raw: Any, path: Path, *, item: bool = False) -> Any:
        """Check one written value against the field's type; returns it (plain) either way."""
        if raw is None and not item and spec.optional:
            return None
        if spec.type is FieldType.BOOL:
            if not isinstance(raw, bool):
                self.problem(path, f"{spec.name} is true or false; got {_shown(raw)}")
            return raw
        if spec.type is FieldType.INT:
            if not isinstance(raw, int) or isinstance(raw, bool):
                self.problem(path, f"{spec.name} is a whole number; got {_shown(raw)}")
            return raw
        if spec.choices:
            if not isinstance(raw, str) or raw not in spec.choices:
                self.problem(
                    path,
                    f"unknown value {_shown(raw)} for {spec.name}; {_did_you_mean(str(raw), spec.choices)}"
                    f"expected one of: {', '.join(spec.choices)}",
                )
            return raw
        if not isinstance(raw, str):
            self.problem(path, f"{spec.name} holds text; got {_shown(raw)}")
        return raw


def _mentions(raw: Any, name: str) -> bool:
    if isinstance(raw, dict):
        return name in raw or any(_mentions(value, name) for value in raw.values())
    if isinstance(raw, list):
        return any(_mentions(item, name) for item in raw)
    return False
