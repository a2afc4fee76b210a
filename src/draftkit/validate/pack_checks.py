"""The rule pack's checks (codes DK3xx): what a pack must hold together beyond its schema.

The pack loader runs the errors (:func:`draftkit.assess.pack.pack_from_document`), so a pack that
breaks one does not load, whether it is given to ``draftkit check --pack``, ``draftkit validate`` or
shipped; ``draftkit validate`` also prints the warnings. The pack's file model lives with the rules
engine (:mod:`draftkit.assess.pack`), above this layer: the checks read it through the small
protocol below. The tests of a criterion (``applies_when``, ``met``, ...) are compiled by the engine's
compiler, which finds every unknown kind, element, operator or value and every malformed test; the
loader hands those findings to the check DK310 so that they are reported, coded, with the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from draftkit.diagnostics import PathPart, suggest
from draftkit.models import Citation
from draftkit.reference import guidance_points, instruments
from draftkit.source.document import SourceDocument
from draftkit.validate.check import Check, Finding, Subject
from draftkit.validate.citations import citation_problems

__all__ = ["CHECKS", "PackInput"]


class _Criterion(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def strength(self) -> str: ...
    @property
    def strength_source(self) -> Citation: ...
    @property
    def mandatory_for_parties_to(self) -> Sequence[str]: ...
    @property
    def guidance(self) -> Sequence[str]: ...
    @property
    def citations(self) -> Sequence[Citation]: ...
    @property
    def remedies(self) -> Sequence[str]: ...


class _Exclusion(Protocol):
    @property
    def guidance(self) -> str: ...


class _Pack(Protocol):
    @property
    def criteria(self) -> Sequence[_Criterion]: ...
    @property
    def excluded(self) -> Sequence[_Exclusion]: ...


@dataclass(frozen=True)
class PackInput:
    """A rule pack as validated against its schema, with the document it was read from."""

    pack: _Pack
    document: SourceDocument
    remedies: frozenset[str] = frozenset()
    """The catalog ids remedies may name; empty (a catalog still being written): remedies are not checked."""
    compiled: Sequence[Finding] = field(default=())
    """What the compiler found wrong with the criteria's tests (reported by DK310)."""

    def at(self, path: tuple[PathPart, ...], message: str) -> Finding:
        return Finding(self.document, path, message)


def _criteria(given: PackInput) -> Iterator[tuple[tuple[PathPart, ...], _Criterion]]:
    for index, criterion in enumerate(given.pack.criteria):
        yield ("criteria", index), criterion


def _ids_unique(given: PackInput) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for at, criterion in _criteria(given):
        if criterion.id in seen:
            yield given.at(
                (*at, "id"), f"duplicate criterion id '{criterion.id}' (also criteria[{seen[criterion.id]}])"
            )
        seen.setdefault(criterion.id, int(at[1]))


def _guidance_known(given: PackInput) -> Iterator[Finding]:
    points = guidance_points()
    for at, criterion in _criteria(given):
        for number, point in enumerate(criterion.guidance):
            if point not in points:
                yield given.at((*at, "guidance", number), f"unknown guidance point '{point}'{suggest(point, points)}")


def _citations_resolve(given: PackInput) -> Iterator[Finding]:
    for at, criterion in _criteria(given):
        cited: list[tuple[tuple[PathPart, ...], Citation]] = [(("strength_source",), criterion.strength_source)]
        cited += [(("citations", number), citation) for number, citation in enumerate(criterion.citations)]
        for where, citation in cited:
            for message in citation_problems(citation):
                yield given.at((*at, *where, "source"), message)


def _instruments_known(given: PackInput) -> Iterator[Finding]:
    registry = instruments()
    for at, criterion in _criteria(given):
        for number, instrument in enumerate(criterion.mandatory_for_parties_to):
            if instrument not in registry:
                yield given.at(
                    (*at, "mandatory_for_parties_to", number),
                    f"unknown instrument '{instrument}'{suggest(instrument, registry)}",
                )


def _remedies_known(given: PackInput) -> Iterator[Finding]:
    if not given.remedies:
        return
    for at, criterion in _criteria(given):
        for number, remedy in enumerate(criterion.remedies):
            if remedy not in given.remedies:
                yield given.at(
                    (*at, "remedies", number),
                    f"unknown model provision '{remedy}'; remedies must be catalog ids "
                    f"(see `draftkit catalog list`){suggest(remedy, sorted(given.remedies))}",
                )


def _tests_compile(given: PackInput) -> Iterator[Finding]:
    yield from given.compiled


def _exclusions(given: PackInput) -> Iterator[tuple[tuple[PathPart, ...], str]]:
    for index, exclusion in enumerate(given.pack.excluded):
        yield ("excluded", index, "guidance"), exclusion.guidance


def _exclusions_known(given: PackInput) -> Iterator[Finding]:
    points = guidance_points()
    for at, point in _exclusions(given):
        if point not in points:
            yield given.at(at, f"unknown guidance point '{point}'{suggest(point, points)}")


def _checked_or_excluded(given: PackInput) -> Iterator[Finding]:
    points = guidance_points()
    mapped = {point for criterion in given.pack.criteria for point in criterion.guidance}
    for at, point in _exclusions(given):
        if point in points and point in mapped:
            yield given.at(at, f"'{point}' is both checked by a criterion and excluded; pick one")


def _excluded_once(given: PackInput) -> Iterator[Finding]:
    excluded: dict[str, int] = {}
    for at, point in _exclusions(given):
        if point in excluded:
            yield given.at(at, f"'{point}' is excluded twice (also excluded[{excluded[point]}])")
        excluded.setdefault(point, int(at[1]))


