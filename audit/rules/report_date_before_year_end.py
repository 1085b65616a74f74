"""D001 report-dated-before-year-end."""

from __future__ import annotations

import calendar
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.entities.document_dates import signature_date, title_line
from extractor.extraction import Extraction

from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D001", "report-dated-before-year-end", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares the date the report is signed or filed (填报时间, the closing signature date) with
    the end of the fiscal year it reports on; a signature dated inside the year is reported even
    when a web page's 发布日期 is later. A report on part of the year (上半年, 1—9月, 第一季度 in
    its title) is measured against the end of that part.

    Why is this bad?
    A report on fiscal year Y cannot be written before 31 December of Y: the year's figures did
    not exist yet. Either the date or the year in the title is wrong (often the date keeps last
    year's template), and every dated statement in the report becomes suspect.

    Example:
    A 2023年度 部门整体支出绩效自评报告 signed ``2023年3月16日`` — the year had nine months to go.
    """
    if extraction.fiscal_year is None or extraction.report_date is None:
        return
    if _is_budget_report(extraction.document.normalized):
        return  # 2024年度部门预算公开说明 is published before its year begins, by design
    if _is_payment_notice(extraction.document.normalized) and not _YEAR_TOTALS.search(extraction.document.normalized) and not _states_year_end(
        extraction.document.normalized, extraction.fiscal_year
    ):
        # 2024年耕地地力保护补贴资金发放情况公示: a payment made in the year, announced when made — unless
        # it states the year-end position (年末在岗524人, 截至2025年12月31日已拨付…): then it reports on the whole year
        return
    year_end = f"{extraction.fiscal_year}-12-31"
    part = _part_of_year_end(extraction.document.normalized, extraction.fiscal_year)
    if part is not None:
        year_end = part  # 关于2024年上半年部门预算执行情况的报告: the half year ends on 30 June
    date = next(
        (e for e in reversed(extraction.entities)
         if e.label == "DATE" and e.value == extraction.report_date and e.granularity == "day" and not e.relative),
        None,
    )
    signed = signature_date(extraction.document.normalized, [e for e in extraction.entities if e.label == "DATE"])
    if extraction.report_date > year_end or date is None:
        # 发布日期：2024-08-26 on the page, but the report itself signed 2023年8月26日
        date = signed if signed is not None and signed.value <= year_end else None
    if date is None:
        return
    anchor = _fiscal_year_anchor(extraction)
    evidence = [Evidence(date.start, date.end, date.text, "report_date", date.value)]
    if anchor is not None:
        evidence.append(Evidence(anchor.start, anchor.end, anchor.text, "fiscal_year", anchor.value))
    if part is not None:
        month, day = int(part[5:7]), int(part[8:])
        message = f"报告日期{date.text}早于所报告期间的结束（{extraction.fiscal_year}年{month}月{day}日）"
        message_en = f"report dated {date.value}, before the end of the period it reports on ({part})"
    else:
        message = f"报告日期{date.text}早于所报告的{extraction.fiscal_year}年度结束（{extraction.fiscal_year}年12月31日）"
        message_en = f"report dated {date.value}, before the end of fiscal year {extraction.fiscal_year} it reports on"
    yield Finding(
        rule=CODE,
        name=NAME,
        severity=SEVERITY,
        status="fail",
        message=message,
        message_en=message_en,
        evidence=tuple(evidence),
        expected=f"report date > {year_end}",
        subject=str(extraction.fiscal_year),
    )


def _fiscal_year_anchor(extraction: Extraction):
    """The first mention of the fiscal year as a year or 年度 (the report's own claim)."""
    for entity in extraction.entities:
        if entity.label == "DATE" and entity.granularity == "year" and not entity.relative and entity.value == str(extraction.fiscal_year):
            return entity
    return None


# 2024年上半年 / 1—6月 / 第一季度 / 前三季度 in the title: a report on part of the year
_PART_OF_YEAR = compile_pattern(
    r"(?P<half>上半年|(?<![上下])半年度?)|(?P<q1>第?一季度)(?![至到—\-])|(?P<q2>第?二季度)(?![至到—\-])|(?P<q3>前三季度|第三季度)"
    r"|1\s*[—\-－~～至到]\s*(?P<month>1[0-2]|[1-9])\s*月"
)
_PERIOD_TITLE = compile_pattern(r"(?:报告|说明|分析|公告|公示|通报|情况|总结|汇报|材料)\s*(?:[（(][^）)]{1,40}[）)])?\s*$")
_LOOKS_BACK_YEAR = compile_pattern(r"年度(?:部门|单位)?整体支出|年度部门决算|年度决算")
_QUARTER_MONTH = {"half": 6, "q1": 3, "q2": 6, "q3": 9}


def _part_of_year_end(view: str, fiscal_year: int) -> str | None:
    r"""The last day of the part of the year a report's title names, or ``None`` for a whole year.

    >>> _part_of_year_end("关于2024年上半年部门预算执行情况的报告\n", 2024), _part_of_year_end("2024年1—9月预算执行情况\n", 2024)
    ('2024-06-30', '2024-09-30')
    >>> _part_of_year_end("2024年度部门整体支出绩效自评报告\n", 2024) is None
    True
    """
    for title in _head_lines(view):
        if _LOOKS_BACK_YEAR.search(title) and _PERIOD_TITLE.search(title):
            return None  # 2024年度部门整体支出绩效自评报告 first: a line below it (2024年上半年工作总结) is a heading
        found = _PART_OF_YEAR.search(title)
        if found is None or _NO_TITLE.search(title) or not _PERIOD_TITLE.search(title):
            continue  # only a title line (…情况的报告 / …执行情况分析), not a body line wrapped short
        month = int(found.group("month")) if found.group("month") else next(_QUARTER_MONTH[k] for k in _QUARTER_MONTH if found.group(k))
        if month == 12:
            return None  # 1—12月: the whole year
        return f"{fiscal_year}-{month:02d}-{calendar.monthrange(fiscal_year, month)[1]:02d}"
    return None


_BUDGET_TITLE = compile_pattern(r"预算(?:公开)?(?:说明|草案|编制说明|情况说明)|部门预算|\d{4}\s*年度?预算公开\s*$")
# 年末在岗524人 / 年末实有…: a count at the year's end (not 上年末结余, nor 截至目前，全年累计发放…)
_YEAR_TOTALS = compile_pattern(r"(?<![上去])年末(?:在岗|实有|参保)\p{Han}{0,10}?\d[\d,]*\s*(?:人|户|名|个|家)")
# 截至2025年12月31日，已向各受益村拨付…: a position at the year's end, known only after it
_YEAR_END_CUTOFF = compile_pattern(r"截[至止]\s*(?P<year>\d{4})\s*年\s*(?:12\s*月\s*31\s*日|12\s*月(?:底|末)|底|末)")


def _states_year_end(view: str, fiscal_year: int) -> bool:
    """Whether the text states a position at the end of its fiscal year (截至2025年12月31日)."""
    return any(int(found.group("year")) == fiscal_year for found in _YEAR_END_CUTOFF.finditer(view))


_LOOKS_BACK = compile_pattern(r"决算|执行|自评|评价|绩效报告")
_HEAD_AREA, _HEAD_LINES, _TITLE_MAX = 400, 6, 40
_NO_TITLE = compile_pattern(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．])|[>›»]"
)
_TITLE_WORD = compile_pattern(r"报告|说明|公开|公示|表$")


