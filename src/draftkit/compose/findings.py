"""Findings as data: what a criterion found in this State's law, as messages that name the law.

The rules engine records each shortfall as data (the provision, the element, the value
found, the value required, a code). Here each one becomes a :class:`~draftkit.i18n.Msg`
naming the provision as a reader cites it ("section 58 of the Telecommunications Act
2009") and the element and values in words, never as identifiers or field names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from draftkit.assess.result import CriterionResult, Outcome, Strength
from draftkit.compose.names import (
    act_title,
    hyphen_range,
    numbering_order,
    schedules_apart,
    section_numbers,
    unit_count,
)
from draftkit.i18n import Localized, Msg, Param, msg
from draftkit.i18n.catalog import AnyOf
from draftkit.i18n.messages import TEXT
from draftkit.models import LegalTradition, NationalFramework
from draftkit.reference import InstrumentRef, Pinpoint

__all__ = [
    "Priority",
    "ProvisionNames",
    "ShortfallLike",
    "finding_messages",
    "grouped",
    "priority",
    "provision_names",
    "shortfall_message",
    "value_words",
]


class ShortfallLike(Protocol):
    """The structured shortfall the engine records (duck-typed: only these attributes are read)."""

    @property
    def code(self) -> Any: ...
    @property
    def provision(self) -> str | None: ...
    @property
    def element(self) -> str | None: ...
    @property
    def found(self) -> Any: ...
    @property
    def required(self) -> Any: ...


@dataclass(frozen=True)
class ProvisionName:
    """How a provision is cited in a sentence, at the start of one, and in a reference column."""

    inline: Msg
    start: Msg
    short: Msg
    status: Msg
    title: str
    elements: Mapping[str, Any] = field(default_factory=dict)
    """The provision's coded elements (to say what it provides where a requirement offers alternatives)."""
    units: tuple[str, ...] = ()
    """The numbered units of its Act the provision occupies, as written (``26-29``, ``Sch 2``), to cite them
    with those of other provisions of the Act."""


ProvisionNames = Mapping[str, ProvisionName]


_UNIT = re.compile(r"^(?:(?P<art>art(?:icle)?s?\.?)|(?P<sec>s{1,2}\.?|sec(?:tion)?s?\.?))\s*(?P<number>\d.*)$", re.I)
"""A section written with its unit ("Art. 421-2-7", "s 58", "Section 12A"): the number, and which unit."""


def _name(act: Localized, section: str, tradition: LegalTradition | str) -> tuple[Msg, Msg, Msg, tuple[str, ...]]:
    """How a provision's place is cited (inline, opening a sentence, short), and the units it occupies."""
    numbered = section[:1].isdigit()
    civil = str(tradition) == LegalTradition.CIVIL_LAW.value
    written = _UNIT.match(section.strip())
    if written is not None:
        numbered, civil, section = True, written.group("art") is not None, written.group("number")
    units = section_numbers(section)
    if numbered and unit_count(section, ranges=not civil) > 1:
        # one provision in several units: "the provision in sections 60A, 61 and 65 of ..."
        return (
            _cited(units, act, civil=civil, whole=True),
            _cited(units, act, civil=civil, whole=True, start=True),
            msg("law.short.article" if civil else "law.short", number=section, act=act),
            units,
        )
    if numbered and civil:
        return (
            msg("law.article", number=section, act=act),
            msg("law.article.start", number=section, act=act),
            msg("law.short.article", number=section, act=act),
            units,
        )
    if numbered:
        return (
            msg("law.section", number=section, act=act),
            msg("law.section.start", number=section, act=act),
            msg("law.short", number=section, act=act),
            units,
        )
    if not civil and all(schedules_apart((u,))[1] for u in units):  # "Sch 1": a Schedule to the Act
        return (
            _cited(units, act, civil=False),
            _cited(units, act, civil=False, start=True),
            msg("law.short.unit", unit=section, act=act),
            units,
        )
    unit = section[:1].lower() + section[1:]
    return (
        msg("law.unit", unit=unit, act=act),
        msg("law.unit.start", unit=section[:1].upper() + section[1:], act=act),
        msg("law.short.unit", unit=section, act=act),
        (),
    )


