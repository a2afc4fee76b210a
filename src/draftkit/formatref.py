"""The format reference, generated from the models: every provision kind, its elements, their types,
allowed values and what each value means.

One source of words: the element and value labels of the message catalog (``element.*``,
``value.*`` in :mod:`draftkit.i18n.messages`), the field descriptions of the pydantic models and
the kinds' registry (:data:`draftkit.models.provisions.KINDS`). ``docs/format.md`` is
:func:`markdown` (``make docs`` or ``python -m draftkit.formatref docs/format.md``; a test checks
it has not drifted), ``draftkit explain KIND[.ELEMENT]`` prints :func:`explain`, and ``draftkit
init`` writes its comments from the same data.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import sys
import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from draftkit.diagnostics import COMMAND_LINE, InputError, did_you_mean, suggest
from draftkit.i18n.messages import TEXT
from draftkit.models.provisions import KINDS

__all__ = ["ElementDoc", "KindDoc", "explain", "kind_docs", "main", "markdown"]


@dataclass(frozen=True)
class ValueDoc:
    value: str
    meaning: str


@dataclass(frozen=True)
class ElementDoc:
    name: str
    """Dotted below the kind: ``penalty.max_years``."""
    label: str
    type: str
    required: bool
    default: str | None
    description: str
    values: tuple[ValueDoc, ...] = ()
    children: tuple[ElementDoc, ...] = ()

    def walk(self) -> typing.Iterator[ElementDoc]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class KindDoc:
    kind: str
    label: str
    area: str
    area_label: str
    description: str
    elements: tuple[ElementDoc, ...]

    def element(self, name: str) -> ElementDoc | None:
        return next((e for top in self.elements for e in top.walk() if e.name == name), None)


def _words(code: str, fallback: str) -> str:
    return TEXT.get(code, fallback)


def _spelled(name: str) -> str:
    return name.replace("_", " ")


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside ``X | None`` and ``Annotated[X, ...]``, and whether None was allowed."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return _unwrap(members[0])[0], True
    return annotation, False


def _bounds(metadata: list[Any]) -> str:
    low = next((getattr(m, "ge", None) for m in metadata if getattr(m, "ge", None) is not None), None)
    high = next((getattr(m, "le", None) for m in metadata if getattr(m, "le", None) is not None), None)
    if low is not None and high is not None:
        return f" from {low} to {high}"
    return ""


def _values(enum: type[Enum]) -> tuple[ValueDoc, ...]:
    return tuple(ValueDoc(str(m.value), _words(f"value.{m.value}", _spelled(str(m.value)))) for m in enum)


def _default(info: Any) -> str | None:
    if info.is_required():
        return None
    if info.default_factory is not None:
        return None
    value = info.default
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _elements(model: type[BaseModel], prefix: str = "") -> tuple[ElementDoc, ...]:
    out: list[ElementDoc] = []
    for name, info in model.model_fields.items():
        annotation, optional = _unwrap(info.annotation)
        metadata = list(info.metadata)
        origin = typing.get_origin(annotation)
        values: tuple[ValueDoc, ...] = ()
        children: tuple[ElementDoc, ...] = ()
        full = f"{prefix}{name}"
        if origin is list:
            (item,) = typing.get_args(annotation)
            item, _ = _unwrap(item)
            least = next((getattr(m, "min_length", 0) for m in metadata if getattr(m, "min_length", 0)), 0)
            some = "at least one" if least else "may be empty"
            if isinstance(item, type) and issubclass(item, Enum):
                kind, values = f"a list of values from those below ({some})", _values(item)
            elif isinstance(item, type) and issubclass(item, BaseModel):
                kind, children = f"a list of groups, each with the fields below ({some})", _elements(item, f"{full}.")
            else:
                kind = f"a list of texts ({some})"
        elif isinstance(annotation, type) and issubclass(annotation, Enum):
            kind, values = "one of the values below", _values(annotation)
        elif origin is typing.Literal:
            choices = [str(v) for v in typing.get_args(annotation)]
            kind, values = (
                "one of the values below",
                tuple(ValueDoc(v, _words(f"value.{v}", _spelled(v))) for v in choices),
            )
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            kind, children = "a group of the fields below", _elements(annotation, f"{full}.")
        elif annotation is bool:
            kind = "true, false, or left out when the law does not say" if optional else "true or false"
        elif annotation is int:
            kind = "a whole number" + _bounds(metadata)
        elif annotation is dt.date:
            kind = "a date, YYYY-MM-DD"
        else:
            kind = "text"
        if optional and annotation is not bool:
            kind += "; may be left out (not stated in the law)"
        description = " ".join((info.description or "").replace("`", "").split())
        out.append(
            ElementDoc(
                name=full,
                label=_words(f"element.{name}", _spelled(name)),
                type=kind,
                required=info.is_required(),
                default=_default(info),
                description=description,
                values=values,
                children=children,
            )
        )
    return tuple(out)


@cache
def kind_docs() -> tuple[KindDoc, ...]:
    """Every provision kind, in the registry's order."""
    docs = []
    for spec in KINDS:
        doc = " ".join((spec.elements.__doc__ or "").split())
        docs.append(
            KindDoc(
                kind=spec.kind.value,
                label=spec.label,
                area=spec.area.value,
                area_label=_words(f"area.{spec.area.value}", spec.area.value),
                description=doc,
                elements=_elements(spec.elements),
            )
        )
    return tuple(docs)


