"""Dates bound to the document numbers they date: ``1996年6月29日…印发…（劳社部发〔1999〕23号）``,
``武科规〔2024〕2号，2023年3月印发``, ``江财农〔2023〕97号（2022年6月14日）``.

Used by D003 (a date before the number's year) and D005 (a date after it).
"""

from __future__ import annotations

from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.entities import Entity

from .context import inside_book_title, sentence_bounds
from .model import Evidence

# The date must introduce the document: an issuing verb between the date and the number.
ISSUED = compile_pattern(r"印发|发布|下发|出台|颁布|颁发|制定|制订|签发|下达|发文|发出")


def dated_numbers(entities, text: str, view: str) -> Iterator[tuple[Entity, Entity]]:
    """(date, number) pairs whose years differ: a full date that introduces the number with an
    issuing verb between them, a day or month right after the number with its issuing verb, or a
    day in brackets right after the number.

    >>> from extractor.extraction import extract
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "江财农〔2023〕97号（2022年6月14日），下达资金1,320.00万元。"
    >>> [(d.value, n.year) for d, n in dated_numbers(extract(document_from_text("t.txt", "txt", text)).entities, text, text)]
    [('2022-06-14', 2023)]
    """
    for index, date in enumerate(entities):
        if not _full_date(date) or inside_book_title(text, date.start, date.end):
            continue
        _, sentence_end = sentence_bounds(text, date.start, date.end)
        docno = _bound_number(entities, index, sentence_end, text)
        if docno is None or docno.year is None or docno.year == date.year:
            continue
        if ISSUED.search(view, date.end, docno.start):
            yield date, docno
    for index, docno in enumerate(entities[:-1]):
        date = entities[index + 1]
        if docno.label != "DOCNO" or docno.year is None or date.label != "DATE" or date.year is None:
            continue
        if date.relative or date.as_of or date.granularity not in ("day", "month") or docno.year == date.year:
            continue
        if _NUMBER_THEN_DATE.fullmatch(view, docno.end, date.start) and _ISSUED_AFTER.match(view, date.end):
            yield date, docno
        elif date.granularity == "day" and _OPENING_BRACKET.fullmatch(view, docno.end, date.start) and _CLOSING_BRACKET.match(view, date.end):
            yield date, docno  # 江财农〔2023〕97号（2022年6月14日）: the number's own date, in brackets


_OWN_NUMBER_AREA = 400
_HEAD_REACH = 120


def own_number(entities, view: str, report_date: str | None) -> tuple[Entity, Entity] | None:
    """(report date, the report's own number) when their years differ: the number standing alone
    on a line of the title area — under a 红头's …文件 line, or on the line right under the title
    (its 发文字号) — and the date the report is signed.

    >>> from extractor.extraction import extract
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "滦柘市人力资源和社会保障局文件\\n滦人社发〔2023〕18号\\n关于2024年度养老保险基金决算情况的报告\\n…\\n2025年5月20日\\n"
    >>> extraction = extract(document_from_text("t.txt", "txt", text))
    >>> [(d.value, n.year) for d, n in [own_number(extraction.entities, text, extraction.report_date)]]
    [('2025-05-20', 2023)]
    """
    if report_date is None:
        return None
    docno = next(
        (e for e in entities if e.label == "DOCNO" and e.start < _OWN_NUMBER_AREA and e.year is not None and _alone_on_line(view, e)
         and ("文件" in view[max(0, e.start - _HEAD_REACH):e.start] or _lines_before(view, e.start) <= 1 or _under_title(view, e.start))),
        None,
    )  # under a 红头's …文件 line, or right under the title: the report's own number, not one it cites
    if docno is None or _cited_again(entities, docno):
        return None  # 根据桐财农〔2024〕12号文件，下达项目资金…: a document the report cites, not its own number
    date = next(
        (e for e in reversed(entities) if e.label == "DATE" and e.value == report_date and e.granularity == "day" and not e.relative),
        None,
    )
    if date is None or date.year is None or date.year == docno.year or date.start < docno.start:
        return None
    return date, docno


