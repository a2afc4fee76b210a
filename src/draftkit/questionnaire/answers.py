"""Answers as plain values, to and from a framework.

``answers_from_framework`` fills a form from an existing framework (to send last round's
answers back for updating, and to test the round trip); ``framework_data`` turns the
answers read from a returned form into the mapping the framework model validates,
remembering which question each value came from so that every problem can name it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from draftkit.diagnostics import InputError, Problem
from draftkit.models import Area, NationalFramework
from draftkit.questionnaire.form import (
    DEFAULT_BLOCKS,
    MAX_BLOCKS,
    YES_NO,
    Control,
    Form,
    Question,
    area_number,
    build_form,
)

__all__ = [
    "Answer",
    "Assembled",
    "answers_from_framework",
    "blocks_needed",
    "form_for",
    "framework_data",
    "parse_text",
    "text_lines",
]

Answer = str | bool | frozenset[str] | None
"""Text (also numbers and ISO dates), a choice's value, a check box, the values ticked, or no answer."""


# ----------------------------------------------------------------------------- structured text


def text_lines(subsections: list[dict[str, Any]]) -> str:
    """Structured text as the lines a person types: ``(1)``, ``(a)``, ``(i)``, closing words."""
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.catalog.text import letter, roman

    lines: list[str] = []
    numbered = len(subsections) > 1
    for n, subsection in enumerate(subsections, start=1):
        lines.append(f"({n}) {subsection['text']}" if numbered else subsection["text"])
        for p, paragraph in enumerate(subsection.get("paragraphs", []), start=1):
            lines.append(f"({letter(p)}) {paragraph['text']}")
            lines.extend(f"({roman(s)}) {sub}" for s, sub in enumerate(paragraph.get("subparagraphs", []), start=1))
        if subsection.get("closing") is not None:
            lines.append(subsection["closing"])
    return "\n".join(lines)


_MARK = re.compile(r"^\((\d+|[a-z]{1,3})\)\s+(.*)$")
_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")


def _next_letter(count: int) -> str:
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.catalog.text import letter

    return letter(count + 1)


def parse_text(text: str) -> list[dict[str, Any]]:
    """The inverse of :func:`text_lines`, tolerant of how people type: blank lines are
    skipped, an unmarked line continues the text before it or, after paragraphs, closes them."""
    subsections: list[dict[str, Any]] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        mark = _MARK.match(line)
        token, body = (mark.group(1), mark.group(2)) if mark else ("", line)
        current = subsections[-1] if subsections else None
        paragraphs: list[dict[str, Any]] = current["paragraphs"] if current is not None else []
        if token.isdigit() or (current is None and not token):
            subsections.append({"text": body, "paragraphs": []})
        elif token and current is None:  # a paragraph with no lead-in: keep the mark as text
            subsections.append({"text": line, "paragraphs": []})
        elif (
            token
            and paragraphs
            and _ROMAN.match(token)
            and (paragraphs[-1]["subparagraphs"] or token != _next_letter(len(paragraphs)))
        ):
            paragraphs[-1]["subparagraphs"].append(body)
        elif token:
            assert current is not None
            if current.get("closing") is not None:  # closing words ended the list: a new subsection
                subsections.append({"text": line, "paragraphs": []})
            else:
                paragraphs.append({"text": body, "subparagraphs": []})
        else:
            assert current is not None
            if paragraphs:
                current["closing"] = f"{current['closing']} {body}" if current.get("closing") else body
            else:
                current["text"] = f"{current['text']} {body}"
    for subsection in subsections:
        for paragraph in subsection["paragraphs"]:
            if not paragraph["subparagraphs"]:
                del paragraph["subparagraphs"]
        if not subsection["paragraphs"]:
            del subsection["paragraphs"]
    return subsections


# ----------------------------------------------------------------------------- framework -> answers


def blocks_needed(framework: NationalFramework | None) -> dict[Area, int]:
    """Blocks per area: the defaults, or more where the framework has more provisions."""
    counts = dict(DEFAULT_BLOCKS)
    if framework is not None:
        for area in Area:
            have = sum(1 for p in framework.provisions if p.area is area)
            counts[area] = max(counts[area], have)
    return counts


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
            data = data[part]
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def _answer(question: Question, value: Any) -> Answer:
    if value is None:
        return None
    if question.control is Control.CHECK:
        return bool(value)
    if question.control is Control.CHECKS:
        return frozenset(str(v) for v in value) or None
    if isinstance(value, bool):  # a yes/no/not-stated choice
        return "true" if value else "false"
    if question.path == ("text",):
        return text_lines(value)
    if isinstance(value, list):
        return "\n".join(str(v) for v in value) or None
    return str(value)


def answers_from_framework(form: Form, framework: NationalFramework) -> tuple[dict[str, Answer], dict[str, str]]:
    """The answers that describe ``framework`` on ``form`` (question number -> answer), and the
    dates beside dated answers."""
    data = framework.model_dump(mode="json")
    out: dict[str, Answer] = {}
    dates: dict[str, str] = {}
    status = {i["id"]: i["status"] for i in data["instruments"]}
    when = {i["id"]: i["date"] for i in data["instruments"] if i.get("date")}
    by_area: dict[Area, list[dict[str, Any]]] = {area: [] for area in Area}
    for provision, dumped in zip(framework.provisions, data["provisions"], strict=True):
        by_area[provision.area].append(dumped)
    for part in form.parts:
        for question in part.questions:
            if question.path[0] == "instruments":
                out[question.number] = status.get(str(question.path[1]))
                if str(question.path[1]) in when:
                    dates[question.number] = when[str(question.path[1])]
            else:
                out[question.number] = _answer(question, _get(data, question.path))
        for block in part.blocks:
            provisions = by_area[block.area]
            if block.index > len(provisions):
                continue
            for question in block.questions:
                out[question.number] = _answer(question, _get(provisions[block.index - 1], question.path))
    return {k: v for k, v in out.items() if v is not None}, dates


