"""A parsed input file: its plain data plus where each value came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from draftkit.diagnostics import PathPart, Problem

__all__ = ["LineIndex", "Located", "Mark", "SourceDocument", "line_starts", "position"]

Mark = tuple[int, int]
"""(line, column), both 1-based."""

_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
"""Line breaks as libyaml counts them (YAML 1.1): CR LF is one break; CR, NEL, LS and PS count too."""


def line_starts(text: str) -> list[int]:
    """The character offset at which each line of ``text`` starts."""
    return [0, *(match.end() for match in _LINE_BREAK.finditer(text))]


def position(starts: Sequence[int], offset: int) -> Mark:
    """(line, column) of a character offset, given the ``line_starts`` of its text."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


class LineIndex:
    """(line, column) of character offsets in one text; its table of line starts is built on first use."""

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def position(self, offset: int) -> Mark:
        if self._starts is None:
            self._starts = line_starts(self.text)
        return position(self._starts, offset)


class Located:
    """Where a mapping or a list was written, and where each of its children was.

    A scalar child is just its offset (an int): most values are scalars, and an int is
    the smallest thing that can say where one starts. ``children`` is ``None`` below
    ``MARK_DEPTH``, where values are located at their ancestor. ``keys`` holds where
    each key of a mapping was written.
    """

    __slots__ = ("children", "keys", "offset")

    def __init__(
        self,
        offset: int,
        children: dict[str, Located | int] | list[Located | int] | None,
        keys: dict[str, int] | None = None,
    ) -> None:
        self.offset = offset
        self.children = children
        self.keys = keys


def _offset_of(node: Located | int) -> int:
    return node if isinstance(node, int) else node.offset


@dataclass
class SourceDocument:
    """Plain data (dicts, lists, str, int, float, bool, None) and where each value came from.

    ``located`` mirrors ``data``: the character offset in ``text`` of every value, and of
    every key. Reading records offsets in a tree shaped like the data rather than (line,
    column) pairs under path tuples: a number per value, no tuple, no large table, which
    made parsing 1,000 provisions about a fifth faster; lines and columns are worked out
    only for the values a message is about (:meth:`locate`; ``marks`` for all of them).
    """

    name: str
    data: Any
    located: Located | int | None = None
    text: str = ""
    _lines: LineIndex | None = field(default=None, init=False, repr=False, compare=False)

    def position(self, offset: int) -> Mark:
        """(line, column) of a character offset in ``text``."""
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.position(offset)

    def locate(self, path: Sequence[PathPart], *, key: bool = False) -> Mark:
        """The mark of the deepest existing prefix of ``path`` (the key itself if asked)."""
        node = self.located
        if node is None:
            return (1, 1)
        best = _offset_of(node)
        parts = tuple(path)
        for index, part in enumerate(parts):
            if isinstance(node, int) or node.children is None:
                break
            if key and index == len(parts) - 1 and node.keys is not None and part in node.keys:
                return self.position(node.keys[part])
            children = node.children
            if isinstance(children, list):
                if type(part) is not int or not 0 <= part < len(children):
                    break
                node = children[part]
            elif isinstance(part, str) and part in children:
                node = children[part]
            else:
                break
            best = _offset_of(node)
        return self.position(best)

    @property
    def marks(self) -> dict[tuple[PathPart, ...], Mark]:
        """Path -> (line, column) where its value starts, for every located value."""
        return {path: self.position(offset) for path, offset, _ in self._walk()}

    @property
    def key_marks(self) -> dict[tuple[PathPart, ...], Mark]:
        """Path -> (line, column) where its key was written."""
        out: dict[tuple[PathPart, ...], Mark] = {}
        for path, _, keys in self._walk():
            for name, offset in (keys or {}).items():
                out[(*path, name)] = self.position(offset)
        return out

    def _walk(self) -> Iterator[tuple[tuple[PathPart, ...], int, dict[str, int] | None]]:
        todo: list[tuple[tuple[PathPart, ...], Located | int]] = (
            [((), self.located)] if self.located is not None else []
        )
        while todo:
            path, node = todo.pop()
            if isinstance(node, int):
                yield path, node, None
                continue
            yield path, node.offset, node.keys
            children = node.children
            if isinstance(children, list):
                todo.extend(((*path, index), child) for index, child in enumerate(children))
            elif children is not None:
                todo.extend(((*path, name), child) for name, child in children.items())

    def problem(self, path: Sequence[PathPart], message: str, *, key: bool = False) -> Problem:
        line, column = self.locate(path, key=key)
        return Problem(self.name, line, column, tuple(path), message)
