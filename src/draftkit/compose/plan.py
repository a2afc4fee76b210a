"""The smallest change that cures each finding, decided by the rules engine itself.

For every criterion the assessment leaves open (mandatory and should-consider ones, and
optional ones only when the framework adopts options), the planner tries the changes its
remedies suggest on the law as the bill would leave it, and keeps only those the engine
shows are needed:

* **nothing** when the criterion is already met (by the law in force or by an earlier change);
* an **amendment** of the in-force provision that occupies the remedy's place (same kind of
  power, duty, offence, mechanism...), worded by a *fixer* when one change of words cures it
  (e.g. the Minister's warrant becomes a judge's, a life sentence gets a cap);
* a **replacement**: a new section in the bill and a repeal of the old one, when amending
  words would not cure it or would be unreadable;
* a **tracked replacement** of the State's own bill clause when that clause falls short
  (its text is struck through, the remedy inserted: never a second clause beside it);
* a **new** section only where nothing occupies the place.

Each candidate set is reduced by elimination: a change is dropped when the criterion
reaches the same outcome without it. Nothing the law in force meets is lost: a requirement it
meets (or partly meets) that the changes planned leave worse off, a repeal having taken away
what met it, is planned for as if it were open (options the State has not taken up excepted).
The law as it would stand with the proposed bill is kept as a framework (``Plan.proposed``) so
that the same engine can assess it: the third view.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import TypeAdapter

from draftkit.assess.engine import judge
from draftkit.assess.matcher import ViewMemo, build_context
from draftkit.assess.pack import default_packs
from draftkit.assess.result import Assessment, CriterionResult, Outcome, Strength
from draftkit.catalog import load_catalog
from draftkit.catalog.store import Catalog
from draftkit.compose.names import unit_numbers
from draftkit.compose.style import form_of, idiom_for, in_words
from draftkit.compose.style import parameter as parameter_value
from draftkit.compose.tree import Form
from draftkit.i18n import Messages, Msg, msg
from draftkit.models import (
    Authorisation,
    CooperationProvision,
    DualCriminality,
    InvestigativePowerProvision,
    NationalFramework,
    OffenceProvision,
    ProvisionBase,
    ProvisionStatus,
)
from draftkit.models.provisions import NationalProvision

__all__ = ["OPTIONS_PARAMETER", "Change", "ChangeKind", "Plan", "enact", "plan_bill", "relations_of"]

OPTIONS_PARAMETER = "adopt_options"
"""Framework parameter: ``all``, or catalog ids (comma-separated) of options the State adopts."""

_RANK = {Outcome.NOT_MET: 0, Outcome.PARTLY_MET: 1, Outcome.MET: 2, Outcome.NOT_APPLICABLE: 2}
_OPEN = (Outcome.NOT_MET, Outcome.PARTLY_MET)
_NATIONAL: TypeAdapter[Any] = TypeAdapter(NationalProvision)
_ALL = (ProvisionStatus.IN_FORCE, ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL)


class ChangeKind(StrEnum):
    NEW = "new"
    """A model provision enacted as a new section."""
    REPLACE_CLAUSE = "replace_clause"
    """The State's own bill clause replaced by the model provision (tracked)."""
    AMEND = "amend"
    """Words of an in-force provision amended (a fixer)."""
    REPEAL_AND_NEW = "repeal_and_new"
    """An in-force provision repealed and the model provision enacted in its place."""
    REPEAL = "repeal"
    """An in-force provision repealed because a section the bill already enacts takes its place."""


@dataclass
class Change:
    kind: ChangeKind
    model: str
    """Catalog id of the remedy the change enacts or follows."""
    target: str | None = None
    """The framework provision amended, repealed or replaced."""
    fix: Fix | None = None
    answers: list[str] = field(default_factory=list)

    def key(self) -> tuple[str, str, str | None]:
        return (self.kind.value, self.model, self.target)


@dataclass(frozen=True)
class WordChange:
    old: str
    new: str | Msg
    """The words put in: user text (a value of the framework) or a message, worded in the bill's language."""
    finding: Msg
    """What the change cures, worded in the bill's language when the bill is composed."""


@dataclass(frozen=True)
class Fix:
    """A word-level cure of one in-force provision: the changes of words, new subsections at its end,
    and its elements as amended."""

    words: tuple[WordChange, ...]
    elements: dict[str, Any]
    insert: tuple[Msg, ...] = ()
    """Subsections added at the end of the provision (messages, worded in the bill's language)."""
    insert_finding: tuple[Msg, ...] = ()


Fixer = Callable[[ProvisionBase, ProvisionBase, NationalFramework], Fix | None]
"""(in-force provision, model remedy, framework) -> a word-level cure, or None when none fits."""

FIXERS: list[Fixer] = []
"""Registry of word-level fixers, tried in order; register with :func:`fixer`."""


GENERAL_KINDS = frozenset({"definition", "jurisdiction", "cooperation", "evidence", "safeguard"})
"""Kinds whose in-force provisions usually apply to all offences or all requests: amended, never repealed
to make way for a model provision that applies only to terrorist offences."""


