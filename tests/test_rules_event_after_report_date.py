"""D002 event-after-report-date: dated events later than the report's own date."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "D002"


@pytest.mark.parametrize(
    "body, status, event",
    [
        ("2023年6月以来，暂停服务协议管理医疗机构1家。", "fail", "2023年6月"),
        ("2023年9月完成全部资金拨付。", "fail", "2023年9月"),
        ("2023年10月12日受理群众投诉3件。", "fail", "2023年10月12日"),
        ("资金于2023年7月已拨付到位。", "fail", "2023年7月"),
        ("10月12日开展了医保政策进医院活动。", "fail", "10月12日"),
        ("2023年11月累计核查7.59万人次。", "fail", "2023年11月"),
        ("2023年5月召开专题会议研究基金监管。", "uncertain", "2023年5月"),
        ("6月事业人员的经费才进行划拨。", "uncertain", "6月"),
        ("2023年9月没有完成征缴任务。", "uncertain", "2023年9月"),
        ("2023年9月尚未完成征缴任务。", "uncertain", "2023年9月"),
        # a deadline set in one clause does not make the next clause's event a plan
        ("整改期限为2023年2月28日，县审计局于2023年4月15日组织了复查验收。", "uncertain", "2023年4月15日"),
    ],
)
def test_event_after_report_date_found(body, status, event):
    (finding,) = findings_of(report(body), CODE)
    assert (finding.rule, finding.status) == (CODE, status)
    assert finding.severity == ("error" if status == "fail" else "warning")
    assert evidence_texts(finding, "event_date") == [event]
    assert evidence_texts(finding, "report_date") == ["2023年3月16日"]
    assert "2023-03-16" in finding.expected


@pytest.mark.parametrize(
    "body",
    [
        "计划于2023年6月底前完成全部拨付。",
        "预计2023年12月完成征缴任务。",
        "将于2023年9月开展专项检查。",
        "拟于2023年8月召开培训会。",
        "力争2023年10月实现全覆盖。",
        "制定《2023年6月医保基金监管集中宣传月活动方案》。",
        "2023年3月16日召开党组会议。",  # the report date itself
        "2023年1月完成年度结算。",  # before the report date
        "2023年3月完成系统切换。",  # the report's own month: not provably later
        "年末实有人数9人，本年度征收7.55亿元。",  # relative dates
        "2023年全年征收医保基金7.55亿元。",  # a year, not a dated event
        "截至12月，累计支付100万元。",  # an as-of date: rule D004
        "按照渝医保发〔2023〕12号文件执行。",  # a document number's year
        "五、下一步工作计划\n2023年9月开展政策培训。",  # a forward-looking section
        "到2023年底，完成城区86.0公里排水管网改造。",  # a multi-year project's goal
        "（一）总体目标\n2023年12月完成城区排水管网改造。",  # a goals section
        "2023年5月以前的遗留问题已全部整改。",  # 以前: a deadline, not an event
        "公示期为2023年3月16日至2023年3月26日，共10天。",  # a period under way on the report date
        "发布时间：2023-03-18　　信息来源：市医保局",  # when the web page went up, not an event
        "留用的结转资金应当加快支出进度，2023年底仍未使用的，一律收回。",  # a condition set for later
        "四、有关要求\n请各单位于2023年4月10日完成资金缴回手续。",  # a requirements section
        "对尚未支付的资金已下发督办通知，截止时间为2023年9月30日，仍不能支付的资金将收回统筹使用。",  # a deadline set
        "发现问题已全部下发整改通知，整改期限为2023年6月30日。",  # a deadline set
        "公示时间为2023年3月20日至3月26日。对公示内容有异议的，可在公示期内反映。",  # the notice's own publicity period
        "整改情况如下：\n问题\t整改措施\t完成时限\t整改状态\n设备未校准\t完成校准\t2023年3月10日\t已完成\n联单不完整\t补齐联单\t2023年5月31日\t整改中\n",  # a column of deadlines
    ],
)
def test_event_after_report_date_not_found(body):
    assert findings_of(report(body), CODE) == []


@pytest.mark.parametrize(
    "text",
    [
        report("2023年6月以来，暂停服务协议管理医疗机构1家。", signed="2024年3月20日"),
        report("2023年6月以来，暂停服务协议管理医疗机构1家。", signed=None),
    ],
    ids=["dated-after-the-event", "no-report-date"],
)
def test_event_after_report_date_needs_a_later_event_and_a_report_date(text):
    assert findings_of(text, CODE) == []


def test_event_after_report_date_verbatim_repeats_keep_both():
    body = "一、概况\n2023年6月以来，暂停1家。\n二、成效\n2023年6月以来，暂停1家。"
    found = findings_of(report(body), CODE)
    assert len(found) == 2
    assert found[0].fingerprint != found[1].fingerprint


@pytest.mark.parametrize(
    "seed, expected",
    [
        ("000", [("fail", "2023年6月")]),  # 2023年6月以来 in a report signed 2023年3月16日
        ("001", []),  # no report date
        ("002", []),  # signed 2024-04-01; no later event
        ("003", []),
        ("004", []),
    ],
)
def test_event_after_report_date_on_seeds(seed_doc, seed, expected):
    found = findings_of(seed_doc(seed), CODE)
    assert [(f.status, evidence_texts(f, "event_date")[0]) for f in found] == expected
    if found:
        assert (found[0].evidence[0].start, found[0].evidence[1].start) == (3189, 9509)
