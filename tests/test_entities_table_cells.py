"""extractor.entities.table_cells: bare-number cells take the unit their table states."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.engine import check
from extractor.entities import tag_entities
from extractor.loaders.compose import document_from_text

TABLE = (
    "表2 次均住院费用\n等级\t2023年次均费用\t2024年次均费用\t2023年住院日\t次均费用增减率\n"
    "三级\t16,495.28\t15,936.69\t9.1\t-3.39\n二级\t7,036.57\t6,907.66\t7.8\t-1.83\n"
)


def entity_of(text: str, figure: str):
    entities = tag_entities(document_from_text("t.txt", "txt", "2024年DIP评估报告\n" + text)).entities
    return next((e for e in entities if e.text == figure), None)


@pytest.mark.parametrize(
    "note, figure, label, value",
    [
        # a note naming the measure gives that measure's columns their unit
        ("注：次均费用单位为元，住院日单位为天。", "6,907.66", "MONEY", Decimal("6907.66")),
        ("注：金额单位为万元。", "6,907.66", "MONEY", Decimal("69076600")),
        ("注：单位：万元。", "7,036.57", "MONEY", Decimal("70365700")),
        # days are not money: the note names no money unit for them
        ("注：次均费用单位为元，住院日单位为天。", "7.8", None, None),
        # a rate column under a measure the note gives in 元 is no money
        ("注：次均费用单位为元，增减率单位为%。", "-3.39", None, None),
        # no note: a bare number has no unit
        ("以上数据来源于医保结算系统。", "6,907.66", None, None),
    ],
)
def test_table_cells_unit_from_a_note_under_the_table(note, figure, label, value):
    entity = entity_of(TABLE + note + "\n", figure)
    if label is None:
        assert entity is None or entity.label != "MONEY"
    else:
        assert (entity.label, entity.value) == (label, value)


@pytest.mark.parametrize(
    "stated, found",
    [
        ("增长1.83%", [("R008", ["1.83%", "6,907.66元", "7,036.57"])]),  # 7,036.57 → 6,907.66 is a fall
        ("下降1.83%", []),
    ],
)
def test_growth_checked_against_the_row_stating_the_same_figure(stated, found):
    # prose names the level 二级医疗机构, the table row 二级: the same 6,907.66 links them
    text = (
        f"2024年DIP评估报告\n（三）次均费用\n分等级看，二级医疗机构6,907.66元，{stated}。\n"
        + TABLE.split("\n", 1)[1] + "注：次均费用单位为元，住院日单位为天。\n"
    )
    findings = check(document_from_text("t.txt", "txt", text))
    assert [(f.rule, [e.text for e in f.evidence]) for f in findings] == found


COUNT_TABLE = (
    "表2 个人缴费分档次情况表\n缴费档次\t缴费人数（人）\t缴费金额（万元）\n"
    "100元档次\t96,214\t962.14\n200元档次\t31,508\t630.16\n合计\t127,722\t1,592.30\n"
)


@pytest.mark.parametrize(
    "figure, label, value, unit",
    [
        ("96,214", "COUNT", Decimal("96214"), "人"),  # a head count under 缴费人数（人）
        ("962.14", "MONEY", Decimal("9621400"), "万元"),
    ],
)
def test_table_cells_count_column_takes_its_headers_unit(figure, label, value, unit):
    entity = entity_of(COUNT_TABLE, figure)
    assert (entity.label, entity.value, entity.unit) == (label, value, unit)


AREA_TABLE = (
    "表2 各乡镇生态护林员选聘情况\n乡镇\t护林员人数（人）\t管护面积（万亩）\t下达劳务补助（万元）\n"
    "桐城镇\t148\t18.62\t142.08\n河湾镇\t176\t22.45\t168.96\n合计\t324\t41.07\t311.04\n"
)


@pytest.mark.parametrize(
    "figure, label, value, unit",
    [
        ("18.62", "COUNT", Decimal("186200"), "亩"),  # an area under 管护面积（万亩）, in 亩
        ("148", "COUNT", Decimal("148"), "人"),
        ("142.08", "MONEY", Decimal("1420800"), "万元"),
    ],
)
def test_table_cells_physical_measure_column(figure, label, value, unit):
    entity = entity_of(AREA_TABLE, figure)
    assert (entity.label, entity.value, entity.unit) == (label, value, unit)


@pytest.mark.parametrize("total, found", [("41.07", []), ("43.07", [("S001", "fail", "41.07万亩")])])
def test_area_table_total_off_is_a_fail(total, found):
    """Areas add up: a 合计 of 万亩 that is not the sum of its rows is a fail, shown in 万亩."""
    text = "生态护林员项目支出绩效自评报告\n" + AREA_TABLE.replace("\t41.07\t", f"\t{total}\t")
    findings = check(document_from_text("t.txt", "txt", text))
    assert [(f.rule, f.status, f.expected.split(" ")[3]) for f in findings if f.rule == "S001"] == found


@pytest.mark.parametrize("total, found", [("127,722", []), ("172,722", [("S001", "uncertain")])])
def test_count_table_total_off_is_uncertain(total, found):
    """A count table's 合计 that is not the sum of its rows may count distinct units: uncertain."""
    text = "2024年城乡居民养老保险基金决算说明\n" + COUNT_TABLE.replace("127,722", total)
    findings = check(document_from_text("t.txt", "txt", text))
    assert [(f.rule, f.status) for f in findings if f.rule == "S001"] == found