def _head_lines(view: str) -> list[str]:
    """The title line and the short lines of the head that name a year: any of them may be the
    title under a portal's site name — not a section heading or a breadcrumb."""
    return [title_line(view)] + [
        line for line in view[:_HEAD_AREA].split("\n")[:_HEAD_LINES]
        if len(line.strip()) <= _TITLE_MAX and "年" in line and not _NO_TITLE.search(line)
    ]


def _is_budget_report(view: str) -> bool:
    r"""Whether the title announces a budget for the year (部门预算公开说明), not an account of it.

    >>> _is_budget_report("黔溪县教育局2024年度部门预算公开说明\n第一部分")
    True
    >>> _is_budget_report("关于2024年预算执行情况和2025年预算草案的报告\n")
    False
    >>> _is_budget_report("某县人民政府 政府信息公开\n首页 > 预决算公开\n某镇人民政府2025年部门预算公开说明\n")
    True
    >>> _is_budget_report("某县水务局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）2023年部门预算安排情况\n")
    False
    """
    # a portal page puts its breadcrumb and site name above the title: any short line of the head
    # that names a year may be it, but not a section heading (（一）2023年部门预算安排情况) or a
    # breadcrumb (首页 > 信息公开 > 2023年部门预算); a title that looks back (…绩效自评报告) rules a
    # budget out
    heads = _head_lines(view)
    titled = [title for title in heads if _TITLE_WORD.search(title)]
    first = titled[0] if titled else heads[0]
    if _LOOKS_BACK.search(first) and _TITLE_WORD.search(first):
        return False  # the title (the first line named like one) looks back (…绩效自评报告), whatever follows it
    return any(_BUDGET_TITLE.search(title) and not _LOOKS_BACK.search(title) for title in heads)


# …补贴资金发放情况公示 / 关于2024年耕地地力保护补贴面积及补贴资金的公示 (what each household is to be paid)
_PAYMENT_NOTICE = compile_pattern(
    r"(?:发放|兑付|兑现|拨付|分配)(?:情况|结果|明细|名单)?(?:的)?公示\s*$"
    r"|补贴(?:面积|对象|标准|资金)(?:(?!执行|绩效|自评|决算)[^，。,\n]){0,12}公示\s*$"
    # 关于下达2024年第二批…补助资金的公示: money sent down in batches during the year
    r"|(?:下达|拨付|分配)(?:(?!执行|绩效|自评|决算)[^，。,\n]){0,30}(?:公示|通知|公告)\s*$"
    r"|第[一二三四五六七八九十\d]{1,2}批(?:(?!执行|绩效|自评|决算)[^，。,\n]){0,30}(?:公示|通知|公告)\s*$"
)


def _is_payment_notice(view: str) -> bool:
    r"""Whether the title announces a payment made during the year (补贴发放情况公示), which is
    published when the money goes out, not after the year closes.

    >>> _is_payment_notice("桑园镇2024年耕地地力保护补贴资金发放情况公示\n")
    True
    >>> _is_payment_notice("嫩桦县桦屯镇人民政府\n关于2024年耕地地力保护补贴面积及补贴资金的公示\n")
    True
    >>> _is_payment_notice("2024年度部门整体支出绩效自评结果公示\n")
    False
    """
    return any(_PAYMENT_NOTICE.search(title) and not _LOOKS_BACK.search(title) for title in _head_lines(view))
