"""Compiled tests and how they are evaluated against one view of a national framework.

Everything here is plain data plus a few methods: no parsing, no ``eval``. The
objects are built once per pack by :mod:`draftkit.assess.compile`; evaluating a
criterion is then a walk over the provisions of a view. Each test returns which
provisions made it succeed (the evidence) and, when it fails, findings that say
why as data (provision, element, value found, value required, code) -- e.g.
which investigative powers lack which safeguard.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from draftkit.assess.conditions import (
    Both,
    Condition,
    ElementsMatch,
    Equals,
    Finding,
    FindingCode,
    Nested,
    Never,
    plain,
    shown,
)
from draftkit.assess.dates import state_bound
from draftkit.assess.derived import ANCHORS, Drawn, Surroundings, derive, reads_surroundings
from draftkit.assess.language import Builtin
from draftkit.models import (
    DefinitionProvision,
    NationalFramework,
    ProvisionBase,
    ProvisionKind,
    ProvisionStatus,
    SafeguardProvision,
)
from draftkit.reference import instruments
from draftkit.validate.references import UnresolvedReason, unresolved_references

__all__ = [
    "AllOf",
    "AnyOf",
    "Both",
    "BuiltinCheck",
    "Check",
    "Condition",
    "Context",
    "Count",
    "ElementsMatch",
    "Equals",
    "Every",
    "Exists",
    "Finding",
    "Nested",
    "Never",
    "NoneOf",
    "PartyTo",
    "Pattern",
    "TestResult",
    "ViewProvision",
    "build_context",
    "cap_notes",
    "plain",
    "prose",
    "shown",
]

_MAX_NOTES = 6


# ----------------------------------------------------------------------------- provisions in a view


@dataclass(frozen=True)
class ViewProvision:
    """A national provision as the matcher sees it in one view.

    ``virtual`` holds element values that override or add to the provision's own: derived
    elements (``all_safeguards`` of a power...) and, for one conduct of an offence with
    several, that conduct with its own fault set and penalty. ``support`` names, per derived
    element, the other provisions its value was drawn from, so they count as evidence too.
    """

    provision: ProvisionBase
    index: int
    virtual: dict[str, Any] = field(default_factory=dict)
    support: dict[str, tuple[Drawn, ...]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.provision.id

    def element(self, name: str) -> Any:
        if name in self.virtual:
            return self.virtual[name]
        return getattr(getattr(self.provision, "elements", None), name, None)

    def attribute(self, name: str) -> Any:
        return getattr(self.provision, name, None)


@dataclass(frozen=True)
class Context:
    """The provisions counted in one view, in framework order, also grouped by kind.

    Most patterns name a kind; a test walks only the provisions of that kind, so checking a
    framework costs criteria x provisions of the kinds they ask about, not x all provisions.
    ``removed`` names the provisions of the framework that are out of this view because a
    provision of the view repeals or replaces them (id -> the provision that does).
    """

    framework: NationalFramework
    provisions: tuple[ViewProvision, ...]
    removed: dict[str, str] = field(default_factory=dict)
    statuses: tuple[ProvisionStatus, ...] = (ProvisionStatus.IN_FORCE,)
    amended: dict[str, str] = field(default_factory=dict)
    """In-force provisions read as amended by a draft of the view: id -> the amending provision."""
    by_kind: dict[str, tuple[ViewProvision, ...]] = field(init=False, repr=False, compare=False)
    position: dict[str, int] = field(init=False, repr=False, compare=False)
    """Provision id -> its place in ``provisions``."""
    _indexes: dict[tuple[str, str], dict[Any, tuple[int, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        groups: dict[str, list[ViewProvision]] = {}
        position: dict[str, int] = {}
        for place, item in enumerate(self.provisions):
            groups.setdefault(item.provision.kind, []).append(item)
            position.setdefault(item.id, place)
        object.__setattr__(self, "by_kind", {kind: tuple(group) for kind, group in groups.items()})
        object.__setattr__(self, "position", position)
        object.__setattr__(self, "_indexes", {})

    def with_value(self, kind: str, name: str, values: Iterable[Any]) -> tuple[ViewProvision, ...]:
        """The provisions of ``kind`` whose element ``name`` is, or (a list) contains, one of ``values``,
        in framework order. An index per (kind, element), built on first use: a pattern that names what
        it asks for (the conduct of an offence, the power of an investigative power...) then looks at the
        few provisions that have it instead of every provision of the kind."""
        index = self._indexes.get((kind, name))
        group = self.by_kind.get(kind, ())
        if index is None:
            built: dict[Any, list[int]] = {}
            for place, item in enumerate(group):
                value = item.element(name)
                if isinstance(value, (list, tuple, set, frozenset)):
                    for part in value:
                        key = plain(part)
                        if isinstance(key, Hashable):
                            places = built.setdefault(key, [])
                            if not places or places[-1] != place:
                                places.append(place)
                elif value is not None:
                    key = plain(value)
                    if isinstance(key, Hashable):
                        built.setdefault(key, []).append(place)
            index = {key: tuple(places) for key, places in built.items()}
            self._indexes[(kind, name)] = index
        keys = [plain(value) for value in values]
        if len(keys) == 1:
            return tuple(group[place] for place in index.get(keys[0], ()))
        places = sorted({place for key in keys for place in index.get(key, ())})
        return tuple(group[place] for place in places)

    def ordered(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Ids in framework order (so evidence never depends on set iteration order)."""
        position = self.position
        return tuple(sorted({i for i in ids if i in position}, key=position.__getitem__))

    def by_id(self) -> dict[str, ViewProvision]:
        return {item.id: item for item in self.provisions}


