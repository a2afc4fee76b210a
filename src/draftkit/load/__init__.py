"""Step 1 of the data flow: read files into located documents and validated models.

The names are imported on first use: ``draftkit.diagnostics`` (the bottom layer) is needed by every command
(it is how bad input is reported) and must not drag the models in with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["InputError", "Problem", "framework_to_json", "framework_to_yaml", "load_framework", "parse_framework"]

_EXPORTS = {
    "InputError": "draftkit.diagnostics",
    "Problem": "draftkit.diagnostics",
    "framework_to_json": "draftkit.load.dump",
    "framework_to_yaml": "draftkit.load.dump",
    "load_framework": "draftkit.load.framework",
    "parse_framework": "draftkit.load.framework",
}

if TYPE_CHECKING:
    from draftkit.diagnostics import InputError as InputError
    from draftkit.diagnostics import Problem as Problem
    from draftkit.load.dump import framework_to_json as framework_to_json
    from draftkit.load.dump import framework_to_yaml as framework_to_yaml
    from draftkit.load.framework import load_framework as load_framework
    from draftkit.load.framework import parse_framework as parse_framework


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'draftkit.load' has no attribute '{name}'")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