def fixer(function: Fixer) -> Fixer:
    FIXERS.append(function)
    return function


_AUTHORITY = re.compile(
    r"\b(the Minister(?: for [A-Z][\w ]+?| of [A-Z][\w ]+?)?|the Secretary of State|the Attorney[- ]General|"
    r"a (?:senior )?police officer(?: of or above the rank of [\w ]+?)?|the Commissioner of Police|"
    r"the administrative authority|"
    # French and Spanish law in force: the executive, the police or the prosecution authorising a power
    r"le ministre(?: de l'Intérieur| de la Justice| chargé de [\w' ]+?)?|le préfet|l'autorité administrative|"
    r"un officier de police judiciaire|le directeur général de la police nationale|"
    r"el Ministro(?: del Interior| de Gobierno| de Seguridad| de Justicia)?|la autoridad administrativa|"
    r"el Director(?: General)? de la Policía(?: Nacional)?|el jefe de policía|el Fiscal General|"
    r"el Ministerio Público|el fiscal a cargo de la investigación)(?=[ ,.;:])",
)

JUDGE_OF = re.compile(
    r"\b(?:a (?:judge|magistrate) of|un (?:juge|magistrat) (?:de la|de l'|du|des|de)|"
    r"un (?:juez|magistrado) (?:de la|del|de))\s?$"
)
"""The words before a court in model text (``a judge of {court}``): dropped when the value names a judge."""


@fixer
def judicial_authorisation(provision: ProvisionBase, model: ProvisionBase, framework: NationalFramework) -> Fix | None:
    """A power authorised by the executive or the agency itself: a judge authorises it instead."""
    if not isinstance(provision, InvestigativePowerProvision):
        return None
    if provision.elements.authorisation in (Authorisation.JUDICIAL, Authorisation.INDEPENDENT):
        return None
    text = " ".join(piece for sub in provision.text for piece in sub.strings())
    found = sorted({m.group(1) for m in _AUTHORITY.finditer(text)}, key=len, reverse=True)
    found = [f for f in found if f[0].islower() or f.startswith("The ")] or found
    if not found:
        found = sorted({m.group(1) for m in _AUTHORITY.finditer(text.lower())}, key=len, reverse=True)
    if not found:
        return None
    given = parameter_value(framework, "competent_court", framework.language)
    judge: str | Msg = (
        given
        if given and judge_of(given) == given
        else msg("bill.fix.judge_of", court=given or msg("bill.fix.default_court"))
    )
    words = tuple(WordChange(old, judge, msg("bill.finding.not_independent", authority=old)) for old in found)
    elements = provision.elements.model_dump()
    elements["authorisation"] = Authorisation.JUDICIAL.value
    insert: tuple[Msg, ...] = ()
    if provision.elements.max_duration_days is None:
        days = _max_days(provision.elements.power.value, framework)
        if days is not None:
            elements["max_duration_days"] = days
            elements["renewable"] = True
            renew = judge[:1].lower() + judge[1:] if isinstance(judge, str) else judge
            insert = (msg("bill.fix.duration", days=str(days), judge=renew),)
    finding = (msg("bill.finding.no_duration"),) if insert else ()
    persons = _persons_clause(provision, elements)
    return Fix(words, elements, insert + persons[0], finding + persons[1])


COVERT_POWERS = frozenset({"interception", "realtime_traffic", "remote_access", "covert_online"})
"""Secret surveillance: the law must say whom the power may reach (Weber and Saravia; Zakharov)."""


def _persons_clause(
    provision: InvestigativePowerProvision, elements: dict[str, Any]
) -> tuple[tuple[Msg, ...], tuple[Msg, ...]]:
    """A covert power whose law does not say whom it may reach: the subsection that says so, and its finding
    (``elements`` records it). Nothing for any other power."""
    if provision.elements.power.value not in COVERT_POWERS or provision.elements.persons_covered is not None:
        return (), ()
    elements["persons_covered"] = (
        "the suspect, and persons who pass on communications for the suspect or whose account or device the "
        "suspect uses, named in the authorisation"
    )
    return (msg("bill.fix.persons_covered"),), (msg("bill.finding.persons_covered"),)


@fixer
def covert_persons(provision: ProvisionBase, model: ProvisionBase, framework: NationalFramework) -> Fix | None:
    """A covert power authorised at the right level whose law does not say whom it may reach: a subsection
    that says so (a power authorised by the executive gets it with its judge, in ``judicial_authorisation``)."""
    if not isinstance(provision, InvestigativePowerProvision):
        return None
    if provision.elements.authorisation not in (Authorisation.JUDICIAL, Authorisation.INDEPENDENT):
        return None
    elements = provision.elements.model_dump()
    insert, finding = _persons_clause(provision, elements)
    return Fix((), elements, insert, finding) if insert else None


