"""The application services: what ``check`` and ``draft`` do to one framework, for the command line and batch alike.

The command line (:mod:`draftkit.cli`) parses arguments and prints; a batch run
(:mod:`draftkit.batch`) spreads frameworks over processes. Both call these functions, so a
framework is loaded, assessed and drafted in exactly one way. Rule packs and the rating rule
are loaded once into :class:`Rules` (every problem of every file reported together) and
shared by every framework of a run: a batch never re-reads a ``--pack`` file per framework.

This module imports no command-line library (typer, rich) and writes nothing but the drafts
it is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from draftkit.assess import RatingRule, RulePack, assess, load_rating_rule
from draftkit.assess.pack import default_packs, pack_named
from draftkit.assess.result import Assessment
from draftkit.diagnostics import InputError, Problem
from draftkit.drafts import write_drafts
from draftkit.i18n import resolve_language
from draftkit.load.framework import framework_from_document
from draftkit.models import NationalFramework
from draftkit.source.document import SourceDocument
from draftkit.source.files import read_document

__all__ = [
    "DraftOptions",
    "Loaded",
    "Rules",
    "assess_with",
    "check_file",
    "draft_file",
    "language_of",
    "load_file",
    "load_rules",
    "with_proposed",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Rules:
    """The rule packs and rating rule a run applies to every framework, loaded once."""

    packs: tuple[RulePack, ...] | None = None
    """``None``: the core pack alone (``unodc-2012``)."""
    rating_rule: RatingRule | None = None
    """``None``: the shipped rating rule."""


@dataclass(frozen=True)
class DraftOptions:
    """How the drafts of a run are written (``draftkit draft`` options)."""

    track_changes: bool = True
    date: dt.date | dt.datetime | None = None
    author: str = "draftkit"
    formats: tuple[str, ...] | None = None
    """Output file names to write; ``None``: every registered output format."""
    previous: Assessment | None = None
    """The assessment of the last round: the report gains a section on progress since then."""
    language: str | None = None
    """The language of the drafts (``--language``); ``None``: the framework's ``language``."""
    fallback_language: str | None = None
    """The language of texts without a translation (``--fallback-language``); ``None``: none may lack one."""


@dataclass(frozen=True)
class Loaded:
    """A framework read and validated, with the document it came from (to locate later problems)."""

    path: Path
    document: SourceDocument
    framework: NationalFramework


def _attempt(step: Callable[[], T], problems: list[Problem]) -> T | None:
    try:
        return step()
    except InputError as error:
        problems.extend(error.problems)
        return None


def load_rules(
    packs: Sequence[Path | str] = (), *, rating_rule: Path | str | None = None, no_core: bool = False
) -> Rules:
    """The default packs (unless ``no_core``), each extra pack (a file or a shipped pack id), the rating rule.

    Every problem at once.

    Loaded here, in the process that starts a batch, they are shared by (and forked into) its workers.
    """
    problems: list[Problem] = []
    if no_core and not packs:
        problems.append(Problem("<command line>", 1, 1, (), "--no-core needs at least one --pack"))
    chosen: list[RulePack] = []
    if not no_core:
        defaults = _attempt(default_packs, problems)
        if defaults is not None:
            chosen.extend(defaults)
    for path in packs:
        loaded = _attempt(lambda path=path: pack_named(path), problems)  # type: ignore[misc]
        if loaded is not None:
            chosen.append(loaded)
    rule = _attempt(lambda: load_rating_rule(rating_rule), problems) if rating_rule is not None else None
    if problems:
        raise InputError(problems)
    return Rules(tuple(chosen), rule)


def load_file(path: Path | str) -> Loaded:
    """Read and validate one framework file; ``InputError`` with every problem."""
    document = read_document(path)
    return Loaded(Path(path), document, framework_from_document(document))


def load_file_and_rules(
    path: Path | str, packs: Sequence[Path | str] = (), *, rating_rule: Path | str | None = None, no_core: bool = False
) -> tuple[Loaded, Rules]:
    """:func:`load_file` and :func:`load_rules` together: the problems of the framework and of the rules at once."""
    problems: list[Problem] = []
    loaded = _attempt(lambda: load_file(path), problems)
    rules = _attempt(lambda: load_rules(packs, rating_rule=rating_rule, no_core=no_core), problems)
    if problems or loaded is None or rules is None:
        raise InputError(problems)
    return loaded, rules


def assess_with(loaded: Loaded, rules: Rules) -> Assessment:
    """The one assessment ``check`` prints and ``draft`` draws both documents from."""
    return assess(
        loaded.framework,
        list(rules.packs) if rules.packs is not None else None,
        rating_rule=rules.rating_rule,
        source=str(loaded.path),
    )


def with_proposed(framework: NationalFramework, assessment: Assessment, rules: Rules) -> Assessment:
    """``assessment`` with its third view, "with the proposed bill" (``check --proposed``): the law as
    the bill draftkit composes would leave it, assessed by the same packs and rating rule. The
    outcomes do not depend on the bill's language, so the bill is composed in English."""
    from draftkit.compose.proposal import with_proposed_view  # lazily: composing is not check's usual path

    packs = list(rules.packs) if rules.packs is not None else None
    return with_proposed_view(framework, assessment, packs=packs, rating_rule=rules.rating_rule)[1]


def check_file(path: Path | str, rules: Rules, *, proposed: bool = False) -> Assessment:
    """Load and assess one framework file (with the third view when ``proposed``)."""
    loaded = load_file(path)
    assessment = assess_with(loaded, rules)
    return with_proposed(loaded.framework, assessment, rules) if proposed else assessment


def language_of(loaded: Loaded, requested: str | None) -> str:
    """The language a framework's documents are written in: ``requested``, else the framework's ``language``.

    ``InputError`` for a language without a message catalog: at the command line for ``--language``,
    at the framework's ``language`` field otherwise.
    """
    try:
        return resolve_language(requested, loaded.framework.language)
    except InputError as error:
        if requested is not None:
            raise
        message = error.problems[0].message
        raise InputError([loaded.document.problem(("language",), message)]) from None


def write_drafts_of(loaded: Loaded, assessment: Assessment, outdir: Path | str, options: DraftOptions) -> list[Path]:
    """Every output of one assessed framework into ``outdir``, all or nothing."""
    return write_drafts(
        loaded.framework,
        assessment,
        outdir,
        track_changes=options.track_changes,
        date=options.date,
        author=options.author,
        document=loaded.document,
        formats=options.formats,
        previous=options.previous,
        language=language_of(loaded, options.language),
        fallback_language=options.fallback_language,
    )


def draft_file(path: Path | str, outdir: Path | str, rules: Rules, options: DraftOptions) -> list[Path]:
    """Load, assess and write the drafts of one framework file; the paths written."""
    loaded = load_file(path)
    return write_drafts_of(loaded, assess_with(loaded, rules), outdir, options)
