"""Hostile files for the importers: exact messages, exit 2, nothing written, the marker never leaks.

The corpus (``tests/hostile_import/corpus``) is built by ``tests/hostile_import/build.py`` and
committed; ``expected.yaml`` gives each file's exact message. Akoma Ntoso files run through
``draftkit import-akn``; broken Word packages through :func:`draftkit.ingest.open_docx` (the reader
every Word importer goes through), through both Word importers and through ``draftkit import``;
altered questionnaires through ``draftkit import``; altered bills through ``draftkit import
--framework``. Hypothesis then mutates the bytes of valid files: whatever comes of it, the only
exception that leaves an importer is ``InputError``.
"""

from __future__ import annotations

import functools
import io
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftkit.akn import read_act_bytes
from draftkit.diagnostics import InputError
from draftkit.ingest import open_docx
from draftkit.models import NationalFramework
from tests.hostile_import.build import FOLDERS, MARKER, XA, akn_files, build, docx_files

HERE = Path(__file__).parent / "hostile_import"
CORPUS = HERE / "corpus"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
REAL = Path(__file__).parent / "fixtures" / "akn" / "fi-2026-2.xml"
ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def _attempt(function: Callable[..., T], *args: Any) -> tuple[T | None, InputError | None]:
    """``function(*args)`` and the ``InputError`` it raised, if any (no other exception is caught)."""
    try:
        return function(*args), None
    except InputError as error:
        return None, error


def _messages(expected: str | list[str]) -> list[str]:
    return [expected] if isinstance(expected, str) else list(expected)


def test_corpus_is_what_the_script_builds(tmp_path: Path) -> None:
    build(tmp_path)
    committed = sorted(p.relative_to(CORPUS) for p in CORPUS.rglob("*") if p.is_file())
    rebuilt = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert committed == rebuilt
    for relative in committed:
        old, new = (CORPUS / relative).read_bytes(), (tmp_path / relative).read_bytes()
        if old != new and relative.suffix == ".docx":  # another zlib may compress differently: compare members
            with zipfile.ZipFile(io.BytesIO(old)) as a, zipfile.ZipFile(io.BytesIO(new)) as b:
                assert [(i.filename, a.read(i)) for i in a.infolist()] == [
                    (i.filename, b.read(i)) for i in b.infolist()
                ]
        else:
            assert old == new, relative
    for folder, make in FOLDERS.items():
        assert sorted(EXPECTED[folder]) == sorted(make()), folder
    assert sum(len(files) for files in EXPECTED.values()) >= 40


