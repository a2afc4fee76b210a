"""What each section of the bill draftkit drafts says, read from the composed tree, not from a Word file.

A returned bill is compared with the bill drafted again from the framework, each section with its
changes accepted and with them rejected. Rendering that bill to ``.docx`` and reading it back costs
as much as drafting it; this walk of the tree (:mod:`draftkit.compose.tree`) gives the same text,
paragraph by paragraph, as :func:`draftkit.billimport.read.read_segments` reads from the rendered bill
(``tests/test_bill_import.py`` holds the two equal for every example framework, in every language).
It follows :mod:`draftkit.render.bill_docx` with tracked changes on: what draftkit proposes is an
insertion, a State clause falling short a deletion followed by the insertion of its remedy.
"""

from __future__ import annotations

from draftkit.billimport.read import Segment
from draftkit.compose.tree import Bill, Change, Section, Unit, plain
from draftkit.render.marks import division_label, schedule_label, section_label, section_mark

__all__ = ["drafted_segments"]


def _unit(bill: Bill, unit: Unit, out: list[str], *, quoted: bool = False, first: bool = False) -> None:
    """The paragraphs of a unit as printed: its number and text, its children, its closing words, and
    the text an amendment quotes, between the bill's quotation marks."""
    opening = bill.quotes[0] if quoted and first else ""
    number = f"{unit.num}\t" if unit.num is not None else ""
    out.append(f"{opening}{number}{plain(unit.text)}")
    for child in unit.children:
        _unit(bill, child, out, quoted=quoted)
    if unit.wrap:
        out.append(plain(unit.wrap))
    if unit.amendment is not None and unit.amendment.quoted:
        inner: list[str] = []
        if unit.amendment.quoted_heading:  # a whole article rewritten: its heading opens the quotation
            inner.append(bill.quotes[0] + unit.amendment.quoted_heading)
        for quoted_unit in unit.amendment.quoted:
            _unit(bill, quoted_unit, inner, quoted=True, first=not inner)
        inner[-1] += bill.quotes[1]
        out += inner


def _units(bill: Bill, units: tuple[Unit, ...]) -> list[str]:
    out: list[str] = []
    for unit in units:
        _unit(bill, unit, out)
    return out


def _section(bill: Bill, section: Section, *, accepted: bool) -> list[str]:
    label = section_label(bill, section)
    if section.change is Change.REPLACED and section.deleted:
        # the number stays; the old words are struck through, the remedy inserted
        old_title = section.deleted_title if section.deleted_title else section.title
        if accepted:
            return [f"{label}\t{section.title}", *_units(bill, section.units)]
        return [f"{label}\t{old_title}", *_units(bill, section.deleted)]
    if section.inserted and not accepted:
        return []  # proposed whole, heading and all: nothing of it stands when the changes are rejected
    return [f"{label}\t{section.title}", *_units(bill, section.units)]


def drafted_segments(bill: Bill, *, accepted: bool) -> dict[str, Segment]:
    """Each section, Part and Schedule of ``bill`` by its mark, as read from the bill draftkit renders
    (:func:`draftkit.render.bill_docx.render_bill`, tracked changes on) with its changes ``accepted``
    or rejected: its lines are the paragraphs from its mark to the next that hold any text."""
    pieces: list[tuple[str, list[str]]] = []
    for index, division in enumerate(bill.divisions):
        if not (index and not division.number and not division.heading):  # closing dispositions: no heading
            pieces.append((division.eid, [division_label(bill, division), division.heading]))
        pieces += [(s.eid, _section(bill, s, accepted=accepted)) for s in division.all_sections()]
    for schedule in bill.schedules:  # a Schedule is proposed whole
        lines = [schedule_label(schedule), schedule.heading, *_units(bill, schedule.units)]
        pieces.append((schedule.eid, lines if accepted else []))
    segments: dict[str, Segment] = {}
    current: Segment | None = None
    for eid, lines in pieces:
        mark = section_mark(eid)
        if mark not in segments:  # a mark given twice is read as the text going on (read_segments)
            current = segments[mark] = Segment(mark, 0)
        assert current is not None
        current.lines += [line.replace("\n", " ") for line in lines if line.strip()]  # a line break reads as a space
    return segments
