"""The model-provision catalog: complete, cited soundly, self-consistent, renderable."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from draftkit.catalog import fill, load_catalog, localized_catalog, render_plain, translated_languages
from draftkit.catalog.text import parameter_values
from draftkit.cli import app
from draftkit.models import PLACEHOLDER, Area, CatalogProvision, CitationKind, OffenceElements
from draftkit.reference import guidance_points
from draftkit.validate.citations import cited_paragraphs

CATALOG = load_catalog()
PROVISIONS = list(CATALOG)
IDS = [p.id for p in PROVISIONS]

MINIMUM = {
    Area.DEFINITIONS: 10,
    Area.CRIMINALIZATION: 10,
    Area.INVESTIGATIVE_POWERS: 8,
    Area.SAFEGUARDS: 3,
    Area.SERVICE_PROVIDERS: 5,
    Area.JURISDICTION: 3,
    Area.INTERNATIONAL_COOPERATION: 6,
    Area.EVIDENCE: 4,
}


@pytest.mark.parametrize("area", list(Area), ids=lambda a: a.value)
def test_every_area_meets_its_minimum(area: Area) -> None:
    assert len(CATALOG.by_area(area)) >= MINIMUM[area]


def test_ids_are_unique_including_variants() -> None:
    every = IDS + [v.id for p in PROVISIONS for v in p.variants]
    assert len(every) == len(set(every))


@pytest.mark.parametrize("provision", PROVISIONS, ids=IDS)
def test_every_provision_cites_a_guidance_point(provision: CatalogProvision) -> None:
    """Citations resolving, parameters, terms and links are checks the catalog loader runs (tests/test_checks.py)."""
    assert provision.citations, "every model provision cites its sources"
    assert any(c.kind is CitationKind.PUBLICATION for c in provision.citations), "cites a guidance point"


@pytest.mark.parametrize("provision", PROVISIONS, ids=IDS)
def test_publication_paragraphs_only_where_seen(provision: CatalogProvision) -> None:
    """A paragraph number is cited only where the digest marks it [S]; else the chapter, unverified."""
    points = guidance_points()
    for citation in provision.citations:
        if citation.kind is not CitationKind.PUBLICATION or citation.pinpoint is None:
            continue
        paragraphs = cited_paragraphs(citation.pinpoint)
        if paragraphs:
            assert set(paragraphs) <= set(points[citation.source].paragraphs), citation
        else:
            assert not citation.verified, f"a chapter pinpoint cannot be verified: {citation}"


@pytest.mark.parametrize("provision", PROVISIONS, ids=IDS)
def test_a_pinpoint_is_real_or_absent(provision: CatalogProvision) -> None:
    """A pinpoint nobody could find ("para ?") is left out, not shown to the reader."""
    assert [c for c in provision.citations if c.pinpoint is not None and "?" in c.pinpoint] == []


@pytest.mark.parametrize("provision", PROVISIONS, ids=IDS)
def test_renders_with_defaults_leaving_no_placeholder(provision: CatalogProvision) -> None:
    values = parameter_values(provision)
    bodies = [provision.text] + [v.text for v in provision.variants if v.text]
    for body in bodies:
        text = render_plain(provision.title, fill(body, values))
        assert PLACEHOLDER.search(text) is None, text
        assert "{" not in text
        assert "}" not in text


def _internal_names() -> re.Pattern[str]:
    """Catalog ids (provisions and variants), digest codes (guidance-point ids) and the digest's confidence marks."""
    names = set(IDS) | {v.id for p in PROVISIONS for v in p.variants} | set(guidance_points())
    names |= {c.source for p in PROVISIONS for c in p.citations if c.kind is CitationKind.PUBLICATION}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])|\[[SPR]\]")


INTERNAL_NAME = _internal_names()


def _reader_prose(provision: CatalogProvision) -> Iterator[tuple[str, str]]:
    """Every piece of explanatory prose a reader sees, with where it sits."""
    if provision.commentary is not None:
        for key, value in provision.commentary.model_dump().items():
            if value:
                yield f"commentary.{key}", value
    for variant in provision.variants:
        yield f"variant {variant.id}: note", variant.note
    for name, parameter in provision.parameters.items():
        yield f"parameter {name}: description", parameter.description
    for number, citation in enumerate(provision.citations, start=1):
        if citation.note:
            yield f"citation {number} ({citation.source}): note", citation.note


def test_the_internal_name_pattern_finds_ids_and_codes_in_prose() -> None:
    """The check below can fail: it sees an id or a code inside a sentence, and not a word that merely contains one."""
    assert INTERNAL_NAME.search("the grounds in cooperation.political_offence apply")
    assert INTERNAL_NAME.search("the questions noted under COOP-CROSS-BORDER-DATA and")
    assert INTERNAL_NAME.search("(see definition.subscriber_information.ip_as_subscriber).")
    assert INTERNAL_NAME.search("reported from press accounts [P].")
    assert not INTERNAL_NAME.search("the provision excluding the political-offence exception")


