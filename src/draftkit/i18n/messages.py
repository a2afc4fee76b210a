"""Every fixed text of draftkit's documents, in English, under a stable code.

``_m(code, text)`` registers a message and ``_mp(code, singular, plural)`` one with a
plural (its ``count`` parameter chooses the form). Babel extracts them with the keywords
``_m:1c,2`` and ``_mp:1c,2,3`` (``make messages``), the code becoming the gettext context:
a translator sees the English text and the code, and translates the text.

Parameters are written ``{name}``; the renderer fills them with user text, numbers,
dates (formatted for the locale) or other messages. Keep sentences whole (never glue
fragments in code), so that a language with another word order can translate them.
"""

from __future__ import annotations

__all__ = ["PLURALS", "TEXT"]

TEXT: dict[str, str] = {}
PLURALS: dict[str, tuple[str, str]] = {}


def _m(code: str, text: str) -> str:
    TEXT[code] = text
    return code


def _mp(code: str, singular: str, plural: str) -> str:
    PLURALS[code] = (singular, plural)
    return code


# ----------------------------------------------------------------------------- words

_m("word.yes", "yes")
_m("word.no", "no")
_m("word.none", "none")
_m("word.dash", "\u2014")

# ----------------------------------------------------------------------------- ratings (FATF technical compliance)

_m("rating.C", "Compliant")
_m("rating.LC", "Largely compliant")
_m("rating.PC", "Partially compliant")
_m("rating.NC", "Non-compliant")
_m("rating.NA", "Not applicable")
_m("rating.C.meaning", "there are no shortcomings")
_m("rating.LC.meaning", "there are only minor shortcomings")
_m("rating.PC.meaning", "there are moderate shortcomings")
_m("rating.NC.meaning", "there are major shortcomings")
_m("rating.NA.meaning", "the requirement does not apply to the State")
_m("rating.with_abbreviation", "{name} ({abbreviation})")

# ----------------------------------------------------------------------------- outcomes of a criterion

_m("outcome.met", "met")
_m("outcome.partly_met", "partly met")
_m("outcome.not_met", "not met")
_m("outcome.not_applicable", "not applicable")

# ----------------------------------------------------------------------------- how strongly a source asks

_m("strength.mandatory", "binding obligation")
_m("strength.should_consider", "recommended practice")
_m("strength.optional", "option for the State")

# ----------------------------------------------------------------------------- areas

_m("area.definitions", "Definitions and scope")
_m("area.criminalization", "Offences")
_m("area.investigative_powers", "Investigative powers")
_m("area.safeguards", "Safeguards and human rights")
_m("area.service_providers", "Data retention and service providers")
_m("area.jurisdiction", "Jurisdiction")
_m("area.international_cooperation", "International cooperation")
_m("area.evidence", "Evidence")
