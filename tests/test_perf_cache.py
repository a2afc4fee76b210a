"""The per-user cache of the catalog and core pack: hits, misses on any change, silent fallbacks.

And the import hygiene that keeps ``draftkit check --format json`` fast: no typer, no rich,
no Word or schema libraries, no pack compiler when the core pack comes from the cache.
(Timings live in ``benchmarks/``; these tests assert behaviour only.)
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from draftkit import cache
from draftkit.assess import pack as pack_module
from draftkit.catalog import store
from draftkit.paths import catalog_dir

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xc-penal-code-only.yaml"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv("DRAFTKIT_CACHE_DIR", str(directory))
    monkeypatch.delenv("DRAFTKIT_NO_CACHE", raising=False)
    _clear_catalog_caches()
    with cache.enabled():
        yield directory
    _clear_catalog_caches()


def _clear_catalog_caches() -> None:
    store.load_catalog.cache_clear()
    store.catalog_titles.cache_clear()
    store.catalog_ids.cache_clear()


class Counter:
    def __init__(self, value: object = "built") -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_second_call_is_a_hit(cache_home: Path) -> None:
    build = Counter({"a": [1, 2]})
    sources = [("input.yaml", b"a: [1, 2]")]
    assert cache.cached("thing", lambda: sources, build) == {"a": [1, 2]}
    assert cache.cached("thing", lambda: sources, build) == {"a": [1, 2]}
    assert build.calls == 1
    assert len(list(cache_home.glob("thing-*.pickle"))) == 1
    assert oct(cache_home.stat().st_mode & 0o777) == oct(0o700)


def test_changed_bytes_or_code_is_a_miss(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = Counter()
    cache.cached("thing", lambda: [("input.yaml", b"one")], build)
    cache.cached("thing", lambda: [("input.yaml", b"two")], build)  # same size, other bytes
    cache.cached("thing", lambda: [("other.yaml", b"two")], build)  # same bytes, other file
    assert build.calls == 3
    monkeypatch.setitem(cache._memo, "code", "draftkit was edited or upgraded")
    cache.cached("thing", lambda: [("input.yaml", b"one")], build)
    assert build.calls == 4


def test_broken_foreign_or_unwritable_cache_falls_back_silently(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = Counter()
    sources = [("input.yaml", b"x")]
    cache.cached("thing", lambda: sources, build)
    (entry,) = cache_home.glob("thing-*.pickle")
    entry.write_bytes(b"garbage")
    assert cache.cached("thing", lambda: sources, build) == "built"  # corrupt: rebuilt and rewritten
    assert build.calls == 2
    assert cache.cached("thing", lambda: sources, build) == "built"
    assert build.calls == 2

    # a valid entry in a directory others can write to is never unpickled
    key = entry.stem.removeprefix("thing-")
    entry.write_bytes(cache._MAGIC + key.encode() + b"\n" + pickle.dumps("planted"))
    os.chmod(cache_home, 0o777)
    try:
        assert cache.cached("thing", lambda: sources, build) == "built"
    finally:
        os.chmod(cache_home, 0o700)
    assert cache.cached("thing", lambda: sources, build) == "planted"  # only the permissions kept it out

    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DRAFTKIT_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached("thing", lambda: sources, build) == "built"

    monkeypatch.setenv("DRAFTKIT_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_unreadable_inputs_are_reported_by_the_build(cache_home: Path) -> None:
    def sources() -> list[tuple[str, bytes]]:
        raise FileNotFoundError("gone")

    def build() -> object:
        raise ValueError("the build reports it")

    with pytest.raises(ValueError, match="the build reports it"):
        cache.cached("thing", sources, build)


def test_editing_a_catalog_file_is_a_cache_miss(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "model_provisions"
    shutil.copytree(catalog_dir(), copy)
    monkeypatch.setattr(store, "catalog_dir", lambda: copy)
    reads = Counter()
    real_read = store.read_catalog

    def counting_read(files: list[Path]) -> store.Catalog:
        reads()
        return real_read(files)

    monkeypatch.setattr(store, "read_catalog", counting_read)

    first = store.load_catalog()
    store.load_catalog.cache_clear()
    second = store.load_catalog()  # a new process would do the same: read back from the cache
    assert reads.calls == 1
    assert second.provisions == first.provisions
    assert second.positions == first.positions
    assert second is not first

    offences = copy / "offences.yaml"
    title = first.by_area("criminalization")[0].title
    text = offences.read_text(encoding="utf-8")
    assert text.count(f"title: {title}\n") == 1
    offences.write_text(text.replace(f"title: {title}\n", "title: Edited title\n"), encoding="utf-8")
    store.load_catalog.cache_clear()
    third = store.load_catalog()
    assert reads.calls == 2
    assert third.by_area("criminalization")[0].title == "Edited title"
    assert len(list(cache_home.glob("catalog-*.pickle"))) == 2


def test_cached_catalog_still_locates_its_provisions(cache_home: Path) -> None:
    store.load_catalog()
    store.load_catalog.cache_clear()
    catalog = store.load_catalog()
    name, index = catalog.positions["offence.incitement"]
    document = catalog.documents[name]  # parsed again on first use
    assert len(catalog.documents) == len(list(catalog_dir().glob("*.yaml")))
    assert document.data["provisions"][index]["id"] == "offence.incitement"
    assert document.locate(("provisions", index, "id"))[0] > 1


def test_core_pack_key_covers_the_pack_the_registries_and_the_catalog() -> None:
    names = [Path(name).name for name, _ in pack_module._core_pack_sources()]
    assert names[:3] == ["unodc-2012.yaml", "guidance_points.yaml", "instruments.yaml"]
    assert sorted(names[3:]) == sorted(p.name for p in catalog_dir().glob("*.yaml"))


def test_core_pack_from_the_cache_is_the_compiled_pack(cache_home: Path) -> None:
    fresh = pack_module._build_core_pack()
    cache.cached("core-pack", pack_module._core_pack_sources, pack_module._build_core_pack)
    cached = cache.cached("core-pack", pack_module._core_pack_sources, Counter())
    assert isinstance(cached, pack_module.RulePack)
    assert cached.file == fresh.file
    assert [c.met for c in cached.criteria] == [c.met for c in fresh.criteria]


def _imported(args: list[str], cache_dir: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {**os.environ, "DRAFTKIT_CACHE_DIR": str(cache_dir)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "draftkit", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    names = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    return result, names


def test_check_json_imports_neither_typer_nor_rich_nor_the_compiler(tmp_path: Path) -> None:
    args = ["check", str(EXAMPLE), "--format", "json"]
    _imported(args, tmp_path)  # fills the cache
    result, names = _imported(args, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "draftkit.assess.engine" in names
    roots = {name.split(".")[0] for name in names}
    assert not roots & {"typer", "click", "rich", "docx", "docxtpl", "jsonschema", "lxml"}
    assert "draftkit.assess.compile" not in names  # the core pack came from the cache
    assert "draftkit.batch" not in names
    # a framework's check loads the framework's checks, not those of catalogs, packs' sources or translations
    assert "draftkit.validate.framework_checks" in names
    assert not names & {
        "draftkit.validate.catalog_checks",
        "draftkit.validate.translation_checks",
        "draftkit.catalog.translation",
        "draftkit.models.translation",
    }


def test_anything_but_a_plain_json_check_goes_to_typer(tmp_path: Path) -> None:
    plain, _ = _imported(["check", str(EXAMPLE), "--format", "json"], tmp_path)
    spelled, names = _imported(["check", "-fjson", str(EXAMPLE)], tmp_path)  # click's spelling, not ours
    assert "typer" in names
    assert spelled.returncode == plain.returncode == 0
    assert spelled.stdout == plain.stdout
    typo, _ = _imported(["check", str(EXAMPLE), "--format", "jsn"], tmp_path)
    assert typo.returncode == 2
    assert "jsn" in typo.stderr
    helped, _ = _imported(["check", "--help"], tmp_path)
    assert helped.returncode == 0
    assert "JSON list" in helped.stdout


def test_check_json_runs_no_pydantic_plugin_lookup(tmp_path: Path) -> None:
    args = ["check", str(EXAMPLE), "--format", "json"]
    _imported(args, tmp_path)
    result, names = _imported(args, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "pydantic.plugin._schema_validator" in names  # validators were built...
    assert "importlib.metadata" not in names  # ...without scanning entry points for plugins
    assert "draftkit.models.catalog" in names
    assert json.loads(result.stdout)["framework"]["country"] == "XC"


STAND_IN = """
import sys
from draftkit.cli import _without_pydantic_plugins
_without_pydantic_plugins()
from pydantic import BaseModel
class Point(BaseModel):
    x: int
