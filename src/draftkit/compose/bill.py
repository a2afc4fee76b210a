"""Compose the proposed bill, as a tree (:mod:`draftkit.compose.tree`), from a framework and its assessment.

What the bill contains is decided by :func:`draftkit.compose.plan.plan_bill` (the smallest
change per finding, checked by the rules engine). This module turns that plan into a bill a
drafter can table:

* Part 1 (Title I) *Preliminary*: short title, commencement, and ONE interpretation section
  holding every term the bill uses: the State's own definition (a signpost to it) where the
  framework records one, else the catalog's;
* substantive Parts by area: the State's own clauses as written, or struck through and
  replaced where they fall short; the model provisions the plan enacts; headings without
  catalog labels;
* a final Part: a regulations power where the text calls for one, the amendments of each
  Act in force, and the repeals;
* Schedules where the model text refers to one.

Cross-references are resolved to the bill's own section numbers (or to the provision in
force that does the job); parameters are filled by grammar (a value that already names a
judge is not put after "a judge of"); a civil-law State gets a draft law in its own idiom.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from draftkit.assess.result import Assessment
from draftkit.catalog import load_catalog
from draftkit.catalog.store import Catalog
from draftkit.catalog.text import letter, roman
from draftkit.catalog.translation import localized_catalog
from draftkit.compose.model import InForce, Note, Origin, OriginKind, Placeholder
from draftkit.compose.names import bare_unit, numbering_order, section_numbers, state_title, whole_unit
from draftkit.compose.numbering import convention_of, inserted_after
from draftkit.compose.pinpoints import Pinpoint
from draftkit.compose.pinpoints import merge as merge_pinpoints
from draftkit.compose.plan import JUDGE_OF, Change, ChangeKind, Plan, enact, judge_of, plan_bill, slot_overlap
from draftkit.compose.spans import bracketed
from draftkit.compose.style import Style, capital, form_of, parameter, style_for
from draftkit.compose.tree import (
    Amendment,
    Bill,
    DefinedTerm,
    Division,
    Form,
    Operation,
    Role,
    Schedule,
    Section,
    Span,
    Target,
    Unit,
    UnitKind,
    plain,
)
from draftkit.compose.tree import Change as Tracked
from draftkit.diagnostics import InputError, Problem
from draftkit.i18n import Messages, msg
from draftkit.i18n.messages import TEXT
from draftkit.models import (
    PLACEHOLDER,
    Area,
    CitationKind,
    DefinitionProvision,
    LegalTradition,
    NationalFramework,
    ParamType,
    ProvisionBase,
    ProvisionStatus,
    Subsection,
)
from draftkit.models.provisions import NationalProvision, NationalSource
from draftkit.reference import instrument_short, instrument_title, instruments

__all__ = [
    "DEFAULT_TITLE",
    "article_of_section",
    "bill_plan",
    "compose_bill",
    "compose_proposal",
    "enacted_act",
    "remedy_ids",
    "source_words",
]

DEFAULT_TITLE = TEXT["bill.common.default_title"]

MAX_NOTE_WORDS = 120


def remedy_ids(assessment: Assessment) -> list[str]:
    """Catalog ids named as remedies of mandatory and should-consider criteria not (fully) met, in a stable order.

    What the bill actually enacts is narrower: :func:`draftkit.compose.plan.plan_bill` keeps only
    the changes the rules engine shows are needed.
    """
    seen: dict[str, None] = {}
    for criterion in assessment.criteria:
        if criterion.outcome.value in ("not_met", "partly_met") and criterion.strength.value != "optional":
            for remedy in criterion.remedies:
                seen.setdefault(remedy, None)
    return list(seen)


def source_words(source: NationalSource, tradition: LegalTradition, style: Style | None = None) -> str:
    """``Penal Code 1962, s 41`` (or ``art 41`` in a civil-law State), in the style's language."""
    act = style.act_name(source.act) if style is not None else source.act
    if not source.section[:1].isdigit():
        return f"{act}, {source.section}"
    code = "bill.civil.source" if tradition is LegalTradition.CIVIL_LAW else "bill.common.source"
    words = style.m if style is not None else Messages()
    return words.text(msg(code, act=act, unit=source.section))


