"""Kenya, law as in force on 2021-06-30, against blind labels: the third real State, a common-law State outside
the Council of Europe and the European Union.

``tests/fixtures/real/ke-2021.yaml`` (the Prevention of Terrorism Act as amended in 2014, the Computer Misuse and
Cybercrimes Act 2018, the Mutual Legal Assistance Act, the extradition Acts, the Evidence Act and the Constitution,
paraphrased in English) and ``ke-labels.yaml`` (written and committed before the framework, and before the engine
was run on it). A hold-out check of the rules engine, and in particular that a State is not judged against
Council of Europe or EU obligations that do not bind it. The labels are never edited to match the engine. The
checks are shared with the other real States in ``tests/real_law.py``.
"""

from __future__ import annotations

from tests.real_law import KE, check_labels, check_validates, measure, table


def test_the_real_framework_passes_validate() -> None:
    check_validates(KE)


def test_the_labels_cover_each_criterion_once_with_reasons() -> None:
    check_labels(KE)


def test_agreement_between_engine_and_blind_labels_is_reported() -> None:
    result = measure(KE)
    # A floor at what was measured when the engine first ran on the file: 38/60. Raised only when a change to the
    # engine is right on the law, never to fit the labels; each disagreement is analysed in the session note of
    # 30 November 2026 (fixture gap, label lenient or strict against the question, engine wrong on the law, or
    # format gap). 39: a penalty the framework does not record is unknown, not proportionate
    # (safeguards.speech_penalties; tests/legal/packs/speech_penalty_not_stated_is_unknown.yaml). 40: knowing
    # support to a terrorist group meets the material-support question, as Directive (EU) 2017/541 art 4(b) and
    # the US model set knowledge as the fault (crim.material_support;
    # tests/legal/packs/material_support_given_knowingly_to_a_terrorist_group_is_met.yaml).
    assert result.agreed >= 40, table(result)
