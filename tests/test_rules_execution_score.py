"""C005 execution-score-not-weight-times-rate: a 预算完成 score against the project's own rate."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

RATE_TABLE = (
    "一、项目基本情况\n（三）项目资金使用情况\n1.项目资金年度预算、实际执行、执行率情况\n单位：万元\n\n"
    "\t年度预算\n\t预算调整数\n\t实际执行\n\t执行率\n\n\t100\n\t-67.77\n\t32.23\n\t{rate}\n\n\n"
)
SCORE_TABLE = (
    "三、评价结论及绩效分析\n（一）评价结论\n"
    "\t一级指标\n\t二级指标\n\t分值\n\t自评分\n\n"
    "\t项目实施\n\t实施及时\n\t4\n\t4\n\n"
    "\t完成结果\n\t{row}\n\t3\n\t{score}\n\n"
    "\t\n\t违规记录\n\t3\n\t3\n\n\n"
)


def score_report(rate: str, score: str, row: str = "预算完成", between: str = "") -> str:
    return report(RATE_TABLE.format(rate=rate) + between + SCORE_TABLE.format(row=row, score=score))


def test_execution_score_full_execution_scored_low():
    found = findings_of(score_report("100%", "1"), "C005")
    assert [(f.status, evidence_texts(f)) for f in found] == [("uncertain", ["1", "3", "100%"])]


@pytest.mark.parametrize(
    "rate,score,row,between",
    [
        ("100%", "3", "预算完成", ""),  # full execution, full marks
        ("43%", "1", "预算完成", ""),  # 3 × 43% = 1.29, rounded to a whole point
        ("100%", "1", "预算执行合规性", ""),  # not an execution row
        # another project's rate stands between: the row is scored on that one (3 × 60% = 1.8 ≈ 2)
        ("100%", "2", "预算完成", "培训经费项目全年预算10万元，实际支出6万元，完成预算的60%。\n"),
        # a sub-rate is not the project's rate
        ("100%", "3", "预算完成", "其中项目支出预算执行率40%。\n"),
        # last year's rate is not this year's
        ("100%", "3", "预算完成", "上年预算执行率40%。\n"),
    ],
)
def test_execution_score_quiet(rate, score, row, between):
    assert findings_of(score_report(rate, score, row, between), "C005") == []


def test_execution_score_row_with_its_own_rate_is_judged_by_it():
    """资金执行率 | 10 | 100% | 94.31% | 9.43: the row's own achieved rate is below 100%; the 100% a
    sub-project states in the text is not the rate this row scores."""
    score_table = (
        "表2 自评表\n一级指标\t三级指标\t分值\t年度目标值\t实际完成值\t得分\n"
        "产出指标\t改造小区数\t10\t45个\t45个\t10.00\n"
        "资金管理\t资金执行率\t10\t100%\t{achieved}\t{score}\n"
        "合计\t\t20\t\t\t{total}\n"
    )
    prose = "公租房租赁补贴全年发放416.16万元，资金全部支出，执行率为100%。\n"
    quiet = report(prose + score_table.format(achieved="94.31%", score="9.43", total="19.43"))
    assert findings_of(quiet, "C005") == []
    # the same row stating full execution still earns the full weight
    loud = report(prose + score_table.format(achieved="100%", score="9.43", total="19.43"))
    assert [evidence_texts(f) for f in findings_of(loud, "C005")] == [["9.43", "10", "100%"]]