_OPTION_LABEL = re.compile(r"\s*\((?:[^()]*\boption\b[^()]*)\)\s*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """A heading without catalog labels such as ``(option)`` or ``(post-2014 option)``."""
    return _OPTION_LABEL.sub("", title).strip()


# ----------------------------------------------------------------------------- descriptive references

_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("authorisation in urgent cases", ("safeguard.authorisation",)),
    ("the confidentiality of orders", ("provider.confidentiality",)),
    ("confidentiality", ("provider.confidentiality",)),
    ("notification and remedies", ("safeguard.notification_and_remedy", "safeguard.remedies")),
    ("notification", ("safeguard.notification_and_remedy",)),
    ("remedies", ("safeguard.notification_and_remedy", "safeguard.remedies")),
    ("oversight", ("safeguard.oversight",)),
    ("the destruction of data", ("safeguard.data_destruction",)),
    ("the use of intercepted material in evidence", ("evidence.intercept_product",)),
    # the rules that give the courts jurisdiction: over the territory, abroad, and over a person whose extradition
    # is refused (a decision to prosecute "in accordance with" them must be able to rely on the last)
    (
        "jurisdiction",
        ("jurisdiction.territorial", "jurisdiction.extraterritorial", "jurisdiction.extradite_or_prosecute"),
    ),
    ("the disclosure of decryption keys", ("power.compelled_decryption",)),
)
_DESCRIPTIVE = re.compile(
    r"(?:[Aa]ny provision|[Tt]he provisions) of this (?:Act|Law) on ((?:[a-z ,]|and )+?)"
    r"(?=\s+apply|\s+applies|;|\.|,\s*but|\s+but|$)"
)
_NOT_AFFECT = re.compile(
    r",? but this does not affect any order made under any provision of this (?:Act|Law) on [a-z ]+"
)


_AUTHORISATION, _CONFIDENTIALITY = ("safeguard.authorisation",), ("provider.confidentiality",)
_NOTIFICATION, _OVERSIGHT = ("safeguard.notification_and_remedy",), ("safeguard.oversight",)
_REMEDIES = ("safeguard.notification_and_remedy", "safeguard.remedies")
"""Remedies: the notified person's (with notification) and anyone's complaint to the oversight body and the court."""
_DESTRUCTION, _JURISDICTION = (
    ("safeguard.data_destruction",),
    ("jurisdiction.territorial", "jurisdiction.extraterritorial", "jurisdiction.extradite_or_prosecute"),
)
_DECRYPTION, _INTERCEPT = ("power.compelled_decryption",), ("evidence.intercept_product",)


@dataclass(frozen=True)
class _Descriptive:
    """How model text in one language refers to "the provisions of this Act on <topics>"."""

    pattern: re.Pattern[str]
    """Group 1: the topics. The match is what a reference by number replaces."""
    topics: tuple[tuple[str, tuple[str, ...]], ...]
    split: re.Pattern[str]
    lead: re.Pattern[str]
    """Articles and prepositions before a topic (``à la``, ``sobre``), ignored."""
    of: str = ""
    """Put before the reference by number (``de`` + ``l'article 17`` -> ``de l'article 17``)."""
    not_affect: re.Pattern[str] = re.compile(r"(?!)")
    """A saving for orders under the decryption power: left out when the bill has no such power."""


_DESCRIPTIVES: dict[str, _Descriptive] = {
    "en": _Descriptive(_DESCRIPTIVE, _TOPICS, re.compile(r",\s*|\s+and\s+"), re.compile(r"^on "), "", _NOT_AFFECT),
    "fr": _Descriptive(
        re.compile(
            r"de la présente loi relatives? ((?:à |au |aux )[\w ,'’]+?)"
            r"(?=,\s+et\s|\s+s'appliqu|\s+(?:lui |leur )?(?:sont|est) applicables?|\s+et des\b|\s*;|\.|$)"
        ),
        (
            ("l'autorisation en cas d'urgence", _AUTHORISATION),
            ("la confidentialité des décisions", _CONFIDENTIALITY),
            ("la confidentialité des injonctions", _CONFIDENTIALITY),
            ("la confidentialité", _CONFIDENTIALITY),
            ("la notification et aux voies de recours", _REMEDIES),
            ("la notification et aux recours", _REMEDIES),
            ("la notification", _NOTIFICATION),
            ("voies de recours", _REMEDIES),
            ("recours", _REMEDIES),
            ("contrôle", _OVERSIGHT),
            ("la destruction des données", _DESTRUCTION),
            ("la compétence", _JURISDICTION),
            ("la remise des clés de déchiffrement", _DECRYPTION),
            ("l'utilisation comme preuve des éléments interceptés", _INTERCEPT),
        ),
        re.compile(r",\s*|\s+et\s+|\s+ainsi qu'"),
        re.compile(r"^(?:à |au |aux |à la |à l')"),
        "de ",
        re.compile(
            r"\s*;\s*cette règle est sans incidence sur toute décision rendue en application d'une disposition "
            r"de la présente loi relative à [\w ]+(?=\.)"
        ),
    ),
    "es": _Descriptive(
        re.compile(
            r"de la presente ley sobre ([\w ,]+?)"
            r"(?=,\s+y\s|\s+se aplican?\b|\s+le son\b|\s+(?:le |les )?son aplicables|\s*;|\.|$)"
        ),
        (
            ("la autorización en casos de urgencia", _AUTHORISATION),
            ("la confidencialidad de las órdenes", _CONFIDENTIALITY),
            ("confidencialidad", _CONFIDENTIALITY),
            ("notificación y recursos", _REMEDIES),
            ("notificación", _NOTIFICATION),
            ("recursos", _REMEDIES),
            ("supervisión", _OVERSIGHT),
            ("la destrucción de datos", _DESTRUCTION),
            ("destrucción de datos", _DESTRUCTION),
            ("jurisdicción", _JURISDICTION),
            ("la revelación de claves de descifrado", _DECRYPTION),
            ("utilización como prueba del material interceptado", _INTERCEPT),
            ("la utilización como prueba del material interceptado", _INTERCEPT),
        ),
        re.compile(r",\s*|\s+y\s+(?:sobre\s+)?"),
        re.compile(r"^(?:sobre )"),
        "de ",
        re.compile(
            r",\s*sin perjuicio de las órdenes dictadas en virtud de cualquier disposición de la presente ley "
            r"sobre [\w ]+(?=\.)"
        ),
    ),
}


def _topics(listed: str, descriptive: _Descriptive | None = None) -> list[tuple[str, ...]] | None:
    d = descriptive or _DESCRIPTIVES["en"]
    whole = dict(d.topics)
    listed = d.lead.sub("", listed.strip())
    if listed in whole:
        return [whole[listed]]
    pieces = [d.lead.sub("", p.strip()) for p in d.split.split(listed) if p.strip()]
    out = []
    for piece in pieces:
        if piece not in whole:
            return None
        out.append(whole[piece])
    return out


# ----------------------------------------------------------------------------- composition


def bill_titles(framework: NationalFramework, style: Style) -> tuple[str, str]:
    """The bill's title as tabled and how the enacted text will be cited.

    The framework's ``title`` is used when it is in the bill's language; otherwise (a framework
    written in English drafted in French) the language's default title. The parameter
    ``act_title`` names the enacted text where the default would not do.
    """
    year = framework.as_of.year
    given = framework.title if framework.title and framework.language == style.language else None
    act_given = parameter(framework, "act_title", style.language)
    if style.language != "en":  # a French or Spanish title has no year in it: "Loi sur ...", "Ley ..."
        return given or style.say("default_title"), act_given or _act_of_draft(given, style)
    if style.form is Form.COMMON_LAW:
        title = given or style.say("default_title")
        base = re.sub(r"\s+Bill$", "", title)
        return title, act_given or style.say("act_title", name=base, year=str(year))
    title = given or style.say("default_title")
    if not title.lower().startswith("draft"):
        title = style.say("draft_title", title=title)
    base = re.sub(r"^Draft\s+", "", re.sub(r"\s+Bill$", "", title))
    base = capital(base)  # "Draft law on ..." is cited as "Law on ..."
    return title, act_given or style.say("act_title", name=base, year=str(year))


_DRAFT_OPENING: dict[str, tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = {
    # "proyecto" and "projet" are masculine, "ley" and "loi" feminine: "relativo"/"relatif" agree with the law
    "es": (re.compile(r"^Proyecto de [Ll]ey\b( relativo\b)?"), lambda m: "Ley \u2026" + (" relativa" if m[1] else "")),
    "fr": (
        re.compile(r"^Projet de loi\b( relatif\b)?"),
        lambda m: "loi n\u00b0 \u2026 du \u2026" + (" relative" if m[1] else ""),
    ),
}


def _act_of_draft(title: str | None, style: Style) -> str:
    """How the law a draft titled ``title`` will be cited once enacted, named as the draft names itself:
    "Proyecto de ley de prevención del ..." becomes "Ley … de prevención del ..."; else the default."""
    opening = _DRAFT_OPENING.get(style.language)
    if title and opening is not None and opening[0].match(title):
        return opening[0].sub(opening[1], title, count=1)
    return style.say("default_act_title")


@dataclass
class _Slot:
    """A section to be: where its text comes from and what it answers."""

    key: str
    area: Area | None
    title: str
    provision: ProvisionBase | None
    origin: Origin
    change: Tracked
    answers: list[str]
    deleted: ProvisionBase | None = None
    number: str = ""
    eid: str = ""


class _Composer:
    def __init__(
        self,
        framework: NationalFramework,
        assessment: Assessment,
        catalog: Catalog,
        plan: Plan,
        style: Style,
        *,
        english: Catalog | None = None,
    ) -> None:
        self.framework = framework
        self.assessment = assessment
        self.catalog = catalog
        self.plan = plan
        self.style = style
        self.criteria = {c.id: c for c in assessment.criteria}
        self.repealed = {c.target for c in plan.changes if c.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)}
        self.by_model: dict[str, _Slot] = {}
        self.substituted: dict[str, NationalProvision] = {}
        self.inserted: dict[str, tuple[NationalProvision, str, str]] = {}
        """Model id -> (the last code article of its kind in force, the number of the article it goes
        after, its own number): a new offence of a civil-law State put into the code where such
        offences live, not into the new Law."""
        """Catalog id -> the code article it rewrites in place (civil law: amended, never repealed)."""
        self.quoting: str | None = None
        """The code whose article is being quoted: references to the bill name it, "this Law" is that code."""
        self.placeholders: dict[str, Placeholder] = {}
        self.terms_used: dict[str, str] = {}  # key (the English term, lower case) -> the term in the bill's language
        self.english = english if english is not None else catalog
        self.term_keys = _term_keys(self.english, catalog, framework)  # term in the bill (lower) -> key
        self.term_words = _term_words(self.english, catalog, self.term_keys)
        self.schedules: list[Schedule] = []
        self._known_terms: list[str] | None = None
        self._term_pattern: re.Pattern[str] | None = None
        self.unresolved: list[str] = []
        """References to "the provisions of this Act on <topic>" that name nothing in the bill or the law in force,
        in order: the section that holds one asks the drafter to name the provisions meant."""
        self.year = framework.as_of.year
        self.title, self.act_title = bill_titles(framework, style)
        self.law = style
        """What amendments put into the law in force is in the bill's language (the language the State
        legislates in; a framework in another language is a working translation)."""

    # ------------------------------------------------------------------ references
    def model_section(self, model_id: str) -> str | None:
        slot = self.by_model.get(model_id)
        return slot.number if slot is not None else None

    def code_of(self, model_id: str) -> str:
        """The code a model provision is drafted into (rewriting an article of it, or inserting one)."""
        if model_id in self.substituted:
            return self.substituted[model_id].source.act
        return self.inserted[model_id][0].source.act

    def code_order(self, model_id: str) -> tuple[tuple[int, ...], int]:
        """Where the article a model provision rewrites or inserts stands in its code."""
        if model_id in self.substituted:
            return _numbering_key(_unit_number(self.substituted[model_id].source.section))
        return _numbering_key(self.inserted[model_id][2])

    def in_force_for(self, model_id: str) -> str | None:
        """A provision in force (not repealed) that does what ``model_id`` would: cited by number."""
        if model_id in self.substituted:  # the code article the bill rewrites with this text
            rewritten = self.substituted[model_id]
            return self.style.cite_in_force(rewritten.source.act, rewritten.source.section)
        if model_id in self.inserted:  # the code article the bill inserts with this text
            after, _, number = self.inserted[model_id]
            return self.style.cite_in_force(after.source.act, number)
        if model_id not in self.catalog:
            return None

        model = self.catalog.get(model_id)
        for p in self.framework.provisions:
            if p.status is ProvisionStatus.IN_FORCE and p.id not in self.repealed and slot_overlap(model, p) > 0:
                return self.style.cite_in_force(p.source.act, p.source.section)
        return None

    def resolve(self, listed: str) -> tuple[str, str | None] | None:
        """Words for 'the provisions of this Act on <listed>' by number, and an eId to link when one section."""
        groups = _topics(listed, self.descriptive)
        if groups is None:
            return None
        numbers: list[str] = []
        outside: list[str] = []
        for group in groups:
            found = [n for n in (self.model_section(m) for m in group) if n]
            if found:
                numbers += [n for n in found if n not in numbers]
                continue
            cited = [c for c in (self.in_force_for(m) for m in group) if c]
            if not cited:
                return None
            outside += [c for c in cited if c not in outside]
        numbers.sort(key=_number_key)
        words = [self.style.cite_sections(numbers)] if numbers else []
        if words and self.quoting is not None:  # quoted into a code: the bill's articles by the bill's name
            words = [f"{words[0]} {self.style.of_act(self.act_title)}"]
        words += outside
        text = self.style.and_list(words)
        eid = self.style.section_eid(numbers[0]) if len(numbers) == 1 and not outside else None
        return text, eid

    @property
    def descriptive(self) -> _Descriptive:
        return _DESCRIPTIVES.get(self.style.language, _DESCRIPTIVES["en"])

    # ------------------------------------------------------------------ text
    def value_of(self, name: str, provision: ProvisionBase) -> str | None:
        """A parameter's value: the framework's, or one draftkit can work out from the framework."""
        given = parameter(self.framework, name, self.style.language)
        if given is not None:
            return given
        if name == "terrorist_act_national_provision":
            for p in self.framework.provisions:
                if (
                    isinstance(p, DefinitionProvision)
                    and p.elements.concept.value == "terrorist_act"
                    and p.id not in self.repealed
                ):
                    return self.style.cite_in_force(p.source.act, p.source.section)
        if name.endswith("_schedule"):
            return self.schedule_for(name, provision)
        return None

    def schedule_for(self, name: str, provision: ProvisionBase) -> str:
        for schedule in self.schedules:
            if schedule.eid == f"sch_{name}":
                return self.style.say("schedule_ref", number=schedule.number)
        number = str(len(self.schedules) + 1)
        heading = {
            "terrorist_offence_schedule": self.style.say("schedule.offences.heading"),
            "terrorist_act_conventions_schedule": self.style.say("schedule.conventions.heading"),
        }.get(name, clean_title(provision.title))

        registry = instruments()
        parties = [
            i
            for i in self.framework.instruments
            if i.status.is_party
            and (known := registry.get(i.id)) is not None
            and known.kind.value == "universal_treaty"
            and "terror" in known.title.lower()
        ]
        units = []
        for index, item in enumerate(parties, start=1):
            title = instrument_title(item.id, self.style.language)
            text = (
                self.style.say("schedule.offences.entry", instrument=title)
                if name == "terrorist_offence_schedule"
                else title
            )
            units.append(
                Unit(
                    UnitKind.PARAGRAPH,
                    f"{index}.",
                    f"sch_{name}__para_{index}",
                    (Span(text, Role.PARAMETER if "[" in text else Role.TEXT, name if "[" in text else None),),
                )
            )
        if not units:
            units.append(
                Unit(
                    UnitKind.PARAGRAPH,
                    "1.",
                    f"sch_{name}__para_1",
                    (Span(_opening(self.style.say("schedule.offences.none")), Role.PARAMETER, name),),
                )
            )
        self.schedules.append(Schedule(number, f"sch_{name}", heading, tuple(units), called_by=""))
        return self.style.say("schedule_ref", number=number)

    def spans(self, text: str, provision: ProvisionBase | None, *, lead: bool = True) -> tuple[Span, ...]:
        """Adapt to the tradition, fill parameters by grammar, resolve descriptive references.

        ``lead``: the text opens a sentence (a subsection), so a value put first gets a capital;
        a paragraph continues its lead-in and keeps the value as written.
        """
        text = self.style.adapt(text)
        if self.quoting is not None:
            text = self.in_code(text)
        out: list[Span] = []
        buffer = ""
        position = 0
        declared = provision.parameters if provision is not None else {}
        for match in PLACEHOLDER.finditer(text):
            name = match.group(1)
            if name not in declared:
                continue
            before = buffer + text[position : match.start()]
            position = match.end()
            value = self.value_of(name, provision) if provision is not None else None
            parameter = declared[name]
            if value is not None:
                if parameter.type is ParamType.YEARS:
                    value = self.style.years(value)
                judge = JUDGE_OF.search(before)
                if judge and judge_of(value) == value:
                    before = before[: judge.start()]
                opens = not before.strip() and (lead or self.style.idiom.capital_items)
                if opens or re.search(r"[.:]\s+$", before):
                    value = capital(value)
                buffer = self.joined(before, value)
                continue
            default = str(parameter.default)
            if parameter.type is ParamType.YEARS:
                default = self.style.years(default)
            for pattern, replacement in self.style.idiom.values:
                default = pattern.sub(replacement, default)
            shown = bracketed(self.style.adapt(default, state=False))
            if (not before.strip() and (lead or self.style.idiom.capital_items)) or re.search(r"[.:]\s+$", before):
                shown = _opening(shown)
            joined = self.joined(before, shown)
            before, shown = joined[: joined.rindex("[")], joined[joined.rindex("[") :]
            out += self.plain_spans(before)
            buffer = ""
            self.placeholders.setdefault(name, Placeholder(name, shown, parameter.description, str(parameter.default)))
            out.append(Span(shown, Role.PARAMETER, name))
        buffer += text[position:]
        out += self.plain_spans(buffer)
        return tuple(out) or (Span(""),)

    def in_code(self, text: str) -> str:
        """Model text quoted into a code: "this Law" is the code, except in a reference to the provisions of this
        Law on a topic, which are the bill's own and are cited by number (:meth:`plain_spans`)."""
        out: list[str] = []
        position = 0
        for match in self.descriptive.pattern.finditer(text):
            out += [self.style.in_code(text[position : match.start()]), match.group(0)]
            position = match.end()
        return "".join([*out, self.style.in_code(text[position:])])

    def joined(self, before: str, value: str) -> str:
        """``before`` followed by a filled value, contracted where the language contracts (``de le`` -> ``du``)."""
        tail = before[-8:]
        return before[: len(before) - len(tail)] + self.style.idiom.contract(tail + value[:12]) + value[12:]

    def plain_spans(self, text: str) -> list[Span]:
        if not text:
            return []
        d = self.descriptive
        text = d.not_affect.sub(lambda m: m.group(0) if self.model_section(_DECRYPTION[0]) else "", text)
        out: list[Span] = []
        position = 0
        for match in d.pattern.finditer(text):
            resolved = self.resolve(match.group(1))
            if resolved is None:
                self.unresolved.append(match.group(0).strip())
                continue
            words, eid = resolved
            if match.group(0)[:1].isupper():  # the reference opened the sentence
                words = capital(words)
            if d.of:  # "de la présente loi relatives à X" -> "de l'article 17" (contracted: "del artículo 17")
                joined = self.style.idiom.contract(d.of + words)
                out.append(
                    Span(
                        text[position : match.start()] + joined[: -len(words)]
                        if joined.endswith(words)
                        else text[position : match.start()]
                    )
                )
                words = joined[len(joined) - len(words) :] if joined.endswith(words) else joined
            else:
                out.append(Span(text[position : match.start()]))
            out.append(Span(words, Role.REF, eid))
            position = match.end()
        out.append(Span(text[position:]))
        return [span for span in out if span.text]

    def units(
        self, subsections: Sequence[Subsection], provision: ProvisionBase | None, parent: str
    ) -> tuple[Unit, ...]:
        numbered = len(subsections) > 1
        out: list[Unit] = []
        for i, sub in enumerate(subsections, start=1):
            eid = self.style.unit_eid(parent, "subsection", i)
            children = []
            for j, paragraph in enumerate(sub.paragraphs, start=1):
                peid = self.style.unit_eid(eid, "paragraph", j)
                grandchildren = tuple(
                    Unit(
                        UnitKind.SUBPARAGRAPH,
                        self.style.subparagraph_num(k),
                        self.style.unit_eid(peid, "subparagraph", k),
                        self.spans(text, provision),
                    )
                    for k, text in enumerate(paragraph.subparagraphs, start=1)
                )
                children.append(
                    Unit(
                        UnitKind.PARAGRAPH,
                        self.style.paragraph_num(j),
                        peid,
                        self.spans(paragraph.text, provision, lead=False),
                        grandchildren,
                    )
                )
            wrap = self.spans(sub.closing, provision) if sub.closing else ()
            out.append(
                Unit(
                    UnitKind.SUBSECTION,
                    self.style.subsection_num(i) if numbered else None,
                    eid,
                    self.spans(sub.text, provision),
                    tuple(children),
                    wrap,
                )
            )
        return tuple(out)

    # ------------------------------------------------------------------ notes
    def notes(
        self,
        slot: _Slot,
        provision: ProvisionBase | None,
        placeholders: Sequence[Placeholder] = (),
        unresolved: Sequence[str] = (),
    ) -> tuple[Note, ...]:
        note = self.note
        notes = [note("source", slot.origin.description)]
        if self.style.language != "en" and provision is not None and slot.origin.kind is not OriginKind.NATIONAL:
            notes.append(note("translation", self.style.say("note.unofficial_translation")))
        criteria = [self.criteria[c] for c in slot.answers if c in self.criteria]
        if criteria and self.style.language == "en":
            first = criteria[0].question
            answers = self.style.say("note.and_more", question=first, count=len(criteria) - 1)
            notes.append(note("answers", answers if len(criteria) > 1 else first))
        elif criteria:  # the requirements are worded in English: the comment counts them, the report lists them
            notes.append(note("answers", self.style.say("note.answers_count", count=len(criteria))))
        if provision is not None and provision.commentary is not None:
            notes.append(note("why", _first_sentence(provision.commentary.purpose)))
        citations = [*(provision.citations if provision else []), *(c for cr in criteria for c in cr.citations)]
        authority = _authority(citations, self.style)
        if authority:
            notes.append(note("authority", authority))
        if placeholders:
            decide = [
                self.style.say("note.decide_entry", shown=p.shown, description=_first_sentence(p.description))
                for p in placeholders
            ]
            notes.append(note("to_decide", " ".join(decide)))
        if unresolved:
            quoted = [self.style.quote_term(words) for words in dict.fromkeys(unresolved)]
            notes.append(note("to_decide", self.style.say("note.unresolved", words=self.style.and_list(quoted))))
        if slot.area is not None:
            notes.append(note("see", self.see(slot.area)))
        return _trim(notes, self.style.say("note.source"))

    def note(self, label: str, text: str) -> Note:
        return Note(self.style.say(f"note.{label}"), text)

    def see(self, area: Area) -> str:
        return self.style.say("note.see_chapter", chapter=self.style.m.text(msg(f"area.{area.value}")))

    def scan_terms(self, units: Iterable[Unit]) -> None:
        """Terms a definition exists for (the State's or the catalog's) that the text uses."""
        if self._known_terms is None:
            self._known_terms = sorted(self.term_keys, key=len, reverse=True)
            self._term_pattern = (
                re.compile(
                    r"\b(" + "|".join(_plural_pattern(t, self.style.language) for t in self._known_terms) + r")\b",
                    re.IGNORECASE,
                )
                if self._known_terms
                else None
            )
        if self._term_pattern is None:
            return
        for top in units:
            for unit in top.walk():
                for span in (*unit.text, *unit.wrap):
                    if span.role is not Role.TEXT:
                        continue
                    for match in self._term_pattern.finditer(span.text):
                        self.use_term(self.key_of(match.group(1)))

    # ------------------------------------------------------------------ terms
    def use_term(self, key: str) -> None:
        self.terms_used.setdefault(key, self.term_words.get(key, key))

    def key_of(self, found: str) -> str:
        """The key of a term found in the text (perhaps plural: ``systèmes informatiques``)."""
        lowered = found.lower()
        if lowered in self.term_keys:
            return self.term_keys[lowered]
        for word, key in self.term_keys.items():
            if re.fullmatch(_plural_pattern(word, self.style.language), lowered, re.IGNORECASE):
                return key
        return lowered

    # ------------------------------------------------------------------ sections
    def section(self, slot: _Slot) -> Section:
        provision = slot.provision
        units: tuple[Unit, ...] = ()
        unresolved = len(self.unresolved)
        if provision is not None:
            units = self.units(provision.text, provision, slot.eid)
            for term in provision.uses_terms:
                self.use_term(self.key_of(term))
            self.scan_terms(units)
        before = dict(self.placeholders)
        deleted: tuple[Unit, ...] = ()
        if slot.deleted is not None:
            deleted = self.units(slot.deleted.text, slot.deleted, slot.eid + "__old")
        own = tuple(p for name, p in self.placeholders.items() if name not in before or provision is not None)
        used = {
            s.target for u in units for unit in u.walk() for s in (*unit.text, *unit.wrap) if s.role is Role.PARAMETER
        }
        return Section(
            number=slot.number,
            eid=slot.eid,
            title=slot.title,
            units=units,
            origin=slot.origin,
            change=slot.change,
            answers=tuple(slot.answers),
            notes=self.notes(slot, provision, [p for p in own if p.name in used], self.unresolved[unresolved:]),
            placeholders=tuple(p for p in own if p.name in used),
            deleted=deleted,
            deleted_title=slot.deleted.title if slot.deleted is not None else None,
        )


