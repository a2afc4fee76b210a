"""The forms of bill: numbering, divisions, formulas and vocabulary of each tradition, in each language.

Two traditions (:class:`~draftkit.compose.tree.Form`): a common-law Bill (Parts, sections,
(1), (a), (i), "is liable on conviction to imprisonment for a term not exceeding 10 years")
and a civil-law draft law (Titles, Articles, "shall be punished by ten years' imprisonment").
Every fixed text of a bill (titles, formulas, headings, amending and repeal formulas, the
comments) is a message of :mod:`draftkit.i18n.messages` (codes ``bill.common.*``,
``bill.civil.*`` and ``bill.*``), worded in the bill's language.

What is not a sentence but a convention of a language and a tradition is data here, in one
registry (:data:`IDIOMS`, one :class:`Idiom` per language): numbering (``I.``, ``1°``,
``a)`` and "Article 1er" in French; ``1.``, ``a)``, ``1.º`` in Spanish; ``(1)``, ``a)``,
``(i)`` in the French of a bilingual common-law State), quotation marks, how an Act is named
after "of" ("du code pénal", "del Código Penal"), the contractions a filled parameter makes
("de le" -> "du", "a el" -> "al"), numbers in words for penalties (num2words), and the
rewrites that carry model text from the idiom it is written in to the form asked for:

* English model text is written in the common-law idiom; the English civil-law draft law
  rewrites its tradition-bound wording (burdens of proof, oaths, penalties, "section");
* French model text is written in the civil-law idiom ("Est puni de ... le fait de",
  "au 2° du I"); the French common-law form (Canadian federal style: paragraphe (1), alinéa
  a), "acte criminel passible d'un emprisonnement maximal de dix ans") rewrites it.

The form follows the framework's ``legal_tradition``: civil law gives a draft law, every
other tradition (common law, mixed, Islamic law, other) a Bill unless the framework's
``parameters`` set ``bill_form: civil_law`` (or ``common_law``), which always wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from draftkit.catalog.text import letter, roman
from draftkit.compose.names import (
    act_names,
    act_slug,
    english_takes_the,
    hyphen_range,
    schedules_apart,
    section_numbers,
    state_of,
    unit_count,
    unit_numbers,
)
from draftkit.compose.tree import DivisionKind, Form, Operation, Target
from draftkit.i18n import Messages, Param, messages, msg
from draftkit.i18n.messages import PLURALS, TEXT
from draftkit.models import LegalTradition, NationalFramework
from draftkit.reference import localize_pinpoint

__all__ = [
    "FORM_PARAMETER",
    "IDIOMS",
    "Idiom",
    "Style",
    "act_slug",
    "capital",
    "catalog_form",
    "form_of",
    "idiom_for",
    "in_words",
    "parameter",
    "state_name",
    "style_for",
]

FORM_PARAMETER = "bill_form"
"""Framework parameter that overrides the form chosen from the legal tradition."""

Rewrites = tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]


def parameter(framework: NationalFramework, name: str, language: str) -> str | None:
    """A framework parameter's value for a document in ``language``.

    ``<name>_<language>`` (``competent_court_fr``) gives the value in that language, for a framework
    written in one language and drafted in another; else ``<name>`` as the framework gives it.
    """
    return framework.parameters.get(f"{name}_{language}") or framework.parameters.get(name)


def form_of(framework: NationalFramework) -> Form:
    chosen = framework.parameters.get(FORM_PARAMETER, "").strip().lower().replace(" ", "_").replace("-", "_")
    if chosen in (Form.COMMON_LAW.value, Form.CIVIL_LAW.value):
        return Form(chosen)
    return Form.CIVIL_LAW if framework.legal_tradition is LegalTradition.CIVIL_LAW else Form.COMMON_LAW


def in_words(number: str, language: str) -> str:
    """``10`` -> ``ten`` / ``dix`` / ``diez`` (num2words); anything not a small whole number as given."""
    if not number.isdigit() or int(number) > 999:
        return number
    # lazily: not loaded with this module, only when this runs (start-up time)
    from num2words import num2words

    try:
        return str(num2words(int(number), lang=language))
    except NotImplementedError:  # a language num2words does not spell: figures
        return number


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _point(letter_: str) -> str:
    return f"point {ord(letter_) - ord('a') + 1}\u00b0"


def _compile(pairs: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...]) -> Rewrites:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


# English model text (common-law idiom) -> the English of a civil-law draft law. Order matters:
# structured references first (subsection (1)(b) -> point 2° of paragraph 1), then penalties, proof, words.
_EN_CIVIL = _compile(
    (
        (
            r"\b([Ss])ubsection \((\d+)\)\(([a-z])\)",
            lambda m: f"{_point(m.group(3))} of {_cap('paragraph', m.group(1))} {m.group(2)}",
        ),
        (
            r"\b([Ss])ubsections \((\d+)\), \((\d+)\) (and|or) \((\d+)\)",
            lambda m: f"{_cap('paragraphs', m.group(1))} {m.group(2)}, {m.group(3)} {m.group(4)} {m.group(5)}",
        ),
        (
            r"\b([Ss])ubsections \((\d+)\) (to|and|or) \((\d+)\)",
            lambda m: f"{_cap('paragraphs', m.group(1))} {m.group(2)} {m.group(3)} {m.group(4)}",
        ),
        (r"\b([Ss])ubsection \((\d+)\)", lambda m: f"{_cap('paragraph', m.group(1))} {m.group(2)}"),
        (
            r"\bparagraphs \(([a-z])\) (to|and|or) \(([a-z])\)",
            lambda m: f"points {_point(m.group(1))[6:]} {m.group(2)} {_point(m.group(3))[6:]}",
        ),
        (r"\bparagraph \(([a-z])\)", lambda m: _point(m.group(1))),
        (
            r"is liable on conviction to imprisonment for a term not exceeding (\w+|\{\w+\}) years, "
            r"or to a fine, or to both",
            r"shall be punished by \1 years' imprisonment and a fine",
        ),
        (
            r"is liable on conviction to imprisonment for a term not exceeding (\w+|\{\w+\}) years",
            r"shall be punished by \1 years' imprisonment",
        ),
        (r"is liable on conviction to a fine not exceeding", "shall be punished by a fine of up to"),
        (r"is liable on conviction to a fine", "shall be punished by a fine"),
        (r"liable on conviction to", "punishable by"),
        (r"the prosecution proves beyond reasonable doubt that it is not", "the contrary is established"),
        (r"proves? beyond reasonable doubt", "establishes"),
        (r"beyond reasonable doubt", "to the required standard"),
        # whole formulas before the words they contain
        (
            r"\bsupported by information on oath or affirmation\b",
            "supported by a statement made on pain of the penalties for false testimony",
        ),
        (r"\binformation on oath or affirmation\b", "a statement made on pain of the penalties for false testimony"),
        (r"\bon oath or affirmation\b", "on pain of the penalties for false testimony"),
        (r"\bon oath\b", "on pain of the penalties for false testimony"),
        (r"\bsworn\b", "signed"),
        (r"\b[\d,]+ penalty units\b", "the amount set by law"),
        (r"penalty units", "the amount set by law"),
        (r"published in the Gazette", "published in the Official Journal"),
        (r"\bthe Gazette\b", "the Official Journal"),
        (r"\bthis Act\b", "this Law"),
        (r"\bthe Act\b", "the Law"),
        (r"\ban Act\b", "a law"),
        (r"\b([Tt]his|[Tt]hat|each|the same|any other) section\b", r"\1 article"),
        (r"\bsection (\d)", r"article \1"),
        (r"\bsections (\d)", r"articles \1"),
        (r"\b([Tt])he prosecution\b", r"\1he public prosecutor"),
        (r"\bon indictment\b", "by the criminal court"),
    )
)

_ROMAN_UP = r"(?:[IVX]+)"


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, char in enumerate(text):
        value = values[char]
        total += -value if i + 1 < len(text) and values[text[i + 1]] > value else value
    return total


def _fr_unit(point: str | None, sub: str | None) -> str:
    """Canadian references: ``2°`` of ``I`` -> ``l'alinéa (1)b)`` pieces."""
    number = f"({_roman_value(sub)})" if sub else ""
    lettered = letter(int(point)) + ")" if point else ""
    return number + lettered


