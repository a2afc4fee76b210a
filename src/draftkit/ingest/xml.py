"""XML from outside, parsed so that it cannot be turned against the user.

Every importer that reads XML (Akoma Ntoso files, the parts of a ``.docx``) parses it here,
with one locked-down lxml parser and the same limits:

- **No document type declarations at all.** A ``<!DOCTYPE`` is where every XML attack lives:
  external entities that pull a local file or a URL into the text (XXE), entity expansion
  ("billion laughs", quadratic blow-up), external DTDs fetched over the network. Akoma Ntoso
  and OOXML never need one, so a document that has one is refused with a located message,
  whatever it declares.
- **Even before that refusal, nothing is resolved or fetched:** the parser runs with
  ``resolve_entities=False``, ``no_network=True``, ``load_dtd=False``, ``dtd_validation=False``
  and ``huge_tree=False`` (libxml2's own caps: 256 levels of nesting, 10 MB in one text node,
  entity amplification refused), so the content of an entity never reaches the tree, the
  output or an error message.
- **Bounded input:** at most ``MAX_XML_BYTES`` bytes are read (the file is refused before it is
  read whole), at most ``MAX_XML_DEPTH`` levels of elements, at most ``MAX_XML_ELEMENTS``
  elements, at most ``MAX_TEXT_CHARS`` characters in one text node.

Why lxml rather than defusedxml (measured with lxml 6.1.3 / libxml2 2.14.6, Python 3.11, on the
hostile corpus in ``tests/hostile_import``): both refuse billion laughs and quadratic blow-up in
under 10 ms and both keep an external entity's content out of the tree; but defusedxml returns
``xml.etree`` elements, which carry no line numbers, so an importer could not say *where* in the
file a section lacks its number; and it has no depth limit (5,000 nested elements parse, 91 ms,
where libxml2 stops at 256). lxml is already installed with python-docx. defusedxml's lxml
flavour is deprecated by its authors.

python-docx, which later reads the Word parts, parses with ``XMLParser(remove_blank_text=True,
resolve_entities=False)`` and lxml's defaults otherwise (``no_network=True``, ``load_dtd=False``,
``huge_tree=False``): entities are not resolved and nothing is fetched, but a DOCTYPE is accepted
and the zip container is not bounded at all. That is why draftkit checks every ``.docx`` with
:mod:`draftkit.ingest.docx` (sizes, names, parts, and every XML part parsed here) before
python-docx sees it.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from draftkit.diagnostics import InputError, Problem

__all__ = [
    "MAX_TEXT_CHARS",
    "MAX_XML_BYTES",
    "MAX_XML_DEPTH",
    "MAX_XML_ELEMENTS",
    "local_name",
    "parse_xml",
    "read_bytes",
]

MAX_XML_BYTES = 20 * 1024 * 1024
"""Largest XML document accepted (20 MiB): a consolidated penal code in Akoma Ntoso is 2 to 5 MB."""
MAX_XML_DEPTH = 100
"""Deepest element nesting accepted. Akoma Ntoso acts nest about 15 levels (act, body, part,
chapter, section, subsection, paragraph, content, p, inline), quoted structures a few more."""
MAX_XML_ELEMENTS = 500_000
"""Most elements accepted in one document: far above any statute, far below a memory problem."""
MAX_TEXT_CHARS = 1_000_000
"""Longest text node accepted."""


def read_bytes(path: Path | str, name: str | None = None, *, limit: int = MAX_XML_BYTES, what: str = "file") -> bytes:
    """The bytes of ``path``; a located ``InputError`` if it is missing, unreadable or over ``limit``."""
    path = Path(path)
    shown = name or str(path)
    try:
        if path.is_dir():
            raise InputError.single(shown, f"is a directory, expected a {what}")
        size = path.stat().st_size
        if size > limit:
            raise InputError.single(shown, f"file is {size:,} bytes; the limit is {limit:,} bytes")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise InputError.single(shown, "no such file") from None
    except PermissionError:
        raise InputError.single(shown, "permission denied: the file cannot be read") from None
    except OSError as error:
        raise InputError.single(shown, f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:  # grew while we looked
        raise InputError.single(shown, f"file is larger than the limit of {limit:,} bytes")
    return data


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def local_name(element: etree._Element) -> str:
    """``{ns}section`` -> ``section``; comments and other non-elements give ``""``."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def _syntax_message(message: str) -> str:
    """libxml2's message without its trailing location (we give our own) and without quoting input."""
    text = message.split(", line ", 1)[0].strip()
    if "amplification" in text or "Detected an entity reference loop" in text:
        return "entity expansion blows up (a 'billion laughs' document?); refused"
    if "Excessive depth" in text:
        return f"elements nested deeper than {MAX_XML_DEPTH} levels; refused"
    if len(text) > 200:
        text = text[:200] + "..."
    return f"not well-formed XML: {text}"


