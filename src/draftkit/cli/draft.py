"""``draftkit draft FRAMEWORK -o OUTDIR``: the annotated bill, the gap report, JSON and Markdown."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.cli.runs import batch_summary, resume_collector
from draftkit.cli.words import cli_words
from draftkit.diagnostics import InputError, Problem
from draftkit.i18n import check_fallback, check_language

if TYPE_CHECKING:
    from draftkit.service import DraftOptions

__all__ = ["register"]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError.single("--date", f"expected a date as YYYY-MM-DD; got '{value}'") from None


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
            typer.Option("--pack", "-p", help="An extra rule pack, checked with the core pack (repeatable)."),
        ] = None,
        jobs: Annotated[
            int | None,
            typer.Option("--jobs", "-j", min=1, help="Processes for several frameworks (default: one per core)."),
        ] = None,
        previous: Annotated[
            Path | None,
            typer.Option(
                "--previous",
                metavar="OLD/assessment.json",
                help="The assessment of the last round: the report gains a section on progress since then.",
            ),
        ] = None,
        language: Annotated[
            str | None,
            typer.Option(
                "--language",
                metavar="LANG",
                help="Language of the bill and the report (en, fr, es...); default: the framework's language.",
            ),
        ] = None,
        fallback_language: Annotated[
            str | None,
            typer.Option(
                "--fallback-language",
                metavar="LANG",
                help="Give texts not yet translated into LANG in this language (en) instead of stopping; "
                "the documents say which.",
            ),
        ] = None,
    ) -> None:
        """Write bill.docx (annotated draft bill), gap-report.docx, assessment.json and report.md."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.service import DraftOptions

        started = time.perf_counter()
        if language is not None:
            check_language(language)  # before any work: a typo is said once, not per framework
        check_fallback(fallback_language)
        if previous is not None and (len(framework_files) != 1 or framework_files[0].is_dir()):
            raise InputError.single("--previous", "compares one framework with its last round; give one framework file")
        before = None
        if previous is not None:
            from draftkit.cli.diff import load_assessment

            before = load_assessment(previous)
        options = DraftOptions(
            track_changes=not no_track_changes,
            date=_parse_date(date),
            author=author,
            previous=before,
            language=language,
            fallback_language=fallback_language,
        )
        shown = language
        if len(framework_files) != 1 or framework_files[0].is_dir():
            _draft_many(framework_files, outdir, list(pack or []), options, jobs)
        else:
            from draftkit.service import assess_with, language_of, load_file_and_rules, write_drafts_of

            loaded, rules = load_file_and_rules(framework_files[0], list(pack or []))
            shown = language_of(loaded, language)
            assessment = assess_with(loaded, rules)
            if before is not None:
                from draftkit.compose.progress import compare

                compare(before, assessment, (str(previous), str(framework_files[0])))  # other States, packs: refused
            for path in write_drafts_of(loaded, assessment, outdir, options):
                typer.echo(str(path))
        words = cli_words(shown, fallback_language)
        seconds = words.number(time.perf_counter() - started, digits=2)
        typer.echo(words("cli.drafted_in", seconds=seconds), err=True)


def _draft_many(inputs: list[Path], outdir: Path, packs: list[Path], options: DraftOptions, jobs: int | None) -> None:
    """Each framework into OUTDIR/<stem>/; every problem reported at the end (``InputError``)."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.batch import DraftJob, draft_framework, expand_inputs, run_jobs
    from draftkit.service import load_rules

    resume_collector()  # many frameworks, a long run: the collector works again (the command paused it)
    rules = load_rules(packs)  # once, before any work: a broken pack is said once, and never re-read per framework
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
    job = DraftJob(outdir, rules, options, subdirectories=True)
    outcomes = run_jobs(draft_framework, unique, jobs=jobs, shared={"draft": job}, label="Drafting")
    done = 0
    for outcome in outcomes:
        if outcome.value is not None:
            done += 1
            for written in outcome.value:
                typer.echo(str(written))
        problems.extend(outcome.problems)
    summary = batch_summary(done, len(files) - done + len({p.file for p in problems if Path(p.file) not in files}))
    if problems:
        error = InputError(problems)
        error.summary = summary
        raise error
    typer.echo(f"draftkit: {summary}.", err=True)
