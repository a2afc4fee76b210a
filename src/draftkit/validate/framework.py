"""Reference and consistency checks on a national framework, located in its file."""

from __future__ import annotations

import difflib
from collections import Counter

from draftkit.load.document import SourceDocument
from draftkit.load.errors import Problem
from draftkit.models import NationalFramework
from draftkit.reference import instruments
from draftkit.validate.citations import citation_problems

__all__ = ["framework_problems"]


def framework_problems(
    framework: NationalFramework, document: SourceDocument, known_ids: frozenset[str] = frozenset()
) -> list[Problem]:
    """Duplicate ids, unknown instruments, unresolvable citations and dangling references.

    ``known_ids`` are ids outside the framework that ``related`` may name (the catalog's).
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
        targets = set(ids) | known_ids
        for number, target in enumerate(provision.related):
            if target not in targets:
                close = difflib.get_close_matches(target, sorted(targets), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                problems.append(
                    document.problem(
                        ("provisions", index, "related", number),
                        f"refers to '{target}', which is neither a provision of this framework "
                        f"nor a model provision{hint}",
                    )
                )
            elif target == provision.id:
                problems.append(
                    document.problem(("provisions", index, "related", number), "a provision cannot refer to itself")
                )
    registry = instruments()
    seen_instruments: dict[str, int] = {}
    for index, participation in enumerate(framework.instruments):
        if participation.id not in registry:
            close = difflib.get_close_matches(participation.id, list(registry), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else "; see `draftkit instruments`"
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
    seen_areas: dict[str, int] = {}
    for index, override in enumerate(framework.overrides):
        if override.area.value in seen_areas:
            problems.append(
                document.problem(("overrides", index, "area"), f"area '{override.area.value}' is overridden twice")
            )
        seen_areas.setdefault(override.area.value, index)
    return problems
