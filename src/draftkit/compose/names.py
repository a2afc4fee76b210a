"""The State's own names in the reader's language: one helper for the bill, the report and ``check``.

A framework is written in one language and may be drafted in another. Its national names (the
State's name, the names of its Acts) are the State's text and are never translated by draftkit;
the framework gives them in other languages as parameters:

* ``name_<language>`` for the State's name (``name_fr: République de Belvoria``);
* ``act_<slug>_<language>`` for an Act in force, the slug being the Act's name in lower case with
  ``_`` for anything else (``act_criminal_code_fr: code pénal``; see :func:`act_slug`).

:func:`state_title` and :func:`act_title` give a :class:`~draftkit.i18n.Localized` that the
renderers word in the document's language (the name as given where the framework has none for it);
the bill, whose language is known when it is composed, asks :meth:`Localized.in_language`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.i18n import Localized
from draftkit.models import NationalFramework

__all__ = [
    "StateOf",
    "act_names",
    "act_slug",
    "act_title",
    "bare_unit",
    "english_takes_the",
    "hyphen_range",
    "numbering_order",
    "schedules_apart",
    "section_numbers",
    "state_of",
    "state_title",
    "unit_count",
    "unit_numbers",
    "whole_unit",
]

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def act_slug(act: str) -> str:
    """``Code of Criminal Procedure`` -> ``code_of_criminal_procedure`` (for ``act_<slug>_<language>``)."""
    return re.sub(r"[^a-z0-9]+", "_", act.lower()).strip("_")


def _variants(framework: NationalFramework, key: str) -> tuple[tuple[str, str], ...]:
    prefix = f"{key}_"
    return tuple(
        sorted(
            (name[len(prefix) :], value)
            for name, value in framework.parameters.items()
            if name.startswith(prefix) and _LANGUAGE.match(name[len(prefix) :]) and value.strip()
        )
    )


def state_title(framework: NationalFramework) -> Localized:
    """The State's name as the framework gives it (``name``), with its ``name_<language>`` variants."""
    return Localized(framework.name, _variants(framework, "name"))


def act_title(framework: NationalFramework, act: str) -> Localized:
    """An Act's name as the framework's provisions give it, with its ``act_<slug>_<language>`` variants."""
    slug = act_slug(act)
    if slug == "title":  # ``act_title_<language>`` is the bill's own title, not an Act's name
        return Localized(act)
    return Localized(act, _variants(framework, f"act_{slug}"))


def act_names(framework: NationalFramework, language: str) -> tuple[tuple[str, str], ...]:
    """(slug of an Act's name, its name in ``language``) for every ``act_<slug>_<language>`` parameter."""
    suffix = f"_{language}"
    return tuple(
        (key[4 : -len(suffix)], value)
        for key, value in framework.parameters.items()
        if key.startswith("act_") and key.endswith(suffix) and key != f"act_title{suffix}"
    )


# "of" + the article a State's name takes in running text, by the name's first word (lower case), per
# language: "the law of the Republic of Aldermere", "le droit de la République de Belvoria", "del Reino".
_EN_THE = (
    "republic",
    "federation",
    "federal",
    "kingdom",
    "principality",
    "commonwealth",
    "union",
    "united",
    "sultanate",
    "emirate",
    "emirates",
    "grand",
    "state",
    "democratic",
    "islamic",
    "plurinational",
    "people's",
    "socialist",
    "bolivarian",
    "confederation",
    "co-operative",
    "cooperative",
    "arab",
    "hashemite",
    "independent",
    "oriental",
    "holy",
)
_OF: dict[str, dict[str, str]] = {
    "en": dict.fromkeys(_EN_THE, "of the "),
    "fr": {
        **dict.fromkeys(("république", "fédération", "principauté", "confédération"), "de la "),
        **dict.fromkeys(("royaume", "sultanat", "grand-duché", "commonwealth"), "du "),
        **dict.fromkeys(("union", "état", "émirat"), "de l\u2019"),
        **dict.fromkeys(("émirats", "îles"), "des "),
    },
    "es": {
        **dict.fromkeys(("república", "federación", "confederación", "unión", "mancomunidad"), "de la "),
        **dict.fromkeys(("reino", "principado", "sultanato", "gran", "estado", "emirato"), "del "),
        **dict.fromkeys(("emiratos",), "de los "),
        **dict.fromkeys(("islas",), "de las "),
    },
}
_PLAIN_OF = {"en": "of ", "fr": "de ", "es": "de "}

_EN_THE_NAMES = frozenset(
    (
        "bahamas",
        "comoros",
        "gambia",
        "maldives",
        "marshall islands",
        "netherlands",
        "philippines",
        "seychelles",
        "solomon islands",
    )
)
"""Short names of States that English writes with "the" though their first word is no State form."""


def english_takes_the(name: str) -> bool:
    """Whether English writes the State's name with "the" in running text: "the United Kingdom", "the
    Republic of Aldermere", "the Netherlands"; not "Kenya", "France" or "Aldermere"."""
    words = name.split()
    if not words or words[0].casefold() == "the":
        return False
    bare = re.sub(r"\s*\(.*\)\s*$", "", name).casefold()  # "United Kingdom (England and Wales)"
    return words[0].casefold() in _EN_THE or bare in _EN_THE_NAMES


