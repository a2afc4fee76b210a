"""The proposed bill in French and Spanish: forms, words, references and terms, read back.

Every example is drafted in French and in Spanish (XB, a Francophone civil-law State, in
French; XD, a Spanish-speaking one, in Spanish; XA in the French of a bilingual common-law
State). Each bill must read as a bill of that language and tradition: no English sentence
outside the State's own text and names, no parameter left in braces, no doubled determiner or
uncontracted preposition, zero undefined terms and dangling references, and the Word file
reopened shows the numbering of the tradition ("Article 1er", "I.", "1°"; "Artículo 1.",
"1.", "a)"; "1.", "(1)", "a)").
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Iterator

import docx
import pytest
from docx.oxml.ns import qn

from draftkit.assess import assess
from draftkit.assess.result import Assessment
from draftkit.catalog import load_catalog
from draftkit.catalog.translation import localized_catalog
from draftkit.compose import compose_bill, compose_proposal
from draftkit.compose.bill import _Composer
from draftkit.compose.plan import plan_bill
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.style import form_of, in_words, style_for
from draftkit.compose.tree import Bill, Change, Form, OriginKind, Role, Section, Unit, plain
from draftkit.diagnostics import InputError
from draftkit.load import load_framework
from draftkit.models import PLACEHOLDER, NationalFramework
from draftkit.render.bill_docx import render_bill
from tests.conftest import EXAMPLES
from tests.fixtures.render.reading import text_of

LANGUAGES = ("fr", "es")
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
WHEN = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)

ENGLISH = re.compile(
    r"\b(the|shall|which|with|of the|person|this|that|must|means|under|where|any|is|are|be|by|from|for|"
    r"provided|section|subsection|Act|Bill)\b"
)
"""Whole English words that never occur in French or Spanish legislative text."""


@functools.cache
def _framework(name: str) -> NationalFramework:
    return load_framework(EXAMPLES / name)


@functools.cache
def _assessment(name: str) -> Assessment:
    return assess(_framework(name))


@functools.cache
def _bill(name: str, language: str) -> Bill:
    bill, _ = compose_proposal(_framework(name), _assessment(name), language=language)
    return bill


def _national_words(framework: NationalFramework) -> list[str]:
    """What a bill may quote in the framework's own words: its provisions' titles, texts and Acts, its values."""
    out = [framework.name, *framework.parameters.values()]
    for provision in framework.provisions:
        out += [provision.title, provision.source.act]
        out += [piece for sub in provision.text for piece in sub.strings()]
    return out


def _spans(section: Section) -> Iterator[tuple[Unit, str, Role]]:
    for unit in section.walk():
        for span in (*unit.text, *unit.wrap):
            yield unit, span.text, span.role


def _bill_text(bill: Bill) -> Iterator[str]:
    """Every piece a reader sees in the bill's body and comments, the State's own text and quotations left out."""
    yield bill.title
    yield bill.long_title
    yield bill.enacting_formula
    for division in bill.divisions:
        yield division.label
        yield division.heading
    for section in bill.sections:
        own = section.origin.kind is OriginKind.NATIONAL and section.change is Change.NONE
        yield section.label
        if not own:
            yield section.title
        for note in section.notes:
            yield note.label
            if note.label not in CITATIONS:
                yield note.text
        if own:
            continue
        for _unit, text, role in _spans(section):
            if role is not Role.QUOTED:
                yield text


CITATIONS = ("Fondement", "Fundamento")
"""The comment entry citing authorities: instruments and foreign statutes by their own names."""

QUOTED = re.compile(r"\u00ab[^\u00bb]*\u00bb|\u201c[^\u201d]*\u201d")
"""Words quoted from the law in force, in its language."""


def _without(text: str, allowed: list[str]) -> str:
    text = QUOTED.sub(" ", text)
    for piece in sorted(allowed, key=len, reverse=True):
        if len(piece) > 2:
            text = text.replace(piece, " ")
    return text


# Proper names a translated bill keeps as they are: instruments' short names, the publication's
# English title in citations, and the criterion questions the comments do not show in translation.
PROPER_NAMES = [
    "Budapest Convention",
    "Council of Europe",
    "Convention on the Prevention of Terrorism",
    "UN Convention against Cybercrime",
    "Terrorist Financing Convention",
    "ICCPR",
    "ECHR",
    "EU Regulation",
    "Additional Protocol",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_drafts_in_the_language_with_nothing_left_in_english(name: str, language: str) -> None:
    bill = _bill(name, language)
    assert bill.language == language
    allowed = _national_words(_framework(name)) + PROPER_NAMES
    found = []
    for piece in _bill_text(bill):
        rest = _without(piece, allowed)
        hit = ENGLISH.search(rest)
        if hit:
            found.append(f"{hit.group(0)!r} in {piece[:140]!r}")
    assert not found, "\n".join(found[:10])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_in_the_language_defines_every_term_and_every_reference_lands(name: str, language: str) -> None:
    bill = _bill(name, language)
    assert bill_problems(bill) == []
    everything = "\n".join(_bill_text(bill))
    assert not re.search(r"\{[a-z_]+\}", everything), "a parameter left in braces"
    assert bill.terms, "the interpretation article defines the terms the bill uses"


DOUBLED = {
    "fr": re.compile(r"\b(le|la|les|un|une|du|des) \[?\1\b|\bde \[?(le|les)\b|(?<!\w)à \[?(le|les)\b", re.IGNORECASE),
    "es": re.compile(r"\b(el|la|los|las|un|una|del|al) \[?\1\b|\b(de|a) \[?el\b", re.IGNORECASE),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_parameters_fill_their_slot_by_the_grammar_of_the_language(name: str, language: str) -> None:
    """Every placeholder of every translated model provision, filled with this example's value (or the
    default, in brackets), joins the words before it without "de le", "à les", "a el" or a doubled article."""
    framework, assessment = _framework(name), _assessment(name)
    english = load_catalog()
    local = localized_catalog(language)
    style = style_for(form_of(framework), framework, language=language)
    plan = plan_bill(framework, assessment, english, act="Act")
    composer = _Composer(framework, assessment, local, plan, style, english=english)
    bad = []
    for provision in local:
        for subsection in provision.text:
            for piece in subsection.strings():
                adapted = style.adapt(piece)
                for match in PLACEHOLDER.finditer(adapted):
                    name_ = match.group(1)
                    if name_ not in provision.parameters:
                        continue
                    value = composer.value_of(name_, provision)
                    shown = value if value is not None else f"[{provision.parameters[name_].default}]"
                    joint = composer.joined(adapted[: match.start()], shown)
                    around = joint[max(0, match.start() - 12) : match.start() + 16]
                    if DOUBLED[language].search(around):
                        bad.append(f"{provision.id}: ...{around}...")
    assert not bad, "\n".join(bad[:10])


@pytest.mark.parametrize(
    ("before", "value", "language", "expected"),
    [
        ("saisir ", "le tribunal de première instance", "fr", "saisir le tribunal de première instance"),
        ("un juge de ", "le tribunal judiciaire", "fr", "un juge du tribunal judiciaire"),
        ("le recours de ", "les personnes concernées", "fr", "le recours des personnes concernées"),
        ("informe ", "le procureur", "fr", "informe le procureur"),
        ("désigné par le ", "le premier président", "fr", "désigné par le premier président"),
        ("adressée à ", "le ministre", "fr", "adressée au ministre"),
        ("un juez de ", "el Juzgado de Garantías", "es", "un juez del Juzgado de Garantías"),
        ("comunicará a ", "el Ministerio Público", "es", "comunicará al Ministerio Público"),
        ("ante ", "la autoridad judicial", "es", "ante la autoridad judicial"),
    ],
)
def test_a_filled_value_contracts_with_the_preposition_before_it(
    before: str, value: str, language: str, expected: str
) -> None:
    framework = _framework("xb-civil-law.yaml")
    style = style_for(Form.CIVIL_LAW, framework, language=language)
    assert style.idiom.contract(before + value) == expected


def test_penalties_write_their_years_in_words() -> None:
    assert in_words("10", "fr") == "dix"
    assert in_words("10", "es") == "diez"
    assert in_words("20", "fr") == "vingt"
    assert in_words("1,000", "fr") == "1,000"
    french = "\n".join(plain(u.text) for s in _bill("xb-civil-law.yaml", "fr").sections for u in s.walk())
    spanish = "\n".join(plain(u.text) for s in _bill("xd-derecho-civil.yaml", "es").sections for u in s.walk())
    assert re.search(r"\[dix\] ans d.emprisonnement", french), "dix ans"
    assert re.search(r"\[diez\] años", spanish), "diez años"


def test_the_comment_on_a_translated_model_section_says_it_is_an_unofficial_translation() -> None:
    for name, language in (("xb-civil-law.yaml", "fr"), ("xd-derecho-civil.yaml", "es")):
        bill = _bill(name, language)
        model = [s for s in bill.sections if s.origin.kind is OriginKind.MODEL]
        assert model
        for section in model:
            notes = " ".join(n.text for n in section.notes)
            assert re.search(r"traduction non officielle|traducción no oficial", notes), section.title


def test_the_spanish_example_amends_repeals_and_adds() -> None:
    """XD's Code of Criminal Procedure lets the Minister of the Interior authorise interception: the bill
    substitutes a judge (smallest change); its Penal Code punishes apology with life imprisonment without
    intent or danger: repealed and replaced by the model offence; its extradition law tests dual
    criminality on the name of the offence: the conduct-based rule and the refusal grounds are added."""
    bill = _bill("xd-derecho-civil.yaml", "es")
    text = "\n".join(plain(u.text) for s in bill.sections for u in s.walk())
    assert "En el artículo 235 del Código Procesal Penal, se sustituyen las palabras «el Ministro" in text
    assert "por «un juez del Juzgado de Garantías»" in text
    assert "Se deroga el artículo 312 del Código Penal." in text
    assert "a la Ley de Extradición" in text or "de la Ley de Extradición" in text
    quoted = "\n".join(
        plain(q.text) for s in bill.sections for u in s.walk() if u.amendment for q in u.amendment.quoted
    )
    assert "doble incriminación" in quoted
    assert "tortura" in quoted
    assert any(s.change is Change.REPLACED for s in bill.sections), "the draft removal clause is replaced"
    assert bill.divisions[-1].sections[-1].title == "Entrada en vigor"


def test_a_language_without_a_catalog_is_an_error_naming_it_never_english() -> None:
    framework, assessment = _framework("xb-civil-law.yaml"), _assessment("xb-civil-law.yaml")
    with pytest.raises(InputError) as error:
        compose_bill(framework, assessment, language="de")
    assert "de" in str(error.value)


# ----------------------------------------------------------------------------- the Word files, reopened


def _reopened(name: str, language: str) -> list[str]:
    """Every paragraph of the Word file, tracked insertions included, after the table of contents."""
    data = render_bill(_bill(name, language), track_changes=True, author="draftkit", when=WHEN)
    document = docx.Document(io.BytesIO(data))
    return [text_of(p) for p in document.element.body.iter(qn("w:p"))]


def test_french_civil_law_draft_reopens_with_articles_and_numbering() -> None:
    lines = _reopened("xb-civil-law.yaml", "fr")
    headings = [line for line in lines if line.startswith("Article ")]
    assert headings[0].startswith("Article 1er\t")
    assert headings[1].startswith("Article 2\t")
    assert "Titre Ier" in lines
    assert "Titre II" in lines
    assert any(line.startswith("I.\t") for line in lines)
    assert any(line.startswith("II.\t") for line in lines)
    assert any(line.startswith("1°\t") for line in lines)
    assert any(line.startswith("a)\t") for line in lines)
    assert "Sommaire" in lines
    assert any(line.startswith("Le Parlement a adopté la loi dont la teneur suit") for line in lines)
    assert not any(line.startswith(("Section ", "Part ")) for line in lines)


def test_spanish_civil_law_draft_reopens_with_articulos_and_numbering() -> None:
    lines = _reopened("xd-derecho-civil.yaml", "es")
    headings = [line for line in lines if line.startswith("Artículo ")]
    assert headings[0].startswith("Artículo 1.\t")
    assert "Título I" in lines
    assert "Título II" in lines
    assert any(line.startswith("1.\t") for line in lines)
    assert any(line.startswith("a)\t") for line in lines)
    assert any(line.startswith("1.\u00ba\t") for line in lines)
    assert "Índice" in lines
    assert any(line.startswith("La Asamblea Nacional ha aprobado la siguiente ley") for line in lines)


def test_french_common_law_bill_reopens_with_parties_and_paragraphes() -> None:
    """A bilingual common-law State (XA) drafting in French: Partie, articles numbered 1., (1), a), (i)."""
    bill = _bill("xa-common-law.yaml", "fr")
    assert bill.form is Form.COMMON_LAW
    lines = _reopened("xa-common-law.yaml", "fr")
    assert "Partie 1" in lines
    assert "Partie 2" in lines
    assert any(line.startswith("1.\t") for line in lines)
    assert any(line.startswith("(1)\t") for line in lines)
    assert any(line.startswith("a)\t") for line in lines)
    assert any(line.endswith("édicte\u00a0:") for line in lines)
    text = "\n".join(lines)
    assert "acte criminel passible d'un emprisonnement maximal de" in text
    assert not re.search(r"\bau [IVX]+\b", text), "civil-law references rewritten as paragraphes"


@pytest.mark.parametrize(("name", "language"), [("xb-civil-law.yaml", "fr"), ("xd-derecho-civil.yaml", "es")])
def test_the_bill_in_akoma_ntoso_is_valid_and_says_its_language(name: str, language: str) -> None:
    from lxml import etree  # type: ignore[import-untyped]

    from draftkit.akn.writer import render_bill_akn
    from tests.test_akn_export import schema

    document = etree.fromstring(render_bill_akn(_bill(name, language), WHEN))
    assert schema().validate(document), [e.message for e in schema().error_log][:5]
    expected = {"fr": "fra", "es": "spa"}[language]
    assert document.find(".//{*}FRBRlanguage").get("language") == expected
    first = {"fr": "Article 1er", "es": "Artículo 1."}[language]
    assert first in [n.text for n in document.iter("{*}num")]


# ----------------------------------------------------------------------------- idioms, directly
# Built once when the composer is imported; tested here on their own words, so that a wrong contraction or
# article is seen even where no example happens to need it.


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "l'article 3 de le code pénal", "l'article 3 du code pénal"),
        ("fr", "De le juge", "Du juge"),
        ("fr", "de les fournisseurs et à le juge et à les parties", "des fournisseurs et au juge et aux parties"),
        ("fr", "de [le juge des libertés]", "du [juge des libertés]"),
        ("fr", "le [le juge]", "le [juge]"),
        ("fr", "autorisation de Interpol et de Europol", "autorisation d'Interpol et d'Europol"),
        ("fr", "unde le", "unde le"),
        ("es", "el artículo 3 de el Código Penal y a el juez", "el artículo 3 del Código Penal y al juez"),
        ("es", "De el juez", "Del juez"),
        ("es", "de un juez", "de un juez"),
    ],
)
def test_contractions(language: str, text: str, expected: str) -> None:
    from draftkit.compose.style import idiom_for

    assert idiom_for(language).contract(text) == expected


@pytest.mark.parametrize(
    ("language", "act", "expected"),
    [
        ("fr", "code pénal", "le code pénal"),
        ("fr", "loi n° 2004-575", "la loi n° 2004-575"),
        ("fr", "ordonnance n° 58-1100", "l'ordonnance n° 58-1100"),
        ("fr", "acte additionnel", "l'acte additionnel"),
        ("fr", "Entraide Act", "l'Entraide Act"),
        ("fr", "Terrorism Act 2000", "le Terrorism Act 2000"),
        ("fr", "la loi du 29 juillet 1881", "la loi du 29 juillet 1881"),
        ("fr", "Code pénal", "le code pénal"),  # French legislation cites its codes in lower case
        ("fr", "Code de procédure pénale", "le code de procédure pénale"),
        ("fr", "Code of Criminal Procedure", "le Code of Criminal Procedure"),  # an English name, as given
        ("fr", "l'ordonnance", "l'ordonnance"),
        ("es", "Código Penal", "el Código Penal"),
        ("es", "Ley de Extradición", "la Ley de Extradición"),
        ("es", "Reglamento 2021/784", "el Reglamento 2021/784"),
        ("es", "Terrorism Act 2000", "el Terrorism Act 2000"),
        ("en", "Penal Code", "Penal Code"),
    ],
)
def test_an_act_takes_its_article(language: str, act: str, expected: str) -> None:
    from draftkit.compose.style import idiom_for

    assert idiom_for(language).with_article(act) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("las autoridades del Estado", "las autoridades de Varania"),
        ("el Estado adoptará", "Varania adoptará"),
        ("fuera del Estado", "fuera de Varania"),
        ("en el territorio del Estado requirente", "en el territorio del Estado requirente"),
    ],
)
def test_the_state_is_named_in_spanish(text: str, expected: str) -> None:
    from dataclasses import replace

    from draftkit.compose.style import style_for
    from draftkit.compose.tree import Form

    style = replace(style_for(Form.CIVIL_LAW, language="es"), state_name="Varania")
    assert style.state_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("au 2° du IV", "à l'alinéa (4)b)"),
        ("le 1° du IX", "l'alinéa (9)a)"),
        ("du 3° du XIV", "de l'alinéa (14)c)"),
        ("les II à IV", "les paragraphes (2) à (4)"),
        ("aux III et XIX", "aux paragraphes (3) et (19)"),
        ("Les IV et VI", "Les paragraphes (4) et (6)"),
        ("le VIII", "le paragraphe (8)"),
    ],
)
def test_french_references_read_as_a_bilingual_common_law_state_writes_them(text: str, expected: str) -> None:
    """French model text is civil-law French ("au 2° du IV"); a common-law State's French bill numbers
    subsections in arabic figures in brackets and paragraphs by letter (Canadian federal style)."""
    from draftkit.compose.style import style_for
    from draftkit.compose.tree import Form

    assert style_for(Form.COMMON_LAW, language="fr").adapt(text, state=False) == expected


def test_a_reference_into_a_french_definition_elides_de_only_before_a_vowel() -> None:
    """ "au sens du 2° du I" of a definition moved into the list of definitions reads "du b) de la définition
    d'« acte de terrorisme »" and "du a) de la définition de « groupe terroriste »"."""
    said = [plain(unit.text) for section in _bill("xa-common-law.yaml", "fr").sections for unit in section.walk()]
    assert any("au sens du b) de la définition d'«\u00a0acte de terrorisme\u00a0»" in text for text in said)
    assert any("Pour l'application du a) de la définition de «\u00a0groupe terroriste\u00a0»" in text for text in said)


