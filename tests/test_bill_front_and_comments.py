"""What a drafter sees first and in the margin: one title, comments that cite each source once, and no
section whose last lines are stranded on a page of their own."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections import Counter

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from draftkit.assess import assess
from draftkit.compose import compose_bill
from draftkit.compose.pinpoints import Pinpoint, merge
from draftkit.compose.tree import Bill
from draftkit.drafts import catalog_in
from draftkit.load import load_framework
from draftkit.render.bill_docx import render_bill
from draftkit.render.styles import S
from tests.conftest import EXAMPLES
from tests.fixtures.render.reading import style_of, text_of

WHEN = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
REAL = EXAMPLES.parent / "tests" / "fixtures" / "real"


@functools.cache
def _bill(name: str) -> Bill:
    framework = load_framework(EXAMPLES / name)
    return compose_bill(framework, assess(framework), catalog_in(framework.language)[0], language=framework.language)


@functools.cache
def _document(name: str) -> docx.document.Document:
    bill = _bill(name)
    data = render_bill(bill, track_changes=True, author="draftkit", when=WHEN)
    return docx.Document(io.BytesIO(data))


# ----------------------------------------------------------------------------- one title


def test_a_civil_law_draft_has_one_title_naming_what_it_amends() -> None:
    """XD's framework calls the draft "Proyecto de ley de prevención del uso de Internet con fines terroristas";
    the cover must not give it a second, different title ("Proyecto de ley de lucha contra ...")."""
    bill = _bill("xd-derecho-civil.yaml")
    assert bill.title == "Proyecto de ley de prevención del uso de Internet con fines terroristas"
    assert (
        bill.long_title
        == f"{bill.title} y de modificación del Código Penal, el Código Procesal Penal y la Ley de Extradición"
    )
    document = _document("xd-derecho-civil.yaml")
    titles = [p.text for p in document.paragraphs if style_of(p) in (S.BILL_TITLE, S.LONG_TITLE)]
    assert titles[0] == bill.long_title
    assert not any(t.startswith("Proyecto de ley") for t in titles[1:]), titles
    assert "" not in titles


def test_a_common_law_bill_keeps_its_short_and_long_titles() -> None:
    bill = _bill("xa-common-law.yaml")
    assert bill.title == "Counter-Terrorism (Online Harms) Bill"
    assert bill.long_title.startswith("A Bill for an Act to make provision on")


def test_a_long_title_gives_each_act_it_amends_its_article() -> None:
    long_title = _bill("xc-penal-code-only.yaml").long_title
    assert "to amend the Code of Criminal Procedure 1973 and the Penal Code 1971," in long_title, long_title


# ----------------------------------------------------------------------------- citations


def test_pinpoints_of_one_source_are_merged_deduplicated_and_ordered() -> None:
    assert merge([Pinpoint("para 58", True), Pinpoint("para 63", True), Pinpoint("paras 58, 63", True)]) == [
        Pinpoint("paras 58 and 63", True)
    ]
    assert merge([Pinpoint("art 17", True), Pinpoint("arts 16-17", True)]) == [Pinpoint("arts 16-17", True)]
    assert merge(
        [Pinpoint("Chapter IV", False), Pinpoint("Chapter V.D–F", False), Pinpoint("Chapters IV and V", False)]
    ) == [Pinpoint("Chapters IV and V", False)]
    # verified first; what cannot be read is kept as given
    assert merge(
        [Pinpoint("Chapter I.B", False), Pinpoint("para 74", True), Pinpoint("art 2(1)(a) and annex", True)]
    ) == [
        Pinpoint("para 74", True),
        Pinpoint("art 2(1)(a) and annex", True),
        Pinpoint("Chapter I.B", False),
    ]


@given(st.lists(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=4), min_size=1, max_size=6))
def test_merged_paragraphs_are_the_paragraphs_cited_each_once(cited: list[list[int]]) -> None:
    pins = [Pinpoint(("paras " if len(group) > 1 else "para ") + ", ".join(map(str, group)), True) for group in cited]
    merged = merge(pins)
    assert len(merged) == 1
    numbers: list[int] = []
    for part in re.split(r", | and ", merged[0].text.split(" ", 1)[1]):
        low, _, high = part.partition("-")
        numbers += list(range(int(low), int(high or low) + 1))
    assert numbers == sorted({n for group in cited for n in group})
    assert merge(merged) == merged


def test_comments_cite_each_source_once_and_speak_to_the_drafter() -> None:
    for name, language in (("xa-common-law.yaml", "en"), ("xb-civil-law.yaml", "en")):
        bill = _bill(name)
        for section in bill.sections:
            for note in section.notes:
                assert "draftkit: every bill" not in note.text
                if note.label != "Authority":
                    continue
                sources = Counter(
                    re.split(r", (?:paras?|arts?|Chapters?|ss?|OP|rule) ", item)[0] for item in note.text.split("; ")
                )
                assert all(n == 1 for n in sources.values()), (language, section.title, note.text)
                assert not re.search(r"\bpara (\d+), para \1\b|paras? \d+, paras? \d+", note.text), note.text
    first = _bill("xa-common-law.yaml").sections[0]
    assert first.origin.description.startswith("a standard clause of every bill")


def test_a_shortened_comment_ends_between_citations_and_its_sentences_end_with_a_full_stop() -> None:
    """A comment cut to length loses whole citations, never half a title ("The use of the Internet for
    terrorist …"), and the purpose and the values to decide read as sentences, not clauses ending ";"."""
    titles = [
        "The use of the Internet for terrorist purposes (2012)",
        "Budapest Convention (ETS 185)",
    ]
    for name in ("xa-common-law.yaml", "xc-penal-code-only.yaml"):
        for section in _bill(name).sections:
            for note in section.notes:
                if note.label == "Authority" and note.text.endswith("\u2026"):
                    last = note.text[:-1].rsplit("; ", 1)[-1]
                    for title in titles:
                        words = title.split()
                        for size in range(1, len(words)):
                            assert not last.rstrip().endswith(" ".join(words[:size])), (section.title, note.text)
                if note.label == "Why":
                    assert not note.text.rstrip().endswith(";"), (section.title, note.text)
                if note.label == "To decide" and note.text.endswith("\u2026"):
                    # cut between values to decide, or inside the only one: never "[the Director of …"
                    assert note.text.count("[") == note.text.count("]"), (section.title, note.text)


# ----------------------------------------------------------------------------- pages


def test_a_short_section_is_kept_on_one_page_and_no_section_ends_with_a_line_alone() -> None:
    """XA's Repeals section (three repeals) could leave two of them alone at the top of the last page."""
    document = _document("xa-common-law.yaml")
    paragraphs = document.paragraphs
    start = next(
        i for i, p in enumerate(paragraphs) if style_of(p) == S.SECTION_HEADING and text_of(p._p).endswith("Repeals")
    )
    body = []
    for paragraph in paragraphs[start + 1 :]:
        if style_of(paragraph) in (S.SECTION_HEADING, S.PART_HEADING):
            break
        body.append(paragraph)
    assert len(body) == 3
    assert paragraphs[start].paragraph_format.keep_with_next
    assert [p.paragraph_format.keep_with_next for p in body] == [True, True, None]
    assert all(p.paragraph_format.widow_control for p in body)


def test_the_why_of_a_comment_is_the_first_sentence_of_the_purpose_word_for_word() -> None:
    """A purpose whose first clause ends at a semicolon gives that clause, every letter of it, closed by a full stop."""
    catalog = catalog_in("en")[0]
    cut_at_semicolon = 0
    for section in _bill("xa-common-law.yaml").sections:
        model = catalog.get(section.origin.ref) if section.origin.ref in catalog else None
        if model is None or model.commentary is None:
            continue
        purpose = model.commentary.purpose
        for note in section.notes:
            if note.label == "Why" and not note.text.endswith("\u2026"):
                assert note.text.endswith("."), note.text
                assert purpose.startswith(note.text[:-1]), (note.text, purpose)
                cut_at_semicolon += purpose[len(note.text) - 1] == ";"
    assert cut_at_semicolon


@pytest.mark.parametrize("name", ["gb-2019.yaml", "ke-2021.yaml"])
def test_the_long_title_names_every_act_the_bill_amends(name: str) -> None:
    """A long title states the Acts the bill amends. Britain's bill amends the Police and Criminal Evidence Act
    1984 and the Investigatory Powers Act 2016 (its safeguards are applied to the powers in force there), and its
    long title named neither: it listed only the Acts of the changes the planner chose."""
    framework = load_framework(REAL / name)
    bill = compose_bill(framework, assess(framework), catalog_in("en")[0], language="en")
    amended = {unit.amendment.target.act for s in bill.sections for unit in s.walk() if unit.amendment is not None}
    assert amended
    for act in amended:
        assert act in bill.long_title, act
