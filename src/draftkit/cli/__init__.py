"""The ``draftkit`` command line.

Each command lives in its own module and imports what it needs when it runs, so
``draftkit check`` never pays for python-docx or jsonschema, and the typer app is
built on first use (``draftkit check ... --format json`` runs without typer). Bad input of any
kind ends the same way: every problem printed as ``file:line:col: path: message``
on standard error, exit code 2, no traceback.
"""

from __future__ import annotations

import enum
import importlib
import os
import sys
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from draftkit import cache
from draftkit.cli.runs import pause_collector
from draftkit.diagnostics import InputError

if TYPE_CHECKING:
    import typer

__all__ = ["app", "command", "main"]

EXIT_BAD_INPUT = 2


def report_problems(error: InputError) -> None:
    for problem in error.problems:
        print(str(problem), file=sys.stderr)
    count = len(error.problems)
    summary = f"; {error.summary}" if error.summary else ""
    print(f"draftkit: {count} problem{'s' if count != 1 else ''} found{summary}.", file=sys.stderr)


def _make_app() -> typer.Typer:
    """The typer app, built on first use: ``draftkit check ... --format json`` runs without it."""
    import typer  # lazily, for start-up time: a plain JSON check never imports it

    app = typer.Typer(
        name="draftkit",
        help="Model provisions, gap checks and annotated Word drafts for counter-terrorism law "
        "on the use of the Internet (after UNODC, 2012).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def _options(  # the annotation is a plain name: typer resolves it without this module importing typer
        version: bool = typer.Option(
            False, "--version", callback=_version, is_eager=True, help="Print draftkit's version and exit."
        ),
    ) -> None:
        pass

    return app


def _register(app: typer.Typer) -> None:
    """Every command, in the order ``--help`` lists them; a command is one module with a ``register(app)``."""
    from draftkit.cli import (  # lazily: only when typer runs
        akn,
        catalog,
        check,
        diff,
        draft,
        explain,
        migrate,
        questionnaire,
        registry,
        schema,
        validate,
    )

    for module in (explain, validate, migrate, schema, catalog, registry, check, draft, diff, akn, questionnaire):
        module.register(app)


def _plain_metavar(annotation: Any, name: str) -> str | None:
    """What ``--help`` shows for a value with no metavar of its own: a word a user types, never a
    Python type (``<list[Path]>``, ``<str>``, ``<int range>`` are what typer shows by default)."""

    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = members[0] if len(members) == 1 else annotation
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    if annotation is bool or (isinstance(annotation, type) and issubclass(annotation, enum.Enum)):
        return None  # a flag, or a choice typer lists as <a|b|c>
    if annotation is Path:
        return "OUTDIR" if name == "outdir" else "FILE"
    if annotation is int:
        return "N"
    return name.upper().strip("_") if annotation is str else None


_USAGE: dict[str, tuple[tuple[str, ...], str]] = {
    "validate": (
        ("draftkit validate aldermere.yaml", "draftkit validate examples/*.yaml --quiet"),
        "0 every file valid (warnings on standard error); 2 a problem in any file.",
    ),
    "migrate": (
        ("draftkit migrate old-framework.yaml",),
        "0 rewritten (the original kept as FILE.bak); 2 a problem in any file (nothing written).",
    ),
    "schema": (("draftkit schema framework > framework.schema.json",), "0 printed; 2 no such schema."),
    "instruments": (("draftkit instruments", "draftkit instruments --format json"), "0 listed."),
    "guidance": (("draftkit guidance --area jurisdiction",), "0 listed; 2 unknown area."),
    "check": (
        (
            "draftkit check aldermere.yaml",
            "draftkit check aldermere.yaml --format json > assessment.json",
            "draftkit check frameworks/ --fail-under LC",
        ),
        "0 checked; 1 --fail-under given and an area is rated below it; 2 bad input (every problem printed).",
    ),
    "draft": (
        (
            "draftkit draft aldermere.yaml -o out",
            "draftkit draft aldermere.yaml -o out -p examples/packs/cets-217.yaml",
        ),
        "0 written; 2 bad input (nothing written, earlier drafts in OUTDIR kept).",
    ),
    "diff": (
        (
            "draftkit diff round1/assessment.json round2/assessment.json",
            "draftkit diff round1/assessment.json round2/assessment.json --framework aldermere-2027.yaml",
        ),
        "0 compared; 2 bad input (another State, other rule packs, not an assessment).",
    ),
    "import-akn": (
        ("draftkit import-akn penal-code.xml -o skeleton.yaml --name 'Republic of Aldermere'",),
        "0 written; 2 bad input (nothing written).",
    ),
    "catalog list": (("draftkit catalog list --area criminalization",), "0 listed; 2 unknown area."),
    "catalog show": (
        ("draftkit catalog show offence.incitement --param incitement_max_years=10",),
        "0 printed; 2 no such model provision, parameter or variant.",
    ),
    "export akn": (
        ("draftkit export akn aldermere.yaml -o bill.akn.xml",),
        "0 written; 2 bad input (nothing written).",
    ),
}
"""Examples and exit codes shown at the end of each command's ``--help`` (the commands whose own help
does not give them)."""


def _usage_epilog(examples: tuple[str, ...], codes: str, existing: str | None) -> str:
    lines = "\n".join(f"  {example}" for example in examples)
    block = f"\b\nExamples:\n{lines}\n\nExit codes: {codes}"
    return f"{block}\n\n{existing}" if existing else block


