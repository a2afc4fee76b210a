"""Reading an Akoma Ntoso 3.0 act (or bill) into plain data: the act's identity and its sections.

What is read, and from where (see docs/akn.md for the whole mapping):

- **Identity** from ``meta/identification/FRBRWork``: country (``FRBRcountry``, or the country
  segment of ``FRBRuri``), number (``FRBRnumber`` or the URI's last segment), date and year
  (``FRBRdate``, or the URI's date segment); the title from ``FRBRalias name="title"`` (Indigo),
  else the preface's ``docTitle`` / ``shortTitle``, else ``publication/@showAs``. The language and
  the date of the version from ``FRBRExpression``.
- **Sections**: every ``section`` and ``article`` of the body (at any depth of parts, chapters,
  titles or containers), except those quoted inside an amendment (``quotedStructure``,
  ``embeddedStructure``): those belong to the act being amended. Each keeps its ``eId``,
  ``<num>``, ``<heading>``, the Parts/Chapters it sits in, and its line in the file.
- **Text** as draftkit's structured text: a ``subsection`` (or ``alinea``) becomes a subsection;
  ``intro`` / ``paragraph`` / ``wrapUp`` become lead-in, lettered paragraphs and closing words;
  ``subparagraph`` / ``point`` become romanettes (deeper levels are kept as text with their
  numbers); a ``blockList`` inside ``content`` maps the same way. Editorial ``remark``s and
  ``authorialNote``s are left out; table rows become lines of text, cells separated by ``|``.

Refused with a located message: a file that is not XML (or hostile XML, see
:mod:`draftkit.ingest.xml`), a document that is not Akoma Ntoso 3.0, an Akoma Ntoso document of
another type (a judgment, a debate...), and an act without a single section or article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from draftkit.diagnostics import InputError, Problem
from draftkit.i18n import Msg, msg
from draftkit.ingest.xml import local_name, parse_xml, read_bytes
from draftkit.models.text import Paragraph, Subsection
from draftkit.source.yaml_source import MAX_SCALAR_CHARS

__all__ = ["AKN_NS", "ImportedAct", "ImportedSection", "read_act", "read_act_bytes"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_AKN2_NS = "http://www.akomantoso.org/2.0"
ACCEPTED_TYPES = ("act", "bill")
OTHER_TYPES = (
    "amendment",
    "amendmentList",
    "debate",
    "debateReport",
    "doc",
    "documentCollection",
    "judgment",
    "officialGazette",
    "portion",
    "statement",
)
_UNITS = {"section", "article"}
_CONTAINERS = {
    "part",
    "subpart",
    "chapter",
    "subchapter",
    "title",
    "subtitle",
    "book",
    "division",
    "subdivision",
    "tome",
    "hcontainer",
    "level",
    "clause",
    "rule",
}
_QUOTED = {"quotedStructure", "embeddedStructure", "subFlow"}
_SKIPPED_INLINE = {"remark", "authorialNote", "noteRef", "eol", "eop"}
_SUBSECTION_LEVEL = frozenset({"subsection", "alinea", "clause", "subclause"})
_PARAGRAPH_LEVEL = frozenset({"paragraph", "point", "list", "indent", "item"})
_ARTICLE_SUBSECTION_LEVEL = frozenset({"paragraph", "alinea", "subsection"})
_ARTICLE_PARAGRAPH_LEVEL = frozenset({"point", "list", "indent", "item"})
_SUBPARAGRAPH_LEVEL = frozenset({"subparagraph", "subpoint", "sublist", "item", "point", "indent"})


@dataclass(frozen=True)
class _Levels:
    """Which AKN elements stand at draftkit's subsection and paragraph levels: a section's
    ``subsection`` > ``paragraph``, an article's ``paragraph`` (apartado, alinéa) > ``point``."""

    subsection: frozenset[str]
    paragraph: frozenset[str]


_SECTION_LEVELS = _Levels(_SUBSECTION_LEVEL, _PARAGRAPH_LEVEL)
_ARTICLE_LEVELS = _Levels(_ARTICLE_SUBSECTION_LEVEL, _ARTICLE_PARAGRAPH_LEVEL)
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class ImportedSection:
    eid: str
    num: str | None
    """The ``<num>`` as printed, whitespace tidied: ``12A.``, ``4 a §``, ``Article 5``."""
    heading: str | None
    text: tuple[Subsection, ...]
    line: int
    within: tuple[str, ...] = ()
    """The divisions it sits in, outermost first: ``("Part 2 — Offences",)``."""