def _cited(units: Sequence[str], act: Param, *, civil: bool, whole: bool = False, start: bool = False) -> Msg:
    """Units of one Act cited together: "sections 26 to 29 and 43 of the ...", "articles 60-1 et 60-2 du ...";
    a Schedule is cited *to* the Act ("sections 49 to 55 of, and Schedule 2 to, the ..."). ``whole``: the
    units hold one provision ("the provision in sections ..."); ``start``: the citation opens a sentence."""
    sections, schedules = (tuple(units), ()) if civil else schedules_apart(tuple(units))
    numbers: tuple[Param, ...] = tuple(sections) if civil else tuple(p for n in sections for p in _in_words(n))
    listed: Param = numbers[0] if len(numbers) == 1 else numbers
    end = ".start" if start else ""
    if schedules:
        named = msg(
            "law.schedules" + ("" if sections else end),
            count=len(schedules),
            numbers=schedules[0] if len(schedules) == 1 else schedules,
        )
        if not sections:
            return msg("law.schedules_to" + end, schedules=named, act=act)
        count = sum(unit_count(n, ranges=True) for n in sections)
        code = "law.in_with_schedules" if whole else "law.with_schedules"
        return msg(code + end, count=count, numbers=listed, schedules=named, act=act)
    unit = "articles" if civil else "sections"
    return msg((f"law.in_{unit}" if whole else f"law.{unit}") + end, numbers=numbers, act=act)


def _in_words(number: str) -> tuple[Param, ...]:
    """A run of sections as a reader says it (common-law numbering only): ``26-29`` "26 to 29"; a run of two,
    ``1-2``, is the two sections, "1 and 2"."""
    bounds = hyphen_range(number)
    if bounds is None:
        return (number,)
    if int(bounds[1]) == int(bounds[0]) + 1:
        return bounds
    return (msg("law.range", first=bounds[0], last=bounds[1]),)


def provision_names(framework: NationalFramework | None) -> dict[str, ProvisionName]:
    """Every provision of the framework by id, named as a reader cites it."""
    if framework is None:
        return {}
    out: dict[str, ProvisionName] = {}
    for p in framework.provisions:
        inline, start, short, units = _name(
            act_title(framework, p.source.act), p.source.section, framework.legal_tradition
        )
        elements = p.elements.model_dump(mode="json")
        out[p.id] = ProvisionName(inline, start, short, msg(f"status.{p.status.value}"), p.title, elements, units)
    return out


def _unknown(provision_id: str | None) -> ProvisionName:
    text = msg("law.unknown")
    return ProvisionName(text, msg("law.unknown.start"), text, msg("law.unknown"), provision_id or "")


def name_of(names: ProvisionNames, provision_id: str | None) -> ProvisionName:
    return names.get(provision_id or "") or _unknown(provision_id)


# ----------------------------------------------------------------------------- values in words


def _label(value: Any) -> Param:
    if isinstance(value, bool):
        return msg("value.true" if value else "value.false")
    if value is None:
        return msg("value.not_stated")
    if isinstance(value, int | float):
        return value
    text = str(getattr(value, "value", value))
    code = f"value.{text}"
    return msg(code) if code in TEXT else text


def value_words(value: Any) -> Param:
    """A found or required value in words: labels for codes, lists as lists, operators as phrases."""
    if isinstance(value, Mapping):
        if value.get("not") == {"below": value.get("includes")}:  # "intent, and nothing less": intent
            value = {k: v for k, v in value.items() if k != "not"}
        phrases = [p for p in (_operator(key, operand) for key, operand in value.items()) if p is not None]
        if len(phrases) == 1:
            return phrases[0]
        return tuple(phrases) if phrases else msg("value.not_stated")
    if isinstance(value, list | tuple | set | frozenset):
        items = [_group(v) if isinstance(v, Mapping) else _label(v) for v in value]
        return tuple(items) if items else msg("value.none")
    return _label(value)


def _group(item: Mapping[str, Any]) -> Param:
    """One item of a list of groups (an admissibility rule: topic and status) as its values in words:
    "evidence obtained abroad: admitted"."""
    values = [_label(v) for v in item.values() if v is not None]
    if len(values) == 2:
        return msg("value.pair", first=values[0], second=values[1])
    return tuple(values) if len(values) > 1 else values[0] if values else msg("value.none")


def _operator(key: str, operand: Any) -> Param | None:
    if key in {"in", "includes_any"}:
        items = [_label(v) for v in (operand if isinstance(operand, list | tuple) else [operand])]
        return AnyOf(tuple(items)) if len(items) > 1 else items[0]
    if key in ("includes", "includes_all"):
        return value_words(operand)
    if key == "at_least":
        return msg("required.at_least", value=operand)
    if key == "at_most":
        return msg("required.at_most", value=operand)
    if key == "present":
        return msg("required.present") if operand else msg("required.absent")
    if key == "below":
        return msg("required.below", value=value_words(operand))
    if key == "any_item" and isinstance(operand, Mapping):
        return _group(operand)
    if key == "not":
        return msg("required.not", value=value_words(operand))
    return None


