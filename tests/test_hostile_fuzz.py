"""Fuzzing: whatever a file holds, the only exception that leaves draftkit is ``InputError``.

The loader is fed arbitrary YAML and JSON documents (recursive dicts, lists and scalars),
arbitrary text and arbitrary bytes; every free-text field of a framework is fed arbitrary
Unicode on its way into the Word documents, where text XML cannot hold must be refused by
field name and any other text must be written without loss.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftkit.compose.xmlsafe import ILLEGAL_XML
from draftkit.diagnostics import InputError, PathPart, format_path
from draftkit.drafts import output_names, render_drafts
from draftkit.load.framework import framework_from_document
from draftkit.source.document import SourceDocument
from draftkit.source.files import parse_text
from draftkit.source.text import decode
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, framework_data
from tests.test_hostile import HOSTILE

CATALOG = fixture_catalog()
KNOWN_IDS = frozenset(p.id for p in CATALOG)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["offence", "XA", "2026-01-01", "in_force", "yes", "NO", "~", "1e5", "0x1F", "{{ x }}"]),
)
keys = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["draftkit", "country", "name", "provisions", "kind", "id", "text", "elements", "<<", "related"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=25,
)


def _load(text: str, name: str) -> None:
    document = parse_text(text, name)
    if isinstance(document.data, dict):
        framework_from_document(document, KNOWN_IDS)


@given(data=documents)
def test_any_yaml_document_gives_a_framework_or_input_error(data: Any) -> None:
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return
    with contextlib.suppress(InputError):
        _load(text, "fuzz.yaml")


@given(data=documents)
def test_any_json_document_gives_a_framework_or_input_error(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False)
    with contextlib.suppress(InputError):
        _load(text, "fuzz.json")


@given(text=st.text(max_size=200), suffix=st.sampled_from([".yaml", ".json"]))
def test_any_text_gives_a_framework_or_input_error(text: str, suffix: str) -> None:
    with contextlib.suppress(InputError):
        _load(text, "fuzz" + suffix)


yaml_syntax = st.lists(
    st.sampled_from(
        [
            *["a", ":", " ", "\n", "  ", "-", "[", "]", "{", "}", ",", "&x", "*x", "!!str", "!!python/tuple", "? "],
            *["'", '"', "#", "|", ">", "---", "...", "%YAML 1.2", "\t", "\\", "\\u", "!", "<<", "\ufeff", "\x85"],
            "\u2028",
        ]
    ),
    max_size=40,
).map("".join)


@given(text=yaml_syntax)
def test_yaml_punctuation_soup_gives_input_error_or_data(text: str) -> None:
    with contextlib.suppress(InputError):
        _load(text, "soup.yaml")


@given(raw=st.binary(max_size=200) | st.binary(max_size=60).map(lambda b: b"\xff\xfe" + b))
def test_any_bytes_decode_or_give_input_error(raw: bytes) -> None:
    with contextlib.suppress(InputError):
        decode(raw, "bytes.yaml")


def _leaves(data: Any, path: tuple[PathPart, ...] = ()) -> Iterator[tuple[PathPart, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path


def _set(data: Any, path: tuple[PathPart, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    if not path:
        return value
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


BASE = framework_data()
BASE["assessor_notes"] = ["An assessor's note."]
BASE["provisions"][0]["citations"] = [
    {"kind": "national_law", "source": "Penal Code 1962", "pinpoint": "s 41", "verified": False, "note": "A note."}
]
BASE["provisions"][0]["uses_terms"] = ["electronic communication"]
ALL_LEAVES = list(_leaves(BASE))


def _accepts_any_text(path: tuple[PathPart, ...]) -> bool:
    try:
        framework_from_document(SourceDocument("f.yaml", _set(BASE, path, "Zz Ω")), KNOWN_IDS)
    except InputError:
        return False
    return True


TEXT_FIELDS = [path for path in ALL_LEAVES if isinstance(path[-1], int) or _accepts_any_text(path)]
TEXT_FIELDS = [path for path in TEXT_FIELDS if _accepts_any_text(path)]


def test_the_fuzzed_text_fields_cover_every_kind_of_text() -> None:
    shown = {format_path(p) for p in TEXT_FIELDS}
    for expected in (
        "name",
        "title",
        "parameters.prosecuting_authority",
        "assessor_notes[0]",
        "provisions[0].title",
        "provisions[0].text[0].text",
        "provisions[0].citations[0].note",
        "provisions[0].citations[0].source",
        "provisions[0].source.act",
        "provisions[0].uses_terms[0]",
        "provisions[1].elements.term",
    ):
        assert expected in shown


@given(
    path=st.sampled_from(TEXT_FIELDS),
    text=st.text(min_size=1, max_size=30)
    | st.sampled_from(["\x00", "\ud800", "\ufffe", "a\x1bb", "{{ x }}", "<w:p/>", "\u202eabc", "e\u0301"]),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_every_text_field_reaches_word_intact_or_is_refused_by_name(path: tuple[PathPart, ...], text: str) -> None:
    document = SourceDocument("fuzz.yaml", _set(BASE, path, text))
    try:
        framework = framework_from_document(document, KNOWN_IDS)
    except InputError:
        return  # e.g. a text that now duplicates an id or names no known term
    if ILLEGAL_XML.search(text):
        with pytest.raises(InputError) as caught:
            render_drafts(framework, fixture_assessment(framework), date=DATE, catalog=CATALOG)
        assert any(p.path == path for p in caught.value.problems), str(caught.value)
        return
    outputs = render_drafts(framework, fixture_assessment(framework), date=DATE, catalog=CATALOG)
    assert set(outputs) == set(output_names())
    for name in ("bill.docx", "gap-report.docx"):
        with zipfile.ZipFile(io.BytesIO(outputs[name])) as package:
            for part in package.namelist():
                if part.endswith(".xml"):
                    package.read(part).decode("utf-8")  # well-formed enough to decode


def _document_text(data: bytes) -> str:
    from lxml import etree  # type: ignore[import-untyped]

    pieces = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for part in sorted(package.namelist()):
            if part.startswith("word/") and part.endswith(".xml"):
                root = etree.fromstring(package.read(part))
                pieces.append("".join(root.itertext()))
    return "\n".join(pieces)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "55-text-that-looks-like-markup.yaml",
            ["{{ name }} <w:p/> {% if %} &amp;", "<w:t>x</w:t> {_{ y }_} ]]> %}"],
        ),
        (
            "56-right-to-left-and-combining.yaml",
            ["مشروع قانون", "قانون مكافحة الإرهاب", "e\u0301 a\u0308 \u202eoverride\u202c \u200fRLM"],
        ),
    ],
)
def test_markup_lookalikes_rtl_and_combining_characters_come_back_exactly(name: str, expected: list[str]) -> None:
    """No escaping shows, nothing is normalised (NFC would merge e + U+0301), no mark is dropped."""
    from draftkit.assess import assess
    from draftkit.load.framework import load_framework

    framework = load_framework(HOSTILE / "framework" / name)
    outputs = render_drafts(framework, assess(framework), date=DATE)
    bill = _document_text(outputs["bill.docx"])
    report_md = outputs["report.md"].decode("utf-8")
    for text in expected:
        assert text in bill or text in _document_text(outputs["gap-report.docx"]), text
    assert framework.name in report_md
