"""Bounded cost: big, deep, bomb-like and long inputs are refused quickly, by every command, in modest memory.

The inputs are generated in ``tmp_path`` (nothing big is committed). Time bounds are generous
(2 s on a slow machine) but real; where it can, a test asserts the behaviour that makes the
bound hold (the 50 MB file is refused before a byte of it is read).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from draftkit.source.text import MAX_INPUT_BYTES
from draftkit.source.yaml_source import MAX_DEPTH, MAX_NODES, MAX_SCALAR_CHARS
from tests.test_hostile import EARLIER, GOOD_FRAMEWORK, run_cli, snapshot

HEAD = "draftkit: 1\ncountry: XC\nname: Corvania\nlegal_tradition: mixed\nas_of: 2026-09-15\n"
HEAD_JSON = '{"draftkit": 1, "country": "XC", "name": "Corvania", "legal_tradition": "mixed", "as_of": "2026-09-15"'


def _alias_bomb() -> str:
    lines = [HEAD + "a0: &a0 [" + ", ".join(["lol"] * 10) + "]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    return "\n".join(lines) + "\n"


GENERATED: dict[str, tuple[Callable[[], str], str]] = {
    "alias-bomb.yaml": (_alias_bomb, f"document expands to more than {MAX_NODES:,} values"),
    "deep-10000.yaml": (
        lambda: HEAD + "provisions: " + "[" * 10_000 + "]" * 10_000 + "\n",
        f"nesting deeper than {MAX_DEPTH} levels; refused",
    ),
    "deep-2000-block.yaml": (  # indentation makes 10,000 block levels 50 MB
        lambda: HEAD + "parameters:\n" + "".join(f"{' ' * (i + 1)}- \n" for i in range(2_000)),
        f"nesting deeper than {MAX_DEPTH} levels; refused",
    ),
    "deep-10000.json": (
        lambda: HEAD_JSON + ', "provisions": ' + "[" * 10_000 + "]" * 10_000 + "}",
        f"nesting deeper than {MAX_DEPTH} levels; refused",
    ),
    "deep-500.json": (
        lambda: HEAD_JSON + ', "provisions": ' + "[" * 500 + "]" * 500 + "}",
        f"nesting deeper than {MAX_DEPTH} levels; refused",
    ),
    "string-1mb.yaml": (
        lambda: HEAD.replace("Corvania", "C" * 1_000_000),
        f"name: text of 1,000,000 characters exceeds the limit of {MAX_SCALAR_CHARS:,}",
    ),
    "string-1mb.json": (
        lambda: HEAD_JSON.replace("Corvania", "C" * 1_000_000) + "}",
        f"name: text of 1,000,000 characters exceeds the limit of {MAX_SCALAR_CHARS:,}",
    ),
    "key-1mb.yaml": (
        lambda: HEAD + "? " + "k" * 1_000_000 + "\n: 1\n",
        f"<key>: text of 1,000,000 characters exceeds the limit of {MAX_SCALAR_CHARS:,}",
    ),
    "key-1mb.json": (
        lambda: HEAD_JSON + ', "' + "k" * 1_000_000 + '": 1}',
        f"<key>: text of 1,000,000 characters exceeds the limit of {MAX_SCALAR_CHARS:,}",
    ),
    "implicit-key-1mb.yaml": (lambda: HEAD + "k" * 1_000_000 + ": 1\n", "invalid YAML: could not find expected ':'"),
    "many-values.yaml": (
        lambda: HEAD + "assessor_notes: [" + ",".join(["0"] * (MAX_NODES + 10)) + "]\n",
        f"document expands to more than {MAX_NODES:,} values",
    ),
    "many-values.json": (
        lambda: HEAD_JSON + ', "assessor_notes": [' + ",".join(["0"] * (MAX_NODES + 10)) + "]}",
        f"document has more than {MAX_NODES:,} values; refused",
    ),
    "just-under-5mib.yaml": (
        lambda: HEAD + "assessor_notes: [" + ",".join(["1"] * ((MAX_INPUT_BYTES - 200) // 2)) + "]\n",
        f"document expands to more than {MAX_NODES:,} values",
    ),
}


def _args(command: str, path: Path, out: Path, *, as_pack: bool) -> list[str]:
    if as_pack:
        return {
            "validate": ["validate", str(path)],
            "check": ["check", str(GOOD_FRAMEWORK), "--pack", str(path)],
            "draft": ["draft", str(GOOD_FRAMEWORK), "--pack", str(path), "-o", str(out)],
        }[command]
    return {
        "validate": ["validate", str(path)],
        "check": ["check", str(path)],
        "draft": ["draft", str(path), "-o", str(out)],
    }[command]


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import and cache the catalog, registries and core pack once, so timings measure the input."""
    from draftkit.assess import core_pack
    from draftkit.catalog import catalog_ids, load_catalog

    load_catalog()
    catalog_ids()
    core_pack()


