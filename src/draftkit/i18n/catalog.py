"""Message codes with parameters (:class:`Msg`) and their rendering in one language (:class:`Messages`).

A ``Msg`` is plain data: a code from :mod:`draftkit.i18n.messages` and named parameters.
A parameter is user text (a ``str``, printed as given), a number, a date, another
``Msg``, or a tuple of those (printed as a list: "a, b and c"). ``Messages`` looks the
code up in the language's catalog (gettext ``pgettext``: the code is the context, the
English text the message id), fills the parameters, and formats numbers, dates and
lists for the locale with Babel.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol, Union, runtime_checkable

from draftkit.diagnostics import COMMAND_LINE, InputError
from draftkit.i18n.messages import PLURALS, TEXT

__all__ = [
    "DOMAIN",
    "AnyOf",
    "Data",
    "InLanguage",
    "LanguageName",
    "Localized",
    "Messages",
    "Msg",
    "Param",
    "available_languages",
    "check_fallback",
    "check_language",
    "is_rtl",
    "locale_dir",
    "messages",
    "msg",
    "resolve_language",
]

DOMAIN = "draftkit"

Param = Union[
    str,
    int,
    float,
    dt.date,
    "Msg",
    "Data",
    "AnyOf",
    "LanguageName",
    "InLanguage",
    "Localized",
    tuple["Param", ...],
]
"""User text, a number, a date, a message, shipped data, alternatives ("a or b"), a language's name,
a value that words itself in a language (an instrument, a pinpoint), or a list."""


@dataclass(frozen=True)
class Data:
    """A text of draftkit's shipped data (a criterion's question, a pack's title), translated by its context.

    ``text`` is the English as the data holds it; the catalog translates it under ``context``
    (see :mod:`draftkit.i18n.data`). A text with no translation (a pack the user wrote) is shown as given.
    """

    context: str
    text: str


@dataclass(frozen=True)
class LanguageName:
    """A language, printed by its name in the reader's language ("arabe", "English")."""

    code: str


@dataclass(frozen=True)
class Localized:
    """User text the framework gives in several languages (the State's name, an Act's name):
    ``text`` as given, and ``languages``, (language, text) pairs; printed in the reader's language."""

    text: str
    languages: tuple[tuple[str, str], ...] = ()

    def in_language(self, language: str) -> str:
        return dict(self.languages).get(language, self.text)

    def __str__(self) -> str:
        return self.text


@runtime_checkable
class InLanguage(Protocol):
    """A value that words itself in the reader's language (an instrument cited as that language names
    it, a pinpoint: see :mod:`draftkit.reference`); the layers above define them, :class:`Messages` asks."""

    def in_language(self, language: str) -> str: ...


@dataclass(frozen=True)
class AnyOf:
    """Alternatives, printed as the locale writes them: "a judge or an independent body"."""

    items: tuple[Param, ...]


