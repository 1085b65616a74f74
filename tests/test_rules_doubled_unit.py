"""T003 doubled-unit: 万万元, 元元, %%, 万元万元, 亿亿."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "T003"


@pytest.mark.parametrize(
    "body, evidence, expected",
    [
        ("项目支出169万万元。", "169万万元", "one unit: 169万元"),
        ("基金结余5亿亿元。", "5亿亿元", "one unit: 5亿元"),
        ("收入5.2亿亿，支出4亿元。", "5.2亿亿", "one unit: 5.2亿"),
        ("基本支出12.50万元万元。", "12.50万元万元", "one unit: 12.50万元"),
        ("专项资金3亿元亿元。", "3亿元亿元", "one unit: 3亿元"),
        ("公务接待费300元元。", "300元元", "one unit: 300元"),
        ("追加预算100万元元。", "100万元元", "one unit: 100万元"),
        ("执行率98%%。", "98%%", "one unit: 98%"),
        ("执行率９８％％。", "９８％％", "one unit: 98%"),
        ("合计1,234.5万 万元。", "1,234.5万 万元", "one unit: 1,234.5万元"),
    ],
)
def test_doubled_unit_found(body, evidence, expected):
    (finding,) = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert (finding.rule, finding.status, finding.severity) == (CODE, "fail", "warning")
    assert evidence_texts(finding, "figure") == [evidence]
    assert finding.expected == expected


@pytest.mark.parametrize(
    "body",
    [
        "发放慰问金500元元旦前到位。",
        "100元元月发放。",
        "万万不可挪用医保基金。",
        "项目支出169万元。",
        "执行率98%，增长2.1%。",
        "帮助农户成为万元户。",
        "亿万群众受益。",
        "规模达1.2万亿元。",
    ],
)
def test_doubled_unit_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_doubled_unit_on_seeds(seed_doc, seed):
    assert findings_of(seed_doc(seed), CODE) == []
