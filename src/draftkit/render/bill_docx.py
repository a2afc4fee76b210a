"""The proposed bill as a Word document: a walker of the bill tree (:mod:`draftkit.compose.tree`).

Every number, word and comment comes from the tree; this module only prints it.
Numbers are literal text (``12.``, ``(2)``, ``(a)``, ``1°``), not Word auto-numbering, so
that they survive copy-paste, LibreOffice and the rejection of tracked changes exactly
as printed. Each section's comment is anchored on the runs this module just created
(element objects it holds), never by searching for text, so no provision text can move
or spoof an anchor.

Tracked changes: what draftkit proposes is a tracked insertion (``w:ins``); where the
State's own clause falls short, its text is a tracked deletion (``w:del``) followed by
the insertion of the remedy, so the drafter accepts or rejects each change in Word.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from draftkit.compose.tree import Bill, Change, Division, Form, Role, Schedule, Section, Unit, UnitKind
from draftkit.i18n import Messages, messages
from draftkit.render.format import DraftContext, OutputFormat
from draftkit.render.marks import SECTION_MARK, division_label, schedule_label, section_label, section_mark
from draftkit.render.ooxml import (
    Comments,
    Revisions,
    add_text,
    make_rtl,
    new_element,
    new_paragraph,
    set_flag,
    set_language,
    set_style,
    word_date,
)
from draftkit.render.skeleton import render_skeleton, save_stable
from draftkit.render.styles import S

__all__ = ["OUTPUT", "SECTION_MARK", "render_bill", "section_mark"]

_MARK_ID_BASE = 5000


_LEVEL_STYLE = {
    UnitKind.SUBSECTION: S.SUBSECTION,
    UnitKind.INSTRUCTION: S.SUBSECTION,
    UnitKind.PARAGRAPH: S.PARAGRAPH,
    UnitKind.SUBPARAGRAPH: S.SUBPARAGRAPH,
    UnitKind.DEFINITION: S.CLOSING,
}


def _legend(track_changes: bool, words: Messages) -> str:
    inserted = words("bill.legend.tracked" if track_changes else "bill.legend.clean")
    return f"{inserted} {words('bill.legend.notes')}"


def initials(author: str) -> str:
    letters = [word[0] for word in author.split() if word[:1].isalpha()]
    return "".join(letters[:3]).upper() or "DK"


def _style(unit: Unit, depth: int) -> str:
    if unit.kind is UnitKind.SUBSECTION and unit.num is None:
        return S.SUBSECTION_PLAIN
    if unit.kind is UnitKind.DEFINITION:
        return S.CLOSING if unit.num is None else S.PARAGRAPH
    if depth >= 3:
        return S.SUBPARAGRAPH
    return _LEVEL_STYLE[unit.kind]


class _BillWriter:
    def __init__(
        self, document: Any, bill: Bill, *, track_changes: bool, author: str, when: dt.datetime, words: Messages
    ) -> None:
        self.doc = document
        self.bill = bill
        self.track = track_changes
        self.author = author
        self.initials = initials(author)
        self.date = word_date(when)
        self.revisions = Revisions(author, when)
        self.words = words
        self._marks = 0

    @cached_property
    def comments(self) -> Comments:
        """Made on the first comment: a bill without any has no comments part."""
        return Comments(self.doc, author=self.author, initials=self.initials, date=self.date, style_id=S.COMMENT_TEXT)

    def paragraph(self, style_id: str) -> Paragraph:
        paragraph = new_paragraph(self.doc)
        set_style(paragraph, style_id)
        return paragraph

    # ------------------------------------------------------------------ front matter
    def front(self) -> None:
        add_text(self.paragraph(S.LONG_TITLE), self.bill.enacting_formula)

    def division_label(self, division: Division) -> str:
        return division_label(self.bill, division)

    def section_label(self, section: Section) -> str:
        return section_label(self.bill, section)

    def schedule_label(self, schedule: Schedule) -> str:
        return schedule_label(schedule)

    def arrangement(self) -> None:
        add_text(self.paragraph(S.ARRANGEMENT_HEADING), self.bill.arrangement)
        for division in self.bill.divisions:
            label = self.division_label(division)
            if label or division.heading:  # the closing dispositions of a Spanish law have neither
                line = f"{label} \u2014 {division.heading}" if label else division.heading
                add_text(self.paragraph(S.ARRANGEMENT_PART), line)
            for section in division.all_sections():
                entry = self.paragraph(S.ARRANGEMENT_ENTRY)
                add_text(entry, f"{self.section_label(section)}\t{section.title}")
                if self.track and section.inserted:
                    self.revisions.insert_paragraphs([entry])
        for schedule in self.bill.schedules:
            entry = self.paragraph(S.ARRANGEMENT_ENTRY)
            add_text(entry, f"{self.schedule_label(schedule)}\t{schedule.heading}")
            if self.track:
                self.revisions.insert_paragraphs([entry])

    # ------------------------------------------------------------------ units
    def unit(
        self, unit: Unit, depth: int, out: list[Paragraph], *, quoted: bool = False, first: bool = False
    ) -> Run | None:
        paragraph = self.paragraph(
            _style(unit, depth) if not quoted else (S.PARAGRAPH if depth <= 2 else S.SUBPARAGRAPH)
        )
        last: Run | None = None
        opening = self.bill.quotes[0] if quoted and first else ""
        if unit.num is not None:
            last = add_text(paragraph, f"{opening}{unit.num}\t")
        elif opening:
            last = add_text(paragraph, opening)
        for span in unit.text:
            last = add_text(paragraph, span.text, highlight=span.role is Role.PARAMETER)
        out.append(paragraph)
        if unit.children:
            set_flag(paragraph, "keepNext")  # a lead-in never ends a page alone
        for child in unit.children:
            last = self.unit(child, depth + 1, out, quoted=quoted) or last
        if unit.wrap:
            wrap = self.paragraph(
                S.CLOSING if unit.num is not None or unit.kind is UnitKind.DEFINITION else S.CLOSING_PLAIN
            )
            for span in unit.wrap:
                last = add_text(wrap, span.text, highlight=span.role is Role.PARAMETER)
            out.append(wrap)
        if unit.amendment is not None and unit.amendment.quoted:
            inner: list[Paragraph] = []
            if unit.amendment.quoted_heading:  # a whole article rewritten: its heading opens the quotation
                heading = self.paragraph(S.PARAGRAPH)
                set_flag(heading, "keepNext")
                add_text(heading, self.bill.quotes[0])
                last = add_text(heading, unit.amendment.quoted_heading, bold=True)
                inner.append(heading)
            for quoted_unit in unit.amendment.quoted:
                last = self.unit(quoted_unit, depth + 1, inner, quoted=True, first=not inner) or last
            last = add_text(inner[-1], self.bill.quotes[1])
            out += inner
        return last

    def section(self, section: Section) -> None:
        heading = self.paragraph(S.SECTION_HEADING)
        set_flag(heading, "keepNext")
        first = add_text(heading, self.section_label(section))
        add_text(heading, "\t")
        replaced = section.change is Change.REPLACED and bool(section.deleted)
        old_title = None
        if replaced and section.deleted_title and section.deleted_title != section.title:
            old_title = add_text(heading, section.deleted_title)
        new_title = add_text(heading, section.title)
        last = new_title
        deleted: list[Paragraph] = []
        if replaced:
            for unit in section.deleted:
                self.unit(unit, 1, deleted)
        paragraphs: list[Paragraph] = []
        for unit in section.units:
            last = self.unit(unit, 1, paragraphs) or last
        _keep_together(paragraphs)
        self.comment(section, first, last)
        self.mark(section.eid, heading)
        if replaced and not self.track:
            for paragraph in deleted:
                paragraph._p.getparent().remove(paragraph._p)
            if old_title is not None:
                old_title._r.getparent().remove(old_title._r)
            return
        if replaced:
            # the number stays; the old words are struck through, the remedy inserted
            if old_title is not None:
                self.revisions.delete_runs([old_title])
                self.revisions.insert_runs([new_title])
            self.revisions.delete_paragraphs(deleted)
            self.revisions.insert_paragraphs(paragraphs)
        elif self.track and section.inserted:
            self.revisions.insert_paragraphs([heading, *paragraphs])

    def mark(self, eid: str, heading: Paragraph) -> None:
        """A hidden bookmark over the heading of a section (or Part, or Schedule): a section runs from
        its mark to the next mark of any kind. It spans the heading only: LibreOffice splits a bookmark
        that spans paragraphs into two of the same name."""
        number = str(_MARK_ID_BASE + self._marks)
        self._marks += 1
        start = new_element("w:bookmarkStart")
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), section_mark(eid))
        p_pr = heading._p.find(qn("w:pPr"))
        if p_pr is None:
            heading._p.insert(0, start)
        else:
            p_pr.addnext(start)
        end = new_element("w:bookmarkEnd")
        end.set(qn("w:id"), number)
        heading._p.append(end)

    def comment(self, section: Section, first: Run, last: Run) -> None:
        paragraphs = self.comments.add(first, last)
        for index, note in enumerate(section.notes):
            paragraph = paragraphs[0] if index == 0 else self.comments.paragraph(paragraphs)
            add_text(paragraph, self.words("bill.note.label", label=note.label) + " ", bold=True)
            add_text(paragraph, note.text)

    def body(self) -> None:
        for index, division in enumerate(self.bill.divisions):
            if index and not division.number and not division.heading:
                for section in division.all_sections():  # dispositions closing a Spanish law: under no Title
                    self.section(section)
                continue
            heading = self.paragraph(S.PART_HEADING)
            if index == 0:
                set_flag(heading, "pageBreakBefore")
            add_text(heading, self.division_label(division))
            title = self.paragraph(S.PART_TITLE)
            add_text(title, division.heading)
            self.mark(division.eid, heading)
            for section in division.all_sections():
                self.section(section)
        for schedule in self.bill.schedules:
            heading = self.paragraph(S.PART_HEADING)
            set_flag(heading, "pageBreakBefore")
            add_text(heading, self.schedule_label(schedule))
            title = self.paragraph(S.PART_TITLE)
            add_text(title, schedule.heading)
            self.mark(schedule.eid, heading)
            paragraphs = [heading, title]
            for unit in schedule.units:
                self.unit(unit, 1, paragraphs)
            if self.track:
                self.revisions.insert_paragraphs(paragraphs)


_SHORT_SECTION = 6
"""Paragraphs of a section short enough to be kept on one page whole."""


def _keep_together(paragraphs: list[Paragraph]) -> None:
    """No line of a section left alone at the top or foot of a page: a short section (a repeal list, a
    commencement clause) moves to the next page whole; a longer one never leaves its last paragraph alone,
    and no paragraph is split leaving one line behind (widow and orphan control)."""
    for paragraph in paragraphs:
        set_flag(paragraph, "widowControl")
    together = paragraphs[:-1] if len(paragraphs) <= _SHORT_SECTION else paragraphs[-2:-1]
    for paragraph in together:
        set_flag(paragraph, "keepNext")


def _as_date(value: str) -> dt.date | str:
    """The framework's "as of" date as a date (worded for the locale), or as given if it is not ISO."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


