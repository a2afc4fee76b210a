"""``draftkit instruments`` and ``draftkit guidance``: the registries citations resolve against.

Drafters need the instrument ids for a framework's ``instruments:`` list, and advisers
writing a rule pack need the guidance-point ids and which paragraphs may be cited as seen.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

__all__ = ["register"]


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


def register(app: typer.Typer) -> None:
    @app.command()
    def instruments(
        format_: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.TABLE,
    ) -> None:
        """List the instrument registry: the ids a framework or a citation may name."""
        from draftkit.reference import instruments as registry

        items = list(registry().values())
        if format_ is Format.JSON:
            typer.echo(json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Instruments ({len(items)})")
        for column in ("id", "short title", "year", "kind"):
            table.add_column(column)
        for item in items:
            table.add_row(item.id, item.short, str(item.year) if item.year else "?", item.kind.value)
        Console(width=120).print(table)

    @app.command()
    def guidance(
        area: Annotated[str | None, typer.Option(help="Only this area, e.g. criminalization.")] = None,
        format_: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.TABLE,
    ) -> None:
        """List the guidance points of the 2012 publication, with the paragraphs that may be cited as seen."""
        from draftkit.diagnostics import InputError
        from draftkit.models import Area
        from draftkit.reference import guidance_points

        if area is not None and area not in {a.value for a in Area}:
            known = ", ".join(a.value for a in Area)
            raise InputError.single("<command line>", f"unknown area '{area}'; expected one of: {known}")
        points = [p for p in guidance_points().values() if area is None or p.area.value == area]
        if format_ is Format.JSON:
            typer.echo(json.dumps([p.model_dump(mode="json") for p in points], indent=2, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Guidance points ({len(points)}); paragraphs: seen in the text, citable as verified")
        for column in ("id", "area", "title", "location", "paragraphs", "confidence"):
            table.add_column(column)
        for point in points:
            paragraphs = ", ".join(str(n) for n in point.paragraphs) or "-"
            table.add_row(point.id, point.area.value, point.title, point.location, paragraphs, point.confidence.value)
        Console(width=140).print(table)
