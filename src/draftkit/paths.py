"""Where draftkit's shipped files are, in a wheel or in a source checkout.

A wheel carries the catalog and templates inside the package (``draftkit/_bundled``);
an editable install reads them from the repository root, so there is one copy. The
registries, packs and schemas live in the package itself (``draftkit/data``,
``draftkit/schemas``). draftkit is always installed as files (Word templates are opened
by path), so plain paths serve: ``importlib.resources`` would add tempfile, shutil and
zipfile to every command for 3 ms and nothing in return.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["bundled_dir", "catalog_dir", "data_file", "package_file", "templates_dir"]

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    inside = _PACKAGE / "_bundled" / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"draftkit is installed without its {name}/ directory")


def catalog_dir() -> Path:
    return bundled_dir("model_provisions")


def templates_dir() -> Path:
    return bundled_dir("templates")


def package_file(*parts: str) -> Path:
    """A file shipped inside the package, e.g. ``package_file("schemas", "framework.schema.json")``."""
    return _PACKAGE.joinpath(*parts)


def data_file(*parts: str) -> Path:
    """A registry, pack or rule under ``draftkit/data``."""
    return package_file("data", *parts)
