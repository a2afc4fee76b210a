"""The model-provision catalog: load it, look provisions up, render them with parameters.

The catalog is draftkit's legal content: the model text a drafter adapts and the
remedies the rules engine proposes. It is read from ``model_provisions/*.yaml``
once per process.
"""

from draftkit.catalog.store import Catalog, catalog_ids, catalog_titles, load_catalog, read_catalog
from draftkit.catalog.text import fill, render_plain

__all__ = ["Catalog", "catalog_ids", "catalog_titles", "fill", "load_catalog", "read_catalog", "render_plain"]
