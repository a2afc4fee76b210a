"""CONTRIBUTING.md's recipes stay true: each names, numbered, the files it touches, as many as its
heading says, and every path the guide names exists (a placeholder such as ``<kind>`` matches any name)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")

REQUIRED = (
    "an output format",
    "a check",
    "an operator",
    "a criterion",
    "an element",
    "a provision kind",
    "a language",
)
"""The recipes issue #19 asks for: whatever people add to draftkit."""

_ROOTS = ("src/", "tests/", "model_provisions/", "docs/", "examples/", "templates/", "benchmarks/")
_ITEM = re.compile(r"^\d+\. `([^`]+)`", re.MULTILINE)


def _recipes() -> dict[str, str]:
    """``Add a check (2 files)`` -> its text, for every ``### Add ...`` section."""
    sections = re.split(r"^### ", GUIDE, flags=re.MULTILINE)[1:]
    return {s.split("\n", 1)[0]: s.split("\n", 1)[1] for s in sections if s.startswith("Add ")}


def _exists(path: str) -> bool:
    pattern = re.sub(r"<[^>]+>", "*", path.rstrip("/"))
    return any(ROOT.glob(pattern)) if "*" in pattern else (ROOT / pattern).exists()


def test_every_recipe_issue_19_asks_for_is_written() -> None:
    headings = list(_recipes())
    for wanted in REQUIRED:
        assert any(h.startswith(f"Add {wanted} ") for h in headings), f"no recipe 'Add {wanted}'"


@pytest.mark.parametrize("heading", list(_recipes()))
def test_a_recipe_numbers_as_many_files_as_its_heading_says(heading: str) -> None:
    items = _ITEM.findall(_recipes()[heading])
    counted = re.search(r"\(([^)]*)\)", heading)
    assert counted is not None, f"'{heading}' says how many files it touches, in brackets"
    stated = [int(n) for n in re.findall(r"\d+", counted.group(1))]
    assert items, f"'{heading}' numbers the files it touches: 1. `path`: ..."
    assert max(stated) == len(items), f"'{heading}' states {stated}, numbers {len(items)}: {items}"
    assert len(set(items)) == len(items), f"'{heading}' names a file twice"
    assert all(item.startswith(_ROOTS) for item in items), f"'{heading}': give paths from the repository root"


def test_every_path_the_guide_names_exists() -> None:
    named = {p for p in re.findall(r"`([^`\s]+)`", GUIDE) if p.startswith(_ROOTS)}
    assert len(named) > 20  # the recipes' files, not an empty guide
    missing = sorted(p for p in named if not _exists(p))
    assert missing == [], f"CONTRIBUTING.md names paths that do not exist: {missing}"


def test_placeholders_are_matched_not_taken_literally() -> None:
    assert _exists("src/draftkit/models/kinds/<kind>.py")
    assert not _exists("src/draftkit/models/kinds/<kind>.yaml")
    assert not _exists("src/draftkit/no_such_module.py")
