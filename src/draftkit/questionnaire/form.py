"""The questionnaire as plain data: parts, provision blocks and numbered questions.

The form is derived from the models, never written by hand: every element of every
provision kind becomes one question, with the model's own help text, so a new element
or an allowed value appears in the next questionnaire by itself. A question is numbered
by where it stands -- ``3.2.7`` is area 3, provision block 2, question 7 -- and the
number alone says what it asks: LibreOffice drops the tags of Word content controls when
it saves a form, so the importer reads the number printed in the first column.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from typing import Any, cast

from pydantic import BaseModel

from draftkit.models import (
    FORMAT_VERSION,
    KIND_AREA,
    Area,
    InstrumentStatus,
    LegalTradition,
    NationalProvision,
    ProvisionKind,
    ProvisionStatus,
)
from draftkit.models.framework import RepealClause
from draftkit.questionnaire.labels import field_label, value_label

__all__ = [
    "FORM_VERSION",
    "MAX_BLOCKS",
    "QUESTION_NUMBER",
    "YES_NO",
    "Block",
    "Choice",
    "Control",
    "Form",
    "Part",
    "Question",
    "area_number",
    "build_form",
    "element_questions",
    "kind_for_area",
    "question_template",
]

FORM_VERSION = FORMAT_VERSION
"""A questionnaire is read by the draftkit whose file format it was made for."""

MAX_BLOCKS = 200
"""Most provision blocks a form holds in one area (``draftkit questionnaire --blocks``); the reader
refuses a form numbered beyond it, which draftkit never wrote, before building the form to read it."""

REPEATS = 3
"""How many entries a list of structured values (e.g. the other authorisation routes) offers."""

DEFAULT_BLOCKS: dict[Area, int] = {
    Area.DEFINITIONS: 12,
    Area.CRIMINALIZATION: 16,
    Area.INVESTIGATIVE_POWERS: 10,
    Area.SAFEGUARDS: 6,
    Area.SERVICE_PROVIDERS: 6,
    Area.JURISDICTION: 5,
    Area.INTERNATIONAL_COOPERATION: 6,
    Area.EVIDENCE: 5,
}
"""Provision blocks per area by default: room for a real State's law (the UK fixture needs 15 offences)."""


