"""Consistent reports an independent review wrote against session 11's new code: each must raise
nothing (a false alarm each raised before it was fixed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor import load
from extractor.extraction import extract

CASES = Path(__file__).parent / "data" / "review_s11"


@pytest.mark.parametrize(
    "name, why",
    [
        ("wd.txt", "部门基本支出 under the appropriation's sentence is the appropriation's, not the department's whole"),
        ("place4.txt", "one town's sums under two funds are two quantities"),
        ("d005.txt", "a cited number alone on a line is not the report's own 发文字号"),
        ("v006b.txt", "a restatement cut rather than rounded (1.18亿元 for 11,869.80万元)"),
        ("allproj.txt", "the money of the 重点 projects evaluated is not all 项目支出"),
        ("nv.txt", "城市道路建设项目 and 城市道路照明建设项目 are two projects"),
        ("r011a.txt", "the 统筹基金's months are counted on a spending the report does not state"),
        ("r011b.txt", "可支付9个月以上 is a lower bound"),
        ("r011c.txt", "居民医保's months over 居民医保's spending, stated after them"),
    ],
)
def test_review_case_raises_nothing(name, why):
    findings = check_extraction(extract(load(CASES / name)), selected_rules())
    assert [(f.rule, f.message) for f in findings] == [], why


CASES_S12 = Path(__file__).parent / "data" / "review_s12"


@pytest.mark.parametrize(
    "name, why",
    [
        ("respectively_long_first.txt", "城镇职工和城乡居民医保基金收入分别…: 城镇职工 takes the tail 医保基金收入, income and spending apart"),
        ("respectively_scope_word.txt", "全市三级、二级…分别: the scope word is no part of the first name"),
        ("prior_part_subparts.txt", "退休职工 and 在职职工 are parts of 职工: last year's 职工 is the base of neither"),
        ("single_project_kind.txt", "为新增项目 names the project's kind, not the project"),
        ("completion_points.txt", "完成年度目标的101.20% is no level the points changed"),
    ],
)
def test_review_s12_case_raises_nothing(name, why):
    findings = check_extraction(extract(load(CASES_S12 / name)), selected_rules())
    assert [(f.rule, f.message) for f in findings] == [], why
