"""The edited bill comes back: a ``bill.docx`` the drafter worked on in Word, read into a framework.

``draftkit draft`` writes the bill with what it proposes as tracked changes. The drafter accepts
or rejects them in Word or LibreOffice, edits words, and sends the file back; :func:`read_bill`
turns it into the framework as the bill now stands, so that ``draftkit check`` rates it again.

How a section is identified: every section, Part and Schedule heading carries a hidden bookmark
named after its eId (:data:`draftkit.render.marks.SECTION_MARK`). What draftkit wrote is not
stored in the file: it is drafted again from the same framework (and rule packs), which gives every
section's text with its changes accepted and with them rejected (read from the composed bill,
:mod:`draftkit.billimport.expected`, not from a Word file); the returned text is compared with both
(spacing and quotation marks aside). Marks only the other tradition's bill has (``art_`` in a bill
checked against a common-law framework) are refused before the bill is drafted again.

What becomes of each section:

* a model section accepted: a provision of the bill (status ``bill``) with the catalog's elements,
  its source the bill's short title and the section number as printed; rejected: nothing;
* a clause of the State's own bill: kept with its id; struck through and replaced by draftkit, it
  takes the model's elements when the replacement is accepted and stays as it was when rejected;
* an amendment accepted: a provision of the bill that ``amends`` the provision in force (its
  elements as amended); a repeal accepted: a repeal clause, or ``replaces`` on the section enacted
  in its place; a model definition accepted in the interpretation section: a definition of the bill;
* a section whose words differ from both versions was edited: it is kept with its new words and a
  warning that its elements are the ones draftkit knew and need confirming against the text;
* a tracked change still pending is read as **not accepted** (the drafter has not agreed to it),
  with a warning naming the section: accept or reject it in Word and import again to settle it;
* the structural sections (short title, commencement) and words draftkit wrote around the law
  (the arrangement of sections, the legend) are not part of the framework and are not read.

A file that is no draftkit bill, a bill drafted from another framework, a section mark deleted
while its text stays or given twice, tracked changes nested in ways Word never writes: each a
located error (exit 2), nothing written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.billimport.read import foreign_marks, is_bill, read_segments, unknown_sections
from draftkit.diagnostics import InputError
from draftkit.ingest import open_docx
from draftkit.render.marks import SECTION_MARK

if TYPE_CHECKING:
    from draftkit.catalog.store import Catalog
    from draftkit.models import NationalFramework

__all__ = ["Imported", "is_bill", "read_bill"]


@dataclass
class Imported:
    """The framework as the returned bill stands, and what the drafter should look at."""

    framework: NationalFramework
    warnings: list[str] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0
    edited: int = 0


def read_bill(
    path: Path | str,
    framework: NationalFramework,
    *,
    packs: Sequence[Any] | None = None,
    catalog: Catalog | None = None,
    framework_name: str = "the framework",
    language: str | None = None,
    fallback_language: str | None = None,
) -> Imported:
    """The framework as the returned bill stands; ``InputError`` with every problem (nothing else escapes).

    ``language`` and ``fallback_language``: as the bill was drafted (``draftkit draft --language``;
    default: the framework's language); ``catalog``: the model provisions in that language (default:
    as ``draft`` finds them)."""
    name = str(path)
    package = open_docx(path)
    body = package.xml(package.main).getroot()
    if not is_bill(body):
        raise InputError.single(
            name,
            "this Word document is not a bill drafted by draftkit (no section marks; bills drafted before "
            "draftkit 0.x had none: draft it again with draftkit draft)",
        )
    segments, problems = read_segments(body, name, SECTION_MARK, accepted=False)
    if problems:
        raise InputError(problems)
    doc = {segment.mark: segment for segment in segments}
    foreign = foreign_marks(list(doc), civil_law=framework.legal_tradition.value == "civil_law")
    if foreign:  # the other tradition's bill: refused before the bill is drafted again
        raise InputError([unknown_sections(doc[foreign[0]], name, framework_name)])
    # lazily: not loaded with this module, only when this runs (start-up time): a bill refused by
    # what it says alone (above) is refused without loading the composer
    from draftkit.billimport import importer

    return importer.compare(
        name,
        doc,
        framework,
        packs=packs,
        catalog=catalog,
        framework_name=framework_name,
        language=language or framework.language,
        fallback_language=fallback_language,
    )
