"""Where draftkit's shipped files are, in a wheel or in a source checkout.

A wheel carries the catalog and templates inside the package (``draftkit/_bundled``);
an editable install reads them from the repository root, so there is one copy.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["bundled_dir", "catalog_dir", "templates_dir"]

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
