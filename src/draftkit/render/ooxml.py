"""Small WordprocessingML helpers python-docx 1.2 lacks: exact text runs, tracked insertions,
fixed comment dates, highlighted placeholders, table shading.

Imported only by the renderers (never at ``import draftkit`` time).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from docx.oxml.ns import nsmap as _NSMAP
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree  # type: ignore[import-untyped]

__all__ = [
    "Comments",
    "Revisions",
    "add_text",
    "make_rtl",
    "new_element",
    "new_paragraph",
    "set_flag",
    "set_language",
    "set_style",
    "shade",
    "word_date",
]

_REVISION_ID_BASE = 100_000
"""Revision ids start far above comment ids (python-docx numbers comments from 0) so no two annotations share an id."""


def word_date(when: dt.datetime) -> str:
    """``2026-10-01T00:00:00Z``: the form Word writes for w:date."""
    return when.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z"


_P_PR, _P_STYLE, _R, _R_PR, _T, _TAB, _BR, _VAL, _SPACE = (
    qn("w:pPr"),
    qn("w:pStyle"),
    qn("w:r"),
    qn("w:rPr"),
    qn("w:t"),
    qn("w:tab"),
    qn("w:br"),
    qn("w:val"),
    "{http://www.w3.org/XML/1998/namespace}space",
)


@functools.cache
def _tag(prefixed: str) -> tuple[str, dict[str, str]]:
    prefix, name = prefixed.split(":")
    return f"{{{_NSMAP[prefix]}}}{name}", {prefix: _NSMAP[prefix]}


def new_element(prefixed: str, attrs: dict[str, str] | None = None) -> Any:
    """python-docx's ``OxmlElement`` (the same element, of its custom class), without parsing the prefixed
    tag again on every call: a long bill makes some ten thousand of them."""
    clark, declared = _tag(prefixed)
    return oxml_parser.makeelement(clark, attrib=attrs, nsmap=declared)


def set_style(paragraph: Paragraph, style_id: str) -> None:
    """Set a paragraph style by id (not by name): no lookup, no locale-dependent names.

    Written with lxml directly: python-docx's generic child ordering dominated drafting time.
    ``w:pStyle`` is always the first child of ``w:pPr``, and ``w:pPr`` the first of ``w:p``.
    """
    p = paragraph._p
    p_pr = p.find(_P_PR)
    if p_pr is None:
        p_pr = new_element("w:pPr")
        p.insert(0, p_pr)
    style = p_pr.find(_P_STYLE)
    if style is None:
        style = new_element("w:pStyle")
        p_pr.insert(0, style)
    style.set(_VAL, style_id)


_SECT_PR = qn("w:sectPr")


def new_paragraph(document: Any) -> Paragraph:
    """A new empty paragraph at the end of the document's body, as ``document.add_paragraph()`` makes it.

    python-docx looks for the body's closing ``w:sectPr`` among all the body's children before every
    paragraph it adds, which makes a long bill quadratic; the closing ``w:sectPr`` is the last child.
    """
    body = document.element.body
    p = new_element("w:p")
    last = body[-1] if len(body) else None
    if last is not None and last.tag == _SECT_PR:
        last.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, document._body)


class Comments:
    """Adds Word comments with the XML python-docx's ``Document.add_comment`` and ``Comment.add_paragraph``
    write, in constant time each.

    python-docx finds the next comment id by reading the id of every comment already made, and adds each
    further paragraph through its generic child ordering: in a bill with a comment on every section that
    was half of the time spent writing it. Here the next id is counted, and the paragraphs are built directly.
    """

    def __init__(self, document: Any, *, author: str, initials: str, date: str, style_id: str) -> None:
        comments = document.comments  # python-docx adds the comments part to a document that has none
        self._element = comments._comments_elm
        self._part = comments._comments_part
        self._next = max((int(i) for i in self._element.xpath("./w:comment/@w:id")), default=-1) + 1
        self._attributes = {_ID: "", _AUTHOR: author, _INITIALS: initials, _DATE: date}
        self._style_id = style_id

    def add(self, first: Run, last: Run) -> list[Paragraph]:
        """A comment on the runs from ``first`` to ``last`` (inclusive); its first paragraph, to which
        :meth:`paragraph` adds the others."""
        number = str(self._next)
        self._next += 1
        comment = new_element("w:comment", attrs={**self._attributes, _ID: number})
        p = etree.SubElement(comment, _P)
        etree.SubElement(etree.SubElement(p, _P_PR), _P_STYLE).set(_VAL, self._style_id)
        reference = etree.SubElement(p, _R)
        etree.SubElement(etree.SubElement(reference, _R_PR), _R_STYLE).set(_VAL, "CommentReference")
        etree.SubElement(reference, _ANNOTATION_REF)
        self._element.append(comment)
        # the range: its start before the first run, its end and the reference run after the last
        first._r.addprevious(new_element("w:commentRangeStart", attrs={_ID: number}))
        anchor = new_element("w:r")
        etree.SubElement(etree.SubElement(anchor, _R_PR), _R_STYLE).set(_VAL, "CommentReference")
        etree.SubElement(anchor, _COMMENT_REFERENCE).set(_ID, number)
        last._r.addnext(anchor)
        last._r.addnext(new_element("w:commentRangeEnd", attrs={_ID: number}))
        return [Paragraph(p, self._part)]

    def paragraph(self, paragraphs: list[Paragraph]) -> Paragraph:
        """A further paragraph at the end of the comment whose paragraphs are ``paragraphs``."""
        first = paragraphs[0]._p
        p = new_element("w:p")
        etree.SubElement(etree.SubElement(p, _P_PR), _P_STYLE).set(_VAL, self._style_id)
        first.getparent().append(p)
        paragraph = Paragraph(p, self._part)
        paragraphs.append(paragraph)
        return paragraph


_P, _R_STYLE, _ANNOTATION_REF, _COMMENT_REFERENCE = (
    qn("w:p"),
    qn("w:rStyle"),
    qn("w:annotationRef"),
    qn("w:commentReference"),
)
_ID, _AUTHOR, _INITIALS, _DATE = qn("w:id"), qn("w:author"), qn("w:initials"), qn("w:date")


def set_flag(paragraph: Paragraph, name: str) -> None:
    """Turn on a paragraph property that is a bare flag (``keepNext``, ``widowControl``, ``pageBreakBefore``),
    where the schema puts it; the same XML as python-docx's ``paragraph_format``, without its search of
    every possible sibling on each call."""
    _ensure(_properties(paragraph._p, "pPr"), name, _P_PR_ORDER)


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, highlight: bool = False) -> Run:
    """One run holding ``text`` exactly: ``\\t`` becomes a tab, ``\\n`` a line break, all else ``w:t``.

    (python-docx's ``run.text`` would also turn ``\\r`` into a break; legal text keeps what it has.)
    """
    r = new_element("w:r")
    if bold or highlight:
        r_pr = etree.SubElement(r, _R_PR)
        if bold:
            etree.SubElement(r_pr, qn("w:b"))
        if highlight:
            etree.SubElement(r_pr, qn("w:highlight")).set(_VAL, "yellow")
    for piece in _PIECES.split(text):
        if piece == "\t":
            etree.SubElement(r, _TAB)
        elif piece == "\n":
            etree.SubElement(r, _BR)
        elif piece:
            t = etree.SubElement(r, _T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_SPACE, "preserve")
    paragraph._p.append(r)
    return Run(r, paragraph)


_PIECES = re.compile("(\t|\n)")


def shade(cell: Any, fill: str) -> None:
    """Background colour of a table cell (``w:tcPr/w:shd``)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = new_element("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


class Revisions:
    """Marks paragraphs as tracked insertions with one author and one fixed date.

    Each ``w:ins`` gets a unique ``w:id``; a wholly inserted paragraph also marks its
    paragraph mark (``w:pPr/w:rPr/w:ins``) so that rejecting the change in Word removes
    the paragraph, not only its words.
    """

    def __init__(self, author: str, when: dt.datetime) -> None:
        self.author = author
        self.date = word_date(when)
        self._next = _REVISION_ID_BASE

    def _ins(self) -> Any:
        ins = new_element("w:ins")
        ins.set(qn("w:id"), str(self._next))
        ins.set(qn("w:author"), self.author)
        ins.set(qn("w:date"), self.date)
        self._next += 1
        return ins

    def insert_paragraphs(self, paragraphs: Iterable[Paragraph]) -> None:
        for paragraph in paragraphs:
            self._wrap_runs(paragraph)
            p_pr = paragraph._p.get_or_add_pPr()
            r_pr = p_pr.find(qn("w:rPr"))
            if r_pr is None:
                r_pr = new_element("w:rPr")
                successor = p_pr.find(qn("w:sectPr"))
                if successor is None:
                    successor = p_pr.find(qn("w:pPrChange"))
                if successor is None:
                    p_pr.append(r_pr)
                else:
                    successor.addprevious(r_pr)
            r_pr.insert(0, self._ins())

    def _del(self) -> Any:
        deleted = new_element("w:del")
        deleted.set(qn("w:id"), str(self._next))
        deleted.set(qn("w:author"), self.author)
        deleted.set(qn("w:date"), self.date)
        self._next += 1
        return deleted

    def insert_runs(self, runs: Iterable[Run]) -> None:
        """Wrap single runs of a kept paragraph in ``w:ins`` (e.g. a new heading beside a kept number)."""
        for run in runs:
            wrapper = self._ins()
            run._r.addprevious(wrapper)
            wrapper.append(run._r)

    def delete_runs(self, runs: Iterable[Run]) -> None:
        """Wrap single runs of a kept paragraph in ``w:del`` (their text becomes ``w:delText``)."""
        for run in runs:
            for text in run._r.findall(qn("w:t")):
                text.tag = qn("w:delText")
            wrapper = self._del()
            run._r.addprevious(wrapper)
            wrapper.append(run._r)

    def delete_paragraphs(self, paragraphs: Iterable[Paragraph]) -> None:
        """Mark whole paragraphs as tracked deletions: runs go into ``w:del`` with ``w:delText``,
        and the paragraph mark too, so that accepting the change removes the paragraph."""
        for paragraph in paragraphs:
            group: Any = None
            for child in list(paragraph._p):
                if child.tag != qn("w:r") or child.find(qn("w:commentReference")) is not None:
                    group = None
                    continue
                for text in child.findall(qn("w:t")):
                    text.tag = qn("w:delText")
                if group is None:
                    group = self._del()
                    child.addprevious(group)
                group.append(child)
            p_pr = paragraph._p.get_or_add_pPr()
            r_pr = p_pr.find(qn("w:rPr"))
            if r_pr is None:
                r_pr = new_element("w:rPr")
                p_pr.append(r_pr)
            r_pr.insert(0, self._del())

    def _wrap_runs(self, paragraph: Paragraph) -> None:
        """Group consecutive text runs into ``w:ins``; comment range marks and reference runs stay outside."""
        group: Any = None
        for child in list(paragraph._p):
            is_text_run = child.tag == qn("w:r") and child.find(qn("w:commentReference")) is None
            if not is_text_run:
                group = None
                continue
            if group is None:
                group = self._ins()
                child.addprevious(group)
            group.append(child)


# ----------------------------------------------------------------------------- languages and right to left

# The order WordprocessingML's schema gives the children of each properties element (ECMA-376 Part 1,
# 17.3.1.26 pPr, 17.3.2.28 rPr, 17.4.60 tblPr, 17.6.17 sectPr): Word rejects a file whose properties
# are out of order, so an element is inserted before the first sibling that must follow it.
_P_PR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
_R_PR_ORDER = [
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
]
_TBL_PR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
]
_SECT_PR_ORDER = [
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ensure(parent: Any, name: str, order: list[str]) -> Any:
    """The child ``w:name`` of ``parent``, inserted where the schema's ``order`` puts it if missing."""
    existing = parent.find(qn(f"w:{name}"))
    if existing is not None:
        return existing
    rank = order.index(name)
    child = new_element(f"w:{name}")
    for sibling in parent:
        local = _local(sibling.tag)
        if local in order and order.index(local) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def _properties(element: Any, name: str, first: bool = True) -> Any:
    """``element``'s ``w:pPr`` / ``w:rPr`` / ``w:tblPr``, made as its first child when missing."""
    props = element.find(qn(f"w:{name}"))
    if props is None:
        props = new_element(f"w:{name}")
        if first:
            element.insert(0, props)
        else:
            element.append(props)
    return props


def _xml_parts(document: Any) -> list[Any]:
    """The root elements of the document's body, headers, footers and comments."""
    roots = []
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if (
            name == "/word/document.xml"
            or re.fullmatch(r"/word/(header|footer)\d*\.xml", name)
            or (name == "/word/comments.xml")
        ):
            element = getattr(part, "_element", None)
            if element is not None:
                roots.append(element)
    return roots


def make_rtl(document: Any) -> None:
    """Lay the whole document out right to left (Arabic, Hebrew...): what Word writes for an RTL document.

    Every paragraph gets ``w:bidi`` (right-to-left paragraph: it starts at the right margin, its
    indents and tabs mirrored), every run of right-to-left text ``w:rtl`` (its characters ordered
    right to left and set in the complex-script font and size, ``w:cs`` / ``w:szCs`` of the
    styles), every table ``w:bidiVisual`` (first column on the right) and every section ``w:bidi``.
    A run of Latin letters or figures only (a rating's abbreviation, an English name) keeps its
    Latin font, as Word does: marked ``w:rtl`` it would be set in the Arabic font.
    """
    for root in _xml_parts(document):
        for p in root.iter(qn("w:p")):
            _ensure(_properties(p, "pPr"), "bidi", _P_PR_ORDER)
        for r in root.iter(qn("w:r")):
            if _right_to_left("".join(t.text or "" for t in r.iter(qn("w:t"), qn("w:delText")))):
                _ensure(_properties(r, "rPr"), "rtl", _R_PR_ORDER)
        for tbl in root.iter(qn("w:tbl")):
            _ensure(_properties(tbl, "tblPr"), "bidiVisual", _TBL_PR_ORDER)
        for sect in root.iter(qn("w:sectPr")):
            _ensure(sect, "bidi", _SECT_PR_ORDER)


def _right_to_left(text: str) -> bool:
    """Whether ``text`` has a character of a right-to-left script (bidirectional class R or AL)."""

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


_WORD_LANGUAGE = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA"}
"""The language tag Word's proofing tools expect for a language without a region."""


def set_language(document: Any, language: str) -> None:
    """Mark the document's text as ``language`` (``w:lang`` of the document defaults), for spelling and hyphenation.

    A right-to-left language is also the complex-script language (``w:bidi``).
    """
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.i18n import is_rtl

    tag = _WORD_LANGUAGE.get(language, language)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if r_pr is None:
        return
    lang = _ensure(r_pr, "lang", _R_PR_ORDER)
    lang.set(qn("w:val"), tag)
    if is_rtl(language):
        lang.set(qn("w:bidi"), tag)
