"""``bill.akn.xml``: the proposed bill in Akoma Ntoso 3.0, what ``draftkit export akn`` writes (see docs/akn.md)."""

from __future__ import annotations

from draftkit.render.format import DraftContext, OutputFormat

__all__ = ["OUTPUT", "render_bill_akn_output"]


def render_bill_akn_output(context: DraftContext) -> bytes:
    from draftkit.akn.writer import render_bill_akn
    from draftkit.compose.tree import Bill

    bill: object = context.bill
    if not isinstance(bill, Bill):  # until the drafting context carries the bill tree itself
        from draftkit.compose.bill_tree import compose_bill_tree

        bill = compose_bill_tree(context.framework, context.assessment, context.catalog)
    assert isinstance(bill, Bill)
    return render_bill_akn(bill, context.when)


OUTPUT = OutputFormat(
    "bill.akn.xml",
    "The proposed bill in Akoma Ntoso 3.0 (OASIS LegalDocML), for parliaments' and legal-information systems.",
    render_bill_akn_output,
)
