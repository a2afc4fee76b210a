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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from draftkit.assess.result import Assessment
from draftkit.catalog.store import Catalog
from draftkit.catalog.text import roman
from draftkit.compose.model import InForce, Note, Origin, OriginKind, Placeholder
from draftkit.compose.plan import Change, ChangeKind, Plan, enact, judge_of, plan_bill
from draftkit.compose.style import Style, form_of, style_for
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
)
from draftkit.compose.tree import Change as Tracked
from draftkit.diagnostics import InputError, Problem
from draftkit.models import (
    PLACEHOLDER,
    Area,
    DefinitionProvision,
    LegalTradition,
    NationalFramework,
    ProvisionBase,
    ProvisionStatus,
    Subsection,
)
from draftkit.models.provisions import NationalSource

__all__ = ["DEFAULT_TITLE", "compose_bill", "compose_proposal", "remedy_ids", "source_words"]

DEFAULT_TITLE = "Counter-Terrorism (Use of the Internet) Bill"

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


def source_words(source: NationalSource, tradition: LegalTradition) -> str:
    """``Penal Code 1962, s 41`` (or ``art 41`` in a civil-law State)."""
    unit = "art" if tradition is LegalTradition.CIVIL_LAW else "s"
    section = source.section if not source.section[:1].isdigit() else f"{unit} {source.section}"
    return f"{source.act}, {section}"


