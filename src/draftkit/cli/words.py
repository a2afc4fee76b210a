"""The words of the command line's own output (not its errors): in the language of the documents.

A command prints in ``--language`` when given, else in the framework's language (one framework),
else in English. Errors (``file:line:col: field: ...``) stay in English: they name fields of
the file format, which is English.
"""

from __future__ import annotations

from draftkit.diagnostics import InputError
from draftkit.i18n import Messages, messages

__all__ = ["cli_words"]


def cli_words(language: str | None, fallback: str | None = None) -> Messages:
    """The messages of ``language`` (English when ``None``); English if that catalog cannot be used.

    The documents were checked against the catalog already; this only words a line of status.
    """
    if language is None:
        return messages("en")
    try:
        return messages(language, fallback=fallback)
    except InputError:
        return messages("en")
