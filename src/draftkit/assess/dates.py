"""From when an obligation binds: the date rule per kind of instrument, and the State's own dates.

- A Security Council resolution binds every Member State from its adoption.
- A treaty binds from its entry into force, and binds a State only as a party: from the State's
  own date where the framework records one (the later of the two), else from the treaty's.
- An EU act binds from the date it applies (a directive or framework decision: its transposition
  deadline), and binds the State as a member of the Union (``bound_as_eu_member``) or as a party.
- Resolutions of the General Assembly, model laws and guidance bind nobody; a criterion drawn from
  them is still not expected of law older than the source itself, so their date is their adoption.

An instrument that has ceased to have effect (``ended``: annulled, repealed) no longer binds from
that date. Unknown dates do not restrict anything: an obligation is never dropped on a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from draftkit.models import Instrument, InstrumentKind, NationalFramework

__all__ = ["TREATIES", "Binding", "binding_of", "binds_from", "state_bound", "will_bind"]

TREATIES = frozenset(
    {InstrumentKind.UNIVERSAL_TREATY, InstrumentKind.REGIONAL_TREATY, InstrumentKind.HUMAN_RIGHTS_TREATY}
)

EU_MEMBER = "bound_as_eu_member"


def binds_from(instrument: Instrument) -> dt.date | None:
    """The date from which the instrument's obligations run, by its kind (None: not known)."""
    if instrument.kind is InstrumentKind.UN_SC_RESOLUTION:
        return instrument.adopted
    if instrument.kind in TREATIES:
        return instrument.entry_into_force
    if instrument.kind is InstrumentKind.EU_ACT:
        return instrument.applies_from or instrument.entry_into_force
    return instrument.adopted


@dataclass(frozen=True)
class Binding:
    """Whether a source can be applied on a framework's date, and why not."""

    applies: bool
    ended: bool = False
    date: dt.date | None = None
    """The date from which it binds (or, when ``ended``, the date it ceased to)."""


def binding_of(instrument: Instrument, as_of: dt.date) -> Binding:
    start = binds_from(instrument)
    if start is not None and as_of < start:
        return Binding(False, date=start)
    if instrument.ended is not None and as_of >= instrument.ended:
        return Binding(False, ended=True, date=instrument.ended)
    return Binding(True, date=start)


def _status(value: object) -> str:
    return str(getattr(value, "value", value))


def state_bound(framework: NationalFramework, instrument: Instrument) -> tuple[bool, dt.date | None]:
    """(whether the State is bound by the instrument on the framework's date, from when).

    A party (ratified, acceded) is bound from the later of the treaty's own date and the State's date
    where recorded; for an EU act, a State recorded as ``bound_as_eu_member`` is bound too.
    """
    for participation in framework.instruments:
        if participation.id != instrument.id:
            continue
        status = _status(participation.status)
        member = status == EU_MEMBER and instrument.kind is InstrumentKind.EU_ACT
        if not (participation.status.is_party or member):
            continue
        binding = binding_of(instrument, framework.as_of)
        if not binding.applies:
            return False, binding.date
        own = participation.date
        start = max((d for d in (binding.date, own) if d is not None), default=None)
        if start is not None and framework.as_of < start:
            return False, start
        return True, start
    return False, None


def will_bind(framework: NationalFramework, instrument: Instrument) -> bool:
    """Whether the instrument binds the State at some date: a party to the treaty; for an EU act, a member of the
    Union (a State the framework records as bound by any EU act as a member); any other source (a Security
    Council resolution binds every State, guidance none) is not a question of participation."""
    if not (instrument.kind in TREATIES or instrument.kind is InstrumentKind.EU_ACT):
        return True
    for participation in framework.instruments:
        if instrument.kind is InstrumentKind.EU_ACT and _status(participation.status) == EU_MEMBER:
            return True  # a Member State: every EU act binds it from the date it applies
        if participation.id == instrument.id and participation.status.is_party:
            return True
    return False
