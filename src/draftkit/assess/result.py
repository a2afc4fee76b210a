"""The assessment: what the rules engine found, in a form every output is rendered from.

One ``Assessment`` feeds the table, JSON and Markdown views, the gap report and the
annotated bill, so that they can never disagree. It has a shipped JSON Schema
(``draftkit schema assessment``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from draftkit.models import Area, Citation, DraftkitModel, Identifier, NonEmptyText, Rating
from draftkit.models.base import no_entries, no_items

__all__ = [
    "AreaResult",
    "Assessment",
    "CriterionResult",
    "FrameworkSummary",
    "Outcome",
    "Recommendation",
    "Strength",
    "View",
    "ViewResult",
]


class Outcome(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


class Strength(StrEnum):
    """How strongly the sources ask for what a criterion checks."""

    MANDATORY = "mandatory"
    SHOULD_CONSIDER = "should_consider"
    OPTIONAL = "optional"


class View(StrEnum):
    """Which national provisions count: law in force only, or with bills and proposals."""

    IN_FORCE = "in_force"
    WITH_DRAFT = "with_draft"


class ViewResult(DraftkitModel):
    """A criterion's outcome in one view, with the provisions that produced it."""

    outcome: Outcome
    evidence: list[Identifier] = Field(
        default_factory=no_items, description="Ids of the national provisions that made it met or partly met."
    )
    reasoning: NonEmptyText
    human_rights_risk: bool = Field(default=False, description="The rule pack flags a risk to rights in this view.")


class CriterionResult(DraftkitModel):
    id: Identifier
    area: Area
    question: NonEmptyText
    strength: Strength
    pack: NonEmptyText = Field(description="The rule pack the criterion comes from.")
    outcome: Outcome = Field(description="Outcome with the draft (bills and proposals counted).")
    evidence: list[Identifier] = Field(default_factory=no_items)
    reasoning: NonEmptyText
    in_force: ViewResult = Field(description="Outcome counting law in force only.")
    remedies: list[Identifier] = Field(
        default_factory=no_items, description="Catalog ids proposed when the criterion is not (fully) met."
    )
    citations: list[Citation] = Field(default_factory=no_items)
    human_rights_risk: bool = Field(
        default=False, description="The shortfall is a risk to rights, not only a gap in coverage."
    )
    guidance: list[NonEmptyText] = Field(
        default_factory=no_items,
        description="Ids of the guidance points (of the 2012 publication) the criterion checks.",
    )


class AreaResult(DraftkitModel):
    area: Area
    rating: Rating = Field(description="Rating with the draft; an assessor's override when one is given.")
    rating_in_force: Rating
    computed_rating: Rating = Field(description="The rating the rule computed, before any override.")
    computed_rating_in_force: Rating
    override_reason: NonEmptyText | None = None
    score: float = Field(description="Weighted share of applicable criteria met (0 to 1), with the draft.")
    score_in_force: float = Field(default=0.0, description="The same share counting law in force only.")
    counts: dict[str, int] = Field(default_factory=no_entries, description="Outcome -> number of criteria.")


class Recommendation(DraftkitModel):
    """A prioritised action: mandatory gaps first, then partial ones, then what to consider."""

    rank: int
    criterion: Identifier
    area: Area
    strength: Strength
    outcome: Outcome
    text: NonEmptyText = Field(
        description="The whole recommendation as prose, naming its model provisions (with titles when known)."
    )
    remedies: list[Identifier] = Field(
        default_factory=no_items, description="The model provisions the text names, as catalog ids, for programs."
    )


class FrameworkSummary(DraftkitModel):
    country: NonEmptyText
    name: NonEmptyText
    as_of: dt.date
    legal_tradition: NonEmptyText
    provisions: int
    provisions_in_force: int
    source: NonEmptyText | None = Field(default=None, description="The framework file, when read from one.")


class Assessment(DraftkitModel):
    draftkit_version: NonEmptyText
    framework: FrameworkSummary
    packs: list[NonEmptyText]
    rating_rule: NonEmptyText = Field(description="The rating rule applied, stated in words.")
    areas: list[AreaResult]
    criteria: list[CriterionResult]
    shortfalls: list[Identifier] = Field(
        default_factory=no_items, description="Ids of the most serious criteria not fully met, worst first."
    )
    recommendations: list[Recommendation] = Field(default_factory=no_items)

    def criterion(self, criterion_id: str) -> CriterionResult:
        for item in self.criteria:
            if item.id == criterion_id:
                return item
        raise KeyError(criterion_id)

    def area(self, area: Area) -> AreaResult:
        for item in self.areas:
            if item.area is area:
                return item
        raise KeyError(area)
