"""Provision text to spans: declared parameters filled from the framework or left as placeholders."""

from __future__ import annotations

from collections.abc import Mapping

from draftkit.catalog.text import letter, roman
from draftkit.compose.model import Line, LineKind, Placeholder, Span
from draftkit.models import PLACEHOLDER, Parameter, Subsection

__all__ = ["Filler", "bracketed", "lines_of"]


def bracketed(default: str) -> str:
    """A default as the placeholder shows it: in brackets, once (``[montant à fixer]`` stays as it is)."""
    text = default.strip()
    if text.startswith("[") and text.endswith("]") and "[" not in text[1:-1] and "]" not in text[1:-1]:
        return text
    return f"[{text}]"


class Filler:
    """Fills ``{name}`` for the parameters a provision declares.

    A value the framework gives replaces the name as ordinary text. A parameter with no
    value becomes a placeholder span showing the default in brackets, which the renderer
    highlights and the section's comment explains: the drafter sees at a glance what is
    still to decide. Braces that name no declared parameter are legal text and stay as
    they are.
    """

    def __init__(self, declared: Mapping[str, Parameter], values: Mapping[str, str]) -> None:
        self._declared = declared
        self._values = values
        self.placeholders: dict[str, Placeholder] = {}
        self.filled: dict[str, str] = {}

    def spans(self, text: str) -> tuple[Span, ...]:
        out: list[Span] = []
        plain = ""
        position = 0
        for match in PLACEHOLDER.finditer(text):
            name = match.group(1)
            if name not in self._declared:
                continue
            plain += text[position : match.start()]
            position = match.end()
            if name in self._values:
                self.filled[name] = self._values[name]
                plain += self._values[name]
                continue
            if plain:
                out.append(Span(plain))
                plain = ""
            parameter = self._declared[name]
            shown = bracketed(str(parameter.default))
            self.placeholders.setdefault(name, Placeholder(name, shown, parameter.description, str(parameter.default)))
            out.append(Span(shown, parameter=name))
        plain += text[position:]
        if plain or not out:
            out.append(Span(plain))
        return tuple(out)


def lines_of(subsections: list[Subsection], filler: Filler) -> tuple[Line, ...]:
    """Statutory lines with literal labels: ``(1)``, ``(a)``, ``(i)``; one subsection is unnumbered."""
    numbered = len(subsections) > 1
    lines: list[Line] = []
    for index, subsection in enumerate(subsections, start=1):
        label = f"({index})" if numbered else None
        lines.append(Line(LineKind.SUBSECTION, label, filler.spans(subsection.text)))
        for p_index, paragraph in enumerate(subsection.paragraphs, start=1):
            lines.append(Line(LineKind.PARAGRAPH, f"({letter(p_index)})", filler.spans(paragraph.text)))
            for s_index, sub in enumerate(paragraph.subparagraphs, start=1):
                lines.append(Line(LineKind.SUBPARAGRAPH, f"({roman(s_index)})", filler.spans(sub)))
        if subsection.closing is not None:
            lines.append(Line(LineKind.CLOSING, None, filler.spans(subsection.closing)))
    return tuple(lines)
