"""The composed bill as plain data: selection, order, numbering, placeholders, comment content."""

from __future__ import annotations

import subprocess
import sys

from draftkit.compose import LineKind, OriginKind, compose_bill, remedy_ids
from draftkit.compose.model import Bill
from draftkit.models import Area
from tests.fixtures.render.data import fixture_assessment, fixture_catalog, fixture_framework


def _bill() -> Bill:
    framework = fixture_framework()
    return compose_bill(framework, fixture_assessment(framework), fixture_catalog())


def test_remedies_are_deduplicated_in_criterion_order_and_only_for_open_criteria() -> None:
    assert remedy_ids(fixture_assessment()) == [
        "definition.fx_computer_data",
        "offence.fx_incitement",
        "power.fx_preservation",
    ]


def test_parts_follow_area_order_and_numbering_is_continuous() -> None:
    bill = _bill()
    assert [p.area for p in bill.parts] == [Area.DEFINITIONS, Area.CRIMINALIZATION, Area.INVESTIGATIVE_POWERS]
    assert [s.number for s in bill.sections] == list(range(1, len(bill.sections) + 1))
    assert [p.number for p in bill.parts] == [1, 2, 3]


def test_law_in_force_is_listed_not_reenacted() -> None:
    bill = _bill()
    refs = [s.origin.ref for s in bill.sections]
    assert "xa.pc.s41" not in refs
    assert [p.id for p in bill.in_force] == ["xa.pc.s41"]
    assert bill.in_force[0].source == "Penal Code 1962, s 41"


def test_national_text_is_not_inserted_model_text_is() -> None:
    bill = _bill()
    kinds = {s.origin.ref: (s.origin.kind, s.inserted) for s in bill.sections}
    assert kinds["xa.bill.c12"] == (OriginKind.NATIONAL, False)
    assert kinds["xa.prop.d1"] == (OriginKind.NATIONAL, False)
    assert kinds["offence.fx_incitement"] == (OriginKind.MODEL, True)


def test_labels_are_literal_and_single_subsection_unnumbered() -> None:
    bill = _bill()
    incitement = next(s for s in bill.sections if s.origin.ref == "offence.fx_incitement")
    assert [line.label for line in incitement.lines] == ["(1)", "(a)", "(b)", "(i)", "(ii)", None, "(2)"]
    assert incitement.lines[5].kind is LineKind.CLOSING
    definition = next(s for s in bill.sections if s.origin.ref == "definition.fx_computer_data")
    assert [line.label for line in definition.lines] == [None]


def test_parameters_filled_from_framework_or_left_as_placeholders() -> None:
    bill = _bill()
    preservation = next(s for s in bill.sections if s.origin.ref == "power.fx_preservation")
    assert "the Director of Public Prosecutions of Testland" in preservation.lines[0].text
    assert "up to 60 days" in preservation.lines[0].text
    assert preservation.placeholders == ()
    incitement = next(s for s in bill.sections if s.origin.ref == "offence.fx_incitement")
    shown = {p.name: p.shown for p in incitement.placeholders}
    assert shown == {"country_name": "[the State]", "max_years": "[10]", "competent_court": "[the High Court]"}
    spans = [span for line in incitement.lines for span in line.spans if span.parameter]
    assert {span.parameter for span in spans} == set(shown)
    notes = " ".join(n.text for n in incitement.notes if n.label == "Placeholder")
    assert all(name in notes for name in shown)


def test_comment_content_names_origin_criteria_citations_options() -> None:
    bill = _bill()
    incitement = next(s for s in bill.sections if s.origin.ref == "offence.fx_incitement")
    labels = [n.label for n in incitement.notes]
    assert labels[0] == "Origin"
    assert "offence.fx_incitement" in incitement.notes[0].text
    assert incitement.answers == ("crim.incitement", "power.preservation")
    assert any("UNVERIFIED" in n.text for n in incitement.notes if n.label == "Citation")
    assert "Option" in labels
    assert "Common-law systems" in labels
    assert "Civil-law systems" not in labels
    production = next(s for s in bill.sections if s.origin.ref == "xa.bill.c12")
    assert "Counter-Terrorism (Online Harms) Bill 2026, s 12 (bill, 2026-05-12)" in production.notes[0].text


def test_composing_imports_no_word_library() -> None:
    code = (
        "import sys, draftkit, draftkit.compose, draftkit.drafts, draftkit.cli.draft; "
        "assert not {'docx', 'docxtpl'} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_bill_proposes_no_remedy_of_an_optional_criterion_alone() -> None:
    """Options with policy and rights choices (encouragement, decryption, user identification...) are
    listed in the report, never presumed in the bill."""
    from draftkit.assess import assess
    from draftkit.assess.result import Strength
    from draftkit.catalog import load_catalog
    from draftkit.compose import compose_bill
    from draftkit.load import load_framework
    from tests.conftest import EXAMPLES

    for example in sorted(EXAMPLES.glob("*.yaml")):
        framework = load_framework(example)
        assessment = assess(framework)
        bill = compose_bill(framework, assessment, load_catalog())
        inserted = {s.origin.ref for part in bill.parts for s in part.sections if s.inserted}
        open_criteria = [c for c in assessment.criteria if c.outcome.value in ("not_met", "partly_met")]
        proposed = {r for c in open_criteria if c.strength is not Strength.OPTIONAL for r in c.remedies}
        optional_only = {r for c in open_criteria if c.strength is Strength.OPTIONAL for r in c.remedies} - proposed
        assert inserted == proposed, example.name
        assert not inserted & optional_only
        assert "offence.encouragement" not in inserted
