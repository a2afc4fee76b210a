"""Citations and national names in the reader's language (issue #16).

A French or Spanish report, check and bill cite each instrument by the name it has in that
language (``résolution 1624 (2005) du Conseil de sécurité, par. 1 a)``; ``Convenio sobre la
Ciberdelincuencia (STE n.º 185), art. 5``), from the instrument registry's data
(``draftkit/data/instrument_names.yaml``), whose loader refuses a language that misses an instrument.
The State and its Acts are named as the framework names them in that language (``name_fr``,
``act_<slug>_fr``), in the report and ``check`` as in the bill, through one compose helper.
The command line's own lines, ``catalog show``'s numbering, the Word properties and the Akoma
Ntoso language code follow the language too.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from lxml import etree  # type: ignore[import-untyped]

from draftkit import reference
from draftkit.cli import main
from draftkit.compose import compose_proposal
from draftkit.compose.names import act_title, state_title
from draftkit.compose.tree import Bill
from draftkit.drafts import render_drafts
from draftkit.i18n import Messages, messages, msg
from draftkit.load import load_framework
from draftkit.paths import data_file
from draftkit.reference import (
    InstrumentRef,
    Pinpoint,
    citation_languages,
    instrument_names,
    instrument_short,
    instrument_title,
    instruments,
    localize_pinpoint,
)
from draftkit.service import assess_with, load_file, load_rules
from tests.conftest import EXAMPLES

XB = EXAMPLES / "xb-civil-law.yaml"
XD = EXAMPLES / "xd-derecho-civil.yaml"
DATE = dt.date(2026, 11, 30)
Cli = Callable[..., tuple[int, str, str]]

ENGLISH_CITATIONS = ("SC res", "GA res", "ETS 1", "CETS", "ICCPR", "ECHR", "Budapest Convention", "para 1", "paras 1")
"""How an English citation shows: short names and pinpoint words that a French or Spanish one never has."""


def _english_citations(text: str) -> list[str]:
    found = [english for english in ENGLISH_CITATIONS[:-2] if english in text]
    return found + re.findall(r"\b(?:paras?|arts?) \d+", text)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["draftkit", *args])
        code = 0
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


# ----------------------------------------------------------------------------- the registry's data


def test_french_and_spanish_name_every_instrument_of_the_registry() -> None:
    assert {"fr", "es", "ar"} <= set(citation_languages())
    for language in citation_languages():
        names = instrument_names(language)
        assert names is not None
        assert set(names) == set(instruments()), language
        assert all(n.short.strip() and n.title.strip() for n in names.values())


def test_english_and_a_language_without_names_cite_as_the_registry_does() -> None:
    assert instrument_short("unscr-1624") == "SC res 1624 (2005)"
    assert instrument_short("unscr-1624", "pt") == "SC res 1624 (2005)"  # no Portuguese block: English
    assert localize_pinpoint("para 1(a)", "en") == "para 1(a)"
    assert instrument_short("not-in-the-registry", "fr") == "not-in-the-registry"


@pytest.mark.parametrize(
    ("source", "language", "running", "expected"),
    [
        ("unscr-1624", "fr", False, "résolution 1624 (2005) du Conseil de sécurité"),
        ("unscr-1624", "es", False, "resolución 1624 (2005) del Consejo de Seguridad"),
        ("ets-185", "fr", False, "Convention sur la cybercriminalité (STE n° 185)"),
        ("ets-185", "es", False, "Convenio sobre la Ciberdelincuencia (STE n.º 185)"),
        ("iccpr", "fr", True, "le PIDCP"),
        ("iccpr", "es", True, "el PIDCP"),
        ("cjeu-dri-2014", "fr", True, "l'arrêt Digital Rights Ireland (CJUE, 2014)"),
        ("cets-196", "es", True, "el Convenio para la prevención del terrorismo (STCE n.º 196)"),
        ("unscr-1624", "ar", True, "قرار مجلس الأمن 1624 (2005)"),
    ],
)
def test_an_instrument_is_named_as_the_language_cites_it(
    source: str, language: str, running: bool, expected: str
) -> None:
    assert instrument_short(source, language, running=running) == expected


@pytest.mark.parametrize(
    ("pin", "fr", "es"),
    [
        ("para 1(a)", "par. 1 a)", "párr. 1 a)"),
        ("art 5", "art. 5", "art. 5"),
        ("art 19(3)", "art. 19, par. 3", "art. 19, párr. 3"),
        ("art 2(1)(a) and annex", "art. 2, par. 1 a) et annexe", "art. 2, párr. 1 a) y anexo"),
        ("arts 2 to 6", "art. 2 à 6", "arts. 2 a 6"),
        ("paras 404-406", "par. 404-406", "párrs. 404-406"),
        ("Chapter III.C.1", "chapitre III.C.1", "capítulo III.C.1"),
        ("OP 6(a)", "par. 6 a)", "párr. 6 a)"),
        ("art 22(1)(a)-(c)", "art. 22, par. 1 a)-c)", "art. 22, párr. 1 a)-c)"),
    ],
)
def test_a_pinpoint_reads_as_the_language_writes_it(pin: str, fr: str, es: str) -> None:
    assert localize_pinpoint(pin, "fr") == fr
    assert localize_pinpoint(pin, "es") == es


def test_an_arabic_pinpoint_uses_arabic_letters_and_comma() -> None:
    assert localize_pinpoint("para 1(a)", "ar") == "الفقرة 1 (أ)"
    assert localize_pinpoint("art 19(3)", "ar") == "المادة 19، الفقرة 3"


def test_the_loader_refuses_a_language_that_misses_an_instrument_or_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = data_file("instrument_names.yaml").read_text(encoding="utf-8")
    broken = shipped.replace('      and: "et"\n', "").replace(
        '      unscr-2253: {article: la, short: "résolution', '      x: {article: la, short: "résolution', 1
    )
    path = tmp_path / "instrument_names.yaml"
    path.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(
        reference, "data_file", lambda name: path if name == "instrument_names.yaml" else data_file(name)
    )
    reference._names.cache_clear()
    try:
        with pytest.raises(ValueError, match="incomplete") as error:
            reference._names()
        text = str(error.value)
        assert "fr.pinpoint.and: missing" in text
        assert "fr.instruments.unscr-2253: missing" in text
        assert "fr.instruments.x: not in instruments.yaml" in text
    finally:
        reference._names.cache_clear()


def test_messages_word_an_instrument_and_a_pinpoint_in_their_language() -> None:
    cited = msg("cite.instrument", instrument=InstrumentRef("unscr-1624"), pinpoint=Pinpoint("para 1(a)"))
    assert messages("fr").text(cited) == "résolution 1624 (2005) du Conseil de sécurité, par. 1 a)"
    assert messages("es").text(cited) == "resolución 1624 (2005) del Consejo de Seguridad, párr. 1 a)"
    assert Messages().text(cited) == "SC res 1624 (2005), para 1(a)"


# ----------------------------------------------------------------------------- documents


@functools.cache
def _drafts(path: Path, language: str) -> dict[str, bytes]:
    loaded = load_file(path)
    assessment = assess_with(loaded, load_rules())
    return render_drafts(
        loaded.framework,
        assessment,
        date=DATE,
        language=language,
        formats=["report.md", "gap-report.docx", "bill.docx", "bill.akn.xml"],
    )


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("path", "language", "cited"),
    [
        (XB, "fr", "résolution 1624 (2005) du Conseil de sécurité, par. 1 a)"),
        (XD, "es", "resolución 1624 (2005) del Consejo de Seguridad, párr. 1 a)"),
    ],
)
def test_the_report_cites_in_its_language(path: Path, language: str, cited: str) -> None:
    files = _drafts(path, language)
    for text in (files["report.md"].decode("utf-8"), _docx_text(files["gap-report.docx"])):
        assert cited in text
        found = _english_citations(text)
        assert found == [], found


def test_the_french_report_and_check_name_the_state_and_its_acts_in_french(cli: Cli) -> None:
    """XB is written in English and gives ``name_fr`` and ``act_criminal_code_fr``: the French report and
    check use them, as the French bill does."""
    files = _drafts(XB, "fr")
    report = files["report.md"].decode("utf-8")
    word = _docx_text(files["gap-report.docx"])
    code, check, _ = cli("check", str(XB), "--language", "fr", "--format", "markdown")
    assert code == 0
    for text in (report, word, check):
        assert "République de Belvoria" in text
        assert "(code pénal)" in text
        for english in ("Republic of Belvoria", "Criminal Code", "Code of Criminal Procedure"):
            assert english not in text
    assert "Republic of Belvoria" in _drafts(XB, "en")["report.md"].decode("utf-8")  # English: as given


def test_one_helper_names_the_state_and_its_acts_for_bill_and_report() -> None:
    framework = load_framework(XB)
    state = state_title(framework)
    assert state.text == "Republic of Belvoria"
    assert (state.in_language("fr"), state.in_language("es")) == ("République de Belvoria", "Republic of Belvoria")
    assert act_title(framework, "Criminal Code").in_language("fr") == "code pénal"
    assert act_title(framework, "Criminal Code").in_language("es") == "Criminal Code"  # none given: as given
    bill: Bill = compose_proposal(framework, assess_with(load_file(XB), load_rules()), language="fr")[0]
    assert bill.country == "République de Belvoria"


def test_an_act_called_title_does_not_take_the_bills_own_title() -> None:
    """``act_title_<language>`` is the bill's own title in that language, never the name of an Act "Title"."""
    framework = load_framework(XB)
    framework = framework.model_copy(
        update={"parameters": {**framework.parameters, "act_title_fr": "Loi relative à l'usage d'Internet"}}
    )
    assert act_title(framework, "Title").in_language("fr") == "Title"
    assert act_title(framework, "Criminal Code").in_language("fr") == "code pénal"


