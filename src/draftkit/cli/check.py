"""``draftkit check FRAMEWORK...``: run the rules engine and report ratings, gaps and remedies.

Imports stay inside the command so that ``draftkit --help`` does not pay for the
engine, and the engine path never imports python-docx, docxtpl or jsonschema. The
usual scripted call, ``draftkit check FILE... --format json``, does not import typer
either (:func:`fast_check`): a plain command line is parsed here, and anything else
(``--help``, a typo, an unusual spelling) goes to typer, which answers as always.
Exit codes: 0 ok; 1 when ``--fail-under`` is given and an area (with the draft,
ignoring NA) is rated below it; 2 for bad input of any kind.

(No ``from __future__ import annotations`` here: typer reads the annotations of the
command, which name ``typer``, imported only when the command is registered.)
"""

import sys
import textwrap
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from draftkit.cli.runs import batch_summary, resume_collector
from draftkit.diagnostics import InputError, Problem

if TYPE_CHECKING:
    import typer

    from draftkit.assess.result import Assessment
    from draftkit.i18n import Messages
    from draftkit.models import NationalFramework

__all__ = ["OutputFormat", "Threshold", "fast_check", "register", "run_check"]

BATCH_HELP = (
    "Several frameworks: give several files, or a directory (its *.yaml, *.yml and *.json files, by name). "
    "They are checked in parallel (--jobs) and reported in the order given. With --format json, one file "
    "prints one JSON object (as always); several files or a directory print one JSON list of those objects, "
    "in input order. A broken framework does not stop the others: it is left out of the output, its "
    "problems are printed on standard error at the end, and the exit code is 2. A progress bar is shown on "
    "standard error when it is a terminal."
)


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class Threshold(StrEnum):
    C = "C"
    LC = "LC"
    PC = "PC"
    NC = "NC"