def _general_safeguards(chosen: Sequence[ProvisionBase]) -> list[tuple[SafeguardProvision, frozenset[str]]]:
    out = []
    for provision in chosen:
        if isinstance(provision, SafeguardProvision):
            values = {s.value for s in provision.elements.safeguards}
            if provision.elements.oversight_body is not None:
                values.add("oversight")  # a named oversight body is oversight, whatever the list says
            out.append((provision, frozenset(values)))
    return out


def _limbs(provision: ProvisionBase) -> list[dict[str, Any]]:
    """One set of overrides per conduct group of an offence with limbs: each limb with its own fault and
    penalty, and the section's remaining conduct (if any) with the section's."""
    limbs = getattr(getattr(provision, "elements", None), "limbs", None) or []
    if not limbs:
        return [{}]
    covered = {c for limb in limbs for c in limb.conduct}
    rest = [c for c in provision.elements.conduct if c not in covered]
    out: list[dict[str, Any]] = [{"conduct": rest}] if rest else []
    for limb in limbs:
        out.append(
            {"conduct": list(limb.conduct), "mental_elements": list(limb.mental_elements), "penalty": limb.penalty}
        )
    return out


def _drafted_out(
    framework: NationalFramework, statuses: Sequence[ProvisionStatus]
) -> tuple[dict[str, str], dict[str, str]]:
    """In-force provisions the drafts of the view take out: (repealed or replaced, amended), each
    id -> the provision (or repealing clause) that does it. An amended provision is read as its
    amendment says: the amending provision stands in its place."""
    if all(status is ProvisionStatus.IN_FORCE for status in statuses):
        return {}, {}
    superseded: dict[str, str] = framework.superseded(*statuses)
    removed = {target: how.partition(" by ")[2] for target, how in superseded.items()}
    amended: dict[str, str] = {}
    for provision in framework.provisions:
        if provision.status in statuses and provision.status is not ProvisionStatus.IN_FORCE:
            for target in provision.amends:
                if target not in removed:
                    amended.setdefault(target, provision.id)
    return removed, amended


@dataclass
class ViewMemo:
    """Views of provisions already built, for a caller that builds many views of variants of one
    framework: (provision identity, place, surroundings token) -> (the provision, kept alive so that
    its identity is not reused, and its view items)."""

    views: dict[tuple[int, int, int], tuple[Any, tuple[ViewProvision, ...]]] = field(default_factory=dict)
    surroundings: dict[tuple[tuple[int, frozenset[str]], ...], tuple[int, Sequence[Any]]] = field(default_factory=dict)
    """Surroundings seen (the general safeguards' identities and values) -> (token, the safeguards kept alive)."""

    def token(self, safeguards: Sequence[tuple[SafeguardProvision, frozenset[str]]]) -> int:
        key = tuple((id(provision), values) for provision, values in safeguards)
        known = self.surroundings.get(key)
        if known is None:
            known = self.surroundings[key] = (len(self.surroundings), safeguards)
        return known[0]


