"""The framework's checks (codes DK1xx): what a national framework must hold together beyond its schema.

The framework loader runs the errors (:func:`draftkit.load.framework_from_document`), so a file
that breaks one does not load; ``draftkit validate`` also prints the warnings (a reference that
leads nowhere, a definition without its concept), which describe the law rather than a mistake in
the file. Each check yields findings at a path of the framework's document; the registry
(:mod:`draftkit.validate.checks`) leads each message with the check's code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from draftkit.diagnostics import PathPart, suggest
from draftkit.models import (
    DefinitionProvision,
    EvidenceElements,
    InstrumentKind,
    InstrumentStatus,
    NationalFramework,
    ProvisionStatus,
)
from draftkit.reference import instruments
from draftkit.source.document import SourceDocument
from draftkit.validate.check import Check, Finding, Subject
from draftkit.validate.citations import citation_problems
from draftkit.validate.framework import definition_cycles
from draftkit.validate.references import IN_FORCE, WITH_DRAFT, UnresolvedReason, unresolved_references

__all__ = ["CHECKS", "FrameworkInput"]

_HINT_BUDGET = 50_000
"""Candidate comparisons spent on "did you mean" hints for unresolved references: hundreds of hints
among a normal framework's ids, a quarter of a second at most. A hostile file with thousands of bad
references gets its first hints and plain messages after that."""


@dataclass(frozen=True)
class FrameworkInput:
    """A framework as validated, with the document it was read from."""

    framework: NationalFramework
    document: SourceDocument
    known_ids: frozenset[str] = field(default=frozenset())
    """Ids that count as resolved although not in the framework (the catalog's model provisions,
    which ``related`` could name in file-format version 1)."""

    def at(self, path: tuple[PathPart, ...], message: str) -> Finding:
        return Finding(self.document, path, message)

    @cached_property
    def amendment_findings(self) -> list[tuple[str, Finding]]:
        """Every finding on ``replaces``/``repeals``/``amends`` and repeal clauses, tagged by the check it
        belongs to: they share one pass (which provision a repeal already claimed)."""
        return _amendments(self)


# ----------------------------------------------------------------------------- provisions


def _ids_unique(given: FrameworkInput) -> Iterator[Finding]:
    provisions = given.framework.provisions
    counts = Counter(p.id for p in provisions)
    first_seen: dict[str, int] = {}
    for index, provision in enumerate(provisions):
        if counts[provision.id] < 2:
            continue
        if provision.id in first_seen:
            yield given.at(
                ("provisions", index, "id"),
                f"duplicate provision id '{provision.id}' (also provisions[{first_seen[provision.id]}])",
            )
        else:
            first_seen[provision.id] = index


def _citations_resolve(given: FrameworkInput) -> Iterator[Finding]:
    for index, provision in enumerate(given.framework.provisions):
        for number, citation in enumerate(provision.citations):
            for message in citation_problems(citation):
                yield given.at(("provisions", index, "citations", number, "source"), message)


def _not_related_to_itself(given: FrameworkInput) -> Iterator[Finding]:
    for index, provision in enumerate(given.framework.provisions):
        for number, target in enumerate(provision.related):
            if target == provision.id:
                yield given.at(("provisions", index, "related", number), "a provision cannot refer to itself")


def _admissibility_topics(given: FrameworkInput) -> Iterator[tuple[str, Finding]]:
    for index, provision in enumerate(given.framework.provisions):
        elements = provision.elements
        if not isinstance(elements, EvidenceElements):
            continue
        seen: dict[str, int] = {}
        for number, entry in enumerate(elements.admissibility):
            path = ("provisions", index, "elements", "admissibility", number, "topic")
            topic = entry.topic.value
            if topic in seen:
                yield "once", given.at(path, f"topic '{topic}' is given twice (also admissibility[{seen[topic]}])")
            seen.setdefault(topic, number)
            if entry.topic not in elements.topics:
                yield (
                    "listed",
                    given.at(
                        path,
                        f"topic '{topic}' is not among the provision's topics; add it to topics "
                        f"({', '.join(t.value for t in elements.topics)})",
                    ),
                )


def _admissibility_once(given: FrameworkInput) -> Iterator[Finding]:
    return (finding for tag, finding in _admissibility_topics(given) if tag == "once")


def _admissibility_listed(given: FrameworkInput) -> Iterator[Finding]:
    return (finding for tag, finding in _admissibility_topics(given) if tag == "listed")


def _definitions_not_circular(given: FrameworkInput) -> Iterator[Finding]:
    provisions = given.framework.provisions
    for cycle in definition_cycles(given.framework):
        start, number = cycle[0]
        terms = [_term(provisions[i]) for i, _ in cycle]
        steps = [f"'{term}' (provisions[{i}])" for term, (i, _) in zip(terms, cycle, strict=True)]
        if len(steps) > 6:
            steps = [*steps[:4], f"... {len(steps) - 5} more ...", steps[-1]]
        yield given.at(
            ("provisions", start, "uses_terms", number),
            f"circular definition: {' -> '.join(steps)} -> '{terms[0]}'; a definition must not rely, "
            "directly or through other definitions, on the term it defines",
        )


def _term(provision: object) -> str:
    assert isinstance(provision, DefinitionProvision)  # a cycle runs through definitions only
    return provision.elements.term


# ----------------------------------------------------------------------------- what a bill changes

_STATUS_WORDS = {
    ProvisionStatus.IN_FORCE: "in force",
    ProvisionStatus.BILL: "a provision of a bill",
    ProvisionStatus.DRAFT_PROPOSAL: "a draft proposal",
}


def _amendments(given: FrameworkInput) -> list[tuple[str, Finding]]:
    framework = given.framework
    found: list[tuple[str, Finding]] = []
    status_of = {p.id: p.status for p in framework.provisions}
    in_force = sorted(i for i, status in status_of.items() if status is ProvisionStatus.IN_FORCE)
    claimed: dict[str, str] = {}

    def check(path: tuple[PathPart, ...], target: str, relation: str, owner: str) -> None:
        status = status_of.get(target)
        if status is None:
            hint = suggest(target, in_force)
            found.append(
                ("target", given.at(path, f"{relation} '{target}', which is not a provision of this framework{hint}"))
            )
        elif status is not ProvisionStatus.IN_FORCE:
            message = (
                f"{relation} '{target}', which is {_STATUS_WORDS[status]}, not in force; "
                "only a provision in force can be replaced, repealed or amended"
            )
            found.append(("target", given.at(path, message)))
        elif target == owner:
            found.append(("target", given.at(path, "a provision cannot replace, repeal or amend itself")))
        elif relation != "amends":
            other = claimed.setdefault(target, owner)
            if other != owner:
                found.append(("once", given.at(path, f"'{target}' is already taken out of the law by {other}")))

    for index, provision in enumerate(framework.provisions):
        for relation in ("replaces", "repeals", "amends"):
            targets: list[str] = getattr(provision, relation)
            for number, target in enumerate(targets):
                path: tuple[PathPart, ...] = ("provisions", index, relation, number)
                if provision.status is ProvisionStatus.IN_FORCE:
                    message = (
                        f"a provision in force cannot {relation.removesuffix('s')} another; record "
                        f"'{relation}' on the bill or proposal provision that does it, or leave the "
                        "repealed provision out of the framework"
                    )
                    found.append(("draft", given.at(path, message)))
                    continue
                check(path, target, relation, provision.id)
    for index, clause in enumerate(framework.repeal_clauses):
        for number, target in enumerate(clause.repeals):
            check(("repeal_clauses", index, "repeals", number), target, "repeals", f"repeal_clauses[{index}]")
    return found


def _changes_made_by_drafts(given: FrameworkInput) -> Iterator[Finding]:
    return (finding for tag, finding in given.amendment_findings if tag == "draft")


def _changes_target_law_in_force(given: FrameworkInput) -> Iterator[Finding]:
    return (finding for tag, finding in given.amendment_findings if tag == "target")


def _taken_out_once(given: FrameworkInput) -> Iterator[Finding]:
    return (finding for tag, finding in given.amendment_findings if tag == "once")


# ----------------------------------------------------------------------------- instruments and overrides


def _instruments_known(given: FrameworkInput) -> Iterator[Finding]:
    registry = instruments()
    for index, participation in enumerate(given.framework.instruments):
        if participation.id not in registry:
            hint = suggest(participation.id, registry, otherwise="; see `draftkit instruments`")
            yield given.at(("instruments", index, "id"), f"unknown instrument '{participation.id}'{hint}")


def _instruments_listed_once(given: FrameworkInput) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for index, participation in enumerate(given.framework.instruments):
        if participation.id in seen:
            yield given.at(
                ("instruments", index, "id"),
                f"instrument '{participation.id}' is listed twice (also instruments[{seen[participation.id]}])",
            )
        seen.setdefault(participation.id, index)


def _eu_membership_for_eu_acts(given: FrameworkInput) -> Iterator[Finding]:
    registry = instruments()
    for index, participation in enumerate(given.framework.instruments):
        known = registry.get(participation.id)
        if (
            participation.status is InstrumentStatus.BOUND_AS_EU_MEMBER
            and known is not None
            and known.kind is not InstrumentKind.EU_ACT
        ):
            yield given.at(
                ("instruments", index, "status"),
                f"'bound_as_eu_member' applies to acts of the European Union; '{participation.id}' is not "
                "one (it is bound by ratification or accession): use ratified, acceded, signed or not_party",
            )


def _areas_overridden_once(given: FrameworkInput) -> Iterator[Finding]:
    seen: set[str] = set()
    for index, override in enumerate(given.framework.overrides):
        if override.area.value in seen:
            yield given.at(("overrides", index, "area"), f"area '{override.area.value}' is overridden twice")
        seen.add(override.area.value)


# ----------------------------------------------------------------------------- warnings


def _references_resolve(given: FrameworkInput) -> Iterator[Finding]:
    framework, known_ids = given.framework, given.known_ids
    status_of = {p.id: p.status for p in framework.provisions}
    ids = sorted(set(status_of) | known_ids)
    budget = _HINT_BUDGET
    seen: set[tuple[int, int]] = set()
    for label, statuses in (("in force", IN_FORCE), ("with the draft", WITH_DRAFT)):
        for item in unresolved_references(framework, statuses, known_ids):
            if (item.index, item.number) in seen:
                continue
            seen.add((item.index, item.number))
            if item.reason is UnresolvedReason.MISSING:
                hint = ""
                if budget >= len(ids):
                    budget -= len(ids)
                    hint = suggest(item.target, (c for c in ids if c != item.provision))
                message = (
                    f"refers to '{item.target}', which is not a provision of this framework (a finding of "
                    f"`check`; if it is in a law the framework does not describe, record it under "
                    f"external_references){hint}"
                )
            elif item.reason is UnresolvedReason.NOT_IN_VIEW:
                status = status_of[item.target]
                message = (
                    f"refers to '{item.target}', which is {status.value.replace('_', ' ')}, not part of the law {label}"
                )
            else:
                message = f"refers to '{item.target}', which is {item.reason.value} by {item.by} ({label})"
            yield given.at(item.path, message)


def _definitions_give_their_concept(given: FrameworkInput) -> Iterator[Finding]:
    for index, provision in enumerate(given.framework.provisions):
        if isinstance(provision, DefinitionProvision) and "concept" not in provision.elements.model_fields_set:
            yield given.at(
                ("provisions", index, "elements"),
                f"the definition of '{provision.elements.term}' gives no concept, so it is read as defining "
                "another matter (concept: other) and counts for no criterion on a defined concept; give one "
                "(draftkit explain definition.concept lists them)",
            )


CHECKS: tuple[Check, ...] = (
    Check(
        "DK101",
        "ids-unique",
        Subject.FRAMEWORK,
        "Every provision has an id of its own.",
        "Relations, repeals, findings and the bill's sections name provisions by id; two provisions under one "
        "id make every such reference ambiguous.",
        "provisions:\n- id: xa.pc.s5\n  ...\n- id: xa.pc.s5\n  ...",
        _ids_unique,
    ),
    Check(
        "DK102",
        "citations-resolve",
        Subject.FRAMEWORK,
        "Every citation of a provision names a known instrument or guidance point.",
        "The report cites the State's law against the instruments; a citation of an instrument draftkit does not "
        "know sends the reader nowhere.",
        "citations:\n- kind: instrument\n  source: budapest",
        _citations_resolve,
    ),
    Check(
        "DK103",
        "not-related-to-itself",
        Subject.FRAMEWORK,
        "No provision lists its own id in related.",
        "A related link says where else the law deals with the matter; a link to the provision itself says nothing "
        "and usually hides a mistyped id.",
        "id: xa.pc.s5\nrelated:\n- xa.pc.s5",
        _not_related_to_itself,
    ),
    Check(
        "DK104",
        "admissibility-topics-once",
        Subject.FRAMEWORK,
        "An evidence provision states each admissibility topic once.",
        "Two entries for one topic may say different things, and the engine could not tell which the law says.",
        "topics: [intercept_as_evidence]\nadmissibility:\n- {topic: intercept_as_evidence, status: excluded}\n"
        "- {topic: intercept_as_evidence, status: admitted}",
        _admissibility_once,
    ),
    Check(
        "DK105",
        "admissibility-topics-listed",
        Subject.FRAMEWORK,
        "Every admissibility topic of an evidence provision is among its topics.",
        "The topics say what the provision deals with; an admissibility rule on a topic the provision does not "
        "deal with contradicts it.",
        "topics: [intercept_as_evidence]\nadmissibility:\n- {topic: foreign_evidence, status: admitted}",
        _admissibility_listed,
    ),
    Check(
        "DK106",
        "definitions-not-circular",
        Subject.FRAMEWORK,
        "No definition relies, directly or through other definitions, on the term it defines.",
        "A circular definition never bottoms out in ordinary words, so a court cannot apply it.",
        "- elements: {term: terrorist act}\n  uses_terms: [terrorist purpose]\n"
        "- elements: {term: terrorist purpose}\n  uses_terms: [terrorist act]",
        _definitions_not_circular,
    ),
    Check(
        "DK107",
        "changes-made-by-drafts",
        Subject.FRAMEWORK,
        "Only a provision of a bill or proposal replaces, repeals or amends another.",
        "A law in force that has been changed is described as it now stands; the change belongs to the bill or "
        "proposal that makes it, where the rating with the draft can count it.",
        "id: xa.pc.s5\nstatus: in_force\nrepeals: [xa.pc.s4]",
        _changes_made_by_drafts,
    ),
    Check(
        "DK108",
        "changes-target-law-in-force",
        Subject.FRAMEWORK,
        "What replaces, repeals and amends name is a provision in force of this framework, and not itself.",
        "A bill changes the law in force; a change aimed at nothing, at another draft or at itself leaves the "
        "law with the draft impossible to work out.",
        "id: xa.bill.1\nstatus: bill\nreplaces: [xa.pc.s99]",
        _changes_target_law_in_force,
    ),
    Check(
        "DK109",
        "taken-out-once",
        Subject.FRAMEWORK,
        "A provision in force is replaced or repealed by one draft provision or repeal clause only.",
        "Two drafts taking the same section out of the law conflict; which of them the law with the draft "
        "follows would be a guess.",
        "- id: xa.bill.1\n  replaces: [xa.pc.s5]\n- id: xa.bill.2\n  repeals: [xa.pc.s5]",
        _taken_out_once,
    ),
    Check(
        "DK110",
        "instruments-known",
        Subject.FRAMEWORK,
        "Every instrument the State takes part in is one draftkit knows (`draftkit instruments`).",
        "Criteria on treaty participation look instruments up by id; an unknown id is a treaty the State seems "
        "party to that no criterion can count.",
        "instruments:\n- id: budapest-convention\n  status: ratified",
        _instruments_known,
    ),
    Check(
        "DK111",
        "instruments-listed-once",
        Subject.FRAMEWORK,
        "Each instrument is listed once.",
        "Two entries for one treaty may give two statuses or dates, and the engine could not tell which is true.",
        "instruments:\n- id: iccpr\n  status: ratified\n- id: iccpr\n  status: signed",
        _instruments_listed_once,
    ),
    Check(
        "DK112",
        "eu-membership-for-eu-acts",
        Subject.FRAMEWORK,
        "Only an act of the European Union is bound_as_eu_member.",
        "A treaty binds a State by its own ratification or accession, never by EU membership; the status would "
        "count a treaty the State may not be party to.",
        "instruments:\n- id: ets-185\n  status: bound_as_eu_member",
        _eu_membership_for_eu_acts,
    ),
    Check(
        "DK113",
        "areas-overridden-once",
        Subject.FRAMEWORK,
        "An area's rating is overridden at most once.",
        "Two overrides of one area may give two ratings with two reasons; the report could show only one.",
        "overrides:\n- {area: evidence, rating: NC, reason: No rules.}\n"
        "- {area: evidence, rating: PC, reason: Some rules.}",
        _areas_overridden_once,
    ),
    Check(
        "DK120",
        "references-resolve",
        Subject.FRAMEWORK,
        "Every id in related leads to a provision of the law in force (and with the draft). A warning.",
        "A law may really refer to a section that is missing or repealed: that is a defect of the law, which "
        "`check` reports as a finding, so `validate` warns and the file still loads.",
        "id: xa.pc.s5\nrelated:\n- xa.pc.s99",
        _references_resolve,
        warning=True,
    ),
    Check(
        "DK121",
        "definitions-give-their-concept",
        Subject.FRAMEWORK,
        "A definition says which concept it defines (elements.concept). A warning.",
        "Left out, the concept is 'other', and the definition counts for no criterion that looks for the "
        "definition of a concept, though its text may define exactly that.",
        "kind: definition\nelements:\n  term: terrorist act",
        _definitions_give_their_concept,
        warning=True,
    ),
)
