"""``draftkit check``: output formats, exit codes 0/1/2, extra packs, and a lean import path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.assess import Outcome, assess
from draftkit.assess.pack import default_packs
from draftkit.load import load_framework
from draftkit.models import Area

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xa-common-law.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "assess"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


@pytest.fixture(scope="module")
def example_json() -> dict[str, Any]:
    result = run("check", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_json_has_every_area_and_every_criterion_with_evidence(example_json: dict[str, Any]) -> None:
    areas = example_json["areas"]
    criteria = example_json["criteria"]
    assert isinstance(areas, list)
    assert isinstance(criteria, list)
    assert [a["area"] for a in areas] == [a.value for a in Area]
    assert all(a["rating"] in ("C", "LC", "PC", "NC", "NA") and a["rating_in_force"] for a in areas)
    assert {c["id"] for c in criteria} == {c.id for pack in default_packs() for c in pack.criteria}
    for criterion in criteria:
        assert set(criterion) >= {"id", "area", "outcome", "evidence", "remedies", "citations"}
        assert criterion["outcome"] in ("met", "partly_met", "not_met", "not_applicable")
        assert (criterion["evidence"] != []) == (criterion["outcome"] in ("met", "partly_met")) or (
            criterion["outcome"] == "met"  # a vacuous pass (nothing to check) has no evidence
        )
    framework = example_json["framework"]
    assert isinstance(framework, dict)
    assert framework["country"] == "XA"


def test_example_outcomes_and_rights_risks(example_json: dict[str, Any]) -> None:
    by_id = {c["id"]: c for c in example_json["criteria"]}
    assert by_id["crim.recruitment"]["outcome"] == "met"
    assert by_id["crim.recruitment"]["evidence"] == ["xa.bill.c5"]
    assert by_id["crim.recruitment"]["in_force"]["outcome"] == "not_met"
    assert by_id["safeguards.speech_offences"]["human_rights_risk"] is True
    assert "xa.pc.s41" in by_id["safeguards.speech_offences"]["reasoning"]
    assert by_id["safeguards.every_power"]["human_rights_risk"] is True
    assert "xa.tel.s58" in by_id["safeguards.every_power"]["reasoning"]
    assert by_id["coop.dual_criminality"]["outcome"] == "not_met"
    assert example_json["shortfalls"][0] == "safeguards.every_power"


def test_removing_a_provision_changes_the_criteria_it_supported() -> None:
    framework = load_framework(EXAMPLE)
    before = assess(framework)
    supported = {c.id for c in before.criteria if "xa.bill.c5" in c.evidence}
    assert supported >= {"crim.recruitment", "crim.travel_facilitation"}
    reduced = framework.model_copy(update={"provisions": [p for p in framework.provisions if p.id != "xa.bill.c5"]})
    after = assess(reduced)
    for criterion_id in supported:
        old, new = before.criterion(criterion_id), after.criterion(criterion_id)
        assert "xa.bill.c5" not in new.evidence
        assert (old.outcome, old.evidence) != (new.outcome, new.evidence)
    assert after.criterion("crim.recruitment").outcome is Outcome.NOT_MET


def test_table_and_markdown() -> None:
    table = run("check", str(EXAMPLE))
    assert table.returncode == 0, table.stderr
    assert "Ratings by area" in table.stdout
    assert "Partially compliant (PC)" in table.stdout
    assert "safeguards.every_power" in table.stdout  # in the reference column
    markdown = run("check", str(EXAMPLE), "--format", "markdown")
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# Legislative gap assessment: Republic of Aldermere")
    assert "## Requirements not fully met with the State's draft, most urgent first" in markdown.stdout
    assert "| Is public provocation (incitement) to commit a terrorist offence" in markdown.stdout
    assert "`crim.incitement`" in markdown.stdout


def test_exit_codes() -> None:
    assert run("check", str(EXAMPLE), "--fail-under", "NC").returncode == 0
    below = run("check", str(EXAMPLE), "--fail-under", "PC", "--format", "json")
    assert below.returncode == 1
    assert "rated below PC" in below.stderr
    assert json.loads(below.stdout)["areas"]
    missing = run("check", "no-such-file.yaml")
    assert missing.returncode == 2
    assert "no-such-file.yaml:1:1: (document): no such file" in missing.stderr
    broken = run("check", str(EXAMPLE), "--pack", str(FIXTURES / "broken" / "unknown-enum.yaml"))
    assert broken.returncode == 2
    assert "unknown-enum.yaml:13:65: criteria[0].met.provision.elements.conduct.includes" in broken.stderr
    assert run("check", str(EXAMPLE), "--no-core").returncode == 2


def test_extra_pack_without_core_and_override(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["overrides"] = [{"area": "criminalization", "rating": "PC", "reason": "Bill passed third reading."}]
    framework = tmp_path / "xa.yaml"
    framework.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run("check", str(framework), "--no-core", "--pack", str(FIXTURES / "good-extra.yaml"), "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["packs"] == ["adviser-extra"]
    assert [c["id"] for c in out["criteria"]] == ["extra.fine_available"]
    crim = next(a for a in out["areas"] if a["area"] == "criminalization")
    assert (crim["rating"], crim["computed_rating"]) == ("PC", "NC")
    assert crim["override_reason"] == "Bill passed third reading."
    assert {a["rating"] for a in out["areas"] if a["area"] != "criminalization"} == {"NA"}
    both = run("check", str(EXAMPLE), "--pack", str(FIXTURES / "good-extra.yaml"), "--format", "json")
    assert len(json.loads(both.stdout)["criteria"]) == sum(len(p.criteria) for p in default_packs()) + 1


def test_other_rating_rule(tmp_path: Path) -> None:
    rule = yaml.safe_load((ROOT / "src" / "draftkit" / "data" / "rating-rule.yaml").read_text(encoding="utf-8"))
    rule["thresholds"] = [{"rating": "C", "min_score": 0.2}, {"rating": "NC", "min_score": 0}]
    rule["caps"] = []
    path = tmp_path / "lenient.yaml"
    path.write_text(yaml.safe_dump(rule), encoding="utf-8")
    out = json.loads(run("check", str(EXAMPLE), "--rating-rule", str(path), "--format", "json").stdout)
    ratings = {a["area"]: a["rating"] for a in out["areas"]}
    assert ratings["definitions"] == "C"
    assert ratings["safeguards"] == "NC"
    assert "C from 0.2" in out["rating_rule"]
    rule["thresholds"] = [{"rating": "NC", "min_score": 0}, {"rating": "C", "min_score": 0.5}]
    path.write_text(yaml.safe_dump(rule), encoding="utf-8")
    bad = run("check", str(EXAMPLE), "--rating-rule", str(path))
    assert bad.returncode == 2
    assert "thresholds must be listed best rating first" in bad.stderr


def test_check_path_does_not_import_word_or_jsonschema() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "draftkit", "check", str(EXAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
    }
    assert "draftkit.assess.engine" in imported
    heavy = {name for name in imported if name.split(".")[0] in ("docx", "docxtpl", "jsonschema", "lxml")}
    assert heavy == set()


def test_recommendations_name_model_provisions_with_titles_unless_told_otherwise() -> None:
    from draftkit.catalog import load_catalog

    framework = load_framework(EXAMPLE)
    first = next(rec for rec in assess(framework).recommendations if rec.remedies)
    title = load_catalog().get(first.remedies[0]).title
    assert f"{first.remedies[0]} ({title})" in first.text
    bare = next(rec for rec in assess(framework, catalog={}).recommendations if rec.remedies)
    assert bare.criterion == first.criterion
    assert f"Model provisions: {', '.join(bare.remedies)}." in bare.text
    given = next(rec for rec in assess(framework, catalog=load_catalog()).recommendations if rec.remedies)
    assert given.text == first.text
