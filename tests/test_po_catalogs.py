"""The shipped catalogs: French and Spanish complete, Arabic for the report's skeleton.

Each ``.po`` is read as a translator leaves it (Babel), not through draftkit's own lookup,
so that a fuzzy entry, a stale message id or a lost placeholder is caught here by name.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from draftkit.i18n import Msg, msg
from draftkit.i18n.catalog import available_languages, locale_dir, messages
from draftkit.i18n.data import data_texts
from draftkit.i18n.extract import messages_of, template_path
from draftkit.i18n.messages import PLURALS, TEXT

COMPLETE = ["fr", "es"]
"""Languages in which every message is translated: a document in them needs no fallback."""

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
}

SKELETON_PREFIXES = ("rating.", "heading.", "column.", "report.", "cover.", "priority.", "annex.row.")
"""The report's fixed frame: rating names and scale, headings, table heads, running heads, the cover."""

SKELETON_CODES = {
    "summary.scale",
    "summary.views",
    "method.technical_compliance",
    "method.not_legal_advice",
    "method.functional_equivalence",
    "method.priorities",
    "method.rating_rule",
    "area.rating_lead",
    "outcome.met",
    "outcome.partly_met",
    "outcome.not_met",
    "outcome.not_applicable",
    "strength.mandatory",
    "strength.should_consider",
    "strength.optional",
}


def _skeleton() -> list[str]:
    codes = [c for c in [*TEXT, *PLURALS] if c.startswith(SKELETON_PREFIXES) or c in SKELETON_CODES]
    return codes + [c for c in TEXT if c.startswith("area.") and c.count(".") == 1]


ENGLISH = {
    "the", "and", "of", "shall", "which", "with", "is", "are", "to", "for", "by", "not", "that", "this",
    "from", "has", "have", "be", "been", "under", "where", "any", "its", "it", "law", "provision",
    "provisions", "requirement", "requirements", "assessment", "rating", "compliant", "state", "bill",
    "draft", "met", "partly", "found", "does", "would", "should", "must", "each", "every", "only",
}  # fmt: skip
"""Whole words that mark an English sentence left in a French or Spanish catalog."""

ALLOWED = {"draftkit"}
"""Names kept as they are in every language."""


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def _po_path(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / "draftkit.po"


@cache
def _read(language: str) -> Any:
    from babel.messages.pofile import read_po

    with _po_path(language).open("rb") as handle:
        return read_po(handle, domain="draftkit")


def _entries(language: str) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...], bool]]:
    """(code, English) -> (the English forms, the translated forms, fuzzy) of every entry of a catalog."""
    out = {}
    for m in _read(language):
        if not m.id:
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        out[(str(m.context or ""), ids[0])] = (ids, strings, bool(m.fuzzy))
    return out


def _wanted() -> set[tuple[str, str]]:
    """The messages, and the shipped data's texts a reader sees (draftkit.i18n.data), as the template has them."""
    messages = {(c, t) for c, t in TEXT.items()} | {(c, pair[0]) for c, pair in PLURALS.items()}
    return messages | set(data_texts().items())


def _header(language: str, name: str) -> str:
    return str(dict(_read(language).mime_headers).get(name, ""))


@pytest.mark.parametrize("language", [*COMPLETE, "ar"])
def test_catalog_is_shipped_with_its_language_and_plural_rule(language: str) -> None:
    assert language in available_languages()
    assert _header(language, "Language") == language
    assert _header(language, "Plural-Forms") == PLURAL_FORMS[language]


@pytest.mark.parametrize("language", [*COMPLETE, "ar"])
def test_catalog_holds_exactly_the_messages_of_the_template(language: str) -> None:
    """A message changed in messages.py and not merged into the .po (pybabel update) is named here."""
    template = {(c, i) for c, i, _ in messages_of(template_path().read_text(encoding="utf-8"))}
    assert template == _wanted()
    entries = set(_entries(language))
    assert sorted(template - entries) == [], "merge the template: pybabel update -D draftkit ..."
    assert sorted(entries - template) == [], "stale entries: their code or English text changed"


