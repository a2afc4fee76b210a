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

Limits (each refused with a located message, never by running out of time or memory):
at most ``MAX_DEPTH`` levels of nesting, ``MAX_NODES`` values after alias expansion,
``MAX_SCALAR_CHARS`` characters in one string, integers of at most 4,300 digits.
Marks are recorded down to ``MARK_DEPTH`` levels (deeper values are located at their
ancestor), which keeps memory linear in the size of the file. JSON files are held to the
same limits, and their duplicate keys are reported like YAML's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from draftkit.diagnostics import InputError, PathPart, Problem
from draftkit.source.document import LineIndex, Located, Mark, SourceDocument

__all__ = ["MARK_DEPTH", "MAX_DEPTH", "MAX_NODES", "MAX_SCALAR_CHARS", "parse_json", "parse_yaml"]

MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted; real frameworks use fewer than 10 levels."""
MAX_NODES = 250_000
"""Most values one document may expand to, aliases included (stops alias bombs).

Real frameworks hold about one value per 35 bytes, so the 5 MiB size limit binds first;
this limit binds only on aliases or files of tiny values, and keeps reading under a second."""
MAX_SCALAR_CHARS = 200_000
"""Longest single string accepted (about 30,000 words of one provision)."""
MARK_DEPTH = 24
"""Deepest path that gets its own mark; real files are at most about 13 levels deep."""

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_CORE = "tag:yaml.org,2002:"
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+][0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


_MAYBE_NOT_TEXT = frozenset("~nNtTfF-+.0123456789")
"""The first characters of a plain scalar that may read as something other than text."""
_KEYWORD_INITIALS = frozenset("nNtTfF")
_KEYWORDS: dict[str, bool | None] = {
    **dict.fromkeys(("null", "Null", "NULL"), None),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
}
"""The plain words that are not text (YAML 1.2 core schema); any other word opening with n, t or f is text."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def _resolve_plain(value: str) -> Any:
    if not value:
        return None
    if value[0] not in _MAYBE_NOT_TEXT:
        return value  # fast path: most plain scalars are words
    if value[0] in _KEYWORD_INITIALS:
        return _KEYWORDS.get(value, value)
    if value == "~":
        return None
    if _INT10.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


@dataclass(slots=True)
class _Frame:
    container: Any
    """The mapping (a dict) or the list being read; ``is_list`` says which (typed ``Any`` for the hot loop)."""
    path: tuple[PathPart, ...]
    anchor: str | None
    deep: bool
    """Deeper than MARK_DEPTH: children share this frame's path and get no marks of their own."""
    node: Located
    is_list: bool
    children: Any
    """``node.children``: where each child starts (a dict or a list like the container), ``None`` when deep."""
    key_offsets: dict[Any, int]
    """Where each key of this mapping was written, for "first written at line N" (empty for a list)."""
    pending_key: Any = None
    pending_key_offset: int = 0
    has_key: bool = False


def _path(parent: _Frame | None) -> tuple[PathPart, ...]:
    """The path of the node that starts now under ``parent``: built only for containers and messages."""
    if parent is None:
        return ()
    if parent.deep:
        return parent.path
    if parent.is_list:
        return (*parent.path, len(parent.container))
    if parent.has_key:
        key = parent.pending_key
        return (*parent.path, key if isinstance(key, (str, int)) else str(key))
    return (*parent.path, "<key>")


def _offset(event: Any) -> int:
    """Where the event starts, as a character offset (libyaml counts characters, as Python does)."""
    return int(event.start_mark.index)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _position(text: str, index: int) -> Mark:
    """(line, column) of a character index, counting line breaks as libyaml does."""
    return LineIndex(text).position(index)


_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    _CORE + "int": int,
    _CORE + "float": (int, float),
    _CORE + "bool": bool,
    _CORE + "null": type(None),
}


