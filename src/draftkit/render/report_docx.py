"""The gap report for a ministry, as a Word document.

Sections: executive overview (ratings in both views, overrides and their reasons, top
shortfalls, priority recommendations), law in force that the bill does not re-enact,
Annex A (every criterion: outcome in both views, the national provisions quoted with
their source, reasoning, citations, remedy), Annex B (concordance: guidance point or
instrument article against national provision), Annex C (the State's observations,
left blank to fill in). Everything comes from the one ``Assessment`` the bill is drawn
from, so the two documents cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from docx.shared import Cm
from docx.text.paragraph import Paragraph

from draftkit._version import __version__
from draftkit.assess.result import Assessment, CriterionResult
from draftkit.compose.notes import outcome_words
from draftkit.compose.report import Concordance, bill_sections_by_criterion, concordance, quoted_provision
from draftkit.compose.tree import Bill
from draftkit.models import Area, NationalFramework
from draftkit.render.format import DraftContext, OutputFormat
from draftkit.render.ooxml import add_text, set_style, shade
from draftkit.render.skeleton import render_skeleton, save_stable
from draftkit.render.styles import S

__all__ = ["OUTPUT", "render_report"]

_HEAD_FILL = "D9E2F3"
_WIDTH = 16.0
"""Text width in cm (A4 less 2.5 cm margins)."""


class _ReportWriter:
    def __init__(self, document: Any) -> None:
        self.doc = document

    def para(self, style_id: str, text: str = "", *, bold_prefix: str | None = None) -> Paragraph:
        paragraph: Paragraph = self.doc.add_paragraph()
        set_style(paragraph, style_id)
        if bold_prefix:
            add_text(paragraph, bold_prefix, bold=True)
        if text:
            add_text(paragraph, text)
        return paragraph

    def table(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        key_column: bool = False,
    ) -> Any:
        """A grid table; widths go on the grid and on every cell (LibreOffice reads the grid, Word the cells).

        ``headers`` repeat on each page; a key-value table (``key_column``) has none and shades its first column.
        """
        from docx.oxml import OxmlElement

        all_rows = [list(headers), *rows] if headers else list(rows)
        table = self.doc.add_table(rows=len(all_rows), cols=len(widths))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for col, width in enumerate(widths):
            table.columns[col].width = Cm(width)
        for row_index, (row, values) in enumerate(zip(table.rows, all_rows, strict=True)):
            is_head = headers is not None and row_index == 0
            cells = row.cells
            for col, value in enumerate(values):
                cell = cells[col]
                cell.width = Cm(widths[col])
                paragraph = cell.paragraphs[0]
                set_style(paragraph, S.TABLE_HEAD if is_head or (key_column and col == 0) else S.TABLE_TEXT)
                add_text(paragraph, value)
                if is_head or (key_column and col == 0):
                    shade(cell, _HEAD_FILL)
        if headers:
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        self.para(S.NOTE)  # breathing space after a table
        return table


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _criterion_lines(criterion: CriterionResult) -> str:
    return f"{criterion.id} \u2014 {criterion.question}"


def _overview(w: _ReportWriter, assessment: Assessment, framework: NationalFramework) -> None:
    summary = assessment.framework
    w.para(S.H1, "1. Executive overview").paragraph_format.page_break_before = True
    w.para(
        S.NOTE,
        f"{summary.name} ({summary.country}), framework as of {summary.as_of.isoformat()}: "
        f"{summary.provisions} provisions recorded, {summary.provisions_in_force} of them in force. "
        f"{len(assessment.criteria)} criteria from the rule packs {', '.join(assessment.packs)} were checked in two "
        "views: the law in force only, and the law with the bill and proposals counted.",
    )
    w.para(S.NOTE, assessment.rating_rule, bold_prefix="Rating rule: ")
    w.para(S.H2, "Ratings by area")
    rows = []
    for result in assessment.areas:
        computed = f"{result.computed_rating.value} / {result.computed_rating_in_force.value}"
        rows.append(
            [
                result.area.label,
                result.rating.value,
                result.rating_in_force.value,
                computed,
                result.override_reason or "",
            ]
        )
    w.table(
        ["Area", "With the draft", "Law in force", "Computed (draft / in force)", "Assessor's override"],
        rows,
        [4.0, 1.9, 1.9, 2.6, 5.6],
    )
    overridden = [r for r in assessment.areas if r.override_reason]
    if overridden:
        w.para(S.H2, "Overrides")
        for r in overridden:
            w.para(
                S.ITEM,
                f"rated {r.rating.value} (computed {r.computed_rating.value}). Reason: {r.override_reason}",
                bold_prefix=f"{r.area.label}: ",
            )
    w.para(S.H2, "Top shortfalls")
    if not assessment.shortfalls:
        w.para(S.NOTE, "No shortfall: every applicable criterion is met.")
    for number, criterion_id in enumerate(assessment.shortfalls, start=1):
        c = assessment.criterion(criterion_id)
        risk = " Risk to human rights." if c.human_rights_risk else ""
        w.para(
            S.ITEM,
            f"\t{c.question} ({c.id}; {outcome_words(c.outcome)} with the draft, "
            f"{outcome_words(c.in_force.outcome)} in force; {c.strength.value.replace('_', ' ')}).{risk}",
            bold_prefix=f"{number}.",
        )
    w.para(S.H2, "Priority recommendations")
    if not assessment.recommendations:
        w.para(S.NOTE, "None.")
    for rec in assessment.recommendations:  # the text names the model provisions, with their titles
        w.para(S.ITEM, f"\t{rec.text} ({rec.criterion}).", bold_prefix=f"{rec.rank}.")


def _in_force(w: _ReportWriter, bill: Bill) -> None:
    w.para(S.H1, "2. Law in force (not re-enacted in the bill)")
    if not bill.in_force:
        w.para(S.NOTE, "The framework records no provision in force.")
        return
    w.para(S.NOTE, "These provisions stay in force; the bill neither repeats nor amends them.")
    w.table(["Provision", "Title", "Source"], [[p.id, p.title, p.source] for p in bill.in_force], [4.0, 6.0, 6.0])


def _annex_a(
    w: _ReportWriter,
    assessment: Assessment,
    framework: NationalFramework,
    bill: Bill,
    remedy_titles: Mapping[str, str],
) -> None:
    from draftkit.catalog.show import describe_citation

    w.para(S.H1, "Annex A. Criteria in detail").paragraph_format.page_break_before = True
    in_bill = bill_sections_by_criterion(bill)
    for area in Area:
        criteria = [c for c in assessment.criteria if c.area is area]
        if not criteria:
            continue
        w.para(S.H2, area.label)
        for c in criteria:
            w.para(S.H3, _criterion_lines(c))
            remedies = [f"{r} ({remedy_titles.get(r, 'not in the catalog')})" for r in c.remedies]
            rows = [
                ["Strength / rule pack", f"{c.strength.value.replace('_', ' ')} / {c.pack}"],
                ["Outcome with the draft", outcome_words(c.outcome)],
                ["Outcome, law in force", outcome_words(c.in_force.outcome)],
                ["Reasoning (with the draft)", c.reasoning],
                ["Reasoning (law in force)", c.in_force.reasoning],
                [
                    "Risk to human rights",
                    f"{_yes(c.human_rights_risk)} with the draft; {_yes(c.in_force.human_rights_risk)} in force",
                ],
                ["Remedy", "; ".join(remedies) or "none proposed"],
                ["In the draft bill", ", ".join(in_bill.get(c.id, [])) or "no section"],
                ["Citations", "\n".join(describe_citation(x) for x in c.citations) or "none recorded"],
            ]
            w.table(None, rows, [4.2, 11.8], key_column=True)
            evidence = list(dict.fromkeys([*c.evidence, *c.in_force.evidence]))
            for provision_id in evidence:
                quote = quoted_provision(framework, provision_id)
                if quote is None:
                    w.para(S.QUOTE, f"{provision_id}: not a provision of the framework")
                    continue
                heading, lines = quote
                w.para(S.QUOTE, heading, bold_prefix="Quoted: ")
                for line in lines:
                    w.para(S.QUOTE, line)


def _annex_b(w: _ReportWriter, rows: list[Concordance]) -> None:
    w.para(S.H1, "Annex B. Concordance").paragraph_format.page_break_before = True
    w.para(
        S.NOTE,
        "Each point of the UNODC publication and each instrument article cited by a criterion, against the "
        "national provisions that answer it (with the draft counted). Unverified pinpoints are marked.",
    )
    if not rows:
        w.para(S.NOTE, "No criterion cites the publication or an instrument.")
        return
    w.table(
        ["Guidance point / instrument article", "Criteria", "National provisions", "Outcome"],
        [[r.reference, "\n".join(r.criteria), "\n".join(r.provisions) or "none", "\n".join(r.outcomes)] for r in rows],
        [6.0, 3.6, 4.2, 2.2],
    )


def _annex_c(w: _ReportWriter, assessment: Assessment) -> None:
    w.para(S.H1, "Annex C. Observations of the State").paragraph_format.page_break_before = True
    w.para(
        S.NOTE,
        "For the State to complete: observations on each finding, corrections of fact, and provisions or "
        "practice the assessment did not take into account.",
    )
    open_criteria = [c for c in assessment.criteria if c.outcome.value in ("not_met", "partly_met")]
    rows = [[c.id, outcome_words(c.outcome), ""] for c in open_criteria]
    if rows:
        table = w.table(["Criterion", "Finding", "Observations of the State"], rows, [4.5, 2.5, 9.0])
        for row in table.rows[1:]:
            row.height = Cm(1.6)
    w.para(S.H2, "General observations")
    for _ in range(8):
        w.para(S.FILL_LINE)


def render_report(
    assessment: Assessment,
    framework: NationalFramework,
    bill: Bill,
    remedy_titles: Mapping[str, str],
    *,
    author: str,
    when: dt.datetime,
) -> bytes:
    """The gap report as .docx bytes, byte-stable for the same input, author and date."""
    document = render_skeleton(
        "gap-report.docx",
        {
            "country": assessment.framework.name,
            "as_of": assessment.framework.as_of.isoformat(),
            "date": when.date().isoformat(),
            "version": __version__,
            "packs": ", ".join(assessment.packs) or "none",
        },
    )
    w = _ReportWriter(document)
    _overview(w, assessment, framework)
    _in_force(w, bill)
    _annex_a(w, assessment, framework, bill, remedy_titles)
    _annex_b(w, concordance(assessment, framework))
    _annex_c(w, assessment)
    return save_stable(document, title=f"Gap assessment \u2014 {assessment.framework.name}", author=author, when=when)


def _render(context: DraftContext) -> bytes:
    return render_report(
        context.assessment, context.framework, context.bill, context.titles, author=context.author, when=context.when
    )


OUTPUT = OutputFormat(
    "gap-report.docx",
    "The gap report for a ministry: ratings by area, shortfalls, recommendations and annexes.",
    _render,
)