class Control(StrEnum):
    """The kind of answer a question takes, and so the Word control that holds it."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    CHECK = "check"
    CHECKS = "checks"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    """One numbered question. ``path`` is where its answer goes in the framework, relative
    to the framework (general parts) or to the provision (provision blocks)."""

    number: str
    label: str
    help: str
    control: Control
    path: tuple[str | int, ...]
    choices: tuple[Choice, ...] = ()
    required: bool = False
    example: str = ""
    dated: bool = False
    """The answer has a date beside it (the date a treaty was ratified or acceded to)."""

    def choice_for(self, label: str) -> Choice | None:
        wanted = _fold(label)
        for choice in self.choices:
            if _fold(choice.label) == wanted or _fold(choice.value) == wanted:
                return choice
        return None


@dataclass(frozen=True)
class Block:
    """A provision to describe: its source, status, text, then one question per element."""

    number: str
    area: Area
    kind: ProvisionKind
    index: int
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Part:
    number: str
    title: str
    intro: str
    questions: tuple[Question, ...] = ()
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Form:
    version: int
    parts: tuple[Part, ...]

    def questions(self) -> Iterator[Question]:
        for part in self.parts:
            yield from part.questions
            for block in part.blocks:
                yield from block.questions


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split())


def area_number(area: Area) -> int:
    return list(Area).index(area) + 1


def kind_for_area(area: Area) -> ProvisionKind:
    for kind, owner in KIND_AREA.items():
        if owner is area:
            return kind
    raise KeyError(area)  # pragma: no cover - every area has a kind


# ----------------------------------------------------------------------------- from the models

Row = tuple[Control, tuple[str | int, ...], str, str, tuple[Choice, ...], bool]
"""A question before numbering: control, path, label, help, choices, required."""


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside ``X | None`` (and inside ``Annotated``) and whether None was allowed."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return _unwrap(members[0])[0], True
    return annotation, False


YES_NO = (Choice("true", "Yes"), Choice("false", "No"))


def _choices(enum: type[Enum]) -> tuple[Choice, ...]:
    return tuple(Choice(str(member.value), value_label(enum.__name__, str(member.value))) for member in enum)


def _questions_for_model(
    model: type[BaseModel], prefix: tuple[str | int, ...], label_prefix: str = ""
) -> Iterator[Row]:
    """A row for every field of ``model``, flattened (nested models and repeated groups spelled out)."""
    for name, info in model.model_fields.items():
        annotation, optional = _unwrap(info.annotation)
        label = label_prefix + field_label(model.__name__, name)
        help_text = " ".join((info.description or "").replace("`", "").split())
        path = (*prefix, name)
        required = info.is_required()
        origin = typing.get_origin(annotation)
        if origin is list:
            (item,) = typing.get_args(annotation)
            if isinstance(item, type) and issubclass(item, Enum):
                yield Control.CHECKS, path, label, help_text, _choices(item), required
            elif isinstance(item, type) and issubclass(item, BaseModel):
                for n in range(REPEATS):
                    yield from _questions_for_model(item, (*path, n), f"{label} {n + 1}: ")
            else:
                yield Control.LONG_TEXT, path, label, help_text or "One entry per line.", (), required
            continue
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            yield Control.CHOICE, path, label, help_text, _choices(annotation), required and not optional
        elif origin is typing.Literal:
            values = [str(v) for v in typing.get_args(annotation)]
            choices = tuple(Choice(v, value_label("", v)) for v in values)
            yield Control.CHOICE, path, label, help_text, choices, required and not optional
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _questions_for_model(annotation, path, f"{label}: ")
        elif annotation is bool and optional:  # yes, no, or not stated (unknown): a drop-down, not a box
            yield Control.CHOICE, path, label, help_text, YES_NO, False
        elif annotation is bool:
            yield Control.CHECK, path, label, help_text, (), False
        elif annotation is int:
            yield Control.NUMBER, path, label, help_text, (), required and not optional
        elif annotation is dt.date:
            yield Control.DATE, path, label, help_text, (), required and not optional
        else:
            yield Control.TEXT, path, label, help_text, (), required and not optional


@cache
def element_questions(
    kind: ProvisionKind,
) -> tuple[tuple[Control, tuple[str | int, ...], str, str, tuple[Choice, ...], bool], ...]:
    """The element questions of a provision kind, in the model's field order."""
    elements = _national_class(kind).model_fields["elements"].annotation
    return tuple(_questions_for_model(cast("type[BaseModel]", elements), ("elements",)))


_STATUS_CHOICES = _choices(ProvisionStatus)

_SOURCE_QUESTIONS: tuple[tuple[Control, tuple[str | int, ...], str, str, tuple[Choice, ...], bool, str], ...] = (
    (
        Control.TEXT,
        ("source", "act"),
        "Act or code",
        "The title of the law, as it is cited.",
        (),
        True,
        "Penal Code 1990",
    ),
    (
        Control.TEXT,
        ("source", "section"),
        "Section or article",
        "The number of the section or article.",
        (),
        True,
        "s 41",
    ),
    (Control.DATE, ("source", "date"), "Date of the law or bill", "Leave blank if unknown.", (), False, ""),
    (
        Control.CHOICE,
        ("status",),
        "Status",
        "In force, in a bill before parliament, or a proposal.",
        _STATUS_CHOICES,
        True,
        "",
    ),
    (
        Control.TEXT,
        ("title",),
        "Heading",
        "The heading of the section, or a short description.",
        (),
        True,
        "Incitement to terrorism",
    ),
    (
        Control.LONG_TEXT,
        ("text",),
        "Text",
        "Paste the text of the section. Put each subsection on its own line starting (1), (2)...; each "
        "paragraph on its own line starting (a), (b)...; each sub-paragraph starting (i), (ii)... Words "
        "that follow the paragraphs go on a line of their own.",
        (),
        True,
        "",
    ),
    (
        Control.LONG_TEXT,
        ("uses_terms",),
        "Defined terms it uses",
        "The terms defined elsewhere in the law that this provision relies on, one per line.",
        (),
        False,
        "computer system",
    ),
    (
        Control.LONG_TEXT,
        ("related",),
        "Other provisions it refers to",
        "The references of the provisions this one refers to (see Reference, below), one per line.",
        (),
        False,
        "",
    ),
    (
        Control.TEXT,
        ("id",),
        "Reference (optional)",
        "A short reference for this provision, e.g. pc.s41. Left blank, one is made from the act and section.",
        (),
        False,
        "",
    ),
)