@dataclass(frozen=True)
class Msg:
    """A sentence as data: a message code and its parameters, worded only when rendered."""

    code: str
    params: tuple[tuple[str, Param], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in TEXT and self.code not in PLURALS:
            raise KeyError(f"no message '{self.code}' in draftkit.i18n.messages")

    def get(self, name: str) -> Param | None:
        for key, value in self.params:
            if key == name:
                return value
        return None


def msg(code: str, **params: Param) -> Msg:
    """``Msg(code, params)`` with keyword parameters, in a stable order."""
    return Msg(code, tuple(sorted(params.items())))


def locale_dir() -> Path:
    return Path(__file__).resolve().parent / "locale"


def available_languages() -> list[str]:
    """``en`` (the source language) and every language with a catalog under ``locale/``."""
    found = sorted(p.parent.parent.name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ["en", *(lang for lang in found if lang != "en")]


FALLBACK_LANGUAGES = ("en",)
"""The languages a document may fall back to (``--fallback-language``): the source language only."""


def _unknown(language: str, where: str) -> InputError:
    known = ", ".join(available_languages())
    return InputError.single(COMMAND_LINE, f"{where}: no catalog for language '{language}'; expected one of: {known}")


def check_language(language: str, *, where: str = "--language") -> str:
    """``language`` if it has a catalog, else ``InputError`` naming the languages that have one."""
    if language not in available_languages():
        raise _unknown(language, where)
    return language


def check_fallback(fallback: str | None) -> str | None:
    """``None`` or a language a document may fall back to; ``InputError`` otherwise."""
    if fallback is not None and fallback not in FALLBACK_LANGUAGES:
        raise InputError.single(
            COMMAND_LINE,
            f"--fallback-language: cannot fall back to '{fallback}'; expected one of: {', '.join(FALLBACK_LANGUAGES)}",
        )
    return fallback


def resolve_language(requested: str | None, declared: str = "en") -> str:
    """The language of a document: ``requested`` (``--language``), else the framework's ``language``.

    A declared regional variant without a catalog of its own (``fr-CA``, ``es-419``) is written in
    its base language when that has one. ``InputError`` for a language without a catalog.
    """
    if requested is not None:
        return check_language(requested)
    languages = available_languages()
    if declared in languages:
        return declared
    base = declared.split("-", 1)[0].lower()
    if base in languages:
        return base
    known = ", ".join(languages)
    raise InputError.single(
        "language",
        f"the framework is in '{declared}', which has no message catalog (available: {known}); "
        "choose one with --language",
    )


def is_rtl(language: str) -> bool:
    """Whether ``language`` is written right to left (Arabic, Hebrew, Persian, Urdu...), from Babel's locale data."""
    # lazily: Babel and its locale data load on first use, not when draftkit is imported
    from babel import Locale, UnknownLocaleError

    try:
        return bool(Locale.parse(language.replace("-", "_")).character_order == "right-to-left")
    except (UnknownLocaleError, ValueError):
        return False


_FORMATTER = string.Formatter()

_FIRST_OF_MONTH = {"fr": "1er"}
"""The first day of a month as the language writes it in a date, where CLDR's long format has a plain "1"."""

_BABEL_LOCALE = {"en": "en_GB"}
"""English documents follow UN and Commonwealth usage: 30 November 2026, not November 30, 2026."""


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(text) if field is not None}


def _compile(po_file: Path) -> tuple[gettext.GNUTranslations, set[tuple[str, str]]]:
    """Read a ``.po`` with Babel and compile it in memory; also the (context, id) pairs it translates."""
    # lazily: Babel reads a .po only when a language other than English is asked for
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as handle:
        catalog = read_po(handle, domain=DOMAIN)
    translated = {
        (str(m.context or ""), m.id if isinstance(m.id, str) else m.id[0])
        for m in catalog
        if m.id and not m.fuzzy and (all(m.string) if isinstance(m.string, tuple | list) else m.string)
    }
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer), translated


