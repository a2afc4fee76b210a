"""Writing the questionnaire as a Word form, and reading a filled-in form back.

Each question is a row of a three-column table: its number, the question with its
help text, and the answer in a Word content control -- a drop-down list for a choice,
check boxes for yes/no and for "which of these", a date picker, plain text. The
reader does not trust what LibreOffice discards (the tags of content controls, the
"showing placeholder" flag, block-level controls it turns into fields): it finds each
question by the number in the first column and reads the answer from the third, so a
form saved by Word or by LibreOffice reads the same.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

from draftkit.questionnaire.answers import Answer
from draftkit.questionnaire.form import FORM_VERSION, QUESTION_NUMBER, Control, Form, Question

__all__ = ["FORM_VERSION", "MARKER", "PLACEHOLDERS", "form_version", "read_answers", "render_form"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
_W = f"{{{W_NS}}}"
_W14 = f"{{{W14_NS}}}"
_NS = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'

TYPE_HERE = "Type here"
CHOOSE = "(no answer)"
PICK_DATE = "Choose a date"
PLACEHOLDERS = frozenset({TYPE_HERE, CHOOSE, PICK_DATE})
"""Texts an empty control shows; read back as no answer (LibreOffice keeps them as text)."""

MARKER = "draftkit questionnaire, form version"
"""Printed at the top of every form; the reader refuses a document without it."""

_CHECKED, _UNCHECKED = "\u2612", "\u2610"
_DATE_QUESTION = Question("", "Date", "", Control.DATE, ())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _runs(text: str, placeholder: bool) -> str:
    style = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    pieces = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{_esc(p)}</w:t>' for p in pieces)
    return f"<w:r>{style}{inner}</w:r>"


def _sdt(properties: str, text: str, placeholder: bool) -> str:
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    content = _runs(text, placeholder)
    return f"<w:sdt {_NS}><w:sdtPr>{flag}{properties}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _checkbox(checked: bool) -> str:
    return (
        f'<w:sdt {_NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent><w:r><w:t>{_CHECKED if checked else _UNCHECKED}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _control(question: Question, answer: Answer) -> str:
    control = question.control
    if control is Control.CHOICE:
        items = f'<w:listItem w:displayText="{CHOOSE}" w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{_esc(c.label)}" w:value="{_esc(c.value)}"/>' for c in question.choices
        )
        chosen = next((c.label for c in question.choices if c.value == answer), None)
        return _sdt(f"<w:dropDownList>{items}</w:dropDownList>", chosen or CHOOSE, chosen is None)
    if control is Control.DATE:
        text = str(answer) if answer else PICK_DATE
        full = f' w:fullDate="{_esc(text)}T00:00:00Z"' if answer else ""
        return _sdt(
            f'<w:date{full}><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="date"/><w:calendar w:val="gregorian"/></w:date>',
            text,
            not answer,
        )
    if control is Control.LONG_TEXT:  # rich text: Word lets the user type several lines in it
        return _sdt("<w:richText/>", str(answer) if answer else TYPE_HERE, not answer)
    return _sdt("<w:text/>", str(answer) if answer else TYPE_HERE, not answer)


def _cell(width: int, content: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def _para(inner: str, small: bool = False) -> str:
    props = '<w:pPr><w:spacing w:after="0"/></w:pPr>'
    return (
        f"<w:p>{props}{inner}</w:p>"
        if not small
        else f'<w:p>{props}<w:r><w:rPr><w:sz w:val="16"/></w:rPr>{inner}</w:r></w:p>'
    )


def _text_run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _row(question: Question, answer: Answer, date: str | None) -> str:
    asked = _para(_text_run(question.label + (" *" if question.required else ""), bold=True))
    if question.help:
        asked += _para(f'<w:t xml:space="preserve">{_esc(question.help)}</w:t>', small=True)
    if question.example:
        asked += _para(f'<w:t xml:space="preserve">{_esc("For example: " + question.example)}</w:t>', small=True)
    if question.control in (Control.CHECKS, Control.CHECK):
        targets = [(c.value, c.label) for c in question.choices] if question.choices else [("", "Yes")]
        boxes = "".join(
            _para(_checkbox((v in answer) if isinstance(answer, frozenset) else bool(answer)) + _text_run(f" {t}"))
            for v, t in targets
        )
    else:
        boxes = _para(_control(question, answer))
    cells = [_cell(_WIDTHS[0], _para(_text_run(question.number, bold=True))), _cell(_WIDTHS[1], asked)]
    if question.dated:
        third = _WIDTHS[2] // 2
        cells += [_cell(third, boxes), _cell(_WIDTHS[2] - third, _para(_control(_DATE_QUESTION, date)))]
    else:
        cells.append(_cell(_WIDTHS[2], boxes))
    return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>"


_WIDTHS = (1150, 4100, 4150)
"""Column widths in twentieths of a point: number, question, answer (A4 with 2.5 cm margins)."""


def render_form(
    form: Form,
    answers: Mapping[str, Answer] | None = None,
    dates: Mapping[str, str] | None = None,
    *,
    when: dt.datetime | None = None,
) -> bytes:
    """The questionnaire as .docx bytes, prefilled with ``answers`` (question number -> answer)
    and, for questions that carry one, ``dates`` (e.g. when a treaty was ratified)."""
    # lazily: python-docx loads only when a questionnaire is written
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    answers = answers or {}
    dates = dates or {}
    document = docx.Document()
    core = document.core_properties
    core.title = "Questionnaire on the law against terrorist use of the Internet"
    core.subject = f"{MARKER} {form.version}"
    core.author = core.last_modified_by = "draftkit"
    stamp = (when or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)).replace(tzinfo=None)
    core.created = core.modified = stamp
    core.revision = 1

    document.add_heading("Questionnaire on the law against terrorist use of the Internet", level=0)
    marker = document.add_paragraph(f"{MARKER} {form.version}")
    marker.runs[0].font.size = Pt(8)
    marker.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for line in _INSTRUCTIONS:
        document.add_paragraph(line, style="List Bullet")

    def table(questions: tuple[Question, ...]) -> None:
        # One XML string a table, parsed once: python-docx's row and cell calls cost 10 s for a full form.
        rows = "".join(
            _row(question, answers.get(question.number), dates.get(question.number)) for question in questions
        )
        columns = "".join(f'<w:gridCol w:w="{w}"/>' for w in _WIDTHS)
        grid = parse_xml(
            f'<w:tbl {_NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(_WIDTHS)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{columns}</w:tblGrid>{rows}</w:tbl>'
        )
        anchor = document.add_paragraph()
        anchor._p.addprevious(grid)
        anchor._p.getparent().remove(anchor._p)

    for part in form.parts:
        if part.number not in ("A",):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        general = not part.number.isdigit()
        document.add_heading(f"{part.number}. {part.title}" if general else f"Part {part.number}. {part.title}", 1)
        document.add_paragraph(part.intro)
        if part.questions:
            table(part.questions)
        for block in part.blocks:
            document.add_heading(f"Provision {block.number}", level=2)
            table(block.questions)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_INSTRUCTIONS = (
    "Fill in this form in Word or LibreOffice; nothing else is needed. Save it as .docx and send it back.",
    "Part A describes the State; Part B the treaties it is party to; Parts 1 to 8 the law, one provision "
    "block for each section or article that deals with the subject. Leave unused blocks empty.",
    "Describe what the law says, not what it should say. A general offence that reaches the conduct "
    "counts (for example, incitement to any offence, or an offence committed by any means, which reaches "
    "conduct online).",
    "Drop-down lists and check boxes give the allowed answers. Leave a question blank where the law says "
    "nothing: a blank is read as not stated, never as no.",
    "Questions marked * must be answered for every provision described.",
)


# ----------------------------------------------------------------------------- reading a filled-in form


def _text(element: Any) -> str:
    """The text a reader sees in ``element``: runs, tabs and breaks; no field codes, no deleted text."""
    out: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}tab", f"{_W}p"):
        tag = node.tag
        if tag == f"{_W}t":
            out.append(node.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag == f"{_W}p":
            if out:
                out.append("\n")
        else:
            out.append("\n")
    return re.sub(r"\n{2,}", "\n", "".join(out)).strip()


def _checked(box: Any) -> bool:
    state = box.find(f".//{_W14}checkbox/{_W14}checked")
    if state is not None:
        return state.get(f"{_W14}val") in ("1", "true", "on")
    return _CHECKED in _text(box)


def _answer(question: Question, cell: Any) -> Answer:
    if question.control in (Control.CHECK, Control.CHECKS):
        ticked: set[str] = set()
        for paragraph in cell.iter(f"{_W}p"):
            boxes = [s for s in paragraph.iter(f"{_W}sdt") if s.find(f".//{_W14}checkbox") is not None]
            label = _text(paragraph).replace(_CHECKED, "").replace(_UNCHECKED, "").strip()
            if boxes and _checked(boxes[0]):
                if question.control is Control.CHECK:
                    return True
                choice = question.choice_for(label)
                if choice is not None:
                    ticked.add(choice.value)
        return frozenset(ticked) if question.control is Control.CHECKS else False
    if question.control is Control.DATE:
        date = cell.find(f".//{_W}date")
        text = _text(cell)
        if text in PLACEHOLDERS or not text:
            return None
        full = date.get(f"{_W}fullDate") if date is not None else None
        if full and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is None:
            return str(full)[:10]  # Word shows the date in its own format; the picked date is exact
        return text
    text = _text(cell)
    return None if text in PLACEHOLDERS or not text else text


def _rows(body: Any) -> Iterator[tuple[str, list[Any]]]:
    for row in body.iter(f"{_W}tr"):
        cells = row.findall(f"{_W}tc")
        if len(cells) >= 3:
            number = _text(cells[0]).strip()
            if QUESTION_NUMBER.match(number):
                yield number, cells


def read_answers(body: Any, form: Form) -> tuple[dict[str, Answer], dict[str, str], list[str]]:
    """Answers by question number from a document body, the dates beside dated answers, and
    the numbers the form has twice."""
    questions = {q.number: q for q in form.questions()}
    answers: dict[str, Answer] = {}
    dates: dict[str, str] = {}
    twice: list[str] = []
    for number, cells in _rows(body):
        question = questions.get(number)
        if question is None:
            continue
        if number in answers:
            twice.append(number)
        answers[number] = _answer(question, cells[2])
        if question.dated and len(cells) > 3:
            date = _answer(_DATE_QUESTION, cells[3])
            if isinstance(date, str):
                dates[number] = date
    return answers, dates, twice


def form_version(body: Any) -> int | None:
    """The form version printed at the top, or None when the document is no draftkit form."""
    for paragraph in body.iter(f"{_W}p"):
        text = _text(paragraph)
        if text.startswith(MARKER):
            tail = text[len(MARKER) :].strip()
            return int(tail) if tail.isdigit() else None
    return None
