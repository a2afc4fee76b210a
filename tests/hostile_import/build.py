"""Build the hostile corpus for draftkit's importers: ``python tests/hostile_import/build.py [DIR]``.

Writes into DIR (default: ``tests/hostile_import/corpus``):

- ``akn/*.xml``, for ``draftkit import-akn``;
- ``docx/*.docx``, broken or hostile Word packages, for the bounded Word reader
  (:func:`draftkit.ingest.open_docx`) and for ``draftkit import`` (which reads both questionnaires
  and bills through it);
- ``questionnaire/*.docx``, filled-in questionnaires altered the way a hostile or careless editor
  leaves them, for ``draftkit import FILE``;
- ``bill/*.docx``, returned bills altered the same way, for
  ``draftkit import FILE --framework examples/xa-common-law.yaml``.

The questionnaires and bills are written here by hand, in the shape draftkit writes them (the
form's marker paragraph and numbered three-column rows; the bill's hidden ``_dk_`` section marks),
not by draftkit itself, so their bytes do not change when the questionnaire or the bill does.
Every byte is fixed (no clock, no randomness; zip members dated 1980-01-01), so the files can be
rebuilt and compared. ``expected.yaml`` beside this script gives the exact message each file
must produce. ``secret.txt`` holds the marker that the XXE files point at: it must never appear
in any output or message.
"""

from __future__ import annotations

import io
import struct
import sys
import warnings
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKER = "HOSTILE-IMPORT-MARKER-c0ffee"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

_META = (
    '<meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/xa/act/2020/1/!main"/>'
    '<FRBRuri value="/akn/xa/act/2020/1"/><FRBRalias value="Test Act" name="title"/>'
    '<FRBRdate date="2020-01-01" name="Generation"/><FRBRauthor href="#x"/><FRBRcountry value="xa"/>'
    '</FRBRWork><FRBRExpression><FRBRthis value="/akn/xa/act/2020/1/eng@2020-01-01/!main"/>'
    '<FRBRuri value="/akn/xa/act/2020/1/eng@2020-01-01"/><FRBRdate date="2020-01-01" name="Generation"/>'
    '<FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>'
)
_SECTION = '<section eId="sec_1"><num>1.</num><heading>Offence</heading><content><p>{text}</p></content></section>'


def act(body: str = _SECTION.format(text="A person who does X commits an offence."), *, meta: str = _META) -> str:
    return f'<akomaNtoso xmlns="{AKN}"><act name="act">{meta}<body>{body}</body></act></akomaNtoso>'


def _xml(doctype: str, text: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + "\n" + act(_SECTION.format(text=text))).encode()


def _laughs() -> str:
    entities = "".join(f'<!ENTITY l{i} "{(f"&l{i - 1};" * 10) if i else "lol"}">' for i in range(10))
    return f"<!DOCTYPE akomaNtoso [{entities}]>"


