"""draftkit's proposed bill as an Akoma Ntoso 3.0 ``<bill>`` (OASIS LegalDocML), valid against the OASIS schema.

The writer walks the composed bill tree (:mod:`draftkit.compose.tree`) and decides nothing of
substance: numbers, eIds, words and notes are the composer's. What it decides is the markup,
documented in docs/akn.md:

- **Identification**: Work ``/akn/{country}/bill/{date}/{name}`` (country lower case; date the
  drafting date, so the file is byte-identical for the same ``--date``; name a slug of the short
  title until Parliament assigns a number), Expression ``.../{lang}@{date}`` with
  ``FRBRlanguage``, Manifestation ``...{lang}@{date}.akn``. ``lifecycle`` records the generation;
  ``references`` holds every ``TLC*`` the document points at (draftkit, the terms, the two
  origin concepts below).
- **Front matter**: the short title as ``docTitle`` and the long title in ``preface``; the
  enacting formula as ``preamble/formula name="enactingFormula"``.
- **Body**: Part / Title / Chapter; ``section`` (Bill) or ``article`` (draft law); below them
  ``subsection``/``paragraph``/``subparagraph`` in a Bill and ``paragraph``/``point`` in a draft
  law, chosen from the eId the composer gave (``subsec``, ``para``, ``subpara``, ``point``).
  A unit with children has ``intro`` / children / ``wrapUp``; one without, ``content``.
- **Definitions**: each entry of the interpretation section is an ``hcontainer
  name="definition"``, the term itself marked ``<def refersTo="#term-KEY">``, every later use of
  a defined term ``<term refersTo="#term-KEY">``, each term registered as a ``TLCTerm``.
- **Cross-references** (``Role.REF``) are ``<ref href="#eId">``; unfilled parameters are
  ``<placeholder>``.
- **Amendments**: an instruction is an ``hcontainer name="instruction"`` whose ``p`` holds a
  ``<mod>``: words as ``<quotedText>``, whole units as ``<quotedStructure>`` holding real
  ``section``/``subsection`` elements. Each is recorded in ``meta/analysis/activeModifications``
  as a ``textualMod`` (substitution, insertion, repeal) whose destination is the amended act's
  IRI built from its title (``/akn/xa/act/2009/telecommunications-act/~sec_58``): a name stands
  in for the act's number, which the framework does not record.
- **Proposed versus the State's own text**: each section carries ``refersTo`` naming one of two
  ``TLCConcept``s, ``#draftkit-proposal`` (model text, amendments, structural sections and
  replacements draftkit proposes) or ``#state-text`` (the State's own clause, kept as written),
  and the same word in ``class``. A section that replaces the State's clause says so in its note.
- **Rationale**: each section's comment (origin, criteria answered, why, authority, citations) is
  a ``note`` in ``meta/notes``, called from the section's heading by a ``noteRef``.
- **Schedules**: ``attachments/attachment/doc name="schedule"`` with their own identification.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from lxml import etree  # type: ignore[import-untyped]

from draftkit.compose.names import unit_numbers
from draftkit.compose.tree import (
    Amendment,
    Bill,
    Change,
    Division,
    Operation,
    Role,
    Schedule,
    Section,
    Span,
    Unit,
    UnitKind,
)

__all__ = ["AKN_NS", "ISO639_3", "bill_uri", "render_bill_akn"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{AKN_NS}}}"

ISO639_3 = {
    "en": "eng",
    "fr": "fra",
    "es": "spa",
    "pt": "por",
    "ar": "ara",
    "ru": "rus",
    "zh": "zho",
    "fi": "fin",
    "sv": "swe",
    "de": "deu",
    "it": "ita",
    "nl": "nld",
    "sw": "swa",
}
PROPOSED = "draftkit-proposal"
STATE = "state-text"
_TEXTUAL_MOD = {
    Operation.SUBSTITUTE_WORDS: "substitution",
    Operation.INSERT_WORDS: "insertion",
    Operation.OMIT_WORDS: "repeal",
    Operation.INSERT_UNIT: "insertion",
    Operation.INSERT_ARTICLE: "insertion",
    Operation.SUBSTITUTE_UNIT: "substitution",
    Operation.REPEAL_UNIT: "repeal",
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "bill"


def _language(bill: Bill) -> str:
    """The ISO 639-2 code Akoma Ntoso names the bill's language by (``fra``, ``spa``, ``ara``, ``eng``).

    A language draftkit has no code for is refused: tagging a French bill ``eng`` would mislead every
    system that reads it.
    """
    code = bill.language.replace("_", "-").split("-")[0].lower()
    if code in ISO639_3:
        return ISO639_3[code]
    if code in ISO639_3.values():
        return code
    known = ", ".join(f"{two} ({three})" for two, three in ISO639_3.items())
    raise ValueError(
        f"Akoma Ntoso: no ISO 639-2 code for the bill's language {bill.language!r}; draftkit knows: {known}"
    )


def bill_uri(bill: Bill, when: dt.date) -> str:
    """The Work IRI: ``/akn/xa/bill/2026-10-01/counter-terrorism-online-harms-bill``."""
    return f"/akn/{bill.country_code.lower()}/bill/{when.isoformat()}/{_slug(bill.title)}"


def _el(parent: etree._Element | None, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.Element(_A + tag) if parent is None else etree.SubElement(parent, _A + tag)
    for key, value in attributes.items():
        element.set(key.rstrip("_"), value)
    if text is not None:
        element.text = text
    return element


def _identification(
    parent: etree._Element, work: str, language: str, when: dt.date, *, name: str, country: str, title: str
) -> None:
    date = when.isoformat()
    identification = _el(parent, "identification", source="#draftkit")
    expression = f"{work}/{language}@{date}"
    for level, this, uri in (
        ("FRBRWork", f"{work}/!{name}", work),
        ("FRBRExpression", f"{expression}/!{name}", expression),
        ("FRBRManifestation", f"{expression}/!{name}.xml", f"{expression}.akn"),
    ):
        frbr = _el(identification, level)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        if level == "FRBRWork":
            _el(frbr, "FRBRalias", value=title, name="title")
        _el(frbr, "FRBRdate", date=date, name="Generation")
        _el(frbr, "FRBRauthor", href="#draftkit")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value=country)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language=language)


class _Writer:
    def __init__(self, bill: Bill, when: dt.date) -> None:
        self.bill = bill
        self.when = when
        self.language = _language(bill)
        self.uri = bill_uri(bill, when)
        self.terms = {term.key: term for term in bill.terms}
        self.used_terms: set[str] = set()
        self.eids: set[str] = set()
        self.mods: list[tuple[str, Amendment, dict[str, str]]] = []
        self.notes: list[tuple[str, Section]] = []
        longest_first = sorted(bill.terms, key=lambda t: -len(t.term))
        self.term_pattern = (
            re.compile(r"\b(" + "|".join(re.escape(t.term) for t in longest_first) + r")\b") if bill.terms else None
        )
        self.term_by_words = {t.term: t.key for t in bill.terms}

    # ------------------------------------------------------------------ inline

    def _text(self, parent: etree._Element, text: str) -> None:
        """Append ``text`` to ``parent`` (as text or the tail of its last child)."""
        if not text:
            return
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def _terms(self, parent: etree._Element, text: str, *, skip: str | None = None) -> None:
        """Text with every use of a defined term marked ``<term refersTo>`` (except ``skip``)."""
        if self.term_pattern is None:
            self._text(parent, text)
            return
        position = 0
        for found in self.term_pattern.finditer(text):
            key = self.term_by_words[found.group(1)]
            if key == skip:
                continue
            self._text(parent, text[position : found.start()])
            _el(parent, "term", found.group(1), refersTo=f"#term-{key}")
            self.used_terms.add(key)
            position = found.end()
        self._text(parent, text[position:])

    def inline(self, parent: etree._Element, spans: Sequence[Span], *, defines: str | None = None) -> None:
        defined = False
        for span in spans:
            if span.role is Role.REF and span.target:
                _el(parent, "ref", span.text, href=f"#{span.target}")
            elif span.role is Role.PARAMETER:
                _el(parent, "placeholder", span.text)
            elif span.role is Role.TERM and span.target:
                _el(parent, "def" if defines else "term", span.text, refersTo=f"#term-{span.target}")
                self.used_terms.add(span.target)
                defined = defined or defines is not None
            elif defines and not defined and defines in self.terms:
                words = self.terms[defines].term
                at = span.text.find(words)
                if at >= 0:
                    self._text(parent, span.text[:at])
                    _el(parent, "def", words, refersTo=f"#term-{defines}")
                    self.used_terms.add(defines)
                    defined = True
                    self._terms(parent, span.text[at + len(words) :], skip=defines)
                else:
                    self._terms(parent, span.text)
            else:
                self._terms(parent, span.text)

    def paragraph(self, parent: etree._Element, spans: Sequence[Span], *, defines: str | None = None) -> None:
        self.inline(_el(parent, "p"), spans, defines=defines)

    # ------------------------------------------------------------------ structure

    def _eid(self, eid: str) -> str:
        unique, n = eid, 1
        while unique in self.eids:
            n += 1
            unique = f"{eid}-{n}"
        self.eids.add(unique)
        return unique

    @staticmethod
    def _element_for(unit: Unit) -> tuple[str, str | None]:
        """(AKN element, hcontainer name) for a unit, from the last segment of its eId."""
        if unit.kind is UnitKind.DEFINITION:
            return "hcontainer", "definition"
        if unit.kind is UnitKind.INSTRUCTION:
            return "hcontainer", "instruction"
        last = unit.eid.rsplit("__", 1)[-1].split("_", 1)[0]
        return {
            "subsec": ("subsection", None),
            "para": ("paragraph", None),
            "subpara": ("subparagraph", None),
            "point": ("point", None),
            "al": ("alinea", None),
        }.get(last, (unit.kind.value if unit.kind is not UnitKind.SUBSECTION else "subsection", None))

    def unit(self, parent: etree._Element, unit: Unit, *, eid: str | None = None) -> None:
        tag, name = self._element_for(unit)
        own = eid or unit.eid
        if unit.amendment is not None:  # the instruction's own eId goes to its <mod>; the container is an hcontainer
            own = re.sub(r"__mod_([^_]+)$", r"__hcontainer_\1", own) if "__mod_" in own else f"{own}__hcontainer_1"
        attributes = {"eId": self._eid(own)}
        if name:
            attributes["name"] = name
        element = _el(parent, tag, **attributes)
        if unit.num:
            _el(element, "num", unit.num)
        if unit.amendment is not None:
            self.instruction(_el(element, "content"), unit, attributes["eId"])
            return
        if not unit.children:
            self.paragraph(_el(element, "content"), unit.text or (Span(""),), defines=unit.term)
            return
        if unit.text:
            self.paragraph(_el(element, "intro"), unit.text, defines=unit.term)
        prefix = eid or unit.eid
        for child in unit.children:
            child_eid = None if eid is None else f"{prefix}__{child.eid.rsplit('__', 1)[-1]}"
            self.unit(element, child, eid=child_eid)
        if unit.wrap:
            self.paragraph(_el(element, "wrapUp"), unit.wrap)

    def instruction(self, content: etree._Element, unit: Unit, container_eid: str) -> None:
        amendment = unit.amendment
        assert amendment is not None
        p = _el(content, "p")
        mod_eid = self._eid(unit.eid if "__mod_" in unit.eid else f"{container_eid}__mod_1")
        mod = _el(p, "mod", eId=mod_eid)
        quoted_n = 0
        quoted_eids: dict[str, str] = {}
        for span in unit.text:
            if span.role is Role.QUOTED:
                quoted_n += 1
                quoted_eid = self._eid(f"{mod_eid}__qtext_{quoted_n}")
                _el(mod, "quotedText", span.text, eId=quoted_eid)
                for which in ("old", "new"):
                    if getattr(amendment, which) == span.text and which not in quoted_eids:
                        quoted_eids[which] = quoted_eid
                        break
            elif span.role is Role.REF and span.target:
                _el(mod, "ref", span.text, href=f"#{span.target}")
            else:
                self._text(mod, span.text)
        if amendment.quoted:
            structure = _el(
                mod,
                "quotedStructure",
                eId=self._eid(f"{mod_eid}__qstr_1"),
                startQuote=self.bill.quotes[0].strip(),
                endQuote=self.bill.quotes[1].strip(),
            )
            qstr = structure.get("eId")
            if amendment.operation in (Operation.SUBSTITUTE_UNIT, Operation.INSERT_ARTICLE):
                civil = self.bill.form.value == "civil_law"
                number = amendment.new_unit or unit_numbers(amendment.target.unit, ranges=not civil)[0]
                section_tag = "article" if civil else "section"
                abbreviation = "art" if section_tag == "article" else "sec"
                section_eid = self._eid(f"{qstr}__{abbreviation}_{re.sub(r'[^0-9A-Za-z-]', '', number) or '1'}")
                holder = _el(structure, section_tag, eId=section_eid)
                _el(holder, "num", f"{number}." if section_tag == "section" else f"Article {number}")
                if amendment.quoted_heading:
                    _el(holder, "heading", amendment.quoted_heading)
                self._quoted_units(holder, amendment.quoted, section_eid)
            else:
                self._quoted_units(structure, amendment.quoted, qstr)
        if amendment.quoted:
            quoted_eids.setdefault("new", str(structure.get("eId")))
        self.mods.append((mod_eid, amendment, quoted_eids))

    def _quoted_units(self, parent: etree._Element, units: Sequence[Unit], prefix: str) -> None:
        for index, unit in enumerate(units, 1):
            tag, _ = self._element_for(unit)
            abbreviation = {"subsection": "subsec", "paragraph": "para", "subparagraph": "subpara"}.get(tag, tag)
            number = re.sub(r"[^0-9A-Za-z]", "", unit.num or "") or str(index)
            self.unit(parent, unit, eid=f"{prefix}__{abbreviation}_{number}")

    def section(self, parent: etree._Element, section: Section) -> None:
        tag = "article" if section.eid.startswith("art_") else "section"
        origin = PROPOSED if section.change is not Change.NONE else STATE
        element = _el(parent, tag, eId=self._eid(section.eid), refersTo=f"#{origin}", class_=origin)
        number = section.number
        _el(element, "num", section.label or (f"{number}." if tag == "section" else f"Article {number}"))
        heading = _el(element, "heading", section.title)
        if section.notes:
            note_eid = f"note_{section.eid}"
            _el(heading, "noteRef", href=f"#{note_eid}", marker="*", placement="side")
            self.notes.append((note_eid, section))
        if not section.units:
            self.paragraph(_el(element, "content"), (Span("[no text]"),))
            return
        for unit in section.units:
            self.unit(element, unit)

    def division(self, parent: etree._Element, division: Division) -> None:
        if not division.number:  # the dispositions that close a Spanish law stand under no Title
            for section in division.sections:
                self.section(parent, section)
            return
        element = _el(parent, division.kind.value, eId=self._eid(division.eid))
        _el(element, "num", division.number)
        if division.heading:
            _el(element, "heading", division.heading)
        for section in division.sections:
            self.section(element, section)
        for child in division.children:
            self.division(element, child)

    # ------------------------------------------------------------------ meta

    def _destinations(self, amendment: Amendment) -> list[str]:
        """The amended act's units, one reference each: a provision the framework places in several units
        ("60A, 61") is amended in each; in common-law numbering a range ("44-46") is each of its sections."""
        act = amendment.target.act
        year = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", act)
        name = _slug(re.sub(r"\b(1[6-9]\d\d|20\d\d)\b", "", act))
        civil = self.bill.form.value == "civil_law"
        prefix = "art" if civil else "sec"
        dated = year.group(1) if year else "undated"
        work = f"/akn/{self.bill.country_code.lower()}/act/{dated}/{name}"
        units = unit_numbers(amendment.target.unit, ranges=not civil)
        return [f"{work}/~{prefix}_{re.sub(r'[^0-9A-Za-z-]', '', unit)}" for unit in units]

    def meta(self, meta: etree._Element) -> None:
        if self.mods:
            analysis = _el(meta, "analysis", source="#draftkit")
            active = _el(analysis, "activeModifications")
            for n, (mod_eid, amendment, quoted_eids) in enumerate(self.mods, 1):
                textual = _el(active, "textualMod", type=_TEXTUAL_MOD[amendment.operation], eId=f"amod_{n}")
                _el(textual, "source", href=f"#{mod_eid}")
                destinations = self._destinations(amendment)
                if amendment.operation is Operation.INSERT_ARTICLE:  # the new article goes after the target
                    _el(textual, "destination", href=destinations[-1], pos="after")
                else:
                    for destination in destinations:
                        _el(textual, "destination", href=destination)
                for which in ("old", "new"):
                    if which in quoted_eids:
                        _el(textual, which, href=f"#{quoted_eids[which]}")
        references = _el(meta, "references", source="#draftkit")
        _el(
            references,
            "original",
            eId="original",
            href=f"{self.uri}/{self.language}@{self.when.isoformat()}",
            showAs=self.bill.title,
        )
        _el(
            references, "TLCOrganization", eId="draftkit", href="/akn/ontology/organization/draftkit", showAs="draftkit"
        )
        _el(
            references,
            "TLCConcept",
            eId=PROPOSED,
            href="/akn/ontology/concept/draftkit/proposal",
            showAs="Text proposed by draftkit",
        )
        _el(
            references,
            "TLCConcept",
            eId=STATE,
            href="/akn/ontology/concept/draftkit/stateText",
            showAs="The State's own text",
        )
        for term in self.bill.terms:
            _el(
                references,
                "TLCTerm",
                eId=f"term-{term.key}",
                href=f"/akn/ontology/term/{self.bill.country_code.lower()}/{term.key}",
                showAs=term.term,
            )
        if self.notes:
            notes = _el(meta, "notes", source="#draftkit")
            for note_eid, section in self.notes:
                note = _el(notes, "note", eId=note_eid)
                for entry in section.notes:
                    p = _el(note, "p")
                    _el(p, "b", f"{entry.label}: ")
                    p[-1].tail = entry.text
                if section.change is Change.REPLACED and section.deleted:
                    replaced = " ".join("".join(s.text for s in u.text) for u in section.deleted)
                    _el(note, "p", f"Replaces the State's own clause: {replaced}")

    def schedules(self, bill_element: etree._Element, schedules: Iterable[Schedule]) -> None:
        schedules = list(schedules)
        if not schedules:
            return
        attachments = _el(bill_element, "attachments")
        for index, schedule in enumerate(schedules, 1):
            attachment = _el(attachments, "attachment", eId=f"att_{index}")
            doc = _el(attachment, "doc", name="schedule")
            meta = _el(doc, "meta")
            name = f"schedule_{schedule.number}"
            _identification(
                meta,
                self.uri,
                self.language,
                self.when,
                name=name,
                country=self.bill.country_code.lower(),
                title=schedule.heading,
            )
            _el(_el(doc, "preface"), "p", f"{schedule.label or 'Schedule ' + schedule.number}: {schedule.heading}")
            main = _el(doc, "mainBody")
            container = _el(main, "hcontainer", eId=self._eid(schedule.eid), name="schedule")
            _el(container, "num", schedule.number)
            _el(container, "heading", schedule.heading)
            for unit in schedule.units:
                self.unit(container, unit)


def render_bill_akn(bill: Bill, when: dt.date | dt.datetime) -> bytes:
    """The bill as AKN 3.0 XML bytes; the same bill and date give the same bytes."""
    day = when.date() if isinstance(when, dt.datetime) else when
    writer = _Writer(bill, day)
    root = etree.Element(_A + "akomaNtoso", nsmap={None: AKN_NS})
    name = _slug(bill.title)
    bill_element = _el(root, "bill", name=name, contains="originalVersion")
    meta = _el(bill_element, "meta")
    _identification(
        meta, writer.uri, writer.language, day, name="main", country=bill.country_code.lower(), title=bill.title
    )
    _el(meta, "publication", date=day.isoformat(), name="draftkit", showAs="Draft proposed by draftkit", number=name)
    lifecycle = _el(meta, "lifecycle", source="#draftkit")
    _el(lifecycle, "eventRef", eId="e_generation", date=day.isoformat(), source="#original", type="generation")
    preface = _el(bill_element, "preface")
    _el(_el(preface, "p", class_="title"), "docTitle", bill.title)
    if bill.long_title:
        _el(_el(preface, "longTitle"), "p", bill.long_title)
    if bill.enacting_formula:
        formula = _el(_el(bill_element, "preamble"), "formula", name="enactingFormula")
        _el(formula, "p", bill.enacting_formula)
    body = _el(bill_element, "body")
    for division in bill.divisions:
        writer.division(body, division)
    if not bill.divisions:
        _el(
            _el(_el(body, "hcontainer", eId="hcontainer_1", name="empty"), "content"),
            "p",
            "This bill has no sections: the framework needs no new provision.",
        )
    writer.schedules(bill_element, bill.schedules)
    writer.meta(meta)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)  # type: ignore[no-any-return]
