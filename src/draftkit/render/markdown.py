"""``report.md``: the gap report's data as Markdown, for review in a browser or a pull request.

User text is escaped for Markdown table cells (pipes, newlines) and for leading
characters that would start a heading or a list, so that a provision title never turns
into structure.
"""

from __future__ import annotations

from draftkit.assess.result import Assessment
from draftkit.catalog.show import describe_citation
from draftkit.compose.notes import outcome_words
from draftkit.compose.report import bill_sections_by_criterion, concordance, quoted_provision
from draftkit.compose.tree import Bill
from draftkit.models import Area, NationalFramework
from draftkit.render.format import DraftContext, OutputFormat

__all__ = ["OUTPUT", "render_markdown"]

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|#"})


def md(text: str) -> str:
    """Inline-safe Markdown: special characters escaped, line breaks as spaces."""
    return " ".join(text.translate(_SPECIAL).split())


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return [*out, ""]


def render_markdown(assessment: Assessment, framework: NationalFramework, bill: Bill) -> str:
    s = assessment.framework
    lines = [
        f"# Gap assessment \u2014 {md(s.name)} ({s.country})",
        "",
        f"Framework as of {s.as_of.isoformat()}; {s.provisions} provisions, {s.provisions_in_force} in force. "
        f"Rule packs: {md(', '.join(assessment.packs))}. draftkit {md(assessment.draftkit_version)}.",
        "",
        f"Rating rule: {md(assessment.rating_rule)}",
        "",
        "## Ratings by area",
        "",
    ]
    lines += _table(
        ["Area", "With the draft", "Law in force", "Computed (draft / in force)", "Override"],
        [
            [
                a.area.label,
                a.rating.value,
                a.rating_in_force.value,
                f"{a.computed_rating.value} / {a.computed_rating_in_force.value}",
                a.override_reason or "",
            ]
            for a in assessment.areas
        ],
    )
    lines += ["## Top shortfalls", ""]
    for number, criterion_id in enumerate(assessment.shortfalls, start=1):
        c = assessment.criterion(criterion_id)
        lines.append(f"{number}. {md(c.question)} (`{c.id}`; {outcome_words(c.outcome)} with the draft)")
    lines += ["", "## Priority recommendations", ""]
    for rec in assessment.recommendations:  # the text names the model provisions, with their titles
        lines.append(f"{rec.rank}. {md(rec.text)} (`{rec.criterion}`).")
    lines += ["", "## Law in force (not re-enacted in the bill)", ""]
    lines += [f"- `{p.id}` {md(p.title)} \u2014 {md(p.source)}" for p in bill.in_force] or ["- none recorded"]
    lines += ["", "## The draft bill", ""]
    for section in bill.sections:
        mark = "inserted model provision" if section.inserted else "national text"
        lines.append(f"- s {section.number} {md(section.title)} \u2014 `{section.origin.ref}` ({mark})")
    lines += ["", "## Criteria", ""]
    in_bill = bill_sections_by_criterion(bill)
    for area in Area:
        criteria = [c for c in assessment.criteria if c.area is area]
        if not criteria:
            continue
        lines += [f"### {area.label}", ""]
        for c in criteria:
            lines += [
                f"#### `{c.id}` \u2014 {md(c.question)}",
                "",
                f"- Outcome: {outcome_words(c.outcome)} with the draft; "
                f"{outcome_words(c.in_force.outcome)} in force "
                f"({c.strength.value.replace('_', ' ')}, pack {md(c.pack)})",
                f"- Reasoning: {md(c.reasoning)}",
                f"- Reasoning, law in force: {md(c.in_force.reasoning)}",
                f"- Remedies: {', '.join(f'`{r}`' for r in c.remedies) or 'none'}; "
                f"in the bill: {', '.join(in_bill.get(c.id, [])) or 'no section'}",
            ]
            if c.human_rights_risk:
                lines.append("- Risk to human rights")
            lines += [f"- Citation: {md(describe_citation(x))}" for x in c.citations]
            for provision_id in dict.fromkeys([*c.evidence, *c.in_force.evidence]):
                quote = quoted_provision(framework, provision_id)
                if quote is not None:
                    lines.append(f"- Quoted: {md(quote[0])}: \u201c{md(' '.join(quote[1]))}\u201d")
            lines.append("")
    lines += ["## Concordance", ""]
    lines += _table(
        ["Guidance point / instrument article", "Criteria (outcome with the draft)", "National provisions"],
        [
            [
                r.reference,
                ", ".join(f"{c} ({o})" for c, o in zip(r.criteria, r.outcomes, strict=True)),
                "; ".join(r.provisions) or "none",
            ]
            for r in concordance(assessment, framework)
        ],
    )
    return "\n".join(lines).rstrip() + "\n"


def _render(context: DraftContext) -> bytes:
    return render_markdown(context.assessment, context.framework, context.bill).encode("utf-8")


OUTPUT = OutputFormat(
    "report.md",
    "The gap report's data as Markdown, for review in a browser or a pull request.",
    _render,
)
