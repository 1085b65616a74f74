"""A total broken down by its sources of money: the sources are parts of it when they hold it all."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEAD = "某街道办事处2024年度民生实事项目完成情况的通报\n一、总体情况\n"
LEAD = "从资金来源看，全年完成投资4,424.35万元中，"


def _check(sentence: str):
    extraction = extract(document_from_text("t.txt", "txt", HEAD + sentence + "\n"))
    parts = [
        (r.member("total").entity.text, [p.entity.text for p in r.parts])
        for r in extraction.relations if r.kind == "parts" and r.member("total") is not None
    ]
    return parts, [(f.rule, f.status) for f in check_extraction(extraction, selected_rules())]


@pytest.mark.parametrize(
    "sentence, parts, findings",
    [
        # four sources holding the whole: its parts, no finding
        (LEAD + "争取上级补助资金2,184.30万元，占49.37%；区级财政资金1,356.20万元；街道自筹资金571.40万元；引入社会资本312.45万元，主要用于社区养老服务驿站。",
         [("4,424.35万元", ["2,184.30万元", "1,356.20万元", "571.40万元", "312.45万元"])], []),
        # one source mistyped: 180万元 more than the whole
        (LEAD + "争取上级补助资金2,184.30万元；区级财政资金1,536.20万元；街道自筹资金571.40万元；引入社会资本312.45万元。",
         [("4,424.35万元", ["2,184.30万元", "1,536.20万元", "571.40万元", "312.45万元"])], [("S001", "fail")]),
        # fewer than the whole: a source may be left out, nothing is said
        (LEAD + "争取上级补助资金2,184.30万元；区级财政资金1,356.20万元。", [], []),
        # a second breakdown of the same total by use
        (LEAD + "争取上级补助资金2,184.30万元、区级财政资金2,240.05万元；按资金用途分，工程建设支出3,900.00万元、设备购置支出524.35万元。", [], []),
        # amounts that are no sources: arrived, planned
        ("从资金来源看，全年安排项目资金1,000.00万元中，上级补助资金600.00万元，县级配套资金400.00万元，截至年底实际到位资金950.00万元。", [], []),
        (LEAD + "中央资金2,184.30万元，省级资金1,240.05万元，县级资金1,000.00万元，年度计划投资4,500.00万元。", [], []),
        # no lead naming the sources: 中， alone does not say the list is complete
        ("全年完成投资4,424.35万元中，已支付工程款3,800.00万元，未支付624.35万元，将于竣工决算审计后支付624.35万元。", [], []),
    ],
)
def test_source_breakdown(sentence, parts, findings):
    assert _check(sentence) == (parts, findings)
