"""The document's fiscal year and report date.

Fiscal year, most reliable first: a ``YYYY年度`` in the title area (the first lines), then the
most frequent ``YYYY年度`` in the text, then the most frequent year in the text.
Report date: the date under the title on which a report was delivered to a meeting
(``——2024年12月19日在县人大常委会第二十四次会议上``), else a date after
填报时间/报告日期/发布日期/成文日期/日期, else the last full date in the closing lines (the
signature), else a signature date on its own line under the issuer's name and followed by the 附件
(tables appended after the signature).
"""

from __future__ import annotations

from collections import Counter

from ..regexes import compile_pattern


_YEAR_PERIOD = compile_pattern(r"(?<!\d)((?:19|20)\d{2})\s?年度", scans=True)
_YEAR = compile_pattern(r"(?<!\d)((?:19|20)\d{2})\s?年", scans=True)
# 2023年 naming a year, not the start of a date (2024年3月) nor a serial number's (审计结果公告2025年第1号)
YEAR_NOT_A_DATE = compile_pattern(r"(?<!\d)((?:19|20)\d{2})\s?年(?!\s?\d{1,2}\s?月|\s?第\s?[\d一二三四五六七八九十]+\s?[号期])")
_TITLE_AREA = 400
_CLOSING_AREA = 160
_DATE_LABEL = compile_pattern(r"(?:填报时间|填报日期|报告日期|发布日期|成文日期|评价日期|日期)\s*[:：]?\s*$")


_CJK_YEAR = compile_pattern(r"[〇零一二三四五六七八九]{4}(?=\s*年)")
_CJK_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


# 当前位置:首页 > 政务公开 > 正文: a portal's breadcrumb above the title, not the title
_BREADCRUMB = compile_pattern(
    r"^\s*(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]|^[^\n]{0,40}首页\s*[>›»/]"
    r"|^\s*附件\s*[\d一二三四五六七八九十]{0,3}\s*[:：]?\s*$"  # 附件 4: above an appended report's title
)


def title_line(view: str) -> str:
    """The report's title: its first non-blank line that is not a portal breadcrumb or an 附件 mark.

    >>> title_line("当前位置:首页 > 政务公开 > 正文\\n桑园镇2024年耕地地力保护补贴资金发放情况公示\\n")
    '桑园镇2024年耕地地力保护补贴资金发放情况公示'
    >>> title_line("\\n附件 4:\\n2023年度部门整体支出绩效自评报告\\n")
    '2023年度部门整体支出绩效自评报告'
    """
    at = 0
    while at < len(view):
        end = view.find("\n", at)
        end = len(view) if end == -1 else end
        line = view[at:end]
        if line.strip() and not _BREADCRUMB.match(line):
            return line
        at = end + 1
    return ""


_TITLE_BELOW_LINES = 2
_TITLE_LENGTH = 60


def _year_of_title_below(head: str, first: str) -> list[str]:
    """The years named by the short line just under a first line that names none: the title under a
    portal's menu run together without separators (首页政务公开财政资金部门预算 /
    桐坪镇人民政府2024年部门预算及“三公”经费预算情况说明)."""
    if not first.strip() or len(first) > _TITLE_LENGTH:
        return []
    lines = [line for line in head[head.find(first) + len(first):].split("\n") if line.strip()]
    for line in lines[:_TITLE_BELOW_LINES - 1]:
        if len(line) <= _TITLE_LENGTH:
            return YEAR_NOT_A_DATE.findall(line)
    return []


def detect_fiscal_year(view: str) -> int | None:
    """The fiscal year a report covers.

    >>> detect_fiscal_year("附件4\\n2024年度株洲市渌口区医疗保障局\\n整体支出绩效自评报告")
    2024
    >>> detect_fiscal_year("关于澄州市2023年市级国有资本经营预算执行情况的报告\\n…企业2022年度经营效益…")
    2023
    >>> detect_fiscal_year("琼湾市海洋和渔业局二〇二四年度“三公”经费财政拨款支出决算情况说明")
    2024
    >>> detect_fiscal_year("陇溱县审计局　审计结果公告2025年第1号\\n陇溱县2024年度县级预算执行和其他财政收支审计结果公告")
    2024
    """
    # 二〇二四年度: a year in Chinese digits, read digit by digit (same length)
    view = _CJK_YEAR.sub(lambda m: m.group().translate(_CJK_DIGITS), view)
    head = view[:_TITLE_AREA]
    title = title_line(head)
    named = YEAR_NOT_A_DATE.findall(title) or _year_of_title_below(head, title)
    if named:
        return int(named[0])  # 关于澄州市2023年市级国有资本经营预算执行情况的报告: the title's year
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


