"""Binding figures in table cells: column roles found past text values, form sub-rows as parts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text
from extractor.loaders.html import load_html

FORM = (
    "2023年度项目支出绩效自评表\n\n"
    "\t项目名称\n\t医保信息化建设\n\n"
    "\t预算执行情况(万元)\n\t预算数:\n\t32.23\n\t执行数:\n\t30.00\n\n"
    "\t\n\t其中-财政拨款:\n\t30.23\n\t其中-财政拨款:\n\t28.00\n\n"
    "\t\n\t其它资金:\n\t2\n\t其它资金:\n\t2\n\n"
    "\t绩效指标完成情况\n\t一级指标\n\t三级指标\n\t预期指标值(包含数字及文字描述)\n\t实际完成指标值(包含数字及文字描述)\n\n"
    "\t\n\t效益指标\n\t服务能力\n\t明显增强\n\t明显增强\n\n"
    "\t\n\t满意度指标\n\t参保人员满意度\n\t≧90%\n\t95%\n\n"
)


@pytest.fixture(scope="module")
def form():
    return extract(document_from_text("form.txt", "txt", FORM))


def _fact(extraction, text: str, nth: int = 0):
    return [f for f in extraction.facts if f.entity.text == text][nth]


@pytest.mark.parametrize(
    "figure,nth,role",
    [
        ("≧90%", 0, "target"),  # under 预期指标值, past the text value 明显增强
        ("95%", 0, "achieved"),  # under 实际完成指标值
        ("32.23", 0, "budget"),  # the label 预算数: on its left
        ("30.23", 0, "budget"),  # 其中-财政拨款 under the 预算数: label
        ("28.00", 0, "actual"),  # 其中-财政拨款 under the 执行数: label
        ("2", 1, "actual"),  # 其它资金 under 执行数:
    ],
)
def test_table_cell_role(form, figure, nth, role):
    assert _fact(form, figure, nth).role == role


def test_table_target_relation_pairs_target_with_achieved(form):
    pairs = [(r.member("target").entity.text, r.member("achieved").entity.text) for r in form.relations if r.kind == "target"]
    assert pairs == [("≧90%", "95%")]


def test_table_form_sub_rows_are_parts_of_their_total(form):
    parts = {
        r.member("total").entity.text: [p.entity.text for p in r.parts]
        for r in form.relations if r.kind == "parts" and r.source == "table"
    }
    assert parts == {"32.23": ["30.23", "2"], "30.00": ["28.00", "2"]}


def test_table_form_split_without_its_rest_row_is_no_relation():
    text = FORM.replace("\t\n\t其它资金:\n\t2\n\t其它资金:\n\t2\n\n", "")
    extraction = extract(document_from_text("form.txt", "txt", text))
    assert [r for r in extraction.relations if r.kind == "parts" and r.source == "table"] == []


@pytest.mark.parametrize(
    "label,is_role",
    [
        ("预算数:", True),
        ("执行数", True),
        ("其中-财政拨款:", True),
        ("其它资金:", True),
        ("年初预算（万元）", True),
        ("预算完成", False),
        ("预算执行情况(万元)", False),
        ("基本支出", False),
    ],
)
def test_table_role_label(label, is_role):
    from extractor.facts.table_binding import is_role_label

    assert is_role_label(label) is is_role


def test_table_score_row_named_by_its_own_label_not_a_role_word():
    text = "2023年度项目支出绩效自评表\n\n\t一级指标\n\t二级指标\n\t分值\n\t自评分\n\n\t完成结果\n\t预算完成\n\t3\n\t1\n\n\t\n\t违规记录\n\t3\n\t3\n\n"
    extraction = extract(document_from_text("score.txt", "txt", text))
    assert [(f.key, f.role) for f in extraction.facts][:2] == [("预算完成", "weight"), ("预算完成", "score")]


@pytest.mark.parametrize(
    "text,numeric",
    [
        ("32.23", True), ("98.58%", True), ("12.6公里", True), ("≥15公里", True), ("46.3万亩", True),
        ("12,486株", True), ("0.21‰", True), ("≤200元", True),
        ("预算数:", False), ("1.基本支出", False), ("新建生物防火隔离带长度", False), ("2023年", False),
    ],
)
def test_table_numeric_cell_with_a_measure_unit(text, numeric):
    from extractor.structure.tables import is_numeric_cell

    assert is_numeric_cell(text) is numeric


def test_table_figure_named_by_its_indicator_cell_not_the_value_beside_it():
    extraction = extract(document_from_text(
        "t.txt", "txt",
        "2023年度项目支出绩效自评报告\n一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因\n"
        "产出指标|数量指标|新建生物防火隔离带长度|≥15公里|12.6公里|5|4|部分地段未能按期施工\n",
    ))
    score = next(f for f in extraction.facts if f.role == "score")
    assert (score.indicator, score.entity.value) == ("新建生物防火隔离带长度", 4)


# 一般公共预算财政拨款支出决算表: 类 / 款 / 项 rows under their codes, the 合计 on top
CODED = (
    "表二 一般公共预算财政拨款支出决算表\n单位：万元\n"
    "科目编码\t科目名称\t合计\t基本支出\n"
    "合计\t\t{total}\t520.00\n"
    "208\t社会保障和就业支出\t{lei}\t420.00\n"
    "20801\t人力资源和社会保障管理事务\t{kuan}\t300.00\n"
    "2080101\t行政运行\t200.00\t200.00\n"
    "2080102\t一般行政管理事务\t100.00\t100.00\n"
    "20805\t行政事业单位养老支出\t120.00\t120.00\n"
    "2080501\t行政单位离退休\t70.00\t70.00\n"
    "2080502\t事业单位离退休\t50.00\t50.00\n"
    "221\t住房保障支出\t100.00\t100.00\n"
    "22102\t住房改革支出\t100.00\t100.00\n"
    "2210201\t住房公积金\t100.00\t100.00\n"
)


def _coded(total="520.00", lei="420.00", kuan="300.00"):
    return extract(document_from_text("coded.txt", "txt", CODED.format(total=total, lei=lei, kuan=kuan)))


def test_table_subject_codes_are_labels_not_amounts():
    extraction = _coded()
    assert not [f for f in extraction.facts if f.entity.text in ("208", "20801", "2080101", "221", "2210201")]
    assert [f.entity.value for f in extraction.facts if f.entity.text == "420.00"] == [Decimal("4200000")] * 2


def test_table_subject_codes_spell_the_sum_tree():
    extraction = _coded()
    parts = {
        (r.member("total").entity.text, r.member("total").entity.start): [p.entity.text for p in r.parts]
        for r in extraction.relations if r.kind == "parts" and r.source == "table"
    }
    first = {text: tree for (text, _), tree in sorted(parts.items(), key=lambda item: item[0][1])}
    assert first["520.00"] == ["420.00", "100.00"]  # the 合计 adds the 类 rows
    assert first["420.00"] == ["300.00", "120.00"]  # a 类 adds its 款 rows
    assert first["300.00"] == ["200.00", "100.00"]  # a 款 adds its 项 rows
    assert first["120.00"] == ["70.00", "50.00"]


@pytest.mark.parametrize(
    "changed,rule_total,rule_parts",
    [
        # a wrong 款 breaks its 类 too, by the same 10: one slip, reported once, on the 款 against its 项
        ({"kuan": "310.00"}, "310.00", ["200.00", "100.00"]),
        ({"lei": "430.00"}, "430.00", ["300.00", "120.00"]),  # a wrong 类 against its 款
        ({"total": "530.00"}, "530.00", ["420.00", "100.00"]),  # a wrong 合计 against its 类
    ],
)
def test_table_subject_code_tree_checks_each_level(changed, rule_total, rule_parts):
    findings = [f for f in check_extraction(_coded(**changed)) if f.rule == "S001"]
    evidence = [[e.text for e in f.evidence] for f in findings]
    assert [rule_total, *rule_parts] in evidence, evidence


def test_table_subject_codes_after_a_merged_group_label():
    text = (
        "基本支出预算表\n单位：万元\n经费类别\t科目编码\t科目名称\t预算数\n"
        "人员经费\t301\t工资福利支出\t300.00\n\t30101\t基本工资\t180.00\n\t30102\t津贴补贴\t120.00\n"
        "公用经费\t302\t商品和服务支出\t50.00\n\t30201\t办公费\t20.00\n\t30211\t差旅费\t30.00\n"
        "合计\t\t\t350.00\n"
    )
    extraction = extract(document_from_text("coded.txt", "txt", text))
    assert not [f for f in extraction.facts if f.entity.text in ("301", "30101", "302")]
    parts = {r.member("total").entity.text: [p.entity.text for p in r.parts] for r in extraction.relations if r.kind == "parts"}
    assert parts == {"350.00": ["300.00", "50.00"], "300.00": ["180.00", "120.00"], "50.00": ["20.00", "30.00"]}
    assert not check_extraction(extraction, selected_rules(select=["S001"]))


@pytest.mark.parametrize(
    "header,related",
    [
        ("资金到位率", False),  # 到位资金 ÷ 预算, not 实际支出 ÷ 预算
        ("资金使用率", False),
        ("预算执行率", True),
    ],
)
def test_table_row_rate_relation_only_for_an_execution_rate(header, related):
    text = f"子项目\t调整后预算（万元）\t实际支出（万元）\t{header}\n农村生活污水治理项目\t2,160.00\t2,046.72\t94.76%\n"
    extraction = extract(document_from_text("rates.txt", "txt", text))
    rates = [r for r in extraction.relations if r.kind == "rate" and r.source == "table"]
    assert bool(rates) is related


@pytest.mark.parametrize(
    "spent_header, related",
    [
        ("支出数", True),  # 预算数 | 支出数 | 执行率（%）: the spending column is the actual
        ("支出金额（万元）", True),
        ("实际支出", True),
        ("到位数", False),
    ],
)
def test_table_spending_column_is_the_actual_of_the_row_rate(spent_header, related):
    text = f"表1 子项目预算执行情况（万元）\n子项目\t预算数\t{spent_header}\t执行率（%）\n庭院燃气管网改造\t1,050.00\t998.62\t95.11\n"
    extraction = extract(document_from_text("rates.txt", "txt", text))
    rates = [(r.member("numerator").entity.text, r.member("denominator").entity.text) for r in extraction.relations if r.kind == "rate" and r.source == "table"]
    assert rates == ([("998.62", "1,050.00")] if related else [])


# 小计 above the closing 合计: the 合计 adds the 小计 and the rows after it, the 小计 the rows before it
SUBTOTAL_THEN_ROWS = (
    "表2 居民医保基金支出决算表（单位：万元）\n项目\t2024年\t2023年\n住院医疗费用\t18,642.30\t17,905.20\n普通门诊统筹\t3,815.60\t3,402.15\n"
    "门诊慢特病\t2,406.75\t2,215.40\n待遇支出小计\t24,864.65\t23,522.75\n大病保险支出\t2,380.00\t2,310.00\n其他支出\t96.40\t88.60\n支出合计\t27,341.05\t{total_2023}\n"
)


@pytest.mark.parametrize(
    "total_2023, findings",
    [
        ("25,921.35", []),
        ("25,921.53", [["25,921.53", "23,522.75", "2,310.00", "88.60"]]),  # 23,522.75 + 2,310.00 + 88.60 = 25,921.35
    ],
)
def test_table_closing_total_after_a_subtotal(total_2023, findings):
    extraction = extract(document_from_text("t.txt", "txt", SUBTOTAL_THEN_ROWS.format(total_2023=total_2023)))
    parts = {r.member("total").entity.text: [p.entity.text for p in r.parts] for r in extraction.relations if r.kind == "parts" and r.source == "table"}
    assert parts["24,864.65"] == ["18,642.30", "3,815.60", "2,406.75"]
    assert parts["27,341.05"] == ["24,864.65", "2,380.00", "96.40"]
    found = check_extraction(extraction, selected_rules(select=["S001"]))
    assert [[e.text for e in f.evidence] for f in found] == findings


def _score_table(decision_total: str = "5.50", grand_total: str = "13.50") -> str:
    return (
        "2024年度项目绩效评价报告\n表2 评价指标体系及得分\n"
        "一级指标\t二级指标\t三级指标\t权重\t得分\n"
        f"决策\t\t\t6\t{decision_total}\n\t项目立项\t立项依据充分性\t3\t3.00\n\t\t立项程序规范性\t3\t2.50\n"
        "过程\t\t\t9\t8.00\n\t资金管理\t资金到位率\t4\t4.00\n\t\t预算执行率\t5\t4.00\n"
        f"合计\t\t\t15\t{grand_total}\n"
    )


def test_table_group_rows_labelled_alone_are_subtotals_of_the_rows_below_them():
    # 决策 | | | 6 | 5.50 over | 项目立项 | 立项依据充分性 | 3 | 3.00: the 合计 adds the groups, each group its rows
    extraction = extract(document_from_text("scores.txt", "txt", _score_table()))
    parts = sorted(
        (r.member("total").entity.text, tuple(p.entity.text for p in r.parts))
        for r in extraction.relations if r.kind == "parts" and r.member("total").role == "score"
    )
    assert parts == [("13.50", ("5.50", "8.00")), ("5.50", ("3.00", "2.50")), ("8.00", ("4.00", "4.00"))]
    assert not check_extraction(extraction, selected_rules(select=["C001"]))


@pytest.mark.parametrize(
    "changed,total,items",
    [
        ({"grand_total": "14.50"}, "14.50", ["5.50", "8.00"]),  # the 合计 against its groups
        ({"decision_total": "6.00", "grand_total": "14.00"}, "6.00", ["3.00", "2.50"]),  # a group against its rows
    ],
)
def test_table_group_subtotals_catch_a_wrong_level(changed, total, items):
    extraction = extract(document_from_text("scores.txt", "txt", _score_table(**changed)))
    findings = [f for f in check_extraction(extraction, selected_rules(select=["C001"]))]
    assert [[e.text for e in f.evidence] for f in findings] == [[total, *items]]


@pytest.mark.parametrize(
    "header,role,period",
    [
        ("2023年", "value", "2023"),  # a column dated by its header
        ("上年决算数", "actual", "2023"),
        ("2024年", "value", "2024"),
        ("同比增减", "growth", "2024"),  # a change is this year's
    ],
)
def test_table_column_header_dates_its_levels(header, role, period):
    text = f"2024年度部门决算说明\n指标\t{header}\n缴存额（亿元）\t98.46\n"
    (fact,) = [f for f in extract(document_from_text("years.txt", "txt", text)).facts if f.entity.text == "98.46"]
    assert (fact.role, fact.period) == (role, period)


UNIT_COLUMN_TABLE = "附表1  2021—2023年主要业务指标\n\n指标\t单位\t2021年\t2022年\t2023年\n实缴单位\t家\t14,360\t15,270\t16,485\n实缴职工\t万人\t64.15\t66.06\t68.42\n缴存额\t亿元\t135.62\t146.78\t156.82\n个贷率\t%\t89.06\t85.88\t82.92\n"


@pytest.mark.parametrize(
    "cell,key,period",
    [("15,270", "实缴单位", "2022"), ("68.42", "实缴职工", "2023"), ("85.88", "个贷率", "2022"), ("89.06", "个贷率", "2021")],
)
def test_facts_table_unit_column_is_no_name_and_year_columns_date_rates(cell, key, period):
    extraction = extract(document_from_text("t.txt", "txt", "2023年住房公积金年度报告\n" + UNIT_COLUMN_TABLE))
    (fact,) = [f for f in extraction.facts if f.entity.text == cell]
    assert (fact.key, fact.period) == (key, period)


@pytest.mark.parametrize("cell,period", [("318.64", "2022-12-31"), ("334.39", "2023")])
def test_facts_table_opening_balance_row_is_last_year_end(cell, period):
    text = "2023年度部门决算\n表1 收入支出决算总表\n单位：万元\n项目\t决算数\n本年收入合计\t7,166.02\n年初结转和结余\t318.64\n本年支出合计\t7,150.27\n年末结转和结余\t334.39\n"
    (fact,) = [f for f in extract(document_from_text("t.txt", "txt", text)).facts if f.entity.text == cell]
    assert (fact.key, fact.period) == ("结转和结余", period)


def test_table_figure_in_a_remark_cell_is_named_by_the_cell_not_the_row():
    # 含应急通信保障车一辆 is one vehicle among the row's 3, not the row's own count
    text = "序号|车辆用途|数量（辆）|备注\n1|地震应急保障用车|3|含应急通信保障车一辆\n2|一般公务用车|2|—\n合计||5|\n"
    extraction = extract(document_from_text("t.txt", "txt", text))
    one = _fact(extraction, "一辆")
    assert (one.indicator, one.key) == ("含应急通信保障车", "含应急通信保障车")


SPLIT_SCORE_TABLE = (
    "年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率／得分\n"
    "年度资金总额\t4,862.30\t5,486.72\t5,318.46\t10\t96.93%／9.69\n"
    "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t城镇新增就业人数\t≥6,500人\t6,842人\t50\t50.00\n"
    "效益指标\t培训后就业率\t≥64%\t65%\t40\t{score}\n"
    "总分\t\t\t\t100\t98.69\n"
)


def test_table_cell_with_two_figures_under_a_two_label_header():
    # 96.93%／9.69 under 执行率／得分: the rate under 执行率, the score under 得分
    extraction = extract(document_from_text("t.txt", "txt", SPLIT_SCORE_TABLE.format(score="39.00")))
    rate, score = _fact(extraction, "96.93%"), _fact(extraction, "9.69")
    assert (rate.role, rate.measure, score.role, score.measure) == ("rate", "percent", "score", "score")
    assert score.entity.value == Decimal("9.69")


@pytest.mark.parametrize("score, findings", [("39.00", 0), ("38.00", 1)])
def test_table_funds_row_score_written_after_a_slash_counts_toward_the_total(score, findings):
    extraction = extract(document_from_text("t.txt", "txt", SPLIT_SCORE_TABLE.format(score=score)))
    assert len(check_extraction(extraction, selected_rules(select=["C001"]))) == findings


def test_table_row_of_the_rest_is_not_the_whole():
    # 其他国有资本经营预算收入 is the rest of the income, as in running text, not all of it
    text = "项目\t预算数\t执行数\n利润收入\t31,500\t33,486\n其他国有资本经营预算收入\t400\t440\n收入合计\t38,600\t41,275\n"
    extraction = extract(document_from_text("t.txt", "txt", "单位：万元\n" + text))
    assert _fact(extraction, "440").key.startswith("其他")


# a 公示 table: project rows grouped under township rows, a 小计 per township, a 合计
_PROJECT_ROWS = [
    ["序号", "项目名称", "项目类型", "建设内容", "资金（万元）", "完成情况"],
    ["一、岚关镇"],
    ["1", "岚关镇通组路硬化项目", "乡村建设", "硬化通组路4.2公里", "144.80", "已完工"],
    ["2", "岚关镇人居环境整治项目", "乡村建设", "改造排污沟渠1.8公里", "68.00", "在建（完成工程量的80%）"],
    ["", "岚关镇小计", "", "2个项目", "212.80", ""],
    ["二、龙洼镇"],
    ["3", "龙洼镇通组路硬化项目", "乡村建设", "硬化通组路3.8公里", "138.60", "已完工"],
    ["4", "龙洼镇污水治理项目", "乡村建设", "铺设管网2.2公里", "102.00", "在建（完成工程量的70%）"],
    ["", "龙洼镇小计", "", "2个项目", "240.60", ""],
    ["", "合计", "", "4个项目", "{total}", ""],
]


def _project_table(total: str = "453.40"):
    rows = "".join(
        "<tr>" + ("<td colspan=\"6\">%s</td>" % row[0] if len(row) == 1 else "".join(f"<td>{c}</td>" for c in row)) + "</tr>"
        for row in _PROJECT_ROWS
    )
    html = f"<html><body><p>项目计划及完成情况表</p><table>{rows}</table></body></html>".replace("{total}", total)
    return extract(load_html(Path("公示.html"), html.encode("utf-8")))


@pytest.mark.parametrize(
    "figure, row_header, col_header",
    [
        ("144.80", "岚关镇通组路硬化项目", "资金（万元）"),  # not named by 建设内容, not headed by 一、岚关镇
        ("138.60", "龙洼镇通组路硬化项目", "资金（万元）"),  # the second group row heads nothing either
        ("212.80", "岚关镇小计", "资金（万元）"),  # 2个项目 in 建设内容 does not name the 小计 row
    ],
)
def test_table_row_named_past_describing_columns_and_group_rows(figure, row_header, col_header):
    extraction = _project_table()
    fact = _fact(extraction, figure)
    assert (fact.row_header, fact.col_header) == (row_header, col_header)


@pytest.mark.parametrize(
    "figure, key",
    [
        ("4.2公里", "岚关镇通组路硬化项目·硬化通组路"),
        ("3.8公里", "龙洼镇通组路硬化项目·硬化通组路"),
        ("80%", "岚关镇人居环境整治项目·工程量"),
    ],
)
def test_table_figure_in_a_content_cell_is_keyed_under_its_row(figure, key):
    extraction = _project_table()
    assert _fact(extraction, figure).key == key


@pytest.mark.parametrize("total, findings", [("453.40", []), ("463.40", [("S001", "fail")])])
def test_table_grand_total_adds_the_subtotals_once(total, findings):
    extraction = _project_table(total)
    found = check_extraction(extraction, selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


# a budget report's table exported from Excel: percent columns named by the ratio they hold
BUDGET_CSV = (
    "关于2024年预算执行情况和2025年预算草案的报告\n"
    "表1 一般公共预算收入表\n单位：万元\n"
    "项目,2024年调整预算数,2024年执行数,执行数为调整预算%,2023年执行数,执行数比上年增长%,2025年预算数,2025年预算比2024年执行数增长%\n"
    '税收收入,"498,756.00","494,462.15",99.14,"496,546.95",-0.42,"507,760.00",2.69\n'
)


@pytest.mark.parametrize(
    "figure, role, period, value",
    [
        ("494,462.15", "actual", "2024", Decimal("4944621500")),
        ("99.14", "rate", "2024", Decimal("99.14")),  # 执行数为调整预算%: the execution rate, not a budget
        ("-0.42", "growth", "2024", Decimal("-0.42")),  # 执行数比上年增长%
        ("2.69", "growth", "2025", Decimal("2.69")),  # the 2025 budget's growth on 2024
        ("507,760.00", "budget", "2025", Decimal("5077600000")),
    ],
)
def test_table_percent_columns_of_a_csv_budget_table(figure, role, period, value):
    fact = _fact(extract(document_from_text("t.txt", "txt", BUDGET_CSV)), figure)
    assert (fact.role, fact.period, fact.measure, fact.entity.value) == (role, period, "percent" if "." in figure and "," not in figure else "amount", value)


# 基本支出 followed by its known breakdown, unmarked: the 合计 adds 基本支出 and 项目支出
BREAKDOWN_TABLE = (
    "单位：万元\n项目\t年初预算\t全年预算\n基本支出\t2,846.52\t2,895.14\n人员经费\t2,512.38\t2,561.00\n"
    "公用经费\t334.14\t334.14\n项目支出\t8,620.00\t11,905.40\n合计\t{total}\t14,800.54\n"
)


@pytest.mark.parametrize("total, findings", [("11,466.52", []), ("11,468.52", [("S001", "fail")])])
def test_table_rows_below_a_total_with_a_known_breakdown_are_its_parts(total, findings):
    extraction = extract(document_from_text("t.txt", "txt", BREAKDOWN_TABLE.format(total=total)))
    found = check_extraction(extraction, selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


# 一、 / 二、 heads with their own subtotals over unnumbered rows, and one 合计
NUMBERED_HEADS_TABLE = (
    "单位：万元\n企业名称\t应缴\t实缴\n一、利润收入\t39,006.33\t38,388.10\n城发集团\t17,286.50\t17,286.50\n"
    "交投集团\t21,101.60\t21,101.60\n热力集团\t618.23\t0.00\n二、股利、股息收入\t6,948.60\t6,948.60\n农商银行\t2,771.00\t2,771.00\n"
    "热电公司\t4,177.60\t4,177.60\n合计\t{total}\t45,336.70\n"
)


@pytest.mark.parametrize("total, findings", [("45,954.93", []), ("45,594.93", [("S001", "fail")])])
def test_table_numbered_heads_group_the_rows_below_them(total, findings):
    extraction = extract(document_from_text("t.txt", "txt", NUMBERED_HEADS_TABLE.format(total=total)))
    found = check_extraction(extraction, selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


def _split_code_table(total: str):
    from extractor.loaders.compose import GridCell, Paragraph, TableGrid, document_from_items

    g = GridCell
    rows = [
        [g("科目编码", 1, 3), None, None, g("科目名称", 2), g("本年支出合计", 2)],
        [g("类"), g("款"), g("项"), None, None],
        [g("合计", 1, 4), None, None, None, g(total)],
        [g("201", 4), g(""), g(""), g("一般公共服务支出"), g("569.42")],
        [None, g("01", 2), g(""), g("人大事务"), g("16.06")],
        [None, None, g("08"), g("代表工作"), g("16.06")],
        [None, g("03", 2), g(""), g("政府办公厅（室）及相关机构事务"), g("553.36")],
        [None, None, g("01"), g("行政运行"), g("553.36")],
        [g("208"), g(""), g(""), g("社会保障和就业支出"), g("105.41")],
    ]
    document = document_from_items("t.docx", "docx", [Paragraph("2024年度部门决算"), Paragraph("单位：万元"), TableGrid(rows)])
    return extract(document)


@pytest.mark.parametrize("total, findings", [("674.83", []), ("674.38", [("S001", "fail")])])
def test_table_code_split_over_lei_kuan_xiang_columns_is_a_tree(total, findings):
    # 201 under 类, 01 under 款, 08 under 项: the 合计 adds the 类 rows only
    found = check_extraction(_split_code_table(total), selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


# a 序号 column numbering groups （一） and their items 1, 2 …, with a 主管部门 column between name and figure
GROUPED_BY_SERIAL = (
    "单位：万元\n序号\t项目名称\t主管部门\t决算数\n\t合计\t\t{total}\n（一）\t一般公共服务\t\t3,100.50\n"
    "1\t基层政权建设补助资金\t市委组织部\t1,860.00\n2\t市场监管能力提升资金\t市市场监管局\t1,240.50\n"
    "（二）\t教育\t\t25,811.00\n3\t学前教育发展资金\t市教育局\t6,420.00\n4\t义务教育薄弱环节改善资金\t市教育局\t19,391.00\n"
)


@pytest.mark.parametrize("total, findings", [("28,911.50", []), ("28,191.50", [("S001", "fail")])])
def test_table_serial_numbers_group_the_items_under_their_heads(total, findings):
    extraction = extract(document_from_text("t.txt", "txt", GROUPED_BY_SERIAL.format(total=total)))
    assert _fact(extraction, "1,860.00").row_header == "基层政权建设补助资金"  # not 市委组织部
    found = check_extraction(extraction, selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


@pytest.mark.parametrize("label, key", [("护林员满意度", "护林员满意度"), ("周边群众满意度", "周边群众满意度"), ("满意度", "满意度")])
def test_table_satisfaction_keeps_whose_it_is(label, key):
    text = f"一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n满意度指标\t{label}\t≥90%\t94.20%\t10\t10\n"
    assert _fact(extract(document_from_text("t.txt", "txt", text)), "94.20%").key == key


@pytest.mark.parametrize("poor, findings", [("1,186人", []), ("1,286人", [("P001", "fail")])])
def test_table_sentence_in_a_cell_breaks_its_figures_down(poor, findings):
    # 全年选聘…1,262人，其中脱贫人口… under 实际完成情况: a part larger than its whole, inside a cell
    text = (
        "2024年度项目支出绩效自评表\n年度总体目标\t预期目标\t实际完成情况\n"
        f"\t选聘生态护林员不少于1,200人。\t全年选聘生态护林员1,262人，其中脱贫人口{poor}；管护森林86.42万亩。\n"
    )
    found = check_extraction(extract(document_from_text("t.txt", "txt", text)), selected_rules())
    assert [(f.rule, f.status) for f in found] == findings


CAPTIONED = (
    "2023年度项目支出绩效自评报告\n"
    "1.项目资金年度预算、实际执行、执行率情况\n"
    "\t2023年城乡医疗救助补助  \n单位：万元\n\n"
    "\t年度预算\n\t预算调整数\n\t实际执行\n\t执行率\n\n"
    "\t100\n\t-67.77\n\t32.23\n\t100%\n\n\n"
    "2.资金到位情况\n"
)


@pytest.mark.parametrize(
    "figure,role",
    [("100", "budget"), ("-67.77", "adjustment"), ("32.23", "actual"), ("100%", "rate")],
)
def test_table_row_of_figures_under_a_caption_is_the_captions_subject(figure, role):
    """A one-row table of figures names no row: its caption does (not the first figure, 100)."""
    found = _fact(extract(document_from_text("c.txt", "txt", CAPTIONED)), figure)
    assert (found.key, found.role) == ("城乡医疗救助补助", role)


CROSS_TAB = (
    "2024年度转移支付决算情况说明\n四、分地区情况\n单位：万元\n"
    "地区\t合计\t一般性转移支付\t其中：均衡性转移支付\t专项转移支付\t上年决算数\n"
    "合计\t160,000.00\t120,000.00\t50,000.00\t40,000.00\t150,000.00\n"
    "蒙岭县\t103,755.52\t80,537.25\t43,140.00\t23,218.27\t93,049.94\n"
    "柘河县\t56,244.48\t39,462.75\t6,860.00\t16,781.73\t56,950.06\n"
)


@pytest.mark.parametrize(
    "figure, key, role",
    [
        ("103,755.52", "蒙岭县", "value"),  # the row's own sum, under 合计
        ("80,537.25", "蒙岭县·一般性转移支付", "value"),  # a component column
        ("43,140.00", "蒙岭县·均衡性转移支付", "value"),  # 其中： is no part of the name
        ("93,049.94", "蒙岭县", "actual"),  # a role column keeps the row's key
    ],
)
def test_table_component_columns_beside_a_total_column_are_keyed_apart(figure, key, role):
    found = _fact(extract(document_from_text("x.txt", "txt", CROSS_TAB)), figure)
    assert (found.key, found.role) == (key, role)


def test_table_blank_sub_row_marks_the_numbered_rows_parts():
    # the 其中 row holds no figure; the unnumbered row after it is a part of row 2, not a third item
    from audit.engine import check

    text = (
        "2024年度部门决算说明\n表5 “三公”经费支出表\n单位：万元\n项目\t预算数\t决算数\n合计\t17.50\t14.20\n"
        "1.因公出国（境）费\t—\t—\n2.公务用车购置及运行维护费\t14.00\t11.86\n其中：公务用车购置费\t\t\n"
        "公务用车运行维护费\t14.00\t11.86\n3.公务接待费\t3.50\t2.34\n"
    )
    assert [f.rule for f in check(document_from_text("t.txt", "txt", text))] == []
    wrong = text.replace("3.公务接待费\t3.50\t2.34", "3.公务接待费\t3.50\t2.43")
    assert [f.rule for f in check(document_from_text("t.txt", "txt", wrong))] == ["S001"]


TWO_SIDED_STATEMENT = (
    "某职业技术学院2024年度部门决算说明\n一、收入支出决算总体情况\n表1 收入支出决算总表\n单位：万元\n"
    "收入项目\t决算数\t支出项目\t决算数\n"
    "一、财政拨款收入\t6,248.37\t一、教育支出\t6,730.63\n"
    "二、事业收入\t1,862.40\t二、社会保障和就业支出\t857.46\n"
    "其中：教育事业收入\t1,736.85\t三、卫生健康支出\t298.73\n"
    "三、其他收入\t{other}\t四、住房保障支出\t402.18\n"
    "本年收入合计\t8,204.93\t本年支出合计\t8,289.00\n"
    "年初结转和结余\t612.58\t年末结转和结余\t528.51\n"
    "总计\t8,817.51\t总计\t8,817.51\n"
)


@pytest.mark.parametrize(
    "other, parts, rules",
    [
        # 教育事业收入 is one part of 事业收入 named, not a fourth line of income
        ("94.16", ["6,248.37", "1,862.40", "94.16"], []),
        # a wrong line is still found, the 其中 row still left out of the sum
        ("95.16", ["6,248.37", "1,862.40", "95.16"], ["S001"]),
    ],
)
def test_table_lone_sub_row_of_a_two_sided_statement_is_inside_the_row_above(other, parts, rules):
    extraction = extract(document_from_text("statement.txt", "txt", TWO_SIDED_STATEMENT.format(other=other)))
    income = [
        [p.entity.text for p in r.parts] for r in extraction.relations
        if r.kind == "parts" and r.source == "table" and r.member("total").entity.text == "8,204.93"
    ]
    findings = [f for f in check_extraction(extraction, selected_rules(["S001"])) if "8,204.93" in [e.text for e in f.evidence]]
    assert (income[:1], [f.rule for f in findings]) == ([parts], rules)


# a named 合计 row closing a flat list of rows (本级支出合计), and one closing unlabelled groups
CLOSING_NAMED_TOTAL = (
    "表2 本级支出执行情况表\n单位：万元\n项目\t2024年执行数\t比上年增减（%）\n城乡社区支出\t3,642\t-5.12\n农林水支出\t1,248\t-12.12\n"
    "交通运输支出\t873\t42.60\n债务付息支出\t387\t16.00\n本级支出合计\t{total}\t-1.11\n"
)
CLOSING_UNLABELLED_GROUPS = (
    "单位：万元\n项目\t执行数\n税收收入\t9,000.00\n增值税\t5,000.00\n企业所得税\t4,000.00\n"
    "非税收入\t1,000.00\n专项收入\t600.00\n罚没收入\t400.00\n一般公共预算收入合计\t10,000.00\n"
)


@pytest.mark.parametrize("total, findings", [("6,150", []), ("6,510", [("S001", "fail")])])
def test_table_named_total_row_closing_the_table_adds_the_rows_above(total, findings):
    extraction = extract(document_from_text("t.txt", "txt", CLOSING_NAMED_TOTAL.format(total=total)))
    relation = next(r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == total)
    assert [p.entity.text for p in relation.parts] == ["3,642", "1,248", "873", "387"]
    assert [(f.rule, f.status) for f in check_extraction(extraction, selected_rules())] == findings


def test_table_named_total_row_over_unlabelled_groups_adds_nothing_it_cannot_tell():
    extraction = extract(document_from_text("t.txt", "txt", CLOSING_UNLABELLED_GROUPS))
    assert not [r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == "10,000.00"]
    assert check_extraction(extraction, selected_rules()) == []


@pytest.mark.parametrize(
    "label, key",
    [
        ("资助标准执行率", "资助标准预算执行率"),  # a rate of its own, qualified by the words before 执行率
        ("预算执行率", "预算执行率"),
    ],
)
def test_table_qualified_execution_rate_row_keeps_its_qualifier(label, key):
    text = f"单位：%\n三级指标\t分值\t年度指标值\t实际完成值\t得分\n{label}\t6\t100%\t98.50%\t5.91\n"
    extraction = extract(document_from_text("t.txt", "txt", text))
    fact = next(f for f in extraction.facts if f.entity.text == "98.50%")
    assert (fact.key, fact.role) == (key, "achieved")


STATEMENT = (
    "单位：万元\n收入项目\t决算数\t支出项目\t决算数\n一、财政拨款收入\t1,142.67\t一、基本支出\t862.34\n"
    "二、其他收入\t43.60\t二、项目支出\t332.72\n本年收入合计\t1,186.27\t本年支出合计\t1,195.06\n"
    "使用非财政拨款结余\t10.00\t结余分配\t10.00\n年初结转和结余\t{opening}\t年末结转和结余\t73.39\n收入总计\t1,278.45\t支出总计\t1,278.45\n"
)


@pytest.mark.parametrize("opening, found", [("82.18", []), ("28.18", [["1,278.45", "1,186.27", "10.00", "28.18"]])])
def test_statement_grand_total_adds_the_year_total_and_carry_over_rows(opening, found):
    extraction = extract(document_from_text("t.txt", "txt", "2024年度部门决算说明\n" + STATEMENT.format(opening=opening)))
    grand = sorted([p.entity.text for p in r.parts] for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == "1,278.45")
    assert grand == sorted([["1,186.27", "10.00", opening], ["1,195.06", "10.00", "73.39"]])  # 收入总计 and 支出总计
    findings = [f for f in check_extraction(extraction) if f.rule == "S001"]
    assert [[e.text for e in f.evidence] for f in findings] == found


TWO_SIDED = (
    "某县教育局2024年度部门决算说明\n表1 收入支出决算总表\n单位：万元\n"
    "| 收入 | 金额 | 支出 | 金额 |\n"
    "| 一、财政拨款收入 | {appropriation} | 一、一般公共服务支出 | 300.00 |\n"
    "| 其中：一般公共预算财政拨款 | 1,100.00 | 二、教育支出 | 800.00 |\n"
    "| 二、事业收入 | 40.00 | 三、社会保障和就业支出 | 70.00 |\n"
    "| 三、其他收入 | 10.00 | 四、住房保障支出 | 30.00 |\n"
    "|  |  | 五、其他支出 | 0.00 |\n"
    "| 本年收入合计 | 1,200.00 | 本年支出合计 | {spending} |\n"
    "| 年初结转和结余 | 86.45 | 年末结转和结余 | 86.45 |\n"
    "| 收入总计 | 1,286.45 | 支出总计 | 1,286.45 |\n"
)


@pytest.mark.parametrize(
    "appropriation, spending, found",
    [
        ("1,150.00", "1,200.00", []),
        # 1,150.00 + 40.00 + 10.00 = 1,200.00, not 1,190.00 + …: the year's total against its numbered rows
        ("1,140.00", "1,200.00", [("1,200.00", ["1,140.00", "40.00", "10.00"])]),
        # the longer side, past the shorter side's blank row: 300 + 800 + 70 + 30 + 0 = 1,200.00
        ("1,150.00", "1,210.00", [("1,210.00", ["300.00", "800.00", "70.00", "30.00", "0.00"])]),
    ],
)
def test_statement_year_total_against_its_numbered_rows(appropriation, spending, found):
    text = TWO_SIDED.format(appropriation=appropriation, spending=spending)
    findings = check_extraction(extract(document_from_text("t.txt", "txt", text)), selected_rules(select=["S001"]))
    year_totals = [(f.evidence[0].text, [e.text for e in f.evidence[1:]]) for f in findings if f.evidence[0].text != "1,286.45"]
    assert year_totals == found


AUDIT_TABLE = (
    "2024年度政府投资项目审计结果公告\n表1　2024年度政府投资项目竣工结算审计结果\n"
    "                                                  单位：万元\n"
    "-------------------------------------------------------------------------------\n"
    "序号                    项目名称   送审金额   审定金额  审减金额  审减率（%）\n"
    "-------------------------------------------------------------------------------\n"
    "1         岑山大道东延段道路工程   4,862.37   4,518.06    344.31         {rate}\n"
    "2     县第二人民医院门急诊综合楼   9,725.48   9,148.92    576.56         5.93\n"
    "-------------------------------------------------------------------------------\n"
)


@pytest.mark.parametrize("rate, found", [("7.08", []), ("7.80", [["7.80", "344.31", "4,862.37"]])])
def test_table_row_rate_the_lexicon_defines(rate, found):
    """审减率 = 审减金额 ÷ 送审金额 on each row, in a ruled plain-text table whose 单位 line stands above the rule."""
    findings = check_extraction(extract(document_from_text("t.txt", "txt", AUDIT_TABLE.format(rate=rate))), selected_rules(select=["R002"]))
    assert [[e.text for e in f.evidence] for f in findings] == found
