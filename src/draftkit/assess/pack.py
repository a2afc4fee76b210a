"""Rule packs: the file format, and loading a pack into compiled, checked criteria.

A rule pack is data an adviser can write without touching Python: each criterion
says what it asks, how strongly the sources ask it (and which source makes it
so), what it cites, when it applies, what counts as met or partly met, which
model provisions remedy a gap, and how to explain each outcome. Everything that
can be wrong with a pack -- shape, operators, element names, enum values, remedy
ids, citations, guidance ids -- is found when the pack loads, each problem
located at its line in the pack file; beyond the schema, as the coded checks DK3xx
(:mod:`draftkit.validate.pack_checks`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from draftkit.assess.dates import binds_from
from draftkit.assess.language import TestSpec
from draftkit.assess.matcher import Check
from draftkit.assess.result import Outcome, Strength
from draftkit.cache import cached, cached_files, file_sources
from draftkit.diagnostics import InputError, PathPart, suggest
from draftkit.models import Area, Citation, CitationKind, DraftkitModel, Identifier, NonEmptyText
from draftkit.models.base import no_items
from draftkit.models.registry import GuidancePointId
from draftkit.paths import catalog_dir, data_file
from draftkit.reference import instruments
from draftkit.source.document import SourceDocument
from draftkit.source.files import parse_text, read_document
from draftkit.source.model_errors import problems_from_validation_error
from draftkit.validate.check import Finding
from draftkit.validate.checks import Subject, run_checks
from draftkit.validate.pack_checks import PackInput

if TYPE_CHECKING:
    from draftkit.assess.compile import Compiler

__all__ = [
    "CompiledCriterion",
    "Criterion",
    "Exclusion",
    "Explanation",
    "RulePack",
    "RulePackFile",
    "core_pack",
    "default_packs",
    "load_pack",
    "pack_from_document",
    "pack_named",
    "parse_pack",
    "shipped_pack",
    "shipped_packs",
]

CORE_PACK_FILE = "unodc-2012.yaml"


class Explanation(DraftkitModel):
    """What to tell the reader for each outcome, in plain words."""

    met: NonEmptyText
    partly_met: NonEmptyText | None = None
    not_met: NonEmptyText
    not_applicable: NonEmptyText | None = None

    def for_outcome(self, outcome: Outcome) -> str | None:
        return {
            Outcome.MET: self.met,
            Outcome.PARTLY_MET: self.partly_met,
            Outcome.NOT_MET: self.not_met,
            Outcome.NOT_APPLICABLE: self.not_applicable,
        }[outcome]


class Criterion(DraftkitModel):
    """One checkable question about a national framework."""

    id: Identifier
    area: Area
    question: NonEmptyText
    strength: Strength
    strength_source: Citation = Field(description="The source that makes the criterion as strong as it is.")
    mandatory_for_parties_to: list[Identifier] = Field(
        default_factory=no_items,
        description="Instrument ids: for a State party to any of them the criterion is mandatory.",
    )
    guidance: list[GuidancePointId] = Field(
        default_factory=no_items, description="Guidance-digest points this criterion checks."
    )
    citations: list[Citation] = Field(default_factory=no_items)
    applies_when: TestSpec | None = Field(default=None, description="Not applicable unless this test passes.")
    met: TestSpec
    partly_met: TestSpec | None = None
    human_rights_risk_when: TestSpec | None = Field(
        default=None, description="When this test passes, the outcome is flagged as a risk to rights."
    )
    adopted_when: TestSpec | None = Field(
        default=None,
        description="For a criterion about an option (strength optional for this State): the State has adopted "
        "the option when this test passes. Without it, the option counts as adopted when anything the criterion "
        "looks for is found (met, partly met, or a risk to rights). An option not adopted is not applicable, "
        "never a gap; once adopted, all its tests apply.",
    )
    remedies: list[Identifier] = Field(default_factory=no_items, description="Catalog ids of model provisions.")
    explanation: Explanation

    @model_validator(mode="after")
    def _explanations_for_every_outcome(self) -> Criterion:
        missing = []
        if self.partly_met is not None and self.explanation.partly_met is None:
            missing.append("partly_met")
        if self.applies_when is not None and self.explanation.not_applicable is None:
            missing.append("not_applicable")
        if missing:
            raise PydanticCustomError(
                "explanation_missing",
                "explanation needs {missing}, because the criterion can have that outcome",
                {"missing": " and ".join(missing)},
            )
        return self


class Exclusion(DraftkitModel):
    """A guidance point the pack deliberately does not check, and why."""

    guidance: GuidancePointId
    reason: NonEmptyText


class RulePackFile(DraftkitModel):
    """A rule-pack file (YAML or JSON)."""

    draftkit: Literal[1] = Field(default=1, description="Version of this file format.")
    id: Identifier
    title: NonEmptyText
    description: NonEmptyText | None = None
    criteria: Annotated[list[Criterion], Field(min_length=1)]
    excluded: list[Exclusion] = Field(default_factory=no_items)


@dataclass(frozen=True)
class CompiledCriterion:
    """A criterion with its tests compiled into matchers."""

    spec: Criterion
    pack: str
    position: int
    applies_when: Check | None
    met: Check
    partly_met: Check | None
    human_rights_risk_when: Check | None
    adopted_when: Check | None = None
    source_instrument: str | None = None
    """The instrument the criterion's strength comes from, when its source is one."""
    binds_from: dt.date | None = None
    """From when that source binds (see :mod:`draftkit.assess.dates`); None when unknown or not an instrument."""

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class RulePack:
    """A loaded pack: its file model, where it came from, and its compiled criteria."""

    file: RulePackFile
    source: str
    criteria: tuple[CompiledCriterion, ...]

    @property
    def id(self) -> str:
        return self.file.id

    @property
    def title(self) -> str:
        return self.file.title

    def guidance_coverage(self) -> dict[str, list[str]]:
        """Guidance-point id -> ids of the criteria that check it."""
        coverage: dict[str, list[str]] = {}
        for criterion in self.file.criteria:
            for point in criterion.guidance:
                coverage.setdefault(point, []).append(criterion.id)
        return coverage