def _element(element: str | None) -> Msg:
    leaf = (element or "other").split(".")[-1]
    code = f"element.{leaf}"
    return msg(code) if code in TEXT else msg("element.other")


# ----------------------------------------------------------------------------- one shortfall, one sentence


def _requirement(element: str, condition: Any) -> Param:
    """One element's condition as a phrase: "covering receiving training", "requiring intent"."""
    leaf = element.rsplit(".", maxsplit=1)[-1]
    code = f"req.{leaf}"
    item = condition.get("any_item") if isinstance(condition, Mapping) and len(condition) == 1 else None
    if leaf == "admissibility" and isinstance(item, Mapping) and {"topic", "status"} <= set(item):
        # "under which evidence obtained abroad is admitted on conditions", not "with the admissibility ...: ..."
        return msg("req.admissibility.item", topic=_label(item["topic"]), status=_label(item["status"]))
    if isinstance(condition, bool) and f"{code}.{str(condition).lower()}" in TEXT:
        return msg(f"{code}.{str(condition).lower()}")
    if isinstance(condition, bool) and code not in TEXT:  # "providing for the rule of speciality", not "… yes"
        return msg("req.provides" if condition else "req.provides_not", element=_element(element))
    operator = next(iter(condition)) if isinstance(condition, Mapping) and len(condition) == 1 else None
    if operator in ("not", "below") and f"{code}.{operator}" in TEXT:  # "without requiring intent"
        assert isinstance(condition, Mapping)
        return msg(f"{code}.{operator}", value=value_words(_principal(condition[operator])))
    if isinstance(condition, Mapping) and condition.get("present") is True and len(condition) == 1:
        return msg(f"{code}.present") if f"{code}.present" in TEXT else msg("req.stated", element=_element(element))
    if code in TEXT:
        return msg(code, value=value_words(condition))
    return msg("req.other", element=_element(element), value=value_words(condition))


def _pattern(elements: Any) -> Param:
    """The element conditions of a pattern as phrases joined by "and"; ``any`` groups as alternatives."""
    if not isinstance(elements, Mapping):
        return msg("value.not_stated")
    phrases: list[Param] = []
    for key, condition in elements.items():
        if key == "any" and isinstance(condition, list):
            phrases.append(AnyOf(tuple(_pattern(option) for option in condition)))
        elif key == "all" and isinstance(condition, list):
            phrases.extend(_pattern(option) for option in condition)
        elif key == "none" and isinstance(condition, list):
            phrases.append(msg("req.none_of", value=AnyOf(tuple(_pattern(option) for option in condition))))
        else:
            phrases.append(_requirement(key, condition))
    return phrases[0] if len(phrases) == 1 else tuple(phrases)


def _as_met(elements: Any) -> Param:
    """The element conditions a provision found meets, as phrases joined by "and".

    The engine narrows each ``any`` group to the alternatives the provision meets (they all hold), so
    they are listed, not offered; of two alternatives on one element, the one that says what is absent
    is kept ("without requiring intent", rather than also "requiring less than intent").
    """
    if not isinstance(elements, Mapping):
        return msg("value.not_stated")
    conditions: list[tuple[str, Any]] = []
    for key, condition in elements.items():
        if key in ("any", "all") and isinstance(condition, list):
            conditions.extend(item for option in condition if isinstance(option, Mapping) for item in option.items())
        elif key != "none":
            conditions.append((key, condition))
    chosen: dict[str, Any] = {}
    for key, condition in conditions:
        negative = isinstance(condition, Mapping) and "not" in condition
        if key not in chosen or negative:
            chosen[key] = condition
    phrases = [_requirement(key, condition) for key, condition in chosen.items()]
    return phrases[0] if len(phrases) == 1 else tuple(phrases)


def _kind_a(required: Any) -> Msg:
    kind = required.get("kind") if isinstance(required, Mapping) else None
    code = f"kind.a.{kind}"
    return msg(code) if code in TEXT else msg("kind.a.provision")


def _kind(required: Any) -> Msg:
    kind = required.get("kind") if isinstance(required, Mapping) else None
    code = f"kind.{kind}"
    return msg(code) if code in TEXT else msg("kind.provision")


