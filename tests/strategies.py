"""Hypothesis strategies that generate valid domain objects (shared by several test modules)."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any, Literal

from hypothesis import strategies as st

from draftkit import models as m

# Any Unicode text a YAML/JSON file and an XML document can both hold: no surrogates,
# no C0 controls other than tab and newline, no U+FFFE/U+FFFF.
_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
_XML_OK = st.characters(
    exclude_categories=_SURROGATES,
    exclude_characters="".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A))
    + "\x7f\ufffe\uffff\x85\u2028\u2029",
)
text = st.text(_XML_OK, min_size=1, max_size=40)
ident = st.from_regex(r"\A[a-z][a-z0-9_]{0,6}(\.[a-z0-9][a-z0-9_]{0,6}){0,2}\Z")
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))


def _enum_list(enum: Any, min_size: int = 0) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.sampled_from(list(enum)), min_size=min_size, max_size=3, unique=True)


subsections = st.lists(
    st.builds(
        m.Subsection,
        text=text,
        paragraphs=st.lists(st.builds(m.Paragraph, text=text, subparagraphs=st.lists(text, max_size=2)), max_size=2),
        closing=st.none() | text,
    ),
    min_size=1,
    max_size=2,
)

citations = st.lists(
    st.builds(
        m.Citation,
        kind=st.sampled_from([m.CitationKind.CASE, m.CitationKind.NATIONAL_LAW]),
        source=text,
        pinpoint=st.none() | text,
        verified=st.booleans(),
        note=st.none() | text,
    ),
    max_size=2,
)


def _bounds(metadata: list[Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in metadata:
        for name, key in (("ge", "min_value"), ("le", "max_value"), ("min_length", "min_size")):
            value = getattr(item, name, None)
            if isinstance(value, int):
                out[key] = value
    return out


def _for_type(annotation: Any, metadata: list[Any]) -> st.SearchStrategy[Any]:
    """A strategy for one field's type, read from its annotation and pydantic's constraints."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        return _for_type(inner, [*metadata, *extra])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = _for_type(args[0], metadata)
        return st.none() | inner if len(args) < len(typing.get_args(annotation)) else inner
    if origin is list:
        item = typing.get_args(annotation)[0]
        least = _bounds(metadata).get("min_size", 0)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            return _enum_list(item, least)
        return st.lists(_for_type(item, []), min_size=least, max_size=2)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from(list(annotation))
    if isinstance(annotation, type) and issubclass(annotation, m.DraftkitModel):
        return model_strategy(annotation)
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        bounds = _bounds(metadata)
        return st.integers(bounds.get("min_value", 0), bounds.get("max_value", 100))
    return text


def model_strategy(model: type[m.DraftkitModel]) -> st.SearchStrategy[Any]:
    """Valid instances of ``model`` with every field drawn (derived from its fields, not written by hand)."""
    special = _SPECIAL.get(model)
    if special is not None:
        return special
    fields = {name: _for_type(info.annotation, list(info.metadata)) for name, info in model.model_fields.items()}
    return st.builds(model, **fields)


@st.composite
def evidence_elements(draw: st.DrawFn) -> m.EvidenceElements:
    """Evidence elements whose admissibility entries name distinct topics of ``topics`` (a rule across fields)."""
    topics = draw(_enum_list(m.EvidenceTopic, 1))
    settled = draw(st.lists(st.sampled_from(topics), unique=True, max_size=len(topics)))
    admissibility = [
        m.TopicAdmissibility(topic=t, status=draw(st.sampled_from(list(m.Admissibility)))) for t in settled
    ]
    return m.EvidenceElements(topics=topics, reliability_test=draw(st.booleans()), admissibility=admissibility)


_SPECIAL: dict[type[m.DraftkitModel], st.SearchStrategy[Any]] = {m.EvidenceElements: evidence_elements()}
"""Models whose fields constrain each other, which field-by-field derivation cannot know."""

elements_by_kind: dict[str, st.SearchStrategy[Any]] = {
    spec.kind.value: model_strategy(spec.elements) for spec in m.KINDS
}
"""Elements of every registered kind (``draftkit.models.KINDS``): a new kind is generated without edits here."""


