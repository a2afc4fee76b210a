"""``draftkit migrate``: rewrite a version 1 framework or catalog file as version 2, losslessly.

The rewrite is textual. A version 1 file differs from its version 2 form in two places only: the
version number, and each offence's ``mental_element: X``, which becomes ``mental_elements: [X]``
(:mod:`draftkit.source.upgrade`). The reader records where every key and value was written, so those
tokens are edited where they stand and every other character -- comments, blank lines, key order,
quoting, flow or block style, line endings, a byte-order mark -- is kept as it was. (A YAML
round-trip library such as ruamel.yaml keeps comments too, but re-emits what it touches and
normalises indentation, quoting and flow style around it; a drafter's diff would show more than
the migration.)

Nothing is trusted: the version 1 file is first validated as it would be read (upgraded in memory),
and the rewritten text is parsed again and must hold exactly the upgraded data. A file with problems
is not rewritten; every problem is reported, located in the original file.
"""

from __future__ import annotations

import codecs
import copy
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from draftkit.diagnostics import InputError, Problem
from draftkit.load.framework import framework_from_document
from draftkit.models import CatalogFile
from draftkit.source.document import Located, SourceDocument
from draftkit.source.files import kind_of, parse_text
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.source.text import read_text
from draftkit.source.upgrade import OLD_FAULT_KEY, is_version_1, node_at, renames, upgrade_document

__all__ = ["Migration", "migrate_file", "migrate_text"]


@dataclass(frozen=True)
class Migration:
    """The outcome for one file: its new text, or why it was left as it is."""

    name: str
    text: str
    changed: bool
    kind: str
    """``framework``, ``catalog`` or ``rulepack``."""
    rewritten: int = 0
    """How many ``mental_element`` entries became ``mental_elements``."""
    note: str = ""


