"""D005 document-dated-after-its-number-year."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..dated_numbers import date_and_number, dated_numbers, own_number
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D005", "document-dated-after-its-number-year", "warning"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Binds dates to the document numbers they date, as D003 does (a full date introducing the
    number with an issuing verb between them, a date right after the number with its issuing
    verb, or a day in brackets right after the number), and reports a date in a later year than
    the one in the number — as ``uncertain``: the date may be when the document's money arrived
    or was passed on rather than when it was issued.

    Why is this bad?
    A document numbered 〔2022〕 was issued in 2022. When the report says it was issued on a 2023
    date, either the number or the date is wrong, and the reader cannot check which document
    funded the project, or whether the money was allocated in the year the report covers.

    Example:
    ``由市财政局于2023年3月8日以《关于下达…市级资金的通知》（青财建〔2022〕37号）下达`` — a 2022
    number on a 2023 document. The report's own 发文字号, alone on a line above its title
    (``滦人社发〔2023〕18号``), is bound to the date the report is signed (2025年5月20日), and a
    difference there is a ``fail``: the report has no other date its number could stand for.
    """
    document = extraction.document
    subject = Occurrences()
    text, view = document.text, document.normalized
    own = own_number(extraction.entities, view, extraction.report_date)
    pairs = list(dated_numbers(extraction.entities, text, view)) + ([own] if own else [])
    for date, docno in pairs:
        if date.year <= docno.year:
            continue  # D003's
        yield Finding(
            rule=CODE,
            name=NAME,
            severity="error" if (date, docno) == own else SEVERITY,
            # the report's own 发文字号 against the day it is signed: no arrival date to explain it
            status="fail" if (date, docno) == own else "uncertain",
            message=f"文件日期{date.text}晚于其文号{docno.text}中的年份{docno.year}年",
            message_en=f"document dated {date.value} but numbered in {docno.year} ({docno.value})",
            evidence=date_and_number(date, docno),
            expected=f"date year = {docno.year} (the year in {docno.value}); stated {date.year}",
            subject=subject(f"{section_key(document, date.start)}#{docno.value}"),
        )