def _optional(compiler: Compiler, spec: TestSpec | None, path: tuple[PathPart, ...]) -> Check | None:
    return None if spec is None else compiler.test(spec, path)


def _source_instrument(criterion: Criterion) -> str | None:
    source = criterion.strength_source
    if source.kind is CitationKind.INSTRUMENT and source.source in instruments():
        return source.source
    return None


def _binds_from(criterion: Criterion) -> dt.date | None:
    source = _source_instrument(criterion)
    return None if source is None else binds_from(instruments()[source])


def _compile(pack: RulePackFile, document: SourceDocument) -> tuple[tuple[CompiledCriterion, ...], list[Finding]]:
    from draftkit.assess.compile import Compiler  # not needed when the core pack comes from the cache

    compiler = Compiler()
    compiled: list[CompiledCriterion] = []
    for index, criterion in enumerate(pack.criteria):
        at: tuple[PathPart, ...] = ("criteria", index)
        compiled.append(
            CompiledCriterion(
                spec=criterion,
                pack=pack.id,
                position=index,
                applies_when=_optional(compiler, criterion.applies_when, (*at, "applies_when")),
                met=compiler.test(criterion.met, (*at, "met")),
                partly_met=_optional(compiler, criterion.partly_met, (*at, "partly_met")),
                human_rights_risk_when=_optional(
                    compiler, criterion.human_rights_risk_when, (*at, "human_rights_risk_when")
                ),
                adopted_when=_optional(compiler, criterion.adopted_when, (*at, "adopted_when")),
                source_instrument=_source_instrument(criterion),
                binds_from=_binds_from(criterion),
            )
        )
    findings = [Finding(document, tuple(path), message, at_key) for path, message, at_key in compiler.problems]
    return tuple(compiled), findings


def _known_remedies(known_remedies: frozenset[str] | None) -> frozenset[str]:
    if known_remedies is not None:
        return known_remedies
    # lazily: a pack compiled with the ids given never loads the catalog package
    from draftkit.catalog import catalog_ids

    return catalog_ids()


def pack_from_document(document: SourceDocument, *, known_remedies: frozenset[str] | None = None) -> RulePack:
    """Validate, check and compile a parsed pack; ``InputError`` lists every problem.

    ``known_remedies`` are the catalog ids remedies may name (default: the shipped
    catalog). When it is empty -- a catalog still being written -- remedies are not checked.
    """
    if not isinstance(document.data, dict):
        raise InputError([document.problem((), "expected a mapping with id, title and criteria")])
    try:
        pack = RulePackFile.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, RulePackFile)) from None
    criteria, compiled = _compile(pack, document)
    problems = run_checks(Subject.PACK, PackInput(pack, document, _known_remedies(known_remedies), compiled))
    if problems:
        raise InputError(problems)
    return RulePack(pack, document.name, criteria)


