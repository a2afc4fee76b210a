"""Style ids the renderers use; the templates define them (a test checks every one exists).

Kept free of python-docx so that the template builder and the tests can read it cheaply.
"""

from __future__ import annotations

__all__ = ["BILL_FONT", "COMPLEX_SCRIPT_FONT", "REPORT_FONT", "S", "all_style_ids"]

BILL_FONT = "Times New Roman"
"""A serif as statutes are printed; LibreOffice substitutes the metric-compatible Liberation Serif."""
REPORT_FONT = "Arial"
"""A sans for the ministry report; LibreOffice substitutes Liberation Sans."""
COMPLEX_SCRIPT_FONT = {BILL_FONT: "Noto Naskh Arabic", REPORT_FONT: "Noto Sans Arabic"}
"""The font of complex-script text (``w:cs``: Arabic) beside each Latin font: a Naskh for statutes, a sans for
the report. Both are in Debian's ``fonts-noto-core`` (``make system-deps`` installs it); Word without them
substitutes a font of the same script."""


class S:
    """Paragraph and character style ids (``w:styleId``), grouped by template."""

    COMMENT_TEXT = "CommentText"
    COMMENT_REFERENCE = "CommentReference"
    COVER_COUNTRY = "CoverCountry"
    COVER_NOTE = "CoverNote"
    NOTE = "DraftNote"
    HEADER = "DraftHeader"
    FOOTER = "DraftFooter"
    TABLE_TEXT = "TableText"
    TABLE_HEAD = "TableHead"

    BILL_TITLE = "BillTitle"
    LONG_TITLE = "LongTitle"
    ARRANGEMENT_HEADING = "ArrangementHeading"
    ARRANGEMENT_PART = "ArrangementPart"
    ARRANGEMENT_ENTRY = "ArrangementEntry"
    PART_HEADING = "PartHeading"
    PART_TITLE = "PartTitle"
    SECTION_HEADING = "SectionHeading"
    SUBSECTION = "Subsection"
    SUBSECTION_PLAIN = "SubsectionUnnumbered"
    PARAGRAPH = "BillParagraph"
    SUBPARAGRAPH = "BillSubparagraph"
    CLOSING = "ClosingWords"
    CLOSING_PLAIN = "ClosingWordsUnnumbered"

    REPORT_TITLE = "ReportTitle"
    REPORT_SUBTITLE = "ReportSubtitle"
    H1 = "ReportHeading1"
    H2 = "ReportHeading2"
    H3 = "ReportHeading3"
    QUOTE = "QuotedProvision"
    ITEM = "ReportItem"
    FILL_LINE = "FillInLine"
    BODY = "ReportBody"
    LEAD = "ReportLead"
    BOX = "KeyFindingsBox"
    CAPTION = "TableCaption"
    AFTER_TABLE = "AfterTable"
    COVER_NOTICE = "CoverNotice"
    CONTENTS_HEADING = "ContentsHeading"
    TOC1 = "TOC1"
    TOC2 = "TOC2"
    REFERENCE = "ReferenceCode"
    """Character style of identifiers shown in reference columns."""


_COMMON: tuple[str, ...] = (
    "COMMENT_TEXT",
    "COMMENT_REFERENCE",
    "COVER_COUNTRY",
    "COVER_NOTE",
    "NOTE",
    "HEADER",
    "FOOTER",
)
_COMMON += ("TABLE_TEXT", "TABLE_HEAD")
_BILL = (
    "BILL_TITLE",
    "LONG_TITLE",
    "ARRANGEMENT_HEADING",
    "ARRANGEMENT_PART",
    "ARRANGEMENT_ENTRY",
    "PART_HEADING",
    "PART_TITLE",
    "SECTION_HEADING",
    "SUBSECTION",
    "SUBSECTION_PLAIN",
    "PARAGRAPH",
    "SUBPARAGRAPH",
    "CLOSING",
    "CLOSING_PLAIN",
)
_REPORT: tuple[str, ...] = ("REPORT_TITLE", "REPORT_SUBTITLE", "H1", "H2", "H3", "QUOTE", "ITEM", "FILL_LINE")
_REPORT += ("BODY", "LEAD", "BOX", "CAPTION", "AFTER_TABLE", "COVER_NOTICE", "CONTENTS_HEADING", "TOC1", "TOC2")
_REPORT += ("REFERENCE",)


def all_style_ids(template: str) -> set[str]:
    """The style ids a renderer needs from ``bill`` or ``gap-report`` (plus Word's ``TableGrid``)."""
    names = _COMMON + (_BILL if template == "bill" else _REPORT)
    ids = {getattr(S, name) for name in names}
    return ids | ({"TableGrid"} if template == "gap-report" else set())
