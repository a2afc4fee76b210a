"""Nothing lost: a draft run that fails or is killed midway leaves earlier output exactly as it was.

Running as root makes permission bits meaningless, so disk and permission errors are
simulated by making ``os.replace``, ``Path.write_bytes`` or ``tempfile.mkdtemp`` raise.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.drafts import output_names, write_drafts
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework
from tests.test_hostile import run_cli, snapshot

EARLIER = {
    "bill.docx": b"earlier bill",
    "gap-report.docx": b"earlier report",
    "notes.txt": b"the drafter's own notes",
}  # assessment.json and report.md did not exist before


def _write(out: Path, author: str = "draftkit") -> list[Path]:
    framework = fixture_framework()
    return write_drafts(
        framework, fixture_assessment(framework), out, date=DATE, catalog=fixture_catalog(), author=author
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    directory = tmp_path / "out"
    directory.mkdir()
    for name, data in EARLIER.items():
        (directory / name).write_bytes(data)
    return directory


def _assert_untouched(out: Path) -> None:
    assert snapshot(out) == EARLIER
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]  # no staging directory left behind


class Killed(BaseException):
    """Stands for a signal turned into an exception (KeyboardInterrupt, SystemExit)."""


@pytest.mark.parametrize("raised", [RuntimeError("renderer bug"), KeyboardInterrupt(), SystemExit(3), Killed()])
def test_a_renderer_failing_or_interrupted_writes_nothing(
    raised: BaseException, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from draftkit.render import report_docx

    def broken(*args: object, **kwargs: object) -> bytes:
        raise raised

    monkeypatch.setattr(report_docx, "render_report", broken)
    with pytest.raises(type(raised)):
        _write(out)
    _assert_untouched(out)


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
@pytest.mark.parametrize(
    "raised",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EACCES, "Permission denied"),
        OSError(errno.EIO, "Input/output error"),
        KeyboardInterrupt(),
        Killed(),
    ],
    ids=["ENOSPC", "EACCES", "EIO", "KeyboardInterrupt", "BaseException"],
)
def test_a_rename_failing_midway_restores_every_earlier_file(
    raised: BaseException, fail_at: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The n-th of the four renames fails: the renames before it are undone, new files removed."""
    real_replace = os.replace
    calls: list[str] = []

    def flaky(source: object, target: object) -> None:
        if Path(str(target)).parent == out:
            calls.append(Path(str(target)).name)
            if len(calls) == fail_at:
                raise raised
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", flaky)
    if isinstance(raised, OSError):
        with pytest.raises(InputError) as caught:
            _write(out)
        message = str(caught.value)
        assert "cannot write the drafts here" in message
        assert {"ENOSPC": "No space left on device", "EACCES": "permission denied", "EIO": "Input/output error"}[
            errno.errorcode[raised.errno or 0]
        ] in message
    else:
        with pytest.raises(type(raised)):
            _write(out)
    _assert_untouched(out)


@pytest.mark.parametrize("raised", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_staging_write_failing_writes_nothing(
    raised: BaseException, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.write_bytes
    calls: list[str] = []

    def flaky(self: Path, data: bytes) -> int:
        calls.append(self.name)
        if len(calls) == 2:
            raise raised
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", flaky)
    with pytest.raises(InputError if isinstance(raised, OSError) else KeyboardInterrupt):
        _write(out)
    _assert_untouched(out)


def test_no_staging_directory_possible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> str:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    target = tmp_path / "new" / "deeper" / "out"
    with pytest.raises(InputError, match="cannot write the drafts here: permission denied"):
        _write(target)
    assert list(tmp_path.iterdir()) == []  # the parents it made are removed again


def test_a_new_output_directory_is_removed_again_when_the_run_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(InputError, match="No space left on device"):
        _write(tmp_path / "a" / "b" / "out")
    assert list(tmp_path.iterdir()) == []


def test_output_path_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"a file")
    with pytest.raises(InputError) as caught:
        _write(blocker / "out")
    assert str(caught.value).startswith(f"{blocker}")
    assert "a file is in the way (expected a directory)" in str(caught.value)
    assert blocker.read_bytes() == b"a file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker"]


def test_an_output_file_that_is_a_directory(out: Path) -> None:
    (out / "report.md").mkdir()
    (out / "report.md" / "keep").write_bytes(b"x")
    with pytest.raises(InputError) as caught:
        _write(out)
    assert str(caught.value) == (
        f"{out / 'report.md'}:1:1: (document): "
        "cannot write the drafts here: a directory is in the way (expected a file)"
    )
    assert (out / "report.md" / "keep").read_bytes() == b"x"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == EARLIER


def test_success_replaces_every_output_and_keeps_other_files(out: Path) -> None:
    written = _write(out)
    assert [p.name for p in written] == list(output_names())
    after = snapshot(out)
    assert after["notes.txt"] == EARLIER["notes.txt"]
    assert after["bill.docx"].startswith(b"PK")
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]


def test_cli_draft_reports_a_full_disk_with_exit_2_and_keeps_earlier_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import ROOT

    out = tmp_path / "out"
    out.mkdir()
    for name, data in EARLIER.items():
        (out / name).write_bytes(data)
    real_replace = os.replace
    calls: list[object] = []

    def full(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full)
    result = run_cli(
        ["draft", str(ROOT / "examples" / "xc-penal-code-only.yaml"), "-o", str(out), "--date", "2026-10-02"],
        monkeypatch,
        capsys,
    )
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.splitlines() == [
        f"{out}:1:1: (document): cannot write the drafts here: No space left on device",
        "draftkit: 1 problem found.",
    ]
    _assert_untouched(out)
