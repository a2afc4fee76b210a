"""The bill's wording as a committee reads it: formulas rewritten whole, placeholders bracketed once,
a placeholder that opens a sentence capitalised, and the State named only where the State itself is meant."""

from __future__ import annotations

from draftkit.compose.spans import bracketed
from draftkit.compose.style import style_for
from draftkit.compose.tree import Form
from draftkit.models import NationalFramework

_STATE = NationalFramework.model_validate(
    {"country": "XZ", "name": "Testland", "legal_tradition": "civil_law", "as_of": "2026-01-01"}
)


def test_civil_law_english_rewrites_the_oath_formula_whole() -> None:
    style = style_for(Form.CIVIL_LAW, _STATE)
    text = style.adapt("on the application of a competent authority supported by information on oath or affirmation")
    assert "affirmation" not in text
    assert "oath" not in text
    assert text.endswith("supported by a statement made on pain of the penalties for false testimony")
    assert style.adapt("A witness shall give evidence on oath.") == (
        "A witness shall give evidence on pain of the penalties for false testimony."
    )
    assert style.adapt("This section does not apply to an interception.") == (
        "This article does not apply to an interception."
    )


def test_a_bracketed_default_is_not_bracketed_again() -> None:
    assert bracketed("[montant à fixer]") == "[montant à fixer]"
    assert bracketed("[cuantía por determinar]") == "[cuantía por determinar]"
    assert bracketed("ten") == "[ten]"
    assert bracketed("[a] or [b]") == "[[a] or [b]]"


def test_the_state_is_named_only_where_the_enacting_state_is_meant() -> None:
    style = style_for(Form.COMMON_LAW, _STATE.model_copy(update={"legal_tradition": "common_law"}))
    assert style.adapt("unless the State that provided it agrees otherwise") == (
        "unless the State that provided it agrees otherwise"
    )
    assert style.adapt("with the consent of the State in which the information was obtained").endswith(
        "the State in which the information was obtained"
    )
    assert style.adapt("conduct outside the State that would be an offence if it took place within the State") == (
        "conduct outside Testland that would be an offence if it took place in Testland"
    )
    assert style.adapt("The State shall reimburse the service provider.") == (
        "Testland shall reimburse the service provider."
    )
    spanish = style_for(Form.CIVIL_LAW, _STATE.model_copy(update={"language": "es"}), language="es")
    assert spanish.adapt("la conducta realizada fuera del Estado que constituiría delito") == (
        "la conducta realizada fuera de Testland que constituiría delito"
    )
    assert spanish.adapt("salvo que el Estado que los facilitó acepte otra cosa") == (
        "salvo que el Estado que los facilitó acepte otra cosa"
    )
    assert spanish.adapt("aunque la persona se encuentre fuera del territorio del Estado en el momento") == (
        "aunque la persona se encuentre fuera del territorio de Testland en el momento"
    )


def test_fines_left_to_decide_print_one_bracket_and_opening_placeholders_a_capital() -> None:
    from draftkit.assess import assess
    from draftkit.compose import compose_bill
    from draftkit.compose.selfcheck import text_of
    from draftkit.drafts import catalog_in
    from draftkit.load import load_framework
    from tests.conftest import EXAMPLES

    for name, language in (
        ("xb-civil-law.yaml", "fr"),
        ("xd-derecho-civil.yaml", "es"),
        ("xc-penal-code-only.yaml", "en"),
    ):
        framework = load_framework(EXAMPLES / name)
        bill = compose_bill(framework, assess(framework), catalog_in(language)[0], language=language)
        text = text_of(bill)
        assert "[[" not in text, name
        assert "]]" not in text, name
        for schedule in bill.schedules:
            for unit in schedule.units:
                first = "".join(span.text for span in unit.text).lstrip("[")
                assert first[:1] == first[:1].upper(), (name, first)


def test_a_civil_law_code_writes_the_years_of_a_penalty_in_words() -> None:
    """A civil-law code states a term of imprisonment in words ("ten years"), as the codes do, in English and
    in French; a common-law bill keeps the figure."""
    english = style_for(Form.CIVIL_LAW, _STATE).adapt("shall be punished by 10 years of imprisonment and a fine")
    assert english == "shall be punished by ten years of imprisonment and a fine"
    french = style_for(Form.CIVIL_LAW, _STATE, language="fr").adapt("est puni de 7 ans d'emprisonnement", state=False)
    assert french == "est puni de sept ans d'emprisonnement"
    common = style_for(Form.COMMON_LAW, _STATE).adapt("shall be punished by 10 years of imprisonment")
    assert common == "shall be punished by 10 years of imprisonment"
