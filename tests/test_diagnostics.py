"""The bottom layer's "did you mean" hint: one wording for every message that names an unknown value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from draftkit.diagnostics import did_you_mean, suggest


@pytest.mark.parametrize(
    ("candidates", "hint"),
    [
        ([], ""),
        (["a"], "; did you mean 'a'?"),
        (["a", "b"], "; did you mean 'a' or 'b'?"),
        (["a", "b", "c"], "; did you mean 'a', 'b' or 'c'?"),
    ],
)
def test_did_you_mean_wording(candidates: list[str], hint: str) -> None:
    assert did_you_mean(candidates) == hint


def test_suggest_names_the_closest_choice() -> None:
    choices = ["recruitment", "incitement", "financing"]
    assert suggest("incitment", choices) == "; did you mean 'incitement'?"
    assert suggest("incitment", iter(choices)) == "; did you mean 'incitement'?"  # any iterable, read once


def test_suggest_names_up_to_n_choices_closest_first() -> None:
    assert suggest("offence.incitment", ["offence.incitement", "offence.recruitment", "xyz"], n=2) == (
        "; did you mean 'offence.incitement' or 'offence.recruitment'?"
    )


def test_suggest_without_a_close_choice() -> None:
    assert suggest("zzzz", ["incitement"]) == ""
    assert suggest("zzzz", []) == ""
    assert suggest("zzzz", ["incitement"], otherwise="; see `draftkit instruments`") == ("; see `draftkit instruments`")


@given(st.text(max_size=20), st.lists(st.text(max_size=20), max_size=8), st.integers(1, 3))
def test_suggest_only_names_given_choices(value: str, choices: list[str], n: int) -> None:
    hint = suggest(value, choices, n=n)
    if value in choices:
        assert f"'{value}'" in hint  # an exact match is always the closest
    named = [c for c in dict.fromkeys(choices) if f"'{c}'" in hint]
    assert hint == "" or hint.startswith("; did you mean ")
    assert len(named) >= (1 if hint else 0)
