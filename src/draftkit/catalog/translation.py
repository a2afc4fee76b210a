"""The model provisions in another language: ``model_provisions/<lang>/``, one file per English file.

English is the source language of the catalog. A translation gives, for every provision, its title,
text, parameter descriptions (and the defaults of text and authority parameters), commentary, variants,
the notes of its citations and, for a definition, the defined term. Everything else (elements,
citations' sources and pinpoints, related provisions, the terms a provision uses, whether it is an
option) is language-neutral and taken from the English provision.

The loader checks that a translation can stand in for the English without changing what the bill
means: every provision translated and nothing else; the same shape of text (so that the bill's
numbering and the provision's own cross-references stay right); the same placeholders in each piece of
text (parameters are shared across languages); the same parameters, commentary keys and variants; the
defined term quoted in a definition's text. Every problem of every file is reported at once, located.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StrictInt, StringConstraints, ValidationError

from draftkit.catalog.store import Catalog, load_catalog
from draftkit.diagnostics import InputError, PathPart, Problem
from draftkit.models import Area, CatalogProvision, DefinitionProvision
from draftkit.models.base import DraftkitModel, Identifier, NonEmptyText
from draftkit.models.provision_base import Commentary
from draftkit.models.text import PLACEHOLDER, Parameter, ParameterName, ParamType, Subsection
from draftkit.paths import catalog_dir
from draftkit.source.document import SourceDocument
from draftkit.source.files import read_document
from draftkit.source.model_errors import problems_from_validation_error

__all__ = [
    "ProvisionTranslation",
    "TranslationFile",
    "load_translation",
    "localize",
    "localized_catalog",
    "translated_languages",
]

SOURCE_LANGUAGE = "en"

_QUOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("\u00ab\u00a0", "\u00a0\u00bb"),
        ("\u00ab\u202f", "\u202f\u00bb"),
        ("\u00ab ", " \u00bb"),
        ("\u00ab", "\u00bb"),
    ),
    "es": (("\u201c", "\u201d"), ("\u00ab", "\u00bb")),
}
"""How each language quotes a defined term where it is defined; any other language: “ ” or « »."""


class TranslatedParameter(DraftkitModel):
    """A parameter's description in the language, and its default where the default is words."""

    default: NonEmptyText | StrictInt | None = None
    description: NonEmptyText


class TranslatedVariant(DraftkitModel):
    id: Identifier
    title: NonEmptyText
    note: NonEmptyText
    text: list[Subsection] = Field(default_factory=list)


class ProvisionTranslation(DraftkitModel):
    """One model provision in another language."""

    id: Identifier
    title: NonEmptyText
    text: list[Subsection] = Field(min_length=1)
    parameters: dict[ParameterName, TranslatedParameter] = Field(default_factory=dict)
    commentary: Commentary | None = None
    variants: list[TranslatedVariant] = Field(default_factory=list)
    citation_notes: list[NonEmptyText] = Field(
        default_factory=list, description="One per English citation that has a note, in order."
    )
    term: NonEmptyText | None = Field(default=None, description="Definitions only: the defined term.")


class TranslationFile(DraftkitModel):
    """One file of a translation: the provisions of one English catalog file."""

    draftkit: Literal[2] = 2
    language: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}$")]
    area: Area
    provisions: list[ProvisionTranslation] = Field(min_length=1)


@dataclass(frozen=True)
class Translation:
    """A language's translations of the catalog, by provision id."""

    language: str
    provisions: Mapping[str, ProvisionTranslation]


def translated_languages() -> list[str]:
    """Languages with a translation directory of the shipped catalog (English not included)."""
    return sorted(p.name for p in catalog_dir().iterdir() if p.is_dir() and p.name.isalpha() and p.name.islower())