_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def _find_doctype(data: bytes) -> tuple[int, int] | None:
    """Line and column of a ``<!DOCTYPE`` (UTF-8 or UTF-16), found before the parser ever sees it.

    libxml2 tries to load an external DTD named by a DOCTYPE even with ``load_dtd=False``
    (measured: ``no_network`` then stops a URL), so the declaration is refused up front.
    """
    for pattern in _DOCTYPES:
        at = data.find(pattern)
        if at >= 0:
            step = 2 if len(pattern) > 9 else 1
            newline = "\n".encode("utf-16-le" if pattern[1:2] == b"\0" else "utf-16-be") if step == 2 else b"\n"
            line = data.count(newline, 0, at) + 1
            column = (at - (data.rfind(newline, 0, at) + len(newline))) // step + 1 if line > 1 else at // step + 1
            return line, max(column, 1)
    return None


def parse_xml(data: bytes, name: str, *, what: str = "XML document") -> etree._ElementTree:
    """Parse ``data`` (named ``name`` in messages) with the locked-down parser and check the limits.

    Raises ``InputError`` with a located problem for malformed XML, a DOCTYPE, or a limit
    exceeded; returns the tree otherwise. Line numbers of elements are kept (``sourceline``).
    """
    if len(data) > MAX_XML_BYTES:
        raise InputError.single(name, f"{what} is {len(data):,} bytes; the limit is {MAX_XML_BYTES:,} bytes")
    if not data.strip():
        raise InputError.single(name, f"is empty; expected an {what}")
    doctype = _find_doctype(data)
    if doctype is not None:
        raise InputError.single(
            name,
            "has a document type declaration (<!DOCTYPE ...>); draftkit refuses DTDs in imported files, "
            "because they can pull in other files or expand without limit. Remove the declaration.",
            *doctype,
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (error.lineno or 1, 1)
        raise InputError.single(name, _syntax_message(error.msg or str(error)), max(line, 1), max(column, 1)) from None
    except ValueError as error:  # e.g. a str with an encoding declaration; bytes never do this
        raise InputError.single(name, f"not well-formed XML: {error}") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError.single(
            name,
            "has a document type declaration (<!DOCTYPE ...>); draftkit refuses DTDs in imported files, "
            "because they can pull in other files or expand without limit. Remove the declaration.",
            1,
            1,
        )
    _check_limits(root, name)
    return tree


_DEEPER = etree.XPath("(" + "/".join(["*"] * MAX_XML_DEPTH) + ")[1]")
"""The first element nested deeper than the limit (the root is level 1), found by libxml2 itself."""
_COUNT = etree.XPath("count(descendant-or-self::*)")
_LONG_TEXTS = etree.XPath(f"descendant-or-self::text()[string-length() > {MAX_TEXT_CHARS}]")


def _check_limits(root: etree._Element, name: str) -> None:
    """The element count, depth and text-length limits, checked by XPath in C: a walk in Python cost
    15 ms a Word part, and a bill being imported is drafted again and read back (30 parts)."""
    if _COUNT(root) > MAX_XML_ELEMENTS:
        raise InputError.single(name, f"more than {MAX_XML_ELEMENTS:,} elements; refused")
    deeper = _DEEPER(root)
    if deeper:
        line = deeper[0].sourceline or 1
        raise InputError.single(name, f"elements nested deeper than {MAX_XML_DEPTH} levels; refused", line)
    problems = [
        Problem(
            name,
            (text.getparent().sourceline if text.getparent() is not None else None) or 1,
            1,
            (),
            f"a text of {len(text):,} characters exceeds the limit of {MAX_TEXT_CHARS:,}",
        )
        for text in _LONG_TEXTS(root)
    ]
    if problems:
        raise InputError(problems[:20])
