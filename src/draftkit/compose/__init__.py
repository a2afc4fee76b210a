"""Step 3 of the data flow: compose the annotated bill as plain data (no Word imports here)."""

from draftkit.compose.bill import DEFAULT_TITLE, bill_plan, compose_bill, compose_proposal, enacted_act, remedy_ids
from draftkit.compose.model import (
    InForce,
    Line,
    LineKind,
    Note,
    Origin,
    OriginKind,
    Placeholder,
    Span,
)
from draftkit.compose.tree import Bill, Section
from draftkit.compose.xmlsafe import check_xml_text

__all__ = [
    "DEFAULT_TITLE",
    "Bill",
    "InForce",
    "Line",
    "LineKind",
    "Note",
    "Origin",
    "OriginKind",
    "Placeholder",
    "Section",
    "Span",
    "bill_plan",
    "check_xml_text",
    "compose_bill",
    "compose_proposal",
    "enacted_act",
    "remedy_ids",
]
