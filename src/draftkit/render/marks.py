"""What a Word bill prints to find its sections again: the hidden section marks and the labels of headings.

A light module (no Word library, no composer): ``draftkit import`` asks whether a document is a bill
(:func:`draftkit.billimport.is_bill`) before it loads anything heavy, and the bill importer reads a
returned bill's sections against the text the renderer printed, with the same labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from draftkit.compose.tree import Bill, Division, Schedule, Section

__all__ = ["SECTION_MARK", "division_label", "schedule_label", "section_label", "section_mark"]

SECTION_MARK = "_dk_"
"""Prefix of the bookmark that spans each section (``_dk_sec_12``, ``_dk_art_3``): how ``draftkit import``
finds the sections of a bill edited in Word or LibreOffice. The leading underscore makes it a hidden
bookmark in Word (not listed to the drafter); Word and LibreOffice keep bookmarks through editing and saving,
and drop one only with the text it spans (a rejected insertion)."""


def section_mark(eid: str) -> str:
    """The bookmark name of the section with this eId (Word allows 40 characters: eIds are short)."""
    return f"{SECTION_MARK}{eid}"[:40]


def _common_law(bill: Bill) -> bool:
    return bill.form == "common_law"  # Form.COMMON_LAW, a str enum (compose is not loaded here)


def division_label(bill: Bill, division: Division) -> str:
    """How a Part (or Title) heading opens; empty for the closing dispositions of a Spanish law."""
    if division.label or not division.number:  # no number: the closing dispositions, under no Title
        return division.label
    word = "Part" if _common_law(bill) else "Title"
    return f"{word} {division.number}"


def section_label(bill: Bill, section: Section) -> str:
    """How a section's heading opens: ``12.``, ``Article 3``, or the label the composer gave it."""
    if section.label:
        return section.label
    return f"{section.number}." if _common_law(bill) else f"Article {section.number}"


def schedule_label(schedule: Schedule) -> str:
    return schedule.label or f"Schedule {schedule.number}"
