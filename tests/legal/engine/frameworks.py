"""Small frameworks for the legal regression cases: each provision written out, nothing filled in silently."""

from __future__ import annotations

import datetime as dt
from typing import Any

from draftkit.assess import Assessment, assess
from draftkit.assess.pack import RulePack, core_pack, parse_pack
from draftkit.assess.result import CriterionResult
from draftkit.models import NationalFramework

__all__ = ["check", "criterion", "framework", "only", "pack", "provision"]


def provision(
    pid: str, kind: str, elements: dict[str, Any], *, status: str = "in_force", **extra: Any
) -> dict[str, Any]:
    return {
        "id": pid,
        "kind": kind,
        "title": pid.replace(".", " ").title(),
        "text": [{"text": "Text of the provision."}],
        "elements": elements,
        "source": {"act": "Bill" if status != "in_force" else "Act", "section": pid.rsplit(".", 1)[-1]},
        "status": status,
        **extra,
    }


def framework(
    *provisions: dict[str, Any],
    as_of: dt.date = dt.date(2026, 1, 1),
    instruments: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> NationalFramework:
    return NationalFramework.model_validate(
        {
            "draftkit": 2,
            "country": "XZ",
            "name": "Testland",
            "legal_tradition": "common_law",
            "as_of": as_of,
            "instruments": instruments or [],
            "provisions": list(provisions),
            **extra,
        }
    )


def only(*ids: str) -> RulePack:
    """The core pack reduced to the named criteria."""
    core = core_pack()
    return RulePack(core.file, core.source, tuple(c for c in core.criteria if c.id in ids))


def pack(criteria_yaml: str) -> RulePack:
    """A one-off pack (remedies unchecked) for an engine rule the core pack does not exercise."""
    text = "draftkit: 1\nid: legal-case\ntitle: A legal regression case\ncriteria:\n" + criteria_yaml
    return parse_pack(text, "legal-case.yaml", known_remedies=frozenset())


def criterion(result: Assessment, criterion_id: str) -> CriterionResult:
    return result.criterion(criterion_id)


def check(fw: NationalFramework, *ids: str) -> Assessment:
    return assess(fw, [only(*ids)])
