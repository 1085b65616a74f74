"""V006 restatement-differs: a sum and its bracketed restatement in another unit."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "V006"


@pytest.mark.parametrize(
    "body, stated, restated, slip",
    [
        # 千元 written for 万元: the bracket is ten times the figure
        ("基金总收入182,852.40千元（约18.29亿元），比上年增长6.93%。", "182,852.40千元", "约18.29亿元", True),
        ("项目资金1.23万元（12,500元）已拨付。", "1.23万元", "12,500元", False),
        ("全年支出32,105.63万元（约3.12亿元）。", "32,105.63万元", "约3.12亿元", False),
        ("结余资金6,000千元（折合60.00万元）。", "6,000千元", "60.00万元", True),
    ],
)
def test_restatement_differs_found(body, stated, restated, slip):
    (finding,) = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert (finding.rule, finding.status) == (CODE, "fail")
    assert evidence_texts(finding, "stated") == [stated]
    assert evidence_texts(finding, "restated") == [restated]
    assert ("单位笔误" in finding.message) is slip


@pytest.mark.parametrize(
    "body",
    [
        "基金总收入182,852.40万元（约18.29亿元）。",  # rounded half up
        "全年支出32,105.63万元（约3.21亿元）。",
        "全年支出91,846.58万元（约9.18亿元）。",
        "项目资金1.23万元（12,300元）已拨付。",
        "项目资金1.23万元（含利息0.20万元）已拨付。",  # a part, not a restatement
        "项目资金500万元（中央资金300万元）。",
        "补助标准不低于50元（不超过80元）。",
        "支出1.50万元（1.50万元为结转）。",  # the same unit twice says something else
    ],
)
def test_restatement_differs_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []
