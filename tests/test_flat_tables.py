"""extractor.structure.flat_tables: tables recognised in plain text."""

from __future__ import annotations

import pytest

from extractor.loaders.compose import document_from_text
from extractor.normalize import normalize_view
from extractor.structure.flat_tables import find_flat_tables
from extractor.structure.tables import is_numeric_cell


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _assert_cells_match_text(doc) -> None:
    for table in doc.tables:
        for cell in table.cells:
            assert _collapsed(doc.text[cell.start:cell.end]) == cell.text, (cell.row, cell.col, cell.text)
        assert table.start == min(c.start for c in table.cells)
        assert table.end == max(c.end for c in table.cells)


def _assert_no_paragraph_inside_tables(doc) -> None:
    for block in doc.blocks:
        if block.kind == "paragraph":
            assert not any(t.start <= block.start < t.end for t in doc.tables), doc.text[block.start:block.end]


def _table_starting_with(doc, first_cell: str):
    matches = [t for t in doc.tables if t.rows[0][0].text == first_cell]
    assert matches, first_cell
    return matches


# --- seed 001: tab-indented Word tables saved as text ---------------------------------------


def test_flat_tables_seed001_project_goal_table(seed_doc):
    doc = seed_doc("001")
    table = _table_starting_with(doc, "项目绩效目标完成情况表 (2019 年度)")[0]
    assert table.layout == "tab-cells"
    texts = [[c.text for c in row] for row in table.rows]
    assert texts[1] == ["项目名称", "离休、二等乙级伤残军人医疗费、建国初期老干部门诊补助"]
    assert texts[2] == ["预算单位", "广汉市医疗保障局"]
    assert texts[3] == ["预算执行情况(万元)", "预算数:", "32.23", "执行数:", "32.23"]
    assert texts[4] == ["", "其中-财政拨款:", "32.23", "其中-财政拨款:", "32.23"]
    assert texts[5] == ["", "其它资金:", "0", "其它资金:", "0"]
    budget = table.rows[3][2]
    assert (budget.text, budget.row_header) == ("32.23", "预算数:")
    assert doc.text[budget.start:budget.end] == "32.23"
    executed = table.rows[3][4]
    assert (executed.text, executed.row_header) == ("32.23", "执行数:")
    assert texts[9] == [
        "绩效指标完成情况",
        "一级指标",
        "二级指标",
        "三级指标",
        "预期指标值(包含数字及文字描述)",
        "实际完成指标值(包含数字及文字描述)",
    ]
    quality = table.rows[11]
    assert [c.text for c in quality][1:] == ["完成指标", "质量指标", "离休人员、二等乙级伤残军人医疗保险待遇政策范围内门诊住院支付比例", "大于90%", "91%"]
    # a value with a comparator (大于90%) is a figure, not a header: the row header is the indicator
    assert (quality[5].text, quality[5].row_header) == ("91%", "离休人员、二等乙级伤残军人医疗保险待遇政策范围内门诊住院支付比例")


def test_flat_tables_seed001_second_project_goal_table(seed_doc):
    doc = seed_doc("001")
    tables = _table_starting_with(doc, "项目绩效目标完成情况表 (2019 年度)")
    assert len(tables) == 2
    texts = [[c.text for c in row] for row in tables[1].rows]
    assert texts[3] == ["预算执行情况(万元)", "预算数:", "4", "执行数:", "4"]
    assert texts[5] == ["", "其它资金:", "", "其它资金:", ""]
    assert texts[-1] == ["", "满意度指标", "服务对象满意度指标", "参保人员对医保服务的满意度", "≧90%", "95%"]


def test_flat_tables_seed001_score_table(seed_doc):
    doc = seed_doc("001")
    (table,) = _table_starting_with(doc, "一级指标")
    assert table.layout == "tab-cells"
    texts = [[c.text for c in row] for row in table.rows]
    assert texts[0] == ["一级指标", "二级指标", "三级指标", "分值", "自评分", "完成指标"]
    assert texts[1] == ["预算管理 （10分）", "预算编制", "预算安排准确性", "5", "5", "预算安排准确"]
    assert texts[-1] == ["合计", "", "", "100", "97", ""]
    assert len(texts) == 26
    assert {len(row) for row in texts} == {6}
    total = table.rows[-1][4]
    assert (total.text, total.row_header, total.col_header) == ("97", "合计", "自评分")
    # the title line above the table stays a paragraph
    title = "2019年广汉市医疗保障局部门整体支出绩效评价表"
    title_at = doc.text.index(title)
    assert title_at < table.start
    assert any(b.kind == "paragraph" and doc.text[b.start:b.end] == title for b in doc.blocks)


