"""audit.cli: ``jiaohe extract`` through typer's CliRunner and the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from audit.cli import EXIT_OK, EXIT_UNPROCESSABLE, app
from audit.report import SCHEMA
from extractor import __version__, load

runner = CliRunner()


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section["children"])


def _extract(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


@pytest.fixture(scope="module")
def seed001_json(seed_file):
    result = _extract(seed_file("001"), "--format", "json", "--include-text")
    assert result.exit_code == EXIT_OK, result.stderr
    return json.loads(result.stdout)


def test_cli_extract_json_schema(seed001_json, seed_file):
    assert seed001_json["schema"] == SCHEMA == "jiaohe.report/1"
    assert seed001_json["tool"] == {"name": "jiaohe", "version": __version__}
    (entry,) = seed001_json["documents"]
    assert entry["path"] == str(seed_file("001"))
    assert (entry["format"], entry["encoding"]) == ("txt", "utf-8")
    assert entry["length"] == len(entry["text"])
    assert entry["errors"] == []
    # entities and facts belong to later stages: here only their place in the contract
    assert isinstance(entry["entities"], list) and isinstance(entry["facts"], list)
    assert list(entry) == [
        "path", "format", "encoding", "fiscal_year", "report_date", "length",
        "sections", "tables", "entities", "facts", "relations", "errors", "text",
    ]


def test_cli_extract_json_sections(seed001_json):
    (entry,) = seed001_json["documents"]
    sections = list(_walk(entry["sections"]))
    assert len(sections) >= 20
    assert [(s["number"], s["title"]) for s in entry["sections"]] == [
        ("第一部分", "部门概况"),
        ("第2部分", "2019年度部门决算情况说明"),
        ("第3部分", "名词解释"),
        ("第四部分", "附件"),
        ("第五部分", "附表"),
    ]
    for section in sections:
        assert not any(dirt in section["title"] for dirt in ("bookmark", "_Toc", "#", "*"))
        assert set(section) == {"number", "ordinal", "scheme", "title", "level", "start", "end", "heading_end", "children"}
    part2 = entry["sections"][1]
    assert [c["ordinal"] for c in part2["children"]] == [1, 2, 3, 4, 5, 6, 7, 8, 7, 10]


def test_cli_extract_json_tables(seed001_json):
    (entry,) = seed001_json["documents"]
    text = entry["text"]
    assert len(entry["tables"]) == 13
    first = entry["tables"][0]
    assert first["layout"] == "tab-cells"
    row = first["rows"][3]
    assert [c["text"] for c in row] == ["预算执行情况(万元)", "预算数:", "32.23", "执行数:", "32.23"]
    budget = row[2]
    assert budget == {
        "row": 3,
        "col": 2,
        "start": budget["start"],
        "end": budget["start"] + 5,
        "text": "32.23",
        "row_span": 1,
        "col_span": 1,
        "row_header": "预算数:",
        "col_header": "",
    }
    assert text[budget["start"]:budget["end"]] == "32.23"
    for table in entry["tables"]:
        for cells in table["rows"]:
            for cell in cells:
                assert " ".join(text[cell["start"]:cell["end"]].split()) == cell["text"]


def test_cli_extract_json_merged_cell_spans(tmp_path):
    document = docx.Document()
    document.add_heading("一、单位概况", level=1)
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["项目", "金额"], ["基本支出", "569.44"], ["", "104.16"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "支出"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    result = _extract(path, "--format", "json")
    assert result.exit_code == EXIT_OK
    (entry,) = json.loads(result.stdout)["documents"]
    rows = entry["tables"][0]["rows"]
    assert [[(c["row"], c["col"], c["text"], c["row_span"], c["col_span"]) for c in row] for row in rows] == [
        [(0, 0, "项目", 1, 1), (0, 1, "金额", 1, 1)],
        [(1, 0, "支出", 2, 1), (1, 1, "569.44", 1, 1)],
        [(2, 1, "104.16", 1, 1)],
    ]
    assert (rows[2][0]["row_header"], rows[2][0]["col_header"]) == ("支出", "金额")


def test_cli_extract_text_prints_document_text(seed_file):
    path = seed_file("001")
    result = _extract(path, "--format", "text")
    assert result.exit_code == EXIT_OK
    text = load(path).text
    assert result.stdout == (text if text.endswith("\n") else text + "\n")
    assert result.stderr == ""


def test_cli_extract_text_is_the_default_format(seed_file):
    result = _extract(seed_file("003"))
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("附件4\n2024年度株洲市渌口区医疗保障局\n")


def test_cli_extract_text_of_docx_is_the_loader_text(tmp_path, make_docx):
    path = make_docx(tmp_path / "r.docx", [("h1", "一、单位概况"), ("table", [["项目", "金额"], ["合计", "318.74"]])])
    result = _extract(path)
    assert result.stdout == "一、单位概况\n项目\t金额\n合计\t318.74\n"


@pytest.fixture()
def batch(tmp_path, seed_file):
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = seed_file("004")
    return missing, empty, good


def test_cli_extract_batch_json_with_bad_files(batch):
    missing, empty, good = batch
    result = _extract(missing, empty, good, "--format", "json")
    assert result.exit_code == EXIT_UNPROCESSABLE == 2
    assert result.stderr.splitlines() == [
        f"jiaohe: error: {missing}: no such file",
        f"jiaohe: error: {empty}: empty file (0 bytes)",
    ]
    assert "Traceback" not in result.stderr + result.stdout
    report = json.loads(result.stdout)
    bad_missing, bad_empty, ok = report["documents"]
    assert [d["path"] for d in report["documents"]] == [str(missing), str(empty), str(good)]
    assert bad_missing["errors"] == [{"stage": "load", "message": "no such file"}]
    assert bad_empty["errors"][0]["message"] == "empty file (0 bytes)"
    for bad in (bad_missing, bad_empty):
        assert (bad["format"], bad["sections"], bad["tables"], bad["length"]) == (None, [], [], 0)
    assert ok["errors"] == []
    assert [s["number"] for s in ok["sections"]] == ["附件7"]
    assert [c["title"] for c in ok["sections"][0]["children"]] == ["项目概况", "项目资金申报及使用情况", "项目绩效情况", "评价结论及建议"]


def test_cli_extract_batch_text_with_bad_files(batch):
    missing, empty, good = batch
    result = _extract(missing, empty, good, "--format", "text")
    assert result.exit_code == 2
    assert result.stderr.count("jiaohe: error: ") == 2
    assert f"jiaohe: error: {missing}: no such file" in result.stderr
    assert "Traceback" not in result.stderr
    # one good document: printed as is
    assert result.stdout == load(good).text + ("" if load(good).text.endswith("\n") else "\n")


def test_cli_extract_several_good_files_get_headers(seed_file):
    first, second = seed_file("003"), seed_file("004")
    result = _extract(first, second)
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith(f"==> {first} <==\n附件4\n")
    assert f"\n==> {second} <==\n附件7\n" in result.stdout


def test_cli_extract_max_size_refuses_per_file(seed_file):
    path = seed_file("002")
    result = _extract(path, "--max-size", "0.001", "--format", "json")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"jiaohe: error: {path}: file is ")
    assert "over the size limit" in line
    assert json.loads(result.stdout)["documents"][0]["errors"][0]["stage"] == "load"


def test_cli_extract_output_file(tmp_path, seed_file):
    out = tmp_path / "out.json"
    result = _extract(seed_file("003"), "--format", "json", "--output", out)
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"][0]["sections"][0]["number"] == "附件4"


def test_cli_extract_internal_error_is_reported_per_file(monkeypatch, tmp_path, seed_file):
    import audit.cli

    def broken_load(path, max_bytes):
        if Path(path).name == "boom.txt":
            raise RuntimeError("simulated bug")
        return load(path, max_bytes=max_bytes)

    boom = tmp_path / "boom.txt"
    boom.write_text("一、单位概况\n", encoding="utf-8")
    monkeypatch.setattr(audit.cli, "load", broken_load)
    result = _extract(boom, seed_file("003"), "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"jiaohe: error: {boom}: internal error while loading (RuntimeError: simulated bug)"
    ]
    documents = json.loads(result.stdout)["documents"]
    assert documents[0]["errors"][0]["message"] == "internal error: RuntimeError: simulated bug"
    assert documents[1]["sections"][0]["number"] == "附件4"


def _console_script() -> str:
    beside_python = Path(sys.executable).parent / "jiaohe"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("jiaohe")
    assert found, "the jiaohe console script is not installed (pip install -e '.[test]')"
    return found


def test_cli_console_script_runs(tmp_path, seed_file):
    missing = tmp_path / "missing.txt"
    completed = subprocess.run(
        [_console_script(), "extract", str(seed_file("001")), str(missing), "--format", "json"],
        capture_output=True,
        timeout=120,
    )
    stdout = completed.stdout.decode("utf-8")
    stderr = completed.stderr.decode("utf-8")
    assert completed.returncode == 2
    assert stderr.splitlines() == [f"jiaohe: error: {missing}: no such file"]
    assert "Traceback" not in stderr
    report = json.loads(stdout)
    assert report["schema"] == "jiaohe.report/1"
    good, bad = report["documents"]
    assert [s["title"] for s in good["sections"]] == ["部门概况", "2019年度部门决算情况说明", "名词解释", "附件", "附表"]
    assert bad["errors"][0]["message"] == "no such file"
