"""Safeguards: conditions, oversight and remedies that apply to powers.

The kind ``safeguard``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, NonEmptyText, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase
from draftkit.models.vocabulary import PowerType, SafeguardType

__all__ = ["SPEC", "NationalSafeguard", "SafeguardElements", "SafeguardProvision"]


class SafeguardElements(DraftkitModel):
    applies_to_all_powers: StrictBool = Field(
        default=False, description="The safeguard applies to every investigative power of the framework."
    )
    applies_to: list[PowerType] = Field(
        default_factory=no_items,
        description="The types of power it applies to: every power of each type. Where it applies to some powers "
        "of a type and not others (the oversight of intelligence interception, not of interception ordered by a "
        "judge), leave the type out and list those powers among this provision's related provisions (or this "
        "provision among theirs).",
    )
    safeguards: list[SafeguardType] = Field(min_length=1)
    oversight_body: NonEmptyText | None = None


class SafeguardProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.SAFEGUARDS
    kind: Literal["safeguard"]
    elements: SafeguardElements


class NationalSafeguard(NationalFields, SafeguardProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.SAFEGUARD, "Safeguard", SafeguardElements, SafeguardProvision, NationalSafeguard, anchor="safeguards"
)