def test_a_french_definitions_reference_to_its_iv_follows_it_into_the_interpretation_article() -> None:
    """A definition of four subsections whose III refers to its IV (a numeral read by subtraction): moved
    into the interpretation article, where its II to IV become III to V, the reference names the V."""
    from dataclasses import replace

    from draftkit.drafts import catalog_in

    catalog = catalog_in("fr")[0]
    central = catalog.get("definition.central_authority")
    first, second, third = central.text
    urgent = "En cas d'urgence, la demande est transmise par tout moyen laissant une trace écrite."
    fourth = third.model_copy(update={"text": urgent})
    third = third.model_copy(update={"text": third.text + " Le IV s'applique à toute demande."})
    changed = central.model_copy(update={"text": [first, second, third, fourth]})
    catalog = replace(catalog, provisions=tuple(changed if p.id == central.id else p for p in catalog.provisions))
    bill = compose_bill(_framework("xb-civil-law.yaml"), _assessment("xb-civil-law.yaml"), catalog, language="fr")
    interpretation = next(s for s in bill.sections if s.origin.ref == "interpretation")
    numbered = {plain(u.text): u.num for u in interpretation.units}
    assert numbered[urgent] == "V."
    assert any(text.endswith(" Le V s'applique à toute demande.") for text in numbered), list(numbered)


