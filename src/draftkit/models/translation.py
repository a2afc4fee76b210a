"""A translation of the catalog: one file per English catalog file, one entry per model provision.

Only the words: title, text, parameter descriptions (and word defaults), commentary, variants, the
notes of citations and a definition's term. Everything language-neutral (elements, citations'
sources, related provisions, the terms a provision uses, ``optional``) stays with the English
provision. The checks that a translation can stand in for the English are coded checks (DK4xx,
:mod:`draftkit.validate.translation_checks`); the loader is :mod:`draftkit.catalog.translation`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictInt, StringConstraints

from draftkit.models.base import Area, DraftkitModel, Identifier, NonEmptyText
from draftkit.models.provision_base import Commentary
from draftkit.models.text import ParameterName, Subsection

__all__ = ["ProvisionTranslation", "TranslatedParameter", "TranslatedVariant", "TranslationFile"]


class TranslatedParameter(DraftkitModel):
    """A parameter's description in the language, and its default where the default is words."""

    default: NonEmptyText | StrictInt | None = None
    description: NonEmptyText


class TranslatedVariant(DraftkitModel):
    id: Identifier
    title: NonEmptyText
    note: NonEmptyText
    text: list[Subsection] = Field(default_factory=list)


class ProvisionTranslation(DraftkitModel):
    """One model provision in another language."""

    id: Identifier
    title: NonEmptyText
    text: list[Subsection] = Field(min_length=1)
    parameters: dict[ParameterName, TranslatedParameter] = Field(default_factory=dict)
    commentary: Commentary | None = None
    variants: list[TranslatedVariant] = Field(default_factory=list)
    citation_notes: list[NonEmptyText] = Field(
        default_factory=list, description="One per English citation that has a note, in order."
    )
    term: NonEmptyText | None = Field(default=None, description="Definitions only: the defined term.")


class TranslationFile(DraftkitModel):
    """One file of a translation: the provisions of one English catalog file."""

    draftkit: Literal[2] = 2
    language: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}$")]
    area: Area
    provisions: list[ProvisionTranslation] = Field(min_length=1)
