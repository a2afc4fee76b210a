"""Texts of draftkit's shipped data that a reader sees, translated like the messages.

A rule pack's criteria ask their question in English, a pack has an English title and each
guidance point of the UNODC publication an English title. They are data, not code, but a
French report must not ask its questions in English: each is registered here under a stable
context (``data.criterion.<id>``, ``data.pack.<id>``, ``data.guidance.<id>``) with its English
text as the message id, extracted into ``locale/draftkit.pot`` beside the messages (``make
messages``) and translated in the same ``.po`` file. A changed English text is a new message
id: its old translation no longer matches and the language counts it as untranslated.

Text of a pack the user wrote (``--pack FILE``) is the user's own text: shown as written.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from draftkit.paths import data_file

__all__ = ["data_texts"]


def _load(name: str) -> Any:
    return yaml.safe_load(data_file(name).read_text(encoding="utf-8"))


@cache
def data_texts() -> dict[str, str]:
    """Context -> English text of every shipped text a document may show, in a stable order."""
    out: dict[str, str] = {}
    files = ["unodc-2012.yaml", *_pack_files(_load("packs/index.yaml"))]  # the core pack, then the index's
    for name in files:
        pack = _load(f"packs/{name}")
        out[f"data.pack.{pack['id']}"] = str(pack["title"]).strip()
        for criterion in pack.get("criteria", []):
            out[f"data.criterion.{criterion['id']}"] = " ".join(str(criterion["question"]).split())
    for point in _load("guidance_points.yaml")["points"]:
        out[f"data.guidance.{point['id']}"] = " ".join(str(point["title"]).split())
    return out


def _pack_files(index: Any) -> list[Any]:
    """The pack files the index lists, in its order."""
    packs = index.get("packs", []) if isinstance(index, dict) else []
    return [entry.get("file", f"{entry['id']}.yaml") if isinstance(entry, dict) else entry for entry in packs]
