"""extractor.facts.running_totals: each month's 累计 is the month before's 累计 plus this month's 当月."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

TABLE = (
    "2024年12月医保基金运行情况\n表1　职工医保基金收支情况（单位：万元）\n月份\t当月收入\t累计收入\t当月支出\t累计支出\n"
    "3月\t42,734.52\t129,437.00\t32,954.62\t105,429.53\n4月\t37,884.42\t167,321.42\t34,312.52\t139,742.05\n"
    "5月\t{may}\t205,241.84\t38,296.60\t178,038.65\n全年\t499,573.49\t499,573.49\t436,599.09\t436,599.09\n"
)


def test_running_total_steps_are_identities():
    extraction = extract(document_from_text("t.txt", "txt", TABLE.format(may="37,920.42")))
    steps = [
        (r.member("total").entity.text, [p.entity.text for p in r.parts]) for r in extraction.relations
        if r.kind == "parts" and r.source == "identity"
    ]
    assert steps == [
        ("167,321.42", ["129,437.00", "37,884.42"]), ("139,742.05", ["105,429.53", "34,312.52"]),
        ("205,241.84", ["167,321.42", "37,920.42"]), ("178,038.65", ["139,742.05", "38,296.60"]),
    ]


@pytest.mark.parametrize("may,found", [("37,920.42", []), ("39,720.42", [("fail", ["205,241.84", "167,321.42", "39,720.42"])])])
def test_running_total_off_by_a_month_is_found(may, found):
    extraction = extract(document_from_text("t.txt", "txt", TABLE.format(may=may)))
    findings = check_extraction(extraction, selected_rules(select=["S001"]))
    assert [(f.status, [e.text for e in f.evidence]) for f in findings] == found
