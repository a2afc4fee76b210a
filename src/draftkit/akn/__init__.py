"""Akoma Ntoso 3.0 (OASIS LegalDocML) in and out.

- :func:`read_act` reads an act or a bill into plain data (:mod:`draftkit.akn.reader`);
- :func:`skeleton_yaml` turns acts into a framework skeleton for an assessor to complete
  (:mod:`draftkit.akn.skeleton`);
- :func:`render_bill_akn` writes draftkit's proposed bill as an AKN ``<bill>``
  (:mod:`draftkit.akn.writer`).

The mapping both ways is documented in docs/akn.md.
"""

from __future__ import annotations

from draftkit.akn.reader import AKN_NS, ImportedAct, ImportedSection, read_act, read_act_bytes

__all__ = ["AKN_NS", "ImportedAct", "ImportedSection", "read_act", "read_act_bytes"]