@dataclass(frozen=True)
class ImportedAct:
    file: str
    doc_type: str
    """``act`` or ``bill``."""
    country: str
    """ISO 3166-1 alpha-2, upper case: ``ZA``."""
    country_shown: str | None
    """``FRBRcountry/@showAs`` when the publisher gives the country's name."""
    title: str
    number: str | None
    year: str | None
    date: dt.date | None
    """The work's date (enactment or publication), when it is a full date."""
    expression_date: dt.date | None
    """The date of this version of the text."""
    language: str
    """``FRBRlanguage`` as given: ``eng``, ``fra``, ``fin``."""
    uri: str
    sections: tuple[ImportedSection, ...]
    left_out: tuple[Msg, ...] = field(default=())
    """What was not imported, in words (attachments, sections without text)."""


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _inline_text(element: etree._Element) -> str:
    """An element's text, with editorial remarks and notes left out, whitespace tidied."""
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            pieces.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and local_name(child) not in _SKIPPED_INLINE:
                walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(element)
    return _clean("".join(pieces))


def _first(element: etree._Element, *names: str) -> etree._Element | None:
    for child in element:
        if local_name(child) in names:
            return child
    return None


def _children(element: etree._Element, names: set[str] | tuple[str, ...]) -> list[etree._Element]:
    return [child for child in element if local_name(child) in names]


def _block_texts(container: etree._Element) -> list[str]:
    """The text blocks of a ``content``/``intro``/``wrapUp``: paragraphs, table rows, other blocks."""
    out: list[str] = []
    for child in container:
        out.extend(_block_text(child))
    return out


def _block_text(child: etree._Element) -> list[str]:
    name = local_name(child)
    if not name or name in _SKIPPED_INLINE:
        return []
    if name == "table":
        out: list[str] = []
        for row in child.iter(f"{{{AKN_NS}}}tr"):
            cells = [_inline_text(cell) for cell in row if local_name(cell) in ("td", "th")]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                out.append(line)
        return out
    if name in ("blockList", "list"):
        text = _list_as_text(child)
        return [text] if text else []
    if name in ("blockContainer", "foreign"):
        return _block_texts(child)
    text = _inline_text(child)
    return [text] if text else []


def _list_as_text(block_list: etree._Element) -> str:
    parts: list[str] = []
    for child in block_list:
        name = local_name(child)
        if name == "item":
            parts.append(_numbered_text(child))
        elif name:
            parts.append(_inline_text(child))
    return "\n".join(p for p in parts if p)


def _numbered_text(element: etree._Element) -> str:
    """A unit flattened to text with its own number and its children's numbers: for deep levels."""
    pieces: list[str] = []
    num = _first(element, "num")
    if num is not None:
        pieces.append(_inline_text(num))
    for child in element:
        name = local_name(child)
        if name in ("num", "heading", "subheading") or not name or name in _SKIPPED_INLINE:
            continue
        if name in ("content", "intro", "wrapUp", "listIntroduction", "listWrapUp"):
            pieces.append(
                " ".join(_block_texts(child)) if name in ("content", "intro", "wrapUp") else _inline_text(child)
            )
        elif name == "blockList":
            pieces.append(_list_as_text(child))
        elif len(child):
            pieces.append(_numbered_text(child))
        else:
            pieces.append(_inline_text(child))
    return _clean(" ".join(p for p in pieces if p))


def _join(texts: list[str]) -> str:
    return "\n".join(t for t in texts if t)


