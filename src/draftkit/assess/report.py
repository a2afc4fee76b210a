"""Human-readable views of an assessment: a terminal table (rich) and a Markdown report.

Both are rendered from the ``Assessment`` alone, like the JSON output, so the three
can never disagree, and so that ``draftkit check`` can print them for many frameworks in a
batch without keeping the frameworks. The fuller ``report.md`` that ``draftkit draft``
writes (``draftkit.render.markdown``) also quotes national provisions and maps criteria
to sections of the bill, which need the framework and the composed bill. ``rich`` is
imported only when a table is drawn.
"""

from __future__ import annotations

from typing import TextIO

from draftkit.assess.result import AreaResult, Assessment, CriterionResult, Outcome, Strength
from draftkit.diagnostics import printable

__all__ = ["render_markdown", "render_table"]

_OUTCOME_LABEL = {
    Outcome.MET: "met",
    Outcome.PARTLY_MET: "partly met",
    Outcome.NOT_MET: "not met",
    Outcome.NOT_APPLICABLE: "n/a",
}


_STRENGTH_LABEL = {Strength.MANDATORY: "mandatory", Strength.SHOULD_CONSIDER: "should", Strength.OPTIONAL: "optional"}


def _rating_cell(area: AreaResult, in_force: bool) -> str:
    shown = area.rating_in_force if in_force else area.rating
    computed = area.computed_rating_in_force if in_force else area.computed_rating
    return shown.value if shown is computed else f"{shown.value} (computed {computed.value})"


def _gaps(assessment: Assessment) -> list[CriterionResult]:
    order = {criterion_id: index for index, criterion_id in enumerate(assessment.shortfalls)}
    gaps = [c for c in assessment.criteria if c.outcome in (Outcome.NOT_MET, Outcome.PARTLY_MET)]
    return sorted(gaps, key=lambda c: order.get(c.id, len(order)))


def render_table(assessment: Assessment, file: TextIO | None = None, width: int | None = None) -> None:
    """Ratings per area in both views, then criteria not fully met with their remedies."""
    import shutil

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    def safe(text: str) -> str:
        """User and pack text as plain text: no terminal escapes, no rich markup."""
        return escape(printable(text))

    # At least 120 columns: piped output (80 by default) would squeeze the criteria table unreadably.
    width = width or max(120, shutil.get_terminal_size().columns)
    console = Console(file=file, width=width, highlight=False, soft_wrap=False)
    summary = assessment.framework
    console.print(
        f"[bold]{safe(summary.name)} ({summary.country})[/bold], as of {summary.as_of}: "
        f"packs {safe(', '.join(assessment.packs))}"
    )
    areas = Table(title="Ratings per area", title_justify="left")
    areas.add_column("Area")
    areas.add_column("In force")
    areas.add_column("With draft")
    areas.add_column("Met / partly / not / n/a", justify="right")
    for area in assessment.areas:
        counts = area.counts
        areas.add_row(
            area.area.label,
            _rating_cell(area, in_force=True),
            _rating_cell(area, in_force=False),
            " / ".join(str(counts.get(o.value, 0)) for o in Outcome),
        )
    console.print(areas)
    for area in assessment.areas:
        if area.override_reason:
            console.print(f"Override for {area.area.label}: {safe(area.override_reason)}")
    gaps = _gaps(assessment)
    if gaps:
        table = Table(title="Criteria not met (with draft), most serious first", title_justify="left")
        table.add_column("Criterion", no_wrap=True)
        table.add_column("Strength")
        table.add_column("In force -> with draft")
        table.add_column("Remedies (model provisions)", no_wrap=True)
        for criterion in gaps:
            flag = " (rights risk)" if criterion.human_rights_risk else ""
            table.add_row(
                criterion.id,
                _STRENGTH_LABEL[criterion.strength],
                f"{_OUTCOME_LABEL[criterion.in_force.outcome]} -> {_OUTCOME_LABEL[criterion.outcome]}{flag}",
                "\n".join(criterion.remedies) or "-",
            )
        console.print(table)
    else:
        console.print("Every applicable criterion is met with the draft.")
    console.print(f"Rating rule: {safe(assessment.rating_rule)}", style="dim")


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(assessment: Assessment) -> str:
    """A self-contained Markdown report: ratings, priorities, then every criterion with its evidence."""
    summary = assessment.framework
    lines = [
        f"# Gap assessment: {summary.name} ({summary.country})",
        "",
        f"Framework as of {summary.as_of}; {summary.provisions} provisions, {summary.provisions_in_force} in force."
        + (f" Source: `{summary.source}`." if summary.source else ""),
        f"Rule packs: {', '.join(assessment.packs)}. draftkit {assessment.draftkit_version}.",
        "",
        "## Ratings",
        "",
        "| Area | In force | With draft | Score (with draft) |",
        "|---|---|---|---|",
    ]
    for area in assessment.areas:
        lines.append(
            f"| {area.area.label} | {_rating_cell(area, True)} | {_rating_cell(area, False)} | {area.score:.2f} |"
        )
    overrides = [a for a in assessment.areas if a.override_reason]
    if overrides:
        lines += ["", *[f"- Override, {a.area.label}: {_md_cell(a.override_reason or '')}" for a in overrides]]
    lines += ["", f"*Rating rule.* {assessment.rating_rule}", "", "## Priority recommendations", ""]
    if not assessment.recommendations:
        lines.append("None: every applicable criterion is met.")
    for item in assessment.recommendations:
        lines.append(
            f"{item.rank}. **{item.criterion}** ({item.strength.value}, {_OUTCOME_LABEL[item.outcome]}): {item.text}"
        )
    lines += ["", "## Criteria", ""]
    current = None
    for criterion in assessment.criteria:
        if criterion.area is not current:
            current = criterion.area
            lines += [f"### {current.label}", ""]
        flag = " — risk to human rights" if criterion.human_rights_risk else ""
        lines += [
            f"#### {criterion.id}: {_OUTCOME_LABEL[criterion.outcome]}{flag}",
            "",
            f"{criterion.question}",
            "",
            f"- Strength: {criterion.strength.value}",
            f"- With draft: {_OUTCOME_LABEL[criterion.outcome]}; evidence: {', '.join(criterion.evidence) or 'none'}",
            f"- In force: {_OUTCOME_LABEL[criterion.in_force.outcome]}; "
            f"evidence: {', '.join(criterion.in_force.evidence) or 'none'}",
            f"- Reasoning: {criterion.reasoning}",
        ]
        if criterion.remedies:
            lines.append(f"- Remedies: {', '.join(criterion.remedies)}")
        if criterion.citations:
            lines.append(f"- Sources: {'; '.join(c.short() for c in criterion.citations)}")
        lines.append("")
    # Printed to a terminal as often as saved: user text must not carry terminal escapes.
    return "\n".join(printable(line) for line in lines).rstrip() + "\n"
