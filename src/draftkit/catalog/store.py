"""Reading and indexing the catalog files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from draftkit.load.document import SourceDocument
from draftkit.load.errors import InputError, Problem
from draftkit.load.files import read_document
from draftkit.load.model_errors import problems_from_validation_error
from draftkit.models import Area, CatalogFile, CatalogProvision, DefinitionProvision, ProvisionKind
from draftkit.paths import catalog_dir

__all__ = ["Catalog", "catalog_ids", "load_catalog", "read_catalog"]


@dataclass(frozen=True)
class Catalog:
    """The model provisions, in file order, indexed by id."""

    provisions: tuple[CatalogProvision, ...]
    documents: dict[str, SourceDocument]
    """The source document and position of each provision, for located errors."""
    positions: dict[str, tuple[str, int]]

    def __iter__(self) -> Iterator[CatalogProvision]:
        return iter(self.provisions)

    def __len__(self) -> int:
        return len(self.provisions)

    def __contains__(self, provision_id: object) -> bool:
        return provision_id in self.positions

    def get(self, provision_id: str) -> CatalogProvision:
        """The provision with this id; ``KeyError`` naming close matches otherwise."""
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        import difflib

        close = difflib.get_close_matches(provision_id, [p.id for p in self.provisions], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise KeyError(f"no model provision '{provision_id}'{hint}")

    def by_area(self, area: Area | str) -> list[CatalogProvision]:
        wanted = Area(area)
        return [p for p in self.provisions if p.area is wanted]

    def by_kind(self, kind: ProvisionKind | str) -> list[CatalogProvision]:
        wanted = ProvisionKind(kind)
        return [p for p in self.provisions if p.provision_kind is wanted]

    def defined_terms(self) -> dict[str, str]:
        """Defined term -> id of the definition provision that defines it."""
        terms: dict[str, str] = {}
        for provision in self.provisions:
            if isinstance(provision, DefinitionProvision):
                terms[provision.elements.term] = provision.id
        return terms


def read_catalog(files: Iterable[Path]) -> Catalog:
    """Read catalog files, reporting every problem of every file at once."""
    problems: list[Problem] = []
    provisions: list[CatalogProvision] = []
    documents: dict[str, SourceDocument] = {}
    positions: dict[str, tuple[str, int]] = {}
    for path in sorted(files):
        try:
            document = read_document(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        documents[document.name] = document
        try:
            parsed = CatalogFile.model_validate(document.data)
        except ValidationError as error:
            problems.extend(problems_from_validation_error(error, document, CatalogFile))
            continue
        for index, provision in enumerate(parsed.provisions):
            if provision.area is not parsed.area:
                problems.append(
                    document.problem(
                        ("provisions", index, "kind"),
                        f"a {provision.kind} provision belongs in the {provision.area.value} file, "
                        f"not in a file of area {parsed.area.value}",
                    )
                )
            if provision.id in positions:
                other = positions[provision.id]
                problems.append(
                    document.problem(
                        ("provisions", index, "id"),
                        f"duplicate model-provision id '{provision.id}' (also in {other[0]})",
                    )
                )
                continue
            positions[provision.id] = (document.name, index)
            provisions.append(provision)
    if problems:
        raise InputError(problems)
    return Catalog(tuple(provisions), documents, positions)


@cache
def load_catalog() -> Catalog:
    """The shipped catalog (read once per process)."""
    return read_catalog(catalog_dir().glob("*.yaml"))


@cache
def catalog_ids() -> frozenset[str]:
    return frozenset(load_catalog().positions)
