"""The registry of coded checks: every check of every subject, by code.

Adding a check is one entry in its subject's module (``framework_checks`` for frameworks,
``catalog_checks`` for catalogs, ``pack_checks`` for rule packs, ``translation_checks`` for
translations); adding a subject's module is one line here. ``docs/checks.md`` is generated from this registry
(``python -m draftkit.validate.checks > docs/checks.md``) and a test fails when it drifts.
"""

from __future__ import annotations

import sys
from typing import Any

from draftkit.diagnostics import Problem
from draftkit.validate import catalog_checks, framework_checks, pack_checks, translation_checks
from draftkit.validate.check import Check, Finding, Subject

__all__ = ["CHECKS", "Check", "Finding", "Subject", "by_code", "reference_page", "run_checks"]

CHECKS: tuple[Check, ...] = (
    *framework_checks.CHECKS,
    *catalog_checks.CHECKS,
    *pack_checks.CHECKS,
    *translation_checks.CHECKS,
)

_BY_CODE = {check.code: check for check in CHECKS}
assert len(_BY_CODE) == len(CHECKS), "two checks share a code"


def by_code(code: str) -> Check:
    return _BY_CODE[code]


def run_checks(subject: Subject, target: Any, *, warnings: bool = False) -> list[Problem]:
    """Every check of ``subject`` on ``target`` (its errors, or with ``warnings`` its warnings); each
    finding located, its message led by the check's code."""
    return [
        finding.document.problem(finding.path, f"{check.code} {finding.message}", key=finding.key)
        for check in CHECKS
        if check.subject is subject and check.warning is warnings
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
    lines += [f"| {c.code} | `{c.name}` | {c.subject.value} | {c.summary} |" for c in CHECKS]
    for check in CHECKS:
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
