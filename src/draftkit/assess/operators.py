"""The operator registry: every operator a rule pack can write on an element value, in one place.

Each operator is one class: its name, the element types it applies to, how its
argument is parsed and checked (``parse``), when it holds, how it reads in words
(``describe``) and what was written (``written``, for shortfalls recorded as data).
The compiler, the test-language schema and the reference page docs/operators.md
all read this registry; adding an operator is adding one class here with
``@register`` (and a test).
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, TypeVar

from draftkit.assess.conditions import Condition, ElementsMatch, getter, not_stated, plain, shown
from draftkit.assess.fields import FieldSpec, FieldType

__all__ = [
    "OPERATORS",
    "AnyItem",
    "AtLeast",
    "AtMost",
    "Below",
    "EveryItem",
    "In",
    "Includes",
    "IncludesAll",
    "IncludesAny",
    "Not",
    "Operator",
    "Parser",
    "Path",
    "Present",
    "operator_reference",
    "usable_operators",
]

Path = tuple[str | int, ...]


class Parser(Protocol):
    """What an operator needs from the compiler to parse its argument."""

    def problem(self, path: Path, message: str, *, at_key: bool = False) -> None: ...

    def condition(self, spec: FieldSpec, raw: Any, path: Path) -> Condition: ...

    def value(self, spec: FieldSpec, raw: Any, path: Path, *, item: bool = False) -> Any: ...

    def elements(
        self, fields: Mapping[str, FieldSpec], raw: Mapping[str, Any], path: Path, owner: str
    ) -> ElementsMatch:
        """Element conditions on a group of fields."""
        ...


def shown_argument(value: Any) -> str:
    """A written argument as the user wrote it, for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return f"'{value}'" if isinstance(value, str) else str(value)


class Operator(Condition):
    """An operator a pack can write: ``{<name>: <argument>}`` as an element's condition."""

    name: ClassVar[str]
    types: ClassVar[tuple[FieldType, ...]]
    summary: ClassVar[str]
    """What it means, one sentence (for docs/operators.md)."""
    example: ClassVar[str]
    """A written example (an element mapping)."""

    @classmethod
    def accepts(cls, spec: FieldSpec) -> bool:
        return spec.type in cls.types

    @classmethod
    @abstractmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        """Check the argument (reporting problems to ``parser``) and build the condition."""


OPERATORS: dict[str, type[Operator]] = {}
"""Operator name -> its class, in the order they are documented."""


_O = TypeVar("_O", bound=type[Operator])


def register(cls: _O) -> _O:
    OPERATORS[cls.name] = cls
    return cls


def usable_operators(spec: FieldSpec) -> list[str]:
    """The operators that apply to an element, in registry order."""
    return [name for name, op in OPERATORS.items() if op.accepts(spec)]


def _nonempty_list(parser: Parser, spec: FieldSpec, name: str, argument: Any, path: Path) -> tuple[Any, ...]:
    if not isinstance(argument, list) or not argument:
        parser.problem(path, f"'{name}' expects a non-empty list; got {shown_argument(argument)}")
        return ()
    return tuple(parser.value(spec, item, (*path, index), item=True) for index, item in enumerate(argument))


# ----------------------------------------------------------------------------- the operators


@register
@dataclass(frozen=True)
class In(Operator):
    name: ClassVar[str] = "in"
    types: ClassVar[tuple[FieldType, ...]] = (FieldType.INT, FieldType.TEXT, FieldType.ENUM)
    summary: ClassVar[str] = "The value is one of the listed values (a value not stated is none of them)."
    example: ClassVar[str] = "authorisation: {in: [judicial, independent]}"

    options: tuple[Any, ...]

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls(_nonempty_list(parser, spec, cls.name, argument, path))

    def holds(self, value: Any) -> bool:
        return plain(value) in self.options

    def narrowing(self) -> tuple[Any, ...] | None:
        return self.options if all(isinstance(o, Hashable) for o in self.options) else None

    def describe(self) -> str:
        return "one of " + ", ".join(shown(o) for o in self.options)

    def written(self) -> Any:
        return {self.name: list(self.options)}


@dataclass(frozen=True)
class _ListOperator(Operator):
    items: tuple[Any, ...]
    every: ClassVar[bool] = True
    """True: all items must be in the list; False: at least one."""

    types: ClassVar[tuple[FieldType, ...]] = (FieldType.LIST,)

    def holds(self, value: Any) -> bool:
        if not value:
            return False
        # The lists hold str enums, which equal their values: no conversion needed (this runs per provision).
        if self.every:
            return all(item in value for item in self.items)
        return any(item in value for item in self.items)

    def narrowing(self) -> tuple[Any, ...] | None:
        if not self.items or not all(isinstance(i, Hashable) for i in self.items):
            return None
        return self.items[:1] if self.every else self.items  # all: any one of them must be there

    def asks_items(self) -> frozenset[Any]:
        return frozenset(i for i in self.items if isinstance(i, Hashable))

    def written(self) -> Any:
        return {self.name: list(self.items)}


