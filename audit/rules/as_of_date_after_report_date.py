"""D004 as-of-date-after-report-date."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..context import Occurrences, section_key, sentence_bounds
from ..model import Evidence, Finding
from ..registry import rule
from ..report_dates import earliest_day, planned, report_date_entity

CODE, NAME, SEVERITY = "D004", "as-of-date-after-report-date", "error"
UNCERTAIN_SEVERITY = "warning"
FIGURES = ("MONEY", "COUNT", "PERCENT", "SCORE")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds 截至/截止 dates (``截至12月``, ``截止2021年12月31日``) later than the date the report is
    signed. The earliest day the as-of date can mean is compared (``截至12月`` → 1 December).
    Relative dates (截至年底) and sentences that state a plan or target (预计, 力争, 将于 …) are
    left alone. A fail when the sentence states a figure as of that date, uncertain otherwise.

    Why is this bad?
    A figure "as of" a day that had not yet come when the report was signed cannot have been
    measured: either the report date is wrong or the figure is an estimate presented as a fact.

    Example:
    A report signed ``2023年3月16日`` states ``截至12月，全县离休干部…医疗费发生额87.93万元``.
    """
    report = extraction.report_date
    if report is None:
        return
    document = extraction.document
    subject = Occurrences()
    signed = report_date_entity(extraction)
    for entity in extraction.entities:
        if entity.label != "DATE" or not entity.as_of or entity.relative or entity.granularity not in ("day", "month"):
            continue
        if earliest_day(entity) <= report or planned(document, entity):
            continue
        sentence_start, sentence_end = sentence_bounds(document.text, entity.start, entity.end)
        figure = next(
            (e for e in extraction.entities if e.label in FIGURES and entity.end <= e.start and e.end <= sentence_end),
            None,
        )
        evidence = [Evidence(entity.start, entity.end, entity.text, "as_of_date", entity.value)]
        if figure is not None:
            evidence.append(Evidence(figure.start, figure.end, figure.text, "figure", figure.value))
        if signed is not None:
            evidence.append(Evidence(signed.start, signed.end, signed.text, "report_date", signed.value))
        signed_text = signed.text if signed is not None else report
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY if figure is not None else UNCERTAIN_SEVERITY,
            status="fail" if figure is not None else "uncertain",
            message=f"{entity.text}的数据晚于报告日期{signed_text}",
            message_en=f"figures as of {entity.value} in a report dated {report}",
            evidence=tuple(evidence),
            expected=f"as-of date ≤ report date {report}; stated {earliest_day(entity)}",
            subject=subject(f"{section_key(document, entity.start)}#{entity.text}"),
        )
