"""The gap report as a ministry reads it: plain words from the catalog, structure, verification, follow-up."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx.oxml.ns import qn

from draftkit.assess import assess
from draftkit.assess.result import Assessment, CriterionResult, Outcome, Strength
from draftkit.compose.findings import Priority, priority, provision_names
from draftkit.compose.progress import compare
from draftkit.compose.report import ReportInputs, check_tree, compose_report, progress_tree
from draftkit.compose.report_tree import Heading, Items, Para, Report, Run, Table
from draftkit.diagnostics import InputError
from draftkit.drafts import render_drafts
from draftkit.i18n import Data, Localized, Messages, Msg
from draftkit.i18n.catalog import messages
from draftkit.i18n.data import data_texts
from draftkit.load import load_framework
from draftkit.models import NationalFramework, ProvisionStatus, Rating
from draftkit.render.markdown import render_markdown
from draftkit.render.terminal import render_terminal
from tests.conftest import EXAMPLES, module_unless_mutation_stats
from tests.fixtures.render.reading import text_of

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
DATE = dt.date(2026, 11, 30)
ROOT = Path(__file__).resolve().parents[1]

SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
"""A field name or code in snake_case: ``max_duration_days``, ``not_met``."""
DOTTED = re.compile(r"\b[a-z][a-z0-9_]+\.[a-z][a-z0-9_]+(?:\.[a-z0-9_]+)*\b")
"""An identifier with dots: ``crim.travel``, ``xa.pc.s41``, ``offence.incitement``."""


def _identifiers(assessment: Assessment, framework: NationalFramework) -> set[str]:
    ids = {c.id for c in assessment.criteria}
    ids |= {p.id for p in framework.provisions}
    ids |= {r for c in assessment.criteria for r in c.remedies}
    return ids


def _leaks(text: str, ids: set[str]) -> list[str]:
    found = SNAKE.findall(text) + DOTTED.findall(text)
    found += [i for i in ids if re.search(rf"(?<![\w.]){re.escape(i)}(?![\w.])", text)]
    found += ["UNVERIFIED"] if "UNVERIFIED" in text else []
    return found


@pytest.fixture(scope=module_unless_mutation_stats, params=EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def example(request: pytest.FixtureRequest) -> tuple[NationalFramework, Assessment, dict[str, bytes]]:
    framework = load_framework(request.param)
    assessment = assess(framework)
    outputs = render_drafts(framework, assessment, date=DATE)
    return framework, assessment, outputs


def _docx_prose(data: bytes) -> list[str]:
    """Every paragraph of the report's body and comments, without reference runs (where ids belong)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    out = []
    for p in document.element.body.iter(qn("w:p")):
        kept = []
        for r in p.iter(qn("w:r")):
            style = r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
            if style is not None and style.get(qn("w:val")) == "ReferenceCode":
                continue
            kept.append(text_of(r))
        out.append("".join(kept))
    out += [c.text for c in document.comments]
    return out


def _quoted_law(framework: NationalFramework) -> set[str]:
    """National provision text as the framework gives it (quoted in the annex, may contain anything)."""
    from draftkit.compose.spans import Filler, lines_of

    out = set()
    for p in framework.provisions:
        for line in lines_of(p.text, Filler(p.parameters, framework.parameters)):
            out.add(line.text)
    return out


def _prose_leaks(
    framework: NationalFramework, assessment: Assessment, outputs: dict[str, bytes], *extra: tuple[str, str]
) -> list[str]:
    """Identifiers and field names in the prose of the report (docx body and comments, report.md) and ``extra``
    Markdown texts; the quoted national law and the reference column are left out."""
    ids = _identifiers(assessment, framework)
    quoted = _quoted_law(framework)
    problems: list[str] = []
    for line in _docx_prose(outputs["gap-report.docx"]):
        if not any(q in line for q in quoted):
            problems += [f"docx: {leak} in {line[:120]!r}" for leak in _leaks(line, ids)]
    for name, text in (("report.md", outputs["report.md"].decode("utf-8")), *extra):
        for line in text.splitlines():
            prose = re.sub(r"`[^`]*`", "", line)  # code spans: the reference column
            prose = re.sub(r"\]\(#[^)]*\)", "]", prose)  # contents links' anchors
            if not any(q.split()[0] in line for q in quoted if q.split()):
                problems += [f"{name}: {leak} in {line[:120]!r}" for leak in _leaks(prose, ids)]
    return problems


@pytest.mark.parametrize(
    ("example_file", "language"),
    [("xd-derecho-civil.yaml", "es"), ("xb-civil-law.yaml", "fr"), ("xb-civil-law.yaml", "ar")],
)
def test_no_identifier_in_the_prose_of_reports_in_other_languages(example_file: str, language: str) -> None:
    """XD in Spanish (final and repealing provisions numbered within their kind: ``final_3`` must be cited by its
    label), XB in French and in Arabic: the report's docx and Markdown, and ``check`` in Markdown."""
    framework = load_framework(EXAMPLES / example_file)
    assessment = assess(framework)
    fallback = "en" if language == "ar" else None  # the model provisions have no Arabic translation (the bill)
    outputs = render_drafts(framework, assessment, date=DATE, language=language, fallback_language=fallback)
    words = messages(language)
    check = render_markdown(check_tree(assessment, framework), words)
    problems = _prose_leaks(framework, assessment, outputs, ("check markdown", check))
    assert not problems, "\n".join(problems[:40])


def test_no_identifier_or_field_name_in_any_prose(example: Any) -> None:
    """Word (body and comments), Markdown, the check table and check Markdown: ids only as references."""
    framework, assessment, outputs = example
    ids = _identifiers(assessment, framework)
    check = render_markdown(check_tree(assessment, framework))
    problems = _prose_leaks(framework, assessment, outputs, ("check markdown", check))
    buffer = io.StringIO()
    render_terminal(check_tree(assessment, framework), file=buffer, width=200)
    for line in buffer.getvalue().splitlines():
        cells = [c.strip() for c in re.split(r"[│┃]", line)]
        prose = " ".join(cells[:-2]) if len(cells) > 2 else line  # the last column is the reference column
        problems += [f"check table: {leak} in {line[:120]!r}" for leak in _leaks(prose, ids)]
    assert not problems, "\n".join(problems[:40])


class _Marked(Messages):
    """Every catalog text wrapped in ⟦ ⟧: whatever is printed without them did not come from the catalog."""

    def template(self, code: str, count: int | None = None) -> str:
        return "\u27e6" + super().template(code, count) + "\u27e7"


def _user_texts(framework: NationalFramework, assessment: Assessment) -> set[str]:
    texts = {framework.name, assessment.rating_rule, *framework.parameters.values()}
    texts |= {c.question for c in assessment.criteria}
    texts |= {o.reason for o in framework.overrides}
    for p in framework.provisions:
        texts |= {p.title, p.source.act, p.source.section}
    return texts


