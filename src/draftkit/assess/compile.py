"""Compiling written tests into matcher objects, with every mistake located.

The element names and types a pattern may use come from the domain model
(:mod:`draftkit.assess.fields`, plus the derived elements of
:mod:`draftkit.assess.derived`); the operators from the registry in
:mod:`draftkit.assess.operators`. Problems are collected, not raised: the caller
turns them into ``file:line:col: path: message`` lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from draftkit.assess.conditions import Both, Condition, ElementsMatch, Equals, Nested, Never
from draftkit.assess.derived import derived_names, element_fields
from draftkit.assess.fields import FieldSpec, FieldType
from draftkit.assess.language import COMBINATORS, PatternSpec, TestSpec
from draftkit.assess.matcher import (
    AllOf,
    AnyOf,
    BuiltinCheck,
    Check,
    Count,
    Every,
    Exists,
    NoneOf,
    PartyTo,
    Pattern,
)
from draftkit.assess.operators import OPERATORS, shown_argument, usable_operators
from draftkit.diagnostics import suggest
from draftkit.models import ProvisionKind
from draftkit.reference import instruments

__all__ = ["Compiler", "FieldSpec", "FieldType", "PathPart", "element_fields"]

PathPart = str | int
Path = tuple[PathPart, ...]

PROVISION_FIELDS: dict[str, FieldSpec] = {
    "uses_terms": FieldSpec("uses_terms", FieldType.LIST),
    "related": FieldSpec("related", FieldType.LIST),
}


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


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
            unless = (
                None if value.unless is None else self.pattern(value.unless, (*here, "unless"), kind=value.where.kind)
            )
            return Every(where, then, unless)
        if form == "count":
            return Count(self.pattern(value.provision, (*here, "provision")), value.at_least)
        if form == "party_to_any":
            registry = instruments()
            for index, instrument in enumerate(value):
                if instrument not in registry:
                    self.problem(
                        (*here, index),
                        f"unknown instrument '{instrument}'{suggest(instrument, registry, otherwise=';')} "
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
        return Pattern(chosen, match, attribute_match, derived=frozenset(match.names()) & derived_names(chosen))

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
                        self.problem((*here, index), f"expected a mapping of elements; got {shown_argument(item)}")
                        continue
                    groups[key].append(self.elements(fields, item, (*here, index), owner))
                continue
            spec = fields.get(key)
            if spec is None:
                names = list(fields)
                self.problem(
                    here,
                    f"unknown element '{key}' of {_a(owner.replace('_', ' '))} provision"
                    f"{suggest(key, names, otherwise=';')} expected one of: {', '.join([*names, *COMBINATORS])}",
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
                    f"({', '.join(spec.fields)}); got {shown_argument(raw)}",
                )
                return Never()
            return Nested(self.elements(spec.fields, raw, path, spec.name))
        if isinstance(raw, dict):
            return self._operators(spec, raw, path)
        if spec.type is FieldType.MODEL_LIST:
            self.problem(
                path,
                f"{spec.name} is {spec.type.value}; write {{any_item: {{...}}}} or {{every_item: {{...}}}} "
                f"with the fields of an item ({', '.join(spec.fields)})",
            )
            return Never()
        if isinstance(raw, list):
            hint = "includes_all or includes_any" if spec.type is FieldType.LIST else "{in: [...]}"
            self.problem(path, f"a list cannot be compared with {spec.name} directly; use {hint}")
            return Never()
        if spec.type is FieldType.LIST:
            self.problem(
                path,
                f"{spec.name} is a list; write {{includes: {shown_argument(raw).strip(chr(39))}}} "
                "(or includes_all / includes_any)",
            )
            return Never()
        return Equals(self.value(spec, raw, path))

    def _operators(self, spec: FieldSpec, raw: dict[str, Any], path: Path) -> Condition:
        usable = usable_operators(spec)
        if not raw:
            self.problem(path, f"empty mapping; write a value or one of the operators: {', '.join(usable)}")
            return Never()
        parts: list[Condition] = []
        for key, argument in raw.items():
            here = (*path, key)
            operator = OPERATORS.get(key)
            if operator is None:
                self.problem(
                    here,
                    f"unknown operator '{key}'{suggest(key, OPERATORS, otherwise=';')} "
                    f"expected one of: {', '.join(usable) or 'none (write a value)'}",
                    at_key=True,
                )
                continue
            if not operator.accepts(spec):
                self.problem(
                    here,
                    f"operator '{key}' does not apply to {spec.name} ({spec.type.value}); "
                    f"use a value{' or ' + ', '.join(usable) if usable else ''}",
                    at_key=True,
                )
                continue
            parts.append(operator.parse(self, spec, argument, here))
        if not parts:
            return Never()
        return parts[0] if len(parts) == 1 else Both(tuple(parts))

    def value(self, spec: FieldSpec, raw: Any, path: Path, *, item: bool = False) -> Any:
        """Check one written value against the field's type; returns it (plain) either way."""
        if raw is None and not item and spec.optional:
            return None
        if spec.type is FieldType.BOOL:
            if not isinstance(raw, bool):
                self.problem(path, f"{spec.name} is true or false; got {shown_argument(raw)}")
            return raw
        if spec.type is FieldType.INT:
            if not isinstance(raw, int) or isinstance(raw, bool):
                self.problem(path, f"{spec.name} is a whole number; got {shown_argument(raw)}")
            return raw
        if spec.choices:
            if not isinstance(raw, str) or raw not in spec.choices:
                self.problem(
                    path,
                    f"unknown value {shown_argument(raw)} for {spec.name}"
                    f"{suggest(str(raw), spec.choices, otherwise=';')} expected one of: {', '.join(spec.choices)}",
                )
            return raw
        if not isinstance(raw, str):
            self.problem(path, f"{spec.name} holds text; got {shown_argument(raw)}")
        return raw