def _max_days(power: str, framework: NationalFramework) -> int | None:
    """The maximum period of a model power of this kind: the framework's value, else the catalog default."""

    for model in load_catalog().by_kind("investigative_power"):
        if not isinstance(model, InvestigativePowerProvision) or model.elements.power.value != power:
            continue
        for name, parameter in model.parameters.items():
            if name.endswith("_max_days"):
                value = framework.parameters.get(name, str(parameter.default))
                return int(value) if value.isdigit() else None
        return model.elements.max_duration_days
    return None


_LIFE = re.compile(
    r"imprisonment for life|life imprisonment|réclusion criminelle à perpétuité|emprisonnement à perpétuité|"
    r"(?:pena de )?prisión perpetua(?: revisable)?|presidio perpetuo|cadena perpetua"
)


@fixer
def cap_penalty(provision: ProvisionBase, model: ProvisionBase, framework: NationalFramework) -> Fix | None:
    """A life sentence for a speech or preparatory offence: capped at the model's maximum."""
    if not isinstance(provision, OffenceProvision) or not isinstance(model, OffenceProvision):
        return None
    if not provision.elements.penalty.life or model.elements.penalty.max_years is None:
        return None
    text = " ".join(piece for sub in provision.text for piece in sub.strings())
    life = _LIFE.search(text)
    if not life:
        return None
    years = model.elements.penalty.max_years
    words = (
        WordChange(
            life.group(0),
            msg("bill.fix.capped_sentence", years=in_words(str(years), framework.language)),
            msg("bill.finding.life_sentence"),
        ),
    )
    elements = provision.elements.model_dump()
    elements["penalty"] = {**elements["penalty"], "life": False, "max_years": years}
    return Fix(words, elements)


_COOPERATION_CLAUSES: tuple[tuple[str, Any], ...] = (
    ("dual_criminality", DualCriminality.CONDUCT_BASED.value),
    ("political_offence_excluded", True),
    ("human_rights_refusal", True),
    ("speciality", True),
    ("ne_bis_in_idem", True),
)
"""Element, value it takes once cured; the clause is the message ``bill.fix.<element>``, the finding
``bill.finding.<element>`` (``political_offence_excluded`` uses ``political_offence``)."""


@fixer
def cooperation_safeguards(provision: ProvisionBase, model: ProvisionBase, framework: NationalFramework) -> Fix | None:
    """An extradition or assistance rule that lacks a safeguard the instruments require: the safeguard is added."""
    if not isinstance(provision, CooperationProvision):
        return None
    elements = provision.elements.model_dump()
    texts: list[Msg] = []
    findings: list[Msg] = []
    for name, value in _COOPERATION_CLAUSES:
        current = elements.get(name)
        if name == "dual_criminality":
            if current != DualCriminality.STRICT.value:
                continue
        elif current:
            continue
        elements[name] = value
        key = name.removesuffix("_excluded")
        texts.append(msg(f"bill.fix.{key}"))
        findings.append(msg(f"bill.finding.{key}"))
    if not texts:
        return None
    return Fix((), elements, tuple(texts), tuple(findings))


def worded(value: str | Msg, words: Messages | None = None) -> str:
    """A fixer's words (user text, or a message worded in ``words``, English by default)."""
    if isinstance(value, str):
        return value
    law = words if words is not None else Messages()
    return idiom_for(law.language).contract(law.text(value))


_NAMES_A_JUDGE = ("judge", "magistrate", "justice", "juge", "magistrat", "juez", "jueza", "magistrado")


def judge_of(court: str, words: Messages | None = None) -> str:
    """``a judge of the High Court``; a value that already names a judge is used as it is.

    ``words``: the messages of the law's language (``un juge du tribunal judiciaire``); English by default.
    """
    head = re.split(r" of | de | du | del ", court, maxsplit=1)[0].lower()
    if any(word in head for word in _NAMES_A_JUDGE):
        return court
    law = words if words is not None else Messages()
    text = law.text(msg("bill.fix.judge_of", court=court))
    return idiom_for(law.language).contract(text)


# ----------------------------------------------------------------------------- slots


def _elements(provision: ProvisionBase) -> Any:
    return getattr(provision, "elements", None)


def slot_overlap(model: ProvisionBase, provision: ProvisionBase) -> int:
    """How far ``provision`` occupies the place ``model`` would fill (0: not at all)."""
    if model.kind != provision.kind:
        return 0
    a, b = _elements(model), _elements(provision)
    match model.kind:
        case "definition":
            return int(a.term.lower() == b.term.lower() or (a.concept == b.concept and a.concept.value != "other"))
        case "offence":
            return len(set(a.conduct) & set(b.conduct))
        case "investigative_power":
            return int(a.power == b.power)
        case "service_provider":
            return int(a.duty == b.duty)
        case "jurisdiction":
            return len(set(a.bases) & set(b.bases)) + int(a.coordination and b.coordination)
        case "cooperation":
            return len(set(a.mechanisms) & set(b.mechanisms))
        case "evidence":
            return len(set(a.topics) & set(b.topics))
        case "safeguard":
            return len(set(a.safeguards) & set(b.safeguards))
    return 0


