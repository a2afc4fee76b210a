"""Findings on evidence and on how strongly a source asks for something, in every language.

An admissibility requirement or finding reads as a clause about the evidence in question, not as a
"topic: status" dump; a finding says "requires" only of what a criterion holds to be mandatory.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import pytest

from draftkit.assess import assess
from draftkit.assess.result import CriterionResult, Outcome, Shortfall, ShortfallCode, Strength
from draftkit.compose.findings import (
    ProvisionName,
    _requirement,
    finding_messages,
    provision_names,
    shortfall_message,
)
from draftkit.i18n import Msg, messages, msg
from draftkit.load import load_framework
from draftkit.models import NationalFramework
from tests.conftest import EXAMPLES
from tests.real_law import REAL


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "under which evidence obtained abroad is admitted on conditions"),
        ("fr", "prévoyant pour les preuves obtenues à l’étranger : recevable sous conditions"),
        ("es", "que prevea para la prueba obtenida en el extranjero: admitida con condiciones"),
    ],
)
def test_an_admissibility_item_is_worded_as_a_clause(language: str, expected: str) -> None:
    phrase = _requirement("admissibility", {"any_item": {"topic": "foreign_evidence", "status": "conditional"}})
    assert isinstance(phrase, Msg)
    assert messages(language).text(phrase) == expected


def test_another_condition_on_admissibility_keeps_the_general_wording() -> None:
    phrase = _requirement("admissibility", {"present": True})
    assert isinstance(phrase, Msg)
    assert "admissibility" in messages("en").text(phrase)


# ----------------------------------------------------------------------------- the finding, from the engine's data


def _said(criterion: CriterionResult, framework: NationalFramework, language: str = "en") -> list[str]:
    words = messages(language)
    return [words.text(m) for m in finding_messages(criterion, provision_names(framework))]


@functools.cache
def _france() -> tuple[NationalFramework, CriterionResult]:
    framework = load_framework(REAL / "fr-2019.yaml")
    criterion = next(c for c in assess(framework).criteria if c.id == "evid.foreign_evidence")
    return framework, criterion


@pytest.mark.parametrize(
    ("language", "found", "required"),
    [
        ("en", "evidence obtained abroad is admitted;", "that it be admitted on conditions."),
        ("fr", "pour les preuves obtenues à l’étranger : recevable ;", "est : recevable sous conditions."),
        ("es", "la prueba obtenida en el extranjero es admitida;", "es que sea admitida con condiciones."),
        ("ar", "الأدلة المحصّلة في الخارج: مقبولة؛", "أن تكون مقبولة بشروط."),
    ],
)
def test_a_rule_admitting_evidence_from_abroad_without_conditions_is_said_of_that_evidence(
    language: str, found: str, required: str
) -> None:
    """Legal regression (France, 2019, evid.foreign_evidence): articles 427 and 536 of the Code de procédure
    pénale admit any evidence, including evidence obtained abroad, under the rule of free proof, but state no
    condition of their own; the criterion asks for evidence from abroad to be admissible under stated conditions,
    so it is partly met. The finding names what the rule does with evidence from abroad (it is admitted) and what
    is asked (admitted on conditions), and leaves out what the rule says of other evidence (electronic evidence,
    also admitted, is not in question here). It used to read "the admissibility of the evidence it governs is
    admissibility of electronic evidence: admitted and evidence obtained abroad: admitted"."""
    framework, criterion = _france()
    assert criterion.outcome is Outcome.PARTLY_MET
    said = " ".join(_said(criterion, framework, language))
    assert found in said, said
    assert required in said, said
    for other in ("electronic", "électroniques", "electrónica"):
        assert other not in said, said


def test_a_rule_silent_on_evidence_from_abroad_says_it_does_not_say() -> None:
    """A rule of evidence on evidence from abroad that states the admissibility of other evidence only: the
    finding says the rule does not say whether evidence from abroad is admitted (unknown, not "excluded")."""
    framework, criterion = _france()
    item = Shortfall(
        criterion="evid.foreign_evidence",
        code=ShortfallCode.VALUE,
        provision=criterion.evidence[0],
        element="admissibility",
        found=[{"topic": "electronic_admissibility", "status": "admitted"}],
        required={"any_item": {"topic": "foreign_evidence", "status": "conditional"}},
        text="x",
    )
    worded = shortfall_message(item, provision_names(framework), msg("authority.standard"))
    assert worded is not None
    said = messages("en").text(worded)
    assert "does not say whether evidence obtained abroad is admitted" in said, said
    assert "the international standard requires it to be admitted on conditions" in said, said


