"""``draftkit migrate FILE...``: rewrite version 1 framework and catalog files as version 2."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import COMMAND_LINE, InputError, Problem, printable

__all__ = ["register"]


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a reader sees the old file or the new, never half of one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def register(app: typer.Typer) -> None:
    @app.command()
    def migrate(
        files: Annotated[list[Path], typer.Argument(help="Version 1 framework or catalog files (YAML or JSON).")],
        stdout: Annotated[
            bool, typer.Option("--stdout", help="Print the version 2 text of the one FILE; change nothing.")
        ] = False,
    ) -> None:
        """Rewrite version 1 files as file-format version 2, keeping comments and layout.

        Each file is rewritten in place and the original kept beside it as FILE.bak. If any file has a
        problem, every problem is printed and no file is written.
        """
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.load.migrate import migrate_file

        if stdout and len(files) != 1:
            raise InputError.single(COMMAND_LINE, "--stdout takes exactly one FILE")
        problems: list[Problem] = []
        results = []
        for path in files:
            try:
                results.append((path, *migrate_file(path)))
            except InputError as error:
                problems.extend(error.problems)
        for path, migration, _ in results:
            backup = path.with_name(path.name + ".bak")
            if migration.changed and not stdout and backup.exists():
                problems.extend(
                    InputError.single(
                        COMMAND_LINE,
                        f"{path}: the backup {backup} already exists; move it away first (it is never overwritten)",
                    ).problems
                )
        if problems:
            raise InputError(problems)
        if stdout:
            typer.echo(results[0][1].text, nl=False)
            return
        for path, migration, data in results:
            if not migration.changed:
                typer.echo(printable(f"{path}: unchanged ({migration.note})"))
                continue
            backup = path.with_name(path.name + ".bak")
            backup.write_bytes(path.read_bytes())
            _write_atomically(path, data)
            fault = f", {migration.rewritten} mental_element -> mental_elements" if migration.rewritten else ""
            typer.echo(printable(f"{path}: migrated to version 2{fault}; the original is {backup}"))