@register
@dataclass(frozen=True)
class Includes(_ListOperator):
    name: ClassVar[str] = "includes"
    summary: ClassVar[str] = (
        "The list contains the value, whatever else it contains (e.g. intent among the mental elements that suffice)."
    )
    example: ClassVar[str] = "mental_elements: {includes: intent}"

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls((parser.value(spec, argument, path, item=True),))

    def describe(self) -> str:
        return f"including {shown(self.items[0])}"

    def written(self) -> Any:
        return {self.name: self.items[0] if self.items else None}


@register
@dataclass(frozen=True)
class IncludesAll(_ListOperator):
    name: ClassVar[str] = "includes_all"
    summary: ClassVar[str] = "The list contains every listed value."
    example: ClassVar[str] = "all_safeguards: {includes_all: [necessity, proportionality]}"

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls(_nonempty_list(parser, spec, cls.name, argument, path))

    def describe(self) -> str:
        if len(self.items) == 1:
            return f"including {shown(self.items[0])}"
        return "including all of " + ", ".join(map(shown, self.items))


@register
@dataclass(frozen=True)
class IncludesAny(_ListOperator):
    name: ClassVar[str] = "includes_any"
    every: ClassVar[bool] = False
    summary: ClassVar[str] = "The list contains at least one of the listed values."
    example: ClassVar[str] = "bases: {includes_any: [nationality, habitual_residence]}"

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls(_nonempty_list(parser, spec, cls.name, argument, path))

    def describe(self) -> str:
        if len(self.items) == 1:
            return f"including {shown(self.items[0])}"
        return "including any of " + ", ".join(map(shown, self.items))


@dataclass(frozen=True)
class _Bound(Operator):
    limit: int
    types: ClassVar[tuple[FieldType, ...]] = (FieldType.INT,)

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        if not isinstance(argument, int) or isinstance(argument, bool):
            parser.problem(path, f"'{cls.name}' expects a whole number; got {shown_argument(argument)}")
            return cls(0)
        return cls(argument)

    def written(self) -> Any:
        return {self.name: self.limit}


@register
@dataclass(frozen=True)
class AtLeast(_Bound):
    name: ClassVar[str] = "at_least"
    summary: ClassVar[str] = "The number is the limit or more (a number not stated never satisfies it)."
    example: ClassVar[str] = "retention_months: {at_least: 6}"

    def holds(self, value: Any) -> bool:
        if value is None or isinstance(value, bool):
            return False
        return bool(value >= self.limit)

    def describe(self) -> str:
        return f"at least {self.limit}"


@register
@dataclass(frozen=True)
class AtMost(_Bound):
    name: ClassVar[str] = "at_most"
    summary: ClassVar[str] = "The number is the limit or less (a number not stated never satisfies it)."
    example: ClassVar[str] = "penalty: {max_years: {at_most: 10}}"

    def holds(self, value: Any) -> bool:
        if value is None or isinstance(value, bool):
            return False
        return bool(value <= self.limit)

    def describe(self) -> str:
        return f"at most {self.limit}"


@register
@dataclass(frozen=True)
class Present(Operator):
    name: ClassVar[str] = "present"
    types: ClassVar[tuple[FieldType, ...]] = (
        FieldType.INT,
        FieldType.TEXT,
        FieldType.ENUM,
        FieldType.LIST,
        FieldType.MODEL_LIST,
    )
    summary: ClassVar[str] = (
        "true: the element is stated (a list: it is not empty); false: it is not. Only for elements that "
        "may be left out."
    )
    example: ClassVar[str] = "central_authority: {present: true}"

    wanted: bool

    @classmethod
    def accepts(cls, spec: FieldSpec) -> bool:
        return spec.type in (FieldType.LIST, FieldType.MODEL_LIST) or (spec.optional and spec.type in cls.types)

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        if not isinstance(argument, bool):
            parser.problem(path, f"'present' expects true or false; got {shown_argument(argument)}")
            return cls(True)
        return cls(argument)

    def holds(self, value: Any) -> bool:
        return (not not_stated(value)) is self.wanted

    def describe(self) -> str:
        return "present" if self.wanted else "absent"

    def written(self) -> Any:
        return {self.name: self.wanted}