RATE_TABLE = (
    "表1 补助资金分县市区情况\n单位：万元\n县市区\t应安排资金\t实际到位\t到位率\n"
    "沔城区\t4,570.28\t4,570.28\t100.00\n汉津区\t3,398.10\t3,398.10\t100.00\n合计\t7,968.38\t7,968.38\t100.00\n"
)


@pytest.mark.parametrize(
    "figure, label, value",
    [
        ("4,570.28", "MONEY", Decimal("45702800")),  # the money columns take 万元
        ("100.00", "PERCENT", Decimal("100.00")),  # a column named as a rate holds percents
    ],
)
def test_table_cells_rate_column_under_a_money_unit_line(figure, label, value):
    entity = entity_of(RATE_TABLE, figure)
    assert (entity.label, entity.value) == (label, value)



RULED_TABLE = (
    "表1  2024年主要业务指标\n────────────────\n指标                2024年  2023年  同比增减（%）\n────────────────\n"
    "缴存额（亿元）       58.37   54.85    6.42\n提取额（亿元）       43.88   41.07    6.84\n────────────────\n注：负数表示下降。\n"
)


@pytest.mark.parametrize(
    "figure, label, value",
    [
        ("41.07", "MONEY", Decimal("4107000000")),  # the row's 亿元
        ("6.84", "PERCENT", Decimal("6.84")),  # under 同比增减（%）: the column's percent beats the row's 亿元
    ],
)
def test_table_cells_percent_column_beats_the_row_money_unit(figure, label, value):
    entity = entity_of(RULED_TABLE, figure)
    assert (entity.label, entity.value) == (label, value)


UNIT_COLUMN_AND_MONEY = (
    "序号\t补贴项目\t计量单位\t数量\t补贴标准\t发放金额（元）\n1\t耕地地力保护补贴\t亩\t1,864,230\t96.50元/亩\t179,898,195.00\n"
    "2\t特困人员救助供养金\t人·月\t11,352\t1,120元/人·月\t12,714,240.00\n"
)


@pytest.mark.parametrize(
    "figure, label, value",
    [
        ("1,864,230", "COUNT", Decimal("1864230")),  # the 计量单位 cell gives the 数量 its unit
        ("179,898,195.00", "MONEY", Decimal("179898195.00")),  # a column naming its own unit (元) keeps it
    ],
)
def test_table_cells_row_unit_column_does_not_override_a_column_unit(figure, label, value):
    entity = entity_of(UNIT_COLUMN_AND_MONEY, figure)
    assert (entity.label, entity.value) == (label, value)


UNIT_LIST_OF_COUNTS_FIRST = (
    "表2　2024年度殡葬补贴分乡镇发放情况（单位：例、元、%）\n乡镇\t火化减免\t生态安葬\t金额\t占比\n"
    "苈城镇\t612\t89\t897,500\t33.27\n芫塘乡\t318\t35\t463,500\t17.18\n合计\t930\t124\t1,361,000\t50.45\n"
)
UNIT_LIST_DECIMALS = (
    "表1　乡镇卫生院运行补助分配表（单位：人、万元）\n卫生院\t在编人数\t运行补助\t业务用房维护\t合计\n"
    "莳城镇中心卫生院\t48\t115.20\t12.60\t127.80\n蓁坪乡卫生院\t22\t52.80\t6.30\t59.10\n"
)
UNIT_COLUMN_AFTER_COUNT = (
    "表1 专项资金分方向安排情况（单位：万元、%）\n支持方向\t数量\t单位\t补助标准\t补助金额\t占比\n"
    "乡镇商贸中心改造\t4\t个\t—\t236.00\t35.30\n村级便民商店改造\t62\t个\t1.50\t93.00\t13.91\n"
)


UNIT_LIST_PROGRESS = (
    "表13 衔接资金项目安排情况（单位：个、万元、%）\n项目类别\t项目个数\t下达数\t已支出资金\t支出进度\n"
    "产业发展\t12\t1,860\t1,674\t90.00\n基础设施\t8\t1,200\t1,140\t95.00\n合计\t20\t3,060\t2,814\t91.96\n"
)
UNIT_LIST_AREA = "表4 补贴发放情况（单位：户、亩、元）\n乡镇\t补贴户数\t补贴面积\t补贴金额\n东镇\t120\t1250.5\t125,050\n"


