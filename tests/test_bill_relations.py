"""Legal regression case: the law with the proposed bill keeps what the bill does to the law in force.

The State's own bill clause replaces its Penal Code s 41 (praising or supporting terrorism, no
intent, no danger, life imprisonment: it punishes opinion, ICCPR art 19(3), CETS 196 art 5) with
an offence of distributing terrorist publications that still states no intent. draftkit rewrites
that clause (a tracked replacement by the model dissemination offence). The clause put in its
place must still take s 41 out of the law: a bill that replaced a defective offence and then lost
the replacement would leave s 41 standing beside the new offence, and the third view ("with the
proposed bill") would count a defective in-force provision as still in force and flag speech
offences as a risk to rights although the bill cures them. Expected: in the law with the
proposed bill, the model offence carries ``replaces: [s 41]``, s 41 is out of the with-draft view
(and still in the in-force view), and no criterion finds s 41 or a risk to rights in speech
offences. On XA, every amendment and repeal of the plan is a relation of a provision of the bill.
"""

from __future__ import annotations

import datetime as dt

from draftkit.assess import assess
from draftkit.assess.matcher import build_context
from draftkit.assess.result import Outcome
from draftkit.catalog import load_catalog
from draftkit.compose import bill_plan, compose_proposal
from draftkit.compose.plan import ChangeKind
from draftkit.compose.proposal import merge_proposed
from draftkit.load.framework import load_framework
from draftkit.models import NationalFramework, ProvisionStatus
from tests.conftest import EXAMPLES

_WITH_DRAFT = (ProvisionStatus.IN_FORCE, ProvisionStatus.BILL, ProvisionStatus.DRAFT_PROPOSAL)


def _framework() -> NationalFramework:
    statements = {
        "id": "xz.pc.s41",
        "kind": "offence",
        "title": "Statements supporting terrorism",
        "source": {"act": "Penal Code 1962", "section": "41"},
        "status": "in_force",
        "text": [{"text": "A person who publishes a statement praising a terrorist act commits an offence."}],
        "elements": {
            "conduct": ["glorification", "encouragement"],
            "covers_online": True,
            "mental_elements": ["none"],
            "terrorist_purpose": False,
            "risk_element": False,
            "penalty": {"max_years": None, "life": True},
        },
    }
    clause = {
        "id": "xz.bill.c9",
        "kind": "offence",
        "title": "Terrorist publications",
        "source": {"act": "Security Bill 2026", "section": "9"},
        "status": "bill",
        "replaces": ["xz.pc.s41"],
        "text": [{"text": "A person who distributes a terrorist publication commits an offence."}],
        "elements": {
            "conduct": ["dissemination", "encouragement"],
            "covers_online": True,
            "mental_elements": ["none"],
            "terrorist_purpose": False,
            "risk_element": False,
            "penalty": {"max_years": 10},
        },
    }
    return NationalFramework.model_validate(
        {
            "country": "XZ",
            "name": "Testland",
            "legal_tradition": "common_law",
            "as_of": dt.date(2026, 6, 1),
            "provisions": [statements, clause],
        }
    )


def test_the_clause_put_in_place_of_the_states_clause_still_replaces_what_it_replaced() -> None:
    framework = _framework()
    assessment = assess(framework)
    assert assessment.criterion("safeguards.speech_offences").human_rights_risk  # the State's clause falls short
    _, law = compose_proposal(framework, assessment, load_catalog())
    assert "xz.bill.c9" not in {p.id for p in law.provisions}  # rewritten, not kept beside the model clause
    dissemination = [
        p
        for p in law.provisions
        if p.status is ProvisionStatus.BILL and "dissemination" in getattr(p.elements, "conduct", [])
    ]
    assert len(dissemination) == 1, [p.id for p in dissemination]
    assert dissemination[0].replaces == ["xz.pc.s41"]
    context = build_context(law, _WITH_DRAFT)
    assert context.removed.get("xz.pc.s41") == dissemination[0].id
    assert "xz.pc.s41" not in {item.id for item in context.provisions}
    # the in-force view of the law with the bill is the law in force: s 41 is still there
    assert "xz.pc.s41" in {item.id for item in build_context(law, (ProvisionStatus.IN_FORCE,)).provisions}
    proposed = assess(law)
    speech = proposed.criterion("safeguards.speech_offences")
    assert speech.outcome is Outcome.MET, speech.reasoning
    assert not speech.human_rights_risk, speech.reasoning
    assert not [c.id for c in proposed.criteria if "xz.pc.s41" in c.evidence or "xz.pc.s41" in c.reasoning]


def test_the_proposed_view_keeps_the_risk_to_rights_the_law_with_the_bill_still_has() -> None:
    """A proposed law that leaves the State's clause as it is: its view flags the same risk to rights."""
    assessment = assess(_framework())
    merged = merge_proposed(assessment, assessment)
    proposed = merged.criterion("safeguards.speech_offences").proposed
    assert proposed is not None
    assert proposed.human_rights_risk


