"""The structured elements of each kind of provision.

Elements are what the rules engine checks: not the wording of a provision but
what it does -- which conduct an offence reaches, who authorises a power, which
bases of jurisdiction a clause establishes. A drafter records them next to the
text; the model provisions in the catalog show what "complete" looks like.

Every list defaults to empty and every flag to the cautious value, so that an
element left out is read as "not provided", never as "provided".
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, StrictBool, StrictInt

from draftkit.models.base import DraftkitModel, NonEmptyText, no_items

__all__ = [
    "Admissibility",
    "Authorisation",
    "AuthorisationRoute",
    "CooperationElements",
    "CooperationMechanism",
    "DataCategory",
    "Defence",
    "DefinedConcept",
    "DefinitionElements",
    "DualCriminality",
    "EvidenceElements",
    "EvidenceTopic",
    "InvestigativePowerElements",
    "JurisdictionBasis",
    "JurisdictionElements",
    "LegalBasis",
    "MentalElement",
    "OffenceConduct",
    "OffenceElements",
    "OffenceLimb",
    "Penalty",
    "PowerType",
    "ProviderDuty",
    "SafeguardElements",
    "SafeguardType",
    "ServiceProviderElements",
    "TopicAdmissibility",
]


# ----------------------------------------------------------------------------- definitions


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


# ----------------------------------------------------------------------------- offences


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


# ----------------------------------------------------------------------------- powers


class PowerType(StrEnum):
    EXPEDITED_PRESERVATION = "expedited_preservation"
    PARTIAL_DISCLOSURE = "partial_disclosure"
    PRODUCTION_ORDER = "production_order"
    SUBSCRIBER_INFORMATION = "subscriber_information"
    SEARCH_SEIZURE = "search_seizure"
    EXTENDED_SEARCH = "extended_search"
    REALTIME_TRAFFIC = "realtime_traffic"
    INTERCEPTION = "interception"
    COMPELLED_DECRYPTION = "compelled_decryption"
    COVERT_ONLINE = "covert_online"
    REMOTE_ACCESS = "remote_access"


class Authorisation(StrEnum):
    """Who authorises a measure, from the strongest guarantee to none."""

    JUDICIAL = "judicial"
    INDEPENDENT = "independent"
    """A body independent of the executive and of the requesting agency, not a court."""
    PROSECUTORIAL = "prosecutorial"
    EXECUTIVE = "executive"
    """A minister or another member of the executive outside the requesting agency."""
    INTERNAL = "internal"
    """An officer of the investigating or requesting agency itself (e.g. a police superintendent)."""
    NONE = "none"


class AuthorisationRoute(DraftkitModel):
    """A further route of a mixed regime: who else may authorise the measure, and in which cases."""

    authorisation: Authorisation
    when: NonEmptyText = Field(description="The cases the law states, e.g. `urgency` or `national security`.")


class DataCategory(StrEnum):
    SUBSCRIBER = "subscriber"
    TRAFFIC = "traffic"
    CONTENT = "content"
    LOCATION = "location"
    STORED = "stored"


class SafeguardType(StrEnum):
    LEGAL_BASIS = "legal_basis"
    NECESSITY = "necessity"
    PROPORTIONALITY = "proportionality"
    TIME_LIMIT = "time_limit"
    OVERSIGHT = "oversight"
    NOTIFICATION = "notification"
    REMEDY = "remedy"
    DESTRUCTION = "destruction"
    CONFIDENTIALITY = "confidentiality"
    RECORD_KEEPING = "record_keeping"
    PRIVILEGE = "privilege"


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
    max_duration_days: StrictInt | None = Field(default=None, ge=1, le=3650)
    renewable: StrictBool = False
    data_categories: list[DataCategory] = Field(default_factory=no_items)
    safeguards: list[SafeguardType] = Field(default_factory=no_items)
    other_routes: list[AuthorisationRoute] = Field(
        default_factory=no_items,
        description="Where the law lets another authority authorise the measure in stated cases: each "
        "such route. `authorisation` is the default route.",
    )


# ----------------------------------------------------------------------------- safeguards


class SafeguardElements(DraftkitModel):
    applies_to_all_powers: StrictBool = False
    applies_to: list[PowerType] = Field(default_factory=no_items)
    safeguards: list[SafeguardType] = Field(min_length=1)
    oversight_body: NonEmptyText | None = None


# ----------------------------------------------------------------------------- service providers


class ProviderDuty(StrEnum):
    DATA_RETENTION = "data_retention"
    COOPERATION = "cooperation"
    CONFIDENTIALITY = "confidentiality"
    NOTICE_AND_REMOVAL = "notice_and_removal"
    LIABILITY_LIMITATION = "liability_limitation"
    USER_IDENTIFICATION = "user_identification"
    COST_ALLOCATION = "cost_allocation"
    POINT_OF_CONTACT = "point_of_contact"


class ServiceProviderElements(DraftkitModel):
    duty: ProviderDuty
    retention_months: StrictInt | None = Field(default=None, ge=0, le=120)
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


# ----------------------------------------------------------------------------- jurisdiction


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


# ----------------------------------------------------------------------------- cooperation


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
    political_offence_excluded: StrictBool = Field(
        default=False,
        description="Terrorist offences are not treated as political offences for refusal.",
    )
    central_authority: NonEmptyText | None = None
    speciality: StrictBool = False
    ne_bis_in_idem: StrictBool = False
    human_rights_refusal: StrictBool = Field(
        default=False,
        description="Refusal where the person would face persecution, torture or an unfair trial.",
    )


# ----------------------------------------------------------------------------- evidence


class EvidenceTopic(StrEnum):
    ELECTRONIC_ADMISSIBILITY = "electronic_admissibility"
    AUTHENTICATION = "authentication"
    CHAIN_OF_CUSTODY = "chain_of_custody"
    INTERCEPT_AS_EVIDENCE = "intercept_as_evidence"
    FOREIGN_EVIDENCE = "foreign_evidence"
    EXPERT_EVIDENCE = "expert_evidence"
    DISCLOSURE_PROTECTION = "disclosure_protection"
    ATTRIBUTION = "attribution"
    INFORMAL_CHANNEL_MATERIAL = "informal_channel_material"


class Admissibility(StrEnum):
    """What a provision does with evidence of a topic in criminal proceedings."""

    ADMITTED = "admitted"
    EXCLUDED = "excluded"
    """Barred, e.g. intercept product that may not be used in criminal proceedings."""
    CONDITIONAL = "conditional"
    """Admitted on conditions the provision states (authorisation, certification, a judge's leave)."""


class TopicAdmissibility(DraftkitModel):
    topic: EvidenceTopic
    status: Admissibility


class EvidenceElements(DraftkitModel):
    topics: list[EvidenceTopic] = Field(min_length=1, description="The topics the provision deals with.")
    reliability_test: StrictBool = Field(
        default=False, description="Admissibility turns on relevance and reliability of data and method."
    )
    admissibility: list[TopicAdmissibility] = Field(
        default_factory=no_items,
        description="For topics of `topics` whose admissibility the provision settles: admitted, excluded "
        "or conditional. A topic not listed here is dealt with in some other way (unknown).",
    )
