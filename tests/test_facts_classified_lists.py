"""extractor.facts.classified_lists: a total cut by one dimension in the sentence right after it."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEAD = "某县2024年度转移支付分配情况的报告\n一、总体情况\n"


def parts_of(text: str) -> list[tuple[str, list[str]]]:
    extraction = extract(document_from_text("t.txt", "txt", HEAD + text + "\n"))
    return [
        (r.member("total").entity.text, [p.entity.text for p in r.parts])
        for r in extraction.relations if r.kind == "parts" and r.member("total") is not None
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # names, then 依次为 and one figure per name
        ("一般性转移支付7,380.00万元主要保障乡镇正常运转。按项目分，基本财力保障补助、均衡性转移支付、村级组织运转补助依次为3,420.00万元、1,865.00万元、2,095.00万元。",
         [("7,380.00万元", ["3,420.00万元", "1,865.00万元", "2,095.00万元"])]),
        # 分别为 after 从…看
        ("项目支出800.00万元。从用途看，设备购置和工程建设分别为500.00万元、300.00万元。",
         [("800.00万元", ["500.00万元", "300.00万元"])]),
        # a label before each amount, shares between them
        ("全年筹集资金1,480.00万元。按来源分：中央财政补助860.00万元，占58.11%，省级财政补助370.00万元，县级财政安排250.00万元。",
         [("1,480.00万元", ["860.00万元", "370.00万元", "250.00万元"])]),
        # the list ends in 等: it leaves classes out
        ("项目支出800.00万元。按用途分，设备购置、工程建设等分别为500.00万元、300.00万元。", []),
        # as many names as figures, or nothing
        ("项目支出800.00万元。按用途分，设备购置、工程建设、监理依次为500.00万元、300.00万元。", []),
        # the sentence before states two amounts: which one is cut is not said
        ("年初预算700.00万元，调整预算800.00万元。按用途分：设备购置500.00万元，工程建设300.00万元。", []),
        # the sentence before details a part (其中…): the classification is of an earlier whole
        ("调整预算为8,420.00万元。其中，中央财政资金年初下达4,702.00万元。按支出方向分：城乡低保5,820.00万元，临时救助620.00万元。", []),
        # a label that is no class (已拨付 …): not a breakdown
        ("全年筹集资金1,480.00万元。按来源分：中央财政补助860.00万元，已拨付620.00万元。", []),
        # another paragraph
        ("项目支出800.00万元。\n按用途分：设备购置500.00万元，工程建设300.00万元。", []),
        # far more than the whole: a list of another, larger whole
        ("中央资金年初下达400.00万元。按支出方向分：城乡低保5,820.00万元，临时救助620.00万元。", []),
    ],
)
def test_classified_respective_parts(text, expected):
    assert parts_of(text) == expected
