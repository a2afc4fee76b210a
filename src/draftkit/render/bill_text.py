"""The bill as plain text: a second walker of the bill tree (for reading, diffing and tests)."""

from __future__ import annotations

from draftkit.compose.tree import Bill, Change, Form, Section, Unit, plain
from draftkit.i18n import Messages, messages

__all__ = ["render_bill_text"]


def _unit(unit: Unit, depth: int, out: list[str], quote: tuple[str, str]) -> None:
    pad = "    " * depth
    label = f"{unit.num} " if unit.num else ""
    out.append(f"{pad}{label}{plain(unit.text)}")
    for child in unit.children:
        _unit(child, depth + 1, out, quote)
    if unit.wrap:
        out.append(f"{pad}{plain(unit.wrap)}")
    if unit.amendment is not None and unit.amendment.quoted:
        for index, quoted in enumerate(unit.amendment.quoted):
            inner: list[str] = []
            _unit(quoted, depth + 1, inner, quote)
            if index == 0:
                inner[0] = inner[0].replace(inner[0].strip(), quote[0] + inner[0].strip(), 1)
            if index == len(unit.amendment.quoted) - 1:
                inner[-1] = inner[-1] + quote[1]
            out += inner


def _section(section: Section, form: Form, out: list[str], quote: tuple[str, str], words: Messages) -> None:
    label = section.label or (f"{section.number}." if form is Form.COMMON_LAW else f"Article {section.number}")
    head = f"{label}  {section.title}" if form is Form.COMMON_LAW else f"{label} \u2013 {section.title}"
    if section.change is Change.REPLACED:
        out.append(words("bill.replaces_clause", title=section.deleted_title or ""))
    out.append(head)
    for unit in section.units:
        _unit(unit, 1, out, quote)
    out.append("")


def render_bill_text(bill: Bill, words: Messages | None = None) -> str:
    quote = bill.quotes
    words = words if words is not None and words.language == bill.language else messages(bill.language)
    if bill.form is Form.CIVIL_LAW:  # one title, naming what the draft amends
        out = [bill.long_title.upper(), "", bill.enacting_formula, ""]
    else:
        out = [bill.title.upper(), "", bill.long_title, "", bill.enacting_formula, ""]
    for division in bill.divisions:
        out += [(division.label or f"Part {division.number}").upper(), division.heading.upper(), ""]
        for section in division.all_sections():
            _section(section, bill.form, out, quote, words)
    for schedule in bill.schedules:
        out += [(schedule.label or f"Schedule {schedule.number}").upper(), schedule.heading, ""]
        for unit in schedule.units:
            _unit(unit, 1, out, quote)
        out.append("")
    return "\n".join(out)
