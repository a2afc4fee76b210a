"""``draftkit import-akn``: Akoma Ntoso acts in, a framework skeleton out (real Finlex acts, draftkit's bills)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from draftkit.akn import read_act
from draftkit.akn.skeleton import KIND_TO_FILL, build_skeleton
from draftkit.diagnostics import InputError
from draftkit.load.framework import parse_framework

FIXTURES = Path(__file__).parent / "fixtures" / "akn"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "draftkit", *args], capture_output=True, text=True, check=False)


REAL = FIXTURES / "fi-2026-1.xml"


def _uncomment(text: str, kind: str, elements: str) -> str:
    """What an assessor does: uncomment every block, set the kind and the elements."""
    lines = [line[2:] if line.startswith(("# - id:", "#   ")) else line for line in text.splitlines()]
    out = "\n".join(lines).replace("provisions: []", "provisions:")
    out = re.sub(rf"kind: {KIND_TO_FILL}.*", f"kind: {kind}", out)
    return re.sub(r"elements: \{\}.*", f"elements: {elements}", out)


def test_real_finlex_act_identity_and_structure() -> None:
    act = read_act(REAL)
    assert (act.country, act.number, act.year, act.language, act.doc_type) == ("FI", "1", "2026", "fin", "act")
    assert act.title.startswith("Sisäministeriön asetus")
    assert act.date == dt.date(2026, 1, 5)
    assert len(act.sections) == 21
    sec_10 = next(s for s in act.sections if s.eid == "sec_10")
    assert sec_10.num == "10 §"
    lead = sec_10.text[0]
    assert lead.text == "Ministeriössä toimii säädösvalmistelun kehittämistyöryhmä, joka:"
    assert [p.text[:20] for p in lead.paragraphs] == [
        "tekee esityksiä ja a",
        "toimii hyvää lainval",
        "välittää säädösvalmi",
        "seuraa valtioneuvost",
        "tekee esityksiä sääd",
    ]
    assert len(sec_10.text) == 4


def test_skeleton_loads_as_written_and_after_the_assessor_fills_it() -> None:
    acts = [read_act(REAL), read_act(FIXTURES / "fi-2026-2.xml")]
    skeleton = build_skeleton(acts)
    framework = parse_framework(skeleton.yaml, "skeleton.yaml")
    assert framework.provisions == []
    assert framework.as_of == dt.date(2026, 1, 8)
    filled = _uncomment(skeleton.yaml, "evidence", "{topics: [authentication]}")
    framework = parse_framework(filled, "filled.yaml")
    assert [p.id for p in framework.provisions] == skeleton.provision_ids
    first = framework.provisions[0]
    assert first.source.section == "1"
    assert first.status.value == "in_force"
    assert first.text == list(acts[0].sections[0].text)


def test_uncommented_but_unfilled_block_fails_validation_with_a_location() -> None:
    skeleton = build_skeleton([read_act(FIXTURES / "fi-2026-2.xml")])
    half = "\n".join(line[2:] if line.startswith(("# - id:", "#   ")) else line for line in skeleton.yaml.splitlines())
    with pytest.raises(InputError) as error:
        parse_framework(half.replace("provisions: []", "provisions:"), "half.yaml")
    assert "half.yaml:" in str(error.value)
    assert "kind" in str(error.value)


def test_cli_writes_the_file_and_lists_what_to_fill(tmp_path: Path) -> None:
    out = tmp_path / "fw.yaml"
    result = run("import-akn", str(REAL), "-o", str(out), "--tradition", "civil_law")
    assert result.returncode == 0, result.stderr
    assert "21 sections imported from 1 act, each commented out." in result.stdout
    assert "name: the State's name as documents print it (now \u201cFI\u201d)" in result.stdout
    assert "legal_tradition" not in result.stdout
    assert "legal_tradition: civil_law" in out.read_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body/></html>", "not an Akoma Ntoso document: the root element is <html>, expected <akomaNtoso>"),
        (
            b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><judgment name="j"/></akomaNtoso>',
            "is an Akoma Ntoso judgment, not an act or a bill; import-akn reads acts and bills",
        ),
        (b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>', "is Akoma Ntoso 2.0"),
        (b"<akomaNtoso><act", "not well-formed XML"),
    ],
)
def test_wrong_documents_exit_2_and_write_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "in.xml"
    source.write_bytes(content)
    out = tmp_path / "fw.yaml"
    result = run("import-akn", str(source), "-o", str(out))
    assert result.returncode == 2
    assert message in result.stderr
    assert str(source) + ":1:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("example", ["xa-common-law.yaml", "xb-civil-law.yaml", "xc-penal-code-only.yaml"])
def test_export_then_import_keeps_text_and_structure(tmp_path: Path, example: str) -> None:
    from draftkit.akn.writer import render_bill_akn
    from draftkit.assess import assess
    from draftkit.compose.bill import compose_bill as compose_bill_tree
    from draftkit.load.framework import load_framework

    framework = load_framework(Path(__file__).parent.parent / "examples" / example)
    bill = compose_bill_tree(framework, assess(framework))
    path = tmp_path / "bill.akn.xml"
    path.write_bytes(render_bill_akn(bill, dt.date(2026, 1, 1)))
    act = read_act(path)
    assert act.doc_type == "bill"
    assert act.country == framework.country
    assert [s.eid for s in act.sections] == [s.eid for s in bill.sections]
    for imported, section in zip(act.sections, bill.sections, strict=True):
        assert imported.heading == section.title
        words = " ".join(piece for unit in imported.text for piece in unit.strings())
        for unit in section.walk():
            if unit.amendment is None and unit.text:
                assert "".join(s.text for s in unit.text).strip() in words
