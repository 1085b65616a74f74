"""R013 stated-product-mismatch: a sum per unit times the count does not give the whole stated."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "R013"


@pytest.mark.parametrize(
    "body, status, total, rate, count",
    [
        # the standard applied to every reservoir: 85万元 × 6 = 510万元
        ("中央补助资金按每座85万元标准安排，6座共480.00万元。", "fail", "480.00万元", "85万元", "6座"),
        # the count before the sum per unit, the whole after both: 3,000元 × 1,850 = 555.00万元
        ("为1,850户实施适老化改造，每户补助3,000元，共计补助550.00万元。", "uncertain", "550.00万元", "3,000元", "1,850户"),
        # 120元 × 8,600亩 = 103.20万元
        ("补助标准为每亩120元，全县补贴面积8,600亩，合计130.20万元。", "fail", "130.20万元", "120元", "8,600亩"),
        # the whole after 合计 and the words naming it: 120万元 × 18 = 2,160万元
        ("省级补助标准为每公里120万元，全年建设农村公路18公里，合计安排资金2,060.00万元。", "fail", "2,060.00万元", "120万元", "18公里"),
    ],
)
def test_stated_product_mismatch_found(body, status, total, rate, count):
    (finding,) = findings_of(report(body), CODE)
    assert finding.status == status
    assert (evidence_texts(finding, "total"), evidence_texts(finding, "rate"), evidence_texts(finding, "count")) == ([total], [rate], [count])


@pytest.mark.parametrize(
    "body",
    [
        "中央补助资金按每座80万元标准安排，6座共480.00万元。",
        "为1,850户实施适老化改造，每户补助3,000元，共计补助555.00万元。",
        "补助标准为每亩120元，全县补贴面积8,600亩，合计103.20万元。",
        # 1.2万元 stands for [1.15, 1.25)万元: 120户 × it may give 150万元
        "对120户困难家庭每户补助1.2万元，共计发放150.00万元。",
        # a cap, a second factor, an average: no product
        "每座最高补助85万元，6座共480.00万元。",
        "按每人每月50元标准发放，全年1,200人共计72.00万元。",
        "平均每户补助1.2万元，120户共计发放150.00万元。",
        # two counts of the measure word: which one is paid is not said
        "全县改造120户，其中每户补助1.20万元，已验收100户，共计发放150.00万元。",
        # the whole stated before the count and the sum per unit is not their product by the sentence's words
        "共下达补助资金480.00万元，按每座85万元标准安排6座。",
        # a range or tiers of sums per unit
        "按每亩100元至150元的标准分类补贴，共补贴5,200亩，计65.00万元。",
        "按每亩100元、150元两档标准补贴，共补贴5,200亩，计65.00万元。",
        # 设计 / 预计 / 累计 hold a 计 but sum nothing up here
        "按每座85万元标准补助6座，项目设计总投资560.00万元。",
        "按每座85万元标准补助6座，预计总投资530.00万元。",
        "按每座85万元标准补助6座，项目累计投入资金128.50万元。",
        # two sentences
        "中央补助资金按每座85万元标准安排。全县6座共480.00万元。",
    ],
)
def test_stated_product_mismatch_not_found(body):
    assert findings_of(report(body), CODE) == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_stated_product_mismatch_on_seeds(seed_doc, seed):
    assert findings_of(seed_doc(seed), CODE) == []
