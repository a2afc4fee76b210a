"""``bill.akn.xml``: the proposed bill in Akoma Ntoso 3.0, what ``draftkit export akn`` writes (see docs/akn.md).

``OUTPUT`` is the output format for the registry (:mod:`draftkit.render.outputs`), so ``draft`` writes
``bill.akn.xml`` beside ``bill.docx``: both walk the same bill tree, which the drafting context carries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from draftkit.compose.bill import compose_bill
from draftkit.compose.xmlsafe import check_xml_text
from draftkit.render.format import DraftContext, OutputFormat

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.catalog.store import Catalog
    from draftkit.compose.tree import Bill
    from draftkit.models import NationalFramework
    from draftkit.source.document import SourceDocument

__all__ = ["OUTPUT", "bill_tree", "check_framework_text", "render_bill_akn_output"]


def check_framework_text(
    framework: NationalFramework, assessment: Assessment, document: SourceDocument | None = None
) -> None:
    """Text XML cannot hold (control characters, lone surrogates) is refused by field, as ``draft`` does."""

    name = document.name if document is not None else (assessment.framework.source or "<framework>")
    check_xml_text(
        [
            (name, framework.model_dump(mode="python", exclude_unset=True)),
            ("<assessment>", assessment.model_dump(mode="python")),
        ],
        document,
        located=name,
    )


def bill_tree(framework: NationalFramework, assessment: Assessment, catalog: Catalog | None = None) -> Bill:
    """The composed bill tree (:mod:`draftkit.compose.tree`) for one framework and its assessment."""

    return compose_bill(framework, assessment, catalog)


def render_bill_akn_output(context: DraftContext) -> bytes:
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.akn.writer import render_bill_akn

    bill: Bill = context.bill  # the drafting context carries the bill tree
    return render_bill_akn(bill, context.when)


OUTPUT = OutputFormat(
    "bill.akn.xml",
    "The proposed bill in Akoma Ntoso 3.0 (OASIS LegalDocML), for parliaments' and legal-information systems.",
    render_bill_akn_output,
)
