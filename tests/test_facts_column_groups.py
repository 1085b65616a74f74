"""extractor.facts.column_groups: groups of columns that tell apart what a table's rows measure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.facts.column_groups import grouped_key
from extractor.loaders import load
from test_loaders_html import _two_funds


@pytest.mark.parametrize(
    "group,key,expected",
    [("失业保险基金", "基金支出", "失业保险基金支出"), ("工伤保险基金", "基金收入", "工伤保险基金收入"), ("两项基金合计", "基金支出", "两项基金合计·基金支出"), ("失业保险基金", "转移收入", "失业保险基金·转移收入")],
)
def test_grouped_key(group, key, expected):
    assert grouped_key(group, key) == expected


@pytest.mark.parametrize(
    "cell,key,period,value",
    [
        ("37,999.51", "失业保险基金支出", "2024", Decimal("379995100")),
        ("40,685.37", "失业保险基金支出", "2023", Decimal("406853700")),
        ("36,081.99", "工伤保险基金支出", "2024", Decimal("360819900")),
        ("386.25", "失业保险基金·转移收入", "2024", Decimal("3862500")),
    ],
)
def test_table_cell_under_a_fund_group_is_that_funds(tmp_path, cell, key, period, value):
    facts = [f for f in extract(load(_two_funds(tmp_path))).facts if f.entity.text == cell]
    assert (facts[0].key, facts[0].period, facts[0].entity.value) == (key, period, value)


@pytest.mark.parametrize("total,found", [("74,081.50", []), ("74,801.50", [("fail", ["74,801.50", "37,999.51", "36,081.99"])])])
def test_combined_group_is_the_sum_of_the_funds(tmp_path, total, found):
    extraction = extract(load(_two_funds(tmp_path, total)))
    findings = check_extraction(extraction, selected_rules(select=["S001"]))
    assert [(f.status, [e.text for e in f.evidence]) for f in findings] == found
