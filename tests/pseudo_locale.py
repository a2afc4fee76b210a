"""A pseudo-language for tests: every message (and shipped data text) of draftkit, each word written backwards.

``write_pseudo_po(directory, "xx")`` writes ``directory/xx/LC_MESSAGES/draftkit.po`` with every
message (plurals too) translated, placeholders ``{name}`` kept; ``skip`` leaves codes untranslated.
A rendering in it that still shows an English word took that word from somewhere other than the
message catalog: a literal in the code, or data (user text, citations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from draftkit.i18n.data import data_texts
from draftkit.i18n.messages import PLURALS, TEXT

__all__ = ["pseudo", "write_pseudo_po"]

_PIECE = re.compile(r"(\{[a-z_]+\})")
_WORD = re.compile(r"[A-Za-z]{2,}")


def pseudo(text: str, word: str | None = None) -> str:
    """``text``, each word of two letters or more reversed in capitals (or replaced by ``word``), placeholders kept."""
    return "".join(
        piece if _PIECE.fullmatch(piece) else _WORD.sub(lambda m: word or m.group()[::-1].upper(), piece)
        for piece in _PIECE.split(text)
    )


def write_pseudo_po(directory: Path, language: str, *, skip: Iterable[str] = (), word: str | None = None) -> Path:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    skipped = set(skip)
    catalog = Catalog(locale=language if language != "xx" else None, domain="draftkit")
    for code, text in TEXT.items():
        catalog.add(text, "" if code in skipped else pseudo(text, word), context=code)
    for context, text in data_texts().items():
        catalog.add(text, "" if context in skipped else pseudo(text, word), context=context)
    forms = catalog.num_plurals  # French has three in Babel's data (one, many, other)
    for code, (one, many) in PLURALS.items():
        strings = ("",) * forms if code in skipped else (pseudo(one, word), *(pseudo(many, word),) * (forms - 1))
        catalog.add((one, many), strings, context=code)
    target = directory / language / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    path = target / "draftkit.po"
    with path.open("wb") as handle:
        write_po(handle, catalog)
    return path
