"""Acts read from Akoma Ntoso -> a framework skeleton (YAML) for an assessor to complete.

**The placeholder strategy: every imported provision is written commented out.** A provision's
``kind`` and ``elements`` say what the law *does* (which conduct an offence reaches, who
authorises a power, which safeguards apply); reading that from the words is the assessor's
judgement, and any value draftkit guessed would be read by the rules engine as fact. So each
section is written as a complete YAML block (id, title, source, status, text) with
``kind: TO-FILL`` and ``elements: {}``, every line commented out, under ``provisions: []``.
The file loads and validates as it is (a framework with no provisions yet), nothing in it can
be mistaken for an assessment, and bringing a section in is mechanical: uncomment its block,
set ``kind``, fill ``elements``. A block uncommented but not filled in fails validation with a
located message (``kind: TO-FILL`` is not a kind), never silently.

For English texts a *suggested* kind is given in a comment when the wording makes it plain
("commits an offence", "means", "warrant"...): a hint to confirm, never a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from draftkit.akn.reader import ImportedAct, ImportedSection
from draftkit.diagnostics import COMMAND_LINE, InputError, Problem
from draftkit.i18n import Msg, msg
from draftkit.i18n.catalog import AnyOf
from draftkit.models import LegalTradition
from draftkit.models.framework import FORMAT_VERSION
from draftkit.models.text import Subsection

__all__ = ["KIND_TO_FILL", "Skeleton", "build_skeleton", "language_code", "provision_id", "section_number"]

KIND_TO_FILL = "TO-FILL"

_LANGUAGES = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "por": "pt",
    "ara": "ar",
    "rus": "ru",
    "zho": "zh",
    "chi": "zh",
    "fin": "fi",
    "swe": "sv",
    "deu": "de",
    "ger": "de",
    "ita": "it",
    "nld": "nl",
    "dut": "nl",
    "swa": "sw",
    "afr": "af",
    "zul": "zu",
    "xho": "xh",
}

_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("definition", re.compile(r"[\"“][^\"”]{1,80}[\"”] (means|includes|has the meaning)\b", re.I)),
    ("offence", re.compile(r"commits an offence|is guilty of an offence|liable,? (up)?on conviction", re.I)),
    (
        "investigative_power",
        re.compile(r"\bwarrant\b|\bintercept|production order|preservation order|search and seiz", re.I),
    ),
    ("service_provider", re.compile(r"service provider", re.I)),
    ("cooperation", re.compile(r"mutual (legal )?assistance|\bextradit", re.I)),
    ("jurisdiction", re.compile(r"\bjurisdiction\b|committed outside", re.I)),
    ("evidence", re.compile(r"\badmissib", re.I)),
    ("safeguard", re.compile(r"\boversight\b|judicial review|\bcompensation\b", re.I)),
)


def language_code(akn_language: str) -> str:
    """``eng`` -> ``en``; codes without a two-letter equivalent in the table stay as they are."""
    code = akn_language.strip().lower()
    return _LANGUAGES.get(code, code if re.fullmatch(r"[a-z]{2,3}", code) else "en")


def section_number(section: ImportedSection) -> str:
    """``12A.`` -> ``12A``; ``4 a §`` -> ``4 a``; ``Article 5`` -> ``5``; no number: the eId."""
    num = section.num or ""
    num = re.sub(r"^(section|sec\.|s\.|article|art\.|§)\s*", "", num.strip(), flags=re.I)
    num = re.sub(r"\s*(§|\.)$", "", num).strip()
    return num or section.eid


def provision_id(act: ImportedAct, section: ImportedSection) -> str:
    """``fi.2026.2.sec_1``: country, year, number, eId; lower case, safe characters only."""
    pieces = [act.country.lower(), act.year or "", act.number or "", section.eid]
    cleaned = [re.sub(r"[^a-z0-9_-]+", "-", p.lower()).strip("-_") for p in pieces]
    return ".".join(p for p in cleaned if p)[:120]


def act_words(act: ImportedAct) -> str:
    """``Cybercrimes Act 2020 (No. 19 of 2020)``: the title, with number and year when not already in it."""
    title = act.title
    if act.number and act.year and act.number not in title:
        return f"{title} (No. {act.number} of {act.year})"
    if act.year and act.year not in title:
        return f"{title} {act.year}"
    return title


def suggest_kind(act: ImportedAct, section: ImportedSection) -> tuple[str, str] | None:
    """A kind the wording points to, and the words that point to it; English texts only."""
    if not act.language.lower().startswith("en"):
        return None
    text = " ".join(piece for unit in section.text for piece in unit.strings())
    for kind, pattern in _HINTS:
        found = pattern.search(text)
        if found:
            return kind, found.group(0)
    return None


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _text_data(text: Sequence[Subsection]) -> list[dict[str, Any]]:
    return [unit.model_dump(mode="python", exclude_defaults=True) for unit in text]


@dataclass(frozen=True)
class Skeleton:
    yaml: str
    to_fill: list[Msg]
    """What the assessor must fill, as messages the command's output words in its language."""
    provision_ids: list[str]
    suggestions: list[tuple[str, str, str]]
    """(provision id, suggested kind, the words that suggest it)."""
    left_out: list[Msg]
    """What was not imported, file by file (messages)."""


def _comment(text: str) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in text.splitlines())