def test_a_finding_says_requires_only_of_a_binding_obligation() -> None:
    """The same shortfall, of a mandatory criterion and of a recommended practice: the first "requires", the
    second is "recommended practice under" its source. A finding must not turn a recommended practice (a
    should-consider criterion, rated as such) into an obligation in the reader's eyes."""
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    criterion = next(
        c
        for c in assess(framework).criteria
        if c.strength is Strength.MANDATORY and any(" requires." in t for t in _said(c, framework))
    )
    mandatory = " ".join(_said(criterion, framework))
    recommended = criterion.model_copy(update={"strength": Strength.SHOULD_CONSIDER})
    softer = " ".join(_said(recommended, framework))
    assert " requires" in mandatory, mandatory
    assert "recommended practice" not in mandatory, mandatory
    assert " requires" not in softer, softer
    assert "which is recommended practice under" in softer, softer
    for language, phrase in (("fr", "pratique recommandée selon"), ("es", "práctica recomendada según")):
        assert phrase in " ".join(_said(recommended, framework, language))
    assert "الممارسات الموصى بها" in " ".join(_said(recommended, framework, "ar"))


# ----------------------------------------------------------------------------- phrases of a requirement, directly


def test_a_pattern_with_alternatives_exclusions_and_pairs_reads_as_phrases() -> None:
    from draftkit.compose.findings import _group, _pattern, value_words

    words = messages("en")

    def said(phrase: object) -> str:
        assert isinstance(phrase, Msg), phrase
        return words.text(phrase)

    none = _pattern({"none": [{"mental_elements": {"includes": "recklessness"}}]})
    assert isinstance(none, Msg)
    assert none.code == "req.none_of"
    assert said(_group({"topic": "foreign_evidence", "status": "admitted"})) == "evidence obtained abroad: admitted"
    assert said(value_words({"below": "intent"})) == "less than intent"
    assert said(value_words({"at_least": 11})) == "at least 11"
    assert said(value_words({"at_most": 10})) == "at most 10"
    assert value_words({}) == msg("value.not_stated")
    assert value_words([]) == msg("value.none")


def test_an_override_is_noted_in_small_type_with_its_reason() -> None:
    from draftkit.compose.report import _override_note
    from draftkit.compose.report_tree import ParaStyle

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    area = assess(framework).areas[0]
    overridden = area.model_copy(update={"override_reason": "The assessor saw the regulations in force."})
    note = _override_note(overridden)
    assert note.style is ParaStyle.NOTE
    said = "".join(messages("en").text(r.text) for r in note.runs)
    assert said.endswith(" The assessor saw the regulations in force.")


def test_names_of_unknown_provisions_and_unresolved_references() -> None:
    from draftkit.compose.findings import name_of

    unknown = name_of({}, "xa.nowhere")
    assert unknown.short == msg("law.unknown")
    assert unknown.inline == msg("law.unknown")
    assert unknown.start == msg("law.unknown.start")
    assert unknown.title == "xa.nowhere"
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    names = provision_names(framework)
    item = Shortfall(
        criterion="def.references_resolve",
        code=ShortfallCode.REFERENCE_UNRESOLVED,
        provision="xa.pc.s41",
        found="section 99 of the Penal Code 1962",
        text="x",
    )
    worded = shortfall_message(item, names, msg("authority.standard"))
    assert worded is not None
    assert messages("en").text(worded) == (
        "Section 41 of the Penal Code 1962 refers to section 99 of the Penal Code 1962, which is not part of the "
        "law assessed."
    )


def test_intent_and_nothing_less_reads_as_intent() -> None:
    from draftkit.compose.findings import value_words

    phrase = value_words({"includes": "intent", "not": {"below": "intent"}})
    assert isinstance(phrase, Msg)
    assert messages("en").text(phrase) == "intent"


def test_the_report_leads_each_key_finding_in_bold_and_lists_the_laws_only_with_the_framework() -> None:
    from draftkit.compose.report import ReportInputs, compose_report
    from draftkit.compose.report_tree import Items, Table

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    full = compose_report(ReportInputs(assessment, framework))
    items = next(b for b in full.blocks if isinstance(b, Items))
    assert all(entry.runs[0].bold for entry in items.entries)
    assert not any(run.bold for entry in items.entries for run in entry.runs[1:])
    bare = compose_report(ReportInputs(assessment))

    def headers(report: object) -> list[str]:
        blocks = getattr(report, "blocks", ())
        return [messages("en").text(b.columns[0].header) for b in blocks if isinstance(b, Table) and b.columns]

    assert "Law" in headers(full)
    assert "Law" not in headers(bare)


