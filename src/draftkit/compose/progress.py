"""Follow-up rounds: what changed between two assessments of the same State against the same standard.

``compare(old, new)`` gives, per area, the rating before and after, and per criterion
whether it improved, worsened or stayed as it was, with the provisions that made the
difference (those now counted as evidence that were not before, or the reverse).
Assessments of other States or against other rule packs cannot be compared: that is
an ``InputError`` naming what differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from draftkit.assess.result import Assessment, CriterionResult, Outcome
from draftkit.diagnostics import InputError, Problem
from draftkit.models import Area, Rating

__all__ = ["AreaChange", "CriterionChange", "Progress", "compare"]

_OUTCOME_RANK = {Outcome.NOT_MET: 0, Outcome.PARTLY_MET: 1, Outcome.MET: 2}
_RATING_RANK = {Rating.NC: 0, Rating.PC: 1, Rating.LC: 2, Rating.C: 3}


@dataclass(frozen=True)
class AreaChange:
    area: Area
    before: Rating
    after: Rating

    @property
    def direction(self) -> str:
        if self.before is self.after:
            return "unchanged"
        if self.before in _RATING_RANK and self.after in _RATING_RANK:
            return "improved" if _RATING_RANK[self.after] > _RATING_RANK[self.before] else "worsened"
        return "changed"


@dataclass(frozen=True)
class CriterionChange:
    criterion: str
    area: Area
    question: str
    before: Outcome
    after: Outcome
    provisions: tuple[str, ...]
    """The provisions that made the difference: new evidence when it improved, lost evidence when it worsened."""

    @property
    def direction(self) -> str:
        if self.before is self.after:
            return "unchanged"
        if self.before in _OUTCOME_RANK and self.after in _OUTCOME_RANK:
            return "improved" if _OUTCOME_RANK[self.after] > _OUTCOME_RANK[self.before] else "worsened"
        return "changed"


@dataclass(frozen=True)
class Progress:
    country: str
    before_as_of: str
    after_as_of: str
    areas: tuple[AreaChange, ...]
    criteria: tuple[CriterionChange, ...]

    def _with(self, direction: str) -> list[CriterionChange]:
        return [c for c in self.criteria if c.direction == direction]

    @property
    def improved(self) -> list[CriterionChange]:
        return self._with("improved")

    @property
    def worsened(self) -> list[CriterionChange]:
        return self._with("worsened")

    @property
    def unchanged(self) -> list[CriterionChange]:
        return self._with("unchanged")

    @property
    def changed(self) -> list[CriterionChange]:
        return self._with("changed")


def _check(old: Assessment, new: Assessment, names: Sequence[str]) -> None:
    problems: list[Problem] = []
    old_name, new_name = names
    if old.framework.country != new.framework.country:
        problems.append(
            Problem(
                new_name,
                1,
                1,
                ("framework", "country"),
                f"assesses country {new.framework.country}, but {old_name} assesses {old.framework.country}; "
                "only two assessments of the same State can be compared",
            )
        )
    if sorted(old.packs) != sorted(new.packs):
        problems.append(
            Problem(
                new_name,
                1,
                1,
                ("packs",),
                f"was checked against {', '.join(new.packs) or 'no pack'}, but {old_name} against "
                f"{', '.join(old.packs) or 'no pack'}; check both against the same rule packs",
            )
        )
    if old.framework.as_of > new.framework.as_of:
        problems.append(
            Problem(
                new_name,
                1,
                1,
                ("framework", "as_of"),
                f"describes the law as of {new.framework.as_of}, before {old_name} ({old.framework.as_of}); "
                "give the earlier assessment first",
            )
        )
    if problems:
        raise InputError(problems)


def _made_the_difference(before: CriterionResult, after: CriterionResult, improved: bool) -> tuple[str, ...]:
    old = [*before.in_force.evidence]
    new = [*after.in_force.evidence]
    if improved:
        return tuple(p for p in new if p not in old) or tuple(new)
    return tuple(p for p in old if p not in new)


def compare(
    old: Assessment, new: Assessment, names: Sequence[str] = ("the previous assessment", "this assessment")
) -> Progress:
    """Changes in the law in force between two rounds (the in-force view: what was enacted)."""
    _check(old, new, names)
    areas = []
    for result in new.areas:
        try:
            before = old.area(result.area).rating_in_force
        except KeyError:
            continue
        areas.append(AreaChange(result.area, before, result.rating_in_force))
    criteria = []
    previous = {c.id: c for c in old.criteria}
    for c in new.criteria:
        was = previous.get(c.id)
        if was is None:
            continue
        change = CriterionChange(c.id, c.area, c.question, was.in_force.outcome, c.in_force.outcome, ())
        if change.direction in ("improved", "worsened"):
            provisions = _made_the_difference(was, c, change.direction == "improved")
            change = CriterionChange(c.id, c.area, c.question, change.before, change.after, provisions)
        criteria.append(change)
    return Progress(
        new.framework.country,
        old.framework.as_of.isoformat(),
        new.framework.as_of.isoformat(),
        tuple(areas),
        tuple(criteria),
    )