# French model text (civil-law idiom, as translated) -> the French of a bilingual common-law State
# (Canadian federal style). References first ("au 2° du I" -> "à l'alinéa (1)b)"), then penalties.
_FR_COMMON = _compile(
    (
        (
            rf"\bau (\d+)° du ({_ROMAN_UP})\b(?!')",
            lambda m: f"à l'alinéa {_fr_unit(m.group(1), m.group(2))}",
        ),
        (
            rf"\b([Ll])e (\d+)° du ({_ROMAN_UP})\b(?!')",
            lambda m: f"{m.group(1)}'alinéa {_fr_unit(m.group(2), m.group(3))}",
        ),
        (
            rf"\bdu (\d+)° du ({_ROMAN_UP})\b(?!')",
            lambda m: f"de l'alinéa {_fr_unit(m.group(1), m.group(2))}",
        ),
        (r"\bau (\d+)°", lambda m: f"à l'alinéa {letter(int(m.group(1)))})"),
        (r"\bdu (\d+)°", lambda m: f"de l'alinéa {letter(int(m.group(1)))})"),
        (
            rf"\b([Ll])es ({_ROMAN_UP}) à ({_ROMAN_UP})\b(?!')",
            lambda m: f"{m.group(1)}es paragraphes ({_roman_value(m.group(2))}) à ({_roman_value(m.group(3))})",
        ),
        (
            rf"\b(aux|des) ({_ROMAN_UP}) (et|à) ({_ROMAN_UP})\b(?!')",
            lambda m: (
                f"{m.group(1)} paragraphes ({_roman_value(m.group(2))}) {m.group(3)} ({_roman_value(m.group(4))})"
            ),
        ),
        (
            rf"\b([Ll])es ({_ROMAN_UP}) et ({_ROMAN_UP})\b(?!')",
            lambda m: f"{m.group(1)}es paragraphes ({_roman_value(m.group(2))}) et ({_roman_value(m.group(3))})",
        ),
        (
            rf"\b(au|du|le|Le) ({_ROMAN_UP})\b(?!')",
            lambda m: (
                {"au": "au paragraphe", "du": "du paragraphe", "le": "le paragraphe", "Le": "Le paragraphe"}[m.group(1)]
                + f" ({_roman_value(m.group(2))})"
            ),
        ),
        (
            r"\b([Ee])st puni(e?) de (\w+|\{\w+\}) ans d'emprisonnement et d'une amende\b",
            lambda m: (
                f"{_cap('constitue', m.group(1))} un acte criminel passible d'un emprisonnement maximal de "
                f"{m.group(3)} ans et d'une amende"
            ),
        ),
        (
            r"\b([Ee])st puni(e?) de (\w+|\{\w+\}) ans d'emprisonnement\b",
            lambda m: (
                f"{_cap('constitue', m.group(1))} un acte criminel passible d'un emprisonnement maximal de "
                f"{m.group(3)} ans"
            ),
        ),
        (r"\bla preuve contraire incombe au ministère public\b", "la poursuite doit prouver le contraire"),
        (r"\ble ministère public\b", "le poursuivant"),
        (r"\bdu ministère public\b", "du poursuivant"),
        (r"\bau ministère public\b", "au poursuivant"),
        (r"\ble procureur de la République\b", "le procureur général"),
        (r"\bdu procureur de la République\b", "du procureur général"),
        (r"\bau procureur de la République\b", "au procureur général"),
        (r"\bau Journal officiel\b", "dans la Gazette"),
        (r"\bJournal officiel\b", "Gazette"),
        (r"\bpar décret\b", "par règlement"),
    )
)


