"""Embedding draftkit: load a framework, check it, print the top shortfalls, write the Word drafts.

Uses only the public API (``import draftkit``). Run it from the repository root:

    .venv/bin/python examples/embed.py examples/xa-common-law.yaml out/embedded
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import draftkit


def main(framework_path: str, output_dir: str) -> int:
    try:
        framework = draftkit.load_framework(framework_path)
    except draftkit.InputError as error:
        for problem in error.problems:  # file:line:col: field.path: message
            print(problem, file=sys.stderr)
        return 2

    assessment = draftkit.assess_framework(framework, source=framework_path)

    print(f"{framework.name} ({framework.country}), as of {framework.as_of}")
    for area in assessment.areas:
        print(f"  {area.area.label:<40} in force {area.rating_in_force.value:<3} with the draft {area.rating.value}")

    print("Top shortfalls:")
    for criterion_id in assessment.shortfalls[:5]:
        criterion = assessment.criterion(criterion_id)
        remedies = ", ".join(criterion.remedies) or "none proposed"
        print(f"  - {criterion.question}\n    {criterion.outcome.value}; remedies: {remedies}")

    written = draftkit.write_drafts(framework, assessment, Path(output_dir), date=dt.date(2026, 11, 24))
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: embed.py FRAMEWORK.yaml OUTPUT_DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