def _scoped(item: ShortfallLike, options: list[Any], provision: ProvisionName, authority: Param) -> Msg | None:
    """Alternatives of the form "the element is not one of S, or the provision has R": R is required for S.

    ``any: [{power: {not: {in: [interception, ...]}}}, {all_safeguards: {includes: notification}}]`` reads
    "section 58 provides for interception of communications but not for notification of the person
    concerned, which the ICCPR requires for interception of communications, ...", not "the power is
    interception; the ICCPR requires anything but interception".
    """
    scope = [
        o
        for o in options
        if isinstance(o, Mapping)
        and len(o) == 1
        and isinstance(next(iter(o.values())), Mapping)
        and set(next(iter(o.values()))) == {"not"}
    ]
    others = [o for o in options if o not in scope and isinstance(o, Mapping) and o]
    if len(scope) != 1 or not others:
        return None
    element, condition = next(iter(scope[0].items()))
    found_values = item.found if isinstance(item.found, Mapping) else provision.elements
    required: list[Param] = []
    for option in others:
        for key, wanted in option.items():
            missing = _missing_items(found_values.get(key), wanted) if isinstance(wanted, Mapping) else None
            words = missing or (value_words(_principal(wanted)),)
            required.extend(w for w in words if w not in required)
    if not required:
        return None
    return msg(
        "finding.required_for",
        provision=provision.start,
        found=value_words(found_values.get(element)),
        required=required[0] if len(required) == 1 else AnyOf(tuple(required)),
        authority=authority,
        scope=value_words(condition["not"]),
    )


def _alternatives(item: ShortfallLike, provision: ProvisionName, authority: Param) -> Msg | None:
    """``needs_one_of``: what the provision has for the element the first alternative asks about, and the options.

    Alternatives that do not mention that element are exemptions ("except for a production order").
    """
    options = item.required.get("any") if isinstance(item.required, Mapping) else None
    if not isinstance(options, list) or not options or not isinstance(options[0], Mapping) or not options[0]:
        return msg("finding.needs_one_of", provision=provision.start, authority=authority)
    scoped = _scoped(item, options, provision, authority)
    if scoped is not None:
        return scoped
    principal = next(iter(options[0]))
    phrases: list[Param] = []
    exempt: list[Param] = []
    for option in options:
        if not isinstance(option, Mapping):
            continue
        others = {k: v for k, v in option.items() if k != principal}
        if principal in option:
            phrase = value_words(option[principal])
            if others:
                case = tuple(value_words(v) for v in others.values())
                phrases.append(msg("condition.for", value=phrase, case=case[0] if len(case) == 1 else case))
            elif isinstance(phrase, AnyOf):
                phrases.extend(phrase.items)
            else:
                phrases.append(phrase)
        else:
            for value in option.values():
                words = value_words(value)
                exempt.extend(words.items if isinstance(words, AnyOf) else [words])
    found_values = item.found if isinstance(item.found, Mapping) else provision.elements
    required = AnyOf(tuple(phrases)) if len(phrases) > 1 else phrases[0] if phrases else msg("value.not_stated")
    common = {
        "provision": provision.inline,
        "element": _element(principal),
        "found": value_words(found_values.get(principal)),
        "required": required,
        "authority": authority,
    }
    if exempt:
        return msg("finding.value_options_except", exempt=tuple(exempt), **common)
    return msg("finding.value_options", **common)


def _required_words(element: str | None, required: Any) -> Param:
    """A required value in words, where the element has phrases of its own for what is required.

    Values that name a state of the law ("not required", "satisfied by the conduct") do not read as the
    object of "requires": the dual-criminality rule is required to be "that dual criminality not be
    required at all or that it be satisfied by the conduct".
    """
    leaf = (element or "").rsplit(".", maxsplit=1)[-1]
    values = required.get("in") if isinstance(required, Mapping) else [required]
    if leaf and isinstance(values, list) and values:
        codes = [f"required.{leaf}.{getattr(v, 'value', v)}" for v in values]
        if all(code in TEXT for code in codes):
            phrases = tuple(msg(code) for code in codes)
            return phrases[0] if len(phrases) == 1 else AnyOf(phrases)
    return value_words(required)


def _principal(required: Any) -> Any:
    """What a requirement asks for in the first place: ``{includes: intent, not: {below: intent}}`` -> ``intent``."""
    if isinstance(required, Mapping):
        for key in ("includes", "in", "includes_any", "includes_all"):
            if key in required:
                return {key: required[key]} if key != "includes" else required[key]
    return required


def _missing_items(found: Any, required: Any) -> tuple[Param, ...] | None:
    """For a list that must include items: the ones it lacks."""
    if not isinstance(found, list) or not isinstance(required, Mapping):
        return None
    wanted = required.get("includes_all", required.get("includes"))
    if wanted is None:
        return None
    wanted = wanted if isinstance(wanted, list) else [wanted]
    missing = [w for w in wanted if w not in found]
    return tuple(_label(w) for w in missing) or None


