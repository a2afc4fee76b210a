# ruff: noqa: E501  (expected messages are quoted whole, as the user sees them)
"""Broken rule packs are rejected with every problem located as file:line:col: path: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftkit.assess import load_pack, parse_pack
from draftkit.catalog import catalog_ids
from draftkit.diagnostics import InputError

BROKEN = Path(__file__).resolve().parent / "fixtures" / "assess" / "broken"
D = "tests/fixtures/assess/broken"

EXPECTED = {
    "bad-operator": f"{D}/bad-operator.yaml:13:55: criteria[0].met.provision.elements.conduct.include: DK310 unknown operator 'include'; did you mean 'includes'? expected one of: includes, includes_all, includes_any, present, not",
    "bad-strength": f"{D}/bad-strength.yaml:9:15: criteria[0].strength: expected one of: mandatory, should_consider or optional; got 'recommended'",
    "kind-needed": f"{D}/kind-needed.yaml:13:29: criteria[0].met.provision.elements: DK310 elements can only be matched for a given kind; add kind: definition | offence | investigative_power | safeguard | service_provider | jurisdiction | cooperation | evidence",
    "missing-partly-explanation": f"{D}/missing-partly-explanation.yaml:6:5: criteria[0]: explanation needs partly_met, because the criterion can have that outcome",
    "operator-wrong-type": f"{D}/operator-wrong-type.yaml:13:94: criteria[0].met.provision.elements.covers_online.includes: DK310 operator 'includes' does not apply to covers_online (true or false); use a value or not",
    "two-forms": f"{D}/two-forms.yaml:13:7: criteria[0].met: a test needs exactly one of: provision, every_provision, count, party_to_any, all, any, none, check; found provision, party_to_any",
    "unknown-citation": f"{D}/unknown-citation.yaml:10:50: criteria[0].strength_source.source: DK303 unknown guidance point 'CRIM-INCITE'; did you mean 'CRIM-INCITEMENT'?",
    "unknown-element": f"{D}/unknown-element.yaml:13:101: criteria[0].met.provision.elements.mens_rea: DK310 unknown element 'mens_rea' of an offence provision; expected one of: conduct, covers_online, mental_elements, terrorist_purpose, risk_element, result_required, covers_online_payments, any_purpose, penalty, defences, limbs, prosecution_consent, all, any, none",
    "unknown-enum": f"{D}/unknown-enum.yaml:13:65: criteria[0].met.provision.elements.conduct.includes: DK310 unknown value 'incitment' for conduct; did you mean 'incitement'? expected one of: incitement, encouragement, glorification, recruitment, providing_training, receiving_training, dissemination, collection_possession, financing, preparation, association, conspiracy, solicitation, attempt, material_support, travel, travel_facilitation, cyberattack, illegal_access, illegal_interception, data_interference, system_interference, misuse_of_devices, computer_forgery, computer_fraud, terrorist_act",
    "unknown-guidance": f"{D}/unknown-guidance.yaml:11:16: criteria[0].guidance[0]: DK302 unknown guidance point 'CRIM-INCITMENT'; did you mean 'CRIM-INCITEMENT'?",
    "unknown-instrument": f"{D}/unknown-instrument.yaml:13:22: criteria[0].met.party_to_any[0]: DK310 unknown instrument 'ets-186'; did you mean 'ets-189'? see `draftkit instruments`",
    "unknown-remedy": f"{D}/unknown-remedy.yaml:14:16: criteria[0].remedies[0]: DK305 unknown model provision 'offence.incitment'; remedies must be catalog ids (see `draftkit catalog list`); did you mean 'offence.incitement'?",
    "unknown-test-form": f"{D}/unknown-test-form.yaml:13:7: criteria[0].met.provisions: unknown field; did you mean 'provision'? expected one of: provision, every_provision, count, party_to_any, all, any, none, check",
    "unverifiable-paragraph": f"{D}/unverifiable-paragraph.yaml:10:50: criteria[0].strength_source.source: DK303 paragraph 112 is not marked as seen for CRIM-INCITEMENT (seen: 110); cite 'Chapter III.C.1' with verified: false",
}

KNOWN_REMEDIES = frozenset({"offence.incitement", "offence.encouragement"})


def test_every_broken_pack_has_an_expectation() -> None:
    assert sorted(p.stem for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_pack_is_located(name: str) -> None:
    # remedies are checked against a fixed set here, so the test does not depend on the catalog's progress
    with pytest.raises(InputError) as caught:
        load_pack(f"{D}/{name}.yaml", known_remedies=KNOWN_REMEDIES)
    assert [str(p) for p in caught.value.problems] == [EXPECTED[name]]


def test_a_pack_file_is_checked_against_the_remedy_ids_given() -> None:
    """A pack loaded against a given set of remedy ids (a catalog of one's own) is checked against that set:
    a remedy the shipped catalog has, but the given set lacks, is reported, not accepted silently."""
    with pytest.raises(InputError) as caught:
        load_pack(BROKEN.parent / "good-extra.yaml", known_remedies=frozenset({"offence.encouragement"}))
    assert [p.message.split(";")[0] for p in caught.value.problems] == [
        "DK305 unknown model provision 'offence.incitement'"
    ]


def test_core_pack_remedies_are_catalog_ids() -> None:
    ids = catalog_ids()
    assert ids, "the shipped catalog is empty"
    from draftkit.assess.pack import core_pack_path

    pack = load_pack(core_pack_path(), known_remedies=ids)
    remedies = {r for c in pack.file.criteria for r in c.remedies}
    assert remedies <= ids


def test_the_core_pack_is_built_from_its_shipped_file() -> None:
    """What the cache stores for the core pack is built from the shipped file (the engine reads it from the cache)."""
    from draftkit.assess.pack import CORE_PACK_FILE, _build_core_pack, core_pack, core_pack_path

    built = _build_core_pack()
    assert built.file == load_pack(core_pack_path(), known_remedies=catalog_ids()).file
    assert [c.spec.id for c in built.criteria] == [c.spec.id for c in core_pack().criteria]
    assert core_pack_path().name == CORE_PACK_FILE


def test_all_problems_of_a_pack_are_reported_at_once() -> None:
    text = (BROKEN.parent / "good-extra.yaml").read_text(encoding="utf-8")
    text = text.replace("{includes: incitement}", "{includes: incitment, at_lest: 2}").replace(
        "remedies: [offence.incitement]", "remedies: [offence.nothing]"
    )
    with pytest.raises(InputError) as caught:
        parse_pack(text, "pack.yaml", known_remedies=KNOWN_REMEDIES)
    messages = [f"{p.line}:{p.column} {p.message.split(';')[0]}" for p in caught.value.problems]
    assert messages == [
        "13:65 DK310 unknown value 'incitment' for conduct",
        "13:76 DK310 unknown operator 'at_lest'",
        "14:16 DK305 unknown model provision 'offence.nothing'",
    ]


def test_excluded_and_checked_at_once_is_an_error() -> None:
    text = (BROKEN.parent / "good-extra.yaml").read_text(encoding="utf-8")
    text += "excluded:\n  - {guidance: CRIM-INCITEMENT, reason: operational}\n"
    with pytest.raises(InputError) as caught:
        parse_pack(text, "pack.yaml", known_remedies=KNOWN_REMEDIES)
    assert [str(p) for p in caught.value.problems] == [
        "pack.yaml:19:16: excluded[0].guidance: DK307 'CRIM-INCITEMENT' is both checked by a criterion and excluded; pick one"
    ]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("{conduct: incitement}", "conduct is a list; write {includes: incitement} (or includes_all / includes_any)"),
        (
            "{conduct: [incitement]}",
            "a list cannot be compared with conduct directly; use includes_all or includes_any",
        ),
        (
            "{covers_online: {present: true}}",
            "operator 'present' does not apply to covers_online (true or false); use a value or not",
        ),
        ("{penalty: {max_years: {at_least: ten}}}", "'at_least' expects a whole number; got 'ten'"),
        (
            "{penalty: 7}",
            "penalty is a group of fields; expected a mapping of its fields (max_years, life, fine); got 7",
        ),
        ("{any: []}", "'any' expects a non-empty list of element mappings"),
        ("{mental_elements: {includes_any: []}}", "'includes_any' expects a non-empty list; got a list"),
        ("{penalty: {max_years: true}}", "max_years is a whole number; got true"),
        ("{penalty: {max_years: '7'}}", "max_years is a whole number; got '7'"),
        ("{penalty: {life: 'no'}}", "life is true or false; got 'no'"),
        ("{covers_online: 1}", "covers_online is true or false; got 1"),
    ],
)
def test_element_conditions_are_type_checked(condition: str, message: str) -> None:
    text = (BROKEN.parent / "good-extra.yaml").read_text(encoding="utf-8")
    text = text.replace("{conduct: {includes: incitement}, penalty: {fine: true}}", condition)
    with pytest.raises(InputError) as caught:
        parse_pack(text, "pack.yaml", known_remedies=KNOWN_REMEDIES)
    assert [p.message for p in caught.value.problems] == [f"DK310 {message}"]
