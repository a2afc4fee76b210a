"""``draftkit draft FRAMEWORK -o OUTDIR``: the annotated bill, the gap report, JSON and Markdown."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.diagnostics import InputError

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.batch import DraftJob
    from draftkit.models import NationalFramework

__all__ = ["register", "run_assessment"]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError.single("--date", f"expected a date as YYYY-MM-DD; got '{value}'") from None


def run_assessment(framework: NationalFramework, packs: list[Path], source: str | None = None) -> Assessment:
    """The one assessment both documents are drawn from: the core pack plus any ``--pack`` given.

    The same as ``draftkit check`` gives.
    """
    from draftkit.assess import assess
    from draftkit.assess.pack import default_packs, pack_named

    chosen = [*default_packs(), *(pack_named(path) for path in packs)] if packs else None
    return assess(framework, chosen, source=source)


DRAFT_BATCH_HELP = (
    "Several frameworks: give several files, or a directory (its *.yaml, *.yml and *.json files, by name); "
    "each is drafted into OUTDIR/<file stem>/, in parallel (--jobs). One file is drafted into OUTDIR itself, "
    "as always. A broken framework does not stop the others: its problems are printed on standard error at "
    "the end and the exit code is 2. A progress bar is shown on standard error when it is a terminal."
)


def register(app: typer.Typer) -> None:
    @app.command(epilog=DRAFT_BATCH_HELP)
    def draft(
        *,
        framework_files: Annotated[
            list[Path],
            typer.Argument(metavar="FRAMEWORK...", help="Framework files (YAML or JSON), or directories of them."),
        ],
        outdir: Annotated[Path, typer.Option("--output", "-o", help="Directory to write the drafts into.")],
        no_track_changes: Annotated[
            bool, typer.Option("--no-track-changes", help="Print model provisions as clean text, not insertions.")
        ] = False,
        date: Annotated[
            str | None,
            typer.Option(help="Date stamped on comments, insertions and metadata (YYYY-MM-DD); fixes the bytes."),
        ] = None,
        author: Annotated[str, typer.Option(help="Author of comments and tracked insertions.")] = "draftkit",
        pack: Annotated[
            list[Path] | None,
            typer.Option(
                "--pack",
                help="An extra rule pack (a file, or a shipped pack id), checked with the default packs (repeatable).",
            ),
        ] = None,
        jobs: Annotated[
            int | None,
            typer.Option("--jobs", "-j", min=1, help="Processes for several frameworks (default: one per core)."),
        ] = None,
    ) -> None:
        """Write bill.docx (annotated draft bill), gap-report.docx, assessment.json and report.md."""
        started = time.perf_counter()
        when = _parse_date(date)
        if len(framework_files) != 1 or framework_files[0].is_dir():
            from draftkit.batch import DraftJob

            job = DraftJob(outdir, tuple(pack or []), not no_track_changes, when, author, subdirectories=True)
            _draft_many(framework_files, job, jobs)
            typer.echo(f"drafted in {time.perf_counter() - started:.2f} s", err=True)
            return
        from draftkit.drafts import write_drafts
        from draftkit.load.files import read_document
        from draftkit.load.framework import framework_from_document

        framework_file = framework_files[0]
        document = read_document(framework_file)
        framework = framework_from_document(document)
        assessment = run_assessment(framework, list(pack or []), str(framework_file))
        written = write_drafts(
            framework,
            assessment,
            outdir,
            track_changes=not no_track_changes,
            date=when,
            author=author,
            document=document,
        )
        for path in written:
            typer.echo(str(path))
        typer.echo(f"drafted in {time.perf_counter() - started:.2f} s", err=True)


def _draft_many(inputs: list[Path], job: DraftJob, jobs: int | None) -> None:
    """Each framework into OUTDIR/<stem>/; every problem reported at the end (``InputError``)."""
    from draftkit.assess.pack import default_packs, pack_named
    from draftkit.batch import draft_framework, expand_inputs, run_jobs
    from draftkit.diagnostics import Problem

    outdir, packs = job.outdir, job.packs

    pack_problems: list[Problem] = []
    for path in packs:  # a broken pack would fail every framework: say so once, before any work
        try:
            pack_named(path)
        except InputError as error:
            pack_problems.extend(error.problems)
    if pack_problems:
        raise InputError(pack_problems)
    files, problems = expand_inputs(inputs)
    stems: dict[str, Path] = {}
    unique: list[Path] = []
    for path in files:
        if path.stem in stems:
            message = f"would be drafted into {outdir / path.stem} like {stems[path.stem]}; rename one of them"
            problems.append(Problem(str(path), 1, 1, (), message))
            continue
        stems[path.stem] = path
        unique.append(path)
    default_packs()  # once here: forked workers inherit them
    outcomes = run_jobs(draft_framework, unique, jobs=jobs, shared={"draft": job}, label="Drafting")
    for outcome in outcomes:
        if outcome.value is not None:
            for written in outcome.value:
                typer.echo(str(written))
        problems.extend(outcome.problems)
    if problems:
        raise InputError(problems)
