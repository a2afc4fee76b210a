"""Citations: where a provision or a criterion comes from, and how sure we are.

A citation never carries quoted text. It names a source (a guidance point of the
2012 UNODC publication, an instrument in the registry, a case or a national law),
a pinpoint, and whether that pinpoint was verified against the source text.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, StrictBool

from draftkit.models.base import DraftkitModel, NonEmptyText

__all__ = ["Citation", "CitationKind"]


class CitationKind(StrEnum):
    PUBLICATION = "publication"
    """A point of the UNODC publication; ``source`` is a guidance-point id."""
    INSTRUMENT = "instrument"
    """A resolution, treaty, model law or EU act; ``source`` is an instrument-registry id."""
    CASE = "case"
    """A judgment; ``source`` is the case name."""
    NATIONAL_LAW = "national_law"
    """A national statute; ``source`` names the act."""


class Citation(DraftkitModel):
    """One reference to an authority, with a pinpoint and its verification status."""

    kind: CitationKind
    source: NonEmptyText = Field(
        description="Guidance-point id (publication), instrument id (instrument), "
        "case name (case) or act name (national_law)."
    )
    pinpoint: NonEmptyText | None = Field(
        default=None,
        description="Paragraph, article or section, e.g. `para 110`, `art 16`, `s 57`; "
        "for an unverified publication citation, the chapter or section.",
    )
    verified: StrictBool = Field(
        description="True only when the pinpoint was checked against the source text. "
        "Unverified citations are shown as such in every output."
    )
    note: NonEmptyText | None = None

    def short(self) -> str:
        """A compact human-readable form, e.g. ``CRIM-INCITEMENT, para 110``."""
        text = self.source if self.pinpoint is None else f"{self.source}, {self.pinpoint}"
        return text if self.verified else f"{text} (unverified)"
