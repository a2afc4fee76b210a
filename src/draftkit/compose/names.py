"""The State's own names in the reader's language: one helper for the bill, the report and ``check``.

A framework is written in one language and may be drafted in another. Its national names (the
State's name, the names of its Acts) are the State's text and are never translated by draftkit;
the framework gives them in other languages as parameters:

* ``name_<language>`` for the State's name (``name_fr: République de Belvoria``);
* ``act_<slug>_<language>`` for an Act in force, the slug being the Act's name in lower case with
  ``_`` for anything else (``act_criminal_code_fr: code pénal``; see :func:`act_slug`).

:func:`state_title` and :func:`act_title` give a :class:`~draftkit.i18n.Localized` that the
renderers word in the document's language (the name as given where the framework has none for it);
the bill, whose language is known when it is composed, asks :meth:`Localized.in_language`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.i18n import Localized
from draftkit.models import NationalFramework

__all__ = ["StateOf", "act_names", "act_slug", "act_title", "state_of", "state_title"]

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def act_slug(act: str) -> str:
    """``Code of Criminal Procedure`` -> ``code_of_criminal_procedure`` (for ``act_<slug>_<language>``)."""
    return re.sub(r"[^a-z0-9]+", "_", act.lower()).strip("_")


def _variants(framework: NationalFramework, key: str) -> tuple[tuple[str, str], ...]:
    prefix = f"{key}_"
    return tuple(
        sorted(
            (name[len(prefix) :], value)
            for name, value in framework.parameters.items()
            if name.startswith(prefix) and _LANGUAGE.match(name[len(prefix) :]) and value.strip()
        )
    )


def state_title(framework: NationalFramework) -> Localized:
    """The State's name as the framework gives it (``name``), with its ``name_<language>`` variants."""
    return Localized(framework.name, _variants(framework, "name"))


def act_title(framework: NationalFramework, act: str) -> Localized:
    """An Act's name as the framework's provisions give it, with its ``act_<slug>_<language>`` variants."""
    slug = act_slug(act)
    if slug == "title":  # ``act_title_<language>`` is the bill's own title, not an Act's name
        return Localized(act)
    return Localized(act, _variants(framework, f"act_{slug}"))


def act_names(framework: NationalFramework, language: str) -> tuple[tuple[str, str], ...]:
    """(slug of an Act's name, its name in ``language``) for every ``act_<slug>_<language>`` parameter."""
    suffix = f"_{language}"
    return tuple(
        (key[4 : -len(suffix)], value)
        for key, value in framework.parameters.items()
        if key.startswith("act_") and key.endswith(suffix) and key != f"act_title{suffix}"
    )


# "of" + the article a State's name takes in running text, by the name's first word (lower case), per
# language: "the law of the Republic of Aldermere", "le droit de la République de Belvoria", "del Reino".
_EN_THE = (
    "republic",
    "federation",
    "federal",
    "kingdom",
    "principality",
    "commonwealth",
    "union",
    "united",
    "sultanate",
    "emirate",
    "emirates",
    "grand",
    "state",
    "democratic",
    "islamic",
    "plurinational",
    "people's",
    "socialist",
    "bolivarian",
    "confederation",
    "co-operative",
    "cooperative",
    "arab",
    "hashemite",
    "independent",
    "oriental",
    "holy",
)
_OF: dict[str, dict[str, str]] = {
    "en": dict.fromkeys(_EN_THE, "of the "),
    "fr": {
        **dict.fromkeys(("république", "fédération", "principauté", "confédération"), "de la "),
        **dict.fromkeys(("royaume", "sultanat", "grand-duché", "commonwealth"), "du "),
        **dict.fromkeys(("union", "état", "émirat"), "de l\u2019"),
        **dict.fromkeys(("émirats", "îles"), "des "),
    },
    "es": {
        **dict.fromkeys(("república", "federación", "confederación", "unión", "mancomunidad"), "de la "),
        **dict.fromkeys(("reino", "principado", "sultanato", "gran", "estado", "emirato"), "del "),
        **dict.fromkeys(("emiratos",), "de los "),
        **dict.fromkeys(("islas",), "de las "),
    },
}
_PLAIN_OF = {"en": "of ", "fr": "de ", "es": "de "}


@dataclass(frozen=True)
class StateOf(Localized):
    """The State's name after "the law" in a sentence, in the reader's language: "of the Republic of
    Aldermere", "de la République de Belvoria", "del Reino de ...". A name that is not a State form
    ("Aldermere") takes no article; ``name_of_<language>`` in the framework's parameters gives the phrase
    where the rule errs ("of the Gambia"). Arabic joins the name directly (``قانون جمهورية ...``).
    It is the State's name (user text), so it is a :class:`Localized`."""

    given: tuple[tuple[str, str], ...] = ()

    def in_language(self, language: str) -> str:
        given = dict(self.given)
        if language in given:
            return given[language]
        text = super().in_language(language)
        if language not in _PLAIN_OF:
            return text
        first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
        return _OF[language].get(first, _PLAIN_OF[language]) + text

    def __str__(self) -> str:
        return self.in_language("en")


def state_of(framework: NationalFramework) -> StateOf:
    """The State's name as it follows "the law" in a sentence (see :class:`StateOf`)."""
    name = state_title(framework)
    return StateOf(name.text, name.languages, _variants(framework, "name_of"))
