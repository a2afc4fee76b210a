"""Hostile and broken input through every command: exact messages, exit 2, no traceback, nothing written.

The corpus is ``tests/hostile/{framework,pack,catalog}/``; ``tests/hostile/expected.yaml`` says
what each command must print for each file (after ``FILE:``), or ``ok``. Framework files run
through ``validate``, ``check`` and ``draft``; rule packs through ``validate``, ``check --pack``
and ``draft --pack`` (with a good framework); catalog files through ``validate``. Every ``draft``
run writes into an output directory that already holds earlier drafts, which must come out
byte for byte unchanged when the run fails.

Big inputs (50 MB, 10,000-deep nesting, 1 MB strings, 250,000+ values) are generated here in
``tmp_path`` rather than committed; see ``test_hostile_limits.py``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

HOSTILE = Path(__file__).parent / "hostile"
EXPECTED: dict[str, Any] = yaml.safe_load((HOSTILE / "expected.yaml").read_text(encoding="utf-8"))
GOOD_FRAMEWORK = ROOT / "examples" / "xc-penal-code-only.yaml"
COMMANDS = {
    "framework": ("validate", "check", "draft"),
    "pack": ("validate", "check", "draft"),
    "catalog": ("validate",),
}
EARLIER = {"bill.docx": b"earlier bill", "report.md": b"# earlier report\n", "notes.txt": b"the drafter's own notes"}


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``draftkit ARGS`` in this process, as ``python -m draftkit`` runs it; never raises."""
    from draftkit.cli import main

    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["draftkit", *args])
    code: int = 0
    try:
        main()
    except SystemExit as exited:
        code = exited.code if isinstance(exited.code, int) else (0 if exited.code is None else 1)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())} if directory.exists() else {}


def names(directory: Path) -> set[str]:
    return {p.name for p in directory.iterdir()}


def corpus() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for relative in EXPECTED:
        folder = relative.split("/", 1)[0]
        cases.extend((relative, command) for command in COMMANDS[folder])
    return cases


def expectation(relative: str, command: str) -> str | list[str]:
    value = EXPECTED[relative]
    if isinstance(value, dict):
        result: str | list[str] = value[command]
        return result
    return value  # type: ignore[no-any-return]


def test_corpus_is_complete_and_large_enough() -> None:
    on_disk = {
        f"{folder}/{p.name}" for folder in COMMANDS for p in (HOSTILE / folder).iterdir() if not p.name.startswith(".")
    }
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 50
    for value in EXPECTED.values():
        assert value == "ok" or isinstance(value, (list, dict))


