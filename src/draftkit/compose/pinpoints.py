"""Pinpoints of one source merged: each paragraph, article or chapter once, in order.

A bill comment cites the authorities of a model provision and of the criteria it answers, which
often point into the same source: ``para 58``, ``para 63`` and ``paras 58, 63``; ``art 17`` and
``arts 16-17``; ``Chapter IV``, ``Chapter V.D–F`` and ``Chapters IV and V``. Cited as they come,
the comment names the source three times over. :func:`merge` reads English pinpoints (as the
catalog and the packs record them) into units, drops the repeats and the units another one cited
contains (``Chapter V.D–F`` within ``Chapter V``, ``art 19(3)`` within ``art 19``), and writes one
pinpoint per kind of unit, in the source's order: ``paras 58 and 63``, ``arts 16-17``,
``Chapters IV and V``. Verified and unverified units are kept apart, the verified first, so that a
caller can mark only the unverified ones. A pinpoint it cannot read (``art 2(1)(a) and annex``) is kept as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Pinpoint", "merge"]


@dataclass(frozen=True)
class Pinpoint:
    text: str
    """English, as the catalog writes it: ``paras 58 and 63``."""
    verified: bool


_UNITS = {
    "para": "para",
    "paras": "para",
    "art": "art",
    "arts": "art",
    "Chapter": "Chapter",
    "Chapters": "Chapter",
    "s": "s",
    "ss": "s",
    "OP": "OP",
}
_PLURAL = {"para": "paras", "art": "arts", "Chapter": "Chapters", "s": "ss", "OP": "OP"}
_HEAD = re.compile(r"^(paras?|arts?|Chapters?|ss?|OP) (.+)$")
_ITEM = re.compile(r"^(?:\d+[A-Z]?(?:\([0-9a-z]{1,4}\))*|[IVX]+(?:\.[A-Z0-9]+(?:[–-][A-Z0-9]+)?)*(?:\([a-z]\))?)$")
_RANGE = re.compile(r"^(\d+)\s*(?:-|–| to )\s*(\d+)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int:
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _items(rest: str) -> list[str] | None:
    """``58, 63`` -> [58, 63]; ``16-17`` -> [16, 17]; ``IV and V`` -> [IV, V]; None when not a plain list."""
    out: list[str] = []
    for part in re.split(r",\s*|\s+and\s+", rest.strip()):
        span = _RANGE.match(part)
        if span:
            low, high = int(span.group(1)), int(span.group(2))
            if not low < high <= low + 30:
                return None
            out += [str(n) for n in range(low, high + 1)]
        elif _ITEM.match(part):
            out.append(part)
        else:
            return None
    return out or None


def _key(item: str) -> tuple[int, str]:
    number = re.match(r"\d+", item)
    if number:
        return (int(number.group(0)), item)
    roman = re.match(r"[IVX]+", item)
    return (_roman(roman.group(0)) if roman else 0, item)


def _within(item: str, other: str) -> bool:
    """``V.D–F`` lies within ``V``; ``19(3)`` within ``19``."""
    return item != other and (item.startswith(other + ".") or item.startswith(other + "("))


def _written(unit: str, items: list[str]) -> str:
    """``paras 58 and 63``; consecutive numbers as a range: ``arts 16-17``, ``arts 2-6``."""
    parts: list[str] = []
    index = 0
    while index < len(items):
        end = index
        while (
            end + 1 < len(items)
            and items[end].isdigit()
            and items[end + 1].isdigit()
            and int(items[end + 1]) == int(items[end]) + 1
        ):
            end += 1
        parts.append(items[index] if end == index else f"{items[index]}-{items[end]}")
        index = end + 1
    word = _PLURAL[unit] if len(items) > 1 else unit
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{word} {listed}"


def merge(pinpoints: list[Pinpoint]) -> list[Pinpoint]:
    """The pinpoints of one source, each unit once and in order; see the module docstring."""
    units: dict[str, dict[str, bool]] = {}
    order: list[str] = []
    kept: list[Pinpoint] = []
    for pin in pinpoints:
        for piece in (p.strip() for p in pin.text.split(";")):
            head = _HEAD.match(piece)
            items = _items(head.group(2)) if head else None
            if head is None or items is None:
                if all(k.text != piece for k in kept):
                    kept.append(Pinpoint(piece, pin.verified))
                continue
            unit = _UNITS[head.group(1)]
            if unit not in units:
                units[unit] = {}
                order.append(unit)
            for item in items:
                units[unit][item] = units[unit].get(item, False) or pin.verified
    out: list[Pinpoint] = []
    for unit in order:
        found = units[unit]
        items = sorted((i for i in found if not any(_within(i, other) for other in found)), key=_key)
        verified = [i for i in items if found[i]]
        unverified = [i for i in items if i not in verified]
        for group, flag in ((verified, True), (unverified, False)):
            if group:
                out.append(Pinpoint(_written(unit, group), flag))
    return sorted([*out, *kept], key=lambda pin: not pin.verified)  # what is verified first
