"""``jiaohe scan``: audit every report under a directory, one JSON line per report, resumable.

A corpus of hundreds of reports is screened in one run: each report is loaded, extracted and
checked in a worker process, its result appended to a JSON Lines file as soon as it is done, and
a later run with the same output skips the reports already there — an interrupted scan picks up
where it stopped. Each line is one ``documents`` entry of ``jiaohe.report/1`` without the bulky
parts (sections, tables, entities, facts, relations): path, format, encoding, fiscal year, report
date, length, findings and errors. A bad file gets a line with its error, never stops the scan.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from extractor import LoadError, load
from extractor.extraction import extract

from .engine import check_extraction
from .registry import selected_rules
from .report import FailedDocument, document_entry, failed_entry, internal_error

REPORT_SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf", ".html", ".htm"})
_LEAN_KEYS = ("path", "format", "encoding", "fiscal_year", "report_date", "length", "findings", "errors")


def report_files(roots: Iterable[Path]) -> list[Path]:
    """The report files under ``roots`` (directories searched recursively, files taken as given),
    sorted, each once; hidden files and directories are passed over.

    Example: ``report_files([Path("../shared/seeds")])`` lists the five seeds, from
    ``000_481fe573c2d24300.txt`` to ``004_ef1cb9aaacb3619b.txt``.
    """
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            found.add(root)
            continue
        for path in root.rglob("*"):
            hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
            if path.is_file() and not hidden and path.suffix.lower() in REPORT_SUFFIXES:
                found.add(path)
    return sorted(found)


@dataclass(frozen=True)
class ScanSettings:
    """What every worker needs to check one report (picklable)."""

    max_bytes: int
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str = "zh"


def scan_one(path: Path, settings: ScanSettings) -> dict:
    """The scan line of one report: its lean ``jiaohe.report/1`` entry with findings, or with the
    error that stopped it (load, extract or check) — this never raises.

    Example: ``scan_one(Path("../shared/seeds/002_cd7f2cff915a66a5.txt"), ScanSettings(50 << 20))``
    gives an entry whose findings include ``P001`` (机关行政编制 3名, 其中 4名).
    """
    try:
        document = load(path, max_bytes=settings.max_bytes)
    except LoadError as exc:
        return _lean(failed_entry(FailedDocument(str(path), "load", exc.reason), with_findings=True))
    except Exception as exc:  # a bug must not stop the scan: report it against the file
        return _lean(failed_entry(FailedDocument(str(path), "load", internal_error(exc)), with_findings=True))
    stage = "extract"
    try:
        extraction = extract(document)
        stage = "check"
        findings = check_extraction(extraction, selected_rules(list(settings.select), list(settings.ignore)))
    except Exception as exc:
        return _lean(failed_entry(FailedDocument(str(path), stage, internal_error(exc)), with_findings=True))
    return _lean(document_entry(extraction, findings=findings, lang=settings.lang))


def _lean(entry: dict) -> dict:
    return {key: entry[key] for key in _LEAN_KEYS}


def done_paths(output: Path) -> set[str]:
    """The reports an earlier scan already wrote to ``output``; a last line cut off by an
    interrupted write is dropped from the file so that the scan can append after it.

    Example: after a scan of three reports was killed while writing the third line, the file keeps
    two lines and this returns their two paths.
    """
    if not output.exists():
        return set()
    kept, paths = [], set()
    for line in output.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut off mid-write: the report is scanned again
        if isinstance(entry, dict) and "path" in entry:
            kept.append(line)
            paths.add(entry["path"])
    output.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
    return paths


def read_lines(output: Path) -> list[dict]:
    """Every entry of a scan's JSON Lines file."""
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class ScanSummary:
    """What a scan found across the corpus."""

    reports: int = 0
    unprocessed: int = 0
    with_findings: int = 0
    with_fail: int = 0
    statuses: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    most_failed: list[tuple[str, int, int]] = field(default_factory=list)  # path, fail, uncertain


def summarise(entries: Iterable[dict], top: int = 10) -> ScanSummary:
    """Counts over a scan's entries: reports, unprocessed, with findings, by status and by rule,
    and the ``top`` reports with the most ``fail`` findings.

    Example: the seeds give 5 reports, all with findings; P001 counts once (seed 002).
    """
    summary = ScanSummary()
    ranked = []
    for entry in entries:
        summary.reports += 1
        if entry["errors"]:
            summary.unprocessed += 1
            continue
        findings = entry["findings"]
        statuses = Counter(f["status"] for f in findings)
        summary.statuses.update(statuses)
        summary.rules.update(f["rule"] for f in findings)
        summary.with_findings += bool(findings)
        summary.with_fail += bool(statuses["fail"])
        if findings:
            ranked.append((entry["path"], statuses["fail"], statuses["uncertain"]))
    summary.most_failed = sorted(ranked, key=lambda r: (-r[1], -r[2], r[0]))[:top]
    return summary


def summary_lines(summary: ScanSummary, skipped: int = 0) -> list[str]:
    """The summary a scan prints at its end (Chinese rule names stay codes: ``jiaohe rules`` has them).

    Example: for the seeds, ``5 reports (0 unprocessed): 5 with findings, 5 with a fail; 24 fail, 26 uncertain``.
    """
    lines = [
        f"{summary.reports} reports ({summary.unprocessed} unprocessed"
        + (f", {skipped} from an earlier run" if skipped else "")
        + f"): {summary.with_findings} with findings, {summary.with_fail} with a fail; "
        f"{summary.statuses['fail']} fail, {summary.statuses['uncertain']} uncertain"
    ]
    if summary.rules:
        lines.append("by rule: " + ", ".join(f"{code} {n}" for code, n in sorted(summary.rules.items(), key=lambda kv: (-kv[1], kv[0]))))
    if summary.most_failed:
        lines.append("most fail findings:")
        lines.extend(f"  {fail:>3} fail {uncertain:>3} uncertain  {path}" for path, fail, uncertain in summary.most_failed)
    return lines


def run_scan(paths: list[Path], settings: ScanSettings, jobs: int) -> Iterator[dict]:
    """Scan ``paths``, yielding each report's line as soon as it is done (in the order they finish
    when ``jobs`` > 1, in ``paths`` order otherwise)."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield scan_one(path, settings)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(scan_one, path, settings): path for path in paths}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker that died (out of memory, killed): the file's line says so
                failure = FailedDocument(str(futures[future]), "scan", internal_error(exc))
                yield _lean(failed_entry(failure, with_findings=True))