def _cited_again(entities, docno: Entity) -> bool:
    """Whether the body states ``docno`` again: a report cites the documents it rests on, never its
    own number."""
    return any(e.label == "DOCNO" and e.start > docno.end and (e.issuer, e.year, e.serial) == (docno.issuer, docno.year, docno.serial) for e in entities)


def _lines_before(view: str, offset: int) -> int:
    """How many non-blank lines come before the line holding ``offset``."""
    return sum(1 for line in view[:view.rfind("\n", 0, offset) + 1].split("\n") if line.strip())


def _alone_on_line(view: str, entity: Entity) -> bool:
    """Whether the number stands alone on its line, or with only its issuers after it
    (``楝建〔2025〕5号　　楝江县住房和城乡建设局　楝江县财政局``)."""
    line_start = view.rfind("\n", 0, entity.start) + 1
    line_end = view.find("\n", entity.end)
    line = view[line_start:line_end if line_end != -1 else len(view)]
    if line.strip() == view[entity.start:entity.end].strip():
        return True
    return not view[line_start:entity.start].strip() and _ISSUERS.fullmatch(view, entity.end, line_end if line_end != -1 else len(view)) is not None


# the bodies issuing a report, after its number on one line
_ISSUERS = compile_pattern(r"(?:[\s\u3000]+\p{Han}{2,24}?(?:局|委员会|委|办公室|人民政府|政府|中心|厅|部|所|站|院))+\s*")
# 楝江县2024年度污水处理费征收使用情况公开: a title line, right above the report's own number
# (a year in it, and no heading numeral: not 一、部门基本情况)
_TITLE_LINE = compile_pattern(r"^(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])[^\n。；;]{0,40}?(?:19|20)\d{2}\s*年[^\n。；;]{2,50}(?:公开|公示|报告|说明|情况|通知|通报|公告)\s*$")


def _under_title(view: str, offset: int) -> bool:
    """Whether the line holding ``offset`` comes right after a title line — or after a portal's
    publisher line right under the title (发布机构：…　字体：【大 中 小】)."""
    line_start = view.rfind("\n", 0, offset)
    if line_start <= 0:
        return False
    previous_start = view.rfind("\n", 0, line_start) + 1
    previous = view[previous_start:line_start]
    if _PORTAL_LINE.search(previous) and previous_start > 0:
        previous = view[view.rfind("\n", 0, previous_start - 1) + 1:previous_start - 1]
    return _TITLE_LINE.search(previous) is not None


# 发布机构：耧山县交通运输局　字体：【大 中 小】 / 来源：… 发布时间：…: the page's own line, not the report's
_PORTAL_LINE = compile_pattern(r"^\s*(?:发布机构|信息来源|来源|发布时间|发布日期|字体)\s*[:：]")


def date_and_number(date: Entity, docno: Entity) -> tuple[Evidence, Evidence]:
    """The evidence of a date bound to its document number: the date, and the number with its year."""
    return (
        Evidence(date.start, date.end, date.text, "doc_date", date.value),
        Evidence(docno.start, docno.end, docno.text, "docno", str(docno.year)),
    )


# 武科规〔2024〕2号，2023年3月印发 · 〔2024〕2号）于2023年3月发布
_NUMBER_THEN_DATE = compile_pattern(r"[）)]?\s*[，,、]?\s*(?:于|在)?\s*")
_OPENING_BRACKET = compile_pattern(r"\s*[（(]\s*")
_CLOSING_BRACKET = compile_pattern(r"\s*(?:(?:印发|发布|下达|签发))?\s*[）)]")
_ISSUED_AFTER = compile_pattern(r"\s*(?:正式)?(?:" + ISSUED.pattern + ")")


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
