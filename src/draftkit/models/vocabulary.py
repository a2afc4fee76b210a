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
