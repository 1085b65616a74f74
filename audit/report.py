"""The ``jiaohe.report/1`` JSON contract (see docs/output-contract.md).

One object: ``schema``, ``tool`` and ``documents``; each document carries its path, format,
fiscal year, report date, sections, tables, entities, facts, findings (``jiaohe check`` only) and
errors.  Offsets are code points into the document text.  Keys are written in a fixed order and
findings sorted by position, rule and fingerprint, so that output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from extractor import __version__
from extractor.extraction import Extraction

from .model import Finding

SCHEMA = "jiaohe.report/1"


@dataclass(frozen=True)
class FailedDocument:
    """A file that could not be processed, and why."""

    path: str
    stage: str
    message: str


def document_entry(
    extraction: Extraction,
    include_text: bool = False,
    findings: Iterable[Finding] | None = None,
    lang: str = "zh",
) -> dict:
    """The contract entry of one extracted document; with ``findings`` (``jiaohe check``) they are
    listed sorted, messages in ``lang``.

    Example: for seed 001 the entry's ``sections[0]`` is ``{"number": "第一部分", "title": "部门概况", …}``.
    """
    document = extraction.document
    entry = {
        "path": document.source,
        "format": document.format,
        "encoding": document.encoding,
        "fiscal_year": extraction.fiscal_year,
        "report_date": extraction.report_date,
        "length": len(document.text),
        "sections": [section.to_dict() for section in document.sections],
        "tables": [table.to_dict() for table in document.tables],
        "entities": [entity.to_dict() for entity in extraction.entities],
        "facts": [fact.to_dict() for fact in extraction.facts],
        "relations": [relation.to_dict() for relation in extraction.relations],
    }
    if findings is not None:
        entry["findings"] = [finding.to_dict(lang) for finding in sorted(findings, key=Finding.sort_key)]
    entry["errors"] = []
    if include_text:
        entry["text"] = document.text
    return entry


def internal_error(exc: Exception) -> str:
    """The message of a bug met while processing a file, reported against that file.

    Example: ``internal error: KeyError: '收入总计'``.
    """
    return f"internal error: {exc.__class__.__name__}: {exc}"


def failed_entry(failure: FailedDocument, with_findings: bool = False) -> dict:
    """The contract entry of a file that could not be processed: empty lists and one error."""
    entry = {
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
        "relations": [],
    }
    if with_findings:
        entry["findings"] = []
    entry["errors"] = [{"stage": failure.stage, "message": failure.message}]
    return entry


def build_report(entries: list[dict]) -> dict:
    """Wrap document entries in the top-level ``jiaohe.report/1`` object."""
    return {"schema": SCHEMA, "tool": {"name": "jiaohe", "version": __version__}, "documents": entries}
