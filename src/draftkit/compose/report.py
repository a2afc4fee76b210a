"""Compose the gap report as a tree of plain data (:mod:`draftkit.compose.report_tree`).

The report follows a FATF mutual evaluation report and a CTED overview of
implementation: a cover; contents; an executive summary (key findings, ratings with the
scale spelled out, the views of the law, priority actions, progress since the last
assessment); methodology and sources; a chapter per area (key findings, factors
underlying the rating, recommended actions with priority and responsible authority,
technical-assistance needs); annexes (technical compliance criterion by criterion,
concordance with the sources and the bill, observations of the State); a glossary.

Every sentence is a message code with parameters; identifiers appear only in reference
columns. The same tree gives ``gap-report.docx`` and ``report.md``; ``check_tree`` gives the
shorter tree ``draftkit check`` prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from draftkit.assess.rating import default_rating_rule
from draftkit.assess.result import AreaResult, Assessment, CriterionResult, NotApplicableReason, Outcome, Strength
from draftkit.compose.findings import (
    Priority,
    ProvisionNames,
    finding_messages,
    grouped,
    name_of,
    priority,
    provision_names,
)
from draftkit.compose.names import StateOf, act_title, state_of, state_title
from draftkit.compose.report_tree import (
    Block,
    Cell,
    Column,
    Contents,
    Cover,
    FillLines,
    Heading,
    Items,
    Para,
    ParaStyle,
    Quote,
    Report,
    Run,
    Table,
    Text,
)
from draftkit.compose.spans import Filler, lines_of
from draftkit.compose.tree import Bill
from draftkit.i18n import Data, LanguageName, Messages, Msg, msg
from draftkit.i18n.messages import PLURALS, TEXT
from draftkit.models import Area, Citation, CitationKind, NationalFramework, ProvisionStatus, Rating
from draftkit.reference import InstrumentRef, Pinpoint, guidance_points

__all__ = [
    "FallbackNote",
    "ReportInputs",
    "check_tree",
    "compose_report",
    "fallback_note",
    "progress_tree",
    "sections_by_criterion",
]

_GAPS = (Outcome.NOT_MET, Outcome.PARTLY_MET)
_KEY_FINDINGS = 8
_RATINGS = (Rating.C, Rating.LC, Rating.PC, Rating.NC, Rating.NA)


@dataclass(frozen=True)
class FallbackNote:
    """A document in ``language`` giving some texts in ``fallback`` (``--fallback-language``): said on its cover."""

    language: str
    fallback: str
    messages: int
    """Fixed texts (message catalog entries) without a translation, given in ``fallback``."""
    total: int
    """Fixed texts in all."""
    provisions: tuple[str, ...] = ()
    """Model provisions without a translation, given in ``fallback``."""

    def lines(self) -> tuple[Msg, ...]:
        """The sentences that say so, in the document's language (as far as it has them)."""
        language, fallback = LanguageName(self.language), LanguageName(self.fallback)
        out = []
        if self.messages:
            out.append(
                msg(
                    "fallback.messages",
                    count=self.messages,
                    total=self.total,
                    language=language,
                    fallback=fallback,
                )
            )
        if self.provisions:
            out.append(msg("fallback.provisions", count=len(self.provisions), language=language, fallback=fallback))
        return tuple(out)


def fallback_note(words: Messages, provisions: Sequence[str] = ()) -> FallbackNote | None:
    """The note for a document worded with ``words``, if some of its texts are given in the fallback language."""
    if words.fallback is None or not (words.untranslated or provisions):
        return None
    total = len(TEXT) + len(PLURALS)
    return FallbackNote(words.language, words.fallback, len(words.untranslated), total, tuple(provisions))


