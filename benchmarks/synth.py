"""Synthetic national frameworks of any size, generated reproducibly (fixed seed).

Provisions are drawn from the shipped examples (every kind of provision, real element
values, realistic legal text), renumbered with unique ids and sections, and their text
varied with seeded filler sentences so no two provisions read the same. Statuses mix
law in force, bills and draft proposals, so the bill, the gap report and the rules
engine all have work proportional to the size.
"""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SEED = 20_260_101

_WORDS = tuple(
    " ".join(
        (
            "person authority court warrant data service provider communication offence terrorist purpose",
            "intent knowledge publication Internet computer system access disclosure preservation order",
            "judge prosecutor necessary proportionate review notice period days months years penalty",
            "imprisonment fine jurisdiction territory national request assistance evidence electronic record",
        )
    ).split(" ")
)
_STATUSES = ("in_force", "bill", "bill", "draft_proposal")


# A cross-reference in a template's text names a unit of the template's own Act ("orders under
# articles 60-1 to 706-95"); once the provision is renumbered into a synthetic Act, the reference
# would name a unit that exists nowhere, so it is qualified by the Act it belongs to.
_BARE_REFERENCE = re.compile(
    r"\b((?:articles?|sections?) \d[\w-]*(?:(?: to | and |, )\d[\w-]*)*)(?! of )(?=[\s.,;:]|$)"
)


def _qualified(text: str, act: str) -> str:
    return _BARE_REFERENCE.sub(lambda m: f"{m.group(1)} of the {act}", text)


def _templates() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header of the first example, and the provisions of every example written in its language
    (a framework is written in one language: an English framework holds no Spanish provisions)."""
    header: dict[str, Any] | None = None
    provisions: list[dict[str, Any]] = []
    for path in EXAMPLES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if header is None:
            header = {k: v for k, v in data.items() if k != "provisions"}
        if data.get("language", "en") != header.get("language", "en"):
            continue
        for provision in data.get("provisions", []):
            act = provision.get("source", {}).get("act", "")
            for subsection in provision.get("text", []):
                if "text" in subsection and act:
                    subsection["text"] = _qualified(subsection["text"], act)
            provisions.append(provision)
    assert header is not None, "no example frameworks found"
    return header, provisions


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 30))]
    return " ".join(words).capitalize() + "."


def framework_data(size: int, *, seed: int = SEED, statuses: tuple[str, ...] = _STATUSES) -> dict[str, Any]:
    """A framework with ``size`` provisions, as plain data; same size and seed, same data."""
    rng = random.Random(seed * 1_000_003 + size)
    header, templates = _templates()
    kinds = sorted({t["kind"] for t in templates})
    by_kind = {kind: [t for t in templates if t["kind"] == kind] for kind in kinds}
    provisions = []
    for index in range(size):
        template = copy.deepcopy(rng.choice(by_kind[kinds[index % len(kinds)]]))
        template["id"] = f"xs.p{index:05d}"
        template["source"] = {"act": f"Synthetic Act {2000 + index % 25}", "section": str(index + 1)}
        template["status"] = statuses[rng.randrange(len(statuses))]
        template.pop("related", None)  # ids of the example files; not present here
        for subsection in template["text"]:
            if "text" in subsection:
                subsection["text"] = subsection["text"] + " " + _sentence(rng)
        provisions.append(template)
    return {**copy.deepcopy(header), "name": f"Synthetic State ({size} provisions)", "provisions": provisions}


def framework_yaml(size: int, **options: Any) -> str:
    return yaml.safe_dump(framework_data(size, **options), sort_keys=False, allow_unicode=True, width=100)


def write_framework(directory: Path, size: int, **options: Any) -> Path:
    path = directory / f"synthetic-{size}.yaml"
    path.write_text(framework_yaml(size, **options), encoding="utf-8")
    return path
