"""The two registries every citation resolves against, shipped as package data.

- the instrument registry (resolutions, treaties, model laws, EU acts);
- the guidance points of the 2012 publication, with the paragraph numbers that
  were actually seen in its text.

Both are read once per process and validated like user input: a broken registry
is a bug in draftkit and fails loudly. The validated registries are kept in the user's
cache (:mod:`draftkit.cache`), as the catalog is: a check validates citations against the
instruments, and reading them back costs a tenth of parsing and validating them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import TypeAdapter

from draftkit.cache import cached_files
from draftkit.models import GuidancePoint, Instrument
from draftkit.paths import data_file
from draftkit.source.yaml_source import parse_yaml

__all__ = [
    "InstrumentName",
    "InstrumentRef",
    "Pinpoint",
    "citation_languages",
    "guidance_points",
    "instrument_names",
    "instrument_short",
    "instrument_title",
    "instruments",
    "localize_pinpoint",
    "verified_pinpoints",
]


def _read(name: str, key: str) -> list[object]:
    text = data_file(name).read_text(encoding="utf-8")
    data = parse_yaml(text, f"draftkit/data/{name}").data
    items = data[key]
    assert isinstance(items, list)
    return items


def _instruments() -> dict[str, Instrument]:
    items = TypeAdapter(list[Instrument]).validate_python(_read("instruments.yaml", "instruments"))
    return {item.id: item for item in items}


def _guidance_points() -> dict[str, GuidancePoint]:
    items = TypeAdapter(list[GuidancePoint]).validate_python(_read("guidance_points.yaml", "points"))
    return {item.id: item for item in items}


@cache
def instruments() -> dict[str, Instrument]:
    return cached_files("instruments", [data_file("instruments.yaml")], _instruments)


@cache
def guidance_points() -> dict[str, GuidancePoint]:
    return cached_files("guidance-points", [data_file("guidance_points.yaml")], _guidance_points)


@cache
def verified_pinpoints() -> dict[str, frozenset[str]]:
    """Instrument id -> the pinpoints (articles, paragraphs) checked against its text, as the registry records.

    Read from ``instrument_pinpoints.yaml``; every id must be in the instrument registry.
    """
    data = parse_yaml(data_file("instrument_pinpoints.yaml").read_text(encoding="utf-8"), "instrument_pinpoints").data
    assert isinstance(data, dict)
    checked = data["checked"]
    assert isinstance(checked, dict)
    unknown = set(checked) - set(instruments())
    assert not unknown, f"instrument_pinpoints.yaml names instruments not in the registry: {sorted(unknown)}"
    return {str(key): frozenset(str(p) for p in value) for key, value in checked.items()}


# ---------------------------------------------------------------------- the registry in other languages

PINPOINT_WORDS = (
    "para", "paras", "OP", "art", "arts", "s", "ss", "Chapter", "Chapters",
    "sect.", "p.", "annex", "recital", "and", "to", "or",
)  # fmt: skip
"""Every word an English pinpoint of draftkit's data uses; each language of ``instrument_names.yaml`` gives all."""

_ARTICLES = frozenset({"le", "la", "l'", "les", "el", "los", "las", ""})


@dataclass(frozen=True)
class InstrumentName:
    """An instrument as one language names it: the citation form, its article, the official title."""

    short: str
    article: str
    title: str

    @property
    def running(self) -> str:
        """The name in running text, with its article: ``la résolution ...``, ``l'arrêt ...``."""
        if not self.article:
            return self.short
        return f"{self.article}{self.short}" if self.article.endswith("'") else f"{self.article} {self.short}"


@dataclass(frozen=True)
class _Language:
    pinpoint: dict[str, str]
    article_paragraph: str
    instruments: dict[str, InstrumentName]
    letters: str = ""
    """The letters of this language's lettered subdivisions, in order (Arabic: أبجد...); none: Latin a, b, c."""
    letter_form: str = " {letter})"
    """How a lettered subdivision follows its number: ``1 a)``; Arabic ``1 (أ)``."""
    comma: str = ", "
    """What separates an article from its paragraph: ``art. 19, par. 3``; Arabic ``،``."""
    semicolon: str = ";"
    """What separates two pinpoints: French puts a no-break space before it (``chapitre I ; chapitre III``)."""


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or (not value.strip() and not where.endswith(".article")):
        raise ValueError(f"draftkit/data/instrument_names.yaml: {where}: expected a text, got {value!r}")
    return value


@cache
def _names() -> dict[str, _Language]:
    """Read ``instrument_names.yaml`` and check that each language is complete (a bug in draftkit otherwise)."""
    name = "instrument_names.yaml"
    data = parse_yaml(data_file(name).read_text(encoding="utf-8"), f"draftkit/data/{name}").data
    assert isinstance(data, dict)
    languages = data.get("languages")
    assert isinstance(languages, dict), f"{name}: languages: expected a mapping"
    registry = instruments()
    out: dict[str, _Language] = {}
    problems: list[str] = []
    for language, block in languages.items():
        if not isinstance(block, dict):
            problems.append(f"{language}: expected a mapping")
            continue
        words = block.get("pinpoint") or {}
        missing_words = [w for w in PINPOINT_WORDS if not isinstance(words.get(w), str) or not words[w].strip()]
        problems += [f"{language}.pinpoint.{w}: missing" for w in missing_words]
        problems += [f"{language}.pinpoint.{w}: not a pinpoint word" for w in words if w not in PINPOINT_WORDS]
        if not isinstance(block.get("article_paragraph"), str):
            problems.append(f"{language}.article_paragraph: missing")
        given = block.get("instruments") or {}
        problems += [f"{language}.instruments.{i}: missing" for i in registry if i not in given]
        problems += [f"{language}.instruments.{i}: not in instruments.yaml" for i in given if i not in registry]
        names: dict[str, InstrumentName] = {}
        for iid, entry in given.items():
            fields = ("short", "title", "article")
            if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
                problems.append(f"{language}.instruments.{iid}: expected short, article and title")
                continue
            if entry["article"] not in _ARTICLES or not entry["short"].strip() or not entry["title"].strip():
                problems.append(f"{language}.instruments.{iid}: empty name, or unknown article {entry['article']!r}")
                continue
            names[str(iid)] = InstrumentName(entry["short"], entry["article"], entry["title"])
        optional = {key: str(block[key]) for key in ("letters", "letter_form", "comma", "semicolon") if key in block}
        out[str(language)] = _Language(
            {str(k): str(v) for k, v in words.items()}, str(block.get("article_paragraph", "")), names, **optional
        )
    if problems:
        raise ValueError(f"draftkit/data/{name} is incomplete:\n  " + "\n  ".join(problems))
    return out


