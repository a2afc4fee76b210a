"""``draftkit questionnaire`` and ``draftkit import``: the Word route to a framework, without writing YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
        from draftkit.diagnostics import COMMAND_LINE, InputError
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
            areas=None if chosen is None else [known[a] for a in chosen], blocks=blocks, framework=framework
        )
        write_outputs({output.name: data}, output.parent)
        typer.echo(f"{output}: questionnaire written; fill it in, then run: draftkit import {output} -o framework.yaml")

    @app.command(name="import")
    def import_(
        document: Annotated[Path, typer.Argument(metavar="FILE.docx", help="A filled-in draftkit questionnaire.")],
        output: Annotated[
            Path, typer.Option("--output", "-o", metavar="FRAMEWORK.yaml", help="The framework file to write.")
        ],
    ) -> None:
        """Read a filled-in questionnaire into a framework file that validates.

        Every wrong answer is reported by its question number, all at once, and nothing is
        written until the whole form reads: e.g. "Question 3.2.26 (Investigative powers,
        provision 3.2 - Maximum duration in days): expected a whole number; got 'thirty'".

        Example:

          draftkit import questionnaire.docx -o framework.yaml && draftkit check framework.yaml

        Exit codes: 0 written; 2 bad input (nothing written).
        """
        from draftkit.drafts import write_outputs
        from draftkit.load import framework_to_yaml
        from draftkit.questionnaire import read_questionnaire

        framework = read_questionnaire(document)
        header = (
            f"# Imported by draftkit from the questionnaire {document.name}.\n"
            "# The elements are the answers as given: read them against the text before relying on a check.\n"
        )
        write_outputs({output.name: (header + framework_to_yaml(framework)).encode()}, output.parent)
        typer.echo(f"{output}: {framework.name}, {len(framework.provisions)} provisions; next: draftkit check {output}")
