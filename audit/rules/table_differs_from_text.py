"""V002 table-differs-from-text."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern
from extractor.facts.table_binding import cell_locator, is_sub_row, table_subject
from extractor.facts.table_relations import TOTAL_LABEL

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

    Also compares a sentence that names a table row and one of its columns
    (``渭岚市第二污水处理厂扩建工程使用债券资金16,800.00万元`` beside the row
    ``渭岚市第二污水处理厂扩建工程 | … | 18,600.00`` under 债券资金) with that cell.

    And a sentence near a table that restates its 合计 row: when one of its figures equals the row's one
    count (or its one amount), its one figure of the other measure should equal the row's too
    (``合计 | 467 | 300000`` under 救助例数 | 补助金额, then ``全年共救助467例，支出补助资金310,000元``);
    reported as ``uncertain``, since the sentence may count a little more than the table.

    Example:
    ``项目全年预算数6万元，执行数为2.58万元，完成预算的43%`` followed by a table whose 预算执行情况
    row reads ``预算数: 4 | 执行数: 4``.
    """
    yield from _cells_named_in_text(extraction)
    yield from _total_row_restated(extraction)
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


_SHORTEST_ROW_LABEL, _SHORTEST_HEADER = 4, 2
_PART_OR_AVERAGE = compile_pattern(r"其中|包括|平均|每\p{Han}|[人户亩]均")
_SHARE_COLUMN = compile_pattern(r"占比|比重|比例|率|%|％")
_PLACE_ENDINGS = "区县市镇乡村"
# 使用 / 安排 / 的 / 共 between a row's name and its column's: words that name nothing else
_LINK_WORDS = compile_pattern(r"(?:使用|安排|下达|拨付|的|共|共计|累计)?")
_HEADER_UNIT = compile_pattern(r"\s*[（(][^）)]*[）)]\s*$")


_AMOUNT_TAIL = compile_pattern(r"(?:金额|资金|数额)$")
_CAPTION_YEAR = compile_pattern(r"(?P<year>(?:19|20)\d\d)\s*年")
_CAPTION_REACH = 120
_CAPTION_START = compile_pattern(r"\s*(?:附)?表\s*\d")


def _other_year_caption(document, index: int, fiscal_year: int | None) -> bool:
    """Whether the caption just above table ``index`` dates it to a year other than the report's."""
    if fiscal_year is None:
        return False
    start = document.tables[index].start
    lines = document.normalized[max(0, start - _CAPTION_REACH):start].rstrip().split("\n")[-3:]
    caption = next((line for line in reversed(lines) if _CAPTION_START.match(line)), lines[-1])
    years = {m.group("year") for m in _CAPTION_YEAR.finditer(caption)}
    return bool(years) and str(fiscal_year) not in years


def _cells_named_in_text(extraction: Extraction) -> Iterator[Finding]:
    """A text figure whose name is a table row's name and a column's (at most a linking word
    between): the same quantity as that cell."""
    cells: dict[str, list] = {}
    document = extraction.document
    locate = cell_locator(document)
    tables_of: dict[tuple[str, str], set[int]] = {}
    for fact in extraction.facts:
        if fact.source == "table" and fact.measure == "amount" and exact(fact) and fact.row_header and fact.col_header:
            row = fact.row_header.strip()
            column = _HEADER_UNIT.sub("", fact.col_header).strip()
            located = locate(fact.start)
            if located is not None and _other_year_caption(document, located[0], extraction.fiscal_year):
                continue  # 表1 2023年资金分配表: last year's table, not this year's figures
            if located is not None:
                tables_of.setdefault((row, column), set()).add(located[0])
            named_place = len(row) == _SHORTEST_ROW_LABEL - 1 and row[-1] in _PLACE_ENDINGS  # 岚城区: a place, named in full
            if (len(row) >= _SHORTEST_ROW_LABEL or named_place) and len(column) >= _SHORTEST_HEADER and not is_sub_row(row):
                cells.setdefault(row, []).append((column, fact))
    if not cells:
        return
    for fact in extraction.facts:
        if fact.source != "text" or fact.measure != "amount" or not exact(fact):
            continue
        name = fact.indicator
        for row, columns in cells.items():
            if not name.startswith(row):
                continue
            rest = name[len(row):]
            for column, cell in columns:
                if len(tables_of.get((row, column), ())) > 1:
                    continue  # 岚城区 | 分配金额 in the 中央资金 table and in the 市级资金 table: which one the text sums is unknown
                head = _AMOUNT_TAIL.sub("", column)  # 分配金额 named as 分配: 岚城区分配最多，为621.00万元
                named = column if rest.endswith(column) else head if len(head) >= _SHORTEST_HEADER and rest.endswith(head) else None
                link = rest[: len(rest) - len(named)] if named is not None else None
                if link is None or not _LINK_WORDS.fullmatch(link) or cell.period != fact.period:
                    continue
                if interval_of(fact).overlaps(interval_of(cell)):
                    continue
                if any(interval_of(fact).overlaps(interval_of(other)) for _, other in columns):
                    continue  # the row's 已支出 or 本年使用 cell holds the text's figure: which column it names is not sure
                yield Finding(
                    rule=CODE, name=NAME, severity=SEVERITY, status="fail",
                    message=f"正文“{name}”{fact.entity.text}与表中“{row}”行“{column}”栏{cell.entity.text}不一致",
                    message_en=f"the text gives {name} as {fact.entity.text}; the table's row {row}, column {column} says {cell.entity.text}",
                    evidence=(evidence(fact, "text"), evidence(cell, "table")),
                    expected=f"{cell.entity.text} in both",
                    subject=f"{row}|{column}",
                )



