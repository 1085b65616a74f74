"""extractor.loaders.html: visible text, headings and tables of HTML reports."""

from __future__ import annotations

import pytest

from extractor import LoadError, load

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>页面标题不是正文</title>
<style>.note { color: red } td { padding: 2px }</style>
<script>var secret = "脚本里的文字"; document.write("写入的文字");</script>
</head><body>
<noscript>请启用浏览器脚本</noscript>
<div style="display:none">隐藏的段落</div>
<p hidden>属性隐藏的段落</p>
<span style="visibility: hidden">看不见的文字</span>
<template><p>模板里的文字</p></template>
<h2>一、单位概况</h2>
<h3>（一）基本情况</h3>
<p>我单位2023年初预算总收入为<b>673.60</b>万元，
   年中追加预算824.88万元。</p>
<table>
  <tr><th rowspan="2">项目</th><th colspan="2">2023年</th></tr>
  <tr><th>预算数</th><th>执行数</th></tr>
  <tr><td>基本支出</td><td>569.44</td><td>600.00</td></tr>
  <tr><td>项目支出</td><td>104.16</td><td>98.00</td></tr>
</table>
<h2>二、整体支出管理及使用情况</h2>
<p>全年总支出为1498.48万元。<br>以上数据均已公开。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(PAGE, encoding="utf-8")
    return load(path)


def test_loaders_html_text(report_html):
    assert report_html.format == "html"
    assert report_html.text.split("\n") == [
        "一、单位概况",
        "（一）基本情况",
        "我单位2023年初预算总收入为673.60万元， 年中追加预算824.88万元。",
        "项目\t2023年\t",
        "\t预算数\t执行数",
        "基本支出\t569.44\t600.00",
        "项目支出\t104.16\t98.00",
        "二、整体支出管理及使用情况",
        "全年总支出为1498.48万元。",
        "以上数据均已公开。",
    ]


@pytest.mark.parametrize(
    "invisible",
    ["页面标题不是正文", "color", "secret", "脚本里的文字", "写入的文字", "请启用浏览器脚本", "隐藏的段落", "属性隐藏的段落", "看不见的文字", "模板里的文字"],
)
def test_loaders_html_invisible_content_is_dropped(report_html, invisible):
    assert invisible not in report_html.text


def test_loaders_html_headings(report_html):
    assert [(s.level, s.number, s.title) for s in report_html.iter_sections()] == [
        (1, "一、", "单位概况"),
        (2, "（一）", "基本情况"),
        (1, "二、", "整体支出管理及使用情况"),
    ]
    levels = [b.heading_level for b in report_html.blocks if b.kind == "paragraph"]
    assert levels == [2, 3, None, 2, None, None]


def test_loaders_html_table_cells_and_spans(report_html):
    (table,) = report_html.tables
    assert table.layout == "html"
    assert [[(c.row, c.col, c.text, c.row_span, c.col_span) for c in row] for row in table.rows] == [
        [(0, 0, "项目", 2, 1), (0, 1, "2023年", 1, 2)],
        [(1, 1, "预算数", 1, 1), (1, 2, "执行数", 1, 1)],
        [(2, 0, "基本支出", 1, 1), (2, 1, "569.44", 1, 1), (2, 2, "600.00", 1, 1)],
        [(3, 0, "项目支出", 1, 1), (3, 1, "104.16", 1, 1), (3, 2, "98.00", 1, 1)],
    ]
    for cell in table.cells:
        assert report_html.text[cell.start:cell.end] == cell.text


@pytest.mark.parametrize(
    "position, row_header, col_header",
    [
        pytest.param((2, 1), "基本支出", "预算数", id="569.44"),
        pytest.param((3, 2), "项目支出", "执行数", id="98.00"),
        pytest.param((1, 2), "预算数", "2023年", id="header-under-colspan"),
    ],
)
def test_loaders_html_cell_headers(report_html, position, row_header, col_header):
    cell = next(c for c in report_html.tables[0].cells if (c.row, c.col) == position)
    assert (cell.row_header, cell.col_header) == (row_header, col_header)


