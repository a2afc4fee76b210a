"""Translations of the model provisions: the loader's checks, and the shipped fr and es files.

A translation stands in for the English text in a bill, so it must not change what the bill means:
same provisions, same shape of text (the numbering and the provision's own cross-references depend on
it), same placeholders in each piece of text (parameters are shared across languages), and no English
left over.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.catalog import load_catalog
from draftkit.catalog.translation import (
    load_translation,
    localize,
    localized_catalog,
    read_translation,
    translated_languages,
)
from draftkit.diagnostics import InputError
from draftkit.models import CatalogProvision, DefinitionProvision
from draftkit.models.text import PLACEHOLDER, Subsection
from draftkit.paths import catalog_dir

COMPLETE: tuple[str, ...] = ("fr", "es")
"""Languages whose translation covers the whole catalog (checked as a whole)."""


def _text(subsections: list[Subsection]) -> list[dict[str, Any]]:
    return [s.model_dump(exclude_none=True, exclude_defaults=True) | {"text": s.text} for s in subsections]


def _as_translation(provision: CatalogProvision) -> dict[str, Any]:
    """The English provision written as a translation file entry (words unchanged)."""
    entry: dict[str, Any] = {"id": provision.id, "title": provision.title, "text": _text(provision.text)}
    if provision.parameters:
        entry["parameters"] = {
            name: {"description": p.description} | ({"default": p.default} if isinstance(p.default, str) else {})
            for name, p in provision.parameters.items()
        }
    if provision.commentary is not None:
        entry["commentary"] = provision.commentary.model_dump(exclude_none=True)
    if provision.variants:
        entry["variants"] = [
            {"id": v.id, "title": v.title, "note": v.note, "text": _text(v.text)} for v in provision.variants
        ]
    notes = [c.note for c in provision.citations if c.note]
    if notes:
        entry["citation_notes"] = notes
    if isinstance(provision, DefinitionProvision):
        entry["term"] = provision.elements.term
    return entry


def english_files() -> dict[str, dict[str, Any]]:
    catalog = load_catalog()
    files: dict[str, dict[str, Any]] = {}
    for provision in catalog:
        name = Path(catalog.positions[provision.id][0]).name
        files.setdefault(name, {"draftkit": 2, "language": "xx", "area": provision.area.value, "provisions": []})
        files[name]["provisions"].append(_as_translation(provision))
    return files


def _write(directory: Path, files: dict[str, dict[str, Any]]) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in files.items():
        path = directory / name
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def problems_of(directory: Path, files: dict[str, dict[str, Any]], *, complete: bool = False) -> list[str]:
    try:
        read_translation("xx", _write(directory, files), complete=complete)
    except InputError as error:
        return [str(problem) for problem in error.problems]
    return []


def test_a_faithful_translation_of_the_whole_catalog_is_accepted(tmp_path: Path) -> None:
    files = english_files()
    translation = read_translation("xx", _write(tmp_path / "xx", files), complete=True)
    assert set(translation.provisions) == {p.id for p in load_catalog()}


def test_a_missing_file_is_named_when_the_whole_catalog_is_required(tmp_path: Path) -> None:
    files = english_files()
    del files["evidence.yaml"]
    problems = problems_of(tmp_path / "xx", files, complete=True)
    assert problems == [f"{catalog_dir() / 'xx' / 'evidence.yaml'}: whole file: the xx translation lacks this file"]


def test_each_departure_from_the_english_is_located_and_all_are_reported_at_once(tmp_path: Path) -> None:
    files = english_files()
    offences = files["offences.yaml"]["provisions"]
    incitement = offences[0]
    assert incitement["id"] == "offence.incitement"
    incitement["text"].pop()  # one subsection fewer
    incitement["parameters"].pop("public_group_members")
    incitement["commentary"].pop("human_rights")
    offences[1]["text"][0]["text"] = offences[1]["text"][0]["text"] + " {invented}"
    offences.pop()  # a provision left out
    definitions = files["definitions.yaml"]["provisions"]
    definitions[0]["term"] = "a term the text never quotes"
    problems = "\n".join(problems_of(tmp_path / "xx", files))
    assert "offences.yaml:" in problems
    assert "provisions[0].text: DK402 the text must have the shape of the English: 9 subsections" in problems
    assert "DK404 parameter 'public_group_members' is not translated" in problems
    assert (
        "DK404 commentary must have the keys of the English: purpose, adaptation, common_law, civil_law, human_rights"
        in problems
    )
    assert "DK403 placeholders must be those of the English piece of text: not in the English {invented}" in problems
    assert "DK401 the provisions must be those of the English offences.yaml, in its order (missing " in problems
    assert "definitions.yaml:" in problems
    assert "provisions[0].term: DK405 the text must define the term quoted as" in problems
    for line in problems.splitlines():
        assert re.match(r"^\S+\.yaml:\d+:\d+: ", line), line


def test_a_dropped_placeholder_and_a_translated_number_default_are_refused(tmp_path: Path) -> None:
    files = english_files()
    incitement = files["offences.yaml"]["provisions"][0]
    last = incitement["text"][-1]
    last["text"] = last["text"].replace("{incitement_max_years}", "ten")
    incitement["parameters"]["incitement_max_years"]["default"] = 12
    problems = "\n".join(problems_of(tmp_path / "xx", {"offences.yaml": files["offences.yaml"]}))
    assert "DK403 placeholders must be those of the English piece of text: missing {incitement_max_years}" in problems
    assert "DK404 a years default is shared by every language: leave it out or write 10" in problems


def test_a_file_with_no_english_counterpart_or_another_language_is_refused(tmp_path: Path) -> None:
    files = english_files()
    stray = dict(files["evidence.yaml"], language="yy")
    problems = "\n".join(
        problems_of(tmp_path / "xx", {"evidence.yaml": stray, "extra.yaml": files["jurisdiction.yaml"]})
    )
    assert "language: DK401 this directory holds the 'xx' translation, not 'yy'" in problems
    assert "DK401 no English catalog file named extra.yaml" in problems


def test_an_unknown_language_names_the_available_ones() -> None:
    with pytest.raises(InputError) as caught:
        load_translation("zz")
    assert "the model provisions have no 'zz' translation (available: en" in str(caught.value.problems[0])


# ----------------------------------------------------------------------------- shipped translations

_LANGUAGE_FILES = [
    (lang, path) for lang in translated_languages() for path in sorted((catalog_dir() / lang).glob("*.yaml"))
]


@pytest.mark.parametrize(("language", "path"), _LANGUAGE_FILES, ids=[f"{lang}/{p.name}" for lang, p in _LANGUAGE_FILES])
def test_each_shipped_translation_file_is_complete_and_faithful(language: str, path: Path) -> None:
    translation = read_translation(language, [path], complete=False)
    english = load_catalog()
    for provision_id, local in translation.provisions.items():
        provision = english.get(provision_id)
        localized = localize(provision, local)
        assert localized.placeholders() == provision.placeholders()
        assert localized.elements.model_dump(exclude={"term"}) == provision.elements.model_dump(exclude={"term"})
        assert set(localized.parameters) == set(provision.parameters)


_ENGLISH_WORDS = re.compile(
    r"\b(the|shall|which|whether|with|of|and|or|is|are|may|must|person|subsection|offence|"
    r"judge|warrant|provider|data|means|this|that|by|for|under|any|not)\b"
)
"""Whole English words that are not also French or Spanish words ("section" and "court" are)."""

_NAMES = re.compile(
    r"“[^”]*”|\"[^\"]*\"|\([^)]*\)|[A-Z][\w.'-]*(?:\s+(?:v\.|of|and|the|for|[A-Z][\w.'-]*))+|Rabat|Budapest"
)
"""Proper names, quotations and parenthesised references, where English words may legitimately stand."""


def _strings(provision: CatalogProvision) -> list[str]:
    out = [provision.title]
    for subsection in provision.text:
        out += subsection.strings()
    for variant in provision.variants:
        out += [variant.title, variant.note]
        for subsection in variant.text:
            out += subsection.strings()
    if provision.commentary is not None:
        out += [v for v in provision.commentary.model_dump().values() if v]
    out += [p.description for p in provision.parameters.values()]
    out += [p.default for p in provision.parameters.values() if isinstance(p.default, str)]
    out += [c.note for c in provision.citations if c.note]
    return out


@pytest.mark.parametrize(("language", "path"), _LANGUAGE_FILES, ids=[f"{lang}/{p.name}" for lang, p in _LANGUAGE_FILES])
def test_no_english_sentence_is_left_in_a_translation(language: str, path: Path) -> None:
    translation = read_translation(language, [path], complete=False)
    english = load_catalog()
    leftovers = []
    for provision_id, local in translation.provisions.items():
        for piece in _strings(localize(english.get(provision_id), local)):
            bare = _NAMES.sub(" ", PLACEHOLDER.sub(" ", piece))
            words = _ENGLISH_WORDS.findall(bare)
            if len(words) >= 2:
                leftovers.append(f"{provision_id}: {piece[:100]!r} ({', '.join(words[:5])})")
    assert not leftovers, "\n".join(leftovers[:20])


@pytest.mark.parametrize("language", COMPLETE)
def test_the_whole_catalog_is_translated(language: str) -> None:
    catalog = localized_catalog(language)
    english = load_catalog()
    assert [p.id for p in catalog] == [p.id for p in english]
    for local, provision in zip(catalog, english, strict=True):
        assert local.placeholders() == provision.placeholders()
        assert local.title != provision.title or local.id.startswith("definition.")
    terms = {p.elements.term for p in catalog if isinstance(p, DefinitionProvision)}
    for provision in catalog:
        assert set(provision.uses_terms) <= terms, provision.id
