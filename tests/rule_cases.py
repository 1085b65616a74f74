"""Builders for the rule tests: a synthetic report around some lines, and one rule's findings."""

from __future__ import annotations

from audit.engine import check_extraction
from audit.model import Finding
from audit.registry import selected_rules
from extractor import Document
from extractor.extraction import Extraction, extract
from extractor.loaders.compose import document_from_text


def report(body: str, signed: str | None = "2023年3月16日", fiscal_year: int = 2023) -> str:
    """A minimal report: a title naming the fiscal year, ``body``, and a signature date."""
    closing = f"\n\n示例县医疗保障局\n{signed}\n" if signed else "\n"
    return f"{fiscal_year}年度示例县医疗保障局整体支出绩效自评报告\n\n{body}{closing}"


def extraction_of(text: str) -> Extraction:
    return extract(document_from_text("case.txt", "txt", text))


def findings_of(source: str | Document | Extraction, code: str) -> list[Finding]:
    """The findings of the rules whose code starts with ``code``, with their spans checked."""
    if isinstance(source, str):
        source = extraction_of(source)
    elif isinstance(source, Document):
        source = extract(source)
    found = check_extraction(source, selected_rules([code]))
    text = source.document.text
    for finding in found:
        assert finding.evidence, finding
        for evidence in finding.evidence:
            assert text[evidence.start:evidence.end] == evidence.text, (finding.rule, evidence)
    return found


def evidence_texts(finding: Finding, role: str | None = None) -> list[str]:
    return [e.text for e in finding.evidence if role is None or e.role == role]
