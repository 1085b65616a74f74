"""Figures of a 分别为： list of ；-items are keyed under the name each item opens with."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

CASES = (
    "2024年度行政处罚案件办理情况通报\n一、重点领域\n（一）药品安全领域。某医药公司销售劣药案罚没款32.60万元。\n"
    "（二）知识产权领域。某商贸有限公司销售侵犯注册商标专用权商品案罚没款{first}万元，为单案最高。\n"
    "全年查办大要案2件，罚没款合计81.35万元，分别为：某医药公司销售劣药案，罚没款32.60万元；"
    "某商贸有限公司销售侵犯注册商标专用权商品案，罚没款48.75万元。\n"
)


def _fact(text: str, figure: str):
    extraction = extract(document_from_text("t.txt", "txt", text))
    view = extraction.document.normalized
    return next(f for f in extraction.facts if view[f.start:f.end] == figure)


@pytest.mark.parametrize(
    "text, figure, key",
    [
        # each item's 罚没款 is its own case's
        (CASES.format(first="48.75"), "48.75万元", "某商贸有限公司销售侵犯注册商标专用权商品案罚没款"),
        ("分别为：某医药公司销售劣药案，罚没款32.60万元；某商贸公司侵犯商标案，罚没款48.75万元。", "32.60万元", "某医药公司销售劣药案罚没款"),
        # a clause naming more than the bare measure keeps its own key; no 分别为： list, no item
        ("分别为：某医药公司销售劣药案，其中罚没款32.60万元；某商贸公司侵犯商标案，罚没款48.75万元。", "32.60万元", "罚没款"),
        ("某医药公司销售劣药案，罚没款32.60万元。", "32.60万元", "罚没款"),
        # an item opening with a figure-free clause that names no subject
        ("分别为：情节较重，罚没款32.60万元；情节一般，罚没款8.75万元。", "32.60万元", "罚没款"),
    ],
)
def test_listed_item_figure_keyed_under_its_name(text, figure, key):
    assert _fact(text, figure).key == key


@pytest.mark.parametrize("first, found", [("48.75", []), ("47.85", [{"47.85万元", "48.75万元"}])])
def test_named_case_restated_in_the_list_is_compared(first, found):
    """One named case's fine, told in its field's paragraph and again in the list of big cases."""
    extraction = extract(document_from_text("t.txt", "txt", CASES.format(first=first)))
    findings = check_extraction(extraction, selected_rules(select=["V001"]))
    assert [{e.text for e in f.evidence} for f in findings] == found
