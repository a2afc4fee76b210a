"""France, law as in force on 2019-06-30, against blind labels: the second real State, a civil-law one.

``tests/fixtures/real/fr-2019.yaml`` (the Code pénal, the Code de procédure pénale, the LCEN, the CPCE
and the Code de la sécurité intérieure, paraphrased in French) and ``fr-labels.yaml`` (written and
committed before the framework, and before the engine was run on it). A hold-out check of the rules
engine: the labels are never edited to match the engine. The checks are shared with the other real
States in ``tests/real_law.py``.
"""

from __future__ import annotations

from tests.real_law import FR, check_labels, check_validates, measure, table


def test_the_real_framework_passes_validate() -> None:
    check_validates(FR)


def test_the_labels_cover_each_criterion_once_with_reasons() -> None:
    check_labels(FR)


def test_agreement_between_engine_and_blind_labels_is_reported() -> None:
    result = measure(FR)
    # A floor at what was measured when the engine first ran on the file: 40/60. Raised only when a change to the
    # pack is right on the law, never to fit the labels; each of the 20 disagreements is analysed in the session's
    # note (fixture gap, label lenient or strict against the question, or engine wrong on the law). 41: the
    # intermediary's protection may come from the hosting-liability rules (crim.dissemination, see
    # tests/legal/packs/dissemination_intermediaries_protected_by_hosting_rules.yaml). 42: a request to providers that
    # reaches traffic data serves as partial disclosure
    # (tests/legal/packs/preservation_with_provider_request_for_traffic.yaml). 45 (session 5, rules changed on the
    # law and pinned by legal cases, not by these labels): every extradition and assistance rule is looked at for
    # the political-offence ground (political_offence_two_extradition_laws), a purpose of the person's own suffices
    # for a possession offence (collection_possession_intent_suffices), evidence from abroad needs stated conditions
    # (foreign_evidence_admitted_on_free_proof). 46: interception that also yields the traffic data is real-time
    # collection of them (interception_that_collects_traffic_data_meets_realtime_collection).
    assert result.agreed >= 46, table(result)
