"""The bill and the report of each example and each real State, as a reader gets them, held as snapshots.

Each case drafts one framework in one language, as ``draftkit draft`` does (the proposed-bill view
included), and compares two texts with the files under ``tests/__snapshots__/test_snapshots/``:

- ``…-bill.txt``: the bill as plain text (:func:`render_bill_text`), then its apparatus, which the plain
  text does not show: each section's comment (the notes a Word comment holds), the criteria it answers,
  how it stands to the State's text (kept, inserted, replaced), its cross-references, defined terms and
  parameters, and each amendment's target; then the defined terms and the provisions left in force;
- ``…-report.md``: the gap report as Markdown (the ``report.md`` output), draftkit's version number taken out;
- ``…-assessment.yaml``: what the engine found, in the three views (law in force, with the framework's
  draft, with the proposed bill): each criterion's outcome, evidence, reasoning, shortfalls and remedies,
  each area's rating, the recommendations (what a criterion copies from its pack is left out).

A change to the engine, a composer or the Markdown renderer that changes what a drafter or a ministry reads fails
here, with the difference. When the change is meant, read the new texts as their reader would, then
accept them with ``make snapshots`` (``pytest tests/test_snapshots.py --snapshot-update``) and commit the
snapshots with the change, so that the review shows the words that changed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
import yaml
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

import draftkit
from draftkit.assess.result import Assessment
from draftkit.compose.proposal import with_proposed_view
from draftkit.compose.tree import Bill, Role, Section, Span, Unit, plain
from draftkit.drafts import catalog_in
from draftkit.i18n import messages
from draftkit.render.bill_text import render_bill_text
from draftkit.render.format import DraftContext
from draftkit.render.markdown import render_markdown

ROOT = Path(__file__).parent.parent
WHEN = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)

CASES = {
    "xa-en": ("examples/xa-common-law.yaml", "en"),
    "xa-fr": ("examples/xa-common-law.yaml", "fr"),
    "xb-fr": ("examples/xb-civil-law.yaml", "fr"),
    "xb-en": ("examples/xb-civil-law.yaml", "en"),
    "xc-en": ("examples/xc-penal-code-only.yaml", "en"),
    "xd-es": ("examples/xd-derecho-civil.yaml", "es"),
    "gb-en": ("tests/fixtures/real/gb-2019.yaml", "en"),
    "fr-fr": ("tests/fixtures/real/fr-2019.yaml", "fr"),
    "ke-en": ("tests/fixtures/real/ke-2021.yaml", "en"),
    "xa-ar": ("examples/xa-common-law.yaml", "ar"),
}
"""Each example and real State in its own language, and three drafted in another (the other tradition's words;
Arabic, whose model provisions are given in English, as ``--fallback-language en`` gives them)."""
_OTHER_LANGUAGE = {"xa-fr", "xb-en", "xa-ar"}
_FALLBACK = {"ar": "en"}
"""The language of the texts a language lacks (``draftkit draft --fallback-language en``); the others lack none."""
"""Cases whose assessment is that of another case (the engine's findings do not depend on the language)."""


class _Text(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT


class _BillText(_Text):
    file_extension = "txt"


class _Markdown(_Text):
    file_extension = "md"


class _Yaml(_Text):
    file_extension = "yaml"


_FROM_THE_PACK = {"question", "strength", "pack", "citations", "guidance", "area"}
"""What a criterion's result copies from its pack: the snapshot keeps what the engine found."""


@cache
def _drafted(case: str) -> tuple[Bill, str, Assessment]:
    """The bill tree, the report as Markdown and the assessment, as ``draftkit draft`` makes them for the case."""
    path, language = CASES[case]
    framework = draftkit.load_framework(ROOT / path)
    assessment = draftkit.assess_framework(framework)
    fallback = _FALLBACK.get(language)
    words = messages(language, fallback=fallback)
    catalog, untranslated = catalog_in(language, fallback=fallback)
    bill, assessment = with_proposed_view(framework, assessment, catalog, language=language, words=words)
    context = DraftContext(
        framework=framework,
        assessment=assessment,
        bill=bill,
        catalog=catalog,
        author="draftkit",
        when=WHEN,
        track_changes=True,
        language=language,
        fallback_language=fallback,
        untranslated_provisions=untranslated,
        preset_words=words,
    )
    report = render_markdown(context.report, words)
    return bill, report.replace(f"draftkit {assessment.draftkit_version}", "draftkit (version)"), assessment


def _marks(spans: tuple[Span, ...]) -> list[str]:
    """The spans a plain rendering flattens: cross-references, defined terms, parameters, quoted words."""
    return [f"{span.role.value} {span.target or '-'}: {span.text}" for span in spans if span.role is not Role.TEXT]


def _unit_apparatus(unit: Unit, out: list[str]) -> None:
    for inner in unit.walk():
        marks = _marks(inner.text) + _marks(inner.wrap)
        amendment = inner.amendment
        if inner.term is not None:
            marks.append(f"defines {inner.term}")
        if amendment is not None:
            target = amendment.target
            marks.append(f"{amendment.operation.value} {target.provision} ({target.act}, {target.unit})")
            marks.append(f"  cited: {target.words}")
            words = {
                "old": amendment.old,
                "new": amendment.new,
                "anchor": amendment.anchor,
                "heading": amendment.quoted_heading,
                "new unit": amendment.new_unit,
                "cures": amendment.finding,
            }
            marks += [f"  {name}: {value}" for name, value in words.items() if value]
        if marks:
            out.append(f"    {inner.eid} {inner.num or ''}".rstrip())
            out += [f"      {mark}" for mark in marks]


def _section_apparatus(section: Section, out: list[str]) -> None:
    origin = section.origin
    out.append(f"{section.eid} ({section.change.value}; {origin.kind.value} {origin.ref})")
    if section.answers:
        out.append(f"  answers: {', '.join(section.answers)}")
    out += [f"  {note.label}: {note.text}" for note in section.notes]
    out += [f"  placeholder: {placeholder}" for placeholder in section.placeholders]
    if section.deleted:
        out.append(f"  deleted ({section.deleted_title}): " + " / ".join(plain(unit.text) for unit in section.deleted))
    for unit in section.units:
        _unit_apparatus(unit, out)


def bill_snapshot(bill: Bill) -> str:
    """The bill's plain text, then what the plain text does not show (see the module docstring)."""
    words = messages(bill.language, fallback=_FALLBACK.get(bill.language))
    out = [render_bill_text(bill, words), "", "=" * 20 + " apparatus", ""]
    out.append(f"{bill.form.value}; {bill.country} ({bill.country_code}); {bill.language}; as of {bill.as_of}")
    out.append(f"title: {bill.title}; cited as: {bill.act_title}; contents: {bill.arrangement}")
    for division in bill.divisions:
        out.append(f"{division.eid}: {division.label} {division.heading} ({division.area})")
        for section in division.all_sections():
            _section_apparatus(section, out)
    for schedule in bill.schedules:
        out.append(f"{schedule.eid}: {schedule.label} {schedule.heading}, given effect by {schedule.called_by}")
        out += [f"  {note.label}: {note.text}" for note in schedule.notes]
        for unit in schedule.units:
            _unit_apparatus(unit, out)
    out.append("defined terms:")
    out += [f"  {t.key} = {t.term} at {t.eid}, {t.origin} ({t.model})" for t in bill.terms]
    out.append("in force, not re-enacted:")
    out += [f"  {f.id}: {f.title} ({f.source})" for f in bill.in_force]
    return "\n".join(out) + "\n"


def assessment_snapshot(assessment: Assessment) -> str:
    """What the engine found (the three views, each criterion's result, ratings, recommendations), as YAML."""
    found = assessment.model_dump(mode="json", exclude={"draftkit_version", "framework", "packs", "rating_rule"})
    found["criteria"] = [{k: v for k, v in c.items() if k not in _FROM_THE_PACK} for c in found["criteria"]]
    return yaml.safe_dump(found, sort_keys=False, allow_unicode=True, width=120)


@pytest.mark.parametrize("case", CASES)
def test_the_bill_reads_as_its_snapshot(case: str, snapshot: SnapshotAssertion) -> None:
    bill, _, _ = _drafted(case)
    assert bill_snapshot(bill) == snapshot(extension_class=_BillText)


@pytest.mark.parametrize("case", CASES)
def test_the_report_reads_as_its_snapshot(case: str, snapshot: SnapshotAssertion) -> None:
    _, report, _ = _drafted(case)
    assert report == snapshot(extension_class=_Markdown)


@pytest.mark.parametrize("case", [case for case in CASES if case not in _OTHER_LANGUAGE])
def test_the_assessment_is_its_snapshot(case: str, snapshot: SnapshotAssertion) -> None:
    _, _, assessment = _drafted(case)
    assert assessment_snapshot(assessment) == snapshot(extension_class=_Yaml)
