"""The ``jiaohe.report/1`` JSON contract (see docs/output-contract.md).

One object: ``schema``, ``tool`` and ``documents``; each document carries its path, format,
fiscal year, report date, sections, tables, entities, facts and errors.  Offsets are code points
into the document text.  Keys are written in a fixed order so that output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor import Document, __version__
from extractor.entities import tag_entities

SCHEMA = "jiaohe.report/1"


@dataclass(frozen=True)
class FailedDocument:
    """A file that could not be processed, and why."""

    path: str
    stage: str
    message: str


def document_entry(document: Document, include_text: bool = False) -> dict:
    """The contract entry of one loaded document.

    Example: for seed 001 the entry's ``sections[0]`` is ``{"number": "第一部分", "title": "部门概况", …}``.
    """
    tagged = tag_entities(document)
    entry = {
        "path": document.source,
        "format": document.format,
        "encoding": document.encoding,
        "fiscal_year": tagged.fiscal_year,
        "report_date": tagged.report_date,
        "length": len(document.text),
        "sections": [section.to_dict() for section in document.sections],
        "tables": [table.to_dict() for table in document.tables],
        "entities": [entity.to_dict() for entity in tagged.entities],
        "facts": [],
        "errors": [],
    }
    if include_text:
        entry["text"] = document.text
    return entry


def failed_entry(failure: FailedDocument) -> dict:
    """The contract entry of a file that could not be processed: empty lists and one error."""
    return {
        "path": failure.path,
        "format": None,
        "encoding": None,
        "fiscal_year": None,
        "report_date": None,
        "length": 0,
        "sections": [],
        "tables": [],
        "entities": [],
        "facts": [],
        "errors": [{"stage": failure.stage, "message": failure.message}],
    }


def build_report(entries: list[dict]) -> dict:
    """Wrap document entries in the top-level ``jiaohe.report/1`` object."""
    return {"schema": SCHEMA, "tool": {"name": "jiaohe", "version": __version__}, "documents": entries}
