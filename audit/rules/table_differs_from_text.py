"""V002 table-differs-from-text."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.facts.table_binding import cell_locator, is_sub_row, table_subject

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V002", "table-differs-from-text", "error"
BUDGET_ROLES = ("budget", "adjusted_budget")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares a project form table (项目名称 … 预算执行情况 预算数 / 执行数) with the narrative
    of the same section, which states the project's budget and execution in words.

    Why is this bad?
    The table and its narrative describe one project; when the table says 预算数4、执行数4 and the
    paragraph above says 全年预算数6万元、执行数为2.58万元, the execution rate, the score and the
    conclusion all depend on which one is true.

    Example:
    ``项目全年预算数6万元，执行数为2.58万元，完成预算的43%`` followed by a table whose 预算执行情况
    row reads ``预算数: 4 | 执行数: 4``.
    """
    locate = cell_locator(extraction.document)
    by_section: dict[tuple, list] = {}
    for fact in extraction.facts:
        if fact.source == "text" and fact.measure == "amount" and exact(fact):
            by_section.setdefault(fact.section, []).append(fact)
    for table_fact in extraction.facts:
        if table_fact.source != "table" or table_fact.measure != "amount" or table_fact.role not in (*BUDGET_ROLES, "actual"):
            continue
        if not exact(table_fact) or not table_fact.section or is_sub_row(table_fact.row_header):
            continue  # 其中-财政拨款 / 其它资金 rows hold parts of the project's money, not its total
        located = locate(table_fact.start)
        if located is None or not table_subject(located[1]):
            continue  # only a project's form (项目名称 …) restates the project's own budget and execution
        wanted = BUDGET_ROLES if table_fact.role in BUDGET_ROLES else ("actual",)
        narrative = next(
            (f for f in reversed(by_section.get(table_fact.section, [])) if f.start < table_fact.start and f.role in wanted),
            None,
        )
        if narrative is None or interval_of(narrative).overlaps(interval_of(table_fact)):
            continue
        label = "预算数" if table_fact.role in BUDGET_ROLES else "执行数"
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{table_fact.indicator}”表中{label}{table_fact.entity.text}（{table_fact.entity.unit or ''}）与同节正文{narrative.entity.text}不一致",
            message_en=f"{table_fact.indicator}: the table gives {label} {table_fact.entity.text} {table_fact.entity.unit or ''}, the narrative {narrative.entity.text}",
            evidence=(evidence(table_fact, "table"), evidence(narrative, "text")),
            expected=f"{narrative.entity.text} in both",
            subject=f"{table_fact.key}|{table_fact.role}",
        )
