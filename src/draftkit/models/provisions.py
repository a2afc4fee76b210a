"""Provisions: one kind per area of the guidance, as a union discriminated by ``kind``.

The same classes describe a model provision in the catalog and a provision of a
national framework. A national provision additionally says where it stands in
national law (``source``) and how far it has come (``status``); the ``National*``
classes add those two required fields so that the published schema says so too.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText, no_entries, no_items
from draftkit.models.citation import Citation
from draftkit.models.elements import (
    CooperationElements,
    DefinitionElements,
    EvidenceElements,
    InvestigativePowerElements,
    JurisdictionElements,
    OffenceElements,
    SafeguardElements,
    ServiceProviderElements,
)
from draftkit.models.text import Parameter, ParameterName, Subsection, placeholders_in

__all__ = [
    "KIND_AREA",
    "AnyProvision",
    "CatalogProvision",
    "Commentary",
    "CooperationProvision",
    "DefinitionProvision",
    "EvidenceProvision",
    "ExternalReference",
    "InvestigativePowerProvision",
    "JurisdictionProvision",
    "NationalProvision",
    "NationalSource",
    "OffenceProvision",
    "ProvisionBase",
    "ProvisionKind",
    "ProvisionStatus",
    "SafeguardProvision",
    "ServiceProviderProvision",
    "Variant",
]


class ProvisionKind(StrEnum):
    DEFINITION = "definition"
    OFFENCE = "offence"
    INVESTIGATIVE_POWER = "investigative_power"
    SAFEGUARD = "safeguard"
    SERVICE_PROVIDER = "service_provider"
    JURISDICTION = "jurisdiction"
    COOPERATION = "cooperation"
    EVIDENCE = "evidence"


KIND_AREA: dict[ProvisionKind, Area] = {
    ProvisionKind.DEFINITION: Area.DEFINITIONS,
    ProvisionKind.OFFENCE: Area.CRIMINALIZATION,
    ProvisionKind.INVESTIGATIVE_POWER: Area.INVESTIGATIVE_POWERS,
    ProvisionKind.SAFEGUARD: Area.SAFEGUARDS,
    ProvisionKind.SERVICE_PROVIDER: Area.SERVICE_PROVIDERS,
    ProvisionKind.JURISDICTION: Area.JURISDICTION,
    ProvisionKind.COOPERATION: Area.INTERNATIONAL_COOPERATION,
    ProvisionKind.EVIDENCE: Area.EVIDENCE,
}


class Commentary(DraftkitModel):
    """Why a model provision reads as it does and how to adapt it."""

    purpose: NonEmptyText
    adaptation: NonEmptyText | None = None
    common_law: NonEmptyText | None = None
    civil_law: NonEmptyText | None = None
    human_rights: NonEmptyText | None = None


class Variant(DraftkitModel):
    """An alternative or optional wording the drafter may choose instead of the main text."""

    id: Identifier
    title: NonEmptyText
    note: NonEmptyText
    text: list[Subsection] = Field(default_factory=no_items)


class ProvisionStatus(StrEnum):
    IN_FORCE = "in_force"
    BILL = "bill"
    DRAFT_PROPOSAL = "draft_proposal"


class NationalSource(DraftkitModel):
    """Where a provision stands in national law: the act and the section or article."""

    act: NonEmptyText
    section: NonEmptyText
    date: dt.date | None = Field(default=None, description="Date of enactment or of the bill.")


class ProvisionBase(DraftkitModel):
    """What every provision has, whatever its kind."""

    id: Identifier
    kind: str
    title: NonEmptyText
    text: list[Subsection] = Field(min_length=1)
    parameters: dict[ParameterName, Parameter] = Field(default_factory=no_entries)
    citations: list[Citation] = Field(default_factory=no_items)
    commentary: Commentary | None = None
    variants: list[Variant] = Field(default_factory=no_items)
    uses_terms: list[NonEmptyText] = Field(
        default_factory=no_items, description="Defined terms this provision relies on."
    )
    related: list[Identifier] = Field(
        default_factory=no_items,
        description="Ids of provisions this one refers to. An id that does not resolve is a finding of "
        "`check` and a warning of `validate`, not an error (the law itself may refer to a missing section).",
    )
    optional: StrictBool = Field(
        default=False,
        description="In the catalog: an option a State may adopt or leave out; never a gap when left out.",
    )

    @property
    def provision_kind(self) -> ProvisionKind:
        return ProvisionKind(self.kind)

    @property
    def area(self) -> Area:
        return KIND_AREA[self.provision_kind]

    def placeholders(self) -> set[str]:
        """Parameter names used in the main text and in every variant."""
        names = placeholders_in(self.text)
        for variant in self.variants:
            names |= placeholders_in(variant.text)
        return names


class DefinitionProvision(ProvisionBase):
    kind: Literal["definition"]
    elements: DefinitionElements


class OffenceProvision(ProvisionBase):
    kind: Literal["offence"]
    elements: OffenceElements


class InvestigativePowerProvision(ProvisionBase):
    kind: Literal["investigative_power"]
    elements: InvestigativePowerElements


class SafeguardProvision(ProvisionBase):
    kind: Literal["safeguard"]
    elements: SafeguardElements


class ServiceProviderProvision(ProvisionBase):
    kind: Literal["service_provider"]
    elements: ServiceProviderElements


class JurisdictionProvision(ProvisionBase):
    kind: Literal["jurisdiction"]
    elements: JurisdictionElements


class CooperationProvision(ProvisionBase):
    kind: Literal["cooperation"]
    elements: CooperationElements


class EvidenceProvision(ProvisionBase):
    kind: Literal["evidence"]
    elements: EvidenceElements


class ExternalReference(DraftkitModel):
    """A reference to a provision of a law this framework does not describe."""

    act: NonEmptyText
    section: NonEmptyText
    note: NonEmptyText | None = None


class _National(DraftkitModel):
    source: NationalSource
    status: ProvisionStatus
    replaces: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this one takes the place of "
        "(they are out of the law as it would stand with the draft).",
    )
    repeals: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this clause repeals besides "
        "enacting its own text. A clause that only repeals is a `repeal_clauses` entry of the framework.",
    )
    amends: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this one amends; with the draft, "
        "they are read as amended, i.e. as this provision says.",
    )
    external_references: list[ExternalReference] = Field(
        default_factory=no_items,
        description="Provisions of other laws this one refers to, which the framework does not describe.",
    )


class NationalDefinition(_National, DefinitionProvision):
    pass


class NationalOffence(_National, OffenceProvision):
    pass


class NationalInvestigativePower(_National, InvestigativePowerProvision):
    pass


class NationalSafeguard(_National, SafeguardProvision):
    pass


class NationalServiceProvider(_National, ServiceProviderProvision):
    pass


class NationalJurisdiction(_National, JurisdictionProvision):
    pass


class NationalCooperation(_National, CooperationProvision):
    pass


class NationalEvidence(_National, EvidenceProvision):
    pass


CatalogProvision = Annotated[
    DefinitionProvision
    | OffenceProvision
    | InvestigativePowerProvision
    | SafeguardProvision
    | ServiceProviderProvision
    | JurisdictionProvision
    | CooperationProvision
    | EvidenceProvision,
    Field(discriminator="kind"),
]
"""A model provision of the catalog."""

NationalProvision = Annotated[
    NationalDefinition
    | NationalOffence
    | NationalInvestigativePower
    | NationalSafeguard
    | NationalServiceProvider
    | NationalJurisdiction
    | NationalCooperation
    | NationalEvidence,
    Field(discriminator="kind"),
]
"""A provision of a national framework: a catalog provision plus its national source and status."""

AnyProvision = ProvisionBase
"""Either kind of provision, for code that only reads the common fields and ``elements``."""
