"""The rules engine: criteria x views -> outcomes with evidence -> ratings and recommendations.

Each criterion is judged twice: counting only law in force, and counting bills and
draft proposals too ("with the draft"). The with-draft view is the headline
outcome; the in-force view shows what the draft changes. Everything is computed
from the compiled pack and the framework alone, in a fixed order, so the same
input always yields the same assessment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from draftkit._version import __version__
from draftkit.assess.conditions import Finding, FindingCode
from draftkit.assess.dates import binding_of, state_bound, will_bind
from draftkit.assess.matcher import Context, TestResult, build_context, cap_notes, prose
from draftkit.assess.pack import CompiledCriterion, RulePack, default_packs
from draftkit.assess.rating import RatedOutcome, RatingRule, default_rating_rule, rate
from draftkit.assess.result import (
    AreaResult,
    Assessment,
    CriterionResult,
    FrameworkSummary,
    NotApplicableReason,
    Outcome,
    Recommendation,
    Shortfall,
    Strength,
    View,
    ViewResult,
)
from draftkit.catalog.store import Catalog, catalog_titles
from draftkit.diagnostics import InputError, Problem
from draftkit.models import Area, NationalFramework, ProvisionStatus
from draftkit.models.validators import prime
from draftkit.reference import instruments

__all__ = ["VIEW_STATUSES", "assess", "judge"]

VIEW_STATUSES: dict[View, tuple[ProvisionStatus, ...]] = {
    View.IN_FORCE: (ProvisionStatus.IN_FORCE,),
    View.WITH_DRAFT: (ProvisionStatus.IN_FORCE, ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL),
}

MAX_SHORTFALLS = 10

_AREAS = list(Area)
_STRENGTH_RANK = {Strength.MANDATORY: 0, Strength.SHOULD_CONSIDER: 1, Strength.OPTIONAL: 2}
_GAP_RANK = {Outcome.NOT_MET: 0, Outcome.PARTLY_MET: 1}


@dataclass(frozen=True)
class Judgement:
    """A criterion's result in one view."""

    outcome: Outcome
    evidence: tuple[str, ...]
    reasoning: str
    human_rights_risk: bool
    findings: tuple[Finding, ...] = ()
    not_applicable: NotApplicableReason | None = None

    def shortfalls(self, criterion: str) -> list[Shortfall]:
        # built from the engine's own plain data: no validation needed (it costs a tenth of a check)
        return [
            Shortfall.model_construct(
                criterion=criterion,
                code=f.code,
                provision=f.provision,
                element=f.element,
                found=f.found,
                required=f.required,
                text=f.text,
                near_miss=f.detail,
            )
            for f in self.findings
        ]

    def view_result(self, criterion: str) -> ViewResult:
        return ViewResult(
            outcome=self.outcome,
            evidence=list(self.evidence),
            reasoning=self.reasoning,
            human_rights_risk=self.human_rights_risk,
            not_applicable_reason=self.not_applicable,
            shortfalls=self.shortfalls(criterion),
        )


def _sentence(label: str, items: Iterable[str]) -> str:
    listed = list(items)
    return f"{label}: {'; '.join(listed)}." if listed else ""


_SOME_PASS = "Some of the provisions the question is about meet it; others do not."

_OPTION_NOT_ADOPTED = (
    "Not applicable: this is an option the State may adopt, and it has not; leaving it out is not a gap."
)


def _adopted(criterion: CompiledCriterion, context: Context, met: TestResult, partly: TestResult | None) -> bool:
    """Whether the State has adopted the option the criterion is about."""
    if criterion.adopted_when is not None:
        return criterion.adopted_when.evaluate(context).passed
    if met.passed or met.partial or (partly is not None and partly.passed):
        return True
    risk = criterion.human_rights_risk_when
    return risk is not None and risk.evaluate(context).passed