def shortfall_message(item: ShortfallLike, names: ProvisionNames, authority: Param) -> Msg | None:
    """One shortfall as a sentence naming the provision, the element and the values in words."""
    code = str(getattr(item.code, "value", item.code))
    provision = name_of(names, item.provision)
    element = _element(item.element)
    single = f"element.{item.element}.single"
    if single in TEXT and not provision.elements.get("other_routes"):  # one authority: no "the weakest of them"
        element = msg(single)
    if code == "value":
        admissibility = _admissibility(item, provision, authority)
        if admissibility is not None:
            return admissibility
        if item.required is True and item.found in (False, None):
            return msg("finding.lacks", provision=provision.start, element=element, authority=authority)
        if item.required is False and item.found is True:
            return msg("finding.has_forbidden", provision=provision.start, element=element, authority=authority)
        nothing = item.found in ("none", ["none"], [])
        missing = None if nothing else _missing_items(item.found, item.required)
        if missing:
            found = value_words(item.found)
            return msg(
                "finding.lacks_items",
                provision=provision.start,
                element=element,
                found=found,
                missing=missing,
                authority=authority,
            )
        if nothing:
            required = value_words(_principal(item.required))
            return msg("finding.states_none", provision=provision.start, required=required, authority=authority)
        return msg(
            "finding.value",
            provision=provision.inline,
            element=element,
            found=value_words(item.found),
            required=_required_words(item.element, _principal(item.required)),
            authority=authority,
        )
    if code == "not_stated":
        return msg("finding.not_stated", provision=provision.inline, element=element)
    if code == "needs_one_of":
        return _alternatives(item, provision, authority)
    if code in ("must_not_have", "found"):
        penalty = _penalty(item) if item.provision is not None else None
        if penalty is not None:  # "provides for imprisonment of up to 30 years", not "provides for the penalty"
            return msg("finding.has_forbidden", provision=provision.start, element=penalty, authority=authority)
        if item.provision is None and isinstance(item.found, list | tuple):
            found = _listed(names, item.found)
            matched: Mapping[str, Any] = item.required if isinstance(item.required, Mapping) else {}
            if code == "found" and matched.get("elements"):  # what the provisions are that goes too far
                return msg(
                    "finding.found_as",
                    provisions=found,
                    authority=authority,
                    kind=_kind_a(matched),
                    pattern=_as_met(matched["elements"]),
                    count=_named_count(names, [str(p) for p in item.found]),
                )
            count = _named_count(names, [str(p) for p in item.found])
            return msg("finding.found_many", provisions=found, authority=authority, count=count)
        return msg("finding.has_forbidden", provision=provision.start, element=element, authority=authority)
    if code == "rights_risk":
        return msg("finding.rights_risk", provision=provision.start, authority=authority)
    if code == "no_provision":
        pattern: Mapping[str, Any] = item.required if isinstance(item.required, Mapping) else {}
        if not pattern.get("elements"):  # any provision of the kind would do: no trailing phrase
            return msg("finding.no_provision_plain", kind=_kind(pattern))
        return msg("finding.no_provision", kind=_kind(pattern), pattern=_pattern(pattern.get("elements", {})))
    if code == "too_few":
        return msg("finding.too_few", found=_count(item.found), required=_count(item.required))
    if code == "not_party":
        return msg("finding.not_party", instruments=value_words(item.required))
    if code == "term_undefined":
        return msg("finding.term_undefined", provision=provision.start, term=str(item.found or item.required))
    if code == "reference_unresolved":
        return msg("finding.reference_unresolved", provision=provision.start, target=str(item.found or ""))
    if code == "reference_repealed":
        target = name_of(names, str(item.found or "")).inline
        return msg("finding.reference_repealed", provision=provision.start, target=target)
    return None


def _penalty(item: ShortfallLike) -> Msg | None:
    """The penalty a provision has that a test rules out, in words: life imprisonment, or the term of years."""
    if (item.element or "").rsplit(".", maxsplit=1)[-1] != "penalty" or not isinstance(item.found, Mapping):
        return None
    if item.found.get("life") is True:
        return msg("value.penalty_life")
    years = item.found.get("max_years")
    return msg("value.penalty_years", years=years) if isinstance(years, int) else None


