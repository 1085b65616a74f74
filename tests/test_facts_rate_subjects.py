"""An execution rate in running text is keyed by the money it divides; its written name stays."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.facts.rate_subjects import execution_rate_name
from extractor.loaders.compose import document_from_text

DEPARTMENT = "某县医疗保障局2023年度部门整体支出绩效自评报告\n"


def _extraction(text: str):
    return extract(document_from_text("t.txt", "txt", text))


def _fact(extraction, figure: str, nth: int = 0):
    return [f for f in extraction.facts if f.entity.text == figure][nth]


@pytest.mark.parametrize(
    "text, figure, key, indicator, role",
    [
        # the department's rate: its budget and spending are the department's
        (DEPARTMENT + "三、全年预算执行情况\n全年预算数为202.00万元，全年实际支出资金82.35万元，预算执行率为40.77%。",
         "40.77%", "部门整体支出", "预算执行率", "rate"),
        # a qualified rate after its spending, the budget in the sentence before
        (DEPARTMENT + "2023年本单位基本支出全年预算总额82.00万元。实际支出80.10万元，基本支出预算执行率97.68%。",
         "97.68%", "基本支出", "基本支出预算执行率", "rate"),
        # the subject of the sentence
        ("2023年度“三公”经费预算120,000.00元，实际支出86,420.00元，预算执行率72.02%。", "72.02%", "三公经费", "“三公”经费预算执行率", "rate"),
        # one of two ；-items
        ("一是促进消费专项资金，预算280.00万元，支出276.40万元，执行率98.71%；二是县域商业体系建设资金，预算360.00万元，支出342.16万元，执行率95.04%。",
         "98.71%", "促进消费专项", "促进消费专项资金执行率", "rate"),
        # a run-in item titled with the rate names it once
        (DEPARTMENT + "（二）过程(分值20分)\n5.预算执行率。全年预算8,078.85万元,实际支出7,794.62万元,预算执行率96.48%。",
         "96.48%", "预算执行率", "预算执行率", "rate"),
        # no budget stated: nothing says what the rate divides, it keeps its name
        ("全年实际支出2917.36万元，其中基本支出1702.48万元，项目支出1214.88万元，预算执行率95.52%。", "95.52%", "预算执行率", "预算执行率", "rate"),
        ("一是项目资金执行进度慢。项目支出执行率仅为65.03%。", "65.03%", "项目支出预算执行率", "项目支出执行率", "rate"),
        # an indicator of its own, set against its target, keeps its name
        (DEPARTMENT + "（五）指标五：\n项目支出预算执行率：该指标预期指标值为100%，本次评价项目支出预算执行率为1.88%，该指标完成率为1.88%。",
         "100%", "项目支出预算执行率", "项目支出预算执行率", "target"),
        (DEPARTMENT + "（五）指标五：\n项目支出预算执行率：该指标预期指标值为100%，本次评价项目支出预算执行率为1.88%，该指标完成率为1.88%。",
         "1.88%", "项目支出预算执行率", "项目支出预算执行率", "achieved"),
    ],
)
def test_execution_rates_keyed_by_the_money_they_divide(text, figure, key, indicator, role):
    fact = _fact(_extraction(text), figure)
    assert (fact.key, fact.indicator, fact.role) == (key, indicator, role)


def test_the_same_rate_restated_without_its_money_is_keyed_alike():
    # the summary restates 97.68% with no amounts: still 基本支出's rate, as the detailed statement shows
    text = (
        DEPARTMENT + "一、总体情况\n全年基本支出预算执行率97.68%。\n"
        "二、基本支出\n基本支出全年预算总额82.00万元，实际支出80.10万元，基本支出预算执行率97.68%。\n"
    )
    extraction = _extraction(text)
    assert [_fact(extraction, "97.68%", n).key for n in (0, 1)] == ["基本支出", "基本支出"]


@pytest.mark.parametrize(
    "text, figure, name",
    [
        (DEPARTMENT + "全年预算数为202.00万元，全年实际支出资金82.35万元，预算执行率为40.77%。", "40.77%", "预算执行率"),
        (DEPARTMENT + "基本支出全年预算82.00万元，实际支出80.10万元，基本支出预算执行率97.68%。", "97.68%", "基本支出预算执行率"),
        # a project report's own project: the report's 预算执行率
        ("2023年度科技创新券项目支出绩效自评报告\n一、项目概况\n2023年项目全年预算360.00万元，实际执行342.72万元，预算执行率95.20%。",
         "95.20%", "预算执行率"),
        # not an execution rate: its key
        (DEPARTMENT + "城乡居民参保率为93.92%。", "93.92%", "城乡居民参保率"),
        (DEPARTMENT + "全年预算数为202.00万元，全年实际支出资金82.35万元。", "82.35万元", "部门整体支出"),
    ],
)
def test_execution_rate_name(text, figure, name):
    assert execution_rate_name(_fact(_extraction(text), figure)) == name


TABLE_REPORT = (
    "<html><body><h1>某县医疗保障局2023年度部门整体支出绩效自评报告</h1>"
    "<h2>一、部门基本情况</h2><p>全年预算数为202.00万元，全年实际支出资金82.35万元，预算执行率为40.77%。</p>"
    "<h2>二、绩效指标完成情况</h2><table>"
    "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>"
    "<tr><td>预算执行</td><td>预算执行率</td><td>预算执行率</td><td>10</td><td>100%</td><td>{achieved}</td><td>4.08</td></tr>"
    "<tr><td>产出</td><td>数量</td><td>参保人数</td><td>90</td><td>1000人</td><td>1000人</td><td>90</td></tr>"
    "</table><p>2024年3月1日</p></body></html>"
)


@pytest.mark.parametrize("achieved, findings", [("40.77%", []), ("45%", [("V001", "uncertain")])])
def test_the_departments_rate_is_still_compared_with_the_indicator_tables(tmp_path, achieved, findings):
    # keyed 部门整体支出 in the text, the rate is still the 预算执行率 the indicator table states as achieved
    from extractor.loaders import load

    path = tmp_path / "report.html"
    path.write_text(TABLE_REPORT.format(achieved=achieved), encoding="utf-8")
    extraction = extract(load(path))
    assert _fact(extraction, "40.77%").key == "部门整体支出"
    assert [(f.rule, f.status) for f in check_extraction(extraction, selected_rules())] == findings