@dataclass(frozen=True)
class Numbering:
    """How units are numbered in one language and tradition."""

    subsection: Callable[[int], str]
    paragraph: Callable[[int], str]
    subparagraph: Callable[[int], str]
    division: Callable[[int], str]
    section: Callable[[int], str] = str
    """How a section's number prints: ``12``; ``1er`` for the first article of a French law."""


_COMMON = Numbering(lambda n: f"({n})", lambda n: f"({letter(n)})", lambda n: f"({roman(n)})", str)
_CIVIL_EN = Numbering(lambda n: f"{n}.", lambda n: f"{n}\u00b0", lambda n: f"{letter(n)})", lambda n: roman(n).upper())
_CIVIL_FR = Numbering(
    lambda n: f"{roman(n).upper()}.",
    lambda n: f"{n}\u00b0",
    lambda n: f"{letter(n)})",
    lambda n: "Ier" if n == 1 else roman(n).upper(),
    lambda n: "1er" if n == 1 else str(n),
)
_CIVIL_ES = Numbering(lambda n: f"{n}.", lambda n: f"{letter(n)})", lambda n: f"{n}.\u00ba", lambda n: roman(n).upper())
_COMMON_FR = Numbering(lambda n: f"({n})", lambda n: f"{letter(n)})", lambda n: f"({roman(n)})", str)


@dataclass(frozen=True)
class Idiom:
    """The conventions of one language that are not sentences (see the module docstring)."""

    language: str
    numbering: dict[Form, Numbering]
    term_quotes: tuple[str, str]
    """How a defined term is quoted: “term”, « terme »."""
    amend_quotes: dict[Form, tuple[str, str]]
    """How amending text quotes the words and units it puts in."""
    articles: tuple[tuple[str, str], ...] = ()
    """(first word of an Act's name, the article it takes): ``("code", "le")``; default the first entry's."""
    contractions: Rewrites = ()
    """Preposition + article -> contraction (``de le`` -> ``du``), applied where a value is filled in."""
    rewrites: dict[Form, Rewrites] = field(default_factory=dict)
    """Model text of this language -> the form asked for (the catalog's idiom needs none)."""
    written_years: frozenset[Form] = frozenset()
    """Forms whose penalties write the years in words (``dix ans``)."""
    definition_lead: re.Pattern[str] = re.compile(r"^(In this Act|For the purposes of this Act),\s*")
    """The opening a model definition loses when it becomes an entry of the interpretation section."""
    means: str = ""
    """Put between the quoted term and the rest of an entry when the text has nothing there (``:``)."""

    values: Rewrites = ()
    """Defaults a translation left in English (amounts in penalty units) in this language's words."""
    capital_items: bool = False
    """Enumerated items open with a capital (French codes: ``1° Les services ...``)."""
    item_end: str = ";"
    """How an item of a list of definitions ends (French: a non-breaking space before ``;``)."""
    dispositions: tuple[str, ...] = ()
    """Where a civil-law law ends with dispositions, not numbered articles (Spanish: *disposición
    derogatoria única*, *disposición final primera*): the ordinals that number each kind, from the
    first; the sole one of its kind is ``disposition_sole``. Empty: final provisions are articles."""
    disposition_sole: str = ""

    def number(self, form: Form) -> Numbering:
        return self.numbering.get(form) or IDIOMS["en"].numbering[form]

    def with_article(self, act: str) -> str:
        """``Código Penal`` -> ``el Código Penal``; a name that carries its article is kept."""
        if not self.articles:
            return act
        if self.language == "fr" and _FRENCH_CODE.match(act):
            act = "c" + act[1:]  # French legislation cites its codes in lower case: "le code pénal"
        first = act.split(" ", 1)[0].lower()
        if first in {article for _, article in self.articles} or first.startswith(("l'", "l\u2019")):
            return act
        for word, article in self.articles:
            if first == word:
                return f"{article}{act}" if article.endswith("'") else f"{article} {act}"
        default = self.articles[0][1]
        if self.language == "fr" and act[:1].lower() in "aeéèêiîoôuh":
            return f"l'{act}"
        return f"{default} {act}"

    def contract(self, text: str) -> str:
        for pattern, replacement in self.contractions:
            text = pattern.sub(replacement, text)
        return text