def local_term(provision: ProvisionBase) -> str:
    """The term a definition defines, in the language of its text (a translation's ``term``)."""
    translated = getattr(provision, "term", None)
    if isinstance(translated, str) and translated:
        return translated
    return str(getattr(provision, "elements").term)  # noqa: B009 (every definition has elements)


def _term_keys(english: Catalog, local: Catalog, framework: NationalFramework) -> dict[str, str]:
    """Every term the bill may define, as written in its language (lower case) -> its key.

    The key is the English term of the catalog (terms are language-neutral data, ``uses_terms``
    names them in English); a State's own definition of a concept the catalog defines has the
    catalog's key, else its own term.
    """
    out: dict[str, str] = {}
    for term, provision_id in english.defined_terms().items():
        word = local_term(local.get(provision_id)) if provision_id in local else term
        out[word.lower()] = term.lower()
    for p in framework.provisions:
        if isinstance(p, DefinitionProvision):
            key = _state_key(p, english)
            out.setdefault(p.elements.term.lower(), key)
    return out


def _term_words(english: Catalog, local: Catalog, keys: dict[str, str]) -> dict[str, str]:
    """Key -> the term as the bill writes it: the catalog's term in the language first, else the State's."""
    out: dict[str, str] = {}
    for term, provision_id in english.defined_terms().items():
        out[term.lower()] = local_term(local.get(provision_id)) if provision_id in local else term
    for word, key in keys.items():
        out.setdefault(key, word)
    return out


def _state_key(provision: ProvisionBase, english: Catalog) -> str:
    """The key of a State's definition: the catalog's term for the same concept, else its own term."""
    elements = getattr(provision, "elements")  # noqa: B009 (a definition's elements: term and concept)
    for model in english.by_kind("definition"):
        same = isinstance(model, DefinitionProvision) and model.elements.concept == elements.concept
        if same and elements.concept.value not in ("other", "none"):
            return str(getattr(model, "elements").term).lower()  # noqa: B009
    return str(elements.term).lower()


def _plural_pattern(term: str, language: str) -> str:
    """A regex for ``term`` and its plural: the last word takes an ``s`` in English, every word in French
    and Spanish (``systèmes informatiques``, ``datos informáticos``)."""
    words = term.split()
    if language in ("fr", "es"):
        return r"\s+".join(re.escape(w) + r"(?:s|x|es)?" if w not in _LINKS else re.escape(w) for w in words)
    return re.escape(term) + "s?"


_LINKS = frozenset({"de", "des", "du", "la", "le", "les", "del", "el", "los", "las", "y", "et", "à", "a", "en", "d'"})


def _collation(term: str) -> str:
    """Alphabetical order as dictionaries sort: accents and case ignored."""

    return "".join(c for c in unicodedata.normalize("NFD", term.casefold()) if not unicodedata.combining(c))


def _uses_any_term(c: _Composer, slots: Sequence[_Slot]) -> bool:
    known = set(c.english.defined_terms()) | set(c.term_keys)
    known = {t.lower() for t in known}
    for slot in slots:
        if slot.provision is None:
            continue
        if slot.provision.uses_terms:
            return True
        text = " ".join(piece for sub in slot.provision.text for piece in sub.strings()).lower()
        if any(re.search(rf"\b{re.escape(term)}", text) for term in known):
            return True
    return False


def _authority(citations: Sequence[Any], style: Style, limit: int = 4) -> str:
    """The authorities, each source once with its pinpoints merged (:func:`draftkit.compose.pinpoints.merge`):
    the publication first, then instruments and cases in the order they come."""

    groups: dict[str, list[Any]] = {}
    for citation in citations:
        if citation.kind is CitationKind.PUBLICATION:
            key = ""
        elif citation.kind is CitationKind.INSTRUMENT:
            key = instrument_short(citation.source, style.language)
        else:
            key = citation.source
        groups.setdefault(key, []).append(citation)
    parts: list[str] = []
    others: list[str] = []
    for key, cited in groups.items():
        pins = merge_pinpoints(
            [Pinpoint(c.pinpoint, bool(c.verified)) for c in cited if c.pinpoint and "?" not in c.pinpoint]
        )
        if key == "":
            shown = [
                style.pinpoint(pin.text)
                if pin.verified
                else style.say("note.unverified_pinpoint", pinpoint=style.pinpoint(pin.text))
                for pin in pins
            ]
            if shown:
                parts.append(style.say("note.unodc", pinpoints=", ".join(shown[:limit])))
            continue
        if not pins:
            others.append(key)
            continue
        if not any(pin.verified for pin in pins):
            listed = ", ".join(style.pinpoint(pin.text) for pin in pins)
            others.append(style.say("note.pinpoint_unverified", citation=f"{key}, {listed}"))
            continue
        listed = ", ".join(
            style.pinpoint(pin.text)
            if pin.verified
            else style.say("note.unverified_pinpoint", pinpoint=style.pinpoint(pin.text))
            for pin in pins
        )
        others.append(f"{key}, {listed}")
    return "; ".join([*parts, *others[: max(1, limit - 1)]])


