"""draftkit benchmarks: every stage side by side with the floor it cannot beat, as ratios.

    .venv/bin/python benchmarks/run.py                          # print the results
    .venv/bin/python benchmarks/run.py --write docs/benchmarks.md   # and record them

Synthetic frameworks of 10, 100 and 1,000 provisions (``benchmarks/synth.py``, fixed seed)
are generated into a temporary directory. Each size is measured in a fresh interpreter:

- load+validate, check (the rules engine), bill.docx (compose + render), gap-report.docx:
  median of several warm runs (the first, which builds pydantic validators, is left out);
- the floor of each Word document: bare python-docx (``Document()``, ``add_paragraph``,
  ``add_comment``, ``save``) writing the same paragraphs with the same comments;
- ``draftkit check FILE --format json`` from the shell, cold (a new process each time),
  median of N, against the floor of its stack: ``python -c "from pydantic import BaseModel;
  import yaml"``; with draftkit's cache warm (the usual case), on the first run (cache
  miss) and with the cache disabled;
- peak memory (max RSS) of ``draftkit draft`` on each framework, in its own process.

A 300-section bill (all provisions are bill sections, plus the remedies) is measured the
same way. Nothing here asserts: the numbers are recorded, the targets compared, and a
missed target is printed as such.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

SIZES = (10, 100, 1000)
BILL_SECTIONS = 300
DATE = dt.date(2026, 10, 1)
FLOOR_IMPORTS = "from pydantic import BaseModel; import yaml"
PACKAGES = ("draftkit", "pydantic", "pydantic-core", "PyYAML", "python-docx", "lxml", "typer", "rich")


# ----------------------------------------------------------------------------- timing helpers


def median_ms(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def paired_ms(functions: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Median of each function, run in turns (a, b, a, b, ...) so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            started = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def _runner(command: list[str], env: dict[str, str] | None = None) -> Callable[[], object]:
    return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def command_ms(command: list[str], repeats: int, env: dict[str, str] | None = None) -> float:
    return paired_ms({"command": _runner(command, env)}, repeats)["command"]


def max_rss_mb(command: list[str], env: dict[str, str] | None = None) -> float:
    """Peak resident memory of ``command`` (a child of a fresh helper, so nothing else counts)."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True, env=env)
    kilobytes = int(out.stdout.split()[-1])
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


# ----------------------------------------------------------------------------- the python-docx floor


