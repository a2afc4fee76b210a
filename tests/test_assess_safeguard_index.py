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
