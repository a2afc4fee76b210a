"""Derived elements: values a pattern can match that no single provision states.

A power's safeguards are its own plus those of the general safeguard provisions
that apply to it (an oversight body, a tribunal, a notification duty); a power
authorised by several routes is as strong as its weakest. Each derived element
is declared once here (name, kind, type, meaning, how it is computed); the
compiler makes it matchable and the view computes it, so no operator or test
special-cases it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from pydantic import BaseModel

from draftkit.assess.fields import FieldSpec, FieldType, fields_of
from draftkit.models import (
    KINDS,
    Authorisation,
    ProvisionBase,
    ProvisionKind,
    SafeguardProvision,
    SafeguardType,
)

__all__ = [
    "ANCHORS",
    "DERIVED",
    "ELEMENT_MODELS",
    "Derived",
    "Drawn",
    "Surroundings",
    "applies_to_power",
    "derive",
    "derived_names",
    "element_fields",
]

ELEMENT_MODELS: dict[ProvisionKind, type[BaseModel]] = {spec.kind: spec.elements for spec in KINDS}
"""Each kind's elements model, from the registry of kinds (:data:`draftkit.models.provisions.KINDS`)."""


ANCHORS: dict[ProvisionKind, str] = {spec.kind: spec.anchor for spec in KINDS}
"""The element that says what a provision of each kind is about: a provision that has what a pattern asks
of it but fails the rest is a near miss, recorded with the shortfall."""


@dataclass(frozen=True)
class Surroundings:
    """What derived values may draw on besides the provision itself: the other provisions of the view."""

    safeguards: Sequence[tuple[SafeguardProvision, frozenset[str]]] = ()
    """General safeguard provisions of the view, each with its safeguard values (oversight included
    when it names an oversight body)."""

    def applying_to(self, power: ProvisionBase) -> list[tuple[SafeguardProvision, frozenset[str]]]:
        """The general safeguard provisions that apply to ``power`` (:func:`applies_to_power`), in order.

        Looked up in an index of the provisions by what they apply to, instead of testing each against
        each power: a framework with a hundred powers and a hundred safeguard provisions asked ten
        thousand questions of every view.
        """
        index = self._index
        power_type = getattr(getattr(power, "elements", None), "power", None)
        found = set(index.everything)
        found.update(index.by_type.get(power_type, ()) if power_type is not None else ())
        found.update(index.relating_to.get(power.id, ()))
        for related in power.related:
            found.update(index.by_id.get(related, ()))
        return [self.safeguards[position] for position in sorted(found)]

    @cached_property
    def _index(self) -> _SafeguardIndex:
        index = _SafeguardIndex()
        for position, (general, _) in enumerate(self.safeguards):
            elements = general.elements
            if elements.applies_to_all_powers:
                index.everything.append(position)
            for power_type in elements.applies_to:
                index.by_type.setdefault(power_type, []).append(position)
            for related in general.related:
                index.relating_to.setdefault(related, []).append(position)
            index.by_id.setdefault(general.id, []).append(position)
        return index


@dataclass
class _SafeguardIndex:
    """Positions of the general safeguard provisions of a view: those for every power, by power type, by the
    provisions they refer to, and by their own id (a power may refer to them)."""

    everything: list[int] = field(default_factory=list)
    by_type: dict[Any, list[int]] = field(default_factory=dict)
    relating_to: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Drawn:
    """Another provision a derived value was drawn from, and what it gave."""

    id: str
    gives: frozenset[str] | None = None
    """The items of a list value this provision supplies (the safeguards a general safeguard provision gives a
    power); None: the value as a whole. Evidence cites it only where a pattern asks for one of these items."""


Compute = Callable[[ProvisionBase, Surroundings], tuple[Any, tuple[Drawn, ...]]]
"""(value, the other provisions it was drawn from)."""


@dataclass(frozen=True)
class Derived:
    name: str
    kind: ProvisionKind
    spec: FieldSpec
    summary: str
    compute: Compute = field(compare=False)
    reads_surroundings: bool = False
    """Whether ``compute`` draws on the other provisions of the view (``Surroundings``), not only on
    the provision itself."""


AUTHORISATION_ORDER: tuple[str, ...] = tuple(a.value for a in Authorisation)


def _routes(provision: ProvisionBase, main: str, *, confirmed: bool = False) -> list[Any]:
    """The authorities of every route: the main one and the others.

    With ``confirmed``, a route whose measure must be confirmed within a short time by a stronger authority,
    or lapse, counts as that authority: an urgent authorisation by a senior officer that a judge must confirm
    within 48 hours is under judicial control (the review may follow the measure in duly justified urgency:
    CJEU Prokuratuur, C-746/18, 2021; ECtHR Roman Zakharov v. Russia [GC], 2015, on urgency procedures).
    """
    elements = getattr(provision, "elements", None)
    first = getattr(elements, main, None)
    routes = [] if first is None else [first]
    for route in getattr(elements, "other_routes", None) or ():
        value = getattr(route, "authorisation", None)
        if value is None:
            continue
        check = getattr(route, "confirmed_by", None) if confirmed else None
        routes.append(_stronger(value, check) if check is not None else value)
    return routes