def build_skeleton(
    acts: Sequence[ImportedAct],
    *,
    name: str | None = None,
    tradition: LegalTradition | None = None,
    as_of: dt.date | None = None,
) -> Skeleton:
    """The framework skeleton for ``acts`` (one country); ``InputError`` if they disagree."""
    first = acts[0]
    problems = [
        Problem(
            act.file,
            1,
            1,
            (),
            f"is an act of {act.country}, but {first.file} is of {first.country}; "
            "import the acts of one State into one framework",
        )
        for act in acts[1:]
        if act.country != first.country
    ]
    if problems:
        raise InputError(problems)
    dates = [d for act in acts for d in (act.expression_date, act.date) if d is not None]
    as_of_given = as_of is not None
    if as_of is None:
        if not dates:
            raise InputError.single(
                COMMAND_LINE, "no imported act carries a date; give the framework's date with --as-of"
            )
        as_of = max(dates)
    ids: dict[str, str] = {}
    id_problems: list[Problem] = []
    for act in acts:
        for section in act.sections:
            pid = provision_id(act, section)
            if pid in ids:
                id_problems.append(
                    Problem(act.file, section.line, 1, (), f"would be provision '{pid}' like a section of {ids[pid]}")
                )
            ids[pid] = act.file
    if id_problems:
        raise InputError(id_problems)

    shown_name = name or first.country_shown or first.country
    header: dict[str, Any] = {
        "draftkit": FORMAT_VERSION,
        "country": first.country,
        "name": shown_name,
        "legal_tradition": (tradition or LegalTradition.OTHER).value,
        "language": language_code(first.language),
        "as_of": as_of,
    }
    to_fill: list[Msg] = []
    lines: list[str] = []
    sources = "\n".join(
        f" * {act.file}: {act_words(act)}, {act.doc_type}, {len(act.sections)} section(s), language {act.language}"
        + (f", version of {act.expression_date.isoformat()}" if act.expression_date else "")
        for act in acts
    )
    lines.append(
        _comment(
            "Framework skeleton written by `draftkit import-akn` from Akoma Ntoso:\n"
            f"{sources}\n"
            "\n"
            "Every imported section is below, COMMENTED OUT: it says what the law reads, not yet what it\n"
            "does. For each section you need: uncomment its block (remove the leading '# '), set `kind`,\n"
            "fill `elements` (the fields of each kind: `draftkit schema framework`), then change `provisions: []` to\n"
            "`provisions:`. Delete the blocks you do not need. Lines marked TO CONFIRM need a look too.\n"
            "Why commented out: a kind or an element guessed from the words would be read by the rules\n"
            "engine as fact; a commented block is inert, so this file loads and validates as it is."
        )
    )
    for key, value in header.items():
        dumped = _dump({key: value}).rstrip("\n")
        if key == "name" and name is None:
            dumped += "  # TO CONFIRM: the State's name as documents print it"
            to_fill.append(msg("akn.fill.name", name=shown_name))
        if key == "legal_tradition" and tradition is None:
            dumped += "  # TO CONFIRM: common_law, civil_law, mixed, islamic_law or other"
            values = AnyOf(tuple(t.value for t in LegalTradition))  # the file's values, as they are written
            to_fill.append(msg("akn.fill.tradition", values=values, current=LegalTradition.OTHER.value))
        if key == "as_of":
            dumped += "" if as_of_given else "  # TO CONFIRM: the latest version date among the imported acts"
        lines.append(dumped + "\n")
    lines.append("provisions: []\n")

    provision_ids: list[str] = []
    suggestions: list[tuple[str, str, str]] = []
    left_out: list[Msg] = []
    for act in acts:
        lines.append("\n" + _comment(f"{'=' * 96}\n{act_words(act)} ({act.file})\n{'=' * 96}"))
        within: tuple[str, ...] = ()
        for section in act.sections:
            if section.within != within:
                within = section.within
                if within:
                    lines.append("\n" + _comment(" > ".join(within)))
            pid = provision_id(act, section)
            provision_ids.append(pid)
            number = section_number(section)
            source: dict[str, Any] = {"act": act_words(act), "section": number}
            if act.date is not None:
                source["date"] = act.date
            block = {
                "id": pid,
                "kind": KIND_TO_FILL,
                "title": section.heading or f"Section {number}",
                "source": source,
                "status": "in_force" if act.doc_type == "act" else "bill",
                "text": _text_data(section.text),
                "elements": {},
            }
            dumped = _dump([block])
            hint = suggest_kind(act, section)
            kind_comment = "  # TO FILL: " + ("the kind of provision" if hint is None else f"suggested {hint[0]}")
            if hint is not None:
                suggestions.append((pid, hint[0], hint[1]))
                kind_comment += f' ("{hint[1]}")'
            dumped = dumped.replace(f"  kind: {KIND_TO_FILL}\n", f"  kind: {KIND_TO_FILL}{kind_comment}\n", 1)
            dumped = dumped.replace("  elements: {}\n", "  elements: {}  # TO FILL: the elements of the kind\n", 1)
            lines.append(f"\n# {act.file}:{section.line}\n" + _comment(dumped.rstrip("\n")))
        left_out.extend(msg("akn.left_out.item", file=act.file, item=item) for item in act.left_out)
    to_fill.append(msg("akn.fill.kinds", count=len(provision_ids)))
    return Skeleton("".join(lines), to_fill, provision_ids, suggestions, left_out)


def skeleton_text_for(text: Sequence[Subsection]) -> list[dict[str, Any]]:
    """The text of a section as the skeleton writes it (for tests comparing round trips)."""
    return _text_data(text)
