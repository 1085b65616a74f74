"""Comparing dates in the text with the report date: which dates count, and which are plans.

A report cannot describe as done what happened after it was written; but it may well announce
plans, deadlines and targets dated later.  These helpers decide, from the wording around a date,
whether it is a plan (never compared), and find the report date's own entity for evidence.
"""

from __future__ import annotations


from extractor.regexes import compile_pattern
from extractor import Document
from extractor.entities import Entity
from extractor.extraction import Extraction

from .context import clause_bounds, section_titles, sentence_bounds

# Plans, forecasts, targets and deadlines: a later date in such a sentence is not a contradiction
# (待2026年1月底…结算到账后拨付: money held until a later date).
PLANNED = compile_pattern(
    r"计划|预计|预期|将于|将在|将要|即将|将对|将按|(?<![模虚])拟|(?<![\p{Han}])待(?=\s*\d{4}\s*年)|力争|争取|确保|目标|下一步|下一年|明年|规划|约定|应于|须于|需于|届时|"
    r"(?:日|月|底|末)(?:之|以)?前|"
    # 到2025年底，完成城区86.0公里…: the goal a multi-year project sets itself
    r"(?<!\p{Han})(?:到|至)\s*\d{4}\s*年(?:底|末)|"
    # 各乡镇务必于2025年4月30日完成资金清算 / 应在2025年5月31日完成报账: an order for later
    r"务必(?:于|在)|(?:应|应当|须|需|必须|(?<!主)要)在\s*\d{4}\s*年"
)
# 督办通知，截止时间为2025年9月30日 / 整改期限为… / 公示时间为2025年1月13日至1月19日: a deadline or the
# notice's own publicity period, set in the date's own clause or in brackets after its length (公示期为5个工作日
# （2026年1月19日至1月23日）) — not 整改期限为…，审计局于…组织了复查验收
_DEADLINE_SET = compile_pattern(r"(?:截止(?:时间|日期|期限)|(?:整改|办理|完成)?期限|公示(?:期|时间|日期))\s*(?:为|是|自|至|：|:)(?:[^，,；;。]{0,4}|[^，,；;。()（）]{0,10}[（(])$")
# 2025年底仍未使用的，一律收回 / 2025年6月30日后仍有结余的 / 逾期未缴回的: a condition a rule sets for
# later — read in the date's own clause only (2025年4月15日，已对逾期未报账的…收回: done, and dated)
CONDITION = compile_pattern(r"仍(?:未|有|不能|不|没有|无法)\p{Han}{1,8}?的|逾期")
_DONE_IN_CLAUSE = compile_pattern(r"实际(?:于|在)|已(?:按\p{Han}{0,4})?于|已经")
# a notice's publicity period, however its sentence words it: every date of that sentence is a plan
_PUBLICITY_PERIOD = compile_pattern(r"公示(?:期|时间|日期|期限)|异议期|公示之日起")
_FROM_DATE = compile_pattern(r"\s*(?:自|从|即)")
# Sections that look ahead: everything dated in them is a plan.
FORWARD_SECTION = compile_pattern(
    r"下一步|改进措施|措施和建议|工作计划|工作打算|工作思路|建议|展望|(?:总体|年度|绩效|长期)目标$"
    # 四、有关要求 (not 落实过紧日子相关要求, a section reporting what was done about them)
    r"|^\s*(?:有关|相关|工作|具体|几点)+要求\s*$"
)


def report_date_entity(extraction: Extraction) -> Entity | None:
    """The DATE entity that states the report date (the last one, normally the signature).

    Example: in seed 000 the ``2023年3月16日`` under the signature, at offset 9509.
    """
    matches = [
        e for e in extraction.entities
        if e.label == "DATE" and e.value == extraction.report_date and e.granularity == "day" and not e.relative
    ]
    return matches[-1] if matches else None


def earliest_day(entity: Entity) -> str:
    """The first day a DATE entity can mean (ISO): ``2023年6月`` → ``2023-06-01``.

    >>> earliest_day(Entity("DATE", 0, 7, "2023年6月", "2023-06", granularity="month"))
    '2023-06-01'
    """
    if entity.range:
        return entity.range[0]
    if entity.granularity == "month":
        return f"{entity.value}-01"
    if entity.granularity == "year":
        return f"{entity.value}-01-01"
    return entity.value


def planned(document: Document, entity: Entity) -> bool:
    """Whether a date is a plan, target or deadline: a cue (计划, 预计, 将于, 拟, 力争, 底前 …)
    in its sentence, or a forward-looking section (下一步工作计划, 改进措施 …).

    Example: ``计划于2024年6月底前完成`` is planned; ``2023年6月以来，暂停1家`` is not.
    """
    view = document.normalized
    start, end = sentence_bounds(document.text, entity.start, entity.end)
    clause_start, clause_end = clause_bounds(view, start, end, entity.start, entity.end)
    if PLANNED.search(view, start, end) and not (
        # 应在2024年12月31日前拨付，实际于2025年3月28日拨付到位: the order is in another clause, and the date's
        # own clause says the thing was done
        _DONE_IN_CLAUSE.search(view, clause_start, clause_end) and not PLANNED.search(view, clause_start, clause_end)
    ):
        return True
    if CONDITION.search(view, clause_start, clause_end):
        return True
    if not _DONE_IN_CLAUSE.search(view, clause_start, clause_end) and (
        _PUBLICITY_PERIOD.search(view, clause_start, clause_end)
        or _FROM_DATE.match(view, clause_start) and _PUBLICITY_PERIOD.search(view, start, clause_start)
    ):
        # 公示期为2025年5月20日至5月26日 / 公示期为5个工作日，自2024年8月13日起至…止: the notice's own publicity
        # period — not another clause of its sentence (2025年3月12日，本批资金全部拨付完成，公示期为…; …，已于…完成拨付)
        return True
    opening = view.rfind("(", start, entity.start)
    if opening != -1 and view.find(")", opening, entity.start) == -1 and _PUBLICITY_PERIOD.search(view, max(start, opening - 12), opening):
        return True  # 公示期为5个工作日（2025年6月10日至2025年6月16日） / 请在公示期内（…）: the period, in brackets
    if _DEADLINE_SET.search(view, clause_start, entity.start):
        return True
    if _in_deadline_column(document, entity.start):
        return True  # 问题 | 整改措施 | 完成时限 | 整改状态: the date each fix is due
    if _DONE_IN_CLAUSE.search(view, clause_start, clause_end) and not PLANNED.search(view, clause_start, clause_end):
        return False  # 已于2025年5月20日完成整改 under 下一步措施: done, whatever the heading
    return any(FORWARD_SECTION.search(title) for title in section_titles(document, entity.start))


# a table column of dates things are due by
_DEADLINE_HEADER = compile_pattern(r"时限|期限|截止|计划完成|预计完成|完成时间|整改时间|办结时间|目标时间")


def _in_deadline_column(document: Document, offset: int) -> bool:
    """Whether ``offset`` lies in a table cell under a header naming a deadline (完成时限, 整改期限)."""
    for table in document.tables:
        if table.start <= offset < table.end:
            cell = next((c for c in table.cells if c.start <= offset < c.end), None)
            if cell is None:
                return False
            # the header row's cell above it (the nearest text above may be the row before's date)
            top = next((c.text for c in table.rows[0] if c.col <= cell.col < c.col + c.col_span), "") if table.rows else ""
            return bool(_DEADLINE_HEADER.search(top) or _DEADLINE_HEADER.search(cell.col_header))
    return False
