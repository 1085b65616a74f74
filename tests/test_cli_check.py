"""audit.cli: ``jiaohe check`` and ``jiaohe rules`` through typer's CliRunner; ``audit.check``."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from audit import check
from audit.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNPROCESSABLE, app
from audit.registry import all_rules
from audit.report import SCHEMA
from extractor import LoadError, __version__, load
from extractor.extraction import extract

runner = CliRunner()

CLEAN = "2023年度示例单位整体支出绩效自评报告\n一、单位概况\n本单位核定行政编制12人。\n二、评价结论\n各项工作有序开展。\n\n示例单位\n2024年3月20日\n"
FLAWED = (
    "2023年度示例单位整体支出绩效自评报告\n一、单位概况\n2023年6月以来，暂停服务协议1家。\n"
    "三、评价结论\n人员经费占基本支出预算%。\n\n示例单位\n2023年3月16日\n"
)
FINDING_KEYS = ["rule", "name", "severity", "status", "message", "evidence", "expected", "fingerprint"]
HEAD_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>[VSRDCPT]\d{3}) (?P<name>[a-z0-9-]+) \[(?P<status>fail|uncertain)\] .+$")


def _check(*args):
    return runner.invoke(app, ["check", *map(str, args)])


@pytest.fixture()
def clean(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    return path


@pytest.fixture()
def flawed(tmp_path):
    path = tmp_path / "flawed.txt"
    path.write_text(FLAWED, encoding="utf-8")
    return path


def test_cli_check_exit_0_without_findings(clean):
    result = _check(clean)
    assert result.exit_code == EXIT_OK == 0, result.stdout
    assert result.stdout == "No findings in 1 file.\n"
    assert result.stderr == ""


def test_cli_check_exit_1_with_findings(seed_file):
    result = _check(seed_file("004"), "--select", "D003")
    assert result.exit_code == EXIT_FINDINGS == 1
    assert result.stdout.splitlines()[0] == "error (2)"


def test_cli_check_exit_2_wins_and_the_batch_goes_on(tmp_path, seed_file):
    missing = tmp_path / "missing.txt"
    result = _check(missing, seed_file("004"), "--format", "json")
    assert result.exit_code == EXIT_UNPROCESSABLE == 2
    assert result.stderr.splitlines() == [f"jiaohe: error: {missing}: no such file"]
    bad, good = json.loads(result.stdout)["documents"]
    assert bad["errors"] == [{"stage": "load", "message": "no such file"}]
    assert (bad["findings"], bad["entities"], bad["format"]) == ([], [], None)
    assert good["errors"] == [] and good["findings"]


def test_cli_check_exit_2_on_text_format_with_summary(tmp_path, clean):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _check(empty, clean)
    assert result.exit_code == 2
    assert result.stderr == f"jiaohe: error: {empty}: empty file (0 bytes)\n"
    assert result.stdout == "No findings in 1 file. 1 file could not be processed.\n"


def test_cli_check_internal_error_in_a_rule_is_reported_per_file(monkeypatch, clean, flawed):
    import audit.cli

    def broken(extraction, rules):
        if extraction.document.source.endswith("flawed.txt"):
            raise RuntimeError("simulated bug")
        return []

    monkeypatch.setattr(audit.cli, "check_extraction", broken)
    result = _check(flawed, clean, "--format", "json")
    assert result.exit_code == 2
    assert result.stderr == f"jiaohe: error: {flawed}: internal error while checking (RuntimeError: simulated bug)\n"
    first, second = json.loads(result.stdout)["documents"]
    assert first["errors"] == [{"stage": "check", "message": "internal error: RuntimeError: simulated bug"}]
    assert second["errors"] == [] and second["findings"] == []


@pytest.mark.parametrize(
    "options, codes",
    [
        ((), ["D001", "D002", "T001", "T002"]),
        (("--select", "D"), ["D001", "D002"]),
        (("--select", "d002,T002"), ["D002", "T002"]),
        (("--select", "D, T"), ["D001", "D002", "T001", "T002"]),
        (("--ignore", "D001,T001"), ["D002", "T002"]),
        (("--select", "D", "--ignore", "D"), []),  # ignore wins
        (("--select", "T002", "--ignore", "T"), []),
    ],
)
def test_cli_check_select_and_ignore(flawed, options, codes):
    result = _check(flawed, "--format", "json", *options)
    assert result.exit_code == (EXIT_FINDINGS if codes else EXIT_OK)
    (document,) = json.loads(result.stdout)["documents"]
    assert sorted(f["rule"] for f in document["findings"]) == codes


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_cli_check_unknown_prefix_is_an_error(flawed, option):
    result = _check(flawed, option, "Z9")
    assert result.exit_code == 2
    assert result.stderr == f"jiaohe: error: {option}: no rule code starts with Z9 (see jiaohe rules)\n"


def test_cli_check_json_contract(flawed):
    result = _check(flawed, "--format", "json", "--select", "D,T")
    report = json.loads(result.stdout)
    assert report["schema"] == SCHEMA == "jiaohe.report/1"
    assert report["tool"] == {"name": "jiaohe", "version": __version__}
    (document,) = report["documents"]
    assert list(document) == [
        "path", "format", "encoding", "fiscal_year", "report_date", "length",
        "sections", "tables", "entities", "facts", "relations", "findings", "errors",
    ]
    assert (document["fiscal_year"], document["report_date"]) == (2023, "2023-03-16")
    text = load(flawed).text
    for finding in document["findings"]:
        assert list(finding) == FINDING_KEYS
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["status"] in ("fail", "uncertain")
        assert re.fullmatch(r"[0-9a-f]{16}", finding["fingerprint"])
        for evidence in finding["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
            assert {"start", "end", "text", "role"} <= set(evidence)
    starts = [(min(e["start"] for e in f["evidence"]), f["rule"]) for f in document["findings"]]
    assert starts == sorted(starts)
    d002 = next(f for f in document["findings"] if f["rule"] == "D002")
    assert [(e["text"], e["role"], e.get("value")) for e in d002["evidence"]] == [
        ("2023年6月", "event_date", "2023-06"),
        ("2023年3月16日", "report_date", "2023-03-16"),
    ]


def test_cli_check_lang_switches_messages(flawed):
    zh = json.loads(_check(flawed, "--format", "json", "--select", "D002").stdout)["documents"][0]["findings"]
    en = json.loads(_check(flawed, "--format", "json", "--select", "D002", "--lang", "en").stdout)["documents"][0]["findings"]
    assert zh[0]["message"] == "报告日期为2023年3月16日，却记述了2023年6月已发生的事项"
    assert en[0]["message"] == "report dated 2023-03-16 describes as done an event dated 2023-06"
    assert {k: v for k, v in zh[0].items() if k != "message"} == {k: v for k, v in en[0].items() if k != "message"}
    text_en = _check(flawed, "--select", "D002", "--lang", "en").stdout
    assert "describes as done an event dated 2023-06" in text_en


def test_cli_check_text_format(flawed):
    result = _check(flawed, "--select", "D,T")
    assert result.stdout == (
        "error (2)\n"
        "\n"
        f"{flawed}:1:1: D001 report-dated-before-year-end [fail] 报告日期2023年3月16日早于所报告的2023年度结束（2023年12月31日）\n"
        "    > «2023年度»示例单位整体支出绩效自评报告 (fiscal_year 1:1)\n"
        "    > «2023年3月16日» (report_date 8:1)\n"
        "    expected: report date > 2023-12-31\n"
        "\n"
        f"{flawed}:3:1: D002 event-after-report-date [fail] 报告日期为2023年3月16日，却记述了2023年6月已发生的事项\n"
        "    > «2023年6月»以来，暂停服务协议1家。 (event_date 3:1)\n"
        "    > «2023年3月16日» (report_date 8:1)\n"
        "    expected: event date ≤ report date 2023-03-16; stated 2023-06-01\n"
        "\n"
        "warning (2)\n"
        "\n"
        f"{flawed}:2:1: T001 heading-number-out-of-sequence [fail] 标题序号不连续：一、 三、\n"
        "    > «一、»单位概况 (heading 2:1)\n"
        "    > «三、»评价结论 (heading 4:1)\n"
        "    expected: 一、 三、 → 一、 二、\n"
        "\n"
        f"{flawed}:5:5: T002 blank-placeholder [fail] 数字缺失（待填空白）：占基本支出预算%\n"
        "    > 人员经费«占基本支出预算%»。 (placeholder 5:5)\n"
        "    expected: a number before %\n"
        "\n"
        "4 findings (2 errors, 2 warnings) in 1 file.\n"
    )


def test_cli_check_text_lines_have_the_documented_shape(seed_file):
    result = _check(seed_file("001"), seed_file("003"), "--select", "T")
    lines = result.stdout.splitlines()
    heads = [line for line in lines if line and not line.startswith("    ") and ":" in line and "(" not in line[:8]]
    parsed = [HEAD_LINE.match(line) for line in heads[:-1]]
    assert all(parsed), heads
    assert {m["code"] for m in parsed} == {"T001"}
    assert lines[-1] == "5 findings (5 warnings) in 2 files."
    evidence = [line for line in lines if line.startswith("    > ")]
    assert len(evidence) == 5 + 4 + 3 + 3 + 2
    assert all(re.search(r"«.+» ?.*\(heading \d+:\d+\)$", line) for line in evidence)


def test_cli_check_output_is_deterministic(seed_file, tmp_path):
    files = [seed_file(key) for key in ("000", "001", "004")]
    for fmt in ("json", "text"):
        first, second = _check(*files, "--format", fmt), _check(*files, "--format", fmt)
        assert first.exit_code == second.exit_code == 1
        assert first.stdout == second.stdout


def test_cli_check_output_file(flawed, tmp_path):
    out = tmp_path / "report.json"
    result = _check(flawed, "--format", "json", "--output", out)
    assert result.stdout == "" and result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["findings"]


@pytest.mark.parametrize(
    "format, first_line, rows",
    [
        # one row per finding with the line of its first evidence, as the text format gives it (D001: the
        # title's 2023年度 on line 1; D002: 2023年6月 on line 3)
        ("csv", "\ufeffpath,line,start,rule,name,severity,status,message,evidence,expected,fingerprint",
         {("D001", "1"), ("D002", "3"), ("T001", "2"), ("T002", "5")}),
        ("md", "# jiaohe 校核: discrepancy list", {("D001", "1"), ("D002", "3"), ("T001", "2"), ("T002", "5")}),
    ],
)
def test_cli_check_table_formats(flawed, tmp_path, format, first_line, rows):
    result = _check(flawed, "--format", format)
    assert result.exit_code == EXIT_FINDINGS, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == first_line
    if format == "csv":
        found = {(row.split(",")[3], row.split(",")[1]) for row in lines[1:]}
    else:
        found = {(row.split(" | ")[1].split()[0], row.split(" | ")[0].strip("| ")) for row in lines if row.startswith("| ") and not row.startswith("| line")}
    assert found == rows


def test_cli_check_xlsx_needs_an_output_file(flawed, tmp_path):
    from openpyxl import load_workbook

    result = _check(flawed, "--format", "xlsx")
    assert result.exit_code == EXIT_UNPROCESSABLE
    assert "give --output FILE.xlsx" in result.output
    book_path = tmp_path / "out.xlsx"
    assert _check(flawed, "--format", "xlsx", "-o", book_path).exit_code == EXIT_FINDINGS
    book = load_workbook(book_path)
    assert sorted(row[3].value for row in book["发现"].iter_rows(min_row=2)) == ["D001", "D002", "T001", "T002"]
    assert [c.value for c in book["报告"][2]][1:6] == [2023, "2023-03-16", 4, 4, 0]


def test_cli_check_max_size(flawed):
    result = _check(flawed, "--max-size", "0.0001")
    assert result.exit_code == 2
    assert "over the size limit" in result.stderr


def test_cli_rules_table():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["code", "name", "severity", "family"]
    rows = [line.split(None, 3) for line in lines[1:]]
    assert [row[0] for row in rows] == [r.code for r in all_rules()]
    assert ["D002", "event-after-report-date", "error", "dates"] in rows
    assert ["T001", "heading-number-out-of-sequence", "warning", "structure"] in rows


def test_cli_rules_prefix_lists_a_family():
    result = runner.invoke(app, ["rules", "t"])
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == [r.code for r in all_rules() if r.code[0] == "T"]


def test_cli_rules_one_rule_doc():
    result = runner.invoke(app, ["rules", "d003"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == ["D003 document-dated-before-its-number-year", "severity: error · family: dates"]
    for heading in ("What it does:", "Why is this bad?", "Example:"):
        assert heading in lines


def test_cli_rules_unknown_code():
    result = runner.invoke(app, ["rules", "X1"])
    assert result.exit_code == 2
    assert result.stderr == "jiaohe: error: no rule code starts with X1 (see jiaohe rules)\n"


@pytest.mark.parametrize("kind", ["path", "str", "document", "extraction"])
def test_check_api_accepts_paths_documents_and_extractions(seed_file, kind):
    path = seed_file("004")
    source = {
        "path": path,
        "str": str(path),
        "document": load(path),
        "extraction": extract(load(path)),
    }[kind]
    found = check(source, select=["D"])
    assert [(f.rule, f.evidence[0].text) for f in found] == [("D003", "1996年6月29日"), ("D003", "1996年6月29日")]
    assert check(source, select=["D"], ignore=["D003"]) == []


def test_check_api_raises_load_errors(tmp_path):
    with pytest.raises(LoadError):
        check(tmp_path / "missing.txt")
