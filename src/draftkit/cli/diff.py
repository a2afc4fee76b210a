"""``draftkit diff OLD.json NEW.json``: progress between two assessment rounds of the same State.

Both files are ``assessment.json`` as ``draftkit draft`` writes it (or ``draftkit check
--format json``). Per area the rating change; per requirement improved, worsened or
unchanged, with the provisions that made the difference. Assessments of different States
or against different rule packs are refused (exit 2), as is a file that is not an
assessment, with ``file:line:col`` locations.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.diagnostics import InputError

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.compose.progress import Progress
    from draftkit.models import NationalFramework

__all__ = ["load_assessment", "progress_json", "register"]


class DiffFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"


def load_assessment(path: Path) -> Assessment:
    """Read and validate an ``assessment.json``; ``InputError`` with located problems otherwise."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from pydantic import ValidationError

    from draftkit.assess.result import Assessment
    from draftkit.source.files import read_document
    from draftkit.source.model_errors import problems_from_validation_error

    document = read_document(path)
    if not isinstance(document.data, dict):
        raise InputError([document.problem((), "expected an assessment (a JSON object written by draftkit)")])
    try:
        return Assessment.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, Assessment)) from None


def progress_json(progress: Progress) -> str:
    data = {
        "country": progress.country,
        "before_as_of": progress.before_as_of,
        "after_as_of": progress.after_as_of,
        "areas": [
            {"area": a.area.value, "before": a.before.value, "after": a.after.value, "change": a.direction}
            for a in progress.areas
        ],
        "criteria": [
            {
                "criterion": c.criterion,
                "area": c.area.value,
                "before": c.before.value,
                "after": c.after.value,
                "change": c.direction,
                "provisions": list(c.provisions),
            }
            for c in progress.criteria
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def _framework_of(path: Path, after: Assessment) -> NationalFramework:
    """The framework of the new round, to name the provisions that made the difference; another State's is refused."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.diagnostics import InputError, Problem
    from draftkit.load import load_framework

    framework = load_framework(path)
    if framework.country != after.framework.country:
        message = (
            f"the framework is {framework.country}'s but the assessments are {after.framework.country}'s: "
            "give the framework the new assessment was made from"
        )
        raise InputError([Problem(str(path), 1, 1, ("country",), message)])
    return framework


def run_diff(
    old: Path,
    new: Path,
    output: DiffFormat,
    *,
    language: str = "en",
    fallback_language: str | None = None,
    framework_file: Path | None = None,
) -> int:
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.compose.progress import compare
    from draftkit.compose.report import fallback_note, progress_tree
    from draftkit.i18n import messages

    words = messages(language, fallback=fallback_language)  # an assessment records no language: English unless asked

    problems = []
    loaded: list[Assessment] = []
    for path in (old, new):
        try:
            loaded.append(load_assessment(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    before, after = loaded
    framework = _framework_of(framework_file, after) if framework_file is not None else None
    progress = compare(before, after, (str(old), str(new)))
    if output is DiffFormat.JSON:
        sys.stdout.write(progress_json(progress) + "\n")
        return 0
    tree = progress_tree(before, after, framework, fallback=fallback_note(words))
    if output is DiffFormat.MARKDOWN:
        from draftkit.render.markdown import render_markdown

        sys.stdout.write(render_markdown(tree, words))
    else:
        from draftkit.render.terminal import render_terminal

        render_terminal(tree, words)
    return 0


def register(app: typer.Typer) -> None:
    @app.command()
    def diff(
        *,
        old: Annotated[Path, typer.Argument(metavar="OLD.json", help="The assessment of the earlier round.")],
        new: Annotated[Path, typer.Argument(metavar="NEW.json", help="The assessment of this round.")],
        output: Annotated[DiffFormat, typer.Option("--format", "-f", help="table, markdown or json.")] = (
            DiffFormat.TABLE
        ),
        language: Annotated[
            str, typer.Option("--language", metavar="LANG", help="Language of the table and Markdown (en, fr, es...).")
        ] = "en",
        fallback_language: Annotated[
            str | None,
            typer.Option("--fallback-language", metavar="LANG", help="Give untranslated texts in this language (en)."),
        ] = None,
        framework_file: Annotated[
            Path | None,
            typer.Option(
                "--framework",
                metavar="FRAMEWORK",
                help="The framework of the new round: the provisions that made the difference are named "
                '("section 5 of the ... Act"), not only given by reference.',
            ),
        ] = None,
    ) -> None:
        """Progress between two assessments of one State: rating changes, requirements improved or worsened."""
        code = run_diff(
            old, new, output, language=language, fallback_language=fallback_language, framework_file=framework_file
        )
        if code:
            raise typer.Exit(code)
