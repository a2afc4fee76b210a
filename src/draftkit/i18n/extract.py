"""Extract the message template ``locale/draftkit.pot`` from :mod:`draftkit.i18n.messages` with Babel.

    python -m draftkit.i18n.extract          # rewrite locale/draftkit.pot (``make messages``)
    python -m draftkit.i18n.extract --check  # exit 1 when the committed template is out of date

A translator then starts a language with Babel's own tools::

    pybabel init -D draftkit -i src/draftkit/i18n/locale/draftkit.pot -d src/draftkit/i18n/locale -l fr

and later merges new messages with ``pybabel update`` (same ``-D``, ``-i`` and ``-d``).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from draftkit.i18n.catalog import DOMAIN, locale_dir

__all__ = ["KEYWORDS", "extract_template", "messages_of", "template_path", "template_text"]

KEYWORDS: dict[str, Any] = {"_m": ((1, "c"), 2), "_mp": ((1, "c"), 2, 3)}
"""Babel keyword specs: the first argument is the context (the code), then the message id (and plural)."""


def template_path() -> Path:
    return locale_dir() / f"{DOMAIN}.pot"


def extract_template() -> Any:
    """A Babel ``Catalog`` of every message registered in ``messages.py``."""
    # lazily: Babel's message tools are for `make messages` and the tests, never loaded by a run
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    source = Path(__file__).resolve().parent / "messages.py"
    import datetime as dt

    fixed = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    catalog = Catalog(
        project="draftkit", domain=DOMAIN, charset="utf-8", fuzzy=False, creation_date=fixed, revision_date=fixed
    )
    for lineno, message, _comments, context in extract_from_file(
        "python", str(source), keywords=KEYWORDS, comment_tags=(), strip_comment_tags=True
    ):
        catalog.add(message, None, [("src/draftkit/i18n/messages.py", lineno)], context=context)
    from draftkit.i18n.data import data_texts

    for context, text in data_texts().items():  # the shipped data's texts a reader sees (draftkit.i18n.data)
        catalog.add(text, None, [("src/draftkit/data", 1)], context=context)
    return catalog


def template_text() -> str:
    """The ``.pot`` as text, without source line numbers, so that it changes only when a message does."""
    # lazily: Babel's message tools are for `make messages` and the tests, never loaded by a run
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, extract_template(), no_location=True, sort_output=False, width=100)
    return buffer.getvalue().decode("utf-8")


def messages_of(text: str) -> list[tuple[str, str, str]]:
    """(context, id, plural id) of every message of a ``.pot`` or ``.po`` text, in order."""
    # lazily: Babel's message tools are for `make messages` and the tests, never loaded by a run
    from babel.messages.pofile import read_po

    catalog = read_po(io.StringIO(text), domain=DOMAIN)
    out = []
    for m in catalog:
        if not m.id:
            continue
        ids = (m.id, "") if isinstance(m.id, str) else (m.id[0], m.id[1])
        out.append((str(m.context or ""), *ids))
    return out


def main(argv: list[str]) -> int:
    text = template_text()
    path = template_path()
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if messages_of(current) != messages_of(text):
            print(f"{path} is out of date: run `make messages`", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
