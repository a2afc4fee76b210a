"""``validate``'s warnings for elements left out whose default changes what ``check`` finds.

An element left out takes its default. For most, the default is the cautious reading (not stated,
unknown). A definition's ``concept`` is different: left out, it is ``other``, and the definition
then counts for no criterion that looks for the definition of a concept (a terrorist act, computer
data, a service provider...), though the text may define exactly that. The drafter is told once
per definition, at the definition's place in the file.
"""

from __future__ import annotations

from draftkit.diagnostics import Problem
from draftkit.models import DefinitionProvision, NationalFramework
from draftkit.source.document import SourceDocument

__all__ = ["default_warnings"]


def default_warnings(framework: NationalFramework, document: SourceDocument) -> list[Problem]:
    warnings: list[Problem] = []
    for index, provision in enumerate(framework.provisions):
        if isinstance(provision, DefinitionProvision) and "concept" not in provision.elements.model_fields_set:
            warnings.append(
                document.problem(
                    ("provisions", index, "elements"),
                    f"the definition of '{provision.elements.term}' gives no concept, so it is read as defining "
                    "another matter (concept: other) and counts for no criterion on a defined concept; give one "
                    "(draftkit explain definition.concept lists them)",
                )
            )
    return warnings
