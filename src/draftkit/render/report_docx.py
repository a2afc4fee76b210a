"""The gap report as a Word document: walks the report tree, nothing else.

Headings use styles with outline levels (Word's navigation pane and PDF bookmarks work)
and carry bookmarks. The table of contents is one paragraph per heading (styles TOC1 and
TOC2, as Word's own) holding a link to the heading's bookmark and a ``PAGEREF`` field for
its page. The entries are deliberately not wrapped in a ``TOC`` field: LibreOffice shows a
``TOC`` field's stored result as it is (we cannot know the pages, so that result would have
no numbers), while it lays out a free-standing ``PAGEREF`` itself and shows the right page.
Word updates the ``PAGEREF`` fields when the document is opened (``w:updateFields``) and
before printing. Measured with LibreOffice 7.4: a ``TOC`` field gives entries without page
numbers (with ``w:dirty`` too); the free-standing fields give the page of every heading.
Words come from ``Messages``; the template only gives styles, page set-up, header and footer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, assert_never
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from draftkit.compose.report_tree import (
    Block,
    Cell,
    Contents,
    Cover,
    FillLines,
    Heading,
    Items,
    Para,
    ParaStyle,
    Quote,
    Report,
    Run,
    Table,
    Text,
)
from draftkit.i18n import Messages
from draftkit.render.format import DraftContext, OutputFormat
from draftkit.render.ooxml import add_text, make_rtl, new_element, new_paragraph, set_flag, set_language, set_style
from draftkit.render.skeleton import render_skeleton, save_stable
from draftkit.render.styles import S

__all__ = ["OUTPUT", "render_report"]

_HEAD_FILL = "D9E2F3"
_KEPT_ROWS = 3
"""The rows of an annex table kept on the page of its heading (reference, nature, outcome)."""
_PIECES = re.compile("(\t|\n)")
_HEADING_STYLE = {1: S.H1, 2: S.H2, 3: S.H3}
_PARA_STYLE = {
    ParaStyle.BODY: S.BODY,
    ParaStyle.NOTE: S.NOTE,
    ParaStyle.LEAD: S.LEAD,
    ParaStyle.BOX: S.BOX,
}


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (``w:fldChar`` begin / instrText / separate / result / end) at the end of ``paragraph``."""
    p = paragraph._p

    def char(kind: str) -> None:
        r = new_element("w:r")
        fld = new_element("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        r.append(fld)
        p.append(r)

    char("begin")
    r = new_element("w:r")
    instr = new_element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    r.append(instr)
    p.append(r)
    char("separate")
    add_text(paragraph, shown)
    char("end")


class _Writer:
    def __init__(self, document: Any, words: Messages) -> None:
        self.doc = document
        self.words = words
        self.bookmarks: dict[int, str] = {}
        self._next_bookmark = 0

    def t(self, text: Text) -> str:
        return self.words.text(text)

    def paragraph(self, style_id: str) -> Paragraph:
        paragraph = new_paragraph(self.doc)
        set_style(paragraph, style_id)
        return paragraph

    def runs(self, paragraph: Paragraph, runs: tuple[Run, ...]) -> None:
        for run in runs:
            text = self.t(run.text)
            if not text:
                continue
            added = add_text(paragraph, text, bold=run.bold)
            if run.italic:
                added.italic = True
            if run.reference:
                r_pr = added._r.get_or_add_rPr()
                style = new_element("w:rStyle")
                style.set(qn("w:val"), S.REFERENCE)
                r_pr.insert(0, style)

    # ------------------------------------------------------------------ blocks

    def cover(self, cover: Cover) -> None:
        self.paragraph(S.COVER_COUNTRY).add_run(self.t(cover.state))
        add_text(self.paragraph(S.REPORT_TITLE), self.t(cover.title))
        add_text(self.paragraph(S.REPORT_SUBTITLE), self.t(cover.subtitle))
        for line in cover.lines:
            add_text(self.paragraph(S.COVER_NOTE), self.t(line))
        add_text(self.paragraph(S.COVER_NOTICE), self.t(cover.notice))

    def heading(self, heading: Heading, index: int) -> None:
        paragraph = self.paragraph(_HEADING_STYLE[min(heading.level, 3)])
        if heading.new_page:
            set_flag(paragraph, "pageBreakBefore")
        name = f"_Toc{index:06d}"
        self.bookmarks[index] = name
        start = new_element("w:bookmarkStart")
        start.set(qn("w:id"), str(index))
        start.set(qn("w:name"), name)
        paragraph._p.append(start)
        label = f"{heading.number}\t" if heading.number else ""
        add_text(paragraph, label + self.t(heading.text))
        end = new_element("w:bookmarkEnd")
        end.set(qn("w:id"), str(index))
        paragraph._p.append(end)

    def contents(self, block: Contents, report: Report) -> None:
        title = self.paragraph(S.CONTENTS_HEADING)
        set_flag(title, "pageBreakBefore")
        add_text(title, self.t(block.title))
        headings = [(i, b) for i, b in enumerate(report.blocks) if isinstance(b, Heading) and b.level <= block.depth]
        for index, heading in headings:
            paragraph = self.paragraph(S.TOC1 if heading.level == 1 else S.TOC2)
            link = new_element("w:hyperlink")
            link.set(qn("w:anchor"), f"_Toc{index:06d}")
            link.set(qn("w:history"), "1")
            paragraph._p.append(link)
            label = f"{heading.number}\t" if heading.number else ""
            run = add_text(paragraph, f"{label}{self.t(heading.text)}\t")
            link.append(run._r)
            holder = new_paragraph(self.doc)
            _field(holder, f"PAGEREF _Toc{index:06d} \\h", "")
            for child in list(holder._p):
                link.append(child)
            holder._p.getparent().remove(holder._p)

    def para(self, para: Para) -> None:
        paragraph = self.paragraph(_PARA_STYLE[para.style])
        self.runs(paragraph, para.runs)

    def items(self, items: Items) -> None:
        for number, entry in enumerate(items.entries, start=1):
            paragraph = self.paragraph(S.ITEM)
            if len(items.entries) <= 4 and number < len(items.entries):
                set_flag(paragraph, "keepNext")  # a short list is not split over two pages
            add_text(paragraph, f"{number}.\t" if items.numbered else "\u2022\t")
            self.runs(paragraph, entry.runs)

    def run_xml(self, run: Run, *, bold: bool = False) -> str:
        text = self.t(run.text)
        if not text:
            return ""
        props = ""
        if run.reference:
            props += f'<w:rStyle w:val="{S.REFERENCE}"/>'
        if run.bold or bold:
            props += "<w:b/>"
        if run.italic:
            props += "<w:i/>"
        pieces = []
        for piece in _PIECES.split(text):
            if piece == "\t":
                pieces.append("<w:tab/>")
            elif piece == "\n":
                pieces.append("<w:br/>")
            elif piece:
                pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{''.join(pieces)}</w:r>"

    def cell_xml(self, cell: Cell, width: float, *, head: bool, fill: str | None, keep: bool = False) -> str:
        style = S.TABLE_HEAD if head else S.TABLE_TEXT
        twips = int(width * 567)
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        p_pr = f'<w:pPr><w:pStyle w:val="{style}"/>{"<w:keepNext/>" if keep else ""}</w:pPr>'
        paragraphs = (
            "".join(f"<w:p>{p_pr}{''.join(self.run_xml(r) for r in para.runs)}</w:p>" for para in cell)
            or f"<w:p>{p_pr}</w:p>"
        )
        return f'<w:tc><w:tcPr><w:tcW w:w="{twips}" w:type="dxa"/>{shading}</w:tcPr>{paragraphs}</w:tc>'

    def table(self, table: Table) -> None:
        """Written as one XML string (python-docx's table API costs seconds on a long annex)."""

        if table.caption is not None:
            add_text(self.paragraph(S.CAPTION), self.t(table.caption))
        widths = [c.width for c in table.columns]
        grid = "".join(f'<w:gridCol w:w="{int(w * 567)}"/>' for w in widths)
        rows = []
        if not table.key_value:
            cells = "".join(
                self.cell_xml((Para.of(c.header),), c.width, head=True, fill=_HEAD_FILL) for c in table.columns
            )
            rows.append(f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{cells}</w:tr>")
        height = '<w:trPr><w:cantSplit/><w:trHeight w:val="907"/></w:trPr>' if table.tall_rows else ""
        height = height or "<w:trPr><w:cantSplit/></w:trPr>"
        last = len(table.rows) - 1
        for number, values in enumerate(table.rows):
            # A requirement's table in the annex starts on the page of its heading: the heading and the first
            # rows (reference, nature, outcome) are kept together; a long table may then run on to the next
            # page rather than leave the rest of this one blank.
            keep = table.key_value and number < min(last, _KEPT_ROWS)
            cells = "".join(
                self.cell_xml(
                    value,
                    widths[col],
                    head=table.key_value and col == 0,
                    fill=_HEAD_FILL if table.key_value and col == 0 else None,
                    keep=keep,
                )
                for col, value in enumerate(values)
            )
            rows.append(f"<w:tr>{height}{cells}</w:tr>")
        total = int(sum(widths) * 567)
        xml = (
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )
        body = self.doc.element.body
        element = parse_xml(xml)
        sect = body.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)
        self.paragraph(S.AFTER_TABLE)

    def quote(self, quote: Quote) -> None:
        add_text(self.paragraph(S.QUOTE), self.t(quote.heading), bold=True)
        for line in quote.lines:
            add_text(self.paragraph(S.QUOTE), line)

    def fill(self, block: FillLines) -> None:
        for number in range(block.count):  # the lines stay together, and with their heading
            paragraph = self.paragraph(S.FILL_LINE)
            if number < block.count - 1:
                set_flag(paragraph, "keepNext")

    def block(self, block: Block, index: int, report: Report) -> None:
        if isinstance(block, Heading):
            self.heading(block, index)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Items):
            self.items(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Quote):
            self.quote(block)
        elif isinstance(block, FillLines):
            self.fill(block)
        elif isinstance(block, Contents):
            self.contents(block, report)
        else:  # not a block of the tree: a composer's bug, never silently dropped
            assert_never(block)


