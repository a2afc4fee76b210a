"""``draftkit check FRAMEWORK``: run the rules engine and report ratings, gaps and remedies.

Imports stay inside the command so that ``draftkit --help`` does not pay for the
engine, and the engine path never imports python-docx, docxtpl or jsonschema.
Exit codes: 0 ok; 1 when ``--fail-under`` is given and an area (with the draft,
ignoring NA) is rated below it; 2 for bad input of any kind.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["OutputFormat", "Threshold", "register"]


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class Threshold(StrEnum):
    C = "C"
    LC = "LC"
    PC = "PC"
    NC = "NC"


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        framework: Annotated[Path, typer.Argument(help="The national framework file (YAML or JSON).")],
        *,
        pack: Annotated[
            list[Path] | None, typer.Option("--pack", "-p", help="An extra rule pack (repeatable).")
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
        no_core: Annotated[bool, typer.Option("--no-core", help="Do not apply the core pack unodc-2012.")] = False,
    ) -> None:
        """Check a framework against the rule packs: outcomes with evidence, ratings per area, remedies."""
        from draftkit.assess import assess, core_pack, load_pack, load_rating_rule
        from draftkit.assess.pack import RulePack
        from draftkit.assess.rating import RATING_ORDER
        from draftkit.assess.report import render_markdown, render_table
        from draftkit.catalog import load_catalog
        from draftkit.load.errors import InputError, Problem
        from draftkit.load.framework import load_framework
        from draftkit.models import Rating

        problems: list[Problem] = []
        packs: list[RulePack] = []
        loaded = None
        rule = None
        if no_core and not pack:
            problems.append(Problem("<command line>", 1, 1, (), "--no-core needs at least one --pack"))
        try:
            loaded = load_framework(framework)
        except InputError as error:
            problems.extend(error.problems)
        try:
            if not no_core:
                packs.append(core_pack())
        except InputError as error:
            problems.extend(error.problems)
        for path in pack or []:
            try:
                packs.append(load_pack(path))
            except InputError as error:
                problems.extend(error.problems)
        if rating_rule is not None:
            try:
                rule = load_rating_rule(rating_rule)
            except InputError as error:
                problems.extend(error.problems)
        if problems or loaded is None:
            raise InputError(problems)
        assessment = assess(loaded, packs, rating_rule=rule, catalog=load_catalog(), source=str(framework))
        if output is OutputFormat.JSON:
            typer.echo(assessment.model_dump_json(indent=2))
        elif output is OutputFormat.MARKDOWN:
            typer.echo(render_markdown(assessment), nl=False)
        else:
            render_table(assessment)
        if fail_under is not None:
            floor = RATING_ORDER.index(Rating(fail_under.value))
            below = [a for a in assessment.areas if a.rating is not Rating.NA and RATING_ORDER.index(a.rating) < floor]
            if below:
                names = ", ".join(f"{a.area.value} ({a.rating.value})" for a in below)
                typer.echo(f"draftkit: rated below {fail_under.value}: {names}", err=True)
                raise typer.Exit(1)