def test_a_value_between_two_bounds_reads_as_both() -> None:
    from draftkit.compose.findings import value_words

    phrases = value_words({"at_least": 5, "at_most": 10})
    assert isinstance(phrases, tuple)
    assert [messages("en").text(p) for p in phrases if isinstance(p, Msg)] == ["at least 5", "at most 10"]


def test_a_provision_placed_in_a_unit_without_a_number_is_named_by_that_unit() -> None:
    """A provision placed in a "Disposición final tercera" (a unit named, not numbered) is cited by it: in
    lower case inside a sentence ("... in disposición final tercera of the Criminal Code"), capitalised at
    its start, and never with a letter lost."""
    framework = load_framework(EXAMPLES / "xb-civil-law.yaml")
    first = framework.provisions[0]
    moved = first.model_copy(
        update={"source": first.source.model_copy(update={"section": "Disposición final tercera"})}
    )
    name = provision_names(framework.model_copy(update={"provisions": [moved, *framework.provisions[1:]]}))[first.id]
    words = messages("en")
    assert words.text(name.inline) == "disposición final tercera of the Criminal Code"
    assert words.text(name.start) == "Disposición final tercera of the Criminal Code"


@functools.cache
def _xa_not_met() -> tuple[CriterionResult, dict[str, ProvisionName]]:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    criterion = next(c for c in assess(framework).criteria if c.id == "def.computer_terms")
    assert criterion.outcome is Outcome.NOT_MET
    return criterion, provision_names(framework)


def _findings_if(*shortfalls: Mapping[str, object]) -> list[str]:
    """The findings XA's computer-terms requirement would state, were these its shortfalls."""
    base, names = _xa_not_met()
    items = [Shortfall.model_validate({"criterion": base.id, "text": "x", **s}) for s in shortfalls]
    criterion = base.model_copy(update={"shortfalls": items, "evidence": []})
    return [messages("en").text(m) for m in finding_messages(criterion, names)]


def test_the_undefined_terms_of_each_provision_are_said_in_one_sentence_per_provision() -> None:
    """Two undefined terms of section 41 are named together; the one of section 58 in a sentence of its own."""
    said = _findings_if(
        {"code": "term_undefined", "provision": "xa.pc.s41", "found": "terrorist act"},
        {"code": "term_undefined", "provision": "xa.pc.s41", "found": "terrorist group"},
        {"code": "term_undefined", "provision": "xa.tel.s58", "found": "service provider"},
    )
    assert said == [
        "Section 41 of the Penal Code 1962 uses the terms “terrorist act” and “terrorist group”, which no "
        "provision defines.",
        "Section 58 of the Telecommunications Act 2009 uses the term “service provider”, which no provision defines.",
    ]


def test_missing_provisions_of_one_kind_are_one_sentence_with_alternatives() -> None:
    """No offence covering recruitment, and none covering travel: one sentence offers both ("covering
    recruitment or travel"); alternatives on different elements keep their own phrases."""
    recruitment = {
        "code": "no_provision",
        "required": {"kind": "offence", "elements": {"conduct": {"includes": "recruitment"}}},
    }
    travel = {"code": "no_provision", "required": {"kind": "offence", "elements": {"conduct": {"includes": "travel"}}}}
    online = {"code": "no_provision", "required": {"kind": "offence", "elements": {"covers_online": True}}}
    assert _findings_if(recruitment, travel) == [
        "The law assessed has no offence covering recruitment or travel for terrorist purposes."
    ]
    assert _findings_if(recruitment, online) == [
        "The law assessed has no offence covering recruitment or reaching conduct online."
    ]


def test_an_alternative_for_some_cases_names_every_condition_of_those_cases() -> None:
    """An executive authorisation is acceptable only for a production order of subscriber data: the finding
    names both conditions, not the first alone (which would allow it for every production order)."""
    said = _findings_if(
        {
            "code": "needs_one_of",
            "provision": "xa.tel.s58",
            "found": {"authorisation": "executive", "power": "interception"},
            "required": {
                "any": [
                    {"authorisation": {"in": ["judicial", "independent"]}},
                    {
                        "authorisation": "executive",
                        "power": "production_order",
                        "data_categories": {"includes": "subscriber"},
                    },
                ]
            },
        }
    )
    assert len(said) == 1
    assert said[0].endswith("or a minister or other member of the executive for production order and subscriber data.")
