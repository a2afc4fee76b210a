"""Legal regression cases: a small framework, the outcome the law requires, and why.

Each file in tests/legal/packs/ holds one case: the reasoning in its opening comment, the framework
under ``framework`` and the expected results under ``expect`` (criterion id -> outcome,
and where it matters the human-rights flag, the strength and the evidence, in framework order),
with ``ratings`` for areas and ``packs`` naming shipped packs to run beside the core pack (without it,
the default packs run).
The cases pin every rule the calibration of the core pack changed (issue 13), so a later edit that
contradicts the law fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.assess import assess, core_pack
from draftkit.assess.pack import shipped_pack
from draftkit.load.framework import parse_framework

CASES = sorted((Path(__file__).resolve().parent / "legal" / "packs").glob("*.yaml"))


def _case(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _packs(names: list[str] | None) -> list[Any] | None:
    """The packs a case names beside the core pack; without ``packs``, the default packs."""
    if names is None:
        return None
    return [core_pack(), *(shipped_pack(name) for name in names)]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_legal_case(path: Path) -> None:
    case = _case(path)
    assert path.read_text(encoding="utf-8").startswith("#"), "every case opens with its legal reasoning"
    framework = parse_framework(json.dumps(case["framework"], default=str), f"{path.stem}.json")
    packs = _packs(case.get("packs"))
    assessment = assess(framework, packs)
    for criterion_id, expected in case["expect"].items():
        result = assessment.criterion(criterion_id)
        assert result.outcome.value == expected["outcome"], (criterion_id, result.reasoning)
        if "human_rights_risk" in expected:
            assert result.human_rights_risk is expected["human_rights_risk"], (criterion_id, result.reasoning)
        if "strength" in expected:
            assert result.strength.value == expected["strength"], (criterion_id, result.reasoning)
        if "evidence" in expected:
            assert list(result.evidence) == expected["evidence"], (criterion_id, result.reasoning)
        if "not_applicable_reason" in expected:
            reason = result.not_applicable_reason
            assert reason is not None, (criterion_id, result.reasoning)
            assert reason.value == expected["not_applicable_reason"], (criterion_id, result.reasoning)
    for area, rating in case.get("ratings", {}).items():
        assert next(a for a in assessment.areas if a.area.value == area).rating.value == rating, area


def test_there_are_cases() -> None:
    assert len(CASES) >= 10