def test_loaders_html_gbk_page_with_meta_charset(tmp_path):
    page = (
        '<html><head><meta charset="gbk"><title>报告</title></head><body>'
        "<h2>一、单位概况</h2><p>医疗保障局2023年收入合计673.60万元。</p>"
        "<table><tr><td>医院</td><td>医药</td></tr><tr><td>12.5</td><td>3.75</td></tr></table>"
        "</body></html>"
    )
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    doc = load(path)
    assert doc.text == "一、单位概况\n医疗保障局2023年收入合计673.60万元。\n医院\t医药\n12.5\t3.75"
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "单位概况")]
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [["医院", "医药"], ["12.5", "3.75"]]


def test_loaders_html_gb2312_http_equiv_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        "<body><p>（一）基本支出：719.48万元</p></body></html>"
    )
    path = tmp_path / "gb2312.htm"
    path.write_bytes(page.encode("gb2312"))
    assert load(path).text == "（一）基本支出：719.48万元"


def test_loaders_html_without_charset_declaration_is_sniffed(tmp_path):
    path = tmp_path / "nocharset.html"
    path.write_bytes("<html><body><p>三、整体支出绩效情况</p></body></html>".encode("gb18030"))
    assert load(path).text == "三、整体支出绩效情况"


def test_loaders_html_nested_table_cells_are_not_mixed(tmp_path):
    page = (
        "<table><tr><td>外层</td><td><table><tr><td>569.44</td><td>600.00</td></tr>"
        "<tr><td>104.16</td><td>98.00</td></tr></table></td></tr>"
        "<tr><td>合计</td><td>10.00</td></tr></table>"
    )
    path = tmp_path / "nested.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    # a table holding a table lays out the page: the inner one is the data table, its figures apart
    # (not "569.44600.00"), and the outer cells are lines of text
    assert [[[c.text for c in row] for row in table.rows] for table in doc.tables] == [[["569.44", "600.00"], ["104.16", "98.00"]]]
    assert doc.text.splitlines() == ["外层", "569.44\t600.00", "104.16\t98.00", "合计", "10.00"]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<html><head><title>只有标题</title><script>var a = 1;</script></head><body></body></html>", id="head-only"),
        pytest.param('<html><body><div style="display: none">隐藏</div><noscript>无脚本</noscript></body></html>', id="hidden-only"),
        pytest.param("<html><body>   <p> </p><br></body></html>", id="whitespace"),
    ],
)
def test_loaders_html_no_visible_text_raises(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: HTML page has no visible text"


def test_html_rows_laid_out_by_css_grid_are_a_table(tmp_path):
    # <div class="tr"><span class="td">…</span>…</div>: no <table>, but the page shows one
    page = (
        "<html><body><div class='h2'>三、基金支出情况</div><div class='tbl'><div class='cap'>表1 收支表</div>"
        "<div class='tr th'><span class='td'>项目</span><span class='td'>2024年决算数</span><span class='td'>2024年预算数</span></div>"
        "<div class='tr'><span class='td'>基础养老金支出</span><span class='td'>19,117.30</span><span class='td'>19,200.00</span></div>"
        "<div class='tr'><span class='td'>三、本年收支结余</span><span class='td'>8,153.09</span><span class='td'>7,590.00</span></div>"
        "</div><div class='sign'><div>祁川县财政局</div><div>2025年6月18日</div></div></body></html>"
    )
    path = tmp_path / "grid.html"
    path.write_text(page, encoding="utf-8")
    document = load(path)
    (table,) = document.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目", "2024年决算数", "2024年预算数"], ["基础养老金支出", "19,117.30", "19,200.00"], ["三、本年收支结余", "8,153.09", "7,590.00"],
    ]
    assert [s.title for s in document.sections] == ["基金支出情况"]  # a row's 三、 is no heading
    assert "祁川县财政局\n2025年6月18日" in document.text  # a signature block of two divs is no table


