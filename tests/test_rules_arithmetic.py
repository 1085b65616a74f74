"""The arithmetic rules on small synthetic passages: each positive case names the rule, status and
evidence; each negative case is a harmless look-alike that must raise nothing from that rule."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text


def findings(text: str, code: str):
    extraction = extract(document_from_text("t.txt", "txt", "2023年度部门整体支出绩效自评报告\n" + text))
    return check_extraction(extraction, selected_rules(select=[code]))


POSITIVE = [
    ("V001", "医保基金累计征收7.55亿元，同比增长1.3%。\n（二）效率性分析。\n医保基金累计征收7.55亿元，同比增长1.2%。", "fail", {"1.3%", "1.2%"}),
    ("S001", "基本支出719.48万元（人员经费641.81万元，公用经费70.67万元）。", "fail", {"719.48万元", "641.81万元", "70.67万元"}),
    ("P001", "机关行政编制3名，其中：行政编制4名。", "fail", {"3名", "4名"}),
    ("P002", "机关行政编制3名。实有人员4人。", "uncertain", {"3名", "4人"}),
    ("R001", "全年总支出1000.00万元，其中：基本支出600.00万元，占比65.00%；项目支出400.00万元，占比40.00%。", "fail", {"65.00%", "600.00万元", "1000.00万元"}),
    ("R002", "全年预算数为 202.00 万元，全年实际支出资金 82.35 万元，预算执行率为 45.00%。", "fail", {"45.00%", "82.35 万元", "202.00 万元"}),
    ("R003", "公务用车运行维护费33063.86元，比上年度减少20439.25元,同比下降33.1%。", "fail", {"33.1%", "33063.86元", "20439.25元"}),
    ("R004", "公务接待费8256元，同比增加1414.64元，下降20.7%。", "fail", {"1414.64元", "20.7%", "8256元"}),
    ("R005", "2023年一般公共预算财政拨款支出313.74万元。与2022年相比，一般公共预算财政拨款增加313.74万元，增长100%。", "fail", {"100%", "313.74万元"}),
    ("R006", "居民参保率达93.92%，参保率没有达到年度目标值95%，质量指标距绩效目标少1.08%。", "fail", {"1.08%", "95%", "93.92%"}),
    ("S003", "我单位年初批复预算数 205.60 万元，年中调减数 3.60 万元，调整后全年预算数 203.00 万元。", "fail", {"203.00 万元", "205.60 万元", "3.60 万元"}),
    ("C002", "该指标权重分值为 5 分，自评得分 6 分。", "fail", {"5 分", "6 分"}),
    ("C003", "部门整体支出绩效自评综合得分 79.12 分，评价结果为“良”。", "fail", {"79.12 分", "良"}),
    ("C004", "预算经费：该指标预期指标值为 205.60 万元，本次评价预算经费为 82.35 万元，该指标完成率为 40.05%。该指标权重分值为 12 分，自评得分 6 分。", "uncertain", {"6 分", "12 分", "40.05%"}),
]

NEGATIVE = [
    ("V001", "医保基金累计征收7.55亿元，同比增长1.3%。\n（二）效率性分析。\n医保基金累计征收7.55亿元，同比增长1.3%。"),
    ("V001", "行政编制9人、参公编制17人；年末实有在职在岗人数23人（其中：行政编制8人，参公编制15人）。"),
    ("S001", "基本支出719.48万元（人员经费641.81万元，公用经费77.67万元）。"),
    ("S001", "全年总收入为1498.48万元，其中：年初预算673.60万元，年中追加824.88万元。"),
    ("P001", "核定人员编制数为26人（其中：行政编制9人、参公编制17人）。"),
    ("P002", "机关行政编制7名。医疗保障事务中心全额事业编制25名。年末实有在职人员30人。"),
    ("R001", "全年总支出1000.00万元，其中：基本支出600.00万元，占比60.00%；项目支出400.00万元，占比40.00%。"),
    ("R002", "我单位年初批复预算数 205.60 万元，年中调减数 3.60 万元。预算经费：该指标预期指标值为 205.60 万元，年中预算调减 3.6 万元，本次评价预算经费为 82.35 万元，该指标完成率为 40.77%。"),
    ("R003", "公务接待费本年发生额8256元，同比增加1414.64元，增长20.7%。"),
    ("R004", "公务接待费本年发生额8256元，同比增加1414.64元，增长20.7%。"),
    ("R006", "居民参保率达93.92%，比上年提高1.08个百分点。"),
    ("S003", "我单位年初批复预算数 205.60 万元，年中调减数 3.60 万元，调整后全年预算数 202.00 万元。"),
    ("C002", "该指标权重分值为 8 分，自评得分 8 分。"),
    ("C003", "通过认真开展单位整体支出绩效目标自评，综合评分96.50分，评价结果为优。"),
    ("C004", "预算经费：该指标预期指标值为 205.60 万元，本次评价预算经费为 82.35 万元，该指标完成率为 40.77%。该指标权重分值为 12 分，自评得分 4.89 分。"),
]


@pytest.mark.parametrize("code,text,status,evidence", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_rules_arithmetic_finds(code, text, status, evidence):
    found = findings(text, code)
    assert [f.status for f in found] == [status]
    assert evidence <= {e.text for e in found[0].evidence}


@pytest.mark.parametrize("code,text", NEGATIVE, ids=[f"{n[0]}-{i}" for i, n in enumerate(NEGATIVE)])
def test_rules_arithmetic_quiet_on_consistent_text(code, text):
    assert findings(text, code) == []
