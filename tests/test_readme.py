"""Every command the README shows runs as shown (so the README cannot rot).

Commands are the lines of the README that start with ``$ ``; an expected exit code other than 0
is written after the command as ``# exit N``. They run from a scratch directory that links to
the repository's examples, tests and src, so outputs such as ``out/`` never land in the checkout.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from draftkit.drafts import output_names
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = re.compile(r"^\s*\$ (?P<command>.+?)(?:\s+# exit (?P<code>\d+))?\s*$", re.MULTILINE)
COMMANDS = [(m.group("command"), int(m.group("code") or 0)) for m in COMMAND.finditer(README)]


def test_readme_shows_the_two_commands_and_every_cli_command() -> None:
    assert "make demo" in README
    assert "make test" in README
    shown = {shlex.split(c)[1] for c, _ in COMMANDS if c.startswith("draftkit ")}
    assert {"validate", "check", "draft", "catalog", "schema"} <= shown


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    for name in ("examples", "tests", "src"):
        (work / name).symlink_to(ROOT / name)
    return work


@pytest.mark.parametrize(("command", "code"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_readme_command_runs(command: str, code: int, scratch: Path) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        command, shell=True, cwd=scratch, env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == code, result.stdout[-2000:] + result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_make_demo_runs_the_demo_module_on_the_examples(tmp_path: Path) -> None:
    """`make demo` is `python -m draftkit.demo examples out`; run that here into a scratch directory."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m draftkit.demo examples out" in makefile
    result = subprocess.run(
        [sys.executable, "-m", "draftkit.demo", str(ROOT / "examples"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for stem in ("xa-common-law", "xb-civil-law", "xc-penal-code-only"):
        for name in output_names():
            assert (tmp_path / "out" / stem / name).is_file()
    assert "Republic of Belvoria" in result.stdout


def test_embed_example_uses_only_the_public_api(tmp_path: Path) -> None:
    source = (ROOT / "examples" / "embed.py").read_text(encoding="utf-8")
    imported = set(re.findall(r"^\s*(?:from|import) (\S+)", source, re.MULTILINE))
    assert imported <= {"__future__", "datetime", "sys", "pathlib", "draftkit"}
    used = set(re.findall(r"draftkit\.(\w+)", source))
    import draftkit

    assert used <= set(draftkit.__all__)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "embed.py"),
            str(ROOT / "examples" / "xa-common-law.yaml"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Top shortfalls:" in result.stdout
    assert (tmp_path / "bill.docx").is_file()
