"""``draftkit import-akn ACT.xml... -o FRAMEWORK.yaml`` and ``draftkit export akn FRAMEWORK -o FILE``."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import COMMAND_LINE, InputError, Problem, printable
from draftkit.i18n import Messages, messages, msg

__all__ = ["import_akn", "register", "write_atomically"]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place: all or nothing."""
    if path.is_dir():
        raise InputError.single(str(path), "is a directory; give a file name to write")
    parent = path.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=parent)
    except OSError as error:
        raise InputError.single(str(path), f"cannot be written: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError.single(str(path), f"cannot be written: {error.strerror or error}") from None
        raise


def import_akn(
    files: list[Path],
    *,
    name: str | None = None,
    tradition: str | None = None,
    as_of: dt.date | None = None,
    words: Messages | None = None,
) -> tuple[str, list[str]]:
    """The skeleton YAML for ``files`` and the lines to tell the user (in the language of ``words``, default
    English); every problem of every file at once."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.akn.reader import ImportedAct, read_act
    from draftkit.akn.skeleton import build_skeleton
    from draftkit.load.framework import parse_framework
    from draftkit.models import LegalTradition
    from draftkit.source.text import MAX_INPUT_BYTES

    chosen_tradition = None
    if tradition is not None:
        try:
            chosen_tradition = LegalTradition(tradition)
        except ValueError:
            known = ", ".join(t.value for t in LegalTradition)
            raise InputError.single(COMMAND_LINE, f"--tradition: expected one of {known}; got '{tradition}'") from None
    acts: list[ImportedAct] = []
    problems: list[Problem] = []
    for path in files:
        try:
            acts.append(read_act(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    skeleton = build_skeleton(acts, name=name, tradition=chosen_tradition, as_of=as_of)
    size = len(skeleton.yaml.encode("utf-8"))
    if size > MAX_INPUT_BYTES:
        raise InputError.single(
            COMMAND_LINE,
            f"the framework would be {size:,} bytes, over the {MAX_INPUT_BYTES:,}-byte limit of a framework file; "
            "import fewer acts at once",
        )
    parse_framework(skeleton.yaml, "<import-akn output>")  # the promise: the file loads and validates as written
    w = words or Messages()
    lines = [w("akn.imported", count=len(skeleton.provision_ids), acts=msg("akn.acts", count=len(acts)))]
    lines.append(w("akn.to_fill"))
    lines.extend(f"  - {w.text(item)}" for item in skeleton.to_fill)
    if skeleton.suggestions:
        lines.append(w("akn.suggested"))
        lines.extend(
            f"  - {w('akn.suggestion', id=pid, kind=kind, words=said)}" for pid, kind, said in skeleton.suggestions
        )
    if skeleton.left_out:
        lines.append(w("akn.left_out"))
        lines.extend(f"  - {w.text(item)}" for item in skeleton.left_out)
    return skeleton.yaml, lines


def register(app: typer.Typer) -> None:
    @app.command("import-akn")
    def import_akn_command(
        *,
        files: Annotated[list[Path], typer.Argument(metavar="ACT.xml...", help="Akoma Ntoso 3.0 acts (or bills).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="The framework skeleton to write (YAML).")],
        name: Annotated[str | None, typer.Option("--name", help="The State's name as documents print it.")] = None,
        tradition: Annotated[
            str | None, typer.Option("--tradition", help="common_law, civil_law, mixed, islamic_law or other.")
        ] = None,
        as_of: Annotated[
            str | None, typer.Option("--as-of", help="The framework's date (YYYY-MM-DD); default: the acts' latest.")
        ] = None,
        language: Annotated[
            str, typer.Option("--language", metavar="LANG", help="Language of what the command prints (en, fr, es).")
        ] = "en",
    ) -> None:
        """Turn Akoma Ntoso acts into a framework skeleton: text and sources in, kind and elements for you to fill."""

        words = messages(language)
        when = None
        if as_of is not None:
            try:
                when = dt.date.fromisoformat(as_of)
            except ValueError:
                raise InputError.single(
                    COMMAND_LINE, f"--as-of: expected a date as YYYY-MM-DD; got '{as_of}'"
                ) from None
        text, lines = import_akn(files, name=name, tradition=tradition, as_of=when, words=words)
        write_atomically(output, text.encode("utf-8"))
        typer.echo(words("cli.wrote", file=str(output)))
        for line in lines:
            typer.echo(printable(line))

    export = typer.Typer(help="Write a framework's proposed bill in an open format.", no_args_is_help=True)

    @export.command("akn")
    def export_akn(
        framework_file: Annotated[Path, typer.Argument(metavar="FRAMEWORK", help="Framework file (YAML or JSON).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="The Akoma Ntoso file to write.")],
        date: Annotated[
            str | None, typer.Option(help="Date of the draft (YYYY-MM-DD): its IRI and metadata; fixes the bytes.")
        ] = None,
        pack: Annotated[
            list[Path] | None, typer.Option("--pack", help="An extra rule pack, checked with the core pack.")
        ] = None,
    ) -> None:
        """Write the proposed bill as Akoma Ntoso 3.0 XML (the bill.akn.xml that `draft` writes)."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.akn.writer import render_bill_akn
        from draftkit.drafts import drafting_time
        from draftkit.render.bill_akn import bill_tree, check_framework_text
        from draftkit.service import assess_with, load_file_and_rules

        when = None
        if date is not None:
            try:
                when = dt.date.fromisoformat(date)
            except ValueError:
                raise InputError.single("--date", f"expected a date as YYYY-MM-DD; got '{date}'") from None
        loaded, rules = load_file_and_rules(framework_file, list(pack or []))
        assessment = assess_with(loaded, rules)
        check_framework_text(loaded.framework, assessment, loaded.document)
        data = render_bill_akn(bill_tree(loaded.framework, assessment), drafting_time(when))
        write_atomically(output, data)
        typer.echo(str(output))

    app.add_typer(export, name="export")