# ----------------------------------------------------------------------------- answers -> framework


@dataclass
class Assembled:
    """The framework mapping built from a form, where each value came from, and what was wrong."""

    data: dict[str, Any]
    origin: dict[tuple[str | int, ...], Question] = field(default_factory=dict)
    blocks: dict[tuple[str | int, ...], str] = field(default_factory=dict)
    problems: list[tuple[Question, str]] = field(default_factory=list)


def _put(target: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    node: Any = target
    for part, after in itertools.pairwise(path):
        if isinstance(part, int):
            while len(node) <= part:
                node.append({})
            node = node[part]
        else:
            node = node.setdefault(part, [] if isinstance(after, int) else {})
    last = path[-1]
    if isinstance(last, int):  # pragma: no cover - answers always end on a named field
        raise TypeError(path)
    node[last] = value


def _compact(value: Any) -> Any:
    """Drop entries of repeated groups that were left empty (e.g. unused authorisation routes)."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_compact(v) for v in value if v != {}]
    return value


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _typed(question: Question, raw: Answer, assembled: Assembled) -> Any:
    """The value for the model from a raw answer, or a problem and None."""
    if raw is None or raw in ("", frozenset()):
        return None
    if question.control is Control.CHECK:
        return True if raw else None
    if question.control is Control.CHECKS:
        assert isinstance(raw, frozenset)
        return [c.value for c in question.choices if c.value in raw]
    assert isinstance(raw, str)
    if question.control is Control.NUMBER:
        if not re.fullmatch(r"\s*-?\d+\s*", raw):
            assembled.problems.append((question, f"expected a whole number; got '{raw}'"))
            return None
        return int(raw)
    if question.control is Control.CHOICE:
        choice = question.choice_for(raw)
        if choice is None:
            allowed = ", ".join(c.label for c in question.choices)
            assembled.problems.append((question, f"'{raw}' is not one of: {allowed}"))
            return None
        if question.choices == YES_NO:
            return choice.value == "true"
        return choice.value
    if question.path == ("text",):
        return parse_text(raw)
    if question.control is Control.LONG_TEXT:  # a list, one entry per line
        return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]
    return raw.strip()


def framework_data(form: Form, answers: Mapping[str, Answer], dates: Mapping[str, str] | None = None) -> Assembled:
    """The framework mapping the answers describe (not yet validated)."""
    dates = dates or {}
    assembled = Assembled({"draftkit": form.version})
    data = assembled.data
    for part in form.parts:
        for question in part.questions:
            value = _typed(question, answers.get(question.number), assembled)
            if question.path[0] != "instruments":
                assembled.origin[question.path] = question  # so a required answer left blank is named
            if value is None:
                continue
            if question.path[0] == "instruments":
                entry = {"id": question.path[1], "status": value}
                if question.number in dates:
                    entry["date"] = dates[question.number]
                data.setdefault("instruments", []).append(entry)
                assembled.origin[("instruments", len(data["instruments"]) - 1)] = question
            else:
                _put(data, question.path, value)
                assembled.origin[question.path] = question
    provisions: list[dict[str, Any]] = []
    used: set[str] = set()
    country = str(data.get("country", "xx")).lower()
    for part in form.parts:
        for block in part.blocks:
            values = [(q, _typed(q, answers.get(q.number), assembled)) for q in block.questions]
            if all(v is None for q, v in values if q.path != ("status",)):
                continue  # an unused block
            index = len(provisions)
            provision: dict[str, Any] = {"kind": block.kind.value, "elements": {}}  # so a missing element is named
            for question, value in values:
                if value is not None:
                    _put(provision, question.path, value)
                assembled.origin[("provisions", index, *question.path)] = question
            assembled.blocks[("provisions", index)] = block.number
            if "id" not in provision:
                source = provision.get("source", {})
                act, section = str(source.get("act", "act")), str(source.get("section", block.number))
                base = f"{country}.{_slug(act)}.{_slug(section)}"
                candidate, n = base, 2
                while candidate in used:
                    candidate, n = f"{base}-{n}", n + 1
                provision["id"] = candidate
            used.add(provision["id"])
            provisions.append(_compact(provision))
    data["provisions"] = provisions
    return assembled


def form_for(
    framework: NationalFramework | None,
    areas: list[Area] | None = None,
    blocks: int | None = None,
    *,
    source: str = "the framework",
) -> Form:
    """The form to write: every area (or ``areas``), with room for ``framework``'s provisions.

    ``InputError`` (naming ``source``, the framework's file, and each area) where the framework has
    more provisions in an area than a form holds: the reader refuses such a form, so it is not written."""
    if blocks is not None:
        return build_form(areas, blocks)
    counts = blocks_needed(framework)
    crowded = [area for area in Area if (areas is None or area in areas) and counts[area] > MAX_BLOCKS]
    if crowded:
        raise InputError(
            [
                Problem(
                    source,
                    1,
                    1,
                    (),
                    f"{counts[area]:,} provisions in this area; a questionnaire holds at most {MAX_BLOCKS} in an area "
                    "(draftkit import reads no more back), so it was not written: leave this area out with --areas "
                    "and keep its provisions in the framework file",
                    f"Part {area_number(area)}. {area.label}",
                )
                for area in crowded
            ]
        )
    return build_form(areas, None, counts)
