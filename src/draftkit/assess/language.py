"""The shape of the criteria test language, as Pydantic models (the rule-pack schema uses them).

A criterion's tests are written as YAML data, not as expressions: a lawyer reads
``provision: {kind: offence, elements: {conduct: {includes: incitement}}}`` as
"there is an offence whose conduct includes incitement". Nothing is evaluated
with ``eval``; :mod:`draftkit.assess.compile` turns these models into matcher
objects once, when the pack loads, and reports every mistake at its line.

Test forms (exactly one per mapping):

- ``provision: PATTERN`` -- some provision of the view matches;
- ``every_provision: {where: PATTERN, then: PATTERN, unless: PATTERN}`` -- each provision
  matching ``where`` (and not ``unless``: the scope) also matches ``then`` (the failing ones are
  named in the reasoning; some passing earns what the rating rule says, partly met by default);
- ``count: {at_least: N, provision: PATTERN}`` -- at least N provisions match;
- ``party_to_any: [instrument ids]`` -- the State is bound by one of them on the framework's date: as a party
  (from the later of the treaty's entry into force and its own date) or, for an EU act, as a member State;
- ``all: [TESTS]``, ``any: [TESTS]``, ``none: [TESTS]`` -- combinators;
- ``check: terms_defined | references_resolve`` -- named builtin checks.

A PATTERN names a ``kind`` and element conditions; element values are matched by
equality or by the operators of the registry in :mod:`draftkit.assess.operators`; ``all``/``any``/``none`` also
combine element conditions. Which element names, values and operators are valid
depends on the kind, so that part is checked by the compiler, not by the schema.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, JsonValue, StrictInt, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from draftkit.assess.operators import OPERATORS as OPERATOR_REGISTRY
from draftkit.models import DraftkitModel, Identifier, ProvisionKind
from draftkit.models.base import no_entries

__all__ = [
    "COMBINATORS",
    "OPERATORS",
    "TEST_FORMS",
    "Builtin",
    "CountSpec",
    "ElementTest",
    "EverySpec",
    "PatternSpec",
    "TestSpec",
]

OPERATORS: tuple[str, ...] = tuple(OPERATOR_REGISTRY)
"""Operators on one element value (from the registry); several in one mapping must all hold."""

COMBINATORS: tuple[str, ...] = ("all", "any", "none")

TEST_FORMS: tuple[str, ...] = (
    "provision",
    "every_provision",
    "count",
    "party_to_any",
    "all",
    "any",
    "none",
    "check",
)

_ELEMENT_TEST_SCHEMA: dict[str, Any] = {
    "description": f"A value (equality), a mapping of operators ({', '.join(OPERATOR_REGISTRY)}), "
    "a mapping of a sub-element's fields (e.g. penalty), or, under the "
    "keys all / any / none, a list of element mappings.",
    "anyOf": [
        {"type": ["string", "integer", "boolean", "null"]},
        {"type": "object"},
        {"type": "array", "items": {"type": "object"}},
    ],
}

ElementTest = Annotated[JsonValue, WithJsonSchema(_ELEMENT_TEST_SCHEMA)]
"""One element condition as written; its meaning depends on the element's type."""


class Builtin(StrEnum):
    """Checks a matcher cannot express because they relate provisions to each other."""

    TERMS_DEFINED = "terms_defined"
    """Every term in any provision's ``uses_terms`` is defined by a definition provision of the view."""
    REFERENCES_RESOLVE = "references_resolve"
    """Every id in any provision's ``related`` is a provision of the view."""


class PatternSpec(DraftkitModel):
    """What one national provision must look like."""

    kind: ProvisionKind | None = Field(default=None, description="Provision kind; needed to match elements.")
    elements: dict[str, ElementTest] = Field(
        default_factory=no_entries, description="Element name -> condition; all must hold."
    )
    uses_terms: ElementTest | None = Field(default=None, description="Condition on the defined terms used.")
    related: ElementTest | None = Field(default=None, description="Condition on the ids referred to.")


class EverySpec(DraftkitModel):
    """Each provision matching ``where`` (and not ``unless``) must match ``then``.

    ``where`` and ``unless`` are the scope: only the provisions the question is about. When some
    provisions in scope pass and others fail, the rating rule says what the test earns
    (``every_provision`` in the rating rule: partly met by default). No provision in scope: not applicable.
    """

    where: PatternSpec
    then: PatternSpec
    unless: PatternSpec | None = Field(
        default=None, description="Provisions matching this are outside the question even if they match where."
    )


class CountSpec(DraftkitModel):
    """At least ``at_least`` distinct provisions match."""

    at_least: StrictInt = Field(ge=1)
    provision: PatternSpec


class TestSpec(DraftkitModel):
    """One test: exactly one of the forms below."""

    __test__ = False  # not a pytest class, despite the name

    provision: PatternSpec | None = None
    every_provision: EverySpec | None = None
    count: CountSpec | None = None
    party_to_any: list[Identifier] | None = Field(default=None, min_length=1)
    all: list[TestSpec] | None = Field(default=None, min_length=1, description="Every test passes.")
    any: list[TestSpec] | None = Field(default=None, min_length=1, description="At least one test passes.")
    none: list[TestSpec] | None = Field(default=None, min_length=1, description="No test passes.")
    check: Builtin | None = None

    @model_validator(mode="after")
    def _exactly_one_form(self) -> TestSpec:
        found = [form for form in TEST_FORMS if self.form_value(form) is not None]
        if len(found) != 1:
            raise PydanticCustomError(
                "test_form",
                "a test needs exactly one of: {expected}; found {found}",
                {"expected": ", ".join(TEST_FORMS), "found": ", ".join(found) or "none"},
            )
        return self

    def form_value(self, form: str) -> Any:
        """The value written under ``form``."""
        return getattr(self, form)

    @property
    def form(self) -> str:
        return next(form for form in TEST_FORMS if self.form_value(form) is not None)