def _binding_explained(given: PackInput) -> Iterator[Finding]:
    for at, criterion in _criteria(given):
        source = criterion.strength_source
        if source.note:
            continue
        if criterion.strength == "mandatory":
            yield given.at(
                (*at, "strength_source"),
                f"criterion '{criterion.id}' is mandatory for every State, but its strength_source has no note "
                "saying why it binds them all (e.g. a Security Council resolution under Chapter VII)",
            )
        elif source.kind != "publication" and not criterion.mandatory_for_parties_to:
            yield given.at(
                (*at, "strength_source"),
                f"criterion '{criterion.id}' rests on {source.source}, but names neither the instruments whose "
                "parties it binds (mandatory_for_parties_to) nor, in a note to strength_source, why it is asked",
            )


_CRITERION = "id: crim.incitement\narea: criminalization\nquestion: Is incitement an offence?\nstrength: mandatory"

CHECKS: tuple[Check, ...] = (
    Check(
        "DK301",
        "criterion-ids-unique",
        Subject.PACK,
        "No two criteria of a pack have the same id.",
        "Results, reports and other packs refer to a criterion by its id; two criteria with one id make every "
        "such reference ambiguous, and one result would silently hide the other.",
        "criteria:\n- id: crim.incitement\n  ...\n- id: crim.incitement\n  ...",
        _ids_unique,
    ),
    Check(
        "DK302",
        "guidance-points-known",
        Subject.PACK,
        "Every guidance point a criterion checks is in the guidance registry (`draftkit/data/guidance_points.yaml`).",
        "The pack's coverage of the publication is counted from these ids; an unknown one is coverage claimed "
        "for a point that does not exist, and a real point left uncounted.",
        f"{_CRITERION}\nguidance:\n- CRIM-INCITMENT",
        _guidance_known,
    ),
    Check(
        "DK303",
        "citations-resolve",
        Subject.PACK,
        "The strength source and every citation name a known instrument or guidance point, and a verified "
        "paragraph is one seen.",
        "The report cites these to the ministry as the reason a requirement binds; a citation of nothing, or of a "
        "paragraph never seen, puts a false authority in front of the reader.",
        f"{_CRITERION}\nstrength_source:\n  kind: publication\n  source: CRIM-INCITEMENT\n  pinpoint: para 112\n"
        "  verified: true",
        _citations_resolve,
    ),
    Check(
        "DK304",
        "instruments-known",
        Subject.PACK,
        "Every instrument in mandatory_for_parties_to is in the instruments registry (`draftkit instruments`).",
        "Whether the criterion binds a State depends on the State being party to one of these; an unknown id "
        "never matches, so the criterion is silently never mandatory.",
        f"{_CRITERION}\nmandatory_for_parties_to:\n- ets-186",
        _instruments_known,
    ),
    Check(
        "DK305",
        "remedies-known",
        Subject.PACK,
        "Every remedy is the id of a model provision in the catalog (`draftkit catalog list`).",
        "The bill is drafted from the remedies of the criteria a State falls short of; a remedy that names no "
        "model provision leaves the gap without a proposal.",
        f"{_CRITERION}\nremedies:\n- offence.incitment",
        _remedies_known,
    ),
    Check(
        "DK306",
        "exclusions-known",
        Subject.PACK,
        "Every guidance point the pack excludes is in the guidance registry.",
        "An exclusion says, for the reader of the coverage table, which point the pack deliberately leaves "
        "unchecked; excluding an unknown point explains nothing and leaves the real one unaccounted for.",
        "excluded:\n- guidance: CRIM-INCITMENT\n  reason: covered by national law elsewhere",
        _exclusions_known,
    ),
    Check(
        "DK307",
        "checked-or-excluded",
        Subject.PACK,
        "A guidance point is either checked by a criterion or excluded, not both.",
        "The coverage table would call the same point both checked and deliberately left out.",
        f"{_CRITERION}\nguidance:\n- CRIM-INCITEMENT\n...\nexcluded:\n- guidance: CRIM-INCITEMENT\n  reason: ...",
        _checked_or_excluded,
    ),
    Check(
        "DK308",
        "excluded-once",
        Subject.PACK,
        "A guidance point is excluded at most once.",
        "Two exclusions of one point give two reasons, and the reader cannot tell which one the pack stands by.",
        "excluded:\n- guidance: CRIM-INCITEMENT\n  reason: ...\n- guidance: CRIM-INCITEMENT\n  reason: ...",
        _excluded_once,
    ),
    Check(
        "DK310",
        "tests-compile",
        Subject.PACK,
        "Every test (applies_when, met, partly_met, human_rights_risk_when, adopted_when) has one form and names "
        "only known provision kinds, elements, operators, values and instruments, each operator on an element "
        "it applies to.",
        "A test that names what does not exist can never pass, so the criterion would be rated not met (or never "
        "applicable) for every State, whatever its law says.",
        f"{_CRITERION}\nmet:\n  provision:\n    kind: offence\n    elements:\n      conduct:\n        include: "
        "incitement",
        _tests_compile,
    ),
    Check(
        "DK320",
        "binding-source-explained",
        Subject.PACK,
        "A mandatory criterion says in a note to its strength_source why it binds every State; any other whose "
        "strength rests on something other than the guidance itself names the instruments whose parties it binds "
        "(mandatory_for_parties_to) or says in that note why it is asked.",
        "The report tells a ministry how strongly each requirement binds it; without the reason, an adviser "
        "cannot check the strength the pack gives, and a drafter cannot argue it.",
        f"{_CRITERION}\nstrength_source:\n  kind: instrument\n  source: unscr-2178",
        _binding_explained,
        warning=True,
    ),
)
