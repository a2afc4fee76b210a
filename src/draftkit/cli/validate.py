"""``draftkit validate FILE...``: check framework (and catalog or rule-pack) files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import InputError, Problem, printable

__all__ = ["register", "validate_files"]


def _kind_of(data: object) -> str:
    if isinstance(data, dict):
        if "criteria" in data:
            return "rulepack"
        if "area" in data and "country" not in data:
            return "catalog"
    return "framework"


def validate_files(files: list[Path]) -> tuple[list[Problem], list[str]]:
    """Validate each file by what it is; returns (problems, one summary line per good file)."""
    from draftkit.load.framework import framework_from_document
    from draftkit.source.files import read_document

    problems: list[Problem] = []
    summaries: list[str] = []
    for path in files:
        try:
            document = read_document(path)
            kind = _kind_of(document.data)
            if kind == "catalog":
                from draftkit.catalog import read_catalog

                count = len(read_catalog([path]))
                summaries.append(f"{path}: ok (catalog file, {count} model provisions)")
            elif kind == "rulepack":
                from draftkit.assess.pack import load_pack

                pack = load_pack(path)
                summaries.append(f"{path}: ok (rule pack '{pack.id}', {len(pack.criteria)} criteria)")
            else:
                framework = framework_from_document(document)
                summaries.append(
                    f"{path}: ok ({framework.country}, {framework.name}, {len(framework.provisions)} provisions)"
                )
        except InputError as error:
            problems.extend(error.problems)
    return problems, summaries


def register(app: typer.Typer) -> None:
    @app.command()
    def validate(
        files: Annotated[list[Path], typer.Argument(help="Framework, catalog or rule-pack files (YAML or JSON).")],
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing when all files are valid.")] = False,
    ) -> None:
        """Check files against the schema and report every problem as file:line:col: field: message."""
        problems, summaries = validate_files(files)
        if not quiet:
            for line in summaries:
                typer.echo(printable(line))  # a name may hold escapes that would rewrite the terminal
        if problems:
            raise InputError(problems)
