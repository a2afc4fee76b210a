"""Reading a YAML or JSON input file into a located document."""

from __future__ import annotations

from pathlib import Path

from draftkit.diagnostics import InputError
from draftkit.source.document import SourceDocument
from draftkit.source.text import read_text
from draftkit.source.yaml_source import parse_json, parse_yaml

__all__ = ["kind_of", "parse_text", "read_document"]


def parse_text(text: str, name: str) -> SourceDocument:
    """JSON when the name ends in ``.json``, YAML otherwise."""
    if name.lower().endswith(".json"):
        return parse_json(text, name)
    return parse_yaml(text, name)


_NOT_YAML = {
    ".txt": "a text file",
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".pdf": "a PDF",
    ".xlsx": "a spreadsheet",
    ".xls": "a spreadsheet",
    ".ods": "a spreadsheet",
    ".csv": "a CSV table",
    ".md": "a Markdown text",
    ".html": "a web page",
    ".xml": "an XML document",
}
_HINT = {
    ".docx": "; a filled-in questionnaire or a bill edited in Word is read with: "
    "draftkit import FILE.docx -o FRAMEWORK.yaml",
    ".xml": "; an Akoma Ntoso act is read with: draftkit import-akn ACT.xml -o FRAMEWORK.yaml",
}


def read_document(path: Path | str, name: str | None = None) -> SourceDocument:
    path = Path(path)
    shown = name or str(path)
    suffix = path.suffix.lower()
    if suffix in _NOT_YAML:
        raise InputError.single(
            shown,
            f"this is {_NOT_YAML[suffix]} ({suffix}), not YAML or JSON: draftkit reads frameworks, catalogs and "
            f"rule packs as .yaml, .yml or .json files{_HINT.get(suffix, '')}",
        )
    return parse_text(read_text(path, shown), shown)


def kind_of(data: object) -> str:
    """What a parsed input file is: ``rulepack``, ``catalog`` or (by default) ``framework``."""
    if isinstance(data, dict):
        if "criteria" in data:
            return "rulepack"
        if "area" in data and "country" not in data:
            return "catalog"
    return "framework"
