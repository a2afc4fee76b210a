"""``write_drafts``: one assessment in, the annotated bill, the gap report, JSON and Markdown out.

The steps are visible: check every string can live in XML, compose the bill as plain
data (``draftkit.compose``), render each output to bytes in memory (``draftkit.render``),
and only then write: into a temporary directory beside OUTDIR, renamed into place once
everything has been written. A failure at any step leaves earlier output untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from draftkit.load.errors import InputError

if TYPE_CHECKING:
    from draftkit.assess.result import Assessment
    from draftkit.catalog.store import Catalog
    from draftkit.load.document import SourceDocument
    from draftkit.models import NationalFramework

__all__ = ["OUTPUT_NAMES", "drafting_time", "render_drafts", "write_drafts"]

OUTPUT_NAMES = ("bill.docx", "gap-report.docx", "assessment.json", "report.md")


def drafting_time(date: dt.date | dt.datetime | None = None) -> dt.datetime:
    """The date stamped on comments, insertions and file metadata (UTC).

    ``date`` when given (``--date``), else ``SOURCE_DATE_EPOCH`` (the reproducible-builds
    convention), else now. A fixed date is what makes the output byte-identical.
    """
    if isinstance(date, dt.datetime):
        return date.astimezone(dt.UTC).replace(microsecond=0) if date.tzinfo else date.replace(tzinfo=dt.UTC)
    if isinstance(date, dt.date):
        return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise InputError.single(
                "SOURCE_DATE_EPOCH", f"expected seconds since 1970 as an integer; got '{epoch}'"
            ) from None
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _check_text(
    framework: NationalFramework, assessment: Assessment, author: str, document: SourceDocument | None
) -> None:
    from draftkit.compose.xmlsafe import check_xml_text

    name = document.name if document is not None else (assessment.framework.source or "<framework>")
    check_xml_text(
        [
            (name, framework.model_dump(mode="python", exclude_unset=True)),
            ("<assessment>", assessment.model_dump(mode="python")),
            ("--author", author),
        ],
        document,
        located=name,
    )


def render_drafts(
    framework: NationalFramework,
    assessment: Assessment,
    *,
    track_changes: bool = True,
    date: dt.date | dt.datetime | None = None,
    author: str = "draftkit",
    catalog: Catalog | None = None,
    document: SourceDocument | None = None,
) -> dict[str, bytes]:
    """Every output as bytes, keyed by file name; nothing is written."""
    from draftkit.compose import compose_bill
    from draftkit.render import bill_docx, markdown, report_docx

    if not author.strip():
        raise InputError.single("--author", "the author name must not be empty")
    _check_text(framework, assessment, author, document)
    when = drafting_time(date)
    if catalog is None:
        from draftkit.catalog import load_catalog

        catalog = load_catalog()
    bill = compose_bill(framework, assessment, catalog)
    titles = {p.id: p.title for p in catalog}
    return {
        "bill.docx": bill_docx.render_bill(bill, track_changes=track_changes, author=author, when=when),
        "gap-report.docx": report_docx.render_report(assessment, framework, bill, titles, author=author, when=when),
        "assessment.json": (assessment.model_dump_json(indent=2) + "\n").encode("utf-8"),
        "report.md": markdown.render_markdown(assessment, framework, bill).encode("utf-8"),
    }


def _os_problem(path: Path, error: OSError) -> InputError:
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError):
        reason = "permission denied"
    elif isinstance(error, NotADirectoryError | FileExistsError):
        reason = "a file is in the way (expected a directory)"
    return InputError.single(str(path), f"cannot write the drafts here: {reason}")


def write_outputs(outputs: dict[str, bytes], outdir: Path) -> list[Path]:
    """Write all files into a temporary directory beside ``outdir``, then rename them into place."""
    if outdir.exists() and not outdir.is_dir():
        raise InputError.single(str(outdir), "exists and is not a directory; choose another output directory")
    parent = outdir.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", suffix=".partial", dir=parent))
    except OSError as error:
        raise _os_problem(parent, error) from None
    try:
        for name, data in outputs.items():
            (staging / name).write_bytes(data)
        outdir.mkdir(exist_ok=True)
        written = []
        for name in outputs:
            os.replace(staging / name, outdir / name)
            written.append(outdir / name)
        return written
    except OSError as error:
        raise _os_problem(outdir, error) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_drafts(
    framework: NationalFramework,
    assessment: Assessment,
    outdir: Path | str,
    *,
    track_changes: bool = True,
    date: dt.date | dt.datetime | None = None,
    author: str = "draftkit",
    catalog: Catalog | None = None,
    document: SourceDocument | None = None,
) -> list[Path]:
    """Write ``bill.docx``, ``gap-report.docx``, ``assessment.json`` and ``report.md`` into ``outdir``.

    Same framework, assessment, date and author give byte-identical files. Bad input
    (text XML cannot hold, an unwritable directory) raises ``InputError`` before any
    file in ``outdir`` changes. ``document``, when given, locates text problems by line.
    """
    outputs = render_drafts(
        framework,
        assessment,
        track_changes=track_changes,
        date=date,
        author=author,
        catalog=catalog,
        document=document,
    )
    return write_outputs(outputs, Path(outdir))
