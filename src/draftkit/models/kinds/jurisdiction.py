"""Jurisdiction: the bases on which the State's courts may try an offence.

The kind ``jurisdiction``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase

__all__ = ["SPEC", "JurisdictionBasis", "JurisdictionElements", "JurisdictionProvision", "NationalJurisdiction"]


class JurisdictionBasis(StrEnum):
    TERRITORIAL = "territorial"
    COMPUTER_IN_TERRITORY = "computer_in_territory"
    """The computer system, data or service used is in the territory, wherever the offender is."""
    FLAG = "flag"
    NATIONALITY = "nationality"
    HABITUAL_RESIDENCE = "habitual_residence"
    PASSIVE_PERSONALITY = "passive_personality"
    PROTECTIVE = "protective"
    EFFECTS = "effects"
    AUT_DEDERE = "aut_dedere"
    """Jurisdiction where the State does not extradite an alleged offender present in it."""
    UNIVERSAL = "universal"


class JurisdictionElements(DraftkitModel):
    bases: list[JurisdictionBasis] = Field(
        default_factory=no_items,
        description="Bases of jurisdiction the provision establishes; empty for a provision that only "
        "coordinates (e.g. consultation between States).",
    )
    prosecute_if_not_extradited: StrictBool = False
    coordination: StrictBool = Field(
        default=False,
        description="Consultation with other States having jurisdiction, to avoid duplicate prosecutions.",
    )


class JurisdictionProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.JURISDICTION
    kind: Literal["jurisdiction"]
    elements: JurisdictionElements


class NationalJurisdiction(NationalFields, JurisdictionProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.JURISDICTION,
    "Jurisdiction",
    JurisdictionElements,
    JurisdictionProvision,
    NationalJurisdiction,
    anchor="bases",
)
