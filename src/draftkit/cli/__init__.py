"""The ``draftkit`` command line.

Each command lives in its own module and imports what it needs when it runs, so
``draftkit check`` never pays for python-docx or jsonschema, and the typer app is
built on first use (``draftkit check ... --format json`` runs without typer). Bad input of any
kind ends the same way: every problem printed as ``file:line:col: path: message``
on standard error, exit code 2, no traceback.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from draftkit.load.errors import InputError

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]

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
    for optional in ("check", "draft"):
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


def main() -> None:
    """Entry point: run the app, turning ``InputError`` into exit code 2."""
    try:
        if sys.argv[1:2] == ["check"]:
            from draftkit.cli.check import fast_check

            code = fast_check(sys.argv[2:])  # None: not a plain JSON request; typer takes it
            if code is not None:
                sys.exit(code)
        _app()()
    except InputError as error:
        report_problems(error)
        sys.exit(EXIT_BAD_INPUT)
