"""A function-level import says why it is lazy (start-up time, an optional heavy library), never hides a cycle.

An import inside a function is explained by a comment on the import itself, or by one above it in an
enclosing function that names it lazy ("# lazily: ..."). Every package is held to it: an import that
costs nothing at start-up (its module is loaded with the importing one anyway) belongs at the top.
"""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "draftkit"

_LAZY = re.compile(r"#.*\blaz(y|ily)\b", re.IGNORECASE)


def _unexplained(text: str, name: str) -> list[str]:
    """``name:line: import`` for every function-level import of ``text`` without a comment on its own
    line(s), or one above it naming it lazy ("# lazily: ...") in a function that encloses it."""
    lines = text.splitlines()
    found: dict[int, bool] = {}
    for function in ast.walk(ast.parse(text)):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                own = lines[node.lineno - 1 : node.end_lineno or node.lineno]
                above = lines[function.lineno - 1 : node.lineno - 1]
                said = any("#" in line for line in own) or any(_LAZY.search(line) for line in above)
                found[node.lineno] = found.get(node.lineno, False) or said
    return [f"{name}:{line}: {lines[line - 1].strip()}" for line, said in sorted(found.items()) if not said]


def test_function_level_imports_say_why_they_are_lazy() -> None:
    checked = sorted(PACKAGE.rglob("*.py"))
    assert len(checked) > 100  # the whole library, not an empty selection
    unexplained = [
        line for path in checked for line in _unexplained(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert unexplained == [], "say why each is lazy (# lazily: ...) or move it to the top:\n" + "\n".join(unexplained)


def test_an_unexplained_import_is_found() -> None:
    text = (
        "def f():\n    import json\n    return json\n\n"
        "def g():\n    # lazily: start-up time\n    import json\n\n"
        "def h():\n    import json  # only for the rare case\n\n"
        "def k():\n    # the rest of this function\n    import json\n\n"
        "def outer():\n    # each imports lazily\n    def inner():\n        import json\n"
    )
    assert _unexplained(text, "m.py") == ["m.py:2: import json", "m.py:14: import json"]
