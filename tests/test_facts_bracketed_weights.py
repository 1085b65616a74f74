"""extractor.facts.bracketed_weights: 指标（N分）得分M分 — the bracket is the weight, the score its own."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEADER = "2024年度项目支出绩效自评报告\n"


def fact_of(text: str, figure: str, nth: int = 0):
    facts = extract(document_from_text("t.txt", "txt", HEADER + text)).facts
    return [f for f in facts if f.entity.text == figure][nth]


LIST = "预算执行率（10分）得分9分，产出指标（50分）得分46分，满意度指标（10分）得分8.5分，总分93.5分。"


@pytest.mark.parametrize(
    "text, figure, nth, role, key",
    [
        (LIST, "10分", 0, "weight", "预算执行率"),
        (LIST, "9分", 0, "score", "预算执行率"),
        (LIST, "50分", 0, "weight", "产出指标"),
        (LIST, "46分", 0, "score", "产出指标"),
        (LIST, "10分", 1, "weight", "满意度"),
        (LIST, "8.5分", 0, "score", "满意度"),
        # 自评得分为 after the bracket, a comma between
        ("效益指标（30分），自评得分为27.5分。", "30分", 0, "weight", "效益指标"),
        ("效益指标（30分），自评得分为27.5分。", "27.5分", 0, "score", "效益指标"),
    ],
)
def test_bracketed_weight_and_its_score(text, figure, nth, role, key):
    fact = fact_of(text, figure, nth)
    assert (fact.role, fact.key) == (role, key)


@pytest.mark.parametrize(
    "text, figure, role",
    [
        # no 得分 after the bracket: the bracketed figure keeps what binding gave it
        ("产出指标（50分）包括数量、质量和时效三项，得分46分。", "50分", "value"),
        # a score in brackets after a score: a restatement, not a weight
        ("综合得分93.5分（满分100分）。", "93.5分", "score"),
    ],
)
def test_other_brackets_are_left_alone(text, figure, role):
    assert fact_of(text, figure).role == role


def test_score_above_its_bracketed_weight_is_found():
    from audit.engine import check_extraction

    text = "预算执行率（10分）得分9分，产出指标（50分）得分46分，效益指标（30分）得分26分，满意度指标（10分）得分12分，总分93分。\n某县残联\n2025年3月10日"
    findings = check_extraction(extract(document_from_text("t.txt", "txt", HEADER + text)))
    assert [(f.rule, f.status, sorted(e.text for e in f.evidence)) for f in findings] == [("C002", "fail", ["10分", "12分"])]
