"""R012 row-product-mismatch: a row's amount against its rate × count."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

RATE_IN_CELLS = (
    "表1 2024年青石县学生资助资金发放情况\n单位：人次、万元\n序号\t资助项目\t资助标准\t资助人数（人次）\t资助金额（万元）\n"
    "1\t学前教育资助\t1000元/生·年\t2,146\t214.60\n2\t生活补助（小学）\t500元/生·学期\t12,486\t{primary}\n"
    "3\t生活补助（初中）\t{middle_rate}元/生·学期\t9,358\t584.88\n4\t普通高中国家助学金\t1000元/生·学期\t4,216\t421.60\n"
    "5\t营养改善计划\t5元/生·天，200天\t38,620\t{nutrition}\n\t合计\t\t—\t5,507.38\n"
)
RATE_IN_HEADER = (
    "单位：人、万元\n资助项目\t资助人数（人）\t资助标准（元/人·年）\t资助金额（万元）\n合计\t7,460\t—\t{total}\n"
    "学前教育幼儿资助\t1,286\t1,000\t128.60\n寄宿生生活补助（小学）\t2,148\t1,000\t214.80\n"
    "寄宿生生活补助（初中）\t3,026\t{rate}\t378.25\n"
)


@pytest.mark.parametrize(
    "text, found",
    [
        # 625 × 9,358 = 584.875万元: the written 584.88 holds; the 200-day row has a second factor and is left alone
        (RATE_IN_CELLS.format(primary="624.30", middle_rate="625", nutrition="3,862.00"), []),
        (RATE_IN_CELLS.format(primary="624.30", middle_rate="625", nutrition="3,900.00"), []),
        # 652 × 9,358 = 610.14万元 against 584.88, with three rows holding: fail
        (RATE_IN_CELLS.format(primary="624.30", middle_rate="652", nutrition="3,862.00"), [("R012", "fail", ["652元", "9,358", "584.88"])]),
        # two rows off and two holding: which is the table's way of counting is not clear, uncertain
        (RATE_IN_CELLS.format(primary="642.30", middle_rate="652", nutrition="3,862.00"), [
            ("R012", "uncertain", ["500元", "12,486", "642.30"]), ("R012", "uncertain", ["652元", "9,358", "584.88"]),
        ]),
        # the standard in the header's unit, the cells plain numbers
        (RATE_IN_HEADER.format(total="721.65", rate="1,250"), []),
        (RATE_IN_HEADER.format(total="721.65", rate="1,520"), [("R012", "uncertain", ["1,520", "3,026", "378.25"])]),
    ],
)
def test_rules_row_product(text, found):
    extraction = extract(document_from_text("t.txt", "txt", text))
    findings = [f for f in check_extraction(extraction, selected_rules()) if f.rule == "R012"]
    assert [(f.rule, f.status, [e.text for e in f.evidence]) for f in findings] == found


PER_ACRE = (
    "表3 补贴发放明细\n序号\t户主姓名\t补贴面积（亩）\t补贴标准（元/亩）\t补贴金额（元）\n"
    "1\t杨*军\t6.40\t108.60\t695.04\n2\t李*华\t8.15\t108.60\t885.09\n3\t王*明\t{area}\t108.60\t1,015.41\n"
)
PER_ACRE_INVESTMENT = (
    "单位：亩、元/亩、万元\n项目区\t建设类型\t建设面积（亩）\t亩均投入（元/亩）\t投资（万元）\n"
    "城关镇项目区\t新建\t8,420\t3,050\t2,568.10\n岗头乡项目区\t新建\t9,365\t2,980\t2,790.77\n"
    "柳营镇项目区\t新建\t7,836\t{rate}\t2,444.83\n白河乡项目区\t改造提升\t6,540\t1,860\t1,216.44\n"
)
PER_HEAD = (
    "单位：万元\n县市区\t常住人口（万人）\t人均标准（元）\t应安排资金\t实际支出\n"
    "甲县\t48.62\t94\t4,570.28\t4,401.20\n乙县\t36.15\t94\t3,398.10\t3,300.00\n丙县\t52.38\t94\t{funds}\t4,800.00\n"
)


@pytest.mark.parametrize(
    "text, found",
    [
        # areas with decimals, plain numbers under 补贴面积（亩） and 补贴标准（元/亩）, amounts in 元
        (PER_ACRE.format(area="9.35"), []),
        (PER_ACRE.format(area="9.53"), [("R012", "uncertain", ["108.60", "9.53", "1,015.41"])]),
        # 常住人口（万人） × 人均标准（元） = 应安排资金 in 万元; the 实际支出 column is no product
        (PER_HEAD.format(funds="4,923.72"), []),
        (PER_HEAD.format(funds="4,932.72"), [("R012", "uncertain", ["94", "52.38", "4,932.72"])]),
        # 亩均投入（元/亩） is a rate column without the word 标准: 7,836 × 3,210 = 2,515.36万元, not 2,444.83
        (PER_ACRE_INVESTMENT.format(rate="3,120"), []),
        (PER_ACRE_INVESTMENT.format(rate="3,210"), [("R012", "fail", ["3,210", "7,836", "2,444.83"])]),
    ],
)
def test_rules_row_product_rates_and_counts_as_plain_numbers_under_their_headers(text, found):
    extraction = extract(document_from_text("t.txt", "txt", text))
    findings = [f for f in check_extraction(extraction, selected_rules()) if f.rule == "R012"]
    assert [(f.rule, f.status, [e.text for e in f.evidence]) for f in findings] == found


def test_rules_row_product_silent_when_the_rows_follow_another_formula():
    """Every row pays two semesters on a per-semester standard: the table is not rate × count."""
    text = (
        "单位：人、万元\n资助项目\t资助标准\t资助人数（人）\t资助金额（万元）\n"
        "小学生活补助\t500元/生·学期\t1,000\t100.00\n初中生活补助\t625元/生·学期\t800\t100.00\n高中助学金\t1000元/生·学期\t600\t120.00\n"
    )
    extraction = extract(document_from_text("t.txt", "txt", text))
    assert [f for f in check_extraction(extraction, selected_rules()) if f.rule == "R012"] == []


UNIT_LIST_CAPTION = (
    "表1　2024年度殡葬补贴分项目发放情况（单位：例、元/例、元、%）\n项目\t人数\t标准\t金额\t占比\n"
    "遗体接运\t1,846\t300\t553,800\t20.53\n遗体暂存\t1,846\t150\t276,900\t10.27\n遗体火化\t1,846\t{cremation}\t1,107,600\t41.06\n"
    "基本型骨灰盒\t1,846\t200\t369,200\t13.69\n生态安葬奖补\t231\t1,000\t231,000\t8.56\n困难群众殡葬救助\t318\t500\t159,000\t5.89\n"
    "合计\t—\t—\t2,697,500\t100.00\n"
)
PRICE_CELLS = (
    "表1 2024年度垃圾收运经费支出明细（单位：万元、%）\n支出内容\t数量\t单位\t单价\t金额\t占比\n"
    "收运服务购买\t12\t月\t68.50万元\t822.00\t66.70\n转运站运行维护\t5\t座\t18.60万元\t93.00\t7.55\n"
    "焚烧处置费\t42,360\t吨\t{price}元\t275.34\t22.34\n分类收集容器购置\t1,200\t个\t350元\t42.00\t3.41\n合计\t—\t—\t—\t1,232.34\t100.00\n"
)


@pytest.mark.parametrize(
    "text, found",
    [
        # the caption lists 元/例 for the bare 标准 column: 1,846 × 650 = 1,199,900, not 1,107,600
        (UNIT_LIST_CAPTION.format(cremation="600"), []),
        (UNIT_LIST_CAPTION.format(cremation="650"), [("R012", "fail", ["650", "1,846", "1,107,600"])]),
        # 56元 alone under 单价, the count's unit in the 单位 column after it: 42,360 × 56元 = 237.22万元
        (PRICE_CELLS.format(price="65"), []),
        (PRICE_CELLS.format(price="56"), [("R012", "fail", ["56元", "42,360", "275.34"])]),
    ],
)
def test_rules_row_product_rates_from_a_unit_list_or_alone_in_price_cells(text, found):
    extraction = extract(document_from_text("t.txt", "txt", text))
    findings = [f for f in check_extraction(extraction, selected_rules()) if f.rule == "R012"]
    assert [(f.rule, f.status, [e.text for e in f.evidence]) for f in findings] == found


PERSON_MONTHS = (
    "表1  2024年度特困人员救助供养资金支出明细\n金额单位：万元\n支出项目\t发放人月数\t月标准（元）\t金额\n"
    "基本生活费\t13,860\t760\t1,053.36\n照料护理补贴（全自理）\t9,420\t80\t75.36\n照料护理补贴（半护理）\t3,180\t{rate}\t89.04\n"
    "照料护理补贴（全护理）\t1,260\t860\t108.36\n"
)


@pytest.mark.parametrize(
    "text, found",
    [
        # person-months × a monthly standard in 元 = the row's 万元: 3,180 × 290 = 92.22万元, not 89.04
        (PERSON_MONTHS.format(rate="280"), []),
        (PERSON_MONTHS.format(rate="290"), [("R012", "fail", ["290", "3,180", "89.04"])]),
    ],
)
def test_rules_row_product_person_months_under_a_money_unit_line(text, found):
    extraction = extract(document_from_text("t.txt", "txt", text))
    findings = [f for f in check_extraction(extraction, selected_rules()) if f.rule == "R012"]
    assert [(f.rule, f.status, [e.text for e in f.evidence]) for f in findings] == found