def _stronger(first: Any, second: Any) -> Any:
    def rank(value: Any) -> int:
        name = str(getattr(value, "value", value))
        return AUTHORISATION_ORDER.index(name) if name in AUTHORISATION_ORDER else len(AUTHORISATION_ORDER)

    return min((first, second), key=rank)


def _weakest(values: list[Any]) -> Any:
    known = [v for v in values if getattr(v, "value", v) in AUTHORISATION_ORDER]
    if not known:
        return None
    return max(known, key=lambda v: AUTHORISATION_ORDER.index(getattr(v, "value", v)))


def applies_to_power(general: SafeguardProvision, power: ProvisionBase) -> bool:
    """A general safeguard provision applies to a power: to all powers, to its type, or by a reference
    either way between the two provisions."""
    elements = general.elements
    power_type = getattr(getattr(power, "elements", None), "power", None)
    return (
        elements.applies_to_all_powers
        or power_type in elements.applies_to
        or power.id in general.related
        or general.id in power.related
    )


def _all_safeguards(provision: ProvisionBase, around: Surroundings) -> tuple[Any, tuple[Drawn, ...]]:
    own = getattr(provision.elements, "safeguards", [])
    values = {s.value for s in own}
    support: list[Drawn] = []
    for general, given in around.applying_to(provision):
        values |= given
        support.append(Drawn(general.id, given))
    return sorted(values), tuple(support)


def _weakest_authorisation(provision: ProvisionBase, around: Surroundings) -> tuple[Any, tuple[Drawn, ...]]:
    return _weakest(_routes(provision, "authorisation", confirmed=True)), ()


def _authorisations(provision: ProvisionBase, around: Surroundings) -> tuple[Any, tuple[Drawn, ...]]:
    return _routes(provision, "authorisation"), ()


def _weakest_access(provision: ProvisionBase, around: Surroundings) -> tuple[Any, tuple[Drawn, ...]]:
    return _weakest(_routes(provision, "access_authorisation", confirmed=True)), ()


_AUTH = FieldSpec("authorisation", FieldType.ENUM, True, AUTHORISATION_ORDER, ordered=True)

DERIVED: tuple[Derived, ...] = (
    Derived(
        "all_safeguards",
        ProvisionKind.INVESTIGATIVE_POWER,
        FieldSpec("all_safeguards", FieldType.LIST, choices=tuple(s.value for s in SafeguardType)),
        "The power's own safeguards plus those of every safeguard provision that applies to it (to all "
        "powers, to its type, or by a reference between the two); a safeguard provision naming an "
        "oversight body gives oversight. Those provisions count as evidence where they give a safeguard the "
        "question asks for.",
        _all_safeguards,
        reads_surroundings=True,
    ),
    Derived(
        "weakest_authorisation",
        ProvisionKind.INVESTIGATIVE_POWER,
        FieldSpec("weakest_authorisation", FieldType.ENUM, True, AUTHORISATION_ORDER, ordered=True),
        "The weakest of the authorisation routes (the main one and every other route of a mixed regime): "
        "the route that decides the risk to rights. A route whose measure a stronger authority must confirm "
        "within a short time, or it lapses, counts as that authority.",
        _weakest_authorisation,
    ),
    Derived(
        "authorisations",
        ProvisionKind.INVESTIGATIVE_POWER,
        FieldSpec("authorisations", FieldType.LIST, choices=AUTHORISATION_ORDER, ordered=True),
        "Every authorisation route of the power: the main one and the others.",
        _authorisations,
    ),
    Derived(
        "weakest_access_authorisation",
        ProvisionKind.SERVICE_PROVIDER,
        FieldSpec("weakest_access_authorisation", FieldType.ENUM, True, AUTHORISATION_ORDER, ordered=True),
        "The weakest of the routes by which the authorities may access what the provider holds (a route "
        "confirmed within a short time by a stronger authority counts as that authority).",
        _weakest_access,
    ),
)

_BY_KIND: dict[ProvisionKind, tuple[Derived, ...]] = {
    kind: tuple(d for d in DERIVED if d.kind is kind) for kind in ProvisionKind
}


_READ_SURROUNDINGS: frozenset[str] = frozenset(d.kind.value for d in DERIVED if d.reads_surroundings)


def reads_surroundings(kind: str) -> bool:
    """Whether the derived values of a provision of ``kind`` depend on the other provisions of its view."""
    return kind in _READ_SURROUNDINGS


def derive(provision: ProvisionBase, around: Surroundings) -> tuple[dict[str, Any], dict[str, tuple[Drawn, ...]]]:
    """The derived values of one provision, and per value the other provisions it was drawn from."""
    values: dict[str, Any] = {}
    support: dict[str, tuple[Drawn, ...]] = {}
    for item in _BY_KIND.get(ProvisionKind(provision.kind), ()):
        value, drawn = item.compute(provision, around)
        values[item.name] = value
        if drawn:
            support[item.name] = drawn
    return values, support


def derived_names(kind: ProvisionKind) -> frozenset[str]:
    return frozenset(d.name for d in _BY_KIND.get(kind, ()))


@cache
def element_fields(kind: ProvisionKind) -> dict[str, FieldSpec]:
    """The matchable elements of a kind: the model's fields plus the derived ones."""
    fields = fields_of(ELEMENT_MODELS[kind])
    for item in _BY_KIND.get(kind, ()):
        fields[item.name] = item.spec
    return fields
