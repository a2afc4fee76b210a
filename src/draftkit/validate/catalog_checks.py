"""The catalog's integrity checks (codes DK2xx): citations, parameters, terms, links.

They run when catalog files are read (:func:`draftkit.catalog.read_catalog`), so
``draftkit validate my-catalog.yaml`` applies them, and the shipped catalog cannot load without
passing them. A catalog file checked on its own may lean on the shipped catalog for terms and
linked provisions (:class:`CatalogInput` ``also_known``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from draftkit.models import CatalogProvision, DefinitionProvision
from draftkit.source.document import SourceDocument
from draftkit.validate.check import Check, Finding, Subject
from draftkit.validate.citations import citation_problems

__all__ = ["CHECKS", "CatalogInput"]


@dataclass(frozen=True)
class CatalogInput:
    """The provisions of the files read, each with the document and the index it was read from."""

    provisions: Sequence[tuple[CatalogProvision, SourceDocument, int]]
    also_known: Sequence[CatalogProvision] = field(default=())
    """Provisions defined elsewhere (the shipped catalog) that terms and links may name."""

    def terms(self) -> set[str]:
        every = [p for p, _, _ in self.provisions] + list(self.also_known)
        return {p.elements.term for p in every if isinstance(p, DefinitionProvision)}

    def ids(self) -> set[str]:
        return {p.id for p, _, _ in self.provisions} | {p.id for p in self.also_known}


def _citations_resolve(catalog: CatalogInput) -> Iterator[Finding]:
    for provision, document, index in catalog.provisions:
        for number, citation in enumerate(provision.citations):
            for message in citation_problems(citation):
                yield Finding(document, ("provisions", index, "citations", number), message)


def _parameters_declared_when_used(catalog: CatalogInput) -> Iterator[Finding]:
    for provision, document, index in catalog.provisions:
        used, declared = provision.placeholders(), set(provision.parameters)
        for name in sorted(used - declared):
            yield Finding(
                document,
                ("provisions", index, "text"),
                f"the text uses the parameter {{{name}}}, which 'parameters' does not declare",
            )
        for name in sorted(declared - used):
            yield Finding(
                document,
                ("provisions", index, "parameters", name),
                f"the parameter '{name}' is declared but no text uses {{{name}}}",
            )


def _terms_defined(catalog: CatalogInput) -> Iterator[Finding]:
    terms = catalog.terms()
    for provision, document, index in catalog.provisions:
        for number, term in enumerate(provision.uses_terms):
            if term not in terms:
                yield Finding(
                    document,
                    ("provisions", index, "uses_terms", number),
                    f"'{term}' is not defined by any definition provision of the catalog",
                )


def _links_resolve(catalog: CatalogInput) -> Iterator[Finding]:
    ids = catalog.ids()
    for provision, document, index in catalog.provisions:
        for number, other in enumerate(provision.related):
            if other == provision.id:
                yield Finding(
                    document, ("provisions", index, "related", number), "a provision is not related to itself"
                )
            elif other not in ids:
                yield Finding(
                    document, ("provisions", index, "related", number), f"no model provision has the id '{other}'"
                )


CHECKS: tuple[Check, ...] = (
    Check(
        "DK201",
        "citations-resolve",
        Subject.CATALOG,
        "Every citation names a known instrument or guidance point, and a verified paragraph is one seen.",
        "A drafter follows the citation to the source; one that names nothing, or claims a paragraph number "
        "the publication was not seen to hold, sends the reader to the wrong place with false confidence.",
        "citations:\n- kind: publication\n  source: gp.no_such_point\n  pinpoint: para 999\n  verified: true",
        _citations_resolve,
    ),
    Check(
        "DK202",
        "parameters-declared-when-used",
        Subject.CATALOG,
        "A provision declares exactly the parameters its text (and its variants) use as {name}.",
        "An undeclared {name} is printed into the bill as braces; a declared parameter no text uses is an option "
        "the drafter sets to no effect.",
        "text:\n- text: imprisonment for up to {max_years} years\nparameters: {}",
        _parameters_declared_when_used,
    ),
    Check(
        "DK203",
        "terms-defined",
        Subject.CATALOG,
        "Every term in uses_terms is defined by a definition provision of the catalog.",
        "The bill's interpretation section is built from the terms its sections use; a term nobody defines "
        "leaves a section resting on a word the bill never explains.",
        "uses_terms:\n- terrorist content",
        _terms_defined,
    ),
    Check(
        "DK204",
        "links-resolve",
        Subject.CATALOG,
        "Every id in related names another model provision of the catalog.",
        "Related provisions are offered together to a drafter; a link to nothing, or to the provision itself, "
        "is a dead end in the catalog and in the report.",
        "id: offence.incitement\nrelated:\n- offence.incitment",
        _links_resolve,
    ),
)