def covers(replacement: ProvisionBase, target: ProvisionBase) -> bool:
    """The replacement reaches everything the target does, so repealing the target loses nothing."""
    if replacement.kind != target.kind:
        return False
    a, b = _elements(replacement), _elements(target)
    match target.kind:
        case "offence":  # and the replacement is about the same conduct, not a narrower offence that mentions it
            return set(b.conduct) <= set(a.conduct) and a.conduct[0] in b.conduct
        case "jurisdiction":
            return set(b.bases) <= set(a.bases)
        case "cooperation":
            return set(b.mechanisms) <= set(a.mechanisms)
        case "evidence":
            return set(b.topics) <= set(a.topics)
    return slot_overlap(replacement, target) > 0


# ----------------------------------------------------------------------------- units of the law in force

_WHOLE = re.compile(r"^[^\s(]+")
"""The number of the unit a subdivision belongs to: ``51`` of ``51(2)``, ``60-2`` of ``60-2 al 1``."""


def _whole(unit: str) -> str:
    found = _WHOLE.match(unit)
    return found.group() if found else unit


def _collide(one: str, other: str) -> bool:
    """Whether repealing or rewriting one unit touches the other: the same unit, or a unit and one of its
    subdivisions (``51`` and ``51(2)``); two subdivisions of one unit (``51(1)``, ``51(2)``) do not."""
    return one == other or one == _whole(other) or other == _whole(one)


def sharing_a_unit(framework: NationalFramework) -> frozenset[str]:
    """Ids of the in-force provisions recorded at a unit of an Act that another in-force provision is recorded
    at too. The law is repealed and rewritten by unit: repealing such a provision's section, or putting a new
    text in its article's place, would take the other provision away as well, so the bill adds its section
    beside it (or amends its words) instead. A range names several sections in common-law numbering only
    (``44-46``; ``230-1`` is one article)."""
    ranges = form_of(framework) is Form.COMMON_LAW
    by_unit: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (Act, whole unit) -> (unit, provision id)
    for provision in framework.provisions:
        if provision.status is ProvisionStatus.IN_FORCE:
            for unit in unit_numbers(provision.source.section, ranges=ranges):
                by_unit.setdefault((provision.source.act, _whole(unit)), []).append((unit, provision.id))
    shared: set[str] = set()
    for holders in by_unit.values():
        for index, (unit, holder) in enumerate(holders):
            for other_unit, other in holders[index + 1 :]:
                if holder != other and _collide(unit, other_unit):
                    shared |= {holder, other}
    return frozenset(shared)


# ----------------------------------------------------------------------------- the plan


@dataclass
class Plan:
    changes: list[Change]
    proposed: NationalFramework
    """The law as it would stand with the proposed bill enacted (bill provisions marked ``bill``)."""
    unresolved: list[str]
    """Open criteria no remedy could improve (explained in the report)."""
    bill_ids: dict[str, str]
    """Catalog id -> id of the provision it became in ``proposed``."""

    def of_kind(self, *kinds: ChangeKind) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]


def adopted_options(framework: NationalFramework) -> set[str] | None:
    """None: every option adopted (``all``); else the adopted catalog ids."""
    value = framework.parameters.get(OPTIONS_PARAMETER, "").strip()
    if value.lower() == "all":
        return None
    return {item.strip() for item in value.split(",") if item.strip()}


def _wanted(criterion: CriterionResult, adopted: set[str] | None) -> bool:
    if criterion.outcome not in _OPEN and criterion.in_force.outcome not in _OPEN:
        return False
    if criterion.strength is not Strength.OPTIONAL:
        return True
    return adopted is None or any(remedy in adopted for remedy in criterion.remedies)


def _broken(criterion: CriterionResult, engine: _Engine, current: NationalFramework) -> bool:
    """The changes planned so far leave a requirement the law in force meets (or partly meets) worse off (a
    repeal took away what met it): the plan must put it right, as for a criterion open from the start. An
    option the State has not taken up is not one: the plan never adopts an option for it."""
    if criterion.strength is Strength.OPTIONAL or criterion.in_force.outcome not in (Outcome.MET, Outcome.PARTLY_MET):
        return False
    return engine.score(criterion.id, current)[0] < _RANK[criterion.in_force.outcome]


def national(model: ProvisionBase, new_id: str, act: str, section: str, **extra: Any) -> Any:
    """A catalog provision as a provision of the framework (status bill)."""
    data = model.model_dump(mode="json", exclude_none=True)
    data.pop("variants", None)
    data.update(id=new_id, source={"act": act, "section": section}, status=ProvisionStatus.BILL.value, **extra)
    return _NATIONAL.validate_python(data)


