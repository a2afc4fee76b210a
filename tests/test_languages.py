"""Documents in the language of the State: --language, --fallback-language, words per locale, right to left.

Most tests use a pseudo-language (every word of every message reversed, in capitals, see
``tests/pseudo_locale.py``) in a temporary locale directory, so that they hold before and after
real catalogs are added; the real French and Spanish catalogs, when shipped, get the same
word-list test. Nothing here depends on the user's caches or home directory.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from draftkit.cli import main
from draftkit.compose.report import ReportInputs, check_tree, compose_report, fallback_note
from draftkit.compose.report_tree import Contents, Heading, Items, Para, Quote, Report, Table, Text
from draftkit.diagnostics import InputError
from draftkit.drafts import render_drafts
from draftkit.i18n import Data, Localized, Messages, Msg, messages, resolve_language
from draftkit.i18n import catalog as catalog_module
from draftkit.i18n.catalog import available_languages
from draftkit.load import load_framework
from draftkit.service import assess_with, load_file, load_rules
from tests.conftest import EXAMPLES
from tests.pseudo_locale import write_pseudo_po

Cli = Callable[..., tuple[int, str, str]]
XB = EXAMPLES / "xb-civil-law.yaml"
DATE = dt.date(2026, 11, 30)
REAL = [lang for lang in available_languages() if lang in ("fr", "es")]
"""The real catalogs shipped (the word-list test runs on each)."""

ENGLISH = [
    "the",
    "shall",
    "which",
    "with",
    "of",
    "the",
    "report",
    "finding",
    "findings",
    "requirement",
    "requirements",
    "law",
    "assessed",
    "met",
    "not",
    "and",
    "or",
    "is",
    "are",
    "has",
    "have",
    "this",
    "that",
    "by",
    "from",
    "in",
    "on",
    "for",
    "to",
    "be",
    "provision",
    "provisions",
    "rating",
    "area",
    "State's",
]
"""English words that are no French or Spanish word ("on", "met", "report", "provision" are French words)."""
LATIN = ("ne bis in idem", "aut dedere aut judicare")
"""Maxims every language quotes in Latin."""


@pytest.fixture
def locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty locale directory in place of the shipped one (add catalogs with ``write_pseudo_po``)."""
    directory = tmp_path / "locale"
    directory.mkdir()
    monkeypatch.setattr(catalog_module, "locale_dir", lambda: directory)
    catalog_module._catalog.cache_clear()
    yield directory
    catalog_module._catalog.cache_clear()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Run ``draftkit ARGS`` in this process, as the command line does (InputError -> exit 2): code, out, err."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["draftkit", *args])
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


# ----------------------------------------------------------------------------- choosing the language


