"""The two forms of bill: numbering, divisions, formulas and vocabulary of each tradition.

A common-law Bill ("A Bill for an Act to ...", "Be it enacted by ...", Parts, sections,
(1), (a), (i), "is liable on conviction to imprisonment for a term not exceeding 10
years") and a civil-law draft law in English ("Draft law on ...", "Parliament has
adopted the following law:", Titles, Articles, 1., 1°, a), "shall be punished by ten
years' imprisonment"). The catalog's model text is written in the common-law idiom; the
civil-law style rewrites its tradition-bound wording (burdens of proof, oaths, penalty
wording, "section", "Act", "Gazette") when it enters a draft law.

The form follows the framework's ``legal_tradition``: civil law gives a draft law, every
other tradition (common law, mixed, Islamic law, other) a Bill unless the framework's
``parameters`` set ``bill_form: civil_law`` (or ``common_law``), which always wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from draftkit.catalog.text import letter, roman
from draftkit.compose.tree import DivisionKind, Form, Operation, Target
from draftkit.models import LegalTradition, NationalFramework

__all__ = ["FORM_PARAMETER", "Style", "form_of", "state_name", "style_for"]

FORM_PARAMETER = "bill_form"
"""Framework parameter that overrides the form chosen from the legal tradition."""

_NUMBER_WORDS = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
    *("nineteen", "twenty"),
]


def form_of(framework: NationalFramework) -> Form:
    chosen = framework.parameters.get(FORM_PARAMETER, "").strip().lower().replace(" ", "_").replace("-", "_")
    if chosen in (Form.COMMON_LAW.value, Form.CIVIL_LAW.value):
        return Form(chosen)
    return Form.CIVIL_LAW if framework.legal_tradition is LegalTradition.CIVIL_LAW else Form.COMMON_LAW


def _years_words(years: str) -> str:
    return _NUMBER_WORDS[int(years)] if years.isdigit() and int(years) < len(_NUMBER_WORDS) else years


def _point(letter_: str) -> str:
    return f"point {ord(letter_) - ord('a') + 1}\u00b0"


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# Common-law idiom of the catalog -> the English of a civil-law draft law. Order matters: structured
# references first (subsection (1)(b) -> point 2° of paragraph 1), then penalties, proof, vocabulary.
_CIVIL_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            r"\b([Ss])ubsection \((\d+)\)\(([a-z])\)",
            lambda m: f"{_point(m.group(3))} of {_cap('paragraph', m.group(1))} {m.group(2)}",
        ),
        (
            r"\b([Ss])ubsections \((\d+)\), \((\d+)\) (and|or) \((\d+)\)",
            lambda m: f"{_cap('paragraphs', m.group(1))} {m.group(2)}, {m.group(3)} {m.group(4)} {m.group(5)}",
        ),
        (
            r"\b([Ss])ubsections \((\d+)\) (to|and|or) \((\d+)\)",
            lambda m: f"{_cap('paragraphs', m.group(1))} {m.group(2)} {m.group(3)} {m.group(4)}",
        ),
        (r"\b([Ss])ubsection \((\d+)\)", lambda m: f"{_cap('paragraph', m.group(1))} {m.group(2)}"),
        (
            r"\bparagraphs \(([a-z])\) (to|and|or) \(([a-z])\)",
            lambda m: f"points {_point(m.group(1))[6:]} {m.group(2)} {_point(m.group(3))[6:]}",
        ),
        (r"\bparagraph \(([a-z])\)", lambda m: _point(m.group(1))),
        (
            r"is liable on conviction to imprisonment for a term not exceeding (\w+|\{\w+\}) years, "
            r"or to a fine, or to both",
            r"shall be punished by \1 years' imprisonment and a fine",
        ),
        (
            r"is liable on conviction to imprisonment for a term not exceeding (\w+|\{\w+\}) years",
            r"shall be punished by \1 years' imprisonment",
        ),
        (r"is liable on conviction to a fine not exceeding", "shall be punished by a fine of up to"),
        (r"is liable on conviction to a fine", "shall be punished by a fine"),
        (r"liable on conviction to", "punishable by"),
        (r"the prosecution proves beyond reasonable doubt that it is not", "the contrary is established"),
        (r"proves? beyond reasonable doubt", "establishes"),
        (r"beyond reasonable doubt", "to the required standard"),
        (r"\bon oath\b", "under the penalties for false testimony"),
        (r"\bsworn\b", "signed"),
        (r"\b[\d,]+ penalty units\b", "the amount set by law"),
        (r"penalty units", "the amount set by law"),
        (r"published in the Gazette", "published in the Official Journal"),
        (r"\bthe Gazette\b", "the Official Journal"),
        (r"\bthis Act\b", "this Law"),
        (r"\bthe Act\b", "the Law"),
        (r"\ban Act\b", "a law"),
        (r"\b(this|that|each|the same|any other) section\b", r"\1 article"),
        (r"\bsection (\d)", r"article \1"),
        (r"\bsections (\d)", r"articles \1"),
        (r"\b([Tt])he prosecution\b", r"\1he public prosecutor"),
        (r"\bon indictment\b", "by the criminal court"),
    )
)

_COMMON_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = ()


@dataclass(frozen=True)
class Style:
    """Everything in a bill that depends on its tradition."""

    form: Form
    document: str
    """``Bill`` or ``Draft law``."""
    top: DivisionKind
    section_word: str
    """``section`` or ``article`` (lower case, as used mid-sentence)."""
    arrangement: str
    interpretation_heading: str

    # ----------------------------------------------------------------- numbering
    def division_number(self, n: int) -> str:
        return str(n) if self.form is Form.COMMON_LAW else roman(n).upper()

    def division_label(self, number: str) -> str:
        return f"Part {number}" if self.form is Form.COMMON_LAW else f"Title {number}"

    def division_eid(self, number: str) -> str:
        return f"part_{number}" if self.form is Form.COMMON_LAW else f"title_{number}"

    def section_eid(self, number: str) -> str:
        return f"sec_{number}" if self.form is Form.COMMON_LAW else f"art_{number}"

    def section_heading_num(self, number: str) -> str:
        """How a section's number opens its heading: ``12.`` or ``Article 12``."""
        return f"{number}." if self.form is Form.COMMON_LAW else f"Article {number}"

    def subsection_num(self, n: int) -> str:
        return f"({n})" if self.form is Form.COMMON_LAW else f"{n}."

    def paragraph_num(self, n: int) -> str:
        return f"({letter(n)})" if self.form is Form.COMMON_LAW else f"{n}\u00b0"

    def subparagraph_num(self, n: int) -> str:
        return f"({roman(n)})" if self.form is Form.COMMON_LAW else f"{letter(n)})"

    def unit_eid(self, parent: str, level: str, n: int) -> str:
        """AKN eId of a unit below ``parent``: ``sec_3__subsec_1__para_a__subpara_i`` or ``art_3__para_1__point_1``."""
        if self.form is Form.COMMON_LAW:
            abbrev, num = {
                "subsection": ("subsec", str(n)),
                "paragraph": ("para", letter(n)),
                "subparagraph": ("subpara", roman(n)),
            }[level]
        else:
            abbrev, num = {
                "subsection": ("para", str(n)),
                "paragraph": ("point", str(n)),
                "subparagraph": ("point", letter(n)),
            }[level]
        return f"{parent}__{abbrev}_{num}"

    # ----------------------------------------------------------------- references
    def cite_section(self, number: str) -> str:
        return f"{self.section_word} {number}"

    def cite_sections(self, numbers: list[str]) -> str:
        if len(numbers) == 1:
            return self.cite_section(numbers[0])
        plural = "sections" if self.form is Form.COMMON_LAW else "articles"
        return f"{plural} {', '.join(numbers[:-1])} and {numbers[-1]}"

    def cite_unit(self, section: str | None, subsection: int | None, paragraph: str | None) -> str:
        """``section 12(2)(b)``; ``point 2° of paragraph 2 of article 12``; without ``section`` inside it."""
        if self.form is Form.COMMON_LAW:
            head = f"section {section}" if section else "subsection " if subsection else "paragraph "
            if section:
                return head + (f"({subsection})" if subsection else "") + (f"({paragraph})" if paragraph else "")
            if subsection:
                return f"subsection ({subsection})" + (f"({paragraph})" if paragraph else "")
            return f"paragraph ({paragraph})"
        parts = []
        if paragraph:
            index = ord(paragraph[0]) - ord("a") + 1 if paragraph.isalpha() else paragraph
            parts.append(f"point {index}\u00b0")
        if subsection:
            parts.append(f"paragraph {subsection}")
        if section:
            parts.append(f"article {section}")
        return " of ".join(parts)

    def cite_in_force(self, act: str, unit: str) -> str:
        """``section 58 of the Telecommunications Act 2009``; ``article 41 of the Criminal Code``."""
        unit = _bare_unit(unit)
        word = self.section_word
        return f"{word} {unit} of the {act}" if not act.lower().startswith("the ") else f"{word} {unit} of {act}"

    # ----------------------------------------------------------------- words
    def adapt(self, text: str, *, state: bool = True) -> str:
        """Model text (common-law idiom) in this tradition's words (and "the State" by its name, if ``state``)."""
        rewrites = _CIVIL_REWRITES if self.form is Form.CIVIL_LAW else _COMMON_REWRITES
        for pattern, replacement in rewrites:
            text = pattern.sub(replacement, text)
        if state:
            text = self.state_words(text)
        if self.form is Form.CIVIL_LAW:
            text = re.sub(
                r"shall be punished by (\w+) years' imprisonment",
                lambda m: f"shall be punished by {_years_words(m.group(1))} years' imprisonment",
                text,
            )
        return text

    state_name: str = "the State"
    """How the bill names its own State (``Aldermere``); model text says ``the State``."""

    def state_words(self, text: str) -> str:
        if self.state_name == "the State":
            return text
        text = re.sub(r"\b[Tt]he State's\b", f"{self.state_name}'s", text)
        text = re.sub(r"\bwithin the State\b", f"in {self.state_name}", text)
        return re.sub(r"\b[Tt]he State\b", self.state_name, text)

    def long_title(self, topics: str, amends: list[str]) -> str:
        amending = ""
        if amends:
            listed = amends[0] if len(amends) == 1 else ", ".join(amends[:-1]) + " and " + amends[-1]
            amending = f", to amend the {listed}" if self.form is Form.COMMON_LAW else f", amending the {listed}"
        if self.form is Form.COMMON_LAW:
            return (
                f"A Bill for an Act to make provision on {topics} so as to counter the use of the Internet "
                f"for terrorist purposes{amending}, and for connected purposes."
            )
        return f"Draft law on {topics} to counter the use of the Internet for terrorist purposes{amending}."

    def enacting_formula(self, framework: NationalFramework) -> str:
        given = framework.parameters.get("enacting_formula")
        if given:
            return given
        legislature = framework.parameters.get("legislature")
        if self.form is Form.COMMON_LAW:
            who = legislature or f"the Parliament of the {framework.name}"
            return f"BE IT ENACTED by {who}, as follows:"
        who = legislature or "Parliament"
        return f"{who[0].upper()}{who[1:]} has adopted the following law:"

    def short_title(self, act_title: str) -> str:
        if self.form is Form.COMMON_LAW:
            return f"This Act may be cited as the {act_title}."
        return f"This Law may be cited as the {act_title}."

    def commencement(self, framework: NationalFramework) -> list[str]:
        minister = framework.parameters.get("minister")
        if self.form is Form.COMMON_LAW:
            who = minister or "the Minister"
            return [
                f"This Act comes into operation on a day appointed by {who} by notice published in the Gazette, "
                "and different days may be appointed for different provisions.",
                "No provision of this Act that creates an offence applies to conduct that took place before "
                "that provision comes into operation.",
            ]
        return [
            "This Law enters into force on the first day of the third month following its publication "
            "in the Official Journal.",
            "No provision of this Law that creates an offence applies to conduct that took place before "
            "its entry into force.",
        ]

    def interpretation_lead(self) -> str:
        return "In this Act—" if self.form is Form.COMMON_LAW else "For the purposes of this Law:"

    def regulations(self, framework: NationalFramework) -> list[str]:
        minister = framework.parameters.get("minister") or "the Minister"
        if self.form is Form.COMMON_LAW:
            return [
                f"{_capital(minister)} may make regulations prescribing any matter that this Act requires or "
                "permits to be prescribed, or that is necessary or convenient to prescribe for giving effect "
                "to this Act.",
                "Regulations under this section may not create an offence, impose a penalty, or amend this "
                "or any other Act, and shall be laid before Parliament as soon as practicable after they are made.",
            ]
        return [
            "The conditions for the application of this Law are laid down by decree.",
            "A decree under this article may not create an offence or impose a penalty.",
        ]

    def definition_entry(self, term: str, rest: str) -> str:
        return f"\u201c{term}\u201d {rest}"

    # ----------------------------------------------------------------- amendments
    def amendment_words(self, operation: Operation, target: Target, old: str | None, new: str | None) -> str:
        """The instruction sentence (without any quoted structure that follows it)."""
        where = self.cite_in_force(target.act, target.unit)
        if self.form is Form.COMMON_LAW:
            match operation:
                case Operation.SUBSTITUTE_WORDS:
                    return f"In {where}, for \u201c{old}\u201d substitute \u201c{new}\u201d."
                case Operation.INSERT_WORDS:
                    return f"In {where}, after \u201c{old}\u201d insert \u201c{new}\u201d."
                case Operation.OMIT_WORDS:
                    return f"In {where}, omit \u201c{old}\u201d."
                case Operation.INSERT_UNIT:
                    return f"At the end of {where} insert\u2014"
                case Operation.SUBSTITUTE_UNIT:
                    return f"For {where} substitute\u2014"
                case Operation.REPEAL_UNIT:
                    return f"{_capital(where)} is repealed."
        left, right = self.quote_marks()
        match operation:
            case Operation.SUBSTITUTE_WORDS:
                return f"In {where}, the words {left}{old}{right} are replaced by the words {left}{new}{right}."
            case Operation.INSERT_WORDS:
                return f"In {where}, after the words {left}{old}{right}, the words {left}{new}{right} are inserted."
            case Operation.OMIT_WORDS:
                return f"In {where}, the words {left}{old}{right} are deleted."
            case Operation.INSERT_UNIT:
                return f"{_capital(where)} is supplemented by the following paragraphs:"
            case Operation.SUBSTITUTE_UNIT:
                return f"{_capital(where)} is replaced by the following:"
            case Operation.REPEAL_UNIT:
                return f"{_capital(where)} is repealed."
        raise AssertionError(operation)  # pragma: no cover

    def each_place(self) -> str:
        if self.form is Form.COMMON_LAW:
            return " (in each place, with any necessary change of capital letter)."
        return " (in each place where they occur)."

    def insertion_words(self, target: Target, existing: int) -> str:
        """Adding subsections after the last one; an undivided section first becomes subsection (1)."""
        where = self.cite_in_force(target.act, target.unit)
        if self.form is Form.COMMON_LAW:
            if existing == 1:
                return f"The text of {where} becomes subsection (1) of that section, and after it insert\u2014"
            return f"At the end of {where} insert\u2014"
        if existing == 1:
            return f"The text of {where} becomes its paragraph 1, and the article is supplemented as follows:"
        return f"{_capital(where)} is supplemented by the following paragraphs:"

    def quote_marks(self) -> tuple[str, str]:
        return ("\u201c", "\u201d") if self.form is Form.COMMON_LAW else ("\u00ab\u00a0", "\u00a0\u00bb")

    def repeals_heading(self) -> str:
        return "Repeals and consequential amendments" if self.form is Form.COMMON_LAW else "Amendments and repeals"

    def final_heading(self) -> str:
        return "Final provisions"