# ----------------------------------------------------------------------------- Markdown (docs/format.md)

_HEADER = """\
# Framework format: provision kinds, elements and values

<!-- Generated from draftkit's models by `make docs` (python -m draftkit.formatref docs/format.md).
     Do not edit by hand: tests/test_formatref.py fails when this file and the models differ. -->

A framework file describes one State's law as a list of `provisions`. Each provision has an `id`, a
`kind`, a `title`, its `text`, where it stands (`source`: act and section), its `status` (`in_force`,
`bill` or `draft_proposal`), and `elements`: what the law says, coded so that the rules engine can
check it. This page lists, for every kind, its elements, the type of each, the values allowed and
what they mean. An element left out takes its default; a yes/no element that may be left out is then
read as *not stated* (unknown), never as "no".

`draftkit explain KIND` prints the same for one kind (`draftkit explain offence`), and
`draftkit explain KIND.ELEMENT` for one element (`draftkit explain offence.mental_elements`).
`draftkit init` writes a starter framework with these lists as comments.

Kinds: {kinds}.
"""


def _md_element(element: ElementDoc, out: list[str]) -> None:
    need = "required" if element.required else "optional"
    default = f", default `{element.default}`" if element.default is not None else ""
    out.append(f"### `{element.name}`")
    out.append("")
    out.append(f"*{element.label[:1].upper()}{element.label[1:]}.* {need.capitalize()}{default}: {element.type}.")
    if element.description:
        out.append("")
        out.append(element.description)
    if element.values:
        out.append("")
        out.append("| Value | Meaning |")
        out.append("| --- | --- |")
        out.extend(f"| `{v.value}` | {v.meaning} |" for v in element.values)
    out.append("")
    for child in element.children:
        _md_element(child, out)


def markdown() -> str:
    """The whole format reference, as docs/format.md holds it."""
    docs = kind_docs()
    kinds = ", ".join(f"[`{d.kind}`](#{d.kind.replace('_', '-')})" for d in docs)
    out = [_HEADER.format(kinds=kinds)]
    for doc in docs:
        out.append(f"## {doc.kind}")
        out.append("")
        out.append(f"{doc.label}: a provision of the area *{doc.area_label}* (`{doc.area}`).")
        if doc.description:
            out.append(doc.description)
        out.append("")
        for element in doc.elements:
            _md_element(element, out)
    return "\n".join(out).rstrip() + "\n"


# ----------------------------------------------------------------------------- plain text (draftkit explain)


def _text_element(element: ElementDoc, out: list[str], indent: str = "") -> None:
    need = "required" if element.required else "optional"
    default = f", default {element.default}" if element.default is not None else ""
    out.append(f"{indent}{element.name}: {element.label} ({need}{default})")
    out.append(f"{indent}  {element.type[:1].upper()}{element.type[1:]}.")
    if element.description:
        out.append(f"{indent}  {element.description}")
    width = max((len(v.value) for v in element.values), default=0)
    for value in element.values:
        out.append(f"{indent}    {value.value.ljust(width)}  {value.meaning}")
    for child in element.children:
        _text_element(child, out, indent + "  ")


def explain(target: str) -> str:
    """One kind (``offence``) or one element (``offence.penalty.max_years``) in words; ``InputError``
    with the nearest names when there is no such kind or element."""
    name = target.strip()
    kind, _, element = name.partition(".")
    docs = {d.kind: d for d in kind_docs()}
    doc = docs.get(kind)
    found = doc.element(element) if doc is not None and element else None
    if doc is None:
        hint = suggest(kind, docs, n=2)
        raise InputError.single(COMMAND_LINE, f"no provision kind named '{kind}'{hint} (kinds: {', '.join(docs)})")
    if element and found is None:
        names = [e.name for top in doc.elements for e in top.walk()]
        near = [n for n in names if n.startswith(element)][:3] or difflib.get_close_matches(element, names, n=3)
        hint = did_you_mean([f"{kind}.{n}" for n in near])
        raise InputError.single(
            COMMAND_LINE,
            f"{kind} has no element '{element}'{hint} (its elements: {', '.join(e.name for e in doc.elements)})",
        )
    out: list[str] = []
    if found is not None:
        _text_element(found, out, "")
        out[0] = f"{doc.kind}.{out[0]}"
        return "\n".join(out) + "\n"
    out.append(f"{doc.kind}: {doc.label}, a provision of the area {doc.area_label} ({doc.area}).")
    if doc.description:
        out.append(doc.description)
    out.append("")
    out.append("Elements:")
    for top in doc.elements:
        _text_element(top, out, "  ")
    out.append("")
    out.append(f"One element in detail: draftkit explain {doc.kind}.ELEMENT")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    """``python -m draftkit.formatref [FILE]``: write the reference (default: print it)."""
    args = sys.argv[1:] if argv is None else argv
    text = markdown()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()