def _comments(data: bytes) -> Iterator[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/comments.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for comment in root.iter(f"{w}comment"):
        yield "".join(t.text or "" for t in comment.iter(f"{w}t"))


@pytest.mark.parametrize(("path", "language"), [(XB, "fr"), (XD, "es")])
def test_the_bill_comments_cite_in_their_language(path: Path, language: str) -> None:
    comments = list(_comments(_drafts(path, language)["bill.docx"]))
    assert comments
    found = sorted({english for text in comments for english in _english_citations(text)})
    assert found == [], found
    joined = "\n".join(comments)
    assert ("par. " if language == "fr" else "párr. ") in joined


def test_the_bill_schedule_of_conventions_gives_their_titles_in_the_language() -> None:
    assert (
        instrument_title("icsft-1999", "fr")
        == "Convention internationale pour la répression du financement du terrorisme"
    )
    assert (
        instrument_title("icsft-1999", "es")
        == "Convenio Internacional para la represión de la financiación del terrorismo"
    )


# ----------------------------------------------------------------------------- the rest of the edges


def test_catalog_show_numbers_french_and_spanish_text_as_their_bills_do(cli: Cli) -> None:
    code, out, _ = cli("catalog", "show", "offence.incitement", "--language", "fr")
    assert code == 0
    body = out.split("\n\n")[1]
    assert "    I. " in body
    assert "        1° " in body
    assert "(1)" not in body
    assert "(a)" not in body
    code, out, _ = cli("catalog", "show", "offence.incitement", "--language", "es")
    assert code == 0
    body = out.split("\n\n")[1]
    assert "    1. " in body
    assert "        a) " in body
    code, out, _ = cli("catalog", "show", "offence.incitement")
    assert "    (1) " in out.split("\n\n")[1]


def test_the_registries_and_import_akn_speak_the_language(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("instruments", "--language", "es")
    assert code == 0
    assert "resolución 1373 (2001) del Consejo de" in out
    assert "Instrumentos" in out
    code, out, _ = cli("guidance", "--language", "fr", "--area", "criminalization")
    assert code == 0
    assert "Points de la publication" in out
    assert "vu dans le texte" in out
    source = Path(__file__).parent / "fixtures" / "akn" / "fi-2026-1.xml"
    code, out, err = cli("import-akn", str(source), "-o", str(tmp_path / "fw.yaml"), "--language", "fr")
    assert code == 0, err
    assert "21 articles importés de 1 texte, chacun mis en commentaire." in out
    assert "À compléter avant" in out
    assert "imported" not in out


@pytest.mark.parametrize(("language", "comments"), [("fr", "Établi avec draftkit"), ("es", "Elaborado con draftkit")])
def test_the_word_properties_are_in_the_document_language(language: str, comments: str) -> None:
    path = XB if language == "fr" else XD
    for name in ("gap-report.docx", "bill.docx"):
        properties = docx.Document(io.BytesIO(_drafts(path, language)[name])).core_properties
        assert properties.comments == comments
        assert properties.language == language


def test_akoma_ntoso_tags_the_language_by_its_iso_639_2_code() -> None:
    from draftkit.akn.writer import _language

    for path, language, code in ((XB, "fr", "fra"), (XD, "es", "spa")):
        root = etree.fromstring(_drafts(path, language)["bill.akn.xml"])
        languages = {e.get("language") for e in root.iter() if e.tag.endswith("FRBRlanguage")}
        assert languages == {code}

    class _Bill:
        language = "tlh"

    with pytest.raises(ValueError, match="no ISO 639-2 code for the bill's language 'tlh'"):
        _language(_Bill())  # type: ignore[arg-type]
