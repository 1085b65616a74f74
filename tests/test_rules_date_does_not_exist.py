"""D006 date-does-not-exist: 2025年2月29日, 4月31日, 二〇二五年二月二十九日."""

from __future__ import annotations

import pytest

from audit.rules.date_does_not_exist import impossible
from rule_cases import evidence_texts, findings_of, report

CODE = "D006"


@pytest.mark.parametrize(
    "body, signed, evidence",
    [
        # signed on 29 February of a common year
        ("全年支出120.00万元。", "2025年2月29日", "2025年2月29日"),
        # a 31st of a 30-day month, in the text
        ("项目于2024年4月31日完成验收，全年支出120.00万元。", "2025年3月10日", "2024年4月31日"),
        # written in Chinese numerals, as many signatures are
        ("全年支出120.00万元。", "二〇二五年二月二十九日", "二〇二五年二月二十九日"),
        ("公示期为2025年6月1日至2025年6月31日。", "2025年5月28日", "2025年6月31日"),
        # a range's end written without its year: the start's year
        ("项目于2024年9月25日至9月31日集中验收。", "2025年3月10日", "9月31日"),
        ("公示期为2025年6月1日至31日。", "2025年5月28日", "31日"),
    ],
)
def test_date_does_not_exist_found(body, signed, evidence):
    (finding,) = findings_of(report(body, signed=signed), CODE)
    assert (finding.status, evidence_texts(finding, "date")) == ("fail", [evidence])


@pytest.mark.parametrize(
    "body, signed",
    [
        ("全年支出120.00万元。", "2024年2月29日"),  # a leap year
        ("全年支出120.00万元，截至2024年12月31日结余8.00万元。", "2025年3月10日"),
        ("全年支出120.00万元。", "二〇二五年三月三十一日"),
        ("第2024年12月份报表。全年支出120.00万元。", "2025年1月20日"),  # no day: no full date
        ("项目于2024年9月25日至9月30日集中验收。", "2025年3月10日"),
        ("公示期为2025年7月1日至31日。", "2025年6月28日"),
    ],
)
def test_date_does_not_exist_quiet_on_real_dates(body, signed):
    assert findings_of(report(body, signed=signed), CODE) == []


@pytest.mark.parametrize("year, month, day, expected", [(2025, 2, 29, True), (2024, 2, 29, False), (2023, 11, 31, True), (2023, 13, 1, True), (2023, 1, 0, True), (2023, 1, 31, False)])
def test_impossible(year, month, day, expected):
    assert impossible(year, month, day) is expected
