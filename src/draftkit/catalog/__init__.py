"""The model-provision catalog: load it, look provisions up, render them with parameters.

The catalog is draftkit's legal content: the model text a drafter adapts and the
remedies the rules engine proposes. It is read from ``model_provisions/*.yaml``
once per process. Translations (``model_provisions/<lang>/``) give the same provisions in
another language: :func:`localized_catalog`.
"""

from draftkit.catalog.store import Catalog, catalog_ids, catalog_titles, load_catalog, read_catalog
from draftkit.catalog.text import fill, render_plain
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
