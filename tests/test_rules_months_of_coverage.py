"""R011 months-of-coverage-mismatch: 可支付N个月 against the balance over a month of spending."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "R011"

PASSAGE = "2024年基金总支出172,859.50万元，比上年增长6.53%。本年收支结余9,992.90万元，年末累计结余114,664.70万元。按月均基金支出计算，年末累计结余可支付{months}个月。"


@pytest.mark.parametrize("months", ["9.76", "8.96", "79.6"])
def test_months_of_coverage_mismatch_found(months):
    (finding,) = findings_of(report(PASSAGE.format(months=months), signed="2025年3月20日", fiscal_year=2024), CODE)
    assert (finding.rule, finding.status) == (CODE, "uncertain")
    assert evidence_texts(finding, "balance") == ["114,664.70万元"]
    assert evidence_texts(finding, "spending") == ["172,859.50万元"]
    assert evidence_texts(finding, "months") == [f"可支付{months}个月"]


@pytest.mark.parametrize(
    "body",
    [
        PASSAGE.format(months="7.96"),
        PASSAGE.format(months="8.0"),  # one decimal: 7.96 rounds to 8.0
        # counted on the 统筹基金's spending, one of the spending figures the passage states
        "职工医保基金支出372,526.21万元，其中统筹基金支出262,874.13万元、个人账户支出109,652.08万元。年末累计结存322,176.44万元，可支付14.7个月。",
        # a part's months (统筹基金), on a spending the passage may not state on its own
        "基金支出277,706.60万元，其中统筹基金支出186,420.36万元。年末累计结存447,940.54万元，其中统筹基金329,212.46万元，可支付21.2个月。",
        "支出合计35,208.74万元。年末滚存结余55,755.23万元。其中：统筹基金31,206.41万元。\n统筹基金累计结余可支付16.0个月。",
        # a change of the balance is not the balance
        "大病保险支出3,848.37万元。累计结余比上年末减少2,889.73万元，可支付约6.5个月。",
        # no balance stated before it: nothing to recompute
        "2024年基金总支出172,859.50万元。基金可支付9.76个月。",
    ],
)
def test_months_of_coverage_mismatch_not_found(body):
    assert findings_of(report(body, signed="2025年3月20日", fiscal_year=2024), CODE) == []