@dataclass(frozen=True)
class ReportInputs:
    """Everything one report is drawn from; the renderers see only the tree made from it."""

    assessment: Assessment
    framework: NationalFramework | None = None
    sections_by_criterion: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Criterion id -> numbers of the sections of the proposed bill that answer it."""
    model_titles: Mapping[str, str] = field(default_factory=dict)
    """Catalog id -> title of the model provision."""
    previous: Assessment | None = None
    """The assessment of the last round, for the progress section."""
    date: dt.date | None = None
    pack_titles: Mapping[str, str] = field(default_factory=dict)
    """Rule pack id -> title (default: the core pack's)."""
    verified_pinpoints: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Instrument id -> pinpoints checked against its text (from the instrument registry)."""
    fallback: FallbackNote | None = None
    """Texts given in a fallback language (``--fallback-language``): the cover says so."""


# ----------------------------------------------------------------------------- small helpers


def _p(*parts: Text | Run, style: ParaStyle = ParaStyle.BODY) -> Para:
    return Para.of(*parts, style=style)


def _cell(*parts: Text | Run) -> Cell:
    return (Para.of(*parts),)


def _cells(lines: Sequence[Text]) -> Cell:
    return tuple(Para.of(line) for line in lines) or (Para.of(msg("word.dash")),)


def _ref(text: str) -> Cell:
    return (Para.of(Run(text, reference=True)),)


def _refs(ids: Sequence[str]) -> Cell:
    return tuple(Para.of(Run(i, reference=True)) for i in ids)


def _sections(sections: Sequence[str]) -> Cell:
    """The sections of the proposed bill that answer a requirement, or a dash."""
    if not sections:
        return _cell(msg("word.dash"))
    # Numbered sections after "section(s)"; a final or repealing provision by its label ("Disposición final
    # tercera"), which is not a number to put after "artículo".
    numbered = tuple(s for s in sections if s[:1].isdigit())
    labels = tuple(s for s in sections if not s[:1].isdigit())
    if not numbered:
        return _cell(msg("word.list", items=labels))
    listed = numbered + tuple(label[:1].lower() + label[1:] for label in labels)  # "artículos 1, 2 y disposición ..."
    return _cell(msg("area.bill_sections", count=len(listed), sections=listed))


def rating_name(rating: Rating) -> Msg:
    abbreviation = msg(f"rating.{rating.value}.abbreviation")
    return msg("rating.with_abbreviation", name=msg(f"rating.{rating.value}"), abbreviation=abbreviation)


def rule_words(assessment: Assessment) -> tuple[Text, ...]:
    """The rating rule in the reader's words: the shipped rule from its data, another as its file describes it.

    The assessment records the rule as English words (``rating_rule``); the shipped rule is worded
    again here from its weights, credits, thresholds and caps. A rule the user wrote is the user's text.
    """

    rule = default_rating_rule()
    if assessment.rating_rule != rule.describe():
        return (assessment.rating_rule,)
    w, c = rule.weights, rule.credits
    some = "partly_met" if rule.every_provision.some_pass is Outcome.PARTLY_MET else "not_met"
    thresholds = tuple(
        msg("rule.threshold", rating=_abbreviation(t.rating), score=t.min_score)
        if t.min_score
        else msg("rule.threshold_last", rating=_abbreviation(t.rating))
        for t in rule.thresholds
    )
    out: list[Text] = [
        msg(
            "rule.weights",
            mandatory=w.mandatory,
            should=w.should_consider,
            optional=w.optional,
            met=c.met,
            partly=c.partly_met,
            not_met=c.not_met,
        ),
        msg(f"rule.every_provision.{some}"),
        msg("rule.thresholds", thresholds=thresholds),
    ]
    for cap in rule.caps:
        if cap.human_rights_risk and cap.strength is None and cap.outcome is None:
            out.append(msg("rule.cap.rights", rating=_abbreviation(cap.max_rating)))
        elif cap.strength is Strength.MANDATORY and cap.outcome in (Outcome.NOT_MET, Outcome.PARTLY_MET):
            out.append(msg(f"rule.cap.mandatory.{cap.outcome.value}", rating=_abbreviation(cap.max_rating)))
        else:
            out.append(cap.reason)
    out += [msg("rule.not_applicable", rating=_abbreviation(Rating.NA)), msg("rule.override")]
    return tuple(out)


def _override_note(result: AreaResult) -> Para:
    """The note under a rating the assessor overrode: the rating given, the one computed, and why."""
    computed = rating_name(result.computed_rating)
    note = msg("summary.override", area=_area(result.area), rating=rating_name(result.rating), computed=computed)
    return _p(note, " ", result.override_reason or "", style=ParaStyle.NOTE)


def _abbreviation(rating: Rating) -> Msg:
    return msg(f"rating.{rating.value}.abbreviation")


def question(c: CriterionResult) -> Data:
    """A criterion's question, translated where the criterion is draftkit's own (see :mod:`draftkit.i18n.data`)."""
    return Data(f"data.criterion.{c.id}", c.question)


def _outcome(outcome: Outcome) -> Msg:
    return msg(f"outcome.{outcome.value}")


def _area(area: Area) -> Msg:
    return msg(f"area.{area.value}")


def _applicable(assessment: Assessment, area: Area | None = None) -> list[CriterionResult]:
    return [
        c
        for c in assessment.criteria
        if (area is None or c.area is area)
        and not (c.outcome is Outcome.NOT_APPLICABLE and c.in_force.outcome is Outcome.NOT_APPLICABLE)
    ]


def _not_applicable(c: CriterionResult) -> bool:
    return c.outcome is Outcome.NOT_APPLICABLE and c.in_force.outcome is Outcome.NOT_APPLICABLE


def _rests_on(c: CriterionResult) -> list[str]:
    """The national provisions a requirement's outcome rests on, in either view."""
    return list(dict.fromkeys([*c.evidence, *c.in_force.evidence]))


def _count(criteria: Sequence[CriterionResult], outcome: Outcome, *, in_force: bool) -> int:
    return sum(1 for c in criteria if (c.in_force.outcome if in_force else c.outcome) is outcome)


class _Numbering:
    def __init__(self) -> None:
        self.chapter = 0
        self.sub = 0

    def h1(self, text: Text, *, annex: str | None = None) -> Heading:
        self.sub = 0
        if annex is not None:
            return Heading(1, annex, text, new_page=True)
        self.chapter += 1
        return Heading(1, str(self.chapter), text, new_page=True)

    def h2(self, text: Text, prefix: str | None = None) -> Heading:
        self.sub += 1
        return Heading(2, f"{prefix or self.chapter}.{self.sub}", text)


# ----------------------------------------------------------------------------- the parts


class _Composer:
    def __init__(self, inputs: ReportInputs) -> None:
        self.inputs = inputs
        self.a = inputs.assessment
        self.names: ProvisionNames = provision_names(inputs.framework)
        self.blocks: list[Block] = []
        self.numbering = _Numbering()
        self.state: Text = state_title(inputs.framework) if inputs.framework is not None else self.a.framework.name
        self.state_of = state_of(inputs.framework) if inputs.framework is not None else StateOf(str(self.state))
        """The State's name after "the law" in a sentence ("of the Republic of Aldermere")."""
        self.has_draft = self.a.framework.provisions != self.a.framework.provisions_in_force
        """The framework has bills or draft proposals of the State's own (else the draft view is the law in force)."""
        self.quoted: set[str] = set()
        """National provisions already quoted in the annex (each once)."""

    # --------------------------------------------------------------- words used in several places

    def packs_applying(self) -> list[str]:
        """The rule packs with a requirement that applies to the State on the framework's date."""
        applying = {c.pack for c in _applicable(self.a)}
        return [p for p in self.a.packs if p in applying]

    def packs_later(self) -> list[str]:
        """The rule packs none of whose requirements applies because their source did not bind the State yet."""
        applying = set(self.packs_applying())
        later = {
            c.pack
            for c in self.a.criteria
            if c.not_applicable_reason is NotApplicableReason.NOT_YET_BINDING
            and c.in_force.not_applicable_reason is NotApplicableReason.NOT_YET_BINDING
        }
        return [p for p in self.a.packs if p in later and p not in applying]

    def packs_note(self) -> list[Msg]:
        """What the packs that do not apply are: later than the law assessed, or not applicable to the State."""
        applying = set(self.packs_applying())
        later = self.packs_later()
        other = [p for p in self.a.packs if p not in applying and p not in later]
        out = []
        if later:
            out.append(
                msg(
                    "scope.not_yet_binding",
                    packs=self.pack_titles(later),
                    date=self.a.framework.as_of,
                    count=len(later),
                )
            )
        if other:
            out.append(msg("scope.not_applying", packs=self.pack_titles(other), count=len(other)))
        return out

    def pack_titles(self, packs: Sequence[str] | None = None) -> tuple[Msg, ...]:
        """The rule packs by title (a pack's id is an identifier, not words); shipped packs in the reader's words."""
        # lazily: not loaded with this module, only when this runs (start-up time)
        from draftkit.i18n.data import data_texts

        shipped = data_texts()
        titles = dict(self.inputs.pack_titles)
        out = []
        for pack in self.a.packs if packs is None else packs:
            context = f"data.pack.{pack}"
            if context in shipped and titles.get(pack, shipped[context]) == shipped[context]:
                out.append(msg("quoted", text=Data(context, shipped[context])))
            else:
                out.append(msg("quoted", text=titles.get(pack, pack)))
        return tuple(out)

    def provisions(self, ids: Sequence[str]) -> tuple[Msg, ...]:
        return grouped([name_of(self.names, p) for p in ids])

    def action(self, c: CriterionResult) -> Msg:
        """What the State should do about a requirement not (fully) met: concrete, naming law and models."""
        titles = tuple(
            msg("quoted", text=self.inputs.model_titles[r]) for r in c.remedies if self.inputs.model_titles.get(r)
        )
        if c.outcome is Outcome.MET and c.in_force.outcome in _GAPS:
            return msg("action.enact_draft", provisions=self.provisions(list(c.evidence)))
        # The provisions to amend: those that went part of the way, or those a shortfall names.
        named = [s.provision for s in c.shortfalls if s.provision and s.provision in self.names]
        evidence = list(dict.fromkeys([*c.evidence, *named]))
        if evidence and titles and (c.human_rights_risk or c.outcome is Outcome.PARTLY_MET):
            return msg("action.amend_model", provisions=self.provisions(evidence), models=titles, count=len(titles))
        if c.human_rights_risk and evidence:
            return msg("action.rights_first", provisions=self.provisions(evidence))
        if titles:
            return msg("action.enact_model", models=titles, count=len(titles))
        if evidence:
            return msg("action.amend", provisions=self.provisions(evidence))
        return msg("action.legislate")

    def headline(self, c: CriterionResult) -> Msg:
        """The finding that says what is wrong with the State's law (not only that a provision goes part of the way)."""
        findings = finding_messages(c, self.names)
        return next((f for f in findings if f.code != "finding.partly_by"), findings[0])

    def authority_for(self, area: Area) -> Text:
        """The lead authority the framework names for the area, or a placeholder for the State to fill."""
        framework = self.inputs.framework
        named = framework.responsible_authorities.get(area) if framework is not None else None
        return named or msg("authority.to_be_designated")

    def gaps(self, area: Area | None = None) -> list[CriterionResult]:
        order = {cid: i for i, cid in enumerate(self.a.shortfalls)}
        rank = {Strength.MANDATORY: 0, Strength.SHOULD_CONSIDER: 1, Strength.OPTIONAL: 2}
        out = [c for c in _applicable(self.a, area) if c.outcome in _GAPS]
        return sorted(
            out,
            key=lambda c: (
                Priority.ORDER.index(priority(c)),
                order.get(c.id, len(order)),
                rank[c.strength],
                0 if c.outcome is Outcome.NOT_MET else 1,
            ),
        )

    def pending(self, area: Area | None = None) -> list[CriterionResult]:
        """Met only if the State's draft is enacted."""
        return [c for c in _applicable(self.a, area) if c.outcome is Outcome.MET and c.in_force.outcome in _GAPS]

    # --------------------------------------------------------------- cover and contents

    def cover(self) -> Cover:
        s = self.a.framework
        lines: list[Text] = [msg("cover.as_of", date=s.as_of)]
        if self.inputs.date is not None:
            lines.append(msg("cover.prepared", date=self.inputs.date, version=self.a.draftkit_version))
        applying = self.packs_applying() or list(self.a.packs)
        lines.append(msg("cover.standards", count=len(applying), packs=self.pack_titles(applying)))
        if self.inputs.fallback is not None:
            lines.extend(self.inputs.fallback.lines())
        return Cover(
            state=self.state,
            title=msg("report.title"),
            subtitle=msg("report.subtitle"),
            lines=tuple(lines),
            notice=msg("cover.notice"),
        )

    # --------------------------------------------------------------- 1. executive summary

    def executive_summary(self) -> None:
        a = self.a
        self.blocks.append(self.numbering.h1(msg("heading.executive_summary")))
        applicable = _applicable(a)
        self.blocks.append(
            _p(
                msg(
                    "summary.scope",
                    state_of=self.state_of,
                    date=a.framework.as_of,
                    count=len(applicable),
                    met=_count(applicable, Outcome.MET, in_force=True),
                    partly=_count(applicable, Outcome.PARTLY_MET, in_force=True),
                    not_met=_count(applicable, Outcome.NOT_MET, in_force=True),
                )
            )
        )
        draft = [c for c in applicable if c.outcome is not c.in_force.outcome]
        if draft:
            self.blocks.append(
                _p(
                    msg(
                        "summary.draft_changes",
                        count=len(draft),
                        better=sum(1 for c in draft if _better(c.outcome, c.in_force.outcome)),
                    )
                )
            )
        # Key findings
        self.blocks.append(self.numbering.h2(msg("heading.key_findings")))
        gaps = self.gaps()
        if not gaps:
            self.blocks.append(_p(msg("summary.no_gaps")))
        entries: list[Para] = []
        for c in gaps[:_KEY_FINDINGS]:
            findings = finding_messages(c, self.names)
            entries.append(
                Para.of(
                    Run(msg("summary.finding_lead", area=_area(c.area), outcome=_outcome(c.outcome)), bold=True),
                    " ",
                    *_spaced(findings[:2]),
                )
            )
        if entries:
            self.blocks.append(Items(tuple(entries)))
        # Ratings
        self.blocks.append(self.numbering.h2(msg("heading.ratings")))
        views = "summary.views" if self.has_draft else "summary.views_no_draft"
        self.blocks.append(_p(msg(views), style=ParaStyle.NOTE))
        self.blocks.append(self.ratings_table())
        self.blocks.append(self.scale_table())
        self.blocks.extend(_override_note(r) for r in a.areas if r.override_reason)
        # Priority actions
        self.blocks.append(self.numbering.h2(msg("heading.priority_actions")))
        urgent = [c for c in gaps if priority(c) == Priority.IMMEDIATE] or gaps
        unique_actions: dict[Msg, CriterionResult] = {}
        for c in urgent:  # one line per action: several requirements may call for the same provisions
            unique_actions.setdefault(self.action(c), c)
        actions = list(unique_actions.values())[:_KEY_FINDINGS]
        if actions:
            self.blocks.append(
                Items(
                    tuple(
                        Para.of(
                            Run(msg("priority.lead", priority=msg(f"priority.{priority(c)}")), bold=True),
                            " ",
                            self.action(c),
                            " ",
                            Run(msg("summary.action_area", area=_area(c.area)), italic=True),
                        )
                        for c in actions
                    )
                )
            )
        else:
            self.blocks.append(_p(msg("summary.no_actions")))
        if self.inputs.previous is not None:
            self.progress()

    def ratings_table(self) -> Table:
        # The third view (the law with the proposed bill enacted), when the drafting run computed it.
        third = [getattr(r, "rating_proposed", None) for r in self.a.areas]
        proposed = third if any(t is not None for t in third) else None
        draft = self.has_draft
        wide = proposed is None or not draft  # four columns, not five
        columns = [  # the last header ("Requirements met ...") must not break inside a word
            Column(msg("column.area"), 4.6 if wide else 3.9),
            Column(msg("column.in_force"), 3.8 if wide else 2.8),
        ]
        if draft:  # no bills or proposals of the State's own: the column would repeat the law in force
            columns.append(Column(msg("column.with_draft"), 3.8 if wide else 2.8))
        if proposed is not None:
            columns.append(Column(msg("column.with_proposed"), 3.8 if wide else 2.8))
        met_column = "column.criteria_met" if draft else "column.criteria_met_in_force"
        columns.append(Column(msg(met_column), 3.8 if wide else 3.7))
        rows = []
        for r in self.a.areas:
            applicable = _applicable(self.a, r.area)
            row: list[Cell] = [_cell(_area(r.area)), _cell(rating_name(r.rating_in_force))]
            if draft:
                row.append(_cell(rating_name(r.rating)))
            if proposed is not None:
                rating = getattr(r, "rating_proposed", None)
                row.append(_cell(rating_name(rating) if isinstance(rating, Rating) else msg("word.dash")))
            row.append(
                _cell(
                    msg(
                        "summary.met_of",
                        met=_count(applicable, Outcome.MET, in_force=False),
                        count=len(applicable),
                    )
                )
            )
            rows.append(tuple(row))
        return Table(tuple(columns), tuple(rows))

    def scale_table(self) -> Table:
        rows = tuple(
            (
                _cell(Run(msg(f"rating.{rating.value}.abbreviation"), bold=True)),
                _cell(msg(f"rating.{rating.value}")),
                _cell(msg(f"rating.{rating.value}.meaning")),
            )
            for rating in _RATINGS
        )
        columns = (  # wide enough for the header in every language ("Notation", "Calificación") on one line
            Column(msg("column.rating"), 2.8),
            Column(msg("column.rating_name"), 4.2),
            Column(msg("column.meaning"), 9.0),
        )
        return Table(columns, rows, caption=msg("summary.scale"))

    # --------------------------------------------------------------- progress since the last assessment

    def progress(self) -> None:
        # lazily: not loaded with this module, only when this runs (start-up time)
        from draftkit.compose.progress import compare

        previous = self.inputs.previous
        assert previous is not None
        diff = compare(previous, self.a)
        self.blocks.append(self.numbering.h2(msg("heading.progress")))
        self.blocks.append(
            _p(
                msg(
                    "progress.intro",
                    before=previous.framework.as_of,
                    after=self.a.framework.as_of,
                    improved=len(diff.improved),
                    worsened=len(diff.worsened),
                    unchanged=len(diff.unchanged),
                )
            )
        )
        rows = []
        for change in diff.areas:
            rows.append(
                (
                    _cell(_area(change.area)),
                    _cell(rating_name(change.before)),
                    _cell(rating_name(change.after)),
                    _cell(msg(f"progress.direction.{change.direction}")),
                )
            )
        self.blocks.append(
            Table(
                (
                    Column(msg("column.area"), 5.0),
                    Column(msg("column.previous_rating"), 3.8),
                    Column(msg("column.current_rating"), 3.8),
                    Column(msg("column.change"), 3.4),
                ),
                tuple(rows),
            )
        )
        changed = [*diff.improved, *diff.worsened, *diff.changed]
        if not changed:
            return
        rows = []
        for item in changed:
            known = [p for p in item.provisions if p in self.names]
            unknown = [p for p in item.provisions if p not in self.names]
            made: list[Text] = [name_of(self.names, p).start for p in known]
            if not item.provisions:
                made.append(msg("progress.no_provision"))
            rows.append(
                (
                    _cell(Data(f"data.criterion.{item.criterion}", item.question)),
                    _cell(msg(f"progress.{item.direction}", before=_outcome(item.before), after=_outcome(item.after))),
                    _cells(made) if made else _cell(msg("word.dash")),
                    _refs([item.criterion, *unknown]),
                )
            )
        self.blocks.append(
            Table(
                (
                    Column(msg("column.requirement"), 6.0),
                    Column(msg("column.change"), 2.8),
                    Column(msg("column.difference"), 4.4),
                    Column(msg("column.reference"), 2.8, reference=True),
                ),
                tuple(rows),
                caption=msg("progress.caption"),
            )
        )

    # --------------------------------------------------------------- 2. methodology

    def methodology(self) -> None:
        a = self.a
        self.blocks.append(self.numbering.h1(msg("heading.methodology")))
        self.blocks.append(self.numbering.h2(msg("heading.what_was_assessed")))
        s = a.framework
        framework = self.inputs.framework
        statuses = dict.fromkeys(ProvisionStatus, 0)
        if framework is not None:
            for p in framework.provisions:
                statuses[p.status] += 1
        self.blocks.append(
            _p(
                msg(
                    "method.assessed",
                    state_of=self.state_of,
                    count=s.provisions,
                    in_force=statuses[ProvisionStatus.IN_FORCE] if framework else s.provisions_in_force,
                    bills=statuses[ProvisionStatus.BILL],
                    proposals=statuses[ProvisionStatus.DRAFT_PROPOSAL],
                    date=s.as_of,
                )
            )
        )
        if framework is not None:
            self.blocks.append(self.laws_table(framework))
        self.blocks.append(
            _p(
                msg(
                    "method.standards",
                    count=len(_applicable(a)),
                    total=len(a.criteria),
                    packs=self.pack_titles(),
                ),
                *_spaced_after(self.packs_note()),
            )
        )
        self.blocks.append(self.numbering.h2(msg("heading.how_rated")))
        self.blocks.append(_p(msg("method.coding")))
        self.blocks.append(_p(msg("method.functional_equivalence")))
        self.blocks.append(_p(msg("method.views" if self.has_draft else "method.views_no_draft")))
        self.blocks.append(_p(msg("method.rating_rule"), " ", *_spaced(rule_words(a))))
        self.blocks.append(_p(msg("method.priorities")))
        self.blocks.append(self.numbering.h2(msg("heading.sources")))
        self.blocks.append(_p(msg("method.verification")))
        self.blocks.append(self.numbering.h2(msg("heading.limits")))
        self.blocks.append(_p(msg("method.technical_compliance")))
        self.blocks.append(_p(msg("method.not_legal_advice")))

    def laws_table(self, framework: NationalFramework) -> Table:
        by_act: dict[str, list[str]] = {}
        for p in framework.provisions:
            by_act.setdefault(p.source.act, []).append(p.id)
        rows = []
        for act, ids in by_act.items():
            statuses = tuple(dict.fromkeys(name_of(self.names, i).status for i in ids))
            rows.append(
                (
                    _cell(act_title(framework, act)),
                    _cell(msg("method.provisions_count", count=len(ids))),
                    _cell(msg("word.list", items=statuses)),
                )
            )
        return Table(
            (Column(msg("column.law"), 8.0), Column(msg("column.provisions"), 3.5), Column(msg("column.status"), 4.5)),
            tuple(rows),
            caption=msg("method.laws_caption"),
        )

    # --------------------------------------------------------------- 3.. one chapter per area

    def rating_line(self, result: AreaResult) -> Msg:
        in_force, with_draft = rating_name(result.rating_in_force), rating_name(result.rating)
        proposed = getattr(result, "rating_proposed", None)
        if not self.has_draft:
            if isinstance(proposed, Rating):
                return msg("area.rating_line_only_proposed", in_force=in_force, proposed=rating_name(proposed))
            return msg("area.rating_line_only", in_force=in_force)
        if isinstance(proposed, Rating):
            return msg(
                "area.rating_line_proposed", in_force=in_force, with_draft=with_draft, proposed=rating_name(proposed)
            )
        return msg("area.rating_line", in_force=in_force, with_draft=with_draft)

    def area_chapter(self, result: AreaResult) -> None:
        area = result.area
        criteria = _applicable(self.a, area)
        if not criteria:
            return
        self.blocks.append(self.numbering.h1(_area(area)))
        self.blocks.append(
            _p(
                Run(msg("area.rating_lead"), bold=True),
                " ",
                self.rating_line(result),
                style=ParaStyle.LEAD,
            )
        )
        gaps = self.gaps(area)
        met = [c for c in criteria if c.outcome is Outcome.MET]
        # Key findings box
        self.blocks.append(self.numbering.h2(msg("heading.key_findings")))
        box: list[Para] = [
            _p(
                msg(
                    "area.summary" if self.has_draft else "area.summary_in_force",
                    count=len(criteria),
                    met=len(met),
                    partly=sum(1 for c in criteria if c.outcome is Outcome.PARTLY_MET),
                    not_met=sum(1 for c in criteria if c.outcome is Outcome.NOT_MET),
                ),
                style=ParaStyle.BOX,
            )
        ]
        for c in gaps[:4]:  # statements about the State's law, naming it; the questions head the factors below
            findings = finding_messages(c, self.names)
            box.append(_p(*_spaced(findings[:2]), style=ParaStyle.BOX))
        self.blocks.extend(box)
        # Factors underlying the rating
        self.blocks.append(self.numbering.h2(msg("heading.factors")))
        if not gaps:
            self.blocks.append(_p(msg("area.no_factors")))
        for c in gaps:
            findings = finding_messages(c, self.names)
            strength = msg(f"strength.{c.strength.value}")
            self.blocks.append(
                _p(
                    Run(question(c), bold=True),
                    " ",
                    Run(msg("area.factor_outcome", outcome=_outcome(c.outcome), strength=strength), italic=True),
                    " ",
                    *_spaced(findings),
                )
            )
            if c.human_rights_risk:
                self.blocks.append(_p(msg("area.rights_risk"), style=ParaStyle.NOTE))
        if result.override_reason:
            self.blocks.append(_override_note(result))
        # Recommended actions
        self.blocks.append(self.numbering.h2(msg("heading.actions")))
        todo = [*gaps, *self.pending(area)]
        if not todo:
            self.blocks.append(_p(msg("area.no_actions")))
        else:
            rows = []
            for c in todo:
                sections = tuple(self.inputs.sections_by_criterion.get(c.id, ()))
                rows.append(
                    (
                        _cell(self.action(c)),
                        _cell(msg(f"priority.{priority(c)}")),
                        _cell(self.authority_for(area)),
                        _sections(sections),
                        _ref(c.id),
                    )
                )
            self.blocks.append(
                Table(
                    (
                        Column(msg("column.action"), 6.0),
                        Column(msg("column.priority"), 1.9),
                        Column(msg("column.responsible"), 2.6),
                        Column(msg("column.bill"), 2.4),  # "Proyecto de ley propuesto" without a broken word
                        Column(msg("column.reference"), 3.1, reference=True),
                    ),
                    tuple(rows),
                )
            )
        # Technical assistance
        self.blocks.append(self.numbering.h2(msg("heading.assistance")))
        needs = self.assistance(area, gaps)
        if needs:
            self.blocks.append(Items(tuple(_p(n) for n in needs), numbered=False))
        else:
            self.blocks.append(_p(msg("assistance.none")))

    def assistance(self, area: Area, gaps: Sequence[CriterionResult]) -> list[Msg]:
        if not gaps:
            return []
        needs = [msg("assistance.drafting", count=len(gaps))]
        if any(c.human_rights_risk for c in gaps):
            needs.append(msg("assistance.rights_review"))
        if area in (Area.INVESTIGATIVE_POWERS, Area.SAFEGUARDS, Area.EVIDENCE, Area.SERVICE_PROVIDERS):
            needs.append(msg("assistance.training_powers"))
        if area in (Area.INTERNATIONAL_COOPERATION, Area.JURISDICTION):
            needs.append(msg("assistance.cooperation"))
        if area is Area.CRIMINALIZATION:
            needs.append(msg("assistance.training_offences"))
        return needs

    # --------------------------------------------------------------- annexes

    def citation(self, c: Citation, *, short: bool = False) -> Msg:
        """A source as cited; ``short``: the UNODC publication as "UNODC (2012)" (a table that cites it in every
        row says once what it stands for)."""
        suffix = "_short" if short else ""

        verified = c.verified or (
            c.kind is CitationKind.INSTRUMENT
            and c.pinpoint is not None
            and c.pinpoint in self.inputs.verified_pinpoints.get(c.source, frozenset())
        )
        if c.kind is CitationKind.PUBLICATION:
            point = guidance_points().get(c.source)
            title: Text | Data = Data(f"data.guidance.{point.id}", point.title) if point else c.source
            base = (
                msg(f"cite.publication{suffix}", pinpoint=Pinpoint(c.pinpoint or ""), title=title)
                if c.pinpoint
                else msg(f"cite.publication_plain{suffix}", title=title)
            )
        elif c.kind is CitationKind.INSTRUMENT:
            instrument = InstrumentRef(c.source)
            base = (
                msg("cite.instrument", instrument=instrument, pinpoint=Pinpoint(c.pinpoint))
                if c.pinpoint
                else msg("cite.instrument_plain", instrument=instrument)
            )
        else:
            base = (
                msg("cite.other", source=c.source, pinpoint=Pinpoint(c.pinpoint))
                if c.pinpoint
                else msg("cite.other_plain", source=c.source)
            )
        return base if verified or not c.pinpoint else msg("cite.unverified", citation=base)

    def guidance(self, point_id: str, *, short: bool = False) -> Msg:

        point = guidance_points().get(point_id)
        if point is None:
            return msg("cite.other_plain", source=point_id)
        return msg(
            "cite.guidance_short" if short else "cite.guidance",
            location=Pinpoint(point.location),
            title=Data(f"data.guidance.{point.id}", point.title),
        )

    def annex_criteria(self) -> None:
        self.blocks.append(self.numbering.h1(msg("heading.annex_criteria"), annex="A"))
        intro = "annex.criteria_intro" if self.has_draft else "annex.criteria_intro_no_draft"
        self.blocks.append(_p(msg(intro), style=ParaStyle.NOTE))
        # Each national provision is quoted once, under the requirement it answers most directly: the one
        # resting on the fewest provisions (the first such, in annex order), not a requirement that lists
        # every provision of the framework (A.1, the limbs of a national framework).
        quote_at: dict[str, str] = {}
        narrowest: dict[str, int] = {}
        for c in (c for area in Area for c in self.a.criteria if c.area is area):
            rests_on = _rests_on(c)
            for p in rests_on:
                if len(rests_on) < narrowest.get(p, len(rests_on) + 1):
                    narrowest[p], quote_at[p] = len(rests_on), c.id
        number = 0
        for area in Area:
            criteria = [c for c in self.a.criteria if c.area is area]  # not applicable ones too, saying so
            if not criteria:
                continue
            self.blocks.append(self.numbering.h2(_area(area), prefix="A"))
            for c in criteria:
                number += 1
                self.blocks.append(Heading(3, f"A.{number}", question(c)))
                sections = tuple(self.inputs.sections_by_criterion.get(c.id, ()))
                remedies = tuple(self.inputs.model_titles.get(r, "") for r in c.remedies)
                rows: list[tuple[Cell, Cell]] = [
                    (_cell(msg("annex.row.reference")), _ref(c.id)),
                    (_cell(msg("annex.row.strength")), _cell(msg(f"strength.{c.strength.value}"))),
                    *self.outcome_rows(c),
                ]
                if c.human_rights_risk or c.in_force.human_rights_risk:
                    rows.append((_cell(msg("annex.row.rights")), _cell(msg("annex.rights_risk"))))
                if any(remedies):
                    rows.append(
                        (_cell(msg("annex.row.models")), _cell(msg("word.list", items=tuple(t for t in remedies if t))))
                    )
                if sections:
                    rows.append(
                        (
                            _cell(msg("annex.row.bill")),
                            _sections(sections),
                        )
                    )
                if not _not_applicable(c):  # why a requirement does not apply is said; its sources are not needed
                    rows.append((_cell(msg("annex.row.sources")), _cells([self.citation(x) for x in c.citations])))
                self.blocks.append(Table((Column("", 4.0), Column("", 12.0)), tuple(rows), key_value=True))
                self.quotes([p for p in _rests_on(c) if quote_at.get(p) == c.id])
        # the final table of FATF annexes: item, rating, factors
        self.blocks.append(self.numbering.h2(msg("heading.summary_table"), prefix="A"))
        rows2 = []
        for r in self.a.areas:
            factors: list[Text] = [self.headline(c) for c in self.gaps(r.area)[:3]]
            rows2.append((_cell(_area(r.area)), _cell(rating_name(r.rating_in_force)), _cells(factors)))
        self.blocks.append(
            Table(
                (
                    Column(msg("column.area"), 4.2),
                    Column(msg("column.in_force"), 3.4),
                    Column(msg("column.factors"), 8.4),
                ),
                tuple(rows2),
            )
        )

    def outcome_rows(self, c: CriterionResult) -> list[tuple[Cell, Cell]]:
        """The outcome and findings in the law in force and with the State's draft: one row where they agree."""
        in_force = [_outcome(c.in_force.outcome), *finding_messages(c, self.names, in_force=True)]
        with_draft = [_outcome(c.outcome), *finding_messages(c, self.names)]
        if not self.has_draft:
            return [(_cell(msg("annex.row.in_force")), _cells(in_force))]
        if in_force == with_draft:
            return [(_cell(msg("annex.row.both")), _cells(in_force))]
        return [
            (_cell(msg("annex.row.in_force")), _cells(in_force)),
            (_cell(msg("annex.row.with_draft")), _cells(with_draft)),
        ]

    def quotes(self, ids: Sequence[str]) -> None:
        """The text of the national provisions a requirement rests on, each quoted once in the annex."""
        framework = self.inputs.framework
        if framework is None:
            return
        by_id = {p.id: p for p in framework.provisions}
        for provision_id in ids:
            p = by_id.get(provision_id)
            if p is None or provision_id in self.quoted:
                continue
            self.quoted.add(provision_id)
            lines = lines_of(p.text, Filler(p.parameters, framework.parameters))
            printed = tuple(f"{line.label} {line.text}" if line.label else line.text for line in lines)
            name = name_of(self.names, provision_id)
            heading = msg("annex.quote_heading", title=p.title, provision=name.short, status=name.status)
            self.blocks.append(Quote(heading, printed))

    def annex_concordance(self) -> None:
        self.blocks.append(self.numbering.h1(msg("heading.annex_concordance"), annex="B"))
        self.blocks.append(
            _p(msg("annex.concordance_intro"), " ", msg("annex.concordance_unodc"), style=ParaStyle.NOTE)
        )
        rows: dict[tuple[int, str, str], tuple[Msg, list[CriterionResult]]] = {}
        order = {CitationKind.PUBLICATION: 0, CitationKind.INSTRUMENT: 1, CitationKind.CASE: 2}
        for c in _applicable(self.a):
            for citation in c.citations:
                if citation.kind not in order:
                    continue
                key = (order[citation.kind], citation.source, citation.pinpoint or "")
                rows.setdefault(key, (self.citation(citation, short=True), []))[1].append(c)
            pinpointed = {x.source for x in c.citations if x.kind is CitationKind.PUBLICATION}
            for point in c.guidance:
                if point not in pinpointed:  # a guidance point checked without a pinpoint: its chapter, once
                    rows.setdefault((0, point, ""), (self.guidance(point, short=True), []))[1].append(c)
        table_rows = []
        for key in sorted(rows, key=self._concordance_order):
            cited, criteria = rows[key]
            evidence = dict.fromkeys(p for c in criteria for p in c.evidence)
            provisions = grouped([name_of(self.names, p) for p in evidence])
            sections = tuple(
                dict.fromkeys(s for c in criteria for s in self.inputs.sections_by_criterion.get(c.id, ()))
            )
            outcomes = tuple(dict.fromkeys(_outcome(c.outcome) for c in criteria))
            table_rows.append(
                (
                    _cell(cited),
                    _cells(list(provisions)) if provisions else _cell(msg("annex.no_provision")),
                    _sections(sections),
                    _cell(msg("word.list", items=outcomes)),
                    _refs([c.id for c in criteria]),
                )
            )
        if not table_rows:
            self.blocks.append(_p(msg("annex.no_citations")))
            return
        self.blocks.append(
            Table(
                (
                    Column(msg("column.source"), 4.3),
                    Column(msg("column.national_law"), 4.1),
                    Column(msg("column.bill"), 2.2),
                    Column(msg("column.outcome"), 2.5),  # "parcialmente cumplido" without a broken word
                    Column(msg("column.reference"), 2.9, reference=True),
                ),
                tuple(table_rows),
            )
        )

    @staticmethod
    def _concordance_order(key: tuple[int, str, str]) -> tuple[object, ...]:
        """The publication by its paragraphs and chapters in their order ("para 58" before "para 238"); then each
        instrument by its articles in their order."""
        kind, source, pinpoint = key
        if kind == 0:
            point = guidance_points().get(source)
            pinpoint = pinpoint or (point.location if point is not None else source)
            source = ""
        parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", pinpoint) if p)
        return kind, source, parts

    def annex_observations(self) -> None:
        self.blocks.append(self.numbering.h1(msg("heading.annex_observations"), annex="C"))
        self.blocks.append(_p(msg("annex.observations_intro"), style=ParaStyle.NOTE))
        # One row per recommended action, with the findings it answers: the State responds to what it is asked
        # to do. (On the examples nearly every action answers one requirement, so this is seldom shorter.)
        actions: dict[Msg, list[CriterionResult]] = {}
        for c in self.gaps():
            actions.setdefault(self.action(c), []).append(c)
        rows = []
        for number, (action, answered) in enumerate(actions.items(), start=1):
            findings = list(dict.fromkeys(self.headline(c) for c in answered))
            rows.append((_cell(str(number)), _cells(findings), _cell(action), _cell(""), _cell(""), _cell("")))
        if rows:
            self.blocks.append(
                Table(
                    (
                        Column(msg("column.number"), 0.9),
                        Column(msg("column.finding"), 4.6),
                        Column(msg("column.recommendation"), 4.0),
                        Column(msg("column.response"), 2.3),
                        Column(msg("column.action_planned"), 2.1),
                        Column(msg("column.timeline"), 2.1),  # "Timeline", "Calendrier" on one line
                    ),
                    tuple(rows),
                )
            )
        self.blocks.append(self.numbering.h2(msg("heading.general_observations"), prefix="C"))
        self.blocks.append(FillLines(6))

    def glossary(self) -> None:
        self.blocks.append(self.numbering.h1(msg("heading.glossary"), annex="D"))
        terms = [t for t in _GLOSSARY if t != "draft" or self.has_draft]
        rows = tuple(
            (_cell(Run(msg(f"glossary.{term}.term"), bold=True)), _cell(msg(f"glossary.{term}"))) for term in terms
        )
        self.blocks.append(Table((Column(msg("column.term"), 4.4), Column(msg("column.meaning"), 11.6)), rows))

    # --------------------------------------------------------------- whole documents

    def report(self) -> Report:
        self.blocks.append(Contents(msg("heading.contents"), depth=2))
        self.executive_summary()
        self.methodology()
        for result in self.a.areas:
            self.area_chapter(result)
        self.annex_criteria()
        self.annex_concordance()
        self.annex_observations()
        self.glossary()
        return Report(
            cover=self.cover(),
            blocks=tuple(self.blocks),
            header=msg("report.header", state=self.state),
            footer=msg("report.footer", state=self.state),
            properties_title=msg("report.properties_title", state=self.state),
        )


_GLOSSARY = (
    "criterion",
    "binding",
    "recommended",
    "option",
    "in_force",
    "draft",
    "proposed",
    "model_provision",
    "technical_compliance",
    "functional_equivalence",
    "pinpoint",
    "aut_dedere",
    "dual_criminality",
    "mla",
    "preservation",
    "traffic_data",
    "subscriber",
    "service_provider",
    "iccpr",
    "unodc",
    "cted",
    "fatf",
)


def _better(after: Outcome, before: Outcome) -> bool:
    rank = {Outcome.NOT_MET: 0, Outcome.PARTLY_MET: 1, Outcome.MET: 2, Outcome.NOT_APPLICABLE: 3}
    return rank[after] > rank[before]


def _spaced_after(items: Sequence[Text]) -> list[Text]:
    """Sentences following another in the same paragraph, each after a space."""
    return [part for item in items for part in (" ", item)]


def _spaced(items: Sequence[Text]) -> list[Text]:
    out: list[Text] = []
    for index, item in enumerate(items):
        if index:
            out.append(" ")
        out.append(item)
    return out


def sections_by_criterion(bill: Bill) -> dict[str, list[str]]:
    """Criterion id -> numbers of the sections of the proposed bill that answer it."""
    out: dict[str, list[str]] = {}
    for section in bill.sections:
        # a final or repealing provision is numbered within its kind (``final_3``): cite it by its label
        number = str(section.number)
        cited = number if number[:1].isdigit() or "_" not in number else section.label.strip().rstrip(".")
        if not cited:
            continue
        for criterion in section.answers:
            out.setdefault(criterion, []).append(cited)
    return out


def compose_report(inputs: ReportInputs) -> Report:
    """The whole gap report as a tree."""
    return _Composer(inputs).report()


def check_tree(
    assessment: Assessment, framework: NationalFramework | None = None, *, fallback: FallbackNote | None = None
) -> Report:
    """What ``draftkit check`` prints (table or Markdown): ratings, then the criteria not fully met."""
    composer = _Composer(ReportInputs(assessment, framework))
    blocks: list[Block] = []
    s = assessment.framework
    if fallback is not None:
        blocks.extend(_p(line, style=ParaStyle.NOTE) for line in fallback.lines())
    blocks.append(
        _p(
            msg(
                "check.scope",
                date=s.as_of,
                count=len(_applicable(assessment)),
                packs=composer.pack_titles(composer.packs_applying() or list(assessment.packs)),
            ),
            *_spaced_after(composer.packs_note()),
        )
    )
    blocks.append(Heading(1, "", msg("heading.ratings")))
    blocks.append(composer.ratings_table())
    blocks.extend(_override_note(r) for r in assessment.areas if r.override_reason)
    gaps = composer.gaps()
    blocks.append(Heading(1, "", msg("check.gaps_heading" if composer.has_draft else "check.gaps_heading_in_force")))
    if not gaps:
        blocks.append(_p(msg("summary.no_gaps")))
    else:
        rows = []
        for c in gaps:
            rows.append(
                (
                    _cell(question(c)),
                    _cell(
                        msg("check.outcome_change", before=_outcome(c.in_force.outcome), after=_outcome(c.outcome))
                        if composer.has_draft
                        else _outcome(c.outcome)
                    ),
                    _cell(msg(f"priority.{priority(c)}")),
                    _cells(list(finding_messages(c, composer.names))),
                    _ref(c.id),
                )
            )
        blocks.append(
            Table(
                (
                    Column(msg("column.requirement"), 5.0),
                    Column(msg("column.outcome"), 2.4),
                    Column(msg("column.priority"), 2.0),
                    Column(msg("column.findings"), 5.0),
                    Column(msg("column.reference"), 2.4, reference=True),
                ),
                tuple(rows),
            )
        )
    blocks.append(_p(msg("method.rating_rule"), " ", *_spaced(rule_words(assessment)), style=ParaStyle.NOTE))
    return Report(
        cover=Cover(composer.state, msg("check.title", state=composer.state), "", (), ""),
        blocks=tuple(blocks),
        header="",
        footer="",
        properties_title=msg("check.title", state=composer.state),
    )


def progress_tree(
    before: Assessment,
    after: Assessment,
    framework: NationalFramework | None = None,
    *,
    fallback: FallbackNote | None = None,
) -> Report:
    """What ``draftkit diff`` prints: the progress section of the report, on its own.

    With the new round's ``framework`` the provisions that made the difference are named as a reader
    cites them; without it they are given by reference only.
    """
    composer = _Composer(ReportInputs(after, framework, previous=before))
    composer.progress()
    blocks: list[Block] = [_p(line, style=ParaStyle.NOTE) for line in (fallback.lines() if fallback else ())]
    blocks += [b for b in composer.blocks if not isinstance(b, Heading)]
    title = msg("diff.title", state=after.framework.name)
    return Report(
        cover=Cover(after.framework.name, title, "", (), ""),
        blocks=tuple(blocks),
        header="",
        footer="",
        properties_title=title,
    )
