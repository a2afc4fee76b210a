"""Turning pydantic's validation errors into located, plain-language problems.

Pydantic reports a location such as ``("provisions", 3, "offence", "elements",
"mental_elements")``; the ``"offence"`` part is the tag of the discriminated union,
not a key of the file. We walk the location through the data to recover the real
path, then ask the document where that path was written.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from draftkit.diagnostics import PathPart, Problem, suggest
from draftkit.source.document import SourceDocument

__all__ = ["problems_from_validation_error"]

_PATTERN_HINTS = {
    r"^[A-Z]{2}$": "expected a two-letter ISO 3166-1 alpha-2 code in capitals, e.g. KE or XA",
    r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$": (
        "expected a dotted lower-case identifier such as `offence.incitement` or `xa.pc.s120`"
    ),
    r"^[a-z][a-z0-9_]*$": "expected a lower_snake_case name",
    r"^[A-Z]+(-[A-Z0-9]+)+$": "expected a guidance-point id such as CRIM-INCITEMENT",
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$": "expected a language tag such as en, fr or ar",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"'{shown}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _real_path(data: Any, loc: Sequence[int | str]) -> tuple[list[PathPart], bool]:
    """Follow ``loc`` through ``data``; drop union tags. Returns (path, reached_the_end)."""
    path: list[PathPart] = []
    current = data
    items = list(loc)
    index = 0
    while index < len(items):
        part = items[index]
        if isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and part in current:
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and current.get("kind") == part:
            pass  # discriminator tag
        elif isinstance(part, str) and (part.startswith(("function-", "tagged-union", "union")) or "[" in part):
            pass  # pydantic-internal location segments
        else:
            path.extend(items[index:])
            return path, False
        index += 1
    return path, True


def _model_at(root: type[BaseModel], data: Any, path: Sequence[PathPart]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``path`` (for field-name suggestions)."""
    annotation: Any = root
    current = data
    for part in path:
        model = _pick_model(annotation, current)
        if model is not None:
            field = model.model_fields.get(str(part))
            if field is None:
                return None
            annotation = field.annotation
        else:
            annotation = _item_type(annotation)
            if annotation is None:
                return None
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        else:
            current = None
    return _pick_model(annotation, current)


def _unwrap(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(annotation):
            out.extend(_unwrap(arg))
        return out
    return [annotation]


def _pick_model(annotation: Any, current: Any) -> type[BaseModel] | None:
    models = [a for a in _unwrap(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
    if len(models) == 1:
        return models[0]
    if isinstance(current, dict) and "kind" in current:
        for model in models:
            field = model.model_fields.get("kind")
            if field is not None and current["kind"] in typing.get_args(field.annotation):
                return model
    return None


def _item_type(annotation: Any) -> Any:
    for candidate in _unwrap(annotation):
        origin = typing.get_origin(candidate)
        if origin in (list, tuple, set, frozenset):
            return typing.get_args(candidate)[0]
        if origin is dict:
            return typing.get_args(candidate)[1]
    return None


def _message(error: Any, root: type[BaseModel], data: Any, path: list[PathPart]) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        model = _model_at(root, data, path[:-1])
        if model is not None:
            names = list(model.model_fields)
            return f"unknown field{suggest(str(path[-1]), names, otherwise=';')} expected one of: {', '.join(names)}"
        return "unknown field"
    if kind == "bool_type":
        return f"expected true or false; got {_describe(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number; got {_describe(value)}"
    if kind == "string_type":
        suffix = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
        return f"expected text; got {_describe(value)}{suffix}"
    if kind == "string_too_short":
        return "expected non-empty text"
    if kind == "string_too_long":
        length = f"; got {len(value):,}" if isinstance(value, str) else ""
        return f"expected at most {ctx.get('max_length')} characters{length}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(str(ctx.get("pattern")), f"does not match the pattern {ctx.get('pattern')}")
        return f"{hint}; got {_describe(value)}"
    if kind == "literal_error" and path == ["draftkit"]:
        return (
            f"this file declares format version {value!r}; this draftkit reads version 2 "
            "(and version 1, which `draftkit migrate` rewrites as version 2)"
        )
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace("'", "")
        return f"expected one of: {expected}; got {_describe(value)}"
    if kind == "union_tag_invalid":
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        return f"unknown kind {_describe(ctx.get('tag'))}; expected one of: {expected}"
    if kind == "union_tag_not_found":
        return "required field 'kind' is missing"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping (key: value pairs); got {_describe(value)}"
    if kind == "list_type":
        return f"expected a list; got {_describe(value)}"
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return f"expected a date written YYYY-MM-DD; got {_describe(value)}"
    if kind == "too_short":
        return f"expected at least {ctx.get('min_length', 1)} item(s)"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{error['msg'].lower()}; got {_describe(value)}"
    return str(error["msg"])


def problems_from_validation_error(
    error: ValidationError, document: SourceDocument, root: type[BaseModel]
) -> list[Problem]:
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        path, complete = _real_path(document.data, item["loc"])
        message = _message(item, root, document.data, path)
        located_at_key = item["type"] == "extra_forbidden"
        if item["type"] == "missing" or not complete:
            problems.append(document.problem(path, message))
        else:
            problems.append(document.problem(path, message, key=located_at_key))
    return problems
