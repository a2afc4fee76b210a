"""A model provision as a drafter reads it on a terminal: text, parameters, notes, citations."""

from __future__ import annotations

from collections.abc import Mapping

from draftkit.catalog.text import fill, parameter_values, render_plain
from draftkit.models import Citation, CitationKind, ProvisionBase
from draftkit.reference import guidance_points, instruments

__all__ = ["describe", "describe_citation"]


def describe_citation(citation: Citation) -> str:
    """A citation in words, with its verification status spelled out."""
    status = "verified" if citation.verified else "UNVERIFIED pinpoint"
    pin = f", {citation.pinpoint}" if citation.pinpoint else ""
    if citation.kind is CitationKind.PUBLICATION:
        point = guidance_points().get(citation.source)
        title = f" ({point.title})" if point else ""
        text = f"UNODC, Use of the Internet for Terrorist Purposes (2012){pin} - {citation.source}{title}"
    elif citation.kind is CitationKind.INSTRUMENT:
        instrument = instruments().get(citation.source)
        text = f"{instrument.short if instrument else citation.source}{pin}"
    else:
        text = f"{citation.source}{pin}"
    note = f" - {citation.note}" if citation.note else ""
    return f"{text} [{status}]{note}"


def describe(provision: ProvisionBase, overrides: Mapping[str, str], variant_id: str | None = None) -> str:
    values = parameter_values(provision, overrides)
    body = provision.text
    heading = provision.title
    if variant_id is not None:
        chosen = next(v for v in provision.variants if v.id == variant_id)
        body = chosen.text or body
        heading = f"{provision.title} - {chosen.title}"
    lines = [f"[{provision.id}] {provision.kind}, area {provision.area.value}", ""]
    lines.append(render_plain(heading, fill(body, values)))
    if provision.parameters:
        lines += ["", "Parameters:"]
        for name, parameter in provision.parameters.items():
            given = " (given)" if name in overrides else " (default)"
            lines.append(f"  {name} = {values[name]}{given} - {parameter.description}")
    if provision.commentary is not None:
        c = provision.commentary
        lines += ["", "Commentary:", f"  Purpose: {c.purpose}"]
        for label, text in (
            ("Adapting it", c.adaptation),
            ("Common-law systems", c.common_law),
            ("Civil-law systems", c.civil_law),
            ("Human rights", c.human_rights),
        ):
            if text:
                lines.append(f"  {label}: {text}")
    if provision.variants:
        lines += ["", "Options:"]
        for v in provision.variants:
            lines.append(f"  {v.id}: {v.title} - {v.note}")
    if provision.citations:
        lines += ["", "Citations:"]
        lines += [f"  - {describe_citation(c)}" for c in provision.citations]
    if provision.uses_terms:
        lines += ["", f"Defined terms used: {', '.join(provision.uses_terms)}"]
    if provision.related:
        lines += [f"Related provisions: {', '.join(provision.related)}"]
    return "\n".join(lines)
