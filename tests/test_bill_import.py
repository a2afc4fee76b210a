"""The edited bill comes back: ``draftkit import bill.docx --framework FRAMEWORK -o NEW.yaml``.

The bill is drafted from an example, its tracked changes are accepted or rejected the way Word
does it (:mod:`tests.wordedit`), and the file is imported: the result validates, and the ratings
move as the drafter's choices say they should.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from draftkit import billimport
from draftkit.assess.engine import assess
from draftkit.billimport import read
from draftkit.diagnostics import InputError
from draftkit.drafts import render_drafts
from draftkit.load import load_framework
from draftkit.models import NationalFramework
from tests.wordedit import W, edit_body, edit_text, everything, main_part, resolve

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
XA = EXAMPLES / "xa-common-law.yaml"


@pytest.fixture(scope="module")
def xa() -> NationalFramework:
    return load_framework(XA)


@pytest.fixture(scope="module")
def drafted(xa: NationalFramework) -> tuple[bytes, Any]:
    """The bill drafted from XA, and the assessment the draft carries (with its third view)."""
    assessment = assess(xa)
    outputs = render_drafts(xa, assessment, formats=["bill.docx", "assessment.json"], date=None)
    import json

    return outputs["bill.docx"], json.loads(outputs["assessment.json"])


def _import(tmp_path: Path, data: bytes, framework: NationalFramework) -> billimport.Imported:
    path = tmp_path / "bill.docx"
    path.write_bytes(data)
    return billimport.read_bill(path, framework)


def _ratings(framework: NationalFramework) -> dict[str, str]:
    """Each area's rating with the drafts counted (the view ``check`` headlines)."""
    return {a.area.value: a.computed_rating.value for a in assess(framework).areas}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args], check=False, capture_output=True, text=True, timeout=300
    )


# ----------------------------------------------------------------------------- accepted, rejected, edited