def _pieces(subsections: Sequence[Subsection]) -> list[tuple[tuple[PathPart, ...], str]]:
    """Every piece of text with its path below the text list, in reading order."""
    out: list[tuple[tuple[PathPart, ...], str]] = []
    for i, subsection in enumerate(subsections):
        out.append(((i, "text"), subsection.text))
        for j, paragraph in enumerate(subsection.paragraphs):
            out.append(((i, "paragraphs", j, "text"), paragraph.text))
            for k, sub in enumerate(paragraph.subparagraphs):
                out.append(((i, "paragraphs", j, "subparagraphs", k), sub))
        if subsection.closing is not None:
            out.append(((i, "closing"), subsection.closing))
    return out


def _shape(subsections: Sequence[Subsection]) -> list[tuple[int, ...]]:
    return [
        (len(s.paragraphs), *(len(p.subparagraphs) for p in s.paragraphs), s.closing is not None) for s in subsections
    ]


def _describe_shape(subsections: Sequence[Subsection]) -> str:
    parts = []
    for number, subsection in enumerate(subsections, 1):
        paragraphs = len(subsection.paragraphs)
        words = f"subsection {number}: {paragraphs} paragraph{'s' if paragraphs != 1 else ''}"
        subs = [len(p.subparagraphs) for p in subsection.paragraphs]
        if any(subs):
            words += f" (subparagraphs {', '.join(map(str, subs))})"
        if subsection.closing is not None:
            words += ", closing words"
        parts.append(words)
    return f"{len(subsections)} subsection{'s' if len(subsections) != 1 else ''} ({'; '.join(parts)})"


def _compare_text(
    english: Sequence[Subsection],
    translated: Sequence[Subsection],
    document: SourceDocument,
    at: tuple[PathPart, ...],
) -> list[Problem]:
    if _shape(english) != _shape(translated):
        return [
            document.problem(
                at,
                f"the text must have the shape of the English: {_describe_shape(english)}; "
                f"this one has {_describe_shape(translated)}",
            )
        ]
    problems: list[Problem] = []
    for (path, source), (_, text) in zip(_pieces(english), _pieces(translated), strict=True):
        wanted, found = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(text))
        if wanted != found:
            missing = ", ".join(f"{{{n}}}" for n in sorted(wanted - found))
            extra = ", ".join(f"{{{n}}}" for n in sorted(found - wanted))
            said = "; ".join(
                part
                for part in (f"missing {missing}" if missing else "", f"not in the English {extra}" if extra else "")
                if part
            )
            problems.append(
                document.problem((*at, *path), f"placeholders must be those of the English piece of text: {said}")
            )
    return problems