_FLOOR: list[float] = []


def _floor(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> float:
    """Seconds to validate a small, good framework through the same command-line path (median of 5,
    measured once per run).

    Refusal times are compared with it, not with a fixed number of seconds, so that a loaded machine
    slows both alike: a bounded refusal stays within a small multiple of it, a quadratic or
    exponential one does not.
    """
    if not _FLOOR:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            result = run_cli(["validate", str(GOOD_FRAMEWORK)], monkeypatch, capsys)
            times.append(time.perf_counter() - started)
            assert result.code == 0, result.err
        _FLOOR.append(sorted(times)[2])
    return _FLOOR[0]


def _parse_floor(size: int) -> float:
    """Seconds for PyYAML's C parser to read a benign file of ``size`` bytes holding as many values as
    that many bytes can (a flow list of one-digit numbers, up to the value limit): what any reader pays
    before it can judge an input that large."""
    values = min(size // 2, MAX_NODES + 10)
    text = "[" + ",".join(["0"] * values) + "]"
    started = time.perf_counter()
    yaml.load(text, Loader=yaml.CSafeLoader)
    return time.perf_counter() - started


@pytest.mark.parametrize("as_pack", [False, True], ids=["framework", "pack"])
@pytest.mark.parametrize("command", ["validate", "check", "draft"])
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_hostile_input_is_refused_quickly(  # noqa: PLR0917 (parameters and fixtures)
    name: str,
    command: str,
    as_pack: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, fragment = GENERATED[name]
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    assert path.stat().st_size <= MAX_INPUT_BYTES
    out = tmp_path / "drafts"
    out.mkdir()
    for file_name, data in EARLIER.items():
        (out / file_name).write_bytes(data)
    # Once untimed: the first refusal in a process also pays for importing the modules on its path, which
    # the floor (measured after its own warm-up) does not.
    run_cli(_args(command, path, out, as_pack=as_pack), monkeypatch, capsys)
    started = time.perf_counter()
    result = run_cli(_args(command, path, out, as_pack=as_pack), monkeypatch, capsys)
    elapsed = time.perf_counter() - started
    floor = _floor(monkeypatch, capsys) + _parse_floor(path.stat().st_size)
    assert result.code == 2
    assert "Traceback" not in result.err
    first = result.err.splitlines()[0]
    assert first.startswith(f"{path}:")
    assert fragment in first
    assert len(result.err) < 2_000  # one short line per problem, never the offending text itself
    # Bounded, not fast on an idle machine: within ten times what validating a small good file plus
    # parsing a benign file of the same size costs on this machine now (wall-clock seconds would fail
    # under load and pass a quadratic reader on a fast machine). Absolute times: docs/benchmarks.md.
    assert elapsed < 10 * floor, f"{name} took {elapsed:.2f} s, {elapsed / floor:.1f} times its floor"
    assert snapshot(out) == EARLIER
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "drafts"])


@pytest.mark.parametrize("command", ["validate", "check", "draft"])
def test_a_50_mb_file_is_refused_without_reading_it(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        if self == big:
            opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy)
    started = time.perf_counter()
    result = run_cli(_args(command, big, tmp_path / "out", as_pack=False), monkeypatch, capsys)
    assert time.perf_counter() - started < 2.0
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"{big}:1:1: (document): file is 52,428,800 bytes; the limit is {MAX_INPUT_BYTES:,} bytes (5 MiB)"
    )
    assert opened == []  # refused on its size alone
    assert not (tmp_path / "out").exists()


