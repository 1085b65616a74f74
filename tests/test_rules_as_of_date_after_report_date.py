"""D004 as-of-date-after-report-date: 截至/截止 dates later than the report date."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "D004"


@pytest.mark.parametrize(
    "body, status, as_of, figure",
    [
        ("截至12月，全县离休干部医疗费发生额 87.93万元，共计 154人次。", "fail", "截至12月", "87.93万元"),
        ("截止2023年6月30日，参保人数达70万人。", "fail", "截止2023年6月30日", "70万人"),
        ("截至2023年11月底，城乡居民参保率为97.6%。", "fail", "截至2023年11月底", "97.6%"),
        ("截至2023年9月底，各项工作稳步推进。", "uncertain", "截至2023年9月底", None),
    ],
)
def test_as_of_date_after_report_date_found(body, status, as_of, figure):
    (finding,) = findings_of(report(body), CODE)
    assert (finding.rule, finding.status) == (CODE, status)
    assert evidence_texts(finding, "as_of_date") == [as_of]
    assert evidence_texts(finding, "figure") == ([figure] if figure else [])
    assert evidence_texts(finding, "report_date") == ["2023年3月16日"]


@pytest.mark.parametrize(
    "body",
    [
        "截至2023年2月底，累计支付100万元。",  # before the report date
        "截至2023年3月16日，累计支付100万元。",  # the report date itself
        "预计截至2023年12月底，参保率达到95%。",  # a forecast
        "力争截至2023年10月，完成率达到100%。",  # a target
        "截至年底，参保人数70万人。",  # relative
        "2023年6月以来，暂停服务协议管理医疗机构1家。",  # not an as-of date: rule D002
    ],
)
def test_as_of_date_after_report_date_not_found(body):
    assert findings_of(report(body), CODE) == []


def test_as_of_date_after_report_date_needs_a_report_date():
    assert findings_of(report("截至12月，累计支付100万元。", signed=None), CODE) == []


@pytest.mark.parametrize(
    "seed, expected",
    [
        ("000", [("fail", 3741, "截至12月", "87.93万元")]),
        ("001", []),  # no report date
        ("002", []),
        ("003", []),
        ("004", []),  # no report date (截止2021年12月31日 cannot be compared)
    ],
)
def test_as_of_date_after_report_date_on_seeds(seed_doc, seed, expected):
    found = findings_of(seed_doc(seed), CODE)
    assert [(f.status, f.evidence[0].start, f.evidence[0].text, evidence_texts(f, "figure")[0]) for f in found] == expected