@pytest.mark.parametrize(("relative", "command"), corpus())
def test_every_command_reports_exactly_and_writes_nothing(
    relative: str, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    path = HOSTILE / relative
    folder = relative.split("/", 1)[0]
    out = tmp_path / "drafts"
    out.mkdir()
    for name, data in EARLIER.items():
        (out / name).write_bytes(data)
    if folder == "pack":
        args = {
            "validate": ["validate", str(path)],
            "check": ["check", str(GOOD_FRAMEWORK), "--pack", str(path)],
            "draft": ["draft", str(GOOD_FRAMEWORK), "--pack", str(path), "-o", str(out)],
        }[command]
    else:
        args = {
            "validate": ["validate", str(path)],
            "check": ["check", str(path)],
            "draft": ["draft", str(path), "-o", str(out)],
        }[command]
    before = names(tmp_path)
    result = run_cli(args, monkeypatch, capsys)
    assert "Traceback" not in result.err
    expected = expectation(relative, command)
    if expected == "ok":
        assert result.code == 0, result.err
        if command == "draft":
            assert {"bill.docx", "gap-report.docx", "assessment.json", "report.md"} <= set(snapshot(out))
            assert (out / "notes.txt").read_bytes() == EARLIER["notes.txt"]
        return
    assert result.code == 2
    lines = result.err.strip().splitlines()
    messages = [f"{path}:{m.replace('{file}', str(path))}" for m in expected]
    assert lines[:-1] == messages
    assert lines[-1] == f"draftkit: {len(messages)} problem{'s' if len(messages) != 1 else ''} found."
    assert result.out == "" or command == "validate"
    # nothing written: the earlier drafts are byte-identical, no staging directory is left behind
    assert snapshot(out) == EARLIER
    assert names(tmp_path) == before


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (ROOT / "tests" / "broken" / "framework").iterdir() if p.name != "expected.yaml")
)
def test_foundation_corpus_through_check_and_draft(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The older corpus (tests/broken/framework) gives the same messages from check and draft."""
    corpus_dir = ROOT / "tests" / "broken" / "framework"
    expected = yaml.safe_load((corpus_dir / "expected.yaml").read_text(encoding="utf-8"))[name]
    path = corpus_dir / name
    out = tmp_path / "out"
    for args in (["check", str(path)], ["draft", str(path), "-o", str(out)]):
        result = run_cli(args, monkeypatch, capsys)
        assert result.code == 2
        assert "Traceback" not in result.err
        assert result.err.strip().splitlines()[:-1] == [f"{path}:{m}" for m in expected]
        assert not out.exists()


def test_several_bad_files_in_one_validate_run_report_everything(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = ["catalog/05-duplicate-key.json", "framework/27-duplicate-key.json", "pack/04-unknown-remedy.yaml"]
    result = run_cli(["validate", *(str(HOSTILE / n) for n in reversed(files))], monkeypatch, capsys)
    assert result.code == 2
    expected = [f"{HOSTILE / n}:{m}" for n in files for m in EXPECTED[n]]  # sorted by file
    assert result.err.strip().splitlines() == [*expected, f"draftkit: {len(expected)} problems found."]


def test_check_reports_framework_and_pack_problems_together(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    framework = HOSTILE / "framework/40-three-provisions-one-id.yaml"
    pack = HOSTILE / "pack/07-unknown-guidance.yaml"
    result = run_cli(["check", str(framework), "--pack", str(pack)], monkeypatch, capsys)
    assert result.code == 2
    lines = result.err.strip().splitlines()[:-1]
    assert sorted(lines) == sorted(
        [f"{framework}:{m}" for m in EXPECTED["framework/40-three-provisions-one-id.yaml"]]
        + [f"{pack}:{m}" for m in EXPECTED["pack/07-unknown-guidance.yaml"]]
    )


def test_terminal_escapes_in_messages_are_shown_not_obeyed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value quoted in a message cannot clear the screen or reorder the line (bidi override)."""
    source = (HOSTILE / "framework/42-related-mutual-is-fine.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "escape.yaml"
    bad.write_text(source.replace("country: XC", 'country: "\\e[2J\\u202eXC"'), encoding="utf-8")
    result = run_cli(["validate", str(bad)], monkeypatch, capsys)
    assert result.code == 2
    assert "\x1b" not in result.err
    assert "\u202e" not in result.err
    assert "\\x1b[2J\\u202eXC" in result.err
    named = tmp_path / "named.yaml"
    named.write_text(source.replace("Federation of Corvania", '"Corvania \\e]0;pwned\\a"'), encoding="utf-8")
    result = run_cli(["validate", str(named)], monkeypatch, capsys)
    assert result.code == 0
    assert "\x1b" not in result.out
    assert "\\x1b]0;pwned\\x07" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "{tmp}/missing.yaml"], "{tmp}/missing.yaml:1:1: (document): no such file"),
        (["validate", "{tmp}"], "{tmp}:1:1: (document): is a directory, expected a YAML or JSON file"),
        (["check", "{tmp}/missing.yaml"], "{tmp}/missing.yaml:1:1: (document): no such file"),
        (
            ["draft", "{tmp}", "-o", "{tmp}/out"],  # a directory is a batch of frameworks
            "{tmp}:1:1: (document): no *.yaml, *.yml or *.json framework files here",
        ),
        (
            ["check", "{good}", "--pack", "{tmp}/nope.yaml"],
            "{tmp}/nope.yaml:1:1: (document): no such file",
        ),
        (
            ["draft", "{good}", "-o", "{tmp}/out", "--pack", "{tmp}"],
            "{tmp}:1:1: (document): is a directory, expected a YAML or JSON file",
        ),
        (["catalog", "show", "offence.nope"], "<command line>: no model provision 'offence.nope'"),
        (
            ["catalog", "show", "offence.incitement", "--param", "x"],
            "<command line>: --param expects NAME=VALUE; got 'x'",
        ),
        (["catalog", "list", "--area", "crime"], "<command line>: unknown area 'crime'"),
    ],
)
def test_missing_files_directories_and_bad_arguments(
    args: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fill(text: str) -> str:
        return text.replace("{tmp}", str(tmp_path)).replace("{good}", str(GOOD_FRAMEWORK))

    before = names(tmp_path)
    result = run_cli([fill(a) for a in args], monkeypatch, capsys)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.splitlines()[0].startswith(fill(message))
    assert names(tmp_path) == before


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_utf8_and_utf16_with_a_bom_are_read_by_every_command(
    encoding: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import codecs

    from draftkit.load.dump import framework_to_json, framework_to_yaml
    from draftkit.load.framework import load_framework

    framework = load_framework(GOOD_FRAMEWORK).model_copy(update={"name": "République de Corvanie — قرفانيا"})

    text = framework_to_json(framework) if suffix == ".json" else framework_to_yaml(framework)
    raw = {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16": text.encode("utf-16"),
        "utf-16-le-bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be-bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    }[encoding]
    path = tmp_path / f"corvania{suffix}"
    path.write_bytes(raw)
    assert load_framework(path).name == "République de Corvanie — قرفانيا"
    for args in (["validate", str(path)], ["check", str(path), "--format", "json"]):
        result = run_cli(args, monkeypatch, capsys)
        assert result.code == 0, result.err
        assert "قرفانيا" in result.out