def _national_class(kind: ProvisionKind) -> type[BaseModel]:

    for member in typing.get_args(typing.get_args(NationalProvision)[0]):
        if member.model_fields["kind"].annotation == typing.Literal[kind.value]:
            return cast("type[BaseModel]", member)
    raise KeyError(kind)  # pragma: no cover - every kind has a national class


_AMENDMENT_FIELDS = ("replaces", "repeals", "amends", "external_references")
"""Provision fields asked after the source and text: what a bill clause does to the law in force,
and references to laws the framework does not describe."""


def _some_fields(model: type[BaseModel], names: Sequence[str]) -> Iterator[Row]:
    for control, path, label, help_text, choices, required in _questions_for_model(model, ()):
        if path[0] in names:
            yield control, path, label, help_text, choices, required


@cache
def question_template(area: Area) -> tuple[Question, ...]:
    """The questions of one provision block of ``area``, numbered within the block (``1``, ``2``...)."""
    kind = kind_for_area(area)
    rows = [(c, p, label, h, ch, req, ex) for c, p, label, h, ch, req, ex in _SOURCE_QUESTIONS]
    rows += [
        (c, p, label, h, ch, req, "")
        for c, p, label, h, ch, req in _some_fields(_national_class(kind), _AMENDMENT_FIELDS)
    ]
    rows += [(c, p, label, h, ch, req, "") for c, p, label, h, ch, req in element_questions(kind)]
    return tuple(
        Question(str(n), label, help_text, control, path, choices, required, example)
        for n, (control, path, label, help_text, choices, required, example) in enumerate(rows, start=1)
    )


def _general_questions() -> tuple[Question, ...]:
    traditions = _choices(LegalTradition)
    rows: list[tuple[Control, tuple[str | int, ...], str, str, tuple[Choice, ...], bool, str]] = [
        (Control.TEXT, ("name",), "Name of the State", "As it should appear in the report.", (), True, ""),
        (Control.TEXT, ("country",), "Country code", "The two-letter ISO 3166 code, e.g. KE, FR, JO.", (), True, ""),
        (
            Control.CHOICE,
            ("legal_tradition",),
            "Legal tradition",
            "Decides the form of the bill draftkit proposes.",
            traditions,
            True,
            "",
        ),
        (
            Control.TEXT,
            ("language",),
            "Language of the law",
            "A language code: en, fr, es, ar... Left blank, English.",
            (),
            False,
            "",
        ),
        (
            Control.DATE,
            ("as_of",),
            "The law is described as it stood on",
            "The date of this description.",
            (),
            True,
            "",
        ),
        (
            Control.TEXT,
            ("title",),
            "Short title of the bill to propose (optional)",
            "E.g. Counter-Terrorism (Internet) Bill.",
            (),
            False,
            "",
        ),
        (
            Control.LONG_TEXT,
            ("assessor_notes",),
            "Notes for the assessor (optional)",
            "Anything the report should know: practice, case law, reforms under way. One note per line.",
            (),
            False,
            "",
        ),
    ]
    return tuple(
        Question(f"A.{n}", label, h, c, p, ch, req, ex) for n, (c, p, label, h, ch, req, ex) in enumerate(rows, 1)
    )


def _instrument_questions() -> tuple[Question, ...]:
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.reference import instruments

    statuses = _choices(InstrumentStatus)
    out = []
    for n, instrument in enumerate(instruments().values(), start=1):
        title = instrument.short + (f" ({instrument.year})" if instrument.year else "")
        out.append(
            Question(
                f"B.{n}",
                title,
                "",
                Control.CHOICE,
                ("instruments", instrument.id),
                statuses,
                dated=True,
            )
        )
    return tuple(out)


