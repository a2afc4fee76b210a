"""Models of the two reference registries every citation resolves against."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StrictInt, StringConstraints

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText, no_items

__all__ = ["Confidence", "GuidancePoint", "GuidancePointId", "Instrument", "InstrumentKind"]


class InstrumentKind(StrEnum):
    UN_SC_RESOLUTION = "un_sc_resolution"
    UN_GA_RESOLUTION = "un_ga_resolution"
    UNIVERSAL_TREATY = "universal_treaty"
    HUMAN_RIGHTS_TREATY = "human_rights_treaty"
    REGIONAL_TREATY = "regional_treaty"
    MODEL_LAW = "model_law"
    EU_ACT = "eu_act"
    GUIDANCE = "guidance"
    JUDGMENT = "judgment"
    """A judgment that states what the law requires from its date (a standard, not a treaty obligation)."""


class Instrument(DraftkitModel):
    id: Identifier
    title: NonEmptyText
    short: NonEmptyText
    year: StrictInt | None = Field(
        default=None, ge=1900, le=2100, description="Year of adoption; null where not known for certain."
    )
    kind: InstrumentKind
    adopted: dt.date | None = Field(
        default=None, description="Date of adoption (a treaty: adopted or opened for signature); null where not known."
    )
    entry_into_force: dt.date | None = Field(
        default=None, description="A treaty or EU act: the date it entered into force; null if not (yet) in force."
    )
    applies_from: dt.date | None = Field(
        default=None,
        description="An EU act: the date from which it applies (a directive: its transposition deadline).",
    )
    ended: dt.date | None = Field(default=None, description="The date it ceased to have effect (annulled, repealed).")


class Confidence(StrEnum):
    """How the guidance digest knows a point: seen in the text, press, or recalled."""

    SEEN = "S"
    PRESS = "P"
    RECALLED = "R"


GuidancePointId = Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Z]+(-[A-Z0-9]+)+$")]


class GuidancePoint(DraftkitModel):
    """One checkable point of the 2012 publication, summarised in draftkit's own words.

    ``paragraphs`` lists only the paragraph numbers the digest saw in the text ([S]);
    a publication citation may claim ``verified: true`` only for one of these.
    ``location`` gives the chapter or section, which is all that can be cited otherwise.
    """

    id: GuidancePointId
    area: Area
    title: NonEmptyText
    summary: NonEmptyText
    location: NonEmptyText = Field(description="Chapter or section, e.g. `Chapter III.C.1`.")
    paragraphs: list[Annotated[int, Field(strict=True, ge=1, le=500)]] = Field(default_factory=no_items)
    confidence: Confidence
