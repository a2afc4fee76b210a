"""Findings as data: what a criterion found in this State's law, as messages that name the law.

The rules engine records each shortfall as data (the provision, the element, the value
found, the value required, a code). Here each one becomes a :class:`~draftkit.i18n.Msg`
naming the provision as a reader cites it ("section 58 of the Telecommunications Act
2009") and the element and values in words, never as identifiers or field names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from draftkit.assess.result import CriterionResult, Outcome, Strength
from draftkit.i18n import Msg, Param, msg
from draftkit.i18n.catalog import AnyOf
from draftkit.i18n.messages import TEXT
from draftkit.models import LegalTradition, NationalFramework

__all__ = [
    "Priority",
    "ProvisionNames",
    "ShortfallLike",
    "finding_messages",
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


ProvisionNames = Mapping[str, ProvisionName]


_UNIT = re.compile(r"^(?:(?P<art>art(?:icle)?s?\.?)|(?P<sec>s{1,2}\.?|sec(?:tion)?s?\.?))\s*(?P<number>\d.*)$", re.I)
"""A section written with its unit ("Art. 421-2-7", "s 58", "Section 12A"): the number, and which unit."""


def _name(act: str, section: str, tradition: LegalTradition | str) -> tuple[Msg, Msg, Msg]:
    numbered = section[:1].isdigit()
    civil = str(tradition) == LegalTradition.CIVIL_LAW.value
    written = _UNIT.match(section.strip())
    if written is not None:
        numbered, civil, section = True, written.group("art") is not None, written.group("number")
    if numbered and civil:
        return (
            msg("law.article", number=section, act=act),
            msg("law.article.start", number=section, act=act),
            msg("law.short.article", number=section, act=act),
        )
    if numbered:
        return (
            msg("law.section", number=section, act=act),
            msg("law.section.start", number=section, act=act),
            msg("law.short", number=section, act=act),
        )
    unit = section[:1].lower() + section[1:]
    return (
        msg("law.unit", unit=unit, act=act),
        msg("law.unit.start", unit=section[:1].upper() + section[1:], act=act),
        msg("law.short.unit", unit=section, act=act),
    )


def provision_names(framework: NationalFramework | None) -> dict[str, ProvisionName]:
    """Every provision of the framework by id, named as a reader cites it."""
    if framework is None:
        return {}
    out: dict[str, ProvisionName] = {}
    for p in framework.provisions:
        inline, start, short = _name(p.source.act, p.source.section, framework.legal_tradition)
        out[p.id] = ProvisionName(inline, start, short, msg(f"status.{p.status.value}"), p.title)
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
        phrases = [p for p in (_operator(key, operand) for key, operand in value.items()) if p is not None]
        if len(phrases) == 1:
            return phrases[0]
        return tuple(phrases) if phrases else msg("value.not_stated")
    if isinstance(value, list | tuple | set | frozenset):
        items = [_label(v) for v in value]
        return tuple(items) if items else msg("value.none")
    return _label(value)


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
    if key == "not":
        return msg("required.not", value=value_words(operand))
    return None


def _element(element: str | None) -> Msg:
    leaf = (element or "other").split(".")[-1]
    code = f"element.{leaf}"
    return msg(code) if code in TEXT else msg("element.other")


# ----------------------------------------------------------------------------- one shortfall, one sentence


def shortfall_message(item: ShortfallLike, names: ProvisionNames, authority: Param) -> Msg | None:
    code = str(getattr(item.code, "value", item.code))
    provision = name_of(names, item.provision)
    element = _element(item.element)
    if code == "value":
        if item.required is True and item.found in (False, None):
            return msg("finding.lacks", provision=provision.start, element=element, authority=authority)
        if item.required is False and item.found is True:
            return msg("finding.has_forbidden", provision=provision.start, element=element, authority=authority)
        return msg(
            "finding.value",
            provision=provision.inline,
            element=element,
            found=value_words(item.found),
            required=value_words(item.required),
            authority=authority,
        )
    if code == "not_stated":
        return msg("finding.not_stated", provision=provision.inline, element=element)
    if code in ("must_not_have", "found"):
        if item.provision is None and isinstance(item.found, list | tuple):
            found = _listed(names, item.found)
            return msg("finding.found_many", provisions=found, authority=authority, count=len(found))
        return msg("finding.has_forbidden", provision=provision.start, element=element, authority=authority)
    if code == "rights_risk":
        return msg("finding.rights_risk", provision=provision.start, authority=authority)
    if code == "no_provision":
        return None  # said once per criterion, with the requirement (see finding_messages)
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
    if code == "needs_one_of":
        return msg("finding.needs_one_of", provision=provision.start, element=element)
    return None


def _listed(names: ProvisionNames, ids: Sequence[str]) -> tuple[Param, ...]:
    """Provisions as the subject of a sentence: the first capitalised."""
    named = [name_of(names, p) for p in ids]
    return (named[0].start, *(n.inline for n in named[1:])) if named else ()


def _count(value: Any) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple | set):
        return len(value)
    return 0


def _authority(criterion: CriterionResult) -> Param:
    """Who asks for it, as the finding says it: "the ICCPR (art 17)", "the UNODC publication"."""
    from draftkit.reference import instruments

    for citation in criterion.citations:
        if citation.kind.value == "instrument":
            instrument = instruments().get(citation.source)
            short = instrument.short if instrument else citation.source
            if citation.pinpoint:
                return msg("authority.instrument_at", instrument=short, pinpoint=citation.pinpoint)
            return msg("authority.instrument", instrument=short)
    return msg("authority.standard")


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
            out.append(msg("finding.met_by", provisions=tuple(name_of(names, p).inline for p in evidence)))
        return out
    if outcome is Outcome.NOT_APPLICABLE:
        return [msg("finding.not_applicable")]
    authority = _authority(criterion)
    shortfalls: Sequence[ShortfallLike] = getattr(view, "shortfalls", None) or ()
    seen: set[Msg] = set()
    worded = [shortfall_message(s, names, authority) for s in shortfalls]
    for item in worded:
        if item is not None and item not in seen:
            seen.add(item)
            out.append(item)
    if evidence and outcome is Outcome.PARTLY_MET:
        listed = _listed(names, evidence)
        out.insert(0, msg("finding.partly_by", provisions=listed, count=len(listed)))
    if not out:
        out.append(msg("finding.nothing_found") if not evidence else msg("finding.partly_unspecified"))
    return out


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
