"""Filling parameters into provision text and printing it as a statute would."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from draftkit.models import PLACEHOLDER, Paragraph, ProvisionBase, Subsection

__all__ = ["fill", "fill_text", "letter", "parameter_values", "render_plain", "roman"]


def parameter_values(provision: ProvisionBase, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each declared parameter's value: the override when given, else the default."""
    overrides = overrides or {}
    return {name: str(overrides.get(name, parameter.default)) for name, parameter in provision.parameters.items()}


def fill_text(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` for every name in ``values``; leave other braces untouched."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def fill(subsections: list[Subsection], values: Mapping[str, str]) -> list[Subsection]:
    return [
        Subsection(
            text=fill_text(s.text, values),
            paragraphs=[
                Paragraph(
                    text=fill_text(p.text, values),
                    subparagraphs=[fill_text(x, values) for x in p.subparagraphs],
                )
                for p in s.paragraphs
            ],
            closing=None if s.closing is None else fill_text(s.closing, values),
        )
        for s in subsections
    ]


_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(number: int) -> str:
    """Lower-case roman numeral, for romanettes (i), (ii)... up to 39."""
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def letter(number: int) -> str:
    """(a)...(z), then (aa), (bb)... as legislative drafting does."""
    base = chr(ord("a") + (number - 1) % 26)
    return base * ((number - 1) // 26 + 1)


def _parenthesised(n: int) -> str:
    return f"({n})"


def _letter(n: int) -> str:
    return f"({letter(n)})"


def _roman(n: int) -> str:
    return f"({roman(n)})"


def render_plain(
    heading: str,
    subsections: list[Subsection],
    number: str | None = None,
    *,
    numbers: tuple[Callable[[int], str], Callable[[int], str], Callable[[int], str]] | None = None,
) -> str:
    """A provision as plain text with computed numbering (used by `draftkit catalog show`).

    ``numbers``: how subsections, paragraphs and subparagraphs are numbered (default the common-law
    ``(1)``, ``(a)``, ``(i)``; French civil-law text: ``I.``, ``1°``, ``a)``).
    """
    subsection_number, paragraph_number, subparagraph_number = numbers or (_parenthesised, _letter, _roman)
    lines = [f"{number}. {heading}" if number else heading]
    numbered = len(subsections) > 1
    for index, subsection in enumerate(subsections, start=1):
        prefix = f"{subsection_number(index)} " if numbered else ""
        lines.append(f"    {prefix}{subsection.text}")
        for p_index, paragraph in enumerate(subsection.paragraphs, start=1):
            lines.append(f"        {paragraph_number(p_index)} {paragraph.text}")
            for s_index, sub in enumerate(paragraph.subparagraphs, start=1):
                lines.append(f"            {subparagraph_number(s_index)} {sub}")
        if subsection.closing:
            lines.append(f"    {subsection.closing}")
    return "\n".join(lines)