def _check(
    provision: CatalogProvision, translation: ProvisionTranslation, document: SourceDocument, at: tuple[PathPart, ...]
) -> list[Problem]:
    problems = _compare_text(provision.text, translation.text, document, (*at, "text"))
    wanted, given = set(provision.parameters), set(translation.parameters)
    for name in sorted(wanted - given):
        problems.append(
            document.problem((*at, "parameters"), f"parameter '{name}' is not translated (a description is needed)")
        )
    for name in sorted(given - wanted):
        problems.append(
            document.problem((*at, "parameters", name), f"'{name}' is not a parameter of {provision.id}", key=True)
        )
    for name in sorted(wanted & given):
        english, local = provision.parameters[name], translation.parameters[name]
        words = english.type in (ParamType.TEXT, ParamType.AUTHORITY) and isinstance(english.default, str)
        if words and local.default is None:
            problems.append(
                document.problem(
                    (*at, "parameters", name),
                    f"parameter '{name}' needs a default in the language (English: '{english.default}')",
                )
            )
        if not words and local.default is not None and local.default != english.default:
            problems.append(
                document.problem(
                    (*at, "parameters", name, "default"),
                    f"a {english.type.value} default is shared by every language: "
                    f"leave it out or write {english.default}",
                )
            )
    english_keys = _commentary_keys(provision.commentary)
    local_keys = _commentary_keys(translation.commentary)
    if english_keys != local_keys:
        problems.append(
            document.problem(
                (*at, "commentary") if translation.commentary is not None else at,
                f"commentary must have the keys of the English: {', '.join(english_keys) or 'none'}"
                f" (this one: {', '.join(local_keys) or 'none'})",
            )
        )
    english_variants = [v.id for v in provision.variants]
    local_variants = [v.id for v in translation.variants]
    if english_variants != local_variants:
        problems.append(
            document.problem(
                (*at, "variants") if translation.variants else at,
                f"variants must be those of the English, in order: {', '.join(english_variants) or 'none'}",
            )
        )
    else:
        for index, (variant, local_variant) in enumerate(zip(provision.variants, translation.variants, strict=True)):
            problems += _compare_text(variant.text, local_variant.text, document, (*at, "variants", index, "text"))
    notes = sum(1 for citation in provision.citations if citation.note)
    if len(translation.citation_notes) != notes:
        problems.append(
            document.problem(
                (*at, "citation_notes") if translation.citation_notes else at,
                f"{notes} citation note{'s' if notes != 1 else ''} to translate "
                f"(one per English citation with a note), "
                f"found {len(translation.citation_notes)}",
            )
        )
    is_definition = isinstance(provision, DefinitionProvision)
    if is_definition and translation.term is None:
        problems.append(
            document.problem(
                at,
                f"a definition needs `term`: the defined term in the language (English: '{provision.elements.term}')",
            )
        )
    if not is_definition and translation.term is not None:
        problems.append(document.problem((*at, "term"), "`term` belongs only to definitions", key=True))
    if is_definition and translation.term is not None:
        pairs = _QUOTES.get(document_language(document), (("\u201c", "\u201d"), ("\u00ab", "\u00bb")))
        texts = " ".join(piece for _, piece in _pieces(translation.text))
        if not any(f"{left}{translation.term}{right}" in texts for left, right in pairs):
            shown = " or ".join(f"{left}{translation.term}{right}" for left, right in pairs[:1])
            problems.append(document.problem((*at, "term"), f"the text must define the term quoted as {shown}"))
    return problems


def _commentary_keys(commentary: Commentary | None) -> list[str]:
    if commentary is None:
        return []
    return [key for key, value in commentary.model_dump().items() if value is not None]


def document_language(document: SourceDocument) -> str:
    data = document.data
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""


def _english_by_file() -> dict[str, list[CatalogProvision]]:
    catalog = load_catalog()
    by_file: dict[str, list[CatalogProvision]] = {}
    for provision in catalog:
        name = Path(catalog.positions[provision.id][0]).name
        by_file.setdefault(name, []).append(provision)
    return by_file


