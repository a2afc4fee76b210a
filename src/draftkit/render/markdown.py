"""Markdown from a report tree: ``report.md`` and ``draftkit check --format markdown``, one renderer.

Every text, user text and catalog text alike, is escaped for Markdown (HTML, emphasis,
links, table pipes, headings), so a framework name such as ``<b>Ruritania</b>`` comes out
as written, never as markup, in both outputs. Identifiers are shown as code, only in
reference columns. The renderer only walks the tree; the words come from ``Messages``.
"""

from __future__ import annotations

import re
from typing import assert_never

from draftkit.compose.report_tree import (
    Block,
    Cell,
    Contents,
    FillLines,
    Heading,
    Items,
    Para,
    ParaStyle,
    Quote,
    Report,
    Run,
    Table,
    Text,
)
from draftkit.diagnostics import printable
from draftkit.i18n import Messages
from draftkit.render.format import DraftContext, OutputFormat

__all__ = ["OUTPUT", "md", "render_markdown"]

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|#~"})
_LEADING = re.compile(r"^(\s*)(\d+[.)]|[-+=])(\s)")
"""A line start Markdown would read as a list item or a heading underline ("- ", "1. ", "2) ", "= ")."""


def md(text: str) -> str:
    """Inline-safe Markdown: special characters escaped, line breaks as spaces, no terminal escapes.

    A leading list or heading marker has its punctuation escaped ("1\\. "): a backslash before a
    digit is not an escape in Markdown and would be printed."""
    flat = printable(" ".join(text.split())).translate(_SPECIAL)
    return _LEADING.sub(lambda m: f"{m[1]}{m[2][:-1]}\\{m[2][-1]}{m[3]}", flat)


class _Writer:
    def __init__(self, words: Messages) -> None:
        self.words = words
        self.lines: list[str] = []

    def t(self, text: Text) -> str:
        return md(self.words.text(text))

    def run(self, run: Run) -> str:
        if run.reference:
            raw = printable(self.words.text(run.text)).replace("`", "'")
            return f"`{raw}`" if raw.strip() else ""
        raw = self.words.text(run.text)
        text = md(raw)
        if not text:
            return " " if raw[:1].isspace() or raw[-1:].isspace() else ""
        if run.bold:
            text = f"**{text}**"
        if run.italic:
            text = f"*{text}*"
        lead = " " if raw[:1].isspace() else ""
        trail = " " if raw[-1:].isspace() else ""
        return f"{lead}{text}{trail}"

    def para(self, para: Para) -> str:
        return " ".join("".join(self.run(r) for r in para.runs).split(" ")).strip().replace("  ", " ")

    def cell(self, cell: Cell) -> str:
        return "<br>".join(p for p in (self.para(x) for x in cell) if p)

    def block(self, block: Block, report: Report) -> None:
        if isinstance(block, Heading):
            number = f"{block.number} " if block.number else ""
            self.lines += [f"{'#' * (block.level + 1)} {md(number) + ' ' if number else ''}{self.t(block.text)}", ""]
        elif isinstance(block, Para):
            text = self.para(block)
            if block.style is ParaStyle.NOTE:
                text = f"*{text}*" if text else text
            elif block.style is ParaStyle.BOX:
                text = f"> {text}"
            self.lines += [text, ""]
        elif isinstance(block, Items):
            for index, entry in enumerate(block.entries, start=1):
                mark = f"{index}." if block.numbered else "-"
                self.lines.append(f"{mark} {self.para(entry)}")
            self.lines.append("")
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Quote):
            self.lines.append(f"> **{self.t(block.heading)}**")
            self.lines += [f"> {md(line)}" for line in block.lines]
            self.lines.append("")
        elif isinstance(block, Contents):
            self.contents(block, report)
        elif isinstance(block, FillLines):
            pass  # a form to write on: only in the Word document
        else:  # not a block of the tree: a composer's bug, never silently dropped
            assert_never(block)

    def table(self, table: Table) -> None:
        if table.caption is not None:
            self.lines += [f"*{self.t(table.caption)}*", ""]
        if table.key_value:
            for row in table.rows:
                label, *values = row
                self.lines.append(f"- **{self.cell(label)}** {' '.join(self.cell(v) for v in values)}")
            self.lines.append("")
            return
        headers = [self.t(c.header) for c in table.columns]
        self.lines.append("| " + " | ".join(headers) + " |")
        self.lines.append("|" + "---|" * len(headers))
        for row in table.rows:
            self.lines.append("| " + " | ".join(self.cell(cell) or " " for cell in row) + " |")
        self.lines.append("")

    def contents(self, block: Contents, report: Report) -> None:
        self.lines += [f"## {self.t(block.title)}", ""]
        for heading in report.headings(block.depth):
            text = self.words.text(heading.text)
            title = f"{heading.number} {text}".strip()
            indent = "  " * (heading.level - 1)
            self.lines.append(f"{indent}- [{md(title)}](#{_anchor(title)})")
        self.lines.append("")


def _anchor(title: str) -> str:
    """The anchor GitHub and most Markdown viewers give a heading."""
    kept = re.sub(r"[^\w\- ]", "", title.lower(), flags=re.UNICODE)
    return kept.replace(" ", "-")


def render_markdown(report: Report, words: Messages | None = None) -> str:
    """The report as Markdown text."""
    w = _Writer(words or Messages())
    cover = report.cover
    title = w.t(cover.title)
    state = w.t(cover.state)
    w.lines += [f"# {title}" if state in title else f"# {title} \u2014 {state}", ""]
    if cover.subtitle:
        w.lines += [f"*{w.t(cover.subtitle)}*", ""]
    w.lines += [f"{w.t(line)}  " for line in cover.lines]
    if cover.lines:
        w.lines.append("")
    if cover.notice:
        w.lines += [f"**{w.t(cover.notice)}**", ""]
    for block in report.blocks:
        w.block(block, report)
    return "\n".join(w.lines).rstrip() + "\n"


def _render(context: DraftContext) -> bytes:
    return render_markdown(context.report, context.words).encode("utf-8")


OUTPUT = OutputFormat(
    "report.md",
    "The gap report as Markdown, for review in a browser or a pull request (the same tree as gap-report.docx).",
    _render,
)
