"""The output-format registry: write_drafts writes what is registered, and only that, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.drafts import output_names, render_drafts, write_drafts
from draftkit.render import outputs
from draftkit.render.format import DraftContext, OutputFormat
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework


def _sections(context: DraftContext) -> bytes:
    return "".join(f"{s.number} {s.title}\n" for s in context.bill.sections).encode("utf-8")


SECTIONS = OutputFormat("sections.txt", "One line per section of the bill.", _sections)


@pytest.fixture
def registered() -> Iterator[OutputFormat]:
    outputs.register(SECTIONS)
    try:
        yield SECTIONS
    finally:
        outputs.unregister(SECTIONS.name)


def test_the_built_in_formats_are_registered_in_order() -> None:
    assert output_names()[:4] == ("bill.docx", "gap-report.docx", "assessment.json", "report.md")
    assert all(output.description for output in outputs.outputs())


def test_a_registered_format_is_written_beside_the_others(registered: OutputFormat, tmp_path: Path) -> None:
    framework = fixture_framework()
    written = write_drafts(framework, fixture_assessment(framework), tmp_path, date=DATE, catalog=fixture_catalog())
    assert [path.name for path in written] == list(output_names())
    assert written[-1].name == "sections.txt"
    lines = written[-1].read_text(encoding="utf-8").splitlines()
    assert lines
    assert all(line.split(" ", 1)[0].isdigit() for line in lines)


def test_formats_chooses_some() -> None:
    framework = fixture_framework()
    assessment, catalog = fixture_assessment(framework), fixture_catalog()
    chosen = render_drafts(framework, assessment, date=DATE, catalog=catalog, formats=["report.md"])
    assert list(chosen) == ["report.md"]
    with pytest.raises(InputError, match=r"no output format named 'bill\.pdf'"):
        render_drafts(framework, assessment, date=DATE, catalog=catalog, formats=["bill.pdf"])


def test_a_failing_renderer_leaves_nothing_written(tmp_path: Path) -> None:
    def broken(context: DraftContext) -> bytes:
        raise InputError.single("broken.txt", "this renderer always fails")

    outputs.register(OutputFormat("broken.txt", "Fails.", broken))
    try:
        framework = fixture_framework()
        assessment, catalog = fixture_assessment(framework), fixture_catalog()
        with pytest.raises(InputError):
            write_drafts(framework, assessment, tmp_path / "out", date=DATE, catalog=catalog)
    finally:
        outputs.unregister("broken.txt")
    assert not (tmp_path / "out").exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", "../bill.docx", "a/b.txt", ".hidden"])
def test_an_output_name_is_a_plain_file_name(name: str) -> None:
    with pytest.raises(ValueError, match="plain file name"):
        outputs.register(OutputFormat(name, "x", _sections))


def test_a_name_is_registered_once() -> None:
    with pytest.raises(ValueError, match="already registered"):
        outputs.register(OutputFormat("bill.docx", "x", _sections))
