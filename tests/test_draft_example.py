"""The shipped example drafted end to end with the real rules engine and the shipped catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from draftkit.assess import assess
from draftkit.drafts import write_drafts
from draftkit.load.framework import load_framework
from tests.conftest import EXAMPLES, module_unless_mutation_stats
from tests.fixtures.render.reading import open_docx, style_of, text_of


@pytest.fixture(scope=module_unless_mutation_stats)
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework, source="xa-common-law.yaml")
    out = tmp_path_factory.mktemp("example")
    write_drafts(framework, assessment, out, date=dt.date(2026, 10, 2))
    return out, assessment


def test_every_section_commented_and_every_model_section_inserted(example: tuple[Path, object]) -> None:
    out, _ = example
    document = open_docx(out / "bill.docx")
    headings = [p for p in document.paragraphs if style_of(p) == "SectionHeading"]
    comments = list(document.comments)
    assert len(headings) == len(comments) > 0
    numbers = [text_of(p._p).split("\t")[0] for p in headings]
    assert numbers == [f"{n}." for n in range(1, len(headings) + 1)]
    for heading, comment in zip(headings, comments, strict=True):
        inserted = heading._p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}") is not None
        own = comment.text.startswith("Source: the State's")
        assert own != inserted or "falls short" in comment.text, comment.text[:120]
    assert "Recruitment for terrorism" in [text_of(h._p).split("\t")[1] for h in headings]  # the Bill's own s 5


def test_report_names_every_criterion(example: tuple[Path, object]) -> None:
    out, assessment = example
    from tests.fixtures.render.reading import all_text

    text = all_text(open_docx(out / "gap-report.docx"))
    markdown = (out / "report.md").read_text(encoding="utf-8")
    for criterion in assessment.criteria:  # type: ignore[attr-defined]
        assert criterion.id in text
        assert f"`{criterion.id}`" in markdown