@pytest.mark.parametrize("language", [*COMPLETE, "ar"])  # Arabic: every message (the model provisions are not)
def test_every_message_is_translated_none_fuzzy(language: str) -> None:
    entries = _entries(language)
    untranslated = [code for (code, _), (_, strings, _) in entries.items() if not all(s.strip() for s in strings)]
    fuzzy = [code for (code, _), (_, _, is_fuzzy) in entries.items() if is_fuzzy]
    assert untranslated == []
    assert fuzzy == []
    messages(language)  # no fallback needed: the catalog is complete


@pytest.mark.parametrize("language", [*COMPLETE, "ar"])
def test_translations_keep_every_placeholder_and_every_plural_form(language: str) -> None:
    nplurals = int(re.search(r"nplurals=(\d+)", PLURAL_FORMS[language]).group(1))  # type: ignore[union-attr]
    wrong = []
    for (code, _), (ids, strings, _) in _entries(language).items():
        if code in PLURALS and len(strings) != nplurals:
            wrong.append(f"{code}: {len(strings)} plural forms, not {nplurals}")
        wanted = _fields(ids[-1])
        for text in strings:
            # a plural form may leave the number implicit ("la modification" for one), never anything else
            optional = {"count"} if code in PLURALS else set()
            if text and not (wanted - optional <= _fields(text) <= wanted):
                wrong.append(f"{code}: {sorted(_fields(text))} for {sorted(wanted)}")
    assert wrong == []


@pytest.mark.parametrize("language", [*COMPLETE, "ar"])
def test_translations_keep_the_spaces_at_either_end(language: str) -> None:
    """The running foot "... page " is followed by the page number: its last space is part of the message."""
    wrong = []
    for (code, _), (ids, strings, _) in _entries(language).items():
        for text in strings:
            if text and (text[:1].isspace(), text[-1:].isspace()) != (ids[0][:1].isspace(), ids[0][-1:].isspace()):
                wrong.append(code)
    assert wrong == []


@pytest.mark.parametrize("language", COMPLETE)
def test_no_english_sentence_is_left(language: str) -> None:
    """Whole English words, or a sentence identical to the English, mean a message was not translated."""
    left = []
    for (code, _), (ids, strings, _) in _entries(language).items():
        for text, english in zip(strings, ids * len(strings), strict=False):
            plain = re.sub(r"\{[^}]*\}", " ", text)
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", plain)} - ALLOWED
            if words & ENGLISH:
                left.append(f"{code}: {sorted(words & ENGLISH)}")
            if text == english and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", " ", english))) > 1:
                left.append(f"{code}: same as the English")
    assert left == []


def test_the_word_list_catches_an_english_sentence() -> None:
    """The check above can fail: an English sentence trips it, a French one does not."""
    sample = "The State shall provide for the offence"
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", sample)}
    assert words & ENGLISH
    assert not {w.lower() for w in re.findall(r"[^\W\d_]+", "L'État a noté l'infraction")} & ENGLISH


def _sample(code: str, template: str, count: int) -> Msg:
    params: dict[str, Any] = {name: f"<{name}>" for name in _fields(template)}
    if "count" in params or code in PLURALS:
        params["count"] = count
    return msg(code, **params)


@pytest.mark.parametrize("language", COMPLETE)
def test_every_message_renders_in_the_language(language: str) -> None:
    """Every message, singular and plural, fills its parameters with no brace or English left."""
    words = messages(language)
    english = messages("en")
    for code in [*TEXT, *PLURALS]:
        template = TEXT.get(code) or PLURALS[code][1]
        for count in (1, 2, 5):
            text = words.text(_sample(code, template, count))
            assert text.strip(), code
            assert "{" not in text, code
            assert "}" not in text, code
            for name in _fields(template) - {"count"}:
                assert f"<{name}>" in text, f"{code}: {name} lost"
            original = english.text(_sample(code, template, count))
            if len(re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]*>", " ", original))) > 1:
                assert text != original, f"{code} renders in English"


