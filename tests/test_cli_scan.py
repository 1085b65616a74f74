"""audit.scan and ``jiaohe scan``: a directory audited report by report, resumably, into JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNPROCESSABLE, app
from audit.scan import ScanSettings, done_paths, report_files, scan_one, summarise
from audit.tabular import findings_csv

runner = CliRunner()

CLEAN = "2023年度示例单位整体支出绩效自评报告\n一、单位概况\n本单位核定行政编制12人。\n二、评价结论\n各项工作有序开展。\n\n示例单位\n2024年3月20日\n"
# signed in March of the year it reports on: one D001
FLAWED = "2023年度示例单位整体支出绩效自评报告\n一、单位概况\n本单位核定行政编制12人。\n二、评价结论\n各项工作有序开展。\n\n示例单位\n2023年3月16日\n"
LEAN_KEYS = ["path", "format", "encoding", "fiscal_year", "report_date", "length", "findings", "errors"]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    (root / "sub").mkdir(parents=True)
    (root / "a_clean.txt").write_text(CLEAN, encoding="utf-8")
    (root / "sub" / "b_flawed.txt").write_text(FLAWED, encoding="utf-8")
    (root / "c_empty.txt").write_bytes(b"")
    (root / "notes.csv").write_text("not a report", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "d.txt").write_text(FLAWED, encoding="utf-8")
    return root


def _scan(*args):
    return runner.invoke(app, ["scan", *map(str, args)])


def _lines(path: Path) -> dict[str, dict]:
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {Path(e["path"]).name: e for e in entries}


def test_report_files_walks_directories_and_skips_other_and_hidden_files(corpus):
    assert [p.relative_to(corpus).as_posix() for p in report_files([corpus])] == ["a_clean.txt", "c_empty.txt", "sub/b_flawed.txt"]


@pytest.mark.parametrize(
    "name, rules, errors",
    [("a_clean.txt", [], []), ("sub/b_flawed.txt", ["D001"], []), ("c_empty.txt", [], [("load", "empty file (0 bytes)")])],
)
def test_scan_one_gives_a_lean_entry_with_findings_or_the_error(corpus, name, rules, errors):
    entry = scan_one(corpus / name, ScanSettings(max_bytes=1 << 20))
    assert list(entry) == LEAN_KEYS
    assert [f["rule"] for f in entry["findings"]] == rules
    assert [(e["stage"], e["message"]) for e in entry["errors"]] == errors


def test_scan_writes_one_line_per_report_and_exits_2_when_one_could_not_be_read(corpus, tmp_path):
    output = tmp_path / "scan.jsonl"
    result = _scan(corpus, "-o", output, "-j", "1")
    assert result.exit_code == EXIT_UNPROCESSABLE
    lines = _lines(output)
    assert sorted(lines) == ["a_clean.txt", "b_flawed.txt", "c_empty.txt"]
    assert [f["rule"] for f in lines["b_flawed.txt"]["findings"]] == ["D001"]
    assert lines["b_flawed.txt"]["report_date"] == "2023-03-16"
    assert "3 reports (1 unprocessed): 1 with findings, 1 with a fail; 1 fail, 0 uncertain" in result.stdout
    assert "by rule: D001 1" in result.stdout


def test_scan_resumes_after_the_reports_already_written_and_drops_a_cut_off_line(corpus, tmp_path):
    output = tmp_path / "scan.jsonl"
    _scan(corpus, "-o", output, "-j", "1")
    kept = [line for line in output.read_text(encoding="utf-8").splitlines() if "b_flawed" not in line]
    output.write_text("\n".join(kept) + '\n{"path": "cut off mid-wri', encoding="utf-8")
    result = _scan(corpus, "-o", output, "-j", "1")
    assert "(1 unprocessed, 2 from an earlier run)" in result.stdout
    assert sorted(_lines(output)) == ["a_clean.txt", "b_flawed.txt", "c_empty.txt"]


def test_scan_restart_and_parallel_workers_give_the_same_lines(corpus, tmp_path):
    output = tmp_path / "scan.jsonl"
    _scan(corpus, "-o", output, "-j", "1")
    serial = _lines(output)
    _scan(corpus, "-o", output, "-j", "2", "--restart")
    assert _lines(output) == serial


def test_scan_csv_has_a_row_per_finding_and_per_unreadable_report(corpus, tmp_path):
    table = tmp_path / "findings.csv"
    _scan(corpus, "-o", tmp_path / "scan.jsonl", "-j", "1", "--csv", table)
    raw = table.read_text(encoding="utf-8")
    assert raw.startswith("\ufeffpath,line,start,rule")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    # rows follow the reports' paths: reports/c_empty.txt before reports/sub/b_flawed.txt
    assert [(Path(r["path"]).name, r["rule"], r["status"]) for r in rows] == [("c_empty.txt", "ERROR", ""), ("b_flawed.txt", "D001", "fail")]
    assert rows[1]["evidence"].startswith("2023年3月16日")


def test_scan_xlsx_has_a_row_per_finding_and_one_per_report(corpus, tmp_path):
    from openpyxl import load_workbook

    book_path = tmp_path / "findings.xlsx"
    _scan(corpus, "-o", tmp_path / "scan.jsonl", "-j", "1", "--xlsx", book_path)
    book = load_workbook(book_path)
    assert book.sheetnames == ["发现", "报告"]
    findings = [[c.value for c in row] for row in book["发现"].iter_rows(min_row=2)]
    assert [(Path(r[0]).name, r[3], r[6]) for r in findings] == [("c_empty.txt", "ERROR", None), ("b_flawed.txt", "D001", "fail")]
    reports = {Path(r[0].value).name: (r[3].value, r[4].value) for r in book["报告"].iter_rows(min_row=2)}
    assert reports == {"a_clean.txt": (0, 0), "b_flawed.txt": (1, 1), "c_empty.txt": (0, 0)}


@pytest.mark.parametrize(
    "files, code",
    [({"a.txt": CLEAN}, EXIT_OK), ({"a.txt": CLEAN, "b.txt": FLAWED}, EXIT_FINDINGS)],
)
def test_scan_exit_codes(tmp_path, files, code):
    root = tmp_path / "r"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    assert _scan(root, "-o", tmp_path / "s.jsonl", "-j", "1").exit_code == code


@pytest.mark.parametrize(
    "args, message",
    [(["missing_dir"], "no such file or directory"), (["--select", "Z9"], "no rule code starts with Z9")],
)
def test_scan_refuses_bad_arguments(corpus, tmp_path, args, message):
    target = [tmp_path / args[0]] if args[0] == "missing_dir" else [corpus, *args]
    result = _scan(*target, "-o", tmp_path / "s.jsonl")
    assert result.exit_code == EXIT_UNPROCESSABLE
    assert message in result.output


def test_summarise_and_csv_of_entries():
    entries = [
        {"path": "x.txt", "errors": [], "findings": [
            {"rule": "S001", "name": "total-not-sum-of-parts", "severity": "error", "status": "fail", "message": "m",
             "evidence": [{"start": 7, "end": 9, "text": "3名"}], "expected": "e", "fingerprint": "f"}]},
        {"path": "y.txt", "errors": [{"stage": "load", "message": "empty file (0 bytes)"}], "findings": []},
    ]
    summary = summarise(entries)
    assert (summary.reports, summary.unprocessed, summary.with_fail, dict(summary.rules)) == (2, 1, 1, {"S001": 1})
    assert summary.most_failed == [("x.txt", 1, 0)]
    assert findings_csv(entries).splitlines()[1] == "x.txt,,7,S001,total-not-sum-of-parts,error,fail,m,3名,e,f"


def test_done_paths_of_a_missing_file_is_empty(tmp_path):
    assert done_paths(tmp_path / "none.jsonl") == set()
