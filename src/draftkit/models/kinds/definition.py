"""Definitions: the terms a law defines and what the definition of a terrorist act covers.

The kind ``definition``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, NonEmptyText
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase

__all__ = ["SPEC", "DefinedConcept", "DefinitionElements", "DefinitionProvision", "NationalDefinition"]


class DefinedConcept(StrEnum):
    COMPUTER_SYSTEM = "computer_system"
    COMPUTER_DATA = "computer_data"
    TRAFFIC_DATA = "traffic_data"
    CONTENT_DATA = "content_data"
    SUBSCRIBER_INFORMATION = "subscriber_information"
    LOCATION_DATA = "location_data"
    SERVICE_PROVIDER = "service_provider"
    ELECTRONIC_COMMUNICATION = "electronic_communication"
    TERRORIST_ACT = "terrorist_act"
    TERRORIST_OFFENCE = "terrorist_offence"
    TERRORIST_GROUP = "terrorist_group"
    TERRORIST_PUBLICATION = "terrorist_publication"
    COMPETENT_AUTHORITY = "competent_authority"
    CENTRAL_AUTHORITY = "central_authority"
    JUDICIAL_AUTHORITY = "judicial_authority"
    FUNDS = "funds"
    CRITICAL_INFRASTRUCTURE = "critical_infrastructure"
    OTHER = "other"


class DefinitionElements(DraftkitModel):
    term: NonEmptyText = Field(description="The defined term exactly as used in text, e.g. `computer data`.")
    concept: DefinedConcept = DefinedConcept.OTHER
    covers_electronic_interference: StrictBool = Field(
        default=False,
        description="For a definition of terrorist act: serious interference with or disruption "
        "of an electronic system is included.",
    )
    requires_terrorist_purpose: StrictBool = Field(
        default=False,
        description="For a definition of terrorist act: a purpose of intimidating a population "
        "or compelling a government or organisation is required.",
    )
    protest_exemption: StrictBool = Field(
        default=False,
        description="For a definition of terrorist act: advocacy, protest, dissent or industrial action "
        "is excluded unless it is meant to kill, injure or endanger life or public safety.",
    )


class DefinitionProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.DEFINITIONS
    kind: Literal["definition"]
    elements: DefinitionElements


class NationalDefinition(NationalFields, DefinitionProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.DEFINITION,
    "Definition",
    DefinitionElements,
    DefinitionProvision,
    NationalDefinition,
    anchor="concept",
)