assert Point.model_validate({"x": 1}).x == 1
loader = sys.modules["pydantic.plugin._loader"]
print(loader.__name__, list(loader.get_plugins()), "importlib.metadata" in sys.modules)
from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP  # not the stand-in's: the real module's
print(PYDANTIC_ENTRY_POINT_GROUP, "importlib.metadata" in sys.modules)
"""


def test_the_plugin_stand_in_answers_none_and_defers_anything_else_to_pydantic() -> None:
    result = subprocess.run([sys.executable, "-c", STAND_IN], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["pydantic.plugin._loader [] False", "pydantic True"]


def test_importing_the_command_line_builds_no_models(tmp_path: Path) -> None:
    helped, names = _imported(["--help"], tmp_path)
    assert helped.returncode == 0
    assert "draftkit.diagnostics" in names
    assert not {"draftkit.models", "draftkit.load.framework", "pydantic"} & names


def test_catalog_titles_are_the_catalogs_and_come_from_the_cache(cache_home: Path) -> None:
    titles = store.catalog_titles()
    assert titles == store.load_catalog().titles()
    assert store.catalog_ids() == frozenset(store.load_catalog().positions)
    assert len(list(cache_home.glob("catalog-titles-*.pickle"))) == 1
    _clear_catalog_caches()
    assert cache.cached("catalog-titles", store._catalog_sources, Counter()) == titles


def test_a_single_check_leaves_the_collector_as_it_found_it_when_typer_takes_over(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from draftkit import cli

    monkeypatch.setattr(sys, "argv", ["draftkit", "check", "--help"])  # not a plain JSON request
    assert gc.isenabled()
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == 0
    assert "FRAMEWORK" in capsys.readouterr().out
    assert gc.isenabled()


def test_a_batch_check_turns_the_collector_back_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from draftkit.cli.check import OutputFormat, run_check
    from draftkit.cli.runs import pause_collector

    pause_collector()  # as the installed command does
    try:
        code = run_check(
            [EXAMPLE, ROOT / "examples" / "xb-civil-law.yaml"],
            pack=[],
            output=OutputFormat.JSON,
            fail_under=None,
            rating_rule=None,
            no_core=False,
            jobs=1,
        )
        assert gc.isenabled()
    finally:
        gc.enable()
    assert code == 0
    assert [a["framework"]["country"] for a in json.loads(capsys.readouterr().out)] == ["XC", "XB"]


def test_main_called_from_python_exits_normally_and_leaves_pydantic_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the installed command ends in os._exit and answers pydantic's plugin lookup."""
    from draftkit import cli

    loader_before = sys.modules.get("pydantic.plugin._loader")
    monkeypatch.setattr(sys, "argv", ["draftkit", "check", str(EXAMPLE), "--format", "json"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == 0
    assert json.loads(capsys.readouterr().out)["framework"]["country"] == "XC"
    assert gc.isenabled()
    assert sys.modules.get("pydantic.plugin._loader") is loader_before


def test_registries_and_rating_rule_read_back_from_the_cache_equal_fresh_ones(cache_home: Path) -> None:
    from draftkit import reference
    from draftkit.assess import rating

    built = (reference._instruments(), reference._guidance_points(), rating._shipped_rating_rule())
    for function in (reference.instruments, reference.guidance_points, rating.default_rating_rule):
        function.cache_clear()
        function()  # fills the cache
        function.cache_clear()
    try:
        again = (reference.instruments(), reference.guidance_points(), rating.default_rating_rule())
        assert again == built
        kinds = {path.name.rsplit("-", 1)[0] for path in cache_home.glob("*.pickle")}
        assert {"instruments", "guidance-points", "rating-rule"} <= kinds
    finally:
        for function in (reference.instruments, reference.guidance_points, rating.default_rating_rule):
            function.cache_clear()
