"""The file format of the model-provision catalog (`model_provisions/*.yaml`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from draftkit.models.base import Area, DraftkitModel
from draftkit.models.provisions import CatalogProvision

__all__ = ["CatalogFile"]


class CatalogFile(DraftkitModel):
    """One YAML file of the catalog: the model provisions of one area."""

    draftkit: Literal[2] = 2
    area: Area
    provisions: list[CatalogProvision] = Field(min_length=1)