def test_everything_accepted_rates_as_the_draft_said_it_would(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    bill, assessment = drafted
    imported = _import(tmp_path, resolve(bill, everything(True)), xa)
    assert imported.warnings == []
    assert imported.rejected == 0
    assert imported.edited == 0
    promised = {a["area"]: a["rating_proposed"] for a in assessment["areas"]}
    assert _ratings(imported.framework) == promised
    assert set(promised.values()) == {"C"}  # the model State invariant: every model provision enacted rates C
    added = [p for p in imported.framework.provisions if p.id not in {q.id for q in xa.provisions}]
    assert all(p.status.value == "bill" for p in added)
    incitement = next(p for p in added if p.id == "xa.bill.offence.incitement")
    assert incitement.source.act == "Counter-Terrorism (Online Harms) Bill"
    assert incitement.source.section == "5"  # as printed in the bill
    # the amendment and the repeal the drafter accepted are carried by the provisions of the bill
    assert any(p.amends == ["xa.tel.s58"] for p in added)
    financing = next(p for p in added if p.id == "xa.bill.offence.financing")
    assert financing.replaces == ["xa.pc.s77"]
    # the State's own clause replaced by draftkit keeps its id and takes the model's elements
    c20 = next(p for p in imported.framework.provisions if p.id == "xa.bill.c20")
    original = next(p for p in xa.provisions if p.id == "xa.bill.c20")
    assert c20.source == original.source
    assert c20.elements != original.elements


def test_everything_rejected_leaves_the_framework_as_it_was(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    imported = _import(tmp_path, resolve(drafted[0], everything(False)), xa)
    assert imported.accepted == 0
    assert imported.warnings == []
    assert imported.framework.provisions == xa.provisions
    assert imported.framework.repeal_clauses == xa.repeal_clauses
    assert _ratings(imported.framework) == _ratings(xa)


def test_what_the_framework_leaves_unset_stays_unset(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    """An offence whose penalty the framework does not record comes back without one, not with the format's
    defaults written out ("no life term, no fine"), which the engine would read as a stated penalty."""
    from draftkit.models.kinds.offence import Penalty

    offence = next(p for p in xa.provisions if str(p.kind) == "offence")
    unknown = offence.model_copy(update={"elements": offence.elements.model_copy(update={"penalty": Penalty()})})
    framework = xa.model_copy(update={"provisions": [unknown if p is offence else p for p in xa.provisions]})
    imported = _import(tmp_path, resolve(drafted[0], everything(False)), framework)
    back = next(p for p in imported.framework.provisions if p.id == offence.id)
    assert not back.elements.penalty.model_fields_set


def test_one_section_accepted_becomes_one_provision(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    chosen = resolve(drafted[0], lambda mark: mark == "_dk_sec_5")
    imported = _import(tmp_path, chosen, xa)
    added = [p.id for p in imported.framework.provisions if p.id not in {q.id for q in xa.provisions}]
    assert added == ["xa.bill.offence.incitement"]
    assert imported.accepted == 1
    before, after = _ratings(xa), _ratings(imported.framework)
    assert after["criminalization"] >= before["criminalization"]  # NC < PC < ... as letters: C < LC < NC < PC
    assert _ratings(xa)["investigative_powers"] == after["investigative_powers"]


def test_pending_changes_are_not_accepted_and_are_listed(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    pending = resolve(drafted[0], lambda mark: None if mark in ("_dk_sec_5", "_dk_sec_6") else False)
    imported = _import(tmp_path, pending, xa)
    assert imported.framework.provisions == xa.provisions
    assert len(imported.warnings) == 1
    assert "tracked changes are still pending in sections 5, 6; they are read as not accepted" in imported.warnings[0]


def test_an_edited_section_is_kept_with_its_words_and_a_warning(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    accepted = resolve(drafted[0], everything(True))
    assert "receives instruction or training" in "".join(main_part(accepted).itertext())
    edited = edit_text(accepted, "receives instruction or training", "receives instruction, guidance or training")
    imported = _import(tmp_path, edited, xa)
    assert imported.edited == 1
    (warning,) = imported.warnings
    assert "Section 7 \u201cReceiving training for terrorism\u201d: its words were edited" in warning
    assert "confirm them against the text" in warning
    provision = next(p for p in imported.framework.provisions if p.id == "xa.bill.offence.receiving_training")
    assert any("guidance or training" in s for sub in provision.text for s in sub.strings())


def test_the_states_own_clause_edited_keeps_its_id(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    rejected = resolve(drafted[0], everything(False))
    edited = edit_text(rejected, "solicits another person", "solicits or encourages another person")
    imported = _import(tmp_path, edited, xa)
    (warning,) = imported.warnings
    assert "kept as xa.bill.c5 with the new words" in warning
    clause = next(p for p in imported.framework.provisions if p.id == "xa.bill.c5")
    assert "solicits or encourages another person" in clause.text[0].text
    assert clause.elements == next(p for p in xa.provisions if p.id == "xa.bill.c5").elements


# ----------------------------------------------------------------------------- the command


def test_the_command_imports_a_bill_and_check_reads_the_result(tmp_path: Path, drafted: tuple[bytes, Any]) -> None:
    bill = tmp_path / "bill.docx"
    bill.write_bytes(resolve(drafted[0], everything(True)))
    out = tmp_path / "new.yaml"
    done = _run("import", str(bill), "--framework", str(XA), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "change(s) accepted, 0 rejected" in done.stdout
    assert out.read_text().startswith("# Imported by draftkit from the bill bill.docx")
    checked = _run("check", str(out))
    assert checked.returncode == 0, checked.stderr


def test_a_bill_without_its_framework_is_a_clear_error(tmp_path: Path, drafted: tuple[bytes, Any]) -> None:
    bill = tmp_path / "bill.docx"
    bill.write_bytes(drafted[0])
    out = tmp_path / "new.yaml"
    done = _run("import", str(bill), "-o", str(out))
    assert done.returncode == 2
    assert "is a bill drafted by draftkit; give the framework it was drafted from" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_bill_imported_with_another_framework_is_refused(tmp_path: Path, drafted: tuple[bytes, Any]) -> None:
    bill = tmp_path / "bill.docx"
    bill.write_bytes(resolve(drafted[0], everything(True)))
    out = tmp_path / "new.yaml"
    done = _run("import", str(bill), "--framework", str(EXAMPLES / "xb-civil-law.yaml"), "-o", str(out))
    assert done.returncode == 2, done.stderr
    assert "import it with the framework (and --pack) it was drafted from" in done.stderr
    assert not out.exists()


# ----------------------------------------------------------------------------- hostile bills (#20)


def _heading(body: Any, mark: str) -> Any:
    return next(p for p in body.iter(f"{W}p") for m in p.iter(f"{W}bookmarkStart") if m.get(f"{W}name") == mark)


def _problems(tmp_path: Path, data: bytes, framework: NationalFramework) -> list[str]:
    with pytest.raises(InputError) as caught:
        _import(tmp_path, data, framework)
    return [str(p) for p in caught.value.problems]


def test_tracked_changes_nested_inside_each_other_are_refused(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    def nest(body: Any) -> None:
        insertion = next(i for i in body.iter(f"{W}ins") if i.getparent().tag == f"{W}p")
        inner = etree.SubElement(insertion, f"{W}ins")
        inner.set(f"{W}id", "99999")
        etree.SubElement(etree.SubElement(inner, f"{W}r"), f"{W}t").text = "nested"

    problems = _problems(tmp_path, edit_body(drafted[0], nest), xa)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'bill.docx'}: Paragraph ")
    assert "an insertion tracked inside an insertion: Word and LibreOffice never write this" in problems[0]


def test_a_deletion_inside_an_insertion_is_what_word_writes_and_reads(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    def delete_inside(body: Any) -> None:
        insertion = next(i for i in body.iter(f"{W}ins") if i.getparent().tag == f"{W}p")
        deletion = etree.SubElement(insertion, f"{W}del")
        etree.SubElement(etree.SubElement(deletion, f"{W}r"), f"{W}delText").text = "withdrawn"

    imported = _import(tmp_path, edit_body(resolve(drafted[0], lambda m: None), delete_inside), xa)
    assert imported.framework.provisions == xa.provisions  # all pending: nothing accepted


def test_a_section_mark_given_twice_is_refused(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    def duplicate(body: Any) -> None:
        heading = _heading(body, "_dk_sec_6")
        body.find(f"{W}sectPr").addprevious(etree.fromstring(etree.tostring(heading)))

    problems = _problems(tmp_path, edit_body(resolve(drafted[0], everything(True)), duplicate), xa)
    assert len(problems) == 1
    assert "the hidden mark of a section is here and at paragraph" in problems[0]
    assert "a section was copied with its mark" in problems[0]


def test_a_section_mark_deleted_while_its_text_stays_is_refused(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    def unmark(body: Any) -> None:
        heading = _heading(body, "_dk_sec_8")
        for mark in list(heading.iter(f"{W}bookmarkStart")):
            mark.getparent().remove(mark)

    problems = _problems(tmp_path, edit_body(resolve(drafted[0], everything(True)), unmark), xa)
    assert problems == [
        f"{tmp_path / 'bill.docx'}: Section 8 \u201cDissemination of terrorist publications\u201d: its text is in the "
        "bill but its hidden mark was deleted, so draftkit cannot tell where it begins; draft the bill again, "
        "or undo the deletion in Word"
    ]


def test_every_mark_deleted_is_no_bill(tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]) -> None:
    def unmark(body: Any) -> None:
        for mark in list(body.iter(f"{W}bookmarkStart")):
            mark.getparent().remove(mark)

    problems = _problems(tmp_path, edit_body(drafted[0], unmark), xa)
    assert len(problems) == 1
    assert "this Word document is not a bill drafted by draftkit" in problems[0]


def test_content_limits(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "MAX_SECTIONS", 10)
    problems = _problems(tmp_path, drafted[0], xa)
    assert problems == [f"{tmp_path / 'bill.docx'}: The bill: more than 10 sections: not a bill draftkit wrote"]
    monkeypatch.setattr(read, "MAX_SECTIONS", 5_000)
    monkeypatch.setattr(read, "MAX_SECTION_CHARS", 300)
    problems = _problems(tmp_path, drafted[0], xa)
    assert problems
    assert all("longer than 300 characters, the limit for one provision" in p for p in problems)
    assert all(": Paragraph " in p for p in problems)


def test_limits_hold_without_patching_a_section_of_a_million_characters(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    def swell(body: Any) -> None:
        heading = _heading(body, "_dk_sec_6")
        etree.SubElement(etree.SubElement(heading, f"{W}r"), f"{W}t").text = "x" * 1_000_000

    problems = _problems(tmp_path, edit_body(drafted[0], swell), xa)
    assert len(problems) == 1
    assert "longer than 200,000 characters" in problems[0]


# ----------------------------------------------------------------------------- a real client


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (make system-deps)")
def test_a_bill_saved_by_libreoffice_still_imports(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    chosen = tmp_path / "chosen.docx"
    chosen.write_bytes(resolve(drafted[0], lambda mark: mark != "_dk_sec_5"))  # all accepted but section 5
    saved = tmp_path / "saved"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            str(chosen),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    direct = billimport.read_bill(chosen, xa)
    through = billimport.read_bill(saved / "chosen.docx", xa)
    assert through.warnings == []
    assert through.framework == direct.framework
    assert "xa.bill.offence.incitement" not in {p.id for p in through.framework.provisions}
    assert "xa.bill.offence.dissemination" in {p.id for p in through.framework.provisions}


def test_a_hostile_bill_on_the_command_line_exits_2_and_writes_nothing(
    tmp_path: Path, drafted: tuple[bytes, Any]
) -> None:
    def nest(body: Any) -> None:
        deletion = next(d for d in body.iter(f"{W}del") if d.getparent().tag == f"{W}p")
        etree.SubElement(deletion, f"{W}ins")

    bill = tmp_path / "bill.docx"
    bill.write_bytes(edit_body(drafted[0], nest))
    out = tmp_path / "new.yaml"
    out.write_text("# the drafter's earlier file\n")
    done = _run("import", str(bill), "--framework", str(XA), "-o", str(out))
    assert done.returncode == 2
    assert "an insertion tracked inside a deletion" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text() == "# the drafter's earlier file\n"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_bills_raise_only_input_errors(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any], data: st.DataObject
) -> None:
    """Bytes of a real bill changed at random: whatever comes of it, only ``InputError`` leaves the importer."""
    original = bytearray(drafted[0])
    for _ in range(data.draw(st.integers(1, 8))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "mutated.docx"
    path.write_bytes(bytes(original))
    with contextlib.suppress(InputError):  # a located error is the right answer; any other exception fails
        billimport.read_bill(path, xa)


def test_mutated_document_xml_raises_only_input_errors(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    """The main part itself cut short or with its markup broken: a located error, never another exception."""
    source = zipfile.ZipFile(io.BytesIO(drafted[0]))
    document = source.read("word/document.xml")
    for cut in (len(document) // 3, len(document) - 10):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info.filename)
                target.writestr(info.filename, content[:cut] if info.filename == "word/document.xml" else content)
        problems = _problems(tmp_path, out.getvalue(), xa)
        assert problems
        assert all("word/document.xml" in p for p in problems)


def test_a_civil_law_bill_comes_back_by_articles(tmp_path: Path) -> None:
    """Belvoria's draft law (Titles, Articles, 1., 1°, a)): accepted it rates as promised; an edited
    article keeps its numbered structure and is named as an article."""
    xb = load_framework(EXAMPLES / "xb-civil-law.yaml")
    outputs = render_drafts(xb, assess(xb), formats=["bill.docx", "assessment.json"], date=None)
    import json

    promised = {a["area"]: a["rating_proposed"] for a in json.loads(outputs["assessment.json"])["areas"]}
    accepted = resolve(outputs["bill.docx"], everything(True))
    imported = _import(tmp_path, accepted, xb)
    assert _ratings(imported.framework) == promised
    edited = edit_text(accepted, "shall be punished by", "shall be liable to")
    changed = _import(tmp_path, edited, xb)
    (warning,) = changed.warnings
    assert ": Article " in warning
    assert "its words were edited" in warning


def test_a_replacement_with_both_its_changes_undone_leaves_no_clause(
    tmp_path: Path, xa: NationalFramework, drafted: tuple[bytes, Any]
) -> None:
    """The section replacing the State's clause c20 (its text struck through, the model inserted): the drafter
    accepts the deletion and rejects the insertion, so only the heading's number is left. Nothing of the clause
    stands: it is left out of the framework, with a warning, never kept with an empty text."""
    from draftkit.catalog import load_catalog
    from draftkit.compose.proposal import with_proposed_view
    from draftkit.compose.tree import Change

    bill, _ = with_proposed_view(xa, assess(xa), load_catalog())  # the bill render_drafts drafted
    replacing = next(s for s in bill.sections if s.change is Change.REPLACED and s.origin.ref == "xa.bill.c20")
    mark_of_section = f"_dk_{replacing.eid}"

    def strike_both(body: Any) -> None:
        current = ""
        for paragraph in list(body.iter(f"{W}p")):
            for mark in paragraph.iter(f"{W}bookmarkStart"):
                if str(mark.get(f"{W}name") or "").startswith("_dk_"):
                    current = str(mark.get(f"{W}name"))
            if current != mark_of_section:
                continue
            for change in list(paragraph.iter(f"{W}ins", f"{W}del")):
                if change.getparent() is not None and change.getparent().tag != f"{W}rPr":
                    change.getparent().remove(change)
            if (
                paragraph.find(f"{W}pPr/{W}rPr/{W}ins") is not None
                or paragraph.find(f"{W}pPr/{W}rPr/{W}del") is not None
            ):
                paragraph.getparent().remove(paragraph)

    data = edit_body(resolve(drafted[0], lambda mark: None if mark == mark_of_section else False), strike_both)
    imported = _import(tmp_path, data, xa)
    assert "xa.bill.c20" not in {p.id for p in imported.framework.provisions}
    (warning,) = imported.warnings
    assert f"Section {replacing.number}" in warning
    assert "no longer in the bill: the State's clause xa.bill.c20 is left out of the framework" in warning


def test_a_bill_drafted_in_spanish_comes_back(tmp_path: Path) -> None:
    """XD's bill composed in Spanish (Artículos, the State's own definitions signposted in Spanish), as
    :func:`draftkit.compose.bill.compose_proposal` composes it: accepted whole, it rates as the law with
    the bill enacted (C everywhere: the model State invariant)."""
    import datetime as dt

    from draftkit.compose.bill import compose_proposal
    from draftkit.render.bill_docx import render_bill

    xd = load_framework(EXAMPLES / "xd-derecho-civil.yaml")
    from draftkit.drafts import catalog_in

    bill, law = compose_proposal(xd, assess(xd), catalog_in("es")[0], language="es")
    assert bill.language == "es"
    data = render_bill(bill, track_changes=True, author="Ministerio", when=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    path = tmp_path / "proyecto.docx"
    path.write_bytes(resolve(data, everything(True)))
    imported = billimport.read_bill(path, xd, language="es")
    assert imported.warnings == []
    assert _ratings(imported.framework) == _ratings(law)
    assert set(_ratings(law).values()) == {"C"}


# ----------------------------------------------------------------------------- the drafted bill, read from its tree


@pytest.mark.parametrize(
    ("example", "language"),
    [
        ("xa-common-law.yaml", "en"),
        ("xb-civil-law.yaml", "fr"),
        ("xc-penal-code-only.yaml", "ar"),
        ("xd-derecho-civil.yaml", "es"),
    ],
)
def test_the_drafted_bill_read_from_its_tree_is_what_the_word_bill_says(example: str, language: str) -> None:
    """A returned bill is compared with the bill drafted again, read from the composed tree
    (:func:`draftkit.billimport.expected.drafted_segments`) rather than rendered to Word and read back:
    the two give the same sections, each with the same lines, changes accepted and rejected, in both
    traditions and in every language; and no section of a bill carries a mark that the importer
    refuses, before drafting, as the other tradition's."""
    import datetime as dt

    from draftkit.billimport import importer
    from draftkit.billimport.expected import drafted_segments
    from draftkit.compose.style import form_of
    from draftkit.compose.tree import Form
    from draftkit.ingest import open_docx
    from draftkit.render.bill_docx import SECTION_MARK, render_bill

    framework = load_framework(EXAMPLES / example)
    bill, _, _ = importer._drafted(framework, None, None, language, "en")
    data = render_bill(bill, track_changes=True, author="draftkit", when=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    package = open_docx(data, "<bill>")
    body = package.xml(package.main).getroot()
    for accepted in (True, False):
        segments, problems = read.read_segments(body, "<bill>", SECTION_MARK, accepted=accepted)
        assert problems == []
        from_word = {s.mark: s.lines for s in segments}
        from_tree = {mark: s.lines for mark, s in drafted_segments(bill, accepted=accepted).items()}
        assert list(from_tree) == list(from_word)
        assert from_tree == from_word
    assert read.foreign_marks(list(from_word), civil_law=form_of(framework) is Form.CIVIL_LAW) == []


def test_a_bill_refused_for_what_it_says_alone_is_refused_without_the_composer(
    tmp_path: Path, drafted: tuple[bytes, Any]
) -> None:
    """A Bill's sections checked against a civil-law framework (or a mark given twice, tracked changes
    nested...) is refused before the bill is drafted again, and without loading the composer or the
    Word writer: `draftkit import` pays for drafting only when the comparison needs it."""
    bill = tmp_path / "bill.docx"
    bill.write_bytes(drafted[0])
    code = (
        "import sys\n"
        "from draftkit.billimport import read_bill\n"
        "from draftkit.diagnostics import InputError\n"
        "from draftkit.load import load_framework\n"
        f"framework = load_framework({str(EXAMPLES / 'xb-civil-law.yaml')!r})\n"
        "try:\n"
        f"    read_bill({str(bill)!r}, framework, framework_name='xb.yaml')\n"
        "except InputError as error:\n"
        "    print(error.problems[0].message)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('draftkit.compose', 'docx'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    message, loaded = done.stdout.splitlines()
    assert message.startswith("this bill has sections the bill drafted from xb.yaml does not have")
    assert loaded == "[]"
