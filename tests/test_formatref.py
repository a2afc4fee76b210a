"""The format reference, ``draftkit explain`` and ``draftkit init``: generated from the models, never stale."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from draftkit.diagnostics import InputError
from draftkit.formatref import explain, kind_docs, markdown, starter_yaml
from draftkit.load.framework import parse_framework
from draftkit.models.provisions import KINDS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


def test_docs_format_md_is_what_the_models_generate() -> None:
    assert (ROOT / "docs" / "format.md").read_text(encoding="utf-8") == markdown(), (
        "docs/format.md is stale: run `make docs`"
    )


def test_every_kind_element_and_value_is_in_the_reference() -> None:
    text = markdown()
    for spec in KINDS:
        assert f"## {spec.kind.value}\n" in text
        for name in spec.elements.model_fields:
            assert f"### `{name}`" in text
    authorisation = next(d for d in kind_docs() if d.kind == "investigative_power").element("authorisation")
    assert authorisation is not None
    assert [v.value for v in authorisation.values] == [
        "judicial",
        "independent",
        "prosecutorial",
        "executive",
        "internal",
        "none",
    ]
    assert {v.value: v.meaning for v in authorisation.values}["judicial"] == "a judge"  # the catalog's words


def test_explain_a_kind_and_a_nested_element() -> None:
    offence = explain("offence")
    assert offence.startswith("offence: Offence, a provision of the area Offences (criminalization).")
    assert "\n  mental_elements: the mental elements that suffice (optional)\n" in offence
    assert explain("offence.penalty.max_years").splitlines()[:2] == [
        "offence.penalty.max_years: the maximum term of imprisonment (years) (optional)",
        "  A whole number from 0 to 100; may be left out (not stated in the law).",
    ]


@pytest.mark.parametrize(
    ("given", "suggested"),
    [("ofence", "did you mean 'offence'?"), ("offence.penalti", "did you mean 'offence.penalty', ")],
)
def test_explain_a_typo_suggests_the_nearest_name(given: str, suggested: str) -> None:
    with pytest.raises(InputError) as caught:
        explain(given)
    (problem,) = caught.value.problems
    assert suggested in problem.message


def test_explain_command_exit_codes() -> None:
    done = _run("explain", "cooperation.dual_criminality")
    assert done.returncode == 0
    assert "cooperation.dual_criminality:" in done.stdout
    wrong = _run("explain", "cooperation.dual")
    assert wrong.returncode == 2
    assert "did you mean 'cooperation.dual_criminality'" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def _uncommented(text: str) -> str:
    """The starter with every kind's template taken in: what a drafter does with it."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        if line == "provisions: []":
            out.append("provisions:")
        elif line.startswith(("# - ", "#   ")) and not line.startswith("#   draftkit"):
            out.append(line[2:])
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def test_the_starter_validates_and_so_does_every_template_in_it() -> None:
    text = starter_yaml("XA", "Republic of Aldermere", "common_law", "en", dt.date(2026, 1, 1))
    assert parse_framework(text, "starter.yaml").provisions == []
    full = parse_framework(_uncommented(text), "filled.yaml")
    assert [p.kind for p in full.provisions] == [spec.kind.value for spec in KINDS]
    for spec in KINDS:  # every element of every kind is named, with its allowed values
        for name in spec.elements.model_fields:
            assert f"#     {name}:" in text


def test_init_writes_a_starter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    done = _run(
        "init", "aldermere.yaml", "--country", "XA", "--name", "Aldermere", "--tradition", "civil_law", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    written = tmp_path / "aldermere.yaml"
    assert _run("validate", str(written)).returncode == 0
    again = _run("init", "aldermere.yaml", "--country", "XB", "--name", "B", "--tradition", "civil_law", cwd=tmp_path)
    assert again.returncode == 2
    assert "aldermere.yaml exists; choose another name, or overwrite it with --force" in again.stderr
    assert "Aldermere" in written.read_text()
    forced = _run(
        "init", "aldermere.yaml", "--country", "XB", "--name", "B", "--tradition", "civil_law", "--force", cwd=tmp_path
    )
    assert forced.returncode == 0
    assert "country: XB" in written.read_text()


def test_init_without_a_terminal_names_the_missing_flags_and_bad_values(tmp_path: Path) -> None:
    done = _run("init", "x.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "give --country, --name, --tradition (there is no terminal to ask on)" in done.stderr
    bad = _run("init", "x.yaml", "--country", "XAA", "--name", "X", "--tradition", "roman", cwd=tmp_path)
    assert bad.returncode == 2
    assert "<command line>: --tradition: expected one of: common_law, civil_law" in bad.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_init_example_copies_a_shipped_example(tmp_path: Path) -> None:
    done = _run("init", "xa.yaml", "--example", "xa", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "xa.yaml").read_bytes() == (ROOT / "examples" / "xa-common-law.yaml").read_bytes()
    unknown = _run("init", "xz.yaml", "--example", "xz", cwd=tmp_path)
    assert unknown.returncode == 2
    codes = ", ".join(sorted(p.name.split("-", 1)[0] for p in (ROOT / "examples").glob("x*-*.yaml")))
    assert f"no example 'xz'; the shipped examples are: {codes}" in unknown.stderr


def test_a_definition_without_a_concept_gets_a_warning(tmp_path: Path) -> None:
    text = starter_yaml("XA", "Aldermere", "common_law", "en", dt.date(2026, 1, 1)).replace(
        "provisions: []",
        "provisions:\n- id: xa.pc.s3\n  kind: definition\n  title: Interpretation\n  text: [{text: 'x'}]\n"
        "  source: {act: Penal Code, section: '3'}\n  status: in_force\n  elements: {term: computer}",
        1,
    )
    path = tmp_path / "f.yaml"
    path.write_text(text)
    done = _run("validate", str(path))
    assert done.returncode == 0
    assert "warning: DK121 the definition of 'computer' gives no concept, so it is read as defining another matter" in (
        done.stderr
    )
    assert f"{path}:" in done.stderr


def test_init_on_a_terminal_asks_for_what_the_flags_leave_out(tmp_path: Path) -> None:
    """stdin a terminal (a pseudo-terminal here): init asks for the country, name and tradition."""
    import os
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "draftkit", "init", "asked.yaml", "--tradition", "civil_law"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        text=True,
    )
    os.close(terminal)
    os.write(controller, b"XB\nRepublic of Belvoria\n")
    out, err = process.communicate(timeout=300)
    os.close(controller)
    assert process.returncode == 0, err
    assert "Country code" in out
    assert "Name of the State" in out
    assert "Legal tradition" not in out  # given as a flag: not asked
    written = parse_framework((tmp_path / "asked.yaml").read_text(), "asked.yaml")
    assert (written.country, written.name, written.legal_tradition.value) == ("XB", "Republic of Belvoria", "civil_law")


def test_a_target_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    (tmp_path / "taken.yaml").mkdir()
    done = _run("init", "taken.yaml", "--example", "xa", "--force", cwd=tmp_path)
    assert done.returncode == 2
    assert "taken.yaml:1:1: (document): cannot write the framework here: a directory is in the way" in done.stderr
    assert ".partial" not in done.stderr  # never draftkit's staging directory
