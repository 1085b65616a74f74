"""D003 document-dated-before-its-number-year: 1996年6月29日 … 印发 …（劳社部发〔1999〕23号）."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "D003"


@pytest.mark.parametrize(
    "body, status, date, docno",
    [
        (
            "根据《常州市武进区科技创新券实施管理办法》（武科规〔2024〕2号，2023年3月印发），对企业给予补助。",
            "fail", "2023年3月", "武科规〔2024〕2号",
        ),
        (
            "1996年6月29日，劳动和社会保障部、财政部印发关于《关于加强城镇职工基本医疗保险费用结算管理意见》（劳社部发〔1999〕23号）第五条规定：加强管理。",
            "fail", "1996年6月29日", "劳社部发〔1999〕23号",
        ),
        ("2018年3月1日市财政局下发了《关于开展绩效评价的通知》（财预【2020】10号）。", "fail", "2018年3月1日", "财预【2020】10号"),
        ("二〇一八年五月六日，省医保局出台《办法》（川医保发[2019]7号）。", "fail", "二〇一八年五月六日", "川医保发[2019]7号"),
        # signed in December, numbered the next year: possible (issued in January), so uncertain
        ("2019年12月28日，市政府印发《实施办法》（广府发〔2020〕1号）。", "uncertain", "2019年12月28日", "广府发〔2020〕1号"),
    ],
)
def test_document_dated_before_number_year_found(body, status, date, docno):
    (finding,) = findings_of(report(body, signed="2024年3月20日"), CODE)
    assert (finding.rule, finding.status) == (CODE, status)
    assert evidence_texts(finding, "doc_date") == [date]
    assert evidence_texts(finding, "docno") == [docno]
    assert finding.expected.startswith("date year ≥ ")


@pytest.mark.parametrize(
    "body",
    [
        # a number followed by its own issue date in the same or a later year
        "根据《管理办法》（武科规〔2023〕2号，2023年3月印发），对企业给予补助。",
        "根据《管理办法》（武科规〔2024〕2号），2023年3月起实施。",
        # same year (seed 004's consistent case)
        "2004年10月22日经市政府通过对《关于考核扣减的医疗服务质量保证金用途的请示》（攀劳社〔2004〕62号）的请示的批准。",
        "2021年3月5日，省医保局印发《通知》（川医保发〔2021〕3号）。",
        # the number is in another sentence
        "2019年3月1日，我局召开会议。根据《通知》（财预〔2020〕10号）印发实施方案。",
        # a later date stands between: the number belongs to it
        "2019年3月1日召开会议，2020年5月印发《办法》（广府发〔2020〕2号）。",
        # a year between: the number may belong to it
        "2019年1月1日起施行的办法，2020年修订后印发（广府发〔2020〕3号）。",
        # no issuing verb: the date is not the document's
        "2019年3月1日，按照《办法》（广府发〔2020〕2号）开展工作。",
        # a month is not a full date
        "2019年3月，市政府印发《办法》（广府发〔2020〕2号）。",
        # the number is older than the date
        "2021年3月5日，转发并印发《通知》（财社〔2019〕12号）。",
    ],
)
def test_document_dated_before_number_year_not_found(body):
    assert findings_of(report(body, signed="2024年3月20日"), CODE) == []


@pytest.mark.parametrize(
    "seed, expected",
    [
        ("000", []),
        ("001", []),
        ("002", []),
        ("003", []),
        # 一(一)2 and its verbatim repeat in 一(一)3: both reported, distinct fingerprints
        ("004", [(301, "1996年6月29日", 376, "劳社部发〔1999〕23号"), (581, "1996年6月29日", 656, "劳社部发〔1999〕23号")]),
    ],
)
def test_document_dated_before_number_year_on_seeds(seed_doc, seed, expected):
    found = findings_of(seed_doc(seed), CODE)
    assert [(f.evidence[0].start, f.evidence[0].text, f.evidence[1].start, f.evidence[1].text) for f in found] == expected
    assert all(f.status == "fail" and f.severity == "error" for f in found)
    assert len({f.fingerprint for f in found}) == len(found)


@pytest.mark.parametrize(
    "lines, found",
    [
        # the 发文字号 on the line right under the title is the report's own, dated by its signature
        (["桐禾县水务局2024年度部门整体支出绩效自评报告", "桐水〔2026〕7号"], ["桐水〔2026〕7号"]),
        (["桐禾县水务局2024年度部门整体支出绩效自评报告", "桐水〔2025〕7号"], []),
        # further down, alone on a line, it is a document the report cites
        (["桐禾县水务局2024年度部门整体支出绩效自评报告", "一、部门基本情况", "桐水〔2026〕7号"], []),
        # under a portal's breadcrumb and title, with the issuing bodies after it on its line
        (["桐禾县人民政府门户网站", "当前位置：首页 > 政务公开", "桐禾县2024年度污水处理费征收使用情况公开", "桐水〔2026〕7号　　桐禾县水务局　桐禾县财政局"], ["桐水〔2026〕7号"]),
        (["桐禾县人民政府门户网站", "当前位置：首页 > 政务公开", "桐禾县2024年度污水处理费征收使用情况公开", "桐水〔2025〕7号　　桐禾县水务局　桐禾县财政局"], []),
        # under the title and the portal's publisher line
        (["桐禾县2024年度农村客运公交化改造补贴资金公示", "发布机构：桐禾县交通运输局　字体：【大 中 小】", "桐交运〔2026〕8号"], ["桐交运〔2026〕8号"]),
        (["桐禾县2024年度农村客运公交化改造补贴资金公示", "发布机构：桐禾县交通运输局　字体：【大 中 小】", "桐交运〔2025〕8号"], []),
    ],
)
def test_document_dated_before_number_year_own_number_under_the_title(lines, found):
    text = "\n".join(lines) + "\n根据通知要求，我局开展了绩效自评。全年支出6,675.83万元。\n桐禾县水务局\n2025年3月18日\n"
    assert [evidence_texts(f, "docno")[0] for f in findings_of(text, CODE)] == found
