"""``draftkit explain KIND[.ELEMENT]`` and ``draftkit init``: the format, in words, where it is needed."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import COMMAND_LINE, InputError

__all__ = ["register"]


def shipped_examples() -> dict[str, Path]:
    """The example States shipped with draftkit, by the code their file name starts with (``xa``)."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.paths import bundled_dir

    return {path.name.split("-", 1)[0]: path for path in sorted(bundled_dir("examples").glob("x*-*.yaml"))}


def register(app: typer.Typer) -> None:
    @app.command()
    def explain(
        name: Annotated[
            str, typer.Argument(metavar="KIND[.ELEMENT]", help="e.g. offence, or offence.penalty.max_years.")
        ],
    ) -> None:
        """Print a provision kind's elements, or one element, with its type and allowed values.

        The same words as docs/format.md, generated from the models.

        Examples:

          draftkit explain offence

          draftkit explain investigative_power.authorisation

        Exit codes: 0 printed; 2 no such kind or element (the nearest names are suggested).
        """
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.formatref import explain as explained

        typer.echo(explained(name), nl=False)

    @app.command()
    def init(
        *,
        output: Annotated[Path, typer.Argument(metavar="FILE.yaml", help="The framework file to write.")],
        country: Annotated[
            str | None, typer.Option(metavar="CODE", help="ISO 3166-1 alpha-2 code (XA-XZ for a fictional State).")
        ] = None,
        name: Annotated[
            str | None, typer.Option(metavar="TEXT", help="Name of the State, as documents print it.")
        ] = None,
        tradition: Annotated[
            str | None,
            typer.Option(
                metavar="TRADITION",
                help="common_law, civil_law, mixed, islamic_law or other: the form of the bill draftkit drafts.",
            ),
        ] = None,
        language: Annotated[str, typer.Option(metavar="LANG", help="Language of the framework's texts.")] = "en",
        example: Annotated[
            str | None,
            typer.Option(metavar="CODE", help="Copy a shipped example State instead (xa, xb...: see examples/)."),
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Overwrite FILE.yaml if it exists.")] = False,
    ) -> None:
        """Write a starter framework that validates, with every provision kind's elements and allowed
        values as comments; or, with --example, a copy of a shipped example State.

        On a terminal, what the flags leave out is asked for; otherwise --country, --name and
        --tradition are needed.

        Examples:

          draftkit init aldermere.yaml --country XA --name "Republic of Aldermere" --tradition common_law

          draftkit init xa.yaml --example xa && draftkit check xa.yaml

        Exit codes: 0 written; 2 bad input or FILE.yaml exists (nothing written; --force overwrites).
        """
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.drafts import write_outputs

        if output.exists() and not force:
            raise InputError.single(COMMAND_LINE, f"{output} exists; choose another name, or overwrite it with --force")
        if example is not None:
            examples = shipped_examples()
            if example not in examples:
                raise InputError.single(
                    COMMAND_LINE, f"no example '{example}'; the shipped examples are: {', '.join(examples)}"
                )
            data = examples[example].read_bytes()
            write_outputs({output.name: data}, output.parent, what="the framework")
            typer.echo(f"{output}: the example {examples[example].name}; next: draftkit check {output}")
            return
        asking = sys.stdin.isatty()
        if asking:
            country = country or typer.prompt("Country code (ISO 3166-1 alpha-2, XA-XZ for a fictional State)")
            name = name or typer.prompt("Name of the State, as documents print it")
            tradition = tradition or typer.prompt(
                "Legal tradition (common_law, civil_law, mixed, islamic_law or other)", default="common_law"
            )
        missing = [
            flag for flag, value in (("--country", country), ("--name", name), ("--tradition", tradition)) if not value
        ]
        if missing:
            raise InputError.single(COMMAND_LINE, f"give {', '.join(missing)} (there is no terminal to ask on)")
        if country is None or name is None or tradition is None:  # pragma: no cover - `missing` said so
            return
        from draftkit.formatref import starter_yaml
        from draftkit.load.framework import parse_framework

        text = starter_yaml(country.strip().upper(), name.strip(), tradition.strip(), language, dt.date.today())
        try:
            parse_framework(text, str(output))  # the flags' values, validated as the framework's fields
        except InputError as error:
            flags = {
                "country": "--country",
                "name": "--name",
                "legal_tradition": "--tradition",
                "language": "--language",
            }
            raise InputError(
                [
                    replace(p, file=COMMAND_LINE, message=f"{flags.get(str(p.path[0]), 'the file')}: {p.message}")
                    if p.path
                    else p
                    for p in error.problems
                ]
            ) from None
        write_outputs({output.name: text.encode()}, output.parent, what="the framework")
        typer.echo(f"{output}: a starter framework for {name}; describe its law, then: draftkit validate {output}")
