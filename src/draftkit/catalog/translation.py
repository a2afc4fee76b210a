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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from draftkit.catalog.store import Catalog, load_catalog
from draftkit.diagnostics import InputError, Problem
from draftkit.models import CatalogProvision, DefinitionProvision
from draftkit.models.text import Parameter
from draftkit.models.translation import ProvisionTranslation, TranslationFile
from draftkit.paths import catalog_dir
from draftkit.source.document import SourceDocument
from draftkit.source.files import read_document
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.validate.checks import Subject, run_checks
from draftkit.validate.translation_checks import TranslationInput

__all__ = [
    "ProvisionTranslation",
    "TranslationFile",
    "load_translation",
    "localize",
    "localized_catalog",
    "translated_languages",
]

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Translation:
    """A language's translations of the catalog, by provision id."""

    language: str
    provisions: Mapping[str, ProvisionTranslation]


def translated_languages() -> list[str]:
    """Languages with a translation directory of the shipped catalog (English not included)."""
    return sorted(p.name for p in catalog_dir().iterdir() if p.is_dir() and p.name.isalpha() and p.name.islower())


def _english_by_file() -> dict[str, list[CatalogProvision]]:
    catalog = load_catalog()
    by_file: dict[str, list[CatalogProvision]] = {}
    for provision in catalog:
        name = Path(catalog.positions[provision.id][0]).name
        by_file.setdefault(name, []).append(provision)
    return by_file


def read_translation(language: str, files: Iterable[Path], *, complete: bool = True) -> Translation:
    """Read a language's files and run the translation checks (DK4xx) against the shipped English catalog.

    With ``complete``, every English file must have its translation; otherwise only the files given are
    checked (each of them must still translate every provision of its English file).
    """
    english = _english_by_file()
    paths = sorted(files)
    problems: list[Problem] = []
    parsed_files: list[tuple[str, SourceDocument, TranslationFile]] = []
    for path in paths:
        try:
            document = read_document(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        try:
            parsed = TranslationFile.model_validate(document.data)
        except ValidationError as error:
            problems.extend(problems_from_validation_error(error, document, TranslationFile))
            continue
        parsed_files.append((path.name, document, parsed))
    problems += run_checks(Subject.TRANSLATION, TranslationInput(language, parsed_files, english))
    if complete:
        for name in sorted(set(english) - {path.name for path in paths}):
            message = f"the {language} translation lacks this file"
            problems.append(Problem(str(catalog_dir() / language / name), 0, 0, (), message, place="whole file"))
    if problems:
        raise InputError(problems)
    return Translation(language, {t.id: t for _, _, parsed in parsed_files for t in parsed.provisions})


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
