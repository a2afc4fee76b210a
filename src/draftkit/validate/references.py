"""References a provision makes that do not lead to a provision of the law as it stands in a view.

A law may really refer to a section that does not exist or has been repealed: that is a defect of
the law, which draftkit records and reports, not a defect of the file. So an unresolved ``related``
id is a *warning* of ``validate`` (check DK120, :mod:`draftkit.validate.framework_checks`) and a
*finding* of ``check`` (the rules engine calls
:func:`unresolved_references` for the view it assesses), never a validation error. A reference to a
law the framework does not describe is written as an ``external_references`` entry instead, and is
never reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from draftkit.models import NationalFramework, ProvisionStatus

__all__ = [
    "IN_FORCE",
    "WITH_DRAFT",
    "UnresolvedReason",
    "UnresolvedReference",
    "unresolved_references",
]

IN_FORCE: tuple[ProvisionStatus, ...] = (ProvisionStatus.IN_FORCE,)
WITH_DRAFT: tuple[ProvisionStatus, ...] = tuple(ProvisionStatus)


class UnresolvedReason(StrEnum):
    MISSING = "missing"
    """No provision of the framework has this id."""
    REPEALED = "repealed"
    """The provision exists but a draft of the view repeals it."""
    REPLACED = "replaced"
    """The provision exists but a draft of the view replaces it."""
    NOT_IN_VIEW = "not_in_view"
    """The provision exists only in a draft that is not part of the view (e.g. a bill, seen in force)."""


@dataclass(frozen=True)
class UnresolvedReference:
    """One ``related`` entry of a provision in the view that leads nowhere in that view."""

    provision: str
    """Id of the provision that makes the reference."""
    index: int
    """Its index in ``framework.provisions``."""
    number: int
    """Index of the entry in its ``related`` list."""
    target: str
    reason: UnresolvedReason
    by: str | None = None
    """For a repealed or replaced target: the provision (or ``act, section`` of a repeal clause) that does it."""

    @property
    def path(self) -> tuple[str | int, ...]:
        return ("provisions", self.index, "related", self.number)


def unresolved_references(
    framework: NationalFramework,
    statuses: Sequence[ProvisionStatus] = IN_FORCE,
    known_ids: frozenset[str] = frozenset(),
) -> list[UnresolvedReference]:
    """Every ``related`` reference of a provision in the view of ``statuses`` that does not resolve in it.

    The view holds the provisions with one of ``statuses``, less those the view's drafts repeal or
    replace (:meth:`NationalFramework.superseded`). ``known_ids`` are ids that count as resolved
    although they are not in the framework (``validate`` passes the catalog's model-provision ids,
    which version 1 allowed ``related`` to name). A self-reference is a validation error and is
    not listed here.
    """
    superseded = framework.superseded(*statuses)
    by_id = {p.id: p for p in framework.provisions}
    view = {p.id for p in framework.provisions if p.status in statuses and p.id not in superseded}
    out: list[UnresolvedReference] = []
    for index, provision in enumerate(framework.provisions):
        if provision.id not in view:
            continue
        for number, target in enumerate(provision.related):
            if target in view or target == provision.id or target in known_ids:
                continue
            if target in superseded:
                how, _, by = superseded[target].partition(" by ")
                reason = UnresolvedReason.REPLACED if how == "replaced" else UnresolvedReason.REPEALED
                out.append(UnresolvedReference(provision.id, index, number, target, reason, by))
            elif target in by_id:
                out.append(UnresolvedReference(provision.id, index, number, target, UnresolvedReason.NOT_IN_VIEW))
            else:
                out.append(UnresolvedReference(provision.id, index, number, target, UnresolvedReason.MISSING))
    return out
