"""An admissibility requirement reads as a clause, in every language, not as a "topic: status" dump."""

from __future__ import annotations

import pytest

from draftkit.compose.findings import _requirement
from draftkit.i18n import Msg, messages


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
