"""The Word questionnaire: written from the models, filled in, read back into the same framework.

Filling is done the way a person's editor leaves the file: the text inside the content
controls changes, check boxes flip, and (with LibreOffice) the controls lose their tags.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree  # type: ignore[import-untyped]

from draftkit.diagnostics import InputError
from draftkit.load import load_framework
from draftkit.models import NationalFramework
from draftkit.questionnaire import questionnaire_docx, read_questionnaire
from draftkit.questionnaire.answers import parse_text, text_lines
from draftkit.questionnaire.form import QUESTION_NUMBER, Control, build_form
from tests.strategies import frameworks, subsections
from tests.wordedit import main_part, with_main_part

EXAMPLES = sorted(Path(__file__).resolve().parent.parent.joinpath("examples").glob("*.yaml"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"


# ----------------------------------------------------------------------------- helpers


def comparable(framework: NationalFramework) -> dict[str, Any]:
    """What the questionnaire keeps: everything but citations, in a canonical order (the form
    groups provisions by area and lists a ticked set in the form's order)."""

    def canonical(value: Any) -> Any:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return sorted(value)
        if isinstance(value, list):
            return [canonical(v) for v in value]
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in value.items()}
        return value

    data: dict[str, Any] = canonical(framework.model_dump(mode="json"))
    data["instruments"] = sorted(data["instruments"], key=lambda i: i["id"])
    data["provisions"] = sorted(data["provisions"], key=lambda p: p["id"])
    for provision in data["provisions"]:
        provision["citations"] = []
    return data