def test_table_cells_decimal_area_column_under_a_unit_list_is_no_money():
    """补贴面积 is in 亩, not the list's 元: left untagged, while 补贴金额 takes the 元."""
    assert entity_of(UNIT_LIST_AREA, "1250.5") is None
    assert (entity_of(UNIT_LIST_AREA, "125,050").label, entity_of(UNIT_LIST_AREA, "125,050").value) == ("MONEY", Decimal("125050"))


@pytest.mark.parametrize(
    "text, figure, label, value, unit",
    [
        # a unit list opening with a count: 金额 takes the money unit, 占比 the %, the whole-number columns the count
        (UNIT_LIST_OF_COUNTS_FIRST, "612", "COUNT", Decimal("612"), "例"),
        (UNIT_LIST_OF_COUNTS_FIRST, "897,500", "MONEY", Decimal("897500"), "元"),
        (UNIT_LIST_OF_COUNTS_FIRST, "33.27", "PERCENT", Decimal("33.27"), None),
        # columns of decimals with no money word (业务用房维护, 合计) hold the listed money, not the count
        (UNIT_LIST_DECIMALS, "48", "COUNT", Decimal("48"), "人"),
        (UNIT_LIST_DECIMALS, "12.60", "MONEY", Decimal("126000"), "万元"),
        (UNIT_LIST_DECIMALS, "127.80", "MONEY", Decimal("1278000"), "万元"),
        # 数量 | 单位: the unit cell measures the count before it, not the money and shares after it
        (UNIT_COLUMN_AFTER_COUNT, "62", "COUNT", Decimal("62"), "个"),
        (UNIT_COLUMN_AFTER_COUNT, "93.00", "MONEY", Decimal("930000"), "万元"),
        (UNIT_COLUMN_AFTER_COUNT, "13.91", "PERCENT", Decimal("13.91"), None),
        # progress and growth columns take the list's %; 下达数 is money; a decimal 面积 column is neither
        (UNIT_LIST_PROGRESS, "90.00", "PERCENT", Decimal("90.00"), None),
        (UNIT_LIST_PROGRESS, "1,860", "MONEY", Decimal("18600000"), "万元"),
        (UNIT_LIST_PROGRESS, "12", "COUNT", Decimal("12"), "个"),
        # a list opening with money: the progress column still takes the list's %
        (UNIT_LIST_PROGRESS.replace("（单位：个、万元、%）", "（单位：万元、%）"), "90.00", "PERCENT", Decimal("90.00"), None),
        # an area column under a list whose one physical unit is 亩
        ("单位：亩、万元\n乡镇\t补贴面积\t补贴资金\n城关镇\t1236.5\t14.84\n河口镇\t864.2\t10.37\n", "1236.5", "COUNT", Decimal("1236.5"), "亩"),
    ],
)
def test_table_cells_units_from_a_unit_list_and_a_unit_column(text, figure, label, value, unit):
    entity = entity_of(text, figure)
    assert (entity.label, entity.value, entity.unit) == (label, value, unit)


def test_table_cells_count_does_not_reach_across_a_tab_into_the_next_cell():
    """``20801\\t人力资源…`` is a subject code beside its name, not 20,801 people."""
    text = "科目编码\t科目名称\t合计\n208\t社会保障和就业支出\t6,302.49\n20801\t人力资源和社会保障管理事务\t2,862.23\n"
    entities = tag_entities(document_from_text("t.txt", "txt", "2024年决算说明\n单位：万元\n" + text)).entities
    assert [e.text for e in entities if e.label == "COUNT"] == []


@pytest.mark.parametrize(
    "caption, figure, label, value",
    [
        # a table whose caption says its figures are points: scores
        ("考评得分表（单位：分）", "91.5", "SCORE", Decimal("91.5")),
        ("考评得分表\n单位：分", "27.0", "SCORE", Decimal("27.0")),
        # 单位：分钟 is a time, not points; no unit at all leaves bare numbers untagged
        ("平均办理时长表（单位：分钟）", "91.5", None, None),
        ("考评得分表", "91.5", None, None),
    ],
)
def test_table_cells_points_unit_line(caption, figure, label, value):
    text = f"{caption}\n乡镇\t预算管理\t合计\n楦河镇\t27.0\t91.5\n蒟溪镇\t26.5\t88.5\n"
    found = entity_of(text, figure)
    assert (found.label, found.value) == (label, value) if label else found is None


@pytest.mark.parametrize(
    "header, label",
    [("综合考评得分", "SCORE"), ("总分", "SCORE"), ("得分", "SCORE"), ("办理时长", None)],
)
def test_table_cells_score_column_by_its_header(header, label):
    # a results table without a unit line: a column headed …得分 or 总分 holds scores
    text = f"各乡镇考核结果如下：\n乡镇\t{header}\t考评等次\n甲镇\t90.50\t优秀\n乙镇\t84.50\t良好\n"
    found = entity_of(text, "84.50")
    assert (found.label if found else None) == label

