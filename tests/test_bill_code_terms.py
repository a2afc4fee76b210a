"""Legal regression case: the Law's definitions do not reach the code article it rewrites.

A draft law's interpretation article defines its terms "for the purposes of this Law". When the law
rewrites an article of the Criminal Code in place (XB's art 421-2-2 on financing, XD's art 311), the new
text becomes part of the Code, where the Law's interpretation article does not apply: read in the Code,
"funds" or "terrorist act" would bear whatever meaning the Code gives them, or none. Expected: each
rewritten code article that uses a term the Law defines closes with a paragraph giving those terms the
meaning the Law's interpretation article gives them, cited by number and by the Law's name ("within the
meaning of" in the tradition's words: "s'entendent au sens de l'article 1er de la loi ...", "tienen el
significado que les atribuye el artículo 1 de la Ley ..."). A term the Law only signposts to the same
Code (XB's "computer system", defined by Criminal Code art 226-1) already reaches it and is not listed.
The bill still checks itself (the reference names another Act, the Law, so it is not a dangling one).
"""

from __future__ import annotations

import functools
import re

import pytest

from draftkit.assess import assess
from draftkit.compose import compose_bill
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.tree import Bill, Operation, Unit, plain
from draftkit.drafts import catalog_in
from draftkit.load import load_framework
from tests.conftest import EXAMPLES

_CLOSING = {
    "en": r"^In this article, (.+) ha(?:s|ve) the meaning given by article (\S+) of (?:the )?(.+)\.$",
    "fr": r"^Pour l'application du présent article, (.+) s'entend(?:ent)? au sens de l'article (\S+) de la (.+)\.$",
    "es": (
        r"^A los efectos de este artículo, (.+) tienen? el significado que les? atribuye"
        r" el artículo (\S+) de la (.+)\.$"
    ),
}


@functools.cache
def _bill(name: str, language: str) -> Bill:
    framework = load_framework(EXAMPLES / name)
    return compose_bill(framework, assess(framework), catalog_in(language)[0], language=language)


def _rewritten(bill: Bill) -> list[tuple[str, tuple[Unit, ...]]]:
    return [
        (u.amendment.target.provision, u.amendment.quoted)
        for s in bill.sections
        for u in s.walk()
        if u.amendment is not None and u.amendment.operation is Operation.SUBSTITUTE_UNIT
    ]


@pytest.mark.parametrize(
    ("name", "language", "article"),
    [
        ("xb-civil-law.yaml", "en", "xb.cc.a421-2-2"),
        ("xb-civil-law.yaml", "fr", "xb.cc.a421-2-2"),
        ("xd-derecho-civil.yaml", "es", "xd.cp.a311"),
    ],
)
def test_a_code_article_rewritten_in_place_gives_its_terms_the_laws_meaning(
    name: str, language: str, article: str
) -> None:
    bill = _bill(name, language)
    assert bill_problems(bill) == []
    interpretation = next(s for s in bill.sections if s.origin.ref == "interpretation")
    rewritten = dict(_rewritten(bill))
    assert article in rewritten, sorted(rewritten)
    for quoted in rewritten.values():
        closing = re.match(_CLOSING[language], plain(quoted[-1].text))
        assert closing is not None, plain(quoted[-1].text)
        listed, number, law = closing.groups()
        assert number == interpretation.number.rstrip(".")
        assert law.lower().startswith(("law", "loi", "ley"))
        defined = {t.term for t in bill.terms}
        for term in re.findall(r"[“«]\s?([^”»]+?)\s?[”»]", listed):
            assert term in defined, term
    financing = plain(rewritten[article][-1].text)
    assert {"en": "“funds”", "fr": "«\u00a0fonds\u00a0»", "es": "“fondos”"}[language] in financing


def test_a_term_the_law_signposts_to_the_same_code_is_not_given_again() -> None:
    bill = _bill("xb-civil-law.yaml", "en")
    signposted = next(t for t in bill.terms if t.term == "computer system")
    assert signposted.model is None  # the State's own: Criminal Code art 226-1
    for _, quoted in _rewritten(bill):
        assert "“computer system”" not in plain(quoted[-1].text)


@pytest.mark.parametrize(("name", "language"), [("xb-civil-law.yaml", "fr"), ("xd-derecho-civil.yaml", "es")])
def test_the_paragraph_giving_the_laws_meaning_is_identified_within_the_quoted_article(
    name: str, language: str
) -> None:
    """The closing paragraph is the next paragraph of the article quoted: its eId lies under the quoted
    structure, beside the article's own paragraphs, and is no other's."""
    for article, quoted in _rewritten(_bill(name, language)):
        parent = quoted[0].eid.rsplit("__", 1)[0]
        assert quoted[-1].eid.rsplit("__", 1)[0] == parent, (article, quoted[-1].eid)
        assert len({u.eid for u in quoted}) == len(quoted), article