@pytest.mark.parametrize("language", ["en", *translated_languages()])
def test_no_reader_prose_shows_an_id_or_a_digest_code(language: str) -> None:
    """A reader never sees a catalog id or a digest code: the prose names a provision by its words."""
    found = [
        f"{provision.id} {where}: {match.group(0)}"
        for provision in localized_catalog(language)
        for where, text in _reader_prose(provision)
        for match in INTERNAL_NAME.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize("provision", PROVISIONS, ids=IDS)
def test_commentary_explains_purpose_and_rights(provision: CatalogProvision) -> None:
    assert provision.commentary is not None
    if provision.kind == "investigative_power":
        assert provision.commentary.human_rights, "every intrusive power carries a human-rights note"


SPEECH = {"incitement", "encouragement", "glorification", "dissemination"}
OPTIONS = {
    "offence.encouragement",
    "provider.data_retention",
    "provider.user_identification",
    "power.compelled_decryption",
    "power.covert_online",
}


def test_speech_offences_require_intent_alone_and_a_danger_in_their_main_text() -> None:
    """Issue 13, point 5: recklessness only in a variant with a warning; the danger in the main text."""
    for provision in CATALOG.by_kind("offence"):
        elements = provision.elements
        assert isinstance(elements, OffenceElements)
        if {c.value for c in elements.conduct} & SPEECH:
            assert [m.value for m in elements.mental_elements] == ["intent"], provision.id
            assert elements.risk_element, provision.id
            assert elements.prosecution_consent, provision.id
            assert provision.commentary is not None
            assert provision.commentary.human_rights


def test_options_are_flagged_not_labelled() -> None:
    assert {p.id for p in PROVISIONS if p.optional} == OPTIONS
    assert [p.id for p in PROVISIONS if "(option" in p.title.lower()] == []


def test_a_recklessness_variant_carries_a_rights_warning() -> None:
    for provision in PROVISIONS:
        for variant in provision.variants:
            if "reckless" in " ".join(s.text for s in variant.text):
                assert "WARNING" in variant.note, variant.id


def test_catalog_definitions_are_not_circular() -> None:
    """Issue 13, point 5: traffic data and content data no longer define each other."""
    terms = CATALOG.defined_terms()
    graph = {p.elements.term: [t for t in p.uses_terms if t in terms] for p in CATALOG.by_kind("definition")}

    def reaches(start: str, goal: str, seen: frozenset[str] = frozenset()) -> bool:
        return any(n == goal or (n not in seen and reaches(n, goal, seen | {n})) for n in graph.get(start, []))

    assert [term for term in graph if reaches(term, term)] == []


def test_the_computer_offences_of_the_budapest_convention_are_all_in_the_catalog() -> None:
    conduct = {c.value for p in CATALOG.by_kind("offence") for c in p.elements.conduct}
    budapest = {"illegal_access", "illegal_interception", "data_interference", "system_interference"}
    assert conduct >= budapest | {"misuse_of_devices", "computer_forgery", "computer_fraud"}


def test_cli_list_json_shows_every_area() -> None:
    result = CliRunner().invoke(app, ["catalog", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["count"] == len(PROVISIONS)
    for area, minimum in MINIMUM.items():
        assert data["areas"][area.value] >= minimum


def test_cli_show_prints_a_finished_provision_with_citations() -> None:
    result = CliRunner().invoke(app, ["catalog", "show", "offence.incitement"])
    assert result.exit_code == 0, result.output
    assert "{" not in result.stdout.split("Parameters:")[0]
    assert "Citations:" in result.stdout
    assert "CRIM-INCITEMENT" in result.stdout
    assert "UNVERIFIED pinpoint" in result.stdout or "[verified]" in result.stdout


def test_cli_show_fills_given_parameters() -> None:
    provision = CATALOG.get("offence.incitement")
    name = sorted(provision.parameters)[0]
    result = CliRunner().invoke(app, ["catalog", "show", "offence.incitement", "--param", f"{name}=ZZZ-VALUE"])
    assert result.exit_code == 0, result.output
    assert "ZZZ-VALUE" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["catalog", "show", "offence.incitment"], "no model provision 'offence.incitment'; did you mean"),
        (["catalog", "show", "offence.incitement", "--param", "nonsense=1"], "has no parameter nonsense"),
        (["catalog", "show", "offence.incitement", "--param", "novalue"], "--param expects NAME=VALUE"),
        (["catalog", "list", "--area", "crimes"], "unknown area 'crimes'"),
    ],
)
def test_cli_errors_are_clear(args: list[str], message: str) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "draftkit", *args], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_french_court_by_default_is_one_that_exists() -> None:
    """France merged the tribunaux de grande instance and d'instance into the tribunal judiciaire on 1 January 2020
    (loi n° 2019-222 du 23 mars 2019): a French draft names the court by its present name unless the State gives its
    own."""
    defaults = {
        provision.parameters["competent_court"].default
        for provision in localized_catalog("fr")
        if "competent_court" in provision.parameters
    }
    assert defaults == {"le tribunal judiciaire"}