def docx_shape(data: bytes) -> tuple[list[str], list[list[str]]]:
    """Every body paragraph's text (inside tables and tracked insertions too) and every comment's paragraphs."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))]
    comments = [[p.text for p in comment.paragraphs] for comment in document.comments]
    return paragraphs, comments


def floor_docx(paragraphs: list[str], comments: list[list[str]]) -> bytes:
    """Bare python-docx: the same paragraphs, the same comments (spread evenly), saved to memory."""
    import docx

    document = docx.Document()
    added = [document.add_paragraph(text or " ") for text in paragraphs]
    for index, texts in enumerate(comments):
        anchor = added[index * len(added) // len(comments)].runs[0]
        comment = document.add_comment(anchor, text=texts[0] if texts else "", author="floor", initials="F")
        for text in texts[1:]:
            comment.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- one size, in its own process


def worker(path: Path, repeats: int) -> dict[str, Any]:
    from draftkit.assess import assess, core_pack
    from draftkit.catalog import load_catalog
    from draftkit.compose import compose_bill
    from draftkit.drafts import drafting_time
    from draftkit.load.framework import load_framework
    from draftkit.render import bill_docx, report_docx

    catalog = load_catalog()
    pack = core_pack()
    when = drafting_time(DATE)
    framework = load_framework(path)  # warm-up: validators are built on first use
    assessment = assess(framework, [pack], catalog=catalog)
    composed = compose_bill(framework, assessment, catalog)
    sections = sum(len(part.sections) for part in composed.parts)
    titles = {p.id: p.title for p in catalog}

    def bill_bytes() -> bytes:
        bill = compose_bill(framework, assessment, catalog)
        return bill_docx.render_bill(bill, track_changes=True, author="draftkit", when=when)

    def report_bytes() -> bytes:
        from draftkit.compose.report import ReportInputs, compose_report, sections_by_criterion

        tree = compose_report(
            ReportInputs(assessment, framework, sections_by_criterion(composed), titles, date=when.date())
        )
        return report_docx.render_report(tree, author="draftkit", when=when)

    bill_data, report_data = bill_bytes(), report_bytes()
    bill_paragraphs, bill_comments = docx_shape(bill_data)
    report_paragraphs, report_comments = docx_shape(report_data)
    floor_docx(bill_paragraphs, bill_comments)  # warm-up
    bill = paired_ms({"draftkit": bill_bytes, "floor": lambda: floor_docx(bill_paragraphs, bill_comments)}, repeats)
    report = paired_ms(
        {"draftkit": report_bytes, "floor": lambda: floor_docx(report_paragraphs, report_comments)}, repeats
    )
    return {
        "provisions": len(framework.provisions),
        "sections": sections,
        "bill_paragraphs": len(bill_paragraphs),
        "bill_comments": len(bill_comments),
        "report_paragraphs": len(report_paragraphs),
        "report_comments": len(report_comments),
        # Loading and checking take milliseconds, not seconds: three times the runs, for a steadier median.
        "load_ms": median_ms(lambda: load_framework(path), 3 * repeats),
        "check_ms": median_ms(lambda: assess(framework, [pack], catalog=catalog), 3 * repeats),
        "bill_ms": bill["draftkit"],
        "bill_floor_ms": bill["floor"],
        "report_ms": report["draftkit"],
        "report_floor_ms": report["floor"],
    }


def bill_framework(directory: Path, sections: int) -> Path:
    """A framework whose bill has ``sections`` sections: all provisions are bill sections, plus remedies."""
    from draftkit.assess import assess, core_pack
    from draftkit.compose.bill import remedy_ids
    from draftkit.load.framework import load_framework

    size = sections
    for _ in range(5):
        path = directory / f"bill-{sections}.yaml"
        path.write_text(synth.framework_yaml(size, statuses=("bill",)), encoding="utf-8")
        remedies = len(remedy_ids(assess(load_framework(path), [core_pack()])))
        if size + remedies == sections:
            break
        size = sections - remedies
    return path


# ----------------------------------------------------------------------------- the whole run


def draftkit_command() -> list[str]:
    script = Path(sys.executable).with_name("draftkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "draftkit"]


def run_worker(path: Path, repeats: int, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(path), "--repeats", str(repeats)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "-"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": platform.platform(),
        "python": platform.python_version(),
        **versions,
    }


def compile_bytecode() -> None:
    """Write draftkit's bytecode first, as installing it from a wheel does (pip compiles on install).

    An editable install run with ``PYTHONDONTWRITEBYTECODE=1`` (CI images and this sandbox set
    it) would otherwise compile all of draftkit's modules from source in every cold run: some
    25 ms that an installed draftkit never spends, and that no floor pays either.
    """
    import compileall

    import draftkit

    compileall.compile_dir(Path(draftkit.__file__).parent, quiet=1)


def measure(sizes: tuple[int, ...], repeats: int, cli_runs: int) -> dict[str, Any]:
    compile_bytecode()
    draftkit = draftkit_command()
    results: dict[str, Any] = {"machine": machine(), "sizes": {}, "cli_runs": cli_runs, "repeats": repeats}
    with tempfile.TemporaryDirectory(prefix="draftkit-bench-") as temp:
        directory = Path(temp)
        env = {**os.environ, "DRAFTKIT_CACHE_DIR": str(directory / "cache")}
        no_cache = {**env, "DRAFTKIT_NO_CACHE": "1"}
        floor = [sys.executable, "-c", FLOOR_IMPORTS]
        command_ms(floor, 2)  # warm the OS file cache
        floors: list[float] = []
        helped = paired_ms({"floor": _runner(floor), "help": _runner([*draftkit, "--help"], env)}, cli_runs)
        results["help_ms"] = helped["help"]
        floors.append(helped["floor"])
        paths = {size: synth.write_framework(directory, size) for size in sizes}
        for size, path in paths.items():
            print(f"measuring {size} provisions ...", file=sys.stderr)
            check = [*draftkit, "check", str(path), "--format", "json"]
            first = command_ms(check, 1, env) if size == sizes[0] else None  # a miss: fills the cache
            row = run_worker(path, repeats, env)
            if first is not None:
                row["cli_first_ms"] = first
            timed = paired_ms(
                {"floor": _runner(floor), "cached": _runner(check, env), "uncached": _runner(check, no_cache)},
                cli_runs,
            )
            row["cli_ms"], row["cli_no_cache_ms"], row["cli_floor_ms"] = (
                timed["cached"],
                timed["uncached"],
                timed["floor"],
            )
            floors.append(timed["floor"])
            draft = [*draftkit, "draft", str(path), "-o", str(directory / f"out-{size}"), "--date", DATE.isoformat()]
            row["draft_rss_mb"] = max_rss_mb(draft, env)
            row["check_rss_mb"] = max_rss_mb(check, env)
            results["sizes"][str(size)] = row
        print(f"measuring a {BILL_SECTIONS}-section bill ...", file=sys.stderr)
        results["bill300"] = run_worker(bill_framework(directory, BILL_SECTIONS), repeats, env)
        results["floor_cli_ms"] = statistics.median(floors)
    results["floor_rss_mb"] = max_rss_mb(floor)
    return results


# ----------------------------------------------------------------------------- report


def _ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}x" if floor else "-"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    floor_cli = results["floor_cli_ms"]
    lines = ["# Benchmarks", ""]
    lines += [
        "Produced by `.venv/bin/python benchmarks/run.py --write docs/benchmarks.md` (`make bench` prints the "
        "same tables). Synthetic frameworks (`benchmarks/synth.py`, fixed seed) are generated into a temporary "
        "directory; each size is measured in a fresh interpreter. Times are medians in milliseconds; a ratio "
        "is draftkit divided by its floor on the same machine in the same run.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
    ]
    lines += [f"| {key} | {value} |" for key, value in results["machine"].items()]
    lines += [
        "",
        "## Command line, cold (a new process each run)",
        "",
        f'Floor of the stack: `python -c "{FLOOR_IMPORTS}"` = **{floor_cli:.0f} ms** (median over the run). '
        "draftkit's bytecode is compiled first, as a wheel install does (see `compile_bytecode`). "
        f"Each row is timed in turns with its own floor runs (median of {results['cli_runs']} each), so that "
        f"load on the machine hits both alike. `draftkit --help` = {results['help_ms']:.0f} ms "
        f"({_ratio(results['help_ms'], floor_cli)}).",
        "",
        "| provisions | floor | `draftkit check --format json` | ratio | cache disabled | ratio | peak RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, row in sizes.items():
        floor = row["cli_floor_ms"]
        lines.append(
            f"| {size} | {floor:.0f} | {row['cli_ms']:.0f} | {_ratio(row['cli_ms'], floor)} "
            f"| {row['cli_no_cache_ms']:.0f} | {_ratio(row['cli_no_cache_ms'], floor)} | {row['check_rss_mb']:.0f} MB |"
        )
    first = next((row["cli_first_ms"] for row in sizes.values() if "cli_first_ms" in row), None)
    if first is not None:
        filled = "catalog, registries, rating rule, core pack, pack index, model schemas"
        lines += ["", f"The very first run, which fills the cache ({filled}): {first:.0f} ms."]
    lines += [
        "",
        "## In-process stages (warm: validators already built)",
        "",
        "| provisions | load+validate | check | bill.docx | floor | ratio | gap-report.docx | floor | ratio "
        "| bill sections / paragraphs / comments |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size, row in sizes.items():
        lines.append(_stage_row(size, row))
    bill = results["bill300"]
    lines += [
        _stage_row(f"{bill['provisions']} (all bill)", bill),
        "",
        "## Scaling and memory",
        "",
        "| stage | 100 provisions | 1,000 provisions | 1,000 / 100 |",
        "|---|---:|---:|---:|",
    ]
    if "100" in sizes and "1000" in sizes:
        small, large = sizes["100"], sizes["1000"]
        for key, label in (
            ("load_ms", "load+validate"),
            ("check_ms", "check"),
            ("bill_ms", "bill.docx"),
            ("report_ms", "gap-report.docx"),
            ("cli_ms", "`draftkit check` (CLI)"),
        ):
            lines.append(f"| {label} | {small[key]:.1f} | {large[key]:.1f} | {large[key] / small[key]:.1f}x |")
    lines += [
        "",
        "| provisions | peak RSS of `draftkit draft` |",
        "|---:|---:|",
    ]
    lines += [f"| {size} | {row['draft_rss_mb']:.0f} MB |" for size, row in sizes.items()]
    lines += ["", f"(The floor interpreter with pydantic and yaml imported: {results['floor_rss_mb']:.0f} MB.)"]
    lines += ["", "## Targets", "", "| target | measured | verdict |", "|---|---|---|"]
    lines += _targets(results)
    return "\n".join(lines) + "\n"


def _stage_row(label: object, row: dict[str, Any]) -> str:
    return (
        f"| {label} | {row['load_ms']:.1f} | {row['check_ms']:.1f} | {row['bill_ms']:.1f} "
        f"| {row['bill_floor_ms']:.1f} | {_ratio(row['bill_ms'], row['bill_floor_ms'])} "
        f"| {row['report_ms']:.1f} | {row['report_floor_ms']:.1f} | {_ratio(row['report_ms'], row['report_floor_ms'])} "
        f"| {row['sections']} / {row['bill_paragraphs']} / {row['bill_comments']} |"
    )


def _targets(results: dict[str, Any]) -> list[str]:
    sizes = results["sizes"]
    rows = []
    for size, limit in (("100", 2.0), ("1000", 2.5)):  # the cold-check targets of issue 19
        if size in sizes:
            cli, floor = sizes[size]["cli_ms"], sizes[size]["cli_floor_ms"]
            rows.append(
                f"| `draftkit check` on {int(size):,} provisions <= {limit:g}x the stack floor | "
                f"{cli:.0f} ms / {floor:.0f} ms = {cli / floor:.2f}x | {_verdict(cli / floor <= limit)} |"
            )
    bill = results["bill300"]
    ratio = bill["bill_ms"] / bill["bill_floor_ms"]
    rows.append(
        f"| {bill['sections']}-section annotated bill <= 1.5x the python-docx floor | "
        f"{bill['bill_ms']:.0f} ms / {bill['bill_floor_ms']:.0f} ms = {ratio:.2f}x | {_verdict(ratio <= 1.5)} |"
    )
    both, floors = bill["bill_ms"] + bill["report_ms"], bill["bill_floor_ms"] + bill["report_floor_ms"]
    rows.append(
        f"| `draft` of a {bill['sections']}-section bill (bill and report together) <= 1.5x python-docx writing "
        f"both | {both:.0f} ms / {floors:.0f} ms = {both / floors:.2f}x | {_verdict(both / floors <= 1.5)} |"
    )
    if "100" in sizes and "1000" in sizes:
        worst = max(
            (sizes["1000"][key] / sizes["100"][key], key) for key in ("load_ms", "check_ms", "bill_ms", "report_ms")
        )
        rows.append(
            f"| 1,000 vs 100 provisions <= 12x (every stage) | worst: {worst[1].removesuffix('_ms')} "
            f"{worst[0]:.1f}x | {_verdict(worst[0] <= 12)} |"
        )
    if "1000" in sizes:
        rss = sizes["1000"]["draft_rss_mb"]
        rows.append(f"| peak memory, 1,000-provision draft <= 300 MB | {rss:.0f} MB | {_verdict(rss <= 300)} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="Also write the report (Markdown) to this file.")
    parser.add_argument("--json", type=Path, help="Also write the raw results as JSON.")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="Comma-separated provision counts.")
    parser.add_argument("--repeats", type=int, default=5, help="Warm runs per in-process stage (median).")
    parser.add_argument("--cli-runs", type=int, default=9, help="Cold command-line runs (median).")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker is not None:
        print(json.dumps(worker(options.worker, options.repeats)))
        return
    sizes = tuple(int(size) for size in options.sizes.split(","))
    results = measure(sizes, options.repeats, options.cli_runs)
    text = report(results)
    print(text)
    if options.write is not None:
        options.write.write_text(text, encoding="utf-8")
        print(f"written to {options.write}", file=sys.stderr)
    if options.json is not None:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
