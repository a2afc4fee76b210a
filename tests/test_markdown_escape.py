"""The Markdown renderer's escaping, tested directly (the mutation run found these paths only
exercised through whole reports, where a wrong escape or a lost space went unnoticed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from draftkit.compose.report_tree import Run
from draftkit.i18n import Messages
from draftkit.render.markdown import _Writer, md


def test_line_breaks_and_runs_of_spaces_become_one_space() -> None:
    assert md("Penal Code\n  1962\tsection 41") == "Penal Code 1962 section 41"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- not a list item", "\\- not a list item"),
        ("+ not a list item", "\\+ not a list item"),
        ("= not a heading underline", "\\= not a heading underline"),
        ("1. not a numbered item", "1\\. not a numbered item"),
        ("12) not a numbered item", "12\\) not a numbered item"),
    ],
)
def test_a_leading_list_or_heading_marker_is_escaped(text: str, expected: str) -> None:
    assert md(text) == expected


def test_a_marker_inside_the_text_is_left_as_written() -> None:
    assert md("sections 1. and 2- apply") == "sections 1. and 2- apply"


@pytest.mark.parametrize("char", list("\\`*_[]<>|#~"))
def test_every_special_character_is_escaped(char: str) -> None:
    assert md(f"a{char}b") == f"a\\{char}b"


@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), max_size=40))
def test_escaped_text_has_no_unescaped_special_character(text: str) -> None:
    out = md(text)
    index = 0
    while index < len(out):
        if out[index] == "\\":
            index += 2
            continue
        assert out[index] not in "`*_[]<>|#~", (text, out)
        index += 1


def _run(run: Run) -> str:
    return _Writer(Messages()).run(run)


def test_a_reference_is_code_and_its_backticks_cannot_close_it() -> None:
    assert _run(Run("xa.penal_code.s41", reference=True)) == "`xa.penal_code.s41`"
    assert _run(Run("a`b", reference=True)) == "`a'b`"


def test_an_empty_reference_prints_nothing() -> None:
    assert _run(Run("  ", reference=True)) == ""


def test_bold_and_italic_runs_keep_the_spaces_around_them() -> None:
    assert _run(Run(" strong ", bold=True)) == " **strong** "
    assert _run(Run("slanted", italic=True)) == "*slanted*"
    assert _run(Run(" ")) == " "
    assert _run(Run("")) == ""


def test_a_terminal_escape_is_shown_escaped_not_sent() -> None:
    out = md("Ruritania\x1b[31m")
    assert "\x1b" not in out
    assert out == "Ruritania\\\\x1b\\[31m"