_OPTION_LABEL = re.compile(r"\s*\((?:[^()]*\boption\b[^()]*)\)\s*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """A heading without catalog labels such as ``(option)`` or ``(post-2014 option)``."""
    return _OPTION_LABEL.sub("", title).strip()


# ----------------------------------------------------------------------------- descriptive references

_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("authorisation in urgent cases", ("safeguard.authorisation",)),
    ("the confidentiality of orders", ("provider.confidentiality",)),
    ("confidentiality", ("provider.confidentiality",)),
    ("notification and remedies", ("safeguard.notification_and_remedy",)),
    ("notification", ("safeguard.notification_and_remedy",)),
    ("remedies", ("safeguard.notification_and_remedy",)),
    ("oversight", ("safeguard.oversight",)),
    ("the destruction of data", ("safeguard.data_destruction",)),
    ("the use of intercepted material in evidence", ("evidence.intercept_product",)),
    ("jurisdiction", ("jurisdiction.territorial", "jurisdiction.extraterritorial")),
    ("the disclosure of decryption keys", ("power.compelled_decryption",)),
)
_DESCRIPTIVE = re.compile(
    r"(?:any provision|the provisions) of this (?:Act|Law) on ((?:[a-z ,]|and )+?)"
    r"(?=\s+apply|\s+applies|;|\.|,\s*but|\s+but|$)"
)
_NOT_AFFECT = re.compile(
    r",? but this does not affect any order made under any provision of this (?:Act|Law) on [a-z ]+"
)


def _topics(listed: str) -> list[tuple[str, ...]] | None:
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", listed) if p.strip()]
    whole = dict(_TOPICS)
    if listed.strip() in whole:
        return [whole[listed.strip()]]
    out = []
    for piece in pieces:
        if piece not in whole:
            return None
        out.append(whole[piece])
    return out


# ----------------------------------------------------------------------------- composition


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
        self, framework: NationalFramework, assessment: Assessment, catalog: Catalog, plan: Plan, style: Style
    ) -> None:
        self.framework = framework
        self.assessment = assessment
        self.catalog = catalog
        self.plan = plan
        self.style = style
        self.criteria = {c.id: c for c in assessment.criteria}
        self.repealed = {c.target for c in plan.changes if c.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)}
        self.by_model: dict[str, _Slot] = {}
        self.placeholders: dict[str, Placeholder] = {}
        self.terms_used: dict[str, str] = {}  # lower term -> term as written
        self.schedules: list[Schedule] = []
        self._known_terms: list[str] | None = None
        self._term_pattern: re.Pattern[str] | None = None
        self.problems: list[Problem] = []
        self.year = framework.as_of.year
        title = framework.title or DEFAULT_TITLE
        self.title = title if style.form is Form.COMMON_LAW or title.lower().startswith("draft") else f"Draft {title}"
        base = re.sub(r"\s+Bill$", "", title)
        undrafted = re.sub(r"^Draft\s+", "", base)
        self.act_title = f"{base} Act {self.year}" if style.form is Form.COMMON_LAW else f"{undrafted} {self.year}"

    # ------------------------------------------------------------------ references
    def model_section(self, model_id: str) -> str | None:
        slot = self.by_model.get(model_id)
        return slot.number if slot is not None else None

    def in_force_for(self, model_id: str) -> str | None:
        """A provision in force (not repealed) that does what ``model_id`` would: cited by number."""
        if model_id not in self.catalog:
            return None
        from draftkit.compose.plan import slot_overlap

        model = self.catalog.get(model_id)
        for p in self.framework.provisions:
            if p.status is ProvisionStatus.IN_FORCE and p.id not in self.repealed and slot_overlap(model, p) > 0:
                return self.style.cite_in_force(p.source.act, p.source.section)
        return None

    def resolve(self, listed: str) -> tuple[str, str | None] | None:
        """Words for 'the provisions of this Act on <listed>' by number, and an eId to link when one section."""
        groups = _topics(listed)
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
        words += outside
        text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        eid = self.style.section_eid(numbers[0]) if len(numbers) == 1 and not outside else None
        return text, eid

    # ------------------------------------------------------------------ text
    def value_of(self, name: str, provision: ProvisionBase) -> str | None:
        """A parameter's value: the framework's, or one draftkit can work out from the framework."""
        if name in self.framework.parameters:
            return self.framework.parameters[name]
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
                return f"Schedule {schedule.number}"
        number = str(len(self.schedules) + 1)
        heading = {
            "terrorist_offence_schedule": "Enactments giving effect to the international conventions and "
            "protocols relating to terrorism",
            "terrorist_act_conventions_schedule": "International conventions and protocols relating to terrorism",
        }.get(name, clean_title(provision.title))
        from draftkit.reference import instruments

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
            known = registry.get(item.id)
            title = known.title if known is not None else item.id
            text = (
                f"{title}: [the enactment that gives effect to it]" if name == "terrorist_offence_schedule" else title
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
                    (
                        Span(
                            "[the enactments giving effect to the conventions and protocols relating to terrorism "
                            "to which the State is party]",
                            Role.PARAMETER,
                            name,
                        ),
                    ),
                )
            )
        self.schedules.append(Schedule(number, f"sch_{name}", heading, tuple(units), called_by=""))
        return f"Schedule {number}"

    def spans(self, text: str, provision: ProvisionBase | None, *, lead: bool = True) -> tuple[Span, ...]:
        """Adapt to the tradition, fill parameters by grammar, resolve descriptive references.

        ``lead``: the text opens a sentence (a subsection), so a value put first gets a capital;
        a paragraph continues its lead-in and keeps the value as written.
        """
        text = self.style.adapt(text)
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
            if value is not None:
                if re.search(r"\ba (judge|magistrate) of $", before) and judge_of(value) == value:
                    before = re.sub(r"\ba (judge|magistrate) of $", "", before)
                if (lead and not before.strip()) or re.search(r"[.:]\s+$", before):
                    value = value[:1].upper() + value[1:]
                buffer = before + value
                continue
            out += self.plain_spans(before)
            buffer = ""
            parameter = declared[name]
            shown = f"[{self.style.adapt(str(parameter.default), state=False)}]"
            self.placeholders.setdefault(name, Placeholder(name, shown, parameter.description, str(parameter.default)))
            out.append(Span(shown, Role.PARAMETER, name))
        buffer += text[position:]
        out += self.plain_spans(buffer)
        return tuple(out) or (Span(""),)

    def plain_spans(self, text: str) -> list[Span]:
        if not text:
            return []
        text = _NOT_AFFECT.sub(lambda m: m.group(0) if self.resolve("the disclosure of decryption keys") else "", text)
        out: list[Span] = []
        position = 0
        for match in _DESCRIPTIVE.finditer(text):
            resolved = self.resolve(match.group(1))
            if resolved is None:
                self.problems.append(Problem("<bill>", 1, 1, (), f"unresolved reference: {match.group(0)}"))
                continue
            words, eid = resolved
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
        self, slot: _Slot, provision: ProvisionBase | None, placeholders: Sequence[Placeholder] = ()
    ) -> tuple[Note, ...]:
        notes = [Note("Source", slot.origin.description)]
        criteria = [self.criteria[c] for c in slot.answers if c in self.criteria]
        if criteria:
            first = criteria[0].question
            more = f" (and {len(criteria) - 1} more)" if len(criteria) > 1 else ""
            notes.append(Note("Answers", f"{first}{more}"))
        if provision is not None and provision.commentary is not None:
            notes.append(Note("Why", _first_sentence(provision.commentary.purpose)))
        citations = [*(provision.citations if provision else []), *(c for cr in criteria for c in cr.citations)]
        authority = _authority(citations)
        if authority:
            notes.append(Note("Authority", authority))
        if placeholders:
            decide = [f"{p.shown}: {_first_sentence(p.description)}" for p in placeholders]
            notes.append(Note("To decide", " ".join(decide)))
        if slot.area is not None:
            notes.append(Note("See", f"the gap report, chapter \u201c{slot.area.label}\u201d."))
        return _trim(notes)

    def scan_terms(self, units: Iterable[Unit]) -> None:
        """Terms a definition exists for (the State's or the catalog's) that the text uses."""
        if self._known_terms is None:
            known = {t.lower() for t in self.catalog.defined_terms()}
            known |= {p.elements.term.lower() for p in self.framework.provisions if isinstance(p, DefinitionProvision)}
            self._known_terms = sorted(known, key=len, reverse=True)
            self._term_pattern = (
                re.compile(r"\b(" + "|".join(re.escape(t) for t in self._known_terms) + r")s?\b", re.IGNORECASE)
                if known
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
                        self.terms_used.setdefault(match.group(1).lower(), match.group(1).lower())

    # ------------------------------------------------------------------ sections
    def section(self, slot: _Slot) -> Section:
        provision = slot.provision
        units: tuple[Unit, ...] = ()
        if provision is not None:
            units = self.units(provision.text, provision, slot.eid)
            for term in provision.uses_terms:
                self.terms_used.setdefault(term.lower(), term)
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
            notes=self.notes(slot, provision, [p for p in own if p.name in used]),
            placeholders=tuple(p for p in own if p.name in used),
            deleted=deleted,
            deleted_title=slot.deleted.title if slot.deleted is not None else None,
        )


def _uses_any_term(c: _Composer, slots: Sequence[_Slot]) -> bool:
    known = {t.lower() for t in c.catalog.defined_terms()}
    known |= {p.elements.term.lower() for p in c.framework.provisions if isinstance(p, DefinitionProvision)}
    for slot in slots:
        if slot.provision is None:
            continue
        if slot.provision.uses_terms:
            return True
        text = " ".join(piece for sub in slot.provision.text for piece in sub.strings()).lower()
        if any(re.search(rf"\b{re.escape(term)}", text) for term in known):
            return True
    return False


def _authority(citations: Sequence[Any], limit: int = 4) -> str:
    """The authorities once each: the publication's pinpoints together, then instruments and cases."""
    from draftkit.models import CitationKind

    pinpoints: list[str] = []
    others: list[str] = []
    for citation in citations:
        if citation.kind is CitationKind.PUBLICATION:
            pin = citation.pinpoint if citation.pinpoint and "?" not in citation.pinpoint else None
            if pin and pin not in pinpoints:
                pinpoints.append(pin if citation.verified else f"{pin} (unverified)")
        else:
            text = _cite(citation)
            if text not in others:
                others.append(text)
    parts = []
    if pinpoints:
        parts.append("UNODC, The use of the Internet for terrorist purposes (2012), " + ", ".join(pinpoints[:limit]))
    parts += others[: max(1, limit - 1)]
    return "; ".join(parts)


def _cite(citation: Any) -> str:
    """A short citation for a comment: ``UNODC (2012), para 110``; ``CETS 196, art 5 (pinpoint unverified)``."""
    from draftkit.models import CitationKind
    from draftkit.reference import instruments

    pin = f", {citation.pinpoint}" if citation.pinpoint and "?" not in citation.pinpoint else ""
    if citation.kind is CitationKind.PUBLICATION:
        text = f"UNODC, The use of the Internet for terrorist purposes (2012){pin}"
    elif citation.kind is CitationKind.INSTRUMENT:
        known = instruments().get(citation.source)
        text = f"{known.short if known is not None else citation.source}{pin}"
    else:
        text = f"{citation.source}{pin}"
    return text if citation.verified or not pin else f"{text} (pinpoint unverified)"


def _number_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits.group(0)) if digits else 0, number)


