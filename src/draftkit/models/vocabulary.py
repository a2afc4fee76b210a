"""Words shared by several kinds of provision: powers, who authorises them, data, safeguards."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from draftkit.models.base import DraftkitModel, NonEmptyText

__all__ = ["Authorisation", "AuthorisationRoute", "DataCategory", "PowerType", "SafeguardType"]


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
    PASSENGER_DATA = "passenger_data"
    """Carriers must transmit passenger data (advance passenger information, passenger name records) to a
    national authority, which processes them to screen travellers (SC res 2396 (2017))."""
    WATCH_LIST = "watch_list"
    """A list or database of known and suspected terrorists used to screen travellers and in investigations."""
    BIOMETRIC_COLLECTION = "biometric_collection"
    """Collection and use of biometric data (fingerprints, photographs, facial images) to identify terrorists."""


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
    confirmed_by: Authorisation | None = Field(
        default=None,
        description="Where the law requires a measure taken on this route to be confirmed within a short time it "
        "sets (e.g. by a judge within 48 hours), failing which the measure lapses: the authority that confirms it. "
        "Left out: no confirmation is required, or the law does not say.",
    )


class DataCategory(StrEnum):
    SUBSCRIBER = "subscriber"
    TRAFFIC = "traffic"
    CONTENT = "content"
    LOCATION = "location"
    STORED = "stored"
    ADVANCE_PASSENGER_INFORMATION = "advance_passenger_information"
    """The identity and travel-document data of a passenger and the flight, sent before departure or arrival."""
    PASSENGER_NAME_RECORD = "passenger_name_record"
    """The carrier's booking record of a journey: itinerary, contact, payment and other details."""
    BIOMETRIC = "biometric"


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
    CHILD_SPECIFIC = "child_specific"
    """Juvenile-justice guarantees for children: a minimum age, the child's best interests, detention only as a
    last resort and for the shortest appropriate time, specialised proceedings."""
    REHABILITATION = "rehabilitation"
    """Rehabilitation and reintegration measures (diversion, programmes in and after custody, conditions of release)."""
