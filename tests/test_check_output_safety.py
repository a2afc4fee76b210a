"""`draftkit check` prints user text as text: no terminal escapes, no rich markup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FRAMEWORK = """\
draftkit: 1
country: XC
name: "Corvania \\e[2J\\e]0;pwned\\a [red]not markup[/red] \\u202Eevil"
legal_tradition: mixed
as_of: 2026-01-01
overrides:
  - {area: evidence, rating: PC, reason: "Judges say so \\e[31m[bold]loudly[/bold]"}
"""


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_user_text_is_shown_not_obeyed(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(FRAMEWORK, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "draftkit", "check", str(path), "--format", fmt],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    if fmt == "table":
        assert "\\x1b[2J" in out
        assert "\\u202e" in out
        assert "[red]not markup[/red]" in out
        assert "[bold]loudly[/bold]" in out
    else:  # Markdown escapes brackets and backslashes so that user text never becomes a link or markup
        assert "\\\\x1b\\[2J" in out  # shown as \x1b[2J
        assert "\\\\u202e" in out
        assert "\\[red\\]not markup\\[/red\\]" in out
        assert "\\[bold\\]loudly\\[/bold\\]" in out
