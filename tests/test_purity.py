"""The library has no side effects unless asked: it writes no cache and changes no process-wide state.

Each case runs in a fresh interpreter whose HOME, XDG_CACHE_HOME and working directory are empty
temporary directories, so that anything draftkit wrote, or any global it changed, shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

PROGRAM = """
import gc, json, os, sys
from pathlib import Path

def state():
    loader = sys.modules.get("pydantic.plugin._loader")
    return {
        "gc": gc.isenabled(),
        "threshold": gc.get_threshold(),
        "frozen": gc.get_freeze_count(),
        "environ": dict(os.environ),
        "recursion": sys.getrecursionlimit(),
        "loader": getattr(loader, "__file__", None) if loader is not None else "absent",
    }

before = state()
import draftkit
framework = draftkit.load_framework(sys.argv[1])
assessment = draftkit.assess_framework(framework)
catalog = draftkit.load_catalog()
after = state()
if before["loader"] == "absent" and str(after["loader"]).endswith("_loader.py"):
    before["loader"] = after["loader"]  # pydantic's own module, imported as pydantic imports it: not a stand-in
mode = sys.argv[2]
if mode == "draft":
    draftkit.write_drafts(framework, assessment, sys.argv[3])
elif mode == "cache":
    import draftkit.cache
    draftkit.cache.enable()
    draftkit.cache.cached("probe", lambda: [("x", b"x")], lambda: 1)
    draftkit.cache.disable()
print(json.dumps({"before": before, "after": after, "rating": assessment.areas[0].rating.value}))
"""


def _run(tmp_path: Path, mode: str) -> tuple[dict[str, object], Path, Path]:
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DRAFTKIT_")}
    env |= {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(EXAMPLES / "xa-common-law.yaml"), mode, str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), home, cwd


def _files(directory: Path) -> list[str]:
    return sorted(str(path.relative_to(directory)) for path in directory.rglob("*"))


def test_loading_and_assessing_write_nothing_and_change_no_global_state(tmp_path: Path) -> None:
    report, home, cwd = _run(tmp_path, "assess")
    assert _files(home) == []
    assert _files(cwd) == []
    assert report["after"] == report["before"]  # collector, its thresholds, environment, pydantic's plugin loader
    assert report["rating"]


def test_write_drafts_writes_only_the_drafts(tmp_path: Path) -> None:
    _report, home, cwd = _run(tmp_path, "draft")
    assert _files(home) == []
    assert _files(cwd) == []
    assert sorted(p.name for p in (tmp_path / "out").iterdir())  # the drafts, and nothing beside them
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "home", "out"]


def test_the_cache_writes_only_when_enabled_and_where_the_user_keeps_caches(tmp_path: Path) -> None:
    _report, home, _cwd = _run(tmp_path, "cache")
    written = _files(home)
    assert written[:2] == [".cache", ".cache/draftkit"]
    assert all(name.startswith(".cache/draftkit/probe-") for name in written[2:])
    assert len(written) == 3
