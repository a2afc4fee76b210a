"""Editing a .docx the way a person's editor leaves it: the helpers the Word importers' tests share.

:func:`main_part` and :func:`with_main_part` read and rewrite ``word/document.xml`` (every other part
kept byte for byte), :func:`edit_body` applies a change to the document's body; for bills,
:func:`resolve` accepts or rejects the tracked changes the way Word does, section by section, and
:func:`edit_text` types over words with changes off.

Accepting an insertion unwraps it (its runs stay); accepting a deletion removes it, and a paragraph
whose mark was deleted goes with it. Rejecting is the mirror image: an insertion is removed (a
paragraph whose mark was inserted goes, with any bookmark in it, as in Word), a deletion's text
comes back. ``decide(mark)`` says, for the section a change is in (the name of the section's hidden
bookmark, or "" before the first one), True (accept), False (reject) or None (leave it pending).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = "_dk_"
Decide = Callable[[str], bool | None]


def _unwrap(element: Any) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _mark_of(paragraph: Any, current: str) -> str:
    for mark in paragraph.iter(f"{W}bookmarkStart"):
        name = str(mark.get(f"{W}name") or "")
        if name.startswith(MARK):
            return name
    return current


def _resolve_paragraph(paragraph: Any, accept: bool) -> bool:
    """Resolve every change in one paragraph; False when the paragraph itself goes."""
    keep, drop = (f"{W}ins", f"{W}del") if accept else (f"{W}del", f"{W}ins")
    mark_change = paragraph.find(f"{W}pPr/{W}rPr/{drop}")
    for change in list(paragraph.iter(drop)):
        if change.getparent() is not None and change.getparent().tag != f"{W}rPr":
            change.getparent().remove(change)
    for change in list(paragraph.iter(keep)):
        parent = change.getparent()
        if parent is None:
            continue
        if parent.tag == f"{W}rPr":
            parent.remove(change)
            continue
        if not accept:
            for text in change.iter(f"{W}delText"):
                text.tag = f"{W}t"
        _unwrap(change)
    return mark_change is None


def main_part(data: bytes) -> Any:
    """The root element of the document's main part (``word/document.xml``)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return etree.fromstring(source.read("word/document.xml"))


def with_main_part(data: bytes, root: Any) -> bytes:
    """The .docx with ``root`` as its main part; every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(info, content)
    return out.getvalue()


def edit_body(data: bytes, change: Callable[[Any], None]) -> bytes:
    """The .docx after ``change(body)`` edited its ``w:body`` in place."""
    root = main_part(data)
    change(root.find(f"{W}body"))
    return with_main_part(data, root)


def resolve(data: bytes, decide: Decide) -> bytes:
    """The .docx with each section's tracked changes accepted, rejected or left, as ``decide`` says."""

    def each_section(body: Any) -> None:
        current = ""
        for paragraph in list(body.iter(f"{W}p")):
            current = _mark_of(paragraph, current)
            choice = decide(current)
            if choice is None:
                continue
            if not _resolve_paragraph(paragraph, choice):
                paragraph.getparent().remove(paragraph)

    return edit_body(data, each_section)


def everything(accept: bool) -> Decide:
    return lambda mark: accept


def edit_text(data: bytes, old: str, new: str) -> bytes:
    """Replace words inside one w:t of the document (the drafter typing over them, changes off)."""
    root = main_part(data)
    for text in root.iter(f"{W}t"):
        if text.text and old in text.text:
            text.text = text.text.replace(old, new, 1)
            break
    else:
        raise AssertionError(f"no run holds {old!r}")
    return with_main_part(data, root)