def _update_fields_on_open(document: Any) -> None:
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = new_element("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def _drop_trailing_empty(document: Any) -> None:
    """No empty paragraph after the last table or line: it would start a blank last page."""
    body = document.element.body
    children = [c for c in body if c.tag != qn("w:sectPr")]
    last = children[-1] if children else None
    if last is not None and last.tag == qn("w:p") and not last.findall(qn("w:r")):
        style = last.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) == S.AFTER_TABLE:
            body.remove(last)
            # Word requires a paragraph after a table at the end of a body: a minimal one.
            tail = new_element("w:p")
            p_pr = new_element("w:pPr")
            spacing = new_element("w:spacing")
            spacing.set(qn("w:before"), "0")
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "20")
            spacing.set(qn("w:lineRule"), "exact")
            p_pr.append(spacing)
            tail.append(p_pr)
            sect = body.find(qn("w:sectPr"))
            if sect is not None:
                sect.addprevious(tail)
            else:
                body.append(tail)


def render_report(report: Report, words: Messages | None = None, *, author: str, when: dt.datetime) -> bytes:
    """The report tree as .docx bytes, byte-stable for the same tree, author and date."""
    words = words or Messages()
    document = render_skeleton(
        "gap-report.docx",
        {"header": words.text(report.header), "footer": words.text(report.footer)},
    )
    w = _Writer(document, words)
    w.cover(report.cover)
    for index, block in enumerate(report.blocks):
        w.block(block, index, report)
    _update_fields_on_open(document)
    _drop_trailing_empty(document)
    set_language(document, words.language)
    if words.rtl:
        make_rtl(document)
    return save_stable(
        document,
        title=words.text(report.properties_title),
        author=author,
        when=when,
        comments=words("document.generated"),
        language=words.language,
    )


def _render(context: DraftContext) -> bytes:
    return render_report(context.report, context.words, author=context.author, when=context.when)


OUTPUT = OutputFormat(
    "gap-report.docx",
    "The gap report for a ministry: key findings, ratings, methodology, chapters by area, annexes and glossary.",
    _render,
)
