"""The coded checks: each one fires on the input it describes, stays quiet on the shipped catalog, and is documented."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.catalog import load_catalog, read_catalog
from draftkit.diagnostics import InputError
from draftkit.load.framework import framework_from_document, parse_framework
from draftkit.paths import catalog_dir
from draftkit.source.files import parse_text
from draftkit.validate.checks import CHECKS, Subject, reference_page, run_checks
from draftkit.validate.framework_checks import FrameworkInput
from tests.conftest import ROOT
from tests.test_translations import english_files
from tests.test_translations import problems_of as translation_problems

SHIPPED = sorted(catalog_dir().glob("*.yaml"))


def _provision(**changes: object) -> dict[str, Any]:
    """A sound definition provision taken from the shipped catalog, with ``changes``."""
    data = yaml.safe_load((catalog_dir() / "definitions.yaml").read_text(encoding="utf-8"))
    provision = dict(data["provisions"][0])
    provision.update(changes)
    return provision


def _problems(tmp_path: Path, provision: dict[str, object], *, alone: bool = False) -> list[str]:
    data = yaml.safe_load((catalog_dir() / "definitions.yaml").read_text(encoding="utf-8"))
    data["provisions"] = [provision | {"id": "definition.test_only"}]
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        read_catalog([path], also_known=() if alone else load_catalog())
    except InputError as error:
        return [problem.message for problem in error.problems]
    return []


def test_the_shipped_catalog_passes_every_check() -> None:
    assert len(read_catalog(SHIPPED)) == len(load_catalog())


def test_a_sound_provision_passes(tmp_path: Path) -> None:
    assert _problems(tmp_path, _provision()) == []


def test_dk201_an_unknown_guidance_point(tmp_path: Path) -> None:
    citation = {"kind": "publication", "source": "gp.no_such_point", "pinpoint": "chapter II", "verified": False}
    messages = _problems(tmp_path, _provision(citations=[*_provision()["citations"], citation]))
    assert [m for m in messages if m.startswith("DK201 ")] == [m for m in messages if "gp.no_such_point" in m]
    assert messages


def test_dk202_parameter_used_but_not_declared_and_declared_but_unused(tmp_path: Path) -> None:
    text = [{"text": "In this Act, {term_word} means anything {nowhere}."}]
    messages = _problems(
        tmp_path,
        _provision(text=text, parameters={"unused": {"type": "authority", "description": "d", "default": "x"}}),
    )
    dk202 = [m for m in messages if m.startswith("DK202 ")]
    assert any("{nowhere}" in m for m in dk202), messages
    assert any("'unused' is declared" in m for m in dk202), messages


def test_dk203_a_term_nobody_defines(tmp_path: Path) -> None:
    messages = _problems(tmp_path, _provision(uses_terms=["flibbertigibbet"]))
    assert messages == ["DK203 'flibbertigibbet' is not defined by any definition provision of the catalog"]


def test_dk203_and_dk204_may_lean_on_the_shipped_catalog_only_when_told(tmp_path: Path) -> None:
    shipped = load_catalog()
    own = _provision()["elements"]["term"]
    term = next(t for t in shipped.defined_terms() if t != own)
    other = next(p.id for p in shipped if p.id != "definition.test_only")
    provision = _provision(uses_terms=[term], related=[other])
    assert _problems(tmp_path, provision) == []
    alone = _problems(tmp_path, provision, alone=True)
    assert sorted(m.split(" ", 1)[0] for m in alone) == ["DK203", "DK204"]


def test_dk204_a_link_to_itself(tmp_path: Path) -> None:
    messages = _problems(tmp_path, _provision(related=["definition.test_only"]))
    assert messages == ["DK204 a provision is not related to itself"]


def test_problems_are_located_in_the_file(tmp_path: Path) -> None:
    data = yaml.safe_load((catalog_dir() / "definitions.yaml").read_text(encoding="utf-8"))
    data["provisions"] = [_provision(id="definition.test_only", uses_terms=["flibbertigibbet"])]
    path = tmp_path / "catalog.yaml"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_catalog([path], also_known=load_catalog())
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    assert text.splitlines()[problem.line - 1].strip() == "- flibbertigibbet"


# ----------------------------------------------------------------------------- translations (DK4xx)
# The English catalog written out as a translation into a made-up language "xx" passes every check
# (tests/test_translations.py); each test below breaks one thing and expects exactly its code.


def _translation_codes(tmp_path: Path, change: Callable[[dict[str, dict[str, Any]]], None]) -> list[str]:
    files = english_files()
    change(files)
    return sorted(
        {re.sub(r"^.*?: ([A-Z]{2}\d{3}) .*$", r"\1", line) for line in translation_problems(tmp_path / "xx", files)}
    )


def test_dk401_a_provision_left_out(tmp_path: Path) -> None:
    assert _translation_codes(tmp_path, lambda f: f["evidence.yaml"]["provisions"].pop()) == ["DK401"]


def test_dk402_a_paragraph_fewer(tmp_path: Path) -> None:
    def change(files: dict[str, dict[str, Any]]) -> None:
        files["offences.yaml"]["provisions"][0]["text"][0]["paragraphs"].pop()

    assert _translation_codes(tmp_path, change) == ["DK402"]


def test_dk403_a_placeholder_written_out(tmp_path: Path) -> None:
    def change(files: dict[str, dict[str, Any]]) -> None:
        last = files["offences.yaml"]["provisions"][0]["text"][-1]
        last["text"] = last["text"].replace("{incitement_max_years}", "10")

    assert _translation_codes(tmp_path, change) == ["DK403"]


def test_dk404_a_commentary_key_left_out(tmp_path: Path) -> None:
    assert _translation_codes(
        tmp_path, lambda f: f["offences.yaml"]["provisions"][0]["commentary"].pop("human_rights")
    ) == ["DK404"]


def test_dk405_a_term_the_definition_never_quotes(tmp_path: Path) -> None:
    def change(files: dict[str, dict[str, Any]]) -> None:
        files["definitions.yaml"]["provisions"][0]["term"] = "ordinateur"

    assert _translation_codes(tmp_path, change) == ["DK405"]


def test_codes_are_unique_well_formed_and_numbered_by_subject() -> None:
    first_digit = {Subject.FRAMEWORK: "1", Subject.CATALOG: "2", Subject.PACK: "3", Subject.TRANSLATION: "4"}
    assert len({c.code for c in CHECKS}) == len(CHECKS)
    for check in CHECKS:
        assert re.fullmatch(r"DK\d{3}", check.code), check.code
        assert check.code[2] == first_digit[check.subject], check.code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.name), check.name
        assert check.summary
        assert check.rationale
        assert check.example


def test_every_check_has_a_test_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    assert [c.code for c in CHECKS if f"test_{c.code.lower()}_" not in source] == []


def test_the_reference_page_is_current() -> None:
    committed = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert committed == reference_page(), "run `python -m draftkit.validate.checks > docs/checks.md`"


# ----------------------------------------------------------------------------- frameworks (DK1xx)
# examples/xa-common-law.yaml passes every framework check; each test below breaks one thing and
# expects exactly its code (errors stop the loader; warnings are what `draftkit validate` prints).


def _framework_messages(change: Callable[[dict[str, Any]], None], *, warnings: bool = False) -> list[str]:
    data = yaml.safe_load((ROOT / "examples" / "xa-common-law.yaml").read_text(encoding="utf-8"))
    change(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if warnings:
        document = parse_text(text, "xa.yaml")
        given = FrameworkInput(framework_from_document(document), document)
        return [problem.message for problem in run_checks(Subject.FRAMEWORK, given, warnings=True)]
    try:
        parse_framework(text, "xa.yaml")
    except InputError as error:
        return [problem.message for problem in error.problems]
    return []


def _codes(messages: list[str]) -> list[str]:
    return sorted({message.split(" ", 1)[0] for message in messages})


def _by_id(data: dict[str, Any], provision_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in data["provisions"] if p["id"] == provision_id)
    return found


def _evidence(admissibility: list[dict[str, str]]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["provisions"].append(
            {
                "id": "xa.ev.s1",
                "kind": "evidence",
                "title": "Intercepted material",
                "source": {"act": "Evidence Act", "section": "1"},
                "status": "in_force",
                "text": [{"text": "Intercepted material may not be adduced in criminal proceedings."}],
                "elements": {"topics": ["intercept_as_evidence"], "admissibility": admissibility},
            }
        )

    return change


def test_the_example_framework_passes_every_framework_check() -> None:
    assert _framework_messages(lambda data: None) == []
    assert _codes(_framework_messages(lambda data: None, warnings=True)) == []


def test_dk101_a_provision_id_given_twice() -> None:
    messages = _framework_messages(lambda data: data["provisions"].append(dict(data["provisions"][1])))
    assert messages == ["DK101 duplicate provision id 'xa.pc.s41' (also provisions[1])"]


def test_dk102_a_citation_of_an_unknown_instrument() -> None:
    def change(data: dict[str, Any]) -> None:
        data["provisions"][1]["citations"] = [{"kind": "instrument", "source": "budapest", "verified": False}]

    assert _codes(_framework_messages(change)) == ["DK102"]


def test_dk103_a_provision_related_to_itself() -> None:
    messages = _framework_messages(lambda data: data["provisions"][1].update(related=["xa.pc.s41"]))
    assert messages == ["DK103 a provision cannot refer to itself"]


def test_dk104_an_admissibility_topic_given_twice() -> None:
    twice = [
        {"topic": "intercept_as_evidence", "status": "excluded"},
        {"topic": "intercept_as_evidence", "status": "admitted"},
    ]
    messages = _framework_messages(_evidence(twice))
    assert messages == ["DK104 topic 'intercept_as_evidence' is given twice (also admissibility[0])"]


def test_dk105_an_admissibility_topic_the_provision_does_not_deal_with() -> None:
    messages = _framework_messages(_evidence([{"topic": "foreign_evidence", "status": "admitted"}]))
    assert messages == [
        "DK105 topic 'foreign_evidence' is not among the provision's topics; add it to topics (intercept_as_evidence)"
    ]


def test_dk106_a_definition_that_relies_on_its_own_term() -> None:
    messages = _framework_messages(lambda data: data["provisions"][0].update(uses_terms=["terrorist act"]))
    assert _codes(messages) == ["DK106"]
    assert "circular definition: 'terrorist act' (provisions[0]) -> 'terrorist act'" in messages[0]


def test_dk107_a_provision_in_force_that_repeals_another() -> None:
    messages = _framework_messages(lambda data: data["provisions"][1].update(repeals=["xa.pc.s120"]))
    assert _codes(messages) == ["DK107"]


def test_dk108_a_bill_that_replaces_nothing() -> None:
    messages = _framework_messages(lambda data: _by_id(data, "xa.bill.c5").update(replaces=["xa.pc.s411"]))
    assert messages == [
        "DK108 replaces 'xa.pc.s411', which is not a provision of this framework; did you mean 'xa.pc.s41'?"
    ]


def test_dk109_two_drafts_that_take_out_one_section() -> None:
    def change(data: dict[str, Any]) -> None:
        _by_id(data, "xa.bill.c5").update(repeals=["xa.pc.s41"])
        _by_id(data, "xa.bill.c12").update(repeals=["xa.pc.s41"])

    messages = _framework_messages(change)
    assert messages == ["DK109 'xa.pc.s41' is already taken out of the law by xa.bill.c5"]


def test_dk110_an_unknown_instrument() -> None:
    messages = _framework_messages(lambda data: data["instruments"].append({"id": "budapest", "status": "ratified"}))
    assert _codes(messages) == ["DK110"]
    assert messages[0].startswith("DK110 unknown instrument 'budapest'")


def test_dk111_an_instrument_listed_twice() -> None:
    messages = _framework_messages(lambda data: data["instruments"].append(dict(data["instruments"][0])))
    assert messages == ["DK111 instrument 'icsft-1999' is listed twice (also instruments[0])"]


def test_dk112_a_treaty_bound_by_eu_membership() -> None:
    messages = _framework_messages(lambda data: data["instruments"][2].update(status="bound_as_eu_member"))
    assert _codes(messages) == ["DK112"]


def test_dk113_an_area_overridden_twice() -> None:
    def change(data: dict[str, Any]) -> None:
        data["overrides"] = [
            {"area": "evidence", "rating": "NC", "reason": "No rules."},
            {"area": "evidence", "rating": "PC", "reason": "Some rules."},
        ]

    assert _framework_messages(change) == ["DK113 area 'evidence' is overridden twice"]


def test_dk120_a_reference_that_leads_nowhere_is_a_warning() -> None:
    def change(data: dict[str, Any]) -> None:
        data["provisions"][1]["related"] = ["xa.pc.s99"]

    assert _framework_messages(change) == []
    (warning,) = _framework_messages(change, warnings=True)
    assert warning.startswith("DK120 refers to 'xa.pc.s99', which is not a provision of this framework")


def test_dk121_a_definition_without_its_concept_is_a_warning() -> None:
    def change(data: dict[str, Any]) -> None:
        del data["provisions"][0]["elements"]["concept"]

    assert _framework_messages(change) == []
    assert _codes(_framework_messages(change, warnings=True)) == ["DK121"]


# ----------------------------------------------------------------------------- rule packs (DK3xx)
# tests/fixtures/assess/good-extra.yaml (an adviser's pack) passes every pack check; each test below
# breaks one thing and expects exactly its code (errors stop the pack loader, whether the pack comes
# by --pack, `draftkit validate` or is shipped; warnings are what `draftkit validate` prints).

GOOD_PACK = ROOT / "tests" / "fixtures" / "assess" / "good-extra.yaml"


def _pack_messages(change: Callable[[dict[str, Any]], None], *, warnings: bool = False) -> list[str]:
    from draftkit.assess.pack import pack_from_document
    from draftkit.validate.pack_checks import PackInput

    data = yaml.safe_load(GOOD_PACK.read_text(encoding="utf-8"))
    change(data)
    document = parse_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "pack.yaml")
    try:
        pack = pack_from_document(document, known_remedies=frozenset({"offence.incitement"}))
    except InputError as error:
        return [problem.message for problem in error.problems]
    if warnings:
        return [problem.message for problem in run_checks(Subject.PACK, PackInput(pack.file, document), warnings=True)]
    return []


def _criterion(**changes: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["criteria"][0].update(changes)

    return change


def _excluded(*points: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["excluded"] = [{"guidance": point, "reason": "Left to another pack."} for point in points]

    return change


def test_the_advisers_pack_passes_every_pack_check() -> None:
    assert _pack_messages(lambda data: None) == []
    assert _pack_messages(lambda data: None, warnings=True) == []


def test_the_shipped_packs_pass_every_pack_check_without_warnings() -> None:
    from draftkit.assess.pack import core_pack_path
    from draftkit.cli.validate import validate_files
    from draftkit.paths import data_file

    packs = sorted(p for p in data_file("packs").glob("*.yaml") if p.name != "index.yaml")
    assert core_pack_path() in packs
    problems, summaries, warnings = validate_files(packs)
    assert (problems, warnings) == ([], [])
    assert len(summaries) == len(packs)


def test_dk301_a_criterion_id_given_twice() -> None:
    messages = _pack_messages(lambda data: data["criteria"].append(dict(data["criteria"][0])))
    assert messages == ["DK301 duplicate criterion id 'extra.fine_available' (also criteria[0])"]


def test_dk302_an_unknown_guidance_point() -> None:
    messages = _pack_messages(_criterion(guidance=["CRIM-INCITMENT"]))
    assert messages == ["DK302 unknown guidance point 'CRIM-INCITMENT'; did you mean 'CRIM-INCITEMENT'?"]


def test_dk303_a_strength_source_that_resolves_to_nothing() -> None:
    source = {"kind": "instrument", "source": "ets-186", "pinpoint": "art 5", "verified": False}
    assert _codes(_pack_messages(_criterion(strength_source=source))) == ["DK303"]
    seen = {"kind": "publication", "source": "CRIM-INCITEMENT", "pinpoint": "para 112", "verified": True}
    assert _codes(_pack_messages(_criterion(citations=[seen]))) == ["DK303"]


def test_dk304_parties_to_an_unknown_instrument() -> None:
    assert _codes(_pack_messages(_criterion(mandatory_for_parties_to=["ets-186"]))) == ["DK304"]


def test_dk305_a_remedy_that_is_no_model_provision() -> None:
    messages = _pack_messages(_criterion(remedies=["offence.incitment"]))
    assert _codes(messages) == ["DK305"]
    assert "did you mean 'offence.incitement'?" in messages[0]


def test_dk306_an_unknown_point_excluded() -> None:
    assert _codes(_pack_messages(_excluded("CRIM-NO-SUCH-POINT"))) == ["DK306"]


def test_dk307_a_point_both_checked_and_excluded() -> None:
    assert _pack_messages(_excluded("CRIM-INCITEMENT")) == [
        "DK307 'CRIM-INCITEMENT' is both checked by a criterion and excluded; pick one"
    ]


def test_dk308_a_point_excluded_twice() -> None:
    from draftkit.reference import guidance_points

    other = next(point for point in guidance_points() if point != "CRIM-INCITEMENT")
    assert _pack_messages(_excluded(other, other)) == [f"DK308 '{other}' is excluded twice (also excluded[0])"]


def test_dk310_a_test_naming_an_operator_or_element_that_does_not_exist() -> None:
    wrong_operator = {"provision": {"kind": "offence", "elements": {"conduct": {"include": "incitement"}}}}
    assert _codes(_pack_messages(_criterion(met=wrong_operator))) == ["DK310"]
    wrong_element = {"provision": {"kind": "offence", "elements": {"mens_rea": {"present": True}}}}
    assert _codes(_pack_messages(_criterion(applies_when=wrong_element, explanation=_explained()))) == ["DK310"]
    assert _codes(_pack_messages(_criterion(adopted_when={"party_to_any": ["ets-186"]}))) == ["DK310"]


def _explained() -> dict[str, str]:
    return {"met": "Met.", "not_met": "Not met.", "not_applicable": "Does not apply."}


def test_dk320_a_criterion_that_does_not_say_why_it_binds_is_a_warning() -> None:
    mandatory = _pack_messages(_criterion(strength="mandatory"), warnings=True)
    assert _codes(mandatory) == ["DK320"]
    assert "is mandatory for every State" in mandatory[0]
    treaty = {"kind": "instrument", "source": "cets-196", "pinpoint": "art 5", "verified": False}
    assert _codes(_pack_messages(_criterion(strength_source=treaty), warnings=True)) == ["DK320"]
    keyed = _criterion(strength_source=treaty, mandatory_for_parties_to=["cets-196"])
    assert _pack_messages(keyed, warnings=True) == []
    explained = _criterion(strength="mandatory", strength_source={**treaty, "note": "Binding on its parties."})
    assert _pack_messages(explained, warnings=True) == []


def test_draftkit_validate_prints_a_packs_warnings_and_check_refuses_a_broken_pack(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = yaml.safe_load(GOOD_PACK.read_text(encoding="utf-8"))
    data["criteria"][0]["strength"] = "mandatory"
    pack = tmp_path / "pack.yaml"
    pack.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "draftkit", "validate", str(pack)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert f"{pack}:" in done.stderr
    assert "warning: DK320 criterion 'extra.fine_available'" in done.stderr
    data["criteria"][0]["remedies"] = ["offence.incitment"]
    pack.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    example = ROOT / "examples" / "xa-common-law.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "draftkit", "check", str(example), "--pack", str(pack)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "criteria[0].remedies[0]: DK305 unknown model provision 'offence.incitment'" in done.stderr
