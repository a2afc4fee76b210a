"""Message catalogs: the template matches the code, a language is one .po compiled on first use."""

from __future__ import annotations

import datetime as dt
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.i18n import Messages, msg
from draftkit.i18n import catalog as catalog_module
from draftkit.i18n.catalog import available_languages, locale_dir, messages
from draftkit.i18n.data import data_texts
from draftkit.i18n.extract import messages_of, template_path, template_text
from draftkit.i18n.messages import PLURALS, TEXT

ROOT = Path(__file__).resolve().parents[1]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def test_committed_template_matches_the_messages_in_the_code() -> None:
    """Drift: a message added, changed or removed in messages.py without `make messages` fails here."""
    committed = messages_of(template_path().read_text(encoding="utf-8"))
    assert committed == messages_of(template_text()), "run `make messages` and commit locale/draftkit.pot"
    assert len(committed) == len(TEXT) + len(PLURALS) + len(data_texts())


def test_no_compiled_catalog_is_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "src/draftkit/i18n"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert not [name for name in tracked if name.endswith(".mo")]


@pytest.mark.parametrize("language", [lang for lang in available_languages() if lang != "en"] or ["en"])
def test_every_shipped_translation_keeps_the_parameters(language: str) -> None:
    """A translation may reorder parameters but never drop, rename or add one."""
    if language == "en":
        pytest.skip("no catalog but English yet")
    m = messages(language, fallback="en")  # a partial catalog (Arabic) keeps the parameters it translates
    for code, text in TEXT.items():
        assert _fields(m.template(code)) == _fields(text), code


def _write_po(directory: Path, language: str, translate: dict[str, str]) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    cat = Catalog(locale=language, domain="draftkit")
    for code, text in TEXT.items():
        cat.add(text, translate.get(code, ""), context=code)
    for code, (one, many) in PLURALS.items():
        cat.add((one, many), ("", ""), context=code)
    target = directory / language / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "draftkit.po").open("wb") as handle:
        write_po(handle, cat)


@pytest.fixture
def pseudo_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(catalog_module, "locale_dir", lambda: tmp_path)
    catalog_module._catalog.cache_clear()
    yield tmp_path
    catalog_module._catalog.cache_clear()


def test_a_language_is_one_po_file_compiled_in_memory(pseudo_locale: Path) -> None:
    everything = {code: f"[{text}]" for code, text in TEXT.items()}
    everything["rating.PC"] = "Partiellement conforme"
    _write_po(pseudo_locale, "fr", everything)
    if PLURALS:
        pytest.skip("plural messages need plural translations in this fixture")
    m = messages("fr")
    assert m.text(msg("rating.PC")) == "Partiellement conforme"
    assert m.date(dt.date(2026, 11, 30)) == "30 novembre 2026"
    assert not list(pseudo_locale.rglob("*.mo")), "nothing compiled is written to disk"


def test_a_missing_translation_is_an_error_naming_it_unless_fallback_is_asked(pseudo_locale: Path) -> None:
    _write_po(pseudo_locale, "fr", {"rating.PC": "Partiellement conforme"})
    with pytest.raises(InputError) as error:
        messages("fr")
    assert "not translated" in str(error.value)
    assert "rating.C" in str(error.value)
    m = messages("fr", fallback="en")
    assert m.text(msg("rating.PC")) == "Partiellement conforme"
    assert m.text(msg("rating.C")) == "Compliant"


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(InputError) as error:
        messages("tlh")
    assert "no catalog for language 'tlh'" in str(error.value)


def test_parameters_user_text_numbers_dates_lists_and_nested_messages() -> None:
    m = Messages()
    assert m.text(msg("rating.with_abbreviation", name=msg("rating.LC"), abbreviation="LC")) == (
        "Largely compliant (LC)"
    )
    assert m.param(("a", "b", "c")) == "a, b and c"
    assert m.param(dt.date(2026, 10, 1)) == "1 October 2026"
    assert m.param(1234) == "1,234"
    assert m.text("{not a template}") == "{not a template}"  # user text is never formatted


def test_an_unknown_code_fails_when_the_data_is_built() -> None:
    with pytest.raises(KeyError):
        msg("no.such.message")


def test_locale_directory_is_inside_the_package() -> None:
    assert locale_dir().is_relative_to(ROOT / "src" / "draftkit")


def test_every_element_and_value_of_the_model_has_words() -> None:
    """A field or a value the engine may name in a finding is never shown as snake_case: each has a label."""
    import enum
    import inspect

    from draftkit.models import elements

    missing = []
    checked = 0
    for name, obj in vars(elements).items():  # the names it exports, wherever the kind registry defines them
        if not inspect.isclass(obj) or not obj.__module__.startswith("draftkit.models"):
            continue
        checked += 1
        if issubclass(obj, enum.Enum):
            missing += [f"value.{m.value} ({name})" for m in obj if f"value.{m.value}" not in TEXT]
        elif hasattr(obj, "model_fields"):
            missing += [f"element.{f} ({name})" for f in obj.model_fields if f"element.{f}" not in TEXT]
    assert checked > 20  # the enums and element models of every kind, not an empty module
    assert not missing, "add labels to draftkit/i18n/messages.py: " + ", ".join(missing)


def test_no_message_code_is_defined_twice() -> None:
    """A second definition would silently replace the first: every code is written once."""
    import collections
    import importlib
    import re

    module = importlib.import_module("draftkit.i18n.messages")  # the package exports a function of that name
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    codes = re.findall(r'^_mp?\("([^"]+)"', source, flags=re.MULTILINE)
    assert len(codes) > 100
    assert [c for c, n in collections.Counter(codes).items() if n > 1] == []
