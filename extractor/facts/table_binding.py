"""Binding figures in table cells: the row label names the indicator, the column header (or a
label cell to the left, as in ``预算数: | 32.23``) gives the role."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import regex

from ..regexes import compile_pattern
from ..document import Cell, Document, Table
from ..entities.model import Entity
from ..structure.tables import is_numeric_cell
from .binding import OPENING_BALANCE, measure_of, qualified_execution_rate
from .column_groups import column_group, grouped_key, table_groups
from .cues import COLUMN_CUES, first_role
from .lexicon import canonical_key, find_indicators, is_known_key
from ..entities.table_cells import ROW_UNIT, SPLIT_HEADER
from .model import Fact
from .sentences import LEADING_YEAR

_UNIT_NOTE = compile_pattern(r"[（(][^）)]{0,8}[）)]|[:：]\s*$")


# 1.因公出国（境）费 / （一）基本支出 / 一、收入: the row's own number is no part of its name
_ITEM_NUMBER = compile_pattern(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*")
_GENERIC_LABEL = compile_pattern(r"^(?:预算执行情况|资金情况|其中[-—－]?财政拨款|财政拨款|其它资金|其他资金)")
_SUBJECT_LABEL = compile_pattern(r"^\s*(?:项目名称|项目)\s*[:：]?\s*$")
_LIST_LABEL = compile_pattern(r"^\s*项目\s*$")
_TOTAL_ROW_LABEL = compile_pattern(r"^\s*(?:合\s*计|总\s*计)")


_WHOSE_MATTERS = frozenset({"满意度"})


_SUBJECTS: dict[int, tuple[Table, str]] = {}  # id → (table, subject): each table is read once
_SUBJECTS_KEPT = 512


def table_subject(table: Table) -> str:
    """What a form-style table is about: the value beside its 项目名称 cell, if any.

    Example: a 项目支出绩效自评表 with the row ``项目名称 | 城乡医疗救助项目`` is about 城乡医疗救助项目.
    """
    cached = _SUBJECTS.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    if len(_SUBJECTS) >= _SUBJECTS_KEPT:
        _SUBJECTS.clear()
    subject = _find_subject(table)
    _SUBJECTS[id(table)] = (table, subject)
    return subject


def _find_subject(table: Table) -> str:
    for row in table.rows:
        for index, cell in enumerate(row):
            if _SUBJECT_LABEL.match(cell.text) and index + 1 < len(row):
                value = row[index + 1].text
                if first_role(value, COLUMN_CUES)[0] != "value":
                    continue  # 项目 | 预算数 | 决算数: a header row, not a form naming its project
                if _LIST_LABEL.match(cell.text) and any(_TOTAL_ROW_LABEL.match(later[0].text) for later in table.rows[1:] if later):
                    continue  # 项目 | 上年结转 | 本年预算 … 合计: the header of a list of items with their total
                return value
    return ""


def cell_locator(document: Document):
    """``locate(offset)`` → (table index, table, cell) holding the offset, or ``None``; cells are
    indexed once per document and found by bisection.

    Example: in seed 001 the offset of the first ``32.23`` locates the cell in the row
    ``预算执行情况(万元) | 预算数: | 32.23 …``.
    """
    cells = sorted(
        ((cell.start, cell.end, index, table, cell) for index, table in enumerate(document.tables) for cell in table.cells),
        key=lambda item: item[0],
    )
    starts = [item[0] for item in cells]

    def locate(offset: int) -> tuple[int, Table, Cell] | None:
        position = bisect_right(starts, offset) - 1
        if position >= 0:
            start, end, index, table, cell = cells[position]
            if start <= offset < end:
                return index, table, cell
        return None

    return locate


def row_label(table: Table, cell: Cell, view: str) -> str:
    """The text naming a cell's row: the first text cell of the row, or of the nearest row above
    when the row's first cell is empty (a vertically merged label)."""
    for r in range(cell.row, -1, -1):
        row = table.rows[r]
        if r < cell.row and cell.col_header and any(c.text == cell.col_header and c.col <= cell.col < c.col + c.col_span for c in row):
            return ""  # 年度预算 | 预算调整数 | 实际执行 over 100 | -67.77 | 32.23: the header row names columns, not rows
        first = next((c for c in row if c.col < cell.col and c.text and not is_numeric_cell(c.text)), None)
        if first is not None and (first.col == 0 or r == cell.row):
            return first.text
        if row and row[0].col == 0 and row[0].text and not is_numeric_cell(row[0].text):
            return row[0].text
    return ""


