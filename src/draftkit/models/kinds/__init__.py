"""The kinds of provision: one module of this package per kind, named after it.

To add a kind: add its member to :class:`ProvisionKind` below (the order is the order of the
discriminated unions, of the schema and of listings) and write ``kinds/<value>.py`` with its elements
model, its provision class and national variant, and ``SPEC = KindSpec(...)`` (copy a small one, e.g.
``safeguard.py``). Everything else -- the unions of the catalog and framework formats, each kind's area,
the element tables of the rules engine, the JSON Schemas and the test strategies -- is derived from
the registry (:data:`draftkit.models.provisions.KINDS`).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ProvisionKind"]


class ProvisionKind(StrEnum):
    DEFINITION = "definition"
    OFFENCE = "offence"
    INVESTIGATIVE_POWER = "investigative_power"
    SAFEGUARD = "safeguard"
    SERVICE_PROVIDER = "service_provider"
    JURISDICTION = "jurisdiction"
    COOPERATION = "cooperation"
    EVIDENCE = "evidence"
