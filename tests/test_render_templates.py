"""The Word templates: every style the renderers use exists, and the build script reproduces them."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from draftkit.paths import templates_dir
from draftkit.render.styles import all_style_ids


def _style_ids(path: Path) -> set[str]:
    import docx

    styles = docx.Document(str(path)).styles.element
    return {s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))}


@pytest.mark.parametrize("name", ["bill", "gap-report"])
def test_every_style_the_code_uses_is_in_the_template(name: str) -> None:
    present = _style_ids(templates_dir() / f"{name}.docx")
    assert all_style_ids(name) <= present, sorted(all_style_ids(name) - present)


@pytest.mark.parametrize("name", ["bill", "gap-report"])
def test_templates_are_skeletons_with_one_run_per_field(name: str) -> None:
    with zipfile.ZipFile(templates_dir() / f"{name}.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
        header = package.read("word/header1.xml").decode("utf-8")
    if name == "bill":
        assert "<w:t>{{ country }}</w:t>" in document
        assert "<w:t>{{ header }}</w:t>" in header  # the running head's words: the catalog's, in the bill's language
    else:  # every word of the report comes from the message catalog, running heads included
        assert "<w:t>{{ header }}</w:t>" in header
        assert "{{ country }}" not in document
    assert "{%" not in document  # bodies are built in code, not in Jinja


def test_build_script_reproduces_the_shipped_templates(tmp_path: Path) -> None:
    script = templates_dir() / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_bill(tmp_path / "bill.docx")
    module.build_report(tmp_path / "gap-report.docx")
    for name in ("bill.docx", "gap-report.docx"):
        assert (tmp_path / name).read_bytes() == (templates_dir() / name).read_bytes(), (
            f"templates/{name} is stale: run templates/build_templates.py"
        )
