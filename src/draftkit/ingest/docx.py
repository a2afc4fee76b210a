"""A ``.docx`` from outside, opened with bounds before anything reads it.

A ``.docx`` is a zip of XML parts (Office Open XML packaging, ECMA-376 Part 2). Before a byte
is inflated, the zip's central directory is checked against limits, so that a 10 KB file that
would inflate to a gigabyte is refused in milliseconds:

- at most ``MAX_MEMBERS`` members, each at most ``MAX_PART_BYTES`` uncompressed, all together
  at most ``MAX_TOTAL_BYTES``, and no member inflating more than ``MAX_RATIO`` times its
  compressed size (ordinary Word XML compresses 5 to 20 times; zip bombs, 1,000 times);
- member names are relative, forward-slash paths: a name that escapes (``../``), an absolute
  path (``/x``, ``C:\\x``), a backslash, a NUL, or a name given twice is refused;
- encrypted members are refused (a password-protected document cannot be read anyway).

Reading is bounded too: a member's declared size is a claim, not a fact, so each member is
inflated in chunks and refused as soon as it passes its declared size or the limit; a CRC
mismatch (a truncated or tampered zip) is an error naming the part.

Then the package is checked as a Word document: ``[Content_Types].xml`` and ``_rels/.rels`` exist
and parse (with :func:`draftkit.ingest.xml.parse_xml`: no DTDs, no entities), the office-document
relationship names a main part that exists and whose content type is a Word document; every
internal relationship of every ``.rels`` part points at a part that exists.

**Macros are refused**: a macro-enabled main part (``.docm`` content type) or a VBA project part
anywhere in the package. draftkit never runs them, but a document carrying them is not one a
ministry should be circulating, and refusing says so plainly.
**External relationships are ignored**: hyperlinks are external relationships in ordinary
documents, so they are allowed; draftkit never follows any external target (no template, image,
OLE object or frame is fetched), and :attr:`DocxPackage.external` lists them.

:meth:`DocxPackage.clean_bytes` writes the checked parts into a fresh zip, so that python-docx
(which reads zips without bounds) only ever opens a package that passed these checks.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from draftkit.diagnostics import InputError, Problem
from draftkit.ingest.xml import local_name, parse_xml, read_bytes

__all__ = [
    "MAX_DOCX_BYTES",
    "MAX_MEMBERS",
    "MAX_PART_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "DocxPackage",
    "Relationship",
    "open_docx",
]

MAX_DOCX_BYTES = 20 * 1024 * 1024
"""Largest ``.docx`` file accepted (compressed): a 300-page bill with images is about 5 MB."""
MAX_MEMBERS = 1_000
"""Most zip members accepted: Word writes 10 to 30; a document with many images, a few hundred."""
MAX_PART_BYTES = 20 * 1024 * 1024
"""Largest uncompressed member (an XML part or an image)."""
MAX_TOTAL_BYTES = 100 * 1024 * 1024
"""Largest total uncompressed size."""
MAX_RATIO = 100
"""Highest compression ratio accepted for a member larger than ``_RATIO_FLOOR`` bytes."""
_RATIO_FLOOR = 64 * 1024
_CHUNK = 64 * 1024

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
WORD_MACRO_TEMPLATE_MAIN = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
VBA_PROJECT = "application/vnd.ms-office.vbaProject"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
OFFICE_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Relationship:
    source: str
    """The part the relationship belongs to (``""`` for the package)."""
    id: str
    type: str
    target: str
    """For an internal relationship, the resolved part name (``word/styles.xml``)."""
    external: bool


@dataclass
class DocxPackage:
    """A checked Word package: every part's bytes, content types and relationships."""

    name: str
    parts: dict[str, bytes]
    content_types: dict[str, str]
    """Part name -> content type (overrides and defaults resolved)."""
    main: str
    """The main document part, usually ``word/document.xml``."""
    relationships: list[Relationship] = field(default_factory=list)

    @property
    def external(self) -> list[Relationship]:
        """External relationships (hyperlinks, linked templates or images): listed, never followed."""
        return [r for r in self.relationships if r.external]

    def xml(self, part: str) -> etree._ElementTree:
        """A part parsed with the hardened parser; problems are located as ``FILE!/part``."""
        return parse_xml(self.parts[part], f"{self.name}!/{part}", what="XML part")

    def clean_bytes(self) -> bytes:
        """The checked parts in a fresh zip (fixed timestamps): what python-docx may open."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for part in ["[Content_Types].xml", *sorted(p for p in self.parts if p != "[Content_Types].xml")]:
                info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, self.parts[part])
        return buffer.getvalue()


def _name_problem(member: str) -> str | None:
    if not member or "\x00" in member:
        return "an empty name or a NUL character in a name"
    if "\\" in member:
        return "a backslash in a name (zip names use forward slashes)"
    if member.startswith("/") or _DRIVE.match(member):
        return "an absolute path"
    if any(piece == ".." for piece in member.split("/")):
        return "a name that escapes the package ('..')"
    return None


def _check_directory(name: str, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Every limit that the central directory alone can answer; refuses before inflating anything."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError.single(name, f"the zip has {len(infos):,} members; the limit is {MAX_MEMBERS:,}")
    problems: list[Problem] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        member = info.filename
        where = f"{name}!/{member}" if _name_problem(member) is None else name
        reason = _name_problem(member)
        if reason is not None:
            problems.append(Problem(name, 1, 1, (), f"member {member!r}: {reason}; refused"))
            continue
        folded = member.lower()  # OPC part names compare case-insensitively
        if folded in seen:
            problems.append(Problem(where, 1, 1, (), "this part name occurs twice in the zip; refused"))
            continue
        seen.add(folded)
        if info.flag_bits & 0x1:
            problems.append(
                Problem(where, 1, 1, (), "this part is encrypted; draftkit reads only unprotected documents")
            )
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            problems.append(
                Problem(where, 1, 1, (), f"compression method {info.compress_type} is not used by Word; refused")
            )
            continue
        if info.file_size > MAX_PART_BYTES:
            problems.append(
                Problem(
                    where,
                    1,
                    1,
                    (),
                    f"inflates to {info.file_size:,} bytes; the limit for one part is {MAX_PART_BYTES:,}",
                )
            )
            continue
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            problems.append(
                Problem(where, 1, 1, (), f"compressed {ratio:,} to 1 (a zip bomb?); the limit is {MAX_RATIO} to 1")
            )
            continue
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        problems.append(
            Problem(name, 1, 1, (), f"inflates to {total:,} bytes in all; the limit is {MAX_TOTAL_BYTES:,}")
        )
    if problems:
        raise InputError(problems)
    return infos


def _inflate(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    where = f"{name}!/{info.filename}"
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size or size > MAX_PART_BYTES:
                    raise InputError.single(where, "inflates beyond its declared size; refused")
                chunks.append(chunk)
    except zipfile.BadZipFile as error:
        reason = "the zip is truncated or corrupt" if "CRC" not in str(error) else "its checksum does not match"
        raise InputError.single(where, f"cannot be read: {reason}") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as error:
        raise InputError.single(where, f"cannot be read: {type(error).__name__}") from None
    except Exception as error:  # zlib.error and friends: a corrupt deflate stream
        if isinstance(error, InputError):
            raise
        raise InputError.single(where, "cannot be read: the compressed data is corrupt") from None
    if size != info.file_size:
        raise InputError.single(where, "cannot be read: the zip is truncated or corrupt")
    return b"".join(chunks)


def _content_types(package_name: str, parts: dict[str, bytes]) -> dict[str, str]:
    if "[Content_Types].xml" not in parts:
        raise InputError.single(
            package_name, "is a zip but not a Word document: it has no [Content_Types].xml part; expected a .docx"
        )
    where = f"{package_name}!/[Content_Types].xml"
    root = parse_xml(parts["[Content_Types].xml"], where, what="XML part").getroot()
    if root.tag != f"{{{_CT_NS}}}Types":
        raise InputError.single(where, "is not an OPC content-types part; expected a .docx", root.sourceline or 1)
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for element in root:
        kind = local_name(element)
        if kind == "Default":
            defaults[(element.get("Extension") or "").lower()] = element.get("ContentType") or ""
        elif kind == "Override":
            overrides[(element.get("PartName") or "").lstrip("/").lower()] = element.get("ContentType") or ""
    types: dict[str, str] = {}
    for part in parts:
        extension = part.rpartition(".")[2].lower() if "." in part.rpartition("/")[2] else ""
        found = overrides.get(part.lower(), defaults.get(extension))
        if found is not None:
            types[part] = found
    return types


def _rels_source(rels_part: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word/document.xml``; ``_rels/.rels`` -> ``""``."""
    folder, _, file = rels_part.rpartition("/")
    base = folder.rpartition("/")[0] if folder.endswith("_rels") else folder
    if folder == "_rels":
        base = ""
    source = file[: -len(".rels")]
    return f"{base}/{source}".lstrip("/") if source else ""


