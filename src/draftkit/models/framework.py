"""A country's national framework: what is in force, what is in a bill, what is proposed."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText, no_entries, no_items
from draftkit.models.provisions import NationalProvision, NationalSource, ProvisionStatus

__all__ = [
    "FORMAT_VERSION",
    "CountryCode",
    "InstrumentParticipation",
    "InstrumentStatus",
    "LegalTradition",
    "NationalFramework",
    "Rating",
    "RatingOverride",
    "RepealClause",
]

FORMAT_VERSION = 2
"""Version 2 (see docs/format-v2.md): fault sets, offence limbs, authorisation routes, admissibility,
amendment relations, external references, `bound_as_eu_member`. Version 1 files are upgraded in memory
on reading; `draftkit migrate` rewrites them."""

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
    BOUND_AS_EU_MEMBER = "bound_as_eu_member"
    """An act of the European Union (a directive or regulation) binds the State as a member State,
    without ratification. Valid only for instruments of kind `eu_act`."""
    NOT_PARTY = "not_party"

    @property
    def is_party(self) -> bool:
        """The State is bound by the instrument: a party to a treaty or, for an EU act, a member State."""
        return self in (InstrumentStatus.RATIFIED, InstrumentStatus.ACCEDED, InstrumentStatus.BOUND_AS_EU_MEMBER)


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


class RepealClause(DraftkitModel):
    """A clause of a bill or proposal that only repeals (``Section 12 of the Penal Code is repealed``).

    A clause that repeals and enacts new text is a provision with ``repeals`` (or ``replaces``) instead.
    """

    source: NationalSource = Field(description="Where the repealing clause stands, e.g. the bill and its clause.")
    status: Literal["bill", "draft_proposal"]
    repeals: list[Identifier] = Field(min_length=1, description="Ids of the in-force provisions it repeals.")
    note: NonEmptyText | None = None


class NationalFramework(DraftkitModel):
    """The document a drafter or an adviser writes: one State's framework as of a date."""

    draftkit: Literal[2] = Field(default=2, description="Version of this file format.")
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
    responsible_authorities: dict[Area, NonEmptyText] = Field(
        default_factory=no_entries,
        description="The authority that leads the recommended actions of each area, e.g. "
        "`criminalization: Ministry of Justice`. Optional; the gap report shows a placeholder for an area not named.",
    )
    repeal_clauses: list[RepealClause] = Field(
        default_factory=no_items, description="Clauses of a bill or proposal that only repeal in-force provisions."
    )

    def provisions_with_status(self, *statuses: ProvisionStatus) -> list[NationalProvision]:
        return [p for p in self.provisions if p.status in statuses]

    def superseded(self, *statuses: ProvisionStatus) -> dict[str, str]:
        """In-force provisions taken out of the law by the drafts of ``statuses``: id -> how, e.g.
        ``{"xa.pc.s12": "repealed by Bill cl. 4"}``. Amended provisions are not in it (they stay, as amended)."""
        out: dict[str, str] = {}
        for provision in self.provisions:
            if provision.status in statuses and provision.status is not ProvisionStatus.IN_FORCE:
                for target in provision.replaces:
                    out.setdefault(target, f"replaced by {provision.id}")
                for target in provision.repeals:
                    out.setdefault(target, f"repealed by {provision.id}")
        for clause in self.repeal_clauses:
            if clause.status in statuses:
                for target in clause.repeals:
                    out.setdefault(target, f"repealed by {clause.source.act}, {clause.source.section}")
        return out

    def party_to(self, instrument_id: str) -> bool:
        return any(i.id == instrument_id and i.status.is_party for i in self.instruments)