def test_an_unknown_language_is_refused_naming_the_available_ones(
    locale: Path, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    write_pseudo_po(locale, "fr")
    out = tmp_path / "out"
    for args in (
        ["check", str(XB), "--language", "tlh"],
        ["check", str(XB), "--format", "markdown", "--language", "tlh"],
        ["draft", str(XB), "-o", str(out), "--language", "tlh"],
        ["catalog", "show", "offence.incitement", "--language", "tlh"],
        ["diff", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--language", "tlh"],
    ):
        code, stdout, stderr = cli(*args)
        assert code == 2, args
        assert "--language: no catalog for language 'tlh'; expected one of: en, fr" in stderr, args
        assert "Traceback" not in stderr
        assert stdout == ""
    assert not out.exists(), "nothing written"


def test_only_english_is_a_fallback_language(cli: Cli) -> None:
    code, _, stderr = cli("check", str(XB), "--fallback-language", "de")
    assert code == 2
    assert "--fallback-language: cannot fall back to 'de'; expected one of: en" in stderr


def test_a_missing_translation_stops_the_draft_naming_the_message(
    locale: Path, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    """One message untranslated: exit 2, the code named, nothing written; --fallback-language en lets it through."""
    write_pseudo_po(locale, "fr", skip={"heading.glossary"})
    out = tmp_path / "out"
    code, stdout, stderr = cli("draft", str(XB), "-o", str(out), "--language", "fr", "--date", "2026-11-30")
    assert code == 2
    assert "1 message(s) not translated into 'fr': heading.glossary" in stderr
    assert "--fallback-language en" in stderr
    assert not out.exists()
    code, stdout, stderr = cli("check", str(XB), "--language", "fr", "--format", "markdown")
    assert code == 2
    assert "heading.glossary" in stderr
    assert stdout == ""


def test_a_missing_model_provision_translation_is_named(locale: Path) -> None:
    """Arabic has messages here but no model provisions: the draft says so rather than printing English."""
    write_pseudo_po(locale, "ar")
    loaded = load_file(XB)
    assessment = assess_with(loaded, load_rules())
    with pytest.raises(InputError) as error:
        render_drafts(loaded.framework, assessment, date=DATE, language="ar", formats=["report.md"])
    assert "the model provisions have no 'ar' translation" in str(error.value)


def test_the_framework_language_is_the_default(
    locale: Path, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    write_pseudo_po(locale, "fr")
    text = XB.read_text(encoding="utf-8")
    assert "\nlanguage: en\n" in text
    french = tmp_path / "xb-fr.yaml"
    french.write_text(text.replace("\nlanguage: en\n", "\nlanguage: fr-BE\n"), encoding="utf-8")
    code, stdout, _ = cli("check", str(french), "--format", "markdown")
    assert code == 0
    assert "STNEMERIUQER" in stdout  # the pseudo-French of "requirements": a regional variant uses its base
    code, stdout, _ = cli("check", str(french), "--format", "markdown", "--language", "en")
    assert code == 0
    assert "requirements" in stdout  # --language wins
    german = tmp_path / "xb-de.yaml"
    german.write_text(text.replace("\nlanguage: en\n", "\nlanguage: de\n"), encoding="utf-8")
    code, stdout, stderr = cli("check", str(german), "--format", "markdown")
    assert code == 2
    assert stdout == ""
    line = text[: text.index("\nlanguage: en\n")].count("\n") + 2
    assert f"{german}:{line}:" in stderr
    assert "language: the framework is in 'de'" in stderr
    assert "choose one with --language" in stderr


def test_resolve_language() -> None:
    assert resolve_language(None, "en") == "en"
    assert resolve_language("en", "fr") == "en"
    with pytest.raises(InputError):
        resolve_language("xx")


# ----------------------------------------------------------------------------- falling back, said so


def test_a_fallback_is_said_on_the_cover_and_in_the_check(
    locale: Path, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    write_pseudo_po(locale, "fr", skip={"heading.glossary", "column.term"})
    words = messages("fr", fallback="en")
    assert words.untranslated == frozenset({"heading.glossary", "column.term"})
    assert words("heading.glossary") == "Glossary"  # given in English, as asked
    code, stdout, _ = cli("check", str(XB), "--format", "markdown", "--language", "fr", "--fallback-language", "en")
    assert code == 0
    head = stdout.split("##")[0]
    assert "2 FO EHT" in head, head  # "2 of the N fixed texts ... given in English"
    assert "anglais" in head, head  # "2 of the N fixed texts ... given in English"
    loaded = load_file(XB)
    assessment = assess_with(loaded, load_rules())
    files = render_drafts(
        loaded.framework, assessment, date=DATE, language="fr", fallback_language="en", formats=["report.md"]
    )
    cover = files["report.md"].decode("utf-8").split("## ")[0]
    assert "2 FO EHT" in cover
    assert "anglais" in cover  # the cover says which texts are in English


def test_no_note_without_a_fallback() -> None:
    assert fallback_note(messages("en")) is None
    assert fallback_note(messages("en", fallback="en")) is None


# ----------------------------------------------------------------------------- no English left


class _UserTextMasked(Messages):
    """The words of a language with every piece of user text (names, titles, quoted law) replaced by a mark."""

    def text(self, message: Msg | Data | Localized | str) -> str:
        if isinstance(message, str | Localized):  # a name the framework gives, in any language
            return " \u00a7 "
        return super().text(message)


def _texts(report: Report) -> Iterator[Text]:
    """Every text of the tree a reader sees, except quoted national law (user text by definition)."""
    cover = report.cover
    yield from (cover.title, cover.subtitle, *cover.lines, cover.notice, report.header, report.footer)
    for block in report.blocks:
        if isinstance(block, Heading | Contents):
            yield block.text if isinstance(block, Heading) else block.title
        elif isinstance(block, Para):
            yield from (run.text for run in block.runs)
        elif isinstance(block, Items):
            yield from (run.text for entry in block.entries for run in entry.runs)
        elif isinstance(block, Table):
            yield from (column.header for column in block.columns)
            yield from ([block.caption] if block.caption is not None else [])
            yield from (run.text for row in block.rows for cell in row for para in cell for run in para.runs)
        elif isinstance(block, Quote):
            yield block.heading


def _english_words(report: Report, words: Messages) -> list[str]:
    found = []
    for text in _texts(report):
        shown = words.text(text)
        for maxim in LATIN:
            shown = shown.replace(maxim, " ")
        found += [w for w in re.findall(r"[^\W\d_]+", shown) if w in ENGLISH]
    return found


def _reports(language: str, fallback: str | None = None) -> list[Report]:
    framework = load_framework(XB)
    loaded = load_file(XB)
    assessment = assess_with(loaded, load_rules())
    words = messages(language, fallback=fallback)
    return [
        compose_report(ReportInputs(assessment, framework, date=DATE, fallback=fallback_note(words))),
        check_tree(assessment, framework),
    ]


def test_no_english_word_outside_user_text_in_a_complete_catalog(locale: Path) -> None:
    """Every word of the report and the check comes from the catalog: with every message in pseudo-French, the
    text outside user text has no English word (a literal left in compose or render would show here)."""
    write_pseudo_po(locale, "fr")
    words = _UserTextMasked("fr", catalog_module._catalog("fr")[0])
    for report in _reports("fr"):
        assert _english_words(report, words) == []


@pytest.mark.parametrize("language", REAL or ["fr"])
def test_no_english_sentence_in_a_shipped_catalog(language: str) -> None:
    """The shipped French and Spanish catalogs word the whole report and check: no English word left."""
    if language not in REAL:
        pytest.skip("no French or Spanish catalog shipped yet")
    words = _UserTextMasked(language, catalog_module._catalog(language)[0])
    for report in _reports(language):
        leftovers = _english_words(report, words)
        assert leftovers == [], sorted(set(leftovers))


# ----------------------------------------------------------------------------- dates and numbers


def test_dates_and_numbers_follow_the_locale(locale: Path) -> None:
    write_pseudo_po(locale, "fr")
    french = messages("fr")
    assert french.date(dt.date(2026, 11, 30)) == "30 novembre 2026"
    assert french.date(dt.date(2026, 11, 1)) == "1er novembre 2026"
    assert messages("en").date(dt.date(2026, 11, 1)) == "1 November 2026"
    assert french.number(1234.5, digits=2) == "1\u202f234,50"
    assert french.param(0.95) == "0,95"
    assert messages("en").date(dt.date(2026, 11, 30)) == "30 November 2026"
    assert messages("en").number(1234.5, digits=2) == "1,234.50"
    report = compose_report(
        ReportInputs(assess_with(load_file(XB), load_rules()), load_framework(XB), date=dt.date(2026, 2, 3))
    )
    cover = [french.text(line) for line in report.cover.lines]
    assert any("3 février 2026" in line for line in cover), cover
    rule = [french.text(run.text) for block in report.blocks if isinstance(block, Para) for run in block.runs]
    assert any("0,95" in text for text in rule)  # the rating rule's thresholds, as the locale writes them


# ----------------------------------------------------------------------------- right to left


def _arabic_report(locale: Path) -> bytes:
    write_pseudo_po(locale, "ar", word="\u0643\u0644\u0645\u0629")  # every word: "كلمة"
    loaded = load_file(XB)
    assessment = assess_with(loaded, load_rules())
    files = render_drafts(
        loaded.framework,
        assessment,
        date=DATE,
        language="ar",
        fallback_language="en",
        formats=["gap-report.docx"],
        document=loaded.document,
    )
    return files["gap-report.docx"]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_an_arabic_report_is_laid_out_right_to_left(locale: Path) -> None:
    from lxml import etree  # type: ignore[import-untyped]

    docx = _arabic_report(locale)
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
        headers = [etree.fromstring(z.read(n)) for n in z.namelist() if re.fullmatch(r"word/header\d*\.xml", n)]
    paragraphs = list(body.iter(f"{W}p"))
    assert paragraphs
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs)
    for header in headers:
        assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in header.iter(f"{W}p"))
    arabic = [r for r in body.iter(f"{W}r") if "\u0643" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    assert arabic
    assert all(r.find(f"{W}rPr/{W}rtl") is not None for r in arabic)
    titles = {p.title for p in load_framework(XB).provisions}  # user text in Latin letters: keeps its Latin font
    latin = [r for r in body.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")) in titles]
    assert latin
    assert all(r.find(f"{W}rPr/{W}rtl") is None for r in latin)
    tables = list(body.iter(f"{W}tbl"))
    assert tables
    assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in tables)
    assert all(s.find(f"{W}bidi") is not None for s in body.iter(f"{W}sectPr"))
    # schema order: bidi before spacing / jc inside pPr; bidiVisual right after tblStyle
    for p in paragraphs:
        names = [child.tag.replace(W, "") for child in p.find(f"{W}pPr")]
        assert names.index("bidi") < min([names.index(n) for n in ("spacing", "ind", "jc") if n in names] or [99])
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}cs") == "Noto Sans Arabic"
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "ar-SA"
    assert lang.get(f"{W}bidi") == "ar-SA"


def test_a_french_report_is_left_to_right_and_marked_french(locale: Path) -> None:
    write_pseudo_po(locale, "fr")
    loaded = load_file(XB)
    files = render_drafts(
        loaded.framework,
        assess_with(loaded, load_rules()),
        date=DATE,
        language="fr",
        formats=["gap-report.docx"],
    )
    with zipfile.ZipFile(io.BytesIO(files["gap-report.docx"])) as z:
        document, styles = z.read("word/document.xml"), z.read("word/styles.xml")
    assert b"<w:bidi/>" not in document
    assert b"<w:rtl/>" not in document
    assert b'w:val="fr-FR"' in styles
