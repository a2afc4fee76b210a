"""``draftkit catalog list|show``: browse the model provisions."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.diagnostics import InputError
from draftkit.i18n import LanguageName, Messages, messages

if TYPE_CHECKING:
    from draftkit.catalog.store import Catalog

__all__ = ["register"]


class ListFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def _parse_params(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise InputError.single("<command line>", f"--param expects NAME=VALUE; got '{pair}'")
        values[name.strip()] = value.strip()
    return values


LANGUAGE_HELP = "Language of the model provisions and labels (en, fr, es...)."
FALLBACK_HELP = "Give what is not yet translated into LANG in this language (en) instead of stopping."


def _catalog_and_words(language: str, fallback: str | None) -> tuple[Catalog, Messages, frozenset[str]]:
    """The model provisions and messages of ``language``, and the ids of the provisions given in ``fallback``.

    ``InputError`` naming what is not translated when ``fallback`` is ``None``.
    """
    # lazily: commands load what they need when they run (start-up time of draftkit)
    from draftkit.drafts import catalog_in

    words = messages(language, fallback=fallback)
    catalog, fell_back = catalog_in(language, fallback=fallback)
    return catalog, words, frozenset(fell_back)


def register(app: typer.Typer) -> None:
    catalog_app = typer.Typer(help="Browse the model provisions.", no_args_is_help=True)
    app.add_typer(catalog_app, name="catalog")

    @catalog_app.command("list")
    def list_(
        area: Annotated[str | None, typer.Option(help="Only this area, e.g. criminalization.")] = None,
        format_: Annotated[ListFormat, typer.Option("--format", help="table or json.")] = ListFormat.TABLE,
        language: Annotated[str, typer.Option("--language", metavar="LANG", help=LANGUAGE_HELP)] = "en",
        fallback_language: Annotated[
            str | None, typer.Option("--fallback-language", metavar="LANG", help=FALLBACK_HELP)
        ] = None,
    ) -> None:
        """List model provisions, by area."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.models import Area

        catalog, words, _ = _catalog_and_words(language, fallback_language)
        if area is not None and area not in {a.value for a in Area}:
            raise InputError.single(
                "<command line>",
                f"unknown area '{area}'; expected one of: {', '.join(a.value for a in Area)}",
            )
        provisions = list(catalog) if area is None else catalog.by_area(area)
        if format_ is ListFormat.JSON:
            counts = {a.value: len(catalog.by_area(a)) for a in Area}
            typer.echo(
                json.dumps(
                    {
                        "count": len(provisions),
                        "areas": counts if area is None else {area: counts[area]},
                        "provisions": [
                            {
                                "id": p.id,
                                "kind": p.kind,
                                "area": p.area.value,
                                "title": p.title,
                                "parameters": sorted(p.parameters),
                                "variants": [v.id for v in p.variants],
                                "citations": len(p.citations),
                            }
                            for p in provisions
                        ],
                    },
                    indent=2,
                    ensure_ascii=False,
                )
            )
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=words("catalog.list_title", count=len(provisions)))
        for column in ("id", "area", "title", "options"):
            table.add_column(words(f"catalog.column.{column}"))
        for p in provisions:
            table.add_row(p.id, p.area.value, p.title, ", ".join(v.id.rsplit(".", 1)[-1] for v in p.variants))
        Console().print(table)

    @catalog_app.command()
    def show(
        provision_id: Annotated[str, typer.Argument(metavar="ID", help="e.g. offence.incitement")],
        param: Annotated[
            list[str] | None, typer.Option("--param", help="Parameter value NAME=VALUE (repeatable).")
        ] = None,
        variant: Annotated[str | None, typer.Option(help="Print this variant's text instead of the main text.")] = None,
        language: Annotated[str, typer.Option("--language", metavar="LANG", help=LANGUAGE_HELP)] = "en",
        fallback_language: Annotated[
            str | None, typer.Option("--fallback-language", metavar="LANG", help=FALLBACK_HELP)
        ] = None,
    ) -> None:
        """Print a model provision, filled with its parameters, with commentary and citations."""
        # lazily: commands load what they need when they run (start-up time of draftkit)
        from draftkit.catalog.show import describe

        catalog, words, fell_back = _catalog_and_words(language, fallback_language)
        try:
            provision = catalog.get(provision_id)
        except KeyError as missing:
            raise InputError.single("<command line>", str(missing.args[0])) from None
        values = _parse_params(param or [])
        unknown = sorted(set(values) - set(provision.parameters))
        if unknown:
            raise InputError.single(
                "<command line>",
                f"{provision.id} has no parameter {', '.join(unknown)}; "
                f"its parameters are: {', '.join(sorted(provision.parameters)) or 'none'}",
            )
        if variant is not None and variant not in {v.id for v in provision.variants}:
            names = ", ".join(v.id for v in provision.variants) or "none"
            raise InputError.single("<command line>", f"{provision.id} has no variant '{variant}'; variants: {names}")
        from draftkit.compose.style import catalog_form, idiom_for

        idiom = idiom_for(words.language)  # number and contract the text as the bill of its language does
        numbering = idiom.number(catalog_form(words.language))
        numbers = (numbering.subsection, numbering.paragraph, numbering.subparagraph)
        typer.echo(describe(provision, values, variant, words, numbers=numbers, finish=idiom.contract))
        if provision.id in fell_back:
            typer.echo(words("catalog.fallback", language=LanguageName(words.language)), err=True)