def test_flat_tables_seed001_layered_indicator_tables(seed_doc):
    doc = seed_doc("001")
    tables = _table_starting_with(doc, "分层指标")
    assert len(tables) == 2
    for table in tables:
        assert [c.text for c in table.rows[0]] == ["分层指标", "一级指标", "二级指标", "分值", "自评分"]
        assert all(len(row) == 5 for row in table.rows)
        assert [c.text for c in table.rows[1]] == ["通用指标 （20分）", "项目决策", "程序严密", "3", "3"]
    assert [c.text for c in tables[0].rows[-1]] == ["合计", "", "", "100", "98"]
    assert [c.text for c in tables[1].rows[-1]] == ["合计", "", "", "100", "94"]
    assert (len(tables[0].rows), len(tables[1].rows)) == (17, 16)


def test_flat_tables_seed001_every_cell_span_matches_text(seed_doc):
    doc = seed_doc("001")
    assert len(doc.tables) == 13
    _assert_cells_match_text(doc)
    _assert_no_paragraph_inside_tables(doc)


def test_flat_tables_seed001_trailing_tab_lines_stay_paragraphs(seed_doc):
    doc = seed_doc("001")
    paragraphs = {doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"}
    assert {"一般公共预算财政拨款收入", "318.74"} <= paragraphs
    label = doc.text.index(" 一般公共预算财政拨款收入\t")
    assert not any(t.start <= label + 1 < t.end for t in doc.tables)


@pytest.mark.parametrize("key", ["000", "002", "003", "004"])
def test_flat_tables_prose_seeds_have_no_tables(seed_doc, key):
    assert seed_doc(key).tables == ()


# --- synthetic layouts --------------------------------------------------------------------

EXPECTED = [["项目", "年初预算", "执行数"], ["基本支出", "569.44", "600.00"], ["项目支出", "104.16", "98.00"]]

LAYOUTS = [
    pytest.param(
        "表1 收支情况\n| 项目 | 年初预算 | 执行数 |\n|---|---:|:---|\n| 基本支出 | 569.44 | 600.00 |\n| 项目支出 | 104.16 | 98.00 |\n以上为说明。\n",
        "pipe",
        EXPECTED,
        id="pipe-markdown",
    ),
    pytest.param(
        "项目|年初预算|执行数\n基本支出|569.44|600.00\n项目支出|104.16|98.00\n",
        "pipe",
        EXPECTED,
        id="pipe-bare",
    ),
    pytest.param(
        "｜项目｜年初预算｜执行数｜\n｜基本支出｜569.44｜600.00｜\n｜项目支出｜104.16｜98.00｜\n",
        "pipe",
        EXPECTED,
        id="pipe-full-width",
    ),
    pytest.param(
        "收支表\n项目\t年初预算\t执行数\n基本支出\t569.44\t600.00\n项目支出\t104.16\t98.00\n说明文字。\n",
        "tab-rows",
        EXPECTED,
        id="tab-rows",
    ),
    pytest.param(
        "项目\t年初预算\t执行数\t\n基本支出\t569.44\t600.00\t\n项目支出\t\t98.00\t\n",
        "tab-rows",
        [["项目", "年初预算", "执行数"], ["基本支出", "569.44", "600.00"], ["项目支出", "", "98.00"]],
        id="tab-rows-empty-cell",
    ),
    pytest.param(
        "项目      年初预算    执行数\n基本支出  569.44      600.00\n项目支出  104.16      98.00\n",
        "spaced",
        EXPECTED,
        id="spaced",
    ),
    pytest.param(
        "项目　　年初预算　　执行数\n基本支出　　５６９．４４　　６００．００\n项目支出　　１０４．１６　　９８．００\n",
        "spaced",
        [["项目", "年初预算", "执行数"], ["基本支出", "５６９．４４", "６００．００"], ["项目支出", "１０４．１６", "９８．００"]],
        id="spaced-ideographic",
    ),
    pytest.param(
        # thousands separators, and a row that leaves the right-hand columns out: cells go under
        # the header they stand under (a Han character is two columns wide)
        "项目          年初预算      执行数    说明\n基本支出        1,569.44    1,600.00    追加\n项目支出          104.16       98.00\n",
        "spaced",
        [["项目", "年初预算", "执行数", "说明"], ["基本支出", "1,569.44", "1,600.00", "追加"], ["项目支出", "104.16", "98.00", ""]],
        id="spaced-aligned-short-row",
    ),
    pytest.param(
        # one space between cells, as text copied out of a PDF gives them
        "表1 收支情况\n项目 年初预算 执行数\n基本支出 569.44 600.00\n项目支出 104.16 98.00\n以上为说明。\n",
        "single-spaced",
        EXPECTED,
        id="single-spaced",
    ),
    pytest.param(
        "项目\n年初预算\n执行数\n基本支出\n569.44\n600.00\n项目支出\n104.16\n98.00\n",
        "header-cells",
        EXPECTED,
        id="header-cells",
    ),
    pytest.param(
        "\t项目\n\t年初预算\n\t执行数\n\n\t基本支出\n\t569.44\n\t600.00\n\n\t项目支出\n\t104.16\n\t98.00\n",
        "tab-cells",
        EXPECTED,
        id="tab-cells",
    ),
    pytest.param(
        # Excel's TSV: a quoted cell running over a line break is one cell, without its quotes
        '项目\t年初预算\t执行数\t说明\n基本支出\t1,569.44\t1,600.00\t"年中追加\n人员经费"\n项目支出\t104.16\t98.00\t\n',
        "tab-rows",
        [["项目", "年初预算", "执行数", "说明"], ["基本支出", "1,569.44", "1,600.00", "年中追加 人员经费"], ["项目支出", "104.16", "98.00"]],
        id="tab-rows-quoted-line-break",
    ),
    pytest.param(
        # Excel's CSV: thousands inside quotes, small amounts bare, an empty cell as ,,
        '表1 收支情况\n项目,年初预算,执行数,说明\n基本支出,"1,569.44","1,600.00",追加\n项目支出,104.16,98.00,\n',
        "csv",
        [["项目", "年初预算", "执行数", "说明"], ["基本支出", "1,569.44", "1,600.00", "追加"], ["项目支出", "104.16", "98.00", ""]],
        id="csv-excel",
    ),
]


@pytest.mark.parametrize("text, layout, rows", LAYOUTS)
def test_flat_tables_layouts(text, layout, rows):
    doc = document_from_text("t.txt", "txt", text)
    (table,) = doc.tables
    assert table.layout == layout
    assert [[c.text for c in row] for row in table.rows] == rows
    _assert_cells_match_text(doc)
    _assert_no_paragraph_inside_tables(doc)
    value = table.rows[1][1]
    assert (value.row_header, value.col_header) == ("基本支出", "年初预算")


@pytest.mark.parametrize(
    "text",
    [
        "全年支出 在 预算 之内 执行 良好\n基本支出 占 大头\n",  # words, no figures
        "表1 收支情况\n基本支出 569.44 600.00\n说明文字。\n",  # one row is no table
        "基本支出 569.44 600.00\n项目支出 104.16\n",  # rows of two widths
    ],
)
def test_flat_tables_single_spaced_needs_rows_of_figures(text):
    assert not document_from_text("t.txt", "txt", text).tables


def test_flat_tables_pipe_rule_is_not_a_row():
    text = "| 项目 | 金额 |\n|------|------|\n| 合计 | 318.74 |\n"
    (found,) = find_flat_tables(text, normalize_view(text))
    assert [[c.text for c in row] for row in found.table.rows] == [["项目", "金额"], ["合计", "318.74"]]
    assert (found.first_line, found.last_line) == (0, 2)


def test_flat_tables_surrounding_lines_stay_paragraphs():
    text = "一、收支情况\n收支表如下：\n项目\t金额\n合计\t318.74\n以上数据均已公开。\n"
    doc = document_from_text("t.txt", "txt", text)
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["一、收支情况", "收支表如下：", "以上数据均已公开。"]
    (table,) = doc.tables
    assert doc.text[table.start:table.end] == "项目\t金额\n合计\t318.74"
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "收支情况")]


