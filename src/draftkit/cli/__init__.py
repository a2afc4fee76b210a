"""The ``draftkit`` command line.

Each command lives in its own module and imports what it needs when it runs, so
``draftkit check`` never pays for python-docx or jsonschema, and the typer app is
built on first use (``draftkit check ... --format json`` runs without typer). Bad input of any
kind ends the same way: every problem printed as ``file:line:col: path: message``
on standard error, exit code 2, no traceback.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import types
from typing import TYPE_CHECKING, Any, NoReturn

from draftkit.diagnostics import InputError

if TYPE_CHECKING:
    import typer

__all__ = ["app", "command", "main"]

EXIT_BAD_INPUT = 2


def report_problems(error: InputError) -> None:
    for problem in error.problems:
        print(str(problem), file=sys.stderr)
    count = len(error.problems)
    print(f"draftkit: {count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)


def _make_app() -> typer.Typer:
    """The typer app, built on first use: ``draftkit check ... --format json`` runs without it."""
    import typer

    return typer.Typer(
        name="draftkit",
        help="Model provisions, gap checks and annotated Word drafts for counter-terrorism law "
        "on the use of the Internet (after UNODC, 2012).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )


def _register(app: typer.Typer) -> None:
    from draftkit.cli import catalog, registry, schema, validate

    validate.register(app)
    schema.register(app)
    catalog.register(app)
    registry.register(app)
    for optional in ("check", "draft", "diff"):
        try:
            module = __import__(f"draftkit.cli.{optional}", fromlist=["register"])
        except ModuleNotFoundError as missing:
            if missing.name != f"draftkit.cli.{optional}":
                raise
            continue
        module.register(app)


def _app() -> typer.Typer:
    app: typer.Typer | None = globals().get("app")
    if app is None:
        app = _make_app()
        _register(app)
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


def _fast_check(argv: list[str], *, exit_now: bool) -> int | None:
    """``fast_check`` with Python's cyclic garbage collector paused.

    A single check allocates mostly the classes and validators pydantic builds on a cold start:
    nothing the collector could free (reference counting frees the rest), yet it would rescan
    them again and again, about 15 ms of a cold check. When the process ends right after
    (``exit_now``) the collector is left off; otherwise it is turned back on. A batch turns
    it back on itself: its workers live for many frameworks.
    """
    from draftkit.cli.check import fast_check

    collecting = gc.isenabled()
    gc.disable()
    code: int | None = None
    try:
        code = fast_check(argv)  # None: not a plain JSON request; typer takes it
    finally:
        if collecting and (code is None or not exit_now):
            gc.enable()
    return code


def main(*, exit_now: bool = False) -> None:
    """Run the app on ``sys.argv``, turning ``InputError`` into exit code 2; always ends in ``SystemExit``.

    ``exit_now`` is for a process of its own (:func:`command`): a check then ends in
    ``os._exit`` instead, see :func:`_exit_now`.
    """
    try:
        if sys.argv[1:2] == ["check"]:
            code = _fast_check(sys.argv[2:], exit_now=exit_now)
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

    Owning the process, it answers pydantic's plugin lookup up front and lets a check end
    without tearing the interpreter down. :func:`main`, called from Python (tests, another
    program), does neither: it leaves pydantic and the process as it found them.
    """
    _without_pydantic_plugins()
    main(exit_now=True)
