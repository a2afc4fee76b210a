"""A parsed input file: its plain data plus where each value came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from draftkit.load.errors import PathPart, Problem

__all__ = ["Mark", "SourceDocument"]

Mark = tuple[int, int]
"""(line, column), both 1-based."""


@dataclass
class SourceDocument:
    """Plain data (dicts, lists, str, int, float, bool, None) and a map path -> mark.

    ``marks[path]`` is where the value at ``path`` starts; ``key_marks[path]`` is where
    its key was written (used for "unknown field" errors).
    """

    name: str
    data: Any
    marks: dict[tuple[PathPart, ...], Mark] = field(default_factory=dict)
    key_marks: dict[tuple[PathPart, ...], Mark] = field(default_factory=dict)

    def locate(self, path: Sequence[PathPart], *, key: bool = False) -> Mark:
        """The mark of the deepest existing prefix of ``path`` (the key itself if asked)."""
        parts = tuple(path)
        if key and parts in self.key_marks:
            return self.key_marks[parts]
        while parts:
            if parts in self.marks:
                return self.marks[parts]
            parts = parts[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, path: Sequence[PathPart], message: str, *, key: bool = False) -> Problem:
        line, column = self.locate(path, key=key)
        return Problem(self.name, line, column, tuple(path), message)