class Messages:
    """The words of one language: ``text(Msg)`` gives the sentence."""

    def __init__(
        self,
        language: str = "en",
        translations: gettext.NullTranslations | None = None,
        *,
        locale: str | None = None,
        fallback: str | None = None,
        untranslated: frozenset[str] = frozenset(),
    ) -> None:
        self.language = language
        self.locale = locale or _BABEL_LOCALE.get(language, language)
        self._translations = translations or gettext.NullTranslations()
        self.fallback = fallback
        """The language untranslated messages are given in (``--fallback-language``), or ``None``."""
        self.untranslated = untranslated
        """The codes of the messages this language has no translation for (given in ``fallback``)."""

    @property
    def rtl(self) -> bool:
        """Whether the language is written right to left."""
        return is_rtl(self.language)

    def fell_back(self) -> bool:
        """Whether some messages are given in the fallback language."""
        return bool(self.untranslated)

    # --------------------------------------------------------------------- lookup

    def template(self, code: str, count: int | None = None) -> str:
        if code in PLURALS:
            singular, plural = PLURALS[code]
            return self._translations.npgettext(code, singular, plural, 1 if count is None else count)
        return self._translations.pgettext(code, TEXT[code])

    def text(self, message: Msg | Data | Localized | str) -> str:
        """The sentence for ``message``; a plain ``str`` is user text and comes back unchanged."""
        if isinstance(message, str):
            return message
        if isinstance(message, Localized):
            return message.in_language(self.language)
        if isinstance(message, Data):
            return self._translations.pgettext(message.context, " ".join(message.text.split()))
        count = message.get("count")
        template = self.template(message.code, count if isinstance(count, int) else None)
        values = {name: self.param(value) for name, value in message.params}
        missing = _fields(template) - values.keys()
        if missing:
            raise KeyError(f"message '{message.code}' needs {', '.join(sorted(missing))}")
        return template.format_map(values)

    def __call__(self, code: str, **params: Param) -> str:
        return self.text(msg(code, **params))

    def param(self, value: Param) -> str:
        if isinstance(value, Msg | Data | Localized | str):
            return self.text(value)
        if isinstance(value, bool):
            return self.text(Msg("word.yes" if value else "word.no"))
        if isinstance(value, int | float):
            # lazily: Babel and its locale data load on first use, not when draftkit is imported
            from babel.numbers import format_decimal

            return str(format_decimal(value, locale=self.locale))
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, AnyOf):
            return self.list([self.param(item) for item in value.items], alternatives=True)
        if isinstance(value, LanguageName):
            return self.language_name(value.code)
        if isinstance(value, InLanguage):
            return value.in_language(self.language)
        return self.list([self.param(item) for item in value])

    def number(self, value: float, *, digits: int | None = None) -> str:
        """A number as the locale writes it (``1,234.5`` / ``1\u202f234,5``); ``digits`` fixes the decimals."""
        # lazily: Babel and its locale data load on first use, not when draftkit is imported
        from babel.numbers import format_decimal

        pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def date(self, value: dt.date) -> str:
        # lazily: Babel and its locale data load on first use, not when draftkit is imported
        from babel.dates import format_date

        text = str(format_date(value, format="long", locale=self.locale))
        if value.day == 1 and self.language in _FIRST_OF_MONTH:  # "1er novembre 2026", as French writes it
            text = re.sub(r"^1(?=\s)", _FIRST_OF_MONTH[self.language], text)
        return text

    def language_name(self, code: str) -> str:
        """The name of language ``code`` in this language ("arabe" in French), from Babel's locale data."""
        # lazily: Babel and its locale data load on first use, not when draftkit is imported
        from babel import Locale, UnknownLocaleError

        try:
            name = Locale.parse(code.replace("-", "_")).get_display_name(self.locale)
        except (UnknownLocaleError, ValueError):
            return code
        return str(name) if name else code

    def list(self, items: list[str], *, alternatives: bool = False) -> str:
        """``a, b and c`` (or ``a, b or c``) in the locale's words."""
        if not items:
            return ""
        # lazily: Babel and its locale data load on first use, not when draftkit is imported
        from babel.lists import format_list

        return str(format_list(items, style="or" if alternatives else "standard", locale=self.locale))


@cache
def _catalog(language: str) -> tuple[gettext.GNUTranslations, frozenset[tuple[str, str]]]:
    translations, translated = _compile(locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po")
    return translations, frozenset(translated)


def wanted() -> list[tuple[str, str]]:
    """(context, English) of every text a language must translate: the messages, then the shipped data's texts."""
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.i18n.data import data_texts

    out = [(code, text) for code, text in TEXT.items()]
    out += [(code, pair[0]) for code, pair in PLURALS.items()]
    out += list(data_texts().items())
    return out


def _missing(translated: frozenset[tuple[str, str]]) -> list[str]:
    return [code for code, text in wanted() if (code, text) not in translated]


def messages(language: str = "en", *, fallback: str | None = None) -> Messages:
    """The words of ``language``; ``InputError`` for a language without a catalog or an incomplete one.

    A catalog missing a translation is an error naming the codes, never a silent mix of
    languages, unless ``fallback="en"`` is asked for explicitly: the untranslated messages are
    then given in English, and ``Messages.untranslated`` says which (for the note a document
    carries about it).
    """
    check_fallback(fallback)
    if language == "en":
        return Messages("en")
    check_language(language)
    translations, translated = _catalog(language)
    missing = _missing(translated)
    if missing and fallback is None:
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        where = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        raise InputError.single(
            str(where),
            f"{len(missing)} message(s) not translated into '{language}': {shown} "
            "(translate them, or accept English for them with --fallback-language en)",
        )
    return Messages(language, translations, fallback=fallback, untranslated=frozenset(missing))


def words(language: str = "en") -> Mapping[str, str]:
    """Every message of ``language`` by code (for tests and for translators' review)."""
    m = messages(language, fallback="en")
    return {code: m.template(code) for code in [*TEXT, *PLURALS]}
