"""A wheel built from the repository carries everything draftkit needs at run time.

Built once per session; installed into a fresh virtual environment outside the
repository, where commands must work without the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("draftkit-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    catalog_files = {p.name for p in (ROOT / "model_provisions").glob("*.yaml")}
    assert catalog_files, "the catalog is empty"
    for name in catalog_files:
        assert f"draftkit/_bundled/model_provisions/{name}" in names
    for example in EXAMPLES.glob("*.yaml"):  # `draftkit init --example` copies them
        assert f"draftkit/_bundled/examples/{example.name}" in names
    for template in (ROOT / "templates").glob("*.docx"):
        assert f"draftkit/_bundled/templates/{template.name}" in names
    for required in (
        "draftkit/py.typed",
        "draftkit/data/instruments.yaml",
        "draftkit/data/guidance_points.yaml",
        "draftkit/schemas/framework.schema.json",
        "draftkit/schemas/provision.schema.json",
    ):
        assert required in names
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


def test_installed_wheel_runs_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    example = work / "framework.yaml"
    example.write_text((EXAMPLES / "xa-common-law.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    draftkit = env_dir / "bin" / "draftkit"
    listed = subprocess.run(
        [str(draftkit), "catalog", "list", "--format", "json"], cwd=work, capture_output=True, text=True, check=True
    )
    assert json.loads(listed.stdout)["count"] > 0
    checked = subprocess.run(
        [str(draftkit), "validate", str(example)], cwd=work, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    location = subprocess.run(
        [str(python), "-c", "import draftkit.paths as p; print(p.catalog_dir())"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_bundled" in location.stdout
    copied = subprocess.run(
        [str(draftkit), "init", "xb.yaml", "--example", "xb"], cwd=work, capture_output=True, text=True, check=False
    )
    assert copied.returncode == 0, copied.stderr
    assert (work / "xb.yaml").read_bytes() == (EXAMPLES / "xb-civil-law.yaml").read_bytes()
