"""A real client opens both documents: LibreOffice converts them to PDF without error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from draftkit.drafts import write_drafts
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework

SOFFICE = shutil.which("soffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; `make system-deps` adds it"),
]


@pytest.mark.parametrize("name", ["bill", "gap-report"])
def test_libreoffice_converts_to_pdf(name: str, tmp_path: Path) -> None:
    assert SOFFICE is not None
    framework = fixture_framework()
    write_drafts(framework, fixture_assessment(framework), tmp_path, date=DATE, catalog=fixture_catalog())
    profile = tmp_path / f"lo-profile-{name}"  # one profile per conversion: shared profiles fail silently
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / f"{name}.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / f"{name}.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.is_file(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 5000