def _paragraph(element: etree._Element) -> Paragraph | None:
    """A lettered paragraph: its own text (or lead-in) and its sub-units as romanettes."""
    subunits = [
        c for c in element if local_name(c) in _SUBPARAGRAPH_LEVEL | _PARAGRAPH_LEVEL and local_name(c) != "list"
    ]
    lead = _first(element, "intro", "content")
    if lead is not None:
        text = _join(_block_texts(lead))
    else:  # an Indigo list item holds its <p> directly
        own = [c for c in element if local_name(c) not in _SUBPARAGRAPH_LEVEL | _PARAGRAPH_LEVEL]
        text = _join([t for c in own if local_name(c) not in ("num", "heading", "subheading") for t in _block_text(c)])
    subs = [t for t in (_numbered_text(c) for c in subunits) if t]
    wrap = _first(element, "wrapUp")
    if wrap is not None and subs:
        subs[-1] = f"{subs[-1]} {_join(_block_texts(wrap))}".strip()
    if lead is not None and local_name(lead) == "content":
        block_list = _first(lead, "blockList")
        if block_list is not None:
            intro = _first(block_list, "listIntroduction")
            text = _inline_text(intro) if intro is not None else text
            subs = [_numbered_text(i) for i in _children(block_list, ("item",))]
    if not text and subs:
        text, subs = subs[0], subs[1:]
    if not text:
        return None
    return Paragraph(text=text, subparagraphs=subs)


def _from_block_list(lead: list[str], block_list: etree._Element, after: list[str]) -> Subsection | None:
    intro = _first(block_list, "listIntroduction")
    wrap = _first(block_list, "listWrapUp")
    text = _join([*lead, _inline_text(intro)] if intro is not None else lead)
    paragraphs = [p for p in (_paragraph(item) for item in _children(block_list, ("item",))) if p is not None]
    closing = _join(([_inline_text(wrap)] if wrap is not None else []) + after) or None
    if not text:
        if not paragraphs:
            return Subsection(text=closing) if closing else None
        first, paragraphs = paragraphs[0], paragraphs[1:]
        text = first.text
    return Subsection(text=text, paragraphs=paragraphs, closing=closing)


def _from_content(content: etree._Element) -> Subsection | None:
    block_list = _first(content, "blockList")
    if block_list is not None:
        before: list[str] = []
        after: list[str] = []
        seen = False
        for child in content:
            if child is block_list:
                seen = True
                continue
            (after if seen else before).extend(_block_text(child))
        return _from_block_list(before, block_list, after)
    text = _join(_block_texts(content))
    return Subsection(text=text) if text else None


def _subsection(element: etree._Element, levels: _Levels = _SECTION_LEVELS) -> list[Subsection]:
    """A subsection-level unit (or a section's own body) as one or more draftkit subsections."""
    content = _first(element, "content")
    if content is not None:
        unit = _from_content(content)
        return [unit] if unit is not None else []
    intro = _first(element, "intro")
    wrap = _first(element, "wrapUp")
    lead = _join(_block_texts(intro)) if intro is not None else ""
    closing = _join(_block_texts(wrap)) if wrap is not None else ""
    deeper = [c for c in element if local_name(c) in levels.subsection]
    if deeper:  # a subsection holding subsections (rare): flatten them, the lead-in first
        out = [Subsection(text=lead)] if lead else []
        for child in deeper:
            out.extend(_subsection(child, levels))
        if closing:
            out.append(Subsection(text=closing))
        return out
    units = [c for c in element if local_name(c) in levels.paragraph or local_name(c) in ("hcontainer", "level")]
    paragraphs = [p for p in (_paragraph(c) for c in units) if p is not None]
    if lead:
        return [Subsection(text=lead, paragraphs=paragraphs, closing=closing or None)]
    # No lead-in: each paragraph stands as its own unit, so no text is lost or invented.
    out = [Subsection(text=p.text, paragraphs=[Paragraph(text=s) for s in p.subparagraphs]) for p in paragraphs]
    if closing:
        out.append(Subsection(text=closing))
    return out


def _section_text(section: etree._Element) -> list[Subsection]:
    levels = _ARTICLE_LEVELS if local_name(section) == "article" else _SECTION_LEVELS
    subsections = [c for c in section if local_name(c) in levels.subsection]
    if not subsections:
        return _subsection(section, levels)
    out: list[Subsection] = []
    intro = _first(section, "intro")
    if intro is not None and _block_texts(intro):
        out.append(Subsection(text=_join(_block_texts(intro))))
    for child in section:
        name = local_name(child)
        if name in levels.subsection:
            out.extend(_subsection(child, levels))
        elif name == "content":
            out.extend(unit for unit in (_from_content(child),) if unit is not None)
        elif name in levels.paragraph:
            paragraph = _paragraph(child)
            if paragraph is not None:
                subs = [Paragraph(text=t) for t in paragraph.subparagraphs]
                out.append(Subsection(text=paragraph.text, paragraphs=subs))
    wrap = _first(section, "wrapUp")
    if wrap is not None and _block_texts(wrap):
        out.append(Subsection(text=_join(_block_texts(wrap))))
    return out