@dataclass(frozen=True)
class StateOf(Localized):
    """The State's name after "the law" in a sentence, in the reader's language: "of the Republic of
    Aldermere", "de la République de Belvoria", "del Reino de ...". A name that is not a State form
    ("Aldermere") takes no article; ``name_of_<language>`` in the framework's parameters gives the phrase
    where the rule errs ("of the Gambia"). Arabic joins the name directly (``قانون جمهورية ...``).
    It is the State's name (user text), so it is a :class:`Localized`."""

    given: tuple[tuple[str, str], ...] = ()

    def in_language(self, language: str) -> str:
        given = dict(self.given)
        if language in given:
            return given[language]
        text = super().in_language(language)
        if language not in _PLAIN_OF:
            return text
        first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
        return _OF[language].get(first, _PLAIN_OF[language]) + text

    def __str__(self) -> str:
        return self.in_language("en")


def state_of(framework: NationalFramework) -> StateOf:
    """The State's name as it follows "the law" in a sentence (see :class:`StateOf`)."""
    name = state_title(framework)
    return StateOf(name.text, name.languages, _variants(framework, "name_of"))


_UNIT_WORD = re.compile(r"^(?:art(?:icle|ículo|iculo)?s?\.?|sections?|ss\.?|s\.?)\s*(?=\d)", re.IGNORECASE)
"""The unit word before a number (``art. 41``, ``ss 44``, ``Section 12A``): the longest first, so that
``section 12A`` does not lose its ``s`` to ``s``."""

_LIST_SEPARATOR = re.compile(r"\s*(?:[,;&]|\b(?:and|et|y|e)\b|\s\u0648\s?)\s*", re.IGNORECASE)
"""What separates the units of a list: a comma or semicolon, ``&``, or "and" in the languages of the
frameworks (``and``, ``et``, ``y``/``e``, Arabic ``و``)."""


_NUMBERED = re.compile(r"^(?:\d|(?:sch(?:edule)?|part|para(?:graph)?|regs?|regulations?)\.?\s*\d)", re.IGNORECASE)
"""A unit of a list: a number, or another numbered unit of the same Act (``Sch 2``, ``Part 3``)."""
_CODE_ARTICLE = re.compile(r"^(?:\d|[LRDA]\.?\s?\d)")
"""A number that may open a list: ``427``, or an article of a French-style code, whose number says whether
the article is of the legislative (``L851-1``), regulatory (``R10-13``, ``D``) or ministerial (``A``) part."""


def bare_unit(section: str) -> str:
    """``art. 41`` / ``s 41`` / ``ss. 41`` / ``section 41`` / ``artículo 41`` -> ``41``; a unit not followed by a
    number (``Schedule 2``) is left whole."""
    return _UNIT_WORD.sub("", section.strip())


def section_numbers(section: str) -> tuple[str, ...]:
    """The numbered units one provision's ``source.section`` names, without the unit word.

    ``60A, 61, 61A, 65, 66`` -> five; ``ss 44-46 and 49-58`` -> two; ``427 et 536`` -> two; ``L851-1,
    L821-1`` -> two; ``421-2-6``, ``3(1)``, ``311 bis`` -> one; ``49-55 and Sch 2``, ``Sch 7 and Sch 8`` -> two. A
    list is read as several units only when it starts with a number (a code's ``L851-1`` too) and every part is
    numbered, or when every part is a Schedule:
    ``3(1), (2)`` (two subsections of one section) and ``Schedule 2, Part 1`` stay whole, as written.
    """
    bare = bare_unit(section)
    parts = [bare_unit(part) for part in _LIST_SEPARATOR.split(bare) if part]
    numbered = all(_CODE_ARTICLE.match(part) or _NUMBERED.match(part) for part in parts)
    if len(parts) > 1 and _CODE_ARTICLE.match(parts[0]) and numbered:
        return tuple(parts)
    if len(parts) > 1 and all(_SCHEDULE.match(part) for part in parts):  # "Sch 7 and Sch 8"
        return tuple(parts)
    return (bare,)


_SCHEDULE = re.compile(r"^sch(?:edule)?s?\.?\s*(\d+[A-Z]*)$", re.IGNORECASE)
"""A Schedule of an Act among the units of a list: ``Sch 2``, ``Sch. 1``, ``Schedule 3A``."""


