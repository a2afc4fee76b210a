"""The YAML reading decisions: YAML 1.2 core scalars, marks, limits, encodings."""

from __future__ import annotations

import codecs
import itertools
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from draftkit.load import InputError, load_framework, parse_framework
from draftkit.source.document import line_starts, position
from draftkit.source.yaml_source import MAX_DEPTH, MAX_NODES, parse_yaml

MINIMAL = """\
draftkit: 1
country: {country}
name: Kingdom of Norway
legal_tradition: civil_law
as_of: 2026-01-31
"""


def test_norway_is_not_false() -> None:
    """YAML 1.1 reads `NO` as false; draftkit reads YAML 1.2 core, so NO is Norway."""
    framework = parse_framework(MINIMAL.format(country="NO"), "no.yaml")
    assert framework.country == "NO"


def test_bare_date_is_read_as_a_date_by_the_model() -> None:
    framework = parse_framework(MINIMAL.format(country="XA"), "xa.yaml")
    assert framework.as_of.isoformat() == "2026-01-31"
    assert parse_yaml("d: 2026-01-31", "d.yaml").data == {"d": "2026-01-31"}


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("off", "off"),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("Null", None),
        ("NULL", None),
        ("nULL", "nULL"),
        ("None", "None"),
        ("TRUE", True),
        ("True", True),
        ("tRUE", "tRUE"),
        ("FALSE", False),
        ("FaLsE", "FaLsE"),
        ("nothing", "nothing"),
        ("treaty", "treaty"),
        ("falsehood", "falsehood"),
        ("", None),
        ("42", 42),
        ("-7", -7),
        ("2.5", 2.5),
        ("1e5", "1e5"),
        ("0x1F", "0x1F"),
        ("0o17", "0o17"),
        ("1_000", "1_000"),
        ("12:30", "12:30"),
        ("'true'", "true"),
        ('"42"', "42"),
        ("!!str 42", "42"),
    ],
)
def test_plain_scalars_follow_yaml_1_2_core(scalar: str, value: object) -> None:
    assert parse_yaml(f"v: {scalar}\n", "s.yaml").data == {"v": value}


_CORE_NULL = re.compile(r"~|null|Null|NULL|")
_CORE_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_CORE_INT = re.compile(r"[-+]?[0-9]+")
_CORE_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


def _core_kind(word: str) -> type:
    """What the YAML 1.2 core schema (its section 10.3.2 regular expressions) makes of a plain scalar.

    The reader departs from the schema where the module says so: an exponent needs its sign and a
    float its point (``1e5`` stays text), so this reference is only asked about what both agree on.
    """
    if _CORE_NULL.fullmatch(word):
        return type(None)
    if _CORE_BOOL.fullmatch(word):
        return bool
    if _CORE_INT.fullmatch(word):
        return int
    if _CORE_FLOAT.fullmatch(word):
        return float
    return str


def _casings(word: str) -> list[str]:
    return ["".join(letters) for letters in itertools.product(*({letter.lower(), letter.upper()} for letter in word))]


@pytest.mark.parametrize("word", sorted({*_casings("null"), *_casings("true"), *_casings("false")}))
def test_a_keyword_in_any_casing_reads_as_the_core_schema_says(word: str) -> None:
    """``NULL``, ``True`` and ``false`` are core; ``nUll``, ``TRue`` and ``fAlse`` are text (all 64 casings)."""
    kind = _core_kind(word)
    value = parse_yaml(f"v: {word}\n", "w.yaml").data["v"]
    assert type(value) is kind
    assert value == {str: word, type(None): None, bool: word.lower() == "true"}[kind]


@given(st.text(alphabet="~nNuUlLtTrReEfFaAsSxo0123456789.+-", max_size=7))
def test_a_plain_word_reads_as_the_core_schema_says(word: str) -> None:
    """Property: null, the booleans and decimal numbers as the schema spells them; every other word is text."""
    kind = _core_kind(word)
    if kind is float and not re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+\.[0-9]*)([eE][-+][0-9]+)?", word):
        kind = str  # "1e5", "3": the reader's documented narrowing of floats
    try:
        value = parse_yaml(f"v: {word}\n", "w.yaml").data["v"]
    except InputError:
        return  # not a plain scalar at all ("- x", "~ ~" ...): not this property's business
    expected = (
        {str: word, type(None): None, bool: word.lower() == "true"}.get(kind)
        if kind in (str, type(None), bool)
        else kind(word)
    )
    assert type(value) is kind
    assert value == expected


