"""``make demo``: check and draft every example framework, then print a summary.

Run as ``python -m draftkit.demo EXAMPLES_DIR OUT_DIR``. It uses the public API only,
the same calls an embedding program would make.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

__all__ = ["main", "run_demo"]

# Column headings for the summary table, keyed by area value.
_SHORT = {
    "definitions": "DEF",
    "criminalization": "OFF",
    "investigative_powers": "POW",
    "safeguards": "SAFE",
    "service_providers": "SP",
    "jurisdiction": "JUR",
    "international_cooperation": "COOP",
    "evidence": "EVID",
}


def run_demo(examples: Path, out: Path) -> int:
    # lazily: rich and the library load when the demo runs, not when its module is imported
    from rich.console import Console
    from rich.table import Table

    from draftkit import InputError, assess_framework, load_framework, write_drafts
    from draftkit.models import Area

    console = Console(width=None if sys.stdout.isatty() else 110)
    files = sorted(examples.glob("*.yaml"))
    if not files:
        console.print(f"[red]no example frameworks in {examples}[/red]")
        return 2
    table = Table(title="draftkit demo: every example checked and drafted")
    table.add_column("State")
    for area in Area:
        table.add_column(_SHORT[area.value], justify="center")
    table.add_column("gaps", justify="right")
    written_lines: list[str] = []
    status = 0
    started = time.perf_counter()
    for path in files:
        try:
            framework = load_framework(path)
            assessment = assess_framework(framework, source=str(path))
            written = write_drafts(framework, assessment, out / path.stem)
        except InputError as error:
            for problem in error.problems:
                console.print(str(problem), markup=False, highlight=False)
            status = 2
            continue
        ratings = [
            f"{a.rating.value}" if a.rating == a.rating_in_force else f"{a.rating_in_force.value}→{a.rating.value}"
            for a in assessment.areas
        ]
        gaps = sum(1 for c in assessment.criteria if c.outcome.value in ("not_met", "partly_met"))
        table.add_row(f"{framework.country} {framework.name}", *ratings, str(gaps))
        written_lines.append(f"{framework.country}: " + "  ".join(str(p) for p in written))
    console.print(table)
    console.print("Columns: " + "; ".join(f"{_SHORT[a.value]} = {a.label}" for a in Area) + ".")
    for line in written_lines:
        console.print(line, markup=False, highlight=False)
    console.print(
        "Ratings: law in force → with the draft (one value when both agree). "
        f"Finished in {time.perf_counter() - started:.1f} s."
    )
    return status


def main() -> None:
    examples = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("examples")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("out")
    sys.exit(run_demo(examples, out))


if __name__ == "__main__":
    main()
