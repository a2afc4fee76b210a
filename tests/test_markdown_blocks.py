"""The Markdown renderer's layout of each kind of block, tested directly on small trees.

Whole reports exercise every branch, but their assertions look for words; the first mutation
run left most of ``_Writer.block`` alive (a heading one level off, a list numbered from 0, a
table without its separator line all went unnoticed). Each test here fixes the exact lines.
"""

from __future__ import annotations

import pytest

from draftkit.compose.report_tree import (
    Block,
    Column,
    Contents,
    Cover,
    FillLines,
    Heading,
    Items,
    Para,
    ParaStyle,
    Quote,
    Report,
    Run,
    Table,
)
from draftkit.i18n import Messages
from draftkit.render.markdown import _anchor, _Writer, render_markdown


def _para(*texts: str, style: ParaStyle = ParaStyle.BODY) -> Para:
    return Para(tuple(Run(t) for t in texts), style)


def _cover(
    state: str = "Ruritania",
    title: str = "Gap report",
    *,
    subtitle: str = "",
    lines: tuple[str, ...] = (),
    notice: str = "",
) -> Cover:
    return Cover(state=state, title=title, subtitle=subtitle, lines=lines, notice=notice)


def _report(*blocks: Block, cover: Cover | None = None) -> Report:
    return Report(
        cover=cover or _cover(),
        blocks=blocks,
        header="header",
        footer="footer",
        properties_title="title",
    )


def _lines(*blocks: Block) -> list[str]:
    """The lines a writer makes of the blocks, in a report holding them."""
    report = _report(*blocks)
    writer = _Writer(Messages())
    for block in report.blocks:
        writer.block(block, report)
    return writer.lines


def test_a_heading_is_one_level_deeper_than_the_report_title_with_its_number() -> None:
    assert _lines(Heading(1, "2", "Findings")) == ["## 2 Findings", ""]
    assert _lines(Heading(2, "2.1", "Criminalization")) == ["### 2.1 Criminalization", ""]
    assert _lines(Heading(3, "", "Annex")) == ["#### Annex", ""]


def test_a_heading_number_and_title_are_escaped() -> None:
    assert _lines(Heading(1, "1.", "A *bold* title")) == ["## 1. A \\*bold\\* title", ""]


def test_paragraph_styles() -> None:
    assert _lines(_para("Plain text.")) == ["Plain text.", ""]
    assert _lines(_para("A caveat.", style=ParaStyle.NOTE)) == ["*A caveat.*", ""]
    assert _lines(_para("", style=ParaStyle.NOTE)) == ["", ""]
    assert _lines(_para("Key finding.", style=ParaStyle.BOX)) == ["> Key finding.", ""]
    assert _lines(_para("Rating: C", style=ParaStyle.LEAD)) == ["Rating: C", ""]


def test_runs_are_joined_with_single_spaces_and_trimmed() -> None:
    para = Para((Run(" Rating: "), Run("Compliant", bold=True), Run("  (C) ")))
    assert _lines(para) == ["Rating: **Compliant** (C)", ""]


def test_numbered_items_count_from_one_and_bullets_are_dashes() -> None:
    numbered = Items((_para("first"), _para("second")))
    assert _lines(numbered) == ["1. first", "2. second", ""]
    bullets = Items((_para("one"), _para("two")), numbered=False)
    assert _lines(bullets) == ["- one", "- two", ""]


def test_a_table_has_a_header_a_separator_per_column_and_a_row_per_row() -> None:
    table = Table(
        columns=(Column("Area", 4.0), Column("Rating", 2.0)),
        rows=(((_para("Offences"),), (_para("C"),)), ((_para("Powers"), _para("more")), ())),
    )
    assert _lines(table) == [
        "| Area | Rating |",
        "|---|---|",
        "| Offences | C |",
        "| Powers<br>more |   |",
        "",
    ]


def test_a_table_caption_comes_first_in_italics() -> None:
    table = Table(columns=(Column("A", 1.0),), rows=(((_para("x"),),),), caption="Table 1: ratings")
    assert _lines(table)[:3] == ["*Table 1: ratings*", "", "| A |"]


def test_a_key_value_table_is_a_list_of_bold_labels() -> None:
    table = Table(
        columns=(Column("", 4.0), Column("", 12.0)),
        rows=(((_para("State"),), (_para("Ruritania"),), (_para("(2026)"),)),),
        key_value=True,
    )
    assert _lines(table) == ["- **State** Ruritania (2026)", ""]


def test_an_empty_paragraph_in_a_cell_adds_no_break() -> None:
    writer = _Writer(Messages())
    assert writer.cell((_para("a"), _para(""), _para("b"))) == "a<br>b"
    assert writer.cell(()) == ""


def test_a_quote_has_a_bold_heading_and_each_line_quoted_and_escaped() -> None:
    quote = Quote("Penal Code, s 41", ("(1) A person who", "(2) *emphasis*"))
    assert _lines(quote) == ["> **Penal Code, s 41**", "> (1) A person who", "> (2) \\*emphasis\\*", ""]


def test_fill_lines_are_only_for_the_word_document() -> None:
    assert _lines(FillLines(3)) == []


def test_contents_link_each_heading_down_to_its_depth_indented_by_level() -> None:
    report = _report(
        Contents("Contents", depth=2),
        Heading(1, "1", "Findings"),
        Heading(2, "1.1", "Offences"),
        Heading(3, "1.1.1", "Too deep"),
    )
    writer = _Writer(Messages())
    writer.block(report.blocks[0], report)
    assert writer.lines == [
        "## Contents",
        "",
        "- [1 Findings](#1-findings)",
        "  - [1.1 Offences](#11-offences)",
        "",
    ]


def test_anchors_are_lower_case_without_punctuation_and_with_dashes() -> None:
    assert _anchor("2.1 Terrorist financing (ICSFT)") == "21-terrorist-financing-icsft"
    assert _anchor("Sécurité d'État") == "sécurité-détat"
    assert _anchor("a-b") == "a-b"


def test_the_cover_names_the_state_once() -> None:
    text = render_markdown(_report(cover=_cover("Ruritania", "Gap report")))
    assert text == "# Gap report \u2014 Ruritania\n"
    named = render_markdown(_report(cover=_cover("Ruritania", "Ruritania: gap report")))
    assert named == "# Ruritania: gap report\n"


def test_the_cover_lines_subtitle_and_notice() -> None:
    cover = _cover(subtitle="Draft", lines=("Prepared by X", "November 2026"), notice="Not for citation")
    text = render_markdown(_report(_para("Body."), cover=cover))
    assert text.split("\n") == [
        "# Gap report \u2014 Ruritania",
        "",
        "*Draft*",
        "",
        "Prepared by X  ",
        "November 2026  ",
        "",
        "**Not for citation**",
        "",
        "Body.",
        "",
    ]


def test_a_cover_without_lines_has_no_blank_line_for_them() -> None:
    text = render_markdown(_report(_para("Body."), cover=_cover(notice="N")))
    assert text.split("\n") == ["# Gap report \u2014 Ruritania", "", "**N**", "", "Body.", ""]


def test_something_that_is_not_a_block_is_refused_not_dropped() -> None:
    """A composer that put anything else in the tree (a heading lost as ``None``) fails loudly: the report would
    otherwise silently miss a heading."""
    report = _report(_para("Body."))
    writer = _Writer(Messages())
    with pytest.raises(AssertionError):
        writer.block(None, report)  # type: ignore[arg-type]