def load_pack(path: Path | str, *, known_remedies: frozenset[str] | None = None) -> RulePack:
    """Read a rule-pack file (YAML, or JSON by its suffix) into a compiled pack."""
    return pack_from_document(read_document(path), known_remedies=known_remedies)


def parse_pack(text: str, name: str = "<string>", *, known_remedies: frozenset[str] | None = None) -> RulePack:
    """Like ``load_pack`` for text already in memory; ``name`` decides YAML or JSON and appears in errors."""
    return pack_from_document(parse_text(text, name), known_remedies=known_remedies)


def core_pack_path() -> Path:
    return data_file("packs", CORE_PACK_FILE)


def _core_pack_sources() -> list[tuple[str, bytes]]:
    """Every file the compiled core pack depends on: the pack, the registries, the catalog (remedy ids)."""
    files = [core_pack_path(), data_file("guidance_points.yaml"), data_file("instruments.yaml")]
    return file_sources([*files, *sorted(catalog_dir().glob("*.yaml"))])


def _build_core_pack() -> RulePack:
    text = core_pack_path().read_text(encoding="utf-8")
    return pack_from_document(parse_text(text, f"draftkit/data/packs/{CORE_PACK_FILE}"))


@cache
def core_pack() -> RulePack:
    """The shipped pack ``unodc-2012`` (compiled once per process, and cached per user while unchanged)."""
    return cached("core-pack", _core_pack_sources, _build_core_pack)


# ----------------------------------------------------------------------------- shipped packs


class ShippedPack(DraftkitModel):
    """A pack shipped with draftkit besides the core pack, and whether ``assess`` uses it by default."""

    id: Identifier
    file: NonEmptyText
    default: bool = False
    reason: NonEmptyText = Field(description="Why the pack is, or is not, on by default.")


class PackIndex(DraftkitModel):
    draftkit: Literal[1] = 1
    packs: list[ShippedPack] = Field(default_factory=no_items)


@cache
def shipped_packs() -> dict[str, ShippedPack]:
    """The packs shipped in ``draftkit/data/packs`` (listed in ``index.yaml``), by id."""
    path = data_file("packs", "index.yaml")
    return cached_files("pack-index", [path], lambda: _read_pack_index(path))


def _read_pack_index(path: Path) -> dict[str, ShippedPack]:
    document = read_document(path)
    try:
        index = PackIndex.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_from_validation_error(error, document, PackIndex)) from None
    return {entry.id: entry for entry in index.packs}


@cache
def shipped_pack(pack_id: str) -> RulePack:
    """A shipped pack by id: ``unodc-2012`` (the core pack) or one listed by :func:`shipped_packs`."""
    if pack_id == core_pack().id:
        return core_pack()
    entries = shipped_packs()
    if pack_id not in entries:
        known = [core_pack().id, *entries]
        raise KeyError(f"no shipped pack '{pack_id}'{suggest(pack_id, known)}; shipped: {', '.join(known)}")
    path = data_file("packs", entries[pack_id].file)

    def sources() -> list[tuple[str, bytes]]:
        files = [path, data_file("guidance_points.yaml"), data_file("instruments.yaml")]
        return file_sources([*files, *sorted(catalog_dir().glob("*.yaml"))])

    def build() -> RulePack:
        text = path.read_text(encoding="utf-8")
        return pack_from_document(parse_text(text, f"draftkit/data/packs/{entries[pack_id].file}"))

    return cached(f"pack-{pack_id}", sources, build)


def default_packs() -> list[RulePack]:
    """What ``assess`` checks when no pack is named: the core pack and the shipped packs on by default."""
    return [core_pack(), *(shipped_pack(entry.id) for entry in shipped_packs().values() if entry.default)]


def pack_named(path: Path | str) -> RulePack:
    """``--pack`` takes a pack file, or the id of a shipped pack (e.g. ``cets-224``) when no such file exists."""
    candidate = Path(path)
    if not candidate.exists() and candidate.suffix == "":
        known = [core_pack().id, *shipped_packs()]
        if str(path) in known:
            return shipped_pack(str(path))
        raise InputError.single(
            str(path),
            f"no such file, and no shipped pack of that id{suggest(str(path), known)}; shipped: {', '.join(known)}",
        )
    return load_pack(candidate)
