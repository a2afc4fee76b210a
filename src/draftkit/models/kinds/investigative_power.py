"""Investigative powers: the measure, who authorises it (by which routes), its limits and safeguards.

The kind ``investigative_power``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, StrictBool, StrictInt

from draftkit.models.base import Area, DraftkitModel, NonEmptyText, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase
from draftkit.models.vocabulary import Authorisation, AuthorisationRoute, DataCategory, PowerType, SafeguardType

__all__ = ["SPEC", "InvestigativePowerElements", "InvestigativePowerProvision", "NationalInvestigativePower"]


class InvestigativePowerElements(DraftkitModel):
    power: PowerType
    authorisation: Authorisation = Authorisation.NONE
    urgent_exception: StrictBool = Field(
        default=False,
        description="A lower authority may act in urgency, subject to prompt confirmation.",
    )
    threshold: NonEmptyText | None = Field(
        default=None, description="The factual threshold, e.g. `reasonable grounds to believe`."
    )
    persons_covered: NonEmptyText | None = Field(
        default=None,
        description="Whose communications, data or devices the power may reach, as the law states it, e.g. "
        "`the suspect and persons believed to communicate with the suspect`. Left out: the law does not say.",
    )
    max_duration_days: StrictInt | None = Field(default=None, ge=1, le=3650)
    renewable: StrictBool = False
    data_categories: list[DataCategory] = Field(default_factory=no_items)
    safeguards: list[SafeguardType] = Field(default_factory=no_items)
    other_routes: list[AuthorisationRoute] = Field(
        default_factory=no_items,
        description="Where the law lets another authority authorise the measure in stated cases: each "
        "such route. `authorisation` is the default route.",
    )


class InvestigativePowerProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.INVESTIGATIVE_POWERS
    kind: Literal["investigative_power"]
    elements: InvestigativePowerElements


class NationalInvestigativePower(NationalFields, InvestigativePowerProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.INVESTIGATIVE_POWER,
    "Investigative power",
    InvestigativePowerElements,
    InvestigativePowerProvision,
    NationalInvestigativePower,
    anchor="power",
)
