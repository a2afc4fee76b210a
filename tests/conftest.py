"""Shared test helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


def example_frameworks() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(autouse=True, scope="session")
def _temporary_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test reads or writes the user's own cache: commands run in subprocesses use a temporary one.

    The library itself writes no cache unless asked (``draftkit.cache.enable``); the command line
    asks, in the directory ``DRAFTKIT_CACHE_DIR`` names, which every subprocess inherits from here.
    """
    directory = tmp_path_factory.mktemp("draftkit-cache")
    before = os.environ.get("DRAFTKIT_CACHE_DIR")
    os.environ["DRAFTKIT_CACHE_DIR"] = str(directory)
    try:
        yield directory
    finally:
        if before is None:
            del os.environ["DRAFTKIT_CACHE_DIR"]
        else:
            os.environ["DRAFTKIT_CACHE_DIR"] = before


def clear_caches(*packages: str) -> int:
    """Empty every ``functools`` cache defined in the modules of ``packages``; how many were emptied."""
    import sys

    emptied = 0
    for name, module in list(sys.modules.items()):
        if any(name == package or name.startswith(f"{package}.") for package in packages):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", None) == name:
                    clear()
                    emptied += 1
    return emptied


def clear_test_caches() -> int:
    """Empty every ``functools`` cache of the test modules (``_example`` and the like); how many were emptied."""
    return clear_caches("tests")


@pytest.fixture(autouse=True)
def _own_computation_under_mutation_stats() -> None:
    """Under mutmut's coverage run only (``MUTANT_UNDER_TEST=stats``): each test computes what it reads (the
    bills and reports of the test modules' caches, and the packs, rating rule and element tables of the
    library's own caches) instead of reusing another test's, so that mutmut links the functions behind them
    to every test that reads what they made (docs/mutation.md). A no-op in any other run."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        clear_caches("tests", "draftkit")


def module_unless_mutation_stats(fixture_name: str, config: pytest.Config) -> Literal["module", "function"]:
    """The scope of a fixture that composes a bill or a report for a whole test module: module-wide, except
    under mutmut's coverage run (``MUTANT_UNDER_TEST=stats``), where each test makes its own so that mutmut
    links the composers to every test that reads what they made (as ``clear_test_caches`` does for caches)."""
    return "function" if os.environ.get("MUTANT_UNDER_TEST") == "stats" else "module"