_FRENCH_CODE = re.compile(r"Code (?!(?:of|for|on|and|the)\b)[a-zàâçéèêëîïôûù]")
"""A French code's name ("Code pénal", "Code de procédure pénale"), not an English one ("Code of Criminal
Procedure")."""


def _contractions(*triples: tuple[str, str, str]) -> Rewrites:
    """Preposition + article -> contraction, also before a bracketed value (``de [le juge`` -> ``du [juge``);
    and an article doubled by a filled value (``le [le juge``) once."""
    out: list[tuple[str, str | Callable[[re.Match[str]], str]]] = []

    def contracting(contracted: str) -> Callable[[re.Match[str]], str]:
        return lambda m: f"{_cap(contracted, m.group(1))} {m.group(2)}"

    for preposition, article, contracted in triples:
        out.append((rf"(?<!\w)({preposition}|{_cap(preposition, 'X')}) (\[?){article} ", contracting(contracted)))
    articles = sorted({article for _, article, _ in triples} | {c for _, _, c in triples}, key=len, reverse=True)
    for article in articles:
        out.append((rf"(?<!\w)({article}|{_cap(article, 'X')}) (\[?){article} ", r"\1 \2"))
    if any(preposition == "de" and article == "le" for preposition, article, _ in triples):  # French elision
        out.append((r"(?<!\w)([Dd])e ([AEIOUÉÈÊ][a-zé])", r"\1'\2"))
    return _compile(tuple(out))


_FR_ARTICLES = (
    ("code", "le"),
    ("loi", "la"),
    ("ordonnance", "l'"),
    ("décret", "le"),
    ("décret-loi", "le"),
    ("acte", "l'"),
)
_ES_ARTICLES = (("código", "el"), ("ley", "la"), ("decreto", "el"), ("reglamento", "el"), ("decreto-ley", "el"))

IDIOMS: dict[str, Idiom] = {
    "en": Idiom(
        "en",
        {Form.COMMON_LAW: _COMMON, Form.CIVIL_LAW: _CIVIL_EN},
        ("\u201c", "\u201d"),
        {Form.COMMON_LAW: ("\u201c", "\u201d"), Form.CIVIL_LAW: ("\u00ab\u00a0", "\u00a0\u00bb")},
        rewrites={Form.CIVIL_LAW: _EN_CIVIL},
        written_years=frozenset({Form.CIVIL_LAW}),
    ),
    "fr": Idiom(
        "fr",
        {Form.COMMON_LAW: _COMMON_FR, Form.CIVIL_LAW: _CIVIL_FR},
        ("\u00ab\u00a0", "\u00a0\u00bb"),
        {Form.COMMON_LAW: ("\u00ab\u00a0", "\u00a0\u00bb"), Form.CIVIL_LAW: ("\u00ab\u00a0", "\u00a0\u00bb")},
        _FR_ARTICLES,
        _contractions(("de", "le", "du"), ("de", "les", "des"), ("à", "le", "au"), ("à", "les", "aux")),
        {Form.COMMON_LAW: _FR_COMMON},
        frozenset({Form.COMMON_LAW, Form.CIVIL_LAW}),
        re.compile(
            r"^(Pour l'application de la présente loi|Au sens de la présente loi|Dans la présente loi),?\s*"
            r"(on entend par\s*)?"
        ),
        " :",
        values=_compile(
            ((r"^([\d,]+) penalty units$", lambda m: m.group(1).replace(",", "\u00a0") + " unités d'amende"),)
        ),
        capital_items=True,
        item_end="\u00a0;",
    ),
    "es": Idiom(
        "es",
        {Form.CIVIL_LAW: _CIVIL_ES, Form.COMMON_LAW: _COMMON_FR},
        ("\u201c", "\u201d"),
        {Form.COMMON_LAW: ("\u00ab", "\u00bb"), Form.CIVIL_LAW: ("\u00ab", "\u00bb")},
        _ES_ARTICLES,
        _contractions(("de", "el", "del"), ("a", "el", "al")),
        {},
        frozenset({Form.COMMON_LAW, Form.CIVIL_LAW}),
        re.compile(r"^(A (los )?efectos de (la presente|esta) [Ll]ey),?\s*(se entiende por\s*)?"),
        ":",
        values=_compile(
            ((r"^([\d,]+) penalty units$", lambda m: m.group(1).replace(",", ".") + " unidades de multa"),)
        ),
        dispositions=(
            "primera",
            "segunda",
            "tercera",
            "cuarta",
            "quinta",
            "sexta",
            "séptima",
            "octava",
            "novena",
            "décima",
            "undécima",
            "duodécima",
        ),
        disposition_sole="única",
    ),
}
"""The languages a bill can be drafted in (their messages come from the catalogs of :mod:`draftkit.i18n`)."""


