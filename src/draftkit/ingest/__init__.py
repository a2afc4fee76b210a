"""Reading files that arrive from outside: hardened XML and bounded Word packages.

Every importer (Akoma Ntoso, and the Word questionnaire and bill importers) reads through
this package, so that one set of rules decides what a hostile file can do: nothing.
See :mod:`draftkit.ingest.xml` and :mod:`draftkit.ingest.docx` for the rules and the
measurements behind them.
"""

from __future__ import annotations

from draftkit.ingest.docx import DocxPackage, Relationship, open_docx
from draftkit.ingest.xml import local_name, parse_xml, read_bytes

__all__ = ["DocxPackage", "Relationship", "local_name", "open_docx", "parse_xml", "read_bytes"]
