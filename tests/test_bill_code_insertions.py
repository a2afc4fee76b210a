"""Legal regression case: a new offence of a civil-law State goes into the code where such offences live.

XB files its terrorist offences in its Criminal Code (arts 421-1 to 421-2-10) and its one computer offence
there too (art 323-1); XD files them in its Código Penal (arts 310 to 314; art 269). A civil-law legislature
adds an offence to the code, numbered so that nothing is renumbered (Guide de légistique: after the last
article of a series its next number, between two articles a sub-number, 42-2-1; Spanish practice: 576 bis,
ter ...), rather than enacting it in a free-standing law beside the code. Expected: each new offence the
bill enacts is an article inserted into that code by the bill's amendment of it ("Après l'article 421-2-10
du code pénal, il est inséré un article 421-2-11 ainsi rédigé"; "Se añade un artículo 269 bis, a
continuación del artículo 269 del Código Penal"), in the code's order, each after the one inserted before
it; no offence is left an article of the new Law; the number is one the framework does not already record,
and the comment asks the drafter to confirm it against the code. A common-law bill keeps its offences as
sections of the new Act (its own technique). The law with the proposed bill is unchanged (the same offences
are enacted), so every example stays C with the proposed bill (tests/test_bill_emerging.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from lxml import etree  # type: ignore[import-untyped]

from draftkit.akn.writer import render_bill_akn
from draftkit.assess import assess
from draftkit.compose import compose_bill
from draftkit.compose.numbering import Numbering, convention_of, inserted_after
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.tree import Bill, Operation, OriginKind, plain
from draftkit.drafts import catalog_in
from draftkit.load import load_framework
from tests.conftest import EXAMPLES


@functools.cache
def _bill(name: str, language: str) -> Bill:
    framework = load_framework(EXAMPLES / name)
    return compose_bill(framework, assess(framework), catalog_in(language)[0], language=language)


def _insertions(bill: Bill) -> list[tuple[str, str, str | None]]:
    return [
        (plain(u.text), u.amendment.new_unit or "", u.amendment.model)
        for s in bill.sections
        for u in s.units
        if u.amendment is not None and u.amendment.operation is Operation.INSERT_ARTICLE
    ]


def test_numbers_inserted_without_renumbering() -> None:
    assert inserted_after("421-2-6", {"421-2-5", "421-2-6"}, Numbering.HYPHEN) == "421-2-7"
    assert inserted_after("42-2", {"42-2", "42-3"}, Numbering.HYPHEN) == "42-2-1"
    assert inserted_after("421-2-6", {"421-2-6", "421-2-7"}, Numbering.HYPHEN) == "421-2-6-1"
    assert inserted_after("421-2", {"421-2", "421-2-1", "421-3"}, Numbering.HYPHEN) == "421-2-2"  # the next child
    assert inserted_after("12", {"12", "13"}, Numbering.LETTER) == "12A"
    assert inserted_after("12A", {"12", "12A"}, Numbering.LETTER) == "12B"
    assert inserted_after("12A", {"12", "12A", "12B"}, Numbering.LETTER) == "12AA"
    assert inserted_after("576", {"576"}, Numbering.BIS) == "576 bis"
    assert inserted_after("576 bis", {"576", "576 bis"}, Numbering.BIS) == "576 ter"
    assert inserted_after("576 bis", {"576", "576 bis", "576 ter"}, Numbering.BIS) == "576 quater"
    assert convention_of({"5", "5 bis"}, civil_law=True, language="fr") is Numbering.BIS
    assert convention_of({"5"}, civil_law=True, language="es") is Numbering.BIS
    assert convention_of({"421-2-10"}, civil_law=True, language="es") is Numbering.HYPHEN  # the code's, not the draft's
    assert convention_of({"421-1"}, civil_law=True, language="fr") is Numbering.HYPHEN
    assert convention_of({"12"}, civil_law=False, language="en") is Numbering.LETTER
    assert convention_of({"12"}, civil_law=True, language="fr", given="letter") is Numbering.LETTER


def test_an_article_inserted_after_an_unhyphenated_article_of_a_hyphenated_code_is_its_child() -> None:
    """After article 421 of a code numbered by hyphens comes 421-1 (then 421-2), not 422."""
    assert inserted_after("421", {"421"}, Numbering.HYPHEN) == "421-1"
    assert inserted_after("421", {"421", "421-1"}, Numbering.HYPHEN) == "421-2"


def test_an_article_inserted_inside_a_series_of_sub_numbers_takes_a_sub_number_of_its_own() -> None:
    """After 421-2-1, with 421-2-3 following in the same series (421-2-2 repealed): 421-2-1 is not the last of
    its series, so the new article is 421-2-1-1; the number of a repealed article is not given again."""
    assert inserted_after("421-2-1", {"421-2-1", "421-2-3"}, Numbering.HYPHEN) == "421-2-1-1"
    assert inserted_after("421-2-3", {"421-2-1", "421-2-3"}, Numbering.HYPHEN) == "421-2-4"  # the last: the next


@pytest.mark.parametrize(
    ("after", "convention", "message"),
    [
        ("576-1", Numbering.BIS, "not a number of the bis convention: '576-1'"),
        ("L34-1", Numbering.HYPHEN, "not a hyphenated number: 'L34-1'"),
        ("12 bis", Numbering.LETTER, "not a section number: '12 bis'"),
    ],
)
def test_a_number_of_another_convention_is_refused(after: str, convention: Numbering, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        inserted_after(after, {after}, convention)


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        (
            "xb-civil-law.yaml",
            "en",
            "After article 421-2-10 of the Criminal Code, an article 421-2-11 is inserted, worded as follows:",
        ),
        (
            "xb-civil-law.yaml",
            "fr",
            "Après l'article 421-2-10 du code pénal, il est inséré un article 421-2-11 ainsi rédigé\u00a0:",
        ),
        (
            "xd-derecho-civil.yaml",
            "es",
            "Se añade un artículo 269 bis, a continuación del artículo 269 del Código Penal,"
            " con la siguiente redacción:",
        ),
    ],
)
def test_a_new_offence_is_inserted_into_the_code_where_such_offences_live(
    name: str, language: str, expected: str
) -> None:
    bill = _bill(name, language)
    assert bill_problems(bill) == []
    insertions = _insertions(bill)
    assert expected in [words for words, _, _ in insertions], [w for w, _, _ in insertions]
    offences_in_the_law = [
        s.title for s in bill.sections if s.origin.kind is OriginKind.MODEL and s.origin.ref.startswith("offence.")
    ]
    assert offences_in_the_law == []
    framework = load_framework(EXAMPLES / name)
    recorded = {re.sub(r"^art(?:\.|ículo)?\s*|\(.*$", "", p.source.section) for p in framework.provisions}
    numbers = [number for _, number, _ in insertions]
    assert len(numbers) == len(set(numbers))
    assert not set(numbers) & recorded


def test_insertions_follow_the_codes_order_each_after_the_one_before() -> None:
    bill = _bill("xb-civil-law.yaml", "en")
    pairs = [
        (re.match(r"After article (\S+) of", words).group(1), number)  # type: ignore[union-attr]
        for words, number, _ in _insertions(bill)
    ]
    assert pairs == [
        ("323-1", "323-2"),
        ("323-2", "323-3"),
        ("323-3", "323-4"),
        ("323-4", "323-5"),
        ("421-2-10", "421-2-11"),
    ]
    section = next(s for s in bill.sections for u in s.units if u.amendment is not None and u.amendment.new_unit)
    to_decide = [n.text for n in section.notes if n.label == "To decide"]
    assert to_decide[0] == "check that the code has no articles 323-2, 323-3, 323-4, 323-5 and 421-2-11 yet", to_decide


def test_a_common_law_bill_keeps_its_offences_as_sections() -> None:
    bill = _bill("xa-common-law.yaml", "en")
    assert _insertions(bill) == []
    assert any(s.origin.kind is OriginKind.MODEL and s.origin.ref.startswith("offence.") for s in bill.sections)


def test_akoma_ntoso_records_an_insertion_after_the_article() -> None:
    root = etree.fromstring(render_bill_akn(_bill("xb-civil-law.yaml", "en"), dt.date(2026, 1, 1)))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    inserted = [m for m in root.iterfind(".//a:textualMod", ns) if m.get("type") == "insertion"]
    destinations = [m.find("a:destination", ns) for m in inserted]
    assert any(
        d is not None and d.get("pos") == "after" and d.get("href", "").endswith("~art_421-2-10") for d in destinations
    )
    articles = [a.findtext("a:num", namespaces=ns) for a in root.iterfind(".//a:quotedStructure/a:article", ns)]
    assert "Article 421-2-11" in articles


def test_articles_are_ordered_by_number_then_by_latin_suffix() -> None:
    """421-2-6 comes before 421-2-6 bis, which comes before ter ... decies; 421-2-10 after all of them."""
    from draftkit.compose.bill import _numbering_key

    order = ["421-2-6", "421-2-6 bis", "421-2-6 ter", "421-2-6 nonies", "421-2-6 decies", "421-2-10"]
    shuffled = [order[i] for i in (4, 1, 5, 0, 3, 2)]
    assert sorted(shuffled, key=_numbering_key) == order
    assert _numbering_key("421-2-6 decies") == ((421, 2, 6), 9)
    assert _numbering_key("12 unknown") == ((12,), 0)