@pytest.mark.parametrize(
    ("language", "unit", "expected"),
    [
        ("en", "section 12A", "section 12A of the Penal Code"),
        ("en", "Section 12A", "section 12A of the Penal Code"),
        ("en", "s 58", "section 58 of the Penal Code"),
        ("en", "ss. 3", "section 3 of the Penal Code"),
        ("en", "41", "section 41 of the Penal Code"),
        ("fr", "Art. 421-2-7", "l'article 421-2-7 du code pénal"),
        ("es", "artículo 41", "el artículo 41 del Código Penal"),
    ],
)
def test_an_in_force_provision_is_cited_by_its_bare_number(language: str, unit: str, expected: str) -> None:
    """However the framework writes the unit ("s 58", "Section 12A", "Art. 421-2-7"), the bill cites the number
    once, in its own words ("section 12A" lost its "s" and read "section ection 12A" before)."""
    from draftkit.compose.style import style_for
    from draftkit.compose.tree import Form

    act = {"en": "Penal Code", "fr": "code pénal", "es": "Código Penal"}[language]
    form = Form.COMMON_LAW if language == "en" else Form.CIVIL_LAW
    assert style_for(form, language=language).cite_in_force(act, unit) == expected


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # a framework written in French, drafted in English: the English default, never "Draft Projet de loi ..."
        (
            "en",
            "Projet de loi relatif à l'usage d'Internet",
            (
                "Draft law on countering the use of the Internet for terrorist purposes",
                "Law on countering the use of the Internet for terrorist purposes 2019",
            ),
        ),
        # the law is feminine where the draft was masculine: "relatif" becomes "relative", "relativo" "relativa"
        (
            "fr",
            "Projet de loi relatif à l'usage d'Internet",
            ("Projet de loi relatif à l'usage d'Internet", "loi n° … du … relative à l'usage d'Internet"),
        ),
        (
            "fr",
            "Projet de loi renforçant la lutte contre le terrorisme",
            (
                "Projet de loi renforçant la lutte contre le terrorisme",
                "loi n° … du … renforçant la lutte contre le terrorisme",
            ),
        ),
        (
            "es",
            "Proyecto de Ley relativo al uso de Internet",
            ("Proyecto de Ley relativo al uso de Internet", "Ley … relativa al uso de Internet"),
        ),
    ],
)
def test_the_bill_is_titled_in_its_language_and_its_act_agrees_with_the_law(
    language: str, title: str, expected: tuple[str, str]
) -> None:
    from draftkit.compose.bill import bill_titles
    from draftkit.compose.style import style_for
    from draftkit.compose.tree import Form
    from draftkit.load import load_framework
    from tests.real_law import FR

    framework = load_framework(FR.framework).model_copy(
        update={"title": title, "language": "es" if language == "es" else "fr"}
    )
    assert bill_titles(framework, style_for(Form.CIVIL_LAW, framework, language=language)) == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "United Kingdom (England and Wales)",
            "A citizen of the State commits an offence outside the State.",
            "A citizen of the United Kingdom (England and Wales) commits an offence outside the United Kingdom "
            "(England and Wales).",
        ),
        ("United Kingdom", "The State shall reimburse the costs.", "The United Kingdom shall reimburse the costs."),
        ("Netherlands", "the State's courts", "the Netherlands's courts"),
        ("Kenya", "The State shall reimburse the costs within the State.", "Kenya shall reimburse the costs in Kenya."),
        ("Kenya", "the State that requested it", "the State that requested it"),  # another State: not named
        (  # a name that has its article already: not "the The Gambia"
            "The Gambia",
            "The State shall reimburse the costs within the State.",
            "The Gambia shall reimburse the costs in The Gambia.",
        ),
    ],
)
def test_the_state_is_named_in_english_with_its_article(name: str, text: str, expected: str) -> None:
    """A name English writes with "the" keeps it: the bill read "a citizen of United Kingdom (England and Wales)"."""
    from dataclasses import replace

    from draftkit.compose.style import style_for
    from draftkit.compose.tree import Form

    style = replace(style_for(Form.COMMON_LAW, language="en"), state_name=name)
    assert style.state_words(text) == expected


def test_a_fixers_words_are_given_in_the_language_of_the_bill() -> None:
    """The words a fix puts into a French bill ("un juge du tribunal judiciaire") are French, contracted as
    French writes them, not the English default ("a judge of ...")."""
    from draftkit.compose.plan import worded
    from draftkit.i18n import messages, msg

    judge = msg("bill.fix.judge_of", court="le tribunal judiciaire")
    assert worded(judge, messages("fr")) == "un juge du tribunal judiciaire"
    assert worded(msg("bill.fix.judge_of", court=msg("bill.fix.default_court"))) == "a judge of the High Court"
    assert worded("the Minister", messages("fr")) == "the Minister"  # the State's own words, as given
