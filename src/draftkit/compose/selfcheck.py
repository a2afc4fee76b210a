"""The bill checks itself: every term it uses is defined, every reference lands somewhere.

Two readings of the composed bill:

* **as text**: every cross-reference span points to an eId of the bill; every
  "subsection (n)" / "paragraph n" points to a unit of the same section; every "section n" /
  "article n" of this Act and every "Schedule n" exists; no parameter braces and no
  descriptive cross-reference ("the provisions of this Act on ...") are left; every term
  the bill defines is used and every quoted defined term is defined once;
* **as law** (:func:`law_problems`): the framework with the bill enacted, read by the rules
  engine's own criteria on undefined terms and unresolved references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftkit.compose.tree import Bill, Form, Role, Section, Unit, plain

__all__ = ["bill_problems", "text_of"]

_SUBSECTION = re.compile(r"\bsubsections? \((\d+[A-Z]?)\)")
_PARAGRAPH_CIVIL = re.compile(r"\bparagraphs? (\d+)\b(?! of article)")
_SECTION = re.compile(r"\b(?:section|article)s? (\d[\w-]*)((?:\(\w+\))*)( of (?:the|this) [A-Z])?")
_SCHEDULE = re.compile(r"\bSchedule (\d+)\b")
_BRACES = re.compile(r"\{[a-z][a-z0-9_]*\}")
_DESCRIPTIVE = re.compile(r"the provisions of this (?:Act|Law) on ")


def _units(section: Section) -> Iterator[Unit]:
    for unit in section.units:
        yield from unit.walk()


def text_of(bill: Bill) -> str:
    """Every word of the bill's body, one unit a line (for scanning)."""
    lines = []
    for section in bill.sections:
        lines.append(section.title)
        for unit in _units(section):
            lines.append(plain(unit.text))
            if unit.wrap:
                lines.append(plain(unit.wrap))
    return "\n".join(lines)


def bill_problems(bill: Bill) -> list[str]:
    """What a drafter would be embarrassed by in committee: undefined or dangling references."""
    problems: list[str] = []
    eids = bill.eids()
    numbers = {s.number for s in bill.sections}
    schedules = {s.number for s in bill.schedules}
    for section in bill.sections:
        where = f"{'section' if bill.form is Form.COMMON_LAW else 'article'} {section.number}"
        own = {u.num.strip("().") for u in section.units if u.num}
        for unit in _units(section):
            if unit.amendment is not None:
                continue  # instructions quote the law amended, whose numbering is its own
            for span in (*unit.text, *unit.wrap):
                if span.role is Role.REF and span.target is not None and span.target not in eids:
                    problems.append(f"{where}: reference to {span.target}, which the bill does not contain")
                if span.role is not Role.TEXT:
                    continue
                text = span.text
                if _BRACES.search(text):
                    problems.append(f"{where}: parameter left in braces: {_BRACES.search(text)}")
                if _DESCRIPTIVE.search(text):
                    problems.append(f"{where}: descriptive cross-reference: {text[:80]}")
                refs = _SUBSECTION.findall(text) if bill.form is Form.COMMON_LAW else _PARAGRAPH_CIVIL.findall(text)
                for ref in refs:
                    if own and ref not in own and section.title not in ("Interpretation", "Definitions"):
                        problems.append(f"{where}: refers to {ref}, which it does not have")
                    if not own and section.title not in ("Interpretation", "Definitions"):
                        problems.append(f"{where}: refers to a subdivision {ref} of an undivided section")
                for ref, _units_of, elsewhere in _SECTION.findall(text):
                    if not elsewhere and ref not in numbers:
                        problems.append(f"{where}: refers to {ref}, which the bill does not contain")
                for ref in _SCHEDULE.findall(text):
                    if ref not in schedules:
                        problems.append(f"{where}: refers to Schedule {ref}, which the bill does not contain")
    body = text_of(bill).lower()
    for term in bill.terms:
        word = term.term.lower()
        uses = body.count(word)
        if uses <= 1:
            problems.append(f"the term \u201c{term.term}\u201d is defined but never used")
    defined = [t.term.lower() for t in bill.terms]
    for word in sorted(set(defined)):
        if defined.count(word) > 1:
            problems.append(f"the term \u201c{word}\u201d is defined more than once")
    return problems
