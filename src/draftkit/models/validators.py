"""Models ready to use on a cold start without generating their validators again, when the cache is on.

pydantic builds a model's validator and serializer the first time the model is used, from the Python
types of its fields (the models are ``defer_build``). For the framework and the assessment that takes
about 90 ms of every cold ``draftkit check``: almost all of it generating each model's *core schema*,
a plain description of what to validate; compiling a core schema into a validator takes a millisecond
or two. With draftkit's cache enabled (:mod:`draftkit.cache`; the command line enables it),
:func:`prime` keeps the core schemas in the cache and gives each model a validator and a serializer
compiled from its own. The schema is the model's, less the hooks pydantic uses only to write JSON
Schema (functions, which cannot be stored): validation and serialization never call them, so
instances, errors and JSON are exactly those of a model pydantic built itself. With the cache off,
:func:`prime` does nothing and pydantic builds the models as usual.
"""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel
from pydantic_core import SchemaSerializer, SchemaValidator

from draftkit.cache import cached, is_enabled

__all__ = ["core_schema", "prime"]


def prime(*models: type[BaseModel]) -> None:
    """Give each model not built yet a validator and a serializer from its cached core schema (cache on only).

    On a miss, the schemas are generated the ordinary way (which builds the models) and stored for the
    next run. A model pydantic has built already is left as it is.
    """
    if not is_enabled():
        return
    todo = [model for model in models if not (model.__pydantic_complete__ or _primed(model))]
    if not todo:
        return
    names = [f"{model.__module__}.{model.__qualname__}" for model in todo]
    kind = "schemas-" + hashlib.sha256("\0".join(names).encode()).hexdigest()[:12]
    schemas = cached(kind, tuple, lambda: {name: core_schema(model) for name, model in zip(names, todo, strict=True)})
    for name, model in zip(names, todo, strict=True):
        if model.__pydantic_complete__:  # built by the miss above
            continue
        schema: Any = schemas[name]
        config = _config(schema)
        # the attributes pydantic itself sets when it builds a model (its validator and serializer);
        # the model stays "incomplete", so anything else pydantic needs (JSON Schema) it still builds on demand
        model.__pydantic_validator__ = SchemaValidator(schema, config)
        model.__pydantic_serializer__ = SchemaSerializer(schema, config)


def _primed(model: type[BaseModel]) -> bool:
    return isinstance(model.__dict__.get("__pydantic_validator__"), SchemaValidator)


def core_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's core schema without its JSON Schema hooks: what validation needs, and can be pickled.

    The hooks are the ``pydantic_js_*`` entries of a schema's ``metadata`` (whose keys are all pydantic's);
    a field that happens to be called ``metadata`` is a field schema, not such a mapping, and is kept whole.
    """
    model.model_rebuild()  # builds it if deferred; a no-op once built
    schema: Any = model.__pydantic_core_schema__
    return _without_json_schema_hooks(schema)  # type: ignore[no-any-return]


def _config(schema: dict[str, Any]) -> Any:
    """The model's core config, as pydantic passes it beside the schema (its title names the model in errors)."""
    inner = schema.get("schema", {}) if schema.get("type") == "definitions" else schema
    return inner.get("config")


def _pydantic_key(name: object) -> bool:
    return isinstance(name, str) and name.startswith("pydantic_")


def _without_json_schema_hooks(value: Any) -> Any:
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if key == "metadata" and isinstance(item, dict) and all(_pydantic_key(name) for name in item):
                out[key] = {name: entry for name, entry in item.items() if not name.startswith("pydantic_js")}
            else:
                out[key] = _without_json_schema_hooks(item)
        return out
    if isinstance(value, list):
        return [_without_json_schema_hooks(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_without_json_schema_hooks(item) for item in value)
    return value