def difference(a: Any, b: Any, path: str = "") -> str:
    """Where two plain values first differ, for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key) != b.get(key):
                return difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r} != {b!r}"


def _clean(value: Any) -> Any:
    """Text as a form holds it: one line, no outer blanks, not starting with a numbering mark."""
    if isinstance(value, str):
        text = " ".join(value.split()) or "x"
        return "x" + text if text.startswith("(") else text
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def expressible(framework: NationalFramework) -> NationalFramework:
    """``framework`` reduced to what a form can say (closing words follow paragraphs; the bill's
    names are the catalog's parameters; instrument notes are not asked)."""
    from draftkit.catalog import load_catalog

    names = {name for p in load_catalog() for name in p.parameters}
    data = _clean(framework.model_dump(mode="json", exclude_defaults=True))
    data["parameters"] = {k: v for k, v in data.get("parameters", {}).items() if k in names}
    for instrument in data.get("instruments", []):
        instrument.pop("note", None)
    for provision in data.get("provisions", []):
        provision.pop("optional", None)  # a catalog flag: not asked of a State
        for limb in provision.get("elements", {}).get("limbs", []):
            if limb.get("penalty") == {}:  # a limb penalty stating nothing is a limb penalty not stated
                del limb["penalty"]
        for subsection in provision["text"]:
            if not subsection.get("paragraphs"):
                subsection.pop("closing", None)
    return NationalFramework.model_validate(data)


def _answer_cell(root: Any, number: str) -> Any:
    for row in root.iter(f"{W}tr"):
        cells = row.findall(f"{W}tc")
        if "".join(cells[0].itertext()).strip() == number:
            return cells[2]
    raise AssertionError(f"no question {number}")


Typed = str | bool | frozenset[str]


def fill(data: bytes, answers: dict[str, Typed]) -> bytes:
    """Type ``answers`` into the form's controls as an editor does: text, the choice shown, a box
    ticked (True), or the boxes ticked beside the labels given (a set)."""
    root = main_part(data)
    for number, answer in answers.items():
        cell = _answer_cell(root, number)
        sdt = cell.find(f".//{W}sdt")
        if isinstance(answer, bool):
            sdt.find(f".//{W14}checked").set(f"{W14}val", "1" if answer else "0")
            continue
        if isinstance(answer, frozenset):
            for paragraph in cell.iter(f"{W}p"):
                label = "".join(paragraph.itertext())[1:].strip()
                box = paragraph.find(f".//{W14}checked")
                if box is not None and label in answer:
                    box.set(f"{W14}val", "1")
            continue
        placeholder = sdt.find(f"{W}sdtPr/{W}showingPlcHdr")
        if placeholder is not None:
            placeholder.getparent().remove(placeholder)
        texts = list(sdt.iter(f"{W}t"))
        texts[0].text = answer
        for extra in texts[1:]:
            extra.text = ""
    return with_main_part(data, root)


# ----------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_an_example_prefilled_reads_back_as_the_same_framework(example: Path, tmp_path: Path) -> None:
    framework = load_framework(example)
    form = tmp_path / "form.docx"
    form.write_bytes(questionnaire_docx(framework=framework))
    assert comparable(read_questionnaire(form)) == comparable(expressible(framework))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(framework=frameworks(max_provisions=5))
def test_any_framework_survives_the_form(framework: NationalFramework, tmp_path_factory: Any) -> None:
    framework = expressible(framework)
    form = tmp_path_factory.mktemp("q") / "form.docx"
    most = max(
        [sum(1 for p in framework.provisions if p.area is a) for a in {p.area for p in framework.provisions}] or [1]
    )
    form.write_bytes(questionnaire_docx(framework=framework, blocks=most))  # a small form: fast examples
    back, expected = comparable(read_questionnaire(form)), comparable(framework)
    assert back == expected, difference(back, expected)


@given(subsections)
def test_structured_text_survives_being_typed_as_lines(text: Any) -> None:
    data = _clean([s.model_dump(mode="json", exclude_defaults=True) for s in text])
    for subsection in data:
        if not subsection.get("paragraphs"):
            subsection.pop("closing", None)
    assert parse_text(text_lines(data)) == data


def test_typed_text_is_read_as_a_drafter_numbers_it() -> None:
    typed = (
        "(1) A person commits an offence if\n(a) they do one thing, or\n(b) another, being\n"
        "(i) x; or\n(ii) y,\nand knows it.\n\n(2) Second."
    )
    assert parse_text(typed) == [
        {
            "text": "A person commits an offence if",
            "paragraphs": [
                {"text": "they do one thing, or"},
                {"text": "another, being", "subparagraphs": ["x; or", "y,"]},
            ],
            "closing": "and knows it.",
        },
        {"text": "Second."},
    ]


# ----------------------------------------------------------------------------- filling in a blank form


def _part(form: Any, number: str) -> Any:
    return next(p for p in form.parts if p.number == number)


def _blank() -> bytes:
    return questionnaire_docx(blocks=2)


def _state(**more: Typed) -> dict[str, Typed]:
    answers: dict[str, Typed] = {
        "A.1": "Republic of Testland",
        "A.2": "XT",
        "A.3": "Common law",
        "A.5": "2026-01-31",
    }
    answers.update(more)
    return answers


def test_a_blank_form_filled_in_reads_as_the_answers_say(tmp_path: Path) -> None:
    form = build_form(blocks=2)
    numbers = {q.label: q.number for q in _part(form, "2").blocks[0].questions}  # Part 2: offences
    answers = _state(
        **{
            "3.1.1": "Telecommunications Act 2009",  # Part 3: investigative powers, block 1
            "3.1.2": "s 58",
            "3.1.4": "In force",
            "3.1.5": "Interception warrants",
            "3.1.6": "(1) The Minister may issue a warrant.\n(2) A warrant lasts 90 days.",
        }
    )
    answers[{q.label: q.number for q in _part(form, "3").blocks[0].questions}["Power"]] = "Interception"
    answers[numbers["Conduct made an offence"]] = frozenset({"Glorification", "Encouragement"})
    answers[numbers["Act or code"]] = "Penal Code"
    answers[numbers["Section or article"]] = "s 41"
    answers[numbers["Status"]] = "In force"
    answers[numbers["Heading"]] = "Praising terrorism"
    answers[numbers["Text"]] = "A person who praises a terrorist act commits an offence."
    path = tmp_path / "filled.docx"
    path.write_bytes(fill(_blank(), answers))
    framework = read_questionnaire(path)
    assert (framework.country, framework.name, str(framework.as_of)) == ("XT", "Republic of Testland", "2026-01-31")
    offence, power = framework.provisions
    assert offence.kind == "offence"
    assert offence.id == "xt.penal-code.s-41"
    assert [c.value for c in offence.elements.conduct] == ["encouragement", "glorification"]
    assert power.kind == "investigative_power"
    assert [s.text for s in power.text] == [
        "The Minister may issue a warrant.",
        "A warrant lasts 90 days.",
    ]


def test_every_wrong_answer_is_named_by_its_question_and_nothing_is_written(tmp_path: Path) -> None:
    form = build_form(blocks=2)
    power = {q.label: q.number for q in _part(form, "3").blocks[1].questions}  # investigative powers, block 2
    answers = _state(
        **{
            power["Act or code"]: "Police Act",
            power["Section or article"]: "s 9",
            power["Status"]: "In force",
            power["Heading"]: "Production orders",
            power["Text"]: "A judge may order production.",
            power["Power"]: "Production order",
            power["Maximum duration in days"]: "thirty",
            power["Who authorises it"]: "the minister",
        }
    )
    answers["A.2"] = "Testland"  # not a two-letter code
    path = tmp_path / "filled.docx"
    path.write_bytes(fill(_blank(), answers))
    with pytest.raises(InputError) as caught:
        read_questionnaire(path)
    messages = [str(p) for p in caught.value.problems]
    duration, authority = power["Maximum duration in days"], power["Who authorises it"]
    assert any(f"Question {duration} " in m and "expected a whole number; got 'thirty'" in m for m in messages)
    assert any(
        f"Question {authority} " in m and "'the minister' is not one of: A judge, An independent body" in m
        for m in messages
    )
    assert len(messages) == 2  # the form's own problems first; the loader runs when they are fixed
    fixed = {k: v for k, v in answers.items() if k not in (duration, authority)}
    path.write_bytes(fill(_blank(), fixed))
    with pytest.raises(InputError) as caught:
        read_questionnaire(path)
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"{path}: Question A.2 (The State - Country code): ")
    assert "Testland" in str(problem)