_CAPTION_UNIT = compile_pattern(r"[（(]?\s*(?:单位|金额单位)\s*[:：]\s*\p{Han}{1,4}\s*[）)]?\s*$")


def caption_subject(table: Table) -> str:
    """What a table whose rows name nothing is about: its one-cell caption row, without the year
    and the unit (``2019年离休…门诊补助 单位：万元`` → ``离休…门诊补助``), else ``""``."""
    first = table.rows[0] if table.rows else ()
    texts = [c for c in first if c.text]
    if len(texts) != 1 or is_numeric_cell(texts[0].text):
        return ""
    return LEADING_YEAR.sub("", _CAPTION_UNIT.sub("", texts[0].text)).strip()


_ROLE_LABEL = compile_pattern(
    r"(?:年初|全年|调整后|本年|年度|年中)?(?:预算|执行|决算|实际执行|实际支出|实际完成|调整|结余|结转|其中[-—－]?财政拨款|财政拨款|其它资金|其他资金"
    r"|分值|权重|得分|自评分|评分|执行率|完成率|预期指标值|年度指标值|目标值|指标值|完成值)(?:数|额|金额|值)?"
)


_BRACKET_NOTE = compile_pattern(r"[（(][^）)]*[）)]")
_COLUMN_HEADER = compile_pattern(
    r"(?:年初|全年|调整后|本年|年度|年中)?(?:预算调整|预算|执行|决算|实际执行|实际支出|实际完成|预期|调整|项目结余结转|结余结转|结余|结转"
    r"|分值|权重|得分|自评分|评分|执行率|完成率|预期指标|年度指标|实际完成指标|指标|目标|预期目标)(?:数|额|金额|值|情况)?"
)


def is_column_header(text: str) -> bool:
    """Whether a cell reads as a column header that states a role (``实际完成指标值(包含数字及文字
    描述)``, ``年度预算``) — not a text value that happens to contain a role word (``按计划执行``).

    >>> is_column_header("实际完成指标值(包含数字及文字描述)"), is_column_header("按计划执行")
    (True, False)
    """
    cleaned = _BRACKET_NOTE.sub("", text).strip(" :：")
    return bool(_COLUMN_HEADER.fullmatch(cleaned)) and first_role(cleaned, COLUMN_CUES)[0] != "value"


def is_role_label(text: str) -> bool:
    """Whether a label cell states a role (``预算数:``, ``执行数``, ``其中-财政拨款:``) rather than
    naming an indicator that merely contains a role word (``预算完成``, ``预算执行率``).

    >>> is_role_label("预算数:"), is_role_label("预算完成")
    (True, False)
    """
    cleaned = _UNIT_NOTE.sub("", text).strip(" :：")
    return bool(_ROLE_LABEL.fullmatch(cleaned))
SUB_ROW = compile_pattern(r"^\s*其中")
REST_ROW = compile_pattern(r"^\s*(?:其它|其他)(?:资金)?\s*[:：]?\s*$")


def is_sub_row(label: str) -> bool:
    """Whether a form row holds a part of the row above (``其中-财政拨款:``, ``其它资金:``).

    >>> is_sub_row("其中-财政拨款:"), is_sub_row("预算数:")
    (True, False)
    """
    return bool(SUB_ROW.match(label) or REST_ROW.match(label))


