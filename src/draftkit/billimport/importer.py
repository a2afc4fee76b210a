"""Reading a returned bill against the bill draftkit drafts again: the work behind
:func:`draftkit.billimport.read_bill` once the file has been read and nothing in it alone refuses
it (see the package's docstring for what becomes of each section)."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from draftkit.assess.engine import assess
from draftkit.billimport import Imported
from draftkit.billimport.expected import drafted_segments
from draftkit.billimport.read import Segment, normalise, unknown_sections
from draftkit.catalog import load_catalog
from draftkit.catalog.store import Catalog
from draftkit.catalog.text import letter, roman
from draftkit.compose.bill import article_of_section, bill_plan, compose_bill
from draftkit.compose.model import OriginKind
from draftkit.compose.plan import ChangeKind, Plan, national, worded
from draftkit.compose.tree import Bill, Change, Form, Operation, Section, Unit, plain
from draftkit.diagnostics import InputError, Problem
from draftkit.drafts import catalog_in
from draftkit.i18n import messages
from draftkit.load.framework import parse_framework
from draftkit.models import DefinitionProvision, NationalFramework
from draftkit.questionnaire.answers import parse_text
from draftkit.render.marks import section_mark

__all__ = ["compare"]


def _drafted(
    framework: NationalFramework,
    packs: Sequence[Any] | None,
    catalog: Catalog | None,
    language: str,
    fallback: str | None,
) -> tuple[Bill, Plan, Catalog]:
    """The bill draftkit drafts from ``framework`` now, in ``language``, the plan behind it and the English
    catalog the plan enacts from: as ``draftkit draft`` does
    (:func:`draftkit.drafts.render_drafts`, :func:`draftkit.compose.bill.compose_proposal`)."""
    words = messages(language, fallback=fallback)
    if catalog is None:
        catalog, _ = catalog_in(language, fallback=fallback)
    english = catalog if language == "en" else load_catalog()
    assessment = assess(framework, list(packs) if packs is not None else None)
    plan = bill_plan(framework, assessment, english, packs=packs, language=language)
    bill = compose_bill(framework, assessment, catalog, packs=packs, plan=plan, language=language, words=words)
    return bill, plan, english


# ----------------------------------------------------------------------------- text back into structure

_CIVIL = (
    (re.compile(r"^(\d+)\.\s+"), "number"),
    (re.compile(r"^(\d+)°\s+"), "point"),
    (re.compile(r"^([a-z])\)\s+"), "sub"),
)


def _as_typed(line: str) -> str:
    """A printed line in the marks :func:`draftkit.questionnaire.answers.parse_text` reads: (1), (a), (i)."""
    line = normalise(line)
    for pattern, kind in _CIVIL:
        match = pattern.match(line)
        if match:
            token = match.group(1)
            rest = line[match.end() :]
            if kind == "number":
                return f"({token}) {rest}"
            if kind == "point":
                return f"({letter(int(token))}) {rest}"
            return f"({roman(ord(token) - 96)}) {rest}"
    return line


def _subsections(lines: list[str]) -> list[dict[str, Any]]:
    text = "\n".join(_as_typed(line) for line in lines)
    return parse_text(text) or [{"text": "(no text)"}]


# ----------------------------------------------------------------------------- the reading


@dataclass
class _Reading:
    name: str
    bill: Bill
    doc: dict[str, Segment]
    new: dict[str, Segment]
    old: dict[str, Segment]
    warnings: list[str] = field(default_factory=list)

    def mark(self, section: Section) -> str:
        return section_mark(section.eid)

    def where(self, section: Section) -> str:
        word = "Section" if self.bill.form is Form.COMMON_LAW else "Article"
        return f"{word} {section.number} \u201c{section.title}\u201d"

    def state(self, section: Section) -> str:
        """``accepted``, ``rejected``, ``kept`` (nothing was proposed), ``edited`` or ``missing``."""
        mark = self.mark(section)
        found = self.doc.get(mark)
        if found is None or not any(line.strip() for line in found.lines[1:]):
            return "missing"  # gone, or only its heading left: nothing of the section's text stands
        new = self.new[mark].text
        old = self.old[mark].text
        if found.text == new:
            return "kept" if new == old else "accepted"
        if found.text == old:
            return "rejected"
        return "edited"

    def closer_to_new(self, section: Section) -> bool:
        mark = self.mark(section)
        text = self.doc[mark].text
        new = difflib.SequenceMatcher(None, text, self.new[mark].text).ratio()
        old = difflib.SequenceMatcher(None, text, self.old[mark].text).ratio()
        return new >= old

    def lines(self, section: Section) -> list[str]:
        return self.doc[self.mark(section)].lines[1:]

    def number(self, section: Section) -> str:
        """The section number as printed in the returned heading (the drafter may have renumbered)."""
        found = self.doc.get(self.mark(section))
        if found is not None:
            label = normalise(found.heading.split("\t", 1)[0])
            match = re.search(r"\d+[A-Za-z]*", label)
            if match and len(label) < 20:
                return match.group(0)
        return section.number

    def unit_present(self, section: Section, unit: Unit) -> bool:
        found = self.doc.get(self.mark(section))
        words = normalise(plain(unit.text))
        return found is not None and bool(words) and words in found.text


def _check_marks(reading: _Reading, framework_name: str, all_marks: set[str]) -> list[Problem]:
    name = reading.name
    problems: list[Problem] = []
    unknown = [mark for mark in reading.doc if mark not in all_marks]
    if unknown:
        return [unknown_sections(reading.doc[unknown[0]], name, framework_name)]
    lines = {normalise(line) for segment in reading.doc.values() for line in segment.lines}
    for section in reading.bill.sections:
        mark = reading.mark(section)
        if mark in reading.doc:
            continue
        heading = normalise(reading.new[mark].heading)
        if section.change is not Change.NONE and heading and heading in lines:
            problems.append(
                Problem(
                    name,
                    1,
                    1,
                    (),
                    "its text is in the bill but its hidden mark was deleted, so draftkit cannot tell where it "
                    "begins; draft the bill again, or undo the deletion in Word",
                    reading.where(section),
                )
            )
    compared = [s for s in reading.bill.sections if reading.mark(s) in reading.doc]
    differing = [s for s in compared if reading.state(s) == "edited"]
    if len(compared) >= 4 and len(differing) * 2 > len(compared):
        problems.append(
            Problem(
                name,
                1,
                1,
                (),
                f"{len(differing)} of its {len(compared)} sections differ from the bill drafted from {framework_name}: "
                "import it with the framework (and --pack) it was drafted from",
                "The bill",
            )
        )
    return problems


def compare(
    name: str,
    doc: dict[str, Segment],
    framework: NationalFramework,
    *,
    packs: Sequence[Any] | None,
    catalog: Catalog | None,
    framework_name: str,
    language: str,
    fallback_language: str | None,
) -> Imported:
    """The returned bill's sections (``doc``, by mark, read with pending changes not accepted) against
    the bill drafted again from ``framework``: the framework as the bill now stands, or ``InputError``."""
    bill, plan, english = _drafted(framework, packs, catalog, language, fallback_language)
    new = drafted_segments(bill, accepted=True)
    reading = _Reading(name, bill, doc, new, drafted_segments(bill, accepted=False))
    problems = _check_marks(reading, framework_name, set(new))
    if problems:
        raise InputError(problems)
    return _Builder(reading, framework, plan, english).build()


# ----------------------------------------------------------------------------- the framework as it now stands


class _Builder:
    def __init__(self, reading: _Reading, framework: NationalFramework, plan: Plan, catalog: Catalog) -> None:
        self.r = reading
        self.framework = framework
        self.plan = plan
        self.catalog = catalog
        self.bill = reading.bill
        # What the framework records, and only that: a default the file left unset (an offence's penalty) stays
        # unknown in the returned framework, not "no life term, no fine"
        self.provisions: list[dict[str, Any]] = [
            p.model_dump(mode="json", exclude_none=True, exclude_unset=True) for p in framework.provisions
        ]
        self.removed: set[str] = set()
        self.added: list[dict[str, Any]] = []
        self.clauses: list[dict[str, Any]] = [
            c.model_dump(mode="json", exclude_none=True) for c in framework.repeal_clauses
        ]
        self.result = Imported(framework)
        self.ids = {p.id for p in framework.provisions}
        self.model_ids: dict[str, str] = {}
        """Catalog id -> id of the provision of the bill it became."""
        self.substituted: set[str] = set()
        """Catalog ids the bill quotes into a code article it rewrites (civil law)."""
        self.inserted: dict[str, tuple[bool, str]] = {}
        """Catalog ids of the articles the bill inserts into a code (civil law): whether each is in the
        returned bill, and the number of the amending article that inserts it."""

    # -- helpers
    def warn(self, section: Section, message: str) -> None:
        self.result.warnings.append(f"{self.r.name}: {self.r.where(section)}: {message}")

    def new_id(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.ids.add(candidate)
        return candidate

    def enacted(self, model_id: str, section: str, **extra: Any) -> dict[str, Any]:
        country = self.framework.country.lower()
        new_id = self.new_id(f"{country}.bill.{model_id}")
        self.model_ids[model_id] = new_id
        provision = national(self.catalog.get(model_id), new_id, self.bill.title, section, **extra)
        data: dict[str, Any] = provision.model_dump(mode="json", exclude_none=True)
        return data

    def index(self, provision_id: str) -> int:
        return next(i for i, p in enumerate(self.provisions) if p["id"] == provision_id)

    # -- the reading
    def build(self) -> Imported:
        repeal_units, amend_units, definitions_section = self.structural()
        replaces: dict[str, list[str]] = {}
        repealed_here: set[str] = set()

        for change in self.plan.changes:
            if change.kind is ChangeKind.REPEAL_AND_NEW and change.target and change.target in repeal_units:
                replaces.setdefault(change.model, []).append(change.target)
        pending: list[str] = []
        for section in self.bill.sections:
            state = self.r.state(section)
            segment = self.r.doc.get(self.r.mark(section))
            if segment is not None and segment.pending:
                pending.append(section.number)
            if section.origin.kind is OriginKind.NATIONAL:
                self.national(section, state)
            elif section.origin.kind is OriginKind.MODEL:
                self.model(section, state, replaces, repeal_units, repealed_here)
        # repeals not carried by a section enacted in their place: repeal clauses
        for change in self.plan.changes:
            if change.kind not in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW) or not change.target:
                continue
            entry = repeal_units.get(change.target)
            if entry is None or change.target in repealed_here:
                continue
            if change.kind is ChangeKind.REPEAL_AND_NEW and not entry[1]:
                continue  # counted with the section that was to take its place
            section, present = entry
            if present:
                self.clauses.append(
                    {
                        "source": {"act": self.bill.title, "section": self.r.number(section)},
                        "status": "bill",
                        "repeals": [change.target],
                    }
                )
                self.result.accepted += 1
            else:
                self.result.rejected += 1
        self.amendments(amend_units)
        if definitions_section is not None:
            self.definitions(definitions_section)
        if pending:
            where = "section " + pending[0] if len(pending) == 1 else "sections " + ", ".join(pending)
            self.result.warnings.insert(
                0,
                f"{self.r.name}: tracked changes are still pending in {where}; they are read as not accepted "
                "(accept or reject them in Word, save, and import again)",
            )
        return self.finish()

    def structural(
        self,
    ) -> tuple[dict[str, tuple[Section, bool]], dict[str, list[tuple[Section, bool]]], Section | None]:
        """Repeal entries and amendment instructions by the provision in force they act on, each with
        whether it is in the returned bill; and the interpretation section."""
        repeals: dict[str, tuple[Section, bool]] = {}
        amends: dict[str, list[tuple[Section, bool]]] = {}
        interpretation = None
        for section in self.bill.sections:
            if section.origin.kind is OriginKind.DRAFTKIT and section.origin.ref == "interpretation":
                interpretation = section
            if section.origin.kind is not OriginKind.AMENDMENT:
                continue
            for unit in section.units:
                amendment = unit.amendment
                if amendment is None:
                    continue
                present = self.r.unit_present(section, unit)
                target = amendment.target.provision
                if amendment.operation is Operation.INSERT_ARTICLE and amendment.model is not None:
                    # a new article of a code: a new provision of the bill, not an amendment of its neighbour
                    self.inserted[amendment.model] = (present, self.r.number(section))
                    continue
                if amendment.operation is Operation.REPEAL_UNIT:
                    repeals[target] = (section, present)
                else:
                    if amendment.operation is Operation.SUBSTITUTE_UNIT:
                        self.substituted |= {
                            c.model
                            for c in self.plan.changes
                            if c.target == target and c.kind.value == "repeal_and_new"
                        }
                    amends.setdefault(target, []).append((section, present))
                    if amendment.operation is Operation.INSERT_UNIT:
                        # one instruction supplements a whole article: the other provisions of that article the
                        # plan amends (recorded paragraph by paragraph, "706-95" and "706-95(3)") are amended by it
                        for other in self._same_article(amendment.target.act, amendment.target.unit, target):
                            amends.setdefault(other, []).append((section, present))
        return repeals, amends, interpretation

    def _same_article(self, act: str, article: str, target: str) -> list[str]:
        """The in-force provisions other than ``target`` that the plan amends and that lie in ``article`` of
        ``act`` (the bill gives them one instruction)."""
        by_id = {p.id: p for p in self.framework.provisions}
        out: list[str] = []
        for change in self.plan.changes:
            other = by_id.get(change.target or "")
            if change.kind is not ChangeKind.AMEND or other is None or other.id == target:
                continue
            if other.source.act == act and article_of_section(other.source.section) == article:
                out.append(other.id)
        return out

    def national(self, section: Section, state: str) -> None:
        provision_id = section.origin.ref
        if provision_id not in self.ids or provision_id in self.removed:
            return
        i = self.index(provision_id)
        if state == "missing":
            self.removed.add(provision_id)
            self.warn(section, f"no longer in the bill: the State's clause {provision_id} is left out of the framework")
            return
        if section.change is Change.REPLACED:
            change = next(
                (c for c in self.plan.changes if c.target == provision_id and c.kind.value == "replace_clause"), None
            )
            if change is None:
                return
            if state == "rejected":
                self.result.rejected += 1
                return
            take_model = state == "accepted" or self.r.closer_to_new(section)
            if take_model:
                model = self.catalog.get(change.model)
                old = self.provisions[i]
                data = model.model_dump(mode="json", exclude_none=True)
                data.pop("variants", None)
                for key in ("id", "source", "status", "replaces", "repeals", "amends", "external_references"):
                    if key in old:
                        data[key] = old[key]
                    else:
                        data.pop(key, None)
                data.pop("related", None)
                self.provisions[i] = data
                self.model_ids[model.id] = provision_id
            if state == "accepted":
                self.result.accepted += 1
                return
        if state == "edited":
            self.provisions[i]["text"] = _subsections(self.r.lines(section))
            self.provisions[i]["title"] = self.provisions[i].get("title", section.title)
            self.result.edited += 1
            self.warn(
                section,
                f"its words were edited; it is kept as {provision_id} with the new words, but its elements are "
                "the ones draftkit knew: confirm them against the text",
            )

    def model(
        self,
        section: Section,
        state: str,
        replaces: dict[str, list[str]],
        repeal_units: dict[str, tuple[Section, bool]],
        repealed_here: set[str],
    ) -> None:
        model_id = section.origin.ref
        if state in ("missing", "rejected"):
            self.result.rejected += 1
            return
        extra: dict[str, Any] = {}
        if replaces.get(model_id):
            extra["replaces"] = replaces[model_id]
            repealed_here.update(replaces[model_id])
        data = self.enacted(model_id, self.r.number(section), **extra)
        if state == "edited":
            data["text"] = _subsections(self.r.lines(section))
            self.result.edited += 1
            self.warn(
                section,
                f"its words were edited; it is kept as {data['id']} with the new words, but its elements are those "
                f"of the model provision {model_id}: confirm them against the text",
            )
        else:
            self.result.accepted += 1
        self.added.append(data)

    def amendments(self, units: dict[str, list[tuple[Section, bool]]]) -> None:
        for model_id, (returned, where) in self.inserted.items():
            if returned:
                self.added.append(self.enacted(model_id, where))
                self.result.accepted += 1
            else:
                self.result.rejected += 1
        for change in self.plan.changes:
            if change.kind is ChangeKind.REPEAL_AND_NEW and change.target in units and change.model in self.substituted:
                # a code article rewritten in place: accepted, the model text takes the article's place
                present = [section for section, here in units[change.target] if here]
                if present:
                    self.added.append(self.enacted(change.model, self.r.number(present[0]), replaces=[change.target]))
                    self.result.accepted += 1
                else:
                    self.result.rejected += 1
                continue
            if change.kind is not ChangeKind.AMEND or change.fix is None or change.target not in units:
                continue
            found = units[change.target]
            present = [section for section, here in found if here]
            if not present:
                self.result.rejected += 1
                continue
            section = present[0]
            target = change.target
            base = next((p for p in self.added if p.get("amends") == [target]), None)
            if base is None:
                old = self.provisions[self.index(target)]
                base = {k: v for k, v in old.items() if k not in ("replaces", "repeals", "amends")}
                base.update(
                    id=self.new_id(f"{target}.amended"),
                    status="bill",
                    source={"act": self.bill.title, "section": self.r.number(section)},
                    amends=[target],
                )
                self.added.append(base)
            base["elements"] = dict(change.fix.elements)
            base["text"] = _amended_text(base["text"], change.fix.words, change.fix.insert)
            self.result.accepted += 1
            if len(present) < len(found):
                self.warn(
                    section,
                    f"only some of the amendments of {target} are in the bill; its elements are read as amended "
                    "by all of them: confirm them against the text",
                )

    def definitions(self, section: Section) -> None:
        """Model definitions in the interpretation section, accepted; and, where the bill signposts the
        State's definition in another language (as :func:`draftkit.compose.bill.compose_proposal` reads
        it), the catalog's definition standing for that signpost."""
        own = {p.elements.term.lower() for p in self.framework.provisions if isinstance(p, DefinitionProvision)}
        by_key = {re.sub(r"[^a-z0-9]+", "_", t.lower()).strip("_"): i for t, i in self.catalog.defined_terms().items()}
        units = {unit.eid: unit for unit in section.walk()}
        for term in self.bill.terms:
            model_id = term.model if term.model is not None and term.model in self.catalog else None
            if term.model is None:
                candidate = by_key.get(term.key)
                if candidate is not None and self.catalog.get(candidate).elements.term.lower() not in own:
                    model_id = candidate
            unit = units.get(term.eid)
            if model_id is None or unit is None or model_id in self.model_ids:
                continue
            if self.r.unit_present(section, unit):
                self.added.append(self.enacted(model_id, self.r.number(section)))
                self.result.accepted += 1
            else:
                self.result.rejected += 1

    def finish(self) -> Imported:
        kept = [p for p in self.provisions if p["id"] not in self.removed]
        enacted = {p["id"] for p in kept} | {p["id"] for p in self.added}
        for data in self.added:
            related = data.get("related")
            if related:
                data["related"] = [self.model_ids[r] for r in related if self.model_ids.get(r) in enacted]
        data = self.framework.model_dump(mode="json", exclude_none=True)
        data["provisions"] = kept + self.added
        data["repeal_clauses"] = self.clauses
        self.result.framework = parse_framework(json.dumps(data), self.r.name + ".json")
        return self.result


def _amended_text(text: list[dict[str, Any]], words: Sequence[Any], insert: Sequence[Any]) -> list[dict[str, Any]]:
    """The provision's text with the amendment's substitutions made and its new subsections added."""

    def swap(value: str) -> str:
        for change in words:
            value = value.replace(change.old, worded(change.new))
        return value

    out: list[dict[str, Any]] = []
    for subsection in text:
        copy = dict(subsection)
        copy["text"] = swap(copy["text"])
        if copy.get("closing"):
            copy["closing"] = swap(copy["closing"])
        copy["paragraphs"] = [
            {**p, "text": swap(p["text"]), "subparagraphs": [swap(s) for s in p.get("subparagraphs", [])]}
            for p in copy.get("paragraphs", [])
        ]
        out.append(copy)
    out.extend({"text": worded(line)} for line in insert)
    return out
