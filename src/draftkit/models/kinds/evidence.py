"""Evidence: the topics a provision deals with and what it does with each.

The kind ``evidence``: its elements, its provision classes and its registration (``SPEC``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, StrictBool

from draftkit.models.base import Area, DraftkitModel, no_items
from draftkit.models.kinds import ProvisionKind
from draftkit.models.provision_base import KindSpec, NationalFields, ProvisionBase

__all__ = [
    "SPEC",
    "Admissibility",
    "EvidenceElements",
    "EvidenceProvision",
    "EvidenceTopic",
    "NationalEvidence",
    "TopicAdmissibility",
]


class EvidenceTopic(StrEnum):
    ELECTRONIC_ADMISSIBILITY = "electronic_admissibility"
    AUTHENTICATION = "authentication"
    CHAIN_OF_CUSTODY = "chain_of_custody"
    INTERCEPT_AS_EVIDENCE = "intercept_as_evidence"
    FOREIGN_EVIDENCE = "foreign_evidence"
    EXPERT_EVIDENCE = "expert_evidence"
    DISCLOSURE_PROTECTION = "disclosure_protection"
    ATTRIBUTION = "attribution"
    INFORMAL_CHANNEL_MATERIAL = "informal_channel_material"


class Admissibility(StrEnum):
    """What a provision does with evidence of a topic in criminal proceedings."""

    ADMITTED = "admitted"
    EXCLUDED = "excluded"
    """Barred, e.g. intercept product that may not be used in criminal proceedings."""
    CONDITIONAL = "conditional"
    """Admitted on conditions the provision states (authorisation, certification, a judge's leave)."""


class TopicAdmissibility(DraftkitModel):
    topic: EvidenceTopic
    status: Admissibility


class EvidenceElements(DraftkitModel):
    topics: list[EvidenceTopic] = Field(min_length=1, description="The topics the provision deals with.")
    reliability_test: StrictBool = Field(
        default=False, description="Admissibility turns on relevance and reliability of data and method."
    )
    admissibility: list[TopicAdmissibility] = Field(
        default_factory=no_items,
        description="For topics of `topics` whose admissibility the provision settles: admitted, excluded "
        "or conditional. A topic not listed here is dealt with in some other way (unknown).",
    )


class EvidenceProvision(ProvisionBase):
    kind_area: ClassVar[Area] = Area.EVIDENCE
    kind: Literal["evidence"]
    elements: EvidenceElements


class NationalEvidence(NationalFields, EvidenceProvision):
    pass


SPEC = KindSpec(
    ProvisionKind.EVIDENCE, "Evidence", EvidenceElements, EvidenceProvision, NationalEvidence, anchor="topics"
)