TWO_FUNDS = """<html><body><h2>五、两项基金合计情况</h2>
<table>
<caption>表1　2024年1—12月失业保险、工伤保险基金收支情况表（单位：万元）</caption>
<thead>
<tr><th rowspan="2">项 目</th><th colspan="2">失业保险基金</th><th colspan="2">工伤保险基金</th><th colspan="2">两项基金合计</th></tr>
<tr><th>1—12月累计</th><th>上年同期</th><th>1—12月累计</th><th>上年同期</th><th>1—12月累计</th><th>上年同期</th></tr>
</thead>
<tfoot><tr><td>二、基金支出</td><td>37,999.51</td><td>40,685.37</td><td>36,081.99</td><td>33,587.00</td><td>{total}</td><td>74,272.37</td></tr></tfoot>
<tbody>
<tr><td>一、基金收入</td><td>48,730.74</td><td>46,059.02</td><td>37,997.32</td><td>35,184.11</td><td>86,728.06</td><td>81,243.13</td></tr>
<tr><td>转移收入</td><td>386.25注1</td><td>412.60</td><td>—</td><td>—</td><td>386.25</td><td>412.60</td></tr>
</tbody>
</table></body></html>"""


def _two_funds(tmp_path, total: str = "74,081.50"):
    path = tmp_path / "funds.html"
    path.write_text(TWO_FUNDS.replace("{total}", total), encoding="utf-8")
    return path


def test_loaders_html_caption_is_read_before_its_table_and_tfoot_goes_last(tmp_path):
    document = load(_two_funds(tmp_path))
    assert "表1 2024年1—12月失业保险、工伤保险基金收支情况表（单位：万元）\n项 目" in document.text
    (table,) = document.tables
    assert [c.text for c in table.rows[-1]][:2] == ["二、基金支出", "37,999.51"]


def test_loaders_html_portal_page_in_a_layout_table_is_read_as_text(tmp_path):
    page = (
        "<table><tr><td>首页 政务公开</td></tr><tr><td><h2>一、收入支出决算总体情况</h2>"
        "<p>2024年度收入总计26,572.19万元。</p><p>本年收入合计25,733.24万元。</p>"
        "<table><tr><th>收入项目</th><th>决算数</th></tr><tr><td>本年收入合计</td><td>25,733.24</td></tr></table>"
        "</td></tr></table>"
    )
    path = tmp_path / "portal.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    assert [[[c.text for c in row] for row in table.rows] for table in doc.tables] == [[["收入项目", "决算数"], ["本年收入合计", "25,733.24"]]]
    assert [s.title for s in doc.sections] == ["收入支出决算总体情况"]
    assert "2024年度收入总计26,572.19万元。\n本年收入合计25,733.24万元。" in doc.text


def test_loaders_html_columns_stacked_with_br_are_rows(tmp_path):
    # some CMS render a table as one <tr> whose cells stack a column's values with <br>
    html = (
        "<html><body><p>表4 2024年“三公”经费预算表</p><table>"
        "<tr><th>项目</th><th>2024年<br>预算数</th><th>2023年<br>预算数</th></tr>"
        "<tr><td>合计<br>公务接待费<br>公务用车运行维护费</td><td>123,000.00<br>45,000.00<br>78,000.00</td>"
        "<td>136,000.00<br>52,000.00<br>84,000.00</td></tr></table></body></html>"
    )
    path = tmp_path / "stacked.html"
    path.write_text(html, encoding="utf-8")
    (table,) = load(path).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目", "2024年 预算数", "2023年 预算数"],  # a header wrapped with <br> stays one cell
        ["合计", "123,000.00", "136,000.00"],
        ["公务接待费", "45,000.00", "52,000.00"],
        ["公务用车运行维护费", "78,000.00", "84,000.00"],
    ]
