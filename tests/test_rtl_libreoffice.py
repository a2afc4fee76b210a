"""The Arabic report, as shipped, in a real client: LibreOffice opens it and every paragraph reads right to left.

XB is drafted with ``--language ar --fallback-language en`` (the Arabic catalog is complete; the
model provisions are not translated, so the bill needs the fallback). The report's XML carries the
marks Word writes for an Arabic document (``w:bidi`` on every paragraph and section, ``w:rtl`` on
every run of Arabic text, ``w:bidiVisual`` on every table); LibreOffice converts it to a PDF whose
text is the Arabic of the catalog, with no English fixed text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]

from draftkit.drafts import render_drafts
from draftkit.i18n import messages
from draftkit.service import assess_with, load_file, load_rules
from tests.conftest import EXAMPLES

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC = re.compile(r"[\u0600-\u06ff]")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; `make system-deps` adds it"),
]


def _arabic_report(tmp_path: Path) -> Path:
    loaded = load_file(EXAMPLES / "xb-civil-law.yaml")
    files = render_drafts(
        loaded.framework,
        assess_with(loaded, load_rules()),
        date=dt.date(2026, 11, 30),
        language="ar",
        fallback_language="en",
        formats=["gap-report.docx"],
        document=loaded.document,
    )
    path = tmp_path / "gap-report.docx"
    path.write_bytes(files["gap-report.docx"])
    return path


def test_the_arabic_report_is_right_to_left_and_opens_in_libreoffice(tmp_path: Path) -> None:
    assert SOFFICE is not None
    report = _arabic_report(tmp_path)
    with zipfile.ZipFile(io.BytesIO(report.read_bytes())) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    paragraphs = list(body.iter(f"{W}p"))
    assert len(paragraphs) > 100
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs)
    runs = [(r, "".join(t.text or "" for t in r.iter(f"{W}t"))) for r in body.iter(f"{W}r")]
    arabic = [r for r, text in runs if ARABIC.search(text)]
    assert len(arabic) > 100
    assert all(r.find(f"{W}rPr/{W}rtl") is not None for r in arabic)
    assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in body.iter(f"{W}tbl"))
    assert all(s.find(f"{W}bidi") is not None for s in body.iter(f"{W}sectPr"))

    profile = tmp_path / "lo-profile"  # its own profile: a shared one fails silently
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    pdf = tmp_path / "gap-report.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.is_file(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is None:
        return
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    words = messages("ar")
    assert len(ARABIC.findall(text)) > 5000
    for code in ("heading.executive_summary", "rating.PC"):
        assert all(word in text for word in words(code).split()), code
    english = [w for w in ("Executive summary", "Partially compliant", "Methodology", "Glossary") if w in text]
    assert english == []
