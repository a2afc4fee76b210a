"""Checks that a translation of the catalog can stand in for the English (codes DK4xx).

A bill built from a translated model provision must mean what the English means: the same provisions,
the same shape of text (the bill's numbering and each provision's own cross-references depend on it),
the same placeholders in each piece of text (parameters are shared by every language), the same
parameters, commentary and variants, and a definition that defines its term. They run when a
translation is read (:func:`draftkit.catalog.translation.read_translation`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from draftkit.diagnostics import PathPart
from draftkit.models import CatalogProvision, DefinitionProvision
from draftkit.models.provision_base import Commentary
from draftkit.models.text import PLACEHOLDER, Subsection
from draftkit.models.translation import ProvisionTranslation, TranslationFile
from draftkit.source.document import SourceDocument
from draftkit.validate.check import Check, Finding, Subject

__all__ = ["CHECKS", "TranslationInput", "commentary_keys", "quotes_of"]

_QUOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("\u00ab\u00a0", "\u00a0\u00bb"),
        ("\u00ab\u202f", "\u202f\u00bb"),
        ("\u00ab ", " \u00bb"),
        ("\u00ab", "\u00bb"),
    ),
    "es": (("\u201c", "\u201d"), ("\u00ab", "\u00bb")),
}
"""How a language quotes a term where it is defined, the usual form first; other languages: “ ” or « »."""


def quotes_of(language: str) -> tuple[tuple[str, str], ...]:
    return _QUOTES.get(language, (("\u201c", "\u201d"), ("\u00ab", "\u00bb")))


@dataclass(frozen=True)
class TranslationInput:
    """The files of one language, read and parsed, and the English provisions of each file by name."""

    language: str
    files: Sequence[tuple[str, SourceDocument, TranslationFile]]
    """(file name, document, parsed file) for every file that parsed."""
    english: Mapping[str, Sequence[CatalogProvision]]

    def pairs(self) -> Iterator[tuple[CatalogProvision, ProvisionTranslation, SourceDocument, tuple[PathPart, ...]]]:
        """Each translated provision with its English provision, where the ids match."""
        for name, document, parsed in self.files:
            by_id = {p.id: p for p in self.english.get(name, ())}
            for index, translation in enumerate(parsed.provisions):
                if translation.id in by_id:
                    yield by_id[translation.id], translation, document, ("provisions", index)


def _pieces(subsections: Sequence[Subsection]) -> list[tuple[tuple[PathPart, ...], str]]:
    """Every piece of text with its path below the text list, in reading order."""
    out: list[tuple[tuple[PathPart, ...], str]] = []
    for i, subsection in enumerate(subsections):
        out.append(((i, "text"), subsection.text))
        for j, paragraph in enumerate(subsection.paragraphs):
            out.append(((i, "paragraphs", j, "text"), paragraph.text))
            out += [((i, "paragraphs", j, "subparagraphs", k), sub) for k, sub in enumerate(paragraph.subparagraphs)]
        if subsection.closing is not None:
            out.append(((i, "closing"), subsection.closing))
    return out


def _shape(subsections: Sequence[Subsection]) -> list[tuple[int, ...]]:
    return [
        (len(s.paragraphs), *(len(p.subparagraphs) for p in s.paragraphs), s.closing is not None) for s in subsections
    ]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _describe_shape(subsections: Sequence[Subsection]) -> str:
    parts = []
    for number, subsection in enumerate(subsections, 1):
        words = f"subsection {number}: {_plural(len(subsection.paragraphs), 'paragraph')}"
        subs = [len(p.subparagraphs) for p in subsection.paragraphs]
        if any(subs):
            words += f" (subparagraphs {', '.join(map(str, subs))})"
        if subsection.closing is not None:
            words += ", closing words"
        parts.append(words)
    return f"{_plural(len(subsections), 'subsection')} ({'; '.join(parts)})"


def _texts(
    provision: CatalogProvision, translation: ProvisionTranslation
) -> Iterator[tuple[Sequence[Subsection], Sequence[Subsection], tuple[PathPart, ...]]]:
    """The English and translated bodies of text (main text, then each variant whose id matches)."""
    yield provision.text, translation.text, ("text",)
    if [v.id for v in provision.variants] == [v.id for v in translation.variants]:
        for index, (variant, local) in enumerate(zip(provision.variants, translation.variants, strict=True)):
            yield variant.text, local.text, ("variants", index, "text")


def commentary_keys(commentary: Commentary | None) -> list[str]:
    if commentary is None:
        return []
    return [key for key, value in commentary.model_dump().items() if value is not None]


def _matches_english_file(given: TranslationInput) -> Iterator[Finding]:
    for name, document, parsed in given.files:
        if parsed.language != given.language:
            yield Finding(
                document,
                ("language",),
                f"this directory holds the '{given.language}' translation, not '{parsed.language}'",
            )
        source = given.english.get(name)
        if source is None:
            yield Finding(
                document,
                (),
                f"no English catalog file named {name} (expected one of: {', '.join(sorted(given.english))})",
            )
            continue
        if parsed.area is not source[0].area:
            yield Finding(document, ("area",), f"the English {name} is of area {source[0].area.value}")
        wanted, found = [p.id for p in source], [p.id for p in parsed.provisions]
        if wanted != found:
            missing = [i for i in wanted if i not in found]
            extra = [i for i in found if i not in wanted]
            said = "; ".join(
                part
                for part in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"not in the English file: {', '.join(extra)}" if extra else "",
                )
                if part
            )
            yield Finding(
                document,
                ("provisions",),
                f"the provisions must be those of the English {name}, in "
                f"its order ({said or 'same provisions, another order'})",
            )


def _keeps_shape(given: TranslationInput) -> Iterator[Finding]:
    for provision, translation, document, at in given.pairs():
        for english, local, where in _texts(provision, translation):
            if _shape(english) != _shape(local):
                yield Finding(
                    document,
                    (*at, *where),
                    "the text must have the shape of the English: "
                    f"{_describe_shape(english)}; this one has {_describe_shape(local)}",
                )


def _keeps_placeholders(given: TranslationInput) -> Iterator[Finding]:
    for provision, translation, document, at in given.pairs():
        for english, local, where in _texts(provision, translation):
            if _shape(english) != _shape(local):
                continue  # DK402 says so; piece-by-piece comparison needs the same pieces
            for (path, source), (_, text) in zip(_pieces(english), _pieces(local), strict=True):
                wanted, found = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(text))
                if wanted == found:
                    continue
                missing = ", ".join(f"{{{n}}}" for n in sorted(wanted - found))
                extra = ", ".join(f"{{{n}}}" for n in sorted(found - wanted))
                said = "; ".join(
                    p
                    for p in (f"missing {missing}" if missing else "", f"not in the English {extra}" if extra else "")
                    if p
                )
                yield Finding(
                    document, (*at, *where, *path), f"placeholders must be those of the English piece of text: {said}"
                )


def _keeps_fields(given: TranslationInput) -> Iterator[Finding]:
    for provision, translation, document, at in given.pairs():
        wanted, found = set(provision.parameters), set(translation.parameters)
        for name in sorted(wanted - found):
            yield Finding(
                document, (*at, "parameters"), f"parameter '{name}' is not translated (a description is needed)"
            )
        for name in sorted(found - wanted):
            yield Finding(document, (*at, "parameters", name), f"'{name}' is not a parameter of {provision.id}")
        for name in sorted(wanted & found):
            english, local = provision.parameters[name], translation.parameters[name]
            if isinstance(english.default, str) and local.default is None:
                yield Finding(
                    document,
                    (*at, "parameters", name),
                    f"parameter '{name}' needs a default in the language (English: '{english.default}')",
                )
            if not isinstance(english.default, str) and local.default is not None and local.default != english.default:
                yield Finding(
                    document,
                    (*at, "parameters", name, "default"),
                    f"a {english.type.value} default is shared by every "
                    f"language: leave it out or write {english.default}",
                )
        english_keys, local_keys = commentary_keys(provision.commentary), commentary_keys(translation.commentary)
        if english_keys != local_keys:
            yield Finding(
                document,
                (*at, "commentary") if translation.commentary is not None else at,
                "commentary must have the keys of the English: "
                f"{', '.join(english_keys) or 'none'} (this one: {', '.join(local_keys) or 'none'})",
            )
        english_variants = [v.id for v in provision.variants]
        if english_variants != [v.id for v in translation.variants]:
            yield Finding(
                document,
                (*at, "variants") if translation.variants else at,
                f"variants must be those of the English, in order: {', '.join(english_variants) or 'none'}",
            )
        notes = sum(1 for citation in provision.citations if citation.note)
        if len(translation.citation_notes) != notes:
            yield Finding(
                document,
                (*at, "citation_notes") if translation.citation_notes else at,
                f"{_plural(notes, 'citation note')} to translate (one per English "
                f"citation with a note), found {len(translation.citation_notes)}",
            )
        if isinstance(provision, DefinitionProvision) and translation.term is None:
            yield Finding(
                document,
                at,
                f"a definition needs `term`: the defined term in the language (English: '{provision.elements.term}')",
            )
        if not isinstance(provision, DefinitionProvision) and translation.term is not None:
            yield Finding(document, (*at, "term"), "`term` belongs only to definitions")


def _defines_term(given: TranslationInput) -> Iterator[Finding]:
    pairs = quotes_of(given.language)
    for provision, translation, document, at in given.pairs():
        if not isinstance(provision, DefinitionProvision) or translation.term is None:
            continue
        text = " ".join(piece for _, piece in _pieces(translation.text))
        if not any(f"{left}{translation.term}{right}" in text for left, right in pairs):
            left, right = pairs[0]
            yield Finding(
                document, (*at, "term"), f"the text must define the term quoted as {left}{translation.term}{right}"
            )


CHECKS: tuple[Check, ...] = (
    Check(
        "DK401",
        "translation-matches-english-file",
        Subject.TRANSLATION,
        "A translation file is named after an English catalog file, is in its directory's language and area, "
        "and translates every provision of that file, in order.",
        "A provision left untranslated would put English into the middle of a French or Spanish bill, or stop "
        "the bill from being drafted in that language at all.",
        "# model_provisions/fr/offences.yaml\nlanguage: fr\narea: "
        "criminalization\nprovisions:\n- id: offence.incitement\n  ...",
        _matches_english_file,
    ),
    Check(
        "DK402",
        "translation-keeps-shape",
        Subject.TRANSLATION,
        "The text (and each variant's) has the English's subsections, paragraphs, subparagraphs and closing words.",
        'The bill numbers the pieces of text, and a provision refers to its own pieces ("subsection (1)(b)"): '
        "another shape in one language renumbers the section and breaks those references.",
        'text:\n- text: "Commet une infraction toute personne qui :" '
        "  # the English has three paragraphs here\n  paragraphs: []",
        _keeps_shape,
    ),
    Check(
        "DK403",
        "translation-keeps-placeholders",
        Subject.TRANSLATION,
        "Each piece of text uses the same {parameters} as the English piece it translates.",
        "Parameters are set once for every language; a dropped placeholder prints a fixed value the State "
        "cannot set, a new one prints braces into the bill.",
        '- text: "... est punie de dix ans d\'emprisonnement."   # the English says {incitement_max_years}',
        _keeps_placeholders,
    ),
    Check(
        "DK404",
        "translation-keeps-fields",
        Subject.TRANSLATION,
        "Parameters, commentary, variants, citation notes and a definition's term are those of the English; "
        "word defaults are translated and number defaults are shared.",
        "A reader of the French or Spanish draft must find the same explanations and the same choices as a "
        "reader of the English one; a number that differs by language would change the law by translation.",
        'parameters:\n  incitement_max_years: {default: 12, description: "..."}   # the English default is 10',
        _keeps_fields,
    ),
    Check(
        "DK405",
        "translation-defines-term",
        Subject.TRANSLATION,
        "A definition's text quotes its term as the language writes a defined term (fr « », es “ ”).",
        "The bill's interpretation section and its check for undefined terms find a definition by its quoted "
        "term; a term the text never quotes defines nothing.",
        'term: système informatique\ntext:\n- text: "Au sens de '
        'la présente loi, on entend par système informatique ..."',
        _defines_term,
    ),
)
