"""A Spanish draft law ends with dispositions, not numbered articles.

Spanish legislative technique (the Directrices de técnica normativa, 2005) closes a law with its
"parte final": additional, transitional, repealing and final dispositions, each numbered by an
ordinal within its kind ("única" when alone), under no Title; the amendments of other laws and the
entry into force are final dispositions, the repeals a repealing one, in that order. A French or
an English civil-law draft law keeps numbered articles to the end.
"""

from __future__ import annotations

from draftkit.assess import assess
from draftkit.compose import compose_bill
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.tree import Bill
from draftkit.drafts import catalog_in
from draftkit.load import load_framework
from tests.conftest import EXAMPLES


def _bill(name: str, language: str) -> Bill:
    framework = load_framework(EXAMPLES / name)
    return compose_bill(framework, assess(framework), catalog_in(language)[0], language=language)


def test_a_spanish_law_closes_with_repealing_and_final_dispositions() -> None:
    bill = _bill("xd-derecho-civil.yaml", "es")
    closing = bill.divisions[-1]
    assert closing.number == ""
    assert closing.label == ""
    labels = [s.label for s in closing.sections]
    assert labels[0] == "Disposición derogatoria única."
    finals = labels[1:]
    ordinals = ["primera", "segunda", "tercera", "cuarta", "quinta"]
    assert finals == [f"Disposición final {o}." for o in ordinals[: len(finals)]]
    assert closing.sections[-1].title == "Entrada en vigor"
    for division in bill.divisions[:-1]:
        assert all(s.label.startswith("Artículo ") for s in division.sections)
    assert bill_problems(bill) == []


def test_french_and_english_civil_law_drafts_keep_articles_to_the_end() -> None:
    for language in ("fr", "en"):
        bill = _bill("xb-civil-law.yaml", language)
        assert all(division.number for division in bill.divisions)
        assert all(s.label.startswith("Article") for d in bill.divisions for s in d.sections), language