def _division_label(element: etree._Element) -> str | None:
    name = local_name(element)
    num = _first(element, "num")
    heading = _first(element, "heading")
    num_text = _inline_text(num) if num is not None else ""
    heading_text = _inline_text(heading) if heading is not None else ""
    if name in ("hcontainer", "level") and not heading_text:
        return None
    label = f"{name.capitalize()} {num_text}".strip() if name not in ("hcontainer", "level") else ""
    if heading_text:
        return f"{label} — {heading_text}" if label else heading_text
    return label or None


def _eid(element: etree._Element) -> str | None:
    return element.get("eId") or element.get("id") or None


def _find_sections(body: etree._Element) -> list[tuple[etree._Element, tuple[str, ...]]]:
    found: list[tuple[etree._Element, tuple[str, ...]]] = []

    def walk(element: etree._Element, within: tuple[str, ...]) -> None:
        for child in element:
            name = local_name(child)
            if name in _UNITS:
                found.append((child, within))
            elif name in _CONTAINERS:
                label = _division_label(child)
                walk(child, (*within, label) if label else within)

    walk(body, ())
    return found


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _problem(name: str, element: etree._Element | None, message: str) -> InputError:
    line = element.sourceline if element is not None and element.sourceline else 1
    return InputError([Problem(name, line, 1, (), message)])