@st.composite
def national_provisions(draw: st.DrawFn, kind: str | None = None) -> dict[str, Any]:
    """A national provision as plain data (validated by NationalFramework)."""
    chosen = kind or draw(st.sampled_from(sorted(elements_by_kind)))
    return {
        "id": draw(ident),
        "kind": chosen,
        "title": draw(text),
        "text": [s.model_dump(mode="json") for s in draw(subsections)],
        "citations": [c.model_dump(mode="json") for c in draw(citations)],
        # a definition relying on defined terms could close a cycle, which is invalid: only other kinds use terms
        "uses_terms": [] if chosen == "definition" else draw(st.lists(text, max_size=2)),
        "elements": draw(elements_by_kind[chosen]).model_dump(mode="json"),
        "source": {"act": draw(text), "section": draw(text), "date": draw(st.none() | dates.map(str))},
        "status": draw(st.sampled_from(list(m.ProvisionStatus))).value,
        "optional": draw(st.booleans()),
        "external_references": draw(
            st.lists(st.fixed_dictionaries({"act": text, "section": text}, optional={"note": text}), max_size=1)
        ),
    }


@st.composite
def frameworks(draw: st.DrawFn, max_provisions: int = 6) -> m.NationalFramework:
    """A valid NationalFramework: unique provision ids, registry instruments, no dangling references,
    amendment relations only from a draft to in-force provisions (each taken out by one clause at most)."""
    provisions = draw(st.lists(national_provisions(), max_size=max_provisions, unique_by=lambda p: p["id"]))
    ids = [p["id"] for p in provisions]
    for provision in provisions:
        others = [i for i in ids if i != provision["id"]]
        if others:
            provision["related"] = draw(st.lists(st.sampled_from(others), max_size=2, unique=True))
    in_force = [p["id"] for p in provisions if p["status"] == "in_force"]
    free = list(in_force)
    for provision in provisions:
        if provision["status"] == "in_force" or not in_force:
            continue
        provision["amends"] = draw(st.lists(st.sampled_from(in_force), max_size=1))
        if free:
            taken = draw(st.lists(st.sampled_from(free), max_size=2, unique=True))
            split = draw(st.integers(0, len(taken)))
            provision["replaces"], provision["repeals"] = taken[:split], taken[split:]
            free = [i for i in free if i not in taken]
    repeal_clauses = []
    if bool(free) and draw(st.booleans()):
        repeal_clauses.append(
            {
                "source": {"act": draw(text), "section": draw(text)},
                "status": draw(st.sampled_from(["bill", "draft_proposal"])),
                "repeals": draw(st.lists(st.sampled_from(free), min_size=1, max_size=2, unique=True)),
            }
        )
    treaties = ["icsft-1999", "ets-185", "cets-196", "iccpr", "unscr-1373"]
    party = [s for s in m.InstrumentStatus if s is not m.InstrumentStatus.BOUND_AS_EU_MEMBER]
    eu_acts = ["eu-dir-2017-541", "eu-reg-2021-784"]
    instruments = [
        {"id": i, "status": draw(st.sampled_from(party)).value}
        for i in draw(st.lists(st.sampled_from(treaties), unique=True, max_size=3))
    ] + [
        {"id": i, "status": draw(st.sampled_from(list(m.InstrumentStatus))).value}
        for i in draw(st.lists(st.sampled_from(eu_acts), unique=True, max_size=1))
    ]
    data = {
        "country": draw(st.from_regex(r"\AX[A-Z]\Z")),
        "name": draw(text),
        "legal_tradition": draw(st.sampled_from(list(m.LegalTradition))).value,
        "language": draw(st.sampled_from(["en", "fr", "ar", "zh", "es-419"])),
        "as_of": str(draw(dates)),
        "title": draw(st.none() | text),
        "parameters": draw(st.dictionaries(st.from_regex(r"\A[a-z][a-z0-9_]{0,8}\Z"), text, max_size=2)),
        "instruments": instruments,
        "provisions": provisions,
        "repeal_clauses": repeal_clauses,
        "assessor_notes": draw(st.lists(text, max_size=2)),
    }
    return m.NationalFramework.model_validate(data)