def _quoted_end(text: str, start: int) -> int | None:
    """End offset of the quoted scalar starting at ``start`` (YAML or JSON quoting)."""
    quote = text[start]
    index = start + 1
    while index < len(text):
        char = text[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and text.startswith("''", index):
                index += 2
                continue
            return index + 1
        index += 1
    return None


def _scalar_span(text: str, start: int, value: str) -> tuple[int, int] | None:
    """(start, end) of the token that wrote ``value`` at ``start``, if it can be told for certain."""
    if start < len(text) and text[start] in "'\"":
        end = _quoted_end(text, start)
        return None if end is None else (start, end)
    if text.startswith(value, start):
        return start, start + len(value)
    return None


def _key_end(text: str, start: int, key: str) -> int | None:
    """Offset just after the characters of ``key`` (inside its quotes, if quoted) at ``start``."""
    if text.startswith(key, start):
        return start + len(key)
    if start < len(text) and text[start] in "'\"" and text.startswith(key, start + 1):
        return start + 1 + len(key)
    return None


def _edits(document: SourceDocument) -> tuple[list[tuple[int, int, str]], list[Problem]]:
    """Text edits (start, end, replacement) that turn the document into version 2."""
    text = document.text
    edits: list[tuple[int, int, str]] = []
    problems: list[Problem] = []
    data = document.data
    for path, value in renames(data):
        node = node_at(document.located, path)
        if not isinstance(node, Located) or node.keys is None or not isinstance(node.children, dict):
            problems.append(document.problem((*path, OLD_FAULT_KEY), "cannot be rewritten here: nested too deeply"))
            continue
        key_at = node.keys.get(OLD_FAULT_KEY)
        value_node = node.children.get(OLD_FAULT_KEY)
        key_end = None if key_at is None else _key_end(text, key_at, OLD_FAULT_KEY)
        span = None
        if isinstance(value_node, int) and isinstance(value, str):
            span = _scalar_span(text, value_node, value)
        if key_end is None or span is None:
            problems.append(
                document.problem(
                    (*path, OLD_FAULT_KEY),
                    "cannot be rewritten in place; write it as mental_elements: [VALUE] by hand",
                )
            )
            continue
        edits.append((key_end, key_end, "s"))
        edits.append((span[0], span[0], "["))
        edits.append((span[1], span[1], "]"))
    if isinstance(data, dict) and "draftkit" in data:
        version_at = node_at(document.located, ("draftkit",))
        span = _scalar_span(text, version_at, "1") if isinstance(version_at, int) else None
        if span is None:
            problems.append(document.problem(("draftkit",), "cannot be rewritten in place; write draftkit: 2 by hand"))
        else:
            edits.append((span[0], span[1], "2"))
    else:
        edits.append(_version_insertion(document))
    return edits, problems


def _version_insertion(document: SourceDocument) -> tuple[int, int, str]:
    """An edit that declares ``draftkit: 2`` first in a document that declares no version."""
    text = document.text
    root = document.located
    start = root.offset if isinstance(root, Located) else 0
    if start < len(text) and text[start] == "{":  # JSON, or a YAML flow mapping
        is_json = document.name.lower().endswith(".json")
        return start + 1, start + 1, '"draftkit": 2, ' if is_json else "draftkit: 2, "
    line_start = text.rfind("\n", 0, start) + 1
    return line_start, line_start, "draftkit: 2\n"


def _validate(document: SourceDocument, kind: str) -> list[Problem]:
    """Every problem the upgraded document has, located in the original text."""
    if kind == "catalog":
        try:
            CatalogFile.model_validate(document.data)
        except ValidationError as error:
            return problems_from_validation_error(error, document, CatalogFile)
        return []
    try:
        framework_from_document(document)
    except InputError as error:
        return error.problems
    return []


def migrate_text(text: str, name: str) -> Migration:
    """Migrate one file's text; raises ``InputError`` with every problem if it cannot be done safely."""
    document = parse_text(text, name)
    data = document.data
    kind = kind_of(data)
    if kind == "rulepack":
        return Migration(name, text, False, kind, note="a rule pack: its format did not change")
    if not isinstance(data, dict):
        raise InputError([document.problem((), "expected a mapping (a framework or a catalog file)")])
    version = data.get("draftkit")
    if type(version) is int and version == 2:
        return Migration(name, text, False, kind, note="already version 2")
    if not is_version_1(data) and "draftkit" in data:
        raise InputError([document.problem(("draftkit",), f"expected format version 1 to migrate; got {version!r}")])
    upgraded = SourceDocument(name, copy.deepcopy(data), copy.deepcopy(document.located), text)
    upgrade_document(upgraded)
    if "draftkit" not in upgraded.data:
        upgraded.data = {"draftkit": 2, **upgraded.data}
    problems = _validate(upgraded, kind)
    if problems:
        raise InputError(problems)
    edits, edit_problems = _edits(document)
    if edit_problems and name.lower().endswith(".json"):
        # JSON is located by reading it as YAML, which refuses some JSON text (C1 controls): such a
        # file is written out again whole. JSON holds no comments, so only its layout can change.
        out = json.dumps(upgraded.data, indent=2, ensure_ascii=False) + "\n"
        edits = [(0, 0, "s")] * len(renames(data))
    elif edit_problems:
        raise InputError(edit_problems)
    else:
        out = text
        for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            out = out[:start] + replacement + out[end:]
    reread = parse_text(out, name)
    if reread.data != upgraded.data:
        raise InputError(
            [document.problem((), "the rewritten file would not read as this file does; it was left unchanged")]
        )
    count = len([e for e in edits if e[2] == "s"])
    return Migration(name, out, True, kind, rewritten=count)


def _encode(text: str, raw: bytes) -> bytes:
    """``text`` in the encoding ``raw`` was read in (UTF-8, with its BOM if it had one, or UTF-16)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        bom = raw[:2]
        return bom + text.encode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be")
    if raw.startswith(codecs.BOM_UTF8):
        return codecs.BOM_UTF8 + text.encode("utf-8")
    return text.encode("utf-8")


def migrate_file(path: Path) -> tuple[Migration, bytes]:
    """(the migration, the bytes to write) for one file; nothing is written here."""
    shown = str(path)
    text = read_text(path, shown)  # the same refusals (missing, too large, binary, bad encoding) as any read
    raw = path.read_bytes()
    migration = migrate_text(text, shown)
    return migration, _encode(migration.text, raw) if migration.changed else raw