def test_amendments_and_replacements_are_provisions_of_the_bill_with_their_relations() -> None:
    """On XA: every change the plan makes shows in the law as a relation of a provision with status bill."""
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    plan = bill_plan(framework, assessment, load_catalog())
    _, law = compose_proposal(framework, assessment, load_catalog())
    own = {p.id for p in framework.provisions}
    bill = [p for p in law.provisions if p.status is ProvisionStatus.BILL and p.id not in own]
    amends = {t for p in bill for t in p.amends}
    replaces = {t for p in bill for t in p.replaces}
    for change in plan.changes:
        if change.kind is ChangeKind.AMEND:
            assert change.target in amends | replaces, change
        elif change.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW):
            assert change.target in replaces, change
    assert {"xa.tel.s58", "xa.pc.s41"} <= amends | replaces
    context = build_context(law, _WITH_DRAFT)
    assert not ({"xa.tel.s58", "xa.pc.s41"} & {item.id for item in context.provisions})


def test_the_plan_answers_a_criterion_met_only_by_the_states_draft_never_one_met_in_force() -> None:
    """The bill stands on the law in force: what only the State's own draft meets is still to do."""
    from draftkit.compose.plan import _wanted

    assessment = assess(load_framework(EXAMPLES / "xa-common-law.yaml"))
    drafted = assessment.criterion("jur.foreign_fighters")
    assert (drafted.outcome, drafted.in_force.outcome) == (Outcome.MET, Outcome.NOT_MET)
    assert _wanted(drafted, None)
    met = assessment.criterion("crim.financing")
    assert (met.outcome, met.in_force.outcome) == (Outcome.MET, Outcome.MET)
    assert not _wanted(met, None)


def test_a_states_jurisdiction_clause_occupies_each_model_section_by_the_bases_they_share() -> None:
    from draftkit.compose.plan import slot_overlap

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    clause = next(p for p in framework.provisions if p.id == "xa.bill.c20")  # territorial and nationality
    catalog = load_catalog()
    overlap = {m.id: slot_overlap(m, clause) for m in catalog.by_kind("jurisdiction")}
    assert overlap == {
        "jurisdiction.territorial": 1,
        "jurisdiction.extraterritorial": 1,
        "jurisdiction.extradite_or_prosecute": 0,
        "jurisdiction.coordination": 0,
    }
    coordinating = clause.model_copy(update={"elements": clause.elements.model_copy(update={"coordination": True})})
    assert slot_overlap(catalog.get("jurisdiction.coordination"), coordinating) == 1


def test_a_life_sentence_in_force_is_first_capped_at_the_model_offences_maximum() -> None:
    """Before replacing an offence in force that carries life imprisonment, the plan offers the smaller change:
    the model offence's maximum put in place of "imprisonment for life"."""
    from draftkit.compose.plan import _candidates
    from draftkit.i18n import Messages

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    statements = next(p for p in framework.provisions if p.id == "xa.pc.s41")
    alone = framework.model_copy(update={"provisions": [statements]})
    first, *rest = _candidates(load_catalog().get("offence.encouragement"), alone, [], set())
    assert (first.kind, first.target) == (ChangeKind.AMEND, "xa.pc.s41")
    assert first.fix is not None
    assert [(w.old, Messages().text(w.new)) for w in first.fix.words] == [
        ("imprisonment for life", "imprisonment for a term not exceeding five years")
    ]
    assert [c.kind for c in rest] == [ChangeKind.REPEAL_AND_NEW]


def test_an_amendment_of_a_provision_the_bill_also_replaces_falls_with_it() -> None:
    """The law with the bill: a section the bill repeals for a new one is gone, and an amendment of its words
    in the same bill has nothing left to amend (it is not read as a provision of its own)."""
    from draftkit.compose.plan import Change, Fix, enact
    from draftkit.models import OffenceProvision

    xa = load_framework(EXAMPLES / "xa-common-law.yaml")
    target = "xa.pc.s41"
    old = next(p for p in xa.provisions if p.id == target)
    assert isinstance(old, OffenceProvision)
    elements = {**old.elements.model_dump(mode="json"), "penalty": {"max_years": 7}}
    fix = Fix(words=(), elements=elements)
    both = [
        Change(ChangeKind.AMEND, "offence.encouragement", target, fix),
        Change(ChangeKind.REPEAL_AND_NEW, "offence.encouragement", target),
    ]
    law = enact(xa, load_catalog(), both, "Counter-Terrorism Act 2026")
    ids = {p.id for p in law.provisions}
    assert f"proposed.amends.{target}" not in ids
    assert "proposed.offence.encouragement" in ids
    amended_only = enact(xa, load_catalog(), both[:1], "Counter-Terrorism Act 2026")
    assert f"proposed.amends.{target}" in {p.id for p in amended_only.provisions}
