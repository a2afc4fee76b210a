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

from draftkit.i18n import Localized
from draftkit.models import NationalFramework

__all__ = ["act_names", "act_slug", "act_title", "state_title"]

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
