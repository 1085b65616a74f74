"""T002 blank-placeholder: a unit or % left without its number."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "T002"


@pytest.mark.parametrize(
    "body, evidence",
    [
        ("人员经费401.20万元，占基本支出预算%，公用经费59.10万元。", ["占基本支出预算%"]),
        ("公务接待费0.85万元，同比增长%。", ["增长%"]),
        ("公务接待费 0.85万元 同比增长%", ["增长%"]),  # words apart by spaces, but a long cell: prose
        ("公务用车运行维护费比上年下降 ％。", ["下降 ％"]),
        ("预算执行率为%，较上年有所提高。", ["为%"]),
        ("我单位年初预算数为万元，其中基本支出460.30万元。", ["为万元"]),
        ("全年三公经费共计元。", ["共计元"]),
        ("项目支出合计为万元。", ["为万元"]),
        ("安排项目资金XX万元，用于系统建设。", ["XX"]),
        ("参保率达到××%。", ["××"]),
        ("根据渝医保发〔20XX〕12号文件执行。", ["XX"]),
        ("20xx年度部门预算已公开。", ["xx"]),
        ("×××县医疗保障局", ["×××"]),
        ("资金执行率为（ ）%。", ["（ ）%"]),
        ("项目支出____万元。", ["____万元"]),
    ],
)
def test_blank_placeholder_found(body, evidence):
    found = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert [evidence_texts(f) for f in found] == [evidence]
    assert all((f.rule, f.status, f.severity) == (CODE, "fail", "warning") for f in found)


@pytest.mark.parametrize(
    "body",
    [
        "工资福利支出444.31万元，占比82.32%。",
        "医保基金累计征收7.55亿元，同比增长1.3%。",
        "参保率达到百分之九十八点五。",
        "（单位：万元）",
        "金额单位为万元。",
        "本报告中的支出数据与决算报表一致，金额单位除特别注明外均为元。",
        "本表计量单位为元，保留两位小数。",
        "春节前为元旦慰问困难职工。",
        "帮助农户成为万元户。",
        "增长率（%）",
        "以万元为单位列示。",
        "金额统一换算为万元，保留两位小数。",
        "数据折算为元，",
        "表1中金额单位为元，本文中金额为万元，按四舍五入保留两位小数。",  # the text's own unit, stated

        "权重×完成率=得分，3×4=12。",
        "××县医疗保障局",  # a name left blank, not a figure
        "执行率%",  # a bare label
        "项目 调整预算数 执行数 完成% 上年执行数 增长%",  # a header line of a table drawn without rules
        "指标\t单位\t2024年\n个人住房贷款余额占缴存余额的比率\t%\t82.46\n住房贡献率\t%\t104.74\n",  # a unit column
        "**一、 基本情况：**",
        "数据来源：XXL报表。",
    ],
)
def test_blank_placeholder_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []


def test_blank_placeholder_column_labels_in_tables_are_not_blanks():
    text = report("项目\t金额为万元\t同比增长%\n基本支出\t460.30\t2.1\n项目支出\t240.20\t3.4", signed="2024年3月20日")
    assert findings_of(text, CODE) == []
    table_blank = report("项目\t金额\n基本支出\tXX万元\n项目支出\t240.20", signed="2024年3月20日")
    assert [evidence_texts(f) for f in findings_of(table_blank, CODE)] == [["XX"]]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_blank_placeholder_on_seeds(seed_doc, seed):
    assert findings_of(seed_doc(seed), CODE) == []