def _findings_of(items: Sequence[Unit]) -> list[str]:
    """The distinct findings an amending section's instructions cure, each once ("the law does not say whom the
    power may reach; the safeguards ... must reach ..." is two findings), the most particular first: a finding
    shared by most instructions comes after those of one."""
    found = [
        part
        for unit in items
        if unit.amendment is not None and unit.amendment.finding
        for part in unit.amendment.finding.split("; ")
    ]
    return sorted(dict.fromkeys(found), key=found.count)


def _number_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits.group(0)) if digits else 0, number)


_CODE = re.compile(r"\b(?:code|código|codice)\b", re.IGNORECASE)


def rewrites_in_place(style: Style, provision: NationalProvision) -> bool:
    """Whether the bill rewrites ``provision`` in place rather than repealing it for a new article: an
    article of a code in a civil-law draft law (a code is amended, its articles never repealed to be
    re-enacted outside it; ``L'article 421-2-2 du code pénal est ainsi rédigé``)."""
    return (
        style.form is Form.CIVIL_LAW
        and provision.status is ProvisionStatus.IN_FORCE
        and _CODE.search(provision.source.act) is not None
    )


def _opening(text: str) -> str:
    """``text`` opening a sentence: its first letter a capital, inside a placeholder's bracket too."""
    at = 1 if text.startswith("[") else 0
    return text[:at] + text[at : at + 1].upper() + text[at + 1 :]


def _first_sentence(text: str) -> str:
    """The text up to its first full stop or semicolon, ending with a full stop (a clause cut at its
    semicolon is a sentence of the comment)."""
    match = _SENTENCE.match(text)
    if not match:
        return text
    first = match.group(1)
    return first[:-1] + "." if first.endswith(";") else first


_SENTENCE = re.compile(r"(.+?(?<!\bpar)(?<!\bpárr)(?<!\bp)(?<!\bart)(?<!\bn°)(?<!\bNo)[.;])(\s|$)")
"""A first sentence, not cut at an abbreviation (``par. 110``, ``párr. 110``, ``art. 5``)."""


def _inserted(
    slot: _Slot,
    items: list[Unit],
    notes: list[Note],
    source: str,
    placeholders: Sequence[Placeholder] = (),
    *,
    keep: Sequence[Note] = (),
) -> Section:
    """A section the bill inserts whole (its amending and repealing sections): the slot's place, the
    items, the notes of its comment trimmed to length, and the values left to decide in what it quotes."""
    return Section(
        slot.number,
        slot.eid,
        slot.title,
        tuple(items),
        slot.origin,
        Tracked.INSERTED,
        tuple(slot.answers),
        _trim(notes, source, keep),
        placeholders=tuple(placeholders),
    )


def _shortened(whole: str, head: str) -> str:
    """``head`` (the first words of ``whole``) ended where a reader expects a cut: after the last whole
    item of a list (citations end at "; ", values to decide at ". [" before the next value), and never
    inside the first item (a citation is not cut inside its title)."""

    def last(text: str) -> int:
        entry = text.rfind(". [")
        return max(text.rfind("; "), entry + 1 if entry >= 0 else -1)

    def first(text: str) -> int:
        ends = [i for i in (text.find("; "), text.find(". [")) if i >= 0]
        if not ends:
            return -1
        end = min(ends)
        return end + 1 if text.startswith(". [", end) else end

    cut = last(head)
    if cut < 0:
        ahead = first(whole)
        if 0 <= ahead <= len(head) + 80:  # finish the first item when it is nearly there
            cut = ahead
    if cut >= 0:
        head = whole[:cut]
    return head.rstrip(",;") + " \u2026"


def _trim(notes: list[Note], source: str = "Source", keep: Sequence[Note] = ()) -> tuple[Note, ...]:
    """At most about ``MAX_NOTE_WORDS`` words: the longest entries (not the source, nor those in ``keep``) are
    shortened first."""

    def words(items: Iterable[Note]) -> int:
        return sum(len(n.label.split()) + len(n.text.split()) for n in items)

    out = list(notes)
    for _ in range(len(out)):
        excess = words(out) - MAX_NOTE_WORDS
        if excess <= 0:
            break
        index = max(
            range(len(out)),
            key=lambda i: len(out[i].text.split()) if out[i].label != source and out[i] not in keep else -1,
        )
        if out[index].label == source or out[index] in keep:
            break
        text = out[index].text.split()
        kept = max(8, len(text) - excess - 1)
        if kept >= len(text):
            break
        out[index] = Note(out[index].label, _shortened(out[index].text, " ".join(text[:kept])))
    return tuple(out)


def _definition_entry(
    composer: _Composer, provision: ProvisionBase, eid: str, renumber: dict[int, int], term_key: str
) -> tuple[Unit, list[Subsection]]:
    """A definition's first subsection as an entry (``"term" means ...``); the rest as extra subsections.

    The rest become subsections (2), (3)... of the interpretation section: ``renumber`` maps their
    old numbers to the new, and references to them are rewritten; ``subsection (1)(b)`` becomes
    ``paragraph (b) of the definition of "term"``.
    """
    key = provision.elements.term if isinstance(provision, DefinitionProvision) else provision.id

    language = composer.style.language
    shown = composer.style.quote_term(local_term(provision)) if isinstance(provision, DefinitionProvision) else key

    def number(found: str) -> int:
        return renumber.get(int(found), int(found))

    def moved(text: str) -> str:
        if language == "fr":
            of = (
                "d'"
                if re.match(r"[«\s]*[aeéèêiîouyhAEÉÈIOUYH]", shown[2:] if shown.startswith("«") else shown)
                else "de "
            )
            text = re.sub(
                r"\b(au|du|le|Le) (\d+)° du I\b(?!')",
                lambda m: f"{m.group(1)} {letter(int(m.group(2)))}) de la définition {of}{shown}",
                text,
            )
            # the definition's own items 1°, 2° are its a), b) in the list of definitions
            text = re.sub(r"(?<!\w)(\d+)°(?! du [IVX])", lambda m: f"{letter(int(m.group(1)))})", text)
            return re.sub(
                r"\b(au|du|le|les|aux|des|Le|Les) ([IVX]+)\b(?!')",
                lambda m: f"{m.group(1)} {roman(number(str(_roman_int(m.group(2))))).upper()}",
                text,
            )
        if language == "es":
            text = re.sub(
                r"\b(la letra \w\)) del apartado 1\b", lambda m: f"{m.group(1)} de la definición de {shown}", text
            )
            if composer.style.form is Form.CIVIL_LAW:  # the definition's own letters a), b) are its 1.º, 2.º
                text = re.sub(
                    r"\blas letras ([a-z])\) (y|o|a) ([a-z])\)(?! del apartado)",
                    lambda m: f"los ordinales {_ordinal(m.group(1))} {m.group(2)} {_ordinal(m.group(3))}",
                    text,
                )
                text = re.sub(
                    r"\bla letra ([a-z])\)(?! del apartado)(?! de la definición)",
                    lambda m: f"el ordinal {_ordinal(m.group(1))}",
                    text,
                )
            return re.sub(r"\b(apartados?) (\d+)\b", lambda m: f"{m.group(1)} {number(m.group(2))}", text)
        text = re.sub(r"subsection \(1\)\((\w)\)", f"paragraph (\\1) of the definition of \u201c{key}\u201d", text)
        return re.sub(r"subsection \((\d+)\)", lambda m: f"subsection ({number(m.group(1))})", text)

    style = composer.style
    first, *rest = provision.text
    text = moved(style.idiom.definition_lead.sub("", first.text))
    paragraphs = list(first.paragraphs)
    for index, paragraph in enumerate(paragraphs):
        names = PLACEHOLDER.findall(paragraph.text)
        if names and all(composer.value_of(n, provision) is None and n.endswith("_provision") for n in names):
            # a paragraph that only points to a provision the State does not have: left out
            paragraphs = paragraphs[:index] + paragraphs[index + 1 :]
            if paragraphs:
                last = paragraphs[-1]
                tail = re.sub(r";\s*(or|and|ou|et|o|y|u|e)$", "", last.text.rstrip())
                paragraphs[-1] = last.model_copy(update={"text": tail + (";" if first.closing else "")})
            break
    civil = style.form is Form.CIVIL_LAW
    folded = len(paragraphs) == 1 and not paragraphs[0].subparagraphs and not first.closing
    if folded:
        # one paragraph left: no list, one sentence
        text = re.sub(r"\s*[\u2014:]$", "", text) + " " + paragraphs[0].text
        paragraphs = []
    children = []
    for j, paragraph in enumerate(paragraphs, start=1):
        peid = style.unit_eid(eid, "paragraph", j)
        subs = tuple(
            Unit(
                UnitKind.SUBPARAGRAPH,
                style.subparagraph_num(k) if not civil else f"({roman(k)})",
                style.unit_eid(peid, "subparagraph", k),
                composer.spans(moved(t), provision, lead=False),
            )
            for k, t in enumerate(paragraph.subparagraphs, start=1)
        )
        children.append(
            Unit(
                UnitKind.PARAGRAPH,
                style.paragraph_num(j) if not civil else style.subparagraph_num(j),
                peid,
                composer.spans(moved(paragraph.text), provision, lead=False),
                subs,
            )
        )
    wrap = composer.spans(moved(first.closing), provision, lead=False) if first.closing else ()
    spans = composer.spans(text, provision)
    if spans and spans[0].role is Role.TEXT:
        left, right = style.idiom.term_quotes
        quoted = re.match(rf"{re.escape(left)}([^{re.escape(right[-1])}]+){re.escape(right)}", spans[0].text)
        if quoted:
            rest_text = spans[0].text[quoted.end() :]
            if style.idiom.means and not _SEPARATED.match(rest_text):
                rest_text = style.idiom.means + rest_text
            spans = (
                Span(quoted.group(0), Role.TERM, _term_key(term_key)),
                Span(rest_text),
                *spans[1:],
            )
    extra = [sub.model_copy(update={"text": moved(sub.text)}) for sub in rest]
    if folded:
        whole = f"the definition of \u201c{key}\u201d"
        extra = [e.model_copy(update={"text": e.text.replace(f"paragraph (a) of {whole}", whole)}) for e in extra]
    extra = [
        e.model_copy(
            update={
                "paragraphs": [
                    pa.model_copy(
                        update={"text": moved(pa.text), "subparagraphs": [moved(x) for x in pa.subparagraphs]}
                    )
                    for pa in e.paragraphs
                ],
                "closing": moved(e.closing) if e.closing else None,
            }
        )
        for e in extra
    ]
    return Unit(UnitKind.DEFINITION, None, eid, spans, tuple(children), wrap, term=_term_key(term_key)), extra


