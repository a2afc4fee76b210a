"""``draftkit draft FRAMEWORK -o OUTDIR``: the annotated bill, the gap report, JSON and Markdown."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.load.errors import InputError

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.models import NationalFramework

__all__ = ["register", "run_assessment"]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError.single("--date", f"expected a date as YYYY-MM-DD; got '{value}'") from None


def run_assessment(framework: NationalFramework, packs: list[Path], source: str | None = None) -> Assessment:
    """The one assessment both documents are drawn from: the core pack plus any ``--pack`` given."""
    from draftkit.assess import assess, core_pack, load_pack

    chosen = [core_pack(), *(load_pack(path) for path in packs)] if packs else None
    return assess(framework, chosen, source=source)


def register(app: typer.Typer) -> None:
    @app.command()
    def draft(
        *,
        framework_file: Annotated[Path, typer.Argument(metavar="FRAMEWORK", help="A framework file (YAML or JSON).")],
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
            typer.Option("--pack", help="An extra rule pack, checked with the core pack (repeatable)."),
        ] = None,
    ) -> None:
        """Write bill.docx (annotated draft bill), gap-report.docx, assessment.json and report.md."""
        from draftkit.drafts import write_drafts
        from draftkit.load.files import read_document
        from draftkit.load.framework import framework_from_document

        started = time.perf_counter()
        when = _parse_date(date)
        document = read_document(framework_file)
        framework = framework_from_document(document)
        assessment = run_assessment(framework, list(pack or []), str(framework_file))
        written = write_drafts(
            framework,
            assessment,
            outdir,
            track_changes=not no_track_changes,
            date=when,
            author=author,
            document=document,
        )
        for path in written:
            typer.echo(str(path))
        typer.echo(f"drafted in {time.perf_counter() - started:.2f} s", err=True)