CATALOG_FORMS: dict[str, Form] = {"fr": Form.CIVIL_LAW, "es": Form.CIVIL_LAW}
"""The form each language's model provisions are written in (the others: common law, as English)."""


def catalog_form(language: str) -> Form:
    """The form the model provisions of ``language`` are written in: ``catalog show`` numbers them so."""
    return CATALOG_FORMS.get(language, Form.COMMON_LAW)


def idiom_for(language: str) -> Idiom:
    """The idiom of ``language``; a language without one (e.g. Arabic, for now) numbers as English does."""
    return IDIOMS.get(language) or replace(IDIOMS["en"], language=language, rewrites={}, written_years=frozenset())


@dataclass(frozen=True)
class Style:
    """Everything in a bill that depends on its tradition and its language."""

    form: Form
    m: Messages
    idiom: Idiom
    state_name: str = ""
    """How the bill names its own State (``Aldermere``); model text says ``the State``."""
    act_names: tuple[tuple[str, str], ...] = ()
    """(slug of an Act's name, its name in this language), from the framework's ``act_<slug>_<language>``."""

    # ----------------------------------------------------------------- words
    @property
    def language(self) -> str:
        return self.idiom.language

    @property
    def key(self) -> str:
        return "common" if self.form is Form.COMMON_LAW else "civil"

    def code(self, name: str) -> str:
        """``bill.civil.<name>`` (or ``bill.common.<name>``) where the form has its own, else ``bill.<name>``."""
        own = f"bill.{self.key}.{name}"
        return own if own in TEXT or own in PLURALS else f"bill.{name}"

    def say(self, key: str, /, **params: Param) -> str:
        """The message ``key`` in this form and language, contractions made."""
        return self.idiom.contract(self.m.text(msg(self.code(key), **params)))

    def sentence(self, key: str, /, **params: Param) -> str:
        return capital(self.say(key, **params))

    def and_list(self, items: list[str]) -> str:
        return self.m.list(items)

    @property
    def top(self) -> DivisionKind:
        return DivisionKind.PART if self.form is Form.COMMON_LAW else DivisionKind.TITLE

    @property
    def section_word(self) -> str:
        return "section" if self.form is Form.COMMON_LAW else "article"

    @property
    def interpretation_heading(self) -> str:
        return self.say("interpretation.heading")

    # ----------------------------------------------------------------- numbering
    @property
    def numbering(self) -> Numbering:
        return self.idiom.number(self.form)

    def division_number(self, n: int) -> str:
        return self.numbering.division(n)

    def section_number(self, n: int) -> str:
        return self.numbering.section(n)

    def division_label(self, number: str) -> str:
        return self.say("division", number=number)

    def division_eid(self, number: str) -> str:
        return f"part_{number}" if self.form is Form.COMMON_LAW else f"title_{number}"

    def section_eid(self, number: str) -> str:
        digits = re.match(r"\d+", number)
        bare = digits.group(0) if digits else number
        return f"sec_{bare}" if self.form is Form.COMMON_LAW else f"art_{bare}"

    @property
    def dispositions(self) -> bool:
        """Whether the law ends with dispositions rather than numbered articles (a Spanish ley)."""
        return self.form is Form.CIVIL_LAW and bool(self.idiom.dispositions)

    def disposition_label(self, kind: str, n: int, of: int) -> str:
        """``Disposición final primera.``, ``Disposición derogatoria única.``: the ``n``-th of ``of``
        dispositions of ``kind`` (``final`` or ``repeal``)."""
        ordinals = self.idiom.dispositions
        ordinal = self.idiom.disposition_sole if of == 1 else ordinals[n - 1] if n <= len(ordinals) else str(n)
        return self.say(f"disposition.{kind}", ordinal=ordinal)

    def section_heading_num(self, number: str) -> str:
        """How a section's number opens its heading: ``12.``, ``Article 12``, ``Artículo 12.``."""
        return self.say("section_label", number=number)

    def subsection_num(self, n: int) -> str:
        return self.numbering.subsection(n)

    def paragraph_num(self, n: int) -> str:
        return self.numbering.paragraph(n)

    def subparagraph_num(self, n: int) -> str:
        return self.numbering.subparagraph(n)

    def unit_eid(self, parent: str, level: str, n: int) -> str:
        """AKN eId of a unit below ``parent``: ``sec_3__subsec_1__para_a__subpara_i`` or ``art_3__para_1__point_1``."""
        if self.form is Form.COMMON_LAW:
            abbrev, num = {
                "subsection": ("subsec", str(n)),
                "paragraph": ("para", letter(n)),
                "subparagraph": ("subpara", roman(n)),
            }[level]
        else:
            abbrev, num = {
                "subsection": ("para", str(n)),
                "paragraph": ("point", str(n)),
                "subparagraph": ("point", letter(n)),
            }[level]
        return f"{parent}__{abbrev}_{num}"

    # ----------------------------------------------------------------- references
    def cite_section(self, number: str) -> str:
        return self.say("cite_section", number=number)

    def cite_sections(self, numbers: list[str]) -> str:
        if len(numbers) == 1:
            return self.cite_section(numbers[0])
        return self.say("cite_sections", numbers=self.and_list(numbers))

    def cite_range(self, first: str, last: str) -> str:
        return self.say("cite_range", first=first, last=last)

    def act_name(self, act: str) -> str:
        """An Act's name in this language: the framework's ``act_<name>_<language>`` parameter, else as given."""
        return dict(self.act_names).get(act_slug(act), act)

    def of_act(self, act: str) -> str:
        """``of the Criminal Code``, ``du code pénal``, ``del Código Penal``."""
        act = self.act_name(act)
        if self.language == "en":
            return f"of {act}" if act.lower().startswith("the ") else self.say("of_act", act=act)
        return self.idiom.contract(self.m.text(msg("bill.of_act", act=self.idiom.with_article(act))))

    def cite_in_force(self, act: str, unit: str) -> str:
        """``section 58 of the Telecommunications Act 2009``; ``l'article 41 du code pénal``; a provision the
        framework places in several units, ``sections 60A, 61 and 65 of ...``, ``les articles 427 et 536 ...``;
        with a Schedule, which is cited *to* its Act, ``sections 49 to 55 of, and Schedule 2 to, the ...``."""
        units = section_numbers(unit)
        sections, schedules = schedules_apart(units) if self.form is Form.COMMON_LAW else (units, ())
        numbers = tuple(words for number in sections for words in self._range_in_words(number))
        listed: Param = numbers[0] if len(numbers) == 1 else numbers
        if not schedules:
            return self.say("cite_in_force", count=self.unit_count(unit), unit=listed, of_act=self.of_act(act))
        named = self.say("schedules", count=len(schedules), numbers=schedules[0] if len(schedules) == 1 else schedules)
        if not sections:
            return self.say("cite_schedules_in_force", schedules=named, act=self._the_act(act))
        count = sum(unit_count(number, ranges=True) for number in sections)
        return self.say(
            "cite_in_force_and_schedules", count=count, unit=listed, schedules=named, act=self._the_act(act)
        )

    def _the_act(self, act: str) -> str:
        """An Act's name with its article, as the object of "to": ``the Terrorism Act 2000``, ``la loi ...``."""
        act = self.act_name(act)
        if self.language == "en":
            return act if act.lower().startswith("the ") else f"the {act}"
        return self.idiom.with_article(act)

    def _range_in_words(self, number: str) -> tuple[str, ...]:
        """``26-29`` as the common law cites a run of sections, ``26 to 29`` (a run of two, ``1-2``, is the two
        sections); a code's ``230-1`` is one article."""
        bounds = hyphen_range(number) if self.form is Form.COMMON_LAW else None
        if bounds is None:
            return (number,)
        if int(bounds[1]) == int(bounds[0]) + 1:
            return bounds
        return (self.say("unit_range", first=bounds[0], last=bounds[1]),)

    def first_unit(self, unit: str) -> str:
        """The first unit a provision in force occupies: the number a text replacing all of them takes."""
        return unit_numbers(unit, ranges=self.form is Form.COMMON_LAW)[0]

    def unit_count(self, unit: str) -> int:
        """How many units a provision in force occupies (the verbs of an amending formula agree with it)."""
        return unit_count(unit, ranges=self.form is Form.COMMON_LAW)

    # ----------------------------------------------------------------- model text
    def adapt(self, text: str, *, state: bool = True) -> str:
        """Model text in this tradition's words (and "the State" by its name, if ``state``)."""
        for pattern, replacement in self.idiom.rewrites.get(self.form, ()):
            text = pattern.sub(replacement, text)
        if self.form in self.idiom.written_years:
            text = _PUNISHED.sub(lambda m: m.group(1) + in_words(m.group(2), self.language) + m.group(3), text)
        if state:
            text = self.state_words(text)
        return text

    def in_code(self, text: str) -> str:
        """Model text quoted into a code article the bill rewrites: "this Law" is that code."""
        for pattern, replacement in _IN_CODE.get(self.language, ()):
            text = pattern.sub(replacement, text)
        return text

    def pinpoint(self, pin: str) -> str:
        """``para 110`` as this language writes it (``par. 110``, ``párr. 110``; ``art 19(3)``: ``art. 19, par. 3``).

        The words are the instrument registry's (:func:`draftkit.reference.localize_pinpoint`), shared with the report.
        """

        return localize_pinpoint(pin, self.language)

    def years(self, value: str) -> str:
        """A number of years as this form writes it in a penalty: ``10``, ``ten``, ``dix``."""
        return in_words(value, self.language) if self.form in self.idiom.written_years else value

    def state_words(self, text: str) -> str:
        if not self.state_name:
            return text
        name = self.state_name
        if self.language == "en":
            # "the United Kingdom", "the Netherlands": a name that takes the article keeps it, capitalised
            # where "The State" opened the sentence
            the = "the " if english_takes_the(name) else ""

            def named(match: re.Match[str]) -> str:
                return capital(the) + name if match.group(0)[:1] == "T" else the + name

            text = re.sub(r"\b[Tt]he State(?='s\b)", named, text)
            text = re.sub(r"\bwithin the State\b", f"in {the}{name}", text)  # a place: the enacting State
            text = re.sub(r"\boutside the State\b", f"outside {the}{name}", text)
            return re.sub(rf"\b[Tt]he State\b{_EN_GENERIC_STATE}", named, text)
        if self.language == "fr":
            text = re.sub(r"\b(hors du territoire|sur le territoire) de l'État\b", rf"\1 de {name}", text)
            return _FR_STATE.sub(lambda m: f"{m.group(1)} {name}", text)
        if self.language == "es":
            text = re.sub(r"\b(fuera|dentro) del Estado\b", rf"\1 de {name}", text)
            text = re.sub(
                r"\bterritorio del Estado(?=[\s,.;:]|$)(?! (?:requirente|requerido|extranjero|parte|miembro|que)\b)",
                f"territorio de {name}",
                text,
            )
            return _ES_STATE.sub(lambda m: _es_state(m.group(1), name), text)
        return text

    # ----------------------------------------------------------------- fixed texts
    def long_title(self, topics: str, amends: list[str], title: str = "") -> str:
        """Common law: the long title (``A Bill for an Act to ...``). Civil law has one title: the draft's
        ``title``, naming the codes and laws it amends."""
        if amends:
            if self.language == "en":  # the message says "the {acts}": each Act after the first takes its own
                acts = self.and_list([a if i == 0 else f"the {a}" for i, a in enumerate(amends)])
            else:
                acts = self.and_list([self.idiom.with_article(a) for a in amends])
            return self.say("long_title_amending", topics=topics, acts=acts, title=title)
        return self.say("long_title", topics=topics, title=title)

    def enacting_formula(self, framework: NationalFramework) -> str:
        given = parameter(framework, "enacting_formula", self.language)
        if given:
            return given
        legislature = parameter(framework, "legislature", self.language)
        if self.form is Form.COMMON_LAW:  # "the Parliament of Kenya", "of the Republic of Aldermere"
            who = legislature or self.say("legislature", state_of=state_of(framework).in_language(self.language))
        else:
            who = legislature or self.say("legislature")
        return capital(self.say("enacting_formula", legislature=who))

    def short_title(self, act_title: str) -> str:
        return self.say("short_title", act=act_title)

    def commencement(self, framework: NationalFramework) -> list[str]:
        if self.form is Form.COMMON_LAW:
            minister = parameter(framework, "minister", self.language) or self.say("minister")
            return [self.say("commencement", minister=minister), self.say("no_retroactivity")]
        return [self.say("commencement"), self.say("no_retroactivity")]

    def interpretation_lead(self) -> str:
        return self.say("interpretation.lead")

    def regulations(self, framework: NationalFramework) -> list[str]:
        minister = parameter(framework, "minister", self.language) or self.say("minister")
        return [self.sentence("regulations", minister=minister), self.say("regulations.limits")]

    def quote_term(self, term: str) -> str:
        left, right = self.idiom.term_quotes
        return f"{left}{term}{right}"

    # ----------------------------------------------------------------- amendments
    def amendment_words(
        self,
        operation: Operation,
        target: Target,
        old: str | None,
        new: str | None,
        *,
        each_place: bool = False,
        number: str = "",
    ) -> str:
        """The instruction sentence (without any quoted structure that follows it); ``number``: the
        number of an article inserted (INSERT_ARTICLE)."""
        where = self.cite_in_force(target.act, target.unit)
        name = {
            Operation.SUBSTITUTE_WORDS: "amend.substitute_each" if each_place else "amend.substitute",
            Operation.INSERT_WORDS: "amend.insert_words",
            Operation.OMIT_WORDS: "amend.omit",
            Operation.INSERT_UNIT: "amend.insert_unit",
            Operation.SUBSTITUTE_UNIT: "amend.substitute_unit",
            Operation.INSERT_ARTICLE: "amend.insert_article",
            Operation.REPEAL_UNIT: "amend.repeal",
        }[operation]
        params = {"where": where, "old": old or "", "new": new or ""}
        if operation is Operation.INSERT_ARTICLE:
            params["number"] = number
        return capital(self._contract_around(self.code(name), count=self.unit_count(target.unit), **params))

    def insertion_words(self, target: Target, existing: int, *, each: int = 0) -> str:
        """Adding subsections after the last one; an undivided section first becomes subsection (1). ``each``:
        the number of texts added at the end of each of several units ("At the end of each of sections 15, 17
        and 19 insert—"; "Les articles 56 et 76 sont complétés par un alinéa ainsi rédigé :")."""
        where = self.cite_in_force(target.act, target.unit)
        if each:
            return capital(self._contract_around(self.code("amend.insert_unit_each"), count=each, where=where))
        name = "amend.becomes_subsection" if existing == 1 else "amend.insert_unit"
        return capital(self._contract_around(self.code(name), count=self.unit_count(target.unit), where=where))

    def unnumbered_subsection(self) -> str | None:
        """The number of a subsection added to several sections, which the drafter gives in each: ``( )`` in the
        common law; none in a code, whose paragraphs (alinéas) are not numbered."""
        return "( )" if self.form is Form.COMMON_LAW else None

    def _contract_around(self, code: str, *, count: int = 1, **params: str) -> str:
        """A formula: contractions are made around ``{where}`` (``a el artículo`` -> ``al artículo``),
        never inside the quoted words ``old`` and ``new``. ``count``: how many units ``{where}`` cites (the
        verb agrees: ``sections 60A and 61 ... are repealed``)."""
        marks = {name: f"\x00{index}\x00" for index, name in enumerate(params) if name != "where"}
        filled: dict[str, Param] = {name: marks.get(name, value) for name, value in params.items()}
        if code in PLURALS:
            filled["count"] = count
        text = self.idiom.contract(self.m.text(msg(code, **filled)))
        for name, mark in marks.items():
            text = text.replace(mark, params[name])
        return text

    def quote_marks(self) -> tuple[str, str]:
        return self.idiom.amend_quotes[self.form]

    def repeals_heading(self, *, amendments: bool = True, repeals: bool = True) -> str:
        """The heading of the closing division: what it holds, amendments of other laws, repeals or both."""
        if amendments and not repeals:
            return self.say("final.amendments")
        if repeals and not amendments:
            return self.say("final.repeals")
        return self.say("final")