def _sentence_start(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped.endswith((".", "\u2014", ":")) or bool(re.search(r"\(\w+\)$", stripped))


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.;])(\s|$)", text)
    return match.group(1) if match else text


def _trim(notes: list[Note]) -> tuple[Note, ...]:
    """At most about ``MAX_NOTE_WORDS`` words: the longest entries (not the source) are shortened first."""

    def words(items: Iterable[Note]) -> int:
        return sum(len(n.label.split()) + len(n.text.split()) for n in items)

    out = list(notes)
    for _ in range(len(out)):
        excess = words(out) - MAX_NOTE_WORDS
        if excess <= 0:
            break
        index = max(range(len(out)), key=lambda i: len(out[i].text.split()) if out[i].label != "Source" else -1)
        text = out[index].text.split()
        keep = max(8, len(text) - excess - 1)
        if keep >= len(text):
            break
        out[index] = Note(out[index].label, " ".join(text[:keep]).rstrip(",;") + " \u2026")
    return tuple(out)


def _definition_entry(
    composer: _Composer, provision: ProvisionBase, eid: str, renumber: dict[int, int]
) -> tuple[Unit, list[Subsection]]:
    """A definition's first subsection as an entry (``"term" means ...``); the rest as extra subsections.

    The rest become subsections (2), (3)... of the interpretation section: ``renumber`` maps their
    old numbers to the new, and references to them are rewritten; ``subsection (1)(b)`` becomes
    ``paragraph (b) of the definition of "term"``.
    """
    key = provision.elements.term if isinstance(provision, DefinitionProvision) else provision.id

    def moved(text: str) -> str:
        text = re.sub(r"subsection \(1\)\((\w)\)", f"paragraph (\\1) of the definition of \u201c{key}\u201d", text)
        return re.sub(
            r"subsection \((\d+)\)", lambda m: f"subsection ({renumber.get(int(m.group(1)), int(m.group(1)))})", text
        )

    first, *rest = provision.text
    text = moved(re.sub(r"^(In this Act|For the purposes of this Act),\s*", "", first.text))
    paragraphs = list(first.paragraphs)
    for index, paragraph in enumerate(paragraphs):
        names = PLACEHOLDER.findall(paragraph.text)
        if names and all(composer.value_of(n, provision) is None and n.endswith("_provision") for n in names):
            # a paragraph that only points to a provision the State does not have: left out
            paragraphs = paragraphs[:index] + paragraphs[index + 1 :]
            if paragraphs:
                last = paragraphs[-1]
                tail = re.sub(r";\s*(or|and)$", "", last.text.rstrip())
                paragraphs[-1] = last.model_copy(update={"text": tail + (";" if first.closing else "")})
            break
    style = composer.style
    civil = style.form is Form.CIVIL_LAW
    folded = len(paragraphs) == 1 and not paragraphs[0].subparagraphs and not first.closing
    if folded:
        # one paragraph left: no list, one sentence
        text = re.sub(r"\s*\u2014$", "", text) + " " + paragraphs[0].text
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
        quoted = re.match(r"\u201c([^\u201d]+)\u201d", spans[0].text)
        if quoted:
            spans = (
                Span(quoted.group(0), Role.TERM, _term_key(quoted.group(1))),
                Span(spans[0].text[quoted.end() :]),
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
    return Unit(UnitKind.DEFINITION, None, eid, spans, tuple(children), wrap, term=_term_key(key)), extra


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


def _retail(spans: tuple[Span, ...], end: str) -> tuple[Span, ...]:
    if not spans:
        return spans
    last = spans[-1]
    text = re.sub(r"[.;,]?\s*(and|or)?\s*$", "", last.text) if last.role is Role.TEXT else last.text
    return (*spans[:-1], Span(text + end, last.role, last.target))


def compose_bill(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog | None = None,
    *,
    packs: Sequence[Any] | None = None,
    plan: Plan | None = None,
) -> Bill:
    """The proposed bill as a tree: see the module docstring."""
    if catalog is None:
        from draftkit.catalog import load_catalog

        catalog = load_catalog()
    missing = [r for c in assessment.criteria for r in c.remedies if r not in catalog]
    if missing:
        raise InputError(
            [
                Problem("<assessment>", 1, 1, ("remedies",), f"no model provision '{r}' in the catalog")
                for r in dict.fromkeys(missing)
            ]
        )
    style = style_for(form_of(framework), framework)
    title = framework.title or DEFAULT_TITLE
    stem = re.sub(r"\s+Bill$", "", title)
    act_guess = f"{stem} Act {framework.as_of.year}"
    if plan is None:
        plan = plan_bill(framework, assessment, catalog, act=act_guess, packs=packs)
    c = _Composer(framework, assessment, catalog, plan, style)
    return _build(c)


def compose_proposal(
    framework: NationalFramework,
    assessment: Assessment,
    catalog: Catalog | None = None,
    *,
    packs: Sequence[Any] | None = None,
) -> tuple[Bill, NationalFramework]:
    """The bill, and the law as it would stand with it enacted (for the third view, "with the proposed bill")."""
    if catalog is None:
        from draftkit.catalog import load_catalog

        catalog = load_catalog()
    title = framework.title or DEFAULT_TITLE
    stem = re.sub(r"\s+Bill$", "", title)
    act = f"{stem} Act {framework.as_of.year}"
    plan = plan_bill(framework, assessment, catalog, act=act, packs=packs)
    bill = compose_bill(framework, assessment, catalog, packs=packs, plan=plan)
    model_terms = {d.term.lower() for d in bill.terms if d.origin == "draftkit model definition"}
    by_term = {t.lower(): i for t, i in catalog.defined_terms().items()}
    definitions = [by_term[t] for t in sorted(model_terms) if t in by_term]
    return bill, enact(framework, catalog, plan.changes, act, definitions)


def _build(c: _Composer) -> Bill:
    framework, plan, style, catalog = c.framework, c.plan, c.style, c.catalog
    tradition = framework.legal_tradition
    changes_by_target: dict[str, list[Change]] = {}
    for change in plan.changes:
        if change.target:
            changes_by_target.setdefault(change.target, []).append(change)

    # -- substantive slots, by area
    slots_by_area: dict[Area, list[_Slot]] = {area: [] for area in Area}
    replaced_clause: set[str] = set()
    for provision in framework.provisions_with_status(ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL):
        replacing = [ch for ch in changes_by_target.get(provision.id, []) if ch.kind is ChangeKind.REPLACE_CLAUSE]
        status = provision.status.value.replace("_", " ")
        described = f"the State's {status}: {source_words(provision.source, tradition)}"
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
                    f"{described}, which falls short; replaced by draftkit's model text",
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
                Origin(OriginKind.NATIONAL, provision.id, described),
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
        why = "proposed by draftkit"
        if change.kind is ChangeKind.REPEAL_AND_NEW and change.target:
            gone = next(p for p in framework.provisions if p.id == change.target)
            why = f"replaces {style.cite_in_force(gone.source.act, gone.source.section)}, which is repealed"
        slot = _Slot(
            model.id,
            model.area,
            style.state_words(clean_title(model.title)),
            model,
            Origin(
                OriginKind.MODEL,
                model.id,
                f"draftkit model provision \u201c{style.state_words(clean_title(model.title))}\u201d, {why}",
            ),
            Tracked.INSERTED,
            list(change.answers),
        )
        c.by_model[model.id] = slot
        slots_by_area[model.area].append(slot)

    # -- what the text refers to must be in the bill (or in force): add what is missing
    queue = [slot for slots in slots_by_area.values() for slot in slots]
    while queue:
        slot = queue.pop(0)
        if slot.provision is None:
            continue
        text = style.adapt(" ".join(piece for sub in slot.provision.text for piece in sub.strings()))
        text = _NOT_AFFECT.sub("", text)
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
                        f"draftkit model provision \u201c{style.state_words(clean_title(model.title))}\u201d, "
                        "needed because "
                        f"\u201c{slot.title}\u201d refers to it",
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
    prelim = [
        _Slot(
            "short_title",
            None,
            "Short title",
            None,
            Origin(OriginKind.DRAFTKIT, "short_title", "every bill needs it"),
            Tracked.INSERTED,
            [],
        ),
        _Slot(
            "commencement",
            None,
            "Commencement" if style.form is Form.COMMON_LAW else "Entry into force",
            None,
            Origin(OriginKind.DRAFTKIT, "commencement", "every bill needs it"),
            Tracked.INSERTED,
            [],
        ),
        _Slot(
            "interpretation",
            Area.DEFINITIONS,
            style.interpretation_heading,
            None,
            Origin(OriginKind.DRAFTKIT, "interpretation", "every term the bill uses, defined once"),
            Tracked.INSERTED,
            [],
        ),
    ]
    own_definitions = [
        p
        for p in framework.provisions_with_status(ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL)
        if isinstance(p, DefinitionProvision)
    ]
    planned_terms = [
        str(getattr(catalog.get(ch.model), "elements").term)  # noqa: B009 (every definition has elements)
        for ch in plan.changes
        if ch.kind is not ChangeKind.AMEND and ch.model.startswith("definition.") and ch.model in catalog
    ]
    for term in [*planned_terms, *(p.elements.term for p in own_definitions)]:
        c.terms_used.setdefault(term.lower(), term)
    if not c.terms_used and not _uses_any_term(c, [s for slots in slots_by_area.values() for s in slots]):
        prelim = prelim[:2]  # nothing to define: no interpretation section
    divisions_plan.append(("Preliminary" if style.form is Form.COMMON_LAW else "General provisions", None, prelim))
    for area in Area:
        if area is not Area.DEFINITIONS and slots_by_area[area]:
            divisions_plan.append((area.label, area, slots_by_area[area]))
    final: list[_Slot] = []
    amend_changes = [ch for ch in plan.changes if ch.kind is ChangeKind.AMEND and ch.fix is not None]
    repeals = [ch for ch in plan.changes if ch.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW) and ch.target]
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
            "safeguard.data_destruction",
        )
        if m in c.by_model
    ]
    kept_powers = [
        p
        for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
        if p.kind == "investigative_power" and p.id not in c.repealed
    ]
    if safeguard_models:
        for p in kept_powers:
            acts.setdefault(p.source.act, [])
    for act in acts:
        final.append(
            _Slot(
                f"amend:{act}",
                None,
                f"Amendment of the {act}",
                None,
                Origin(OriginKind.AMENDMENT, act, f"amendments of the {act} in force"),
                Tracked.INSERTED,
                [],
            )
        )
    if repeals:
        final.append(
            _Slot(
                "repeals",
                None,
                "Repeals",
                None,
                Origin(OriginKind.AMENDMENT, "repeals", "provisions in force replaced by this bill"),
                Tracked.INSERTED,
                [],
            )
        )
    divisions_plan.append((style.repeals_heading(), None, final)) if final else None
    number = 0
    for _, _, slots in divisions_plan:
        for slot in slots:
            number += 1
            slot.number = str(number)
            slot.eid = style.section_eid(slot.number)
    act_ref = c.act_title

    # -- build sections (references need every number first)
    built: dict[str, Section] = {}
    for _, _, slots in divisions_plan:
        for slot in slots:
            if slot.provision is not None:
                built[slot.key] = c.section(slot)
    # -- interpretation: every term used, closure over definitions
    chosen: dict[str, tuple[str, ProvisionBase, str | None]] = {}  # term -> (how, provision, citation)
    catalog_terms = {t.lower(): i for t, i in catalog.defined_terms().items()}
    state_terms = {
        p.elements.term.lower(): p
        for p in framework.provisions
        if isinstance(p, DefinitionProvision) and p.id not in c.repealed
    }
    planned_definitions = {
        ch.model for ch in plan.changes if ch.kind is not ChangeKind.AMEND and ch.model.startswith("definition.")
    }
    interp = (
        prelim[2]
        if len(prelim) > 2
        else _Slot("interpretation", None, "", None, prelim[0].origin, Tracked.INSERTED, [])
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
                chosen[term] = ("state", state, source_words(state.source, framework.legal_tradition))
            picked = state
        elif model_id is not None:
            picked = catalog.get(model_id)
            chosen[term] = ("model", picked, None)
            interp.answers += [
                a for ch in plan.changes if ch.model == model_id for a in ch.answers if a not in interp.answers
            ]
        if picked is not None:
            for used in picked.uses_terms:
                c.terms_used.setdefault(used.lower(), used)
                pending.append(used.lower())
    ordered = sorted(chosen.items(), key=lambda item: item[0])
    next_number = 2
    renumbers: dict[str, dict[int, int]] = {}
    for term, (how, defining, _) in ordered:
        if how != "signpost":
            renumbers[term] = {i: next_number + i - 2 for i in range(2, len(defining.text) + 1)}
            next_number += len(defining.text) - 1
    definition_units: list[Unit] = []
    extras: list[tuple[Subsection, ProvisionBase]] = []
    origins: list[str] = []
    for index, (term, (how, defining, cite)) in enumerate(ordered):
        eid = f"{interp.eid}__def_{_term_key(term)}"
        end = "." if index == len(ordered) - 1 else ";"
        word = c.terms_used.get(term, term)
        if how == "signpost":
            entry = Unit(
                UnitKind.DEFINITION,
                None,
                eid,
                (Span(f"\u201c{word}\u201d", Role.TERM, _term_key(word)), Span(f" has the meaning given by {cite}")),
                term=_term_key(word),
            )
            origins.append(f"the State's definition ({cite})")
        else:
            entry, rest = _definition_entry(c, defining, eid, renumbers[term])
            extras += [(sub, defining) for sub in rest]
            origins.append(f"the State's definition ({cite})" if how == "state" else "draftkit model definition")
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
        DefinedTerm(u.term or "", c.terms_used.get(t, t), u.eid, origin)
        for (t, _), u, origin in zip(ordered, definition_units, origins, strict=True)
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
                Note(
                    "Source",
                    "draftkit: one interpretation section holding every term the bill uses; the State's own "
                    "definition where it has one, else the model definition",
                ),
                Note("See", "the gap report, chapter \u201cDefinitions and scope\u201d."),
            ]
        ),
    )

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
            (Note("Source", "draftkit: " + slot.origin.description),),
        )

    built["short_title"] = simple(prelim[0], [style.short_title(act_ref)])
    built["commencement"] = simple(prelim[1], style.commencement(framework))

    # -- amendments of Acts in force, and repeals
    law = "Act" if style.form is Form.COMMON_LAW else "Law"
    safeguard_numbers = sorted((c.by_model[m].number for m in safeguard_models), key=_number_key)
    for slot in final:
        if slot.key.startswith("amend:"):
            act = slot.key.split(":", 1)[1]
            items: list[Unit] = []
            inserts: dict[str, list[tuple[str, str]]] = {}  # target id -> (text, finding)
            done_words: set[tuple[str, str]] = set()
            for ch in acts[act]:
                target = in_force_by_id[ch.target or ""]
                tgt = Target(
                    act, _bare(target.source.section), target.id, style.cite_in_force(act, target.source.section)
                )
                assert ch.fix is not None
                for change_of_words in ch.fix.words:
                    if (target.id, change_of_words.old) in done_words:
                        continue
                    done_words.add((target.id, change_of_words.old))
                    full = " ".join(piece for sub in target.text for piece in sub.strings())
                    old = change_of_words.old
                    occurrences = len(re.findall(re.escape(old), full, flags=re.IGNORECASE))
                    sentence = style.amendment_words(Operation.SUBSTITUTE_WORDS, tgt, old, change_of_words.new)
                    if occurrences > 1:
                        sentence = sentence.rstrip(".") + style.each_place()
                    items.append(
                        _instruction(
                            style,
                            slot.eid,
                            len(items) + 1,
                            Amendment(
                                Operation.SUBSTITUTE_WORDS,
                                tgt,
                                old=old,
                                new=change_of_words.new,
                                finding=change_of_words.finding,
                            ),
                            sentence,
                        )
                    )
                for text in ch.fix.insert:
                    added = (style.adapt(text), ch.fix.insert_finding)
                    if added not in inserts.setdefault(target.id, []):
                        inserts[target.id].append(added)
                slot.answers += [a for a in ch.answers if a not in slot.answers]
            if safeguard_numbers:
                for p in kept_powers:
                    if p.source.act != act:
                        continue
                    refs = _range(style, safeguard_numbers)
                    verb = "apply" if len(safeguard_numbers) > 1 else "applies"
                    text = (
                        f"{refs[0].upper()}{refs[1:]} of the {act_ref} {verb} to the exercise of a power under this "
                        f"{style.section_word}."
                    )
                    inserts.setdefault(p.id, []).append(
                        (text, "the safeguards of this bill must reach the powers already in force")
                    )
            for target_id, texts in inserts.items():
                target = in_force_by_id[target_id]
                tgt = Target(
                    act, _bare(target.source.section), target.id, style.cite_in_force(act, target.source.section)
                )
                existing = len(target.text)
                base_eid = f"{slot.eid}__mod_{len(items) + 1}__qstr_1"
                quoted = tuple(
                    Unit(
                        UnitKind.SUBSECTION,
                        style.subsection_num(existing + k),
                        style.unit_eid(base_eid, "subsection", existing + k),
                        (Span(text),),
                    )
                    for k, (text, _) in enumerate(texts, start=1)
                )
                sentence = style.insertion_words(tgt, existing)
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
            built[slot.key] = Section(
                slot.number,
                slot.eid,
                slot.title,
                tuple(items),
                slot.origin,
                Tracked.INSERTED,
                tuple(slot.answers),
                _trim(
                    [
                        Note("Source", f"draftkit: the smallest amendments of the {act} that cure the findings on it"),
                        *[Note("Finding", it.amendment.finding) for it in items if it.amendment is not None][:2],
                    ]
                ),
            )
        elif slot.key == "repeals":
            items = []
            done: set[str] = set()
            for ch in sorted(
                repeals,
                key=lambda ch: (
                    in_force_by_id[ch.target or ""].source.act,
                    _number_key(_bare(in_force_by_id[ch.target or ""].source.section)),
                ),
            ):
                if ch.target in done:
                    continue
                done.add(ch.target or "")
                target = in_force_by_id[ch.target or ""]
                tgt = Target(
                    target.source.act,
                    _bare(target.source.section),
                    target.id,
                    style.cite_in_force(target.source.act, target.source.section),
                )
                replacement = c.model_section(ch.model)
                finding = (
                    f"replaced by {style.cite_section(replacement)} of this {law}" if replacement else "falls short"
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
            built[slot.key] = Section(
                slot.number,
                slot.eid,
                slot.title,
                tuple(items),
                slot.origin,
                Tracked.INSERTED,
                tuple(slot.answers),
                _trim(
                    [
                        Note("Source", "draftkit: provisions in force that this bill replaces"),
                        *[
                            Note("Repealed", f"{it.amendment.target.words}: {it.amendment.finding}")
                            for it in items
                            if it.amendment is not None
                        ][:3],
                    ]
                ),
            )

    divisions: list[Division] = []
    for index, (heading, part_area, slots) in enumerate(divisions_plan, start=1):
        num = style.division_number(index)
        divisions.append(
            Division(
                style.top, num, style.division_eid(num), heading, tuple(built[s.key] for s in slots), area=part_area
            )
        )
    schedules = tuple(
        Schedule(s.number, s.eid, s.heading, s.units, called_by=_caller(divisions, s.number), notes=s.notes)
        for s in c.schedules
    )
    amended_acts = sorted(
        {
            in_force_by_id[ch.target or ""].source.act
            for ch in plan.changes
            if ch.target
            and in_force_by_id.get(ch.target or "") is not None
            and in_force_by_id[ch.target or ""].status is ProvisionStatus.IN_FORCE
        }
    )
    topics = [d.heading[0].lower() + d.heading[1:] for d in divisions if d.area is not None]
    listed = topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + " and " + topics[-1] if topics else "terrorism"
    in_force = tuple(
        InForce(p.id, p.title, source_words(p.source, framework.legal_tradition))
        for p in framework.provisions_with_status(ProvisionStatus.IN_FORCE)
    )
    return Bill(
        form=style.form,
        country=framework.name,
        country_code=framework.country,
        language=framework.language,
        as_of=framework.as_of.isoformat(),
        year=framework.as_of.year,
        title=c.title,
        act_title=act_ref,
        long_title=style.long_title(listed, amended_acts),
        enacting_formula=style.enacting_formula(framework),
        divisions=tuple(divisions),
        schedules=schedules,
        terms=terms,
        in_force=in_force,
    )


def _single(items: list[Unit]) -> list[Unit]:
    """One instruction in a section is not numbered."""
    if len(items) != 1:
        return items
    from dataclasses import replace

    return [replace(items[0], num=None)]


def _range(style: Style, numbers: list[str]) -> str:
    """``sections 21 to 24`` when the numbers run on, else ``sections 21, 23 and 24``."""
    digits = [int(n) for n in numbers if n.isdigit()]
    if len(numbers) > 2 and len(digits) == len(numbers) and digits == list(range(digits[0], digits[-1] + 1)):
        plural = "sections" if style.form is Form.COMMON_LAW else "articles"
        return f"{plural} {numbers[0]} to {numbers[-1]}"
    return style.cite_sections(numbers)


def _caller(divisions: list[Division], number: str) -> str:
    for division in divisions:
        for section in division.all_sections():
            for unit in section.walk():
                if any(f"Schedule {number}" in span.text for span in (*unit.text, *unit.wrap)):
                    return section.eid
    return ""


def _bare(unit: str) -> str:
    return re.sub(r"^(art(icle)?s?\.?|s\.?|sections?)\s*", "", unit.strip(), flags=re.IGNORECASE)


def _instruction(style: Style, parent: str, n: int, amendment: Amendment, sentence: str) -> Unit:
    eid = f"{parent}__mod_{n}"
    spans = _quoted_spans(sentence, amendment, style)
    return Unit(UnitKind.INSTRUCTION, style.subsection_num(n), eid, spans, amendment=amendment)


def _quoted_spans(sentence: str, amendment: Amendment, style: Style) -> tuple[Span, ...]:
    left, right = style.quote_marks()
    out: list[Span] = []
    position = 0
    for word in (amendment.old, amendment.new):
        if not word:
            continue
        marker = f"{left}{word}{right}"
        at = sentence.find(marker, position)
        if at < 0:
            continue
        out.append(Span(sentence[position : at + len(left)]))
        out.append(Span(word, Role.QUOTED))
        position = at + len(left) + len(word)
    out.append(Span(sentence[position:]))
    return tuple(s for s in out if s.text)
