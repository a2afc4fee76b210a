"""Reading an input file's bytes into text, deliberately.

Accepted: UTF-8 with or without a byte-order mark, and UTF-16 with a byte-order
mark (what Word's "Unicode text" export writes). Refused with a clear message:
files over the size limit, binary files, and other encodings (Latin-1 and
Windows-1252 are not guessed: a wrong guess would corrupt legal text silently).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from draftkit.diagnostics import InputError

__all__ = ["MAX_INPUT_BYTES", "decode", "read_text"]

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Largest input file accepted (5 MiB): a framework of thousands of provisions fits well within it."""


def read_text(path: Path, name: str | None = None) -> str:
    shown = name or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError.single(shown, "is a directory, expected a YAML or JSON file")
        if size > MAX_INPUT_BYTES:
            raise InputError.single(shown, f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes (5 MiB)")
        with path.open("rb") as stream:
            raw = stream.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError.single(shown, "no such file") from None
    except PermissionError:
        raise InputError.single(shown, "permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise InputError.single(shown, "is a directory, expected a YAML or JSON file") from None
    except OSError as error:
        raise InputError.single(shown, f"cannot be read: {error.strerror or error}") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError.single(shown, f"file is larger than the limit of {MAX_INPUT_BYTES:,} bytes (5 MiB)")
    return decode(raw, shown)


def _looks_like_utf16(raw: bytes) -> bool:
    """Mostly ASCII text saved as UTF-16 without a byte-order mark: every other byte is NUL."""
    head = raw[:512]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) >= len(even) * 0.9 or odd.count(0) >= len(odd) * 0.9


def decode(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError.single(name, "is UTF-32 text, which draftkit does not read; save the file as UTF-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError.single(name, f"invalid UTF-16 text at byte {error.start}") from None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw[:8192]:
        if _looks_like_utf16(raw):
            raise InputError.single(
                name, "looks like UTF-16 text without a byte-order mark; save the file as UTF-8 (or UTF-16 with a BOM)"
            )
        raise InputError.single(name, "looks like a binary file (it contains NUL bytes); expected YAML or JSON text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError.single(
            name,
            f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8 "
            "(Latin-1 and Windows-1252 are not guessed)",
            line,
            column,
        ) from None