def _admissibility(item: ShortfallLike, provision: ProvisionName, authority: Param) -> Msg | None:
    """An admissibility rule that does not admit the evidence as asked, as a clause about that evidence:
    "Under article 427 ..., evidence obtained abroad is admitted; ... requires it to be admitted on conditions"
    (not "the admissibility of the evidence it governs is ...: admitted and ...: admitted")."""
    if (item.element or "").rsplit(".", maxsplit=1)[-1] != "admissibility":
        return None
    wanted = item.required.get("any_item") if isinstance(item.required, Mapping) else None
    if not isinstance(wanted, Mapping) or not {"topic", "status"} <= set(wanted):
        return None
    topic = str(getattr(wanted["topic"], "value", wanted["topic"]))
    found = item.found if isinstance(item.found, list) else []
    statuses = [
        g["status"]
        for g in found
        if isinstance(g, Mapping) and str(getattr(g.get("topic"), "value", g.get("topic"))) == topic and g.get("status")
    ]
    subject = f"evidence.subject.{topic}"
    common: dict[str, Param] = {
        "provision": provision.inline,
        "topic": msg(subject) if subject in TEXT else _label(topic),
        "required": _label(wanted["status"]),
        "authority": authority,
    }
    if not statuses:  # the sentence starts with the provision
        return msg("finding.admissibility_unstated", **{**common, "provision": provision.start})
    labels = tuple(dict.fromkeys(_label(status) for status in statuses))
    return msg("finding.admissibility", found=labels[0] if len(labels) == 1 else labels, **common)


_RECOMMENDED = ".recommended"
"""The variant of a finding for a criterion the sources recommend rather than require ("which ... recommends")."""


def _as_strength(worded: Msg, strength: Strength) -> Msg:
    """A finding says "requires" only of what is mandatory; of a recommended practice or an option, "recommends"."""
    code = worded.code + _RECOMMENDED
    if strength is Strength.MANDATORY or code not in TEXT:
        return worded
    return Msg(code, worded.params)


def _one_phrase(patterns: list[Param]) -> Param:
    """Alternatives that differ only in their value ("providing for A", "providing for B") share the phrase."""
    codes = {p.code for p in patterns if isinstance(p, Msg)}
    if len(codes) == 1 and all(isinstance(p, Msg) and [k for k, _ in p.params] == ["value"] for p in patterns):
        values = tuple(p.get("value") for p in patterns if isinstance(p, Msg))
        return msg(codes.pop(), value=AnyOf(tuple(v for v in values if v is not None)))
    return AnyOf(tuple(patterns))


def _merge_no_provision(items: list[tuple[ShortfallLike, Msg]]) -> list[Msg]:
    """Several "no provision of this kind" findings of one criterion become one sentence with alternatives."""
    out: list[Msg] = []
    pending: dict[Msg, list[Param]] = {}
    for _item, worded in items:
        if worded.code == "finding.no_provision":
            kind = worded.get("kind")
            pattern = worded.get("pattern")
            if isinstance(kind, Msg) and pattern is not None:
                if kind not in pending:
                    pending[kind] = []
                    out.append(worded)  # placeholder, replaced below
                pending[kind].append(pattern)
                continue
        out.append(worded)
    merged: list[Msg] = []
    for worded in out:
        kind = worded.get("kind") if worded.code == "finding.no_provision" else None
        if isinstance(kind, Msg) and kind in pending:
            patterns = pending.pop(kind)
            pattern = patterns[0] if len(patterns) == 1 else _one_phrase(patterns)
            merged.append(msg("finding.no_provision", kind=kind, pattern=pattern))
        elif worded.code != "finding.no_provision" or kind is None:
            merged.append(worded)
    return merged


def _conditions(item: ShortfallLike) -> dict[str, str] | None:
    """The top-level element conditions of a "no provision" finding, comparable (None: not one)."""
    required = item.required if isinstance(item.required, Mapping) else None
    elements = required.get("elements") if required is not None else None
    if not isinstance(elements, Mapping):
        return None
    return {key: repr(value) for key, value in elements.items()}


def _wanted_items(condition: Any) -> set[str]:
    """The items a list element must include: ``{includes: destruction}`` -> {destruction}."""
    if not isinstance(condition, Mapping):
        return set()
    wanted = condition.get("includes_all", condition.get("includes"))
    if wanted is None:
        return set()
    return {str(w) for w in (wanted if isinstance(wanted, list) else [wanted])}


def _redundant_missing(items: list[tuple[ShortfallLike, Msg]]) -> list[tuple[ShortfallLike, Msg]]:
    """Drop "no provision" findings that say nothing the others do not.

    - one that asks for more than another of the same kind that is also missing (no provision with A,
      B and C, when there is not even one with A and B);
    - one that asks only for items a provision is already found to lack ("section 58 provides for a legal
      basis but not for destruction": "no safeguard providing for destruction" repeats it).
    """
    lacking: set[str] = set()
    for item, worded in items:
        if worded.code == "finding.lacks_items" or (
            worded.code == "finding.value" and isinstance(item.found, list) and _wanted_items(item.required)
        ):
            found = {str(f) for f in item.found} if isinstance(item.found, list) else set()
            lacking |= _wanted_items(item.required) - found
    missing = [(item, _conditions(item)) for item, worded in items if worded.code == "finding.no_provision"]
    out: list[tuple[ShortfallLike, Msg]] = []
    for item, worded in items:
        mine = _conditions(item) if worded.code == "finding.no_provision" else None
        if mine is not None:
            kind = item.required.get("kind") if isinstance(item.required, Mapping) else None
            broader = any(
                other is not item
                and conditions is not None
                and (other.required or {}).get("kind") == kind
                and conditions.items() < mine.items()
                for other, conditions in missing
            )
            asked = [_wanted_items(c) for c in (item.required or {}).get("elements", {}).values()]
            said = len(asked) == 1 and bool(asked[0]) and asked[0] <= lacking
            if broader or said:
                continue
        out.append((item, worded))
    return out