PROSE = [
    pytest.param(
        "我单位认真贯彻落实上级决策部署，取得了较好成效。\n全年共完成参保登记工作，参保率达到99.96%。\n各项工作有序推进。\n",
        id="sentences",
    ),
    pytest.param("部门概况\n机构设置\n人员情况\n主要职能\n工作目标\n", id="short-heading-list"),
    pytest.param("一、单位概况\n二、整体支出\n三、绩效情况\n四、存在问题\n", id="numbered-heading-list"),
    pytest.param("一般公共预算财政拨款收入\t\n318.74\t\n基本支出\t\n311.15\t\n", id="single-trailing-tabs"),
    pytest.param("收入\n318.74\n支出\n313.74\n", id="label-value-lines"),
    pytest.param(
        "一、单位概况\n\n\t我单位认真贯彻落实上级决策部署，取得了较好成效。\n\n\t全年共完成参保登记工作，参保率达到99.96%。\n\n"
        "\t各项工作有序推进，预算执行率为97.68%。\n\n\t下一步将继续加强管理。\n",
        id="tab-indented-paragraphs",
    ),
    pytest.param("\t我单位认真贯彻落实上级决策部署。\n\t全年共完成参保登记工作。\n\t各项工作有序推进。\n", id="tab-indented-lines"),
    pytest.param("2023年  收入合计\n2022年  收入合计\n", id="spaced-without-numbers"),
    pytest.param("收入|支出 两项均有增长\n", id="single-pipe-line"),
    pytest.param("2024年,全区实现收入1,234.56万元,增长3.2%,支出1,100.00万元。\n", id="comma-sentence"),
    pytest.param("甲,乙,丙\n丁,戊,己\n", id="comma-words-without-figures"),
    pytest.param("1,2,3\n4,5,6\n", id="comma-numbers-without-header"),
    pytest.param(
        "                               奉节县医疗保障局\n\n2023年3月16日\n", id="signature-block"
    ),
]


