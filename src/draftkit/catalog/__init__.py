"""The model-provision catalog: load it, look provisions up, render them with parameters.

The catalog is draftkit's legal content: the model text a drafter adapts and the
remedies the rules engine proposes. It is read from ``model_provisions/*.yaml``
once per process. Translations (``model_provisions/<lang>/``) give the same provisions in
another language: :func:`localized_catalog`.
"""

from typing import TYPE_CHECKING, Any

from draftkit.catalog.store import Catalog, catalog_ids, catalog_titles, load_catalog, read_catalog
from draftkit.catalog.text import fill, render_plain

if TYPE_CHECKING:
    from draftkit.catalog.translation import localized_catalog, translated_languages

__all__ = [
    "Catalog",
    "catalog_ids",
    "catalog_titles",
    "fill",
    "load_catalog",
    "localized_catalog",
    "read_catalog",
    "render_plain",
    "translated_languages",
]


def __getattr__(name: str) -> Any:
    # lazily: the translations (and their models and checks) load when a run asks for one, not when the
    # engine imports the catalog (start-up time of `check`)
    if name in ("localized_catalog", "translated_languages"):
        from draftkit.catalog import translation

        return getattr(translation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
