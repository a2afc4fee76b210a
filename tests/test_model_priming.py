"""Models primed from their cached core schemas (``draftkit.models.validators``) behave as pydantic's own.

With the cache on, a cold ``draftkit check`` gives the framework and the assessment validators and
serializers compiled from cached core schemas instead of generating them (benchmarks/ measures the
time). What these tests hold: the output, the errors and the assessment JSON are byte for byte those
of a run without the cache, and the second run really generated no schema.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from pydantic_core import SchemaValidator

from draftkit import cache
from draftkit.models import NationalFramework
from draftkit.models.base import DraftkitModel
from draftkit.models.validators import _config, core_schema, prime

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

RUN = """
import sys
from draftkit.cli import main
from draftkit.models import NationalFramework
from draftkit.assess.result import Assessment, ViewResult
sys.argv = ["draftkit", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code
built = [m.__name__ for m in (NationalFramework, ViewResult, Assessment) if m.__pydantic_complete__]
print("built:", ",".join(built) or "none", "exit:", code, file=sys.stderr)
"""


def _run(args: list[str], cache_dir: Path | None) -> tuple[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"DRAFTKIT_NO_CACHE", "DRAFTKIT_CACHE_DIR"}}
    if cache_dir is None:
        env["DRAFTKIT_NO_CACHE"] = "1"
    else:
        env["DRAFTKIT_CACHE_DIR"] = str(cache_dir)
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    return done.stdout, done.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_a_check_from_primed_models_is_the_check_without_the_cache(example: Path, tmp_path: Path) -> None:
    args = ["check", str(example), "--format", "json"]
    plain, plain_err = _run(args, None)
    assert plain_err.endswith("built: NationalFramework,ViewResult,Assessment exit: 0\n")  # pydantic built them
    _run(args, tmp_path)  # fills the cache
    primed, primed_err = _run(args, tmp_path)
    assert primed_err.endswith("built: none exit: 0\n"), primed_err  # no schema was generated...
    assert primed == plain  # ...and the assessment is the same, to the byte
    assert json.loads(primed)["framework"]["source"] == str(example)


def test_errors_from_a_primed_validator_are_pydantics(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "country: XZ\nname: Bad\nas_of: 2026-01-01\nlegal_tradition: common_law\nlanguage: en\n"
        "provisions:\n  - id: xz.s1\n    kind: offence\n    title: 7\n    status: in_force\n    colour: red\n",
        encoding="utf-8",
    )
    args = ["check", str(bad), "--format", "json"]
    plain, plain_err = _run(args, None)
    _run(args, tmp_path)
    primed, primed_err = _run(args, tmp_path)
    assert "exit: 2" in plain_err
    assert primed == plain == ""
    assert primed_err.replace("built: none", "built: NationalFramework") == plain_err
    assert "bad.yaml:" in primed_err


class _WithMetadataField(DraftkitModel):
    metadata: dict[str, int]
    label: str = "x"


def test_the_cached_schema_can_be_stored_and_keeps_a_field_called_metadata() -> None:
    schema = core_schema(_WithMetadataField)
    text = repr(schema)
    assert "pydantic_js" not in text  # the JSON Schema hooks (functions) are gone...
    restored: Any = pickle.loads(pickle.dumps(schema))  # ...so it can be stored
    model = restored["schema"] if restored["type"] == "definitions" else restored
    fields = model["schema"]["fields"]
    assert set(fields) == {"metadata", "label"}  # a field named "metadata" is a field, kept
    assert _config(restored)["title"] == "_WithMetadataField"


def test_the_framework_schema_can_be_stored_and_names_the_model_in_its_config() -> None:
    schema = core_schema(NationalFramework)
    assert _config(pickle.loads(pickle.dumps(schema)))["title"] == "NationalFramework"
    assert "pydantic_js" not in repr(schema)


def test_prime_with_the_cache_off_changes_nothing() -> None:
    class Fresh(DraftkitModel):  # deferred: pydantic builds it when first used
        x: int

    assert not cache.is_enabled()
    prime(Fresh)
    assert not Fresh.__pydantic_complete__
    assert not isinstance(Fresh.__dict__.get("__pydantic_validator__"), SchemaValidator)
    assert Fresh(x=1).x == 1  # and pydantic builds it as usual


def test_prime_with_the_cache_on_compiles_the_models_validator_once(tmp_path: Path) -> None:
    class Fresh(DraftkitModel):
        x: int

    with cache.enabled(tmp_path):
        prime(Fresh)  # a miss: pydantic builds the model (a local class cannot be stored for next time)
        validator = Fresh.__dict__.get("__pydantic_validator__")
        prime(Fresh)
    assert isinstance(validator, SchemaValidator)
    assert Fresh.__dict__["__pydantic_validator__"] is validator  # a built model is left as it is
    assert Fresh(x=2).x == 2
    with pytest.raises(ValidationError, match="Fresh"):
        Fresh(x="two")