# ----------------------------------------------------------------------------- the starter framework (draftkit init)


def _yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _wrap_values(values: tuple[ValueDoc, ...], indent: str) -> list[str]:
    """The allowed values as comments that stay comments once the template's '# ' is removed."""
    lines: list[str] = []
    line = f"# {indent}  # allowed:"
    for value in values:
        piece = f" {value.value}"
        if len(line) + len(piece) > 110:
            lines.append(line)
            line = f"# {indent}  #         "
        line += piece
    lines.append(line)
    return lines


def _placeholder(element: ElementDoc) -> str:
    if element.type.startswith("a list"):
        return f"[{element.values[0].value}]" if element.required and element.values else "[]"
    if element.values:
        return element.default or element.values[0].value
    if element.type.startswith("true or false"):
        return element.default or "false"
    if element.type.startswith("true, false"):
        return "null"
    if element.type.startswith("a whole number"):
        return "null"
    return '"..."' if element.required else "null"


def _starter_elements(elements: tuple[ElementDoc, ...], indent: str, out: list[str]) -> None:
    for element in elements:
        short = element.name.rsplit(".", 1)[-1]
        need = "required" if element.required else "optional"
        if element.children and not element.type.startswith("a list"):
            out.append(f"{f'# {indent}{short}:'.ljust(44)}# {need}: {element.label}")
            _starter_elements(element.children, indent + "  ", out)
            continue
        value = "[]" if element.children else _placeholder(element)
        out.append(f"{f'# {indent}{short}: {value}'.ljust(44)}# {need}: {element.label}")
        if element.values:
            out.extend(_wrap_values(element.values, indent))


def starter_yaml(country: str, name: str, tradition: str, language: str, as_of: dt.date) -> str:
    """A commented framework with no provisions that validates, and a commented template of every kind."""
    code = country.lower()
    out = [
        f"# {name}: its law on the use of the Internet for terrorist purposes, described for draftkit.",
        "# Written by `draftkit init`. Describe each section or article of law under `provisions`, then run:",
        "#   draftkit validate THIS-FILE        every problem, with its line and column",
        "#   draftkit check THIS-FILE           ratings by area, and what falls short",
        "#   draftkit draft THIS-FILE -o out    the annotated bill and the gap report (Word)",
        "# The format: docs/format.md, or `draftkit explain KIND` (`draftkit explain offence.conduct`).",
        "# Not programming? `draftkit questionnaire -o form.docx` writes a Word form to fill in instead.",
        "draftkit: 2",
        f"country: {country}{' ' * 10}# ISO 3166-1 alpha-2 code (XA to XZ for a fictional State)",
        f"name: {_yaml_text(name)}",
        f"legal_tradition: {tradition}  # common_law or civil_law: the form of the bill draftkit drafts",
        f"language: {language}",
        f"as_of: {as_of.isoformat()}  # the date the law is described as of",
        "# title: Counter-Terrorism (Use of the Internet) Bill   # the short title of the bill draftkit drafts",
        "# parameters: {competent_court: the High Court}   # values for the blanks of the model provisions",
        "instruments: []  # treaties and their status, e.g. - {id: ets-185, status: party}; ids: draftkit instruments",
        "provisions: []",
        "# Replace `provisions: []` by `provisions:` and add one entry per section of law: copy the template",
        "# of its kind below and remove the leading '# '. Every entry has an id of your own (letters, digits,",
        "# dots), its kind, title, text, source and status; `elements` code what the text says. An element",
        "# you leave out takes its default; a yes/no element set to null means the law does not say.",
    ]
    for doc in kind_docs():
        out.append("#")
        out.append(f"# ---- {doc.kind}: {doc.label} (area: {doc.area_label}) ".ljust(100, "-"))
        out.append(f"# - id: {code}.act.s{kind_docs().index(doc) + 1}")
        out.append(f"#   kind: {doc.kind}")
        out.append('#   title: "..."')
        out.append("#   text:")
        out.append('#   - text: "..."              # one entry per subsection')
        out.append('#   source: {act: "...", section: "1"}')
        out.append("#   status: in_force               # in_force, bill or draft_proposal")
        out.append("#   elements:")
        _starter_elements(doc.elements, "    ", out)
    return "\n".join(out) + "\n"
