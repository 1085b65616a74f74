"""audit.facts_view: the interval each figure stands for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.facts_view import interval_of
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text


def _fact(text: str, figure: str):
    extraction = extract(document_from_text("t.txt", "txt", f"2023年度示例县医疗保障局整体支出绩效自评报告\n{text}"))
    return next(f for f in extraction.facts if f.entity.text == figure)


@pytest.mark.parametrize(
    "text, figure, low, high",
    [
        ("基本支出673.60万元。", "673.60万元", "6735950", "6736050"),  # half a unit of the last written place
        ("完成背街小巷整治11条。", "11条", "11", "11"),  # things counted one by one: exact
        ("年末实有人员8人。", "8人", "8", "8"),
        ("参保人数65万人。", "65万人", "645000", "655000"),  # a count rounded to 万
        ("使用房屋建筑面积450平方米。", "450平方米", "449.5", "450.5"),  # a measure, rounded
        ("综合得分96分。", "96分", "96", "96"),  # whole points are awarded exactly
    ],
)
def test_interval_of(text, figure, low, high):
    interval = interval_of(_fact(text, figure))
    assert (interval.low, interval.high) == (Decimal(low), Decimal(high))