def _write(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _below(assessment: "Assessment", fail_under: Threshold, words: "Messages") -> str | None:
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.assess.rating import RATING_ORDER
    from draftkit.i18n import msg
    from draftkit.models import Rating

    floor = RATING_ORDER.index(Rating(fail_under.value))
    below = [a for a in assessment.areas if a.rating is not Rating.NA and RATING_ORDER.index(a.rating) < floor]
    if not below:
        return None
    named = [
        words("cli.area_rating", area=msg(f"area.{a.area.value}"), rating=msg(f"rating.{a.rating.value}.abbreviation"))
        for a in below
    ]
    return words.list(named)


def _threshold(fail_under: Threshold, words: "Messages") -> str:
    return words(f"rating.{fail_under.value}.abbreviation")


def _words(
    language: str | None, fallback: str | None, framework: "NationalFramework | None", *, where: str | None = None
) -> "Messages":
    """The messages of the check's output: ``--language``, else the framework's; ``InputError`` if unusable."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.i18n import messages, resolve_language

    try:
        chosen = resolve_language(language, framework.language if framework is not None else "en")
    except InputError as error:
        if where is None or language is not None:
            raise
        raise InputError([Problem(where, 1, 1, ("language",), error.problems[0].message)]) from None
    return messages(chosen, fallback=fallback)


def _show(
    assessment: "Assessment",
    output: OutputFormat,
    framework: "NationalFramework | None" = None,
    words: "Messages | None" = None,
    *,
    language: str | None = None,
    fallback: str | None = None,
) -> None:
    """One framework's result: JSON as is; table and Markdown from the same tree as the gap report.

    The table and Markdown are in ``words`` (else in ``language``, else the framework's language);
    texts given in the fallback language are said to be, at the top.
    """
    if output is OutputFormat.JSON:
        _write(assessment.model_dump_json(indent=2))
        return
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.compose.report import check_tree, fallback_note

    if framework is None and assessment.framework.source:  # a batch keeps only assessments: read it again
        from draftkit.load.framework import load_framework

        try:
            framework = load_framework(assessment.framework.source)
        except InputError:
            framework = None  # changed since: the findings then name no provision
    if words is None:
        words = _words(language, fallback, framework, where=assessment.framework.source)
    tree = check_tree(assessment, framework, fallback=fallback_note(words))
    if output is OutputFormat.MARKDOWN:
        from draftkit.render.markdown import render_markdown

        sys.stdout.write(render_markdown(tree, words))
        sys.stdout.flush()
    else:
        from draftkit.render.terminal import render_terminal

        render_terminal(tree, words)


def run_check(
    inputs: list[Path],
    *,
    pack: list[Path],
    output: OutputFormat,
    fail_under: Threshold | None,
    rating_rule: Path | None,
    no_core: bool,
    jobs: int | None = None,
    language: str | None = None,
    fallback_language: str | None = None,
    proposed: bool = False,
) -> int:
    """The command itself, with or without typer; the exit code, or ``InputError`` for bad input.

    ``proposed``: add the third view, "with the proposed bill" (the law as the bill draftkit
    composes would leave it, assessed by the same packs): a column of the table and the Markdown,
    and ``proposed`` / ``rating_proposed`` in the JSON.
    """
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.i18n import check_fallback, check_language

    if language is not None:
        check_language(language)  # before any work, even for JSON (which is the same in every language)
    check_fallback(fallback_language)
    if len(inputs) != 1 or inputs[0].is_dir():
        return _run_batch(
            inputs,
            pack=pack,
            output=output,
            fail_under=fail_under,
            rating_rule=rating_rule,
            no_core=no_core,
            jobs=jobs,
            language=language,
            fallback_language=fallback_language,
            proposed=proposed,
        )
    from draftkit.service import assess_with, language_of, load_file_and_rules, with_proposed

    loaded, rules = load_file_and_rules(inputs[0], pack, rating_rule=rating_rule, no_core=no_core)
    from draftkit.i18n import messages

    words = messages(language_of(loaded, language), fallback=fallback_language)  # before the engine runs
    assessment = assess_with(loaded, rules)
    if proposed:
        assessment = with_proposed(loaded.framework, assessment, rules)
    _show(assessment, output, loaded.framework, words)
    if fail_under is not None:
        names = _below(assessment, fail_under, words)
        if names:
            line = words("cli.rated_below", threshold=_threshold(fail_under, words), areas=names)
            print(f"draftkit: {line}", file=sys.stderr)
            return 1
    return 0


def _run_batch(
    inputs: list[Path],
    *,
    pack: list[Path],
    output: OutputFormat,
    fail_under: Threshold | None,
    rating_rule: Path | None,
    no_core: bool,
    jobs: int | None,
    language: str | None,
    fallback_language: str | None,
    proposed: bool = False,
) -> int:
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.batch import CheckJob, check_framework, expand_inputs, run_jobs
    from draftkit.catalog import catalog_titles
    from draftkit.service import load_rules

    resume_collector()  # many frameworks, a long run: the collector works again (the command paused it)

    rules = load_rules(pack, rating_rule=rating_rule, no_core=no_core)
    files, problems = expand_inputs(inputs)
    catalog_titles()  # once here: forked workers inherit it
    outcomes = run_jobs(
        check_framework, files, jobs=jobs, shared={"check": CheckJob(rules, proposed)}, label="Checking"
    )
    assessments = [outcome.value for outcome in outcomes if outcome.value is not None]
    if output is OutputFormat.JSON:
        objects = [textwrap.indent(a.model_dump_json(indent=2), "  ") for a in assessments]
        _write("[\n" + ",\n".join(objects) + "\n]" if objects else "[]")
    else:
        for assessment in assessments:
            try:
                _show(assessment, output, language=language, fallback=fallback_language)
            except InputError as unusable:  # this framework's language has no catalog: said with the others
                problems.extend(unusable.problems)
    below = 0
    if fail_under is not None:
        from draftkit.cli.words import cli_words

        words = cli_words(language, fallback_language)
        for outcome in outcomes:
            names = _below(outcome.value, fail_under, words) if outcome.value is not None else None
            if names:
                below += 1
                line = words(
                    "cli.rated_below_file",
                    file=str(outcome.path),
                    threshold=_threshold(fail_under, words),
                    areas=names,
                )
                print(f"draftkit: {line}", file=sys.stderr)
    for outcome in outcomes:
        problems.extend(outcome.problems)
    failed = len(files) - len(assessments) + len({p.file for p in problems if Path(p.file) not in files})
    summary = batch_summary(len(assessments), failed)
    if problems:
        error = InputError(problems)
        error.summary = summary
        raise error
    print(f"draftkit: {summary}.", file=sys.stderr)
    return 1 if below else 0


# ----------------------------------------------------------------------------- the command line

_LONG = {"--pack": "pack", "--format": "format", "--fail-under": "fail_under", "--rating-rule": "rating_rule"}
_LONG["--jobs"] = "jobs"
_FLAGS = {"--no-core": "no_core", "--proposed": "proposed"}
_SHORT = {"-p": "pack", "-f": "format", "-j": "jobs"}


def _parse(argv: list[str]) -> tuple[list[Path], dict[str, list[str]], set[str]] | None:
    """Paths, option values and the flags given (``no_core``, ``proposed``); ``None`` for anything
    but the plainest spelling."""
    paths: list[Path] = []
    values: dict[str, list[str]] = {}
    flags: set[str] = set()
    tokens = iter(argv)
    for token in tokens:
        if not token.startswith("-"):
            paths.append(Path(token))
            continue
        if token in _FLAGS:
            flags.add(_FLAGS[token])
            continue
        value: str | None
        if token.startswith("--"):
            name, equals, value = token.partition("=")
            if name not in _LONG:
                return None
            key = _LONG[name]
            if not equals:
                value = next(tokens, None)
        elif token in _SHORT:  # not "-fjson", "-h", "-" or "--"
            key, value = _SHORT[token], next(tokens, None)
        else:
            return None
        if not value or value.startswith("-"):
            return None
        values.setdefault(key, []).append(value)
    return paths, values, flags


def fast_check(argv: list[str]) -> int | None:
    """Run ``check`` without typer when ``argv`` (after ``check``) is a plain, valid JSON request.

    ``None`` when it is anything else -- help, another format, an unknown or malformed option,
    a value that looks like an option -- so that typer parses it and answers as it always does.
    """
    parsed = _parse(argv)
    if parsed is None:
        return None
    paths, values, flags = parsed
    single = {key: items[-1] for key, items in values.items() if key != "pack"}
    fail_under, jobs = single.get("fail_under"), single.get("jobs")
    if not paths or single.get("format") != "json":
        return None
    if fail_under is not None and fail_under not in Threshold.__members__:
        return None
    if jobs is not None and not (jobs.isascii() and jobs.isdigit() and int(jobs) >= 1):
        return None
    return run_check(
        paths,
        pack=[Path(p) for p in values.get("pack", [])],
        output=OutputFormat.JSON,
        fail_under=Threshold(fail_under) if fail_under is not None else None,
        rating_rule=Path(single["rating_rule"]) if "rating_rule" in single else None,
        no_core="no_core" in flags,
        jobs=int(jobs) if jobs is not None else None,
        proposed="proposed" in flags,
    )


def register(app: "typer.Typer") -> None:
    # lazily: commands load what they need when they run (start-up time of draftkit)
    import typer

    @app.command(epilog=BATCH_HELP)
    def check(
        frameworks: Annotated[
            list[Path],
            typer.Argument(metavar="FRAMEWORK...", help="Framework files (YAML or JSON), or directories of them."),
        ],
        *,
        pack: Annotated[
            list[Path] | None,
            typer.Option("--pack", "-p", help="An extra rule pack: a file, or a shipped pack id (repeatable)."),
        ] = None,
        output: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, json or markdown.")] = (
            OutputFormat.TABLE
        ),
        fail_under: Annotated[
            Threshold | None,
            typer.Option("--fail-under", help="Exit 1 when an area (with the draft, NA ignored) is rated below this."),
        ] = None,
        rating_rule: Annotated[
            Path | None, typer.Option("--rating-rule", help="A rating-rule file instead of the shipped one.")
        ] = None,
        no_core: Annotated[
            bool,
            typer.Option("--no-core", help="Do not apply the default packs (unodc-2012 and the shipped defaults)."),
        ] = False,
        jobs: Annotated[
            int | None,
            typer.Option("--jobs", "-j", min=1, help="Processes for several frameworks (default: one per core)."),
        ] = None,
        language: Annotated[
            str | None,
            typer.Option(
                "--language",
                metavar="LANG",
                help="Language of the table and Markdown (en, fr, es...); default: the framework's language.",
            ),
        ] = None,
        fallback_language: Annotated[
            str | None,
            typer.Option(
                "--fallback-language",
                metavar="LANG",
                help="Give texts not yet translated into LANG in this language (en) instead of stopping.",
            ),
        ] = None,
        proposed: Annotated[
            bool,
            typer.Option(
                "--proposed",
                help="Add the third view, with the proposed bill: the law as the bill draftkit composes "
                "would leave it, assessed by the same packs (slower: the bill is composed).",
            ),
        ] = False,
    ) -> None:
        """Check frameworks against the rule packs: outcomes with evidence, ratings per area, remedies."""
        code = run_check(
            frameworks,
            pack=list(pack or []),
            output=output,
            fail_under=fail_under,
            rating_rule=rating_rule,
            no_core=no_core,
            jobs=jobs,
            language=language,
            fallback_language=fallback_language,
            proposed=proposed,
        )
        if code:
            raise typer.Exit(code)
