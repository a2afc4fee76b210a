"""Every operator of the registry, tested directly: holds, describe, written, and its parse errors.

The edge cases are the ones a mutation run once left alive: ``present`` on an empty list,
``at_most``/``at_least`` at their boundary, a value not stated never satisfying a bound.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from draftkit.assess.compile import Compiler
from draftkit.assess.conditions import Condition, ElementsMatch, Equals, FindingCode, Nested, getter
from draftkit.assess.fields import FieldSpec, FieldType
from draftkit.assess.operators import (
    OPERATORS,
    AnyItem,
    AtLeast,
    AtMost,
    Below,
    EveryItem,
    In,
    Includes,
    IncludesAll,
    IncludesAny,
    Not,
    Present,
    operator_reference,
    usable_operators,
)
from draftkit.models import Authorisation, MentalElement, Penalty

ROOT = Path(__file__).resolve().parent.parent

INT = FieldSpec("max_years", FieldType.INT, optional=True)
TEXT = FieldSpec("threshold", FieldType.TEXT, optional=True)
ENUM = FieldSpec("authorisation", FieldType.ENUM, choices=tuple(a.value for a in Authorisation), ordered=True)
PLAIN_ENUM = FieldSpec("dual_criminality", FieldType.ENUM, choices=("strict", "conduct_based"))
FAULTS = FieldSpec("mental_elements", FieldType.LIST, choices=tuple(m.value for m in MentalElement), ordered=True)
CONDUCT = FieldSpec("conduct", FieldType.LIST, choices=("incitement", "recruitment", "financing"))
BOOL = FieldSpec("covers_online", FieldType.BOOL)
GROUP_LIST = FieldSpec(
    "routes",
    FieldType.MODEL_LIST,
    fields={
        "max_years": FieldSpec("max_years", FieldType.INT, optional=True),
        "fine": FieldSpec("fine", FieldType.BOOL),
    },
)


def compile_one(spec: FieldSpec, raw: Any) -> tuple[Condition, list[str]]:
    compiler = Compiler()
    condition = compiler.condition(spec, raw, ("x",))
    return condition, [message for _, message, _ in compiler.problems]


def ok(spec: FieldSpec, raw: Any) -> Condition:
    condition, problems = compile_one(spec, raw)
    assert problems == []
    return condition


# ----------------------------------------------------------------------------- each operator


def test_op_in() -> None:
    condition = ok(ENUM, {"in": ["judicial", "independent"]})
    assert condition == In(("judicial", "independent"))
    assert condition.holds(Authorisation.JUDICIAL)
    assert condition.holds("independent")
    assert not condition.holds(Authorisation.EXECUTIVE)
    assert not condition.holds(None)
    assert condition.describe() == "one of judicial, independent"
    assert condition.written() == {"in": ["judicial", "independent"]}
    assert ok(INT, {"in": [5, 7]}).holds(7)
    assert compile_one(ENUM, {"in": []})[1] == ["'in' expects a non-empty list; got a list"]
    assert compile_one(ENUM, {"in": ["judge"]})[1][0].startswith("unknown value 'judge' for authorisation")


def test_op_includes() -> None:
    condition = ok(FAULTS, {"includes": "intent"})
    assert condition == Includes(("intent",))
    # intent in the fault set suffices, whatever else the set contains
    assert condition.holds([MentalElement.INTENT, MentalElement.RECKLESSNESS])
    assert not condition.holds([MentalElement.RECKLESSNESS])
    assert not condition.holds([])
    assert not condition.holds(None)
    assert condition.describe() == "including intent"
    assert condition.written() == {"includes": "intent"}


def test_op_includes_all() -> None:
    condition = ok(CONDUCT, {"includes_all": ["incitement", "recruitment"]})
    assert condition == IncludesAll(("incitement", "recruitment"))
    assert condition.holds(["recruitment", "incitement", "financing"])
    assert not condition.holds(["incitement"])
    assert condition.describe() == "including all of incitement, recruitment"
    assert ok(CONDUCT, {"includes_all": ["financing"]}).describe() == "including financing"
    assert compile_one(CONDUCT, {"includes_all": "incitement"})[1] == [
        "'includes_all' expects a non-empty list; got 'incitement'"
    ]


def test_op_includes_any() -> None:
    condition = ok(CONDUCT, {"includes_any": ["incitement", "recruitment"]})
    assert condition == IncludesAny(("incitement", "recruitment"))
    assert condition.holds(["recruitment"])
    assert not condition.holds(["financing"])
    assert not condition.holds([])
    assert condition.describe() == "including any of incitement, recruitment"
    assert ok(CONDUCT, {"includes_any": ["financing"]}).describe() == "including financing"  # one: no "any of"
    assert condition.written() == {"includes_any": ["incitement", "recruitment"]}


def test_op_at_least() -> None:
    condition = ok(INT, {"at_least": 5})
    assert condition == AtLeast(5)
    assert condition.holds(5)
    assert condition.holds(6)
    assert not condition.holds(4)
    assert not condition.holds(None)  # a number not stated never satisfies a bound
    assert not condition.holds(True)  # a flag is not a number
    assert condition.describe() == "at least 5"
    assert condition.written() == {"at_least": 5}
    assert compile_one(INT, {"at_least": "ten"})[1] == ["'at_least' expects a whole number; got 'ten'"]


def test_op_at_most() -> None:
    condition = ok(INT, {"at_most": 10})
    assert condition == AtMost(10)
    assert condition.holds(10)
    assert condition.holds(0)
    assert not condition.holds(11)
    assert not condition.holds(None)
    assert not condition.holds(False)
    assert condition.describe() == "at most 10"
    assert compile_one(INT, {"at_most": True})[1] == ["'at_most' expects a whole number; got true"]


def test_op_present() -> None:
    there = ok(CONDUCT, {"present": True})
    absent = ok(CONDUCT, {"present": False})
    assert there == Present(True)
    assert not there.holds([])
    assert absent.holds([])
    assert not there.holds(())
    assert absent.holds(())
    assert not there.holds(None)
    assert absent.holds(None)
    assert there.holds(["incitement"])
    assert not absent.holds(["incitement"])
    assert ok(TEXT, {"present": True}).holds("reasonable grounds")
    assert ok(INT, {"present": True}).holds(0)  # zero is a value, not "not stated"
    assert there.describe() == "present"
    assert absent.describe() == "absent"
    assert compile_one(TEXT, {"present": "yes"})[1] == ["'present' expects true or false; got 'yes'"]
    # not for a value that is always there
    assert compile_one(PLAIN_ENUM, {"present": True})[1] == [
        "operator 'present' does not apply to dual_criminality (one value); use a value or in, not"
    ]


def test_op_not() -> None:
    condition = ok(FAULTS, {"not": {"includes": "intent"}})
    assert condition == Not(Includes(("intent",)))
    assert condition.holds(["recklessness"])
    assert not condition.holds(["intent", "recklessness"])
    assert ok(BOOL, {"not": True}).holds(False)
    assert condition.describe() == "not including intent"
    assert condition.written() == {"not": {"includes": "intent"}}


def test_op_below() -> None:
    reach = ok(FAULTS, {"below": "intent"})
    assert isinstance(reach, Below)
    # a rights test: does the offence reach less than intent?
    assert reach.holds([MentalElement.INTENT, MentalElement.RECKLESSNESS])
    assert reach.holds(["knowledge"])
    assert not reach.holds([MentalElement.INTENT])
    assert not reach.holds([])  # a fault set not stated is unknown, not "below"
    weak = ok(ENUM, {"below": "independent"})
    assert weak.holds(Authorisation.PROSECUTORIAL)
    assert weak.holds("none")
    assert not weak.holds(Authorisation.INDEPENDENT)
    assert not weak.holds(Authorisation.JUDICIAL)
    assert not weak.holds(None)
    assert weak.describe() == "below independent"
    assert weak.written() == {"below": "independent"}
    # only for values with a strength order
    assert compile_one(PLAIN_ENUM, {"below": "strict"})[1] == [
        "operator 'below' does not apply to dual_criminality (one value); use a value or in, not"
    ]


def test_op_any_item() -> None:
    some = ok(GROUP_LIST, {"any_item": {"fine": True}})
    every = ok(GROUP_LIST, {"every_item": {"max_years": {"at_most": 10}}})
    assert isinstance(some, AnyItem)
    assert isinstance(every, EveryItem)
    items = [Penalty(max_years=5, fine=False), Penalty(max_years=20, fine=True)]
    assert some.holds(items)
    assert not every.holds(items)
    assert every.holds([Penalty(max_years=5)])
    assert not some.holds([])
    assert not every.holds([])
    assert some.describe() == "with an item of fine true"
    assert every.written() == {"every_item": {"max_years": {"at_most": 10}}}
    assert compile_one(GROUP_LIST, {"any_item": 3})[1] == [
        "'any_item' expects a mapping of the fields of one item (max_years, fine); got 3"
    ]
    assert compile_one(GROUP_LIST, "x")[1][0].startswith("routes is a list of groups of fields; write {any_item")


def test_op_every_item() -> None:
    every = ok(GROUP_LIST, {"every_item": {"fine": True}})
    assert every.holds([Penalty(fine=True)])
    assert not every.holds([Penalty(fine=True), Penalty(fine=False)])
    assert every.describe() == "with every item fine true"


def test_every_registered_operator_has_its_own_test() -> None:
    assert sorted(name for name in OPERATORS if f"test_op_{name}" not in globals()) == []


# ----------------------------------------------------------------------------- around the operators


def test_operators_apply_by_type() -> None:
    assert usable_operators(BOOL) == ["not"]
    assert usable_operators(CONDUCT) == ["includes", "includes_all", "includes_any", "present", "not"]
    assert usable_operators(FAULTS) == ["includes", "includes_all", "includes_any", "present", "not", "below"]
    assert usable_operators(GROUP_LIST) == ["present", "not", "any_item", "every_item"]
    assert usable_operators(INT) == ["in", "at_least", "at_most", "present", "not"]


def test_several_operators_in_one_mapping_must_all_hold() -> None:
    both = ok(INT, {"at_least": 5, "at_most": 10})
    assert [both.holds(v) for v in (4, 5, 10, 11)] == [False, True, True, False]
    assert both.describe() == "at least 5 and at most 10"
    assert both.written() == {"at_least": 5, "at_most": 10}


def test_unknown_operator_suggests_one() -> None:
    assert compile_one(CONDUCT, {"include": "incitement"})[1] == [
        "unknown operator 'include'; did you mean 'includes'? expected one of: includes, includes_all, "
        "includes_any, present, not"
    ]


def test_failures_are_data() -> None:
    match = ElementsMatch(
        fields=(("max_years", AtLeast(5)), ("fine", Equals(True))),
    )
    found = match.failures(getter(Penalty(max_years=None, fine=False)))
    assert [(f.code, f.element, f.found, f.required) for f in found] == [
        (FindingCode.NOT_STATED, "max_years", None, {"at_least": 5}),
        (FindingCode.VALUE, "fine", False, True),
    ]
    nested = ElementsMatch(fields=(("penalty", Nested(ElementsMatch(fields=(("max_years", AtMost(10)),)))),))

    class Holder:
        penalty = Penalty(max_years=20)

    [finding] = nested.failures(getter(Holder()))
    assert (finding.element, finding.found, finding.required) == ("penalty.max_years", 20, {"at_most": 10})
    assert finding.text == "penalty: max_years is 20, needs at most 10"


def test_a_value_that_meets_no_alternative_reads_as_needing_one_of_them() -> None:
    """The reasoning lists the alternatives a provision could meet, in lower case like every other finding."""
    match = ElementsMatch(
        any_of=(ElementsMatch(fields=(("max_years", AtLeast(5)),)), ElementsMatch(fields=(("fine", Equals(True)),)))
    )
    [finding] = match.failures(getter(Penalty(max_years=2, fine=False)))
    assert finding.code is FindingCode.NEEDS_ONE_OF
    assert finding.text == "needs one of: max_years at least 5; or fine true"


def test_an_element_the_law_does_not_state_reads_as_not_stated() -> None:
    """The reasoning says "not stated", never "is nothing, needs present" (an element not stated is unknown)."""
    match = ElementsMatch(fields=(("persons_covered", Present(True)), ("max_years", AtLeast(5))))
    found = match.failures(getter(Penalty(max_years=None)))
    assert [f.text for f in found] == ["persons covered is not stated", "max years is not stated, needs at least 5"]
    assert [f.code for f in found] == [FindingCode.NOT_STATED, FindingCode.NOT_STATED]


def test_reference_page_is_current() -> None:
    """docs/operators.md is generated from the registry: regenerate with
    `python -m draftkit.assess.operators > docs/operators.md`."""
    page = (ROOT / "docs" / "operators.md").read_text(encoding="utf-8")
    assert page == operator_reference()
    for name in OPERATORS:
        assert f"| `{name}` |" in page


# ----------------------------------------------------------------------------- field specs from the models
# The specs are built when the engine is imported; tested directly so that a change in how an annotation is read
# (an optional list, an Annotated union, an ordered enum) is seen.


def test_field_specs_read_through_annotated_and_optional() -> None:
    from typing import Annotated

    from pydantic import Field

    from draftkit.assess.fields import FieldType, _unwrap, spec_of
    from draftkit.models import Authorisation, MentalElement

    assert _unwrap(int) == (int, False)
    assert _unwrap(int | None) == (int, True)
    assert _unwrap(Annotated[int | None, Field(ge=0)]) == (int, True)
    assert _unwrap(Annotated[str, Field(min_length=1)]) == (str, False)
    assert spec_of("x", bool).type is FieldType.BOOL
    assert spec_of("x", int | None) == spec_of("x", int | None)
    years = spec_of("max_years", Annotated[int | None, Field(ge=0)])
    assert (years.type, years.optional) == (FieldType.INT, True)
    assert spec_of("t", str).type is FieldType.TEXT
    fault = spec_of("mental_elements", list[MentalElement])
    assert fault.type is FieldType.LIST
    assert fault.choices == tuple(m.value for m in MentalElement)
    assert fault.ordered
    words = spec_of("names", list[str])
    assert (words.type, words.choices, words.ordered) == (FieldType.LIST, (), False)
    who = spec_of("authorisation", Authorisation | None)
    assert (who.type, who.optional, who.ordered) == (FieldType.ENUM, True, True)


def test_field_specs_of_groups_and_lists_of_groups() -> None:
    from draftkit.assess.fields import FieldType, fields_of, spec_of
    from draftkit.models.kinds.evidence import TopicAdmissibility
    from draftkit.models.kinds.offence import Penalty

    penalty = spec_of("penalty", Penalty)
    assert penalty.type is FieldType.MODEL
    assert list(penalty.fields) == ["max_years", "life", "fine"]
    assert penalty.fields["max_years"].type is FieldType.INT
    assert penalty.fields["life"].type is FieldType.BOOL
    items = spec_of("admissibility", list[TopicAdmissibility])
    assert items.type is FieldType.MODEL_LIST
    assert set(items.fields) == set(fields_of(TopicAdmissibility))
    assert items.fields["topic"].type is FieldType.ENUM


def test_a_value_in_the_reasoning_reads_as_words() -> None:
    """The engine's reasoning names what it found: an element not stated is "nothing", an empty list "none"."""
    from draftkit.assess.conditions import shown

    assert shown(None) == "nothing"
    assert shown(True) == "true"
    assert shown([]) == "none"
    assert shown(["intent", "knowledge"]) == "[intent, knowledge]"
    assert shown({"max_years": 7}) == "{max_years 7}"


def test_a_condition_that_failed_to_compile_matches_nothing() -> None:
    """A condition the compiler could not read (a list compared with an element directly) stands in as one
    that never holds: were it to hold, a provision would be credited with meeting a test nobody could write."""
    condition, problems = compile_one(CONDUCT, ["incitement", "recruitment"])
    assert problems
    assert not condition.holds(["incitement", "recruitment"])
    assert not condition.holds(None)
    assert condition.describe() == "(invalid)"