class _Engine:
    def __init__(self, packs: Sequence[Any]) -> None:

        self._judge = judge
        self._memo = ViewMemo()
        self._contexts: dict[int, tuple[NationalFramework, Any]] = {}
        self._scores: dict[tuple[str, int], tuple[int, int, int]] = {}
        self.criteria = {c.id: c for pack in packs for c in pack.criteria}

    def _context(self, framework: NationalFramework, statuses: Sequence[ProvisionStatus]) -> Any:
        # the law as the plan stands is weighed for criterion after criterion: its view is built once;
        # the trial frameworks share their provision objects, whose views are built once too
        known = self._contexts.get(id(framework))
        if known is not None and known[0] is framework:
            return known[1]
        context = build_context(framework, statuses, memo=self._memo)
        self._contexts[id(framework)] = (framework, context)
        return context

    def knows(self, criterion_id: str) -> bool:
        return criterion_id in self.criteria

    def remedies(self, criterion_id: str) -> list[str]:
        """The model provisions the pack names for a criterion (an assessment lists them for open ones only)."""
        compiled = self.criteria.get(criterion_id)
        return list(compiled.spec.remedies) if compiled is not None else []

    def score(self, criterion_id: str, framework: NationalFramework) -> tuple[int, int, int]:
        """Higher is better: the outcome, then fewer shortfalls, then no risk to rights."""
        compiled = self.criteria.get(criterion_id)
        if compiled is None:
            return (_RANK[Outcome.NOT_APPLICABLE], 0, 0)
        key = (criterion_id, id(framework))
        if key in self._scores and self._contexts[id(framework)][0] is framework:
            return self._scores[key]
        judgement = self._judge(compiled, self._context(framework, _ALL))
        findings = len(getattr(judgement, "findings", ()) or ())
        self._scores[key] = score = (_RANK[judgement.outcome], -findings, 0 if judgement.human_rights_risk else 1)
        return score

    def outcome(self, criterion_id: str, framework: NationalFramework) -> Outcome:
        compiled = self.criteria.get(criterion_id)
        if compiled is None:
            return Outcome.NOT_APPLICABLE
        outcome: Outcome = self._judge(compiled, self._context(framework, _ALL)).outcome
        return outcome


class _Builder:
    """Applies changes to a copy of the framework's provisions."""

    def __init__(self, framework: NationalFramework, catalog: Catalog, act: str) -> None:
        self.framework = framework
        self.catalog = catalog
        self.act = act
        self._made: dict[str, Any] = {}
        self._amended: dict[tuple[str, str, str | None], Any] = {}
        self._applied: dict[tuple[tuple[str, str, str | None], ...], NationalFramework] = {}

    def made(self, model_id: str) -> Any:
        if model_id not in self._made:
            self._made[model_id] = national(self.catalog.get(model_id), f"proposed.{model_id}", self.act, model_id)
        return self._made[model_id]

    def amended(self, old: Any, change: Change) -> Any:
        key = change.key()
        if key not in self._amended:
            assert change.fix is not None
            elements = type(old.elements).model_validate(change.fix.elements)
            self._amended[key] = old.model_copy(update={"elements": elements})
        return self._amended[key]

    def apply(self, changes: Sequence[Change]) -> NationalFramework:
        """The law as the planner weighs it: what the changes take out is out (the engine's view of the
        law with the bill enacted, without the relations that say so; :func:`enact` keeps them).

        What it makes depends only on the changes' keys (a change's fix is the first one seen for its
        key), so the same changes give the same framework object: the planner weighs it once."""
        keys = tuple(change.key() for change in changes)
        known = self._applied.get(keys)
        if known is None:
            known = self._applied[keys] = self._apply(changes)
        return known

    def _apply(self, changes: Sequence[Change]) -> NationalFramework:
        provisions: list[Any] = list(self.framework.provisions)
        by_id = {p.id: i for i, p in enumerate(provisions)}
        removed: set[str] = set()
        added: list[Any] = []
        for change in changes:
            if change.kind is ChangeKind.AMEND and change.target is not None and change.fix is not None:
                provisions[by_id[change.target]] = self.amended(provisions[by_id[change.target]], change)
                continue
            if change.target is not None:
                removed.add(change.target)
                if change.kind is ChangeKind.REPLACE_CLAUSE:
                    # what the State's clause did to the law in force, the clause put in its place does
                    removed.update(relations_of(provisions[by_id[change.target]]))
            if change.kind is not ChangeKind.REPEAL:
                added.append(self.made(change.model))
        kept = [p for p in provisions if p.id not in removed]
        seen = {p.id for p in kept}
        kept += [p for p in added if p.id not in seen and not seen.add(p.id)]  # type: ignore[func-returns-value]
        return self.framework.model_copy(update={"provisions": kept})


def relations_of(provision: Any) -> list[str]:
    """The in-force provisions a bill clause replaces, repeals or amends."""
    return [*provision.replaces, *provision.repeals, *provision.amends]


_ID = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)+")


def implicated(criterion: CriterionResult, framework: NationalFramework) -> list[str]:
    """Ids of the framework provisions a criterion finds wanting (structured findings, else its reasoning)."""
    ids = {p.id for p in framework.provisions}
    found: list[str] = []
    for view in (criterion, criterion.in_force):
        for finding in getattr(view, "shortfalls", None) or []:
            provision = getattr(finding, "provision", None)
            if provision in ids and provision not in found:
                found.append(provision)
    if not found:
        for text in (criterion.reasoning, criterion.in_force.reasoning):
            for match in _ID.finditer(text):
                if match.group(0) in ids and match.group(0) not in found:
                    found.append(match.group(0))
    return found