class _ScalarProblem(Exception):
    """A scalar that cannot be read; its message, located by the caller."""


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.located: Located | int | None = None
        self.lines = LineIndex("")
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.problems: list[Problem] = []
        self.nodes = 0

    def position(self, offset: int) -> Mark:
        return self.lines.position(offset)

    def fail(self, offset: int, path: tuple[PathPart, ...], message: str) -> InputError:
        line, column = self.position(offset)
        return InputError([*self.problems, Problem(self.name, line, column, path, message)])

    def scalar(self, event: Any, parent: _Frame | None) -> Any:
        """A scalar that is not plain text; ``parent`` gives its path if a message needs one."""
        try:
            return self._scalar(event)
        except _ScalarProblem as problem:
            raise self.fail(_offset(event), _path(parent), str(problem)) from None

    @staticmethod
    def _scalar(event: Any) -> Any:
        value: str = event.value
        if len(value) > MAX_SCALAR_CHARS:
            raise _ScalarProblem(f"text of {len(value):,} characters exceeds the limit of {MAX_SCALAR_CHARS:,}")
        tag = event.tag
        try:
            if tag is None or tag == "!":
                plain = event.implicit[0] and not event.style
                return _resolve_plain(value) if plain else value
            if tag == _CORE + "str":
                return value
            expected = _TAG_TYPES.get(tag)
            if expected is None:
                raise _ScalarProblem(f"the YAML tag {tag} is not supported")
            resolved = _resolve_plain(value)
        except ValueError:  # an integer beyond Python's digit limit for int()
            raise _ScalarProblem(
                f"a number of {len(value):,} digits is too long to read; put it in quotes if it is text"
            ) from None
        if isinstance(resolved, bool) and tag != _CORE + "bool":
            resolved = value
        if not isinstance(resolved, expected):
            raise _ScalarProblem(f"'{value}' cannot be read as {tag.rsplit(':', 1)[-1]}")
        return float(resolved) if isinstance(resolved, int) and tag == _CORE + "float" else resolved

    def too_many(self, offset: int, path: tuple[PathPart, ...]) -> InputError:
        return self.fail(
            offset, path, f"document expands to more than {MAX_NODES:,} values (alias expansion?); refused"
        )

    def build(self, text: str) -> SourceDocument:
        self.lines = LineIndex(text)
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            line, column = _position(text, surrogate.start())
            raise InputError(
                [
                    Problem(
                        self.name,
                        line,
                        column,
                        (),
                        f"contains a lone surrogate U+{ord(surrogate.group()):04X}, "
                        "which is not a character; no file or document can hold it",
                    )
                ]
            )
        try:
            root, root_set = self._events(text)
        except yaml.reader.ReaderError as error:
            index = len(text.encode("utf-8")[: error.position].decode("utf-8", "ignore"))
            line, column = _position(text, index)
            char = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "?")
            raise InputError(
                [
                    *self.problems,
                    Problem(
                        self.name,
                        line,
                        column,
                        (),
                        f"invalid YAML: the control character U+{char:04X} is not allowed in a YAML file; remove it",
                    ),
                ]
            ) from None
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            problem = _one_line(error.problem or error.context or "invalid YAML")
            if "maximum nesting depth" in problem:  # libyaml >= 0.2.6 stops at 1,000 levels, before us
                raise InputError(
                    [
                        *self.problems,
                        Problem(self.name, line, column, (), f"nesting deeper than {MAX_DEPTH} levels; refused"),
                    ]
                ) from None
            if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
                problem += " (a tab: YAML is indented with spaces only)"
            raise InputError(
                [*self.problems, Problem(self.name, line, column, (), f"invalid YAML: {problem}")]
            ) from None
        except yaml.YAMLError as error:
            raise InputError(
                [*self.problems, Problem(self.name, 1, 1, (), f"invalid YAML: {_one_line(str(error))}")]
            ) from None
        except RecursionError:
            raise InputError(
                [Problem(self.name, 1, 1, (), f"nesting deeper than {MAX_DEPTH} levels; refused")]
            ) from None
        if self.problems:
            raise InputError(self.problems)
        if not root_set:
            root = None
        return SourceDocument(self.name, root, self.located, text)

    def _events(self, text: str) -> tuple[Any, bool]:
        """Walk the event stream with an explicit stack: the hot loop of every load, kept lean.

        Where each value starts is recorded as an offset in a tree shaped like the data
        (``Located``); paths are built for containers only, and for the node a message is about.
        A scalar, most of the events, is put into its parent here rather than by a call; the
        rarer cases (a key that is not text, a duplicate key, a container ending) go through
        :meth:`_attach`.
        """
        stack: list[_Frame] = []
        root: Any = None
        root_set = False
        documents = 0
        nodes = 0
        anchors = self.anchors
        maybe_not_text, keyword_initials, keywords = _MAYBE_NOT_TEXT, _KEYWORD_INITIALS, _KEYWORDS
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
        document_start, stream_end = yaml.DocumentStartEvent, yaml.StreamEndEvent
        loader = _LOADER(text)
        try:
            get_event = loader.get_event
            while True:
                event: Any = get_event()
                kind = type(event)
                if kind is scalar_event or kind is alias_event:
                    parent = stack[-1] if stack else None
                    mark = event.start_mark.index  # an offset: lines and columns only where a message needs them
                    nodes += 1
                    if kind is scalar_event:
                        value = event.value
                        if not (
                            event.tag is None
                            and event.implicit[0]
                            and not event.style
                            and value
                            and (
                                value[0] not in maybe_not_text
                                or (value[0] in keyword_initials and value not in keywords)
                            )
                            and len(value) <= MAX_SCALAR_CHARS
                        ):
                            value = self.scalar(event, parent)  # plain text (the common case) is taken as it is
                        if event.anchor is not None:
                            anchors[event.anchor] = (value, 1)
                    else:
                        if event.anchor not in anchors:
                            raise self.fail(mark, _path(parent), f"unknown alias *{event.anchor}")
                        value, size = anchors[event.anchor]
                        nodes += size - 1
                    if nodes > MAX_NODES:
                        raise self.too_many(mark, _path(parent))
                    if parent is None:
                        root, root_set = value, True
                        self.located = mark
                    elif parent.is_list:
                        parent.container.append(value)
                        if parent.children is not None:  # None when deep
                            parent.children.append(mark)
                    elif parent.has_key and parent.pending_key not in parent.container:
                        key = parent.pending_key
                        parent.container[key] = value
                        parent.key_offsets[key] = parent.pending_key_offset
                        if parent.children is not None:
                            parent.children[key] = mark
                        parent.has_key = False
                        parent.pending_key = None
                    elif not parent.has_key and type(value) is str:
                        parent.pending_key, parent.pending_key_offset, parent.has_key = value, mark, True
                    else:  # a key that is not text, or a duplicate key
                        self._attach(parent, value, mark, event)
                elif kind is mapping_end or kind is sequence_end:
                    frame = stack.pop()
                    if frame.anchor is not None:
                        anchors[frame.anchor] = (frame.container, self._size(frame.container))
                    if not stack:
                        root, root_set = frame.container, True
                    else:
                        self._attach(stack[-1], frame.container, None, event)
                elif kind is mapping_start or kind is sequence_start:
                    parent = stack[-1] if stack else None
                    mark = event.start_mark.index
                    nodes += 1
                    path = _path(parent)
                    if event.tag not in (None, "!", _CORE + "map", _CORE + "seq"):
                        raise self.fail(mark, path, f"the YAML tag {event.tag} is not supported")
                    if len(stack) >= MAX_DEPTH:
                        raise self.fail(mark, path, f"nesting deeper than {MAX_DEPTH} levels; refused")
                    if parent is not None and not parent.is_list and not parent.has_key:
                        raise self.fail(mark, path, "a mapping or list cannot be used as a key")
                    if nodes > MAX_NODES:
                        raise self.too_many(mark, path)
                    deep = parent is not None and (parent.deep or len(path) >= MARK_DEPTH)
                    is_list = kind is sequence_start
                    container: dict[Any, Any] | list[Any] = [] if is_list else {}
                    key_offsets: dict[Any, int] = {}
                    children: dict[str, Located | int] | list[Located | int] | None = (
                        None if deep else type(container)()
                    )
                    node = Located(mark, children, None if deep or is_list else key_offsets)
                    self._record(parent, node)
                    stack.append(_Frame(container, path, event.anchor, deep, node, is_list, children, key_offsets))
                elif kind is document_start:
                    documents += 1
                    if documents > 1:
                        raise self.fail(_offset(event), (), "only one YAML document per file is allowed")
                elif kind is stream_end or event is None:  # None: the parser has no more events
                    break
                # stream start and document end carry nothing
        finally:
            self.nodes = nodes
            loader.dispose()
        return root, root_set

    def _record(self, parent: _Frame | None, node: Located) -> None:
        """Record where a mapping or list starts, in its parent's node (its value comes at its end)."""
        if parent is None:
            self.located = node
        elif not parent.deep:
            children = parent.node.children
            if isinstance(children, list):
                children.append(node)
            elif children is not None:
                children[parent.pending_key] = node

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

    def _attach(self, frame: _Frame, value: Any, mark: int | None, event: Any) -> None:
        """Put a finished value into its parent; ``mark`` is its offset (``None``: a container, recorded already)."""
        if frame.is_list:
            frame.container.append(value)
            if mark is not None and frame.children is not None:  # None when deep
                frame.children.append(mark)
            return
        if not frame.has_key:
            # value is a key
            key_mark = mark if mark is not None else _offset(event)
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                raise self.fail(key_mark, frame.path, "a mapping or list cannot be used as a key")
            key = (
                value
                if isinstance(value, str)
                else ("null" if value is None else str(value).lower() if isinstance(value, bool) else str(value))
            )
            frame.pending_key, frame.pending_key_offset, frame.has_key = key, key_mark, True
            return
        key = frame.pending_key
        key_offset = frame.pending_key_offset
        if key in frame.container:
            line, column = self.position(key_offset)
            first = self.position(frame.key_offsets[key])[0]
            self.problems.append(
                Problem(
                    self.name,
                    line,
                    column,
                    _path(frame),
                    f"duplicate key '{key}' (first written at line {first}); each key may appear once",
                )
            )
        else:
            frame.container[key] = value
            frame.key_offsets[key] = key_offset  # also the node's keys, unless deep
            if mark is not None and frame.children is not None:  # None when deep
                frame.children[key] = mark
        frame.has_key = False
        frame.pending_key = None


