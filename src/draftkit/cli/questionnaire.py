"""``draftkit questionnaire`` and ``draftkit import``: the Word route to a framework, without writing YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from draftkit.diagnostics import COMMAND_LINE, InputError, printable

__all__ = ["register"]


def _areas(value: str | None) -> list[str] | None:
    return None if value is None else [a.strip() for a in value.split(",") if a.strip()]


def register(app: typer.Typer) -> None:
    @app.command()
    def questionnaire(
        output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The .docx to write.")],
        areas: Annotated[
            str | None,
            typer.Option(metavar="AREA,...", help="Only these areas, e.g. criminalization,investigative_powers."),
        ] = None,
        blocks: Annotated[
            int | None,
            typer.Option(metavar="N", min=1, max=200, help="Provision blocks per area (default: 5 to 16 by area)."),
        ] = None,
        prefill: Annotated[
            Path | None,
            typer.Option("--from", metavar="FRAMEWORK", help="Prefill the answers from this framework."),
        ] = None,
        language: Annotated[str, typer.Option(metavar="LANG", help="Language of the form (en).")] = "en",
    ) -> None:
        """Write a Word questionnaire a ministry fills in with Word or LibreOffice.

        Each provision of the law is described in a block of questions: its act, section, status
        and text, then one question per element (drop-down lists, check boxes, date pickers).
        Read it back with `draftkit import`.

        Examples:

          draftkit questionnaire -o questionnaire.docx

          draftkit questionnaire --from examples/xa-common-law.yaml -o xa-answers.docx

        Exit codes: 0 written; 2 bad input (nothing written).
        """
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.drafts import write_outputs
        from draftkit.models import Area
        from draftkit.questionnaire import questionnaire_docx

        if language != "en":
            raise InputError.single(
                COMMAND_LINE, f"the questionnaire is written in English only so far; got --language {language}"
            )
        chosen = _areas(areas)
        known = {a.value: a for a in Area}
        if chosen is not None:
            unknown = [a for a in chosen if a not in known]
            if unknown:
                raise InputError.single(
                    COMMAND_LINE, f"unknown area '{unknown[0]}'; expected one of: {', '.join(known)}"
                )
        framework = None
        if prefill is not None:
            from draftkit.load import load_framework

            framework = load_framework(prefill)
        data = questionnaire_docx(
            areas=None if chosen is None else [known[a] for a in chosen],
            blocks=blocks,
            framework=framework,
            source=str(prefill),
        )
        write_outputs({output.name: data}, output.parent, what="the questionnaire")
        typer.echo(f"{output}: questionnaire written; fill it in, then run: draftkit import {output} -o framework.yaml")

    @app.command(name="import")
    def import_(
        *,
        document: Annotated[
            Path, typer.Argument(metavar="FILE.docx", help="A filled-in questionnaire, or a bill drafted by draftkit.")
        ],
        output: Annotated[
            Path, typer.Option("--output", "-o", metavar="FRAMEWORK.yaml", help="The framework file to write.")
        ],
        framework_file: Annotated[
            Path | None,
            typer.Option(
                "--framework",
                "-f",
                metavar="FRAMEWORK",
                help="For a bill: the framework it was drafted from (required for a bill).",
            ),
        ] = None,
        pack: Annotated[
            list[Path] | None,
            typer.Option(
                "--pack", "-p", metavar="PACK", help="For a bill: a rule pack it was drafted with (repeatable)."
            ),
        ] = None,
        bill_language: Annotated[
            str | None,
            typer.Option(
                "--language",
                metavar="LANG",
                help="For a bill: the language it was drafted in (default: the framework's language).",
            ),
        ] = None,
        fallback_language: Annotated[
            str | None,
            typer.Option(
                "--fallback-language", metavar="LANG", help="For a bill: as given to draftkit draft, if it was."
            ),
        ] = None,
    ) -> None:
        """Read a filled-in questionnaire, or a bill edited in Word, into a framework file that validates.

        A questionnaire: every wrong answer is reported by its question number, all at once, and
        nothing is written until the whole form reads: e.g. "Question 3.2.27 (Investigative powers,
        provision 3.2 - Maximum duration in days): expected a whole number; got 'thirty'".

        A bill (bill.docx from `draftkit draft`, after the drafter accepted or rejected its tracked
        changes in Word or LibreOffice): give the framework it was drafted from with --framework.
        Accepted model sections become provisions of the bill, rejected ones are dropped, edited
        sections are kept with a warning to confirm their elements; tracked changes still pending
        are read as not accepted (a warning lists them).

        Examples:

          draftkit import questionnaire.docx -o framework.yaml && draftkit check framework.yaml

          draftkit import bill.docx --framework aldermere.yaml -o aldermere-2.yaml

        Exit codes: 0 written (warnings on standard error); 2 bad input (nothing written).
        """

        kind = _docx_kind(document)
        if kind == "bill":
            if framework_file is None:
                raise InputError.single(
                    COMMAND_LINE,
                    f"{document} is a bill drafted by draftkit; give the framework it was drafted from: "
                    f"draftkit import {document} --framework FRAMEWORK.yaml -o {output}",
                )
            _import_bill(document, output, framework_file, list(pack or []), (bill_language, fallback_language))
            return
        if framework_file is not None or pack:
            raise InputError.single(
                COMMAND_LINE, f"{document} is a questionnaire: --framework and --pack are for a bill; leave them out"
            )
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.drafts import write_outputs
        from draftkit.load import framework_to_yaml
        from draftkit.questionnaire import read_questionnaire

        framework = read_questionnaire(document)
        header = (
            f"# Imported by draftkit from the questionnaire {document.name}.\n"
            "# The elements are the answers as given: read them against the text before relying on a check.\n"
        )
        write_outputs(
            {output.name: (header + framework_to_yaml(framework)).encode()}, output.parent, what="the framework"
        )
        typer.echo(f"{output}: {framework.name}, {len(framework.provisions)} provisions; next: draftkit check {output}")


def _docx_kind(document: Path) -> str:
    """``questionnaire`` or ``bill``; any other .docx is an error saying what draftkit reads."""
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.billimport import is_bill
    from draftkit.ingest import open_docx
    from draftkit.questionnaire.docx_form import form_version

    package = open_docx(document)
    body = package.xml(package.main).getroot()
    if form_version(body) is not None:
        return "questionnaire"
    if is_bill(body):
        return "bill"
    raise InputError.single(
        str(document),
        "this Word document is neither a draftkit questionnaire nor a bill drafted by draftkit; "
        "write a questionnaire with: draftkit questionnaire -o questionnaire.docx",
    )


def _import_bill(
    document: Path, output: Path, framework_file: Path, packs: list[Path], languages: tuple[str | None, str | None]
) -> None:

    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.billimport import read_bill
    from draftkit.drafts import write_outputs
    from draftkit.load import framework_to_yaml
    from draftkit.service import load_file_and_rules

    loaded, rules = load_file_and_rules(framework_file, packs)
    imported = read_bill(
        document,
        loaded.framework,
        packs=list(rules.packs) if rules.packs is not None else None,
        framework_name=str(framework_file),
        language=languages[0],
        fallback_language=languages[1],
    )
    for warning in imported.warnings:
        print(printable(f"warning: {warning}"), file=sys.stderr)
    notes = "".join(f"# - {w.partition(': ')[2]}\n" for w in imported.warnings)
    header = (
        f"# Imported by draftkit from the bill {document.name}, drafted from {framework_file.name}.\n"
        "# Accepted sections are provisions of the bill (status bill); rejected ones are left out.\n"
        + (f"# To confirm:\n{notes}" if notes else "")
    )
    write_outputs(
        {output.name: (header + framework_to_yaml(imported.framework)).encode()}, output.parent, what="the framework"
    )
    typer.echo(
        printable(
            f"{output}: {imported.accepted} change(s) accepted, {imported.rejected} rejected, "
            f"{imported.edited} section(s) edited; next: draftkit check {output}"
        )
    )
