"""Conditions on element values, element matches, and findings as data.

A :class:`Condition` says whether one element value satisfies what a pack wrote,
describes itself in words, and gives back what was written (``written``) so a
shortfall can be recorded as data. The operators a pack can write (``in``,
``includes``, ``below``...) are conditions registered in :mod:`draftkit.assess.operators`;
this module holds the base class, equality and the structural conditions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from pydantic import BaseModel

from draftkit.assess.result import ShortfallCode

__all__ = [
    "Both",
    "Condition",
    "ElementsMatch",
    "Equals",
    "Finding",
    "FindingCode",
    "Getter",
    "Nested",
    "Never",
    "getter",
    "plain",
    "shown",
]

Getter = Callable[[str], Any]


def plain(value: Any) -> Any:
    """Enum members to their values, recursively in lists; groups of fields to mappings; the rest unchanged."""
    if isinstance(value, Enum):
        return value._value_  # what .value returns, without the cost of its descriptor (1 ms of a 9 ms check)
    if isinstance(value, (list, tuple)):
        return [item._value_ if isinstance(item, Enum) else plain(item) for item in value]
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return value


def shown(value: Any) -> str:
    value = plain(value)
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} {shown(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(shown(item) for item in value) + "]" if value else "none"
    return str(value)


def not_stated(value: Any) -> bool:
    """Nothing recorded: no value, an empty list, or a sub-element none of whose fields the framework sets (an
    offence's ``penalty`` left out reads as the format's defaults -- no life term, no term of years, no fine --
    which are unknown, not a proportionate penalty)."""
    if isinstance(value, BaseModel):
        return not value.model_fields_set
    return value is None or value in ([], ())


FindingCode = ShortfallCode
"""What kind of shortfall a finding records (the codes of the assessment)."""


@dataclass(frozen=True)
class Finding:
    """One shortfall as data: which provision, which element, what was found, what was required."""

    code: FindingCode
    text: str
    """The shortfall in English (kept while the report words findings from the data)."""
    provision: str | None = None
    element: str | None = None
    found: Any = None
    required: Any = None
    detail: bool = False
    """A near miss recorded as data only (e.g. the offence that has the conduct but not the fault):
    the reasoning states the shortfall itself, not each near miss."""

    def at(self, provision: str) -> Finding:
        return replace(self, provision=provision)

    def as_detail(self) -> Finding:
        return replace(self, detail=True)

    def under(self, prefix: str) -> Finding:
        element = prefix if self.element is None else f"{prefix}.{self.element}"
        return replace(self, element=element, text=f"{prefix}: {self.text}")


class Condition(ABC):
    """A condition on one element value."""

    @abstractmethod
    def holds(self, value: Any) -> bool: ...

    @abstractmethod
    def describe(self) -> str: ...

    @abstractmethod
    def written(self) -> Any:
        """The requirement as a pack would write it (plain data)."""

    def narrowing(self) -> tuple[Any, ...] | None:
        """Values one of which the element must be, or (a list) contain, for the condition to hold; None
        when the condition does not say (the matcher then looks at every provision of the kind)."""
        return None

    def asks_items(self) -> frozenset[Any]:
        """The items of a list the condition asks to be there (``includes``, ``includes_all``,
        ``includes_any``): what a provision that supplies part of a derived list must give to count as
        evidence. Empty for a condition that asks for absence (``not``, ``below``) or says nothing of items."""
        return frozenset()


@dataclass(frozen=True)
class Equals(Condition):
    """A bare value: the element equals it."""

    expected: Any

    def holds(self, value: Any) -> bool:
        return bool(plain(value) == self.expected)

    def narrowing(self) -> tuple[Any, ...] | None:
        # a value not stated equals nothing but None; a list or mapping is not a key of the index
        if self.expected is None or not isinstance(self.expected, Hashable) or isinstance(self.expected, tuple):
            return None
        return (self.expected,)

    def describe(self) -> str:
        return shown(self.expected)

    def written(self) -> Any:
        return self.expected


@dataclass(frozen=True)
class Both(Condition):
    """Several operators written in one mapping: all must hold."""

    parts: tuple[Condition, ...]

    def holds(self, value: Any) -> bool:
        return all(part.holds(value) for part in self.parts)

    def narrowing(self) -> tuple[Any, ...] | None:
        for part in self.parts:
            narrowed = part.narrowing()
            if narrowed is not None:
                return narrowed
        return None

    def asks_items(self) -> frozenset[Any]:
        return frozenset().union(*(part.asks_items() for part in self.parts))

    def describe(self) -> str:
        return " and ".join(part.describe() for part in self.parts)

    def written(self) -> Any:
        merged: dict[str, Any] = {}
        for part in self.parts:
            data = part.written()
            if isinstance(data, dict):
                merged.update(data)
        return merged


@dataclass(frozen=True)
class Nested(Condition):
    """The fields of a sub-element (e.g. ``penalty``)."""

    match: ElementsMatch

    def holds(self, value: Any) -> bool:
        return not not_stated(value) and self.match.holds(getter(value))

    def describe(self) -> str:
        return "{" + self.match.describe() + "}"

    def written(self) -> Any:
        return self.match.written()


@dataclass(frozen=True)
class Never(Condition):
    """Stands in for a condition that failed to compile (the pack is rejected anyway)."""

    def holds(self, value: Any) -> bool:
        return False

    def describe(self) -> str:
        return "(invalid)"

    def written(self) -> Any:
        return None


def _shortfall_text(name: str, value: Any, condition: Condition) -> str:
    """The shortfall of one element in plain English (the reasoning's words; the report words it from the data):
    an element the law does not state is "not stated", never "nothing" or "none" set against "present"."""
    label = name.replace("_", " ")
    if not_stated(value):
        if condition.written() == {"present": True}:
            return f"{label} is not stated"
        return f"{label} is not stated, needs {condition.describe()}"
    return f"{name} is {shown(value)}, needs {condition.describe()}"


def getter(obj: Any) -> Getter:
    return lambda name: getattr(obj, name, None)


@dataclass(frozen=True)
class ElementsMatch:
    """Named field conditions (all must hold) plus nested all/any/none groups."""

    fields: tuple[tuple[str, Condition], ...] = ()
    all_of: tuple[ElementsMatch, ...] = ()
    any_of: tuple[ElementsMatch, ...] = ()
    none_of: tuple[ElementsMatch, ...] = ()

    def holds(self, get: Getter) -> bool:
        # Plain loops, not all()/any() over generators: this runs for every provision a test looks at.
        for name, condition in self.fields:
            if not condition.holds(get(name)):
                return False
        for group in self.all_of:
            if not group.holds(get):
                return False
        if self.any_of and not any(group.holds(get) for group in self.any_of):
            return False
        return not any(group.holds(get) for group in self.none_of)

    def failures(self, get: Getter, fixed: frozenset[str] = frozenset()) -> list[Finding]:
        """Why ``holds`` is false, one finding per failing part (empty when it holds).

        ``fixed`` names the elements that say what the provision is (the power of an investigative power,
        the conduct of an offence): an alternative of an ``any`` group that asks for another power or
        conduct is out of this provision's reach, so the finding names only the alternatives it could
        meet (all of them, if none could), and the failures of the one alternative left, if only one is.
        """
        out: list[Finding] = []
        for name, condition in self.fields:
            value = get(name)
            if condition.holds(value):
                continue
            if isinstance(condition, Nested) and not not_stated(value):
                out.extend(failure.under(name) for failure in condition.match.failures(getter(value)))
                continue
            code = FindingCode.NOT_STATED if not_stated(value) else FindingCode.VALUE
            out.append(
                Finding(
                    code,
                    _shortfall_text(name, value, condition),
                    element=name,
                    found=plain(value),
                    required=condition.written(),
                )
            )
        for group in self.all_of:
            out.extend(group.failures(get, fixed))
        if self.any_of and not any(group.holds(get) for group in self.any_of):
            reachable = tuple(group for group in self.any_of if not group.fails_on(get, fixed)) or self.any_of
            if len(reachable) == 1:
                out.extend(reachable[0].failures(get, fixed))
            else:
                out.append(
                    Finding(
                        FindingCode.NEEDS_ONE_OF,
                        "needs one of: " + "; or ".join(group.describe() for group in reachable),
                        found={name: plain(get(name)) for name in sorted(self._names(reachable))},
                        required={"any": [group.written() for group in reachable]},
                    )
                )
        for group in self.none_of:
            if group.holds(get):
                out.append(
                    Finding(
                        FindingCode.MUST_NOT_HAVE,
                        f"must not have {group.describe()}",
                        found={name: plain(get(name)) for name in sorted(group.names())},
                        required={"none": [group.written()]},
                    )
                )
        return out

    def asks_items(self, name: str, get: Getter) -> frozenset[Any]:
        """The items this match asks element ``name`` (a list) to include, on the path that holds for the
        provision read by ``get``: its own conditions, every ``all`` group, the ``any`` groups that hold;
        never a ``none`` group (what must be absent is no evidence)."""
        out: set[Any] = set()
        for field_name, condition in self.fields:
            if field_name == name:
                out |= condition.asks_items()
        for group in self.all_of:
            out |= group.asks_items(name, get)
        for group in self.any_of:
            if group.holds(get):
                out |= group.asks_items(name, get)
        return frozenset(out)

    def fails_on(self, get: Getter, names: frozenset[str]) -> bool:
        """A condition of this match on one of ``names`` (at its own level) does not hold."""
        return any(name in names and not condition.holds(get(name)) for name, condition in self.fields)

    def describe(self) -> str:
        parts = [f"{name} {condition.describe()}" for name, condition in self.fields]
        parts += [group.describe() for group in self.all_of]
        if self.any_of:
            parts.append("(" + " or ".join(group.describe() for group in self.any_of) + ")")
        parts += [f"not ({group.describe()})" for group in self.none_of]
        return ", ".join(parts) or "anything"

    def written(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: condition.written() for name, condition in self.fields}
        for key, groups in (("all", self.all_of), ("any", self.any_of), ("none", self.none_of)):
            if groups:
                data[key] = [group.written() for group in groups]
        return data

    @staticmethod
    def _names(groups: tuple[ElementsMatch, ...]) -> set[str]:
        out: set[str] = set()
        for group in groups:
            out |= group.names()
        return out

    def names(self) -> set[str]:
        """Every element name this match reads, at its own level."""
        out = {name for name, _ in self.fields}
        for group in (*self.all_of, *self.any_of, *self.none_of):
            out |= group.names()
        return out
