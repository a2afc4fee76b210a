"""An opt-in, per-user cache of what every command rebuilds from shipped files: catalog, registries, packs,
and the models' core schemas (:mod:`draftkit.models.validators`).

Reading and validating the catalog (350 KB of YAML) and compiling the core pack cost more
than everything else ``draftkit check`` does on a framework of a hundred provisions. Their
result can be pickled once into a cache directory and read back on later runs.

**Off unless asked.** The library writes nothing by itself: a program that calls
``load_framework`` and ``assess_framework`` leaves the disk as it found it. The cache is
turned on by :func:`enable` (or, for a block, :func:`enabled`); the ``draftkit`` command
line turns it on for its own process. A program embedding draftkit may do the same::

    import draftkit.cache
    draftkit.cache.enable()              # the default directory, below
    draftkit.cache.enable("/tmp/dk")     # or a directory of its own

**Never stale.** An entry is keyed by a SHA-256 over the *bytes* of every input file (and
its path), draftkit's version, the size and modification time of every module of the
installed package (so editing draftkit's code, or upgrading it, is a miss), and the
versions of Python and pydantic. Any change gives a new key; old entries are pruned.

**Never in the way.** Once enabled, the directory is the one given to :func:`enable`, else
``$DRAFTKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/draftkit``, else ``~/.cache/draftkit``;
``DRAFTKIT_NO_CACHE=1`` turns it off again. If the directory cannot be created or written,
an entry cannot be read, or it is not the current user's own (a pickle is code: a directory
others can write to is never read), draftkit silently builds the value the ordinary way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from draftkit._version import __version__

__all__ = [
    "cache_dir",
    "cached",
    "cached_files",
    "code_fingerprint",
    "disable",
    "enable",
    "enabled",
    "file_sources",
    "is_enabled",
]

T = TypeVar("T")

_MAGIC = b"draftkit-cache-1\n"
_KEEP = 4
"""Entries kept per kind (several installs or checkouts may share one cache directory)."""

_PACKAGE = Path(__file__).resolve().parent
_memo: dict[str, str] = {}


class _Switch:
    """Whether the cache is on for this process, and the directory it was given, if any."""

    on: bool = False
    directory: Path | None = None


def enable(directory: Path | str | None = None) -> None:
    """Turn the cache on for this process, in ``directory`` or the default one (see the module)."""
    _Switch.on = True
    _Switch.directory = Path(directory) if directory is not None else None


def disable() -> None:
    """Turn the cache off again (the default): nothing is read from or written to disk."""
    _Switch.on = False
    _Switch.directory = None


def is_enabled() -> bool:
    return _Switch.on


@contextlib.contextmanager
def enabled(directory: Path | str | None = None) -> Iterator[Path | None]:
    """The cache on for the block (in ``directory`` or the default one), as it was after it; yields the directory."""
    before = (_Switch.on, _Switch.directory)
    enable(directory)
    try:
        yield cache_dir()
    finally:
        _Switch.on, _Switch.directory = before


def cache_dir() -> Path | None:
    """Where entries live, or ``None`` when the cache is off (not enabled, or ``DRAFTKIT_NO_CACHE`` set)."""
    if not _Switch.on or os.environ.get("DRAFTKIT_NO_CACHE", "").strip() not in ("", "0"):
        return None
    if _Switch.directory is not None:
        return _Switch.directory
    explicit = os.environ.get("DRAFTKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "draftkit"
    try:
        return Path.home() / ".cache" / "draftkit"
    except RuntimeError:  # no home directory
        return None


def code_fingerprint() -> str:
    """draftkit's version, Python's and pydantic's, and the size and mtime of every module of the package."""
    if "code" not in _memo:
        import pydantic_core  # lazily: only a command that uses the cache needs it

        digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{pydantic_core.__version__}".encode())
        pending = [_PACKAGE]
        while pending:
            directory = pending.pop()
            with os.scandir(directory) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                        pending.append(Path(entry.path))
                    elif entry.name.endswith(".py"):
                        info = entry.stat()
                        digest.update(f"\0{entry.path}\0{info.st_size}\0{info.st_mtime_ns}".encode())
        _memo["code"] = digest.hexdigest()
    return _memo["code"]


def file_sources(paths: Iterable[Path]) -> list[tuple[str, bytes]]:
    """(path, bytes) of each file, for a key; ``OSError`` propagates (the caller's build reports it)."""
    return [(str(path), path.read_bytes()) for path in paths]


def _key(kind: str, sources: Iterable[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256(f"{kind}\0{code_fingerprint()}".encode())
    for name, data in sources:
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:40]


def _private(directory: Path) -> bool:
    """The directory is ours and nobody else can write into it (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return True
    info = directory.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _read(path: Path, key: str) -> object:
    with path.open("rb") as handle:
        if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
            raise PermissionError("not our own file")
        data = handle.read()
    header = _MAGIC + key.encode() + b"\n"
    if not data.startswith(header):
        raise ValueError("not this entry")
    return pickle.loads(data[len(header) :])


def _write(directory: Path, kind: str, key: str, value: object) -> None:
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _private(directory):
        return
    import tempfile  # lazily: only when writing, and the cache is off unless enabled

    payload = _MAGIC + key.encode() + b"\n" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    handle, temporary = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, directory / f"{kind}-{key}.pickle")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for stale in entries[_KEEP:]:
        with contextlib.suppress(OSError):
            stale.unlink()


def cached(kind: str, sources: Callable[[], Iterable[tuple[str, bytes]]], build: Callable[[], T]) -> T:
    """``build()``, or the value an earlier ``build()`` pickled for exactly the same inputs.

    ``sources`` gives (name, bytes) of every file the value is derived from. Exceptions of
    ``sources`` or ``build`` propagate (nothing is cached then); the cache's own failures never do.
    """
    directory = cache_dir()
    key = None
    if directory is not None:
        try:
            key = _key(kind, sources())
            path = directory / f"{kind}-{key}.pickle"
            if path.is_file() and _private(directory):
                value: T = _read(path, key)  # type: ignore[assignment]
                return value
        except Exception:
            pass  # unreadable inputs, or a broken or foreign entry: a miss, never an error
    value = build()
    if directory is not None and key is not None:
        with contextlib.suppress(Exception):
            _write(directory, kind, key, value)
    return value


def cached_files(kind: str, paths: Sequence[Path], build: Callable[[], T]) -> T:
    """``cached`` for a value built from ``paths``: keyed by their bytes."""
    return cached(kind, lambda: file_sources(paths), build)