def test_marks_are_one_based_lines_and_columns() -> None:
    document = parse_yaml("a:\n  b: [1, {c: x}]\n", "m.yaml")
    assert document.marks[("a", "b")] == (2, 6)
    assert document.marks[("a", "b", 1, "c")] == (2, 14)
    assert document.key_marks[("a", "b")] == (2, 3)


def test_duplicate_keys_are_all_reported() -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml("a: 1\nb: 2\na: 3\nb: 4\n", "d.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "d.yaml:3:1: a: duplicate key 'a' (first written at line 1); each key may appear once",
        "d.yaml:4:1: b: duplicate key 'b' (first written at line 2); each key may appear once",
    ]


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    with pytest.raises(InputError, match=f"expands to more than {MAX_NODES:,} values"):
        parse_yaml("\n".join(lines), "bomb.yaml")


def test_deep_nesting_is_refused_not_crashed_on() -> None:
    text = "[" * 10_000 + "]" * 10_000
    with pytest.raises(InputError, match=f"nesting deeper than {MAX_DEPTH} levels"):
        parse_yaml(text, "deep.yaml")


def test_multiple_documents_are_refused() -> None:
    with pytest.raises(InputError, match="only one YAML document per file"):
        parse_yaml("a: 1\n---\nb: 2\n", "two.yaml")


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with BOM, as Word's "Unicode text" writes it
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom"],
)
def test_accepted_encodings(tmp_path: Path, encode: object) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(encode(MINIMAL.format(country="XA").replace("Norway", "Nørway")))  # type: ignore[operator]
    assert load_framework(path).name == "Kingdom of Nørway"


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as stream:
        stream.truncate(6 * 1024 * 1024)
    with pytest.raises(InputError, match=r"big.yaml:1:1: \(document\): file is 6,291,456 bytes; the limit is"):
        load_framework(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_framework(tmp_path / "nope.yaml")
    with pytest.raises(InputError, match="is a directory"):
        load_framework(tmp_path)


_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"])
_WORDS = st.text(alphabet="abcéΩ€😀 ", min_size=1, max_size=6).map(lambda word: "w" + word.strip())


@given(st.lists(st.tuples(_WORDS, _BREAKS), min_size=1, max_size=30))
def test_offsets_give_the_line_and_column_libyaml_gives(lines: list[tuple[str, str]]) -> None:
    """Marks are kept as character offsets and turned into (line, column) only when needed."""
    text = "".join(f"k{index}: {word}{end}" for index, (word, end) in enumerate(lines))
    starts = line_starts(text)
    seen = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.ScalarEvent):
            mark = event.start_mark
            assert mark is not None
            assert position(starts, mark.index) == (mark.line + 1, mark.column + 1)
            seen += 1
    assert seen == 2 * len(lines)
    document = parse_yaml(text, "lines.yaml")
    assert document.marks[("k0",)] == (1, 5)
    assert document.locate(["k0", "no", "such"]) == (1, 5)


def test_every_value_and_key_is_located_and_deep_values_at_their_ancestor() -> None:
    from draftkit.source.yaml_source import MARK_DEPTH

    text = "a:\n  - x: 1\n    y: [2, {z: 3}]\n  - 4\nb: &anchor {c: d}\ne: *anchor\n"
    document = parse_yaml(text, "t.yaml")
    assert document.locate(["a", 0, "y", 1, "z"]) == (3, 16)
    assert document.locate(["a", 0, "y", 1, "z"], key=True) == (3, 13)
    assert document.locate(["a", 1]) == (4, 5)
    assert document.locate(["a", 7, "q"]) == (2, 3)  # no item 7: the list itself
    assert document.locate(["a", "0"]) == (2, 3)  # a list is not indexed by text
    assert document.locate(["e", "c"]) == (6, 4)  # inside an alias: the alias
    assert document.locate(["b", "c"], key=True) == (5, 13)
    assert len(document.marks) == 12
    assert len(document.key_marks) == 7
    deep = "v: " + "[" * (MARK_DEPTH + 5) + "1" + "]" * (MARK_DEPTH + 5) + "\n"
    nested = parse_yaml(deep, "deep.yaml")
    located = nested.locate(["v", *([0] * (MARK_DEPTH + 5))])
    assert located == (1, 4 + MARK_DEPTH - 1)  # the first list too deep to mark its children
