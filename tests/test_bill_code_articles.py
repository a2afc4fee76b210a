"""Legal regression case: in a civil-law draft law a code article is amended, never repealed.

XB's Criminal Code art 421-2-2 (financing of terrorism) and art 421-2-10 (travel for terrorist
purposes) each fall short on part of what the law requires (financing for any purpose; the
financing and facilitation of travel, UNSCR 2178 (2014) para 6, CETS 217 arts 4 to 6). A civil-law
legislature does not repeal a general Criminal Code article to re-enact the offence outside the code:
it rewrites the article in place ("L'article 421-2-2 du code pénal est ainsi rédigé"), and the code
keeps its numbering and its place in the general part. Expected: the bill substitutes both articles
in its amendment of the Criminal Code (quoting the new text under the article's own number), repeals
no Criminal Code article, and enacts no second financing or travel offence of its own; the law with
the proposed bill reads each article as rewritten (the model offence takes its place), so the
third view counts no defective article beside its replacement. A common-law bill keeps its own
technique (a new section in the Act and the repeal of the old one).
"""

from __future__ import annotations

from draftkit.assess import assess
from draftkit.assess.matcher import build_context
from draftkit.catalog import load_catalog
from draftkit.compose import compose_proposal
from draftkit.compose.model import OriginKind
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.tree import Operation
from draftkit.drafts import catalog_in
from draftkit.load import load_framework
from draftkit.models import ProvisionStatus
from tests.conftest import EXAMPLES

_WITH_DRAFT = (ProvisionStatus.IN_FORCE, ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL)


def test_xb_rewrites_its_criminal_code_articles_in_place() -> None:
    framework = load_framework(EXAMPLES / "xb-civil-law.yaml")
    for language in ("en", "fr"):
        bill, law = compose_proposal(framework, assess(framework), catalog_in(language)[0], language=language)
        instructions = [u.amendment for s in bill.sections for u in s.walk() if u.amendment is not None]
        substituted = {a.target.provision for a in instructions if a.operation is Operation.SUBSTITUTE_UNIT}
        repealed = {a.target.provision for a in instructions if a.operation is Operation.REPEAL_UNIT}
        assert {"xb.cc.a421-2-2", "xb.cc.a421-2-10"} <= substituted, language
        assert not {p for p in repealed if p.startswith("xb.cc.")}, (language, repealed)
        for amendment in instructions:
            if amendment.operation is Operation.SUBSTITUTE_UNIT:
                assert amendment.quoted
                assert amendment.quoted_heading
        models = {s.origin.ref for s in bill.sections if s.origin.kind is OriginKind.MODEL}
        assert not {"offence.financing", "offence.travel"} & models, language  # not enacted twice
        assert bill_problems(bill) == [], language
    context = build_context(law, _WITH_DRAFT)
    assert not {"xb.cc.a421-2-2", "xb.cc.a421-2-10"} & {item.id for item in context.provisions}


def test_a_common_law_bill_repeals_and_reenacts() -> None:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    bill, _ = compose_proposal(framework, assess(framework), load_catalog())
    instructions = [u.amendment for s in bill.sections for u in s.walk() if u.amendment is not None]
    assert not [a for a in instructions if a.operation is Operation.SUBSTITUTE_UNIT]
    assert "xa.pc.s77" in {a.target.provision for a in instructions if a.operation is Operation.REPEAL_UNIT}


def test_a_code_article_the_bill_writes_cites_the_bills_own_provisions_by_number() -> None:
    """Model text quoted into a code reads "this Law" as the code, but "the provisions of this Law on oversight"
    are the bill's own: France's new CPP art. 230-46 read "les dispositions du présent code relatives au
    contrôle", provisions the code does not have. They are cited by number, as articles of the law."""
    from pathlib import Path

    from draftkit.compose.proposal import with_proposed_view
    from draftkit.render.bill_text import render_bill_text

    framework = load_framework(Path(__file__).parent / "fixtures/real/fr-2019.yaml")
    catalog, _ = catalog_in("fr")
    bill, _ = with_proposed_view(framework, assess(framework), catalog, language="fr")
    text = render_bill_text(bill)
    assert "du présent code relatives" not in text
    rewritten = text[text.index("L'article 230-46 du code de procédure pénale est ainsi rédigé") :]
    assert "de la loi n° … du … relative à l'usage d'Internet à des fins terroristes" in rewritten[:6000]
