"""Structured legislative text.

Text is kept structured (subsections, lettered paragraphs, romanettes) rather than
as one string, so that draftkit numbers it itself -- ``(1)``, ``(a)``, ``(i)`` --
and Word documents never depend on Word auto-numbering.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StrictInt, StringConstraints

from draftkit.models.base import DraftkitModel, NonEmptyText, no_items

__all__ = [
    "PLACEHOLDER",
    "Paragraph",
    "ParamType",
    "Parameter",
    "ParameterName",
    "Subsection",
    "placeholders_in",
]

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
"""A named parameter inside provision text, e.g. ``{competent_court}``."""

ParameterName = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$")]


class ParamType(StrEnum):
    TEXT = "text"
    AUTHORITY = "authority"
    """A body or office, e.g. the competent court or the central authority."""
    YEARS = "years"
    MONTHS = "months"
    DAYS = "days"
    HOURS = "hours"
    AMOUNT = "amount"


class Parameter(DraftkitModel):
    """A value a drafter adapts: declared with its type, a default and why it exists."""

    type: ParamType
    default: NonEmptyText | StrictInt
    description: NonEmptyText


class Paragraph(DraftkitModel):
    """A lettered paragraph, ``(a)``, optionally split into romanettes ``(i)``."""

    text: NonEmptyText
    subparagraphs: list[NonEmptyText] = Field(default_factory=no_items)


class Subsection(DraftkitModel):
    """A numbered subsection ``(1)``: lead-in text, paragraphs, and closing words.

    A section with a single subsection is printed without a number, as statutes do.
    """

    text: NonEmptyText
    paragraphs: list[Paragraph] = Field(default_factory=no_items)
    closing: NonEmptyText | None = Field(
        default=None,
        description="Words that follow the paragraphs, e.g. `commits an offence.`",
    )

    def strings(self) -> list[str]:
        """Every piece of text in reading order (used for placeholder and term checks)."""
        out = [self.text]
        for paragraph in self.paragraphs:
            out.append(paragraph.text)
            out.extend(paragraph.subparagraphs)
        if self.closing is not None:
            out.append(self.closing)
        return out


def placeholders_in(subsections: list[Subsection]) -> set[str]:
    """The parameter names used in a body of text."""
    names: set[str] = set()
    for subsection in subsections:
        for piece in subsection.strings():
            names.update(PLACEHOLDER.findall(piece))
    return names