def wanting_only(criterion: CriterionResult) -> frozenset[str]:
    """Provisions a criterion finds wanting, never those it cites as evidence: its structured shortfalls,
    else the ids its reasoning names after "Missing:"."""
    found = {
        s.provision
        for view in (criterion, criterion.in_force)
        for s in getattr(view, "shortfalls", None) or []
        if s.provision
    }
    if not found:
        for text in (criterion.reasoning, criterion.in_force.reasoning):
            _, _, missing = text.partition("Missing:")
            found |= {m.group(0) for m in _ID.finditer(missing)}
    return frozenset(found)


def at_risk(criterion: CriterionResult) -> frozenset[str]:
    """Provisions a criterion names as the risk to rights (structured shortfalls, else its reasoning)."""
    found = {
        s.provision
        for view in (criterion, criterion.in_force)
        for s in getattr(view, "shortfalls", None) or []
        if s.provision and str(getattr(s.code, "value", s.code)) == "rights_risk"
    }
    if not found:
        for text in (criterion.reasoning, criterion.in_force.reasoning):
            match = re.search(r"Risk to rights in: ([^.]+)\.", text)
            if match:
                found |= {part.strip() for part in match.group(1).split(",")}
    return frozenset(p for p in found if p)


def _repairs(
    remedy: ProvisionBase,
    targets: list[Any],
    framework: NationalFramework,
    used: set[str],
    catalog: Catalog,
    *,
    rights: frozenset[str] = frozenset(),
    shared: frozenset[str] = frozenset(),
) -> list[list[Change]]:
    """For in-force provisions a criterion finds wanting: word fixes, else a repeal (the remedy takes their place);
    never the repeal of a unit another provision in force shares (``shared``, see :func:`sharing_a_unit`)."""
    out: list[list[Change]] = []
    for target in targets:
        alternatives: list[Change] = []
        for fix in FIXERS:
            cure = fix(target, remedy, framework)
            if cure is not None:
                alternatives.append(Change(ChangeKind.AMEND, remedy.id, target.id, cure))
        if target.kind in GENERAL_KINDS or target.id in shared:
            # A general rule of the law in force (all offences, all requests) is not repealed for a special one,
            # nor a section that holds other law in force too: they are amended by words, or left.
            if alternatives:
                out.append(alternatives)
            continue
        replacement: ProvisionBase | None = remedy if target.kind == remedy.kind else None
        if replacement is None:
            scored = [(slot_overlap(m, target), m) for m in catalog.by_kind(target.kind)]
            scored = [(score, m) for score, m in scored if score > 0]
            replacement = max(scored, key=lambda item: item[0])[1] if scored else None
        # A provision that is itself a risk to rights may go even where the remedy reaches less:
        # what it reaches beyond the remedy is what must not be criminalised or done.
        if replacement is not None and (covers(replacement, target) or target.id in rights):
            kind = ChangeKind.REPEAL if replacement.id in used else ChangeKind.REPEAL_AND_NEW
            alternatives.append(Change(kind, replacement.id, target.id))
        if alternatives:
            out.append(alternatives)
    return out


def _candidates(
    remedy: ProvisionBase,
    framework: NationalFramework,
    applied: list[Change],
    removed: set[str],
    shared: frozenset[str] = frozenset(),
) -> list[Change]:
    """The ways of putting ``remedy`` into the law, best first: an in-force provision in its place is amended or
    repealed (unless its unit holds other law in force too, ``shared``), else the remedy is enacted beside it."""
    occupants = [
        (slot_overlap(remedy, p), p)
        for p in framework.provisions
        if p.id not in removed and not p.id.startswith("proposed.")
    ]
    occupants = [(score, p) for score, p in occupants if score > 0]
    occupants.sort(key=lambda item: -item[0])
    own = [p for _, p in occupants if p.status is not ProvisionStatus.IN_FORCE]
    if own:
        return [Change(ChangeKind.REPLACE_CLAUSE, remedy.id, own[0].id)]
    in_force = [p for _, p in occupants if p.status is ProvisionStatus.IN_FORCE]
    in_force = [p for p in in_force if covers(remedy, p) and p.kind not in GENERAL_KINDS]
    if in_force and remedy.kind not in {"definition", "safeguard"}:
        target = in_force[0]
        out: list[Change] = []
        for fix in FIXERS:
            cure = fix(target, remedy, framework)
            if cure is not None:
                out.append(Change(ChangeKind.AMEND, remedy.id, target.id, cure))
        out.append(
            Change(ChangeKind.NEW, remedy.id)
            if target.id in shared
            else Change(ChangeKind.REPEAL_AND_NEW, remedy.id, target.id)
        )
        return out
    return [Change(ChangeKind.NEW, remedy.id)]


