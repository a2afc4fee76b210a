"""The annotated bill as a Word document: cover, arrangement of sections, Parts and sections.

Numbers are literal text computed by draftkit (``12.``, ``(2)``, ``(a)``, ``(i)``), not
Word auto-numbering, so that they survive copy-paste, LibreOffice and tracked-change
rejection exactly as printed. Each section's comment is anchored on the runs this
module just created (element objects it holds), never by searching for text, so that
no provision text can move or spoof an anchor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from draftkit.catalog.text import roman
from draftkit.compose.model import Bill, Line, LineKind, Section
from draftkit.render.format import DraftContext, OutputFormat
from draftkit.render.ooxml import Revisions, add_text, set_style, word_date
from draftkit.render.skeleton import render_skeleton, save_stable
from draftkit.render.styles import S

__all__ = ["OUTPUT", "render_bill"]

_LINE_STYLE = {
    LineKind.SUBSECTION: S.SUBSECTION,
    LineKind.PARAGRAPH: S.PARAGRAPH,
    LineKind.SUBPARAGRAPH: S.SUBPARAGRAPH,
    LineKind.CLOSING: S.CLOSING,
}


def _legend(track_changes: bool) -> str:
    inserted = (
        "Model provisions proposed by draftkit are tracked insertions: accept or reject them under Review."
        if track_changes
        else "Model provisions proposed by draftkit are printed as clean text; their comments say so."
    )
    return (
        f"{inserted} Every section carries a comment giving its source, the criteria it answers and its "
        "citations. Words highlighted in [brackets] are placeholders still to be decided."
    )


def initials(author: str) -> str:
    letters = [word[0] for word in author.split() if word[:1].isalpha()]
    return "".join(letters[:3]).upper() or "DK"


def _line_style(line: Line, numbered: bool) -> str:
    if line.kind is LineKind.SUBSECTION and line.label is None:
        return S.SUBSECTION_PLAIN
    if line.kind is LineKind.CLOSING and not numbered:
        return S.CLOSING_PLAIN
    return _LINE_STYLE[line.kind]


class _BillWriter:
    def __init__(self, document: Any, *, track_changes: bool, author: str, when: dt.datetime) -> None:
        self.doc = document
        self.track = track_changes
        self.author = author
        self.initials = initials(author)
        self.date = word_date(when)
        self.revisions = Revisions(author, when)

    def paragraph(self, style_id: str) -> Paragraph:
        paragraph: Paragraph = self.doc.add_paragraph()
        set_style(paragraph, style_id)
        return paragraph

    def arrangement(self, bill: Bill) -> None:
        add_text(self.paragraph(S.ARRANGEMENT_HEADING), "Arrangement of sections")
        if not bill.parts:
            add_text(
                self.paragraph(S.NOTE),
                "Nothing to draft: the framework has no bill or proposal, and the "
                "assessment proposes no model provision.",
            )
        for part in bill.parts:
            add_text(self.paragraph(S.ARRANGEMENT_PART), f"Part {roman(part.number).upper()} \u2014 {part.title}")
            for section in part.sections:
                entry = self.paragraph(S.ARRANGEMENT_ENTRY)
                add_text(entry, f"{section.number}.\t{section.title}")
                if self.track and section.inserted:
                    self.revisions.insert_paragraphs([entry])

    def section(self, section: Section) -> None:
        heading = self.paragraph(S.SECTION_HEADING)
        first = add_text(heading, f"{section.number}.")
        add_text(heading, f"\t{section.title}")
        paragraphs = [heading]
        last: Run = first
        numbered = any(line.label is not None for line in section.lines if line.kind is LineKind.SUBSECTION)
        for index, line in enumerate(section.lines):
            paragraph = self.paragraph(_line_style(line, numbered))
            following = section.lines[index + 1] if index + 1 < len(section.lines) else None
            if following is not None and following.kind in (LineKind.PARAGRAPH, LineKind.SUBPARAGRAPH):
                paragraph.paragraph_format.keep_with_next = True  # a lead-in never ends a page alone
            if line.label is not None:
                add_text(paragraph, f"{line.label}\t")
            for span in line.spans:
                last = add_text(paragraph, span.text, highlight=span.parameter is not None)
            paragraphs.append(paragraph)
        self.comment(section, first, last)
        if self.track and section.inserted:
            self.revisions.insert_paragraphs(paragraphs)

    def comment(self, section: Section, first: Run, last: Run) -> None:
        comment = self.doc.add_comment([first, last], text="", author=self.author, initials=self.initials)
        comment._comment_elm.set(qn("w:date"), self.date)
        for index, note in enumerate(section.notes):
            paragraph = comment.paragraphs[0] if index == 0 else comment.add_paragraph()
            set_style(paragraph, S.COMMENT_TEXT)
            add_text(paragraph, f"{note.label}: ", bold=True)
            add_text(paragraph, note.text)

    def body(self, bill: Bill) -> None:
        for index, part in enumerate(bill.parts):
            heading = self.paragraph(S.PART_HEADING)
            if index == 0:
                heading.paragraph_format.page_break_before = True
            add_text(heading, f"Part {roman(part.number).upper()}")
            add_text(self.paragraph(S.PART_TITLE), part.title)
            for section in part.sections:
                self.section(section)


def render_bill(bill: Bill, *, track_changes: bool, author: str, when: dt.datetime) -> bytes:
    """The bill as .docx bytes, byte-stable for the same bill, author and date."""
    document = render_skeleton(
        "bill.docx",
        {
            "country": bill.country,
            "title": bill.title,
            "long_title": bill.long_title,
            "date": when.date().isoformat(),
            "as_of": bill.as_of,
            "legend": _legend(track_changes),
        },
    )
    writer = _BillWriter(document, track_changes=track_changes, author=author, when=when)
    writer.arrangement(bill)
    writer.body(bill)
    return save_stable(document, title=bill.title, author=author, when=when)


def _render(context: DraftContext) -> bytes:
    return render_bill(context.bill, track_changes=context.track_changes, author=context.author, when=context.when)


OUTPUT = OutputFormat(
    "bill.docx",
    "The annotated draft bill: a comment on every section, model provisions as tracked insertions.",
    _render,
)