def test_every_fixed_text_comes_from_the_catalog(example: Any) -> None:
    """Rendered with a marked catalog, every paragraph holds a marked text, or only user text and references."""
    framework, assessment, _ = example
    report = compose_report(ReportInputs(assessment, framework, date=DATE))
    user = _user_texts(framework, assessment)
    quoted = _quoted_law(framework)
    markdown = render_markdown(report, _Marked())
    for line in markdown.splitlines():
        bare = re.sub(r"`[^`]*`|[#>*|\-\s\d.]|<br>", "", line)
        if not bare or "\u27e6" in line or any(u and u in line.replace("\\", "") for u in user | quoted):
            continue
        pytest.fail(f"text not from the catalog: {line!r}")


def test_one_markdown_renderer_escapes_user_text_in_check_and_report(tmp_path: Path) -> None:
    source = (EXAMPLES / "xa-common-law.yaml").read_text(encoding="utf-8")
    hostile = source.replace("name: Republic of Aldermere", 'name: "<b>Aldermere</b> & *Co* [x](http://e)"')
    path = tmp_path / "hostile.yaml"
    path.write_text(hostile, encoding="utf-8")
    check = subprocess.run(
        [sys.executable, "-m", "draftkit", "check", str(path), "--format", "markdown"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    framework = load_framework(path)
    report_md = render_drafts(framework, assess(framework), date=DATE)["report.md"].decode("utf-8")
    escaped = "\\<b\\>Aldermere\\</b\\> & \\*Co\\* \\[x\\](http://e)"
    for text in (check.stdout, report_md):
        assert escaped in text
        assert "<b>" not in text
        assert "[x](http" not in text


def test_structure_cover_contents_summary_methodology_areas_annexes_glossary(example: Any) -> None:
    _framework, assessment, outputs = example
    document = open_docx_bytes(outputs["gap-report.docx"])
    styles = {p.style.style_id if p.style is not None else "" for p in document.paragraphs}
    headings = [
        text_of(p._p) for p in document.paragraphs if p.style is not None and p.style.style_id == "ReportHeading1"
    ]
    titles = [h.split("\t")[-1] for h in headings]
    assert titles[:2] == ["Executive summary", "Methodology and sources"]
    assert titles[-4:] == [
        "Technical compliance, criterion by criterion",
        "Concordance with the sources and the proposed bill",
        "Observations of the State",
        "Glossary",
    ]
    assert "TOC1" in styles
    body = document.element.body
    xml = body.xml
    # Contents: one entry per heading of levels 1-2, each a link to the heading's bookmark with a page field
    # that LibreOffice lays out itself (not wrapped in a TOC field, whose stored result LibreOffice shows as is).
    assert "TOC \\o" not in xml
    marks = set(re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"/>', xml))
    assert len(marks) >= len(headings)
    pagerefs = re.findall(r"PAGEREF (_Toc\d+) \\h", xml)
    anchors = re.findall(r'<w:hyperlink w:anchor="(_Toc\d+)"', xml)
    assert pagerefs == anchors
    assert len(pagerefs) >= len(headings)
    assert set(pagerefs) <= marks
    with zipfile.ZipFile(io.BytesIO(outputs["gap-report.docx"])) as package:
        styles_xml = package.read("word/styles.xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
    for style, level in (("ReportHeading1", 0), ("ReportHeading2", 1), ("ReportHeading3", 2)):
        block = styles_xml[styles_xml.index(f'w:styleId="{style}"') :]
        block = block[: block.index("</w:style>")]
        assert f'<w:outlineLvl w:val="{level}"/>' in block
    assert '<w:updateFields w:val="true"/>' in settings
    text = "\n".join(text_of(p) for p in body.iter(qn("w:p")))
    for scale in ("Compliant", "Largely compliant", "Partially compliant", "Non-compliant"):
        assert scale in text
    assert "not legal advice" in text
    assert "assessor's coding of each provision" in text
    assert text.count("(pinpoint not verified)") < len(assessment.criteria) * 2
    assert "Response of the State" in text
    assert "Timeline" in text
    last = list(body.iter(qn("w:p")))[-1]
    assert not text_of(last).strip(), "the document ends on the glossary table and a minimal paragraph"


def open_docx_bytes(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def test_verified_instrument_articles_are_not_flagged() -> None:
    """A pinpoint the registry records as checked is shown plainly, whatever the pack's own flag says.

    ICCPR art 17 is checked (and so marked in the pack). SC res 1624 para 1(a) is not (its paragraph
    number was not seen in a text): it is flagged, unless a registry lists it, which then overrides
    the pack's `verified: false`.
    """
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    from draftkit.reference import verified_pinpoints

    checked = verified_pinpoints()
    text = render_markdown(compose_report(ReportInputs(assessment, framework, verified_pinpoints=checked)))
    assert "ICCPR, art 17" in text
    assert "ICCPR, art 17 (pinpoint not verified)" not in text
    assert "SC res 1624 (2005), para 1(a) (pinpoint not verified)" in text
    overridden = {**checked, "unscr-1624": frozenset({"para 1(a)"})}
    text = render_markdown(compose_report(ReportInputs(assessment, framework, verified_pinpoints=overridden)))
    assert "SC res 1624 (2005), para 1(a)" in text
    assert "SC res 1624 (2005), para 1(a) (pinpoint not verified)" not in text


def _criterion(strength: Strength, outcome: Outcome, risk: bool = False) -> CriterionResult:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    base = assess(framework).criteria[0]
    return base.model_copy(update={"strength": strength, "outcome": outcome, "human_rights_risk": risk})


@pytest.mark.parametrize(
    ("strength", "outcome", "risk", "expected"),
    [
        (Strength.MANDATORY, Outcome.NOT_MET, False, Priority.IMMEDIATE),
        (Strength.OPTIONAL, Outcome.PARTLY_MET, True, Priority.IMMEDIATE),
        (Strength.MANDATORY, Outcome.PARTLY_MET, False, Priority.SHORT_TERM),
        (Strength.SHOULD_CONSIDER, Outcome.NOT_MET, False, Priority.SHORT_TERM),
        (Strength.SHOULD_CONSIDER, Outcome.PARTLY_MET, False, Priority.MEDIUM_TERM),
        (Strength.OPTIONAL, Outcome.NOT_MET, False, Priority.MEDIUM_TERM),
    ],
)
def test_priority_follows_strength_and_rights_risk(
    strength: Strength, outcome: Outcome, risk: bool, expected: str
) -> None:
    assert priority(_criterion(strength, outcome, risk)) == expected


def test_not_every_action_is_immediate(example: Any) -> None:
    _framework, _assessment, outputs = example
    text = outputs["report.md"].decode("utf-8")
    bands = {band: text.count(f"| {band} |") for band in ("Immediate", "Short term", "Medium term")}
    if sum(bands.values()) > 3:
        assert sum(1 for n in bands.values() if n) >= 2, bands


def test_responsible_authority_is_a_placeholder_unless_the_framework_names_one(example: Any) -> None:
    _, _, outputs = example
    assert "\\[to be designated by the State\\]" in outputs["report.md"].decode("utf-8")


def _walk(report: Report) -> Iterator[Run]:
    for block in report.blocks:
        if isinstance(block, Para):
            yield from block.runs
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    for para in cell:
                        yield from para.runs


def test_the_tree_holds_codes_and_user_text_only(example: Any) -> None:
    """Compose builds data: a run is a message code, or user text, never an English sentence made in code."""
    framework, assessment, _ = example
    report = compose_report(ReportInputs(assessment, framework, date=DATE))
    user = _user_texts(framework, assessment) | {c.id for c in assessment.criteria} | {""}
    shipped = data_texts()
    for run in _walk(report):
        if isinstance(run.text, Msg):
            continue
        if isinstance(run.text, Data):  # a text of the shipped data, translated by its context
            assert shipped.get(run.text.context) == " ".join(run.text.text.split()), run.text
            continue
        if isinstance(run.text, Localized):  # a name the framework gives, with its other languages
            assert run.text.text in user, run.text
            assert all(v in user for _, v in run.text.languages), run.text
            continue
        assert run.text.strip() in user or run.text.strip().isdigit() or run.text in {" "}, run.text
    assert all(isinstance(h.text, Msg | Data) or h.text in user for h in report.blocks if isinstance(h, Heading))


# ----------------------------------------------------------------------------- follow-up rounds


@pytest.fixture(scope=module_unless_mutation_stats)
def two_rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """XA in 2026, then a year later with its Counter-Terrorism (Online Harms) Bill enacted."""
    tmp = tmp_path_factory.mktemp("rounds")
    data = yaml.safe_load((EXAMPLES / "xa-common-law.yaml").read_text(encoding="utf-8"))
    data["as_of"] = "2027-10-01"
    for provision in data["provisions"]:
        if provision["status"] == "bill":
            provision["status"] = "in_force"
    later = tmp / "xa-2027.yaml"
    later.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    first, second = tmp / "2026", tmp / "2027"
    run = [sys.executable, "-m", "draftkit", "draft", "--date", "2026-11-30"]
    assert subprocess.run([*run, str(EXAMPLES / "xa-common-law.yaml"), "-o", str(first)], check=False).returncode == 0
    done = subprocess.run(
        [*run, str(later), "-o", str(second), "--previous", str(first / "assessment.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return first / "assessment.json", second / "assessment.json", second


def _diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftkit", "diff", *args], capture_output=True, text=True, check=False
    )


def test_diff_names_what_improved_and_the_provisions_that_did_it(two_rounds: tuple[Path, Path, Path]) -> None:
    old, new, _ = two_rounds
    result = _diff(str(old), str(new), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["before_as_of"] == "2026-10-01"
    assert data["after_as_of"] == "2027-10-01"
    improved = {c["criterion"]: c for c in data["criteria"] if c["change"] == "improved"}
    assert "crim.recruitment" in improved
    assert improved["crim.recruitment"]["provisions"] == ["xa.bill.c5"]  # the enacted bill's recruitment clause
    assert len(data["areas"]) == 8
    table = _diff(str(old), str(new))
    assert table.returncode == 0
    assert "Improved: not met \u2192 met" in table.stdout
    markdown = _diff(str(old), str(new), "--format", "markdown")
    assert markdown.stdout.startswith("# Progress since the last assessment: Republic of Aldermere")


def test_report_has_progress_since_the_last_assessment(two_rounds: tuple[Path, Path, Path]) -> None:
    _, _, second = two_rounds
    markdown = (second / "report.md").read_text(encoding="utf-8")
    assert "## 1.4 Progress since the last assessment" in markdown or "Progress since the last assessment" in markdown
    assert "Section 5 of the Counter-Terrorism (Online Harms) Bill 2026" in markdown


def test_mismatched_assessments_are_refused(two_rounds: tuple[Path, Path, Path], tmp_path: Path) -> None:
    old, new, _ = two_rounds
    other = json.loads(old.read_text(encoding="utf-8"))
    other["framework"]["country"] = "XB"
    other["packs"] = ["unodc-2012", "extra-pack"]
    moved = tmp_path / "other.json"
    moved.write_text(json.dumps(other), encoding="utf-8")
    result = _diff(str(moved), str(new))
    assert result.returncode == 2
    assert "only two assessments of the same State can be compared" in result.stderr
    assert "check both against the same rule packs" in result.stderr
    assert "Traceback" not in result.stderr
    backwards = _diff(str(new), str(old))
    assert backwards.returncode == 2
    assert "give the earlier assessment first" in backwards.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"draftkit_version": "0.1.0", "framework": {}}', encoding="utf-8")
    bad = _diff(str(broken), str(new))
    assert bad.returncode == 2
    assert re.search(r"broken\.json:\d+:\d+: ", bad.stderr), bad.stderr
    draft = subprocess.run(
        [
            sys.executable,
            "-m",
            "draftkit",
            "draft",
            str(EXAMPLES / "xb-civil-law.yaml"),
            "-o",
            str(tmp_path / "o"),
            "--previous",
            str(old),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert draft.returncode == 2
    assert "same State" in draft.stderr
    assert not (tmp_path / "o").exists(), "nothing half-written"


# ----------------------------------------------------------------------------- findings from shortfalls


def _shortfall(code: str, provision: str | None, element: str | None, found: Any, required: Any) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(code=code, provision=provision, element=element, found=found, required=required)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            _shortfall("value", "xa.tel.s58", "authorisation", "executive", {"in": ["judicial", "independent"]}),
            "Under section 58 of the Telecommunications Act 2009, the authority that authorises the measure is a "
            "minister or other member of the executive; ICCPR (art 17) requires a judge or an independent body.",
        ),
        (
            _shortfall("value", "xa.pc.s41", "risk_element", False, True),
            "Section 41 of the Penal Code 1962 does not provide for a real risk that a terrorist offence will be "
            "committed, which ICCPR (art 17) requires.",
        ),
        (
            _shortfall("not_stated", "xa.pc.s41", "penalty.max_years", None, {"at_most": 10}),
            "The framework does not record whether section 41 of the Penal Code 1962 provides for the maximum term "
            "of imprisonment (years); it is treated as unknown, not as absent, and should be confirmed.",
        ),
        (
            _shortfall("rights_risk", "xa.pc.s41", None, None, None),
            "Section 41 of the Penal Code 1962 restricts rights further than ICCPR (art 17) allows.",
        ),
        (  # "not a covert power, or notification": notification is required for the covert powers
            _shortfall(
                "needs_one_of",
                "xa.tel.s58",
                None,
                {"all_safeguards": ["legal_basis"], "power": "interception"},
                {
                    "any": [
                        {"power": {"not": {"in": ["interception", "covert_online"]}}},
                        {"all_safeguards": {"includes": "notification"}},
                    ]
                },
            ),
            "Section 58 of the Telecommunications Act 2009 provides for interception of communications but not for "
            "notification of the person concerned, which ICCPR (art 17) requires for interception of communications "
            "or covert online investigation.",
        ),
        (  # the first alternative names the element; one that does not is an exemption
            _shortfall(
                "needs_one_of",
                "xa.tel.s58",
                None,
                {"authorisation": "executive", "power": "interception"},
                {"any": [{"authorisation": {"in": ["judicial", "independent"]}}, {"power": "production_order"}]},
            ),
            "Under section 58 of the Telecommunications Act 2009, the authority that authorises the measure is a "
            "minister or other member of the executive; ICCPR (art 17) requires a judge or an independent body, "
            "except for production order.",
        ),
        (  # what a list must include, in the element's own words for what is required
            _shortfall("value", "xa.ext.s9", "dual_criminality", "strict", {"includes": "conduct_based"}),
            "Under section 9 of the Extradition Act 1975, the dual-criminality rule is the same offence in both "
            "States; ICCPR (art 17) requires that it be satisfied by the conduct, whatever the offence is called.",
        ),
        (  # what one provision has that it must not: said of that provision, whatever the value found
            _shortfall(
                "must_not_have",
                "xa.pc.s41",
                "mental_elements",
                ["none"],
                {"none": [{"mental_elements": {"includes": "none"}}]},
            ),
            "Section 41 of the Penal Code 1962 provides for the mental elements that suffice, which ICCPR (art 17) "
            "rules out.",
        ),
        (  # any provision of the kind would do: no dangling phrase
            _shortfall("no_provision", None, None, None, {"kind": "service_provider"}),
            "The law assessed has no duty of service providers.",
        ),
        (  # one authority only: not "the weakest, where there are several"
            _shortfall(
                "value", "xa.tel.s58", "weakest_authorisation", "executive", {"in": ["judicial", "independent"]}
            ),
            "Under section 58 of the Telecommunications Act 2009, the authority that authorises the measure is a "
            "minister or other member of the executive; ICCPR (art 17) requires a judge or an independent body.",
        ),
        (  # provisions found where none should be: each named, with a plural verb
            _shortfall("found", None, None, ["xa.pc.s41", "xa.tel.s58"], None),
            "Section 41 of the Penal Code 1962 and section 58 of the Telecommunications Act 2009 go further than "
            "ICCPR (art 17) allows.",
        ),
        (  # the instruments the State is not party to are named
            _shortfall("not_party", None, None, None, ["ets-185"]),
            "The State is not a party to ets-185.",
        ),
    ],
)
def test_a_shortfall_becomes_a_sentence_naming_the_law(item: Any, expected: str) -> None:
    from draftkit.compose.findings import provision_names, shortfall_message
    from draftkit.i18n import msg

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    names = provision_names(framework)
    authority = msg("authority.instrument_at", instrument="ICCPR", pinpoint="art 17")
    worded = shortfall_message(item, names, authority)
    assert worded is not None
    text = Messages().text(worded)
    assert text == expected
    assert not SNAKE.findall(text)
    assert not DOTTED.findall(text)


def test_responsible_authority_named_in_the_framework_is_shown(tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "xa-common-law.yaml").read_text(encoding="utf-8"))
    data["responsible_authorities"] = {"criminalization": "Ministry of Justice and Constitutional Affairs"}
    path = tmp_path / "xa.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    framework = load_framework(path)
    text = render_markdown(compose_report(ReportInputs(assess(framework), framework)))
    offences = text[text.index("## 4 Offences") : text.index("## 5 ")]
    assert "Ministry of Justice and Constitutional Affairs" in offences
    assert "to be designated" not in offences
    assert "to be designated" in text  # other areas still show the placeholder


@pytest.mark.slow
def test_libreoffice_lays_it_out_with_no_blank_last_page(tmp_path: Path) -> None:
    """Opened in a real client: the cover has no running head, the last page is the glossary, not blank."""
    import shutil

    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice and poppler are needed; `make system-deps` adds them")
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    (tmp_path / "report.docx").write_bytes(render_drafts(framework, assess(framework), date=DATE)["gap-report.docx"])
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "report.docx"),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pages = subprocess.run(
        [pdftotext, "-layout", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    if pages and pages[-1] == "":
        pages = pages[:-1]  # pdftotext ends the last page with a form feed too
    assert "DRAFT" not in pages[0]  # a clean cover
    assert "Legislative gap assessment" in pages[0]
    assert "Contents" in pages[1]
    # The contents show each heading's page, as LibreOffice laid it out (the page fields are computed).
    entries = re.findall(r"^\s*([0-9]+|[A-D])\s+(\S[^.\n]*?)\.{3,}\s*(\d+)\s*$", "\n".join(pages[1:4]), re.M)
    assert len(entries) >= 8, pages[1][:800]
    for number, title, page in entries:
        found = pages[int(page) - 1]
        assert re.search(rf"^\s*{re.escape(number)}\s+{re.escape(title.strip())}", found, re.M), (number, title, page)
    last = pages[-1]
    assert "Glossary" in last or "FATF" in last, last[:500]
    body = [line for line in last.splitlines() if line.strip() and "DRAFT" not in line and "page" not in line]
    assert len(body) > 3, "the last page carries text, not only the running heads"


def test_key_findings_are_statements_about_the_law_not_questions(example: Any) -> None:
    """Every key finding (summary and area boxes) states what the State's law does; questions head the factors."""
    framework, assessment, _outputs = example
    report = compose_report(ReportInputs(assessment, framework))
    words = Messages()
    questions = {" ".join(c.question.split()) for c in assessment.criteria}
    in_key_findings = False
    seen = 0
    for block in report.blocks:
        if isinstance(block, Heading):
            in_key_findings = words.text(block.text) == "Key findings"
            continue
        if not in_key_findings or not isinstance(block, Para | Items):
            continue
        for para in block.entries if isinstance(block, Items) else (block,):
            text = "".join(words.text(r.text) for r in para.runs)
            seen += 1
            assert not any(q in text for q in questions), text
            assert "?" not in text, text
    assert seen > 0


def test_a_missing_refusal_ground_is_not_worded_as_going_too_far() -> None:
    """Legal regression (XA, coop.human_rights_refusal): section 9 of the Extradition Act 1975 provides for
    extradition without a human-rights refusal ground. The rule's ``none: [extradition]`` branch fails because
    the State extradites, which only makes the refusal ground necessary; it is not a restriction that goes too
    far. The finding must say what section 9 lacks, naming it, and not that it "goes further than" ICCPR allows."""
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    words = Messages()
    names = provision_names(framework)
    criterion = next(c for c in assessment.criteria if c.id == "coop.human_rights_refusal")
    assert any(str(s.code) == "found" or getattr(s.code, "value", "") == "found" for s in criterion.shortfalls)
    texts = [words.text(m) for m in finding_messages(criterion, names)]
    assert not any("goes further" in t or "further than" in t for t in texts), texts
    assert texts[0].startswith("Section 9 of the Extradition Act 1975 does not provide for refusal"), texts
    # The encouragement offence that lacks intent and risk does go further than ICCPR art 19(3) allows: said once.
    encouragement = next(c for c in assessment.criteria if c.id == "crim.encouragement")
    said = [words.text(m) for m in finding_messages(encouragement, names)]
    assert len(said) == 1, said
    assert said[0].startswith("Section 41 of the Penal Code 1962"), said


def test_diff_with_the_framework_names_the_provisions_that_made_the_difference(
    two_rounds: tuple[Path, Path, Path],
) -> None:
    old, new, second = two_rounds
    later = second.parent / "xa-2027.yaml"
    plain = _diff(str(old), str(new), "--format", "markdown")
    named = _diff(str(old), str(new), "--format", "markdown", "--framework", str(later))
    assert named.returncode == 0, named.stderr
    row = next(line for line in named.stdout.splitlines() if "recruitment for terrorism" in line)
    assert "Section 5 of the Counter-Terrorism (Online Harms) Bill 2026" in row
    assert "Section 5 of the" not in plain.stdout  # without the framework, only the reference is given
    other = _diff(str(old), str(new), "--framework", str(EXAMPLES / "xb-civil-law.yaml"))
    assert other.returncode == 2
    assert "xb-civil-law.yaml:1:1: country:" in other.stderr
    assert "Traceback" not in other.stderr


def test_an_offence_that_goes_too_far_says_how() -> None:
    """Legal regression (XA, crim.encouragement): section 41 of the Penal Code 1962 penalises statements
    that praise or support terrorism with no fault stated (``mental_elements: [none]``) and no risk element.
    ICCPR art 19(3) allows such an offence only with intent and a real risk that an offence will be committed,
    so the offence goes too far, and the finding must say how: it penalises encouragement or glorification
    without requiring intent and without requiring a real risk. The engine records, as data, the pattern the
    offence matched (only the alternatives it meets); the rating does not depend on it."""
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    criterion = next(c for c in assessment.criteria if c.id == "crim.encouragement")
    found = next(s for s in criterion.shortfalls if str(getattr(s.code, "value", s.code)) == "found")
    assert found.found == ["xa.pc.s41"]
    required: Any = found.required
    assert required["kind"] == "offence"
    alternatives = required["elements"]["any"]
    assert {"risk_element": False} in alternatives  # s41 has no risk element: recorded as how it matched
    said = [Messages().text(m) for m in finding_messages(criterion, provision_names(framework))]
    assert said == [
        "Section 41 of the Penal Code 1962 goes further than ICCPR (art 19(3)) allows: it is an offence covering "
        "encouragement or glorification, without requiring intent and without requiring a real risk that a "
        "terrorist offence will be committed."
    ], said
    assert criterion.outcome is Outcome.NOT_MET
    assert criterion.human_rights_risk


def test_generated_phrases_do_not_repeat_or_read_as_states() -> None:
    """XA: the dual-criminality finding names what is required in words that read as a requirement, and the
    data-destruction finding names section 58's gap once (not again as "no safeguard providing for ...")."""
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    names = provision_names(framework)
    words = Messages()

    def said(criterion_id: str) -> list[str]:
        criterion = next(c for c in assessment.criteria if c.id == criterion_id)
        return [words.text(m) for m in finding_messages(criterion, names)]

    dual = " ".join(said("coop.dual_criminality"))
    assert "requires not required" not in dual
    assert "that dual criminality not be required at all or that it be satisfied by the conduct" in dual
    destruction = said("safeguards.data_destruction")
    assert len(destruction) == 1
    assert destruction[0].startswith("Section 58 of the Telecommunications Act 2009")


def test_a_missing_provision_that_asks_more_than_another_missing_one_is_not_said() -> None:
    """XC has no duty of service providers at all: "no duty to cooperate on authorised orders" makes "no duty
    to cooperate on authorised orders and keep them confidential" say nothing more."""
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    assessment = assess(framework)
    criterion = next(c for c in assessment.criteria if c.id == "providers.cooperation")
    said = " ".join(Messages().text(m) for m in finding_messages(criterion, provision_names(framework)))
    assert said.count("cooperation with the authorities") == 1, said
    assert "(the weakest, where there are several)" not in said, said


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Republic of Aldermere", "en", "of the Republic of Aldermere"),
        ("Aldermere", "en", "of Aldermere"),
        ("United Kingdom", "en", "of the United Kingdom"),
        ("République de Belvoria", "fr", "de la République de Belvoria"),
        ("Royaume de Belvoria", "fr", "du Royaume de Belvoria"),
        ("France", "fr", "de France"),
        ("República de Montebravo", "es", "de la República de Montebravo"),
        ("Reino de Montebravo", "es", "del Reino de Montebravo"),
    ],
)
def test_the_state_takes_its_article_in_a_sentence(name: str, language: str, expected: str) -> None:
    from draftkit.compose.names import StateOf

    assert StateOf(name).in_language(language) == expected
    assert StateOf(name, (), ((language, "of the Gambia"),)).in_language(language) == "of the Gambia"


def test_the_summary_names_the_state_with_its_article(example: Any) -> None:
    framework, _assessment, outputs = example
    text = outputs["report.md"].decode()
    assert f"{framework.name}'s law" not in text
    if framework.name.startswith("Republic"):
        assert f"The law of the {framework.name} as it stood on" in text


def test_the_summary_counts_the_law_in_force_and_how_many_outcomes_the_states_drafts_change() -> None:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    report = compose_report(ReportInputs(assessment, framework))
    said = [r.text for b in report.blocks if isinstance(b, Para) for r in b.runs if isinstance(r.text, Msg)]
    scope = next(m for m in said if m.code == "summary.scope")
    applicable = [c for c in assessment.criteria if {c.outcome, c.in_force.outcome} != {Outcome.NOT_APPLICABLE}]
    in_force = sum(c.in_force.outcome is Outcome.NOT_MET for c in applicable)
    assert in_force != sum(c.outcome is Outcome.NOT_MET for c in applicable)  # XA's bill changes the count
    assert scope.get("not_met") == in_force
    changes = next(m for m in said if m.code == "summary.draft_changes")
    assert changes.get("count") == sum(c.outcome is not c.in_force.outcome for c in applicable)


def test_an_area_chapter_lists_its_actions_with_their_references_as_identifiers() -> None:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    report = compose_report(ReportInputs(assess(framework), framework))
    actions = [b for b in report.blocks if isinstance(b, Table) and b.columns[0].header == Msg("column.action")]
    assert actions
    for table in actions:
        assert [c.reference for c in table.columns] == [False, False, False, False, True]
        assert all(row[-1] and all(r.reference for p in row[-1] for r in p.runs) for row in table.rows)


def test_an_area_with_no_gaps_needs_no_technical_assistance() -> None:
    from tests.test_model_state import model_state

    framework = model_state()
    report = compose_report(ReportInputs(assess(framework), framework))
    said = Messages().text(Msg("assistance.none"))
    paragraphs = [b for b in report.blocks if isinstance(b, Para)]
    assert sum([Messages().text(r.text) for r in b.runs] == [said] for b in paragraphs) == 8  # every area


def test_a_framework_without_bills_has_no_draft_column_or_rows() -> None:
    """XC has no bills or proposals: the ratings table, the area chapters and the annex show the law in force
    (and the proposed bill), never a "with the State's draft" view that would repeat it."""
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    assessment = assess(framework)
    text = render_markdown(compose_report(ReportInputs(assessment, framework)))
    assert "With the State's draft" not in text
    assert "in the law in force." in text  # the rating line of an area chapter
    check = render_markdown(check_tree(assessment, framework))
    assert "with the draft" not in check
    # and XA, with its bill, has the view
    xa = load_framework(EXAMPLES / "xa-common-law.yaml")
    assert "With the State's draft" in render_markdown(compose_report(ReportInputs(assess(xa), xa)))


def test_packs_that_did_not_yet_bind_are_not_listed_as_applying() -> None:
    """France as of 30 June 2019: Regulation (EU) 2021/784 applies from 7 June 2022, so it is not among the
    standards that apply; it is said apart, as not yet binding on that date."""
    framework = load_framework(ROOT / "tests" / "fixtures" / "real" / "fr-2019.yaml")
    assessment = assess(framework)
    first = render_markdown(check_tree(assessment, framework)).split("\n\n")[1]
    applying, _, rest = first.partition("apply.")
    assert "2021/784" not in applying, first
    assert "2021/784" in rest, first
    assert "did not yet bind the State on 30 June 2019" in rest, first
    later = rest.split("did not yet bind")[0]
    assert "UNODC" not in later, first  # only the pack that did not yet bind is named there
    assert "2462" not in later, first


def test_the_rating_rule_is_introduced_by_its_label_in_check() -> None:
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    text = render_markdown(check_tree(assess(framework), framework))
    label = Messages().text(Msg("method.rating_rule"))
    assert label
    assert f"{label} Each applicable requirement weighs" in text


def test_each_requirement_of_an_area_chapter_opens_with_its_question_in_bold() -> None:
    from draftkit.assess import Outcome as O

    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    assessment = assess(framework)
    report = compose_report(ReportInputs(assessment, framework))
    texts = Messages()
    questions = {c.question for c in assessment.criteria if c.outcome is not O.NOT_APPLICABLE}
    opening = [
        b.runs[0]
        for b in report.blocks
        if isinstance(b, Para) and b.runs and isinstance(b.runs[0], Run) and texts.text(b.runs[0].text) in questions
    ]
    assert len(opening) >= len(questions) // 2
    assert all(run.bold for run in opening)


def test_an_area_with_nothing_to_do_says_so() -> None:
    from tests.test_model_state import model_state

    framework = model_state()
    report = compose_report(ReportInputs(assess(framework), framework))
    said = Messages().text(Msg("area.no_actions"))
    paragraphs = [b for b in report.blocks if isinstance(b, Para)]
    none_to_do = [b for b in paragraphs if [Messages().text(r.text) for r in b.runs if isinstance(r, Run)] == [said]]
    assert len(none_to_do) == 8  # every area of the model State: nothing to do


def test_provisions_of_one_act_are_named_together_and_labels_are_not_numbers() -> None:
    from draftkit.compose.findings import finding_messages, provision_names
    from draftkit.compose.report import _sections

    framework = load_framework(EXAMPLES / "xb-civil-law.yaml")
    assessment = assess(framework)
    criterion = next(c for c in assessment.criteria if c.id == "safeguards.every_power")
    said = [Messages().text(m) for m in finding_messages(criterion, provision_names(framework))]
    # in the order of the code, not of the evidence
    assert said[0].startswith("Articles 57-1, 60-1, 60-1(2), 60-2, 706-95 and 706-95(3) of the Code of Criminal"), said
    cell = Messages("en").text(_sections(["11", "Disposición final tercera"])[0].runs[0].text)
    assert cell == "sections 11 and disposición final tercera"


def test_provisions_of_one_section_are_named_once_with_a_singular_verb() -> None:
    """Kenya records four definitions of section 2 of the Computer Misuse and Cybercrimes Act 2018 as four
    provisions: the finding names section 2 once, with a singular verb ("Sections 2, 2, 2 and 2 ... go part of the
    way" before), and an action lists each section once."""
    from draftkit.compose.findings import finding_messages, grouped, name_of, provision_names

    framework = load_framework(ROOT / "tests" / "fixtures" / "real" / "ke-2021.yaml")
    names = provision_names(framework)
    criterion = next(c for c in assess(framework).criteria if c.id == "def.computer_terms")
    assert len(criterion.in_force.evidence) > 1
    said = [Messages().text(m) for m in finding_messages(criterion, names, in_force=True)]
    assert said[0] == "Section 2 of the Computer Misuse and Cybercrimes Act 2018 goes part of the way.", said
    ids = [p.id for p in framework.provisions if p.source.section in ("51", "52")]
    assert len(ids) > 2  # two provisions of section 51
    listed = [Messages().text(m) for m in grouped([name_of(names, p) for p in ids])]
    assert listed == ["sections 51 and 52 of the Computer Misuse and Cybercrimes Act 2018"], listed


def test_a_requirement_that_does_not_apply_says_why() -> None:
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    option = next(c for c in assessment.criteria if c.id == "powers.decryption")
    said = [Messages().text(m) for m in finding_messages(option, provision_names(framework))]
    assert said == [
        "The requirement does not apply to the State: it concerns an option the State has not taken, which is "
        "never a gap."
    ]


def test_a_requirement_that_does_not_apply_in_the_law_in_force_says_why_of_that_view() -> None:
    from draftkit.assess.result import NotApplicableReason
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    option = next(c for c in assess(framework).criteria if c.id == "powers.decryption")
    in_force = option.in_force.model_copy(update={"not_applicable_reason": NotApplicableReason.CONDITION})
    changed = option.model_copy(update={"in_force": in_force})
    said = [Messages().text(m) for m in finding_messages(changed, provision_names(framework), in_force=True)]
    assert said == [Messages().text(Msg("finding.not_applicable.condition"))]
    assert said != [Messages().text(m) for m in finding_messages(changed, provision_names(framework))]


def test_provisions_found_where_none_should_be_are_not_listed_when_each_has_its_own_finding() -> None:
    """XA's section 9 provides for extradition without a refusal ground: that finding says it all, whether or
    not the engine recorded how the provision matched (the general "found" shortfall adds nothing)."""
    from draftkit.compose.findings import finding_messages, provision_names

    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    criterion = next(c for c in assess(framework).criteria if c.id == "coop.human_rights_refusal")
    found = next(s for s in criterion.shortfalls if str(getattr(s.code, "value", s.code)) == "found")
    plain_found = found.model_copy(update={"required": {"kind": "cooperation"}})  # no pattern: "found many"
    shortfalls = [plain_found if s is found else s for s in criterion.shortfalls]
    changed = criterion.model_copy(update={"shortfalls": shortfalls})
    said = [Messages().text(m) for m in finding_messages(changed, provision_names(framework))]
    assert len(said) == 1, said
    assert said[0].startswith("Section 9 of the Extradition Act 1975 does not provide for refusal"), said


# ----------------------------------------------------------------------------- follow-up rounds, in process
# The command-line tests above run ``draft --previous`` and ``diff`` in a process of their own; these pin the
# comparison (``compare``) and the progress section built from it directly.


@functools.cache
def _in_process_rounds() -> tuple[NationalFramework, Assessment, NationalFramework, Assessment]:
    """XA in 2026, then in 2027 with its Counter-Terrorism (Online Harms) Bill enacted."""
    before = load_framework(EXAMPLES / "xa-common-law.yaml")
    enacted = [
        p.model_copy(update={"status": ProvisionStatus.IN_FORCE}) if p.status is ProvisionStatus.BILL else p
        for p in before.provisions
    ]
    after = before.model_copy(update={"as_of": before.as_of.replace(year=before.as_of.year + 1), "provisions": enacted})
    return before, assess(before), after, assess(after)


def test_enacting_the_bill_improves_criteria_and_names_the_sections_that_did_it() -> None:
    before, old, after, new = _in_process_rounds()
    diff = compare(old, new)
    assert diff.country == "XA"
    assert diff.before_as_of == str(before.as_of)
    assert diff.after_as_of == str(after.as_of)
    assert diff.improved
    bill = {p.id for p in before.provisions if p.status is ProvisionStatus.BILL}
    for change in diff.improved:
        assert change.direction == "improved"
        assert change.provisions, change
        assert set(change.provisions) & bill, change  # an enacted section made the difference
        assert change.after is not change.before
    # A section of the bill uses a term no provision defines: def.terms_defined worsens, and the provision that
    # no longer counts as evidence is named.
    assert [c.criterion for c in diff.worsened] == ["def.terms_defined"]
    assert diff.worsened[0].provisions == ("xa.pc.s3",)
    unchanged = {c.criterion for c in diff.unchanged}
    assert unchanged.isdisjoint(c.criterion for c in diff.improved)
    assert len(diff.criteria) == len(new.criteria)
    for area in diff.areas:
        ranks = {Rating.NC: 0, Rating.PC: 1, Rating.LC: 2, Rating.C: 3}
        if area.before in ranks and area.after in ranks:
            expected = (
                "unchanged"
                if area.before is area.after
                else "improved"
                if ranks[area.after] > ranks[area.before]
                else "worsened"
            )
            assert area.direction == expected, area
    assert any(a.direction == "improved" for a in diff.areas)


def test_the_same_round_twice_changes_nothing() -> None:
    _, old, _, _ = _in_process_rounds()
    diff = compare(old, old)
    assert not diff.improved
    assert not diff.worsened
    assert not diff.changed
    assert len(diff.unchanged) == len(old.criteria)
    assert all(c.provisions == () for c in diff.unchanged)
    assert all(a.direction == "unchanged" for a in diff.areas)


def test_going_back_names_the_provisions_lost() -> None:
    _, old, _, new = _in_process_rounds()
    diff = compare(new.model_copy(update={"framework": old.framework}), old)  # the bill repealed again
    assert diff.worsened
    for change in diff.worsened:
        assert change.direction == "worsened"
        assert change.provisions


def test_rounds_that_cannot_be_compared_are_refused_with_every_reason() -> None:
    _, old, _, new = _in_process_rounds()
    earlier = new.framework.as_of.replace(year=new.framework.as_of.year - 2)
    other = new.model_copy(
        update={
            "framework": new.framework.model_copy(update={"country": "XB", "as_of": earlier}),
            "packs": ["unodc-2012"],
        }
    )
    with pytest.raises(InputError) as caught:
        compare(new, other, ("old.json", "new.json"))
    problems = caught.value.problems
    assert [p.path for p in problems] == [("framework", "country"), ("packs",), ("framework", "as_of")]
    assert all(p.file == "new.json" for p in problems)
    assert "only two assessments of the same State can be compared" in problems[0].message
    assert "old.json" in problems[1].message
    assert "give the earlier assessment first" in problems[2].message
    with pytest.raises(InputError):
        compare(new, old)  # the later one given first


def test_the_report_of_the_second_round_has_a_progress_section() -> None:
    _, old, after, new = _in_process_rounds()
    text = render_markdown(compose_report(ReportInputs(new, after, previous=old)))
    assert "Progress since the last assessment" in text
    words = Messages()
    diff = compare(old, new)
    section = text.split("Progress since the last assessment", 1)[1]
    assert f"improved for {len(diff.improved)} of the requirements, worsened for {len(diff.worsened)}" in section
    names = provision_names(after)
    for change in diff.improved:
        for provision in change.provisions:
            assert words.text(names[provision].start) in section
    assert "Progress since" not in render_markdown(compose_report(ReportInputs(new, after)))


def test_the_diff_command_tree_is_the_progress_section_alone() -> None:
    _, old, after, new = _in_process_rounds()
    text = render_markdown(progress_tree(old, new, after))
    assert text.startswith("# Progress since the last assessment: Republic of Aldermere\n")
    assert "## " not in text  # no section heading: the title says it
    improved = compare(old, new).improved
    assert improved
    assert all(c.after in (Outcome.MET, Outcome.PARTLY_MET) for c in improved)
    assert "Section" in text
    bare = render_markdown(progress_tree(old, new))  # without the framework: references only
    assert "`xa." in bare


def test_the_report_ends_with_its_four_annexes_each_on_a_new_page() -> None:
    _, _, after, new = _in_process_rounds()
    report = compose_report(ReportInputs(new, after))
    annexes = [b for b in report.blocks if isinstance(b, Heading) and b.level == 1 and b.number.isalpha()]
    assert [(h.number, h.text) for h in annexes] == [
        ("A", Msg("heading.annex_criteria")),
        ("B", Msg("heading.annex_concordance")),
        ("C", Msg("heading.annex_observations")),
        ("D", Msg("heading.glossary")),
    ]
    assert all(h.new_page for h in annexes)
    chapters = [b for b in report.blocks if isinstance(b, Heading) and b.level == 1 and b.number.isdigit()]
    assert [h.number for h in chapters] == [str(n) for n in range(1, len(chapters) + 1)]


@functools.cache
def _xa_report() -> str:
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    return render_markdown(compose_report(ReportInputs(assess(framework), framework)))


@functools.cache
def _xc() -> tuple[NationalFramework, Assessment]:
    framework = load_framework(EXAMPLES / "xc-penal-code-only.yaml")
    return framework, assess(framework)


def test_the_observations_annex_numbers_its_rows_from_one() -> None:
    """Annex C, for the State to answer, numbers its findings 1, 2, 3 ...: a State that answers "finding 1"
    means the first row, not the second."""
    text = _xa_report()
    annex = text.split("## C Observations of the State", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in annex.splitlines() if line.startswith("| ") and not line.startswith("| No.")]
    numbers = [row.split("|")[1].strip() for row in rows]
    assert numbers[:3] == ["1", "2", "3"], numbers


def test_the_glossary_sets_each_term_in_bold() -> None:
    """The glossary's terms stand out from their meanings: "**Requirement** | A question the law must ...\""""
    text = _xa_report()
    glossary = text.split("## D Glossary", 1)[1]
    rows = [line for line in glossary.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows
    assert all(row.split("|")[1].strip().startswith("**") for row in rows), rows


def test_the_laws_assessed_are_listed_with_their_status() -> None:
    """The methodology's table of laws says of each Act whether it is in force or in a bill, not that its
    provisions are unknown to the framework."""
    text = _xa_report()
    assert "| Penal Code 1962 | 4 provisions | in force |" in text
    assert "| Counter-Terrorism (Online Harms) Bill 2026 | 3 provisions | in the bill before Parliament |" in text


def test_a_report_without_its_framework_counts_the_provisions_in_force_from_the_assessment() -> None:
    """A report composed from a saved assessment alone (no framework file) still says how many of the
    provisions assessed are in force: seven of XA's ten, not none."""
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    text = render_markdown(compose_report(ReportInputs(assessment, None)))
    in_force = assessment.framework.provisions_in_force
    assert in_force
    assert f"covers {assessment.framework.provisions} provisions" in text
    assert f"({in_force} in force," in text


def test_the_annex_labels_each_view_of_the_law() -> None:
    """Annex A says which view of the law a row describes: XA, with a bill, has rows for the law in force and,
    where the bill changes it, for the law with the State's draft; XC, with no bill, has only rows for the law
    in force, none claiming to describe a draft it does not have."""
    xa = _xa_report()
    assert "- **With the State's draft** " in xa
    assert "- **Law in force** " in xa
    framework, assessment = _xc()
    xc = render_markdown(compose_report(ReportInputs(assessment, framework)))
    assert "- **Law in force** " in xc
    assert "- **Law in force, and with the State's draft** " not in xc


def test_check_without_a_draft_heads_its_last_column_requirements_met() -> None:
    """``draftkit check`` on XC (no bill) counts the requirements met in the law in force, and its column
    says so: not "Requirements met (with the State's draft)"."""
    framework, assessment = _xc()
    check = render_markdown(check_tree(assessment, framework))
    assert "| Area | Law in force | Requirements met |" in check


def test_check_notes_an_overridden_rating_with_its_reason() -> None:
    """An assessor's override of an area's rating is noted in ``draftkit check``, with the reason given."""
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    assessment = assess(framework)
    areas = list(assessment.areas)
    areas[0] = areas[0].model_copy(update={"override_reason": "The assessor saw the regulations in force."})
    overridden = assessment.model_copy(update={"areas": areas})
    check = render_markdown(check_tree(overridden, framework))
    assert "The assessor saw the regulations in force." in check


def test_check_of_a_state_with_no_gaps_says_every_requirement_is_met() -> None:
    """The model State meets every applicable requirement: ``draftkit check`` says so under its gaps heading."""
    from tests.test_model_state import model_state

    framework = model_state()
    check = render_markdown(check_tree(assess(framework), framework))
    assert Messages().text(Msg("summary.no_gaps")) in check


def test_an_offence_found_where_none_should_be_records_what_it_lacks_apart() -> None:
    """A requirement that there be no offence of encouragement without a real-risk element finds section 41
    of XA's Penal Code. The engine records how it matched, the part "without a real risk" as ``none``; the
    finding says what the offence is ("an offence covering encouragement"), and does not turn the absent
    element into a second, garbled requirement."""
    from draftkit.assess import parse_pack
    from draftkit.compose.findings import finding_messages

    pack = parse_pack(
        """
draftkit: 1
id: speech
title: Speech
criteria:
  - id: x.speech_without_risk
    area: criminalization
    question: Is there no offence of encouragement that does without a real risk?
    strength: should_consider
    strength_source: {kind: publication, source: HR-INTRUSIVE-POWERS-SAFEGUARDS, pinpoint: Chapter IV, verified: false}
    guidance: [HR-INTRUSIVE-POWERS-SAFEGUARDS]
    met:
      none:
        - provision:
            kind: offence
            elements:
              conduct: {includes: encouragement}
              none: [{risk_element: true}]
    remedies: [offence.encouragement]
    explanation:
      met: No such offence.
      not_met: There is such an offence.
""",
        "speech.yaml",
    )
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    criterion = assess(framework, [pack]).criterion("x.speech_without_risk")
    found = next(s for s in criterion.shortfalls if str(getattr(s.code, "value", s.code)) == "found")
    required: Any = found.required
    assert required["elements"]["none"] == [{"risk_element": True}]
    said = [Messages().text(m) for m in finding_messages(criterion, provision_names(framework))]
    assert said == [
        "Section 41 of the Penal Code 1962 goes further than the international standard allows: it is an offence "
        "covering encouragement."
    ]


def test_a_judgment_cited_at_a_paragraph_is_cited_with_it() -> None:
    """A requirement resting on a judgment at a given paragraph lists, among its sources in annex A, the
    judgment and the paragraph ("Roman Zakharov v. Russia [GC] (ECtHR, 2015), para 233")."""
    from draftkit.assess import parse_pack

    pack = parse_pack(
        """
draftkit: 1
id: judgment
title: Judgment
criteria:
  - id: x.persons_covered
    area: investigative_powers
    question: Does every interception power say whom it may reach?
    strength: should_consider
    strength_source: {kind: publication, source: HR-INTRUSIVE-POWERS-SAFEGUARDS, pinpoint: Chapter IV, verified: false}
    guidance: [HR-INTRUSIVE-POWERS-SAFEGUARDS]
    citations:
      - {kind: case, source: "Roman Zakharov v. Russia [GC] (ECtHR, 2015)", pinpoint: "para 233", verified: true}
    met:
      every_provision:
        where: {kind: investigative_power, elements: {power: interception}}
        then: {elements: {persons_covered: {present: true}}}
    remedies: [safeguard.authorisation]
    explanation:
      met: Every interception power says whom it may reach.
      partly_met: Some do.
      not_met: No interception power says whom it may reach.
""",
        "judgment.yaml",
    )
    framework = load_framework(EXAMPLES / "xa-common-law.yaml")
    text = render_markdown(compose_report(ReportInputs(assess(framework, [pack]), framework)))
    assert r"Roman Zakharov v. Russia \[GC\] (ECtHR, 2015), para 233" in text  # brackets escaped in Markdown
