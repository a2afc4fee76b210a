"""Offences: the conduct reached, the fault that suffices, the penalty.

The kind ``offence``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool, StrictInt

from draftkit.models.base import Area, DraftkitModel, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase

__all__ = [
    "SPEC",
    "Defence",
    "MentalElement",
    "NationalOffence",
    "OffenceConduct",
    "OffenceElements",
    "OffenceLimb",
    "OffenceProvision",
    "Penalty",
]


class OffenceConduct(StrEnum):
    INCITEMENT = "incitement"
    ENCOURAGEMENT = "encouragement"
    GLORIFICATION = "glorification"
    RECRUITMENT = "recruitment"
    PROVIDING_TRAINING = "providing_training"
    RECEIVING_TRAINING = "receiving_training"
    DISSEMINATION = "dissemination"
    COLLECTION_POSSESSION = "collection_possession"
    FINANCING = "financing"
    PREPARATION = "preparation"
    ASSOCIATION = "association"
    CONSPIRACY = "conspiracy"
    SOLICITATION = "solicitation"
    ATTEMPT = "attempt"
    MATERIAL_SUPPORT = "material_support"
    TRAVEL = "travel"
    TRAVEL_FACILITATION = "travel_facilitation"
    CYBERATTACK = "cyberattack"
    ILLEGAL_ACCESS = "illegal_access"
    ILLEGAL_INTERCEPTION = "illegal_interception"
    DATA_INTERFERENCE = "data_interference"
    SYSTEM_INTERFERENCE = "system_interference"
    MISUSE_OF_DEVICES = "misuse_of_devices"
    COMPUTER_FORGERY = "computer_forgery"
    COMPUTER_FRAUD = "computer_fraud"
    TERRORIST_ACT = "terrorist_act"


class MentalElement(StrEnum):
    """A fault element. ``none`` is strict liability: the text requires no fault at all."""

    INTENT = "intent"
    KNOWLEDGE = "knowledge"
    RECKLESSNESS = "recklessness"
    NEGLIGENCE = "negligence"
    NONE = "none"


class Defence(StrEnum):
    REASONABLE_EXCUSE = "reasonable_excuse"
    NON_ENDORSEMENT = "non_endorsement"
    INNOCENT_INTERMEDIARY = "innocent_intermediary"
    LEGITIMATE_PURPOSE = "legitimate_purpose"
    """Journalism, research, education, art, or the work of a public authority."""
    HUMANITARIAN = "humanitarian"


class Penalty(DraftkitModel):
    """The maximum penalty. ``max_years`` is None when the text sets no term."""

    max_years: StrictInt | None = Field(default=None, ge=0, le=100)
    life: StrictBool = False
    fine: StrictBool = False


class OffenceLimb(DraftkitModel):
    """One of several offences in one section: its conduct, the fault that suffices for it, its penalty.

    A section that reads "(1) A person who incites ... commits an offence and is liable to 10
    years; (2) A person who recklessly publishes ... commits an offence and is liable to 5 years"
    records (1) and (2) as limbs. A limb that states no fault or no penalty of its own leaves
    the field empty; it is then read as unknown, not as the section's.
    """

    conduct: list[OffenceConduct] = Field(min_length=1)
    mental_elements: list[MentalElement] = Field(
        default_factory=no_items,
        description="The fault elements any of which suffices for this limb; empty: not stated.",
    )
    penalty: Penalty | None = Field(default=None, description="This limb's maximum penalty, if it has its own.")


class OffenceElements(DraftkitModel):
    conduct: list[OffenceConduct] = Field(min_length=1)
    covers_online: StrictBool = Field(
        default=False,
        description="The offence expressly reaches conduct by electronic or online "
        "communication, or is drafted in means-neutral terms that do.",
    )
    mental_elements: list[MentalElement] = Field(
        default_factory=no_items,
        description="The fault elements any one of which suffices, e.g. `[intent, recklessness]` for "
        "'intentionally or recklessly'; empty: the text states none that is recorded (unknown), "
        "`[none]`: strict liability.",
    )
    terrorist_purpose: StrictBool = Field(
        default=False, description="A link to a terrorist act or purpose is an element."
    )
    risk_element: StrictBool = Field(
        default=False,
        description="A danger that a terrorist offence may be committed is an element (required for speech offences).",
    )
    result_required: StrictBool = Field(
        default=False, description="A terrorist act must actually be committed or attempted."
    )
    covers_online_payments: StrictBool = Field(
        default=False,
        description="For financing: online payment tools, virtual assets, crowdfunding and "
        "e-commerce are expressly reached.",
    )
    any_purpose: StrictBool = Field(
        default=False,
        description="For financing: funds for a terrorist group or an individual terrorist are reached "
        "for any purpose, without a link to a specific terrorist act.",
    )
    penalty: Penalty = Field(default_factory=Penalty)
    defences: list[Defence] = Field(default_factory=no_items)
    limbs: list[OffenceLimb] = Field(
        default_factory=no_items,
        description="Where one section creates several offences with their own fault or penalty: each "
        "of them. `conduct`, `mental_elements` and `penalty` above then describe the section as a whole.",
    )
    prosecution_consent: StrictBool | None = Field(
        default=None,
        description="A prosecution needs the consent of the prosecuting authority or the Attorney "
        "General; null: the text does not say.",
    )


class OffenceProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.CRIMINALIZATION
    kind: Literal["offence"]
    elements: OffenceElements


class NationalOffence(NationalFields, OffenceProvision):
    pass


SPEC = KindSpec(ProvisionKind.OFFENCE, "Offence", OffenceElements, OffenceProvision, NationalOffence, anchor="conduct")
