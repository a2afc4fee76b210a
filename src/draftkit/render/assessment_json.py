"""``assessment.json``: the assessment as JSON, exactly what ``draftkit check --format json`` prints."""

from __future__ import annotations

from draftkit.render.format import DraftContext, OutputFormat

__all__ = ["OUTPUT", "render_assessment_json"]


def render_assessment_json(context: DraftContext) -> bytes:
    return (context.assessment.model_dump_json(indent=2) + "\n").encode("utf-8")


OUTPUT = OutputFormat(
    "assessment.json",
    "The assessment as JSON (the same as `draftkit check --format json`), for programs.",
    render_assessment_json,
)