def build_context(
    framework: NationalFramework, statuses: Sequence[ProvisionStatus], *, memo: ViewMemo | None = None
) -> Context:
    """The view of ``framework`` that counts provisions with one of ``statuses``: the law as it would
    stand if the drafts among them were enacted (repealed and replaced provisions out, amended ones
    read as their amendment says).

    ``memo`` lets a caller that builds many views of variants of one framework (the bill planner
    weighs hundreds) reuse the view of every provision object it has seen before in the same place
    with the same surroundings; provisions are never changed in place, so identity is enough."""
    removed, amended = _drafted_out(framework, statuses)
    chosen = [
        (index, p)
        for index, p in enumerate(framework.provisions)
        if p.status in statuses and not (p.status is ProvisionStatus.IN_FORCE and (p.id in removed or p.id in amended))
    ]
    safeguards = _general_safeguards([p for _, p in chosen])
    around = Surroundings(safeguards=safeguards)
    views = memo.views if memo is not None else None
    token = memo.token(safeguards) if memo is not None else 0
    items: list[ViewProvision] = []
    for index, provision in chosen:
        key = (id(provision), index, token if reads_surroundings(provision.kind) else -1)
        if views is not None:
            known = views.get(key)
            if known is not None and known[0] is provision:
                items.extend(known[1])
                continue
        virtual, support = derive(provision, around)
        made = tuple(
            ViewProvision(provision, index, {**virtual, **overrides}, support) for overrides in _limbs(provision)
        )
        if views is not None:
            views[key] = (provision, made)
        items.extend(made)
    return Context(framework, tuple(items), removed, tuple(statuses), amended)


@dataclass(frozen=True)
class Pattern:
    """A compiled provision pattern: kind, element conditions, conditions on uses_terms/related."""

    kind: ProvisionKind | None
    elements: ElementsMatch
    attributes: ElementsMatch
    derived: frozenset[str] = frozenset()
    """The derived elements the pattern reads (their supporting provisions count as evidence)."""

    def candidates(self, context: Context) -> tuple[ViewProvision, ...]:
        """The provisions that can match, in framework order: those of the pattern's kind and, when the
        pattern requires an element to be (or include) given values, only those that have one of them.
        Every provision that matches is among them; ``matches`` still decides."""
        if self.kind is None:
            return context.provisions
        if self._key is None:
            return context.by_kind.get(self.kind, ())
        name, values = self._key
        return context.with_value(self.kind, name, values)

    @cached_property
    def _key(self) -> tuple[str, tuple[Any, ...]] | None:
        """The first element condition that narrows the candidates by value: (element, values any of which
        the element must be or include), or None."""
        for name, condition in self.elements.fields:
            narrowed = condition.narrowing()
            if narrowed is not None:
                return name, narrowed
        return None

    def matches(self, item: ViewProvision) -> bool:
        if self.kind is not None and item.provision.kind != self.kind:  # a StrEnum equals its value
            return False
        return self.attributes.holds(item.attribute) and self.elements.holds(item.element)

    def failures(self, item: ViewProvision) -> list[Finding]:
        if self.kind is not None and item.provision.kind != self.kind.value:
            text = f"is a {item.provision.kind} provision, not {self.kind.value}"
            return [Finding(FindingCode.WRONG_KIND, text, item.id, "kind", item.provision.kind, self.kind.value)]
        anchor = ANCHORS.get(ProvisionKind(item.provision.kind))
        fixed = frozenset((anchor,)) if anchor else frozenset()
        found = self.attributes.failures(item.attribute) + self.elements.failures(item.element, fixed)
        return [finding.at(item.id) for finding in found]

    def near_misses(self, context: Context, limit: int = _MAX_NOTES) -> list[Finding]:
        """Why the provisions that have what the pattern names first (its conduct, power, duty...) still
        fail it, as data: the offence that reaches incitement but not with intent."""
        anchored = [(n, c) for n, c in self.elements.fields if self.kind is not None and n == ANCHORS[self.kind]]
        if not anchored:
            return []
        name, anchor = anchored[0]
        out: list[Finding] = []
        seen: set[str] = set()
        assert self.kind is not None  # anchored above
        values = anchor.narrowing()
        pool = context.by_kind.get(self.kind, ()) if values is None else context.with_value(self.kind, name, values)
        for item in pool:
            # A provision of another kind is never a near miss, even if it has an element of the anchor's
            # name (an investigative power lists its `safeguards` too; it is not a safeguard provision).
            if item.id in seen or item.provision.kind != self.kind or not anchor.holds(item.element(name)):
                continue
            seen.add(item.id)
            out.extend(finding.as_detail() for finding in self.failures(item))
            if len(seen) >= limit:
                break
        return out

    def evidence_of(self, item: ViewProvision) -> list[str]:
        """The provision, and the other provisions a derived element it matched on was drawn from, where they
        give what the pattern asks for: a general safeguard provision is evidence that a power has a duty to
        destroy data only if it carries that duty, not merely because it applies to the power."""
        if not self.derived or not item.support:
            return [item.id]
        out = [item.id]
        for name in self.derived:
            drawn = item.support.get(name, ())
            if not drawn:
                continue
            wanted = self.elements.asks_items(name, item.element)
            out.extend(d.id for d in drawn if d.gives is None or not wanted.isdisjoint(d.gives))
        return out

    def describe(self) -> str:
        return self._described

    @cached_property
    def _described(self) -> str:
        what = f"{self.kind.value.replace('_', ' ')} provision" if self.kind else "provision"
        conditions = [d for d in (self.attributes.describe(), self.elements.describe()) if d != "anything"]
        return what + (" with " + ", ".join(conditions) if conditions else "")

    def written(self) -> dict[str, Any]:
        data: dict[str, Any] = {} if self.kind is None else {"kind": self.kind.value}
        data.update(self.attributes.written())
        elements = self.elements.written()
        if elements:
            data["elements"] = elements
        return data

    def written_as_met(self, items: Sequence[ViewProvision]) -> dict[str, Any]:
        """``written()`` as ``items`` (provisions that match) meet it: of each ``any`` group only the
        alternatives one of them meets, so that a finding says how the provision matched ("an offence
        covering encouragement and not requiring intent"), not every way it could have."""
        data: dict[str, Any] = {} if self.kind is None else {"kind": self.kind.value}
        data.update(_as_met(self.attributes, [item.attribute for item in items]))
        elements = _as_met(self.elements, [item.element for item in items])
        if elements:
            data["elements"] = elements
        return data