def enact(
    framework: NationalFramework, catalog: Catalog, changes: Sequence[Change], act: str, definitions: Sequence[str] = ()
) -> NationalFramework:
    """The law as it would stand with the bill enacted, as the engine reads a bill: the framework with
    the bill's provisions added (status ``bill``), each carrying what it does to the law in force.

    A section enacted in place of an in-force provision ``replaces`` it (a section the bill already
    enacts, when it takes another one's place, too); an amendment is a provision of the bill that
    ``amends`` the in-force one (its elements as amended); a State's own clause the bill rewrites
    is out, and the clause put in its place does what it did (``replaces``, ``repeals``, ``amends``).
    The in-force provisions stay, so that the with-draft view of this framework is the law with the
    bill enacted and its in-force view the law in force. References between the bill's own
    provisions point to their new ids, and catalog ids it does not enact go.
    """
    builder = _Builder(framework, catalog, act)
    provisions: list[Any] = list(framework.provisions)
    by_id = {p.id: p for p in provisions}
    rewritten: set[str] = set()
    relations: dict[str, dict[str, list[str]]] = {}
    made: dict[str, Any] = {}
    amended: dict[str, Any] = {}

    def relate(model: str, relation: str, targets: Sequence[str]) -> None:
        listed = relations.setdefault(model, {}).setdefault(relation, [])
        listed.extend(t for t in targets if t not in listed)

    for change in [*changes, *(Change(ChangeKind.NEW, d) for d in definitions if d in catalog)]:
        if change.kind is ChangeKind.AMEND:
            if change.target is not None and change.fix is not None:
                amended[change.target] = builder.amended(amended.get(change.target, by_id[change.target]), change)
            continue
        if change.model not in made:
            made[change.model] = builder.made(change.model)
        if change.target is None:
            continue
        if change.kind is ChangeKind.REPLACE_CLAUSE:
            rewritten.add(change.target)
            clause = by_id[change.target]
            for relation in ("replaces", "repeals", "amends"):
                relate(change.model, relation, getattr(clause, relation))
        else:  # REPEAL_AND_NEW, REPEAL: the section enacted takes the in-force provision's place
            relate(change.model, "replaces", [change.target])
    replaced = {t for r in relations.values() for t in r.get("replaces", [])}
    out = [p for p in provisions if p.id not in rewritten]
    for target, provision in amended.items():
        if target in replaced:  # replaced by a section of the bill: the amendment falls with it
            continue
        out.append(
            provision.model_copy(
                update={
                    "id": f"proposed.amends.{target}",
                    "status": ProvisionStatus.BILL,
                    "source": provision.source.model_copy(update={"act": act}),
                    "amends": [target],
                    "replaces": [],
                    "repeals": [],
                }
            )
        )
    enacted = {p.id for p in made.values()}
    for model, provision in made.items():
        update: dict[str, Any] = {"related": [f"proposed.{r}" for r in provision.related if f"proposed.{r}" in enacted]}
        for relation, targets in relations.get(model, {}).items():
            update[relation] = [t for t in targets if t in by_id and t not in rewritten]
        out.append(provision.model_copy(update=update))
    return framework.model_copy(update={"provisions": out})


def _emerging(assessment: Assessment, engine: _Engine, law: NationalFramework) -> list[CriterionResult]:
    """Criteria that did not apply to the law in force but are open in ``law`` (the law as the bill would
    leave it), as open criteria with the remedies of their pack."""
    out: list[CriterionResult] = []
    for criterion in assessment.criteria:
        if criterion.outcome is not Outcome.NOT_APPLICABLE or criterion.strength is Strength.OPTIONAL:
            continue
        if not engine.knows(criterion.id) or engine.outcome(criterion.id, law) not in _OPEN:
            continue
        remedies = list(engine.criteria[criterion.id].spec.remedies)
        out.append(criterion.model_copy(update={"outcome": Outcome.NOT_MET, "remedies": remedies}))
    return out


