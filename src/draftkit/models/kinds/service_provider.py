"""Service providers: duties of retention, cooperation and removal, and who authorises access.

The kind ``service_provider``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool, StrictInt

from draftkit.models.base import Area, DraftkitModel, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase
from draftkit.models.vocabulary import Authorisation, AuthorisationRoute, DataCategory, SafeguardType

__all__ = [
    "SPEC",
    "NationalServiceProvider",
    "ProviderDuty",
    "RetentionScope",
    "ServiceProviderElements",
    "ServiceProviderProvision",
]


class ProviderDuty(StrEnum):
    DATA_RETENTION = "data_retention"
    COOPERATION = "cooperation"
    CONFIDENTIALITY = "confidentiality"
    NOTICE_AND_REMOVAL = "notice_and_removal"
    LIABILITY_LIMITATION = "liability_limitation"
    USER_IDENTIFICATION = "user_identification"
    COST_ALLOCATION = "cost_allocation"
    POINT_OF_CONTACT = "point_of_contact"


class RetentionScope(StrEnum):
    """Whose data a retention duty reaches."""

    GENERAL = "general"
    """Every user of the service, without any link to a threat or an investigation."""
    TARGETED = "targeted"
    """Persons or places selected on objective criteria, by an order limited in time."""
    SOURCE_ADDRESSES = "source_addresses"
    """Only the network address assigned to the source of a connection, with its time of assignment."""


class ServiceProviderElements(DraftkitModel):
    duty: ProviderDuty
    retention_months: StrictInt | None = Field(default=None, ge=0, le=120)
    retention_scope: RetentionScope | None = Field(
        default=None, description="For a retention duty: whose data it reaches (left out: not stated)."
    )
    data_categories: list[DataCategory] = Field(default_factory=no_items)
    access_authorisation: Authorisation | None = Field(
        default=None, description="Who authorises access to retained or held data (the default route)."
    )
    other_routes: list[AuthorisationRoute] = Field(
        default_factory=no_items,
        description="Other authorities that may authorise access in stated cases (a mixed regime).",
    )
    general_monitoring: StrictBool = Field(
        default=False, description="The provision imposes a general duty to monitor content."
    )
    due_process: StrictBool = Field(
        default=False,
        description="Orders are reasoned, notified and open to review or appeal.",
    )
    safeguards: list[SafeguardType] = Field(default_factory=no_items)
    penalties: StrictBool | None = Field(
        default=None,
        description="true: a provider that fails in the duty faces a penalty the law sets (a fine, an offence); "
        "false: the law sets none; left out: the provision does not say.",
    )


class ServiceProviderProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.SERVICE_PROVIDERS
    kind: Literal["service_provider"]
    elements: ServiceProviderElements


class NationalServiceProvider(NationalFields, ServiceProviderProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.SERVICE_PROVIDER,
    "Service provider",
    ServiceProviderElements,
    ServiceProviderProvision,
    NationalServiceProvider,
    anchor="duty",
)
