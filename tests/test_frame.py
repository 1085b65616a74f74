"""to_frame: DataFrames with exact Decimal values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import extract, to_frame
from extractor.loaders.compose import document_from_text

from conftest import seed_path
from extractor import load

TEXT = "2023年度报告。全年总支出为1498.48万元，其中：基本支出719.48万元（人员经费641.81万元，公用经费77.67万元），项目支出779万元。"


@pytest.fixture(scope="module")
def frames():
    return to_frame(extract(document_from_text("t.txt", "txt", TEXT)))


def test_frame_facts_keep_decimals(frames):
    parts = frames.facts[frames.facts["key"].isin(["人员经费", "公用经费"])]
    assert list(parts["value"]) == [Decimal("6418100"), Decimal("776700")]
    assert sum(parts["value"], Decimal(0)) == Decimal("7194800")


@pytest.mark.parametrize("column", ["label", "start", "end", "text", "value", "unit"])
def test_frame_entities_columns(frames, column):
    assert column in frames.entities.columns


def test_frame_relations_one_row_per_member(frames):
    total = frames.relations[(frames.relations["kind"] == "parts") & (frames.relations["member"] == "total")]
    assert set(total["text"]) == {"1498.48万元", "719.48万元"}
    parts_of_basic = frames.relations[frames.relations["relation"].isin(total[total["text"] == "719.48万元"]["relation"])]
    assert sorted(parts_of_basic[parts_of_basic["member"] == "part"]["text"]) == ["641.81万元", "77.67万元"]


def test_frame_seed000_growth_rows():
    facts = to_frame(extract(load(seed_path("000")))).facts
    growth = facts[(facts["key"] == "医保基金征收") & (facts["role"] == "growth")]
    assert list(growth["value"]) == [Decimal("1.3"), Decimal("1.2")]