def _as_met(match: ElementsMatch, gets: Sequence[Callable[[str], Any]]) -> dict[str, Any]:
    """``match.written()`` with each ``any`` group narrowed to the alternatives that one of ``gets`` meets."""
    data: dict[str, Any] = {name: condition.written() for name, condition in match.fields}
    if match.all_of:
        data["all"] = [_as_met(group, gets) for group in match.all_of]
    if match.any_of:
        met = [group for group in match.any_of if any(group.holds(get) for get in gets)] or list(match.any_of)
        data["any"] = [_as_met(group, gets) for group in met]
    if match.none_of:
        data["none"] = [group.written() for group in match.none_of]
    return data


# ----------------------------------------------------------------------------- tests


Findings = tuple[Finding, ...]


@dataclass(frozen=True)
class TestResult:
    """Whether a test passed, the provisions that made it pass, and findings on what failed.

    Findings are built only when asked for (``found`` may be a function): most failing tests are
    parts of partly-met or applicability tests whose findings nobody reads.
    """

    __test__ = False

    passed: bool
    evidence: tuple[str, ...] = ()
    found: Findings | Callable[[], Findings] = ()
    vacuous: bool = False
    """True when an ``every_provision`` test passed only because nothing matched ``where``."""
    partial: bool = False
    """True when the test failed but some of the provisions an ``every_provision`` test is about passed
    (the rating rule says what that earns)."""

    @property
    def findings(self) -> Findings:
        return self.found() if callable(self.found) else self.found

    @property
    def notes(self) -> tuple[str, ...]:
        """The findings in words, grouped by provision and capped (for the reasoning)."""
        return cap_notes(prose(self.findings))


def prose(findings: Iterable[Finding]) -> list[str]:
    """Findings as short phrases: consecutive findings about one provision share a phrase."""
    out: list[str] = []
    last: str | None = None
    for finding in findings:
        if finding.detail:
            continue
        grouped = finding.provision is not None and finding.code not in _STANDALONE
        if grouped and finding.provision == last:
            out[-1] += "; " + finding.text
        elif grouped:
            out.append(f"{finding.provision}: {finding.text}")
        else:
            out.append(finding.text)
        last = finding.provision if grouped else None
    return out


_STANDALONE = frozenset(
    {
        FindingCode.FOUND,
        FindingCode.TERM_UNDEFINED,
        FindingCode.REFERENCE_UNRESOLVED,
        FindingCode.REFERENCE_REPEALED,
        FindingCode.NO_PROVISION,
        FindingCode.TOO_FEW,
        FindingCode.NOT_PARTY,
    }
)