def column_role(table: Table, cell: Cell) -> tuple[str, int]:
    """The role the header of a cell's column gives, found by walking up past the text values
    that sit between it and the header (``明显增强`` above ``95%`` under 实际完成指标值).

    Example: in seed 001's 绩效指标 table, ``95%`` in the 满意度 row lies under 实际完成指标值
    and is ``('achieved', 1)``.
    """
    for r in range(cell.row - 1, -1, -1):
        for above in table.rows[r]:
            if not above.col <= cell.col < above.col + above.col_span:
                continue
            text = above.text
            if text and not is_numeric_cell(text) and is_column_header(text):
                return first_role(text, COLUMN_CUES)
    return "value", 1


_HEADER_YEAR = compile_pattern(r"((?:19|20)\d{2})\s*年")
_HEADER_LAST_YEAR = compile_pattern(r"(?<![比较与])上年(?:度|同期)?")
_HEADER_COMPARISON = compile_pattern(r"增减|增长|变动|变化|[比较]上年|同比|差额|差异")
_HEADER_MID_YEAR = compile_pattern(r"年中监控|上半年|1\s*[-－—~～至]\s*6\s*月|一至六月|截至\s*6\s*月")
_LEVEL_ROLES = frozenset({"value", "budget", "adjusted_budget", "actual", "target", "achieved"})


def column_period(header: str, role: str, fiscal_year: int | None) -> str:
    """The period a column's header gives its levels: its one year, or the year before for 上年;
    otherwise (and for changes, growth and rates) the fiscal year.

    >>> column_period("2023年", "value", 2024), column_period("上年决算数", "actual", 2024), column_period("同比增减", "growth", 2024)
    ('2023', '2023', '2024')
    >>> column_period("年中监控值（1-6月）", "rate", 2024), column_period("2025年预算比2024年执行数增长%", "growth", 2024)
    ('2024-06-30', '2025')

    """
    default = str(fiscal_year) if fiscal_year else ""
    if not header:
        return default
    if _HEADER_COMPARISON.search(header):
        # 2025年预算比2024年执行数增长%: the change of the year compared, the first one named
        first = _HEADER_YEAR.search(header)
        return first.group(1) if first and role in ("growth", "change") else default
    if fiscal_year and role in (*_LEVEL_ROLES, "rate") and _HEADER_MID_YEAR.search(header):
        return f"{fiscal_year}-06-30"  # 年中监控值（1-6月）: the mid-year value or rate, not the year's
    if role not in (*_LEVEL_ROLES, "rate", "share"):
        return default
    years = set(_HEADER_YEAR.findall(header))
    if len(years) == 1:
        return years.pop()
    if not years and fiscal_year and _HEADER_LAST_YEAR.search(header):
        return str(fiscal_year - 1)
    return default


