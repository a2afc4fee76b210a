"""The number of a unit inserted into an Act or a code in force, without renumbering what is there.

Three conventions (drafting-and-assessment-conventions.md, sections 1 to 3):

* **letter** (common law): after section 12 comes 12A, then 12B; between 12A and 12B, 12AA;
* **hyphen** (French codes, Guide de légistique): after article 421-2-6, the last of its series, comes
  421-2-7; between two articles, 42-2 and 42-3, the inserted one is 42-2-1;
* **bis** (Spanish, Belgian): after article 576 comes 576 bis, then 576 ter, 576 quater ...

Only the numbers the framework records are known, so an inserted number is the next free one after
its anchor that the recorded numbering leaves room for; a drafter confirms it against the code.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from enum import StrEnum

__all__ = ["Numbering", "convention_of", "inserted_after"]


class Numbering(StrEnum):
    LETTER = "letter"
    HYPHEN = "hyphen"
    BIS = "bis"


_LATIN = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
_BIS = re.compile(rf"^(\d+)(?: ({'|'.join(_LATIN)}))?$")


def convention_of(numbers: Collection[str], *, civil_law: bool, language: str, given: str | None = None) -> Numbering:
    """The convention of a State's statute book, read from the numbers of the Act or code (never from the
    language a draft is written in): ``given`` (a framework setting) if any; else *bis* where its numbers
    already use it, hyphens where they are hyphenated (421-2-6); else letters in a common-law State, and in a
    civil-law one *bis* in Spanish, hyphens otherwise."""
    if given:
        return Numbering(given)
    if any(re.search(rf"\d (?:{'|'.join(_LATIN)})\b", n) for n in numbers):
        return Numbering.BIS
    if any(re.fullmatch(r"\d+(?:-\d+)+", n) for n in numbers):
        return Numbering.HYPHEN
    if not civil_law:
        return Numbering.LETTER
    return Numbering.BIS if language == "es" else Numbering.HYPHEN


def _hyphen_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", number))


def inserted_after(after: str, taken: Collection[str], convention: Numbering) -> str:
    """The number of a unit inserted right after unit ``after``, given the numbers ``taken``."""
    used = set(taken)
    if convention is Numbering.BIS:
        match = _BIS.match(after)
        if match is None:
            raise ValueError(f"not a number of the bis convention: {after!r}")
        base, suffix = match.group(1), match.group(2)
        start = _LATIN.index(suffix) + 1 if suffix else 0
        for word in _LATIN[start:]:
            if f"{base} {word}" not in used:
                return f"{base} {word}"
        raise ValueError(f"no free number after {after!r}")
    if convention is Numbering.HYPHEN:
        parts = after.split("-")
        if not all(p.isdigit() for p in parts):
            raise ValueError(f"not a hyphenated number: {after!r}")
        series = [
            n for n in used if n.count("-") == after.count("-") and n.rsplit("-", 1)[0] == after.rsplit("-", 1)[0]
        ]
        last = not any(_hyphen_key(n) > _hyphen_key(after) for n in series) if "-" in after else False
        if last:  # the last of its series: the next sibling
            sibling = "-".join([*parts[:-1], str(int(parts[-1]) + 1)])
            if sibling not in used:
                return sibling
        child = 1
        while f"{after}-{child}" in used:
            child += 1
        return f"{after}-{child}"
    match = re.fullmatch(r"(\d+)([A-Z]*)", after)
    if match is None:
        raise ValueError(f"not a section number: {after!r}")
    digits, letters = match.groups()
    if not letters:
        for code in range(ord("A"), ord("Z") + 1):
            if f"{digits}{chr(code)}" not in used:
                return f"{digits}{chr(code)}"
        raise ValueError(f"no free number after {after!r}")
    following = f"{digits}{letters[:-1]}{chr(ord(letters[-1]) + 1)}" if letters[-1] != "Z" else None
    if following is not None and following not in used:
        return following
    return _between(digits, letters, used)


def _between(digits: str, letters: str, used: set[str]) -> str:
    """Between 12A and 12B: 12AA, then 12AB ..."""
    for code in range(ord("A"), ord("Z") + 1):
        candidate = f"{digits}{letters}{chr(code)}"
        if candidate not in used:
            return candidate
    raise ValueError(f"no free number after {digits}{letters}")