@pytest.mark.parametrize("text", PROSE)
def test_flat_tables_prose_is_not_a_table(text):
    doc = document_from_text("t.txt", "txt", text)
    assert doc.tables == ()
    paragraphs = [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join(line.split()) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "text,numeric",
    [("32.23", True), ("98.58%", True), ("(1,972,166.74)", True), ("（7.20%）", True), ("(注1)", False), ("（万元）", False), ("预算数:", False), ("－７１６．７５", True), ("-716.75", True)],
)
def test_is_numeric_cell_reads_accounting_brackets_as_numbers(text, numeric):
    assert is_numeric_cell(text) is numeric


def test_flat_tables_full_width_padding_counts_two_columns():
    # an empty first-level cell padded with full-width spaces: the row's cells still stand under
    # 二级指标 / 权重 / 得分 / 得分率, as a monospaced screen shows them
    text = (
        "一级指标    权重    二级指标        权重    得分    得分率\n"
        "决策\u3000\u3000    20      项目立项\u3000\u3000     5     5.00    100.00%\n"
        "\u3000\u3000\u3000\u3000            绩效目标\u3000\u3000     8     7.20    90.00%\n"
    )
    (table,) = document_from_text("t.txt", "txt", text).tables
    assert [c.text for c in table.rows[2]] == ["", "", "绩效目标", "8", "7.20", "90.00%"]


def test_flat_tables_drawn_rules_between_header_and_rows_are_skipped():
    text = "指标            2024年  2023年  同比增减（%）\n──────────────\n缴存额（亿元）   58.37   54.85    6.42\n提取额（亿元）   43.88   41.07    6.84\n──────────────\n注：负数表示下降。\n"
    (table,) = document_from_text("t.txt", "txt", text).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["指标", "2024年", "2023年", "同比增减（%）"], ["缴存额（亿元）", "58.37", "54.85", "6.42"], ["提取额（亿元）", "43.88", "41.07", "6.84"],
    ]
    assert table.rows[2][2].col_header == "2023年"