def read_translation(language: str, files: Iterable[Path], *, complete: bool = True) -> Translation:
    """Read and check a language's files against the shipped English catalog.

    With ``complete``, every English file must have its translation; otherwise only the files given are
    checked (each of them must still translate every provision of its English file).
    """
    english = _english_by_file()
    problems: list[Problem] = []
    provisions: dict[str, ProvisionTranslation] = {}
    seen: set[str] = set()
    for path in sorted(files):
        try:
            document = read_document(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        seen.add(path.name)
        try:
            parsed = TranslationFile.model_validate(document.data)
        except ValidationError as error:
            problems.extend(problems_from_validation_error(error, document, TranslationFile))
            continue
        if parsed.language != language:
            problems.append(
                document.problem(
                    ("language",), f"this directory holds the '{language}' translation, not '{parsed.language}'"
                )
            )
        source = english.get(path.name)
        if source is None:
            problems.append(
                document.problem(
                    (), f"no English catalog file named {path.name} (expected one of: {', '.join(sorted(english))})"
                )
            )
            continue
        if parsed.area is not source[0].area:
            problems.append(document.problem(("area",), f"the English {path.name} is of area {source[0].area.value}"))
        wanted = [p.id for p in source]
        given = [p.id for p in parsed.provisions]
        if wanted != given:
            missing = [i for i in wanted if i not in given]
            extra = [i for i in given if i not in wanted]
            said = [
                f"missing {', '.join(missing)}" if missing else "",
                f"not in the English file: {', '.join(extra)}" if extra else "",
            ]
            order = "" if missing or extra else "same provisions, in another order; "
            problems.append(
                document.problem(
                    ("provisions",),
                    f"{order}the provisions must be those of the English {path.name}, in its order"
                    + (f" ({'; '.join(s for s in said if s)})" if missing or extra else ""),
                )
            )
        by_id = {p.id: p for p in source}
        for index, translation in enumerate(parsed.provisions):
            provision = by_id.get(translation.id)
            if provision is None:
                continue
            problems += _check(provision, translation, document, ("provisions", index))
            provisions[translation.id] = translation
    if complete:
        for name in sorted(set(english) - seen):
            message = f"the {language} translation lacks this file"
            problems.append(Problem(str(catalog_dir() / language / name), 0, 0, (), message, place="whole file"))
    if problems:
        raise InputError(problems)
    return Translation(language, provisions)


@cache
def load_translation(language: str) -> Translation:
    """The shipped translation of the catalog into ``language``; ``InputError`` on anything missing."""
    directory = catalog_dir() / language
    if not directory.is_dir():
        known = ", ".join([SOURCE_LANGUAGE, *translated_languages()])
        message = f"the model provisions have no '{language}' translation (available: {known})"
        raise InputError([Problem(str(directory), 0, 0, (), message, place="directory")])
    return read_translation(language, directory.glob("*.yaml"))


def localize(provision: CatalogProvision, translation: ProvisionTranslation) -> CatalogProvision:
    """The provision with its words in the translation's language; everything language-neutral kept."""
    parameters: dict[str, Parameter] = {}
    for name, parameter in provision.parameters.items():
        local = translation.parameters[name]
        default = local.default if local.default is not None else parameter.default
        parameters[name] = parameter.model_copy(update={"default": default, "description": local.description})
    variants = [
        variant.model_copy(update={"title": local.title, "note": local.note, "text": local.text})
        for variant, local in zip(provision.variants, translation.variants, strict=True)
    ]
    notes = iter(translation.citation_notes)
    citations = [c.model_copy(update={"note": next(notes)}) if c.note else c for c in provision.citations]
    update: dict[str, object] = {
        "title": translation.title,
        "text": translation.text,
        "parameters": parameters,
        "commentary": translation.commentary,
        "variants": variants,
        "citations": citations,
    }
    if isinstance(provision, DefinitionProvision) and translation.term is not None:
        update["elements"] = provision.elements.model_copy(update={"term": translation.term})
    return provision.model_copy(update=update)


def term_translations(language: str) -> dict[str, str]:
    """English defined term -> the term in ``language`` (for the terms a provision uses)."""
    if language == SOURCE_LANGUAGE:
        return {}
    english = load_catalog()
    translation = load_translation(language)
    terms: dict[str, str] = {}
    for provision in english:
        if isinstance(provision, DefinitionProvision):
            local = translation.provisions[provision.id].term
            if local is not None:
                terms[provision.elements.term] = local
    return terms


@cache
def localized_catalog(language: str) -> Catalog:
    """The shipped catalog in ``language`` (English: the catalog itself); ``InputError`` naming what is missing.

    Each provision's ``uses_terms`` is given in the language too, so that the defined-term checks of a
    bill work in any language.
    """
    catalog = load_catalog()
    if language == SOURCE_LANGUAGE:
        return catalog
    translation = load_translation(language)
    terms = term_translations(language)
    provisions = []
    for provision in catalog:
        local = localize(provision, translation.provisions[provision.id])
        if local.uses_terms:
            local = local.model_copy(update={"uses_terms": [terms.get(term, term) for term in local.uses_terms]})
        provisions.append(local)
    return replace(catalog, provisions=tuple(provisions))