def _relationships(package_name: str, parts: dict[str, bytes]) -> tuple[list[Relationship], list[Problem]]:
    relationships: list[Relationship] = []
    problems: list[Problem] = []
    lowered = {p.lower(): p for p in parts}
    for rels_part in sorted(p for p in parts if p.endswith(".rels") and "_rels/" in f"/{p}"):
        where = f"{package_name}!/{rels_part}"
        root = parse_xml(parts[rels_part], where, what="XML part").getroot()
        if root.tag != f"{{{_RELS_NS}}}Relationships":
            problems.append(Problem(where, root.sourceline or 1, 1, (), "is not an OPC relationships part"))
            continue
        source = _rels_source(rels_part)
        base = source.rpartition("/")[0]
        for element in root:
            if local_name(element) != "Relationship":
                continue
            target = element.get("Target") or ""
            external = (element.get("TargetMode") or "Internal") == "External"
            rel_id = element.get("Id") or "?"
            kind = element.get("Type") or ""
            if not external:
                resolved = posixpath.normpath(
                    target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
                )
                if resolved.startswith("../") or resolved == "..":
                    problems.append(
                        Problem(
                            where, element.sourceline or 1, 1, (), f"relationship {rel_id} points outside the package"
                        )
                    )
                    continue
                if resolved.lower() not in lowered:
                    problems.append(
                        Problem(
                            where,
                            element.sourceline or 1,
                            1,
                            (),
                            f"relationship {rel_id} points at part '{resolved}', which is not in the package",
                        )
                    )
                    continue
                target = lowered[resolved.lower()]
            relationships.append(Relationship(source, rel_id, kind, target, external))
    return relationships, problems


