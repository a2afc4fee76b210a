"""The third view, "with the proposed bill": the same engine on the law as the proposed bill would leave it.

:func:`draftkit.compose.bill.compose_proposal` gives the bill and the framework with the bill
enacted (repealed and replaced provisions out, amended ones as amended, the bill's sections
in). :func:`with_proposed_view` assesses that framework with the same packs and records, per
criterion and per area, what the proposed bill would achieve beside the two other views.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from draftkit.assess.engine import assess
from draftkit.assess.result import ViewResult
from draftkit.compose.bill import compose_proposal

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.catalog.store import Catalog
    from draftkit.compose.tree import Bill
    from draftkit.i18n import Messages
    from draftkit.models import NationalFramework

__all__ = ["merge_proposed", "with_proposed_view"]


def merge_proposed(assessment: Assessment, proposed: Assessment) -> Assessment:
    """``assessment`` with the with-draft results of ``proposed`` recorded as its third view."""
    by_id = {c.id: c for c in proposed.criteria}
    criteria = []
    for criterion in assessment.criteria:
        other = by_id.get(criterion.id)
        view = None
        if other is not None:
            view = ViewResult(
                outcome=other.outcome,
                evidence=other.evidence,
                reasoning=other.reasoning,
                human_rights_risk=other.human_rights_risk,
                shortfalls=other.shortfalls,
            )
        criteria.append(criterion.model_copy(update={"proposed": view}))
    areas = []
    proposed_areas = {a.area: a for a in proposed.areas}
    for area in assessment.areas:
        other_area = proposed_areas.get(area.area)
        update: dict[str, Any] = {}
        if other_area is not None:
            update = {"rating_proposed": other_area.computed_rating, "score_proposed": other_area.score}
        areas.append(area.model_copy(update=update))
    return assessment.model_copy(update={"criteria": criteria, "areas": areas})


def with_proposed_view(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog | None = None,
    *,
    packs: Sequence[Any] | None = None,
    language: str = "en",
    words: Messages | None = None,
    rating_rule: Any = None,
) -> tuple[Bill, Assessment]:
    """The proposed bill, and the assessment carrying all three views.

    ``language`` and ``words`` (its messages, with any fallback the user allowed) are the bill's;
    ``catalog`` holds the model provisions already in that language. ``rating_rule``: the rating
    rule the assessment was rated by (default: the shipped one).
    """

    bill, law = compose_proposal(framework, assessment, catalog, packs=packs, language=language, words=words)
    proposed = assess(law, packs, catalog={}, rating_rule=rating_rule)
    return bill, merge_proposed(assessment, proposed)