def render_bill(
    bill: Bill, *, track_changes: bool, author: str, when: dt.datetime, words: Messages | None = None
) -> bytes:
    """The bill as .docx bytes, byte-stable for the same bill, author and date.

    ``words``: the messages of the bill's language (by default those of ``bill.language``).
    """
    words = words if words is not None and words.language == bill.language else messages(bill.language)
    one_title = bill.form is Form.CIVIL_LAW  # a civil-law draft has one title, no long title beside it
    document = render_skeleton(
        "bill.docx",
        {
            "country": bill.country,
            "title": bill.long_title if one_title else bill.title,
            "long_title": "" if one_title else bill.long_title,
            "header": words("bill.running_head", country=bill.country, date=when.date()),
            "footer": words("bill.running_foot", title=bill.title),
            "prepared": words("bill.prepared", date=when.date(), as_of=_as_date(bill.as_of)),
            "legend": _legend(track_changes, words),
        },
    )
    if one_title:
        for paragraph in document.paragraphs:
            p_pr = paragraph._p.pPr
            if p_pr is not None and p_pr.style == S.LONG_TITLE and not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)
                break
    writer = _BillWriter(document, bill, track_changes=track_changes, author=author, when=when, words=words)
    writer.front()
    writer.arrangement()
    writer.body()
    set_language(document, words.language)  # spelling and hyphenation in the bill's language
    if words.rtl:
        make_rtl(document)  # Arabic: paragraphs, runs, tables and sections right to left
    return save_stable(
        document,
        title=bill.title,
        author=author,
        when=when,
        comments=words("document.generated"),
        language=words.language,
    )


def _render(context: DraftContext) -> bytes:
    words = context.words if context.language == context.bill.language else None
    return render_bill(
        context.bill, track_changes=context.track_changes, author=context.author, when=context.when, words=words
    )


OUTPUT = OutputFormat(
    "bill.docx",
    "The proposed bill: a short comment on every section; what draftkit proposes as tracked changes.",
    _render,
)
