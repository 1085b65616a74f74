"""Parallel paragraphs about different townships or units key their figures under their subject."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

TOWNSHIPS = (
    "黔岚县2024年度衔接资金项目公示\n"
    "二、分乡（镇）项目安排情况\n"
    "岚关镇安排项目6个，资金规模970.56万元；受益农户1,568户。\n"
    "坝朗镇安排项目5个，资金规模845.10万元；受益农户933户。\n"
    "三、总体完成情况\n"
    "全县已支付衔接资金4,336.75万元。\n"
)


def _fact(extraction, text: str):
    return next(f for f in extraction.facts if f.entity.text == text)


@pytest.mark.parametrize(
    "text, figure, key",
    [
        (TOWNSHIPS, "970.56万元", "岚关镇·资金规模"),
        (TOWNSHIPS, "845.10万元", "坝朗镇·资金规模"),
        (TOWNSHIPS, "933户", "坝朗镇·受益农户"),
        (TOWNSHIPS, "4,336.75万元", "衔接"),  # 全县: the whole, not a member (资金 is no part of a key)
        # one paragraph naming its subject is not a parallel set: the key stays as it was
        ("2024年度报告\n一、概况\n岚关镇安排项目6个，资金规模970.56万元。\n全年资金规模970.56万元。\n", "970.56万元", "资金规模"),
    ],
)
def test_parallel_subject_paragraphs_key_their_figures(text, figure, key):
    assert _fact(extract(document_from_text("t.txt", "txt", text)), figure).key == key


def test_parallel_subject_paragraphs_raise_no_value_conflict():
    extraction = extract(document_from_text("t.txt", "txt", TOWNSHIPS))
    assert [f.rule for f in check_extraction(extraction, selected_rules())] == []