@register
@dataclass(frozen=True)
class Not(Operator):
    name: ClassVar[str] = "not"
    types: ClassVar[tuple[FieldType, ...]] = (
        FieldType.BOOL,
        FieldType.INT,
        FieldType.TEXT,
        FieldType.ENUM,
        FieldType.LIST,
        FieldType.MODEL_LIST,
    )
    summary: ClassVar[str] = "The condition written under it does not hold."
    example: ClassVar[str] = "mental_elements: {not: {includes: intent}}"

    inner: Condition

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls(parser.condition(spec, argument, path))

    def holds(self, value: Any) -> bool:
        return not self.inner.holds(value)

    def describe(self) -> str:
        return f"not {self.inner.describe()}"

    def written(self) -> Any:
        return {self.name: self.inner.written()}


@register
@dataclass(frozen=True)
class Below(Operator):
    name: ClassVar[str] = "below"
    types: ClassVar[tuple[FieldType, ...]] = (FieldType.ENUM, FieldType.LIST)
    summary: ClassVar[str] = (
        "For a value with a strength order (mental elements: intent, knowledge, recklessness, negligence, "
        "none; authorisation: judicial, independent, prosecutorial, executive, internal, none): the value "
        "is weaker than the one named; for a list, some item is. A value not stated is not below anything."
    )
    example: ClassVar[str] = "mental_elements: {below: intent}"

    limit: Any
    order: tuple[str, ...]

    @classmethod
    def accepts(cls, spec: FieldSpec) -> bool:
        return spec.type in cls.types and spec.ordered

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        return cls(parser.value(spec, argument, path, item=True), spec.choices)

    def _weaker(self, value: Any) -> bool:
        item = plain(value)
        if item not in self.order or self.limit not in self.order:
            return False
        return self.order.index(item) > self.order.index(self.limit)

    def holds(self, value: Any) -> bool:
        if isinstance(value, (list, tuple)):
            return any(self._weaker(item) for item in value)
        return value is not None and self._weaker(value)

    def describe(self) -> str:
        return f"below {shown(self.limit)}"

    def written(self) -> Any:
        return {self.name: self.limit}


@dataclass(frozen=True)
class _ItemOperator(Operator):
    match: ElementsMatch
    types: ClassVar[tuple[FieldType, ...]] = (FieldType.MODEL_LIST,)

    @classmethod
    def parse(cls, parser: Parser, spec: FieldSpec, argument: Any, path: Path) -> Condition:
        if not isinstance(argument, dict) or not argument:
            parser.problem(
                path,
                f"'{cls.name}' expects a mapping of the fields of one item ({', '.join(spec.fields)}); "
                f"got {shown_argument(argument)}",
            )
            return cls(ElementsMatch())
        return cls(parser.elements(spec.fields, argument, path, spec.name))

    def written(self) -> Any:
        return {self.name: self.match.written()}


@register
@dataclass(frozen=True)
class AnyItem(_ItemOperator):
    name: ClassVar[str] = "any_item"
    summary: ClassVar[str] = "Some item of a list of groups matches the fields written under it."
    example: ClassVar[str] = "admissibility: {any_item: {topic: intercept_as_evidence, status: admitted}}"

    def holds(self, value: Any) -> bool:
        return any(self.match.holds(getter(item)) for item in value or ())

    def describe(self) -> str:
        return "with an item of " + self.match.describe()


@register
@dataclass(frozen=True)
class EveryItem(_ItemOperator):
    name: ClassVar[str] = "every_item"
    summary: ClassVar[str] = (
        "Every item of a list of groups matches the fields written under it (an empty list does not)."
    )
    example: ClassVar[str] = "other_routes: {every_item: {authorisation: {in: [judicial, independent]}}}"

    def holds(self, value: Any) -> bool:
        items = list(value or ())
        return bool(items) and all(self.match.holds(getter(item)) for item in items)

    def describe(self) -> str:
        return "with every item " + self.match.describe()


# ----------------------------------------------------------------------------- reference page


def operator_reference() -> str:
    """docs/operators.md, generated from the registry (a test keeps the file in step)."""
    lines = [
        "# Operators of the rule-pack test language",
        "",
        "<!-- Generated from draftkit.assess.operators by `python -m draftkit.assess.operators`; "
        "do not edit by hand. -->",
        "",
        "An element condition in a rule pack is a bare value (the element equals it), a mapping of the fields "
        "of a group (e.g. `penalty`), or a mapping of operators, all of which must hold. Which operators apply "
        "depends on the element's type, which comes from the domain model.",
        "",
        "| Operator | Applies to | Meaning | Example |",
        "|---|---|---|---|",
    ]
    for name, op in OPERATORS.items():
        types = ", ".join(t.value for t in op.types)
        if op is Present:
            types = "lists, and values that may be left out"
        elif op is Below:
            types = "values and lists with a strength order"
        lines.append(f"| `{name}` | {types} | {op.summary} | `{op.example}` |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(operator_reference(), end="")