def _draftkit(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``draftkit ARGS`` in this process: exit code, standard output, standard error."""
    from draftkit.cli import main

    monkeypatch.setattr(sys, "argv", ["draftkit", *args])
    with pytest.raises(SystemExit) as ended:
        main()
    captured = capsys.readouterr()
    code = ended.value.code
    return code if isinstance(code, int) else 0, captured.out, captured.err


@pytest.mark.parametrize("name", sorted(EXPECTED["akn"]))
def test_akn_corpus_through_import_akn(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(CORPUS / "akn")
    output = tmp_path / "framework.yaml"
    started = time.perf_counter()
    code, out, err = _draftkit(monkeypatch, capsys, "import-akn", name, "-o", str(output))
    elapsed = time.perf_counter() - started
    expected = EXPECTED["akn"][name]
    assert MARKER not in out + err
    assert "Traceback" not in err
    if expected == "ok":
        assert code == 0, err
        assert output.exists()
        assert MARKER not in output.read_text(encoding="utf-8")
        assert all(ch.isprintable() or ch == "\n" for ch in out), out  # the user's text is shown escaped
        return
    assert code == 2
    assert err.splitlines()[:-1] == _messages(expected)
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []
    assert elapsed < 5  # generous: refusals take milliseconds (see the benchmarks); CI machines are shared


@pytest.mark.parametrize("name", sorted(EXPECTED["docx"]))
def test_docx_corpus_through_the_bounded_reader(name: str) -> None:
    path = CORPUS / "docx" / name
    expected = EXPECTED["docx"][name]
    tracemalloc.start()
    try:
        package, error = _attempt(open_docx, path, name)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < 100 * 1024 * 1024
    if error is not None:
        assert [str(p) for p in error.problems] == _messages(expected)
        assert MARKER not in str(error)
        return
    assert package is not None
    assert expected == "ok"
    assert all(MARKER.encode() not in data for data in package.parts.values())
    if name == "external-relationship.docx":
        assert [r.target for r in package.external] == ["http://127.0.0.1:9/template.dotm"]


@functools.cache
def _xa() -> NationalFramework:
    from draftkit.load import load_framework

    return load_framework(ROOT / XA)


NEITHER = (
    "{name}:1:1: (document): this Word document is neither a draftkit questionnaire nor a bill drafted by draftkit; "
    "write a questionnaire with: draftkit questionnaire -o questionnaire.docx"
)


def _import_docx(
    folder: str,
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *,
    bill: bool,
) -> tuple[int, str, str]:
    """``draftkit import NAME -o framework.yaml`` (with ``--framework xa-common-law.yaml`` for a bill), run
    in a directory holding the file, the secret the XXE files point at and the framework: on a refusal
    the directory is left as it was (nothing written, nothing removed)."""
    for source in (CORPUS / folder / name, CORPUS / folder / "secret.txt", ROOT / XA):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    monkeypatch.chdir(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    framework = ["--framework", Path(XA).name] if bill else []
    code, out, err = _draftkit(monkeypatch, capsys, "import", name, *framework, "-o", "framework.yaml")
    assert MARKER not in out + err
    assert "Traceback" not in err
    if code == 2:
        assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before
    return code, out, err


@pytest.mark.parametrize("name", sorted(EXPECTED["questionnaire"]))
def test_questionnaire_corpus_through_draftkit_import(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _import_docx("questionnaire", name, tmp_path, monkeypatch, capsys, bill=False)
    expected = EXPECTED["questionnaire"][name]
    if expected == "ok":
        assert code == 0, err
        assert MARKER not in (tmp_path / "framework.yaml").read_text(encoding="utf-8")
        return
    assert code == 2
    assert err.splitlines()[:-1] == _messages(expected)


@pytest.mark.parametrize("name", sorted(EXPECTED["bill"]))
def test_bill_corpus_through_draftkit_import_framework(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _import_docx("bill", name, tmp_path, monkeypatch, capsys, bill=True)
    assert code == 2
    assert err.splitlines()[:-1] == _messages(EXPECTED["bill"][name])


@pytest.mark.parametrize("bill", [False, True], ids=["questionnaire", "bill"])
@pytest.mark.parametrize("name", sorted(EXPECTED["docx"]))
def test_docx_corpus_through_draftkit_import(
    name: str, bill: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken package is refused by ``draftkit import`` with the reader's own message; the two the
    reader accepts are Word documents of no kind draftkit reads."""
    code, _, err = _import_docx("docx", name, tmp_path, monkeypatch, capsys, bill=bill)
    expected = EXPECTED["docx"][name]
    assert code == 2
    assert err.splitlines()[:-1] == _messages(NEITHER.format(name=name) if expected == "ok" else expected)


@pytest.mark.parametrize("name", sorted(EXPECTED["docx"]))
def test_docx_corpus_through_both_word_importers(name: str) -> None:
    """The library's two Word importers, called directly, refuse each broken package with the reader's message."""
    from draftkit.billimport import read_bill
    from draftkit.questionnaire import read_questionnaire

    path = CORPUS / "docx" / name
    expected = EXPECTED["docx"][name]
    framework = _xa()
    for importer in (read_questionnaire, lambda p: read_bill(p, framework)):
        _, error = _attempt(importer, path)
        assert error is not None
        if expected == "ok":
            assert "not a draftkit questionnaire" in str(error) or "not a bill drafted by draftkit" in str(error)
        else:
            assert [str(p).replace(str(path), name, 1) for p in error.problems] == _messages(expected)


def test_total_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from draftkit.ingest import docx

    monkeypatch.setattr(docx, "MAX_TOTAL_BYTES", 500)
    with pytest.raises(
        InputError, match=r"^t.docx:1:1: \(document\): inflates to [\d,]+ bytes in all; the limit is 500$"
    ):
        open_docx((CORPUS / "docx" / "valid.docx").read_bytes(), "t.docx")


def test_terminal_never_sees_raw_control_or_bidi_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a\u202eb.xml"
    source.write_bytes((CORPUS / "akn" / "ansi-and-bidi.xml").read_bytes().replace(b"<act", b"<judgment", 1))
    code, _, err = _draftkit(monkeypatch, capsys, "import-akn", str(source), "-o", str(tmp_path / "f.yaml"))
    assert code == 2
    assert "\u202e" not in err
    assert "a\\u202eb.xml" in err


# ----------------------------------------------------------------------------- fuzzing

_VALID_AKN = [REAL.read_bytes()[:30_000], akn_files()["ansi-and-bidi.xml"]]
_VALID_DOCX = [docx_files()["valid.docx"], docx_files()["external-relationship.docx"]]


@st.composite
def mutated(draw: st.DrawFn, sources: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(sources)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            data[at:at] = draw(
                st.sampled_from([b"<!DOCTYPE a>", b"&x;", b"<", b"\x00", b"]]>", b"PK\x03\x04", b"\xff"])
            )
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


@settings(max_examples=150, deadline=2_000, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(_VALID_AKN))
def test_fuzz_import_akn_raises_only_input_error(data: bytes) -> None:
    from draftkit.akn.skeleton import build_skeleton
    from draftkit.load.framework import parse_framework

    started = time.perf_counter()
    act, error = _attempt(read_act_bytes, data, "fuzz.xml")
    if error is not None:
        assert str(error).startswith("fuzz.xml")
    else:
        assert act is not None
        skeleton, error = _attempt(build_skeleton, [act])  # a mutated date may leave no date: refused, not a crash
        if skeleton is not None:
            parse_framework(skeleton.yaml, "fuzz.yaml")  # the promise: what import-akn writes loads
    assert time.perf_counter() - started < 2


@settings(max_examples=150, deadline=2_000, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(_VALID_DOCX))
def test_fuzz_docx_reader_raises_only_input_error(data: bytes) -> None:
    package, error = _attempt(open_docx, data, "fuzz.docx")
    if error is not None:
        assert str(error).startswith("fuzz.docx")
    else:
        assert package is not None
        assert package.main in package.parts


_VALID_FORMS = [(CORPUS / "questionnaire" / "valid.docx").read_bytes()]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(_VALID_FORMS))
def test_fuzz_questionnaire_importer_raises_only_input_error(data: bytes) -> None:
    """The questionnaire importer on mutated bytes of a form it reads: a framework or a located error,
    nothing else, and quickly (the bill importer's own fuzzing is in tests/test_bill_import.py)."""
    from draftkit.questionnaire import read_questionnaire

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "fuzz.docx"
        path.write_bytes(data)
        started = time.perf_counter()
        framework, error = _attempt(read_questionnaire, path)
        assert time.perf_counter() - started < 5
    if error is not None:
        assert str(error).startswith(str(path))
    else:
        assert framework is not None


def test_generated_big_inputs_are_refused_quickly(tmp_path: Path) -> None:
    """Too big to commit: a 21 MiB file (refused before it is read) and a 300,000-character section."""
    from draftkit.akn import read_act
    from tests.hostile_import.build import _SECTION, act

    huge = tmp_path / "huge.xml"
    with huge.open("wb") as stream:
        stream.write(b"<akomaNtoso>" + b" " * (21 * 1024 * 1024) + b"</akomaNtoso>")
    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        read_act(huge, "huge.xml")
    assert time.perf_counter() - started < 1
    assert str(error.value) == "huge.xml:1:1: (document): file is 22,020,121 bytes; the limit is 20,971,520 bytes"
    long_text = act(_SECTION.format(text="x" * 300_000)).encode()
    with pytest.raises(InputError) as error:
        read_act_bytes(long_text, "long.xml")
    assert str(error.value) == (
        "long.xml:1:1: (document): section 1.: a text of 300,000 characters exceeds the limit of 200,000"
    )
