"""Real States' law, encoded blind, against labels written before the engine ran.

Each State has a framework ``tests/fixtures/real/<state>-<year>.yaml`` encoding its law on terrorist
use of the Internet as in force on a stated date, and ``<state>-labels.yaml`` holding an assessor's
expected outcome for every criterion of the core pack, written from the law before draftkit's engine
was run on the file. The test modules (``test_real_gb.py``, ``test_real_fr.py``) call the checks
below; each sets its own floor of agreement.

The checks assert only what must hold whatever the engine says: the framework validates, the labels
cover each criterion once with reasons, and the agreement between engine and labels is computed and
held at a floor. The table of agreements and disagreements is printed (``pytest -s``) for the
engine's designers; the labels must never be edited to match the engine.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

import draftkit
from draftkit.assess.result import Assessment, Outcome

REAL = Path(__file__).parent / "fixtures" / "real"


@dataclass(frozen=True)
class RealState:
    """One real State's fixture: its framework file and its blind labels."""

    country: str
    framework: Path
    labels: Path


GB = RealState("GB", REAL / "gb-2019.yaml", REAL / "gb-labels.yaml")
FR = RealState("FR", REAL / "fr-2019.yaml", REAL / "fr-labels.yaml")
KE = RealState("KE", REAL / "ke-2021.yaml", REAL / "ke-labels.yaml")


@dataclass(frozen=True)
class Label:
    criterion: str
    expected: Outcome
    reasoning: str


@dataclass(frozen=True)
class Agreement:
    compared: int
    agreed: int
    rows: list[tuple[str, str, str, bool]]
    """(criterion, expected, engine, agree) in the labels' order."""
    unknown: list[str]
    """Labelled criteria the engine's packs no longer have (renamed or removed)."""

    @property
    def share(self) -> float:
        return self.agreed / self.compared


def read_labels(state: RealState) -> list[Label]:
    data = yaml.safe_load(state.labels.read_text(encoding="utf-8"))
    return [Label(item["id"], Outcome(item["expected"]), item["reasoning"]) for item in data["labels"]]


def agreement(assessment: Assessment, labels: list[Label]) -> Agreement:
    """Compare the engine's in-force outcome with each label (the fixtures have no bills)."""
    engine = {result.id: result.in_force.outcome for result in assessment.criteria}
    rows: list[tuple[str, str, str, bool]] = []
    unknown: list[str] = []
    for label in labels:
        found = engine.get(label.criterion)
        if found is None:
            unknown.append(label.criterion)
            continue
        rows.append((label.criterion, label.expected.value, found.value, found is label.expected))
    return Agreement(len(rows), sum(1 for row in rows if row[3]), rows, unknown)


def table(result: Agreement) -> str:
    width = max(len(row[0]) for row in result.rows)
    lines = [f"{'criterion':<{width}}  {'label':<14}  {'engine':<14}  agree"]
    for criterion, expected, found, agree in result.rows:
        lines.append(f"{criterion:<{width}}  {expected:<14}  {found:<14}  {'yes' if agree else 'NO'}")
    lines.append(f"agreement: {result.agreed}/{result.compared} = {result.share:.0%}")
    if result.unknown:
        lines.append("labelled but not in the pack: " + ", ".join(result.unknown))
    return "\n".join(lines)


def check_validates(state: RealState) -> None:
    """The framework passes `draftkit validate` and stays within about 50 provisions."""
    completed = subprocess.run(
        [sys.executable, "-m", "draftkit", "validate", str(state.framework)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    framework = draftkit.load_framework(state.framework)
    assert framework.country == state.country
    assert 35 <= len(framework.provisions) <= 50


def check_labels(state: RealState) -> None:
    """Each criterion is labelled at most once, and every label gives its reasons."""
    labels = read_labels(state)
    ids = [label.criterion for label in labels]
    assert len(ids) == len(set(ids))
    assert all(label.reasoning.strip() for label in labels)


def measure(state: RealState) -> Agreement:
    """The agreement between the engine and the blind labels; the table is printed for designers."""
    framework = draftkit.load_framework(state.framework)
    result = agreement(draftkit.assess_framework(framework), read_labels(state))
    print()
    print(f"{state.country}: {state.framework.name}")
    print(table(result))
    assert result.compared > 0
    assert 0.0 <= result.share <= 1.0
    return result