_INTRO = {
    Area.DEFINITIONS: "Definitions the law gives of terrorism and of the technical terms it uses.",
    Area.CRIMINALIZATION: "Offences: each offence that can be used against terrorist use of the Internet, "
    "including general offences (incitement, financing, computer offences) that reach it.",
    Area.INVESTIGATIVE_POWERS: "Powers to obtain data and evidence: preservation, production, search, "
    "interception and the like.",
    Area.SAFEGUARDS: "General safeguards: oversight bodies, remedies, notification and limits that apply "
    "to several powers.",
    Area.SERVICE_PROVIDERS: "Duties of Internet and telecommunication service providers.",
    Area.JURISDICTION: "Rules that give the courts jurisdiction over the offences.",
    Area.INTERNATIONAL_COOPERATION: "Extradition, mutual legal assistance and other cooperation.",
    Area.EVIDENCE: "Rules on electronic evidence and on the use of intercepted material.",
}


def _parameter_questions() -> tuple[Question, ...]:
    """The names the proposed bill uses (courts, authorities, periods), one question each."""
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.catalog import load_catalog

    declared: dict[str, tuple[str, str]] = {}
    for provision in load_catalog():
        for name, parameter in provision.parameters.items():
            declared.setdefault(name, (parameter.description, str(parameter.default)))
    return tuple(
        Question(f"C.{n}", _sentence(description), "", Control.TEXT, ("parameters", name), example=default)
        for n, (name, (description, default)) in enumerate(sorted(declared.items()), start=1)
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def build_form(
    areas: Sequence[Area] | None = None, blocks: int | None = None, counts: Mapping[Area, int] | None = None
) -> Form:
    """The questionnaire for ``areas`` (all by default), with ``blocks`` provision blocks in every
    area, or ``counts`` per area (by default, :data:`DEFAULT_BLOCKS`)."""
    chosen = [a for a in Area if areas is None or a in areas]

    parts = [
        Part("A", "The State", "Who the framework is about, and the date it describes.", _general_questions()),
        Part(
            "B",
            "Treaties and other instruments",
            "For each instrument, choose the State's position. Leave blank what does not apply.",
            _instrument_questions(),
        ),
        Part(
            "C",
            "Names to use in the proposed bill",
            "The courts, authorities and periods the proposed bill should name. Left blank, the bill "
            "shows the example and marks it for the drafter to replace.",
            _parameter_questions(),
        ),
        Part(
            "D",
            "Clauses of a bill that only repeal",
            "A clause of a bill or proposal whose only effect is to repeal provisions in force. A clause "
            "that repeals and enacts new text is described in its area instead, with what it repeals.",
            tuple(
                Question(f"D.{n}", label, h, c, p, ch, False)
                for n, (c, p, label, h, ch, _required) in enumerate(
                    (
                        row
                        for i in range(REPEATS)
                        for row in _questions_for_model(RepealClause, ("repeal_clauses", i), f"Clause {i + 1}: ")
                    ),
                    start=1,
                )
            ),
        ),
    ]
    for area in chosen:
        number = area_number(area)
        kind = kind_for_area(area)
        template = question_template(area)
        count = blocks if blocks is not None else (counts or DEFAULT_BLOCKS)[area]
        parts.append(
            Part(
                str(number),
                area.label,
                _INTRO[area],
                blocks=tuple(
                    Block(
                        f"{number}.{i}",
                        area,
                        kind,
                        i,
                        tuple(
                            Question(
                                f"{number}.{i}.{q.number}",
                                q.label,
                                q.help,
                                q.control,
                                q.path,
                                q.choices,
                                q.required,
                                q.example,
                            )
                            for q in template
                        ),
                    )
                    for i in range(1, count + 1)
                ),
            )
        )
    return Form(FORM_VERSION, tuple(parts))


QUESTION_NUMBER = re.compile(r"^(?:[A-D]\.\d+|\d+\.\d+\.\d+)$")
"""What a question number looks like in the first column of a form table."""