def cap_notes(notes: list[str]) -> tuple[str, ...]:
    if len(notes) <= _MAX_NOTES:
        return tuple(notes)
    return (*notes[:_MAX_NOTES], f"and {len(notes) - _MAX_NOTES} more")


class Check(ABC):
    """A compiled test."""

    @abstractmethod
    def evaluate(self, context: Context) -> TestResult: ...


@dataclass(frozen=True)
class Exists(Check):
    pattern: Pattern

    def evaluate(self, context: Context) -> TestResult:
        evidence: list[str] = []
        for item in self.pattern.candidates(context):
            if self.pattern.matches(item):
                evidence.extend(self.pattern.evidence_of(item))
        if evidence:
            return TestResult(True, context.ordered(evidence))
        pattern = self.pattern

        def findings() -> Findings:
            text = f"no {pattern.describe()}"
            missing = Finding(FindingCode.NO_PROVISION, text, required=pattern.written())
            return (missing, *pattern.near_misses(context))

        return TestResult(False, found=findings)


@dataclass(frozen=True)
class Every(Check):
    """Each provision matching ``where`` (and not ``unless``) matches ``then``."""

    where: Pattern
    then: Pattern
    unless: Pattern | None = None
    """Provisions matching this are outside the question, even when they match ``where``."""

    def evaluate(self, context: Context) -> TestResult:
        evidence: list[str] = []
        findings: list[Finding] = []
        matched = failed = 0
        seen_failing: set[str] = set()
        for item in self.where.candidates(context):
            if not self.where.matches(item) or (self.unless is not None and self.unless.matches(item)):
                continue
            matched += 1
            if self.then.matches(item):
                evidence.extend(self.then.evidence_of(item))
            else:
                failed += 1
                seen_failing.add(item.id)
                findings.extend(self.then.failures(item))
        if matched == 0:
            text = f"no {self.where.describe()}"
            return TestResult(True, found=(Finding(FindingCode.NO_PROVISION, text),), vacuous=True)
        passed = failed == 0
        return TestResult(passed, context.ordered(evidence), tuple(findings), partial=not passed and failed < matched)


@dataclass(frozen=True)
class Count(Check):
    pattern: Pattern
    at_least: int

    def evaluate(self, context: Context) -> TestResult:
        matched = [item for item in self.pattern.candidates(context) if self.pattern.matches(item)]
        evidence = [i for item in matched for i in self.pattern.evidence_of(item)]
        distinct = len({item.id for item in matched})
        if distinct >= self.at_least:
            return TestResult(True, context.ordered(evidence))
        text = f"{distinct} of the {self.at_least} needed: {self.pattern.describe()}"
        finding = Finding(FindingCode.TOO_FEW, text, found=distinct, required=self.at_least)
        return TestResult(False, context.ordered(evidence), (finding,))


def _bound_by(framework: NationalFramework, instrument_id: str) -> bool:
    """The State is bound by the instrument on the framework's date: as a party (a treaty, from the later of
    its entry into force and the State's own date) or, for an act of the European Union, as a member State
    (``bound_as_eu_member``, from the date the act applies). A Regulation is not ratified: a Member State is
    bound by it as a member, which ``party_to`` alone would miss."""
    instrument = instruments().get(instrument_id)
    if instrument is None:
        return framework.party_to(instrument_id)
    return state_bound(framework, instrument)[0]


@dataclass(frozen=True)
class PartyTo(Check):
    instruments: tuple[str, ...]

    def evaluate(self, context: Context) -> TestResult:
        if any(_bound_by(context.framework, i) for i in self.instruments):
            return TestResult(True)
        text = "not bound by " + " or ".join(self.instruments)
        return TestResult(False, found=(Finding(FindingCode.NOT_PARTY, text, required=list(self.instruments)),))


@dataclass(frozen=True)
class AllOf(Check):
    parts: tuple[Check, ...]

    def evaluate(self, context: Context) -> TestResult:
        results = [part.evaluate(context) for part in self.parts]
        evidence = [i for r in results if r.passed or r.partial for i in r.evidence]
        failing = [r for r in results if not r.passed]
        passed = not failing
        # Partial credit only when what fails is itself partial: a part that fails outright decides.
        partial = not passed and all(r.passed or r.partial for r in results)
        return TestResult(
            passed, context.ordered(evidence), lambda: tuple(f for r in failing for f in r.findings), partial=partial
        )


