"""File-format version 2: version 1 files still read, ``draftkit migrate`` rewrites them losslessly.

Every shipped example and catalog file is a version 2 file; turning it back into version 1 text
(the inverse edits) and migrating must give the shipped file byte for byte. A hypothesis round trip
writes generated version 1 frameworks as YAML and JSON, migrates them and reads both forms.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftkit.load.framework import parse_framework
from draftkit.load.migrate import migrate_text
from draftkit.models import Authorisation, MentalElement, NationalFramework
from tests.conftest import ROOT
from tests.strategies import frameworks

SHIPPED = sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "model_provisions").glob("*.yaml")])
_FAULT = re.compile(r"\bmental_elements: \[([a-z]+)\]")


def as_version_1(text: str) -> str:
    """The version 1 text a version 2 file with single fault elements was migrated from."""
    text = re.sub(r"^draftkit: 2$", "draftkit: 1", text, count=1, flags=re.MULTILINE)
    return _FAULT.sub(r"mental_element: \1", text)


def run_cli(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    from draftkit.cli import main

    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["draftkit", *args])
    code = 0
    try:
        main()
    except SystemExit as exited:
        code = exited.code if isinstance(exited.code, int) else 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_file_is_version_2_and_migrates_back_from_version_1(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^draftkit: 2$", text, flags=re.MULTILINE), f"{path.name} is not at version 2"
    assert "mental_element:" not in text
    old = as_version_1(text)
    migration = migrate_text(old, str(path))
    assert migration.changed
    assert migration.text == text  # comments, order, layout: every character but the edits
    assert migration.rewritten == len(_FAULT.findall(text))
    again = migrate_text(migration.text, str(path))
    assert not again.changed
    assert again.note == "already version 2"


@pytest.mark.parametrize("path", [p for p in SHIPPED if p.parent.name == "examples"], ids=lambda p: p.name)
def test_a_version_1_example_reads_as_its_version_2_form(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse_framework(as_version_1(text), path.name) == parse_framework(text, path.name)


def _version_1_data(framework: NationalFramework) -> dict[str, Any]:
    """``framework`` as version 1 would have written it (fault elements of one; nothing v2-only)."""
    data = framework.model_dump(mode="json", exclude_defaults=True)
    data["draftkit"] = 1
    for provision in data.get("provisions", []):
        if provision["kind"] == "offence":
            faults = provision["elements"].pop("mental_elements", [])
            if faults:
                provision["elements"]["mental_element"] = faults[0]
    return data


def _version_1_frameworks() -> st.SearchStrategy[NationalFramework]:
    """Generated frameworks that version 1 could express: at most one fault element, no v2-only field."""

    def only_v1(framework: NationalFramework) -> NationalFramework:
        provisions = []
        for provision in framework.provisions:
            update: dict[str, Any] = {
                "optional": False,
                "replaces": [],
                "repeals": [],
                "amends": [],
                "external_references": [],
            }
            elements = provision.elements
            changes: dict[str, Any] = {}
            for name in ("limbs", "other_routes", "admissibility"):
                if name in type(elements).model_fields:
                    changes[name] = []
            if "prosecution_consent" in type(elements).model_fields:
                changes["prosecution_consent"] = None
            if "mental_elements" in type(elements).model_fields:
                changes["mental_elements"] = elements.mental_elements[:1]
            if "authorisation" in type(elements).model_fields and elements.authorisation.value == "internal":
                changes["authorisation"] = Authorisation.NONE
            if (
                "access_authorisation" in type(elements).model_fields
                and elements.access_authorisation is not None
                and elements.access_authorisation.value == "internal"
            ):
                changes["access_authorisation"] = None
            update["elements"] = elements.model_copy(update=changes)
            provisions.append(provision.model_copy(update=update))
        instruments = [i for i in framework.instruments if i.status.value != "bound_as_eu_member"]
        return framework.model_copy(update={"provisions": provisions, "repeal_clauses": [], "instruments": instruments})

    return frameworks().map(only_v1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(framework=_version_1_frameworks(), as_json=st.booleans())
def test_version_1_round_trip(framework: NationalFramework, as_json: bool) -> None:
    """v1 text -> migrate -> read equals v1 text read (in-memory upgrade) equals the v1 meaning."""
    data = _version_1_data(framework)
    name = "generated.json" if as_json else "generated.yaml"
    from draftkit.load.dump import _Dumper

    text = (
        json.dumps(data, indent=2, ensure_ascii=False)
        if as_json
        else yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)
    )
    expected = NationalFramework.model_validate(framework.model_dump())
    read_as_v1 = parse_framework(text, name)
    migration = migrate_text(text, name)
    read_migrated = parse_framework(migration.text, name)
    assert read_as_v1 == expected
    assert read_migrated == expected
    faults = sum(1 for p in data.get("provisions", []) if "mental_element" in p.get("elements", {}))
    assert migration.rewritten == faults
    if not as_json:  # every other line is kept as written
        assert len(migration.text.splitlines()) == len(text.splitlines())


def test_absent_fault_stays_absent_and_none_stays_strict_liability() -> None:
    v1 = (ROOT / "tests" / "legal" / "fault-set.yaml").read_text(encoding="utf-8")
    framework = parse_framework(v1, "fault-set.yaml")
    by_id = {p.id: p for p in framework.provisions}
    assert by_id["xl.ta.s2"].elements.mental_elements == [MentalElement.INTENT, MentalElement.RECKLESSNESS]
    old = "draftkit: 1\ncountry: XL\nname: L\nlegal_tradition: common_law\nas_of: 2020-01-01\nprovisions:\n"
    offence = (
        "  - id: x.{n}\n    kind: offence\n    title: T\n    source: {{act: A, section: '{n}'}}\n"
        "    status: in_force\n    text: [{{text: Whoever.}}]\n    elements: {{conduct: [incitement]{extra}}}\n"
    )
    text = old + offence.format(n=1, extra="") + offence.format(n=2, extra=", mental_element: none")
    migrated = migrate_text(text, "f.yaml")
    assert "mental_element: none" not in migrated.text
    assert "mental_elements: [none]" in migrated.text
    read = parse_framework(migrated.text, "f.yaml")
    assert read.provisions[0].elements.mental_elements == []
    assert read.provisions[1].elements.mental_elements == [MentalElement.NONE]


def test_migrate_keeps_comments_quoting_and_flow_style() -> None:
    text = (
        "# Republic of X -- encoded by hand\n"
        "draftkit: 1   # the format\n"
        "country: XL\nname: L\nlegal_tradition: common_law\nas_of: 2020-01-01\n"
        "provisions:\n"
        "  - id: x.1\n    kind: offence\n    title: T\n    source: {act: A, section: '1'}\n"
        "    status: in_force\n    text: [{text: Whoever.}]\n"
        "    elements:\n"
        "      conduct: [incitement]\n"
        '      mental_element: "intent"   # s. 1(2)\n'
        "  - id: x.2\n    kind: offence\n    title: T\n    source: {act: A, section: '2'}\n"
        "    status: in_force\n    text: [{text: Whoever.}]\n"
        "    elements: {conduct: [dissemination], mental_element: knowledge, covers_online: true}\n"
    )
    out = migrate_text(text, "x.yaml").text
    assert out.splitlines()[0] == "# Republic of X -- encoded by hand"
    assert "draftkit: 2   # the format" in out
    assert '      mental_elements: ["intent"]   # s. 1(2)' in out
    assert "elements: {conduct: [dissemination], mental_elements: [knowledge], covers_online: true}" in out


def test_migrate_json_and_a_file_that_declares_no_version() -> None:
    data = {
        "country": "XL",
        "name": "L",
        "legal_tradition": "common_law",
        "as_of": "2020-01-01",
        "provisions": [
            {
                "id": "x.1",
                "kind": "offence",
                "title": "T",
                "source": {"act": "A", "section": "1"},
                "status": "in_force",
                "text": [{"text": "Whoever."}],
                "elements": {"conduct": ["incitement"], "mental_element": "intent"},
            }
        ],
    }
    text = json.dumps(data, indent=2)
    out = migrate_text(text, "x.json").text
    migrated = json.loads(out)
    assert migrated["draftkit"] == 2
    assert migrated["provisions"][0]["elements"]["mental_elements"] == ["intent"]
    assert (
        out.replace('"draftkit": 2, ', "").replace('"mental_elements": ["intent"]', '"mental_element": "intent"')
        == text
    )


def test_bad_version_1_input_is_located_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    bad = tmp_path / "bad.yaml"
    good.write_text(as_version_1((ROOT / "examples" / "xc-penal-code-only.yaml").read_text(encoding="utf-8")))
    text = good.read_text()
    broken = re.sub(r"mental_element: intent\b", "mental_element: intentional", text, count=1)
    broken = re.sub(r"mental_element: intent\b", "mental_element: [intent, recklessness, x]", broken, count=1)
    bad.write_text(broken)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, _, err = run_cli(["migrate", str(good), str(bad)], monkeypatch, capsys)
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    line_of = [n for n, line in enumerate(broken.splitlines(), 1) if "mental_element:" in line]
    col = broken.splitlines()[line_of[0] - 1].index("intentional") + 1
    assert lines[0] == (
        f"{bad}:{line_of[0]}:{col}: provisions[0].elements.mental_elements[0]: expected one of: intent, "
        "knowledge, recklessness, negligence or none; got 'intentional'"
    )
    assert lines[1].startswith(f"{bad}:{line_of[1]}:")
    assert "mental_elements[2]" in lines[1]
    assert "got 'x'" in lines[1]
    assert lines[-1] == "draftkit: 2 problems found."
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # not even good.yaml was written


def test_migrate_in_place_with_a_backup_then_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = (ROOT / "examples" / "xb-civil-law.yaml").read_bytes()
    old = as_version_1(shipped.decode()).replace("\n", "\r\n").encode()
    path = tmp_path / "xb.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + old)  # a BOM and CRLF line ends, as a Windows editor saves
    code, out, err = run_cli(["migrate", str(path)], monkeypatch, capsys)
    assert code == 0, err
    assert f"{path}: migrated to version 2" in out
    assert f"{path}.bak" in out
    assert (tmp_path / "xb.yaml.bak").read_bytes() == b"\xef\xbb\xbf" + old
    assert path.read_bytes() == b"\xef\xbb\xbf" + shipped.replace(b"\n", b"\r\n")
    code, out, err = run_cli(["migrate", str(path)], monkeypatch, capsys)
    assert code == 0
    assert "unchanged (already version 2)" in out
    # a second version 1 file whose backup name is taken: refused, nothing written
    (tmp_path / "xb.yaml.bak").rename(tmp_path / "other.yaml")
    (tmp_path / "other.yaml.bak").write_bytes(b"keep me")
    code, out, err = run_cli(["migrate", str(tmp_path / "other.yaml")], monkeypatch, capsys)
    assert code == 2
    assert "already exists" in err
    assert (tmp_path / "other.yaml.bak").read_bytes() == b"keep me"
    assert (tmp_path / "other.yaml").read_bytes() == b"\xef\xbb\xbf" + old


def test_migrate_to_stdout_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = (ROOT / "model_provisions" / "offences.yaml").read_text(encoding="utf-8")
    path = tmp_path / "offences.yaml"
    path.write_text(as_version_1(shipped), encoding="utf-8")
    code, out, err = run_cli(["migrate", "--stdout", str(path)], monkeypatch, capsys)
    assert code == 0, err
    assert out == shipped
    assert path.read_text(encoding="utf-8") == as_version_1(shipped)
    assert not (tmp_path / "offences.yaml.bak").exists()
    code, out, err = run_cli(["migrate", "--stdout", str(path), str(path)], monkeypatch, capsys)
    assert code == 2
    assert "--stdout takes exactly one FILE" in err


def test_validate_warns_about_dangling_references_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "tests" / "hostile" / "framework" / "43-related-unknown-many.yaml"
    code, _, err = run_cli(["validate", str(path)], monkeypatch, capsys)
    assert code == 0
    hint = (
        "which is not a provision of this framework (a finding of `check`; if it is in a law the framework does "
        "not describe, record it under external_references)"
    )
    assert err.strip().splitlines() == [
        # the closest id is the referring provision's own, never suggested: a self-reference is an error
        f"{path}:15:15: provisions[0].related[0]: warning: DK120 refers to 'xc.pc.a8', {hint}",
        f"{path}:15:25: provisions[0].related[1]: warning: DK120 refers to 'offence.incitment', {hint}; "
        "did you mean 'offence.incitement'?",
        f"{path}:15:44: provisions[0].related[2]: warning: DK120 refers to 'xc.nowhere', {hint}",
    ]