_IN_CODE: dict[str, Rewrites] = {
    "en": _compile(((r"\bthis (?:Law|Act)\b", "this Code"), (r"\bThis (?:Law|Act)\b", "This Code"))),
    "fr": _compile(
        (
            (r"\bde la présente loi\b", "du présent code"),
            (r"\bà la présente loi\b", "au présent code"),
            (r"\bla présente loi\b", "le présent code"),
            (r"\bLa présente loi\b", "Le présent code"),
        )
    ),
    "es": _compile(
        (
            (r"\bde la presente ley\b", "del presente código"),
            (r"\ba la presente ley\b", "al presente código"),
            (r"\bla presente ley\b", "el presente código"),
            (r"\bLa presente ley\b", "El presente código"),
        )
    ),
}
"""Model text quoted into a code article (:meth:`Style.in_code`): the law it speaks of is that code."""

_EN_GENERIC_STATE = r"(?! (?:that|which|in which|from which|to which|whose|where|concerned|requesting|requested)\b)"
"""The enacting State in English model text (``within the State``), not a State in general
(``unless the State that provided it agrees``, ``the State in which the information was obtained``)."""

_GENERIC_STATE = (
    r"(?! (?:le|la|les|qui|que|dont|où|partie|membre|requ\w*|concerné\w*|étranger|tiers|el|cuyo|en|parte|"
    r"miembro|extranjero|afectado)\b)"
)
_FR_STATE = re.compile(rf"(?<!\w)(de|par|à) l'État(?=[\s,.;:]|$){_GENERIC_STATE}")
"""The enacting State in French model text (``sur le territoire de l'État``), not a State in general
(``l'État le mieux placé``, ``l'État qui les a fournies``, ``l'État requérant``)."""
_ES_STATE = re.compile(rf"\b(del|el) Estado(?=[\s,.;:]|$){_GENERIC_STATE}")