def bind_table_fact(
    document: Document, entity: Entity, located, fiscal_year: int | None, section_of, groups: tuple[Cell, ...] | None = None,
    describing: frozenset[int] | None = None, totals: frozenset[int] = frozenset(),
) -> Fact:
    """The fact of a figure in a table cell.

    Example: in a score table the cell ``3`` under ``自评分`` in the row ``部门总体执行进度`` is
    ``Fact(key="部门总体执行进度", role="score", measure="score")``.
    """
    _, table, cell = located
    view = document.normalized
    role, sign = first_role(_own_label(cell.col_header, view, cell, entity), COLUMN_CUES)
    label_role, label_sign = first_role(cell.row_header, COLUMN_CUES) if is_role_label(cell.row_header) else ("value", 1)
    if role == "value" and label_role != "value":
        role, sign = label_role, label_sign
    if role == "value":
        role, sign = column_role(table, cell)
    if role == "value" and is_sub_row(cell.row_header):
        # 其中-财政拨款: | 32.23 under 执行数: | 32.23 — the sub-row is read in the terms of the label above it
        label_cell = next((c for c in reversed(table.rows[cell.row]) if c.col < cell.col and c.text == cell.row_header), None)
        if label_cell is not None:
            role, sign = column_role(table, label_cell)
    if entity.label == "SCORE" and role not in ("weight", "score"):
        role = "score"
    if entity.label == "PERCENT" and role == "value":
        role = "rate"
    elif entity.label == "PERCENT" and role in ("budget", "adjusted_budget", "actual"):
        # 执行数为调整预算% / 执行数比上年增长%: a percent under a header naming levels is their ratio
        role, sign = ("growth", 1) if _HEADER_COMPARISON.search(cell.col_header) else ("rate", 1)
    # the nearest text cell to the left names the figure (三级指标 beside its values), unless it is
    # itself a role label (预算数:), in which case the row's first cell does
    row_header = naming_header(table, cell, describing_columns(table) if describing is None else describing)
    label = _ITEM_NUMBER.sub("", _UNIT_NOTE.sub("", row_header)).strip()
    if not label or label_role != "value" or ROW_UNIT.match(label):
        # 个贷率 | % | 85.88: the unit column between the name and the figure names nothing
        label = _ITEM_NUMBER.sub("", _UNIT_NOTE.sub("", row_label(table, cell, view))).strip()
    if not label:
        label = caption_subject(table)
    if _GENERIC_LABEL.search(label):
        subject = table_subject(table)
        if subject:
            label = subject + ("财政拨款" if "财政拨款" in label else "其它资金" if "其它资金" in label or "其他资金" in label else "")
    found = find_indicators(label)
    key = found[-1].key if found and found[-1].end == len(label) else canonical_key(label)
    if found and found[-1].end == len(label) and found[-1].start > 0 and (qualified := qualified_execution_rate(label, found)):
        key = qualified[1]  # 资助标准执行率 | 6 | 100% | 100%: a rate of its own, not the 预算执行率 row below it
    if found and found[-1].end == len(label) and found[-1].key in _WHOSE_MATTERS and found[-1].start > 0:
        key = canonical_key(label)  # 护林员满意度 | 周边群众满意度: whose satisfaction is part of what is measured
    if found and found[-1].end == len(label) and label[max(0, found[-1].start - 2):found[-1].start] in ("其他", "其它"):
        key = "其他" + key  # 其他国有资本经营预算收入: the rest, not the whole (as in running text)
    if totals and cell.col not in totals and role == "value" and (part := _component_name(cell.col_header)):
        # 地区 | 合计 | 一般性转移支付 | 专项转移支付: beside the row's 合计 column, the other columns are
        # its components (蒙岭县·一般性转移支付), not the row's own figure stated again
        key = f"{key}·{part}"
    group = column_group(table_groups(table) if groups is None else groups, cell)
    if group:
        # 失业保险基金 › 1—12月累计 | 二、基金支出: that fund's spending, not the other group's
        key = grouped_key(group, key)
        label = f"{group}·{label}"
    period = column_period(cell.col_header, role, fiscal_year)
    if fiscal_year and period == str(fiscal_year) and role in _LEVEL_ROLES and OPENING_BALANCE.search(label):
        period = f"{fiscal_year - 1}-12-31"  # 年初结转和结余 | 318.64: the balance the year opened with
    return Fact(
        entity=entity, indicator=label, key=key, measure=measure_of(entity), role=role,
        period=period, sign=sign,
        # a table row plays the part of a sentence: the figures of one row are read together
        sentence_start=table.rows[cell.row][0].start, sentence_end=table.rows[cell.row][-1].end,
        section=section_of(entity.start), row_header=row_header, col_header=cell.col_header, source="table",
    )


_TOTAL_HEADER = compile_pattern(r"^\s*(?:合\s*计|总\s*计|小\s*计)\s*(?:[（(][^）)]{0,8}[）)])?\s*$")
_SUB_PREFIX = compile_pattern(r"^\s*其中\s*[:：]?")


def total_columns(table: Table) -> frozenset[int]:
    """The columns headed 合计/总计/小计 in a table whose rows are broken down across its columns
    (``地区 | 合计 | 一般性转移支付 | 专项转移支付``), found above its first figure.

    Example: ``地区 | 合计 | 一般性转移支付 …`` → ``{1}``; a table with no such column → ``{}``.
    """
    columns: set[int] = set()
    for row in table.rows:
        if any(is_numeric_cell(c.text) for c in row if c.text):
            break
        for c in row:
            if c.col > 0 and _TOTAL_HEADER.match(c.text):
                columns.update(range(c.col, c.col + c.col_span))
    return frozenset(columns)


