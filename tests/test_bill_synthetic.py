"""The bill on the benchmark's synthetic frameworks (``benchmarks/synth.py``): checks itself, and the law with
the proposed bill is at least largely compliant in every area.

Legal regression case (framework_data(40), fixed seed): the State's own draft clause xs.p00029 punishes
statements that "glorify or encourage" terrorism with life imprisonment, with no intent and no risk that
an offence will follow (a risk to freedom of expression, ICCPR art. 19(3): a speech offence needs intent
and a real risk). Its bill clause xs.p00011 lets the Minister authorise interception by warrant, with no
judge and no time limit (ICCPR art. 17: no arbitrary interference). Both are the State's own clauses, so
the bill rewrites them as tracked replacements; the model offences and powers it enacts elsewhere do not
occupy their place, but leaving them standing would leave the speech safeguards and the safeguards of
every power below C. Expected: both clauses rewritten (incitement offence; the model interception power),
and every area C or LC with the proposed bill.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

from draftkit.assess import assess
from draftkit.catalog import load_catalog
from draftkit.compose import bill_plan
from draftkit.compose.plan import ChangeKind
from draftkit.compose.proposal import with_proposed_view
from draftkit.compose.selfcheck import bill_problems
from draftkit.compose.tree import (
    Bill,
    Change,
    Division,
    DivisionKind,
    Form,
    Origin,
    OriginKind,
    Section,
    Span,
    Unit,
    UnitKind,
)
from draftkit.models import NationalFramework, Rating

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dk_bench_synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _framework(size: int) -> NationalFramework:
    return NationalFramework.model_validate(_synth().framework_data(size))


def test_a_synthetic_framework_is_written_in_one_language_and_cites_real_acts() -> None:
    framework = _framework(40)
    texts = [piece for p in framework.provisions for sub in p.text for piece in sub.strings()]
    assert not any("informático" in text or "artículo" in text for text in texts)
    measures = [text for text in texts if "articles 57-1 to 706-95" in text]
    assert measures, "the template citing the Code of Criminal Procedure is drawn"
    assert all("57-1 to 706-95 of the Code of Criminal Procedure" in text for text in measures)


def test_the_bill_for_40_provisions_checks_itself_and_leaves_every_area_at_least_largely_compliant() -> None:
    framework = _framework(40)
    assessment = assess(framework)
    bill, proposed = with_proposed_view(framework, assessment)
    assert bill_problems(bill) == []
    below = {
        area.area.value: area.rating_proposed
        for area in proposed.areas
        if area.rating_proposed not in (Rating.C, Rating.LC)
    }
    assert below == {}, below


def test_the_states_own_clauses_that_fall_short_are_rewritten_even_where_the_remedy_fills_another_place() -> None:
    framework = _framework(40)
    clauses = {p.id: p for p in framework.provisions}
    assert clauses["xs.p00029"].status.value != "in_force"
    assert clauses["xs.p00011"].status.value != "in_force"
    plan = bill_plan(framework, assess(framework), load_catalog())
    rewritten = {c.target: c.model for c in plan.changes if c.kind is ChangeKind.REPLACE_CLAUSE}
    assert rewritten.get("xs.p00029") == "offence.incitement"
    assert rewritten.get("xs.p00011") == "power.interception"
    # never a clause the criterion cites as evidence that it meets: a conduct-based dual-criminality rule stays
    assert "xs.p00016" not in rewritten
    assert "xs.p00024" not in rewritten


def _bill_saying(text: str, elsewhere: frozenset[str] = frozenset(), *, num: str = "(1)") -> Bill:
    """A one-section bill whose only subsection says ``text`` (``num`` "": an undivided section)."""
    unit = Unit(UnitKind.SUBSECTION, num, "sec_1__subsec_1", (Span(text),))
    section = Section("1", "sec_1", "Conditions", (unit,), Origin(OriginKind.NATIONAL, "x", "x"), Change.NONE)
    division = Division(DivisionKind.PART, "1", "part_1", "Preliminary", (section,))
    return Bill(
        form=Form.COMMON_LAW,
        country="Testland",
        country_code="XT",
        language="en",
        as_of="2026-01-01",
        year=2026,
        title="Test Bill",
        act_title="Test Act 2026",
        long_title="A Bill for an Act.",
        enacting_formula="BE IT ENACTED",
        divisions=(division,),
        elsewhere=elsewhere,
    )


def test_a_reference_naming_another_act_or_recorded_in_one_is_not_read_as_the_bills_own() -> None:
    named = "Each measure under articles 57-1 to 706-95 of the Code of Criminal Procedure shall be recorded."
    assert bill_problems(_bill_saying(named)) == []
    assert bill_problems(_bill_saying("A warrant under section 58 of the Telecommunications Act 2009.")) == []
    bare = "Each measure under articles 57-1 to 706-95 shall be recorded."
    assert bill_problems(_bill_saying(bare)) == ["1: refers to 57-1, which the bill does not contain"]
    assert bill_problems(_bill_saying(bare, frozenset({"57-1"}))) == []
    # the bill's own Act is the bill: "section 7 of this Act" must exist in it
    assert bill_problems(_bill_saying("An order under section 7 of this Act.")) == [
        "1: refers to 7, which the bill does not contain"
    ]
    assert bill_problems(_bill_saying("An order under section 1 of this Act.")) == []


def test_a_reference_to_a_subsection_is_checked_against_the_sections_own() -> None:
    """ "Subsection (2)" in a section of one subsection, or in a section not divided at all, names nothing: the
    self-check says which, so the drafter can correct it before the bill reaches committee."""
    said = "A warrant under subsection (2) shall be recorded."
    assert bill_problems(_bill_saying(said)) == ["1: refers to 2, which it does not have"]
    assert bill_problems(_bill_saying(said, num="")) == ["1: refers to a subdivision 2 of an undivided section"]