def test_rating_names_and_abbreviations_are_those_of_fatf_publications() -> None:
    """FATF French keeps the English abbreviations; GAFI/GAFILAT Spanish writes MC for largely compliant."""
    fr, es = messages("fr"), messages("es")
    assert [fr(f"rating.{r}") for r in ("C", "LC", "PC", "NC")] == [
        "Conforme",
        "Largement conforme",
        "Partiellement conforme",
        "Non conforme",
    ]
    assert [es(f"rating.{r}") for r in ("C", "LC", "PC", "NC")] == [
        "Cumplido",
        "Mayoritariamente cumplido",
        "Parcialmente cumplido",
        "No cumplido",
    ]
    assert [fr(f"rating.{r}.abbreviation") for r in ("C", "LC", "PC", "NC", "NA")] == ["C", "LC", "PC", "NC", "NA"]
    assert [es(f"rating.{r}.abbreviation") for r in ("C", "LC", "PC", "NC", "NA")] == ["C", "MC", "PC", "NC", "NA"]


def test_locale_formats_dates_and_lists() -> None:
    import datetime as dt

    fr, es = messages("fr"), messages("es")
    assert fr("cover.as_of", date=dt.date(2026, 3, 1)) == "Droit évalué dans son état au 1er mars 2026"
    assert es("cover.as_of", date=dt.date(2026, 3, 1)) == "Derecho evaluado en su estado a 1 de marzo de 2026"
    assert fr.param(("a", "b", "c")) == "a, b et c"
    assert es.param(("a", "b", "c")) == "a, b y c"


def test_arabic_translates_the_report_skeleton() -> None:
    """Arabic: at least the report's frame is translated (today every message is; the model provisions are not)."""
    entries = _entries("ar")
    by_code = {code: strings for (code, _), (_, strings, _) in entries.items()}
    skeleton = _skeleton()
    assert len(skeleton) > 80
    missing = [c for c in skeleton if not all(s.strip() for s in by_code[c])]
    assert missing == []
    words = messages("ar", fallback="en")
    for code in skeleton:
        template = TEXT.get(code) or PLURALS[code][1]
        text = words.text(_sample(code, template, 3))
        if re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", " ", template)):
            assert re.search(r"[\u0600-\u06FF]", text), f"{code}: no Arabic in {text!r}"
    assert words("rating.PC") == "ملتزم جزئياً"
    fuzzy = [code for (code, _), (_, _, is_fuzzy) in entries.items() if is_fuzzy]
    assert fuzzy == []


def test_arabic_alone_is_incomplete_and_says_so() -> None:
    """Arabic without an explicit fallback is an error naming what is missing, never a silent mix."""
    from draftkit.diagnostics import InputError

    untranslated = [c for (c, _), (_, s, _) in _entries("ar").items() if not all(x.strip() for x in s)]
    if not untranslated:
        pytest.skip("the Arabic catalog is complete")
    with pytest.raises(InputError) as error:
        messages("ar")
    assert "not translated" in str(error.value)


@pytest.fixture(scope="module")
def xb_reports() -> dict[str, str]:
    """The XB example's report in French and Spanish, as report.md (the Word report walks the same tree)."""
    import datetime as dt

    from draftkit.assess import assess
    from draftkit.drafts import render_drafts
    from draftkit.load import load_framework

    framework = load_framework(Path(__file__).resolve().parents[1] / "examples" / "xb-civil-law.yaml")
    assessment = assess(framework)
    return {
        language: render_drafts(
            framework, assessment, date=dt.date(2026, 11, 24), language=language, formats=["report.md"]
        )["report.md"].decode("utf-8")
        for language in COMPLETE
    }


IN_THE_LANGUAGE = [
    ("fr", ["Résumé analytique", "Conforme (C)", "Glossaire"]),
    ("es", ["Resumen ejecutivo", "Cumplido (C)", "Glosario"]),
]


@pytest.mark.parametrize(("language", "words"), IN_THE_LANGUAGE)
def test_a_report_reads_in_the_language_with_no_fixed_english_sentence(
    xb_reports: dict[str, str], language: str, words: list[str]
) -> None:
    """The whole XB report: headings and ratings in the language, and no fixed English sentence left in it."""
    report = xb_reports[language]
    for word in words:
        assert word in report
    # whole sentences only: a short English phrase may be part of user text (a question, a model title)
    english = [t for t in TEXT.values() if not _fields(t) and t[:1].isupper() and t.endswith(".")]
    assert len(english) > 20
    assert [t for t in english if t in report] == []
