"""What every output format is: a file name, a line of description and a function from the drafting context to bytes.

A renderer module defines one ``OutputFormat`` as its module attribute ``OUTPUT``; the
registry (:mod:`draftkit.render.outputs`) lists the modules. The context is everything a
renderer may read, already built once for all of them: the framework, its assessment, the
composed bill (plain data), the catalog, and the author, date and track-changes choice.
A renderer only walks that data; it writes nothing and returns the file's bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from draftkit.assess.result import Assessment
from draftkit.catalog.store import Catalog
from draftkit.compose.tree import Bill
from draftkit.models import NationalFramework

__all__ = ["DraftContext", "OutputFormat", "Renderer"]


@dataclass(frozen=True)
class DraftContext:
    """The inputs of every renderer of one drafting run (built once, shared)."""

    framework: NationalFramework
    assessment: Assessment
    bill: Bill
    catalog: Catalog
    author: str
    when: dt.datetime
    """The date stamped on comments, insertions and file metadata (UTC)."""
    track_changes: bool

    @cached_property
    def titles(self) -> dict[str, str]:
        """Model provision titles by id, from the catalog."""
        return {provision.id: provision.title for provision in self.catalog}


Renderer = Callable[[DraftContext], bytes]
"""A function from the context to the bytes of one file; pure, deterministic for the same context."""


@dataclass(frozen=True)
class OutputFormat:
    """One file ``write_drafts`` writes."""

    name: str
    """The file name in OUTDIR, e.g. ``bill.docx``."""
    description: str
    """One line for users: what the file is and who reads it."""
    render: Renderer
