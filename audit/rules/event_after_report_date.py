"""D002 event-after-report-date."""

from __future__ import annotations

from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.entities import Entity
from extractor.extraction import Extraction

from ..context import Occurrences, inside_book_title, section_key, sentence_bounds
from ..model import Evidence, Finding
from ..registry import rule
from ..report_dates import earliest_day, planned, report_date_entity

CODE, NAME, SEVERITY = "D002", "event-after-report-date", "error"
UNCERTAIN_SEVERITY = "warning"

# Wording that presents the dated event as done: 以来 right after the date ("since then, up to
# now"), or a completed-action verb close by in the same sentence.
SINCE = compile_pattern(r"\s*(?:以来|至今)")
DONE = compile_pattern(r"(?<!未|未能|没|没有|不能)完成|开展了|受理|累计|(?<!不得)已")
DONE_BEFORE, DONE_AFTER = 6, 40


_PAGE_DATE = compile_pattern(r"(?:发布|更新|上传|公开|生成|打印)(?:时间|日期)\s*[:：]?\s*$")
_PAGE_DATE_REACH = 8


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds dated events (a day or a month, written out: ``2023年6月``, ``10月12日``) that lie after
    the date the report is signed. Relative dates (年末, 本年), the report date itself, dates inside
    《》 titles, 截至 dates (rule D004), dates in plans, targets or deadlines (计划, 预计, 将于,
    拟, 力争, 底前, 到2025年底, 截止时间为, 整改期限为, 公示时间为, conditions such as 仍未使用的 or 逾期, or a 下一步/改进措施/总体目标/有关要求 section) and the end of a period under way on the report
    date (公示期为2024年2月26日至2024年3月6日) are left alone. A finding is a fail when the
    sentence presents the event as done (以来, 完成, 开展了, 受理, 累计, 已), uncertain otherwise.

    Why is this bad?
    A report can only describe what had happened when it was written. An event dated later
    means the report date is wrong (often a template date left unchanged) or the event is
    misdated; either way the reader cannot tell which figures the report really covers.

    Example:
    A 2023 report signed ``2023年3月16日`` says ``2023年6月以来，…暂停服务协议管理医疗机构1家`` —
    three months after its own date.
    """
    report = extraction.report_date
    if report is None:
        return
    document = extraction.document
    subject = Occurrences()
    text, view = document.text, document.normalized
    signed = report_date_entity(extraction)
    previous = None
    for entity in extraction.entities:
        opened_by, previous = previous, entity
        if not _is_event_date(entity, report) or inside_book_title(text, entity.start, entity.end):
            continue
        if planned(document, entity):
            continue
        if _ends_open_period(view, opened_by, entity, report):
            continue  # 公示期为2024年2月26日至2024年3月6日: a period under way on the report date
        if _PAGE_DATE.search(view, max(0, entity.start - _PAGE_DATE_REACH), entity.start):
            continue  # 发布时间：2025-08-22: when the web page went up, not an event the report describes
        sentence_start, sentence_end = sentence_bounds(text, entity.start, entity.end)
        done = bool(SINCE.match(view, entity.end)) or bool(
            DONE.search(view, max(sentence_start, entity.start - DONE_BEFORE), min(sentence_end, entity.end + DONE_AFTER))
        )
        evidence = [Evidence(entity.start, entity.end, entity.text, "event_date", entity.value)]
        if signed is not None:
            evidence.append(Evidence(signed.start, signed.end, signed.text, "report_date", signed.value))
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY if done else UNCERTAIN_SEVERITY,
            status="fail" if done else "uncertain",
            message=(
                f"报告日期为{_report_text(signed, report)}，却记述了{entity.text}已发生的事项" if done
                else f"{entity.text}晚于报告日期{_report_text(signed, report)}"
            ),
            message_en=(
                f"report dated {report} describes as done an event dated {entity.value}" if done
                else f"date {entity.value} is after the report date {report}"
            ),
            evidence=tuple(evidence),
            expected=f"event date ≤ report date {report}; stated {earliest_day(entity)}",
            subject=subject(f"{section_key(document, entity.start)}#{entity.text}"),
        )


_RANGE_JOIN = compile_pattern(r"\s*(?:至|到|—|－|-|~|～)\s*")


def _ends_open_period(view: str, opened_by: Entity | None, entity: Entity, report: str) -> bool:
    """Whether ``entity`` closes a range (X至Y) whose start is not after the report date."""
    return (
        opened_by is not None and opened_by.label == "DATE" and not opened_by.relative
        and bool(_RANGE_JOIN.fullmatch(view, opened_by.end, entity.start)) and earliest_day(opened_by) <= report
    )


def _is_event_date(entity: Entity, report: str) -> bool:
    """A written-out day or month after the report date, not relative, not 截至, not the report date."""
    if entity.label != "DATE" or entity.granularity not in ("day", "month"):
        return False
    if entity.relative or entity.as_of or entity.value == report:
        return False
    return earliest_day(entity) > report


def _report_text(signed: Entity | None, report: str) -> str:
    return signed.text if signed is not None else report
