"""What a coded check is, in the style of ruff: a code, a name, a summary, a rationale and an example.

A check inspects one kind of input (a framework, a catalog, a rule pack) and yields findings,
each at a path of the document it came from; the loader turns them into located problems
``file:line:col: path: CODE message``. The registry of every check is :mod:`draftkit.validate.checks`,
and ``docs/checks.md`` is generated from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from draftkit.diagnostics import PathPart
from draftkit.source.document import SourceDocument

__all__ = ["Check", "Finding", "Subject"]


class Subject(StrEnum):
    """The kind of input a check inspects."""

    FRAMEWORK = "framework"
    CATALOG = "catalog"
    PACK = "rule pack"
    TRANSLATION = "translation"


@dataclass(frozen=True)
class Finding:
    """One thing a check found, at a path of a source document."""

    document: SourceDocument
    path: tuple[PathPart, ...]
    message: str
    key: bool = False
    """Located at the key of the path's last step rather than at its value (an unknown field's name)."""


@dataclass(frozen=True)
class Check:
    """A coded check. ``run`` takes the subject's loaded input and yields its findings."""

    code: str
    """``DK`` and three digits; the first digit is the subject (1 framework, 2 catalog, 3 rule pack, 4 translation)."""
    name: str
    """A short kebab-case name, e.g. ``terms-defined``."""
    subject: Subject
    summary: str
    """One line: what the check requires."""
    rationale: str
    """Why: what goes wrong for a reader when the rule is broken."""
    example: str
    """A YAML fragment that breaks the rule."""
    run: Callable[[Any], Iterable[Finding]]
    warning: bool = False
    """A warning (``draftkit validate`` prints it; the file still loads) rather than an error."""
