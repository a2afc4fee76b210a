"""Reference and consistency checks on a national framework, located in its file."""

from __future__ import annotations

import re
from collections import Counter

from draftkit.diagnostics import PathPart, Problem, suggest
from draftkit.models import (
    DefinitionProvision,
    EvidenceElements,
    InstrumentKind,
    InstrumentStatus,
    NationalFramework,
    NationalProvision,
    ProvisionStatus,
)
from draftkit.reference import instruments
from draftkit.source.document import SourceDocument
from draftkit.validate.citations import citation_problems

__all__ = ["definition_cycles", "framework_problems"]

SUGGESTION_BUDGET = 50_000
"""Candidate comparisons spent on "did you mean" hints for dangling references: hundreds of
hints among a normal framework's ids, a quarter of a second at most. A hostile file with
thousands of bad references gets its first hints and plain messages after that."""

_SPACES = re.compile(r"\s+")


def _term_key(term: str) -> str:
    """Terms match as the rules engine matches them: blanks collapsed, case folded."""
    return _SPACES.sub(" ", term.strip()).casefold()


def definition_cycles(framework: NationalFramework) -> list[list[tuple[int, int]]]:
    """Circular definitions: each cycle as (provision index, uses_terms index) steps, in order.

    **What counts as a harmful cycle.** ``related`` links say "see also"; two provisions
    may refer to each other (an offence and the power to investigate it), so cycles of
    ``related`` are legitimate and never reported. A *definition*, though, is circular
    when the term it defines is needed to understand it: the definition of A lists B in
    ``uses_terms``, the definition of B lists A ("A means ... B", "B means ... A"), or a
    definition lists its own term. Such a chain never bottoms out in ordinary words, so a
    court cannot apply it; it is reported as an error located at the ``uses_terms`` entry
    that closes the loop, naming the whole chain. Only definition provisions form the
    graph (an offence that uses a term cannot make a definition circular), terms match as
    the rules engine matches them (blanks collapsed, case folded), and every definition
    of a term counts (an in-force definition and a bill's replacement both do).

    Each cycle is reported once (one per strongly connected group of definitions), found
    iteratively in time linear in the number of ``uses_terms`` entries.
    """
    definitions = [
        (index, provision)
        for index, provision in enumerate(framework.provisions)
        if isinstance(provision, DefinitionProvision)
    ]
    by_term: dict[str, list[int]] = {}
    for index, provision in definitions:
        by_term.setdefault(_term_key(provision.elements.term), []).append(index)
    edges: dict[int, list[tuple[int, int]]] = {}  # provision -> [(uses_terms index, definition index)]
    for index, provision in definitions:
        edges[index] = [
            (number, target)
            for number, term in enumerate(provision.uses_terms)
            for target in by_term.get(_term_key(term), [])
        ]
    components = _strong_components(list(edges), {k: [t for _, t in v] for k, v in edges.items()})
    cycles: list[list[tuple[int, int]]] = []
    for component in components:
        members = set(component)
        start = min(component)
        if len(component) == 1 and not any(t == start for _, t in edges[start]):
            continue
        cycles.append(_cycle_through(start, members, edges))
    return sorted(cycles)


def _strong_components(nodes: list[int], successors: dict[int, list[int]]) -> list[list[int]]:
    """Tarjan's algorithm without recursion (a hostile file may chain thousands of definitions)."""
    index_of: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    out: list[list[int]] = []
    counter = 0
    for root in nodes:
        if root in index_of:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            following = successors[node]
            if child < len(following):
                work.append((node, child + 1))
                target = following[child]
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return out


