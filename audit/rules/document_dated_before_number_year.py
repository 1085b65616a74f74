"""D003 document-dated-before-its-number-year."""

from __future__ import annotations

from typing import Iterator

import regex

from extractor.entities import Entity
from extractor.extraction import Extraction

from ..context import Occurrences, inside_book_title, section_key, sentence_bounds
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D003", "document-dated-before-its-number-year", "error"
UNCERTAIN_SEVERITY = "warning"

# The date must introduce the document: an issuing verb between the date and the number.
ISSUED = regex.compile(r"印发|发布|下发|出台|颁布|颁发|制定|制订|签发|下达|发文|发出")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Binds a full date (``1996年6月29日``) to the document number that follows it in the same
    sentence (``劳社部发〔1999〕23号``) when an issuing verb (印发, 发布, 下发, 出台, 颁布, 制定,
    签发, 下达 …) stands between them and no other date (day, month or year) does — or a day or
    month written right after the number with its issuing verb (``武科规〔2024〕2号，2023年3月
    印发``), or a day in brackets right after the number (``江财农〔2023〕97号（2022年6月14日）``) —
    and compares the date's year with the year in the number. A fail when the number's year is later, except
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
    for date, docno in _dated_numbers(extraction.entities, text, view):
        merely_early = docno.year == date.year + 1 and date.value[5:7] == "12"
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=UNCERTAIN_SEVERITY if merely_early else SEVERITY,
            status="uncertain" if merely_early else "fail",
            message=f"文件日期{date.text}早于其文号{docno.text}中的年份{docno.year}年",
            message_en=f"document dated {date.value} but numbered in {docno.year} ({docno.value})",
            evidence=(
                Evidence(date.start, date.end, date.text, "doc_date", date.value),
                Evidence(docno.start, docno.end, docno.text, "docno", str(docno.year)),
            ),
            expected=f"date year ≥ {docno.year} (the year in {docno.value}); stated {date.year}",
            subject=subject(f"{section_key(document, date.start)}#{docno.value}"),
        )


def _dated_numbers(entities, text: str, view: str):
    """(date, number) pairs whose number's year is later than the date's: a full date that
    introduces the number (``1996年6月29日…印发…（劳社部发〔1999〕23号）``), or a date right after
    the number with its issuing verb (``武科规〔2024〕2号，2023年3月印发``)."""
    for index, date in enumerate(entities):
        if not _full_date(date) or inside_book_title(text, date.start, date.end):
            continue
        _, sentence_end = sentence_bounds(text, date.start, date.end)
        docno = _bound_number(entities, index, sentence_end, text)
        if docno is None or docno.year is None or docno.year <= date.year:
            continue
        if ISSUED.search(view, date.end, docno.start):
            yield date, docno
    for index, docno in enumerate(entities[:-1]):
        date = entities[index + 1]
        if docno.label != "DOCNO" or docno.year is None or date.label != "DATE" or date.year is None:
            continue
        if date.relative or date.as_of or date.granularity not in ("day", "month") or docno.year <= date.year:
            continue
        if _NUMBER_THEN_DATE.fullmatch(view, docno.end, date.start) and _ISSUED_AFTER.match(view, date.end):
            yield date, docno
        elif date.granularity == "day" and _OPENING_BRACKET.fullmatch(view, docno.end, date.start) and _CLOSING_BRACKET.match(view, date.end):
            yield date, docno  # 江财农〔2023〕97号（2022年6月14日）: the number's own date, in brackets


# 武科规〔2024〕2号，2023年3月印发 · 〔2024〕2号）于2023年3月发布
_NUMBER_THEN_DATE = regex.compile(r"[）)]?\s*[，,、]?\s*(?:于|在)?\s*")
_OPENING_BRACKET = regex.compile(r"\s*[（(]\s*")
_CLOSING_BRACKET = regex.compile(r"\s*(?:(?:印发|发布|下达|签发))?\s*[）)]")
_ISSUED_AFTER = regex.compile(r"\s*(?:正式)?(?:" + ISSUED.pattern + ")")


def _full_date(entity: Entity) -> bool:
    return entity.label == "DATE" and entity.granularity == "day" and not entity.relative and not entity.as_of


def _bound_number(entities: tuple[Entity, ...], index: int, sentence_end: int, text: str) -> Entity | None:
    """The first DOCNO after ``entities[index]`` in its sentence, unless another written-out date
    (a day, month or year outside 《》 titles) comes first — then the number may belong to it."""
    for entity in entities[index + 1:]:
        if entity.start >= sentence_end:
            return None
        if entity.label == "DOCNO":
            return entity
        if entity.label == "DATE" and not entity.relative and not inside_book_title(text, entity.start, entity.end):
            return None
    return None
