"""Build draftkit's two Word templates, reproducibly: ``bill.docx`` and ``gap-report.docx``.

Run from the repository root after changing a style::

    .venv/bin/python templates/build_templates.py

Why a script rather than hand-edited .docx files: a template edited in Word picks up
rsids, fonts and settings of whoever saved it last, and a reviewer cannot diff it. This
script is the source; the .docx files are its output (committed so that a wheel ships
them), rebuilt byte for byte the same (fixed core properties and zip timestamps).

Each template is a *skeleton*: styles, page set-up, header and footer with
"DRAFT", the country and the date, and a cover page with a few ``{{ variables }}``.
The long bodies (sections of the bill, the report's tables) are built in code after
rendering, appended after the cover; they never pass through Jinja.

Style ids the code uses are listed in ``draftkit.render.styles``; a test checks that
every one of them exists in the built templates.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from draftkit.render.package import stable_zip  # noqa: E402
from draftkit.render.styles import BILL_FONT, COMPLEX_SCRIPT_FONT, REPORT_FONT, S  # noqa: E402

BUILT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The fixed date stamped into the templates, so that rebuilding gives the same bytes."""

TWIP_CM = 567


def _ppr(
    *,
    left: int = 0,
    hanging: int = 0,
    first: int = 0,
    before: int = 0,
    after: int = 120,
    align: str | None = None,
    keep_next: bool = False,
    line: int | None = None,
    tabs: tuple[int, ...] = (),
    rule_below: bool = False,
    outline: int | None = None,
    right_tab: int | None = None,
    fill: str | None = None,
    border: bool = False,
) -> str:
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if rule_below:
        parts.append(
            '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
            '<w:between w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr>'
        )
    if border:
        edge = 'w:val="single" w:sz="6" w:space="4" w:color="8EA9DB"'
        parts.append(f"<w:pBdr><w:top {edge}/><w:left {edge}/><w:bottom {edge}/><w:right {edge}/></w:pBdr>")
    if fill:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    if tabs or right_tab:
        stops = "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs)
        if right_tab:
            stops += f'<w:tab w:val="right" w:leader="dot" w:pos="{right_tab}"/>'
        parts.append("<w:tabs>" + stops + "</w:tabs>")
    spacing = f'<w:spacing w:before="{before}" w:after="{after}"'
    spacing += f' w:line="{line}" w:lineRule="auto"/>' if line else "/>"
    parts.append(spacing)
    if left or hanging or first:
        ind = f'<w:ind w:left="{left}"'
        ind += f' w:hanging="{hanging}"' if hanging else ""
        ind += f' w:firstLine="{first}"' if first else ""
        parts.append(ind + "/>")
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def _rpr(
    *,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    size: int | None = None,
    color: str | None = None,
    font: str | None = None,
) -> str:
    parts = []
    if font:
        cs = COMPLEX_SCRIPT_FONT.get(font, font)
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{cs}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def _add_style(doc: DocumentObject, style_id: str, name: str, kind: str = "paragraph", body: str = "") -> None:
    """Add (or replace) a style by id, with raw XML: python-docx cannot choose style ids."""
    styles = doc.styles.element
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) == style_id:
            styles.remove(old)
    based = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" and style_id != "Normal" else ""
    xml = (
        f'<w:style {nsdecls("w")} w:type="{kind}" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}<w:qFormat/>{body}</w:style>'
    )
    styles.append(parse_xml(xml))


def _defaults(doc: DocumentObject, font: str, size: int) -> None:
    """Document-wide font and language: one place, so every run without direct formatting agrees."""
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(rpr_default):
        rpr_default.remove(child)
    rpr_default.append(
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" '
            f'w:cs="{COMPLEX_SCRIPT_FONT.get(font, font)}"/>'
        )
    )
    rpr_default.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{size}"/>'))
    rpr_default.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{size}"/>'))
    rpr_default.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'))
    _add_style(doc, "Normal", "Normal", body=_ppr(after=120) + _rpr(font=font, size=size))


def _common_styles(doc: DocumentObject, font: str) -> None:
    _add_style(doc, S.COMMENT_TEXT, "annotation text", body=_ppr(after=60) + _rpr(size=18, font=font))
    _add_style(doc, S.COMMENT_REFERENCE, "annotation reference", "character", _rpr(size=16))
    _add_style(
        doc,
        S.COVER_COUNTRY,
        "Cover Country",
        body=_ppr(before=1800, after=240, align="center") + _rpr(caps=True, size=26, bold=True),
    )
    _add_style(
        doc,
        S.COVER_NOTE,
        "Cover Note",
        body=_ppr(after=120, align="center") + _rpr(italic=True, size=20, color="404040"),
    )
    _add_style(doc, S.NOTE, "Draft Note", body=_ppr(after=120) + _rpr(italic=True, size=20, color="404040"))
    _add_style(
        doc, S.HEADER, "Draft Header", body=_ppr(after=0, align="right") + _rpr(size=16, color="C00000", bold=True)
    )
    _add_style(doc, S.FOOTER, "Draft Footer", body=_ppr(after=0, align="center") + _rpr(size=16, color="404040"))
    _add_style(doc, S.TABLE_TEXT, "Table Text", body=_ppr(after=40) + _rpr(size=18))
    _add_style(doc, S.TABLE_HEAD, "Table Head", body=_ppr(after=40) + _rpr(size=18, bold=True))


