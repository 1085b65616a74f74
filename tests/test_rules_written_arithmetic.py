"""S005 written-arithmetic-wrong: the calculations a report prints, evaluated with intervals."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report


@pytest.mark.parametrize(
    "body,formula,message_part",
    [
        ("按“执行率×分值”计算，97.03%×10=9.07分。", "97.03%×10=9.07", "得9.70"),
        ("产出指标得分8.5+9+10=28.5分。", "8.5+9+10=28.5", "得27.5"),
        ("任务完成率44.36/45=96.58%。", "44.36/45=96.58%", "得98.58%"),
        ("综合得分＝20+18.5×2=55分。", "20+18.5×2=55", "得57"),
        # figures with units, the result in words: 637 × 650 × 12 = 4,968,600元 = 496.86万元
        ("劳务补助按食堂从业人员637人×650元/月×12个月核定，计458.64万元。", "637人×650元/月×12个月核定，计458.64万元", "得496.86万元"),
        # a sum of two products with their units; a count in 万 scaling its product
        ("低保资金为500人×500元/月×12个月+500人×250元/月×12个月=460万元。", "500人×500元/月×12个月+500人×250元/月×12个月=460万元", "得450万元"),
        ("耕地地力保护补贴按5万亩×100元/亩计算，计600万元。", "5万亩×100元/亩计算，计600万元", "得500万元"),
        ("春季学期23,905人×5元×100天=11,925,500元。", "23,905人×5元×100天=11,925,500元", "得11952500元"),
        ("按48÷60×5计算，得4.5分。", "48÷60×5计算，得4.5分", "得4.0分"),
        ("上缴利润按8,642.50万元×15%计算为1,269.38万元。", "8,642.50万元×15%计算为1,269.38万元", "得1296.38万元"),
    ],
)
def test_written_arithmetic_wrong_found(body, formula, message_part):
    found = findings_of(report(body), "S005")
    assert [(f.status, evidence_texts(f)) for f in found] == [("fail", [formula])]
    assert message_part in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "任务完成率44.36/45=98.58%。",
        "劳务补助按食堂从业人员637人×600元/月×12个月核定，计458.64万元。",
        "低保资金为500人×500元/月×12个月+500人×250元/月×12个月=450万元。",
        "耕地地力保护补贴按5万亩×100元/亩计算，计500万元。",
        # terms in 万 inside a sum: no single scale, left alone
        "种粮大户补贴按3.5万亩×50元/亩+1.2万亩×30元/亩计算，共计211万元。",
        "春季学期23,905人×5元×100天=11,952,500元。",
        "按89.66÷95×5计得4.72分。",
        "上缴利润按8,642.50万元×15%计算为1,296.375万元。",
        "按“执行率×分值”计算，97.03%×10=9.70分。",
        "产出指标得分8.5+9+10=27.5分。",
        "44.36/45=98.57%，按截尾保留两位。",
        "绩效目标完成率100/95=105.26%。",
        "规划期为2021-2025=五年。",
        "合计1,234+5=1,239万元。",
        "服务热线0838-5221234。",
    ],
)
def test_written_arithmetic_quiet_on_right_sums(body):
    assert findings_of(report(body), "S005") == []
