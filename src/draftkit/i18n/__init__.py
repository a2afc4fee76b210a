"""Words at the edge: every sentence a reader sees comes from a gettext message catalog.

The compose layer builds documents as plain data holding :class:`Msg` values (a message
code and its parameters); the renderers turn them into sentences with :class:`Messages`
for one language. English is the source language: its texts are written once, in
:mod:`draftkit.i18n.messages`, each under a stable code (the gettext *context*), and
``locale/draftkit.pot`` is extracted from there with Babel (``make messages``). Another
language is one file, ``locale/<lang>/LC_MESSAGES/draftkit.po``, compiled with Babel in
memory the first time it is used (no ``.mo`` file is written or shipped).
"""

from draftkit.i18n.catalog import (
    Data,
    InLanguage,
    LanguageName,
    Localized,
    Messages,
    Msg,
    Param,
    available_languages,
    check_fallback,
    check_language,
    is_rtl,
    messages,
    msg,
    resolve_language,
)

__all__ = [
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
    "messages",
    "msg",
    "resolve_language",
]
