"""Writing is atomic and bad output paths are input errors (exit 2), never tracebacks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.drafts import output_names, write_drafts
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework


def _write(out: Path, author: str = "draftkit") -> list[Path]:
    framework = fixture_framework()
    return write_drafts(
        framework, fixture_assessment(framework), out, date=DATE, catalog=fixture_catalog(), author=author
    )


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_a_renderer_failing_midway_leaves_earlier_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _write(out)
    before = _snapshot(out)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("renderer failed")

    from draftkit.render import report_docx

    monkeypatch.setattr(report_docx, "render_report", broken)
    with pytest.raises(RuntimeError, match="renderer failed"):
        _write(out, author="someone else")
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging directory left behind


def test_a_write_failing_midway_leaves_earlier_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _write(out)
    before = _snapshot(out)
    real = Path.write_bytes
    calls = []

    def flaky(self: Path, data: bytes) -> int:
        calls.append(self.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", flaky)
    with pytest.raises(InputError, match="No space left on device"):
        _write(out, author="someone else")
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("not a directory")
    with pytest.raises(InputError, match="exists and is not a directory"):
        _write(target)
    with pytest.raises(InputError, match="cannot write the drafts here"):
        _write(target / "below")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only directories")
def test_unwritable_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(InputError, match="permission denied"):
            _write(locked / "out")
    finally:
        locked.chmod(0o700)


def test_returns_the_written_paths(tmp_path: Path) -> None:
    written = _write(tmp_path / "new" / "deeper")
    assert [p.name for p in written] == list(output_names())
    assert all(p.is_file() for p in written)


def test_cli_draft_writes_and_reports_bad_output_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import draftkit.catalog
    from draftkit import service
    from draftkit.cli import main

    monkeypatch.setattr(draftkit.catalog, "load_catalog", fixture_catalog)
    monkeypatch.setattr(service, "assess_with", lambda loaded, rules: fixture_assessment(loaded.framework))
    source = Path(__file__).parent / "fixtures" / "render" / "framework.yaml"
    monkeypatch.setattr(
        "sys.argv",
        ["draftkit", "draft", str(source), "-o", str(tmp_path / "o"), "--date", "2026-10-02", "--author", "Unit"],
    )
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code in (0, None)
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == sorted(output_names())
    (tmp_path / "file").write_text("x")
    monkeypatch.setattr("sys.argv", ["draftkit", "draft", str(source), "-o", str(tmp_path / "file")])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    assert "exists and is not a directory" in capsys.readouterr().err
    monkeypatch.setattr(
        "sys.argv", ["draftkit", "draft", str(source), "-o", str(tmp_path / "p"), "--date", "2026-13-01"]
    )
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    assert "--date" in capsys.readouterr().err
