"""What a section's Word comment says: origin, criteria answered, citations, drafting notes.

Every section of the bill carries one comment so that a reviewing ministry can trace
each sentence to a national source or a model provision, and from there to the
guidance and instruments that ask for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from draftkit.assess.result import CriterionResult, Outcome
from draftkit.catalog.show import describe_citation
from draftkit.compose.model import Note, Placeholder
from draftkit.models import Citation, LegalTradition, ProvisionBase

__all__ = ["answers_note", "citation_notes", "commentary_notes", "parameter_notes", "variant_notes"]


def outcome_words(outcome: Outcome) -> str:
    return outcome.value.replace("_", " ")


def answers_note(criteria: Sequence[CriterionResult]) -> Note:
    if not criteria:
        return Note("Answers", "no criterion of the assessment relies on this provision")
    items = [
        f"{c.id} - {c.question} (with the draft: {outcome_words(c.outcome)}; "
        f"law in force: {outcome_words(c.in_force.outcome)})"
        for c in criteria
    ]
    return Note("Answers", "; ".join(items))


def _citation_key(citation: Citation) -> tuple[str, str, str]:
    return (citation.kind.value, citation.source, citation.pinpoint or "")


def unique_citations(groups: Iterable[Iterable[Citation]]) -> list[Citation]:
    """Citations of the provision and of the criteria it answers, each once, in first-seen order."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Citation] = []
    for group in groups:
        for citation in group:
            key = _citation_key(citation)
            if key not in seen:
                seen.add(key)
                out.append(citation)
    return out


def citation_notes(citations: Sequence[Citation]) -> list[Note]:
    if not citations:
        return [Note("Citations", "none recorded")]
    return [Note("Citation", describe_citation(c)) for c in citations]


def parameter_notes(filled: dict[str, str], placeholders: Iterable[Placeholder]) -> list[Note]:
    notes = [Note("Parameter", f"{name} = {value} (from the framework)") for name, value in sorted(filled.items())]
    for p in placeholders:
        notes.append(
            Note(
                "Placeholder",
                f"{p.shown} is highlighted: parameter '{p.name}' ({p.description}) has no value in the framework, "
                f"so the default is shown in brackets. Set parameters.{p.name} in the framework or edit the text.",
            )
        )
    return notes


def commentary_notes(provision: ProvisionBase, tradition: LegalTradition) -> list[Note]:
    c = provision.commentary
    if c is None:
        return []
    notes = [Note("Purpose", c.purpose)]
    if c.adaptation:
        notes.append(Note("Adapting it", c.adaptation))
    if tradition is LegalTradition.COMMON_LAW and c.common_law:
        notes.append(Note("Common-law systems", c.common_law))
    elif tradition is LegalTradition.CIVIL_LAW and c.civil_law:
        notes.append(Note("Civil-law systems", c.civil_law))
    elif tradition not in (LegalTradition.COMMON_LAW, LegalTradition.CIVIL_LAW):
        for label, text in (("Common-law systems", c.common_law), ("Civil-law systems", c.civil_law)):
            if text:
                notes.append(Note(label, text))
    if c.human_rights:
        notes.append(Note("Human rights", c.human_rights))
    return notes


def variant_notes(provision: ProvisionBase) -> list[Note]:
    return [Note("Option", f"{v.title} ({v.id}): {v.note}") for v in provision.variants]
