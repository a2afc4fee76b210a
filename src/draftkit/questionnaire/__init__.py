"""A drafter's way in: a Word questionnaire that becomes a checked framework.

``questionnaire_docx`` writes the form (optionally prefilled from a framework);
``read_questionnaire`` reads a filled-in form back into a framework that validates, or
raises ``InputError`` naming every question whose answer is wrong ("Question 3.2.27
(Investigative powers, provision 3.2 - Maximum duration in days): ...").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.diagnostics import InputError, Problem
from draftkit.ingest import open_docx
from draftkit.questionnaire.answers import answers_from_framework, form_for, framework_data
from draftkit.questionnaire.docx_form import _rows, form_version, read_answers, render_form
from draftkit.questionnaire.form import FORM_VERSION, MAX_BLOCKS, Form, Part, Question, build_form

if TYPE_CHECKING:
    from draftkit.models import Area, NationalFramework

__all__ = ["questionnaire_docx", "read_questionnaire"]


def questionnaire_docx(
    *,
    areas: Sequence[Area] | None = None,
    blocks: int | None = None,
    framework: NationalFramework | None = None,
    when: dt.datetime | None = None,
    source: str = "the framework",
) -> bytes:
    """The Word questionnaire, as bytes: every area (or ``areas``), ``blocks`` provision blocks
    per area (by default room for a real State's law, or more where ``framework`` needs it),
    prefilled with ``framework``'s answers when given. ``InputError`` naming ``source`` (the
    framework's file) and the area where the framework has more provisions in one area than a
    form holds (:data:`draftkit.questionnaire.form.MAX_BLOCKS`)."""
    form = form_for(framework, list(areas) if areas is not None else None, blocks, source=source)
    answers, dates = answers_from_framework(form, framework) if framework is not None else ({}, {})
    return render_form(form, answers, dates, when=when)


def _body(path: Path) -> Any:
    """The parsed body of a .docx, read through the hardened importer (bounded zip, no entities)."""
    package = open_docx(path)
    return package.xml(package.main).getroot()


def _where(form: Form, question: Question) -> str:
    part: Part | None = None
    block_number = ""
    for candidate in form.parts:
        if question in candidate.questions:
            part = candidate
            break
        for block in candidate.blocks:
            if question in block.questions:
                part, block_number = candidate, block.number
                break
        if part is not None:
            break
    title = part.title if part is not None else ""
    within = f", provision {block_number}" if block_number else ""
    return f"Question {question.number} ({title}{within} - {question.label})"


def read_questionnaire(path: Path | str) -> NationalFramework:
    """The framework a filled-in questionnaire describes; ``InputError`` naming every bad answer."""
    # lazily: the framework loader is not needed to write a form (draftkit questionnaire, start-up time)
    from draftkit.load.framework import parse_framework

    path = Path(path)
    name = str(path)
    body = _body(path)
    version = form_version(body)
    if version is None:
        raise InputError.single(
            name, "this Word document is not a draftkit questionnaire (write one with: draftkit questionnaire)"
        )
    if version != FORM_VERSION:
        raise InputError.single(
            name, f"this questionnaire is of form version {version}; this draftkit reads version {FORM_VERSION}"
        )
    blocks, number = _blocks_in(body)
    if blocks > MAX_BLOCKS:
        raise InputError(
            [
                Problem(
                    name,
                    1,
                    1,
                    (),
                    f"provision block {blocks:,} of its area: a questionnaire holds at most {MAX_BLOCKS} blocks in an "
                    "area, so draftkit did not write this one; renumber it or write the form again",
                    f"Question {number}",
                )
            ]
        )
    form = build_form(blocks=blocks)
    answers, dates, twice = read_answers(body, form)
    if not answers:
        raise InputError.single(name, "no question of the form was found: its tables were removed or altered")
    assembled = framework_data(form, answers, dates)
    problems = [
        Problem(name, 1, 1, (), "this question appears twice; keep one copy", _where(form, build_q))
        for build_q in (q for q in form.questions() if q.number in twice)
    ]
    problems += [Problem(name, 1, 1, (), message, _where(form, q)) for q, message in assembled.problems]
    if problems:
        raise InputError(problems)
    try:
        return parse_framework(json.dumps(assembled.data), name + ".json")
    except InputError as error:
        raise InputError(_located(error.problems, assembled, form, name)) from None


def _blocks_in(body: Any) -> tuple[int, str]:
    """The most provision blocks any area of the returned form has (forms may have been made larger),
    and the number of a question in the last of them."""
    most, where = 1, ""
    for number, _cell in _rows(body):
        parts = number.split(".")
        if len(parts) == 3 and int(parts[1]) > most:
            most, where = int(parts[1]), number
    return most, where


def _located(problems: list[Problem], assembled: Any, form: Form, name: str) -> list[Problem]:
    """Problems found by the framework loader, placed at the question each value came from, in the
    form's order (the loader's order is its fields'); problems of no one question last."""
    order = {question.number: n for n, question in enumerate(form.questions())}
    out: list[tuple[int, Problem]] = []
    for problem in problems:
        path = tuple(problem.path)
        question = None
        for cut in range(len(path), 0, -1):
            question = assembled.origin.get(path[:cut])
            if question is not None:
                break
        if question is not None:
            out.append(
                (
                    order.get(question.number, len(order)),
                    Problem(name, 1, 1, (), problem.message, _where(form, question)),
                )
            )
            continue
        block = next((assembled.blocks[path[:cut]] for cut in (2,) if path[:cut] in assembled.blocks), None)
        where = f"Provision {block}" if block else "The form"
        out.append((len(order), Problem(name, 1, 1, (), problem.message, where)))
    return [problem for _, problem in sorted(out, key=lambda pair: pair[0])]
