"""Circular definitions in a national framework (the graph behind check DK106).

The framework's checks themselves, with their codes, are :mod:`draftkit.validate.framework_checks`.
"""

from __future__ import annotations

import re

from draftkit.models import DefinitionProvision, NationalFramework

__all__ = ["definition_cycles"]

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