_PUNISHED = re.compile(
    r"(shall be punished by |puni(?:e|s|es)? de |passible d'un emprisonnement maximal de |prisión de hasta )"
    r"(\d+)( years| ans| años)"
)


def _es_state(article: str, name: str) -> str:
    return f"de {name}" if article == "del" else name


def capital(text: str) -> str:
    """``text`` with its first letter in capital, the rest as it is (``law on ...`` -> ``Law on ...``)."""
    return text[:1].upper() + text[1:]


def style_for(
    form: Form,
    framework: NationalFramework | None = None,
    *,
    language: str = "en",
    words: Messages | None = None,
) -> Style:
    """The style of ``form`` in ``language``; with a framework, naming the State as the bill should.

    ``words`` are the messages of ``language`` (by default :func:`draftkit.i18n.messages`, which
    refuses a language whose catalog is missing or incomplete).
    """
    m = words if words is not None else messages(language)
    name = state_name(framework, language) if framework else ""
    acts = act_names(framework, language) if framework else ()
    return Style(form=form, m=m, idiom=idiom_for(language), state_name=name, act_names=acts)


_FORMS_OF_STATE = re.compile(
    r"^(the )?((United |Federal |Islamic |Democratic |People's |Socialist |Plurinational )*"
    r"(Republic|Kingdom|Federation|Commonwealth|State|Principality|Grand Duchy|Sultanate|Emirate)) of ",
    re.IGNORECASE,
)
_FORMS_OF_STATE_OTHER = re.compile(
    r"^((la |el )?(République|Royaume|Principauté|État|República|Reino|Estado|Principado)"
    r"( \w+)?) (de la |de l'|du |de |del )",
    re.IGNORECASE,
)


def state_name(framework: NationalFramework, language: str = "en") -> str:
    """``Aldermere`` for ``Republic of Aldermere``; the parameter ``state_name`` (``state_name_fr``) wins."""
    given = parameter(framework, "state_name", language)
    if given:
        return given
    name = _FORMS_OF_STATE.sub("", framework.name).strip()
    name = _FORMS_OF_STATE_OTHER.sub("", name).strip()
    return name or framework.name
