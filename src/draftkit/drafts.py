"""``write_drafts``: one assessment in, every registered output format out (bill, gap report, JSON, Markdown...).

The steps are visible: check every string can live in XML, compose the bill as plain
data (``draftkit.compose``), render each registered output to bytes in memory
(``draftkit.render.outputs``),
and only then write: into a temporary directory beside OUTDIR, renamed into place once
everything has been written. A failure at any step leaves earlier output untouched.

The imports of compose and render sit inside the functions for start-up time only: a check
imports this module (through :mod:`draftkit.service`) and must not load python-docx.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from draftkit.diagnostics import InputError

if TYPE_CHECKING:
    from draftkit.assess.pack import RulePack
    from draftkit.assess.result import Assessment
    from draftkit.catalog.store import Catalog
    from draftkit.models import NationalFramework
    from draftkit.source.document import SourceDocument

__all__ = ["catalog_in", "drafting_time", "output_names", "render_drafts", "write_drafts", "write_outputs"]


def output_names() -> tuple[str, ...]:
    """The file names ``write_drafts`` writes: every registered output format (:mod:`draftkit.render.outputs`)."""
    from draftkit.render.outputs import output_names as registered  # lazily: see the module docstring

    return registered()


def drafting_time(date: dt.date | dt.datetime | None = None) -> dt.datetime:
    """The date stamped on comments, insertions and file metadata (UTC).

    ``date`` when given (``--date``), else ``SOURCE_DATE_EPOCH`` (the reproducible-builds
    convention), else now. A fixed date is what makes the output byte-identical.
    """
    if isinstance(date, dt.datetime):
        return date.astimezone(dt.UTC).replace(microsecond=0) if date.tzinfo else date.replace(tzinfo=dt.UTC)
    if isinstance(date, dt.date):
        return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise InputError.single(
                "SOURCE_DATE_EPOCH", f"expected seconds since 1970 as an integer; got '{epoch}'"
            ) from None
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _check_text(
    framework: NationalFramework, assessment: Assessment, author: str, document: SourceDocument | None
) -> None:
    from draftkit.compose.xmlsafe import check_xml_text  # lazily: see the module docstring

    name = document.name if document is not None else (assessment.framework.source or "<framework>")
    check_xml_text(
        [
            (name, framework.model_dump(mode="python", exclude_unset=True)),
            ("<assessment>", assessment.model_dump(mode="python")),
            ("--author", author),
        ],
        document,
        located=name,
    )


def render_drafts(
    framework: NationalFramework,
    assessment: Assessment,
    *,
    track_changes: bool = True,
    date: dt.date | dt.datetime | None = None,
    author: str = "draftkit",
    catalog: Catalog | None = None,
    document: SourceDocument | None = None,
    formats: Sequence[str] | None = None,
    packs: Sequence[RulePack] | None = None,
    previous: Assessment | None = None,
    language: str = "en",
    fallback_language: str | None = None,
) -> dict[str, bytes]:
    """Every registered output (or those named in ``formats``) as bytes, keyed by file name; nothing is written.

    The outputs are those of the registry :mod:`draftkit.render.outputs`, in its order. The assessment
    they render carries the third view, "with the proposed bill": the framework as the composed bill
    would leave it, assessed with ``packs`` (default: the core pack).

    ``language`` is the language of every fixed text and of the model provisions; a text or a
    model provision it lacks is an ``InputError`` naming it, unless ``fallback_language`` (``en``)
    is given: those texts are then in English and the documents say so.
    """
    from draftkit.compose.proposal import with_proposed_view  # lazily (start-up time): see the module docstring
    from draftkit.i18n import messages
    from draftkit.render.format import DraftContext
    from draftkit.render.outputs import outputs

    chosen = outputs()
    if formats is not None:
        known = {output.name: output for output in chosen}
        unknown = [name for name in formats if name not in known]
        if unknown:
            raise InputError.single(
                "formats", f"no output format named {', '.join(map(repr, unknown))}; known: {', '.join(known)}"
            )
        chosen = tuple(known[name] for name in dict.fromkeys(formats))
    if not author.strip():
        raise InputError.single("--author", "the author name must not be empty")
    _check_text(framework, assessment, author, document)
    when = drafting_time(date)
    words = messages(language, fallback=fallback_language)  # first: an untranslated text stops the run here
    untranslated: tuple[str, ...] = ()
    if catalog is None:
        catalog, untranslated = catalog_in(language, fallback=fallback_language)
    bill, assessment = with_proposed_view(framework, assessment, catalog, packs=packs, language=language, words=words)
    context = DraftContext(
        framework=framework,
        assessment=assessment,
        bill=bill,
        catalog=catalog,
        author=author,
        when=when,
        track_changes=track_changes,
        previous=previous,
        language=language,
        fallback_language=fallback_language,
        untranslated_provisions=untranslated,
        preset_words=words,
    )
    return {output.name: output.render(context) for output in chosen}


def catalog_in(language: str, *, fallback: str | None = None) -> tuple[Catalog, tuple[str, ...]]:
    """The model provisions in ``language``, and the ids of those given in ``fallback`` (English) instead.

    English is the source catalog; another language is its translation (``model_provisions/<lang>/``,
    :mod:`draftkit.catalog.translation`). A translation missing or incomplete is an ``InputError``
    naming what is missing, unless ``fallback`` is ``en``: then a provision without a translation
    (a whole file not yet translated, or a language with none, as Arabic) stays in English and is
    listed, for the documents to say so. A translation file with errors is an error in any case.
    """
    # lazily, like compose and render (above): the catalog and its translations load only when drafting
    from dataclasses import replace

    from draftkit.catalog import load_catalog
    from draftkit.catalog.translation import localize, localized_catalog, read_translation
    from draftkit.models import DefinitionProvision
    from draftkit.paths import catalog_dir

    english = load_catalog()
    if language == "en":
        return english, ()
    try:
        return localized_catalog(language), ()
    except InputError:
        if fallback is None:
            raise
    directory = catalog_dir() / language
    if not directory.is_dir():
        return english, tuple(provision.id for provision in english)
    translation = read_translation(language, directory.glob("*.yaml"), complete=False)  # errors stay errors
    local = translation.provisions
    terms = {
        p.elements.term: local[p.id].term
        for p in english
        if isinstance(p, DefinitionProvision) and p.id in local and local[p.id].term is not None
    }
    provisions = []
    for provision in english:
        if provision.id not in local:
            provisions.append(provision)
            continue
        done = localize(provision, local[provision.id])
        if done.uses_terms:
            done = done.model_copy(update={"uses_terms": [terms.get(t) or t for t in done.uses_terms]})
        provisions.append(done)
    missing = tuple(provision.id for provision in english if provision.id not in local)
    return replace(english, provisions=tuple(provisions)), missing


def _os_problem(path: Path, error: OSError, what: str = "the drafts") -> InputError:
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError):
        reason = "permission denied"
    elif isinstance(error, NotADirectoryError | FileExistsError):
        reason = "a file is in the way (expected a directory)"
    elif isinstance(error, IsADirectoryError):
        reason = "a directory is in the way (expected a file)"
    where = path
    if isinstance(error.filename, str) and Path(error.filename).parent == path:
        where = Path(error.filename)  # a file of OUTDIR; never draftkit's staging directory
    return InputError.single(str(where), f"cannot write {what} here: {reason}")


def _missing_ancestors(directory: Path) -> list[Path]:
    """``directory`` and its ancestors that do not exist yet, deepest first."""
    missing = []
    for candidate in [directory, *directory.parents]:
        if candidate.exists():
            break
        missing.append(candidate)
    return missing


def write_outputs(outputs: dict[str, bytes], outdir: Path, *, what: str = "the drafts") -> list[Path]:
    """Write every file into a staging directory beside ``outdir``, then swap them in; all or nothing.

    Earlier files are first hard-linked (or copied) aside, so if a rename fails midway, or the
    run is interrupted (``KeyboardInterrupt``, ``SystemExit``), the files already replaced are
    restored and the files that did not exist before are removed: ``outdir`` is left as it was,
    and directories this call created are removed again. Only a crash of the process itself
    between two renames can leave a mix, and the staging directory (``.NAME.*.partial``) then
    holds the earlier files.
    """
    if outdir.exists() and not outdir.is_dir():
        raise InputError.single(str(outdir), "exists and is not a directory; choose another output directory")
    parent = outdir.absolute().parent
    created = _missing_ancestors(outdir.absolute())
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", suffix=".partial", dir=parent))
    except OSError as error:
        _remove_empty(created)
        raise _os_problem(parent, error, what) from None
    previous = staging / ".previous"
    replaced: list[str] = []
    try:
        for name, data in outputs.items():
            (staging / name).write_bytes(data)
        outdir.mkdir(exist_ok=True)
        previous.mkdir()
        for name in outputs:
            target = outdir / name
            if target.is_dir() and not target.is_symlink():
                raise IsADirectoryError(21, "Is a directory", str(target))
            if target.exists():
                _keep_aside(target, previous / name)
        for name in outputs:
            os.replace(staging / name, outdir / name)
            replaced.append(name)
        return [outdir / name for name in outputs]
    except BaseException as error:
        _roll_back(outdir, previous, replaced)
        shutil.rmtree(staging, ignore_errors=True)
        _remove_empty(created)
        if isinstance(error, OSError):
            raise _os_problem(outdir, error, what) from None
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _keep_aside(target: Path, copy: Path) -> None:
    try:
        os.link(target, copy)
    except OSError:
        shutil.copy2(target, copy)


def _roll_back(outdir: Path, previous: Path, replaced: list[str]) -> None:
    """Undo the renames done so far: put earlier files back, remove new ones (best effort)."""
    for name in reversed(replaced):
        try:
            if (previous / name).exists():
                os.replace(previous / name, outdir / name)
            else:
                (outdir / name).unlink()
        except OSError:
            pass


def _remove_empty(directories: list[Path]) -> None:
    for directory in directories:  # deepest first
        try:
            directory.rmdir()
        except FileNotFoundError:
            continue  # never made (the failure came first)
        except OSError:
            break  # not empty: someone else's now


def write_drafts(
    framework: NationalFramework,
    assessment: Assessment,
    outdir: Path | str,
    *,
    track_changes: bool = True,
    date: dt.date | dt.datetime | None = None,
    author: str = "draftkit",
    catalog: Catalog | None = None,
    document: SourceDocument | None = None,
    formats: Sequence[str] | None = None,
    packs: Sequence[RulePack] | None = None,
    previous: Assessment | None = None,
    language: str = "en",
    fallback_language: str | None = None,
) -> list[Path]:
    """Write every registered output into ``outdir``, all or nothing (see :func:`write_outputs`).

    The built-in outputs are ``bill.docx``, ``gap-report.docx``, ``assessment.json`` and
    ``report.md``; :func:`output_names` lists what is registered, ``formats`` chooses some.

    Same framework, assessment, date and author give byte-identical files. Bad input
    (text XML cannot hold, an unwritable directory) raises ``InputError`` before any
    file in ``outdir`` changes. ``document``, when given, locates text problems by line.
    """
    outputs = render_drafts(
        framework,
        assessment,
        track_changes=track_changes,
        date=date,
        author=author,
        catalog=catalog,
        document=document,
        formats=formats,
        packs=packs,
        previous=previous,
        language=language,
        fallback_language=fallback_language,
    )
    return write_outputs(outputs, Path(outdir))
