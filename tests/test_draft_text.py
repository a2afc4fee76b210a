"""User text in, the same text out: any Unicode survives; text XML cannot hold is refused by field name."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from draftkit.compose.xmlsafe import ILLEGAL_XML
from draftkit.diagnostics import InputError
from draftkit.drafts import render_drafts, write_drafts
from draftkit.models import NationalFramework
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework, framework_data
from tests.fixtures.render.reading import style_of, text_of

CATALOG = fixture_catalog()
TRICKY = [
    "مرحبا بالعالم",
    "中文法律文本",
    "emoji 🚀👩‍⚖️",
    "a < b & c > d",
    "{{ 7*7 }}",
    "{% if x %}",
    "{_{ x }_}",
    "\"quoted\" 'single' “curly”",
    "  lead and trail  ",
    "tab\there",
    "line\nbreak",
    "{not_a_param}",
    "%_}",
]

legal_text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=60),
).filter(lambda s: not ILLEGAL_XML.search(s))


def _with_bill_text(text: str, title: str | None = None) -> dict[str, Any]:
    data = copy.deepcopy(framework_data())
    bill = data["provisions"][2]
    assert bill["id"] == "xa.bill.c12"
    bill["text"] = [{"text": text}]
    if title is not None:
        data["title"] = title
    return data


def _smuggled(text: str) -> NationalFramework:
    """A framework holding ``text`` as if a loader had let it through (pydantic refuses lone surrogates)."""
    framework = fixture_framework()
    provision = framework.provisions[2]
    subsection = provision.text[0].model_copy(update={"text": text})
    provisions = [*framework.provisions[:2], provision.model_copy(update={"text": [subsection]})]
    return framework.model_copy(update={"provisions": provisions})


def _bill_document(outputs: dict[str, bytes]) -> Any:
    import io

    import docx

    return docx.Document(io.BytesIO(outputs["bill.docx"]))


@given(text=legal_text, title=legal_text)
def test_any_unicode_comes_back_exactly(text: str, title: str) -> None:
    framework = fixture_framework(_with_bill_text(text, title))
    outputs = render_drafts(framework, fixture_assessment(framework), date=DATE, catalog=CATALOG)
    document = _bill_document(outputs)
    bodies = [text_of(p._p) for p in document.paragraphs if style_of(p) == "SubsectionUnnumbered"]
    assert text in bodies
    titles = [text_of(p._p) for p in document.paragraphs if style_of(p) == "BillTitle"]
    assert titles == [title]
    assert text_of(document.sections[0].footer.paragraphs[0]._p).startswith(title)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x0c", "\x1f", "\ud800", "\ufffe", "\uffff"])
def test_text_xml_cannot_hold_is_refused_naming_the_field(char: str, tmp_path: Path) -> None:
    framework = _smuggled(f"before{char}after")
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        write_drafts(framework, fixture_assessment(framework), out, date=DATE, catalog=CATALOG)
    message = str(caught.value)
    assert "provisions[2].text[0].text" in message
    assert f"U+{ord(char):04X}" in message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_illegal_character_in_a_title_and_in_the_author() -> None:
    data = framework_data()
    data["title"] = "Bill\x01"
    framework = fixture_framework(data)
    with pytest.raises(InputError) as caught:
        render_drafts(framework, fixture_assessment(framework), date=DATE, catalog=CATALOG, author="x\x02")
    text = str(caught.value)
    assert "title: contains the character U+0001" in text
    assert "--author" in text


def test_problem_is_located_in_the_file_when_the_document_is_given(tmp_path: Path) -> None:
    from draftkit.load.framework import framework_from_document
    from draftkit.source.files import read_document

    source = tmp_path / "xa.yaml"
    yaml_text = (Path(__file__).parent / "fixtures/render/framework.yaml").read_text(encoding="utf-8")
    source.write_text(yaml_text.replace("title: Production orders", 'title: "Production\\aorders"'), encoding="utf-8")
    document = read_document(source)
    framework = framework_from_document(document, frozenset(p.id for p in CATALOG))
    with pytest.raises(InputError) as caught:
        render_drafts(framework, fixture_assessment(framework), date=DATE, catalog=CATALOG, document=document)
    problem = caught.value.problems[0]
    assert problem.file == str(source)
    assert problem.line > 1
    assert problem.path == ("provisions", 2, "title")
