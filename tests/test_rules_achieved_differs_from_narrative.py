"""V004 achieved-differs-from-narrative: an indicator table's completed value against the
narrative's slightly differently worded statement of it."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

TABLE = (
    "四、绩效指标完成情况\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 效益指标 | 经济效益指标 | 带动企业研发投入 | ≥1.2亿元 | {achieved} | 10 | 10 |\n"
    "| 产出指标 | 数量指标 | 兑付企业数量 | ≥300家 | 326家 | 10 | 10 |\n"
)


@pytest.mark.parametrize(
    "narrative,achieved,texts",
    [
        ("（二）效益情况。带动企业新增研发投入1.64亿元。\n", "1.46亿元", ["1.46亿元", "1.64亿元"]),
        ("（二）效益情况。全年兑付企业数量共计362家。\n", "1.64亿元", None),
    ],
)
def test_achieved_differs_from_narrative(narrative, achieved, texts):
    found = findings_of(report(narrative + TABLE.format(achieved=achieved)), "V004")
    if texts is None:
        assert found == []  # same name: V001's; 362 vs 326 is left to it
    else:
        assert [(f.status, evidence_texts(f)) for f in found] == [("uncertain", texts)]


@pytest.mark.parametrize(
    "narrative",
    [
        "（二）效益情况。带动企业新增研发投入1.46亿元。\n",
        "（二）效益情况。带动企业研发投入同比增长1.64亿元以上的企业有三家。\n",
        "（二）效益情况。全年带动企业新增研发人员投入1.64亿元。\n",
    ],
)
def test_achieved_differs_from_narrative_quiet(narrative):
    assert findings_of(report(narrative + TABLE.format(achieved="1.46亿元")), "V004") == []
