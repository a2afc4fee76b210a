"""Does a citation resolve, and does it claim no more certainty than the sources allow?"""

from __future__ import annotations

import re

from draftkit.diagnostics import suggest
from draftkit.models import Citation, CitationKind
from draftkit.reference import guidance_points, instruments

__all__ = ["citation_problems", "cited_paragraphs"]

_PARAS = re.compile(r"^paras?\s+(.+)$", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")


def cited_paragraphs(pinpoint: str) -> list[int] | None:
    """Paragraph numbers named by a pinpoint such as ``para 110``, ``paras 404-406``, ``para 42(c)``.

    None when the pinpoint does not name paragraphs (a chapter or section).
    """
    match = _PARAS.match(pinpoint.strip())
    if match is None:
        return None
    numbers: list[int] = []
    for chunk in re.split(r"\s*(?:,|and)\s*", match.group(1)):
        bounds = [int(n) for n in _NUMBER.findall(re.sub(r"\([^)]*\)", "", chunk))]
        if len(bounds) == 2 and ("-" in chunk or "–" in chunk) and bounds[0] <= bounds[1] <= bounds[0] + 20:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def citation_problems(citation: Citation) -> list[str]:
    """Plain-language problems with one citation (empty when it is sound)."""
    if citation.kind is CitationKind.INSTRUMENT:
        registry = instruments()
        if citation.source not in registry:
            return [f"unknown instrument '{citation.source}'{suggest(citation.source, registry)}"]
        return []
    if citation.kind is not CitationKind.PUBLICATION:
        return []
    points = guidance_points()
    point = points.get(citation.source)
    if point is None:
        return [f"unknown guidance point '{citation.source}'{suggest(citation.source, points)}"]
    if not citation.verified:
        return []
    paragraphs = cited_paragraphs(citation.pinpoint or "")
    if not paragraphs:
        return [
            "a verified publication citation needs a paragraph pinpoint such as 'para 110'; "
            "cite the chapter with verified: false otherwise"
        ]
    unseen = [n for n in paragraphs if n not in point.paragraphs]
    if unseen:
        seen = ", ".join(str(n) for n in point.paragraphs) or "none"
        return [
            f"paragraph {', '.join(map(str, unseen))} is not marked as seen for {point.id} "
            f"(seen: {seen}); cite '{point.location}' with verified: false"
        ]
    return []
