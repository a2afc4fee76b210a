"""draftkit's domain model: one set of typed classes for catalog, frameworks and registries."""

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText
from draftkit.models.catalog import CatalogFile
from draftkit.models.citation import Citation, CitationKind
from draftkit.models.elements import *  # noqa: F403 -- the element vocabulary is part of the model
from draftkit.models.elements import __all__ as _elements_all
from draftkit.models.framework import (
    FORMAT_VERSION,
    InstrumentParticipation,
    InstrumentStatus,
    LegalTradition,
    NationalFramework,
    Rating,
    RatingOverride,
)
from draftkit.models.provisions import (
    KIND_AREA,
    AnyProvision,
    CatalogProvision,
    Commentary,
    CooperationProvision,
    DefinitionProvision,
    EvidenceProvision,
    InvestigativePowerProvision,
    JurisdictionProvision,
    NationalProvision,
    NationalSource,
    OffenceProvision,
    ProvisionBase,
    ProvisionKind,
    ProvisionStatus,
    SafeguardProvision,
    ServiceProviderProvision,
    Variant,
)
from draftkit.models.registry import Confidence, GuidancePoint, Instrument, InstrumentKind
from draftkit.models.text import PLACEHOLDER, Paragraph, Parameter, ParamType, Subsection

__all__ = [
    "FORMAT_VERSION",
    "KIND_AREA",
    "PLACEHOLDER",
    "AnyProvision",
    "Area",
    "CatalogFile",
    "CatalogProvision",
    "Citation",
    "CitationKind",
    "Commentary",
    "Confidence",
    "CooperationProvision",
    "DefinitionProvision",
    "DraftkitModel",
    "EvidenceProvision",
    "GuidancePoint",
    "Identifier",
    "Instrument",
    "InstrumentKind",
    "InstrumentParticipation",
    "InstrumentStatus",
    "InvestigativePowerProvision",
    "JurisdictionProvision",
    "LegalTradition",
    "NationalFramework",
    "NationalProvision",
    "NationalSource",
    "NonEmptyText",
    "OffenceProvision",
    "ParamType",
    "Parameter",
    "Paragraph",
    "ProvisionBase",
    "ProvisionKind",
    "ProvisionStatus",
    "Rating",
    "RatingOverride",
    "SafeguardProvision",
    "ServiceProviderProvision",
    "Subsection",
    "Variant",
    *_elements_all,
]
