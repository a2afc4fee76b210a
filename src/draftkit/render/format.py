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
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from draftkit.assess.result import Assessment
from draftkit.catalog.store import Catalog
from draftkit.compose.tree import Bill
from draftkit.i18n import messages
from draftkit.models import NationalFramework
from draftkit.reference import verified_pinpoints

if TYPE_CHECKING:
    from draftkit.compose.report_tree import Report
    from draftkit.i18n import Messages

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
    previous: Assessment | None = None
    """The assessment of the last round, for the report's section on progress."""
    language: str = "en"
    """The language of the fixed texts (a message catalog of :mod:`draftkit.i18n`)."""
    fallback_language: str | None = None
    """The language untranslated texts are given in (``--fallback-language``); ``None``: none may be missing."""
    untranslated_provisions: tuple[str, ...] = ()
    """Ids of the model provisions given in ``fallback_language`` (no translation in ``language``)."""
    preset_words: Messages | None = field(default=None, repr=False, compare=False)
    """The messages already built for this run (else :attr:`words` builds them from ``language``)."""

    @cached_property
    def titles(self) -> dict[str, str]:
        """Model provision titles by id, from the catalog."""
        return {provision.id: provision.title for provision in self.catalog}

    @cached_property
    def report(self) -> Report:
        """The gap report as a tree (composed once; gap-report.docx and report.md both walk it)."""
        # lazily: not loaded with this module, only when this runs (start-up time)
        from draftkit.compose.report import ReportInputs, compose_report, fallback_note, sections_by_criterion

        return compose_report(
            ReportInputs(
                self.assessment,
                self.framework,
                sections_by_criterion=sections_by_criterion(self.bill),
                model_titles=self.titles,
                previous=self.previous,
                date=self.when.date(),
                verified_pinpoints=verified_pinpoints(),
                fallback=fallback_note(self.words, self.untranslated_provisions),
            )
        )

    @cached_property
    def words(self) -> Messages:
        """The message catalog of ``language`` (with ``fallback_language`` for what it lacks, when asked)."""
        if self.preset_words is not None:
            return self.preset_words

        return messages(self.language, fallback=self.fallback_language)


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
