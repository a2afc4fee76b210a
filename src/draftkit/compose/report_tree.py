"""A report as a tree of plain data: what the Word, Markdown and terminal renderers walk.

Text in the tree is either user text (a ``str``: a State's name, a provision's title or
words, printed as given) or a :class:`~draftkit.i18n.Msg` (a message code with
parameters, worded by the renderer in the reader's language). Nothing here knows Word or
Markdown; a renderer never calls back into the assessment, the framework or the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from draftkit.i18n import Data, Localized, Msg

__all__ = [
    "Block",
    "Cell",
    "Column",
    "Contents",
    "Cover",
    "FillLines",
    "Heading",
    "Items",
    "Para",
    "ParaStyle",
    "Quote",
    "Report",
    "Run",
    "Table",
    "Text",
]

Text = str | Msg | Data | Localized
"""User text as given, a message the renderer words, or a text of the shipped data the renderer translates."""


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph; ``reference`` marks an identifier shown only as a reference (monospace)."""

    text: Text
    bold: bool = False
    italic: bool = False
    reference: bool = False


class ParaStyle(StrEnum):
    BODY = "body"
    NOTE = "note"
    """Smaller, explanatory text (how to read a table, a caveat)."""
    LEAD = "lead"
    """A labelled line, e.g. "Rating: Partially compliant (PC)"."""
    BOX = "box"
    """Text inside a shaded box of key findings."""


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    style: ParaStyle = ParaStyle.BODY

    @classmethod
    def of(cls, *parts: Text | Run, style: ParaStyle = ParaStyle.BODY) -> Para:
        return cls(tuple(p if isinstance(p, Run) else Run(p) for p in parts), style)


@dataclass(frozen=True)
class Heading:
    """A numbered heading; level 1 starts a chapter (a new page in Word), levels 2 and 3 sit inside."""

    level: int
    number: str
    text: Text
    new_page: bool = False


@dataclass(frozen=True)
class Items:
    """A list: numbered (key findings, actions) or not."""

    entries: tuple[Para, ...]
    numbered: bool = True


@dataclass(frozen=True)
class Column:
    header: Text
    width: float
    """In centimetres of an A4 page with 2.5 cm margins (16 cm in all)."""
    reference: bool = False
    """A column of identifiers (monospace, never prose)."""


Cell = tuple[Para, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    key_value: bool = False
    """A two-column table of labels and values, without a header row."""
    tall_rows: bool = False
    """Rows with room to write in (a form the State fills in)."""
    caption: Text | None = None


@dataclass(frozen=True)
class Quote:
    """A national provision quoted: a heading line and its printed lines."""

    heading: Text
    lines: tuple[str, ...]


@dataclass(frozen=True)
class FillLines:
    """Ruled lines to write on."""

    count: int


@dataclass(frozen=True)
class Contents:
    """The table of contents (a TOC field in Word, a list of links in Markdown)."""

    title: Text
    depth: int = 2


Block = Heading | Para | Items | Table | Quote | FillLines | Contents


@dataclass(frozen=True)
class Cover:
    state: Text
    title: Text
    subtitle: Text
    lines: tuple[Text, ...]
    notice: Text


@dataclass(frozen=True)
class Report:
    """A whole document: the cover, then blocks in reading order."""

    cover: Cover
    blocks: tuple[Block, ...]
    header: Text
    footer: Text
    properties_title: Text
    language: str = "en"
    extra: dict[str, str] = field(default_factory=dict)

    def headings(self, depth: int = 3) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and b.level <= depth]
