"""Worst-case refusal of hostile files by the importers: time and peak memory, per file.

    .venv/bin/python benchmarks/hostile_import.py                                # print the table
    .venv/bin/python benchmarks/hostile_import.py --write docs/benchmarks-import.md  # and record it

The corpus is the one the tests use (``tests/hostile_import/build.py``, rebuilt into a temporary
directory), plus two inputs too big to commit (a 21 MiB file, refused before it is read, and a
section of 300,000 characters). Every importer is measured on its part of the corpus:

- ``akn/``: ``draftkit import-akn FILE`` (:func:`draftkit.akn.read_act`);
- ``docx/``: the bounded Word reader (:func:`draftkit.ingest.open_docx`) in-process, and
  ``draftkit import FILE`` for memory (the reader, then "no questionnaire, no bill");
- ``questionnaire/``: ``draftkit import FILE`` (:func:`draftkit.questionnaire.read_questionnaire`);
- ``bill/``: ``draftkit import FILE --framework examples/xa-common-law.yaml``
  (:func:`draftkit.billimport.read_bill`, which plans and composes the bill again from the framework
  to compare the returned one with it, reading the composed tree rather than a rendered Word file;
  so a bill refused only by that comparison costs a plan and a composition; a bill of the other
  tradition is refused before).

Each file is measured in-process (median of N refusals, after one warm-up, so imports are not
counted) and in a fresh process for peak memory (max RSS of the command), against the floor of a
process that only imports the CLI and the readers. Targets (issue "Untrusted documents in"):
refusal well under a second, under 100 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_import.build import _SECTION, XA, act, build  # noqa: E402

TARGET_MS = 1000
TARGET_MB = 100


def _reader(path: Path) -> Callable[[], object]:
    """The in-process importer for a corpus file (imports done here, outside the timing)."""
    from draftkit.akn import read_act
    from draftkit.billimport import read_bill
    from draftkit.ingest import open_docx
    from draftkit.load import load_framework
    from draftkit.questionnaire import read_questionnaire

    folder = path.parent.name
    if folder == "akn":
        return lambda: read_act(path, path.name)
    if folder == "questionnaire":
        return lambda: read_questionnaire(path)
    if folder == "bill":
        framework = load_framework(ROOT / XA)
        return lambda: read_bill(path, framework)
    return lambda: open_docx(path, path.name)


def _in_process_ms(path: Path, repeats: int) -> float:
    from draftkit.diagnostics import InputError

    reader = _reader(path)
    times = []
    for index in range(repeats + 1):
        started = time.perf_counter()
        with contextlib.suppress(InputError):
            reader()
        if index:
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _max_rss_mb(code: str) -> float:
    helper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    result = subprocess.run(
        [sys.executable, "-c", helper, sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip()) / 1024


def _reader_code(path: Path) -> str:
    """A fresh process running the command a user runs on the file (``-o`` into the temporary corpus)."""
    output = str(path.with_suffix(".yaml"))
    folder = path.parent.name
    if folder == "akn":
        args = ["import-akn", str(path), "-o", output]
    elif folder == "bill":
        args = ["import", str(path), "--framework", str(ROOT / XA), "-o", output]
    else:
        args = ["import", str(path), "-o", output]
    return f"import sys; from draftkit.cli import main; sys.argv = ['draftkit', *{args!r}]; main()"


def measure(repeats: int) -> list[tuple[str, float, float]]:
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="draftkit-hostile-") as temp:
        directory = Path(temp)
        files = [p for p in build(directory) if p.suffix in (".xml", ".docx")]
        huge = directory / "akn" / "generated-21mib.xml"
        with huge.open("wb") as stream:
            stream.write(b"<akomaNtoso>" + b" " * (21 * 1024 * 1024) + b"</akomaNtoso>")
        long_text = directory / "akn" / "generated-long-section.xml"
        long_text.write_bytes(act(_SECTION.format(text="x" * 300_000)).encode())
        files += [huge, long_text]
        floor = _max_rss_mb(
            "import draftkit.akn, draftkit.ingest, draftkit.cli, draftkit.questionnaire, draftkit.billimport"
        )
        rows.append(("(floor: importing the readers)", 0.0, floor))
        for path in sorted(files):
            print(f"measuring {path.parent.name}/{path.name} ...", file=sys.stderr)
            name = f"{path.parent.name}/{path.name}"
            rows.append((name, _in_process_ms(path, repeats), _max_rss_mb(_reader_code(path))))
    return rows


IMPORTERS = {
    "akn": "`draftkit import-akn` (Akoma Ntoso)",
    "docx": "the bounded Word reader (broken packages)",
    "questionnaire": "`draftkit import` (questionnaire)",
    "bill": "`draftkit import --framework` (bill)",
}


def report(rows: list[tuple[str, float, float]], load: float) -> str:
    files = rows[1:]
    worst_ms = max(files, key=lambda row: row[1])
    worst_mb = max(files, key=lambda row: row[2])
    ok = worst_ms[1] < TARGET_MS and worst_mb[2] < TARGET_MB
    lines = [
        "# Benchmarks: hostile files through the importers",
        "",
        "Produced by `.venv/bin/python benchmarks/hostile_import.py --write docs/benchmarks-import.md`. "
        "Refusal time is in-process (median, imports excluded); peak memory is the max RSS of a fresh "
        "process running the importer's command on the file. "
        f"Load average while measuring: {load:.1f} on {os.cpu_count()} cores.",
        "",
        f"Worst refusal time: **{worst_ms[1]:.1f} ms** ({worst_ms[0]}); worst peak memory: "
        f"**{worst_mb[2]:.0f} MB** ({worst_mb[0]}); floor {rows[0][2]:.0f} MB. "
        f"Targets: under {TARGET_MS} ms and {TARGET_MB} MB: **{'met' if ok else 'MISSED'}**.",
        "",
        "| importer | files | worst refusal (ms) | worst peak RSS (MB) |",
        "|---|---:|---:|---:|",
    ]
    for folder, label in IMPORTERS.items():
        mine = [row for row in files if row[0].startswith(folder + "/")]
        if not mine:
            continue
        slow = max(mine, key=lambda row: row[1])
        big = max(mine, key=lambda row: row[2])
        lines.append(
            f"| {label} | {len(mine)} | {slow[1]:.1f} ({slow[0].partition('/')[2]}) "
            f"| {big[2]:.0f} ({big[0].partition('/')[2]}) |"
        )
    lines += ["", "| file | refusal (ms) | peak RSS (MB) |", "|---|---:|---:|"]
    lines += [f"| {name} | {ms:.1f} | {mb:.0f} |" for name, ms, mb in files]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="Also write the report (Markdown) to this file.")
    parser.add_argument("--repeats", type=int, default=5, help="Refusals per file (median).")
    options = parser.parse_args()
    rows = measure(options.repeats)
    text = report(rows, os.getloadavg()[0])
    print(text)
    if options.write is not None:
        options.write.write_text(text, encoding="utf-8")
        print(f"written to {options.write}", file=sys.stderr)


if __name__ == "__main__":
    assert resource  # the helper process uses it; imported here so a missing module fails early
    main()