def judge(
    criterion: CompiledCriterion,
    context: Context,
    rule: RatingRule | None = None,
    *,
    option: bool = False,
) -> Judgement:
    """Outcome, evidence and reasoning of one criterion in one view.

    ``option``: the criterion is about an option the State may adopt (its strength for this State is
    optional); when the State has not adopted it, the criterion is not applicable, never a gap.
    """
    spec = criterion.spec
    rule = rule or default_rating_rule()
    if criterion.applies_when is not None and not criterion.applies_when.evaluate(context).passed:
        text = spec.explanation.not_applicable or "Not applicable."
        return Judgement(Outcome.NOT_APPLICABLE, (), text, False, not_applicable=NotApplicableReason.CONDITION)
    met = criterion.met.evaluate(context)
    if met.vacuous:
        # "Every X must..." says nothing when there is no X: never count that as met.
        text = spec.explanation.not_applicable or "Not applicable: nothing of the kind the criterion checks."
        return Judgement(
            Outcome.NOT_APPLICABLE,
            (),
            f"{text} {_sentence('Found', met.notes)}".strip(),
            False,
            not_applicable=NotApplicableReason.NOTHING_IN_SCOPE,
        )
    partly: TestResult | None = None
    if met.passed:
        outcome, evidence = Outcome.MET, met.evidence
    else:
        partly = criterion.partly_met.evaluate(context) if criterion.partly_met is not None else None
        if partly is not None and partly.passed:
            outcome, evidence = Outcome.PARTLY_MET, partly.evidence
        elif met.partial and rule.every_provision.some_pass is Outcome.PARTLY_MET:
            outcome, evidence = Outcome.PARTLY_MET, met.evidence
        else:
            outcome, evidence = Outcome.NOT_MET, ()
        if option and not _adopted(criterion, context, met, partly):
            return Judgement(
                Outcome.NOT_APPLICABLE,
                (),
                spec.explanation.not_applicable or _OPTION_NOT_ADOPTED,
                False,
                not_applicable=NotApplicableReason.OPTION_NOT_ADOPTED,
            )
    risk = criterion.human_rights_risk_when.evaluate(context) if criterion.human_rights_risk_when else None
    at_risk = risk is not None and risk.passed
    findings = met.findings if outcome is not Outcome.MET else ()
    missing = cap_notes(prose(findings))
    if at_risk and risk is not None:
        findings += tuple(
            Finding(FindingCode.RIGHTS_RISK, "a risk to rights", provision) for provision in risk.evidence
        )
    explained = spec.explanation.for_outcome(outcome)
    if explained is None and outcome is Outcome.PARTLY_MET:
        explained = _SOME_PASS
    parts = [
        explained or "",
        _sentence("Evidence", [", ".join(evidence)] if evidence else []),
        _sentence("Missing", missing),
        _sentence("Risk to rights in", [", ".join(risk.evidence)] if at_risk and risk and risk.evidence else []),
    ]
    return Judgement(outcome, evidence, " ".join(p for p in parts if p), at_risk, findings)


def _strength(criterion: CompiledCriterion, framework: NationalFramework) -> tuple[Strength, str]:
    spec = criterion.spec
    if spec.strength is not Strength.MANDATORY:
        registry = instruments()
        for instrument in spec.mandatory_for_parties_to:
            bound, _ = state_bound(framework, registry[instrument])
            if bound:
                how = "a member of the European Union bound by" if _eu_member(framework, instrument) else "a party to"
                return Strength.MANDATORY, f"Mandatory for this State as {how} {registry[instrument].short}."
    return spec.strength, ""


