"""YAML (and JSON) to plain data with a mark for every value, at bounded cost.

Why not ``yaml.safe_load``: it forgets where values came from, silently keeps the
last of two duplicate keys, reads ``NO`` (Norway) as ``False`` and bare dates as
dates (YAML 1.1), and expands alias bombs without limit. This module walks the
parser's event stream with an explicit stack instead (no recursion, so deep
nesting cannot crash it) and resolves plain scalars by the YAML 1.2 core schema:

- ``true``/``false`` (any case as in the spec) are booleans; ``yes``/``no``/``on``/``off`` are text;
- ``null``, ``~`` and an empty value are null;
- decimal integers (``42``, ``-7``) and decimal fractions with a point (``2.5``, ``1.0e+3``)
  are numbers; ``.inf`` and ``.nan`` too;
- everything else, including ``2024-01-31``, ``0x1F`` and ``1e5``, is text (dates are
  parsed by the model where a date is expected).

Every plain scalar this reads as a non-string is also a non-string to YAML 1.1, so a
file written by any YAML 1.1 emitter (PyYAML's ``safe_dump``) reads back unchanged.

Explicit tags other than the core ``!!str``, ``!!int``, ``!!float``, ``!!bool``,
``!!null``, ``!!map`` and ``!!seq`` are refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from draftkit.load.document import Mark, SourceDocument
from draftkit.load.errors import InputError, PathPart, Problem

__all__ = ["MAX_DEPTH", "MAX_NODES", "MAX_SCALAR_CHARS", "parse_json", "parse_yaml"]

MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted; real frameworks use fewer than 10 levels."""
MAX_NODES = 500_000
"""Most values one document may expand to, aliases included (stops alias bombs)."""
MAX_SCALAR_CHARS = 200_000
"""Longest single string accepted (about 30,000 words of one provision)."""

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_CORE = "tag:yaml.org,2002:"
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+][0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


def _resolve_plain(value: str) -> Any:
    if _NULL.match(value):
        return None
    if _BOOL.match(value):
        return value.lower() == "true"
    if _INT10.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


@dataclass
class _Frame:
    container: dict[Any, Any] | list[Any]
    path: tuple[PathPart, ...]
    anchor: str | None
    pending_key: Any = None
    pending_key_mark: Mark | None = None
    has_key: bool = False


def _mark(event: Any) -> Mark:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.marks: dict[tuple[PathPart, ...], Mark] = {}
        self.key_marks: dict[tuple[PathPart, ...], Mark] = {}
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.problems: list[Problem] = []
        self.nodes = 0

    def fail(self, mark: Mark, path: tuple[PathPart, ...], message: str) -> InputError:
        return InputError([*self.problems, Problem(self.name, mark[0], mark[1], path, message)])

    def scalar(self, event: Any, path: tuple[PathPart, ...]) -> Any:
        value: str = event.value
        if len(value) > MAX_SCALAR_CHARS:
            raise self.fail(
                _mark(event),
                path,
                f"text of {len(value):,} characters exceeds the limit of {MAX_SCALAR_CHARS:,}",
            )
        tag = event.tag
        if tag is None or tag == "!":
            plain = event.implicit[0] and not event.style
            return _resolve_plain(value) if plain else value
        if tag == _CORE + "str":
            return value
        if tag in (_CORE + "int", _CORE + "float", _CORE + "bool", _CORE + "null"):
            resolved = _resolve_plain(value)
            expectations: dict[str, type | tuple[type, ...]] = {
                _CORE + "int": int,
                _CORE + "float": (int, float),
                _CORE + "bool": bool,
                _CORE + "null": type(None),
            }
            expected = expectations[tag]
            if isinstance(resolved, bool) and tag != _CORE + "bool":
                resolved = value
            if not isinstance(resolved, expected):
                raise self.fail(_mark(event), path, f"'{value}' cannot be read as {tag.rsplit(':', 1)[-1]}")
            return float(resolved) if isinstance(resolved, int) and tag == _CORE + "float" else resolved
        raise self.fail(_mark(event), path, f"the YAML tag {tag} is not supported")

    def count(self, amount: int, mark: Mark, path: tuple[PathPart, ...]) -> None:
        self.nodes += amount
        if self.nodes > MAX_NODES:
            raise self.fail(
                mark,
                path,
                f"document expands to more than {MAX_NODES:,} values (alias expansion?); refused",
            )

    def build(self, text: str) -> SourceDocument:
        stack: list[_Frame] = []
        root: Any = None
        root_set = False
        documents = 0
        try:
            for event in yaml.parse(text, Loader=_LOADER):
                if isinstance(event, yaml.DocumentStartEvent):
                    documents += 1
                    if documents > 1:
                        raise self.fail(_mark(event), (), "only one YAML document per file is allowed")
                    continue
                if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                    continue
                if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    frame = stack.pop()
                    if frame.anchor is not None:
                        self.anchors[frame.anchor] = (frame.container, self._size(frame.container))
                    value = frame.container
                    if not stack:
                        root, root_set = value, True
                    else:
                        self._attach(stack[-1], value, frame.path, None, event)
                    continue
                # a node starts: find its path
                parent = stack[-1] if stack else None
                path = self._child_path(parent, event)
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    if event.tag not in (None, "!", _CORE + "map", _CORE + "seq"):
                        raise self.fail(_mark(event), path, f"the YAML tag {event.tag} is not supported")
                    if len(stack) >= MAX_DEPTH:
                        raise self.fail(_mark(event), path, f"nesting deeper than {MAX_DEPTH} levels; refused")
                    if parent is not None and isinstance(parent.container, dict) and not parent.has_key:
                        raise self.fail(_mark(event), path, "a mapping or list cannot be used as a key")
                    self.count(1, _mark(event), path)
                    container: dict[Any, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
                    self.marks[path] = _mark(event)
                    stack.append(_Frame(container, path, event.anchor))
                    continue
                if isinstance(event, yaml.AliasEvent):
                    if event.anchor not in self.anchors:
                        raise self.fail(_mark(event), path, f"unknown alias *{event.anchor}")
                    value, size = self.anchors[event.anchor]
                    self.count(size, _mark(event), path)
                else:  # ScalarEvent
                    self.count(1, _mark(event), path)
                    value = self.scalar(event, path)
                    anchor = getattr(event, "anchor", None)
                    if anchor is not None:
                        self.anchors[anchor] = (value, 1)
                if parent is None:
                    root, root_set = value, True
                    self.marks[()] = _mark(event)
                else:
                    self._attach(parent, value, path, _mark(event), event)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            problem = (error.problem or error.context or "invalid YAML").strip()
            if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
                problem += " (a tab: YAML is indented with spaces only)"
            raise InputError(
                [*self.problems, Problem(self.name, line, column, (), f"invalid YAML: {problem}")]
            ) from None
        except yaml.YAMLError as error:
            raise InputError([*self.problems, Problem(self.name, 1, 1, (), f"invalid YAML: {error}")]) from None
        except RecursionError:
            raise InputError([Problem(self.name, 1, 1, (), "nesting too deep; refused")]) from None
        if self.problems:
            raise InputError(self.problems)
        if not root_set:
            root = None
        self.marks.setdefault((), (1, 1))
        return SourceDocument(self.name, root, self.marks, self.key_marks)

    @staticmethod
    def _size(value: Any) -> int:
        # size of an anchored subtree, counted without recursion
        total, todo = 0, [value]
        while todo:
            item = todo.pop()
            total += 1
            if isinstance(item, dict):
                todo.extend(item.values())
            elif isinstance(item, list):
                todo.extend(item)
            if total > MAX_NODES:
                break
        return total

    @staticmethod
    def _child_path(parent: _Frame | None, event: Any) -> tuple[PathPart, ...]:
        if parent is None:
            return ()
        if isinstance(parent.container, list):
            return (*parent.path, len(parent.container))
        if parent.has_key:
            key = parent.pending_key
            return (*parent.path, key if isinstance(key, (str, int)) else str(key))
        return (*parent.path, "<key>")

    def _attach(self, frame: _Frame, value: Any, path: tuple[PathPart, ...], mark: Mark | None, event: Any) -> None:
        if isinstance(frame.container, list):
            frame.container.append(value)
            if mark is not None:
                self.marks[path] = mark
            return
        if not frame.has_key:
            # value is a key
            key_mark = mark or _mark(event)
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                raise self.fail(key_mark, frame.path, "a mapping or list cannot be used as a key")
            key = (
                value
                if isinstance(value, str)
                else ("null" if value is None else str(value).lower() if isinstance(value, bool) else str(value))
            )
            frame.pending_key, frame.pending_key_mark, frame.has_key = key, key_mark, True
            return
        key = frame.pending_key
        key_path = (*frame.path, key)
        if key in frame.container:
            first = self.key_marks.get(key_path, (0, 0))
            assert frame.pending_key_mark is not None
            self.problems.append(
                Problem(
                    self.name,
                    frame.pending_key_mark[0],
                    frame.pending_key_mark[1],
                    key_path,
                    f"duplicate key '{key}' (first written at line {first[0]}); each key may appear once",
                )
            )
        else:
            frame.container[key] = value
            assert frame.pending_key_mark is not None
            self.key_marks[key_path] = frame.pending_key_mark
            if mark is not None:
                self.marks[key_path] = mark
        frame.has_key = False
        frame.pending_key = None


def parse_yaml(text: str, name: str) -> SourceDocument:
    """Parse one YAML document into plain data with marks; raise InputError on any problem."""
    return _Builder(name).build(text)


def parse_json(text: str, name: str) -> SourceDocument:
    """Parse JSON exactly (``json`` module); marks come from reading it as YAML flow, best effort."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError.single(name, f"invalid JSON: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
        raise InputError.single(name, "nesting too deep; refused") from None
    try:
        located = parse_yaml(text, name)
        marks, key_marks = located.marks, located.key_marks
    except InputError:
        marks, key_marks = {(): (1, 1)}, {}
    return SourceDocument(name, data, marks, key_marks)
