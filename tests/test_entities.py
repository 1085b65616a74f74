"""Entity recognizers: exact spans and Decimal values on hand-picked cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.entities import tag_entities
from extractor.loaders.compose import document_from_text


def tag(text: str, fiscal_year: int | None = 2023):
    return tag_entities(document_from_text("t.txt", "txt", text), fiscal_year).entities


@pytest.mark.parametrize(
    "text,span,label,value",
    [
        ("医保基金累计征收6.88亿元", "6.88亿元", "MONEY", Decimal("688000000")),
        # counted per vehicle trip; an average may have decimals whatever it counts
        ("出动车辆2,941辆次", "2,941辆次", "COUNT", Decimal("2941")),
        ("平均每起出动车辆2.12辆次", "2.12辆次", "COUNT", Decimal("2.12")),
        # archives counted in 卷 (not 第3卷, a volume's number)
        ("年末馆藏档案86,420卷", "86,420卷", "COUNT", Decimal("86420")),
        ("年初预算收入673.60万元", "673.60万元", "MONEY", Decimal("6736000")),
        ("公务用车运行维护费33063.86元", "33063.86元", "MONEY", Decimal("33063.86")),
        ("合计12,345.67万元", "12,345.67万元", "MONEY", Decimal("123456700")),
        ("总额1.2万亿元", "1.2万亿元", "MONEY", Decimal("1200000000000")),
        ("节余1.23456万元", "1.23456万元", "MONEY", Decimal("12345.6")),
        ("网络审核扣款约451万元", "约451万元", "MONEY", Decimal("4510000")),
        ("退回基金300余万元", "300余万元", "MONEY", Decimal("3000000")),
        ("全额６７３．６０万元", "６７３．６０万元", "MONEY", Decimal("6736000")),
        ("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "MONEY", Decimal("1234567.89")),
        ("退回多收款项人民币玖拾捌元零伍分", "玖拾捌元零伍分", "MONEY", Decimal("98.05")),
        ("每份手册收取工本费伍角", "伍角", "MONEY", Decimal("0.5")),
        ("合同金额（¥1,234,567.89）", "¥1,234,567.89", "MONEY", Decimal("1234567.89")),
        ("同比增长1.3%", "1.3%", "PERCENT", Decimal("1.3")),
        ("满意率达百分之九十八点五", "百分之九十八点五", "PERCENT", Decimal("98.5")),
        ("提高2.3个百分点", "2.3个百分点", "PERCENT", Decimal("2.3")),
        ("累计清理核查7.59万人次", "7.59万人次", "COUNT", Decimal("75900")),
        ("接续参保2500余人", "2500余人", "COUNT", Decimal("2500")),
        ("我局有公务用车一辆。", "一辆", "COUNT", Decimal("1")),
        # physical measures are counts, decimals included; Chinese numerals before them are not
        ("高标准农田建设面积3.26万亩", "3.26万亩", "COUNT", Decimal("32600")),
        ("新建及改造渠道51.3公里", "51.3公里", "COUNT", Decimal("51.3")),
        ("使用面积360平方米", "360平方米", "COUNT", Decimal("360")),
        ("全区共有中小学12所，所属单位均已纳入。", "12所", "COUNT", Decimal("12")),
        ("清运生活垃圾15.26万吨，送来一米阳光", "15.26万吨", "COUNT", Decimal("152600")),
        ("综合评分96.50分，评价结果为优", "96.50分", "SCORE", Decimal("96.50")),
        ("该指标权重分值为 8 分", "8 分", "SCORE", Decimal("8")),
        # 依据不足 ends a name (an audit's reason for a cut); 不足100万元 is "less than"
        ("变更签证依据不足128.35万元", "128.35万元", "MONEY", Decimal("1283500")),
        ("资金不足100万元的项目", "不足100万元", "MONEY", Decimal("1000000")),
    ],
)
def test_entities_span_and_value(text, span, label, value):
    found = [e for e in tag(text) if e.label == label]
    assert [(text[e.start:e.end], e.value) for e in found] == [(span, value)]


@pytest.mark.parametrize(
    "text,span,value,extra",
    [
        ("2023年3月16日", "2023年3月16日", "2023-03-16", {"granularity": "day"}),
        ("填报时间: 2024 年 04 月 01 日", "2024 年 04 月 01 日", "2024-04-01", {"granularity": "day"}),
        ("截至12月12日，累计救助", "截至12月12日", "2023-12-12", {"as_of": True}),
        ("二〇二四年三月十五日", "二〇二四年三月十五日", "2024-03-15", {"granularity": "day"}),
        ("比上年同期增长", "上年同期", "2022", {"relative": True}),
        ("2023年1-12月累计", "2023年1-12月", "2023-01", {"range": ("2023-01-01", "2023-12-31")}),
    ],
)
def test_entities_dates(text, span, value, extra):
    dates = [e for e in tag(text) if e.label == "DATE"]
    assert [text[e.start:e.end] for e in dates] == [span]
    assert dates[0].value == value
    for field, expected in extra.items():
        assert getattr(dates[0], field) == expected


@pytest.mark.parametrize(
    "text,issuer,year,serial",
    [
        ("《奉节县财政资金管理暂行办法》（奉节府办发〔2022〕13号）", "奉节府办发", 2022, 13),
        ("根据渌办【2019】51号文件规定", "渌办", 2019, 51),
        ("（德组通[2007]68号）", "德组通", 2007, 68),
    ],
)
def test_entities_docno(text, issuer, year, serial):
    docnos = [e for e in tag(text) if e.label == "DOCNO"]
    assert [(e.issuer, e.year, e.serial) for e in docnos] == [(issuer, year, serial)]
    assert [e for e in tag(text) if e.label == "DATE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "按照奉节县“1239”发展思路", "2.2本计划", "（1）贯彻执行", "推进4/5G网络建设", "第五条规定", "拨打12345热线",
        "联系电话：0851-12345678", "身份证号510101199001011234", "开户账号6222021234567890123", "邮编554300",
        "除表2所列项目外", "如图1所示", "见档案汇编第3卷",
    ],
)
def test_entities_not_amounts(text):
    assert [e for e in tag(text) if e.label in ("MONEY", "COUNT", "PERCENT", "SCORE")] == []


def test_entities_shared_unit():
    text = "收、支总计各是4125.49,4143.91万元"
    money = [e for e in tag(text) if e.label == "MONEY"]
    assert [(e.text, e.value, e.unit_source) for e in money] == [
        ("4125.49", Decimal("41254900"), "shared"),
        ("4143.91万元", Decimal("41439100"), "text"),
    ]


def test_entities_table_cell_takes_unit_from_header():
    text = "\t预算执行情况(万元)\n\t预算数:\n\t32.23\n\n\t项目\n\t执行数:\n\t30.00\n"
    money = [e for e in tag(text) if e.label == "MONEY"]
    assert [(e.text, e.value, e.unit_source) for e in money][0] == ("32.23", Decimal("322300"), "header")


UNIT_COLUMN_TABLE = "附表1  2021—2023年主要业务指标\n\n指标\t单位\t2021年\t2022年\t2023年\n实缴单位\t家\t14,360\t15,270\t16,485\n实缴职工\t万人\t64.15\t66.06\t68.42\n缴存额\t亿元\t135.62\t146.78\t156.82\n个贷率\t%\t89.06\t85.88\t82.92\n"


@pytest.mark.parametrize(
    "cell,label,value,unit",
    [
        ("15,270", "COUNT", Decimal("15270"), "家"),
        ("66.06", "COUNT", Decimal("660600"), "人"),
        ("146.78", "MONEY", Decimal("14678000000"), "亿元"),
        ("85.88", "PERCENT", Decimal("85.88"), None),
    ],
)
def test_entities_table_unit_column_gives_each_row_its_unit(cell, label, value, unit):
    (found,) = [e for e in tag(UNIT_COLUMN_TABLE) if e.text == cell]
    assert (found.label, found.value, found.unit) == (label, value, unit)


@pytest.mark.parametrize("cell,label,value", [("45,000.00", "MONEY", Decimal("45000.00")), ("-13.46", "PERCENT", Decimal("-13.46"))])
def test_entities_table_percent_column_in_a_money_table(cell, label, value):
    # 增减% heads a column of percents, though the table's unit line says 元
    text = "单位：元\n项目\t2024年预算数\t2023年预算数\t增减%\n公务接待费\t45,000.00\t52,000.00\t-13.46\n"
    (found,) = [e for e in tag(text) if e.text == cell]
    assert (found.label, found.value) == (label, value)


@pytest.mark.parametrize("cell,label", [("609,863.00", "MONEY"), ("100.54", "PERCENT"), ("5.02", "PERCENT")])
def test_entities_table_percent_header_wrapped_in_its_cell(cell, label):
    # 决算数为预算 数% / 比上年增 长%: a header wrapped inside a PDF cell still heads percents
    text = "单位：万元\n项目\t决算数\t决算数为预算 数%\t比上年增 长%\n合计\t609,863.00\t100.54\t5.02\n"
    (found,) = [e for e in tag(text) if e.text == cell]
    assert found.label == label


@pytest.mark.parametrize("cell,value", [("386.25注1", Decimal("3862500")), ("1,860.00①", Decimal("18600000"))])
def test_entities_table_cell_number_with_a_footnote_mark(cell, value):
    text = "单位：万元\n项目\t决算数\n转移收入\t" + cell + "\n合计\t2,246.25\n"
    (found,) = [e for e in tag(text) if e.label == "MONEY" and cell.startswith(e.text)]
    assert found.value == value



@pytest.mark.parametrize(
    "seed,fiscal_year,report_date",
    [
        ("000", 2023, "2023-03-16"),
        ("001", 2019, None),
        ("002", 2023, "2024-04-01"),
        ("003", 2024, None),
        ("004", 2021, None),
    ],
)
def test_entities_document_fiscal_year_and_report_date(seed, fiscal_year, report_date):
    from conftest import seed_path
    from extractor import load

    tagged = tag_entities(load(seed_path(seed)))
    assert (tagged.fiscal_year, tagged.report_date) == (fiscal_year, report_date)


@pytest.mark.parametrize(
    "text,report_date",
    [
        ("2024年度项目支出绩效自评报告\n正文。\n\n宜昌市夷陵区教育局\n2025年3月28日\n\n附件\n\n项目\t金额\n合计\t100\n" + "表格说明。" * 40, "2025-03-28"),
        ("2024年度项目支出绩效自评报告\n正文。\n\n宜昌市夷陵区教育局\n2025年3月28日\n", "2025-03-28"),
        ("2024年度项目支出绩效自评报告\n一、概况\n2024年6月1日\n项目于当日开工，" + "其后按计划推进。" * 40 + "\n附件\n表1\n", None),
        ("2024年度项目支出绩效自评报告\n2025年3月28日，本局召开了评审会议。" + "正文。" * 80 + "\n附件\n表1\n", None),
        # the appended form's 填报日期 dates the form; the body is signed above the 附件
        ("2024年度项目支出绩效自评报告\n正文。\n\n峡陂县住房和城乡建设局\n2025年3月28日\n附件\n填报单位：峡陂县住房和城乡建设局　　填报日期：2025年3月26日\n" + "表格说明。" * 40, "2025-03-28"),
        ("2024年度项目支出绩效自评报告\n填报日期：2025年3月26日\n正文。\n\n峡陂县住房和城乡建设局\n2025年3月28日\n", "2025-03-26"),
        # a report to the 人大: dated by the day it was delivered, under its title
        ("关于2023年度审计查出问题整改情况的报告\n——2024年12月19日在县人大常委会第二十四次会议上\n2024年8月27日，县人大常委会审议了审计工作报告。" + "正文。" * 40 + "\n2025年6月底前报告后续整改情况。\n", "2024-12-19"),
        ("关于2023年度审计查出问题整改情况的报告\n（2024年12月19日在县人大常委会第二十四次会议上）\n" + "正文。" * 40, "2024-12-19"),
        ("关于2023年度审计查出问题整改情况的报告\n2024年8月27日，县人大常委会在第二十一次会议上审议了审计工作报告。\n" + "正文。" * 80, None),
    ],
    ids=[
        "signature-before-appendix", "signature-at-end", "date-line-under-a-heading-with-text", "date-in-a-sentence",
        "form-date-in-appendix", "labelled-date-in-body", "delivered-to-a-meeting", "delivered-in-brackets", "meeting-in-a-sentence",
    ],
)
def test_entities_report_date_from_signature_before_appendix(text, report_date):
    from extractor.loaders.compose import document_from_text

    assert tag_entities(document_from_text("t.txt", "txt", text)).report_date == report_date


@pytest.mark.parametrize(
    "text,expected",
    [
        # a month and day without a year take the year of the full date before them in their sentence
        ("自评工作于2024年2月26日启动，3月29日完成。", "2024-03-29"),
        # …not across a sentence, where the fiscal year stands
        ("自评工作于2024年2月26日启动。3月29日完成数据核对。", "2023-03-29"),
    ],
)
def test_entities_month_day_takes_the_year_before_it(text, expected):
    dates = [e for e in tag(text) if e.label == "DATE" and e.text == "3月29日"]
    assert [d.value for d in dates] == [expected]


def _side_by_side(caption: str):
    from extractor.loaders.compose import GridCell, Paragraph, TableGrid, document_from_items

    def grid(rows):
        return TableGrid([[GridCell(text) for text in row] for row in rows])

    return document_from_items("t.pdf", "pdf", [
        Paragraph("（四）病种结构与结余留用"),
        Paragraph(caption),
        grid([["类别", "病种数", "占比%"], ["核心病种", "4,126", "75.29"], ["合计", "5,480", "100.00"]]),
        grid([["等级", "结余家数", "结余留用"], ["三级", "4", "1,862.35"], ["合计", "129", "5,386.71"]]),
        Paragraph("以上为结余留用情况。"),
    ])


@pytest.mark.parametrize(
    "caption, cell, label, value",
    [
        # two tables side by side under one caption line: the second takes the second caption's unit
        ("表3 病种分值库构成 表4 结余留用与超支情况（万元）", "1,862.35", "MONEY", Decimal("18623500")),
        ("表3 病种分值库构成 表4 结余留用与超支情况（万元）", "4,126", None, None),  # 表3 states no money unit
        ("表3 病种分值库构成（万元） 表4 结余留用与超支情况", "1,862.35", None, None),
    ],
)
def test_entities_table_unit_from_its_own_caption(caption, cell, label, value):
    from extractor.entities import tag_entities

    found = [e for e in tag_entities(_side_by_side(caption)).entities if e.text == cell and e.label in ("MONEY", "COUNT", "PERCENT")]
    assert [(e.label, e.value) for e in found] == ([(label, value)] if label else [])


@pytest.mark.parametrize(
    "text,fiscal_year",
    [
        # a portal's menu run together above the title: the title below names the year
        ("首页政务公开财政资金部门预算\n青石镇人民政府2024年部门预算情况说明\n发布时间：2024-02-06\n现将2023年度决算和2024年预算公开如下。2023年度收入…2023年度支出…", 2024),
        ("部门整体支出绩效自评报告\n（2023年度）\n2024年3月28日", 2023),
        # a dated line under the title is no title
        ("青石镇人民政府部门预算情况说明\n2024年2月6日\n2023年度收入…2023年度支出…", 2023),
    ],
)
def test_entities_fiscal_year_from_the_title_under_a_first_line_without_a_year(text, fiscal_year):
    from extractor.entities.document_dates import detect_fiscal_year

    assert detect_fiscal_year(text) == fiscal_year
