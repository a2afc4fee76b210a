"""Compose the annotated bill from one framework and its assessment.

What goes in: the framework's provisions that are still a bill or a draft proposal
(law in force is not re-enacted, only listed), then the catalog's remedy provisions
for every mandatory or should-consider criterion not met or partly met with the draft,
each once, in the order the assessment lists criteria. Remedies of *optional* criteria
(an encouragement offence, compelled decryption, user identification...) are not put
into the bill: they carry policy and human-rights choices a drafter should make on
purpose, so the gap report lists them and the bill does not presume them.

Parts follow the ``Area`` enum (definitions first); sections are numbered 1, 2, 3 ...
across Parts by draftkit itself.
"""

from __future__ import annotations

from draftkit.assess.result import Assessment, CriterionResult, Outcome, Strength
from draftkit.catalog.store import Catalog
from draftkit.compose.model import Bill, InForce, Note, Origin, OriginKind, Part, Section
from draftkit.compose.notes import (
    answers_note,
    citation_notes,
    commentary_notes,
    parameter_notes,
    unique_citations,
    variant_notes,
)
from draftkit.compose.spans import Filler, lines_of
from draftkit.diagnostics import InputError, Problem
from draftkit.models import Area, LegalTradition, NationalFramework, ProvisionBase, ProvisionStatus
from draftkit.models.provisions import NationalSource

__all__ = ["DEFAULT_TITLE", "compose_bill", "remedy_ids", "source_words"]

DEFAULT_TITLE = "Counter-Terrorism (Use of the Internet) Bill"
_OPEN = (Outcome.NOT_MET, Outcome.PARTLY_MET)
_PROPOSED = (Strength.MANDATORY, Strength.SHOULD_CONSIDER)


def _proposes(criterion: CriterionResult) -> bool:
    return criterion.outcome in _OPEN and criterion.strength in _PROPOSED


def remedy_ids(assessment: Assessment) -> list[str]:
    """Catalog ids the bill proposes: remedies of mandatory and should-consider criteria not (fully) met
    with the draft, deduplicated, in a stable order."""
    seen: dict[str, None] = {}
    for criterion in assessment.criteria:
        if _proposes(criterion):
            for remedy in criterion.remedies:
                seen.setdefault(remedy, None)
    return list(seen)


def source_words(source: NationalSource, tradition: LegalTradition) -> str:
    """``Penal Code 1962, s 41`` (or ``art 41`` in a civil-law State)."""
    unit = "art" if tradition is LegalTradition.CIVIL_LAW else "s"
    section = source.section if not source.section[:1].isdigit() else f"{unit} {source.section}"
    return f"{source.act}, {section}"


def _section(
    number: int,
    provision: ProvisionBase,
    origin: Origin,
    *,
    inserted: bool,
    criteria: list[CriterionResult],
    framework: NationalFramework,
) -> Section:
    filler = Filler(provision.parameters, framework.parameters)
    lines = lines_of(provision.text, filler)
    placeholders = tuple(filler.placeholders.values())
    notes: list[Note] = [Note("Origin", origin.description), answers_note(criteria)]
    notes += citation_notes(unique_citations([provision.citations, *(c.citations for c in criteria)]))
    notes += parameter_notes(filler.filled, placeholders)
    notes += commentary_notes(provision, framework.legal_tradition)
    notes += variant_notes(provision)
    answers = tuple(c.id for c in criteria)
    return Section(number, provision.title, lines, origin, inserted, answers, tuple(notes), placeholders)


def _long_title(framework: NationalFramework, areas: list[Area]) -> str:
    topics = [area.label[0].lower() + area.label[1:] for area in areas]
    listed = topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + " and " + topics[-1]
    return (
        f"A Bill for an Act to make provision on {listed}, "
        "so as to counter the use of the Internet for terrorist purposes, and for connected purposes."
    )


def compose_bill(framework: NationalFramework, assessment: Assessment, catalog: Catalog | None = None) -> Bill:
    """The Bill structure: Parts by area, numbered sections, filled text, comment content."""
    if catalog is None:
        from draftkit.catalog import load_catalog

        catalog = load_catalog()
    tradition = framework.legal_tradition
    candidates: list[tuple[ProvisionBase, Origin, bool, list[CriterionResult]]] = []
    for provision in framework.provisions_with_status(ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL):
        status = provision.status.value.replace("_", " ")
        dated = f", {provision.source.date.isoformat()}" if provision.source.date else ""
        origin = Origin(
            OriginKind.NATIONAL,
            provision.id,
            f"{source_words(provision.source, tradition)} ({status}{dated}); framework provision {provision.id}",
        )
        criteria = [c for c in assessment.criteria if provision.id in c.evidence or provision.id in c.in_force.evidence]
        candidates.append((provision, origin, False, criteria))
    problems: list[Problem] = []
    for remedy in remedy_ids(assessment):
        if remedy not in catalog:
            message = f"no model provision '{remedy}' in the catalog"
            problems.append(Problem("<assessment>", 1, 1, ("remedies",), message))
            continue
        model = catalog.get(remedy)
        origin = Origin(
            OriginKind.MODEL,
            model.id,
            f"model provision {model.id} ({model.title}) of the draftkit catalog, proposed as a remedy; "
            "inserted as a tracked change to accept or reject",
        )
        criteria = [c for c in assessment.criteria if _proposes(c) and remedy in c.remedies]
        candidates.append((model, origin, True, criteria))
    if problems:
        raise InputError(problems)

    parts: list[Part] = []
    number = 0
    for area in Area:
        sections: list[Section] = []
        for candidate, origin, inserted, criteria in candidates:
            if candidate.area is area:
                number += 1
                section = _section(number, candidate, origin, inserted=inserted, criteria=criteria, framework=framework)
                sections.append(section)
        if sections:
            parts.append(Part(len(parts) + 1, area, area.label, tuple(sections)))
    in_force = tuple(
        InForce(p.id, p.title, source_words(p.source, tradition))
        for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
    )
    return Bill(
        title=framework.title or DEFAULT_TITLE,
        long_title=_long_title(framework, [part.area for part in parts]) if parts else "",
        country=framework.name,
        as_of=framework.as_of.isoformat(),
        parts=tuple(parts),
        in_force=in_force,
    )