def test_a_partly_filled_block_says_what_it_still_needs(tmp_path: Path) -> None:
    form = build_form(blocks=2)
    offence = {q.label: q.number for q in _part(form, "2").blocks[0].questions}
    path = tmp_path / "filled.docx"
    path.write_bytes(fill(_blank(), _state(**{offence["Act or code"]: "Penal Code"})))
    with pytest.raises(InputError) as caught:
        read_questionnaire(path)
    places = {p.place for p in caught.value.problems}
    assert f"Question {offence['Section or article']} (Offences, provision 2.1 - Section or article)" in places
    assert f"Question {offence['Text']} (Offences, provision 2.1 - Text)" in places


def test_a_question_copied_twice_is_refused(tmp_path: Path) -> None:
    root = main_part(_blank())
    row = next(r for r in root.iter(f"{W}tr") if "".join(r.findall(f"{W}tc")[0].itertext()).strip() == "A.1")
    row.addnext(etree.fromstring(etree.tostring(row)))
    path = tmp_path / "twice.docx"
    path.write_bytes(fill(with_main_part(_blank(), root), _state()))
    with pytest.raises(
        InputError, match=r"Question A\.1 \(The State - Name of the State\): this question appears twice"
    ):
        read_questionnaire(path)


def test_a_word_document_that_is_no_questionnaire_is_refused(tmp_path: Path) -> None:
    import docx

    other = docx.Document()
    other.add_paragraph("Minutes of the meeting")
    path = tmp_path / "minutes.docx"
    other.save(str(path))
    with pytest.raises(InputError, match="is not a draftkit questionnaire"):
        read_questionnaire(path)
    text = tmp_path / "notes.docx"
    text.write_text("plain text")
    with pytest.raises(InputError, match=r"not a zip file, so not a Word document"):
        read_questionnaire(text)


def test_a_form_with_its_tables_removed_says_so(tmp_path: Path) -> None:
    root = main_part(_blank())
    for table in list(root.iter(f"{W}tbl")):
        table.getparent().remove(table)
    path = tmp_path / "empty.docx"
    path.write_bytes(with_main_part(_blank(), root))
    with pytest.raises(InputError, match="no question of the form was found"):
        read_questionnaire(path)


def test_every_question_has_a_number_the_reader_recognises_and_a_plain_label() -> None:
    form = build_form(blocks=1)
    numbers = [q.number for q in form.questions()]
    assert len(numbers) == len(set(numbers))
    for question in form.questions():
        assert QUESTION_NUMBER.match(question.number), question.number
        assert "_" not in question.label, question
        assert "`" not in question.help, question
        if question.control in (Control.CHOICE, Control.CHECKS):
            labels = [c.label for c in question.choices]
            assert len(labels) == len(set(labels)), question
            assert not any("_" in label for label in labels), question


# ----------------------------------------------------------------------------- the command line and LibreOffice


