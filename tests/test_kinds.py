"""The registry of provision kinds: one module per kind, everything else derived from it."""

from __future__ import annotations

import dataclasses
import typing
from importlib import import_module

import pytest

from draftkit.assess.derived import ANCHORS, ELEMENT_MODELS
from draftkit.models import KIND_AREA, KINDS, CatalogProvision, NationalProvision, ProvisionKind, kind_spec
from draftkit.models.provision_base import NationalFields, ProvisionBase
from draftkit.schema import build_schema
from tests.strategies import elements_by_kind


def _members(union: object) -> list[type]:
    inner = typing.get_args(union)[0]  # Annotated[Union[...], Field(discriminator)]
    return list(typing.get_args(inner))


def test_every_kind_is_one_module_registered_in_order() -> None:
    assert [spec.kind for spec in KINDS] == list(ProvisionKind)
    for spec in KINDS:
        module = import_module(f"draftkit.models.kinds.{spec.kind.value}")
        assert module.SPEC is spec
        assert spec.provision.model_fields["elements"].annotation is spec.elements
        assert typing.get_args(spec.provision.model_fields["kind"].annotation) == (spec.kind.value,)
        assert issubclass(spec.national, spec.provision)
        assert issubclass(spec.national, NationalFields)
        assert {"source", "status", "replaces"} <= set(spec.national.model_fields)
        assert kind_spec(spec.kind.value) is spec
        assert spec.label[0].isupper()


def test_unions_areas_engine_tables_schema_and_strategies_come_from_the_registry() -> None:
    assert _members(CatalogProvision) == [spec.provision for spec in KINDS]
    assert _members(NationalProvision) == [spec.national for spec in KINDS]
    assert {spec.kind: spec.area for spec in KINDS} == KIND_AREA
    assert {spec.kind: spec.elements for spec in KINDS} == ELEMENT_MODELS
    assert set(elements_by_kind) == {spec.kind.value for spec in KINDS}
    schema = build_schema("framework")
    tags = set(_consts(schema))
    assert {spec.kind.value for spec in KINDS} <= tags


def test_a_provision_knows_its_area_from_its_kind_module() -> None:
    for spec in KINDS:
        assert spec.provision.kind_area is spec.area
        assert issubclass(spec.provision, ProvisionBase)


def test_the_public_names_of_the_models_are_kept() -> None:
    from draftkit import models
    from draftkit.models import elements

    for name in (
        "OffenceElements",
        "MentalElement",
        "Authorisation",
        "AuthorisationRoute",
        "EvidenceElements",
        "TopicAdmissibility",
        "PowerType",
        "SafeguardType",
    ):
        assert getattr(elements, name) is getattr(models, name)
    for name in ("OffenceProvision", "InvestigativePowerProvision", "NationalProvision", "ProvisionKind"):
        assert hasattr(models, name)


def _consts(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        if isinstance(node.get("const"), str):
            found.append(node["const"])
        for value in node.values():
            found.extend(_consts(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_consts(item))
    return found


def test_each_kind_names_its_anchor_among_its_elements() -> None:
    """The engine's near misses hang on each kind's anchor; a new kind gives it in its SPEC, nowhere else."""
    assert {spec.kind: spec.anchor for spec in KINDS} == ANCHORS
    assert all(spec.anchor in spec.elements.model_fields for spec in KINDS)
    offence = kind_spec(ProvisionKind.OFFENCE)
    with pytest.raises(ValueError, match="anchor of kind 'offence' is not one of its elements: 'conduc'"):
        dataclasses.replace(offence, anchor="conduc")
