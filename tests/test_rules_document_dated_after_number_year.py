"""D005 document-dated-after-its-number-year: a date in a later year than its document number's."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "D005"


@pytest.mark.parametrize(
    "body, date, number",
    [
        ("市级资金2,860.00万元，由市财政局于2023年3月8日以《关于下达2023年雨污分流改造工程市级资金的通知》（青财建〔2022〕37号）下达。", "2023年3月8日", "青财建〔2022〕37号"),
        ("5.江财农〔2022〕142号（2023年9月6日），下达市级资金680.00万元。", "2023年9月6日", "江财农〔2022〕142号"),
    ],
)
def test_document_dated_after_number_year_found(body, date, number):
    (finding,) = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert finding.status == "uncertain"
    assert evidence_texts(finding, "doc_date") == [date]
    assert evidence_texts(finding, "docno") == [number]


@pytest.mark.parametrize(
    "body",
    [
        "5.江财农〔2023〕142号（2023年9月6日），下达市级资金680.00万元。",  # the same year
        "江财农〔2023〕97号（2022年6月14日），下达省级资金1,320.00万元。",  # earlier: D003's
        "按照渝医保发〔2019〕12号文件要求，2023年6月开展专项检查。",  # a date not bound to the number
    ],
)
def test_document_dated_after_number_year_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []


@pytest.mark.parametrize(
    "number, signed, found",
    [
        ("滦人社发〔2023〕18号", "2025年5月20日", "fail"),  # a report on 2024 numbered two years before it is signed
        ("滦人社发〔2025〕18号", "2025年5月20日", None),
        ("　　滦人社发〔2024〕18号　　", "2025年1月6日", "fail"),
    ],
)
def test_document_dated_after_number_year_report_own_number(number, signed, found):
    """The 发文字号 alone on a line above the title is the report's own, dated by its signature."""
    text = f"滦柘市人力资源和社会保障局文件\n{number}\n关于滦柘市2024年度养老保险基金决算情况的报告\n市人民政府：\n2024年基金总收入182,852.40万元。\n滦柘市人力资源和社会保障局\n{signed}\n"
    findings = findings_of(text, CODE)
    assert (findings[0].status if findings else None) == found
    if findings:
        assert evidence_texts(findings[0], "docno") == [number.strip("　")]
