"""``draftkit instruments`` and ``draftkit guidance``: the registries citations resolve against.

Drafters need the instrument ids for a framework's ``instruments:`` list, and advisers
writing a rule pack need the guidance-point ids and which paragraphs may be cited as seen.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from draftkit.diagnostics import InputError

__all__ = ["register"]


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


LANGUAGE_HELP = "Language of the table (en, fr, es): titles and headings, and instruments as citations name them."


def register(app: typer.Typer) -> None:
    @app.command()
    def instruments(
        format_: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.TABLE,
        language: Annotated[str, typer.Option("--language", metavar="LANG", help=LANGUAGE_HELP)] = "en",
    ) -> None:
        """List the instrument registry: the ids a framework or a citation may name."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.i18n import messages
        from draftkit.reference import instrument_short
        from draftkit.reference import instruments as registry

        words = messages(language)
        items = list(registry().values())
        if format_ is Format.JSON:
            typer.echo(json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=words("registry.instruments.title", count=len(items)))
        for column in ("id", "short", "year", "kind"):
            table.add_column(words(f"registry.column.{column}"))
        for item in items:
            table.add_row(
                item.id,
                instrument_short(item.id, words.language),
                str(item.year) if item.year else words("registry.unknown_year"),
                words(f"registry.kind.{item.kind.value}"),
            )
        Console(width=120).print(table)

    @app.command()
    def guidance(
        area: Annotated[str | None, typer.Option(help="Only this area, e.g. criminalization.")] = None,
        format_: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.TABLE,
        language: Annotated[str, typer.Option("--language", metavar="LANG", help=LANGUAGE_HELP)] = "en",
    ) -> None:
        """List the guidance points of the 2012 publication, with the paragraphs that may be cited as seen."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.i18n import Data, messages, msg
        from draftkit.models import Area
        from draftkit.reference import guidance_points, localize_pinpoint

        if area is not None and area not in {a.value for a in Area}:
            known = ", ".join(a.value for a in Area)
            raise InputError.single("<command line>", f"unknown area '{area}'; expected one of: {known}")
        words = messages(language)
        points = [p for p in guidance_points().values() if area is None or p.area.value == area]
        if format_ is Format.JSON:
            typer.echo(json.dumps([p.model_dump(mode="json") for p in points], indent=2, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=words("registry.guidance.title", count=len(points)))
        for column in ("id", "area", "title", "location", "paragraphs", "confidence"):
            table.add_column(words(f"registry.column.{column}"))
        for point in points:
            paragraphs = words.list([words.param(n) for n in point.paragraphs]) or words("registry.none")
            table.add_row(
                point.id,
                words.text(msg(f"area.{point.area.value}")),
                words.text(Data(f"data.guidance.{point.id}", point.title)),
                localize_pinpoint(point.location, words.language),
                paragraphs,
                words(f"registry.confidence.{point.confidence.value}"),
            )
        Console(width=140).print(table)
