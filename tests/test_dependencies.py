"""What draftkit imports is what pyproject.toml declares: no undeclared import, no unused dependency."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.conftest import ROOT

SOURCE = ROOT / "src" / "draftkit"


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normalise(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]) for requirement in project["dependencies"]}


def _imported_modules() -> dict[str, str]:
    """Top-level module name -> the first file importing it, for every import in src/draftkit."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _third_party() -> dict[str, str]:
    """Distribution name -> a file importing it (standard library and draftkit itself left out)."""
    distributions = packages_distributions()
    result: dict[str, str] = {}
    for module, where in _imported_modules().items():
        if module == "draftkit" or module in sys.stdlib_module_names or module == "__future__":
            continue
        owners = distributions.get(module)
        assert owners, f"{where} imports {module!r}, which no installed distribution provides"
        result.setdefault(_normalise(owners[0]), where)
    return result


def test_every_imported_package_is_declared() -> None:
    undeclared = {name: where for name, where in _third_party().items() if name not in _declared()}
    assert not undeclared, f"imported but not in [project] dependencies: {undeclared}"


def test_every_declared_dependency_is_imported() -> None:
    unused = _declared() - set(_third_party())
    assert not unused, f"declared in [project] dependencies but never imported by src/draftkit: {sorted(unused)}"