def test_a_file_that_grows_while_read_is_still_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A size that lies (a device, a file being appended to) cannot make draftkit read more than the limit."""
    import os

    from draftkit.diagnostics import InputError
    from draftkit.source.text import read_text

    real_stat = Path.stat
    target = tmp_path / "growing.yaml"
    with target.open("wb") as stream:
        stream.truncate(MAX_INPUT_BYTES + 100)

    def small_stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(self, *args, **kwargs)  # type: ignore[arg-type]
        if self == target:
            values = list(result)
            values[6] = 10  # st_size
            return os.stat_result(values)
        return result

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(InputError, match="larger than the limit"):
        read_text(target)


MEMORY_PROBE = textwrap.dedent(
    """
    import resource, sys
    from draftkit.cli import main
    sys.argv = ["draftkit", "validate", sys.argv[1]]
    try:
        main()
    except SystemExit as exited:
        assert exited.code == 2, exited.code
    # VmHWM: this process's own peak. ru_maxrss would also count the parent's resident size at the fork
    # (Linux carries it over exec), i.e. the whole test session's, not draftkit's.
    try:
        with open("/proc/self/status") as status:
            print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024)
    except (OSError, StopIteration):
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """
)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(lambda: "[" + ",".join(["0"] * 2_500_000) + "]", id="5mib-of-values.yaml"),
        pytest.param(lambda: "[" * 60 + ",".join(["0"] * 499_000) + "]" * 60, id="deep-and-wide.yaml"),
        pytest.param(_alias_bomb, id="alias-bomb.yaml"),
        pytest.param(lambda: "[" + ",".join(["0"] * 2_500_000) + "]", id="5mib-of-values.json"),
    ],
)
def test_memory_stays_modest(content: Callable[[], str], tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Peak memory of a whole ``draftkit validate`` process on the worst inputs, under 300 MB."""
    name = request.node.callspec.id
    path = tmp_path / name
    path.write_text(content(), encoding="utf-8")
    assert path.stat().st_size <= MAX_INPUT_BYTES
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    peak_mb = int(result.stdout.strip().splitlines()[-1])
    assert peak_mb < 300, f"{name}: {peak_mb} MB"


def _many_problems(count: int) -> str:
    provisions = [
        {
            "id": f"xc.p{i}",
            "kind": "offence",
            "title": "T",
            "source": {"act": "A", "section": "1"},
            "status": "in_force",
            "text": [{"text": "Whoever."}],
            "elements": {"conduct": ["conspiracy"], "covers_online": False, "mental_elements": ["intent"]},
            "related": [f"xc.q{i}"],
        }
        for i in range(count)
    ] + [
        {
            "id": f"xc.d{i}",
            "kind": "definition",
            "title": "T",
            "source": {"act": "A", "section": "1"},
            "status": "in_force",
            "text": [{"text": "Means."}],
            "elements": {"term": f"t{i}", "concept": "terrorist_act"},
            "uses_terms": [f"t{(i + 1) % count}"],
        }
        for i in range(count)
    ]
    return json.dumps(json.loads(HEAD_JSON + "}") | {"provisions": provisions})


def test_many_provisions_with_many_problems_stay_linear() -> None:
    """Thousands of dangling references and a 3,000-definition cycle: reported, in time linear in the input.

    Timed against the same input ten times smaller in the same process, so that a loaded machine
    slows both alike: linear work gives about 10x, a quadratic step 100x. The cycle is an error; the
    dangling references are warnings of ``validate`` (a law may refer to a missing section), listed
    in linear time too.
    """
    from draftkit.diagnostics import InputError
    from draftkit.load.framework import parse_framework
    from draftkit.models import NationalFramework
    from draftkit.source.document import SourceDocument
    from draftkit.validate.checks import Subject, run_checks
    from draftkit.validate.framework_checks import FrameworkInput

    count = 3_000
    timings = []
    for size in (count // 10, count):
        text = _many_problems(size)
        started = time.perf_counter()
        with pytest.raises(InputError) as caught:
            parse_framework(text, "many.json")
        timings.append(time.perf_counter() - started)
    assert timings[1] < 30 * timings[0], timings
    problems = caught.value.problems
    assert len(problems) == 1
    assert "circular definition" in problems[0].message
    assert f"... {count - 5} more ..." in problems[0].message
    warned = []
    for size in (count // 10, count):
        data = json.loads(_many_problems(size))
        offences = [p for p in data["provisions"] if p["kind"] == "offence"]
        framework = NationalFramework.model_validate(data | {"draftkit": 2, "provisions": offences})
        started = time.perf_counter()
        given = FrameworkInput(framework, SourceDocument("many.json", data))
        warnings = run_checks(Subject.FRAMEWORK, given, warnings=True)
        warned.append(time.perf_counter() - started)
    assert warned[1] < 30 * warned[0], warned
    assert len(warnings) == count
    assert all(w.message.startswith("DK120 refers to ") for w in warnings)
    assert all("which is not a provision of this framework" in w.message for w in warnings)
    assert len(problems[0].message) < 400