_TOTAL_ROW_REACH = 600  # characters between a table and the sentence that sums it up
_FEWEST_COUNTED = 10  # a count this small may match a 合计 cell by chance


def _total_row_restated(extraction: Extraction) -> Iterator[Finding]:
    """A sentence near a table restating its 合计 row: one figure equals the row's one count (or its
    one amount) and the sentence's one figure of the other measure differs from the row's
    (``合计 | 467 | 300000`` under 救助例数 | 补助金额, then 全年共救助467例，支出补助资金310,000元)."""
    document = extraction.document
    locate = cell_locator(document)
    rows: dict[tuple[int, int], list] = {}  # (table index, row start) → the 合计 row's counts and amounts
    for fact in extraction.facts:
        if fact.source == "table" and fact.measure in ("count", "amount") and exact(fact) and TOTAL_LABEL.match(fact.row_header or ""):
            if fact.role in ("value", "actual") and not _SHARE_COLUMN.search(fact.col_header or ""):
                located = locate(fact.start)
                if located is not None:
                    rows.setdefault((located[0], fact.sentence_start), []).append(fact)
    if not rows:
        return
    sentences: dict[int, list] = {}
    for fact in extraction.facts:
        if fact.source == "text" and fact.measure in ("count", "amount") and exact(fact) and fact.role in ("value", "actual"):
            sentences.setdefault(fact.sentence_start, []).append(fact)
    for (index, _), row in rows.items():
        table = document.tables[index]
        counts = [f for f in row if f.measure == "count"]
        amounts = [f for f in row if f.measure == "amount"]
        if len(counts) != 1 or len(amounts) != 1:
            continue
        for stated in sentences.values():
            if not (table.start - _TOTAL_ROW_REACH <= stated[0].sentence_start <= table.end + _TOTAL_ROW_REACH):
                continue
            said_counts = [f for f in stated if f.measure == "count" and f.entity.unit == counts[0].entity.unit]
            said_amounts = [
                f for f in stated if f.measure == "amount" and f.period == amounts[0].period
                # not a part (…，其中用于养老服务2,468.00万元) nor an average (平均每台补贴10,750.00元)
                and not _PART_OR_AVERAGE.search(document.normalized, f.sentence_start, f.start)
            ]
            if len(said_counts) != 1 or len(said_amounts) != 1:
                continue
            for anchor, cell, said, other in (
                (said_counts[0], counts[0], said_amounts[0], amounts[0]), (said_amounts[0], amounts[0], said_counts[0], counts[0]),
            ):
                if anchor.entity.value != cell.entity.value or (anchor.measure == "count" and anchor.entity.value < _FEWEST_COUNTED):
                    continue
                if interval_of(said).overlaps(interval_of(other)):
                    continue
                yield Finding(
                    rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
                    message=f"正文{anchor.entity.text}与表中合计行相同，但{said.entity.text}与合计行“{other.col_header}”栏{other.entity.text}不一致",
                    message_en=f"the text restates the table's total row ({anchor.entity.text}) but gives {said.entity.text} where the row's {other.col_header} says {other.entity.text}",
                    evidence=(evidence(said, "text"), evidence(other, "table"), evidence(anchor, "text"), evidence(cell, "table")),
                    expected=f"{other.entity.text} in both",
                    subject=f"{other.key}|{other.period}",
                )