def _cycle_through(start: int, members: set[int], edges: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The shortest chain of (provision, uses_terms index) steps from ``start`` back to itself."""
    previous: dict[int, tuple[int, int]] = {}
    frontier = [start]
    while frontier:
        following: list[int] = []
        for node in frontier:
            for number, target in edges[node]:
                if target not in members:
                    continue
                if target == start:
                    chain = [(node, number)]
                    while chain[-1][0] != start:
                        chain.append(previous[chain[-1][0]])
                    return chain[::-1]
                if target not in previous:
                    previous[target] = (node, number)
                    following.append(target)
        frontier = following
    raise AssertionError("a strongly connected component has a cycle through each member")


def framework_problems(
    framework: NationalFramework, document: SourceDocument, known_ids: frozenset[str] = frozenset()
) -> list[Problem]:
    """Duplicate ids, unknown instruments, unresolvable citations, bad amendment relations.

    ``known_ids`` are kept for callers of version 1; a ``related`` id that does not resolve is
    no longer an error (a law may refer to a missing or repealed section): see
    :func:`draftkit.validate.references.unresolved_references`, which ``validate`` prints as warnings.
    """
    problems: list[Problem] = []
    ids = [p.id for p in framework.provisions]
    counts = Counter(ids)
    first_seen: dict[str, int] = {}
    for index, provision in enumerate(framework.provisions):
        if counts[provision.id] > 1:
            if provision.id in first_seen:
                problems.append(
                    document.problem(
                        ("provisions", index, "id"),
                        f"duplicate provision id '{provision.id}' (also provisions[{first_seen[provision.id]}])",
                    )
                )
            else:
                first_seen[provision.id] = index
        for number, citation in enumerate(provision.citations):
            for message in citation_problems(citation):
                problems.append(document.problem(("provisions", index, "citations", number, "source"), message))
        for number, target in enumerate(provision.related):
            if target == provision.id:
                problems.append(
                    document.problem(("provisions", index, "related", number), "a provision cannot refer to itself")
                )
        problems.extend(_elements_problems(provision, index, document))
    problems.extend(_amendment_problems(framework, document))
    for cycle in definition_cycles(framework):
        start, number = cycle[0]
        steps = [f"'{framework.provisions[i].elements.term}' (provisions[{i}])" for i, _ in cycle]
        if len(steps) > 6:
            steps = [*steps[:4], f"... {len(steps) - 5} more ...", steps[-1]]
        chain = " -> ".join(steps)
        first_term = framework.provisions[start].elements.term
        problems.append(
            document.problem(
                ("provisions", start, "uses_terms", number),
                f"circular definition: {chain} -> '{first_term}'; a definition must not rely, "
                "directly or through other definitions, on the term it defines",
            )
        )
    registry = instruments()
    seen_instruments: dict[str, int] = {}
    for index, participation in enumerate(framework.instruments):
        if participation.id not in registry:
            hint = suggest(participation.id, registry, otherwise="; see `draftkit instruments`")
            problems.append(
                document.problem(("instruments", index, "id"), f"unknown instrument '{participation.id}'{hint}")
            )
        if participation.id in seen_instruments:
            problems.append(
                document.problem(
                    ("instruments", index, "id"),
                    f"instrument '{participation.id}' is listed twice "
                    f"(also instruments[{seen_instruments[participation.id]}])",
                )
            )
        seen_instruments.setdefault(participation.id, index)
        known = registry.get(participation.id)
        if (
            participation.status is InstrumentStatus.BOUND_AS_EU_MEMBER
            and known is not None
            and known.kind is not InstrumentKind.EU_ACT
        ):
            problems.append(
                document.problem(
                    ("instruments", index, "status"),
                    f"'bound_as_eu_member' applies to acts of the European Union; '{participation.id}' is not "
                    "one (it is bound by ratification or accession): use ratified, acceded, signed or not_party",
                )
            )
    seen_areas: dict[str, int] = {}
    for index, override in enumerate(framework.overrides):
        if override.area.value in seen_areas:
            problems.append(
                document.problem(("overrides", index, "area"), f"area '{override.area.value}' is overridden twice")
            )
        seen_areas.setdefault(override.area.value, index)
    return problems


_RELATIONS = ("replaces", "repeals", "amends")
_STATUS_WORDS = {
    ProvisionStatus.IN_FORCE: "in force",
    ProvisionStatus.BILL: "a provision of a bill",
    ProvisionStatus.DRAFT_PROPOSAL: "a draft proposal",
}


def _amendment_problems(framework: NationalFramework, document: SourceDocument) -> list[Problem]:
    """``replaces``/``repeals``/``amends`` name in-force provisions of this framework, from a bill or proposal."""
    problems: list[Problem] = []
    status_of = {p.id: p.status for p in framework.provisions}
    in_force = sorted(i for i, status in status_of.items() if status is ProvisionStatus.IN_FORCE)
    claimed: dict[str, str] = {}

    def check(path: tuple[PathPart, ...], target: str, relation: str, owner: str) -> None:
        status = status_of.get(target)
        if status is None:
            hint = suggest(target, in_force)
            problems.append(
                document.problem(path, f"{relation} '{target}', which is not a provision of this framework{hint}")
            )
        elif status is not ProvisionStatus.IN_FORCE:
            problems.append(
                document.problem(
                    path,
                    f"{relation} '{target}', which is {_STATUS_WORDS[status]}, not in force; "
                    "only a provision in force can be replaced, repealed or amended",
                )
            )
        elif target == owner:
            problems.append(document.problem(path, "a provision cannot replace, repeal or amend itself"))
        elif relation != "amends":
            other = claimed.setdefault(target, owner)
            if other != owner:
                problems.append(document.problem(path, f"'{target}' is already taken out of the law by {other}"))

    for index, provision in enumerate(framework.provisions):
        for relation in _RELATIONS:
            targets: list[str] = getattr(provision, relation)
            for number, target in enumerate(targets):
                path: tuple[PathPart, ...] = ("provisions", index, relation, number)
                if provision.status is ProvisionStatus.IN_FORCE:
                    problems.append(
                        document.problem(
                            path,
                            f"a provision in force cannot {relation.removesuffix('s')} another; record "
                            f"'{relation}' on the bill or proposal provision that does it, or leave the "
                            "repealed provision out of the framework",
                        )
                    )
                    continue
                check(path, target, relation.removesuffix("s") + "s", provision.id)
    for index, clause in enumerate(framework.repeal_clauses):
        for number, target in enumerate(clause.repeals):
            check(("repeal_clauses", index, "repeals", number), target, "repeals", f"repeal_clauses[{index}]")
    return problems


def _elements_problems(provision: NationalProvision, index: int, document: SourceDocument) -> list[Problem]:
    """Consistency inside one provision's elements that the schema alone cannot say."""
    problems: list[Problem] = []
    elements = provision.elements
    if isinstance(elements, EvidenceElements):
        seen: dict[str, int] = {}
        for number, entry in enumerate(elements.admissibility):
            path = ("provisions", index, "elements", "admissibility", number, "topic")
            topic = entry.topic.value
            if topic in seen:
                problems.append(
                    document.problem(path, f"topic '{topic}' is given twice (also admissibility[{seen[topic]}])")
                )
            seen.setdefault(topic, number)
            if entry.topic not in elements.topics:
                problems.append(
                    document.problem(
                        path,
                        f"topic '{topic}' is not among the provision's topics; add it to topics "
                        f"({', '.join(t.value for t in elements.topics)})",
                    )
                )
    return problems
