"""Template fields: filled with the user's exact text, split fields joined, unknown fields reported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given

from draftkit.diagnostics import InputError
from draftkit.render.skeleton import fill_fields, render_skeleton
from tests.strategies import text

BILL_FIELDS = {
    "country": "XA",
    "title": "T",
    "long_title": "L",
    "header": "H",
    "footer": "F",
    "prepared": "P",
    "legend": "x",
}


def _all_text(document: docx.document.Document) -> str:
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        parts = [name for name in package.namelist() if name.startswith("word/") and name.endswith(".xml")]
        return "".join(package.read(name).decode("utf-8") for name in parts)


@given(text)
def test_any_text_arrives_exactly(value: str) -> None:
    document = render_skeleton("bill.docx", BILL_FIELDS | {"title": value})
    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))]
    assert value in paragraphs


def test_markup_and_template_syntax_in_values_stay_text() -> None:
    value = "Act {_{ 2 }_} {{ country }} {% if x %} <b> & \"q\" 'a'"
    document = render_skeleton("bill.docx", BILL_FIELDS | {"title": value})
    body = [p.text for p in document.paragraphs]
    assert value in body
    assert "XA" in body


def test_every_field_of_both_templates_is_filled() -> None:
    report = {"header": "DRAFT \u2014 X", "footer": "Gap assessment \u2014 X \u2014 page "}  # the rest: catalog
    for name, fields in (("bill.docx", BILL_FIELDS), ("gap-report.docx", report)):
        assert "{{" not in _all_text(render_skeleton(name, fields)), name


def test_a_field_split_over_runs_is_joined(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("Draft for {", "{ coun", "try }", "} only"):
        paragraph.add_run(piece).bold = True
    fill_fields(document, {"country": "Aldermere"}, "custom.docx")
    assert document.paragraphs[0].text == "Draft for Aldermere only"


def test_an_unknown_field_names_the_template_and_the_field() -> None:
    document = docx.Document()
    document.add_paragraph("Prepared for {{ contry }}")
    with pytest.raises(InputError) as caught:
        fill_fields(document, {"country": "X"}, "templates/bill.docx")
    (problem,) = caught.value.problems
    assert problem.file == "templates/bill.docx"
    assert "{{ contry }}" in problem.message
    assert "{{ country }}" in problem.message
