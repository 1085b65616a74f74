"""audit.tabular: the discrepancy list as CSV, Markdown and an Excel workbook."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from audit.tabular import COLUMNS, finding_rows, findings_csv, findings_markdown, findings_xlsx

TEXT = "一、概况\n编制3名，其中：行政编制4名。\n"
ENTRIES = [
    {"path": "a.txt", "fiscal_year": 2023, "report_date": "2024-03-20", "errors": [], "findings": [
        {"rule": "P001", "name": "part-exceeds-whole", "severity": "error", "status": "fail",
         "message": "“编制”共3名，其中各项合计4名 = 4，部分大于整体",
         "evidence": [{"start": 7, "end": 9, "text": "3名"}, {"start": 17, "end": 19, "text": "4名"}],
         "expected": "Σ parts = 4 ≤ 3", "fingerprint": "ab12"},
        {"rule": "T002", "name": "blank-placeholder", "severity": "warning", "status": "uncertain",
         "message": "a | b", "evidence": [{"start": 0, "end": 2, "text": "一、"}], "expected": "x", "fingerprint": "cd34"}]},
    {"path": "b.pdf", "fiscal_year": None, "report_date": None, "errors": [{"stage": "load", "message": "scanned PDF: no text layer"}], "findings": []},
    {"path": "c.txt", "fiscal_year": 2023, "report_date": None, "errors": [], "findings": []},
]


@pytest.mark.parametrize(
    "texts, expected",
    [
        # with the text, the line of the first evidence; without it (a scan's stored lines), blank
        ({"a.txt": TEXT}, [("a.txt", 2, 7, "P001", "fail", "3名 | 4名"), ("a.txt", 1, 0, "T002", "uncertain", "一、"),
                           ("b.pdf", "", "", "ERROR", "", "")]),
        (None, [("a.txt", "", 7, "P001", "fail", "3名 | 4名"), ("a.txt", "", 0, "T002", "uncertain", "一、"),
                ("b.pdf", "", "", "ERROR", "", "")]),
    ],
)
def test_finding_rows(texts, expected):
    rows = finding_rows(ENTRIES, texts)
    assert [(r[0], r[1], r[2], r[3], r[6], r[8]) for r in rows] == expected
    assert rows[2][7] == "scanned PDF: no text layer"


def test_findings_csv_has_a_bom_the_columns_and_a_row_per_finding():
    raw = findings_csv(ENTRIES, {"a.txt": TEXT})
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["rule"], r["line"], r["evidence"], r["fingerprint"]) for r in rows] == [
        ("P001", "2", "3名 | 4名", "ab12"), ("T002", "1", "一、", "cd34"), ("ERROR", "", "", ""),
    ]


def test_findings_markdown_lists_each_report_and_escapes_pipes():
    lines = findings_markdown(ENTRIES, {"a.txt": TEXT}).splitlines()
    assert lines[2] == "3 report(s); 2 finding(s) (1 fail, 1 uncertain); 1 report(s) could not be processed."
    assert "| 2 | P001 part-exceeds-whole | fail | “编制”共3名，其中各项合计4名 = 4，部分大于整体 | 3名 · 4名 | Σ parts = 4 ≤ 3 |" in lines
    assert "| 1 | T002 blank-placeholder | uncertain | a \\| b | 一、 | x |" in lines
    assert "|  | ERROR load | error | scanned PDF: no text layer |  |  |" in lines
    assert lines[lines.index("## c.txt") + 2] == "No findings."


@pytest.mark.parametrize("lang, sheets, first", [("zh", ["发现", "报告"], "文件"), ("en", ["findings", "reports"], "path")])
def test_findings_xlsx_sheets(lang, sheets, first):
    book = load_workbook(io.BytesIO(findings_xlsx(ENTRIES, {"a.txt": TEXT}, lang)))
    assert book.sheetnames == sheets
    findings, reports = book[sheets[0]], book[sheets[1]]
    assert findings["A1"].value == first and findings.freeze_panes == "A2" and findings.auto_filter.ref == "A1:K4"
    assert [[c.value for c in row][:4] for row in findings.iter_rows(min_row=2)] == [
        ["a.txt", 2, 7, "P001"], ["a.txt", 1, 0, "T002"], ["b.pdf", None, None, "ERROR"],
    ]
    assert [[c.value for c in row] for row in reports.iter_rows(min_row=2)] == [
        ["a.txt", 2023, "2024-03-20", 2, 1, 1, None],
        ["b.pdf", None, None, 0, 0, 0, "scanned PDF: no text layer"],
        ["c.txt", 2023, None, 0, 0, 0, None],
    ]
