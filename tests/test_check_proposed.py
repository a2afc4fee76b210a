"""``draftkit check --proposed``: the third view, "with the proposed bill", in every output of check.

The third view is the law as the bill draftkit composes would leave it, assessed by the same engine
(:mod:`draftkit.compose.proposal`); ``draft`` always writes it into assessment.json, the report and
report.md, and ``check --proposed`` prints it: a column of the table and of the Markdown, and
``proposed`` per criterion and ``rating_proposed`` per area in the JSON (single and batch).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from draftkit.assess import assess
from draftkit.compose.proposal import with_proposed_view
from draftkit.load import load_framework
from draftkit.models import Rating

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def _expected(name: str) -> list[Rating | None]:
    framework = load_framework(EXAMPLES / name)
    _, assessment = with_proposed_view(framework, assess(framework))
    return [area.rating_proposed for area in assessment.areas]


def test_json_carries_the_third_view_for_every_area_and_criterion() -> None:
    result = run("check", str(EXAMPLES / "xa-common-law.yaml"), "--format", "json", "--proposed")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    ratings = [area["rating_proposed"] for area in data["areas"]]
    assert ratings == [r.value if r else None for r in _expected("xa-common-law.yaml")]
    assert all(rating in {"C", "LC"} for rating in ratings)
    assert all(criterion["proposed"] is not None for criterion in data["criteria"])
    # without the flag, check stays as fast as before and says nothing of a bill it did not compose
    plain = json.loads(run("check", str(EXAMPLES / "xa-common-law.yaml"), "--format", "json").stdout)
    assert {area["rating_proposed"] for area in plain["areas"]} == {None}


def test_table_and_markdown_have_the_third_column_in_the_frameworks_language() -> None:
    table = run("check", str(EXAMPLES / "xa-common-law.yaml"), "--proposed")
    assert table.returncode == 0, table.stderr
    assert "With the proposed" in table.stdout
    markdown = run("check", str(EXAMPLES / "xd-derecho-civil.yaml"), "--proposed", "-f", "markdown")
    assert markdown.returncode == 0, markdown.stderr
    header = next(line for line in markdown.stdout.splitlines() if line.startswith("| ") and "|---" not in line)
    assert header.count("|") == 6, header  # area, in force, with the draft, with the proposed bill, met
    expected = _expected("xd-derecho-civil.yaml")
    rows = [line for line in markdown.stdout.splitlines() if line.startswith("| ")][1 : 1 + len(expected)]
    for row, rating in zip(rows, expected, strict=True):
        assert rating is not None
        assert f"({rating.value})" in row.split("|")[4], row
    assert "With the proposed" not in run("check", str(EXAMPLES / "xa-common-law.yaml")).stdout


def test_batch_json_carries_the_third_view_for_each_framework() -> None:
    result = run("check", str(EXAMPLES), "--format", "json", "--proposed", "-j", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == len(list(EXAMPLES.glob("*.yaml")))
    for item in data:
        assert all(area["rating_proposed"] is not None for area in item["areas"]), item["framework"]["source"]
