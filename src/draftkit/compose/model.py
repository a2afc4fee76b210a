"""Small plain-data pieces shared by the bill tree and the report: spans, lines, origins, notes.

Keeping the composed bill free of python-docx means the drafting decisions (which
provisions, in which Part, with which number, which words are placeholders, what
each comment says) are testable without opening a document, and a second renderer
(Markdown, Akoma Ntoso) would draw the same bill.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "InForce",
    "Line",
    "LineKind",
    "Note",
    "Origin",
    "OriginKind",
    "Placeholder",
    "Span",
]


@dataclass(frozen=True)
class Span:
    """A piece of text. ``parameter`` is set when the text is an unfilled placeholder."""

    text: str
    parameter: str | None = None


class LineKind(StrEnum):
    """Where a line of section text sits in the statutory hierarchy (and so its indent)."""

    SUBSECTION = "subsection"
    """``(1) text`` -- or unnumbered when the section has a single subsection."""
    PARAGRAPH = "paragraph"
    """``(a) text``."""
    SUBPARAGRAPH = "subparagraph"
    """``(i) text``."""
    CLOSING = "closing"
    """Words after the paragraphs of a subsection, e.g. ``commits an offence.``"""


@dataclass(frozen=True)
class Line:
    """One printed paragraph of a section: a literal label computed by draftkit and the text."""

    kind: LineKind
    label: str | None
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Placeholder:
    """A parameter the framework gives no value for: shown highlighted, explained in the comment."""

    name: str
    shown: str
    description: str
    default: str


class OriginKind(StrEnum):
    NATIONAL = "national"
    """A provision of the framework (a bill or a draft proposal), printed as written."""
    MODEL = "model"
    """A model provision of the catalog proposed as a remedy, printed as an insertion."""
    AMENDMENT = "amendment"
    """An amendment or repeal of a provision in force, drafted by draftkit to cure a finding."""
    DRAFTKIT = "draftkit"
    """A section every bill needs (short title, commencement, interpretation, regulations)."""


@dataclass(frozen=True)
class Origin:
    kind: OriginKind
    ref: str
    """The national provision id or the catalog id."""
    description: str
    """Human words: ``Counter-Terrorism Bill 2026, s 5 (bill)`` or ``model provision offence.x``."""


@dataclass(frozen=True)
class Note:
    """One labelled entry of a section's comment, e.g. ("Answers", "crim.x: ...")."""

    label: str
    text: str


@dataclass(frozen=True)
class InForce:
    """A provision already in force: not re-enacted, listed for the reader."""

    id: str
    title: str
    source: str