@dataclass(frozen=True)
class AnyOf(Check):
    parts: tuple[Check, ...]

    def evaluate(self, context: Context) -> TestResult:
        results = [part.evaluate(context) for part in self.parts]
        if any(r.passed for r in results):
            return TestResult(True, context.ordered(i for r in results if r.passed for i in r.evidence))
        partial = [r for r in results if r.partial]
        evidence = context.ordered(i for r in partial for i in r.evidence)
        return TestResult(False, evidence, lambda: tuple(f for r in results for f in r.findings), partial=bool(partial))


@dataclass(frozen=True)
class NoneOf(Check):
    """Passes when no part passes; the provisions that made a part pass are named in the findings."""

    parts: tuple[Check, ...]

    def evaluate(self, context: Context) -> TestResult:
        results = [part.evaluate(context) for part in self.parts]
        if not any(r.passed for r in results):
            return TestResult(True)
        ordered = context.ordered(i for r in results if r.passed for i in r.evidence)
        text = ("found in " + ", ".join(ordered)) if ordered else "found"
        # What the provisions found are, as data (as ``Exists`` records what is missing): the pattern of the
        # first part that passed, as they meet it. Data only: the outcome is decided above.
        passed = next(part for part, r in zip(self.parts, results, strict=True) if r.passed)

        def findings() -> Findings:
            required = self._matched(passed, context)
            return (Finding(FindingCode.FOUND, text, found=list(ordered), required=required),)

        return TestResult(False, found=findings)

    @staticmethod
    def _matched(part: Check, context: Context) -> dict[str, Any] | None:
        if not isinstance(part, Exists):
            return None
        pattern = part.pattern
        items = [item for item in pattern.candidates(context) if pattern.matches(item)]
        return pattern.written_as_met(items) if items else None


_SPACES = re.compile(r"\s+")


def _term_key(term: str) -> str:
    return _SPACES.sub(" ", term.strip()).casefold()


@dataclass(frozen=True)
class BuiltinCheck(Check):
    name: Builtin

    def evaluate(self, context: Context) -> TestResult:
        if self.name is Builtin.TERMS_DEFINED:
            return _terms_defined(context)
        return _references_resolve(context)


def _terms_defined(context: Context) -> TestResult:
    defined: dict[str, str] = {}
    for item in context.provisions:
        if isinstance(item.provision, DefinitionProvision):
            defined.setdefault(_term_key(item.provision.elements.term), item.id)
    evidence: list[str] = []
    missing: dict[str, list[str]] = {}
    for item in context.provisions:
        for term in item.provision.uses_terms:
            key = _term_key(term)
            if key in defined:
                evidence.append(defined[key])
            elif item.id not in missing.setdefault(term, []):
                missing[term].append(item.id)
    findings = tuple(
        Finding(
            FindingCode.TERM_UNDEFINED,
            f"'{term}' (used in {', '.join(users)}) is not defined",
            users[0],
            "uses_terms",
            term,
        )
        for term, users in missing.items()
    )
    return TestResult(not missing, context.ordered(evidence), findings)


def _references_resolve(context: Context) -> TestResult:
    """Every reference to another provision leads to a provision of the law as it stands in the view.

    The listing is the validator's (:func:`draftkit.validate.references.unresolved_references`), so
    that ``validate`` warns of exactly what ``check`` finds; references to laws the framework does not
    describe (``external_references``) are never findings.
    """
    unresolved = unresolved_references(context.framework, context.statuses)
    failing = {(item.provision, item.target) for item in unresolved}
    present = set(context.position)
    evidence: list[str] = []
    for item in context.provisions:
        for target in item.provision.related:
            if (item.id, target) in failing or target == item.id:
                continue
            evidence.append(context.amended.get(target, target) if target not in present else target)
    findings: list[Finding] = []
    for ref in unresolved:
        if ref.reason in (UnresolvedReason.REPEALED, UnresolvedReason.REPLACED):
            verb = "replaces" if ref.reason is UnresolvedReason.REPLACED else "repeals"
            text = f"{ref.provision} refers to '{ref.target}', which {ref.by} {verb}"
            code = FindingCode.REFERENCE_REPEALED
        else:
            text = f"{ref.provision} refers to '{ref.target}', which is not a national provision in this view"
            code = FindingCode.REFERENCE_UNRESOLVED
        findings.append(Finding(code, text, ref.provision, "related", ref.target))
    return TestResult(not findings, context.ordered(evidence), tuple(findings))
