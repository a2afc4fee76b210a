"""The rating rule: how criterion outcomes become a C / LC / PC / NC / NA rating per area.

The rule is data (``draftkit/data/rating-rule.yaml``), not code, so that it is
explicit, reviewable and replaceable (``draftkit check --rating-rule FILE``).
It is also stated in words in every assessment, because a rating nobody can
reproduce by hand is not worth reporting.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StrictBool, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from draftkit.assess.result import Outcome, Strength
from draftkit.cache import cached_files
from draftkit.diagnostics import InputError
from draftkit.models import DraftkitModel, Identifier, NonEmptyText, Rating
from draftkit.models.base import no_items
from draftkit.paths import data_file
from draftkit.source.document import SourceDocument
from draftkit.source.files import parse_text, read_document
from draftkit.source.model_errors import problems_from_validation_error

__all__ = [
    "RATING_ORDER",
    "EveryProvisionRule",
    "RatedOutcome",
    "RatingCap",
    "RatingRule",
    "Threshold",
    "default_rating_rule",
    "load_rating_rule",
    "parse_rating_rule",
    "rate",
]

RATING_ORDER: tuple[Rating, ...] = (Rating.NC, Rating.PC, Rating.LC, Rating.C)
"""Worst to best; NA is outside the order."""

Weight = Annotated[float, Field(gt=0, le=100)]
Credit = Annotated[float, Field(ge=0, le=1)]
GradedRating = Literal[Rating.C, Rating.LC, Rating.PC, Rating.NC]


class StrengthWeights(DraftkitModel):
    mandatory: Weight
    should_consider: Weight
    optional: Weight


class OutcomeCredits(DraftkitModel):
    met: Credit = 1.0
    partly_met: Credit
    not_met: Credit = 0.0


class Threshold(DraftkitModel):
    rating: GradedRating
    min_score: Credit


class EveryProvisionRule(DraftkitModel):
    """What an ``every_provision`` test earns, by how many of the provisions in its scope pass.

    When all pass the test passes (met); when none pass it fails (not met, unless the criterion's
    own partly-met test passes). ``some_pass`` says what a test earns when some pass and others fail.
    """

    all_pass: Literal[Outcome.MET] = Outcome.MET
    some_pass: Literal[Outcome.PARTLY_MET, Outcome.NOT_MET] = Outcome.PARTLY_MET
    none_pass: Literal[Outcome.NOT_MET] = Outcome.NOT_MET


class RatingCap(DraftkitModel):
    """If any applicable criterion has all the given properties, the area is rated at most ``max_rating``."""

    strength: Strength | None = None
    outcome: Literal[Outcome.MET, Outcome.PARTLY_MET, Outcome.NOT_MET] | None = None
    human_rights_risk: StrictBool | None = None
    max_rating: GradedRating
    reason: NonEmptyText


class RatingRule(DraftkitModel):
    """A rating rule file."""

    draftkit: Literal[1] = 1
    id: Identifier
    title: NonEmptyText
    weights: StrengthWeights
    credits: OutcomeCredits
    thresholds: Annotated[list[Threshold], Field(min_length=1)] = Field(
        description="Best first; an area gets the first rating whose min_score its score reaches."
    )
    caps: list[RatingCap] = Field(default_factory=no_items)
    every_provision: EveryProvisionRule = Field(
        default_factory=EveryProvisionRule,
        description="Partial credit: what a criterion whose every-provision test passes for some of the "
        "provisions in scope (and fails for others) is rated.",
    )

    @model_validator(mode="after")
    def _coherent(self) -> RatingRule:
        if not self.credits.met >= self.credits.partly_met >= self.credits.not_met:
            raise PydanticCustomError("rating_credits", "credits must satisfy met >= partly_met >= not_met")
        ratings = [t.rating for t in self.thresholds]
        scores = [t.min_score for t in self.thresholds]
        if ratings != sorted(ratings, key=RATING_ORDER.index, reverse=True) or len(set(ratings)) != len(ratings):
            raise PydanticCustomError("rating_thresholds", "thresholds must be listed best rating first, each once")
        if any(a <= b for a, b in pairwise(scores)):
            raise PydanticCustomError("rating_thresholds", "min_score must decrease from one threshold to the next")
        if scores[-1] != 0:
            raise PydanticCustomError(
                "rating_thresholds", "the last threshold needs min_score 0, so that every score gets a rating"
            )
        return self

    def weight(self, strength: Strength) -> float:
        return float(getattr(self.weights, strength.value))

    def credit(self, outcome: Outcome) -> float:
        return float(getattr(self.credits, outcome.value))

    def describe(self) -> str:
        """The rule in words, for the assessment and every report."""
        w, c = self.weights, self.credits
        thresholds = "; ".join(
            f"{t.rating.value} from {_num(t.min_score)}" if t.min_score else f"{t.rating.value} below that"
            for t in self.thresholds
        )
        caps = " ".join(f"{cap.reason} caps the area at {cap.max_rating.value}." for cap in self.caps)
        return (
            f"{self.title}: each applicable criterion weighs {_num(w.mandatory)} (mandatory), "
            f"{_num(w.should_consider)} (should consider) or {_num(w.optional)} (optional) and earns "
            f"{_num(c.met)} of its weight when met, {_num(c.partly_met)} when partly met and "
            f"{_num(c.not_met)} when not met; an area's score is the weight earned divided by the weight of its "
            f"applicable criteria. {self._partial()} Rating by score: {thresholds}. {caps} "
            "An area with no applicable criterion "
            "is NA. An assessor's override in the framework file replaces the computed rating; both are shown."
        ).replace("  ", " ")

    def _partial(self) -> str:
        some = "partly met" if self.every_provision.some_pass is Outcome.PARTLY_MET else "not met"
        return (
            "A criterion that asks something of every provision of a kind is met when all of them pass, "
            f"{some} when some pass, and not met when none pass."
        )


def _num(value: float) -> str:
    return f"{value:g}"


class RatedOutcome(DraftkitModel):
    """What the rule needs to know about one criterion's result."""

    strength: Strength
    outcome: Outcome
    human_rights_risk: bool = False


