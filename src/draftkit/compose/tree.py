"""The bill as a tree of plain data: what every bill renderer (Word, text, Akoma Ntoso) walks.

    Bill
      preliminary: title, long title, enacting formula          (front matter)
      divisions:   Division (Part | Title | Chapter)            (numbered, with an eId)
                     sections: Section (section | article)      (number, eId, heading, origin, rationale)
                       units:  Unit (subsection > paragraph > subparagraph, or a definition entry,
                               or an amendment instruction holding quoted new text)
      schedules:   Schedule (called up by a section)

Nothing here knows Word. The composer (:mod:`draftkit.compose.bill`) decides every
number, eId, word and comment; a renderer only prints them. The eIds follow the Akoma
Ntoso naming convention (``part_1``, ``sec_12__subsec_2__para_a``; ``title_I``,
``chp_1``, ``art_12__para_1__point_2``) so that the AKN exporter uses them as they are.

Two forms of bill, chosen by the framework's legal tradition (see :mod:`draftkit.compose.style`):
the common-law Bill (Part, section, (1), (a), (i)) and the civil-law draft law (Title,
Chapter, Article, 1., 1°, a)).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from draftkit.compose.model import InForce, Note, Origin, OriginKind, Placeholder
from draftkit.models import Area

__all__ = [
    "Amendment",
    "Bill",
    "Change",
    "DefinedTerm",
    "Division",
    "DivisionKind",
    "Form",
    "InForce",
    "Note",
    "Operation",
    "Origin",
    "OriginKind",
    "Placeholder",
    "Role",
    "Schedule",
    "Section",
    "Span",
    "Target",
    "Unit",
    "UnitKind",
    "plain",
]


class Form(StrEnum):
    """The drafting tradition a bill is written in."""

    COMMON_LAW = "common_law"
    """A Bill: Parts, sections, subsections (1), paragraphs (a), subparagraphs (i)."""
    CIVIL_LAW = "civil_law"
    """A draft law: Titles, Chapters, Articles, paragraphs 1., points 1°, sub-points a)."""


class Role(StrEnum):
    """What a piece of text is, for renderers that mark it up (AKN ``ref``, ``term``, ``quotedText``)."""

    TEXT = "text"
    PARAMETER = "parameter"
    """An unfilled parameter, shown as its default in brackets and highlighted."""
    REF = "ref"
    """A cross-reference; ``target`` is the eId referred to (in this bill)."""
    TERM = "term"
    """A defined term being defined; ``target`` is its key (``terrorist_act``)."""
    QUOTED = "quoted"
    """Words quoted in an amendment instruction (old or new words)."""


@dataclass(frozen=True)
class Span:
    text: str
    role: Role = Role.TEXT
    target: str | None = None
    """eId (REF), term key (TERM) or parameter name (PARAMETER)."""


def plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


class UnitKind(StrEnum):
    SUBSECTION = "subsection"
    """(1) in a Bill; 1. in a draft law. Unnumbered when a section has only one."""
    PARAGRAPH = "paragraph"
    """(a) in a Bill; 1° in a draft law."""
    SUBPARAGRAPH = "subparagraph"
    """(i) in a Bill; a) in a draft law."""
    DEFINITION = "definition"
    """One entry of the interpretation section: ``"term" means ...``."""
    INSTRUCTION = "instruction"
    """An amendment or repeal instruction; ``amendment`` says what it does."""


class Operation(StrEnum):
    """What an amendment instruction does to the law in force."""

    SUBSTITUTE_WORDS = "substitute_words"
    INSERT_WORDS = "insert_words"
    OMIT_WORDS = "omit_words"
    INSERT_UNIT = "insert_unit"
    """Insert subsections (or paragraphs) at the end of a section."""
    SUBSTITUTE_UNIT = "substitute_unit"
    """Substitute a whole section or article (the old text goes)."""
    INSERT_ARTICLE = "insert_article"
    """Insert a new section or article after the target (``Après l'article 421-2-10 ... il est inséré un
    article 421-2-11``); ``new_unit`` is its number."""
    REPEAL_UNIT = "repeal_unit"


@dataclass(frozen=True)
class Target:
    """The unit of the law in force an instruction acts on."""

    act: str
    """``Telecommunications Act 2009``, ``Criminal Code``."""
    unit: str
    """The section or article number as the act prints it: ``58``, ``421-2-10``."""
    provision: str
    """The framework id of the in-force provision (``xa.tel.s58``)."""
    words: str
    """How the bill cites it: ``section 58 of the Telecommunications Act 2009``."""


@dataclass(frozen=True)
class Amendment:
    operation: Operation
    target: Target
    old: str | None = None
    """Words taken out (SUBSTITUTE_WORDS, OMIT_WORDS)."""
    new: str | None = None
    """Words put in (SUBSTITUTE_WORDS, INSERT_WORDS)."""
    anchor: str | None = None
    """INSERT_WORDS: the words after which the new words go."""
    quoted: tuple[Unit, ...] = ()
    """INSERT_UNIT: the new units; SUBSTITUTE_UNIT: the new section's units."""
    quoted_heading: str | None = None
    """SUBSTITUTE_UNIT: the heading of the new section."""
    finding: str = ""
    """The shortfall this instruction cures, in words."""
    new_unit: str | None = None
    """INSERT_ARTICLE: the number of the article inserted."""
    model: str | None = None
    """INSERT_ARTICLE: the catalog id of the model provision the inserted article enacts."""