def _plain_metavars(app: typer.Typer, prefix: str = "") -> None:
    """Give every option and argument without a metavar a plain one (see :func:`_plain_metavar`),
    and every command without them its examples and exit codes (:data:`_USAGE`)."""

    # lazily: commands load what they need when they run (start-up time of draftkit)
    from typer.models import ArgumentInfo, OptionInfo

    commands = list(app.registered_commands)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            _plain_metavars(group.typer_instance, f"{prefix}{group.name} ")
    for command in commands:
        if command.callback is None:
            continue
        name = prefix + (command.name or command.callback.__name__.strip("_").replace("_", "-"))
        if name in _USAGE:
            command.epilog = _usage_epilog(*_USAGE[name], command.epilog)
        hints = typing.get_type_hints(command.callback, include_extras=True)
        for name, hint in hints.items():
            if typing.get_origin(hint) is not typing.Annotated:
                continue
            base, *extras = typing.get_args(hint)
            for info in extras:
                if isinstance(info, (OptionInfo, ArgumentInfo)) and info.metavar is None:
                    info.metavar = _plain_metavar(base, name)
                if isinstance(info, ArgumentInfo) and info.metavar and info.metavar.endswith("..."):
                    info.metavar = info.metavar[:-3]  # typer adds the dots of a repeated argument itself
        # the modules' annotations are strings, evaluated afresh by each reader: keep these objects
        command.callback.__annotations__.update(hints)


def _argument_types_hidden() -> None:
    """typer prints an argument's Python type beside its name (``FILE.docx <Path>``); with a metavar
    of our own, the name says it. Options already show their metavar instead of the type."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from typer.core import TyperArgument

    original = TyperArgument.display_type_rich
    if getattr(original, "draftkit", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return None if self.metavar is not None else original(self, ctx)

    display_type_rich.draftkit = True  # type: ignore[attr-defined]
    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign]


def _app() -> typer.Typer:
    app: typer.Typer | None = globals().get("app")
    if app is None:
        _argument_types_hidden()
        app = _make_app()
        _register(app)
        _plain_metavars(app)
        globals()["app"] = app
    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app()
    raise AttributeError(f"module 'draftkit.cli' has no attribute '{name}'")


def _exit_now(code: int) -> NoReturn:
    """End the process without tearing down the interpreter.

    Freeing every object and module one by one at exit costs a cold ``check`` 25 to 45 ms
    (measured), a sixth of its run or more, for memory the operating system reclaims anyway. mypy ends
    the same way (``hard_exit``). Only for paths that hold no open files, temporary files or
    worker pools: the output is flushed here, and nothing is registered with ``atexit``.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(code)


_PLUGIN_LOADER = "pydantic.plugin._loader"


def _without_pydantic_plugins() -> None:
    """Answer pydantic's plugin lookup in advance: this process runs none.

    pydantic plugins instrument an application's own models (tracing, metrics); a command
    validating draftkit's files has no use for them. pydantic looks for them in every package's
    entry points, in a module that imports ``importlib.metadata`` (and with it email, zipfile,
    csv, socket...) before it even reads ``PYDANTIC_DISABLE_PLUGINS``: about 13 ms of a cold
    ``check``, to find nothing. That module is given its answer here, the one the real module
    gives under ``PYDANTIC_DISABLE_PLUGINS=__all__``. Any other name asked of it is taken from the
    real module, so a pydantic that changes the module still works, only without the saving.
    """
    if _PLUGIN_LOADER in sys.modules:
        return
    loader = types.ModuleType(_PLUGIN_LOADER, "draftkit's stand-in: no pydantic plugins in the command line.")

    def get_plugins() -> tuple[()]:
        return ()

    def real(name: str) -> Any:
        if name.startswith("__"):  # the import system probing (__path__...): not a question for pydantic's module
            raise AttributeError(name)
        del sys.modules[_PLUGIN_LOADER]
        return getattr(importlib.import_module(_PLUGIN_LOADER), name)

    loader.get_plugins = get_plugins  # type: ignore[attr-defined]
    loader.__getattr__ = real  # type: ignore[method-assign]
    sys.modules[_PLUGIN_LOADER] = loader


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version  # only for --version: it costs a cold start about 10 ms

        print(f"draftkit {version('draftkit')}")
        raise SystemExit(0)


def main(*, exit_now: bool = False) -> None:
    """Run the app on ``sys.argv``, turning ``InputError`` into exit code 2; always ends in ``SystemExit``.

    The command line uses draftkit's cache (:mod:`draftkit.cache`), for this call only. Called from
    Python (tests, another program), it changes nothing else in the process. ``exit_now`` is for a
    process of its own (:func:`command`): a check then ends in ``os._exit`` instead, see :func:`_exit_now`.
    """

    try:
        with cache.enabled():
            if sys.argv[1:2] == ["check"]:
                # lazily: commands load what they need when they run (start-up time of draftkit)
                from draftkit.cli.check import fast_check

                code = fast_check(sys.argv[2:])  # None: not a plain JSON request; typer takes it
                if code is not None:
                    if exit_now:
                        _exit_now(code)
                    sys.exit(code)
            _app()()
    except InputError as error:
        report_problems(error)
        sys.exit(EXIT_BAD_INPUT)


def command() -> None:
    """The installed ``draftkit`` command and ``python -m draftkit``: :func:`main` in a process of its own.

    Owning the process, and only then, it answers pydantic's plugin lookup up front, pauses the
    cyclic garbage collector and lets a check end without tearing the interpreter down. These are
    the only places draftkit changes process-wide state; :func:`main`, called from Python (tests,
    another program), leaves pydantic, the collector and the process as it found them.
    """
    _without_pydantic_plugins()
    pause_collector()
    main(exit_now=True)