def _bill_styles(doc: DocumentObject) -> None:
    cm = TWIP_CM
    _add_style(
        doc, S.BILL_TITLE, "Bill Title", body=_ppr(before=240, after=240, align="center") + _rpr(bold=True, size=36)
    )
    _add_style(
        doc,
        S.LONG_TITLE,
        "Long Title",
        body=_ppr(before=120, after=360, align="both", left=cm, first=0) + _rpr(italic=True, size=22),
    )
    _add_style(
        doc,
        S.ARRANGEMENT_HEADING,
        "Arrangement Heading",
        body=_ppr(before=240, after=120, align="center", keep_next=True) + _rpr(bold=True, caps=True, size=22),
    )
    _add_style(
        doc,
        S.ARRANGEMENT_PART,
        "Arrangement Part",
        body=_ppr(before=120, after=40, keep_next=True) + _rpr(bold=True, size=20),
    )
    _add_style(
        doc,
        S.ARRANGEMENT_ENTRY,
        "Arrangement Entry",
        body=_ppr(after=20, left=int(1.8 * cm), hanging=int(1.0 * cm)) + _rpr(size=20),
    )
    _add_style(
        doc,
        S.PART_HEADING,
        "Part Heading",
        body=_ppr(before=360, after=0, align="center", keep_next=True) + _rpr(bold=True, caps=True, size=24),
    )
    _add_style(
        doc,
        S.PART_TITLE,
        "Part Title",
        body=_ppr(before=0, after=180, align="center", keep_next=True) + _rpr(bold=True, size=24),
    )
    _add_style(
        doc,
        S.SECTION_HEADING,
        "Section Heading",
        body=_ppr(before=200, after=80, left=cm, hanging=cm, keep_next=True) + _rpr(bold=True),
    )
    _add_style(doc, S.SUBSECTION, "Subsection", body=_ppr(after=100, left=2 * cm, hanging=cm, align="both"))
    _add_style(doc, S.SUBSECTION_PLAIN, "Subsection Unnumbered", body=_ppr(after=100, left=cm, align="both"))
    _add_style(doc, S.PARAGRAPH, "Bill Paragraph", body=_ppr(after=80, left=3 * cm, hanging=cm, align="both"))
    _add_style(doc, S.SUBPARAGRAPH, "Bill Subparagraph", body=_ppr(after=80, left=4 * cm, hanging=cm, align="both"))
    _add_style(doc, S.CLOSING, "Closing Words", body=_ppr(after=100, left=2 * cm, align="both"))
    _add_style(doc, S.CLOSING_PLAIN, "Closing Words Unnumbered", body=_ppr(after=100, left=cm, align="both"))


