"""The text form of ``jiaohe check``: a discrepancy list grouped by severity.

Each finding is one line ``path:line:col: CODE name [status] message`` followed by its evidence,
quoted in context with the evidence between « », and by what the arithmetic expects::

    error (1)

    report.txt:3:1: D003 document-dated-before-its-number-year [fail] 文件日期1996年6月29日早于…
        > «1996年6月29日»，劳动和社会保障部… (doc_date 3:1)
        > …结算管理意见》（«劳社部发〔1999〕23号»）第五条规定… (docno 3:76)
        expected: date year ≥ 1999 (the year in 劳社部发〔1999〕23号); stated 1996

Lines are returned as styled segments so that a terminal can colour them; the plain text is
the segments joined, with no styling, and is what tests and files see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


from extractor.regexes import compile_pattern
from extractor.normalize import strip_artefacts

from .model import SEVERITIES, Evidence, Finding

CONTEXT = 16
_SPACES = compile_pattern(r"\s+")
STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}

Segment = tuple[str, str]  # (text, rich style or "")
Line = list[Segment]


@dataclass(frozen=True)
class CheckedDocument:
    """One processed file: its path as given, its text (for line:col and context) and findings."""

    path: str
    text: str
    findings: Sequence[Finding]


def render_lines(documents: Sequence[CheckedDocument], unprocessed: int = 0, lang: str = "zh") -> list[Line]:
    """The discrepancy list as styled lines: severity groups (error, warning, info), each finding
    with its evidence and expectation, then a summary line.

    Example: two files, one finding each → ``error (1)`` … ``warning (1)`` … and
    ``2 findings (1 error, 1 warning) in 2 files``.
    """
    lines: list[Line] = []
    counts = {severity: 0 for severity in SEVERITIES}
    for severity in SEVERITIES:
        group = [(document, finding) for document in documents for finding in document.findings if finding.severity == severity]
        if not group:
            continue
        counts[severity] = len(group)
        if lines:
            lines.append([])
        lines.append([(f"{severity} ({len(group)})", STYLES[severity])])
        for document, finding in group:
            lines.append([])
            lines.extend(_finding_lines(document, finding, lang))
    if lines:
        lines.append([])
    lines.append([(_summary(counts, len(documents), unprocessed), "bold")])
    return lines


def plain(lines: list[Line]) -> str:
    """The lines as plain text, one ``\\n`` after each."""
    return "".join("".join(text for text, _ in line) + "\n" for line in lines)


def _finding_lines(document: CheckedDocument, finding: Finding, lang: str) -> list[Line]:
    line, column = line_column(document.text, finding.start)
    message = finding.message_en if lang == "en" else finding.message
    head: Line = [
        (f"{document.path}:{line}:{column}: ", ""),
        (finding.rule, "bold"),
        (f" {finding.name} ", ""),
        (f"[{finding.status}]", STYLES[finding.severity] if finding.status == "fail" else "italic"),
        (f" {message}", ""),
    ]
    out = [head]
    for evidence in sorted(finding.evidence, key=lambda e: (e.start, e.end)):
        out.append(_evidence_line(document.text, evidence))
    if finding.expected:
        out.append([("    expected: ", "dim"), (finding.expected, "")])
    return out


def _evidence_line(text: str, evidence: Evidence) -> Line:
    line, column = line_column(text, evidence.start)
    line_start = text.rfind("\n", 0, evidence.start) + 1
    line_end = text.find("\n", evidence.end)
    line_end = len(text) if line_end < 0 else line_end
    before = _readable(text[line_start:evidence.start])
    after = _readable(text[evidence.end:line_end])
    left = ("…" if len(before) > CONTEXT else "") + before[-CONTEXT:].lstrip()
    right = after[:CONTEXT].rstrip() + ("…" if len(after) > CONTEXT else "")
    return [
        ("    > ", "dim"),
        (left, ""),
        (f"«{_readable(evidence.text)}»", "bold"),
        (right, ""),
        (f" ({evidence.role} {line}:{column})", "dim"),
    ]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of an offset.

    >>> line_column("一、概况\\n2023年6月以来", 5)
    (2, 1)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _readable(fragment: str) -> str:
    """A fragment for display: Word artefacts removed, runs of whitespace as one space."""
    return _SPACES.sub(" ", strip_artefacts(fragment))


def _summary(counts: dict[str, int], checked: int, unprocessed: int) -> str:
    total = sum(counts.values())
    files = f"{checked} file{'s' if checked != 1 else ''}"
    if total == 0:
        summary = f"No findings in {files}."
    else:
        parts = ", ".join(f"{n} {severity}{'s' if n != 1 and severity != 'info' else ''}" for severity, n in counts.items() if n)
        summary = f"{total} finding{'s' if total != 1 else ''} ({parts}) in {files}."
    if unprocessed:
        summary += f" {unprocessed} file{'s' if unprocessed != 1 else ''} could not be processed."
    return summary