def _eu_member(framework: NationalFramework, instrument: str) -> bool:
    return any(
        p.id == instrument and str(getattr(p.status, "value", p.status)) == "bound_as_eu_member"
        for p in framework.instruments
    )


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _long_date(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def _not_yet(criterion: CompiledCriterion, framework: NationalFramework) -> Judgement | None:
    """Not applicable when the criterion's source did not bind (or no longer bound) on the framework's date."""
    source = criterion.source_instrument
    if source is None:
        return None
    instrument = instruments().get(source)
    if instrument is None:
        return None
    binding = binding_of(instrument, framework.as_of)
    if binding.applies or binding.date is None:
        return None
    as_of = _long_date(framework.as_of)
    if binding.ended:
        text = (
            f"Not applicable: the obligation comes from {instrument.short}, which ceased to have effect on "
            f"{_long_date(binding.date)}, before the date of this framework ({as_of})."
        )
        reason = NotApplicableReason.NO_LONGER_BINDING
    else:
        text = (
            f"Not applicable: the obligation comes from {instrument.short}, which binds from "
            f"{_long_date(binding.date)}, after the date of this framework ({as_of})."
        )
        reason = NotApplicableReason.NOT_YET_BINDING
    return Judgement(Outcome.NOT_APPLICABLE, (), text, False, not_applicable=reason)


def _participates(criterion: CompiledCriterion, framework: NationalFramework) -> bool:
    """The State is, or will be, bound by the criterion's source (see :func:`will_bind`)."""
    instrument = instruments().get(criterion.source_instrument or "")
    return instrument is None or will_bind(framework, instrument)


def _unless_inapplicable(dated: Judgement, judged: Judgement) -> Judgement:
    if judged.outcome is Outcome.NOT_APPLICABLE and judged.not_applicable is NotApplicableReason.CONDITION:
        return judged
    return dated


def _check_unique(packs: Sequence[RulePack]) -> None:
    owner: dict[str, str] = {}
    problems: list[Problem] = []
    for pack in packs:
        for criterion in pack.criteria:
            if criterion.id in owner:
                problems.append(
                    Problem(
                        pack.source,
                        1,
                        1,
                        ("criteria", criterion.position, "id"),
                        f"criterion '{criterion.id}' is already defined by pack {owner[criterion.id]}",
                    )
                )
            owner.setdefault(criterion.id, f"'{pack.id}' ({pack.source})")
    if problems:
        raise InputError(problems)


def _no_draft(framework: NationalFramework) -> bool:
    """Whether the framework has no draft at all: no provision that only the law with the draft counts (a
    bill, a draft proposal) and no repealing clause (always of a draft). Its two views are then the same law,
    judged alike."""
    drafts = frozenset(VIEW_STATUSES[View.WITH_DRAFT]) - frozenset(VIEW_STATUSES[View.IN_FORCE])
    return not framework.repeal_clauses and not any(p.status in drafts for p in framework.provisions)


def _criterion_result(
    criterion: CompiledCriterion,
    framework: NationalFramework,
    contexts: dict[View, Context],
    rule: RatingRule,
    *,
    same_views: bool = False,
) -> CriterionResult:
    """``same_views``: the framework has no draft, so the law with the draft is the law in force, and the
    criterion is judged once for both."""
    spec = criterion.spec
    strength, strength_note = _strength(criterion, framework)
    option = strength is Strength.OPTIONAL
    dated = _not_yet(criterion, framework)
    if dated is not None and not _participates(criterion, framework):
        # A source that will never bind the State (a State outside the Union, not a party): where the criterion's
        # own condition says it does not apply, that is the reason, whatever the date. A Regulation the State will
        # never be bound by did not "not yet bind" it.
        draft = _unless_inapplicable(dated, judge(criterion, contexts[View.WITH_DRAFT], rule, option=option))
        in_force = (
            draft
            if same_views
            else _unless_inapplicable(dated, judge(criterion, contexts[View.IN_FORCE], rule, option=option))
        )
    else:
        draft = dated or judge(criterion, contexts[View.WITH_DRAFT], rule, option=option)
        in_force = draft if same_views else dated or judge(criterion, contexts[View.IN_FORCE], rule, option=option)
    reasoning = f"{draft.reasoning} {strength_note}".strip()
    return CriterionResult(
        id=spec.id,
        area=spec.area,
        question=spec.question,
        strength=strength,
        pack=criterion.pack,
        outcome=draft.outcome,
        evidence=list(draft.evidence),
        reasoning=reasoning,
        in_force=in_force.view_result(spec.id),
        remedies=list(spec.remedies) if draft.outcome in _GAP_RANK or in_force.outcome in _GAP_RANK else [],
        citations=[spec.strength_source, *spec.citations],
        human_rights_risk=draft.human_rights_risk,
        guidance=list(spec.guidance),
        binds_from=criterion.binds_from,
        not_applicable_reason=draft.not_applicable,
        shortfalls=draft.shortfalls(spec.id),
    )


def _area_result(
    area: Area, results: list[CriterionResult], framework: NationalFramework, rule: RatingRule
) -> AreaResult:
    mine = [r for r in results if r.area is area]
    draft = [RatedOutcome(strength=r.strength, outcome=r.outcome, human_rights_risk=r.human_rights_risk) for r in mine]
    in_force = [
        RatedOutcome(strength=r.strength, outcome=r.in_force.outcome, human_rights_risk=r.in_force.human_rights_risk)
        for r in mine
    ]
    rating, score = rate(rule, draft)
    rating_in_force, score_in_force = rate(rule, in_force)
    override = next((o for o in framework.overrides if o.area is area), None)
    return AreaResult(
        area=area,
        rating=override.rating if override else rating,
        rating_in_force=override.rating if override else rating_in_force,
        computed_rating=rating,
        computed_rating_in_force=rating_in_force,
        override_reason=override.reason if override else None,
        score=score,
        score_in_force=score_in_force,
        counts={o.value: sum(1 for r in mine if r.outcome is o) for o in Outcome},
    )


def _remedy_label(remedy: str, titles: Mapping[str, str]) -> str:
    title = titles.get(remedy)
    return f"{remedy} ({title})" if title is not None else remedy


def _titles(catalog: Catalog | Mapping[str, str] | None) -> Mapping[str, str]:
    if catalog is None:
        return catalog_titles()
    if isinstance(catalog, Catalog):
        return catalog.titles()
    return catalog


def _gap_key(result: CriterionResult) -> tuple[int, int, int, int]:
    return (
        _STRENGTH_RANK[result.strength],
        0 if result.human_rights_risk else 1,
        _GAP_RANK[result.outcome],
        _AREAS.index(result.area),
    )


def _recommendations(
    results: list[CriterionResult], packs: Sequence[RulePack], titles: Mapping[str, str]
) -> list[Recommendation]:
    explanations = {c.id: c.spec.explanation for pack in packs for c in pack.criteria}
    gaps = sorted((r for r in results if r.outcome in _GAP_RANK), key=_gap_key)  # stable: keeps criterion order
    out: list[Recommendation] = []
    for result in gaps:
        text = explanations[result.id].for_outcome(result.outcome) or result.question
        if result.human_rights_risk:
            text += " This is a risk to human rights: amend the provisions concerned."
        if result.remedies:
            text += " Model provisions: " + ", ".join(_remedy_label(r, titles) for r in result.remedies) + "."
        out.append(
            Recommendation(
                rank=len(out) + 1,
                criterion=result.id,
                area=result.area,
                strength=result.strength,
                outcome=result.outcome,
                text=text,
                remedies=result.remedies,
            )
        )
    pending = [r for r in results if r.outcome is Outcome.MET and r.in_force.outcome in _GAP_RANK]
    for result in sorted(pending, key=lambda r: (_STRENGTH_RANK[r.strength], _AREAS.index(r.area))):
        out.append(
            Recommendation(
                rank=len(out) + 1,
                criterion=result.id,
                area=result.area,
                strength=result.strength,
                outcome=result.in_force.outcome,
                text=f"Met only with the draft: enact {', '.join(result.evidence)} "
                "to close this gap in the law in force.",
                remedies=[],
            )
        )
    return out


_RESULT_MODELS = (
    Shortfall,
    ViewResult,
    CriterionResult,
    RatedOutcome,
    AreaResult,
    Recommendation,
    FrameworkSummary,
    Assessment,
)
"""The models an assessment is built of (:func:`draftkit.models.validators.prime`)."""


def assess(
    framework: NationalFramework,
    packs: Sequence[RulePack] | None = None,
    *,
    rating_rule: RatingRule | None = None,
    catalog: Catalog | Mapping[str, str] | None = None,
    source: str | None = None,
) -> Assessment:
    """Check ``framework`` against ``packs`` (default: the core pack and the shipped packs on by default).

    ``rating_rule`` defaults to the shipped rule; ``catalog`` lends model-provision titles
    to recommendations: the ``Catalog``, or only its titles by id (default: the shipped
    catalog's, ``catalog_titles()``; ``{}`` for none); ``source`` names the framework file.
    Raises ``InputError`` when two packs define the same criterion id.
    """
    chosen = default_packs() if packs is None else list(packs)
    _check_unique(chosen)
    prime(*_RESULT_MODELS)  # with the cache on, their validators without generating them again
    rule = rating_rule or default_rating_rule()
    same_views = _no_draft(framework)
    contexts = {view: build_context(framework, statuses) for view, statuses in VIEW_STATUSES.items()}
    ordered = sorted(
        ((index, c) for index, pack in enumerate(chosen) for c in pack.criteria),
        key=lambda item: (_AREAS.index(item[1].spec.area), item[0], item[1].position),
    )
    results = [_criterion_result(c, framework, contexts, rule, same_views=same_views) for _, c in ordered]
    recommendations = _recommendations(results, chosen, _titles(catalog))
    shortfalls = [r.id for r in sorted((r for r in results if r.outcome in _GAP_RANK), key=_gap_key)]
    in_force = framework.provisions_with_status(ProvisionStatus.IN_FORCE)
    return Assessment(
        draftkit_version=__version__,
        framework=FrameworkSummary(
            country=framework.country,
            name=framework.name,
            as_of=framework.as_of,
            legal_tradition=framework.legal_tradition.value,
            provisions=len(framework.provisions),
            provisions_in_force=len(in_force),
            source=source,
        ),
        packs=[pack.id for pack in chosen],
        rating_rule=rule.describe(),
        areas=[_area_result(area, results, framework, rule) for area in Area],
        criteria=results,
        shortfalls=shortfalls[:MAX_SHORTFALLS],
        recommendations=recommendations,
    )
