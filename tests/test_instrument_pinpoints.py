"""The shipped data claims no more verification than the registry of checked pinpoints records.

An instrument citation's pinpoint is verified only when ``instrument_pinpoints.yaml`` lists it (the
report shows the rest as not verified). The model provisions and the shipped packs carry their own
``verified`` flag, which ``catalog show`` prints: it must agree with the registry in both directions,
so that no output calls a pinpoint checked that nobody checked, and none calls a checked one
unverified.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from draftkit.assess.pack import core_pack, shipped_pack, shipped_packs
from draftkit.catalog import load_catalog
from draftkit.models import Citation, CitationKind
from draftkit.paths import data_file
from draftkit.reference import instruments, verified_pinpoints


def _shipped_citations() -> Iterator[tuple[str, Citation]]:
    for provision in load_catalog():
        for citation in provision.citations:
            yield f"model provision {provision.id}", citation
    for pack in [core_pack(), *(shipped_pack(pack_id) for pack_id in shipped_packs())]:
        for criterion in pack.criteria:
            for citation in [criterion.spec.strength_source, *criterion.spec.citations]:
                yield f"pack {pack.id}, criterion {criterion.id}", citation


def _instrument_citations() -> list[tuple[str, Citation]]:
    return [(where, c) for where, c in _shipped_citations() if c.kind is CitationKind.INSTRUMENT]


def test_shipped_data_cites_instruments() -> None:
    """The checks below would pass vacuously on an empty catalog; make sure they see the real data."""
    cited = _instrument_citations()
    assert len(cited) > 100
    assert any(c.verified for _, c in cited)
    assert any(not c.verified for _, c in cited)


def test_verified_instrument_citations_are_recorded_as_checked() -> None:
    checked = verified_pinpoints()
    unbacked = [
        f"{where}: {c.source} {c.pinpoint}"
        for where, c in _instrument_citations()
        if c.verified and (c.pinpoint is None or c.pinpoint not in checked.get(c.source, frozenset()))
    ]
    assert unbacked == [], "marked verified but not in instrument_pinpoints.yaml:\n" + "\n".join(unbacked)


def test_checked_pinpoints_are_marked_verified_where_cited() -> None:
    checked = verified_pinpoints()
    stale = [
        f"{where}: {c.source} {c.pinpoint}"
        for where, c in _instrument_citations()
        if not c.verified and c.pinpoint is not None and c.pinpoint in checked.get(c.source, frozenset())
    ]
    assert stale == [], "checked in instrument_pinpoints.yaml but marked verified: false:\n" + "\n".join(stale)


def test_every_checked_pinpoint_records_the_source_read() -> None:
    """Each listed pinpoint carries a comment naming what was read, so a reviewer can re-check it."""
    lines = data_file("instrument_pinpoints.yaml").read_text(encoding="utf-8").splitlines()
    items = [line for line in lines if re.match(r"^\s+- ", line)]
    assert items, "no pinpoints listed"
    undocumented = [line.strip() for line in items if not re.search(r"#\s*\S", line)]
    assert undocumented == []


@pytest.mark.parametrize(("source", "pinpoint"), [("iccpr", "art 17"), ("ets-185", "art 16"), ("unscr-1566", "para 3")])
def test_examples_of_checked_pinpoints(source: str, pinpoint: str) -> None:
    assert source in instruments()
    assert pinpoint in verified_pinpoints()[source]


def test_pinpoint_not_seen_in_a_text_stays_unverified() -> None:
    """SC res 1624's operative paragraph number was not seen printed in any text read on 30 Nov 2026."""
    assert "para 1(a)" not in verified_pinpoints().get("unscr-1624", frozenset())
