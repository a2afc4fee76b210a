"""Many frameworks in one run: good ones done, broken ones reported at the end, output in input order."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from draftkit.batch import Outcome, expand_inputs, run_jobs
from draftkit.drafts import output_names

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SMALL = EXAMPLES / "xc-penal-code-only.yaml"
OTHER = EXAMPLES / "xa-common-law.yaml"


def run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DRAFTKIT_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """a.yaml (good), b.yaml (broken YAML), c.json (good, as JSON), d.yaml (valid YAML, unknown field), notes.txt."""
    directory = tmp_path / "frameworks"
    directory.mkdir()
    shutil.copy(OTHER, directory / "a.yaml")
    (directory / "b.yaml").write_text("country: XB\nname: [unclosed\n", encoding="utf-8")
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    (directory / "c.json").write_text(json.dumps(data, default=str), encoding="utf-8")
    broken = dict(data, colour="blue")
    (directory / "d.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    (directory / "notes.txt").write_text("not a framework", encoding="utf-8")
    return directory


def test_directory_expands_to_its_framework_files_by_name(mixed: Path, tmp_path: Path) -> None:
    files, problems = expand_inputs([mixed, SMALL])
    assert [f.name for f in files] == ["a.yaml", "b.yaml", "c.json", "d.yaml", SMALL.name]
    assert problems == []
    empty = tmp_path / "empty"
    empty.mkdir()
    files, problems = expand_inputs([empty])
    assert files == []
    assert "no *.yaml, *.yml or *.json framework files" in problems[0].message


def _echo(path: Path) -> Outcome[str]:
    return Outcome(path, path.name)


def test_results_come_back_in_input_order_whatever_the_workers_do(tmp_path: Path) -> None:
    paths = [tmp_path / f"{name}.yaml" for name in "zyxwvutsrq"]
    for jobs in (1, 2, 4):
        assert [o.value for o in run_jobs(_echo, paths, jobs=jobs)] == [p.name for p in paths]


def test_check_a_mixed_directory(mixed: Path, tmp_path: Path) -> None:
    result = run("check", str(mixed), "--format", "json", "--jobs", "2", cache=tmp_path / "cache")
    assert result.returncode == 2
    objects = json.loads(result.stdout)
    assert [o["framework"]["source"] for o in objects] == [str(mixed / "a.yaml"), str(mixed / "c.json")]
    assert objects[0]["framework"]["country"] == "XA"
    problems = result.stderr.splitlines()
    assert any(line.startswith(f"{mixed / 'b.yaml'}:") and "invalid YAML" in line for line in problems)
    assert any(line.startswith(f"{mixed / 'd.yaml'}:") and "colour" in line for line in problems)
    assert problems[-1].startswith("draftkit: ")
    assert problems[-1].endswith("found; 2 done, 2 failed.")
    assert "notes.txt" not in result.stderr


def test_check_output_is_deterministic_and_one_file_keeps_its_shape(mixed: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    serial = run("check", str(mixed / "a.yaml"), str(mixed / "c.json"), "-f", "json", "-j", "1", cache=cache)
    parallel = run("check", str(mixed / "a.yaml"), str(mixed / "c.json"), "-f", "json", "-j", "2", cache=cache)
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout
    single = run("check", str(mixed / "a.yaml"), "--format", "json", cache=cache)
    assert single.returncode == 0
    assert json.loads(single.stdout) == json.loads(serial.stdout)[0]  # one file: the object itself
    reverse = run("check", str(mixed / "c.json"), str(mixed / "a.yaml"), "-f", "json", cache=cache)
    assert [o["framework"]["country"] for o in json.loads(reverse.stdout)] == ["XC", "XA"]


def test_check_batch_in_other_formats_and_fail_under(mixed: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    good = [str(mixed / "a.yaml"), str(mixed / "c.json")]
    markdown = run("check", *good, "--format", "markdown", cache=cache)
    assert markdown.returncode == 0, markdown.stderr
    titles = [line for line in markdown.stdout.splitlines() if line.startswith("# ")]
    assert len(titles) == 2  # one report per framework, in input order
    assert "Aldermere" in titles[0]
    below = run("check", *good, "--format", "json", "--fail-under", "C", cache=cache)
    assert below.returncode == 1
    assert str(mixed / "a.yaml") in below.stderr
    assert len(json.loads(below.stdout)) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run("check", str(empty), "--format", "json", cache=cache)
    assert nothing.returncode == 2
    assert json.loads(nothing.stdout) == []
    assert "no *.yaml" in nothing.stderr


def test_draft_a_mixed_directory(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("draft", str(mixed), "-o", str(out), "--date", "2026-10-01", "--jobs", "2", cache=tmp_path / "cache")
    assert result.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == ["a", "c"]
    for stem in ("a", "c"):
        assert sorted(p.name for p in (out / stem).iterdir()) == sorted(output_names())
    assert json.loads((out / "c" / "assessment.json").read_text(encoding="utf-8"))["framework"]["country"] == "XC"
    assert str(mixed / "b.yaml") in result.stderr
    assert str(mixed / "d.yaml") in result.stderr
    listed = result.stdout.splitlines()
    assert listed[0] == str((out / "a" / "bill.docx").absolute())
    assert listed[-1] == str((out / "c" / output_names()[-1]).absolute())


def test_draft_batch_is_byte_identical_to_single_drafts(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    batch = run("draft", str(SMALL), str(OTHER), "-o", str(tmp_path / "batch"), "--date", "2026-10-01", cache=cache)
    single = run("draft", str(SMALL), "-o", str(tmp_path / "single"), "--date", "2026-10-01", cache=cache)
    assert batch.returncode == single.returncode == 0, batch.stderr + single.stderr
    for name in output_names():
        assert (tmp_path / "batch" / SMALL.stem / name).read_bytes() == (tmp_path / "single" / name).read_bytes()


def test_draft_refuses_two_frameworks_with_one_stem(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    shutil.copy(SMALL, first / "same.yaml")
    shutil.copy(OTHER, second / "same.yaml")
    out = tmp_path / "out"
    result = run("draft", str(first), str(second), "-o", str(out), cache=tmp_path / "cache")
    assert result.returncode == 2
    assert f"{second / 'same.yaml'}:1:1" in result.stderr
    assert "rename one of them" in result.stderr
    assert json.loads((out / "same" / "assessment.json").read_text(encoding="utf-8"))["framework"]["country"] == "XC"


def test_draft_writes_the_assessment_check_prints(tmp_path: Path) -> None:
    """One framework, one assessment: draft's assessment.json is what check --format json prints."""
    example = ROOT / "examples" / "xa-common-law.yaml"
    checked = run("check", str(example), "--format", "json", cache=tmp_path / "cache")
    drafted = run("draft", str(example), "-o", str(tmp_path / "out"), cache=tmp_path / "cache")
    assert drafted.returncode == 0, drafted.stderr
    printed = json.loads(checked.stdout)
    written = json.loads((tmp_path / "out" / "assessment.json").read_text(encoding="utf-8"))
    # draft adds the third view, "with the proposed bill" (it composes the bill); the rest is the same
    assert all(area["rating_proposed"] for area in written["areas"])
    for criterion in written["criteria"]:
        criterion["proposed"] = None
    for area in written["areas"]:
        area["rating_proposed"] = area["score_proposed"] = None
    assert written == printed
    titled = "safeguard.conditions (Conditions and safeguards for the exercise of investigative powers)"
    assert titled in written["recommendations"][0]["text"]


def test_batch_draft_reads_each_pack_once_and_never_imports_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rules are loaded once per run (draftkit.service.load_rules) and shared by every framework."""
    from draftkit import service
    from draftkit.assess.pack import pack_named
    from tests.test_hostile import run_cli

    reads: list[Path] = []
    real = pack_named

    def counting(path: Path) -> object:
        reads.append(Path(path))
        return real(path)

    monkeypatch.setattr(service, "pack_named", counting)
    pack = ROOT / "examples" / "packs" / "cets-217.yaml"
    args = ["draft", str(SMALL), str(OTHER), "-o", str(tmp_path / "out"), "--pack", str(pack), "--jobs", "1"]
    result = run_cli([*args, "--date", "2026-10-01"], monkeypatch, capsys)
    assert result.code == 0, result.err
    assert reads == [pack]
    assert (tmp_path / "out" / SMALL.stem / "bill.docx").is_file()
    assert (tmp_path / "out" / OTHER.stem / "bill.docx").is_file()


def test_the_batch_module_does_not_import_the_command_line() -> None:
    code = (
        "import sys, draftkit.batch; "
        "print(sorted(m for m in sys.modules if m.startswith(('typer', 'click', 'draftkit.cli'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
