"""What every provision has, whatever its kind, and how a kind registers itself.

A kind of provision is one module of ``draftkit.models.kinds`` named after the kind: its elements
model, a provision class (subclass of :class:`ProvisionBase`), its national variant (adding
:class:`NationalFields`) and a :class:`KindSpec` named ``SPEC``. :mod:`draftkit.models.provisions`
collects the specs, in the order of :class:`~draftkit.models.kinds.ProvisionKind`, into the unions the
file formats use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText, no_entries, no_items
from draftkit.models.citation import Citation
from draftkit.models.kinds import ProvisionKind
from draftkit.models.text import Parameter, ParameterName, Subsection, placeholders_in

__all__ = [
    "Commentary",
    "ExternalReference",
    "KindSpec",
    "NationalFields",
    "NationalSource",
    "ProvisionBase",
    "ProvisionStatus",
    "Variant",
]


class Commentary(DraftkitModel):
    """Why a model provision reads as it does and how to adapt it."""

    purpose: NonEmptyText
    adaptation: NonEmptyText | None = None
    common_law: NonEmptyText | None = None
    civil_law: NonEmptyText | None = None
    human_rights: NonEmptyText | None = None


class Variant(DraftkitModel):
    """An alternative or optional wording the drafter may choose instead of the main text."""

    id: Identifier
    title: NonEmptyText
    note: NonEmptyText
    text: list[Subsection] = Field(default_factory=no_items)


class ProvisionStatus(StrEnum):
    IN_FORCE = "in_force"
    BILL = "bill"
    DRAFT_PROPOSAL = "draft_proposal"


class NationalSource(DraftkitModel):
    """Where a provision stands in national law: the act and the section or article."""

    act: NonEmptyText
    section: NonEmptyText
    date: dt.date | None = Field(default=None, description="Date of enactment or of the bill.")


class ProvisionBase(DraftkitModel):
    """What every provision has, whatever its kind.

    Each kind's module (``draftkit.models.kinds.<kind>``) subclasses it with ``kind`` as a literal, its
    ``elements`` model and its area as ``kind_area``.
    """

    kind_area: ClassVar[Area]
    if TYPE_CHECKING:  # declared by each kind's class; here so that code reading any provision type-checks
        elements: Any

    id: Identifier
    kind: str
    title: NonEmptyText
    text: list[Subsection] = Field(min_length=1)
    parameters: dict[ParameterName, Parameter] = Field(default_factory=no_entries)
    citations: list[Citation] = Field(default_factory=no_items)
    commentary: Commentary | None = None
    variants: list[Variant] = Field(default_factory=no_items)
    uses_terms: list[NonEmptyText] = Field(
        default_factory=no_items, description="Defined terms this provision relies on."
    )
    related: list[Identifier] = Field(
        default_factory=no_items,
        description="Ids of provisions this one refers to. An id that does not resolve is a finding of "
        "`check` and a warning of `validate`, not an error (the law itself may refer to a missing section).",
    )
    optional: StrictBool = Field(
        default=False,
        description="In the catalog: an option a State may adopt or leave out; never a gap when left out.",
    )

    @property
    def provision_kind(self) -> ProvisionKind:
        return ProvisionKind(self.kind)

    @property
    def area(self) -> Area:
        return self.kind_area

    def placeholders(self) -> set[str]:
        """Parameter names used in the main text and in every variant."""
        names = placeholders_in(self.text)
        for variant in self.variants:
            names |= placeholders_in(variant.text)
        return names


class ExternalReference(DraftkitModel):
    """A reference to a provision of a law this framework does not describe."""

    act: NonEmptyText
    section: NonEmptyText
    note: NonEmptyText | None = None


class NationalFields(DraftkitModel):
    """What a provision of a national framework adds: where it stands in national law, how far it has
    come, what it does to provisions in force, and references to laws the framework does not describe."""

    source: NationalSource
    status: ProvisionStatus
    replaces: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this one takes the place of "
        "(they are out of the law as it would stand with the draft).",
    )
    repeals: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this clause repeals besides "
        "enacting its own text. A clause that only repeals is a `repeal_clauses` entry of the framework.",
    )
    amends: list[Identifier] = Field(
        default_factory=no_items,
        description="Bill or proposal only: ids of in-force provisions this one amends; with the draft, "
        "they are read as amended, i.e. as this provision says.",
    )
    external_references: list[ExternalReference] = Field(
        default_factory=no_items,
        description="Provisions of other laws this one refers to, which the framework does not describe.",
    )


@dataclass(frozen=True)
class KindSpec:
    """One kind of provision, as its module registers it."""

    kind: ProvisionKind
    label: str
    """The kind in words, e.g. ``Investigative power``."""
    elements: type[DraftkitModel]
    provision: type[ProvisionBase]
    """The catalog class: ``kind`` a literal, ``elements`` the model above."""
    national: type[ProvisionBase]
    """The same with :class:`NationalFields`: a provision of a national framework."""
    anchor: str
    """The element that says what a provision of the kind is about (an offence's ``conduct``): a provision
    that has what a rule asks of it there but fails the rest is recorded as a near miss, with the shortfall."""

    def __post_init__(self) -> None:
        if self.anchor not in self.elements.model_fields:
            raise ValueError(f"the anchor of kind {self.kind.value!r} is not one of its elements: {self.anchor!r}")

    @property
    def area(self) -> Area:
        return self.provision.kind_area
