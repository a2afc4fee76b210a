"""The structured elements of each kind of provision (names kept here for existing imports).

Elements are what the rules engine checks: not the wording of a provision but what it does -- which
conduct an offence reaches, who authorises a power, which bases of jurisdiction a clause establishes.
Each kind's elements live in its module of :mod:`draftkit.models.kinds`; the words several kinds share
(powers, authorisation, data categories, safeguards) in :mod:`draftkit.models.vocabulary`.

Every list defaults to empty and every flag to the cautious value, so that an element left out is read
as "not provided", never as "provided".
"""

from __future__ import annotations

from draftkit.models.kinds.cooperation import CooperationElements, CooperationMechanism, DualCriminality, LegalBasis
from draftkit.models.kinds.definition import DefinedConcept, DefinitionElements
from draftkit.models.kinds.evidence import Admissibility, EvidenceElements, EvidenceTopic, TopicAdmissibility
from draftkit.models.kinds.investigative_power import InvestigativePowerElements
from draftkit.models.kinds.jurisdiction import JurisdictionBasis, JurisdictionElements
from draftkit.models.kinds.offence import Defence, MentalElement, OffenceConduct, OffenceElements, OffenceLimb, Penalty
from draftkit.models.kinds.safeguard import SafeguardElements
from draftkit.models.kinds.service_provider import ProviderDuty, RetentionScope, ServiceProviderElements
from draftkit.models.vocabulary import Authorisation, AuthorisationRoute, DataCategory, PowerType, SafeguardType

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
    "RetentionScope",
    "SafeguardElements",
    "SafeguardType",
    "ServiceProviderElements",
    "TopicAdmissibility",
]
