"""audit.annotated: ``jiaohe check --format html``, the report's text with its evidence marked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.annotated import render_html
from audit.cli import EXIT_FINDINGS, app
from audit.model import Evidence, Finding
from audit.render import CheckedDocument

TEXT = "一、概况\n本年支出<合计>100万元，其中基本支出60万元、项目支出50万元。\n"


def _finding(rule: str, status: str, spans: list[tuple[str, str]]) -> Finding:
    evidence = tuple(Evidence(TEXT.index(t), TEXT.index(t) + len(t), t, role) for t, role in spans)
    return Finding(rule, "total-not-sum-of-parts", "error", status, f"{rule} 消息", f"{rule} message", evidence, "Σ = 110")


FINDINGS = [
    _finding("S001", "fail", [("100万元", "total"), ("60万元", "part"), ("50万元", "part")]),
    _finding("V001", "uncertain", [("100万元", "stated")]),  # shares a span with S001
]


def test_annotated_marks_each_evidence_span_once_with_every_finding_on_it():
    page = render_html([CheckedDocument("r.txt", TEXT, FINDINGS)])
    marks = re.findall(r'<mark( id="[^"]+")? class="(\w+)" title="([^"]*)">([^<]*)</mark>', page)
    assert [(status, text) for _, status, _, text in marks] == [("fail", "100万元"), ("fail", "60万元"), ("fail", "50万元")]
    assert "S001 S001 消息; V001 V001 消息" == marks[0][2]  # the shared span names both findings


def test_annotated_links_every_finding_to_an_anchor_in_the_text():
    page = render_html([CheckedDocument("r.txt", TEXT, FINDINGS)])
    links = re.findall(r'<a href="#([^"]+)">(\d+:\d+)</a> <b>(\w+)</b>', page)
    assert [(rule, where) for _, where, rule in links] == [("S001", "2:9"), ("V001", "2:9")]
    for anchor, _, _ in links:
        assert f'id="{anchor}"' in page


@pytest.mark.parametrize("lang, message", [("zh", "S001 消息"), ("en", "S001 message")])
def test_annotated_escapes_the_text_and_writes_messages_in_the_language(lang, message):
    page = render_html([CheckedDocument("r.txt", TEXT, FINDINGS)], lang=lang)
    assert "本年支出&lt;合计&gt;" in page and "<合计>" not in page
    assert message in page


def test_annotated_page_of_a_report_without_findings_and_an_unreadable_one():
    page = render_html([CheckedDocument("ok.txt", "一、概况\n无。\n", [])], unprocessed=["bad.docx"])
    assert "<li>No findings.</li>" in page and "not processed: bad.docx" in page and "<mark" not in page


def test_check_format_html_writes_the_page(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("2023年度示例单位整体支出绩效自评报告\n一、单位概况\n各项工作有序开展。\n\n示例单位\n2023年3月16日\n", encoding="utf-8")
    page = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["check", str(report), "--format", "html", "--output", str(page)])
    assert result.exit_code == EXIT_FINDINGS
    assert re.search(r'<mark id="d0-f0-e0" class="fail" title="D001 [^"]+">2023年3月16日</mark>', page.read_text(encoding="utf-8"))
