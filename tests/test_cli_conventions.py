"""Command-line conventions: help with examples and exit codes, plain metavars, clear refusals, batch totals."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
COMMANDS = [
    ["validate"],
    ["migrate"],
    ["schema"],
    ["instruments"],
    ["guidance"],
    ["check"],
    ["draft"],
    ["diff"],
    ["import-akn"],
    ["questionnaire"],
    ["import"],
    ["explain"],
    ["init"],
    ["catalog", "list"],
    ["catalog", "show"],
    ["export", "akn"],
]


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args], check=False, capture_output=True, text=True, timeout=300, cwd=cwd
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_help_has_examples_exit_codes_and_no_python_types(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Examples:" in text
    assert "Exit codes:" in text
    for python_type in ("<list[", "<str>", "<path>", "<Path>", "<int", "<bool>", "<float>"):
        assert python_type not in text, f"{' '.join(command)} --help shows {python_type}"


def test_version() -> None:
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("draftkit ")


def test_draft_takes_dash_p_for_a_pack() -> None:
    result = CliRunner().invoke(app, ["draft", "--help"], terminal_width=100)
    assert "-p, --pack FILE" in result.output


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (EXAMPLES / "packs" / "cets-217.yaml", "this is a rule pack, not a framework; pass it with --pack"),
        (ROOT / "model_provisions" / "offences.yaml", "this is a catalog file of model provisions, not a framework"),
    ],
)
def test_a_pack_or_catalog_given_as_a_framework_says_what_it_is(source: Path, expected: str) -> None:
    done = _run("check", str(source))
    assert done.returncode == 2
    assert expected in done.stderr
    assert "draftkit: 1 problem found." in done.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("law.txt", "this is a text file (.txt), not YAML or JSON"),
        ("bill.docx", "this is a Word document (.docx), not YAML or JSON"),
    ],
)
def test_a_text_or_word_file_where_yaml_is_expected_is_refused(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    shutil.copy(EXAMPLES / "xa-common-law.yaml", path)  # even with YAML inside: the name says what it is
    for command in ("check", "validate"):
        done = _run(command, str(path))
        assert done.returncode == 2
        assert f"{path}:1:1: (document): {expected}" in done.stderr


def test_an_assessment_given_as_a_framework_points_to_diff(tmp_path: Path) -> None:
    out = tmp_path / "assessment.json"
    out.write_text(_run("check", str(EXAMPLES / "xc-penal-code-only.yaml"), "--format", "json").stdout)
    done = _run("check", str(out))
    assert done.returncode == 2
    assert "this is an assessment" in done.stderr
    assert "draftkit diff OLD.json NEW.json" in done.stderr


def test_a_batch_ends_with_how_many_were_done_and_failed(tmp_path: Path) -> None:
    for example in ("xa-common-law.yaml", "xc-penal-code-only.yaml"):
        shutil.copy(EXAMPLES / example, tmp_path / example)
    (tmp_path / "broken.yaml").write_text("country: X\n")
    done = _run("check", str(tmp_path), "--format", "json")
    assert done.returncode == 2
    assert done.stderr.rstrip().endswith("problems found; 2 done, 1 failed.")
    (tmp_path / "broken.yaml").unlink()
    good = _run("check", str(tmp_path), "--format", "json")
    assert good.returncode == 0
    assert good.stderr.rstrip().endswith("draftkit: 2 done, 0 failed.")


@pytest.mark.parametrize("columns", [80, 100])
def test_the_table_fits_the_terminal(columns: int) -> None:
    """On a terminal (a pseudo-terminal of this width), no line is wider than it; piped, 120 columns."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "draftkit", "check", str(EXAMPLES / "xc-penal-code-only.yaml")],
        stdout=terminal,
        stderr=subprocess.DEVNULL,
    )
    os.close(terminal)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait(timeout=300) == 0
    os.close(controller)
    shown = re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode())  # colours are not columns
    lines = shown.replace("\r\n", "\n").splitlines()
    assert max(len(line) for line in lines) <= columns
    piped = _run("check", str(EXAMPLES / "xc-penal-code-only.yaml"))
    assert max(len(line) for line in piped.stdout.splitlines()) == 120
