"""International cooperation: mechanisms, legal bases and grounds for refusal.

The kind ``cooperation``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, NonEmptyText, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase

__all__ = [
    "SPEC",
    "CooperationElements",
    "CooperationMechanism",
    "CooperationProvision",
    "DualCriminality",
    "LegalBasis",
    "NationalCooperation",
]


class CooperationMechanism(StrEnum):
    EXTRADITION = "extradition"
    MUTUAL_LEGAL_ASSISTANCE = "mutual_legal_assistance"
    TRANSFER_OF_PROCEEDINGS = "transfer_of_proceedings"
    TRANSFER_OF_SENTENCED = "transfer_of_sentenced"
    ASSET_FREEZING = "asset_freezing"
    POLICE_COOPERATION = "police_cooperation"
    EXPEDITED_PRESERVATION = "expedited_preservation"
    CONTACT_POINT_24_7 = "contact_point_24_7"
    SPONTANEOUS_INFORMATION = "spontaneous_information"
    JOINT_INVESTIGATION_TEAMS = "joint_investigation_teams"
    VIDEO_CONFERENCE = "video_conference"
    DIRECT_PROVIDER_ORDERS = "direct_provider_orders"
    """Orders or requests of another State's authorities served directly on a service provider (CETS 224 arts 6-7)."""
    GIVING_EFFECT_TO_ORDERS = "giving_effect_to_orders"
    """Giving effect to another State's order for subscriber information or traffic data (CETS 224 art 8)."""
    EMERGENCY_DISCLOSURE = "emergency_disclosure"
    """Expedited disclosure of stored data, and mutual assistance, in an emergency (CETS 224 arts 9-10)."""


class LegalBasis(StrEnum):
    TREATY = "treaty"
    STATUTE = "statute"
    RECIPROCITY = "reciprocity"


class DualCriminality(StrEnum):
    NOT_REQUIRED = "not_required"
    CONDUCT_BASED = "conduct_based"
    """Satisfied when the underlying conduct is criminal in both States, whatever its label."""
    STRICT = "strict"
    """Requires the same offence, by name or elements, in both States."""
    UNSPECIFIED = "unspecified"


class CooperationElements(DraftkitModel):
    mechanisms: list[CooperationMechanism] = Field(min_length=1)
    legal_bases: list[LegalBasis] = Field(default_factory=no_items)
    dual_criminality: DualCriminality = DualCriminality.UNSPECIFIED
    political_offence_excluded: StrictBool | None = Field(
        default=None,
        description="true: terrorist offences are not treated as political offences for refusal (or the law has "
        "no political-offence ground at all); false: the law keeps a political-offence ground with no exception "
        "for terrorist offences; left out: the provision does not deal with it (a clause naming the central "
        "authority, say).",
    )
    central_authority: NonEmptyText | None = None
    speciality: StrictBool = False
    ne_bis_in_idem: StrictBool = False
    human_rights_refusal: StrictBool = Field(
        default=False,
        description="Refusal where the person would face persecution, torture or an unfair trial.",
    )
    data_protection: StrictBool = Field(
        default=False,
        description="Personal data exchanged are protected: purpose, retention, security, onward transfer, "
        "access and redress, independent oversight.",
    )


class CooperationProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.INTERNATIONAL_COOPERATION
    kind: Literal["cooperation"]
    elements: CooperationElements


class NationalCooperation(NationalFields, CooperationProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.COOPERATION,
    "Cooperation",
    CooperationElements,
    CooperationProvision,
    NationalCooperation,
    anchor="mechanisms",
)