def akn_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["xxe-local-file.xml"] = _xml('<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "secret.txt">]>', "&x;")
    files["xxe-absolute-file.xml"] = _xml('<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")
    files["xxe-url.xml"] = _xml('<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>', "&x;")
    files["xxe-parameter-entity.xml"] = _xml(
        '<!DOCTYPE akomaNtoso [<!ENTITY % p SYSTEM "secret.txt"> %p;]>', "parameter entity"
    )
    files["external-dtd.xml"] = _xml('<!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:9/akn.dtd">', "external DTD")
    files["billion-laughs.xml"] = _xml(_laughs(), "&l9;")
    files["quadratic-blowup.xml"] = _xml('<!DOCTYPE akomaNtoso [<!ENTITY a "' + "A" * 50_000 + '">]>', "&a;" * 2_000)
    files["doctype-utf16.xml"] = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "secret.txt">]>\n'
        + act(_SECTION.format(text="&x;"))
    ).encode("utf-16")
    files["deep-nesting.xml"] = ("<a>" * 10_000 + "</a>" * 10_000).encode()
    deep = '<hcontainer name="x">' * 101 + _SECTION.format(text="deep") + "</hcontainer>" * 101
    files["deep-nesting-in-body.xml"] = act(deep).encode()
    whole = act().encode()
    files["truncated.xml"] = whole[: len(whole) // 2]
    files["tag-mismatch.xml"] = act().replace("</heading>", "</num>", 1).encode()
    files["undefined-entity.xml"] = act(_SECTION.format(text="&nbsp;")).encode()
    files["empty.xml"] = b""
    files["whitespace-only.xml"] = b"  \n\t\n"
    files["binary.xml"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    files["html.xml"] = b"<html><head><title>Act</title></head><body><p>Section 1</p></body></html>"
    files["akn2-namespace.xml"] = act().replace(AKN, "http://www.akomantoso.org/2.0").encode()
    files["no-namespace.xml"] = act().replace(f' xmlns="{AKN}"', "").encode()
    files["other-namespace.xml"] = act().replace(AKN, "http://example.org/not-akn").encode()
    files["judgment.xml"] = f'<akomaNtoso xmlns="{AKN}"><judgment name="j">{_META}</judgment></akomaNtoso>'.encode()
    files["debate.xml"] = f'<akomaNtoso xmlns="{AKN}"><debate name="d">{_META}</debate></akomaNtoso>'.encode()
    files["doc.xml"] = f'<akomaNtoso xmlns="{AKN}"><doc name="report">{_META}</doc></akomaNtoso>'.encode()
    files["unknown-type.xml"] = f'<akomaNtoso xmlns="{AKN}"><statute name="s">{_META}</statute></akomaNtoso>'.encode()
    files["empty-akomantoso.xml"] = f'<akomaNtoso xmlns="{AKN}"></akomaNtoso>'.encode()
    files["no-body.xml"] = f'<akomaNtoso xmlns="{AKN}"><act name="act">{_META}</act></akomaNtoso>'.encode()
    files["no-sections.xml"] = act("<hcontainer name='x'><content><p>Text</p></content></hcontainer>").encode()
    files["no-frbr.xml"] = act(meta="<meta/>").encode()
    files["bad-country.xml"] = act().replace('FRBRcountry value="xa"', 'FRBRcountry value="narnia"').encode()
    files["duplicate-eid.xml"] = act(_SECTION.format(text="one") + _SECTION.format(text="two")).encode()
    files["sections-without-text.xml"] = act(
        '<section eId="sec_1"><num>1.</num><heading>Repealed</heading></section>'
    ).encode()
    files["ansi-and-bidi.xml"] = act(
        '<section eId="sec_1"><num>1.\u202e</num><heading>Bad \u202eheading\u009b31m</heading>'
        "<content><p>A person who does X commits an offence.</p></content></section>"
    ).encode()
    return files


# ----------------------------------------------------------------------------- docx

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/>{extra}</Types>'
)
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
)
_OFFICE = (
    '<Relationship Id="rId1" Target="{target}" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
)
_DOC = (
    '<?xml version="1.0" encoding="UTF-8"?>{doctype}'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
)


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are the point of one file
        for name, data in members:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def package(
    *,
    main: str = WORD,
    extra_types: str = "",
    rels: str = _OFFICE.format(target="word/document.xml"),
    document: str = _DOC.format(doctype="", text="Hello"),
    more: list[tuple[str, bytes]] | None = None,
    skip: tuple[str, ...] = (),
    document_rels: str | None = None,
) -> list[tuple[str, bytes]]:
    members = [
        ("[Content_Types].xml", _CT.format(main=main, extra=extra_types).encode()),
        ("_rels/.rels", _RELS.format(rels=rels).encode()),
        ("word/document.xml", document.encode()),
    ]
    if document_rels is not None:
        members.append(("word/_rels/document.xml.rels", _RELS.format(rels=document_rels).encode()))
    members += more or []
    return [m for m in members if m[0] not in skip]


