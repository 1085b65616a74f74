"""extractor.entities.table_cells: bare-number cells take the unit their table states."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.engine import check
from extractor.entities import tag_entities
from extractor.loaders.compose import document_from_text

TABLE = (
    "表2 次均住院费用\n等级\t2023年次均费用\t2024年次均费用\t2023年住院日\t次均费用增减率\n"
    "三级\t16,495.28\t15,936.69\t9.1\t-3.39\n二级\t7,036.57\t6,907.66\t7.8\t-1.83\n"
)


def entity_of(text: str, figure: str):
    entities = tag_entities(document_from_text("t.txt", "txt", "2024年DIP评估报告\n" + text)).entities
    return next((e for e in entities if e.text == figure), None)


@pytest.mark.parametrize(
    "note, figure, label, value",
    [
        # a note naming the measure gives that measure's columns their unit
        ("注：次均费用单位为元，住院日单位为天。", "6,907.66", "MONEY", Decimal("6907.66")),
        ("注：金额单位为万元。", "6,907.66", "MONEY", Decimal("69076600")),
        ("注：单位：万元。", "7,036.57", "MONEY", Decimal("70365700")),
        # days are not money: the note names no money unit for them
        ("注：次均费用单位为元，住院日单位为天。", "7.8", None, None),
        # a rate column under a measure the note gives in 元 is no money
        ("注：次均费用单位为元，增减率单位为%。", "-3.39", None, None),
        # no note: a bare number has no unit
        ("以上数据来源于医保结算系统。", "6,907.66", None, None),
    ],
)
def test_table_cells_unit_from_a_note_under_the_table(note, figure, label, value):
    entity = entity_of(TABLE + note + "\n", figure)
    if label is None:
        assert entity is None or entity.label != "MONEY"
    else:
        assert (entity.label, entity.value) == (label, value)


@pytest.mark.parametrize(
    "stated, found",
    [
        ("增长1.83%", [("R008", ["1.83%", "6,907.66元", "7,036.57"])]),  # 7,036.57 → 6,907.66 is a fall
        ("下降1.83%", []),
    ],
)
def test_growth_checked_against_the_row_stating_the_same_figure(stated, found):
    # prose names the level 二级医疗机构, the table row 二级: the same 6,907.66 links them
    text = (
        f"2024年DIP评估报告\n（三）次均费用\n分等级看，二级医疗机构6,907.66元，{stated}。\n"
        + TABLE.split("\n", 1)[1] + "注：次均费用单位为元，住院日单位为天。\n"
    )
    findings = check(document_from_text("t.txt", "txt", text))
    assert [(f.rule, [e.text for e in f.evidence]) for f in findings] == found
