"""Refuse text a Word document cannot hold, naming the field, before anything is written.

XML 1.0 cannot carry most C0 control characters, lone surrogates, U+FFFE or U+FFFF.
python-docx raises a bare ``ValueError`` on them and docxtpl silently drops them with
their neighbours; neither is acceptable for legal text, so they are found up front and
reported like any other input problem (``provisions[3].text[0].text: ...``, exit 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from draftkit.diagnostics import InputError, PathPart, Problem
from draftkit.source.document import SourceDocument

__all__ = ["ILLEGAL_XML", "check_xml_text", "illegal_strings"]

ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def illegal_strings(data: Any, path: tuple[PathPart, ...] = ()) -> Iterator[tuple[tuple[PathPart, ...], str]]:
    """(path, offending character) for every string in plain data that XML cannot hold."""
    if isinstance(data, str):
        match = ILLEGAL_XML.search(data)
        if match:
            yield path, match.group(0)
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from illegal_strings(key, path)
            yield from illegal_strings(value, (*path, str(key)))
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            yield from illegal_strings(value, (*path, index))


def _message(char: str) -> str:
    return (
        f"contains the character U+{ord(char):04X}, which a Word document cannot hold; "
        "remove it (draftkit does not drop characters silently)"
    )


def check_xml_text(
    items: list[tuple[str, Any]], document: SourceDocument | None = None, *, located: str | None = None
) -> None:
    """Raise ``InputError`` listing every field with an illegal character.

    ``items`` are (file name, plain data) pairs. When ``document`` is given, problems in
    the item named ``located`` get their line and column from it.
    """
    problems: list[Problem] = []
    for name, data in items:
        for path, char in illegal_strings(data):
            if document is not None and name == located:
                problems.append(document.problem(path, _message(char)))
            else:
                problems.append(Problem(name, 1, 1, path, _message(char)))
    if problems:
        raise InputError(problems)
