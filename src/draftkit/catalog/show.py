"""A model provision as a drafter reads it on a terminal: text, parameters, notes, citations."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from draftkit.catalog.text import fill, parameter_values, render_plain
from draftkit.i18n import Data, Messages, msg
from draftkit.i18n.messages import TEXT
from draftkit.models import Citation, CitationKind, ProvisionBase
from draftkit.reference import InstrumentRef, Pinpoint, guidance_points

__all__ = ["describe", "describe_citation"]


def describe_citation(citation: Citation, words: Messages | None = None) -> str:
    """A citation in words, with its verification status spelled out."""
    w = words or Messages()
    pin = citation.pinpoint or ""
    if citation.kind is CitationKind.PUBLICATION:
        point = guidance_points().get(citation.source)
        title: Data | str = Data(f"data.guidance.{point.id}", point.title) if point else citation.source
        text = w(
            "cite.publication" if pin else "cite.publication_plain",
            **({"pinpoint": Pinpoint(pin)} if pin else {}),
            title=title,
        )
    elif citation.kind is CitationKind.INSTRUMENT:
        short = InstrumentRef(citation.source)
        text = (
            w("cite.instrument", instrument=short, pinpoint=Pinpoint(pin))
            if pin
            else w("cite.instrument_plain", instrument=short)
        )
    else:
        text = (
            w("cite.other", source=citation.source, pinpoint=Pinpoint(pin))
            if pin
            else w("cite.other_plain", source=citation.source)
        )
    status = w("catalog.verified" if citation.verified else "catalog.unverified")
    if citation.kind is CitationKind.PUBLICATION:  # the guidance point's id: how the rule packs refer to it
        shown = w("catalog.citation_point", citation=text, status=status, reference=citation.source)
    else:
        shown = w("catalog.citation", citation=text, status=status)
    return w("catalog.labelled", label=shown, text=citation.note) if citation.note else shown


Numbers = tuple[Callable[[int], str], Callable[[int], str], Callable[[int], str]]
"""How a text numbers its subsections, paragraphs and subparagraphs."""


def describe(
    provision: ProvisionBase,
    overrides: Mapping[str, str],
    variant_id: str | None = None,
    words: Messages | None = None,
    *,
    numbers: Numbers | None = None,
    finish: Callable[[str], str] | None = None,
) -> str:
    """``provision`` as a drafter reads it on a terminal, its labels in the language of ``words``.

    The provision's own words (title, text, commentary, options) are those of the catalog given:
    the localized catalog for another language. ``numbers``: the numbering of the language's bill form
    (default ``(1)``, ``(a)``, ``(i)``); ``finish``: what the bill does to a filled text (contractions).
    """
    w = words or Messages()

    def labelled(code: str, text: str) -> str:
        return w("catalog.labelled", label=w(code), text=text)

    values = parameter_values(provision, overrides)
    body = provision.text
    heading = provision.title
    if variant_id is not None:
        chosen = next(v for v in provision.variants if v.id == variant_id)
        body = chosen.text or body
        heading = w("catalog.variant_heading", title=provision.title, variant=chosen.title)
    kind = msg(f"kind.{provision.kind}") if f"kind.{provision.kind}" in TEXT else provision.kind
    lines = [w("catalog.heading", id=provision.id, kind=kind, area=msg(f"area.{provision.area.value}")), ""]
    shown = render_plain(heading, fill(body, values), numbers=numbers)
    lines.append(finish(shown) if finish is not None else shown)
    if provision.parameters:
        lines += ["", w("catalog.parameters")]
        for name, parameter in provision.parameters.items():
            how = w("catalog.given" if name in overrides else "catalog.default")
            lines.append(
                "  " + w("catalog.parameter", name=name, value=values[name], how=how, description=parameter.description)
            )
    if provision.commentary is not None:
        c = provision.commentary
        lines += ["", w("catalog.commentary"), "  " + labelled("catalog.purpose", c.purpose)]
        for code, text in (
            ("catalog.adaptation", c.adaptation),
            ("catalog.common_law", c.common_law),
            ("catalog.civil_law", c.civil_law),
            ("catalog.human_rights", c.human_rights),
        ):
            if text:
                lines.append("  " + labelled(code, text))
    if provision.variants:
        lines += ["", w("catalog.options")]
        for v in provision.variants:
            lines.append("  " + w("catalog.option", id=v.id, title=v.title, note=v.note))
    if provision.citations:
        lines += ["", w("catalog.citations")]
        lines += [f"  - {describe_citation(c, w)}" for c in provision.citations]
    if provision.uses_terms:
        lines += ["", labelled("catalog.uses_terms", ", ".join(provision.uses_terms))]
    if provision.related:
        lines += [labelled("catalog.related", ", ".join(provision.related))]
    return "\n".join(lines)
