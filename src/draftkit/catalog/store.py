"""Reading and indexing the catalog files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from draftkit.cache import cached, file_sources
from draftkit.diagnostics import InputError, Problem, suggest
from draftkit.models import Area, CatalogFile, CatalogProvision, DefinitionProvision, ProvisionKind
from draftkit.paths import catalog_dir
from draftkit.source.document import SourceDocument
from draftkit.source.files import read_document
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.source.upgrade import upgrade_document
from draftkit.validate.checks import Subject, run_checks

__all__ = ["Catalog", "catalog_ids", "catalog_titles", "load_catalog", "read_catalog"]


@dataclass(frozen=True)
class Catalog:
    """The model provisions, in file order, indexed by id."""

    provisions: tuple[CatalogProvision, ...]
    documents: Mapping[str, SourceDocument]
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
        hint = suggest(provision_id, (p.id for p in self.provisions), n=3)
        raise KeyError(f"no model provision '{provision_id}'{hint}")

    def by_area(self, area: Area | str) -> list[CatalogProvision]:
        wanted = Area(area)
        return [p for p in self.provisions if p.area is wanted]

    def by_kind(self, kind: ProvisionKind | str) -> list[CatalogProvision]:
        wanted = ProvisionKind(kind)
        return [p for p in self.provisions if p.provision_kind is wanted]

    def titles(self) -> dict[str, str]:
        """Model-provision title by id."""
        return {provision.id: provision.title for provision in self.provisions}

    def defined_terms(self) -> dict[str, str]:
        """Defined term -> id of the definition provision that defines it."""
        terms: dict[str, str] = {}
        for provision in self.provisions:
            if isinstance(provision, DefinitionProvision):
                terms[provision.elements.term] = provision.id
        return terms


def read_catalog(files: Iterable[Path], *, also_known: Iterable[CatalogProvision] = ()) -> Catalog:
    """Read catalog files, reporting every problem of every file at once.

    The catalog checks (:mod:`draftkit.validate.catalog_checks`: citations, parameters, terms,
    links) run on the files read; terms and links may also name ``also_known`` provisions.
    """
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
        upgrade_document(document)
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
    if not problems:
        located = [(p, documents[positions[p.id][0]], positions[p.id][1]) for p in provisions]
        # lazily: a catalog's checks load when a catalog is read, not when the engine imports the store
        from draftkit.validate.catalog_checks import CatalogInput

        problems = run_checks(Subject.CATALOG, CatalogInput(located, tuple(also_known)))
    if problems:
        raise InputError(problems)
    return Catalog(tuple(provisions), documents, positions)


class _Documents(Mapping[str, SourceDocument]):
    """The catalog's source documents; a catalog read back from the cache parses them again on first use."""

    def __init__(self, paths: Iterable[Path], loaded: dict[str, SourceDocument] | None = None) -> None:
        self._paths = tuple(paths)
        self._loaded = loaded

    def _documents(self) -> dict[str, SourceDocument]:
        if self._loaded is None:
            self._loaded = {str(path): read_document(path) for path in self._paths}
        return self._loaded

    def __getitem__(self, name: str) -> SourceDocument:
        return self._documents()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._documents())

    def __len__(self) -> int:
        return len(self._documents())

    def __getstate__(self) -> tuple[Path, ...]:
        return self._paths  # the parsed documents are larger than the whole catalog: not cached

    def __setstate__(self, paths: tuple[Path, ...]) -> None:
        self._paths, self._loaded = paths, None


def _read_shipped(files: list[Path]) -> Catalog:
    catalog = read_catalog(files)
    return replace(catalog, documents=_Documents(files, dict(catalog.documents)))


def _catalog_sources() -> list[tuple[str, bytes]]:
    return file_sources(sorted(catalog_dir().glob("*.yaml")))


@cache
def load_catalog() -> Catalog:
    """The shipped catalog (read once per process, and from the user's cache when unchanged)."""
    files = sorted(catalog_dir().glob("*.yaml"))
    return cached("catalog", _catalog_sources, lambda: _read_shipped(files))


@cache
def catalog_titles() -> Mapping[str, str]:
    """Model-provision title by id: all a check needs from the catalog.

    Cached apart from the catalog: unpickling 69 provisions (2,000 model objects) is a third
    of what a cold ``draftkit check`` spends on cached files, the titles a twentieth of it.
    """
    return cached("catalog-titles", _catalog_sources, lambda: load_catalog().titles())


@cache
def catalog_ids() -> frozenset[str]:
    return frozenset(catalog_titles())