def plan_bill(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog,
    *,
    act: str,
    packs: Sequence[Any] | None = None,
) -> Plan:
    """Decide every change the bill makes; see the module docstring."""
    if packs is None:
        packs = default_packs()
    engine = _Engine(packs)
    builder = _Builder(framework, catalog, act)
    adopted = adopted_options(framework)
    shared = sharing_a_unit(framework)
    applied: list[Change] = []
    unresolved: list[str] = []
    current = framework
    seen_unknown: list[CriterionResult] = []
    queue = [*assessment.criteria, *assessment.criteria]  # twice: later changes may undo earlier gains
    emerged = False
    index = 0
    while index < len(queue) or not emerged:
        if index == len(queue):
            # what the bill enacts may bring a requirement into play that did not apply to the law in
            # force (cooperation law brings the test of dual criminality): plan for those too, once
            emerged = True
            queue += _emerging(assessment, engine, current)
            continue
        criterion = queue[index]
        index += 1
        known = engine.knows(criterion.id)
        if not _wanted(criterion, adopted) and not (known and _broken(criterion, engine, current)):
            continue
        if not known and criterion in seen_unknown:
            continue
        base = engine.score(criterion.id, current) if known else (_RANK[criterion.outcome], 0, 0)
        if base[0] >= 2:
            continue
        remedies = [r for r in criterion.remedies or engine.remedies(criterion.id) if r in catalog]
        removed = {c.target for c in applied if c.target and c.kind is not ChangeKind.AMEND}
        used = {c.model for c in applied if c.kind is not ChangeKind.AMEND}
        amended = {c.target for c in applied if c.kind is ChangeKind.AMEND}
        found_wanting = set(implicated(criterion, current))
        wanting = [
            p
            for p in framework.provisions
            if p.id in found_wanting and p.id not in removed and p.status is ProvisionStatus.IN_FORCE
        ]
        options: list[list[Change]] = []
        seen_repairs: set[tuple[str, str, str | None]] = set()
        # The State's own clauses the criterion finds wanting are rewritten by a remedy of their kind,
        # even where the remedy fills another place (a glorification clause rewritten as the incitement
        # offence): the clause falls short, and a second clause beside it would leave it standing.
        rewriting = {c.model for c in applied if c.kind is ChangeKind.REPLACE_CLAUSE}
        risky = at_risk(criterion)
        found_short = wanting_only(criterion)
        own_wanting = [
            p
            for p in framework.provisions
            if p.status is not ProvisionStatus.IN_FORCE and p.id not in removed and p.id in found_short
        ]
        for target in sorted(own_wanting, key=lambda p: p.id not in risky):  # a risk to rights first
            remedy_of_kind = next(
                (r for r in remedies if catalog.get(r).kind == target.kind and r not in rewriting), None
            )
            if remedy_of_kind is None:  # a safeguard missing from a power: the model power of its kind
                fits = [(slot_overlap(m, target), m.id) for m in catalog.by_kind(target.kind) if m.id not in rewriting]
                fits = [fit for fit in fits if fit[0] > 0]
                remedy_of_kind = max(fits, key=lambda fit: fit[0])[1] if fits else None
            if remedy_of_kind is not None:
                options.append([Change(ChangeKind.REPLACE_CLAUSE, remedy_of_kind, target.id)])
                rewriting.add(remedy_of_kind)
        for remedy_id in remedies:
            remedy = catalog.get(remedy_id)
            for found in _repairs(remedy, wanting, framework, used, catalog, rights=at_risk(criterion), shared=shared):
                repair = found[1:] if found[0].kind is ChangeKind.AMEND and found[0].target in amended else found
                if not repair or repair[-1].key() in seen_repairs:
                    continue
                seen_repairs.add(repair[-1].key())
                options.append(repair)
            if remedy_id in used:
                continue
            options.append(_candidates(remedy, framework, applied, removed, shared))
        if not options:
            if criterion.id not in unresolved:
                unresolved.append(criterion.id)
            continue
        chosen = [alternatives[-1] for alternatives in options]
        if not known:
            # A criterion of a pack the planner cannot run: trust the assessment, enact every remedy.
            seen_unknown.append(criterion)
            for change in chosen:
                change.answers.append(criterion.id)
                if not any(c.key() == change.key() for c in applied):
                    applied.append(change)
            current = builder.apply(applied)
            continue
        best = engine.score(criterion.id, builder.apply([*applied, *chosen]))
        if best <= base:
            if criterion.id not in unresolved:
                unresolved.append(criterion.id)
            continue
        # Prefer a word-level amendment where it does as well.
        for index, alternatives in enumerate(options):
            for alternative in alternatives[:-1]:
                trial = [*chosen[:index], alternative, *chosen[index + 1 :]]
                if engine.score(criterion.id, builder.apply([*applied, *trial])) >= best:
                    chosen = trial
                    break
        # Drop every change the criterion does not need.
        for change in list(chosen):
            without = [c for c in chosen if c is not change]
            if engine.score(criterion.id, builder.apply([*applied, *without])) >= best:
                chosen = without
        for change in chosen:
            change.answers.append(criterion.id)
        repealed = {c.target for c in chosen if c.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)}
        applied = [c for c in applied if not (c.kind is ChangeKind.AMEND and c.target in repealed)]
        for change in chosen:
            if not any(c.key() == change.key() for c in applied):
                applied.append(change)
        current = builder.apply(applied)
        if best[0] < 2 and criterion.id not in unresolved:
            unresolved.append(criterion.id)
    # A change may answer later criteria as well: record every open criterion it helps.
    for change in applied:
        for criterion in assessment.criteria:
            if (
                criterion.id not in change.answers
                and change.model in criterion.remedies
                and _wanted(criterion, adopted)
            ):
                change.answers.append(criterion.id)
    return Plan(
        changes=applied,
        proposed=current,
        unresolved=unresolved,
        bill_ids={c.model: f"proposed.{c.model}" for c in applied if c.kind is not ChangeKind.AMEND},
    )
