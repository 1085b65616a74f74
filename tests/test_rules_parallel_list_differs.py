"""V003 parallel-list-differs: two lists of the same counts that agree on all figures but one."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

TABLE = (
    "\t绩效指标完成情况\n\t一级指标\n\t二级指标\n\t三级指标\n\t预期指标值\n\t实际完成指标值\n\n"
    "\t\n\t完成指标\n\t数量指标\n\t离休人员人数、二等乙级伤残军人、建国初期老干部\n"
    "\t离休29人，伤残军人108人，建国初期老干部57人\n\t按时足额报销\n\n\n"
    "2.评价点位资金到位及使用情况\n"
)


def test_parallel_list_differs_finds_the_odd_figure_out():
    found = findings_of(report(TABLE + "2023年离休干部共29人，伤残军人109人，建国初期老干部57人。"), "V003")
    assert [(f.status, evidence_texts(f)) for f in found] == [("uncertain", ["108人", "109人"])]


@pytest.mark.parametrize(
    "narrative",
    [
        "2023年离休干部共29人，伤残军人108人，建国初期老干部57人。",  # the lists agree
        "2023年离休干部共30人，伤残军人109人，建国初期老干部57人。",  # two differ: not a copy
        "2023年伤残军人109人，离休干部共29人，建国初期老干部57人。",  # another order: not the same list
        "2022年离休干部共29人，伤残军人109人，建国初期老干部57人。",  # another year
        "2023年离休干部共29人，伤残军人109台，建国初期老干部57人。",  # another measure word
    ],
)
def test_parallel_list_differs_quiet(narrative):
    assert findings_of(report(TABLE + narrative), "V003") == []


def test_parallel_list_differs_quiet_on_an_outcome_beside_its_target():
    table = (
        "\t绩效指标完成情况\n\t一级指标\n\t二级指标\n\t三级指标\n\t预期指标值\n\t实际完成指标值\n\n"
        "\t\n\t完成指标\n\t数量指标\n\t培训宣传\n"
        "\t举办培训班3期，培训人员200人，发放宣传资料500份\n\t举办培训班3期，培训人员216人，发放宣传资料500份\n\n\n"
    )
    assert findings_of(report(table), "V003") == []
