"""``load_framework``: a framework file in, a validated ``NationalFramework`` out, or every problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from draftkit.diagnostics import InputError
from draftkit.models import NationalFramework
from draftkit.models.validators import prime
from draftkit.source.document import SourceDocument
from draftkit.source.files import parse_text, read_document
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.source.upgrade import upgrade_document
from draftkit.validate.checks import Subject, run_checks
from draftkit.validate.framework_checks import FrameworkInput

__all__ = ["framework_from_document", "load_framework", "parse_framework"]


def what_else(data: dict[str, object], name: str) -> str | None:
    """What a file given as a framework is instead, and what to do with it; None when it may be one."""
    if "country" in data or ("provisions" in data and "area" not in data):
        return None
    if "criteria" in data and "areas" in data and "framework" in data:
        return (
            "this is an assessment (what draftkit check --format json and draftkit draft write), not a framework; "
            "draftkit diff OLD.json NEW.json compares two of them"
        )
    if "criteria" in data:
        return f"this is a rule pack, not a framework; pass it with --pack: draftkit check FRAMEWORK.yaml --pack {name}"
    if "area" in data:
        return (
            "this is a catalog file of model provisions, not a framework; draftkit validate checks it, and a "
            "framework describes a State's own law (draftkit init writes a starter)"
        )
    return None


def framework_from_document(document: SourceDocument, known_ids: frozenset[str] | None = None) -> NationalFramework:
    if not isinstance(document.data, dict):
        raise InputError([document.problem((), "expected a mapping with country, name, provisions...")])
    other = what_else(document.data, document.name)
    if other is not None:
        raise InputError([document.problem((), other)])
    upgrade_document(document)
    prime(NationalFramework)  # with the cache on, its validator without generating it again (50 ms of a check)
    try:
        framework = NationalFramework.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, NationalFramework)) from None
    if known_ids is None:
        # lazily: a caller that gives the ids never loads the catalog package
        from draftkit.catalog import catalog_ids

        known_ids = catalog_ids()
    problems = run_checks(Subject.FRAMEWORK, FrameworkInput(framework, document, known_ids))
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
