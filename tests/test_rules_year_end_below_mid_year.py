"""V007 year-end-below-mid-year: spending or its execution rate falling between the mid-year
review and the year's end."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "V007"


@pytest.mark.parametrize(
    "body, mid_year, year_end",
    [
        # the seed's form: one indicator's target, mid-year and final readings in one sentence
        ("（五）指标五：\n\n项目支出预算执行率：该指标预期指标值为 100%，年中监控实际完成值为 15%，本次评价项目支出预算执行率为 1.88%，该指标完成率为 1.88%。",
         "15%", "1.88%"),
        ("预算执行率：该指标预期指标值为100%，年中监控实际完成值为62.50%，\n本次评价预算执行率为58.30%。", "62.50%", "58.30%"),
        # money spent: 120万元 spent by June, 95万元 in the whole year
        ("项目实际支出：年中监控实际完成值为120.00万元，本次评价实际支出为95.00万元。", "120.00万元", "95.00万元"),
        # a table's 年中监控值（1-6月） column beside its 全年实际完成值
        ("三、绩效指标完成情况\n| 指标 | 年度指标值 | 年中监控值（1-6月） | 全年实际完成值 |\n|---|---|---|---|\n| 预算执行率 | 100% | 62.50% | 58.30% |\n| 群众满意度 | ≥90% | 95% | 93% |\n",
         "62.50%", "58.30%"),
    ],
)
def test_year_end_below_mid_year_found(body, mid_year, year_end):
    (finding,) = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert (finding.rule, finding.status) == (CODE, "uncertain")
    assert evidence_texts(finding, "mid_year") == [mid_year]
    assert evidence_texts(finding, "year_end") == [year_end]


@pytest.mark.parametrize(
    "body",
    [
        # rising, or level within rounding
        "项目支出预算执行率：该指标预期指标值为 100%，年中监控实际完成值为 15%，本次评价项目支出预算执行率为 91.88%。",
        "预算执行率：该指标预期指标值为100%，年中监控实际完成值为100%，本次评价预算执行率为100%。",
        "预算执行率：年中监控实际完成值为45.0%，本次评价预算执行率为44.96%。",
        # not something that accumulates: satisfaction and awareness may fall
        "政策知晓率：该指标预期指标值为 95%，年中监控实际完成值为 100%，本次评价政策知晓率为 96%。",
        "三公经费控制率：该指标预期指标值为 100%，年中监控实际完成值为 100%，本次评价三公经费控制率为 90%。",
        # another indicator's reading between them
        "预算执行率：年中监控实际完成值为60%。\n\n（二）指标二：\n\n基本支出预算执行率：本次评价基本支出预算执行率为55%。",
        # last year's rate, not this year's
        "预算执行率：年中监控实际完成值为60%，上年预算执行率为55%。",
        "三、绩效指标完成情况\n| 指标 | 年度指标值 | 年中监控值（1-6月） | 全年实际完成值 |\n|---|---|---|---|\n| 预算执行率 | 100% | 62.50% | 98.30% |\n| 群众满意度 | ≥90% | 95% | 93% |\n",
    ],
)
def test_year_end_below_mid_year_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []
