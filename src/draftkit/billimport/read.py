"""The sections of a bill ``.docx`` as text, read through the hardened reader, tracked changes resolved.

A bill draftkit writes carries a hidden bookmark at the start of every section, Part and Schedule
heading (:data:`draftkit.render.marks.SECTION_MARK`); a section runs from its mark to the next
mark. Word and LibreOffice keep bookmarks through editing and saving, and drop one only with the
text it spans, so a section whose insertion was rejected loses its mark with its text.

Tracked changes are read one of two ways: ``accepted`` (insertions kept, deletions dropped: what
the drafter sees after "Accept all") or not (insertions dropped, deletions kept: "Reject all").
A returned bill is read with changes *not* accepted: a change still pending is one the drafter has
not agreed to. Word writes a deletion inside an insertion (one author deletes what another proposed);
any other nesting of tracked changes is not something Word or LibreOffice writes and is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from draftkit.diagnostics import Problem
from draftkit.render.marks import SECTION_MARK

__all__ = [
    "MAX_SECTIONS",
    "MAX_SECTION_CHARS",
    "Segment",
    "foreign_marks",
    "is_bill",
    "normalise",
    "read_segments",
    "unknown_sections",
]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P = f"{_W}p"
_MARK = f"{_W}bookmarkStart"
_INS = (f"{_W}ins", f"{_W}moveTo")
_DEL = (f"{_W}del", f"{_W}moveFrom")
_TRACKED = _INS + _DEL

MAX_SECTIONS = 5_000
"""Most section marks a returned bill may carry (a 300-page bill has about 400 sections)."""
MAX_SECTION_CHARS = 200_000
"""Longest text of one section, the framework loader's limit for one string."""

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})


def normalise(text: str) -> str:
    """Text compared as a reader compares it: any run of spaces (tabs, non-breaking spaces) as one."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ").translate(_QUOTES)).strip()


@dataclass
class Segment:
    """One section (or Part or Schedule heading) of the document, from its mark to the next."""

    mark: str
    paragraph: int
    """1-based number of the paragraph the mark is in, for messages."""
    lines: list[str] = field(default_factory=list)
    pending: int = 0
    """Tracked changes still in it (insertions and deletions not yet accepted or rejected)."""

    @property
    def text(self) -> str:
        return normalise(" ".join(self.lines))

    @property
    def heading(self) -> str:
        return self.lines[0] if self.lines else ""


def is_bill(body: Any) -> bool:
    """Whether a document body carries draftkit's section marks."""
    return any(str(m.get(f"{_W}name") or "").startswith(SECTION_MARK) for m in body.iter(_MARK))


def _inside(element: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _paragraph_text(paragraph: Any, *, accepted: bool) -> str:
    out: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}delText", f"{_W}tab", f"{_W}br", f"{_W}noBreakHyphen"):
        inserted = _inside(node, paragraph, _INS)
        deleted = _inside(node, paragraph, _DEL) or node.tag == f"{_W}delText"
        if accepted and deleted:
            continue
        if not accepted and inserted:
            continue
        if node.tag in (f"{_W}t", f"{_W}delText"):
            out.append(node.text or "")
        elif node.tag == f"{_W}noBreakHyphen":
            out.append("-")
        else:
            out.append("\t" if node.tag == f"{_W}tab" else " ")
    return "".join(out)


def _nesting_problem(change: Any, paragraph: int, name: str) -> Problem | None:
    """A tracked change inside another, other than the deletion of a pending insertion (Word writes that)."""
    parent = change.getparent()
    while parent is not None:
        if parent.tag in _TRACKED:
            if change.tag in _DEL and parent.tag in _INS:
                return None
            outer = "an insertion" if parent.tag in _INS else "a deletion"
            inner = "an insertion" if change.tag in _INS else "a deletion"
            return Problem(
                name,
                1,
                1,
                (),
                f"{inner} tracked inside {outer}: Word and LibreOffice never write this; open the bill "
                "in Word, accept or reject the changes there and save it again",
                f"Paragraph {paragraph}",
            )
        parent = parent.getparent()
    return None