def parse_yaml(text: str, name: str) -> SourceDocument:
    """Parse one YAML document into plain data with marks; raise InputError on any problem."""
    return _Builder(name).build(text)


class _JsonNumberTooLong(Exception):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _json_int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:
        raise _JsonNumberTooLong(digits) from None


def _json_text_problem(value: str) -> str | None:
    if len(value) > MAX_SCALAR_CHARS:
        return f"text of {len(value):,} characters exceeds the limit of {MAX_SCALAR_CHARS:,}"
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        return (
            f"contains a lone surrogate U+{ord(surrogate.group()):04X}, which is not a character; "
            "no file or document can hold it"
        )
    return None


def _json_data_problems(data: Any, duplicates: dict[int, list[str]]) -> list[tuple[tuple[PathPart, ...], str]]:
    """The YAML reader's limits, applied to data ``json`` has read; plus duplicate keys and lone surrogates.

    Counts values as the YAML reader does (a key is a value). Returns (path, message) pairs
    in no particular order; a limit ends the walk where it is first exceeded.
    """
    found: list[tuple[tuple[PathPart, ...], str]] = []
    if isinstance(data, str):
        problem = _json_text_problem(data)
        return [((), problem)] if problem else []
    nodes = 1
    todo: list[tuple[Any, tuple[PathPart, ...]]] = [(data, ())] if isinstance(data, (dict, list)) else []
    while todo:
        container, path = todo.pop()
        if len(path) >= MAX_DEPTH:
            return [*found, (path, f"nesting deeper than {MAX_DEPTH} levels; refused")]
        items: Any
        if isinstance(container, dict):
            nodes += 2 * len(container)
            items = container.items()
            for key in duplicates.get(id(container), []):
                found.append(((*path, key), f"duplicate key '{key}'; each key may appear once"))
            for key in container:
                problem = _json_text_problem(key)
                if problem:
                    found.append(((*path, "<key>"), problem))
        else:
            nodes += len(container)
            items = enumerate(container)
        if nodes > MAX_NODES:
            return [*found, (path, f"document has more than {MAX_NODES:,} values; refused")]
        for key, value in items:
            if isinstance(value, str):
                if len(value) > MAX_SCALAR_CHARS or (value and _SURROGATE.search(value)):
                    problem = _json_text_problem(value)
                    assert problem is not None
                    if problem.startswith("text of"):
                        return [*found, ((*path, key), problem)]
                    found.append(((*path, key), problem))
            elif isinstance(value, (dict, list)):
                todo.append((value, (*path, key)))
    return found


