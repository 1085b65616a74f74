"""Bare numbers in table cells, given their unit by the table.

A cell holding just a number becomes MONEY, PERCENT or SCORE when the table says what it is:
a unit in its row or column headers (``预算执行情况(万元)``, ``执行率（%）``), a score column
(``分值``, ``自评分``, ``得分``, ``权重``), or a ``单位：万元`` line just above the table. In a
table with a unit column (``指标 | 单位 | 2022年 | 2023年``) each row's unit cell gives the numbers
right of it their unit, a measure word (家, 万人, 笔) making them COUNTs.
A unit list (``单位：例、元、%``) gives a rate column the %, a money column (金额, 资金 …) the
money unit and the other columns the one count unit.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

import regex

from ..regexes import compile_pattern
from ..document import Cell, Document, Table
from .counts import MEASURE_WORDS
from .model import Entity
from .numerals import NumeralError, decimal_places, parse_arabic, scaled

# 386.25注1 / 1,860.00①: a footnote marker after the number is no part of it
FOOTNOTE_MARK = r"(?:注\s*\d{1,2}|[（(]注\s*\d{1,2}[）)]|[①-⑳]|\*{1,3})"
BARE_NUMBER = compile_pattern(r"^\s*(?P<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*" + FOOTNOTE_MARK + r"?\s*$")
UNIT_IN_HEADER = compile_pattern(
    r"[（(]\s*(?P<unit>万元|亿元|元|千元|%|％|分|人次|人|个|家|次|户|件|辆|台|项|所"
    r"|(?:万|亿)?(?:平方公里|平方米|立方米|公里|千米|公顷|千克|公斤|亩|吨))\s*[）)]"
)
# 管护面积（万亩） over 18.62: a physical measure, with decimals, scaled by 万 or 亿
# 亩产（公斤） / 单产 / 运距（公里） / 平均…: a rate per unit, whose 合计 row is an average, not a sum
# (not 高标准农田建设面积（亩）, 均衡抚育面积: names that only contain such a word)
_PER_UNIT_COLUMN = compile_pattern(
    r"^\s*(?:平均|人均|户均|亩均|每)|(?:亩产量?|单产|单价|密度|运距|距离|[人户亩]均\p{Han}{0,4}|平均\p{Han}{0,4})\s*(?:[（(]|$)"
)
_PHYSICAL_UNIT = compile_pattern(r"^(?P<scale>万|亿)?(?P<word>平方公里|平方米|立方米|公里|千米|公顷|千克|公斤|亩|吨)$")
# 完成年度 / 排名 / 序号 columns beside a row label naming a head count hold years, ranks and numbers
_NOT_COUNTED_COLUMN = compile_pattern(r"年度|年份|日期|时间|排名|名次|序号|编号|代码|编码|期限|月份")
_COUNT_UNITS = frozenset({"人次", "人", "个", "家", "次", "户", "件", "辆", "台", "项", "所", "户次"})
# 参保户次 / 受益人数 / 救助户数: a header ending in what it counts, with no unit in brackets
_COUNTED_HEADER = compile_pattern(r"(?P<word>户次|人次|人月数|户数|人数|个数|家数|件数|次数)\s*$")
# (人月数 over 13,860: person-months, no money whatever the table's 金额单位 — and no count of things either)
_COUNTED_HEADER_UNIT = {"户次": "户次", "人次": "人次", "人月数": "人月", "户数": "户", "人数": "人", "个数": "个", "家数": "家", "件数": "件", "次数": "次"}
UNIT_LINE = compile_pattern(r"单位\s*[:：]\s*(?P<unit>万元|亿元|千元|元)")
# 增减% / 执行数为调整预算% / 2025年预算比2024年执行数增长%: a column of percents
PERCENT_HEADER = compile_pattern(r"^\s*[\p{Han}\d][\p{Han}\d ]{0,30}?\s*[%％]\s*$")  # 决算数为预算 数%: wrapped in a PDF cell
# (综合考评得分 / 总分 in a results table beside its 等次 column: scores too)
SCORE_HEADER = compile_pattern(r"^(?:分值|权重|权重分值|指标分值|得分|自评分|自评得分|评分|实际得分|满分|\p{Han}{1,6}得分|总分|总得分)$")
# 科目编码 | 科目名称 | 合计: the cells under a code or row-number header are labels, not figures
CODE_HEADER = compile_pattern(r"^(?:(?:功能分类|经济分类|支出功能分类|支出经济分类)?科目编码|(?:科目|项目|功能|经济)?(?:编码|代码)|序号|行次|栏次|编号)$")
_SPACES = compile_pattern(r"\s+")  # 行 次 / 编 码: headers spaced out to fill a PDF cell
# 208 | 社会保障和就业支出 | 6,302.49: a whole number opening a row whose next cell is its name
ROW_CODE = compile_pattern(r"^\s*\d{1,9}\s*$")
_SCALE = {"万元": "万", "亿元": "亿", "千元": "千", "元": ""}
UNIT_COLUMN_HEADER = compile_pattern(r"^(?:计量)?单位$")
ROW_UNIT = compile_pattern(r"^\s*(?P<unit>万元|亿元|千元|元|%|％|(?P<scale>万|亿)?(?P<word>" + "|".join(sorted(MEASURE_WORDS, key=len, reverse=True)) + r"))\s*$")
_UNIT_LOOKBACK = 80
_RULING_LINE = compile_pattern(r"[-─━=_—－]{6,}")
# 保费(万元) / 参保户次 / 受益人数（人）: a column naming its own unit or what it counts
_OWN_UNIT = compile_pattern(
    r"[（(]\s*(?:万元|亿元|千元|元|%|％|户次|人次|户|人|个|家|件|次|份|名)\s*[）)]|(?:"
    + "|".join([*_COUNTED_HEADER_UNIT, "份数", "批次"]) + r")\s*$"
)
_CAPTION_START = compile_pattern(r"表\s*\d{1,2}(?!\d)")
_CAPTION_UNIT = compile_pattern(r"[（(]\s*(?:单位\s*[:：]\s*)?(?P<unit>万元|亿元|千元|元)\s*[）)]")


def find_table_cell_entities(document: Document) -> Iterator[Entity]:
    """Entities for bare-number cells whose unit the table states.

    Example: in seed 001 the cell ``32.23`` in the row ``预算执行情况(万元) | 预算数: | 32.23`` is
    MONEY 322300 with ``unit_source="header"``.
    """
    view = document.normalized
    for index, table in enumerate(document.tables):
        table_unit = _table_unit_line(view, document.tables, index)
        in_points = table_unit is None and _table_in_points(view, table)
        noted = noted_units(view, table)
        table_unit = table_unit or (noted[""] if noted.get("") in _SCALE else None)
        code_columns = _code_columns(view, table)
        rows = {row[0].row: row for row in table.rows if row}
        row_units = _row_units(view, table)
        measured = _measured_by_unit_column(view, table, row_units)
        split_columns = _split_score_columns(view, table)
        # a list opening with a money unit (单位：万元、%) already gave the table its money unit
        every_unit = listed_units(view, table)
        listed = every_unit if table_unit is None else None
        listed_percent = every_unit is not None and every_unit.percent
        money_columns = listed is not None and any(_MONEY_HEADER.search(c.col_header or "") for row in table.rows for c in row)
        whole_numbers = _whole_number_columns(view, table) if listed is not None else set()
        for cell, unit, score_column in _cells_with_headers(view, table):
            score_column = score_column or in_points and unit is None
            found = BARE_NUMBER.match(view[cell.start:cell.end])
            if not found and cell.col in split_columns:
                # 执行率／得分 over 96.93%／9.69: the figure after the slash is the score
                paired = SPLIT_CELL.match(view[cell.start:cell.end])
                if paired is not None:
                    entity = _cell_entity(document, cell, paired, None, True, None)
                    if entity is not None:
                        yield entity
                continue
            if not found or _is_row_label(view, rows.get(cell.row, ()), cell, code_columns):
                continue
            if unit is None and not score_column and noted:
                unit = noted_money_unit(noted, cell.col_header)
            if unit is None and not score_column and (counted := _COUNTED_HEADER.search(cell.col_header or "")):
                unit = _COUNTED_HEADER_UNIT[counted.group("word")]  # 参保户次 over 9,862: household-times
            if unit is None and not score_column and listed is not None:
                unit = _listed_unit_of(listed, cell.col_header or "", money_columns, cell.col in whole_numbers)
            if unit is None and table_unit is not None and (
                _RATE_COLUMN.search(cell.col_header or "") or listed_percent and _PERCENT_WORDS.search(cell.col_header or "")
            ):
                unit = "%"  # 单位：万人、元、万元、% over 到位率 | 支出率: the rate columns take the list's %
            row_unit = row_units.get(cell.row)
            # 计量单位 | 数量 | 补贴标准 | 发放金额（元）: the row's unit is the 数量's; a column naming its own unit keeps it
            if row_unit is not None and _takes_row_unit(cell, row_unit[0], measured) and not score_column and not _OWN_UNIT.search(cell.col_header or ""):
                entity = _unit_column_entity(document, cell, found, row_unit[1])
            else:
                entity = _cell_entity(document, cell, found, unit, score_column, table_unit)
            if entity is not None:
                yield entity


# 注：次均费用单位为元，住院日单位为天 / 注：金额单位为万元 / 注：单位：万元 — in the lines just under a table
_NOTE_LINE = compile_pattern(r"^\s*(?:注|说明)\s*[0-9一二三]?\s*[:：]?(?P<note>[^\n]{0,160})", regex.MULTILINE)
_NOTED_UNIT = compile_pattern(
    r"(?P<measure>\p{Han}{0,10}?)(?:的)?(?:计量)?单位(?:均为|为|是|[:：])\s*(?P<unit>万元|亿元|千元|元|%|％|百分比|天|日|人次|人|个|家|次|件|户|床|张)"
)
_NOTE_REACH = 200
# a column named as a rate (到位率, 执行率, 占比): its bare numbers are percents, whatever money unit the table states
_RATE_COLUMN = compile_pattern(r"(?:率|比重|占比|比例)\s*$")
_RATE_HEADER = compile_pattern(r"率|%|％|比重|占比|增减|增幅|变动")
_GENERIC_MEASURES = ("", "金额", "数据", "表中", "本表", "表内")


def noted_units(view: str, table: Table) -> dict[str, str]:
    """Money units a note right under ``table`` states, by the measure it names ("" for the whole table).

    Example: under ``等级 | 2023年次均费用 | …`` the note ``注：次均费用单位为元，住院日单位为天`` gives
    ``{"次均费用": "元"}``; ``注：金额单位为万元`` gives ``{"": "万元"}``.
    """
    note = _NOTE_LINE.search(view, table.end, min(len(view), table.end + _NOTE_REACH))
    if note is None or view[table.end:note.start()].count("\n") > 2:
        return {}
    units: dict[str, str] = {}
    for found in _NOTED_UNIT.finditer(note.group("note")):
        measure = regex.sub(r"^(?:[，,；;、]|其中|以上|表中|本表)+", "", found.group("measure"))
        units["" if measure in _GENERIC_MEASURES else measure] = found.group("unit")
    return units


def noted_money_unit(noted: dict[str, str], header: str) -> str | None:
    """The money unit a note gives a column: that of the longest measure the header names, if a
    money unit; none for a header naming a rate (次均费用增减率 is no sum, whatever 次均费用 is in).

    Example: ``{"次均费用": "元", "增减率": "%"}`` gives 次均费用 元 and 次均费用增减率 nothing.
    """
    if _RATE_HEADER.search(header):
        return None
    named = [measure for measure in noted if measure and measure in header]
    if not named:
        return None
    unit = noted[max(named, key=len)]
    return unit if unit in _SCALE else None


# 执行率／得分 · 完成率/得分: two columns' labels in one header cell, the second a score's
SPLIT_HEADER = compile_pattern(r"^\s*[^／/\d]{1,8}\s*[／/]\s*(?P<second>[^／/\d]{1,8})\s*$")
SPLIT_CELL = compile_pattern(r"^\s*-?\d+(?:\.\d+)?\s*[%％]?\s*[／/]\s*(?P<num>\d+(?:\.\d+)?)\s*$")


_LISTED_UNIT = r"(?:万元|亿元|千元|元\s*[/／每]\s*\p{Han}{1,2}|元|%|％|(?:万|亿)?(?:" + "|".join(sorted(MEASURE_WORDS, key=len, reverse=True)) + r"))"
# 单位：例、元/例、元、% / （单位：处、人、万元、%）: the units of a table's columns, listed once
_UNIT_LIST = compile_pattern(r"单位\s*[:：]\s*(?P<list>" + _LISTED_UNIT + r"(?:\s*[、，,]\s*" + _LISTED_UNIT + r")+)")
_LIST_SEPARATOR = compile_pattern(r"\s*[、，,]\s*")
# 金额 / 分配资金 / 已整改金额 / 补助经费: a column of money, by its header's last words
_MONEY_HEADER = compile_pattern(
    r"(?:金额|资金|经费|支出|收入|预算|拨款|补助|补贴|奖补|结余|结转|投资|费用|款|(?:下达|拨付|到位|安排|支付|兑付|发放)(?:数|额)?)\s*$"
)
# 支出进度 / 增幅 / 同比增长 / 完成率: a column of percents under a list naming %
# (完成预算 under 单位：万元、%: the share of the budget spent, as 执行率)
_PERCENT_WORDS = compile_pattern(r"(?:率|比重|占比|比例|进度|增幅|降幅|增减|增长|下降|变动|构成|完成(?:年初|调整)?预算的?|为预算的)\s*$")
# 补贴面积 / 改造面积 / 道路长度: a physical measure, with decimals, neither money nor a count of things
_PHYSICAL_HEADER = compile_pattern(r"面积|长度|里程|距离|重量|产量|容量|体积")
_PER_UNIT_HEADER = compile_pattern(r"标准|单价|定额|[人户亩例]均")
_YEAR_HEADER = compile_pattern(r"\d{4}\s*年|年度|年份")


class ListedUnits(NamedTuple):
    """The units a ``单位：例、元/例、元、%`` line lists: its one money unit, its one count unit,
    its sum per unit (``元/例``) and whether it lists a percent."""

    money: str | None
    count: str | None
    per_unit: str | None
    percent: bool


def listed_units(view: str, table: Table) -> ListedUnits | None:
    """The unit list written just above a table or in its caption, ``None`` without one (or with
    a single unit, which ``单位：万元`` lines already give).

    Example: above ``项目 | 人数 | 标准 | 金额 | 占比`` the caption ``（单位：例、元/例、元、%）`` gives
    ``ListedUnits(money="元", count="例", per_unit="元/例", percent=True)``.
    """
    found = None
    for found in _UNIT_LIST.finditer(view, max(0, table.start - _UNIT_LOOKBACK), table.start):
        pass
    if found is None:
        return None
    units = [_SPACES.sub("", unit) for unit in _LIST_SEPARATOR.split(found.group("list"))]
    money = [u for u in units if u in _SCALE]
    counts = [u for u in units if u not in _SCALE and u not in ("%", "％") and "元" not in u]
    per_unit = [u for u in units if "元" in u and u not in _SCALE]
    return ListedUnits(
        money[0] if len(money) == 1 else None, counts[0] if len(counts) == 1 else None,
        per_unit[0] if len(per_unit) == 1 else None, "%" in units or "％" in units,
    )


def _listed_unit_of(listed: ListedUnits, header: str, money_columns: bool, whole_numbers: bool) -> str | None:
    """The listed unit a column takes by its header: a rate column the %, a money column (金额,
    资金 …) the money unit, a column of whole numbers the one count unit — when the table has a
    money column to take the money unit (``火化减免 | 生态安葬 | 金额 | 占比`` under ``单位：例、元、%``)
    or lists no money — and a column of decimals (``业务用房维护 | 12.60``, ``合计 | 127.80``) the
    money unit."""
    if _PERCENT_WORDS.search(header):
        return "%" if listed.percent else None
    if _PHYSICAL_HEADER.search(header):
        # 补贴面积 under 单位：亩、万元: the list's one physical unit, else nothing (not the money)
        return listed.count if listed.count is not None and _PHYSICAL_UNIT.match(listed.count) else None
    if _PER_UNIT_HEADER.search(header) or _YEAR_HEADER.search(header):
        return None
    if _MONEY_HEADER.search(header):
        return listed.money
    if whole_numbers:
        return listed.count if listed.count is not None and (money_columns or listed.money is None) else None
    return listed.money


def _whole_number_columns(view: str, table: Table) -> set[int]:
    """The columns whose number cells are all whole numbers (``48 | 22 | 31``, not ``115.20``)."""
    seen: dict[int, bool] = {}
    for row in table.rows:
        for cell in row:
            found = BARE_NUMBER.match(view[cell.start:cell.end])
            if found:
                seen[cell.col] = seen.get(cell.col, True) and "." not in found.group("num")
    return {col for col, whole in seen.items() if whole}


def _split_score_columns(view: str, table: Table) -> set[int]:
    """The columns headed by two labels whose second is a score (``执行率／得分``)."""
    columns = set()
    for row in table.rows[:3]:
        for cell in row:
            header = SPLIT_HEADER.match(view[cell.start:cell.end])
            if header is not None and SCORE_HEADER.match(header.group("second").strip()):
                columns.add(cell.col)
    return columns


def _cells_with_headers(view: str, table: Table) -> Iterator[tuple[Cell, str | None, bool]]:
    """Each cell with the unit its headers state and whether its column is a score column.

    The unit is looked for in a merged row label above (when the row's first cell is empty), then
    in the cells to its left from the nearest, then in its column from the nearest cell above — in
    one pass over the table, keeping what each column and row has shown so far.
    """
    column_unit: dict[int, str] = {}
    score_columns: set[int] = set()
    label_unit: str | None = None
    for row in table.rows:
        first = view[row[0].start:row[0].end].strip() if row and row[0].col == 0 else ""
        if first:
            found = UNIT_IN_HEADER.search(first)
            label_unit = found.group("unit") if found else None
        merged_label_unit = label_unit if row and row[0].col == 0 and not first else None
        left_unit: str | None = None
        for cell in row:
            below = column_unit.get(cell.col)
            # 缴存额（亿元） under 同比增减（%）: the column's percent beats the row's money unit
            unit = below if below in ("%", "％") and left_unit not in (None, "%", "％") else merged_label_unit or left_unit or below
            yield cell, unit, cell.col in score_columns
            text = view[cell.start:cell.end]
            found = UNIT_IN_HEADER.search(text)
            if found:
                left_unit = found.group("unit")
                column_unit[cell.col] = found.group("unit")
            elif PERCENT_HEADER.match(text):
                column_unit[cell.col] = "%"  # 增减% · 完成% : a column of percents, whatever the table's unit
            if SCORE_HEADER.match(text.strip()):
                score_columns.add(cell.col)


# 数量 | 单位 | 补助标准 | 补助金额: the unit column names the unit of the count just before it
_COUNTED_BEFORE_UNIT = compile_pattern(r"数量|个数|人数|户数|规模|面积|工程量|^\s*数\s*$")


def _measured_by_unit_column(view: str, table: Table, row_units: dict[int, tuple[int, str]]) -> int | None:
    """The column a ``单位`` column gives its unit to when it follows that column (``数量 | 单位``),
    else ``None`` (the unit column comes first: ``指标 | 单位 | 2022年 | 2023年``)."""
    if not row_units:
        return None
    unit_col = next(iter(row_units.values()))[0]
    before = next((c for row in table.rows[:2] for c in row if c.col == unit_col - 1 and _COUNTED_BEFORE_UNIT.search(view[c.start:c.end])), None)
    return before.col if before is not None else None


def _takes_row_unit(cell: Cell, unit_col: int, measured: int | None) -> bool:
    """Whether a number cell is in the column its row's unit cell measures: the count before the
    unit column when it names one (not the money and shares after it), else every column after."""
    return cell.col == measured if measured is not None else cell.col > unit_col


def _row_units(view: str, table: Table) -> dict[int, tuple[int, str]]:
    """Row → (unit column, unit written) for a table whose header row has a ``单位`` column."""
    header = next((c for row in table.rows[:2] for c in row if UNIT_COLUMN_HEADER.match(view[c.start:c.end].strip())), None)
    if header is None:
        return {}
    units = {}
    for row in table.rows:
        cell = next((c for c in row if c.col == header.col and c.row > header.row), None)
        if cell is not None and ROW_UNIT.match(view[cell.start:cell.end]):
            units[cell.row] = (cell.col, view[cell.start:cell.end].strip())
    return units


def _unit_column_entity(document: Document, cell: Cell, found, unit: str) -> Entity | None:
    """``个贷率 | % | 85.88`` is PERCENT 85.88; ``实缴职工 | 万人 | 68.42`` is COUNT 684,200 人."""
    written = ROW_UNIT.match(unit)
    if written.group("word") is None:
        return _cell_entity(document, cell, found, unit, False, None)
    raw = found.group("num")
    try:
        number = parse_arabic(raw)
    except NumeralError:
        return None
    start, end = cell.start + found.start("num"), cell.start + found.end("num")
    scale = written.group("scale") or ""
    return Entity(
        "COUNT", start, end, document.text[start:end], scaled(number, scale), unit=written.group("word"), unit_source="header",
        scale=scale or None, places=decimal_places(raw), pattern="table:count",
    )


def _code_columns(view: str, table: Table) -> set[int]:
    """The columns under a ``科目编码``/``序号`` header: their numbers are labels."""
    # a header read with all its whitespace dropped (行 次, 编 码); str.split knows the whitespace \s does
    return {
        col for row in table.rows for c in row if CODE_HEADER.match("".join(view[c.start:c.end].split()))
        for col in range(c.col, c.col + c.col_span)
    }


def _is_row_label(view: str, row: tuple[Cell, ...], cell: Cell, code_columns: set[int]) -> bool:
    """Whether a number cell is a code or row number: under a ``科目编码``/``序号`` header, or a
    whole number opening its row right before the row's name (``2080101 | 行政运行 | 1,286.44``)."""
    if cell.col in code_columns:
        return True
    if cell.col != 0 or not ROW_CODE.match(view[cell.start:cell.end]):
        return False
    after = next((c for c in row if c.col > cell.col), None)
    return after is not None and bool(view[after.start:after.end].strip()) and not BARE_NUMBER.match(view[after.start:after.end])


def _unit_window(view: str, table: Table) -> tuple[str, str]:
    """The text of a table's first row, and the stretch just above the table (past ruling lines)
    where its 单位 line or caption stands."""
    above = table.start
    while True:  # past the ruling lines drawn above a plain-text table (-----, ─────)
        line_start = view.rfind("\n", 0, max(0, above - 1)) + 1
        if above == 0 or not _RULING_LINE.fullmatch(view[line_start:above].strip()):
            break
        above = line_start
    window = view[max(0, above - _UNIT_LOOKBACK):above]
    first_row = " ".join(view[c.start:c.end] for c in table.rows[0]) if table.rows else ""
    return first_row, window


# 考评得分表（单位：分）: every figure of the table is a score
_POINTS_LINE = compile_pattern(r"单位\s*[:：]\s*分(?![\p{Han}])")


def _table_in_points(view: str, table: Table) -> bool:
    """Whether a table's 单位 line or caption says its figures are points (单位：分)."""
    first_row, window = _unit_window(view, table)
    return bool(_POINTS_LINE.search(first_row) or _POINTS_LINE.search(window.rstrip().rpartition("\n")[2]))


def _table_unit_line(view: str, tables: tuple[Table, ...], index: int) -> str | None:
    """The money unit a table's 单位 line or caption states (``单位：万元``, ``表4 结余留用与超支情况
    （万元）``); of two tables set side by side under one caption line, each takes its own caption's."""
    table = tables[index]
    first_row, window = _unit_window(view, table)
    found = UNIT_LINE.search(first_row) or UNIT_LINE.search(window)
    if found:
        return found.group("unit")
    # the run of tables this one closes, with nothing but line breaks between them
    run = [table]
    for before in range(index - 1, -1, -1):  # the tables before it, nearest first
        other = tables[before]
        if other.end > run[0].start or view[other.end:run[0].start].strip():
            break
        run.insert(0, other)
    line_end = run[0].start - 1
    line = view[view.rfind("\n", 0, max(0, line_end)) + 1:max(0, line_end)]
    captions = [m.start() for m in _CAPTION_START.finditer(line)]
    if len(captions) < len(run):
        return None
    at = len(run) - 1
    own = line[captions[at]:captions[at + 1] if at + 1 < len(captions) else len(line)]
    found = _CAPTION_UNIT.search(own)
    return found.group("unit") if found else None


def _cell_entity(document: Document, cell: Cell, found, unit: str | None, score_column: bool, table_unit: str | None) -> Entity | None:
    raw = found.group("num")
    start = cell.start + found.start("num")
    end = cell.start + found.end("num")
    text = document.text[start:end]
    try:
        number = parse_arabic(raw)
    except NumeralError:
        return None
    places = decimal_places(raw)
    if score_column or unit == "分":
        return Entity("SCORE", start, end, text, number, places=places, unit_source="header", pattern="table:score")
    if unit in ("%", "％"):
        return Entity("PERCENT", start, end, text, number, places=places, unit_source="header", pattern="table:percent")
    if unit in _SCALE:
        return Entity("MONEY", start, end, text, scaled(number, _SCALE[unit]), unit=unit, unit_source="header",
                      scale=_SCALE[unit] or None, places=places, pattern="table:money")
    if (unit in _COUNT_UNITS or unit in MEASURE_WORDS and not _PHYSICAL_UNIT.match(unit)) and places == 0 and not _NOT_COUNTED_COLUMN.search(cell.col_header or ""):
        # 缴费人数（人） over 96,214: a head count, in the unit its header names
        return Entity("COUNT", start, end, text, number, unit=unit, unit_source="header", places=places, pattern="table:count")
    physical = _PHYSICAL_UNIT.match(unit) if unit else None
    if physical and not _NOT_COUNTED_COLUMN.search(cell.col_header or "") and not _PER_UNIT_COLUMN.search(cell.col_header or ""):
        scale = physical.group("scale") or ""
        return Entity("COUNT", start, end, text, scaled(number, scale), unit=physical.group("word"), unit_source="header",
                      scale=scale or None, places=places, pattern="table:count")
    if unit is None and table_unit is not None:
        return Entity("MONEY", start, end, text, scaled(number, _SCALE[table_unit]), unit=table_unit, unit_source="table",
                      scale=_SCALE[table_unit] or None, places=places, pattern="table:money")
    return None
