"""The output-format registry: every file ``write_drafts`` writes, in the order written.

Adding a format is one module and one line here: write a module under ``draftkit.render``
(or anywhere) with a function from :class:`~draftkit.render.format.DraftContext` to bytes
and an ``OUTPUT = OutputFormat(name, description, render)``, then add the module to
``_BUILTIN`` below. A program embedding draftkit can add its own with :func:`register`.
"""

from __future__ import annotations

from draftkit.render import assessment_json, bill_akn, bill_docx, markdown, report_docx
from draftkit.render.format import OutputFormat

__all__ = ["OutputFormat", "output_names", "outputs", "register", "unregister"]

_BUILTIN: tuple[OutputFormat, ...] = (
    bill_docx.OUTPUT,
    report_docx.OUTPUT,
    assessment_json.OUTPUT,
    markdown.OUTPUT,
    bill_akn.OUTPUT,
)

_registry: dict[str, OutputFormat] = {output.name: output for output in _BUILTIN}


def register(output: OutputFormat, *, replace: bool = False) -> OutputFormat:
    """Add an output format; its name must be new unless ``replace``. Returns it (usable as a decorator's result)."""
    if not output.name or "/" in output.name or "\\" in output.name or output.name.startswith("."):
        raise ValueError(f"an output name is a plain file name; got {output.name!r}")
    if output.name in _registry and not replace:
        raise ValueError(f"an output named {output.name!r} is already registered")
    _registry[output.name] = output
    return output


def unregister(name: str) -> None:
    """Remove a registered output format (``KeyError`` if there is none by that name)."""
    del _registry[name]


def outputs() -> tuple[OutputFormat, ...]:
    """Every registered output format, built-in ones first, in the order registered."""
    return tuple(_registry.values())


def output_names() -> tuple[str, ...]:
    """The file names ``write_drafts`` writes."""
    return tuple(_registry)