def _identity(name: str, doc: etree._Element) -> dict[str, object]:
    meta = _first(doc, "meta")
    identification = _first(meta, "identification") if meta is not None else None
    work = _first(identification, "FRBRWork") if identification is not None else None
    if work is None:
        raise _problem(
            name, meta if meta is not None else doc, "no meta/identification/FRBRWork: cannot tell which act this is"
        )
    expression = _first(identification, "FRBRExpression") if identification is not None else None

    def value(parent: etree._Element | None, tag: str, attribute: str = "value") -> str | None:
        if parent is None:
            return None
        element = _first(parent, tag)
        found = element.get(attribute) if element is not None else None
        return found.strip() if found and found.strip() else None

    uri = value(work, "FRBRuri") or value(work, "FRBRthis") or ""
    segments = [s for s in uri.split("/") if s]
    if segments[:1] == ["akn"]:
        segments = segments[1:]
    country_code = value(work, "FRBRcountry") or (segments[0] if segments else "")
    country = country_code.split("-")[0].upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise _problem(
            name, work, f"the country '{country_code}' is not an ISO 3166-1 two-letter code (FRBRcountry or FRBRuri)"
        )
    country_element = _first(work, "FRBRcountry")
    shown = country_element.get("showAs") if country_element is not None else None
    work_date = _first(work, "FRBRdate")
    date_text = work_date.get("date") if work_date is not None else None
    uri_date = next((s for s in segments if re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", s)), None)
    year = (date_text or uri_date or "")[:4] or None
    number = value(work, "FRBRnumber") or (segments[-1] if len(segments) >= 3 and segments[-1] != uri_date else None)
    expression_date_element = _first(expression, "FRBRdate") if expression is not None else None
    language = value(expression, "FRBRlanguage", "language") or "eng"
    title = None
    for alias in work.iter(f"{{{AKN_NS}}}FRBRalias"):
        if alias.get("name") in ("title", None, "short title") and alias.get("value", "").strip():
            title = _clean(alias.get("value", ""))
            break
    if title is None:
        for tag in ("shortTitle", "docTitle"):
            found = next(iter(doc.iter(f"{{{AKN_NS}}}{tag}")), None)
            if found is not None and _inline_text(found):
                title = _inline_text(found)
                break
    if title is None and meta is not None:
        publication = _first(meta, "publication")
        if publication is not None and publication.get("showAs", "").strip():
            title = _clean(publication.get("showAs", ""))
    return {
        "country": country,
        "country_shown": _clean(shown) if shown and shown.strip() else None,
        "title": title or uri or "Untitled act",
        "number": number,
        "year": year,
        "date": _date(date_text or uri_date),
        "expression_date": _date(expression_date_element.get("date") if expression_date_element is not None else None),
        "language": language,
        "uri": uri,
    }


def read_act_bytes(data: bytes, name: str) -> ImportedAct:
    """Read an Akoma Ntoso act or bill from bytes; ``name`` locates every message."""
    root = parse_xml(data, name, what="Akoma Ntoso document").getroot()
    namespace = etree.QName(root).namespace or ""
    if local_name(root) != "akomaNtoso":
        raise _problem(
            name, root, f"not an Akoma Ntoso document: the root element is <{local_name(root)}>, expected <akomaNtoso>"
        )
    if namespace == _AKN2_NS:
        raise _problem(name, root, "is Akoma Ntoso 2.0; draftkit reads Akoma Ntoso 3.0 (OASIS LegalDocML)")
    if not namespace.startswith(AKN_NS):
        shown = namespace or "no namespace"
        raise _problem(name, root, f"<akomaNtoso> in {shown}; expected the Akoma Ntoso 3.0 namespace {AKN_NS}")
    documents = [child for child in root if isinstance(child.tag, str)]
    if not documents:
        raise _problem(name, root, "<akomaNtoso> holds no document; expected an <act> or a <bill>")
    doc = documents[0]
    doc_type = local_name(doc)
    if doc_type not in ACCEPTED_TYPES:
        what = f"an Akoma Ntoso {doc_type}" if doc_type in OTHER_TYPES else f"an unknown document type <{doc_type}>"
        raise _problem(name, doc, f"is {what}, not an act or a bill; import-akn reads acts and bills")
    identity = _identity(name, doc)
    body = _first(doc, "body")
    if body is None:
        raise _problem(name, doc, f"the {doc_type} has no <body>; nothing to import")
    problems: list[Problem] = []
    sections: list[ImportedSection] = []
    left_out: list[Msg] = []
    seen: set[str] = set()
    for element, within in _find_sections(body):
        num_element = _first(element, "num")
        heading_element = _first(element, "heading")
        num = _inline_text(num_element) if num_element is not None else None
        heading = _inline_text(heading_element) if heading_element is not None else None
        eid = _eid(element) or _eid_from(local_name(element), num, len(sections) + 1)
        if eid in seen:
            problems.append(Problem(name, element.sourceline or 1, 1, (), f"eId '{eid}' is used twice"))
            continue
        seen.add(eid)
        text = _section_text(element)
        shown = f"{local_name(element)} {num or eid}"
        longest = max((len(piece) for unit in text for piece in unit.strings()), default=0)
        if longest > MAX_SCALAR_CHARS:
            message = f"{shown}: a text of {longest:,} characters exceeds the limit of {MAX_SCALAR_CHARS:,}"
            problems.append(Problem(name, element.sourceline or 1, 1, (), message))
            continue
        if not text:
            left_out.append(msg("akn.left_out.no_text", unit=shown))
            continue
        sections.append(
            ImportedSection(eid, num or None, heading or None, tuple(text), element.sourceline or 1, within)
        )
    if problems:
        raise InputError(problems)
    if not sections:
        raise _problem(name, body, f"the {doc_type} has no section or article with text; nothing to import")
    attachments = _first(doc, "attachments")
    if attachments is not None and len(attachments):
        left_out.append(msg("akn.left_out.attachments", count=len(attachments)))
    return ImportedAct(
        file=name,
        doc_type=doc_type,
        sections=tuple(sections),
        left_out=tuple(left_out),
        **identity,  # type: ignore[arg-type]
    )


def _eid_from(kind: str, num: str | None, position: int) -> str:
    prefix = "art" if kind == "article" else "sec"
    bare = re.sub(r"[^0-9A-Za-z]", "", num or "") or str(position)
    return f"{prefix}_{bare}"


def read_act(path: Path | str, name: str | None = None) -> ImportedAct:
    """Read an Akoma Ntoso act or bill from a file (hardened parsing, size-limited)."""
    shown = name or str(path)
    return read_act_bytes(read_bytes(path, shown, what="Akoma Ntoso XML file"), shown)
