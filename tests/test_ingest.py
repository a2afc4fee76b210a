"""The hardened XML parser and the bounded Word-package reader (draftkit.ingest)."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.ingest import open_docx, parse_xml
from draftkit.ingest.xml import MAX_XML_DEPTH

MARKER = "INGEST-MARKER-4b1d"


def _messages(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [str(p) for p in error.value.problems]


def test_plain_xml_parses_with_line_numbers() -> None:
    tree = parse_xml(b"<a>\n  <b>text</b>\n</a>", "t.xml")
    assert tree.getroot()[0].sourceline == 2


def test_malformed_xml_is_located() -> None:
    with pytest.raises(InputError) as error:
        parse_xml(b"<a>\n<b></a>", "t.xml")
    assert _messages(error) == [
        "t.xml:2:8: (document): not well-formed XML: Opening and ending tag mismatch: b line 2 and a"
    ]


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]><a>&x;</a>',
        b'<!DOCTYPE a [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><a>&x;</a>',
        b'<!DOCTYPE a SYSTEM "http://127.0.0.1:9/a.dtd"><a/>',
        b"<!DOCTYPE a><a/>",
    ],
)
def test_any_doctype_is_refused_and_nothing_leaks(tmp_path: Path, doctype: bytes) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(MARKER)
    data = b'<?xml version="1.0"?>' + doctype.replace(b"{secret}", str(secret).encode())
    with pytest.raises(InputError) as error:
        parse_xml(data, "t.xml")
    assert MARKER not in str(error.value)
    assert "document type declaration" in str(error.value)


def test_billion_laughs_refused_fast() -> None:
    entities = b"".join(b'<!ENTITY l%d "%s">' % (i, (b"&l%d;" % (i - 1)) * 10 if i else b"lol") for i in range(10))
    data = b"<!DOCTYPE a [" + entities + b"]><a>&l9;</a>"
    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        parse_xml(data, "t.xml")
    assert time.perf_counter() - started < 1
    assert "t.xml:1:" in str(error.value)


def test_depth_limit() -> None:
    data = b"<a>" * (MAX_XML_DEPTH + 1) + b"</a>" * (MAX_XML_DEPTH + 1)
    with pytest.raises(InputError) as error:
        parse_xml(data, "t.xml")
    assert f"nested deeper than {MAX_XML_DEPTH} levels" in str(error.value)


# ----------------------------------------------------------------------------- docx

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>"
)


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _minimal() -> list[tuple[str, bytes]]:
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("word/document.xml", DOCUMENT)]


def test_minimal_docx_opens_and_python_docx_reads_the_clean_copy() -> None:
    import docx

    package = open_docx(_zip(_minimal()), "m.docx")
    assert package.main == "word/document.xml"
    assert docx.Document(io.BytesIO(package.clean_bytes())).paragraphs[0].text == "Hello"


def test_zip_bomb_refused_before_inflating() -> None:
    bomb = _zip([*_minimal(), ("word/media/big.xml", b"\0" * (50 * 1024 * 1024))])
    assert len(bomb) < 100_000
    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        open_docx(bomb, "bomb.docx")
    assert time.perf_counter() - started < 0.5
    assert _messages(error) == [
        "bomb.docx!/word/media/big.xml:1:1: (document): inflates to 52,428,800 bytes; "
        "the limit for one part is 20,971,520"
    ]


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("../evil.xml", "a name that escapes the package ('..')"),
        ("word/../../evil.xml", "a name that escapes the package ('..')"),
        ("/etc/evil.xml", "an absolute path"),
        ("C:/evil.xml", "an absolute path"),
        ("word\\evil.xml", "a backslash in a name (zip names use forward slashes)"),
    ],
)
def test_escaping_names_refused(member: str, reason: str) -> None:
    with pytest.raises(InputError) as error:
        open_docx(_zip([*_minimal(), (member, b"<x/>")]), "t.docx")
    assert _messages(error) == [f"t.docx:1:1: (document): member {member!r}: {reason}; refused"]


def test_not_a_zip_and_missing_parts() -> None:
    with pytest.raises(InputError, match=r"^t.docx:1:1: \(document\): is not a zip file"):
        open_docx(b"hello", "t.docx")
    with pytest.raises(InputError, match=r"has no \[Content_Types\].xml part"):
        open_docx(_zip([("a.txt", b"x")]), "t.docx")
    with pytest.raises(InputError, match="not a readable zip file"):
        open_docx(_zip(_minimal())[:200], "t.docx")


def test_dangling_relationship_named() -> None:
    members = _minimal()
    members[1] = ("_rels/.rels", ROOT_RELS.replace(b"word/document.xml", b"word/missing.xml"))
    with pytest.raises(InputError) as error:
        open_docx(_zip(members), "t.docx")
    assert "t.docx!/_rels/.rels:1:1: (document): relationship rId1 points at part 'word/missing.xml', " in str(
        error.value
    )
