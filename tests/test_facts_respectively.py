"""extractor.facts.respectively: a 分别 list gives each figure its own item, role and sign."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEADER = "2024年度医保基金运行分析\n"


def fact_of(text: str, figure: str):
    return next(f for f in extract(document_from_text("t.txt", "txt", HEADER + text)).facts if f.entity.text == figure)


@pytest.mark.parametrize(
    "text, figure, key, role, sign",
    [
        # a short first name borrows the last name's tail; the later figure keeps the verb's sign
        ("全市次均住院费用下降4.41%，三级、二级医疗机构次均费用分别下降3.39%和1.83%。", "3.39%", "三级医疗机构次均费用", "growth", -1),
        ("全市次均住院费用下降4.41%，三级、二级医疗机构次均费用分别下降3.39%和1.83%。", "1.83%", "二级医疗机构次均费用", "growth", -1),
        ("职工医保和居民医保基金收入分别增长5.25%、3.76%。", "3.76%", "居民医保基金征收", "growth", 1),
        # parallel heads of one length: the first name takes the tail; a scope word is no part of it
        ("城镇职工和城乡居民医保基金收入分别为120.50亿元和80.30亿元。", "120.50亿元", "职工医保基金征收", "value", 1),
        # a first name ending in a noun of its own is complete; a bare qualifier takes the tail
        ("公务接待费、公务用车运行维护费分别为2.35万元和8.60万元。", "2.35万元", "公务接待费", "value", 1),
        ("全市职工、居民医保基金收入分别为64.50亿元和54.82亿元。", "64.50亿元", "职工医保基金征收", "value", 1),
        ("全市三级、二级医疗机构次均药品费用分别为4,125.30元和2,518.20元。", "4,125.30元", "三级医疗机构次均药品费用", "value", 1),
        # figures listed first, then 分别 and their changes: each change is of the figure in its place
        ("实缴单位7,426家，实缴职工32.65万人，缴存额58.37亿元，分别同比增长7.80%、3.29%、6.42%。", "3.29%", "实缴职工", "growth", 1),
        ("实缴单位7,426家，实缴职工32.65万人，缴存额58.37亿元，分别同比增长7.80%、3.29%、6.42%。", "6.42%", "缴存", "growth", 1),
        ("职工医保基金收入64.50亿元，居民医保基金收入54.82亿元，分别比上年下降2.10%和1.05%。", "1.05%", "居民医保基金征收", "growth", -1),
        # a second list of the same items' other flow: the items again, with that flow
        ("全市职工、居民医保基金收入分别为64.50亿元和54.82亿元，支出分别为58.36亿元和52.10亿元。", "58.36亿元", "职工医保基金支出", "value", 1),
        ("全市职工、居民医保基金收入分别为64.50亿元和54.82亿元，支出分别为58.36亿元和52.10亿元。", "52.10亿元", "居民医保基金支出", "value", 1),
        # two full names: each its own
        ("基本支出和项目支出分别为100.00万元和50.00万元。", "50.00万元", "项目支出", "value", 1),
        # 依次为 lists as 分别为 does
        ("按项目分，基本财力保障补助、均衡性转移支付依次为3,420.00万元、1,865.00万元。", "1,865.00万元", "均衡性转移支付", "value", 1),
    ],
)
def test_respectively_list_keys_each_figure_under_its_item(text, figure, key, role, sign):
    fact = fact_of(text, figure)
    assert (fact.key, fact.role, fact.sign) == (key, role, sign)


@pytest.mark.parametrize(
    "text, figure, not_bound",
    [
        # a 分别占 list is of shares, never the items' own values (81.13% is no 利润收入 beside 33,486万元)
        ("其中：利润收入33,486万元；股利股息收入5,214万元。利润收入、股利股息收入分别占81.13%和12.63%。", "81.13%", ("利润收入", "value")),
        # 办公费、公务接待费: each its own, never the last item's
        ("办公费、公务接待费分别为18.62万元和2.35万元。", "18.62万元", ("公务接待费", "value")),
        # role words are not items
        ("年初预算和调整预算分别为100万元和120万元。", "120万元", ("调整预算", "value")),
    ],
)
def test_respectively_leaves_shares_and_role_lists_alone(text, figure, not_bound):
    fact = fact_of(text, figure)
    assert (fact.key, fact.role) != not_bound
