"""The discrepancy list as a table: one row per finding, written as CSV, as an Excel workbook or as
Markdown.

Every writer takes the documents' entries of ``jiaohe.report/1`` (what ``jiaohe check --format
json`` prints and ``jiaohe scan`` stores) and, where the reports' texts are at hand (``jiaohe
check``), the line and column of each finding's first evidence.  A report that could not be read
gives a row of its own (rule ``ERROR``), so that nothing is silently dropped from the list.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Iterable, Mapping

from .render import line_column

COLUMNS = ("path", "line", "start", "rule", "name", "severity", "status", "message", "evidence", "expected", "fingerprint")
_HEADINGS_ZH = ("文件", "行", "偏移", "规则", "规则名", "级别", "判定", "说明", "证据", "应为", "指纹")


def finding_rows(entries: Iterable[dict], texts: Mapping[str, str] | None = None) -> list[tuple]:
    """One tuple per finding (in ``COLUMNS`` order), and one per unprocessed report.

    Example: seed 002's ``机关行政编制3名，其中：行政编制4名`` gives the row
    ``('…002_cd7f2cff915a66a5.txt', 5, 465, 'P001', 'part-exceeds-whole', 'error', 'fail', '“机关行政编制”共3名…', '3名 | 4名', …)``.
    """
    rows = []
    for entry in entries:
        path = entry["path"]
        for error in entry["errors"]:
            rows.append((path, "", "", "ERROR", error["stage"], "error", "", error["message"], "", "", ""))
        text = (texts or {}).get(path)
        for finding in entry["findings"]:
            evidence = finding["evidence"]
            start = min((e["start"] for e in evidence), default="")
            line = line_column(text, start)[0] if text is not None and start != "" else ""
            rows.append((
                path, line, start, finding["rule"], finding["name"], finding["severity"], finding["status"],
                finding["message"], " | ".join(e["text"] for e in evidence), finding["expected"], finding["fingerprint"],
            ))
    return rows


def findings_csv(entries: Iterable[dict], texts: Mapping[str, str] | None = None) -> str:
    """The rows as CSV, UTF-8 with a byte-order mark so that Excel opens the Chinese text as written.

    Example: the header line is ``path,line,start,rule,name,severity,status,message,evidence,expected,fingerprint``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(finding_rows(entries, texts))
    return "\ufeff" + out.getvalue()


def findings_markdown(entries: list[dict], texts: Mapping[str, str] | None = None) -> str:
    """A Markdown discrepancy list: a summary line, then per report a heading and a table of its
    findings (``|`` in a message is escaped).

    Example: ``## 002_cd7f2cff915a66a5.txt`` followed by ``| 5 | P001 | fail | “机关行政编制”共3名… | 3名 · 4名 |``.
    """
    rows = finding_rows(entries, texts)
    statuses = Counter(row[6] for row in rows if row[3] != "ERROR")
    unread = sum(1 for entry in entries if entry["errors"])
    lines = [
        "# jiaohe 校核: discrepancy list",
        "",
        f"{len(entries)} report(s); {sum(statuses.values())} finding(s) "
        f"({statuses.get('fail', 0)} fail, {statuses.get('uncertain', 0)} uncertain)"
        + (f"; {unread} report(s) could not be processed" if unread else "") + ".",
    ]
    for entry in entries:
        mine = [row for row in rows if row[0] == entry["path"]]
        lines += ["", f"## {_cell(entry['path'])}", ""]
        if not mine:
            lines.append("No findings.")
            continue
        lines += ["| line | rule | status | message | evidence | expected |", "|---:|---|---|---|---|---|"]
        for row in mine:
            path, line, start, rule, name, severity, status, message, evidence, expected, _ = row
            where = line if line != "" else start
            lines.append(f"| {where} | {rule} {_cell(name)} | {status or severity} | {_cell(message)} | {_cell(evidence.replace(' | ', ' · '))} | {_cell(expected)} |")
    return "\n".join(lines) + "\n"


def findings_xlsx(entries: list[dict], texts: Mapping[str, str] | None = None, lang: str = "zh") -> bytes:
    """An Excel workbook: sheet 发现/findings with one row per finding (filter on, header frozen),
    and sheet 报告/reports with one row per report (fiscal year, report date, counts by status, its
    error if it could not be read).

    Example: for seed 002 the 发现 sheet holds its P001, P002, C001 and V007 rows.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "发现" if lang == "zh" else "findings"
    sheet.append(_HEADINGS_ZH if lang == "zh" else COLUMNS)
    for row in finding_rows(entries, texts):
        sheet.append(row)
    widths = (40, 6, 8, 7, 28, 9, 10, 60, 40, 30, 18)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2, min_col=8, max_col=10):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    reports = book.create_sheet("报告" if lang == "zh" else "reports")
    reports.append(("文件", "年度", "报告日期", "发现", "fail", "uncertain", "错误") if lang == "zh"
                   else ("path", "fiscal_year", "report_date", "findings", "fail", "uncertain", "error"))
    for entry in entries:
        statuses = Counter(f["status"] for f in entry["findings"])
        reports.append((
            entry["path"], entry.get("fiscal_year"), entry.get("report_date"), len(entry["findings"]),
            statuses.get("fail", 0), statuses.get("uncertain", 0), "; ".join(e["message"] for e in entry["errors"]),
        ))
    for index, width in enumerate((40, 8, 12, 8, 8, 10, 60), start=1):
        reports.column_dimensions[get_column_letter(index)].width = width
    for cell in reports[1]:
        cell.font = Font(bold=True)
    reports.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")
