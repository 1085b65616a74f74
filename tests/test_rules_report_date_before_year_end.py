"""D001 report-dated-before-year-end on payment notices: announced when paid, unless they total the year."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

NOTICE = "楫江县2024年度乡村公益性岗位补贴资金发放情况公示\n一、发放情况\n{body}\n楫江县人力资源和社会保障局\n2024年12月27日\n"


@pytest.mark.parametrize(
    "body, found",
    [
        # a payment announced when made: not measured against the year's end
        ("岗位补贴按每人每月600元标准发放，12月份补贴30.60万元已发放至本人社保卡。", []),
        # the year's totals, signed before the year closed: the report covers a year that had not ended
        ("全年补贴资金共计365.40万元，全年累计享受补贴562人，年末在岗524人。", ["D001"]),
        ("年末在岗524人，其中脱贫人口398人。", ["D001"]),
        # a position at the year's end (截至2024年12月31日): known only after the year closed
        ("截至2024年12月31日，已向各乡镇拨付补贴资金362.40万元。", ["D001"]),
        # last year's end is no position of this year
        ("截至2023年12月31日结余资金2.40万元已并入本年发放。", []),
    ],
)
def test_payment_notice_with_the_years_totals_is_dated_against_the_year(body, found):
    extraction = extract(document_from_text("t.txt", "txt", NOTICE.format(body=body)))
    assert [f.rule for f in check_extraction(extraction, selected_rules(select=["D001"]))] == found