def open_docx(source: Path | str | bytes, name: str | None = None) -> DocxPackage:
    """Check and read a Word package; every problem is a located ``InputError`` naming file and part."""
    if isinstance(source, bytes):
        data, shown = source, name or "<docx>"
        if len(data) > MAX_DOCX_BYTES:
            raise InputError.single(shown, f"file is {len(data):,} bytes; the limit is {MAX_DOCX_BYTES:,} bytes")
    else:
        shown = name or str(source)
        data = read_bytes(source, shown, limit=MAX_DOCX_BYTES, what=".docx file")
    if not data:
        raise InputError.single(shown, "is empty; expected a Word document (.docx)")
    if not data.startswith(b"PK"):
        hint = " (it looks like an old binary .doc: save it as .docx)" if data.startswith(b"\xd0\xcf\x11\xe0") else ""
        raise InputError.single(shown, f"is not a zip file, so not a Word document (.docx){hint}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InputError.single(shown, "is not a readable zip file (truncated or corrupt); expected a .docx") from None
    with archive:
        infos = _check_directory(shown, archive)
        parts = {info.filename: _inflate(shown, archive, info) for info in infos if not info.filename.endswith("/")}
    types = _content_types(shown, parts)
    problems: list[Problem] = []
    for part, content_type in types.items():
        if content_type == VBA_PROJECT or part.lower().endswith("vbaproject.bin"):
            problems.append(
                Problem(f"{shown}!/{part}", 1, 1, (), "the document contains macros; save it as a .docx without macros")
            )
    if "_rels/.rels" not in parts:
        raise InputError.single(shown, "is a zip but not a Word document: it has no _rels/.rels part; expected a .docx")
    relationships, rel_problems = _relationships(shown, parts)
    problems += rel_problems
    if problems:
        raise InputError(problems)
    mains = [r for r in relationships if r.source == "" and r.type in (OFFICE_DOCUMENT, OFFICE_DOCUMENT_STRICT)]
    if not mains:
        problems.append(Problem(f"{shown}!/_rels/.rels", 1, 1, (), "names no main document part; expected a .docx"))
        raise InputError(problems)
    main = mains[0].target
    main_type = types.get(main, "")
    if main_type in (WORD_MACRO_MAIN, WORD_MACRO_TEMPLATE_MAIN):
        problems.append(
            Problem(
                f"{shown}!/{main}",
                1,
                1,
                (),
                "is a macro-enabled Word document (.docm); save it as a .docx without macros",
            )
        )
    elif main_type not in (WORD_MAIN, WORD_TEMPLATE_MAIN):
        shown_type = main_type or "no content type"
        problems.append(
            Problem(
                f"{shown}!/{main}", 1, 1, (), f"has content type '{shown_type}', not a Word document; expected a .docx"
            )
        )
    if problems:
        raise InputError(problems)
    package = DocxPackage(shown, parts, types, main, relationships)
    for part, content_type in types.items():
        if content_type.endswith("+xml") or content_type.endswith("/xml") or part.endswith(".rels"):
            package.xml(part)  # every XML part through the hardened parser, now, not when someone reads it
    return package
