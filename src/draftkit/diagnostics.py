"""The bottom layer: located input problems and the one exception type draftkit raises for bad input.

Every problem with a user's file is reported as ``file:line:col: field.path: message``
so that an editor can jump to it, and all problems of a file are collected before
anything is raised: a drafter fixes a file in one pass, not one error per run.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["InputError", "Problem", "did_you_mean", "format_path", "printable", "suggest"]

PathPart = str | int

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


COMMAND_LINE = "<command line>"
"""The ``file`` of a problem with the command's arguments rather than with a file."""


def printable(text: str) -> str:
    """``text`` safe to print on one terminal line: control characters, line separators,
    bidirectional overrides and lone surrogates are shown as escapes such as ``\\x1b``.

    A message quotes the user's text; without this, a value holding an ANSI escape or a
    right-to-left override could rewrite the terminal or reorder the message it appears in.
    """
    return _UNPRINTABLE.sub(
        lambda m: repr(m.group())[1:-1] if ord(m.group()) > 0xFF else f"\\x{ord(m.group()):02x}", text
    )


def did_you_mean(candidates: Sequence[str], otherwise: str = "") -> str:
    """The one wording of a hint: ``; did you mean 'a'?``, ``; did you mean 'a' or 'b'?``,
    ``; did you mean 'a', 'b' or 'c'?``; ``otherwise`` when there are no candidates."""
    if not candidates:
        return otherwise
    quoted = [f"'{c}'" for c in candidates]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"; did you mean {listed}?"


def suggest(value: str, choices: Iterable[str], n: int = 1, *, otherwise: str = "") -> str:
    """A hint naming the ``n`` choices closest to ``value`` (``difflib`` similarity of at least
    0.6), worded by :func:`did_you_mean`; ``otherwise`` when none is close.

    ``suggest("incitment", ["incitement", "recruitment"])`` -> ``"; did you mean 'incitement'?"``.
    Append it to the message that names the unknown value: ``f"unknown operator '{key}'{suggest(key, names)}"``.
    """
    return did_you_mean(difflib.get_close_matches(value, list(choices), n=n), otherwise)


def format_path(path: Sequence[PathPart]) -> str:
    """``("provisions", 3, "elements")`` -> ``provisions[3].elements``; empty -> ``(document)``."""
    out = ""
    if len(path) > 12:  # keep messages readable for absurdly deep inputs
        path = [*path[:4], "...", *path[-4:]]
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        shown = part if len(part) <= 60 else part[:30] + "..." + part[-20:]  # a key can be as long as any text
        out += f".{shown}" if out else shown
    return out or "(document)"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one input file. Line and column are 1-based."""

    file: str
    line: int
    column: int
    path: tuple[PathPart, ...]
    message: str
    place: str = ""
    """Where the problem is when a file has no lines to point at, e.g. ``Question 3.2.7 (...)``
    in a Word questionnaire; printed instead of line, column and path."""

    def __str__(self) -> str:
        if self.place:
            return printable(f"{self.file}: {self.place}: {self.message}")
        if self.file == COMMAND_LINE:  # nothing to locate in a file: say what was wrong with the arguments
            return printable(f"{COMMAND_LINE}: {self.message}")
        return printable(f"{self.file}:{self.line}:{self.column}: {format_path(self.path)}: {self.message}")


class InputError(Exception):
    """Bad input: carries every problem found, each located in its file.

    This is the only exception draftkit lets escape for bad input; the CLI prints
    the problems and exits with code 2.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        # Unique, in file order; problems at the same place keep the order they were found in
        # (which follows the model's field order), so messages are deterministic.
        unique = list(dict.fromkeys(problems))
        self.problems: list[Problem] = sorted(unique, key=lambda p: (p.file, p.line, p.column))
        if not self.problems:
            raise ValueError("InputError needs at least one problem")
        self.summary: str | None = None
        """A batch run's last words, e.g. ``3 done, 1 failed`` (printed after the problems)."""
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, file: str, message: str, line: int = 1, column: int = 1) -> InputError:
        return cls([Problem(file, line, column, (), message)])