def parse_json(text: str, name: str) -> SourceDocument:
    """Parse JSON exactly (``json`` module) under the YAML reader's limits; duplicate keys are reported.

    Marks come from reading the same text as YAML flow, best effort: where that fails, problems
    are located at the deepest place it reached.
    """
    duplicates: dict[int, list[str]] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                duplicates.setdefault(id(out), []).append(key)
            else:
                out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_int=_json_int)
    except json.JSONDecodeError as error:
        raise InputError.single(name, f"invalid JSON: {error.msg}", error.lineno, error.colno) from None
    except _JsonNumberTooLong as error:
        line, column = _position(text, max(text.find(error.digits), 0))
        raise InputError.single(
            name,
            f"a number of {len(error.digits):,} digits is too long to read; put it in quotes if it is text",
            line,
            column,
        ) from None
    except RecursionError:
        raise InputError.single(name, f"nesting deeper than {MAX_DEPTH} levels; refused") from None
    found = _json_data_problems(data, duplicates)
    too_many = [message for _, message in found if message.startswith("document has more than")]
    if too_many:  # locating it would mean reading the whole document again as YAML
        raise InputError.single(name, too_many[0])
    builder = _Builder(name)
    try:
        located = builder.build(text).located
    except InputError:
        located = builder.located  # as far as reading it as YAML got
    document = SourceDocument(name, data, located, text)
    if found:
        yaml_duplicates = [p for p in builder.problems if p.message.startswith("duplicate key")]
        problems = [document.problem(path, message) for path, message in found if not message.startswith("duplicate")]
        if yaml_duplicates and len(yaml_duplicates) == sum(len(keys) for keys in duplicates.values()):
            problems.extend(yaml_duplicates)
        else:
            problems.extend(
                document.problem(path, message) for path, message in found if message.startswith("duplicate")
            )
        raise InputError(problems)
    return document
