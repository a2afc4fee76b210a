"""The WordprocessingML helpers the renderers use in place of python-docx's slower paths make the same XML."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn

from draftkit.render.ooxml import new_paragraph, set_flag, set_style


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