def rate(rule: RatingRule, results: Sequence[RatedOutcome]) -> tuple[Rating, float]:
    """(rating, score) of one area from its criteria's outcomes in one view."""
    applicable = [r for r in results if r.outcome is not Outcome.NOT_APPLICABLE]
    if not applicable:
        return Rating.NA, 0.0
    total = sum(rule.weight(r.strength) for r in applicable)
    earned = sum(rule.weight(r.strength) * rule.credit(r.outcome) for r in applicable)
    score = round(earned / total, 4)
    rating = next(t.rating for t in rule.thresholds if score >= t.min_score)
    for cap in rule.caps:
        if any(_cap_applies(cap, r) for r in applicable) and RATING_ORDER.index(cap.max_rating) < RATING_ORDER.index(
            rating
        ):
            rating = cap.max_rating
    return rating, score


def _cap_applies(cap: RatingCap, result: RatedOutcome) -> bool:
    return (
        (cap.strength is None or cap.strength is result.strength)
        and (cap.outcome is None or cap.outcome is result.outcome)
        and (cap.human_rights_risk is None or cap.human_rights_risk is result.human_rights_risk)
    )


def _from_document(document: SourceDocument) -> RatingRule:
    try:
        return RatingRule.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, RatingRule)) from None


def load_rating_rule(path: Path | str) -> RatingRule:
    """Read a rating-rule file; ``InputError`` with located problems when it is wrong."""
    return _from_document(read_document(path))


def parse_rating_rule(text: str, name: str = "<string>") -> RatingRule:
    return _from_document(parse_text(text, name))


def _shipped_rating_rule() -> RatingRule:
    text = data_file("rating-rule.yaml").read_text(encoding="utf-8")
    return _from_document(parse_text(text, "draftkit/data/rating-rule.yaml"))


@cache
def default_rating_rule() -> RatingRule:
    """The shipped rule, ``draftkit/data/rating-rule.yaml`` (read back from the user's cache while unchanged)."""
    return cached_files("rating-rule", [data_file("rating-rule.yaml")], _shipped_rating_rule)
