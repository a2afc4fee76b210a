"""The assessment: what the rules engine found, in a form every output is rendered from.

One ``Assessment`` feeds the table, JSON and Markdown views, the gap report and the
annotated bill, so that they can never disagree. It has a shipped JSON Schema
(``draftkit schema assessment``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, JsonValue

from draftkit.models import Area, Citation, DraftkitModel, Identifier, NonEmptyText, Rating
from draftkit.models.base import no_entries, no_items

__all__ = [
    "AreaResult",
    "Assessment",
    "CriterionResult",
    "FrameworkSummary",
    "NotApplicableReason",
    "Outcome",
    "Recommendation",
    "Shortfall",
    "ShortfallCode",
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


class ShortfallCode(StrEnum):
    """What kind of shortfall a finding records (the report words each one)."""

    VALUE = "value"
    """An element has a value that does not satisfy the requirement."""
    NOT_STATED = "not_stated"
    """An element the requirement needs is not stated in the provision."""
    NEEDS_ONE_OF = "needs_one_of"
    """None of several alternative requirements is satisfied."""
    MUST_NOT_HAVE = "must_not_have"
    """The provision has what the test rules out."""
    WRONG_KIND = "wrong_kind"
    NO_PROVISION = "no_provision"
    """No provision of the view matches what is required."""
    TOO_FEW = "too_few"
    NOT_PARTY = "not_party"
    FOUND = "found"
    """A provision matched a test that must not match."""
    TERM_UNDEFINED = "term_undefined"
    REFERENCE_UNRESOLVED = "reference_unresolved"
    REFERENCE_REPEALED = "reference_repealed"
    RIGHTS_RISK = "rights_risk"
    """The provision is what makes the criterion a risk to human rights."""


class Shortfall(DraftkitModel):
    """One shortfall as data, beside the prose: which provision, which element, found, required."""

    criterion: Identifier
    code: ShortfallCode
    provision: Identifier | None = Field(default=None, description="The national provision concerned, if one.")
    element: NonEmptyText | None = Field(
        default=None, description="The element concerned, dotted for a sub-element (e.g. `penalty.max_years`)."
    )
    found: JsonValue = Field(default=None, description="The value found (null: not stated or nothing found).")
    required: JsonValue = Field(default=None, description="What the test requires, as the rule pack writes it.")
    text: NonEmptyText = Field(description="The shortfall in English.")
    near_miss: bool = Field(
        default=False,
        description="A provision that has what the test names first (the conduct, the power...) but not the "
        "rest: detail of a `no_provision` shortfall, not stated in the reasoning.",
    )


class NotApplicableReason(StrEnum):
    """Why a criterion is not applicable."""

    CONDITION = "condition"
    """The criterion's applicability test fails (e.g. no power of the kind it checks)."""
    NOTHING_IN_SCOPE = "nothing_in_scope"
    """An "every provision" test has no provision to check."""
    NOT_YET_BINDING = "not_yet_binding"
    """The source of the obligation did not bind yet on the framework's date."""
    NO_LONGER_BINDING = "no_longer_binding"
    """The source had ceased to have effect on the framework's date."""
    OPTION_NOT_ADOPTED = "option_not_adopted"
    """An option the State may adopt, and has not: never a gap."""


class ViewResult(DraftkitModel):
    """A criterion's outcome in one view, with the provisions that produced it."""

    outcome: Outcome
    evidence: list[Identifier] = Field(
        default_factory=no_items, description="Ids of the national provisions that made it met or partly met."
    )
    reasoning: NonEmptyText
    human_rights_risk: bool = Field(default=False, description="The rule pack flags a risk to rights in this view.")
    not_applicable_reason: NotApplicableReason | None = None
    shortfalls: list[Shortfall] = Field(default_factory=no_items, description="The shortfalls in this view, as data.")


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
    binds_from: dt.date | None = Field(
        default=None,
        description="The date from which the criterion's source binds (adoption of a Security Council "
        "resolution, entry into force of a treaty, application of an EU act); null for a source that does not "
        "bind or has no known date.",
    )
    not_applicable_reason: NotApplicableReason | None = Field(
        default=None, description="Why the criterion is not applicable with the draft, when it is not."
    )
    shortfalls: list[Shortfall] = Field(
        default_factory=no_items, description="The shortfalls with the draft, as data (the reasoning words them)."
    )
    proposed: ViewResult | None = Field(
        default=None,
        description="Outcome with the bill draftkit proposes enacted (the third view); null until a bill is composed.",
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
    rating_proposed: Rating | None = Field(
        default=None, description="Rating with the proposed bill enacted (the third view); null until composed."
    )
    score_proposed: float | None = Field(default=None, description="The share met with the proposed bill enacted.")


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
