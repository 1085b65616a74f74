"""extractor.facts.single_project: a category holding one project is that project."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.facts.lexicon import canonical_key
from extractor.loaders.compose import document_from_text

HEADER = "2023年度部门整体支出绩效自评报告\n"


def key_of(text: str, figure: str, nth: int = 0) -> str:
    facts = extract(document_from_text("t.txt", "txt", HEADER + text)).facts
    return [f for f in facts if f.entity.text == figure][nth].key


@pytest.mark.parametrize(
    "text, figure, nth, key",
    [
        # one project in the category, named later in the sentence: the category's figures are its
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元，执行金额为2.25万元，为提升医保服务能力经费项目，达到预期效益。",
         "20.00万元", 0, "提升医保服务能力经费项目"),
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元，执行金额为2.25万元，为提升医保服务能力经费项目，达到预期效益。",
         "2.25万元", 0, "提升医保服务能力经费项目"),
        ("（2）本级财力项目\n共计1个项目，金额为100.00万元，即城乡医疗救助项目，执行金额为0.00万元。", "100.00万元", 0, "城乡医疗救助项目"),
        # two projects: the category's sum is the category's
        ("（1）转移支付项目\n本年转移支付资金共计2个项目，预算金额为20.00万元，为提升医保服务能力经费项目等，达到预期效益。", "20.00万元", 0, "转移支付"),
        # 为新增项目 / 为延续性项目 name the project's kind, not the project: the category keeps its sums
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元，执行金额为18.50万元，为新增项目。", "20.00万元", 0, "转移支付"),
        ("（2）本级财力项目\n本级财力安排资金共计1个项目，预算金额为35.00万元，执行金额为35.00万元，为延续性项目。", "35.00万元", 0, "本级财力"),
        # one project, but the sentence never names it: the category keeps the sum
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元，执行金额为2.25万元。", "20.00万元", 0, "转移支付"),
    ],
)
def test_single_project_category_figures_are_the_projects(text, figure, nth, key):
    assert key_of(text, figure, nth) == canonical_key(key)


@pytest.mark.parametrize(
    "indicator, key",
    [
        ("项目“筹资工作经费专项资金", "筹资工作经费专项"),  # 年初预算项目“…: the project is the quoted name
        ("“医保能力提升资金”", "医保能力提升"),
        ("项目资金", "项目"),  # no quote: 项目 is the name
    ],
)
def test_canonical_key_drops_project_word_before_a_quoted_name(indicator, key):
    assert canonical_key(indicator) == key