def _merge_terms(items: list[Msg]) -> list[Msg]:
    """The undefined terms one provision uses, in one sentence: "section 5 uses the terms "a" and "b", ..."."""
    terms: dict[Param, list[Param]] = {}
    for item in items:
        if item.code == "finding.term_undefined":
            terms.setdefault(item.get("provision") or "", []).append(item.get("term") or "")
    out: list[Msg] = []
    for item in items:
        if item.code != "finding.term_undefined":
            out.append(item)
            continue
        provision = item.get("provision") or ""
        used = terms.pop(provision, None)
        if used is None:
            continue  # said with the first term of this provision
        if len(used) == 1:
            out.append(item)
        else:
            quoted = tuple(msg("quoted", text=t) for t in used)
            out.append(msg("finding.terms_undefined", provision=provision, terms=quoted))
    return out


def _named_count(names: ProvisionNames, ids: Sequence[str]) -> int:
    """How many provisions a list names as a reader sees it: two provisions of one section count once."""
    return len({name_of(names, p).inline for p in ids})


def _listed(names: ProvisionNames, ids: Sequence[str]) -> tuple[Param, ...]:
    """Provisions as the subject of a sentence: the first capitalised."""
    return grouped([name_of(names, p) for p in ids], start=True)


_GROUPED = {
    "law.article": "law.articles",
    "law.section": "law.sections",
    "law.in_articles": "law.articles",
    "law.in_sections": "law.sections",
    "law.in_with_schedules": "law.sections",
    "law.schedules_to": "law.sections",
}
"""How a provision is named -> how a list of the units of one Act is named."""


def grouped(named: Sequence[ProvisionName], *, start: bool = False) -> tuple[Msg, ...]:
    """Provisions named in a list, those of one Act together: "articles 60-1, 60-2 and 57-1 of the Code of
    Criminal Procedure", not the Act's name after each article. ``start``: the first capitalised."""
    groups: dict[Any, list[ProvisionName]] = {}
    seen: set[Msg] = set()
    for index, name in enumerate(named):
        if name.inline in seen:  # two provisions of one section (the definitions of section 2): named once
            continue
        seen.add(name.inline)
        code = name.inline.code
        key = (_GROUPED[code], name.inline.get("act")) if code in _GROUPED and name.units else index
        groups.setdefault(key, []).append(name)
    out: list[Msg] = []
    for position, members in enumerate(groups.values()):
        first = start and position == 0
        if len(members) == 1:
            out.append(members[0].start if first else members[0].inline)
            continue
        inline = members[0].inline
        listed = dict.fromkeys(number for m in members for number in m.units)
        numbers = tuple(sorted(listed, key=numbering_order))
        civil = _GROUPED[inline.code] == "law.articles"
        out.append(_cited(numbers, inline.get("act") or "", civil=civil, start=first))
    return tuple(out)


def _count(value: Any) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple | set):
        return len(value)
    return 0


def _authority(criterion: CriterionResult) -> Param:
    """Who asks for it, as the finding says it: "the ICCPR (art 17)", "the UNODC publication"."""
    for citation in criterion.citations:
        if citation.kind.value == "instrument":
            name = InstrumentRef(citation.source, running=True)
            if citation.pinpoint:
                return msg("authority.instrument_at", instrument=name, pinpoint=Pinpoint(citation.pinpoint))
            return msg("authority.instrument", instrument=name)
    return msg("authority.standard")


def _near_misses_first(items: list[tuple[ShortfallLike, Msg]]) -> list[tuple[ShortfallLike, Msg]]:
    """A "no provision of this kind" finding followed by its near misses gives way to them.

    The engine lists, after a missing provision, the provisions that have what the test names first
    but not the rest ("section 9 provides for extradition but no refusal ground"). Those name the law
    and say what to change in it, which is what the reader acts on; the general sentence repeats them.
    """
    out: list[tuple[ShortfallLike, Msg]] = []
    for index, (item, worded) in enumerate(items):
        if worded.code == "finding.no_provision":
            following = items[index + 1 : index + 2]
            if following and getattr(following[0][0], "near_miss", False):
                continue
        out.append((item, worded))
    return out


