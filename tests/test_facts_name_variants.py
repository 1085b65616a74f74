"""extractor.facts.name_variants: one project written in full and shortened is one key."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEADER = "2023年度部门整体支出绩效自评报告\n"


def keys_of(text: str, *figures: str) -> list[str]:
    facts = extract(document_from_text("t.txt", "txt", HEADER + text)).facts
    return [next(f for f in facts if f.entity.text == figure).key for figure in figures]


@pytest.mark.parametrize(
    "text, first, second, same",
    [
        # the full name in one section, the short one in another
        ("（一）项目情况\n提升医保服务能力经费项目预算20.00万元。\n（二）评价情况\n提升医保能力经费实际支出2.25万元。", "20.00万元", "2.25万元", True),
        ("（一）项目情况\n城乡医疗救助项目预算100.00万元。\n（二）评价情况\n城乡医疗救助实际支出95.00万元。", "100.00万元", "95.00万元", True),
        # a word moved: the same characters in another order
        ("（一）项目情况\n医疗服务与保障能力提升中央财政补助资金项目全年预算数6万元。\n（二）自评表\n中央财政医疗服务与保障能力提升补助资金预算数4万元。", "6万元", "4万元", True),
        # a short name with a word moved is too often another item
        ("（一）项目情况\n城乡居民补助预算6万元。\n（二）自评表\n居民城乡补助预算4万元。", "6万元", "4万元", False),
        # per head is not the whole; a part (…财政拨款) is not the item
        ("（一）项目情况\n职业培训补贴支出120.00万元。\n（二）评价情况\n人均职业培训补贴0.20万元。", "120.00万元", "0.20万元", False),
        # two items of one list stay apart however alike their names
        ("农村公路建设项目使用资金300.00万元，农村公路养护建设项目使用资金80.00万元。\n（二）其他\n农村公路建设项目预算310.00万元。", "300.00万元", "80.00万元", False),
    ],
)
def test_name_variants_merge_only_one_item_written_two_ways(text, first, second, same):
    a, b = keys_of(text, first, second)
    assert (a == b) is same, (a, b)
