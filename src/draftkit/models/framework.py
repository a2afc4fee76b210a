"""A country's national framework: what is in force, what is in a bill, what is proposed."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText, no_entries, no_items
from draftkit.models.provisions import NationalProvision, ProvisionStatus

__all__ = [
    "FORMAT_VERSION",
    "CountryCode",
    "InstrumentParticipation",
    "InstrumentStatus",
    "LegalTradition",
    "NationalFramework",
    "Rating",
    "RatingOverride",
]

FORMAT_VERSION = 1

CountryCode = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2 code; XA-XZ for fictional States used in examples."),
]


class LegalTradition(StrEnum):
    COMMON_LAW = "common_law"
    CIVIL_LAW = "civil_law"
    MIXED = "mixed"
    ISLAMIC_LAW = "islamic_law"
    OTHER = "other"


class InstrumentStatus(StrEnum):
    SIGNED = "signed"
    RATIFIED = "ratified"
    ACCEDED = "acceded"
    NOT_PARTY = "not_party"

    @property
    def is_party(self) -> bool:
        return self in (InstrumentStatus.RATIFIED, InstrumentStatus.ACCEDED)


class InstrumentParticipation(DraftkitModel):
    """The State's relation to one instrument of the registry."""

    id: Identifier = Field(description="An id of the instrument registry, e.g. `ets-185`.")
    status: InstrumentStatus
    date: dt.date | None = None
    note: NonEmptyText | None = None


class Rating(StrEnum):
    """FATF-like rating of an area: compliant, largely, partially, non-compliant, not applicable."""

    C = "C"
    LC = "LC"
    PC = "PC"
    NC = "NC"
    NA = "NA"


class RatingOverride(DraftkitModel):
    """An assessor's rating of an area that replaces the computed one; the reason is required."""

    area: Area
    rating: Rating
    reason: NonEmptyText


class NationalFramework(DraftkitModel):
    """The document a drafter or an adviser writes: one State's framework as of a date."""

    draftkit: Literal[1] = Field(default=1, description="Version of this file format.")
    country: CountryCode
    name: NonEmptyText = Field(description="Name of the State as it should appear in documents.")
    legal_tradition: LegalTradition
    language: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    as_of: dt.date
    title: NonEmptyText | None = Field(
        default=None,
        description="Short title of the bill draftkit composes, e.g. `Counter-Terrorism (Internet) Bill`.",
    )
    parameters: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], NonEmptyText] = Field(
        default_factory=no_entries,
        description="Values for model-provision parameters, e.g. `competent_court: the High Court`.",
    )
    instruments: list[InstrumentParticipation] = Field(default_factory=no_items)
    provisions: list[NationalProvision] = Field(default_factory=no_items)
    assessor_notes: list[NonEmptyText] = Field(default_factory=no_items)
    overrides: list[RatingOverride] = Field(default_factory=no_items)

    def provisions_with_status(self, *statuses: ProvisionStatus) -> list[NationalProvision]:
        return [p for p in self.provisions if p.status in statuses]

    def party_to(self, instrument_id: str) -> bool:
        return any(i.id == instrument_id and i.status.is_party for i in self.instruments)