@dataclass(frozen=True)
class Unit:
    """A numbered unit below a section, or a definition entry, or an amendment instruction.

    ``text`` is the unit's content when it has no children, else its lead-in (AKN ``intro``);
    ``wrap`` is the text after its children (AKN ``wrapUp``).
    """

    kind: UnitKind
    num: str | None
    eid: str
    text: tuple[Span, ...]
    children: tuple[Unit, ...] = ()
    wrap: tuple[Span, ...] = ()
    amendment: Amendment | None = None
    term: str | None = None
    """DEFINITION: the key of the term it defines."""

    def walk(self) -> Iterator[Unit]:
        yield self
        for child in self.children:
            yield from child.walk()
        if self.amendment is not None:
            for quoted in self.amendment.quoted:
                yield from quoted.walk()


class Change(StrEnum):
    """How a section stands to the drafter's text: the tracked change a Word renderer shows."""

    NONE = "none"
    """The State's own clause, kept as written."""
    INSERTED = "inserted"
    """Proposed by draftkit (model text, an amendment, a structural section): a tracked insertion."""
    REPLACED = "replaced"
    """The State's own clause falls short: its text is a tracked deletion, the remedy a tracked insertion."""


@dataclass(frozen=True)
class Section:
    """A section of a Bill or an article of a draft law."""

    number: str
    eid: str
    title: str
    units: tuple[Unit, ...]
    origin: Origin
    change: Change
    answers: tuple[str, ...] = ()
    """Ids of the criteria this section answers."""
    notes: tuple[Note, ...] = ()
    """The section's comment: source, criteria, rationale, citations, pointer to the report."""
    placeholders: tuple[Placeholder, ...] = ()
    deleted: tuple[Unit, ...] = ()
    """REPLACED: the State's own text, shown struck through."""
    deleted_title: str | None = None
    label: str = ""
    """How the heading opens, in the bill's language: ``12.``, ``Article 1er``, ``Artículo 3.``."""

    @property
    def inserted(self) -> bool:
        """Shown as a tracked insertion (model text, amendments, structural sections, remedies)."""
        return self.change is not Change.NONE

    def walk(self) -> Iterator[Unit]:
        for unit in self.units:
            yield from unit.walk()


class DivisionKind(StrEnum):
    PART = "part"
    TITLE = "title"
    CHAPTER = "chapter"


@dataclass(frozen=True)
class Division:
    kind: DivisionKind
    number: str
    """As printed: ``1`` (Part 1), ``I`` (Title I)."""
    eid: str
    heading: str
    sections: tuple[Section, ...] = ()
    children: tuple[Division, ...] = ()
    area: Area | None = None
    label: str = ""
    """``Part 2``, ``Titre Ier``, ``Título II``."""

    def all_sections(self) -> Iterator[Section]:
        yield from self.sections
        for child in self.children:
            yield from child.all_sections()


@dataclass(frozen=True)
class Schedule:
    number: str
    eid: str
    heading: str
    units: tuple[Unit, ...]
    called_by: str
    """eId of the section that gives the Schedule effect."""
    notes: tuple[Note, ...] = ()
    label: str = ""
    """``Schedule 1``, ``Annexe 1``, ``Anexo 1``."""


@dataclass(frozen=True)
class DefinedTerm:
    key: str
    term: str
    eid: str
    """eId of the definition entry."""
    origin: str
    """``the State's definition (Penal Code 1962, s 3)`` or ``draftkit model definition`` (in the bill's language)."""
    model: str | None = None
    """The catalog id of the model definition, when the bill enacts draftkit's."""


@dataclass(frozen=True)
class Bill:
    form: Form
    country: str
    """Name of the State, as documents print it."""
    country_code: str
    language: str
    as_of: str
    year: int
    title: str
    """The short title of the Bill as tabled: ``Counter-Terrorism (Online Harms) Bill``."""
    act_title: str
    """How the enacted text will be cited: ``Counter-Terrorism (Online Harms) Act 2026``."""
    long_title: str
    enacting_formula: str
    divisions: tuple[Division, ...]
    schedules: tuple[Schedule, ...] = ()
    terms: tuple[DefinedTerm, ...] = ()
    in_force: tuple[InForce, ...] = field(default=())
    arrangement: str = ""
    """The heading of the table of contents: ``Arrangement of sections``, ``Sommaire``, ``Índice``."""
    quotes: tuple[str, str] = ("\u201c", "\u201d")
    """The marks that open and close text quoted by an amendment."""
    elsewhere: frozenset[str] = frozenset()
    """Numbers of units the framework records in other Acts in force (``57-1`` of the Code of Criminal
    Procedure): a State clause citing one refers to that Act, not to the bill."""

    @property
    def sections(self) -> list[Section]:
        return [section for division in self.divisions for section in division.all_sections()]

    @property
    def parts(self) -> tuple[Division, ...]:
        return self.divisions

    def section_by_eid(self) -> dict[str, Section]:
        return {section.eid: section for section in self.sections}

    def eids(self) -> set[str]:
        """Every eId in the bill: divisions, sections, units (quoted units excluded), schedules."""
        out: set[str] = set()

        def division(d: Division) -> None:
            out.add(d.eid)
            for child in d.children:
                division(child)

        for d in self.divisions:
            division(d)
        for section in self.sections:
            out.add(section.eid)
            for unit in section.units:
                stack = [unit]
                while stack:
                    current = stack.pop()
                    out.add(current.eid)
                    stack.extend(current.children)
        for schedule in self.schedules:
            out.add(schedule.eid)
            for unit in schedule.units:
                out.add(unit.eid)
        return out
