"""``draftkit validate FILE...``: check framework (and catalog or rule-pack) files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import InputError, Problem, printable

__all__ = ["register", "validate_files"]


def validate_files(files: list[Path]) -> tuple[list[Problem], list[str], list[Problem]]:
    """Validate each file by what it is; returns (problems, one summary line per good file, warnings).

    A warning is something the file may rightly say but a reader should know: a framework's
    reference to a provision that is missing or repealed is a defect of the law it describes; a
    rule pack's criterion that does not say why it binds (DK320).
    """
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.load.framework import framework_from_document
    from draftkit.source.files import kind_of, read_document
    from draftkit.source.upgrade import is_version_1

    problems: list[Problem] = []
    summaries: list[str] = []
    warnings: list[Problem] = []
    for path in files:
        try:
            document = read_document(path)
            kind = kind_of(document.data)
            old = (
                "; file-format version 1, read as version 2: `draftkit migrate` rewrites it"
                if (kind != "rulepack" and is_version_1(document.data))
                else ""
            )
            if kind == "catalog":
                from draftkit.catalog import load_catalog, read_catalog

                count = len(read_catalog([path], also_known=load_catalog()))  # may lean on the shipped terms
                summaries.append(f"{path}: ok (catalog file, {count} model provisions{old})")
            elif kind == "rulepack":
                from draftkit.assess.pack import pack_from_document
                from draftkit.validate.checks import Subject, run_checks
                from draftkit.validate.pack_checks import PackInput

                pack = pack_from_document(document)
                warnings.extend(run_checks(Subject.PACK, PackInput(pack.file, document), warnings=True))
                summaries.append(f"{path}: ok (rule pack '{pack.id}', {len(pack.criteria)} criteria)")
            else:
                from draftkit.catalog import catalog_ids
                from draftkit.validate.checks import Subject, run_checks
                from draftkit.validate.framework_checks import FrameworkInput

                framework = framework_from_document(document)
                given = FrameworkInput(framework, document, catalog_ids())
                warnings.extend(run_checks(Subject.FRAMEWORK, given, warnings=True))
                summaries.append(
                    f"{path}: ok ({framework.country}, {framework.name}, {len(framework.provisions)} provisions{old})"
                )
        except InputError as error:
            problems.extend(error.problems)
    return problems, summaries, warnings


def register(app: typer.Typer) -> None:
    @app.command()
    def validate(
        files: Annotated[list[Path], typer.Argument(help="Framework, catalog or rule-pack files (YAML or JSON).")],
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing when all files are valid.")] = False,
    ) -> None:
        """Check files against the schema and report every problem as file:line:col: field: message."""
        problems, summaries, warnings = validate_files(files)
        for warning in warnings:  # on standard error, like problems, but they do not fail the run
            typer.echo(str(replace(warning, message=f"warning: {warning.message}")), err=True)
        if not quiet:
            for line in summaries:
                typer.echo(printable(line))  # a name may hold escapes that would rewrite the terminal
        if problems:
            raise InputError(problems)
