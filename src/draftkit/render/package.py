"""Byte-stable .docx packages: fixed zip timestamps, stable entry order, fixed compression.

python-docx writes each zip entry with the current time, so two runs over the same
input differ in bytes even when every XML part is equal. Rewriting the archive with a
fixed ``date_time`` (the drafting date) and a stable order makes ``--date`` output
reproducible, which lets a ministry diff or hash drafts. Uses only ``zipfile``.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

__all__ = ["stable_zip"]

_FIRST = ("[Content_Types].xml", "_rels/.rels")
"""Conventionally first in an OPC package; some readers sniff them there."""


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def stable_zip(data: bytes, when: dt.datetime) -> bytes:
    """Re-pack a zip with every entry dated ``when`` (clamped to 1980, zip's epoch) in sorted order."""
    stamp = max(when.replace(tzinfo=None), dt.datetime(1980, 1, 1))
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist(), key=_order):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, source.read(name), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()
