"""A framework without any draft is judged once for both views (the law with the draft is then the law in force):
the assessment is exactly the one judging each view separately gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftkit.assess import assess, engine
from draftkit.load.framework import load_framework
from draftkit.models import NationalFramework, ProvisionStatus
from tests.conftest import EXAMPLES, ROOT

_REAL = ROOT / "tests" / "fixtures" / "real"
_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *(p for p in sorted(_REAL.glob("*.yaml")) if "labels" not in p.name)]


def _in_force_only(path: Path) -> NationalFramework:
    framework = load_framework(path)
    kept = [p for p in framework.provisions if p.status is ProvisionStatus.IN_FORCE]
    return framework.model_copy(update={"provisions": kept})


@pytest.mark.parametrize("path", _FILES, ids=lambda p: p.stem)
def test_judging_once_gives_the_assessment_judging_each_view_gives(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    framework = _in_force_only(path)
    assert engine._no_draft(framework)
    once = assess(framework).model_dump_json()
    monkeypatch.setattr(engine, "_no_draft", lambda framework: False)
    twice = assess(framework).model_dump_json()
    assert once == twice


def test_a_repealing_clause_alone_is_a_draft() -> None:
    """A bill may only repeal: its repealing clauses take provisions out of the law with the draft, so that
    view is not the law in force (a legal case of tests/legal/engine/test_amendments.py caught the first
    version of the shortcut, which looked at provisions only)."""
    framework = _in_force_only(EXAMPLES / "xa-common-law.yaml")
    target = framework.provisions[0].id
    clause = {"source": {"act": "Bill", "section": "cl 9"}, "status": "bill", "repeals": [target]}
    repealing = NationalFramework.model_validate({**framework.model_dump(mode="json"), "repeal_clauses": [clause]})
    assert not engine._no_draft(repealing)


def test_a_framework_with_a_draft_is_judged_in_each_view() -> None:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assert not engine._no_draft(framework)
    assessment = assess(framework)
    assert any(c.outcome != c.in_force.outcome for c in assessment.criteria)  # the draft changes something
