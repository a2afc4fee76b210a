"""The registry of coded checks: every check of every subject, by code.

Adding a check is one entry in its subject's module (``framework_checks`` for frameworks,
``catalog_checks`` for catalogs, ``pack_checks`` for rule packs, ``translation_checks`` for
translations); adding a subject's module is one line here. ``docs/checks.md`` is generated from this registry
(``python -m draftkit.validate.checks > docs/checks.md``) and a test fails when it drifts.
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from typing import TYPE_CHECKING, Any

from draftkit.diagnostics import Problem
from draftkit.validate.check import Check, Finding, Subject

__all__ = ["CHECKS", "Check", "Finding", "Subject", "by_code", "checks_of", "reference_page", "run_checks"]

_MODULES: dict[Subject, str] = {
    Subject.FRAMEWORK: "draftkit.validate.framework_checks",
    Subject.CATALOG: "draftkit.validate.catalog_checks",
    Subject.PACK: "draftkit.validate.pack_checks",
    Subject.TRANSLATION: "draftkit.validate.translation_checks",
}
"""Each subject's module of checks, in the order of the reference page."""


@cache
def checks_of(subject: Subject) -> tuple[Check, ...]:
    """The checks of one subject, in their module's order."""
    # lazily, by name: a run imports only the checks of the inputs it reads (a framework's `check` does not
    # load the catalog's or the translations' checks and their models: start-up time)
    module = importlib.import_module(_MODULES[subject])
    checks: tuple[Check, ...] = module.CHECKS
    assert all(check.subject is subject for check in checks), f"{_MODULES[subject]} holds another subject's check"
    return checks


@cache
def _by_code() -> dict[str, Check]:
    every = _all()
    found = {check.code: check for check in every}
    assert len(found) == len(every), "two checks share a code"
    return found


def _all() -> tuple[Check, ...]:
    return tuple(check for subject in _MODULES for check in checks_of(subject))


if TYPE_CHECKING:
    CHECKS: tuple[Check, ...]
    """Every check of every subject, in the order of the reference page."""


def __getattr__(name: str) -> Any:
    if name == "CHECKS":  # every check of every subject (the reference page, the tests)
        return _all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def by_code(code: str) -> Check:
    return _by_code()[code]


def run_checks(subject: Subject, target: Any, *, warnings: bool = False) -> list[Problem]:
    """Every check of ``subject`` on ``target`` (its errors, or with ``warnings`` its warnings); each
    finding located, its message led by the check's code."""
    return [
        finding.document.problem(finding.path, f"{check.code} {finding.message}", key=finding.key)
        for check in checks_of(subject)
        if check.warning is warnings
        for finding in check.run(target)
    ]


def reference_page() -> str:
    """``docs/checks.md``: every check with its code, name, summary, rationale and an example that breaks it."""
    lines = [
        "# Checks",
        "",
        "Generated from the registry (`python -m draftkit.validate.checks > docs/checks.md`); do not edit by hand.",
        "The loaders run these checks; a problem is printed as `file:line:col: path: CODE message`.",
        "Codes: DK1xx frameworks, DK2xx catalogs, DK3xx rule packs, DK4xx translations of the catalog.",
        "",
        "| code | name | checks | summary |",
        "|---|---|---|---|",
    ]
    every = _all()
    lines += [f"| {c.code} | `{c.name}` | {c.subject.value} | {c.summary} |" for c in every]
    for check in every:
        kind = " (a warning of `draftkit validate`; the file still loads)" if check.warning else ""
        lines += [
            "",
            f"## {check.code} `{check.name}`",
            "",
            f"**Checks:** {check.subject.value} files{kind}. {check.summary}",
            "",
            f"**Why:** {check.rationale}",
            "",
            "**Example** (breaks the rule):",
            "",
            "```yaml",
            check.example,
            "```",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(reference_page())