def _report_styles(doc: DocumentObject) -> None:
    cm = TWIP_CM
    text_width = int(16 * cm)
    _add_style(doc, S.BODY, "Report Body", body=_ppr(after=120, align="both"))
    _add_style(doc, S.LEAD, "Report Lead", body=_ppr(before=60, after=160) + _rpr(size=22))
    _add_style(
        doc,
        S.BOX,
        "Key Findings Box",
        body=_ppr(after=80, left=120, line=264, fill="EEF2F8", border=True) + _rpr(size=20),
    )
    _add_style(doc, S.CAPTION, "Table Caption", body=_ppr(before=120, after=60, keep_next=True) + _rpr(bold=True, size=18))
    _add_style(doc, S.AFTER_TABLE, "After Table", body=_ppr(before=0, after=120) + _rpr(size=12))
    _add_style(
        doc,
        S.COVER_NOTICE,
        "Cover Notice",
        body=_ppr(before=1200, after=120, align="center") + _rpr(bold=True, size=20, color="C00000"),
    )
    _add_style(
        doc,
        S.CONTENTS_HEADING,
        "Contents Heading",
        body=_ppr(before=0, after=240) + _rpr(bold=True, size=30, color="1F3864"),
    )
    _add_style(
        doc,
        S.TOC1,
        "toc 1",
        body=_ppr(before=120, after=40, left=cm, hanging=cm, right_tab=text_width) + _rpr(bold=True, size=21),
    )
    _add_style(
        doc, S.TOC2, "toc 2", body=_ppr(after=20, left=int(2.4 * cm), hanging=int(1.4 * cm), right_tab=text_width)
    )
    _add_style(doc, S.REFERENCE, "Reference Code", "character", _rpr(size=14, font="Liberation Mono", color="404040"))
    _add_style(
        doc,
        S.REPORT_TITLE,
        "Report Title",
        body=_ppr(before=240, after=240, align="center") + _rpr(bold=True, size=40, color="1F3864"),
    )
    _add_style(
        doc, S.REPORT_SUBTITLE, "Report Subtitle", body=_ppr(after=480, align="center") + _rpr(size=24, color="404040")
    )
    _add_style(
        doc,
        S.H1,
        "Report Heading 1",
        body=_ppr(before=0, after=240, keep_next=True, outline=0, tabs=(TWIP_CM,), left=TWIP_CM, hanging=TWIP_CM)
        + _rpr(bold=True, size=30, color="1F3864"),
    )
    _add_style(
        doc,
        S.H2,
        "Report Heading 2",
        body=_ppr(before=240, after=80, keep_next=True, outline=1, left=TWIP_CM, hanging=TWIP_CM)
        + _rpr(bold=True, size=24, color="1F3864"),
    )
    _add_style(
        doc,
        S.H3,
        "Report Heading 3",
        body=_ppr(before=200, after=60, keep_next=True, outline=2, left=int(1.4 * TWIP_CM), hanging=int(1.4 * TWIP_CM))
        + _rpr(bold=True, size=21),
    )
    _add_style(doc, S.QUOTE, "Quoted Provision", body=_ppr(after=60, left=TWIP_CM) + _rpr(size=19, color="262626"))
    _add_style(doc, S.ITEM, "Report Item", body=_ppr(after=80, left=TWIP_CM, hanging=TWIP_CM, align="both"))
    _add_style(doc, S.FILL_LINE, "Fill-in Line", body=_ppr(before=360, after=0, rule_below=True) + _rpr(color="808080"))


def _page(doc: DocumentObject, header: str, footer: str) -> None:
    """A4, generous margins; header says DRAFT, the footer carries a PAGE field."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    hp = section.header.paragraphs[0]
    hp.style = doc.styles["Draft Header"]
    hp.add_run(header)
    fp = section.footer.paragraphs[0]
    fp.style = doc.styles["Draft Footer"]
    fp.add_run(footer)
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _para(doc: DocumentObject, style: str, text: str) -> None:
    """One paragraph with one run, so a ``{{ variable }}`` is never split across runs."""
    doc.add_paragraph().add_run(text)
    doc.paragraphs[-1].style = doc.styles[style]


def _finish(doc: DocumentObject, path: Path, title: str) -> None:
    for rel in list(doc.part.package.rels.values()):
        if rel.reltype.endswith("/thumbnail"):
            doc.part.package.rels.pop(rel.rId)
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        if p is body[0] and not p.findall(qn("w:r")):
            body.remove(p)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "draftkit", "draftkit"
    props.created = props.modified = BUILT.replace(tzinfo=None)
    props.revision = 1
    props.comments = "Built by templates/build_templates.py"
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(stable_zip(buffer.getvalue(), BUILT))


def build_bill(path: Path) -> None:
    doc = Document()
    _defaults(doc, BILL_FONT, 24)
    _common_styles(doc, BILL_FONT)
    _bill_styles(doc)
    # Words in the bill's language come from the message catalog (bill.running_head, bill.running_foot,
    # bill.prepared): the template holds only fields, as the report's does.
    _page(doc, "{{ header }}", "{{ footer }}")
    _para(doc, "Cover Country", "{{ country }}")
    _para(doc, "Bill Title", "{{ title }}")
    _para(doc, "Long Title", "{{ long_title }}")
    _para(doc, "Cover Note", "{{ prepared }}")
    _para(doc, "Cover Note", "{{ legend }}")
    _finish(doc, path, "draftkit bill template")


def build_report(path: Path) -> None:
    doc = Document()
    _defaults(doc, REPORT_FONT, 21)
    _common_styles(doc, REPORT_FONT)
    _report_styles(doc)
    # Every word of the report, cover included, comes from the message catalog: the template holds
    # only styles, the page and the running heads, whose words are filled in at render time.
    _page(doc, "{{ header }}", "{{ footer }}")
    doc.sections[0].different_first_page_header_footer = True  # a clean cover
    _finish(doc, path, "draftkit gap-report template")


def main() -> None:
    build_bill(HERE / "bill.docx")
    build_report(HERE / "gap-report.docx")
    print(f"wrote {HERE / 'bill.docx'} and {HERE / 'gap-report.docx'}")


if __name__ == "__main__":
    main()