_SEPARATED = re.compile(r"\s*(:|\u2014|means|includes|désigne|s'entend|significa|comprende)")


def _ordinal(letter_: str) -> str:
    """``b`` -> ``2.º`` (a Spanish ordinal item)."""
    return f"{ord(letter_) - ord('a') + 1}.\u00ba"


def _roman_int(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    return sum(
        -values[c] if i + 1 < len(text) and values[text[i + 1]] > values[c] else values[c] for i, c in enumerate(text)
    )


def _term_key(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", term.lower()).strip("_")


def _with_end(unit: Unit, end: str) -> Unit:
    """Put the entry's closing punctuation (``;`` or ``.``) on its last words."""
    if unit.wrap:
        wrap = _retail(unit.wrap, end)
        return Unit(unit.kind, unit.num, unit.eid, unit.text, unit.children, wrap, unit.amendment, unit.term)
    if unit.children:
        children = list(unit.children)
        children[-1] = _with_end(children[-1], end)
        return Unit(unit.kind, unit.num, unit.eid, unit.text, tuple(children), unit.wrap, unit.amendment, unit.term)
    return Unit(
        unit.kind, unit.num, unit.eid, _retail(unit.text, end), unit.children, unit.wrap, unit.amendment, unit.term
    )


_CONNECTOR_END = re.compile(r"\s*[.;,]?(?:\s+(?:and|or|et|ou|y|o|u|e))?\s*$")
"""The end of a list item: its punctuation and connector (``; and``, ``; ou``, ``; y``)."""


def _retail(spans: tuple[Span, ...], end: str) -> tuple[Span, ...]:
    if not spans:
        return spans
    last = spans[-1]
    text = _CONNECTOR_END.sub("", last.text) if last.role is Role.TEXT else last.text
    return (*spans[:-1], Span(text + end, last.role, last.target))


def compose_bill(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog | None = None,
    *,
    packs: Sequence[Any] | None = None,
    plan: Plan | None = None,
    language: str = "en",
    words: Messages | None = None,
) -> Bill:
    """The proposed bill as a tree, in ``language``: see the module docstring.

    ``catalog``: the model provisions whose text the bill prints, in ``language`` (by default the
    shipped catalog, translated by :func:`draftkit.catalog.translation.localized_catalog`); what the
    bill changes is decided on the English catalog, which the rules engine reasons on. ``words``: the
    messages of ``language``, when the caller has them (with the fallback the user allowed). A
    language without a catalog, or a translation that misses a provision, is an ``InputError``
    naming what is missing, never English in the middle of a French bill.
    """
    english, text = _catalogs(catalog, language)
    missing = [r for c in assessment.criteria for r in c.remedies if r not in english]
    if missing:
        raise InputError(
            [
                Problem("<assessment>", 1, 1, ("remedies",), f"no model provision '{r}' in the catalog")
                for r in dict.fromkeys(missing)
            ]
        )
    style = style_for(form_of(framework), framework, language=language, words=words)
    if plan is None:
        plan = bill_plan(framework, assessment, english, packs=packs, language=language)
    c = _Composer(framework, assessment, text, plan, style, english=english)
    return _build(c)


def _catalogs(catalog: Catalog | None, language: str) -> tuple[Catalog, Catalog]:
    """(the English catalog the plan reasons on, the catalog whose text the bill prints)."""

    if language == "en":
        english = catalog if catalog is not None else load_catalog()
        return english, english
    if catalog is not None:
        return load_catalog(), catalog

    return load_catalog(), localized_catalog(language)


def _in_language(framework: NationalFramework, language: str) -> NationalFramework:
    """The framework as the plan sees it: the words its amendments put into the law are in the bill's language."""
    return framework if framework.language == language else framework.model_copy(update={"language": language})


def enacted_act(framework: NationalFramework) -> str:
    """How the plan names the enacted bill in the framework it builds (language-neutral data)."""
    title = framework.title or DEFAULT_TITLE
    stem = re.sub(r"\s+Bill$", "", title)
    return f"{stem} Act {framework.as_of.year}"


def bill_plan(
    framework: NationalFramework,
    assessment: Assessment,
    english: Catalog,
    *,
    packs: Sequence[Any] | None = None,
    language: str = "en",
) -> Plan:
    """The plan behind the bill :func:`compose_bill` composes in ``language``: every change it makes.

    ``english`` is the English catalog (what the rules engine reasons on). The plan names the
    enacted bill :func:`enacted_act`; pass it back to :func:`compose_bill` (``plan=``) to compose
    the bill without planning twice, and to :func:`draftkit.compose.plan.enact` for the law as it
    would stand with the bill enacted.
    """
    return plan_bill(_in_language(framework, language), assessment, english, act=enacted_act(framework), packs=packs)


def compose_proposal(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog | None = None,
    *,
    packs: Sequence[Any] | None = None,
    language: str = "en",
    words: Messages | None = None,
) -> tuple[Bill, NationalFramework]:
    """The bill, and the law as it would stand with it enacted (for the third view, "with the proposed bill").

    ``catalog`` as for :func:`compose_bill`; the law with the bill enacted is built from the English
    provisions (what the rules engine reads), whatever the bill's language.
    """

    english = catalog if language == "en" and catalog is not None else load_catalog()
    act = enacted_act(framework)
    plan = bill_plan(framework, assessment, english, packs=packs, language=language)
    bill = compose_bill(framework, assessment, catalog, packs=packs, plan=plan, language=language, words=words)
    definitions = {d.model for d in bill.terms if d.model is not None and d.model in english}
    # A term the bill takes from the State's definition in another language ("sistema informático" for
    # "computer system"): in the law as enacted the model provisions use the catalog's term, which the
    # bill's interpretation article defines by that signpost; the catalog's definition stands for it.
    own = {p.elements.term.lower() for p in framework.provisions if isinstance(p, DefinitionProvision)}
    by_key = {_term_key(term): provision_id for term, provision_id in english.defined_terms().items()}
    for d in bill.terms:
        catalog_id = by_key.get(d.key)
        if d.model is None and catalog_id is not None and english.get(catalog_id).elements.term.lower() not in own:
            definitions.add(catalog_id)
    return bill, enact(framework, english, plan.changes, act, sorted(definitions))


def _build(c: _Composer) -> Bill:
    framework, plan, style, catalog = c.framework, c.plan, c.style, c.catalog
    tradition = framework.legal_tradition
    changes_by_target: dict[str, list[Change]] = {}
    for change in plan.changes:
        if change.target:
            changes_by_target.setdefault(change.target, []).append(change)

    # -- substantive slots, by area
    slots_by_area: dict[Area, list[_Slot]] = {area: [] for area in Area}
    rewritten: list[_Slot] = []
    replaced_clause: set[str] = set()
    for provision in framework.provisions_with_status(ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL):
        replacing = [ch for ch in changes_by_target.get(provision.id, []) if ch.kind is ChangeKind.REPLACE_CLAUSE]
        status = style.say(f"status.{provision.status.value}")
        source = source_words(provision.source, tradition, style)
        answers = [cr.id for cr in c.assessment.criteria if provision.id in cr.evidence]
        if replacing:
            model = catalog.get(replacing[0].model)
            slot = _Slot(
                model.id,
                model.area,
                style.state_words(clean_title(model.title)),
                model,
                Origin(
                    OriginKind.NATIONAL,
                    provision.id,
                    style.say("origin.state_falls_short", status=status, source=source),
                ),
                Tracked.REPLACED,
                list(replacing[0].answers),
                deleted=provision,
            )
            c.by_model[model.id] = slot
            replaced_clause.add(replacing[0].model)
        else:
            slot = _Slot(
                provision.id,
                provision.area,
                provision.title,
                provision,
                Origin(
                    OriginKind.NATIONAL, provision.id, style.say("origin.state_provision", status=status, source=source)
                ),
                Tracked.NONE,
                answers,
            )
        if provision.kind != "definition":
            slots_by_area[provision.area].append(slot)
    for change in plan.changes:
        if change.kind not in (ChangeKind.NEW, ChangeKind.REPEAL_AND_NEW, ChangeKind.REPLACE_CLAUSE):
            continue
        if change.model in replaced_clause and change.kind is ChangeKind.REPLACE_CLAUSE:
            continue
        if change.model in c.by_model:
            c.by_model[change.model].answers += [a for a in change.answers if a not in c.by_model[change.model].answers]
            continue
        model = catalog.get(change.model)
        if model.kind == "definition":
            continue
        heading = style.state_words(clean_title(model.title))
        described = style.say("origin.model", title=heading)
        gone = None
        if change.kind is ChangeKind.REPEAL_AND_NEW and change.target:
            gone = next(p for p in framework.provisions if p.id == change.target)
            where = style.cite_in_force(gone.source.act, gone.source.section)
            rewords = "origin.model_rewrites" if rewrites_in_place(style, gone) else "origin.model_replaces"
            described = style.say(rewords, title=heading, where=where, count=style.unit_count(gone.source.section))
        slot = _Slot(
            model.id,
            model.area,
            heading,
            model,
            Origin(OriginKind.MODEL, model.id, described),
            Tracked.INSERTED,
            list(change.answers),
        )
        c.by_model[model.id] = slot
        home = _home_in_code(c, model) if gone is None and change.kind is ChangeKind.NEW else None
        if gone is not None and rewrites_in_place(style, gone):
            c.substituted[model.id] = gone  # drafted in the amendments of its code, not as an article of its own
            rewritten.append(slot)
        elif home is not None:
            c.inserted[model.id] = home  # a new article of the code where such offences live
            slot.origin = Origin(
                OriginKind.MODEL,
                model.id,
                style.say(
                    "origin.model_inserted",
                    title=heading,
                    where=style.cite_in_force(home[0].source.act, home[2]),
                ),
            )
            rewritten.append(slot)
        else:
            slots_by_area[model.area].append(slot)

    # -- what the text refers to must be in the bill (or in force): add what is missing
    queue = [*(slot for slots in slots_by_area.values() for slot in slots), *rewritten]
    while queue:
        slot = queue.pop(0)
        if slot.provision is None:
            continue
        english = c.english.get(slot.provision.id) if slot.provision.id in c.english else slot.provision
        text = _NOT_AFFECT.sub("", " ".join(piece for sub in english.text for piece in sub.strings()))
        for match in _DESCRIPTIVE.finditer(text):
            for group in _topics(match.group(1)) or []:
                if any(m in c.by_model for m in group) or any(c.in_force_for(m) for m in group):
                    continue
                model = catalog.get(group[0])
                needed = _Slot(
                    model.id,
                    model.area,
                    style.state_words(clean_title(model.title)),
                    model,
                    Origin(
                        OriginKind.MODEL,
                        model.id,
                        style.say(
                            "origin.model_needed",
                            title=style.state_words(clean_title(model.title)),
                            referrer=slot.title,
                        ),
                    ),
                    Tracked.INSERTED,
                    [],
                )
                c.by_model[model.id] = needed
                slots_by_area[model.area].append(needed)
                plan.changes.append(Change(ChangeKind.NEW, model.id))
                queue.append(needed)

    # -- within a Part: the State's own clauses first, as it ordered them, then draftkit's in catalog order
    order = {provision.id: index for index, provision in enumerate(catalog)}
    for area, slots in slots_by_area.items():
        own = [slot for slot in slots if slot.origin.kind is OriginKind.NATIONAL]
        proposed = sorted(
            (slot for slot in slots if slot.origin.kind is not OriginKind.NATIONAL),
            key=lambda slot: order.get(slot.key, len(order)),
        )
        slots_by_area[area] = own + proposed

    # -- numbering: preliminary 1-3, then areas, then final provisions
    divisions_plan: list[tuple[str, Area | None, list[_Slot]]] = []
    every_bill = style.say("origin.every_bill")
    short_title = _Slot(
        "short_title",
        None,
        style.say("short_title.heading"),
        None,
        Origin(OriginKind.DRAFTKIT, "short_title", every_bill),
        Tracked.INSERTED,
        [],
    )
    commencement = _Slot(
        "commencement",
        None,
        style.say("commencement.heading"),
        None,
        Origin(OriginKind.DRAFTKIT, "commencement", every_bill),
        Tracked.INSERTED,
        [],
    )
    interpretation = _Slot(
        "interpretation",
        Area.DEFINITIONS,
        style.interpretation_heading,
        None,
        Origin(OriginKind.DRAFTKIT, "interpretation", style.say("origin.interpretation")),
        Tracked.INSERTED,
        [],
    )
    # a French or Spanish law has no short-title article and ends with its entry into force
    ends_with_commencement = style.form is Form.CIVIL_LAW and style.language != "en"
    prelim = [interpretation] if ends_with_commencement else [short_title, commencement, interpretation]
    own_definitions = [
        p
        for p in framework.provisions_with_status(ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL)
        if isinstance(p, DefinitionProvision)
    ]
    planned_terms = [
        str(getattr(c.english.get(ch.model), "elements").term)  # noqa: B009 (every definition has elements)
        for ch in plan.changes
        if ch.kind is not ChangeKind.AMEND and ch.model.startswith("definition.") and ch.model in catalog
    ]
    for key in [
        *planned_terms,
        *(_state_key(p, c.english) for p in own_definitions if isinstance(p, DefinitionProvision)),
    ]:
        c.use_term(key.lower())
    if not c.terms_used and not _uses_any_term(c, [s for slots in slots_by_area.values() for s in slots]):
        prelim = [slot for slot in prelim if slot is not interpretation]  # nothing to define
    if prelim:
        divisions_plan.append((style.say("preliminary"), None, prelim))
    for area in Area:
        if area is not Area.DEFINITIONS and slots_by_area[area]:
            divisions_plan.append((style.m.text(msg(f"area.{area.value}")), area, slots_by_area[area]))
    final: list[_Slot] = []
    amend_changes = [ch for ch in plan.changes if ch.kind is ChangeKind.AMEND and ch.fix is not None]
    repeals = [
        ch
        for ch in plan.changes
        if ch.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)
        and ch.target
        and not (ch.kind is ChangeKind.REPEAL_AND_NEW and ch.model in c.substituted)
    ]
    acts: dict[str, list[Change]] = {}
    in_force_by_id = {p.id: p for p in framework.provisions}
    for ch in amend_changes:
        acts.setdefault(in_force_by_id[ch.target or ""].source.act, []).append(ch)
    safeguard_models = [
        m
        for m in (
            "safeguard.conditions",
            "safeguard.authorisation",
            "safeguard.oversight",
            "safeguard.notification_and_remedy",
            "safeguard.remedies",
            "safeguard.data_destruction",
        )
        if m in c.by_model
    ]
    kept_powers = [
        p
        for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
        if p.kind == "investigative_power" and p.id not in c.repealed
    ]
    # the bill's safeguards reach the powers in force it keeps: in the common law by one section of the bill
    # ("Sections 15 to 18 apply to the exercise of a power under— (a) sections 15, 17 ... of the ..."), not by the
    # same subsection added to dozens of sections; a code takes an alinéa in each article (the rule belongs there)
    reach = (
        _Slot(
            "safeguards_reach",
            Area.SAFEGUARDS,
            style.say("reach.heading"),
            None,
            Origin(OriginKind.DRAFTKIT, "safeguards_reach", style.say("origin.reach")),
            Tracked.INSERTED,
            [],
        )
        if safeguard_models and kept_powers and style.form is Form.COMMON_LAW and slots_by_area[Area.SAFEGUARDS]
        else None
    )
    if reach is not None:
        slots_by_area[Area.SAFEGUARDS].append(reach)  # the list the Part of safeguards is planned from
    elif safeguard_models:
        for p in kept_powers:
            acts.setdefault(p.source.act, [])
    for rewritten_article in c.substituted.values():
        acts.setdefault(rewritten_article.source.act, [])
    for after, _, _ in c.inserted.values():
        acts.setdefault(after.source.act, [])
    for act in acts:
        final.append(
            _Slot(
                f"amend:{act}",
                None,
                style.say("amendment.heading", of_act=style.of_act(act)),
                None,
                Origin(OriginKind.AMENDMENT, act, style.say("origin.amendments", of_act=style.of_act(act))),
                Tracked.INSERTED,
                [],
            )
        )
    if repeals:
        final.append(
            _Slot(
                "repeals",
                None,
                style.say("repeals.heading"),
                None,
                Origin(OriginKind.AMENDMENT, "repeals", style.say("origin.repeals")),
                Tracked.INSERTED,
                [],
            )
        )
    dispositions: dict[str, str] = {}  # slot key -> its label, where the law ends with dispositions
    if ends_with_commencement and style.dispositions:
        # a Spanish law ends with dispositions, not articles: the repealing one(s), then the final ones
        # (amendments of other laws first, entry into force last)
        repealing = [slot for slot in final if slot.key == "repeals"]
        finals = [*(slot for slot in final if slot.key != "repeals"), commencement]
        for kind, members in (("repeal", repealing), ("final", finals)):
            for n, member in enumerate(members, start=1):
                dispositions[member.key] = style.disposition_label(kind, n, len(members))
                member.number = f"{kind}_{n}"
        divisions_plan.append((style.say("final_provisions"), None, [*repealing, *finals]))
    elif ends_with_commencement:
        divisions_plan.append((style.say("final_provisions"), None, [*final, commencement]))
    elif final:
        repeals_only = [slot.key == "repeals" for slot in final]
        heading = style.repeals_heading(amendments=not all(repeals_only), repeals=any(repeals_only))
        divisions_plan.append((heading, None, final))
    number = 0
    for _, _, slots in divisions_plan:
        for slot in slots:
            if slot.key in dispositions:  # not an article: numbered within its kind (``final_2``, ``repeal_1``)
                slot.eid = f"disp_{slot.number}"
                continue
            number += 1
            slot.number = style.section_number(number)
            slot.eid = style.section_eid(slot.number)
    act_ref = c.act_title

    # -- build sections (references need every number first)
    built: dict[str, Section] = {}
    for _, _, slots in divisions_plan:
        for slot in slots:
            if slot.provision is not None:
                built[slot.key] = c.section(slot)
    # the code articles rewritten in place: quoted first in their code's amending article (so that the
    # terms they use are defined and the references they make resolved like any other text)
    quoted_sections: dict[str, Section] = {}
    for slot in final:
        if not slot.key.startswith("amend:"):
            continue
        mine = sorted(
            (r for r in rewritten if c.code_of(r.key) == slot.key.split(":", 1)[1]), key=lambda r: c.code_order(r.key)
        )
        for k, slot_of_model in enumerate(mine, start=1):
            slot_of_model.eid = f"{slot.eid}__mod_{k}__qstr_1"
            c.quoting = slot.key.split(":", 1)[1]
            quoted_sections[slot_of_model.key] = c.section(slot_of_model)
            c.quoting = None
    # -- interpretation: every term used, closure over definitions
    chosen: dict[str, tuple[str, ProvisionBase, str | None]] = {}  # term -> (how, provision, citation)
    catalog_terms = {t.lower(): i for t, i in c.english.defined_terms().items()}
    state_terms: dict[str, NationalProvision] = {
        _state_key(p, c.english): p
        for p in framework.provisions
        if isinstance(p, DefinitionProvision) and p.id not in c.repealed
    }
    planned_definitions = {
        ch.model for ch in plan.changes if ch.kind is not ChangeKind.AMEND and ch.model.startswith("definition.")
    }
    interp = (
        interpretation
        if interpretation in prelim
        else _Slot("interpretation", None, "", None, interpretation.origin, Tracked.INSERTED, [])
    )
    pending = list(c.terms_used)
    while pending:
        term = pending.pop(0)
        if term in chosen:
            continue
        model_id = catalog_terms.get(term)
        state = state_terms.get(term)
        picked: ProvisionBase | None = None
        if state is not None and model_id not in planned_definitions:
            if state.status is ProvisionStatus.IN_FORCE:
                chosen[term] = ("signpost", state, style.cite_in_force(state.source.act, state.source.section))
            else:
                chosen[term] = ("state", state, source_words(state.source, framework.legal_tradition, style))
            picked = state
        elif model_id is not None:
            picked = catalog.get(model_id)
            chosen[term] = ("model", picked, None)
            interp.answers += [
                a for ch in plan.changes if ch.model == model_id for a in ch.answers if a not in interp.answers
            ]
        if picked is not None:
            for used in picked.uses_terms:
                key = c.key_of(used)
                c.use_term(key)
                pending.append(key)
    ordered = sorted(chosen.items(), key=lambda item: _collation(c.terms_used.get(item[0], item[0])))
    next_number = 2
    renumbers: dict[str, dict[int, int]] = {}
    for term, (how, defining, _) in ordered:
        if how != "signpost":
            renumbers[term] = {i: next_number + i - 2 for i in range(2, len(defining.text) + 1)}
            next_number += len(defining.text) - 1
    definition_units: list[Unit] = []
    extras: list[tuple[Subsection, ProvisionBase]] = []
    origins: list[tuple[str, str | None]] = []
    for index, (term, (how, defining, cite)) in enumerate(ordered):
        eid = f"{interp.eid}__def_{_term_key(term)}"
        end = "." if index == len(ordered) - 1 else style.idiom.item_end
        word = c.terms_used.get(term, term)
        if how == "signpost":
            shown_term = style.quote_term(word)
            own_word = local_term(defining)  # the word the State's law defines
            sentence = (
                style.say("definition.signpost", term=shown_term, where=cite or "")
                if own_word.lower() == word.lower()
                or framework.language != style.language  # the same word, or another language's
                else style.say(
                    "definition.signpost_other",
                    term=shown_term,
                    state_term=style.quote_term(own_word),
                    where=cite or "",
                )
            )
            at = sentence.index(shown_term)
            spans = (
                Span(sentence[:at]),
                Span(shown_term, Role.TERM, _term_key(term)),
                Span(sentence[at + len(shown_term) :]),
            )
            entry = Unit(
                UnitKind.DEFINITION, None, eid, tuple(span for span in spans if span.text), term=_term_key(term)
            )
            origins.append((style.say("term.state", source=cite or ""), None))
        else:
            entry, rest = _definition_entry(c, defining, eid, renumbers[term], term)
            extras += [(sub, defining) for sub in rest]
            origins.append(
                (style.say("term.state", source=cite or ""), None)
                if how == "state"
                else (style.say("term.model"), defining.id)
            )
        if style.form is Form.CIVIL_LAW:
            entry = Unit(
                entry.kind,
                style.paragraph_num(index + 1),
                entry.eid,
                entry.text,
                entry.children,
                entry.wrap,
                term=entry.term,
            )
        definition_units.append(_with_end(entry, end))
    interp_units: list[Unit] = []
    numbered = bool(extras)
    first_eid = style.unit_eid(interp.eid, "subsection", 1)
    if definition_units:
        interp_units.append(
            Unit(
                UnitKind.SUBSECTION,
                style.subsection_num(1) if numbered else None,
                first_eid,
                (Span(style.interpretation_lead()),),
                tuple(definition_units),
            )
        )
    for k, (sub, defining) in enumerate(extras, start=2):
        interp_units += [
            Unit(
                u.kind, style.subsection_num(k), style.unit_eid(interp.eid, "subsection", k), u.text, u.children, u.wrap
            )
            for u in c.units([sub], defining, interp.eid)
        ]
    terms = tuple(
        DefinedTerm(u.term or "", c.terms_used.get(t, t), u.eid, origin, model)
        for (t, _), u, (origin, model) in zip(ordered, definition_units, origins, strict=True)
    )
    built["interpretation"] = Section(
        interp.number,
        interp.eid,
        interp.title,
        tuple(interp_units),
        interp.origin,
        Tracked.INSERTED,
        tuple(interp.answers),
        _trim(
            [
                c.note("source", style.say("origin.interpretation")),
                *([c.note("translation", style.say("note.unofficial_translation"))] if style.language != "en" else []),
                c.note("see", c.see(Area.DEFINITIONS)),
            ],
            style.say("note.source"),
        ),
    )

    # -- a code article rewritten in place is read with its code, where this bill's interpretation article
    # does not reach: the terms it uses are given the meaning that article gives them, by number
    meanings = {u.eid: plain(u.text) for u in definition_units}
    for model_key, quoted_article in list(quoted_sections.items()):
        code = style.of_act(c.code_of(model_key))
        lacking = [t for t in terms if code not in meanings.get(t.eid, "")]  # a term the code defines reaches it
        quoted_sections[model_key] = _with_meaning_of_terms(quoted_article, lacking, interp.number, style, c.act_title)

    def simple(slot: _Slot, texts: list[str]) -> Section:
        units = tuple(
            Unit(
                UnitKind.SUBSECTION,
                style.subsection_num(i) if len(texts) > 1 else None,
                style.unit_eid(slot.eid, "subsection", i),
                (Span(t),),
            )
            for i, t in enumerate(texts, start=1)
        )
        return Section(
            slot.number,
            slot.eid,
            slot.title,
            units,
            slot.origin,
            Tracked.INSERTED,
            (),
            (c.note("source", slot.origin.description),),
        )

    safeguard_numbers = sorted((c.by_model[m].number for m in safeguard_models), key=_number_key)
    if reach is not None:
        built[reach.key] = _reach_section(c, reach, kept_powers, safeguard_numbers)
    if short_title in prelim:
        built["short_title"] = simple(short_title, [style.short_title(act_ref)])
    built["commencement"] = simple(commencement, style.commencement(framework))

    # -- amendments of Acts in force, and repeals (the words put into a law are in that law's language)
    law = c.law
    for slot in final:
        if slot.key.startswith("amend:"):
            act = slot.key.split(":", 1)[1]
            items: list[Unit] = []
            inserts: dict[str, list[tuple[str, str]]] = {}  # target id -> (text, finding)
            extra_notes: list[Note] = []
            inserted_numbers: list[str] = []
            placeholders: list[Placeholder] = []
            for slot_of_model in sorted(rewritten, key=lambda r: c.code_order(r.key)):  # in the code's order
                if c.code_of(slot_of_model.key) != act:
                    continue
                quoted_section = quoted_sections[slot_of_model.key]
                if slot_of_model.key in c.inserted:  # a new article, after the last of its kind
                    after, previous, new_number = c.inserted[slot_of_model.key]
                    tgt = Target(act, previous, after.id, style.cite_in_force(act, previous))
                    inserted_numbers.append(new_number)
                    amendment = Amendment(
                        Operation.INSERT_ARTICLE,
                        tgt,
                        quoted=quoted_section.units,
                        quoted_heading=_quoted_heading(style, new_number, slot_of_model.title),
                        finding=style.say("finding.not_in_code"),
                        new_unit=new_number,
                        model=slot_of_model.key,
                    )
                    words = style.amendment_words(Operation.INSERT_ARTICLE, tgt, None, None, number=new_number)
                else:
                    tgt = _in_force_target(style, act, c.substituted[slot_of_model.key])
                    amendment = Amendment(
                        Operation.SUBSTITUTE_UNIT,
                        tgt,
                        quoted=quoted_section.units,
                        # several units replaced by one text: it takes the number of the first
                        quoted_heading=_quoted_heading(style, style.first_unit(tgt.unit), slot_of_model.title),
                        finding=style.say("finding.falls_short"),
                    )
                    words = style.amendment_words(Operation.SUBSTITUTE_UNIT, tgt, None, None)
                items.append(_instruction(style, slot.eid, len(items) + 1, amendment, words))
                slot.answers += [a for a in slot_of_model.answers if a not in slot.answers]
                placeholders += [p for p in quoted_section.placeholders if p not in placeholders]
                if slot_of_model.key in c.inserted:
                    continue  # the new articles are listed by number in one note; their headings name them
                kept = {c.note(label, "").label for label in ("why", "to_decide")}
                extra_notes.append(c.note("source", slot_of_model.origin.description))
                extra_notes += [n for n in quoted_section.notes if n.label in kept]
            numbering = (
                [c.note("to_decide", style.say("note.inserted_numbers", numbers=style.and_list(inserted_numbers)))]
                if inserted_numbers
                else []
            )
            law_act = bill_titles(framework, law)[1]
            done_words: set[tuple[str, str]] = set()
            for ch in acts[act]:
                target = in_force_by_id[ch.target or ""]
                tgt = _in_force_target(style, act, target)
                assert ch.fix is not None
                for change_of_words in ch.fix.words:
                    if (target.id, change_of_words.old) in done_words:
                        continue
                    done_words.add((target.id, change_of_words.old))
                    full = " ".join(piece for sub in target.text for piece in sub.strings())
                    old = change_of_words.old
                    occurrences = len(re.findall(re.escape(old), full, flags=re.IGNORECASE))
                    new = law.idiom.contract(law.m.text(change_of_words.new))
                    sentence = style.amendment_words(
                        Operation.SUBSTITUTE_WORDS, tgt, old, new, each_place=occurrences > 1
                    )
                    items.append(
                        _instruction(
                            style,
                            slot.eid,
                            len(items) + 1,
                            Amendment(
                                Operation.SUBSTITUTE_WORDS,
                                tgt,
                                old=old,
                                new=new,
                                finding=style.m.text(change_of_words.finding),
                            ),
                            sentence,
                        )
                    )
                for clause in ch.fix.insert:
                    added = (
                        law.adapt(law.idiom.contract(law.m.text(clause))),
                        "; ".join(style.m.text(f) for f in ch.fix.insert_finding),
                    )
                    if added not in inserts.setdefault(target.id, []):
                        inserts[target.id].append(added)
                slot.answers += [a for a in ch.answers if a not in slot.answers]
            if safeguard_numbers and reach is None:
                for p in kept_powers:
                    if p.source.act != act:
                        continue
                    refs = _range(law, safeguard_numbers)
                    name = "safeguards_apply" + (".plural" if len(safeguard_numbers) > 1 else "")
                    text = law.sentence(name, ref=refs, act=law_act)
                    inserts.setdefault(p.id, []).append((text, style.say("finding.safeguards_reach")))
            # one instruction per article: provisions recorded paragraph by paragraph ("60-1", "60-1(2)")
            # are parts of one article, supplemented after its last paragraph
            amended_ids = {ch.target for ch in acts[act]}
            grouped: dict[str, tuple[NationalProvision, int, list[tuple[str, str]]]] = {}
            for target_id, texts in inserts.items():
                target = in_force_by_id[target_id]
                article, paragraph = _article_of(bare_unit(target.source.section))
                units = section_numbers(article)
                if len(units) > 1:  # several units ("60-2 al 1, 77-1-2" and "60-2 al 2, 77-1-2"): by their articles
                    article = ", ".join(dict.fromkeys(whole_unit(unit) for unit in units))
                last = paragraph + len(target.text) - 1
                if article not in grouped:
                    grouped[article] = (target, last, list(texts))
                    continue
                first, before, gathered = grouped[article]
                gathered += [t for t in texts if t[0] not in {text for text, _ in gathered}]
                keep = first if first.id in amended_ids or target.id not in amended_ids else target
                grouped[article] = (keep, max(before, last), gathered)
            unnumbered = False
            for article, (target, existing, texts) in sorted(grouped.items(), key=lambda g: numbering_order(g[0])):
                tgt = Target(act, article, target.id, style.cite_in_force(act, article))
                base_eid = f"{slot.eid}__mod_{len(items) + 1}__qstr_1"
                # a provision in several units: the text goes at the end of each, whose subsections the framework
                # does not count one by one, so the new ones are not numbered ("( )": the drafter numbers them)
                several = style.unit_count(article) > 1
                quoted = tuple(
                    Unit(
                        UnitKind.SUBSECTION,
                        law.unnumbered_subsection() if several else law.subsection_num(existing + k),
                        style.unit_eid(base_eid, "subsection", existing + k),
                        (Span(text),),
                    )
                    for k, (text, _) in enumerate(texts, start=1)
                )
                sentence = style.insertion_words(tgt, existing, each=len(texts) if several else 0)
                unnumbered = unnumbered or (several and law.unnumbered_subsection() is not None)
                items.append(
                    _instruction(
                        style,
                        slot.eid,
                        len(items) + 1,
                        Amendment(
                            Operation.INSERT_UNIT, tgt, quoted=quoted, finding="; ".join(f for _, f in texts if f)
                        ),
                        sentence,
                    )
                )
            items = _single(items)
            built[slot.key] = _inserted(
                slot,
                items,
                [
                    c.note("source", slot.origin.description),
                    *[c.note("finding", finding) for finding in _findings_of(items)][:3],
                    *numbering,
                    *([c.note("to_decide", style.say("note.number_each"))] if unnumbered else []),
                    *extra_notes,
                ],
                style.say("note.source"),
                placeholders,
                keep=numbering,
            )
        elif slot.key == "repeals":
            items = []
            done: set[str] = set()
            for ch in sorted(
                repeals,
                key=lambda ch: (
                    in_force_by_id[ch.target or ""].source.act,
                    _number_key(bare_unit(in_force_by_id[ch.target or ""].source.section)),
                ),
            ):
                if ch.target in done:
                    continue
                done.add(ch.target or "")
                target = in_force_by_id[ch.target or ""]
                tgt = Target(
                    target.source.act,
                    bare_unit(target.source.section),
                    target.id,
                    style.cite_in_force(target.source.act, target.source.section),
                )
                replacement = c.model_section(ch.model)
                finding = (
                    style.say(
                        "finding.replaced_by", ref=style.cite_section(replacement), this_law=style.say("this_law")
                    )
                    if replacement
                    else style.say("finding.falls_short")
                )
                items.append(
                    _instruction(
                        style,
                        slot.eid,
                        len(items) + 1,
                        Amendment(Operation.REPEAL_UNIT, tgt, finding=finding),
                        style.amendment_words(Operation.REPEAL_UNIT, tgt, None, None),
                    )
                )
                slot.answers += [a for a in ch.answers if a not in slot.answers]
            items = _single(items)
            built[slot.key] = _inserted(
                slot,
                items,
                [
                    c.note("source", slot.origin.description),
                    *[
                        c.note(
                            "repealed",
                            style.say(
                                "note.repealed_entry", where=it.amendment.target.words, finding=it.amendment.finding
                            ),
                        )
                        for it in items
                        if it.amendment is not None
                    ][:3],
                ],
                style.say("note.source"),
            )

    divisions: list[Division] = []
    for index, (heading, part_area, slots) in enumerate(divisions_plan, start=1):
        num = style.division_number(index)
        sections = tuple(
            replace(built[s.key], label=dispositions.get(s.key) or style.section_heading_num(s.number)) for s in slots
        )
        closing = bool(slots) and all(s.key in dispositions for s in slots)
        divisions.append(
            Division(
                style.top,
                "" if closing else num,  # the dispositions that close a Spanish law stand under no Title
                "final" if closing else style.division_eid(str(index) if style.language != "en" else num),
                "" if closing else heading,
                sections,
                area=part_area,
                label="" if closing else style.division_label(num),
            )
        )
    schedules = tuple(
        Schedule(
            s.number,
            s.eid,
            s.heading,
            s.units,
            called_by=_caller(divisions, s.number, style),
            notes=s.notes,
            label=style.say("schedule", number=s.number),
        )
        for s in c.schedules
    )
    # every Act the bill's text amends or repeals, as its instructions name them (the safeguards' reach into the
    # powers in force amends Acts no change of the plan targets: PACE 1984, the IPA 2016)
    amended_acts = sorted(
        {
            unit.amendment.target.act
            for division in divisions
            for section in division.all_sections()
            for unit in section.walk()
            if unit.amendment is not None
        }
    )
    topics = [d.heading[0].lower() + d.heading[1:] for d in divisions if d.area is not None]
    listed = style.and_list(topics) if topics else style.say("topics.default")
    in_force = tuple(
        InForce(p.id, p.title, source_words(p.source, framework.legal_tradition, style))
        for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
    )
    return Bill(
        form=style.form,
        country=state_title(framework).in_language(style.language),
        country_code=framework.country,
        language=style.language,
        as_of=framework.as_of.isoformat(),
        year=framework.as_of.year,
        title=c.title,
        act_title=act_ref,
        long_title=style.long_title(listed, [style.act_name(act) for act in amended_acts], c.title),
        enacting_formula=style.enacting_formula(framework),
        divisions=tuple(divisions),
        schedules=schedules,
        terms=terms,
        in_force=in_force,
        arrangement=style.say("arrangement"),
        quotes=style.quote_marks(),
        elsewhere=frozenset(
            unit.group(0)
            for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
            if (unit := re.match(r"\d[\d-]*", bare_unit(p.source.section)))
        ),
    )


def _single(items: list[Unit]) -> list[Unit]:
    """One instruction in a section is not numbered."""
    if len(items) != 1:
        return items

    return [replace(items[0], num=None)]


def _reach_section(c: _Composer, slot: _Slot, powers: Sequence[NationalProvision], numbers: list[str]) -> Section:
    """The section that applies the bill's safeguards to the powers in force it keeps, Act by Act: "Sections 15
    to 18 apply to the exercise of a power under— (a) sections 8, 9 ... of, and Schedule 1 to, the Police and
    Criminal Evidence Act 1984; (b) ..."; one Act, one sentence."""
    style = c.style
    by_act: dict[str, dict[str, None]] = {}
    for power in powers:
        by_act.setdefault(power.source.act, {}).update(dict.fromkeys(section_numbers(bare_unit(power.source.section))))
    cited = [
        style.cite_in_force(act, ", ".join(sorted(units, key=numbering_order)))
        for act, units in sorted(by_act.items(), key=lambda item: style.act_name(item[0]).lower())
    ]
    ref = _range(style, numbers)
    count = len(numbers)
    if len(cited) == 1:
        unit = Unit(
            UnitKind.SUBSECTION,
            None,
            style.unit_eid(slot.eid, "subsection", 1),
            (Span(style.sentence("reach.single", count=count, ref=ref, where=cited[0])),),
        )
    else:
        last = len(cited)
        items = tuple(
            Unit(
                UnitKind.PARAGRAPH,
                style.paragraph_num(n),
                style.unit_eid(style.unit_eid(slot.eid, "subsection", 1), "paragraph", n),
                (
                    Span(
                        style.say(
                            "reach.item_last" if n == last else "reach.item_and" if n == last - 1 else "reach.item",
                            where=where,
                        )
                    ),
                ),
            )
            for n, where in enumerate(cited, start=1)
        )
        lead = style.sentence("reach.lead", count=count, ref=ref)
        unit = Unit(UnitKind.SUBSECTION, None, style.unit_eid(slot.eid, "subsection", 1), (Span(lead),), items)
    return Section(
        slot.number,
        slot.eid,
        slot.title,
        (unit,),
        slot.origin,
        Tracked.INSERTED,
        (),
        (c.note("source", slot.origin.description), c.note("finding", style.say("finding.safeguards_reach"))),
    )


def _range(style: Style, numbers: list[str]) -> str:
    """``sections 21 to 24`` when the numbers run on, else ``sections 21, 23 and 24``."""
    digits = [int(n) for n in numbers if n.isdigit()]
    if len(numbers) > 2 and len(digits) == len(numbers) and digits == list(range(digits[0], digits[-1] + 1)):
        return style.cite_range(numbers[0], numbers[-1])
    return style.cite_sections(numbers)


def _caller(divisions: list[Division], number: str, style: Style) -> str:
    called = style.say("schedule_ref", number=number)
    for division in divisions:
        for section in division.all_sections():
            for unit in section.walk():
                if any(called in span.text for span in (*unit.text, *unit.wrap)):
                    return section.eid
    return ""


def _with_meaning_of_terms(
    quoted: Section, terms: Sequence[DefinedTerm], interpretation: str, style: Style, act_title: str
) -> Section:
    """``quoted`` (a code article the bill rewrites in place) closed by a paragraph giving the terms it uses
    the meaning the bill's interpretation article gives them: "In this article, “funds” and “terrorist
    offence” have the meaning given by article 3 of the Law on ...". The code has no such definitions."""
    text = "\n".join(plain(u.text) + " " + plain(u.wrap) for unit in quoted.units for u in unit.walk())
    used = [
        t
        for t in terms
        if re.search(r"\b" + _plural_pattern(t.term.lower(), style.language) + r"\b", text, flags=re.IGNORECASE)
    ]
    if not used:
        return quoted
    names = style.and_list([style.quote_term(t.term) for t in used])
    article = f"{style.cite_sections([interpretation])} {style.of_act(act_title)}"
    sentence = style.say("meaning_of_term" if len(used) == 1 else "meaning_of_terms", terms=names, article=article)
    last = quoted.units[-1]
    number = len(quoted.units) + 1
    numbered = all(u.num for u in quoted.units)
    unit = Unit(
        last.kind,
        style.subsection_num(number) if numbered else None,
        style.unit_eid(quoted.eid, "subsection", number),
        (Span(sentence),),
    )
    return replace(quoted, units=(*quoted.units, unit))


def _quoted_heading(style: Style, article: str, heading: str) -> str:
    """The opening of an article the bill rewrites: ``Artículo 311. Financiación del terrorismo``,
    ``Article 421-2-2 — Financing of terrorism``."""
    label = style.section_heading_num(article)
    return f"{label} {heading}" if label.endswith(".") else f"{label} \u2014 {heading}"


def _article_of(unit: str) -> tuple[str, int]:
    """``60-1(2)`` -> (``60-1``, 2): the article, and the paragraph a provision recorded by paragraph starts at."""
    match = re.fullmatch(r"(.+?)\s*\((\d+)\)", unit)
    return (match.group(1), int(match.group(2))) if match else (unit, 1)


def article_of_section(section: str) -> str:
    """The article a provision recorded by its section lies in: ``art. 706-95(3)`` -> ``706-95`` (the unit the
    bill's one instruction per article names)."""
    return _article_of(bare_unit(section))[0]


_COMPUTER_CONDUCT = frozenset(
    {
        "illegal_access",
        "illegal_interception",
        "data_interference",
        "system_interference",
        "misuse_of_devices",
        "computer_forgery",
        "computer_fraud",
    }
)


def _family(provision: ProvisionBase) -> str:
    """Where a code files an offence: with the offences against computer systems, or with terrorism."""
    conduct = {getattr(c, "value", c) for c in getattr(provision.elements, "conduct", ())}
    return "computer" if conduct and conduct <= _COMPUTER_CONDUCT | {"cyberattack"} else "terrorism"


def _home_in_code(c: _Composer, model: ProvisionBase) -> tuple[NationalProvision, str, str] | None:
    """Where a new offence goes in a civil-law State whose offences of its family live in a code (the
    framework records them there): after the last of them, numbered as the code numbers insertions
    (``421-2-11`` after ``421-2-10``; ``311 bis`` after ``311``). None: the new Law enacts it."""
    if c.style.form is not Form.CIVIL_LAW or model.kind != "offence":
        return None
    family = _family(model)
    rewritten = {ch.target for ch in c.plan.changes if ch.kind is ChangeKind.REPEAL_AND_NEW}
    kin = [
        p
        for p in c.framework.provisions_with_status(ProvisionStatus.IN_FORCE)
        if p.kind == "offence"
        and (p.id not in c.repealed or p.id in rewritten)  # an article rewritten in place stays in the code
        and _CODE.search(p.source.act)
        and _family(p) == family
    ]
    if not kin:
        return None
    act = max({p.source.act for p in kin}, key=lambda a: sum(p.source.act == a for p in kin))
    whole = {_unit_number(p.source.section): p for p in kin if p.source.act == act}
    taken = {_unit_number(p.source.section) for p in c.framework.provisions if p.source.act == act}
    taken |= {number for after, _, number in c.inserted.values() if after.source.act == act}
    convention = convention_of(
        taken,
        civil_law=True,
        language=c.style.language,
        given=parameter(c.framework, "insertion_numbering", "en") or None,
    )
    last = max(whole, key=_numbering_key)
    after = whole[last]
    placed = [number for a, _, number in c.inserted.values() if a is after]
    previous = max([last, *placed], key=_numbering_key)  # after the articles this bill already inserts there
    try:
        return after, previous, inserted_after(previous, taken, convention)
    except ValueError:  # a numbering the convention cannot continue: the new Law enacts the offence
        return None


def _unit_number(section: str) -> str:
    """``art. 421-2-6(2)`` -> ``421-2-6``; ``311 bis`` stays."""
    return re.sub(r"\(.*$", "", bare_unit(section)).strip()


def _numbering_key(number: str) -> tuple[tuple[int, ...], int]:
    latin = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
    word = number.split(" ")[1] if " " in number else ""
    return tuple(int(d) for d in re.findall(r"\d+", number.split(" ", maxsplit=1)[0])), latin.index(
        word
    ) if word in latin else 0


def _in_force_target(style: Style, act: str, target: NationalProvision) -> Target:
    """What an amending instruction points at: an in-force provision of ``act``, cited as the tradition does."""
    return Target(act, bare_unit(target.source.section), target.id, style.cite_in_force(act, target.source.section))


def _instruction(style: Style, parent: str, n: int, amendment: Amendment, sentence: str) -> Unit:
    eid = f"{parent}__mod_{n}"
    spans = _quoted_spans(sentence, amendment)
    return Unit(UnitKind.INSTRUCTION, style.subsection_num(n), eid, spans, amendment=amendment)


def _quoted_spans(sentence: str, amendment: Amendment) -> tuple[Span, ...]:
    out: list[Span] = []
    position = 0
    for word in (amendment.old, amendment.new):
        if not word:
            continue
        at = sentence.find(word, position)
        if at < 0:
            continue
        out.append(Span(sentence[position:at]))
        out.append(Span(word, Role.QUOTED))
        position = at + len(word)
    out.append(Span(sentence[position:]))
    return tuple(s for s in out if s.text)
