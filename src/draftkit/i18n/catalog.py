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
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Union

from draftkit.diagnostics import InputError
from draftkit.i18n.messages import PLURALS, TEXT

__all__ = ["DOMAIN", "AnyOf", "Messages", "Msg", "Param", "available_languages", "locale_dir", "messages", "msg"]

DOMAIN = "draftkit"

Param = Union[str, int, float, dt.date, "Msg", "AnyOf", tuple["Param", ...]]
"""User text, a number, a date, a message, alternatives ("a or b"), or a list ("a, b and c")."""


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


_FORMATTER = string.Formatter()

_BABEL_LOCALE = {"en": "en_GB"}
"""English documents follow UN and Commonwealth usage: 30 November 2026, not November 30, 2026."""


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(text) if field is not None}


def _compile(po_file: Path) -> tuple[gettext.GNUTranslations, set[tuple[str, str]]]:
    """Read a ``.po`` with Babel and compile it in memory; also the (context, id) pairs it translates."""
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
    ) -> None:
        self.language = language
        self.locale = locale or _BABEL_LOCALE.get(language, language)
        self._translations = translations or gettext.NullTranslations()

    # --------------------------------------------------------------------- lookup

    def template(self, code: str, count: int | None = None) -> str:
        if code in PLURALS:
            singular, plural = PLURALS[code]
            return self._translations.npgettext(code, singular, plural, 1 if count is None else count)
        return self._translations.pgettext(code, TEXT[code])

    def text(self, message: Msg | str) -> str:
        """The sentence for ``message``; a plain ``str`` is user text and comes back unchanged."""
        if isinstance(message, str):
            return message
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
        if isinstance(value, Msg | str):
            return self.text(value)
        if isinstance(value, bool):
            return self.text(Msg("word.yes" if value else "word.no"))
        if isinstance(value, int | float):
            from babel.numbers import format_decimal

            return str(format_decimal(value, locale=self.locale))
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, AnyOf):
            return self.list([self.param(item) for item in value.items], alternatives=True)
        return self.list([self.param(item) for item in value])

    def date(self, value: dt.date) -> str:
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=self.locale))

    def list(self, items: list[str], *, alternatives: bool = False) -> str:
        """``a, b and c`` (or ``a, b or c``) in the locale's words."""
        if not items:
            return ""
        from babel.lists import format_list

        return str(format_list(items, style="or" if alternatives else "standard", locale=self.locale))


@cache
def _catalog(language: str) -> tuple[gettext.GNUTranslations, frozenset[tuple[str, str]]]:
    translations, translated = _compile(locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po")
    return translations, frozenset(translated)


def _missing(translated: frozenset[tuple[str, str]]) -> list[str]:
    wanted = [(code, text) for code, text in TEXT.items()]
    wanted += [(code, pair[0]) for code, pair in PLURALS.items()]
    return [code for code, text in wanted if (code, text) not in translated]


def messages(language: str = "en", *, fallback: str | None = None) -> Messages:
    """The words of ``language``; ``InputError`` for a language without a catalog or an incomplete one.

    A catalog missing a translation is an error naming the codes, never a silent mix of
    languages, unless ``fallback="en"`` is asked for explicitly.
    """
    if language == "en":
        return Messages("en")
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise InputError.single("--language", f"no catalog for language '{language}'; expected one of: {known}")
    translations, translated = _catalog(language)
    missing = _missing(translated)
    if missing and fallback != "en":
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        where = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        raise InputError.single(str(where), f"{len(missing)} message(s) not translated: {shown}")
    return Messages(language, translations)


def words(language: str = "en") -> Mapping[str, str]:
    """Every message of ``language`` by code (for tests and for translators' review)."""
    m = messages(language, fallback="en")
    return {code: m.template(code) for code in [*TEXT, *PLURALS]}