def citation_languages() -> list[str]:
    """The languages, besides English, that name every instrument and pinpoint in their own words."""
    return sorted(_names())


def instrument_names(language: str) -> dict[str, InstrumentName] | None:
    """Instrument id -> its name in ``language``; ``None`` for English or a language not in the registry."""
    block = _names().get(language) if language != "en" else None
    return block.instruments if block else None


def _name(source: str, language: str) -> InstrumentName | None:
    names = instrument_names(language) if language != "en" else None
    if names is not None and source in names:
        return names[source]
    known = instruments().get(source)
    return InstrumentName(known.short, "", known.title) if known is not None else None


def instrument_short(source: str, language: str = "en", *, running: bool = False) -> str:
    """How a citation in ``language`` names instrument ``source`` (the id itself if it is not in the registry).

    ``running``: with the article running text needs (``le PIDCP``, ``la résolution 1624 (2005) ...``).
    """
    name = _name(source, language)
    if name is None:
        return source
    return name.running if running else name.short


def instrument_title(source: str, language: str = "en") -> str:
    """The instrument's official title in ``language`` (English where the registry has no such language)."""
    name = _name(source, language)
    return name.title if name is not None else source


_PIN_WORD = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(PINPOINT_WORDS, key=len, reverse=True)) + r")(?![\w])"
)
_ARTICLE_UNITS = frozenset({"art", "arts", "s", "ss"})
_SUBDIVIDED = re.compile(r"(\d+[A-Za-z]?)((?:\([0-9a-z]{1,4}\))+)")
_LEFT_LETTER = re.compile(r"\(([a-z]{1,4})\)")


def localize_pinpoint(pin: str, language: str = "en") -> str:
    """An English pinpoint (``art 19(3)``, ``para 1(a)``, ``arts 2 to 6``) as ``language`` writes it.

    French: ``art. 19, par. 3``, ``par. 1 a)``, ``art. 2 à 6``; Spanish: ``art. 19, párr. 3``,
    ``párr. 1 a)``, ``arts. 2 a 6``. English, and a language the registry does not have, unchanged.
    """
    block = _names().get(language) if language != "en" else None
    if block is None:
        return pin
    out: list[str] = []
    unit = ""
    last = 0
    for match in _PIN_WORD.finditer(pin):
        out.append(_subdivide(pin[last : match.start()], unit, block))
        word = match.group(1)
        if word not in ("and", "to", "or", "annex", "recital"):
            unit = word
        out.append(block.pinpoint[word])
        last = match.end()
    out.append(_subdivide(pin[last:], unit, block))
    text = "".join(out)
    text = re.sub(r"\.\.", ".", text)  # "sect." given as "sect." and followed by its own dot
    text = re.sub(r"\s*;", block.semicolon, text)
    return _LEFT_LETTER.sub(lambda m: _letter(m.group(1), block).strip(), text)


def _letter(sub: str, block: _Language) -> str:
    """A lettered subdivision (``a``) as the language writes it: `` a)``; Arabic `` (أ)``."""
    if block.letters and len(sub) == 1 and "a" <= sub <= "z" and ord(sub) - ord("a") < len(block.letters):
        sub = block.letters[ord(sub) - ord("a")]
    return block.letter_form.format(letter=sub)


def _subdivide(text: str, unit: str, block: _Language) -> str:
    def one(match: re.Match[str]) -> str:
        number, subs = match.group(1), re.findall(r"\(([0-9a-z]{1,4})\)", match.group(2))
        out = number
        for index, sub in enumerate(subs):
            if index == 0 and sub.isdigit() and unit in _ARTICLE_UNITS:
                out += f"{block.comma}{block.article_paragraph} {sub}"
            else:
                out += _letter(sub, block)
        return out

    return _SUBDIVIDED.sub(one, text)


@dataclass(frozen=True)
class InstrumentRef:
    """An instrument of the registry in a message, named as the reader's language cites it
    (``résolution 1624 (2005) du Conseil de sécurité``); ``running``: with the article running text
    needs (``le PIDCP``). An id the registry does not have is printed as given."""

    source: str
    running: bool = False

    def in_language(self, language: str) -> str:
        return instrument_short(self.source, language, running=self.running)


@dataclass(frozen=True)
class Pinpoint:
    """An English pinpoint of draftkit's data (``para 1(a)``) in a message, as the reader's language writes it."""

    text: str

    def in_language(self, language: str) -> str:
        return localize_pinpoint(self.text, language)
