"""The corpus of broken framework files: each must give exactly its expected messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from draftkit.load import InputError, load_framework

CORPUS = Path(__file__).parent / "broken" / "framework"
EXPECTED: dict[str, list[str]] = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))


def test_every_corpus_file_has_expectations() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED)
    assert len(files) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_messages(name: str) -> None:
    path = CORPUS / name
    with pytest.raises(InputError) as caught:
        load_framework(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:{m}" for m in EXPECTED[name]]


def test_cli_reports_all_files_at_once_without_traceback() -> None:
    names = ["02-unknown-field-typo.yaml", "11-unknown-instrument.yaml", "20-invalid.json"]
    paths = [str(CORPUS / n) for n in names]
    result = subprocess.run(
        [sys.executable, "-m", "draftkit", "validate", *paths], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = [f"{CORPUS / n}:{m}" for n in names for m in EXPECTED[n]]
    assert lines[:-1] == expected
    assert lines[-1] == f"draftkit: {len(expected)} problems found."
