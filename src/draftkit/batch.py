"""Many frameworks in one run: expand directories, spread the work over the cores, keep the order.

``draftkit check`` and ``draftkit draft`` accept several framework files or directories (a
directory means its ``*.yaml``, ``*.yml`` and ``*.json`` files, sorted by name). Each
framework is handled in a worker process (``ProcessPoolExecutor``, one per core unless
``--jobs`` says otherwise); results come back in input order whatever order the workers
finish in, so the output is deterministic. A broken framework does not stop the run: its
problems are collected and reported at the end (exit code 2). A progress bar is drawn on
standard error when it is a terminal, and never otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from draftkit.diagnostics import InputError, Problem
from draftkit.service import DraftOptions, Rules, check_file, draft_file

if TYPE_CHECKING:
    from concurrent.futures import Future

    from draftkit.assess.result import Assessment

__all__ = [
    "FRAMEWORK_SUFFIXES",
    "CheckJob",
    "DraftJob",
    "Outcome",
    "check_framework",
    "draft_framework",
    "expand_inputs",
    "run_jobs",
]

FRAMEWORK_SUFFIXES = (".yaml", ".yml", ".json")

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What one framework gave: a value, or the problems that stopped it."""

    path: Path
    value: R | None
    problems: tuple[Problem, ...] = ()


def expand_inputs(inputs: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """Files as given; each directory replaced by its framework files sorted by name."""
    files: list[Path] = []
    problems: list[Problem] = []
    for given in inputs:
        if given.is_dir():
            found = sorted(p for p in given.iterdir() if p.suffix.lower() in FRAMEWORK_SUFFIXES and p.is_file())
            if not found:
                problems.append(Problem(str(given), 1, 1, (), "no *.yaml, *.yml or *.json framework files here"))
            files.extend(found)
        else:
            files.append(given)  # a missing or unreadable file is reported when it is read
    return files, problems


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _show_progress() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


_state: dict[str, Any] = {}
"""Per worker process: what every job shares (loaded packs, rating rule), set once by the initializer."""


def _initialize(shared: dict[str, Any]) -> None:
    _state.clear()
    _state.update(shared)


def run_jobs(
    function: Callable[[Path], Outcome[R]],
    paths: Sequence[Path],
    *,
    jobs: int | None = None,
    shared: dict[str, Any] | None = None,
    label: str = "Working",
) -> list[Outcome[R]]:
    """``function(path)`` for every path, on up to ``jobs`` processes; results in the order of ``paths``.

    ``function`` must be a module-level function (it is pickled to the workers); it reads
    ``shared`` through :func:`shared_value`. An exception other than ``InputError`` in a
    worker is a bug and propagates.
    """
    _initialize(shared or {})
    workers = min(jobs or default_jobs(), len(paths))
    progress = _progress(label, len(paths)) if len(paths) > 1 and _show_progress() else None
    results: list[Outcome[R] | None] = [None] * len(paths)
    try:
        if workers <= 1:
            for index, path in enumerate(paths):
                results[index] = function(path)
                if progress is not None:
                    progress.advance()
        else:
            from concurrent.futures import ProcessPoolExecutor, as_completed  # lazily: only with workers

            with ProcessPoolExecutor(workers, initializer=_initialize, initargs=(shared or {},)) as pool:
                futures: dict[Future[Outcome[R]], int] = {
                    pool.submit(function, path): index for index, path in enumerate(paths)
                }
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    if progress is not None:
                        progress.advance()
    finally:
        if progress is not None:
            progress.stop()
    return [result for result in results if result is not None]


def shared_value(name: str) -> Any:
    return _state.get(name)


class _Bar:
    def __init__(self, label: str, total: int) -> None:
        # lazily: rich loads only when a progress bar is shown (a terminal, many files)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task(label, total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def stop(self) -> None:
        self._progress.stop()


def _progress(label: str, total: int) -> _Bar:
    return _Bar(label, total)


# ----------------------------------------------------------------------------- the two kinds of job


@dataclass(frozen=True)
class CheckJob:
    """What ``draftkit check`` shares across frameworks: the rules, loaded once."""

    rules: Rules
    proposed: bool = False
    """Add the third view, "with the proposed bill" (``check --proposed``)."""


def check_framework(path: Path) -> Outcome[Assessment]:
    """Load and assess one framework with the shared ``CheckJob``."""
    job: CheckJob = shared_value("check")
    try:
        assessment = check_file(path, job.rules, proposed=job.proposed)
    except InputError as error:
        return Outcome(path, None, tuple(error.problems))
    return Outcome(path, assessment)


@dataclass(frozen=True)
class DraftJob:
    """What ``draftkit draft`` shares across frameworks: the rules (loaded once) and the options."""

    outdir: Path
    rules: Rules
    options: DraftOptions
    subdirectories: bool
    """Several frameworks: each is written into OUTDIR/<file stem>/."""


def draft_framework(path: Path) -> Outcome[list[Path]]:
    """Load, assess and write the drafts of one framework with the shared ``DraftJob``."""
    job: DraftJob = shared_value("draft")
    outdir = job.outdir / path.stem if job.subdirectories else job.outdir
    try:
        written = draft_file(path, outdir, job.rules, job.options)
    except InputError as error:
        return Outcome(path, None, tuple(error.problems))
    return Outcome(path, written)