def _component_name(header: str) -> str:
    """The key a component column names (``其中：均衡 性转移支付`` → ``均衡性转移支付``), or ``""``
    for a header that states a role or a comparison (上年决算数, 比上年增长%)."""
    name = _SUB_PREFIX.sub("", regex.sub(r"\s+", "", _BRACKET_NOTE.sub("", header)))
    if not name or first_role(name, COLUMN_CUES)[0] != "value" or _HEADER_COMPARISON.search(name) or _HEADER_LAST_YEAR.search(name):
        return ""
    known = canonical_key(name)
    return known if is_known_key(known) else name


# 项目名称 | 项目类型 | 建设内容 | 资金: columns that describe or classify the row rather than name it
_NON_NAMING_COLUMN = compile_pattern(
    r"^\s*(?:主要|具体)?(?:建设|项目|实施|绩效|支出|资金|经费|预算|科目|经济|功能)?(?:内容|分类|规模及内容|说明|备注|类型|类别|性质|完成情况|实施情况|进展情况|评分标准|评分细则|评分依据|扣分原因|扣分说明|评分说明|主管部门|主管单位|实施单位|责任单位)\s*$"
)


# 建设内容 / 完成情况: the columns whose text is the row's own account, its figures the row's
CONTENT_COLUMN = compile_pattern(r"^\s*(?:主要|具体)?(?:建设|项目|实施|绩效)?(?:内容|规模及内容|完成情况|实施情况|进展情况)\s*$")


def describing_columns(table: Table, header=_NON_NAMING_COLUMN) -> frozenset[int]:
    """The columns whose header, above the table's first figure, describes or classifies the row
    (建设内容, 项目类型, 评分说明) rather than names it; with ``header=CONTENT_COLUMN`` those that
    give the row's own account (建设内容, 完成情况).

    Example: ``序号 | 项目名称 | 项目类型 | 建设内容 | 合计`` → ``{2, 3}``.
    """
    columns: set[int] = set()
    for row in table.rows:
        if any(is_numeric_cell(c.text) for c in row if c.text):
            break
        for c in row:
            if header.match(c.text):
                columns.update(range(c.col, c.col + c.col_span))
    return frozenset(columns)


def naming_header(table: Table, cell: Cell, describing: frozenset[int]) -> str:
    """The text cell naming a figure's row: the nearest one to its left, passing over the columns
    that describe or classify the row (:func:`describing_columns`).

    Example: in ``岚关镇茶园提质增效项目 | 产业发展 | 改造低产茶园1,200亩… | 244.00`` under
    ``项目名称 | 项目类型 | 建设内容 | 合计`` the figure's row is ``岚关镇茶园提质增效项目``.
    """
    if not describing:
        return cell.row_header
    left = [c for c in table.rows[cell.row] if c.col < cell.col and c.text and not is_numeric_cell(c.text)]
    if not left or left[-1].col not in describing:
        return cell.row_header
    naming = next((c for c in reversed(left) if c.col not in describing), None)
    return naming.text if naming is not None else cell.row_header


def _own_label(header: str, view: str, cell: Cell, entity: Entity) -> str:
    """The part of a two-label header (``执行率／得分``) a figure of a two-figure cell
    (``96.93%／9.69``) stands under: the first label before the slash, the second after it."""
    split = SPLIT_HEADER.match(header)
    if split is None:
        return header
    slash = max(view.rfind("／", cell.start, cell.end), view.rfind("/", cell.start, cell.end))
    return split.group("second") if slash != -1 and entity.start > slash else header[:split.start("second")]


def with_column_role(fact: Fact, located) -> Fact:
    """A fact bound as text inside a table cell takes its role from the column when the text gave
    it none (``离休29人`` under 预期指标值 is a target)."""
    _, _, cell = located
    if fact.role != "value":
        return fact
    role, sign = first_role(cell.col_header, COLUMN_CUES)
    if role in ("value", "weight", "score") or (role == "rate" and fact.measure != "percent"):
        return fact
    return replace(fact, role=role, sign=sign, col_header=cell.col_header, row_header=cell.row_header, source="cell")
