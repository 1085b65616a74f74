"""D003 document-dated-before-its-number-year."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..dated_numbers import date_and_number, dated_numbers, own_number
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D003", "document-dated-before-its-number-year", "error"
UNCERTAIN_SEVERITY = "warning"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Binds a full date (``1996年6月29日``) to the document number that follows it in the same
    sentence (``劳社部发〔1999〕23号``) when an issuing verb (印发, 发布, 下发, 出台, 颁布, 制定,
    签发, 下达 …) stands between them and no other date (day, month or year) does — or a day or
    month written right after the number with its issuing verb (``武科规〔2024〕2号，2023年3月
    印发``), or a day in brackets right after the number (``江财农〔2023〕97号（2022年6月14日）``) —
    and compares the date's year with the year in the number; the report's own 发文字号, alone on
    a line above its title or right under it (or under a portal's 发布机构 line), is compared with the date the report is signed. A fail when the number's year is later, except
    that a document signed in December and numbered the next year is only uncertain (a signature
    date can precede the issue).

    Why is this bad?
    The year in 〔〕 is the year the document was issued, so a document cannot be issued in an
    earlier year. One of the two is wrong, and a reader checking the legal basis of a project
    cannot find the document.

    Example:
    ``1996年6月29日，劳动和社会保障部…印发关于《关于加强城镇职工基本医疗保险费用结算管理意见》
    （劳社部发〔1999〕23号）`` — dated three years before its own number.
    """
    document = extraction.document
    subject = Occurrences()
    text, view = document.text, document.normalized
    own = own_number(extraction.entities, view, extraction.report_date)
    for date, docno in list(dated_numbers(extraction.entities, text, view)) + ([own] if own else []):
        if docno.year <= date.year:
            continue  # D005's
        merely_early = docno.year == date.year + 1 and date.value[5:7] == "12"
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=UNCERTAIN_SEVERITY if merely_early else SEVERITY,
            status="uncertain" if merely_early else "fail",
            message=f"文件日期{date.text}早于其文号{docno.text}中的年份{docno.year}年",
            message_en=f"document dated {date.value} but numbered in {docno.year} ({docno.value})",
            evidence=date_and_number(date, docno),
            expected=f"date year ≥ {docno.year} (the year in {docno.value}); stated {date.year}",
            subject=subject(f"{section_key(document, date.start)}#{docno.value}"),
        )
