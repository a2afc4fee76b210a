"""The index of general safeguard provisions finds exactly those :func:`applies_to_power` accepts, in order."""

from __future__ import annotations

from typing import Any

from hypothesis import given

from draftkit.assess.derived import Surroundings, applies_to_power
from draftkit.assess.matcher import _general_safeguards
from draftkit.models import NationalFramework
from tests.strategies import frameworks
from tests.test_bill_synthetic import _synth


def _agrees(framework: NationalFramework) -> int:
    around = Surroundings(safeguards=_general_safeguards(framework.provisions))
    powers = [p for p in framework.provisions if p.kind == "investigative_power"]
    for power in powers:
        expected = [pair for pair in around.safeguards if applies_to_power(pair[0], power)]
        assert around.applying_to(power) == expected, power.id
    return len(powers) * len(around.safeguards)


@given(frameworks(max_provisions=10))
def test_the_index_agrees_with_the_rule_on_any_framework(framework: NationalFramework) -> None:
    _agrees(framework)


def test_the_index_agrees_with_the_rule_on_a_large_framework() -> None:
    framework = NationalFramework.model_validate(_synth().framework_data(300))
    assert _agrees(framework) > 1000  # powers and general safeguards in number, of every sort


def test_a_safeguard_provision_applies_by_a_reference_either_way() -> None:
    """A safeguard provision for no power in general still applies to a power it refers to, or that refers to it."""
    framework = NationalFramework.model_validate(_synth().framework_data(300))
    power = next(p for p in framework.provisions if p.kind == "investigative_power")
    general = [p for p in framework.provisions if p.kind == "safeguard"]

    def narrowed(provision: Any, related: list[str]) -> Any:
        elements = provision.elements.model_copy(update={"applies_to_all_powers": False, "applies_to": []})
        return provision.model_copy(update={"elements": elements, "related": related})

    first, second = general[0], general[1]
    by_id = {
        first.id: narrowed(first, [power.id]),  # the safeguard refers to the power
        second.id: narrowed(second, []),
        power.id: power.model_copy(update={"related": [second.id]}),  # the power refers to the safeguard
    }
    provisions = [by_id.get(p.id, p) for p in framework.provisions]
    around = Surroundings(safeguards=_general_safeguards(provisions))
    found = [safeguard.id for safeguard, _ in around.applying_to(by_id[power.id])]
    assert first.id in found
    assert second.id in found
    assert found == [g.id for g, _ in around.safeguards if applies_to_power(g, by_id[power.id])]


def test_a_view_memo_never_lends_a_power_the_general_safeguards_of_another_variant() -> None:
    """The planner reuses views across variants of a framework: a power seen with a general safeguard
    provision beside it is seen afresh once that provision is gone (and at its new place)."""
    from draftkit.assess.matcher import ViewMemo, build_context
    from draftkit.load import load_framework
    from draftkit.models import ProvisionStatus
    from tests.conftest import EXAMPLES

    framework = load_framework(EXAMPLES / "xb-civil-law.yaml")
    by_id = {p.id: p for p in framework.provisions}
    power, general = by_id["xb.ccp.a60-2"], by_id["xb.ccp.a706-100"]
    with_safeguard = framework.model_copy(update={"provisions": [general, power]})
    without = framework.model_copy(update={"provisions": [power]})
    memo = ViewMemo()
    in_force = (ProvisionStatus.IN_FORCE,)
    build_context(with_safeguard, in_force, memo=memo)
    remembered = build_context(without, in_force, memo=memo)
    assert remembered.provisions == build_context(without, in_force).provisions
    assert "destruction" not in remembered.provisions[0].virtual["all_safeguards"]