def schedules_apart(units: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The units of a list (:func:`section_numbers`) that are not Schedules, and the numbers of those that are:
    ``("49-55", "Sch 2")`` -> ``(("49-55",), ("2",))``. A Schedule is cited *to* its Act, not *of* it, so a
    citation names it apart: "sections 49 to 55 of, and Schedule 2 to, the Regulation of Investigatory Powers
    Act 2000"."""
    sections: list[str] = []
    schedules: list[str] = []
    for unit in units:
        found = _SCHEDULE.match(unit.strip())
        if found is None:
            sections.append(unit)
        else:
            schedules.append(found.group(1))
    return tuple(sections), tuple(schedules)


_SUBDIVISION = re.compile(r"(?:\s*\(\d+[A-Za-z]?\)|\s+al(?:inéa|\.)?\s*\d+)$", re.IGNORECASE)
"""A subdivision written after a unit's number: ``(2)`` of ``51(2)``, ``al 1`` of ``60-2 al 1``."""


def whole_unit(unit: str) -> str:
    """The unit a subdivision lies in: ``51(2)`` -> ``51``, ``60-2 al 1`` -> ``60-2``; any other unit as written
    (``94 à 97``, ``Sch 2``)."""
    return _SUBDIVISION.sub("", unit.strip())


_RANGE = re.compile(r"^(\d{1,9})\s*[-\u2013]\s*(\d{1,9})$")


def hyphen_range(part: str) -> tuple[str, str] | None:
    """(first, last) of a run of sections written with a hyphen, ``26-29`` or ``49–55``: a range in common-law
    numbering only (a code's ``230-1`` is one article, so callers ask only for common-law units)."""
    found = _RANGE.match(part)
    return (found.group(1), found.group(2)) if found else None


def numbering_order(number: str) -> tuple[bool, tuple[tuple[int, str], ...]]:
    """Sort key of unit numbers as an Act orders them: ``2`` before ``15`` before ``60A`` before ``61``;
    ``421-2-1`` before ``421-2-10``; ``100 à 100-7`` at ``100``; a unit that is not a number (``Sch 2``) after
    the numbers."""
    parts = tuple((int(digits), "") if digits else (0, other) for digits, other in re.findall(r"(\d+)|(\D+)", number))
    return (not number[:1].isdigit(), parts)


def unit_count(section: str, *, ranges: bool) -> int:
    """How many units ``source.section`` names, for the agreement of the words around it: ``60A, 61`` -> 2;
    with ``ranges`` (common-law numbering, where ``44-46`` is sections 44 to 46) ``44-46`` -> 3. In a code
    numbered by hyphens (``230-1``, ``421-2-6``) a hyphen joins the parts of one article's number, so
    ``ranges`` is off there; a range in words is one in any numbering, a code's too (``100 à 100-7``: eight
    articles)."""
    total = 0
    for part in section_numbers(section):
        bounds = _range(part, ranges=ranges)
        total += bounds[2] - bounds[1] + 1 if bounds else 1
    return total


def unit_numbers(section: str, *, ranges: bool) -> tuple[str, ...]:
    """Each unit ``source.section`` names, a range spelt out (``44-46`` -> ``44``, ``45``, ``46``, with
    ``ranges``; ``100 à 100-2`` -> ``100``, ``100-1``, ``100-2``); a range of more than :data:`MAX_SPELT_OUT`
    units stays as written."""
    out: list[str] = []
    for part in section_numbers(section):
        bounds = _range(part, ranges=ranges)
        if bounds is None or bounds[2] - bounds[1] + 1 > MAX_SPELT_OUT:
            out.append(part)
            continue
        stem, start, end = bounds
        numbers = ["-".join([*stem, str(n)]) for n in range(start, end + 1)]
        if start == 0 and stem:
            numbers[0] = "-".join(stem)  # 100 à 100-7 opens with article 100 itself
        out += numbers
    return tuple(out)


MAX_SPELT_OUT = 100
"""The longest range :func:`unit_numbers` spells out, unit by unit."""


_WORDED_RANGE = re.compile(r"^(\d{1,9}(?:-\d{1,9})*)\s+(?:to|à|a|al)\s+(\d{1,9}(?:-\d{1,9})*)$", re.IGNORECASE)
"""A range in words (``170 to 174``, ``94 à 97``, ``12 a 15``, a code's ``100 à 100-7``): a range in any
numbering. Numbers of more than nine digits are no section numbers (and ``int`` refuses very long ones)."""


def _range(part: str, *, ranges: bool) -> tuple[list[str], int, int] | None:
    """(the shared stem, the first and the last number) of a part of a section that is a range: ``44-46`` ->
    ([], 44, 46) with ``ranges``; in words, ``94 à 97``, ``706-95-11 à 706-95-13`` (["706", "95"], 11, 13) and a
    code's ``100 à 100-3`` (["100"], 0, 3: 100, then 100-1 to 100-3). Any other part is no range: None."""
    found = _WORDED_RANGE.match(part) or (_RANGE.match(part) if ranges else None)
    if found is None:
        return None
    first, last = found.group(1).split("-"), found.group(2).split("-")
    if len(last) == len(first) and first[:-1] == last[:-1]:  # 94 à 97; 706-95-11 à 706-95-13
        stem, start, end = first[:-1], int(first[-1]), int(last[-1])
    elif len(last) == len(first) + 1 and first == last[:-1]:  # 100 à 100-7
        stem, start, end = first, 0, int(last[-1])
    else:
        return None
    return (stem, start, end) if start < end else None
