"""A report tree on a terminal (``draftkit check``, ``draftkit diff``): rich tables, plain paragraphs.

Like the Markdown and Word renderers it only walks the tree and words it with
``Messages``; user text is printed as text (no terminal escapes, no rich markup).
``rich`` is imported only here, when a table is drawn.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from draftkit.compose.report_tree import Cell, Heading, Items, Para, ParaStyle, Report, Table
from draftkit.diagnostics import printable
from draftkit.i18n import Messages

__all__ = ["render_terminal"]


def _terminal_width(stream: TextIO) -> int:
    try:
        if stream.isatty():
            return max(60, min(160, os.get_terminal_size(stream.fileno()).columns))
    except (OSError, ValueError, AttributeError):  # not a real file (a buffer, a closed stream)
        pass
    return 120


def render_terminal(
    report: Report, words: Messages | None = None, file: TextIO | None = None, width: int | None = None
) -> None:
    # lazily: rich loads only when the check prints its table (not for JSON or Markdown)
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table as RichTable

    w = words or Messages()

    def text(para: Para) -> str:
        out = []
        for run in para.runs:
            piece = escape(printable(w.text(run.text)))
            if run.bold and piece.strip():
                piece = f"[bold]{piece}[/bold]"
            elif run.italic and piece.strip():
                piece = f"[italic]{piece}[/italic]"
            out.append(piece)
        return "".join(out).strip()

    def cell(value: Cell) -> str:
        return "\n".join(t for t in (text(p) for p in value) if t)

    # On a terminal, its own width (tables fit it; 60 to 160 columns); piped output, which has no
    # width, 120 columns (80 would squeeze the tables unreadably).
    width = width or _terminal_width(file if file is not None else sys.stdout)
    console = Console(file=file, width=width, highlight=False, soft_wrap=False)
    console.print(f"[bold]{escape(printable(w.text(report.cover.title)))}[/bold]")
    pending_title: str | None = None
    for block in report.blocks:
        if isinstance(block, Heading):
            pending_title = escape(printable(w.text(block.text)))
        elif isinstance(block, Table):
            table = RichTable(title=pending_title, title_justify="left")
            pending_title = None
            for column in block.columns:
                table.add_column(
                    escape(printable(w.text(column.header))),
                    no_wrap=column.reference,
                    ratio=None if column.reference else max(1, round(column.width)),
                )
            for row in block.rows:
                table.add_row(*(cell(value) for value in row))
            console.print(table)
        elif isinstance(block, Para):
            if pending_title:
                console.print(f"[bold]{pending_title}[/bold]")
                pending_title = None
            style = "dim" if block.style is ParaStyle.NOTE else None
            console.print(text(block), style=style)
        elif isinstance(block, Items):
            for number, entry in enumerate(block.entries, start=1):
                console.print(f"{number}. {text(entry)}" if block.numbered else f"- {text(entry)}")
