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


PART_PASSAGE = (
    "年末累计结存77.14亿元。年末累计结存中，统筹基金累计结存48.62亿元，个人账户累计结存28.52亿元。"
    "剔除个人账户后，职工医保统筹基金本年支出42.44亿元，按此计算，统筹基金累计结存可支付{months}个月。"
)


@pytest.mark.parametrize("months, found", [("17.3", True), ("13.7", False), ("13.8", False)])
def test_months_of_a_part_checked_on_that_parts_own_balance_and_spending(months, found):
    # 48.62 ÷ (42.44 ÷ 12) = 13.75: both 13.7 and 13.8 are within the stated figures' rounding
    findings = findings_of(report(PART_PASSAGE.format(months=months), signed="2025年3月20日", fiscal_year=2024), CODE)
    assert [(evidence_texts(f, "balance"), evidence_texts(f, "spending")) for f in findings] == (
        [(["48.62亿元"], ["42.44亿元"])] if found else []
    )