def _encrypted(data: bytes, member: str) -> bytes:
    """Set the 'encrypted' flag of ``member`` in its local header and central directory entry."""
    out = bytearray(data)
    name = member.encode()
    for signature, flag_at, name_at, length_at in ((b"PK\x03\x04", 6, 30, 26), (b"PK\x01\x02", 8, 46, 28)):
        at = out.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", out, at + length_at)
            if bytes(out[at + name_at : at + name_at + length]) == name:
                (flags,) = struct.unpack_from("<H", out, at + flag_at)
                struct.pack_into("<H", out, at + flag_at, flags | 1)
            at = out.find(signature, at + 4)
    return bytes(out)


def docx_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["valid.docx"] = _zip(package())
    files["zip-bomb-part.docx"] = _zip(package(more=[("word/media/bomb.bin", b"\0" * (40 * 1024 * 1024))]))
    files["zip-bomb-ratio.docx"] = _zip(package(more=[("word/media/zeros.bin", b"\0" * (2 * 1024 * 1024))]))
    files["too-many-members.docx"] = _zip(package(more=[(f"word/media/m{i}.bin", b"x") for i in range(1_001)]))
    files["traversal.docx"] = _zip(package(more=[("../../evil.xml", b"<evil/>")]))
    files["traversal-inside.docx"] = _zip(package(more=[("word/../../evil.xml", b"<evil/>")]))
    files["absolute-path.docx"] = _zip(package(more=[("/tmp/evil.xml", b"<evil/>")]))
    files["windows-drive.docx"] = _zip(package(more=[("C:/evil.xml", b"<evil/>")]))
    files["backslash.docx"] = _zip(package(more=[("word\\evil.xml", b"<evil/>")]))
    files["duplicate-names.docx"] = _zip([*package(), ("word/document.xml", b"<other/>")])
    files["duplicate-names-case.docx"] = _zip([*package(), ("WORD/Document.xml", b"<other/>")])
    files["macro-part.docx"] = _zip(
        package(
            extra_types='<Override PartName="/word/vbaProject.bin" '
            'ContentType="application/vnd.ms-office.vbaProject"/>',
            more=[("word/vbaProject.bin", b"VBA macro bytes")],
        )
    )
    files["docm-content-type.docx"] = _zip(package(main="application/vnd.ms-word.document.macroEnabled.main+xml"))
    files["external-relationship.docx"] = _zip(
        package(
            document_rels='<Relationship Id="rId9" TargetMode="External" Target="http://127.0.0.1:9/template.dotm" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"/>'
        )
    )
    whole = _zip(package())
    files["truncated.docx"] = whole[: len(whole) // 2]
    files["not-a-zip.docx"] = b"This is plain text pretending to be a Word document.\n"
    files["old-binary-doc.docx"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    files["empty.docx"] = b""
    files["wrong-content-type.docx"] = _zip(package(main="application/xml"))
    files["no-content-types.docx"] = _zip(package(skip=("[Content_Types].xml",)))
    files["no-package-rels.docx"] = _zip(package(skip=("_rels/.rels",)))
    files["no-main-relationship.docx"] = _zip(package(rels=""))
    files["missing-main-part.docx"] = _zip(package(skip=("word/document.xml",)))
    files["dangling-relationship.docx"] = _zip(
        package(
            document_rels='<Relationship Id="rId5" Target="styles.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>'
        )
    )
    files["relationship-escapes.docx"] = _zip(
        package(
            document_rels='<Relationship Id="rId6" Target="../../../etc/passwd" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>'
        )
    )
    files["xxe-in-document.docx"] = _zip(
        package(document=_DOC.format(doctype='<!DOCTYPE w:document [<!ENTITY x SYSTEM "secret.txt">]>', text="&x;"))
    )
    files["billion-laughs-in-document.docx"] = _zip(package(document=_DOC.format(doctype=_laughs(), text="&l9;")))
    files["malformed-document.docx"] = _zip(package(document="<w:document><w:body>"))
    files["encrypted-member.docx"] = _encrypted(_zip(package()), "word/document.xml")
    corrupt = bytearray(_zip(package(document=_DOC.format(doctype="", text="Hello " * 200))))
    at = corrupt.find(b"word/document.xml") + len("word/document.xml") + 10
    corrupt[at] ^= 0xFF
    files["corrupt-data.docx"] = bytes(corrupt)
    return files


# ----------------------------------------------------------------------------- questionnaires

FORM_MARKER = "draftkit questionnaire, form version 2"
"""The first paragraph of every form (:data:`draftkit.questionnaire.docx_form.MARKER` and the form
version): the importer refuses a document without it."""
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _control(text: str) -> str:
    """A plain-text content control holding ``text``, as the form's answer cells hold their answers."""
    content = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt></w:p>"


def _row(number: str, question: str, answer: str | None) -> str:
    """One question: its number, the question, the answer in a content control (``None``: the cell
    with its control deleted)."""
    third = _control(answer) if answer is not None else "<w:p/>"
    cells = (_para(number), _para(question), third)
    return "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in cells) + "</w:tr>"


STATE = (
    ("A.1", "Name of the State *", "Republic of Testland"),
    ("A.2", "Country code *", "XT"),
    ("A.3", "Legal tradition *", "Common law"),
    ("A.5", "The law is described as it stood on *", "2026-01-31"),
)
"""Part A answered: all a questionnaire needs to import (a State with no provisions described)."""


def form(rows: list[str] | None = None, *, marker: str = FORM_MARKER, doctype: str = "") -> str:
    rows = [_row(*answer) for answer in STATE] if rows is None else rows
    table = f"<w:tbl>{''.join(rows)}</w:tbl>" if rows else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {_NS}><w:body>'
        f"{_para('Questionnaire on the law against terrorist use of the Internet')}{_para(marker)}{table}"
        "</w:body></w:document>"
    )


def questionnaire_files() -> dict[str, bytes]:
    state = [_row(*answer) for answer in STATE]
    files: dict[str, bytes] = {}
    files["valid.docx"] = _zip(package(document=form()))
    files["controls-deleted.docx"] = _zip(package(document=form([_row(n, q, None) for n, q, _ in STATE])))
    files["controls-duplicated.docx"] = _zip(package(document=form([*state, state[0], state[2]])))
    copied = _row("A.3", "Legal tradition *", "Common law").replace(
        "</w:tc></w:tr>", _control("Civil law") + "</w:tc></w:tr>"
    )
    files["control-duplicated-in-its-cell.docx"] = _zip(package(document=form([*state[:2], copied, state[3]])))
    files["tables-removed.docx"] = _zip(package(document=form([])))
    files["marker-removed.docx"] = _zip(package(document=form(marker="Questionnaire")))
    files["other-form-version.docx"] = _zip(package(document=form(marker="draftkit questionnaire, form version 9")))
    files["block-number-huge.docx"] = _zip(
        package(document=form([*state, _row("2.100000.1", "Act or code *", "Penal Code")]))
    )
    files["bidi-and-control-characters.docx"] = _zip(
        package(document=form([*state[:1], _row("A.2", "Country code *", "X\u202eT\u009b31m"), *state[2:]]))
    )
    files["answer-too-long.docx"] = _zip(
        package(
            document=form([_row("A.1", "Name of the State *", " ".join(str(n) for n in range(50_000))), *state[1:]])
        )
    )
    files["xxe-in-answer.docx"] = _zip(
        package(
            document=form(
                [_row("A.1", "Name of the State *", "&x;"), *state[1:]],
                doctype='<!DOCTYPE w:document [<!ENTITY x SYSTEM "secret.txt">]>',
            )
        )
    )
    return files


# ----------------------------------------------------------------------------- bills

XA = "examples/xa-common-law.yaml"
"""The framework the bills are imported with (``--framework``), relative to the repository."""


def _marked(mark: str, text: str) -> str:
    """A heading paragraph carrying a section's hidden mark, as draftkit writes one ("8.", a tab, the title)."""
    number, _, title = text.partition(" ")
    bookmark = zlib.crc32(mark.encode()) % 100_000
    return (
        f'<w:p><w:bookmarkStart w:id="{bookmark}" w:name="{mark}"/><w:r><w:t>{number}</w:t>'
        f'<w:tab/><w:t xml:space="preserve">{title}</w:t></w:r><w:bookmarkEnd w:id="{bookmark}"/></w:p>'
    )


def bill(paragraphs: list[str], *, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {_NS}><w:body>'
        f"{_para('Counter-Terrorism (Online Harms) Bill')}{''.join(paragraphs)}</w:body></w:document>"
    )


def _ins(inner: str, n: int) -> str:
    return f'<w:ins w:id="{n}" w:author="x" w:date="2026-01-01T00:00:00Z">{inner}</w:ins>'


def _del(inner: str, n: int) -> str:
    return f'<w:del w:id="{n}" w:author="x" w:date="2026-01-01T00:00:00Z">{inner}</w:del>'


def bill_files() -> dict[str, bytes]:
    run, gone = "<w:r><w:t>words</w:t></w:r>", "<w:r><w:delText>words</w:delText></w:r>"
    heading = _marked("_dk_sec_1", "1. Short title")
    files: dict[str, bytes] = {}
    files["insertion-in-insertion.docx"] = _zip(
        package(document=bill([heading, f"<w:p>{_ins(run + _ins(run, 2), 1)}</w:p>"]))
    )
    files["insertion-in-deletion.docx"] = _zip(
        package(document=bill([heading, f"<w:p>{_del(gone + _ins(run, 2), 1)}</w:p>"]))
    )
    files["deletion-in-deletion.docx"] = _zip(
        package(document=bill([heading, f"<w:p>{_del(gone + _del(gone, 2), 1)}</w:p>"]))
    )
    commencement = [_marked("_dk_sec_2", "2. Commencement"), _para("This Act comes into force when published.")]
    files["mark-given-twice.docx"] = _zip(
        package(document=bill([heading, _para("This Act is the Counter-Terrorism Act."), *commencement, heading]))
    )
    files["marks-removed.docx"] = _zip(package(document=bill([_para("1. Short title")])))
    files["mark-deleted-text-kept.docx"] = _zip(
        package(
            document=bill(
                [
                    heading,
                    _para("This Act is the Counter-Terrorism Act."),
                    _para("8. Dissemination of terrorist publications"),
                ]
            )
        )
    )
    files["civil-law-bill.docx"] = _zip(
        package(document=bill([_marked("_dk_art_1", "Article 1"), _para("La présente loi ...")]))
    )
    files["another-states-bill.docx"] = _zip(
        package(
            document=bill(
                [
                    part
                    for n in range(4, 8)
                    for part in (
                        _marked(f"_dk_sec_{n}", f"{n}. Offence {n}"),
                        _para(f"A person who does {n} commits an offence."),
                    )
                ]
            )
        )
    )
    files["too-many-sections.docx"] = _zip(
        package(document=bill([_marked(f"_dk_sec_{n}", f"{n}.") for n in range(1, 5_002)]))
    )
    files["section-too-long.docx"] = _zip(
        package(document=bill([heading, _para(" ".join(str(n) for n in range(40_000)))]))
    )
    files["xxe-in-bill.docx"] = _zip(
        package(
            document=bill([heading, _para("&x;")], doctype='<!DOCTYPE w:document [<!ENTITY x SYSTEM "secret.txt">]>')
        )
    )
    deep = "<w:ins>" * 120 + run + "</w:ins>" * 120
    files["changes-nested-deep.docx"] = _zip(package(document=bill([heading, f"<w:p>{deep}</w:p>"])))
    return files


FOLDERS = {"akn": akn_files, "docx": docx_files, "questionnaire": questionnaire_files, "bill": bill_files}


def build(target: Path) -> list[Path]:
    written: list[Path] = []
    for folder, make in FOLDERS.items():
        files = make()
        (target / folder).mkdir(parents=True, exist_ok=True)
        (target / folder / "secret.txt").write_text(MARKER + "\n", encoding="utf-8")
        for name, data in files.items():
            path = target / folder / name
            path.write_bytes(data)
            written.append(path)
    return written


if __name__ == "__main__":
    destination = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus"
    print(f"{len(build(destination))} files written to {destination}")
