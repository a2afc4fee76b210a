"""``make demo``: check and draft every example framework, then print a summary.

Run as ``python -m draftkit.demo EXAMPLES_DIR OUT_DIR``. It uses the public API only,
the same calls an embedding program would make.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

__all__ = ["main", "run_demo"]


def run_demo(examples: Path, out: Path) -> int:
    from rich.console import Console
    from rich.table import Table

    from draftkit import InputError, assess_framework, load_framework, write_drafts
    from draftkit.models import Area

    console = Console()
    files = sorted(examples.glob("*.yaml"))
    if not files:
        console.print(f"[red]no example frameworks in {examples}[/red]")
        return 2
    table = Table(title="draftkit demo: every example checked and drafted")
    table.add_column("State")
    for area in Area:
        table.add_column(area.label.split(" ")[0][:12], justify="center")
    table.add_column("gaps", justify="right")
    table.add_column("written")
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
        table.add_row(
            f"{framework.country} {framework.name}",
            *ratings,
            str(gaps),
            "\n".join(str(p) for p in written),
        )
    console.print(table)
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