def _found_ids(item: ShortfallLike) -> list[str]:
    return [str(p) for p in item.found] if isinstance(item.found, list | tuple) else []


def _said_elsewhere(item: ShortfallLike, worded: Msg, specific: set[str]) -> bool:
    """A finding another finding of the criterion says better, about the same provision.

    A risk to rights is dropped where the provision has a specific finding (what it lacks or has).
    A "found" shortfall (a ``none`` test failed because these provisions exist) is dropped where
    each provision has a specific finding: the ``none`` test is then either an exemption that does not
    apply (``any: [none: [extradition], extradition with a human-rights refusal ground]``: the State
    extradites, so the refusal ground is needed, and the specific finding says it is missing) or a
    prohibition the specific finding already words (strict dual criminality, general retention).
    """
    if worded.code == "finding.rights_risk":
        return item.provision in specific
    if worded.code in ("finding.found_many", "finding.found_as"):
        ids = _found_ids(item)
        return bool(ids) and all(p in specific for p in ids)
    return False


def finding_messages(criterion: CriterionResult, names: ProvisionNames, *, in_force: bool = False) -> list[Msg]:
    """The findings of ``criterion`` in one view, each a sentence naming the law, worst first.

    When the engine gives no structured shortfall (an older assessment), the provisions
    that went part of the way are named and the requirement stated.
    """
    view = criterion.in_force if in_force else criterion
    outcome = view.outcome
    evidence = list(view.evidence)
    out: list[Msg] = []
    if outcome is Outcome.MET:
        if evidence:
            out.append(msg("finding.met_by", provisions=grouped([name_of(names, p) for p in evidence])))
        return out
    if outcome is Outcome.NOT_APPLICABLE:  # why, where the engine says
        reason = getattr(view, "not_applicable_reason", None) or criterion.not_applicable_reason
        code = f"finding.not_applicable.{getattr(reason, 'value', reason)}"
        return [msg(code if code in TEXT else "finding.not_applicable")]
    authority = _authority(criterion)
    shortfalls: Sequence[ShortfallLike] = getattr(view, "shortfalls", None) or ()
    worded = [(item, shortfall_message(item, names, authority)) for item in shortfalls]
    kept = _redundant_missing(_near_misses_first([(item, w) for item, w in worded if w is not None]))
    general = ("finding.rights_risk", "finding.found_many", "finding.found_as")
    specific = {item.provision for item, w in kept if w.code not in general and item.provision}
    kept = [(item, w) for item, w in kept if not _said_elsewhere(item, w, specific)]
    found = {p for item, w in kept if w.code in ("finding.found_many", "finding.found_as") for p in _found_ids(item)}
    kept = [(item, w) for item, w in kept if w.code != "finding.rights_risk" or item.provision not in found]
    for item in _merge_terms(_merge_no_provision(kept)):
        if item not in out:
            out.append(item)
    if evidence and outcome is Outcome.PARTLY_MET:
        count = _named_count(names, evidence)
        out.insert(0, msg("finding.partly_by", provisions=_listed(names, evidence), count=count))
    if not out:
        out.append(msg("finding.nothing_found") if not evidence else msg("finding.partly_unspecified"))
    return [_as_strength(worded, criterion.strength) for worded in out]


# ----------------------------------------------------------------------------- priority of an action


class Priority:
    """Timeframes of the action plan, from the strength of the obligation and the risk to rights."""

    IMMEDIATE = "immediate"
    SHORT_TERM = "short_term"
    MEDIUM_TERM = "medium_term"
    ORDER = (IMMEDIATE, SHORT_TERM, MEDIUM_TERM)


def priority(criterion: CriterionResult) -> str:
    """Immediate: a risk to rights, or a binding obligation not met at all. Short term: a binding
    obligation partly met, or recommended practice not met. Medium term: the rest."""
    outcome = criterion.outcome
    if criterion.human_rights_risk or (criterion.strength is Strength.MANDATORY and outcome is Outcome.NOT_MET):
        return Priority.IMMEDIATE
    if criterion.strength is Strength.MANDATORY or (
        criterion.strength is Strength.SHOULD_CONSIDER and outcome is Outcome.NOT_MET
    ):
        return Priority.SHORT_TERM
    return Priority.MEDIUM_TERM


def unique(items: Iterable[Msg]) -> list[Msg]:
    return list(dict.fromkeys(items))
