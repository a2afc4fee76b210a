"""The mutation figure, measured on a random sample of mutants (``make mutation-sample``).

    .venv/bin/python benchmarks/mutation.py --sample 400            # run and print
    .venv/bin/python benchmarks/mutation.py --sample 400 --write docs/mutation-run.md
    .venv/bin/python benchmarks/mutation.py --sample 400 --report-only --recheck   # look again at the survivors

mutmut 3 (configured under ``[tool.mutmut]`` in pyproject.toml) makes about ten thousand mutants of
``assess/``, ``compose/`` and the Markdown renderer. Running all of them takes many hours on a
two-core machine, so this script runs a simple random sample of them (fixed seed, so a rerun asks
about the same mutants) and reports the share killed with its 95% confidence interval (Wilson).
A sample of 400 bounds the estimate within about three points either way.

Statuses are mutmut's: killed, timeout and caught by the type checker count as killed; survived,
no tests (no selected test runs the mutated function) and suspicious count as not killed. The
script reads the results from mutmut's own files (``mutants/**/*.meta``) and lists every
survivor, so each can be explained or killed by a new test (docs/mutation.md).

Nothing here asserts; it is a measurement, like the benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
KILLED = {"killed", "timeout", "caught by type check"}
STATUS = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    37: "caught by type check",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    None: "not checked",
}
FIRST = "draftkit.render.markdown.x_md__mutmut_1"
"""One mutant, run first when no mutants exist yet: mutmut makes every mutant, and its coverage run, before
it runs any."""


def mutmut() -> list[str]:
    script = Path(sys.executable).with_name("mutmut")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mutmut"]


def results() -> dict[str, int | None]:
    """Every mutant mutmut has made, with its exit code (None: not run yet)."""
    out: dict[str, int | None] = {}
    for meta in sorted(MUTANTS.glob("src/**/*.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        out.update(data.get("exit_code_by_key", {}))
    return out


def status(code: int | None) -> str:
    return STATUS.get(code, "suspicious")


def wilson(killed: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% confidence interval of a proportion (Wilson score interval)."""
    if total == 0:
        return (0.0, 1.0)
    p = killed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


def run(names: list[str], children: int) -> None:
    subprocess.run([*mutmut(), "run", "--max-children", str(children), *names], cwd=ROOT, check=False)


def report(
    sample: list[str],
    codes: dict[str, int | None],
    total_made: int,
    seed: int,
    rechecked: dict[str, bool] | None = None,
) -> str:
    statuses = Counter(status(codes.get(name)) for name in sample)
    checked = [name for name in sample if status(codes.get(name)) not in {"not checked", "skipped"}]
    killed = sum(1 for name in checked if status(codes.get(name)) in KILLED)
    low, high = wilson(killed, len(checked))
    share = killed / len(checked) if checked else 0.0
    rechecked = rechecked or {}
    after = killed + sum(1 for name in checked if rechecked.get(name))
    low_after, high_after = wilson(after, len(checked))
    modules = Counter(name.split(".x")[0] for name in sample)
    lines = [
        "# Mutation run (sample)",
        "",
        f"Produced by `benchmarks/mutation.py` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"revision `{_revision()}`, load average {os.getloadavg()[0]:.1f}.",
        "",
        f"- mutants made by mutmut: {total_made}",
        f"- random sample (seed {seed}): {len(sample)}; run to a result: {len(checked)}",
        f"- **killed: {killed} of {len(checked)} = {share:.1%}** (95% interval {low:.1%} to {high:.1%})",
        *(
            [
                f"- of the {len(checked) - killed} not killed, {len(rechecked)} were run again against every test "
                f"file of their area (`--recheck`): {sum(rechecked.values())} killed"
            ]
            if rechecked
            else []
        ),
        *(
            [
                f"- **killed, counting those: {after} of {len(checked)} = {after / len(checked):.1%}** "
                f"(95% interval {low_after:.1%} to {high_after:.1%})"
            ]
            if rechecked and checked and len(rechecked) == len(checked) - killed
            else []
        ),
        "",
        "| status | mutants |",
        "|---|---:|",
        *(f"| {name} | {count} |" for name, count in statuses.most_common()),
        "",
        "| module | mutants in the sample |",
        "|---|---:|",
        *(f"| `{name}` | {count} |" for name, count in sorted(modules.items())),
        "",
        "## Not killed",
        "",
    ]
    missed = [name for name in checked if status(codes.get(name)) not in KILLED]

    def state(name: str) -> str:
        said = status(codes.get(name))
        if name in rechecked:
            said += "; killed by its area's tests" if rechecked[name] else "; survived its area's tests too"
        return said

    lines += [f"- `{name}` ({state(name)})" for name in missed] or ["None."]
    lines.append("")
    return "\n".join(lines)


AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "draftkit.render.markdown",
        ("tests/test_markdown_blocks.py", "tests/test_markdown_escape.py", "tests/test_report.py"),
    ),
    (
        "draftkit.compose.report",
        (
            "tests/test_report.py",
            "tests/test_findings_admissibility.py",
            "tests/test_languages.py",
            "tests/test_markdown_blocks.py",
        ),
    ),
    (
        "draftkit.compose.findings",
        ("tests/test_findings_admissibility.py", "tests/test_report.py", "tests/test_languages.py"),
    ),
    ("draftkit.compose.progress", ("tests/test_report.py",)),
    ("draftkit.compose", ("tests/test_compose_bill.py", "tests/test_bill_*.py", "tests/test_draft_text.py")),
    (
        "draftkit.assess",
        (
            "tests/test_assess_*.py",
            "tests/legal/",
            "tests/test_legal_cases.py",
            "tests/test_rulepack_errors.py",
            "tests/test_checks.py",
            "tests/test_model_state.py",
            "tests/test_real_*.py",
        ),
    ),
)
"""Where to look again for a mutant mutmut reports not killed: every test of its area, not only those its
coverage run linked to the mutated function. That run links a function to the tests that called it, and a
test that reuses a bill or a report another test composed first (a cached fixture) is not linked, although it
reads what the function made."""


def recheck(names: list[str], workers: int, timeout: float = 900.0) -> dict[str, bool]:
    """Run each mutant against the whole test files of its area (``-x``: the first failure kills it)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(MUTANTS / "src"), str(MUTANTS)])}

    def one(name: str) -> tuple[str, bool | None]:
        files = next((tests for prefix, tests in AREAS if name.startswith(prefix + ".")), ())
        paths = sorted({str(p.relative_to(MUTANTS)) for pattern in files for p in MUTANTS.glob(pattern)})
        if not paths:
            return name, None
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not slow", *paths]
        process = subprocess.Popen(  # its own process group: a runaway test's subprocesses are stopped with it
            command,
            cwd=MUTANTS,
            env={**env, "MUTANT_UNDER_TEST": name},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:  # mutmut's rule: a mutant that makes the tests run away is killed
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            print(f"timeout {name}", flush=True)
            return name, True
        return name, code not in (0, 5)

    out: dict[str, bool] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for name, killed in pool.map(one, names):
            if killed is not None:
                out[name] = killed
                print(f"{'killed' if killed else 'survived'} {name}", flush=True)
    return out


def _revision() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], check=False, cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=400, help="How many mutants to run (random, fixed seed).")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2, help="mutmut's worker processes.")
    parser.add_argument(
        "--batch", type=int, default=200, help="Mutants per mutmut call (each call runs the clean tests again)."
    )
    parser.add_argument("--report-only", action="store_true", help="Do not run: report what mutmut has recorded.")
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="Run each mutant not killed against every test file of its area (see AREAS), and report both figures.",
    )
    parser.add_argument(
        "--recheck-limit", type=int, default=0, help="Look again at this many of them only (random; 0: all)."
    )
    parser.add_argument("--write", type=Path, help="Also write the report (Markdown) to this file.")
    args = parser.parse_args()
    if not results() and not args.report_only:
        run([FIRST], args.children)  # makes every mutant, runs the few of the Markdown renderer
    codes = results()
    if not codes:
        sys.exit("no mutants: run `make mutation` (or this script without --report-only) first")
    names = sorted(codes)
    sample = sorted(random.Random(args.seed).sample(names, min(args.sample, len(names))))
    todo = [name for name in sample if codes[name] is None]
    # In a random order, in batches: mutmut runs the mutants of one call fastest first, so a run stopped
    # early would otherwise have checked only the quick ones; each batch is a random part of the sample.
    random.Random(args.seed + 1).shuffle(todo)
    if todo and not args.report_only:
        for start in range(0, len(todo), args.batch):  # also a bounded command line
            run(todo[start : start + args.batch], args.children)
        codes = results()
    rechecked = None
    if args.recheck:
        missed = [name for name in sample if codes.get(name) is not None and status(codes[name]) not in KILLED]
        if args.recheck_limit:
            missed = sorted(random.Random(args.seed + 2).sample(missed, min(args.recheck_limit, len(missed))))
        rechecked = recheck(missed, args.children)
    text = report(sample, codes, len(names), args.seed, rechecked)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
