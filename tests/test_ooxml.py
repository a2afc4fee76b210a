"""The WordprocessingML helpers the renderers use in place of python-docx's slower paths make the same XML."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]

from draftkit.render.ooxml import Comments, add_text, new_element, new_paragraph, set_flag, set_style


def _local(element: object) -> str:
    return str(getattr(element, "tag", "")).rsplit("}", 1)[-1]


def test_a_new_paragraph_goes_before_the_closing_section_properties() -> None:
    document = docx.Document()
    body = document.element.body
    assert _local(body[-1]) == "sectPr"
    first = new_paragraph(document)
    second = new_paragraph(document)
    assert [_local(child) for child in body][-3:] == ["p", "p", "sectPr"]
    assert body[-3] is first._p
    assert body[-2] is second._p
    assert [p._p for p in document.paragraphs][-2:] == [first._p, second._p]
    reference = document.add_paragraph()  # python-docx's own: the same place, the same element
    assert body[-2] is reference._p
    assert reference._p.xml == first._p.xml


def test_a_new_paragraph_in_a_body_without_section_properties_is_appended() -> None:
    document = docx.Document()
    body = document.element.body
    body.remove(body[-1])
    paragraph = new_paragraph(document)
    assert body[-1] is paragraph._p


def test_flags_are_set_in_the_schemas_order_as_python_docx_sets_them() -> None:
    document = docx.Document()
    ours, theirs = new_paragraph(document), document.add_paragraph()
    for paragraph in (ours, theirs):
        set_style(paragraph, "Heading1")
    set_flag(ours, "widowControl")  # out of order on purpose: widowControl follows keepNext and pageBreakBefore
    set_flag(ours, "pageBreakBefore")
    set_flag(ours, "keepNext")
    set_flag(ours, "keepNext")  # twice: still one
    theirs.paragraph_format.widow_control = True
    theirs.paragraph_format.page_break_before = True
    theirs.paragraph_format.keep_with_next = True
    p_pr = ours._p.find(qn("w:pPr"))
    assert [_local(child) for child in p_pr] == ["pStyle", "keepNext", "pageBreakBefore", "widowControl"]
    assert p_pr.find(qn("w:keepNext")).get(qn("w:val")) is None  # a bare flag: on
    assert ours._p.xml == theirs._p.xml


def _commented(ours: bool, notes: int, comments: int) -> tuple[bytes, bytes]:
    """A document with ``comments`` comments of ``notes`` paragraphs each, on two-run paragraphs, written by
    :class:`Comments` or by python-docx's own calls (as the bill writer made them before): the document part's
    XML and the comments part's."""
    document = docx.Document()
    writer = Comments(document, author="draftkit", initials="d", date="2026-10-01T00:00:00Z", style_id="CommentText")
    for index in range(comments):
        paragraph = new_paragraph(document)
        first, last = add_text(paragraph, f"Section {index}."), add_text(paragraph, " Text.")
        if ours:
            paragraphs = writer.add(first, last)
            for note in range(notes):
                target = paragraphs[0] if note == 0 else writer.paragraph(paragraphs)
                add_text(target, f"note {note}")
        else:
            comment = document.add_comment([first, last], text="", author="draftkit", initials="d")
            comment._comment_elm.set(qn("w:date"), "2026-10-01T00:00:00Z")
            for note in range(notes):
                target = comment.paragraphs[0] if note == 0 else comment.add_paragraph()
                set_style(target, "CommentText")
                add_text(target, f"note {note}")
    comments_part = document.part._comments_part
    return document.element.xml.encode(), comments_part.element.xml.encode()


def test_comments_are_the_xml_python_docx_writes() -> None:
    for notes, comments in ((1, 1), (3, 4), (2, 12)):
        assert _commented(True, notes, comments) == _commented(False, notes, comments)


def test_comment_ids_follow_those_already_in_the_document() -> None:
    document = docx.Document()
    paragraph = new_paragraph(document)
    run = add_text(paragraph, "Before.")
    document.add_comment([run], text="", author="someone")  # id 0, made before the writer
    writer = Comments(document, author="draftkit", initials="d", date="2026-10-01T00:00:00Z", style_id="CommentText")
    writer.add(run, run)
    writer.add(run, run)
    ids = [c.get(qn("w:id")) for c in document.part._comments_part.element.findall(qn("w:comment"))]
    assert ids == ["0", "1", "2"]


def test_element_is_python_docx_oxml_element() -> None:
    for tag in ("w:p", "w:r", "w:pPr", "w:commentRangeStart"):
        ours, theirs = new_element(tag, {qn("w:id"): "3"}), OxmlElement(tag, attrs={qn("w:id"): "3"})
        assert type(ours) is type(theirs)
        assert etree.tostring(ours) == etree.tostring(theirs)
