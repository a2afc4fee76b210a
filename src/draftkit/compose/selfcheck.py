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
from dataclasses import dataclass

from draftkit.compose.tree import Bill, Form, Role, Section, Unit, plain

__all__ = ["bill_problems", "text_of"]

_ROMAN = r"(?:[IVX]+)"


@dataclass(frozen=True)
class _References:
    """How one language and tradition refers to the bill's own units."""

    subdivision: re.Pattern[str]
    """A subdivision of the same section: ``subsection (2)``, ``paragraph 2``, ``au II``, ``el apartado 2``."""
    section: re.Pattern[str]
    """Another section: group 1 its number, group 3 set when it belongs to another law."""
    schedule: re.Pattern[str]
    descriptive: re.Pattern[str]


_EN_SECTION = re.compile(
    r"\b(?:section|article)s? (\d[\w-]*)((?:\(\w+\))*(?:(?:,| and| or| to) \d[\w-]*(?:\(\w+\))*)*)"
    r"( of (?!this )(?:the )?[A-Z])?"
)
_FR_SECTION = re.compile(
    r"\barticles? (\d+(?:er)?(?:-\d+)*)((?:\(\w+\))*(?:\s*(?:,|et|à)\s*\d+)*)"
    r"( (?:du|de la|de l'|des) (?!présente))?"
)
_ES_SECTION = re.compile(
    r"\bart[ií]culos? (\d+(?:\.º)?(?:[-.]\d+)*(?: bis| ter)?)((?:\(\w+\))*(?:\s*(?:,|y|a)\s*\d+)*)"
    r"( (?:del|de la|de los) (?!presente))?"
)

_REFERENCES: dict[tuple[str, Form], _References] = {
    ("en", Form.COMMON_LAW): _References(
        re.compile(r"\bsubsections? \((\d+[A-Z]?)\)"),
        _EN_SECTION,
        re.compile(r"\bSchedule (\d+)\b"),
        re.compile(r"the provisions of this (?:Act|Law) on "),
    ),
    ("en", Form.CIVIL_LAW): _References(
        re.compile(r"\bparagraphs? (\d+)\b(?! of article)"),
        _EN_SECTION,
        re.compile(r"\bSchedule (\d+)\b"),
        re.compile(r"the provisions of this (?:Act|Law) on "),
    ),
    ("fr", Form.CIVIL_LAW): _References(
        re.compile(rf"\b(?:au|du|le|les|aux|des) ({_ROMAN})\b(?!['’])(?! de l'article)"),
        _FR_SECTION,
        re.compile(r"\bl'annexe (\d+)\b"),
        re.compile(r"dispositions de la présente loi relatives? (?:à|au|aux) "),
    ),
    ("fr", Form.COMMON_LAW): _References(
        re.compile(r"\bparagraphes? \((\d+)\)"),
        _FR_SECTION,
        re.compile(r"\bl'annexe (\d+)\b"),
        re.compile(r"dispositions de la présente loi relatives? (?:à|au|aux) "),
    ),
    ("es", Form.CIVIL_LAW): _References(
        re.compile(r"\bapartados? (\d+)\b(?! del artículo)"),
        _ES_SECTION,
        re.compile(r"\banexo (\d+)\b"),
        re.compile(r"disposiciones de la presente ley sobre "),
    ),
}
_BRACES = re.compile(r"\{[a-z][a-z0-9_]*\}")


def _references(bill: Bill) -> _References:
    return _REFERENCES.get((bill.language, bill.form)) or _REFERENCES[("en", bill.form)]


def _units(section: Section) -> Iterator[Unit]:
    for unit in section.units:
        yield from unit.walk()


def _scoped(section: Section) -> Iterator[tuple[Unit, set[str]]]:
    """Every unit, with the numbers its references to a subdivision may name: the section's own, or,
    inside a quoted article (an article the bill rewrites), that article's own."""

    def walk(unit: Unit, own: set[str]) -> Iterator[tuple[Unit, set[str]]]:
        yield unit, own
        for child in unit.children:
            yield from walk(child, own)
        if unit.amendment is not None and unit.amendment.quoted:
            quoted = {u.num.strip("().") for u in unit.amendment.quoted if u.num}
            for inner in unit.amendment.quoted:
                yield from walk(inner, quoted)

    own = {u.num.strip("().") for u in section.units if u.num}
    for unit in section.units:
        yield from walk(unit, own)


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
    numbers = {_bare(s.number) for s in bill.sections}
    schedules = {s.number for s in bill.schedules}
    refs = _references(bill)
    for section in bill.sections:
        where = section.label or section.number
        interpretation = section.origin.ref == "interpretation"
        for unit, own in _scoped(section):
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
                if refs.descriptive.search(text):
                    problems.append(f"{where}: descriptive cross-reference: {text[:80]}")
                for ref in refs.subdivision.findall(text):
                    if own and ref not in own and not interpretation:
                        problems.append(f"{where}: refers to {ref}, which it does not have")
                    if not own and not interpretation:
                        problems.append(f"{where}: refers to a subdivision {ref} of an undivided section")
                for match in refs.section.finditer(text):
                    ref, elsewhere = match.group(1), match.group(3)
                    if not elsewhere and _bare(ref) not in numbers and _bare(ref) not in bill.elsewhere:
                        problems.append(f"{where}: refers to {ref}, which the bill does not contain")
                for ref in refs.schedule.findall(text):
                    if ref not in schedules:
                        problems.append(f"{where}: refers to {ref}, which the bill does not contain")
    body = text_of(bill)
    for term in bill.terms:
        uses = len(re.findall(_term_pattern(term.term, bill.language), body, flags=re.IGNORECASE))
        if uses <= 1:
            problems.append(f"the term \u201c{term.term}\u201d is defined but never used")
    defined = [t.term.lower() for t in bill.terms]
    for word in sorted(set(defined)):
        if defined.count(word) > 1:
            problems.append(f"the term \u201c{word}\u201d is defined more than once")
    return problems


def _bare(number: str) -> str:
    """``1er`` -> ``1``; ``3.º`` -> ``3``."""
    digits = re.match(r"\d[\d-]*", number)
    return digits.group(0) if digits else number


_LINKS = frozenset({"de", "des", "du", "la", "le", "les", "del", "el", "los", "las", "y", "et", "à", "a", "en"})


def _term_pattern(term: str, language: str) -> str:
    """``term`` and its plural (every word takes it in French and Spanish: ``systèmes informatiques``)."""
    if language in ("fr", "es"):
        return r"\s+".join(re.escape(w) if w in _LINKS else re.escape(w) + r"(?:s|x|es)?" for w in term.lower().split())
    return re.escape(term.lower())