# ——2024年12月19日在沅岑县第十八届人民代表大会常务委员会第二十四次会议上: the day it was delivered
_DELIVERED_BEFORE = compile_pattern(r"[ \t\u3000]*[—－\-–]{0,2}[ \t\u3000]*[（(]?[ \t\u3000]*$")
_DELIVERED_AFTER = compile_pattern(r"[ \t\u3000]*在[^\n]{2,60}?(?:会议|大会|会)上")


def pick_report_date(view: str, dates) -> object | None:
    """The entity among ``dates`` (day-granular DATE entities) that dates the report, if any.

    Example: in ``关于2023年度…审计查出问题整改情况的报告\n——2024年12月19日在县人大常委会第二十四次
    会议上`` the report is dated 2024年12月19日, the day it was delivered.
    """
    full = _full_dates(dates)
    for entity in full:
        if entity.start > _TITLE_AREA:
            break
        line_start = view.rfind("\n", 0, entity.start) + 1
        if line_start > 0 and _DELIVERED_BEFORE.fullmatch(view, line_start, entity.start) and _DELIVERED_AFTER.match(view, entity.end):
            return entity
    # the body signed just before its 附件: a 填报日期 inside an appended form dates the form
    signed_body = next((d for d in reversed(full) if _signs_before_appendix(view, d) and _APPENDIX_LINE.match(view, _line_end(view, d.end))), None)
    for entity in full:
        if _DATE_LABEL.search(view[max(0, entity.start - 12):entity.start]):
            if signed_body is not None and entity.start > signed_body.end:
                return signed_body
            return entity
    return signature_date(view, dates)


def _line_end(view: str, offset: int) -> int:
    end = view.find("\n", offset)
    return len(view) if end == -1 else end


def signature_date(view: str, dates) -> object | None:
    r"""The date the report is signed with: the last full date of its closing lines, else a
    signature line followed by the 附件 — whatever a 发布日期 label elsewhere says.

    >>> from extractor.entities import tag_entities
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "发布日期：2024-08-26\n正文。\n青岚市临江区教育局\n2023年8月26日\n"
    >>> dates = [e for e in tag_entities(document_from_text("t.txt", "txt", text)).entities if e.label == "DATE"]
    >>> signature_date(text, dates).value
    '2023-08-26'
    """
    full = _full_dates(dates)
    # (its year written out: not 资金于6月底前全部拨付, a day the sentence names in the report's year)
    closing = [d for d in full if d.start >= len(view.rstrip()) - _CLOSING_AREA and _YEAR_WRITTEN.search(d.text)]
    if closing:
        return closing[-1]
    signed = [d for d in full if _signs_before_appendix(view, d)]
    return signed[-1] if signed else None


_YEAR_WRITTEN = compile_pattern(r"\d{4}|[〇○零一二三四五六七八九]{4}|[０-９]{4}")


def _full_dates(dates) -> list:
    return [d for d in dates if d.granularity == "day" and not d.relative and not d.as_of and d.pattern != "date:md"]


_APPENDIX_LINE = compile_pattern(r"\s*(?:附件|附表|附录|附：|附:)")
_SHORT_LINE = 40


def _signs_before_appendix(view: str, date) -> bool:
    r"""Whether a date is a signature line closing the report body, followed by its 附件:
    ``宜昌市夷陵区教育局\n2025年3月28日\n\n附件\n…``.

    >>> from types import SimpleNamespace
    >>> text = "正文。\n示例县教育局\n2025年3月28日\n\n附件\n表1"
    >>> _signs_before_appendix(text, SimpleNamespace(start=11, end=21))
    True
    """
    line_start = view.rfind("\n", 0, date.start) + 1
    line_end = view.find("\n", date.end)
    line_end = len(view) if line_end == -1 else line_end
    if view[line_start:date.start].strip() or view[date.end:line_end].strip():
        return False  # the date shares its line with other words
    before = view[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    if not before or len(before) > _SHORT_LINE or "。" in before:
        return False  # a signature names the issuer on a short line above the date
    return bool(_APPENDIX_LINE.match(view, line_end)) or not view[line_end:].strip()
