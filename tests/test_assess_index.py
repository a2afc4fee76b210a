"""The matcher's value index narrows the provisions a pattern looks at, and changes no outcome.

A pattern that requires an element to be, or include, given values (the conduct of an offence, the
power of an investigative power) looks only at the provisions of its kind that have one of them
(``Context.with_value``). That is an optimisation: every provision that matches must still be a
candidate. These tests hold it to that, directly (candidates against a scan of the whole kind) and
end to end (the whole assessment with the index and without it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings

from draftkit.assess import assess
from draftkit.assess.matcher import Context, Pattern, ViewProvision, build_context
from draftkit.assess.pack import default_packs
from draftkit.load import load_framework
from draftkit.models import NationalFramework, ProvisionStatus
from tests.strategies import frameworks

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def _patterns() -> list[Pattern]:
    """Every compiled pattern of the default packs, found by walking the compiled criteria."""
    found: dict[int, Pattern] = {}
    seen: set[int] = set()

    def walk(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, Pattern):
            found[id(value)] = value
            return
        if isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name, None))

    for pack in default_packs():
        walk(pack.criteria)
    return list(found.values())


def _full_scan(pattern: Pattern, context: Context) -> list[ViewProvision]:
    pool = context.provisions if pattern.kind is None else context.by_kind.get(pattern.kind, ())
    return [item for item in pool if pattern.matches(item)]


def _views(framework: NationalFramework) -> Iterator[Context]:
    yield build_context(framework, (ProvisionStatus.IN_FORCE,))
    yield build_context(framework, tuple(ProvisionStatus))


def test_the_packs_have_patterns_the_index_narrows() -> None:
    patterns = _patterns()
    narrowed = [p for p in patterns if p.kind is not None and p._key is not None]
    # If this fails, the walk above no longer finds the compiled patterns: the other tests would pass vacuously.
    assert len(patterns) > 100
    assert len(narrowed) > len(patterns) // 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_match_is_a_candidate_on_the_examples(path: Path) -> None:
    framework = load_framework(path)
    for context in _views(framework):
        for pattern in _patterns():
            candidates = pattern.candidates(context)
            assert [item for item in candidates if pattern.matches(item)] == _full_scan(pattern, context), (
                pattern.describe()
            )


@settings(max_examples=40, deadline=None)
@given(frameworks(max_provisions=8))
def test_every_match_is_a_candidate_on_generated_frameworks(framework: NationalFramework) -> None:
    for context in _views(framework):
        for pattern in _patterns():
            assert [i for i in pattern.candidates(context) if pattern.matches(i)] == _full_scan(pattern, context)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_assessment_is_the_same_without_the_index(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    framework = load_framework(path)
    with_index = assess(framework).model_dump(mode="json")
    monkeypatch.setattr(Pattern, "candidates", lambda self, context: tuple(_full_scan_pool(self, context)))
    without = assess(framework).model_dump(mode="json")
    assert with_index == without


def _full_scan_pool(pattern: Pattern, context: Context) -> tuple[ViewProvision, ...]:
    return context.provisions if pattern.kind is None else context.by_kind.get(pattern.kind, ())


def test_a_provision_of_another_kind_fails_a_pattern_on_its_kind_alone() -> None:
    """An offence pattern read against an investigative power: the one shortfall is the kind, as data (code,
    element ``kind``, what was found and what was required), not a list of the offence's missing elements."""
    from draftkit.assess.conditions import FindingCode
    from draftkit.models import ProvisionKind

    offence = next(p for p in _patterns() if p.kind is ProvisionKind.OFFENCE)
    framework = load_framework(EXAMPLES[0])
    context = build_context(framework, (ProvisionStatus.IN_FORCE,))
    power = next(item for item in context.provisions if item.provision.kind == "investigative_power")
    (finding,) = offence.failures(power)
    assert (finding.code, finding.provision, finding.element) == (FindingCode.WRONG_KIND, power.id, "kind")
    assert (finding.found, finding.required) == ("investigative_power", "offence")
