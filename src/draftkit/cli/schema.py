"""``draftkit schema NAME``: print a shipped JSON Schema."""

from __future__ import annotations

from typing import Annotated

import typer

from draftkit.diagnostics import InputError

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command()
    def schema(
        name: Annotated[
            str,
            typer.Argument(help="framework, provision (a catalog file), rulepack or assessment."),
        ] = "framework",
    ) -> None:
        """Print the JSON Schema of a file format (for editors and other tools)."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.schema import SCHEMA_NAMES, shipped_schema

        if name not in SCHEMA_NAMES:
            raise InputError.single(
                "<command line>", f"unknown schema '{name}'; expected one of: {', '.join(SCHEMA_NAMES)}"
            )
        typer.echo(shipped_schema(name), nl=False)
