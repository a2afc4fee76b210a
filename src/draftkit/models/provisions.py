"""Provisions: the registry of kinds and the unions discriminated by ``kind``.

The same classes describe a model provision in the catalog and a provision of a national framework.
A national provision additionally says where it stands in national law (``source``) and how far it has
come (``status``); the ``National*`` classes add those required fields so that the published schema
says so too. Each kind lives in its own module (:mod:`draftkit.models.kinds`); this module collects
them, in the order of :class:`ProvisionKind`, into :data:`KINDS`, :data:`KIND_AREA` and the two unions.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import Field

from draftkit.models.base import Area
from draftkit.models.kinds import ProvisionKind
from draftkit.models.kinds.cooperation import CooperationProvision, NationalCooperation
from draftkit.models.kinds.definition import DefinitionProvision, NationalDefinition
from draftkit.models.kinds.evidence import EvidenceProvision, NationalEvidence
from draftkit.models.kinds.investigative_power import InvestigativePowerProvision, NationalInvestigativePower
from draftkit.models.kinds.jurisdiction import JurisdictionProvision, NationalJurisdiction
from draftkit.models.kinds.offence import NationalOffence, OffenceProvision
from draftkit.models.kinds.safeguard import NationalSafeguard, SafeguardProvision
from draftkit.models.kinds.service_provider import NationalServiceProvider, ServiceProviderProvision
from draftkit.models.provision_base import (
    Commentary,
    ExternalReference,
    KindSpec,
    NationalFields,
    NationalSource,
    ProvisionBase,
    ProvisionStatus,
    Variant,
)

__all__ = [
    "KINDS",
    "KIND_AREA",
    "AnyProvision",
    "CatalogProvision",
    "Commentary",
    "CooperationProvision",
    "DefinitionProvision",
    "EvidenceProvision",
    "ExternalReference",
    "InvestigativePowerProvision",
    "JurisdictionProvision",
    "KindSpec",
    "NationalCooperation",
    "NationalDefinition",
    "NationalEvidence",
    "NationalFields",
    "NationalInvestigativePower",
    "NationalJurisdiction",
    "NationalOffence",
    "NationalProvision",
    "NationalSafeguard",
    "NationalServiceProvider",
    "NationalSource",
    "OffenceProvision",
    "ProvisionBase",
    "ProvisionKind",
    "ProvisionStatus",
    "SafeguardProvision",
    "ServiceProviderProvision",
    "Variant",
    "kind_spec",
]


def _registered(kind: ProvisionKind) -> KindSpec:
    spec = getattr(import_module(f"draftkit.models.kinds.{kind.value}"), "SPEC", None)
    if not isinstance(spec, KindSpec) or spec.kind is not kind:
        raise TypeError(
            f"draftkit.models.kinds.{kind.value} must define SPEC = KindSpec(ProvisionKind.{kind.name}, ...)"
        )
    return spec


KINDS: tuple[KindSpec, ...] = tuple(_registered(kind) for kind in ProvisionKind)
"""Every kind of provision, in the order of :class:`ProvisionKind`."""

_BY_KIND = {spec.kind: spec for spec in KINDS}

KIND_AREA: dict[ProvisionKind, Area] = {spec.kind: spec.area for spec in KINDS}


def kind_spec(kind: ProvisionKind | str) -> KindSpec:
    """The registration of one kind."""
    return _BY_KIND[ProvisionKind(kind)]


def _union(classes: list[type[ProvisionBase]]) -> Any:
    return Annotated[Union[tuple(classes)], Field(discriminator="kind")]  # noqa: UP007 - built from a tuple


if TYPE_CHECKING:
    CatalogProvision = ProvisionBase

    class NationalProvision(NationalFields, ProvisionBase):
        """What every national provision has (statically; at run time, the union of the kinds)."""

else:
    CatalogProvision = _union([spec.provision for spec in KINDS])
    """A model provision of the catalog: the union of the kinds' classes, discriminated by ``kind``."""

    NationalProvision = _union([spec.national for spec in KINDS])
    """A provision of a national framework: a catalog provision plus its national source and status."""

AnyProvision = ProvisionBase
"""Either kind of provision, for code that only reads the common fields and ``elements``."""
