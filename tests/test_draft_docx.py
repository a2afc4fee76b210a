"""The annotated bill and the gap report, reopened with python-docx and checked as a reviewer would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from draftkit.drafts import output_names, write_drafts
from tests.conftest import module_unless_mutation_stats
from tests.fixtures.render.data import DATE, fixture_assessment, fixture_catalog, fixture_framework
from tests.fixtures.render.reading import all_text, open_docx, style_of, text_of

HIGHLIGHT = qn("w:highlight")


@pytest.fixture(scope=module_unless_mutation_stats)
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("drafts") / "out"
    framework = fixture_framework()
    write_drafts(
        framework, fixture_assessment(framework), out, date=DATE, author="Law Reform Unit", catalog=fixture_catalog()
    )
    return out


def _section_headings(document: Any) -> list[Any]:
    return [p for p in document.paragraphs if style_of(p) == "SectionHeading"]


def test_writes_every_registered_output(drafted: Path) -> None:
    assert sorted(p.name for p in drafted.iterdir()) == sorted(output_names())
    assert {"bill.docx", "gap-report.docx", "assessment.json", "report.md"} <= set(output_names())


def test_one_comment_per_section_naming_its_origin(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    headings = _section_headings(document)
    comments = list(document.comments)
    assert len(headings) == len(comments) == 6
    sources = [
        "a standard clause of every bill",
        "a standard clause of every bill",
        "one interpretation section",
        "Incitement to commit a terrorist offence",
        "Counter-Terrorism (Online Harms) Bill 2026, s 12",
        "Expedited preservation of stored computer data",
    ]
    for comment, source in zip(comments, sources, strict=True):
        assert comment.author == "Law Reform Unit"
        assert comment.initials == "LRU"
        assert comment.text.startswith("Source: ")
        assert source in comment.text.splitlines()[0]
        assert len(comment.text.split()) <= 125
    assert "Answers: " in comments[3].text
    assert all(c._comment_elm.get(qn("w:date")) == "2026-10-02T00:00:00Z" for c in comments)


def test_numbering_is_continuous_across_parts(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    numbers = [text_of(p._p).split("\t")[0] for p in _section_headings(document)]
    assert numbers == ["1.", "2.", "3.", "4.", "5.", "6."]
    parts = [text_of(p._p) for p in document.paragraphs if style_of(p) == "PartHeading"]
    assert parts == ["Part 1", "Part 2", "Part 3"]
    labels = [text_of(p._p).split("\t")[0] for p in document.paragraphs if style_of(p) == "BillParagraph"]
    assert labels == ["(a)", "(b)"]


def _inserted_sections(document: Any) -> dict[str, list[Any]]:
    """Heading paragraph -> the paragraphs of its section."""
    sections: dict[str, list[Any]] = {}
    current = None
    for p in document.paragraphs:
        style = style_of(p)
        if style == "SectionHeading":
            current = text_of(p._p)
            sections[current] = [p]
        elif style in ("PartHeading", "PartTitle"):
            current = None
        elif current is not None:
            sections[current].append(p)
    return sections


def test_proposals_are_tracked_insertions_and_the_states_clause_is_not(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    sections = _inserted_sections(document)
    own = {"5.\tProduction orders"}
    assert own < set(sections)
    assert len(sections) == 6
    for heading, paragraphs in sections.items():
        for p in paragraphs:
            text_runs = [r for r in p._p.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
            inside = [r.getparent().tag == qn("w:ins") for r in text_runs]
            mark = p._p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}")
            if heading not in own:
                assert text_runs, heading
                assert all(inside), heading
                assert mark is not None
                assert mark.get(qn("w:author")) == "Law Reform Unit"
                assert mark.get(qn("w:date")) == "2026-10-02T00:00:00Z"
            else:
                assert not any(inside), heading
                assert mark is None, heading
    ids = [e.get(qn("w:id")) for e in document.element.body.iter(qn("w:ins"))]
    assert len(ids) == len(set(ids))


def test_no_track_changes_gives_clean_text(tmp_path: Path) -> None:
    framework = fixture_framework()
    write_drafts(
        framework, fixture_assessment(framework), tmp_path, date=DATE, catalog=fixture_catalog(), track_changes=False
    )
    document = open_docx(tmp_path / "bill.docx")
    assert next(document.element.body.iter(qn("w:ins")), None) is None
    assert next(document.element.body.iter(qn("w:del")), None) is None
    assert "Incitement to commit a terrorist offence" in "\n".join(p.text for p in document.paragraphs)
    assert len(document.comments) == 6


def test_unfilled_parameters_are_highlighted_and_explained(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    highlighted = [
        text_of(r)
        for r in document.element.body.iter(qn("w:r"))
        if (hl := r.find(f"{qn('w:rPr')}/{HIGHLIGHT}")) is not None and hl.get(qn("w:val")) == "yellow"
    ]
    assert highlighted == ["[the State]", "[10]", "[the High Court]"]
    incitement = list(document.comments)[3].text
    assert "To decide: " in incitement
    for shown in ("[the State]", "[10]", "[the High Court]"):
        assert shown in incitement
    assert "Director of Public Prosecutions of Testland" in all_text(document)


def test_arrangement_lists_every_section(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    entries = [text_of(p._p) for p in document.paragraphs if style_of(p) == "ArrangementEntry"]
    headings = [text_of(p._p) for p in _section_headings(document)]
    assert entries == headings


def test_report_covers_every_criterion_in_both_views(drafted: Path) -> None:
    assessment = fixture_assessment()
    document = open_docx(drafted / "gap-report.docx")
    text = all_text(document)
    for criterion in assessment.criteria:
        assert criterion.id in text  # in the reference row of the annex
        assert criterion.question in text
    assert "The Bill's production orders are used in practice already." in text  # the override's reason
    assert "Concordance with the sources and the proposed bill" in text
    assert "Observations of the State" in text
    assert 'In this Act, "electronic communication" means' in text  # quoted national provision
    assert "(pinpoint not verified)" in text
    assert "UNVERIFIED" not in text
    markdown = (drafted / "report.md").read_text(encoding="utf-8")
    for criterion in assessment.criteria:
        assert f"`{criterion.id}`" in markdown


def test_assessment_json_round_trips_and_carries_the_third_view(drafted: Path) -> None:
    from draftkit.assess.result import Assessment

    again = Assessment.model_validate_json((drafted / "assessment.json").read_text(encoding="utf-8"))
    assert all(area.rating_proposed is not None for area in again.areas)
    stripped = again.model_copy(
        update={
            "criteria": [c.model_copy(update={"proposed": None}) for c in again.criteria],
            "areas": [a.model_copy(update={"rating_proposed": None, "score_proposed": None}) for a in again.areas],
        }
    )
    assert stripped == fixture_assessment()


def test_same_input_and_date_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    framework = fixture_framework()
    assessment = fixture_assessment(framework)
    write_drafts(framework, assessment, tmp_path / "a", date=DATE, catalog=fixture_catalog())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 10, 2, tzinfo=dt.UTC).timestamp())))
    write_drafts(framework, assessment, tmp_path / "b", catalog=fixture_catalog())
    for name in output_names():
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    write_drafts(framework, assessment, tmp_path / "c", date=dt.date(2026, 10, 3), catalog=fixture_catalog())
    assert (tmp_path / "a" / "bill.docx").read_bytes() != (tmp_path / "c" / "bill.docx").read_bytes()


def test_header_and_cover_carry_draft_country_and_date(drafted: Path) -> None:
    document = open_docx(drafted / "bill.docx")
    header = text_of(document.sections[0].header.paragraphs[0]._p)
    assert header == "DRAFT \u2014 Republic of Testland \u2014 2 October 2026"  # the date as the language writes it
    assert text_of(document.paragraphs[1]._p) == "Counter-Terrorism (Online Harms) Bill"
    props = document.core_properties
    assert props.created == dt.datetime(2026, 10, 2, tzinfo=dt.UTC)
    assert props.revision == 1


def test_each_action_names_its_model_provisions_once(drafted: Path) -> None:
    """An action names each model provision it draws on once, by title, never by catalog id."""
    titles = {p.id: p.title for p in fixture_catalog()}
    assessment = fixture_assessment(fixture_framework())
    markdown = (drafted / "report.md").read_text(encoding="utf-8").splitlines()
    rows = [line for line in markdown if line.startswith(("| Adopt provisions", "| Amend "))]
    assert rows
    checked = 0
    for criterion in assessment.criteria:
        if not criterion.remedies or criterion.outcome.value not in ("not_met", "partly_met"):
            continue
        mine = [line for line in rows if f"`{criterion.id}`" in line]
        assert len(mine) == 1, criterion.id
        for remedy in criterion.remedies:
            assert mine[0].count(f"\u201c{titles[remedy]}\u201d") == 1, mine[0]
            assert remedy not in mine[0].replace(f"`{criterion.id}`", "")
        checked += 1
    assert checked