def _too_many(name: str) -> Problem:
    return Problem(name, 1, 1, (), f"more than {MAX_SECTIONS:,} sections: not a bill draftkit wrote", "The bill")


def read_segments(body: Any, name: str, prefix: str, *, accepted: bool) -> tuple[list[Segment], list[Problem]]:
    """The document's segments in order (text before the first mark is left out), and its problems:
    tracked changes nested in a way Word never writes, a mark given twice, too many marks, a section
    too long."""
    names = {str(mark.get(f"{_W}name") or "") for mark in body.iter(_MARK)}
    if sum(1 for name in names if name.startswith(prefix)) > MAX_SECTIONS:  # counted before the walk
        return [], [_too_many(name)]
    problems: list[Problem] = []
    segments: list[Segment] = []
    seen: dict[str, int] = {}
    current: Segment | None = None
    number = 0
    for element in body.iter(_P, _MARK):
        if element.tag == _MARK:
            if element.getparent() is not None and element.getparent().tag == _P:
                continue  # read with its paragraph, below
            marks = [element]
        else:
            number += 1
            marks = list(element.iter(_MARK))
        for mark in marks:
            mark_name = str(mark.get(f"{_W}name") or "")
            if not mark_name.startswith(prefix):
                continue
            if current is not None and mark_name == current.mark:
                continue  # one bookmark written in two pieces (LibreOffice splits one that spans paragraphs)
            if mark_name in seen:
                problems.append(
                    Problem(
                        name,
                        1,
                        1,
                        (),
                        f"the hidden mark of a section is here and at paragraph {seen[mark_name]} too: a section "
                        "was copied with its mark; delete the copy, or draft the bill again",
                        f"Paragraph {max(number, 1)}",
                    )
                )
                continue
            seen[mark_name] = max(number, 1)
            if len(seen) > MAX_SECTIONS:
                problems.append(_too_many(name))
                return segments, problems
            current = Segment(mark_name, max(number, 1))
            segments.append(current)
        if element.tag != _P:
            continue
        pending = 0
        for change in element.iter(*_TRACKED):
            problem = _nesting_problem(change, number, name)
            if problem is not None:
                problems.append(problem)
            elif change.getparent() is not None and change.getparent().tag != f"{_W}rPr":
                pending += 1
        if current is None:
            continue
        current.pending += pending
        text = _paragraph_text(element, accepted=accepted)
        if text.strip():
            current.lines.append(text)
            if sum(len(line) for line in current.lines) > MAX_SECTION_CHARS:
                problems.append(
                    Problem(
                        name,
                        1,
                        1,
                        (),
                        f"this section is longer than {MAX_SECTION_CHARS:,} characters, the limit for one provision",
                        f"Paragraph {number}",
                    )
                )
                current.lines = current.lines[:1]
    return segments, problems


_TRADITION_KINDS = {False: ("sec", "part"), True: ("art", "title", "disp")}
"""The eIds only a bill of one tradition gives its sections and divisions, common law (``sec_12``,
``part_2``) and civil law (``art_3``, ``title_1``, ``disp_1``): :meth:`draftkit.compose.style.Style.section_eid`
and ``division_eid``; Schedules are ``sch_`` in both. ``tests/test_bill_import.py`` holds every
example's bill to it."""


def foreign_marks(marks: list[str], *, civil_law: bool) -> list[str]:
    """The marks (in order) that only a bill of the other tradition carries: a draft law's articles in
    a bill checked against a common-law framework, or a Bill's sections against a civil-law one."""
    other = _TRADITION_KINDS[not civil_law]
    return [mark for mark in marks if mark.removeprefix(SECTION_MARK).partition("_")[0] in other]


def unknown_sections(first: Segment, name: str, framework_name: str) -> Problem:
    """The problem of a bill with sections the bill drafted from the framework does not have."""
    return Problem(
        name,
        1,
        1,
        (),
        f"this bill has sections the bill drafted from {framework_name} does not have; import it with the "
        "framework (and --pack) it was drafted from",
        f"Paragraph {first.paragraph}",
    )