def _bare_unit(unit: str) -> str:
    """``art. 41`` / ``s 41`` / ``section 41`` -> ``41``."""
    return re.sub(r"^(art(icle)?s?\.?|s\.?|sections?|ss\.?)\s*", "", unit.strip(), flags=re.IGNORECASE)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_STYLES = {
    Form.COMMON_LAW: Style(
        form=Form.COMMON_LAW,
        document="Bill",
        top=DivisionKind.PART,
        section_word="section",
        arrangement="Arrangement of sections",
        interpretation_heading="Interpretation",
    ),
    Form.CIVIL_LAW: Style(
        form=Form.CIVIL_LAW,
        document="Draft law",
        top=DivisionKind.TITLE,
        section_word="article",
        arrangement="Table of contents",
        interpretation_heading="Definitions",
    ),
}


def style_for(form: Form, framework: NationalFramework | None = None) -> Style:
    """The style of ``form``; with a framework, naming the State as the bill should (``Aldermere``)."""
    style = _STYLES[form]
    if framework is None:
        return style
    from dataclasses import replace

    return replace(style, state_name=state_name(framework))


_FORMS_OF_STATE = re.compile(
    r"^(the )?((United |Federal |Islamic |Democratic |People's |Socialist |Plurinational )*"
    r"(Republic|Kingdom|Federation|Commonwealth|State|Principality|Grand Duchy|Sultanate|Emirate)) of ",
    re.IGNORECASE,
)


def state_name(framework: NationalFramework) -> str:
    """``Aldermere`` for ``Republic of Aldermere``; the parameter ``state_name`` wins."""
    given = framework.parameters.get("state_name")
    if given:
        return given
    return _FORMS_OF_STATE.sub("", framework.name).strip() or framework.name
