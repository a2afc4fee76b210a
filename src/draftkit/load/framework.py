"""``load_framework``: a framework file in, a validated ``NationalFramework`` out, or every problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from draftkit.diagnostics import InputError
from draftkit.models import NationalFramework
from draftkit.source.document import SourceDocument
from draftkit.source.files import parse_text, read_document
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.source.upgrade import upgrade_document

__all__ = ["framework_from_document", "load_framework", "parse_framework"]


def framework_from_document(document: SourceDocument, known_ids: frozenset[str] | None = None) -> NationalFramework:
    from draftkit.validate.framework import framework_problems

    if not isinstance(document.data, dict):
        raise InputError([document.problem((), "expected a mapping with country, name, provisions...")])
    upgrade_document(document)
    try:
        framework = NationalFramework.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, NationalFramework)) from None
    if known_ids is None:
        from draftkit.catalog import catalog_ids

        known_ids = catalog_ids()
    problems = framework_problems(framework, document, known_ids)
    if problems:
        raise InputError(problems)
    return framework


def load_framework(path: Path | str) -> NationalFramework:
    """Read and validate a framework file (YAML, or JSON by its ``.json`` suffix).

    Raises ``InputError`` listing every problem, each as ``file:line:col: path: message``.
    """
    return framework_from_document(read_document(path))


def parse_framework(text: str, name: str = "<string>") -> NationalFramework:
    """Like ``load_framework`` for text already in memory; ``name`` decides YAML or JSON."""
    return framework_from_document(parse_text(text, name))