def test_the_two_commands_go_from_a_framework_to_a_form_and_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_hostile import run_cli as run

    def run_cli(args: list[str]) -> Any:
        return run(args, monkeypatch, capsys)

    example = next(p for p in EXAMPLES if p.name.startswith("xa"))
    form, out = tmp_path / "xa.docx", tmp_path / "xa.yaml"
    done = run_cli(["questionnaire", "--from", str(example), "-o", str(form)])
    assert done.code == 0, done.err
    done = run_cli(["import", str(form), "-o", str(out)])
    assert done.code == 0, done.err
    assert comparable(load_framework(out)) == comparable(expressible(load_framework(example)))
    out.write_text("# earlier good output\n")
    form.write_bytes(fill(form.read_bytes(), {"A.2": "Aldermere"}))
    done = run_cli(["import", str(form), "-o", str(out)])
    assert done.code == 2
    assert "Traceback" not in done.err
    assert "Question A.2 (The State - Country code)" in done.err
    assert out.read_text() == "# earlier good output\n"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (make system-deps)")
def test_a_form_saved_by_libreoffice_still_imports(tmp_path: Path) -> None:
    example = next(p for p in EXAMPLES if p.name.startswith("xb"))
    framework = load_framework(example)
    form = tmp_path / "form.docx"
    form.write_bytes(fill(questionnaire_docx(framework=framework), {"A.1": "Belvoria (revised)"}))
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
            str(form),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    resaved = (saved / "form.docx").read_bytes()
    assert b"w:tag" not in zipfile.ZipFile(io.BytesIO(resaved)).read("word/document.xml")  # LibreOffice drops tags
    back = read_questionnaire(saved / "form.docx")
    assert back.name == "Belvoria (revised)"
    assert comparable(back) == comparable(expressible(framework.model_copy(update={"name": "Belvoria (revised)"})))


def test_question_numbers_in_the_document_are_what_the_reader_expects() -> None:
    root = main_part(_blank())
    numbers = ["".join(r.findall(f"{W}tc")[0].itertext()).strip() for r in root.iter(f"{W}tr")]
    assert numbers == [q.number for q in build_form(blocks=2).questions()]
    assert all(re.fullmatch(r"[A-D0-9.]+", n) for n in numbers)


def test_the_question_number_the_readme_shows_is_the_one_asked() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"Question (\d+\.\d+\.\d+) \(Investigative powers, provision \d+\.\d+ - ([^)]+)\)", readme)
    assert shown is not None
    asked = {q.number: q.label for q in build_form(blocks=2).questions()}
    assert asked[shown.group(1)] == shown.group(2)


def test_a_framework_with_more_provisions_in_an_area_than_a_form_holds_is_refused_up_front(tmp_path: Path) -> None:
    """A form has at most MAX_BLOCKS provision blocks in an area, and the reader refuses one numbered
    beyond that; so a framework with 201 offences gets no questionnaire that could not be read back,
    but a located error naming its file and the area. Another area's form is still written."""
    import sys

    from draftkit.models import Area
    from draftkit.questionnaire.form import MAX_BLOCKS

    framework = load_framework(next(p for p in EXAMPLES if p.name.startswith("xa")))
    offence = next(p for p in framework.provisions if p.area is Area.CRIMINALIZATION)
    crowded = framework.model_copy(
        update={
            "provisions": [
                *framework.provisions,
                *(offence.model_copy(update={"id": f"xa.many.{i}"}) for i in range(MAX_BLOCKS + 1)),
            ]
        }
    )
    count = sum(1 for p in crowded.provisions if p.area is Area.CRIMINALIZATION)
    with pytest.raises(InputError) as caught:
        questionnaire_docx(framework=crowded, source="crowded.yaml")
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"crowded.yaml: Part 2. {Area.CRIMINALIZATION.label}: {count:,} provisions in ")
    assert f"at most {MAX_BLOCKS} in an area" in str(problem)
    others = [a for a in Area if a is not Area.CRIMINALIZATION]
    form = questionnaire_docx(framework=crowded, areas=others)
    assert form.startswith(b"PK")
    # on the command line: exit 2, the message, nothing written
    source = tmp_path / "crowded.yaml"
    source.write_text(crowded.model_dump_json(exclude_none=True), encoding="utf-8")
    out = tmp_path / "form.docx"
    done = subprocess.run(
        [sys.executable, "-m", "draftkit", "questionnaire", "--from", str(source), "-o", str(out)],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert f"{source}: Part 2. {Area.CRIMINALIZATION.label}: {count:,} provisions" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
