"""The document's fiscal year and report date.

Fiscal year, most reliable first: a ``YYYY年度`` in the title area (the first lines), then the
most frequent ``YYYY年度`` in the text, then the most frequent year in the text.
Report date: a date after 填报时间/报告日期/发布日期/成文日期/日期, else the last full date in the
closing lines (the signature).
"""

from __future__ import annotations

from collections import Counter

import regex

_YEAR_PERIOD = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s?年度")
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s?年")
_TITLE_AREA = 400
_CLOSING_AREA = 160
_DATE_LABEL = regex.compile(r"(?:填报时间|填报日期|报告日期|发布日期|成文日期|评价日期|日期)\s*[:：]?\s*$")


def detect_fiscal_year(view: str) -> int | None:
    """The fiscal year a report covers.

    >>> detect_fiscal_year("附件4\\n2024年度株洲市渌口区医疗保障局\\n整体支出绩效自评报告")
    2024
    """
    head = view[:_TITLE_AREA]
    in_title = _YEAR_PERIOD.findall(head)
    if in_title:
        return int(in_title[0])
    periods = Counter(_YEAR_PERIOD.findall(view))
    if periods:
        return int(periods.most_common(1)[0][0])
    years = Counter(_YEAR.findall(view))
    if years:
        return int(years.most_common(1)[0][0])
    return None


def pick_report_date(view: str, dates) -> object | None:
    """The entity among ``dates`` (day-granular DATE entities) that dates the report, if any."""
    full = [d for d in dates if d.granularity == "day" and not d.relative and not d.as_of and d.pattern != "date:md"]
    for entity in full:
        if _DATE_LABEL.search(view[max(0, entity.start - 12):entity.start]):
            return entity
    closing = [d for d in full if d.start >= len(view.rstrip()) - _CLOSING_AREA]
    return closing[-1] if closing else None
