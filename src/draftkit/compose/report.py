"""Report data shared by the Word and Markdown gap reports: concordance rows and quotations.

Computed once here so that ``gap-report.docx`` and ``report.md`` show the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from draftkit.assess.result import Assessment
from draftkit.catalog.show import describe_citation
from draftkit.compose.bill import source_words
from draftkit.compose.notes import outcome_words
from draftkit.compose.spans import Filler, lines_of
from draftkit.compose.tree import Bill
from draftkit.models import CitationKind, NationalFramework
from draftkit.reference import guidance_points

__all__ = ["Concordance", "bill_sections_by_criterion", "concordance", "quoted_provision"]

_KIND_ORDER = {CitationKind.PUBLICATION: 0, CitationKind.INSTRUMENT: 1, CitationKind.CASE: 2}


@dataclass(frozen=True)
class Concordance:
    """One authority (guidance point or instrument article) and what answers it nationally."""

    reference: str
    criteria: list[str]
    provisions: list[str]
    outcomes: list[str]


def _provision_words(framework: NationalFramework, provision_id: str) -> str:
    for p in framework.provisions:
        if p.id == provision_id:
            return f"{source_words(p.source, framework.legal_tradition)} ({p.status.value.replace('_', ' ')})"
    return provision_id


def _guidance_words(point_id: str) -> str:
    """A guidance point the criterion checks without citing a pinpoint: its title and location."""
    point = guidance_points().get(point_id)
    if point is None:
        return point_id
    return f"UNODC (2012), {point.location} - {point_id} ({point.title}) [no pinpoint cited]"


def concordance(assessment: Assessment, framework: NationalFramework) -> list[Concordance]:
    """Rows keyed by (kind, source, pinpoint), publication first, in a stable order."""
    rows: dict[tuple[int, str, str], Concordance] = {}
    for criterion in assessment.criteria:
        cited = {c.source for c in criterion.citations if c.kind is CitationKind.PUBLICATION}
        keyed = [
            ((_KIND_ORDER[c.kind], c.source, c.pinpoint or ""), describe_citation(c))
            for c in criterion.citations
            if c.kind in _KIND_ORDER
        ]
        keyed += [((0, point, ""), _guidance_words(point)) for point in criterion.guidance if point not in cited]
        for key, reference in keyed:
            row = rows.setdefault(key, Concordance(reference, [], [], []))
            if criterion.id not in row.criteria:
                row.criteria.append(criterion.id)
                row.outcomes.append(outcome_words(criterion.outcome))
            for evidence in criterion.evidence:
                words = _provision_words(framework, evidence)
                if words not in row.provisions:
                    row.provisions.append(words)
    return [rows[key] for key in sorted(rows)]


def bill_sections_by_criterion(bill: Bill) -> dict[str, list[str]]:
    """Criterion id -> ``s 7 (offence.x)`` for every bill section that answers it."""
    out: dict[str, list[str]] = {}
    for section in bill.sections:
        for criterion in section.answers:
            out.setdefault(criterion, []).append(f"s {section.number} ({section.origin.ref})")
    return out


def quoted_provision(framework: NationalFramework, provision_id: str) -> tuple[str, list[str]] | None:
    """(``Title - Act, s 41 (in force)``, printed lines) for a national provision, or None."""
    for p in framework.provisions:
        if p.id == provision_id:
            lines = lines_of(p.text, Filler(p.parameters, framework.parameters))
            printed = [f"{line.label} {line.text}" if line.label else line.text for line in lines]
            return f"{p.title} \u2014 {_provision_words(framework, provision_id)}", printed
    return None
