"""Relations among the figures of tables (the 合计 rows and columns, 小计 and 其中 runs, weight/score
and rate rows, share columns, fund balances), for :func:`extractor.facts.relations.find_relations`.

Example: in ``项目 | 预算数 | 决算数`` / ``公务用车购置及运行维护费 | 12.00 | 9.84`` / ``其中：公务用车购置费 |
0.00 | 0.00`` / ``公务用车运行维护费 | 12.00 | 9.84`` / ``公务接待费 | 3.00 | 1.86`` / ``合计 | 15.00 |
11.70`` the 合计 adds 9.84 and 1.86, and 9.84 is split into 0.00 and 9.84.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable


from ..regexes import compile_pattern
from ..structure.numerals import heading_ordinal
from ..structure.tables import is_placeholder_cell
from ..document import Document
from .column_groups import combined_group_parts
from .lexicon import decompositions, rate_terms
from .model import Fact, Relation
from .running_totals import running_total_steps
from .table_binding import REST_ROW, SUB_ROW, is_sub_row

TOTAL_LABEL = compile_pattern(r"^\s*(?:合\s*计|总\s*计|总\s*分|合计数)\s*$")


# a column of the money available to spend: the year's budget and what was carried over
_AVAILABLE = compile_pattern(r"可用资金|可支配资金|可使用资金|可用预算|资金总额|资金合计")


def _measured_on_available(rows, in_cell) -> bool:
    """Whether a table's execution rates are measured on its 可用资金 column: some row's rate is actual ÷
    available and none is actual ÷ budget where the two differ."""
    on_available = on_budget = 0
    for row in rows:
        row_facts = [f for c in row for f in in_cell(c)]
        rate = next((f for f in row_facts if f.role == "rate" and f.measure == "percent"), None)
        actual = next((f for f in row_facts if f.role == "actual" and f.measure == "amount"), None)
        budget = next((f for f in row_facts if f.role in ("adjusted_budget", "budget") and f.measure == "amount"), None)
        available = next((f for f in row_facts if f.measure == "amount" and _AVAILABLE.search(f.col_header or "")), None)
        if None in (rate, actual, budget, available) or budget.entity.value == available.entity.value:
            continue
        on_available += _rate_of(actual, available, rate)
        on_budget += _rate_of(actual, budget, rate)
    return on_available > 0 and on_budget == 0


def _rate_of(numerator: Fact, denominator: Fact, rate: Fact) -> bool:
    """Whether ``rate`` is ``numerator ÷ denominator`` as a percentage, rounded half-up to its places."""
    if not denominator.entity.value:
        return False
    places = rate.entity.value.as_tuple().exponent
    exact = numerator.entity.value / denominator.entity.value * 100
    return exact.quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP) == rate.entity.value


def table_relations(document: Document, facts: list[Fact]) -> Iterable[Relation]:
    """Weight/score, rate and target pairs per row; 合计 rows against the rows they add, 小计 and
    其中 runs, 合计 columns, share columns and fund balances.

    Example: a row ``预算执行率 | 20 | 19`` under ``分值 | 得分`` gives ``weight(20, 19)``.
    """
    by_cell = _FactsByStart({f.start: f for f in facts})
    text = document.text
    # rows whose line opens with spaces (``  购买、建造…住房 | 47.21``): members of the group above them
    indented = {id(f) for f in facts if text[text.rfind("\n", 0, f.start) + 1:f.start][:1] in (" ", "\u3000", "\xa0")}
    starts = sorted(by_cell)

    def in_cell(cell) -> list[Fact]:
        return [by_cell[o] for o in starts[bisect_left(starts, cell.start):bisect_left(starts, cell.end)]]
    # | 　　水田 | 300 |: a row whose label cell is indented inside its pipe is a member of the row above
    for table in document.tables:
        widths = {id(row): _pipe_indent(text, row[0].start) for row in table.rows if row and row[0].col == 0}
        known = [w for w in widths.values() if w is not None]
        for row in table.rows:
            width = widths.get(id(row))
            if width is not None and width > min(known) + 1:
                indented.update(id(f) for c in row[1:] for f in in_cell(c))
    for table in document.tables:
        yield from combined_group_parts(table, in_cell)
        yield from running_total_steps(table, in_cell)
        rows = table.rows
        on_available = _measured_on_available(rows, in_cell)
        for row in rows:
            row_facts = [f for c in row for f in in_cell(c)]
            weight = next((f for f in row_facts if f.role == "weight"), None)
            score = next((f for f in row_facts if f.role == "score"), None)
            if weight is not None and score is not None:
                yield Relation("weight", (("weight", weight), ("score", score)), source="table")
            # 资金到位率 | 资金使用率 beside 调整后预算 | 实际支出: rates of other figures than actual ÷ budget
            rate = next(
                (f for f in row_facts if f.role == "rate" and f.measure == "percent" and not _OTHER_RATE.search(f.col_header or "")),
                None,
            )
            actual = next((f for f in row_facts if f.role == "actual" and f.measure == "amount"), None)
            # 年初预算数 | 全年预算数 | 全年执行数 | 执行率: execution is measured on the full-year budget
            budget = next((f for f in row_facts if f.role == "adjusted_budget" and f.measure == "amount"), None) or next(
                (f for f in row_facts if f.role == "budget" and f.measure == "amount"), None
            )
            if rate is not None and actual is not None and budget is not None:
                # 年度预算 | 预算调整数 | 实际执行 | 执行率 on one row; 上年结转 | 本年预算 | 可用资金 | 实际支出 |
                # 执行率: the rate may be measured on the money available, carry-over included
                available = next((f for f in row_facts if f.measure == "amount" and _AVAILABLE.search(f.col_header or "")), None)
                if available is not None and available is not budget and (on_available or _rate_of(actual, available, rate)):
                    budget = available  # (the table's other rows show which base its rates are on)
                yield Relation("rate", (("rate", rate), ("numerator", actual), ("denominator", budget)), source="table")
            else:
                defined = _defined_rate_of_row(row_facts)
                if defined is not None:
                    yield defined
            target = next((f for f in row_facts if f.role == "target"), None)
            achieved = next((f for f in row_facts if f.role == "achieved" and target is not None and f.measure == target.measure), None)
            if target is not None and achieved is not None:
                yield Relation("target", (("target", target), ("achieved", achieved)), source="table")
        yield from _headed_groups(rows, by_cell)
        yield from _form_sub_rows(rows, by_cell)
        yield from _table_shares(rows, by_cell)
        yield from _total_columns(rows, by_cell)
        yield from _table_balances(rows, by_cell)
        yield from _statement_totals(rows, by_cell)
        yield from _statement_year_totals(rows, by_cell)
        # 科目编码 levels (``2080505`` under ``208``) and numbered rows: members of the group above them
        levels = _split_code_levels(rows, by_cell) or _code_levels(rows, by_cell) or _blank_lead_levels(rows, by_cell)
        coded_members = {member for member, level in levels.items() if level > 0}
        coded_tree = _coded_tree(rows)
        numbered_members = _numbered_members(rows, by_cell)
        closing = _closing_total_row(rows, by_cell)
        for r, row in enumerate(rows):
            if not row or not (r == closing or any(TOTAL_LABEL.match(c.text) for c in row if c.col <= 1)):
                continue
            for cell in row:
                total = _fact_in(by_cell, cell)
                if total is None or _AVERAGED.search(cell.col_header or ""):
                    continue  # 笔均贷款（万元）: the 合计 row of an average is no sum
                if r == closing and total.measure not in ("amount", "count"):
                    continue  # 本级收入合计 | … | 94.57 | -9.56: its rates are no sums
                # the cells above in its column — or, for scores, under a header of the same name: the
                # 自评表's funds row scores under 得分 in another column than the indicator rows
                alike = [
                    (c, f) for rr in rows[:r] for c in rr
                    for f in [_fact_in(by_cell, c)] if f is not None and f.role == total.role and f.measure == total.measure
                ]
                above_cells = [
                    (c, f) for c, f in alike
                    if c.col == cell.col or (total.measure == "score" and c.col_header and c.col_header == cell.col_header)
                ]
                above = [f for _, f in above_cells]
                own_column = [f for c, f in alike if c.col == cell.col]
                other_columns = Counter(c.col for c, _ in above_cells if c.col != cell.col)
                if len(own_column) >= 2 and other_columns and min(other_columns.values()) >= 2:
                    above = own_column  # 一级指标 | 分值 | 二级指标 | 分值: two full columns named alike, each its own
                elif len(own_column) >= 2 and other_columns and _adds_up(own_column, total):
                    # the funds block's 年度资金总额 … 分值10 得分9.6 repeated as the 预算执行率 row of the
                    # indicator block: the column adds up by itself, the funds row is not a further item
                    above = own_column
                if len(above) >= 2 and total.measure == "score" and not _adds_up(above, total):
                    # 资金情况 | … | 分值 | 执行率 | 得分 above, 一级指标 | … | 分值 | 得分 below, and a
                    # 预算执行率 row of its own: the 总分 adds the block under the last header naming its column
                    block = _rows_after_last_header(rows[:r], cell.col_header)
                    block_facts = {id(_fact_in(by_cell, c)) for rr in block for c in rr}
                    in_block = [f for f in above if id(f) in block_facts]
                    if len(in_block) >= 2 and _adds_up(in_block, total):
                        above = in_block
                if len(above) < 2:
                    # 项目 | 预算数 | 决算数 / 合计 | 18.60 | 14.27 / 1.因公出国（境）费 …: the total heads its rows
                    above = [
                        f for rr in _rows_until_total(rows, r + 1) for c in rr if c.col == cell.col
                        for f in [_fact_in(by_cell, c)] if f is not None and f.role == total.role and f.measure == total.measure
                    ]
                # 基本支出 / 其中：人员经费 / 公用经费 / 项目支出 / 本年支出合计: the 其中 rows that make
                # their row are folded into it before a 合计 row looks for the rows it adds
                if r == closing and _heads_a_run(above):
                    continue  # 税收收入 / 增值税 / … / 非税收入 / … / 一般公共预算收入合计: which rows it adds is unknown
                above, folded = _fold_sub_runs(above)
                for parent, subs in folded:
                    yield Relation("parts", (("total", parent),), parts=tuple(subs), source="table")
                if coded_tree and all(id(f) in levels for f in above if SUBTOTAL_LABEL.search(f.row_header)):
                    # 205 | 教育支出小计 / 20501 | 教育管理事务小计 / 2050101 | 行政运行: the codes spell the
                    # tree, and a 小计 here names a group's head row, not a row adding those above it
                    subtotaled = (above, [])
                else:
                    subtotaled = _subtotal_runs(above, total)
                if subtotaled is None:
                    continue  # a 小计 its rows above do not make: which rows the 合计 adds is unknown
                above, subtotal_splits = subtotaled
                for subtotal, run in subtotal_splits:
                    if len(run) >= 2:
                        yield Relation("parts", (("total", subtotal),), parts=tuple(run), source="table")
                members = indented | coded_members | numbered_members
                # 普通教育小计 stands for its 项 rows: a member of the 类 above when they are
                members |= {id(subtotal) for subtotal, run in subtotal_splits if run and all(id(f) in members for f in run)}
                layout = _code_tree(above, levels) or _column_layout(above, total, members)
                if layout is None:
                    continue
                kept, splits = layout
                if len(kept) >= 2:
                    yield Relation("parts", (("total", total),), parts=tuple(kept), source="table")
                for parent, subs in splits:
                    yield Relation("parts", (("total", parent),), parts=tuple(subs), source="table")




# 本级支出合计 / 本年收入合计: a named total closing the table's rows
_NAMED_TOTAL_LABEL = compile_pattern(r"^\s*\p{Han}{2,8}合\s*计\s*$")
_ANY_TOTAL_WORD = compile_pattern(r"合\s*计|小\s*计|总\s*计")
_CLOSING_RIVAL = compile_pattern(r"合\s*计|总\s*计")


def _heads_a_run(column: list[Fact]) -> bool:
    """Whether a figure of ``column`` is the sum of two or more figures right below it: the column
    holds groups and their members, unlabelled."""
    values = [f.entity.value for f in column]
    for i, head in enumerate(values):
        running = Decimal(0)
        for j in range(i + 1, len(values)):
            running += values[j]
            if j >= i + 2 and running == head and head:
                return True
            if running > head >= 0:
                break
    return False


def _closing_total_row(rows, by_cell: dict) -> int | None:
    """The index of a ``…合计`` row that closes the table (``城乡社区支出 | 486,372`` / … / ``本级支出合计 |
    855,674``): the last row with figures, when no other row's label names a total (a 小计 may), and
    two or more rows with figures stand above it.  ``None`` otherwise."""
    figure_rows = [r for r, row in enumerate(rows) if any(_fact_in(by_cell, c) is not None for c in row)]
    if len(figure_rows) < 3:
        return None
    last = figure_rows[-1]
    labels = [next((c.text for c in row if c.col <= 1 and c.text.strip()), "") for row in rows]
    if not _NAMED_TOTAL_LABEL.match(labels[last]):
        return None
    # 住院医疗费用 / … / 待遇支出小计 / 大病保险支出 / 其他支出 / 支出合计: a 小计 row above is one of its
    # terms (read as the rows it adds up), another 合计 or 总计 row is not
    if any(_CLOSING_RIVAL.search(label) for r, label in enumerate(labels) if r != last):
        return None
    return last


_OTHER_RATE = compile_pattern(r"到位率|使用率|支付率|拨付率|得分率|覆盖率|达标率|合格率")
_SUBJECT_CODE = compile_pattern(r"\s*\d{3}(?:\d{2}){0,2}\s*")


def _code_levels(rows, by_cell: dict) -> dict[int, int]:
    """Each coded row's figures with its level below the table's shortest code: 类 ``208`` 0,
    款 ``20801`` 1, 项 ``2080101`` 2."""
    # the code opens its row, or follows a merged group label (人员经费 | 301 | 工资福利支出)
    codes = [next((c for c in row[:2] if _SUBJECT_CODE.fullmatch(c.text)), None) for row in rows]
    coded = [(len(code.text.strip()), row) for code, row in zip(codes, rows) if code is not None]
    if not coded:
        return {}
    shortest = min(length for length, _ in coded)
    return {
        id(f): (length - shortest) // 2 for length, row in coded
        for c in row for f in [_fact_in(by_cell, c)] if f is not None
    }


_LEVEL_HEADERS = ("类", "款", "项")
_SHORT_CODE = compile_pattern(r"\s*\d{2,3}\s*")


def _split_code_levels(rows, by_cell: dict) -> dict[int, int]:
    """Each coded row's figures with its level when the 科目编码 is split over 类 | 款 | 项 columns
    (``201`` under 类, ``03`` under 款, ``01`` under 项): the column its code stands in."""
    header = next((row for row in rows if [c.text.strip() for c in row][:2] == list(_LEVEL_HEADERS[:2])), None)
    if header is None:
        return {}
    column_level = {c.col: _LEVEL_HEADERS.index(c.text.strip()) for c in header if c.text.strip() in _LEVEL_HEADERS}
    levels: dict[int, int] = {}
    for row in rows:
        code = next((c for c in row if c.col in column_level and _SHORT_CODE.fullmatch(c.text)), None)
        if code is None:
            continue
        for c in row:
            fact = _fact_in(by_cell, c)
            if fact is not None:
                levels[id(fact)] = column_level[code.col]
    return levels


def _code_tree(column: list[Fact], levels: dict[int, int]) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]] | None:
    """A column of coded rows as the tree its codes spell: the 合计 adds the 类 rows, each 类 its
    款 rows, each 款 its 项 rows — whatever the figures say, as the codes are the structure.

    ``208 6,302.49`` / ``20801 2,862.23`` / ``2080101 1,286.44`` / … / ``210 247.29``: the total
    adds 6,302.49 and 247.29; 6,302.49 adds its 款; 2,862.23 its 项.  ``None`` unless every row is
    coded and more than one level is written."""
    if not column or any(id(f) not in levels for f in column) or len({levels[id(f)] for f in column}) < 2:
        return None
    kept: list[Fact] = []
    children: dict[int, tuple[Fact, list[Fact]]] = {}
    open_rows: list[tuple[int, Fact]] = []
    for fact in column:
        level = levels[id(fact)]
        while open_rows and open_rows[-1][0] >= level:
            open_rows.pop()
        if open_rows:
            parent = open_rows[-1][1]
            children.setdefault(id(parent), (parent, []))[1].append(fact)
        else:
            kept.append(fact)
        open_rows.append((level, fact))
    return kept, [(parent, subs) for parent, subs in children.values() if len(subs) >= 2]


_HEAD_LABEL = compile_pattern(r"\s*\S{2,12}?(?:合计|小计)\s*")
_GRAND_LABEL = compile_pattern(r"\s*\S{0,12}总计\s*")
# 笔均贷款（万元）, 平均…: a column of averages, never summed
_AVERAGED = compile_pattern(r"[笔人户车次生亩]均|平均|均值|单价|单位成本")
_NOT_SUMMED = compile_pattern(r"率|%|％|比|增减|增长|" + _AVERAGED.pattern, scans=True)


def _coded_tree(rows) -> bool:
    """Whether the rows open with 科目编码 that nest (``205`` over ``20501`` over ``2050101``)."""
    codes = [row[0].text.strip() for row in rows if row and _SUBJECT_CODE.fullmatch(row[0].text)]
    return any(b.startswith(a) and len(b) > len(a) for a, b in zip(codes, codes[1:]))


def _headed_groups(rows, by_cell: dict) -> Iterable[Relation]:
    """Groups headed by their own total: ``人员经费合计 20,202.30`` / ``基本工资 5,120.36`` / … /
    ``公用经费合计 2,318.47`` / … / ``基本支出总计 22,520.77`` — each ``…合计`` row adds the rows below
    it up to the next one, and a closing ``…总计`` adds the heads.  Only when the column opens
    with such a head, so that a 小计 closing its rows (read elsewhere) is not taken for one."""
    if _coded_tree(rows):
        return  # 205 | 教育支出小计 / 20501 | 教育管理事务小计: the 科目编码 spell the tree (see _code_tree)
    columns: dict[int, list[tuple[str, Fact]]] = {}
    for row in rows:
        # 基本支出 | 小计 | 3,436.30: the label is the row's text cells together
        label = "".join(c.text.strip() for c in row if _fact_in(by_cell, c) is None)
        for cell in row[1:]:
            fact = _fact_in(by_cell, cell)
            if fact is not None and fact.measure == "amount" and not _NOT_SUMMED.search(cell.col_header or ""):
                columns.setdefault(cell.col, []).append((label, fact))
    for items in columns.values():
        grand = None
        if items and TOTAL_LABEL.match(items[0][0]):
            grand, items = items[0][1], items[1:]  # 合计 | 18,426.30 above its groups
        if not items or not _HEAD_LABEL.fullmatch(items[0][0]) or TOTAL_LABEL.match(items[0][0]):
            continue
        heads: list[tuple[Fact, list[Fact]]] = []
        for label, fact in items:
            if _GRAND_LABEL.fullmatch(label) or TOTAL_LABEL.match(label):
                grand = fact
                break
            if _HEAD_LABEL.fullmatch(label):
                heads.append((fact, []))
            else:
                heads[-1][1].append(fact)
        if grand is None or len(heads) < 2:
            continue  # without the closing 总计 over two or more heads the layout is not this one
        for head, members in heads:
            if len(members) >= 2:
                yield Relation("parts", (("total", head),), parts=tuple(members), source="table")
        yield Relation("parts", (("total", grand),), parts=tuple(head for head, _ in heads), source="table")


def _fold_sub_runs(column: list[Fact]) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]]:
    """The column with each 其中 run that adds up to the row above it folded into that row:
    ``基本支出 1,812.35 / 其中：人员经费 1,574.90 / 公用经费 237.45`` → ``基本支出 1,812.35``.  A run
    that adds up to nothing is left as it is."""
    kept: list[Fact] = []
    splits: list[tuple[Fact, list[Fact]]] = []
    index = 0
    while index < len(column):
        fact = column[index]
        if kept and SUB_ROW.match(fact.row_header):
            parent = kept[-1]
            running, end = Decimal(0), None
            for below in range(index, len(column)):
                running += column[below].entity.value
                if running == parent.entity.value:
                    end = below + 1
                    break
            if end is not None and end - index >= 2:
                splits.append((parent, column[index:end]))
                index = end
                continue
        kept.append(fact)
        index += 1
    return kept, splits


# 1.公务用车购置及运行维护费 / （1）公务用车购置费 / （2）公务用车运行维护费: the numbering shows the rows
_NUMBER_LEVELS = (
    compile_pattern(r"\s*[一二三四五六七八九十]+[、.．]"),
    compile_pattern(r"\s*[（(][一二三四五六七八九十]+[）)]"),
    compile_pattern(r"\s*(?:\d{1,2}[、.．](?!\d)|\d{1,3}\s*$)"),  # 1. / 1 alone in a 序号 cell
    compile_pattern(r"\s*[（(]\d{1,2}[）)]"),
    compile_pattern(r"\s*[①-⑳]"),
)


def _numbered_members(rows, by_cell: dict) -> set[int]:
    """The figures of rows whose label is numbered one level below the table's top numbering level
    (``（1）公务用车购置费`` under ``2.公务用车购置及运行维护费``), as indented rows under their group."""
    levels = []
    for row in rows:
        label = row[0].text if row else ""
        level = next((n for n, pattern in enumerate(_NUMBER_LEVELS) if pattern.match(label)), None)
        levels.append(level)
    numbered = [level for level in levels if level is not None]
    if not numbered:
        return set()
    top = min(numbered)
    # 2.公务用车购置及运行维护费 / 其中：公务用车购置费 / 公务用车运行维护费 / 3.公务接待费: past a 其中 row,
    # the unnumbered rows up to the next numbered one are the numbered row's parts
    in_sub_run, members = False, set()
    for row, level in zip(rows, levels):
        label = row[0].text if row else ""
        if level is not None:
            in_sub_run = level > top and in_sub_run
        elif SUB_ROW.match(label) and numbered.count(top) >= 2:
            in_sub_run = True
        if (level is not None and level > top and len(set(numbered)) >= 2) or (level is None and in_sub_run):
            members.update(id(f) for c in row for f in [_fact_in(by_cell, c)] if f is not None)
    return members


def _blank_lead_levels(rows, by_cell: dict) -> dict[int, int]:
    """Group rows and their members as levels 0 and 1, where a row labelled in its first cell
    alone — ``决策 | | | 15 | 12.90`` — heads the rows whose first label cell is blank below it
    (``| 项目立项 | 立项依据充分性 | 3 | 3.00``), as a 科目编码 would spell the tree.  A merged
    一级指标 written once on its first item (its other label cells filled) heads no group.  Empty
    unless every figure row before the 合计 is a group or a member and two groups have members."""
    levels: dict[int, int] = {}
    groups, in_group, with_members = 0, False, False
    for row in rows:
        figures = [f for c in row for f in [_fact_in(by_cell, c)] if f is not None]
        if not figures:
            continue  # a header row
        first_figure = min(c.col for c in row if _fact_in(by_cell, c) is not None)
        labels = [c.text.strip() for c in row if c.col < first_figure]
        if len(labels) < 2:
            return {}
        lead, rest = labels[0], labels[1:]
        if TOTAL_LABEL.match(lead):
            break
        if lead and not any(rest):
            level, in_group, with_members = 0, True, False
        elif not lead and any(rest) and in_group:
            level = 1
            groups += not with_members
            with_members = True
        else:
            return {}
        levels.update({id(f): level for f in figures})
    return levels if groups >= 2 else {}


def _rows_after_last_header(rows, header: str):
    """The rows below the last row that repeats ``header`` as a cell of its own (a second header row)."""
    if not header:
        return []
    last = max((i for i, row in enumerate(rows) if any(c.text.strip() == header for c in row)), default=None)
    return rows[last + 1:] if last is not None and last > 0 else []


def _adds_up(parts: list[Fact], total: Fact) -> bool:
    """Whether ``parts`` add up to ``total`` within half a unit of each figure's last written place."""
    slack = sum((Decimal(5).scaleb(-(f.entity.places or 0) - 1) for f in (*parts, total)), Decimal(0))
    return abs(sum((f.entity.value for f in parts), Decimal(0)) - total.entity.value) <= slack


_TABLE_BALANCE_ROWS = (
    ("opening", compile_pattern(r"(?:上年末|年初|期初|上年)(?:累计)?(?:滚存)?(?:结余|结存)")),
    ("closing", compile_pattern(r"(?:年末|期末|本年末)(?:累计)?(?:滚存)?(?:结余|结存)")),
    ("income", compile_pattern(r"^(?:基金|本年)?(?:总)?收入(?:合计)?$")),
    ("spending", compile_pattern(r"^(?:基金|本年)?(?:总)?支出(?:合计)?$")),
)


def _table_balances(rows, by_cell: dict) -> Iterable[Relation]:
    """A fund table's rows 上年末累计结余 | 基金收入 | 基金支出 | 年末累计结余, column by column: the
    closing balance follows from the other three."""
    found: dict[int, dict[str, Fact]] = {}
    for row in rows:
        for cell in row:
            fact = _fact_in(by_cell, cell)
            if fact is None or fact.measure != "amount":
                continue
            name = next((n for n, pattern in _TABLE_BALANCE_ROWS if pattern.search(fact.indicator)), None)
            if name is not None:
                found.setdefault(cell.col, {}).setdefault(name, fact)
    for members in found.values():
        if len(members) == 4:
            yield Relation("balance", tuple((n, members[n]) for n in ("opening", "income", "spending", "closing")), source="table")


_YEAR_TOTAL_LABEL = compile_pattern(r"^\s*本年(?P<flow>收入|支出)合\s*计\s*$")
_SUB_ROW = compile_pattern(r"\s*(?:其中|[（(]?[一二三四五六七八九十\d]+[、.．)）])")
# 使用非财政拨款结余 / 年初结转和结余 / 用事业基金弥补收支差额 / 结余分配 / 年末结转和结余
_CLOSING_ROW = compile_pattern(r"结余|结转|弥补|结存")
_LINE_NUMBER_HEADER = compile_pattern(r"行次|栏次|行号|序号")
_SPACES = compile_pattern(r"\s+")  # 行 次: a header spaced out to fill its cell
_CARRY_OVER_ROW = compile_pattern(r"(?:年末|年初)结转和?结余")
_GRAND_TOTAL_LABEL = compile_pattern(r"^\s*(?P<flow>收入|支出)?总\s*计\s*$")


def _statement_totals(rows, by_cell: dict) -> Iterable[Relation]:
    """A final-accounts statement's ``收入总计``: ``本年收入合计`` and the rows between them
    (使用非财政拨款结余, 年初结转和结余), label by label in one column and figure by figure in the
    next — ``本年收入合计 17,168.50 | 使用非财政拨款结余 45.20 | 年初结转和结余 1,208.64 | 收入总计
    18,422.34``; the same for 支出总计 (本年支出合计 + 结余分配 + 年末结转和结余)."""
    if not any(_YEAR_TOTAL_LABEL.match(cell.text.strip()) for row in rows for cell in row):
        return
    labels: dict[int, list[tuple[int, str]]] = {}
    for r, row in enumerate(rows):
        for cell in row:
            if cell.text.strip() and _fact_in(by_cell, cell) is None:
                labels.setdefault(cell.col, []).append((r, cell.text))
    for col, column in labels.items():
        for i, (r0, label) in enumerate(column):
            year_total = _YEAR_TOTAL_LABEL.match(label.strip())
            if year_total is None:
                continue
            members = [(r0, label)]
            previous, closed = r0, False
            for r, text in column[i + 1:]:
                if r != previous + 1:
                    break  # a gap: not one statement's closing rows
                previous = r
                if text[:1].isspace() or _SUB_ROW.match(text):
                    continue  # 　一般公共预算财政拨款收入 under 本年收入合计: its own part, not the 总计's
                grand = _GRAND_TOTAL_LABEL.match(text.strip())
                if grand and grand.group("flow") in (None, year_total.group("flow")):
                    figures = [_figure_right_of(rows[row], col, by_cell) for row, _ in members]
                    total = _figure_right_of(rows[r], col, by_cell)
                    if total is not None and len(members) >= 2 and all(f is not None and f.measure == total.measure for f in figures):
                        yield Relation("parts", (("total", total),), parts=tuple(figures), source="table")
                    break
                if closed:
                    continue  # 基本支出结转 / 项目支出结转和结余 under 年末结转和结余: that row's breakdown
                if _ANY_TOTAL_WORD.search(text) or not _CLOSING_ROW.search(text):
                    break  # another total, or a row that is no carry-over: not one statement's closing rows
                members.append((r, text))
                closed = bool(_CARRY_OVER_ROW.search(text))


def _statement_year_totals(rows, by_cell: dict) -> Iterable[Relation]:
    """A final-accounts statement's ``本年收入合计`` (``本年支出合计``): the rows numbered 一、二、… above
    it in its label column — ``一、财政拨款收入 1,150.00 | 二、事业收入 40.00 | 本年收入合计 1,200.00`` —
    passing over their 其中 rows and the blank rows of the shorter side of a two-sided statement."""
    labels: dict[int, list[tuple[int, str]]] = {}
    for r, row in enumerate(rows):
        for cell in row:
            if cell.text.strip() and _fact_in(by_cell, cell) is None:
                labels.setdefault(cell.col, []).append((r, cell.text))
    for col, column in labels.items():
        for i, (r0, label) in enumerate(column):
            if _YEAR_TOTAL_LABEL.match(label.strip()) is None:
                continue
            numbered: list[tuple[int, int]] = []
            for r, text in reversed(column[:i]):
                top = _TOP_ROW.match(text)
                if top is not None:
                    numbered.append((heading_ordinal(top.group("n")) or 0, r))
                elif not (text[:1].isspace() or _INNER_ROW.match(text)):
                    break  # the header or another block: the numbered rows end here
            numbered.reverse()
            if len(numbered) < 2 or [n for n, _ in numbered] != list(range(1, len(numbered) + 1)):
                continue  # not one complete run 一、二、三 …
            figures = [_figure_right_of(rows[r], col, by_cell) for _, r in numbered]
            total = _figure_right_of(rows[r0], col, by_cell)
            if total is not None and all(f is not None and f.measure == total.measure == "amount" for f in figures):
                yield Relation("parts", (("total", total),), parts=tuple(figures), source="table")


_TOP_ROW = compile_pattern(r"^\s*(?P<n>[一二三四五六七八九十]{1,3})[、.．]")
_INNER_ROW = compile_pattern(r"\s*(?:其中|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")


def _defined_rate_of_row(row_facts: list[Fact]) -> Relation | None:
    """``送审金额 | 审定金额 | 审减金额 | 审减率（%）`` on one row: a rate the lexicon defines by two named
    figures (``extractor/data/rate_terms.json``), over the row's cells under those names."""
    for rate in row_facts:
        if rate.measure != "percent" or not rate.col_header:
            continue
        header = _HEADER_UNIT_WORDS.sub("", rate.col_header).strip()
        terms = next((t for name, t in rate_terms().items() if header.endswith(name)), None)
        if terms is None:
            continue
        named, over, _, _ = terms
        headers = {id(f): _HEADER_UNIT_WORDS.sub("", f.col_header or "").strip() for f in row_facts if f.measure == "amount"}
        if any(_NETTED.search(header) for header in headers.values()):
            return None  # 审减金额 | 审增金额 | 净审减额 | 审减率: the rate may be of the net figure
        numerators = [f for f in row_facts if headers.get(id(f)) in named]
        denominators = [f for f in row_facts if headers.get(id(f)) in over]
        if len(numerators) == 1 and len(denominators) == 1:
            return Relation("rate", (("rate", rate), ("numerator", numerators[0]), ("denominator", denominators[0])), source="table")
    return None


_HEADER_UNIT_WORDS = compile_pattern(r"[（(][^）)]{0,6}[）)]")
_NETTED = compile_pattern(r"审增|核增|净")


def _pipe_indent(text: str, start: int) -> int | None:
    """How far the cell starting at ``start`` stands from its ``|`` (a full-width space counts two),
    or None outside a pipe table: ``| 　　水田 | 300 |`` stands 5 from it, ``| 耕地 |`` 1."""
    line_start = text.rfind("\n", 0, start) + 1
    pipe = text.rfind("|", line_start, start)
    if pipe < 0:
        return None
    gap = text[pipe + 1:start]
    return len(gap) + gap.count("\u3000")


def _figure_right_of(row, col: int, by_cell: dict) -> Fact | None:
    """The figure in the cell just right of column ``col`` in ``row``, past a 行次 / 栏次 column."""
    for cell in sorted((c for c in row if c.col > col), key=lambda c: c.col)[:2]:
        if _LINE_NUMBER_HEADER.fullmatch(_SPACES.sub("", cell.col_header or "")):
            continue  # | 年初结转和结余 | 5 | 86.45 |: the line number, then the figure
        return _fact_in(by_cell, cell) if cell.text.strip() else None
    return None


def _total_columns(rows, by_cell: dict) -> Iterable[Relation]:
    """A column headed 合计 adds the amounts to its left in each row: ``项目 | 职工… | 城乡居民… |
    合计`` / ``三、当期结余 | 17,524.56 | -2,889.73 | 14,634.83``.  Only when every other amount
    column of the row is read alike (same role), so a 预算数 | 决算数 | 合计 table is not summed."""
    if not rows:
        return
    header = rows[0]
    total_cols = [c.col for c in header if TOTAL_LABEL.match(c.text)]
    if len(total_cols) != 1 or total_cols[0] == 0:
        return
    total_col = total_cols[0]
    for row in rows[1:]:
        facts = [(c.col, f) for c in row for f in [_fact_in(by_cell, c)] if f is not None and f.measure == "amount"]
        total = next((f for col, f in facts if col == total_col), None)
        parts = [f for col, f in facts if col < total_col]
        if total is None or len(parts) < 2 or len({f.role for f in parts + [total]}) != 1:
            continue
        yield Relation("parts", (("total", total),), parts=tuple(parts), source="table")


def _table_shares(rows, by_cell: dict) -> Iterable[Relation]:
    """``| 节能环保支出 | 186.50 | 8.46% |`` above ``| 合计 | 2,205.40 | 100.00% |``: each row's
    share column is its amount over the 合计 row's amount in the one amount column with a total —
    or its count, when a count column with a total stands nearer on its left (``| 玉米 | 6,000 | 50.00 |
    2,150 | 1,290.00 |``: 50.00 is of the 6,000 吨, not of the 账面价值).  A share column the 合计 row
    dashes out (``| 合计 | 135,090.00 | — | — |``) divides each row by another of its figures, not
    by a column's total: it is left alone."""
    total_row = next((row for row in rows if row and any(TOTAL_LABEL.match(c.text) for c in row if c.col <= 1)), None)
    if total_row is None:
        return
    totals = {c.col: f for c in total_row for f in [_fact_in(by_cell, c)] if f is not None and f.measure in ("amount", "count")}
    dashed = {c.col for c in total_row if is_placeholder_cell(c.text)}
    # | 合计 | 178.44 | 11,896 | 1,164 | 9.78 |: a 占比 whose 合计 is not 100 divides within each row
    dashed |= {
        c.col for c in total_row for f in [_fact_in(by_cell, c)]
        if f is not None and f.measure == "percent" and abs(f.entity.value - 100) > 1
    }
    for row in rows:
        if row is total_row:
            continue
        facts = [(c.col, f) for c in row for f in [_fact_in(by_cell, c)] if f is not None]
        shares = [(col, f) for col, f in facts if f.role == "share" and f.measure == "percent"]
        if len(shares) != 1 or shares[0][0] in dashed:
            continue
        share_col, share = shares[0]
        amounts = [(col, f) for col, f in facts if f.measure == "amount" and f.role != "share" and col in totals]
        if len(amounts) > 1:
            # | 预算数 | 支出数 | … | 占支出比重（%） |: the amount column the share's header names
            amounts = [(col, f) for col, f in amounts if _names_column(share.col_header or "", f.col_header or "")]
        if len(amounts) != 1:
            continue
        col, part = amounts[0]
        counted = max(((c, f) for c, f in facts if f.measure == "count" and f.role != "share" and c < share_col), default=None, key=lambda item: item[0])
        if (
            counted is not None and (counted[0] > col or col > share_col) and counted[0] in totals and totals[counted[0]].measure == "count"
            and not _MONEY_SHARE.search(share.col_header or "")  # 金额占比: of the amounts, wherever they stand
        ):
            col, part = counted  # | 玉米 | 6,000 | 50.00 | 2,150 | 1,290.00 |: the share of the tonnage beside it
        yield Relation("share", (("share", share), ("part", part), ("total", totals[col])), source="table")


_MONEY_SHARE = compile_pattern(r"金额|资金|支出|收入|经费|万元|元")
_BRACKETED_OR_SPACE = compile_pattern(r"[（(][^）)]*[）)]|\s")
_AMOUNT_WORD = compile_pattern(r"(?:数|金额|额)$")


def bare_header(header: str) -> str:
    """A column header without its bracketed unit or gloss and spaces.

    >>> bare_header("完成投资（万元）"), bare_header("执行率 (%)")
    ('完成投资', '执行率')
    """
    return _BRACKETED_OR_SPACE.sub("", header)


def _names_column(share_header: str, header: str) -> bool:
    """Whether a share column's header names an amount column (占支出比重 → 支出数, not 预算数)."""
    name = _AMOUNT_WORD.sub("", bare_header(header))
    return len(name) >= 2 and f"占{name}" in share_header


def _rows_until_total(rows, start: int):
    """The rows from ``start`` up to the next 合计 row or the table's end."""
    for row in rows[start:]:
        if row and any(TOTAL_LABEL.match(c.text) for c in row if c.col <= 1):
            return
        yield row


# 决策小计 / 本年收入合计 under a 总计: a row adding the rows just above it
SUBTOTAL_LABEL = compile_pattern(r"小\s*计|.合\s*计\s*$")


def _subtotal_runs(column: list[Fact], total: Fact) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]] | None:
    """A column with its 小计 rows standing for the rows they add up: ``决策 8.00 / 5.50 / 6.00 /
    决策小计 19.50 / 过程 9.56 …`` becomes ``19.50, …``.  A 小计 adds the rows just above it, back
    to where they make it (never past an earlier 小计).  One 小计 that no run makes (a row of it is
    wrong) takes the run with which the column adds up to the 合计; otherwise ``None``."""
    top: list[tuple[Fact, bool]] = []  # (fact, is a subtotal)
    splits: list[tuple[Fact, list[Fact]]] = []
    pending: list[tuple[int, int]] = []  # (position of the unmatched 小计 in top, rows it may take)
    if any(SUBTOTAL_LABEL.search(f.row_header) for f in column):
        # 二、事业收入 / 其中：教育事业收入 / 三、其他收入 / 本年收入合计: a lone 其中 row names one part
        # of the row above it; a 小计 adds the rows, not that part again
        column = [f for i, f in enumerate(column) if not _is_named_part(column, i)]
    for fact in column:
        if not SUBTOTAL_LABEL.search(fact.row_header):
            top.append((fact, False))
            continue
        eligible = 0
        for _, is_subtotal in reversed(top):
            if is_subtotal:
                break
            eligible += 1
        running, taken = Decimal(0), 0
        for previous, is_subtotal in reversed(top[len(top) - eligible:]):
            running += previous.entity.value
            taken += 1
            if running == fact.entity.value:
                break
        if running == fact.entity.value and taken:
            run = [f for f, _ in top[len(top) - taken:]]
            del top[len(top) - taken:]
            splits.append((fact, run))
        else:
            pending.append((len(top), eligible))
        top.append((fact, True))
    if not pending:
        return [f for f, _ in top], splits
    if len(pending) > 1:
        return None
    at, eligible = pending[0]
    subtotal = top[at][0]
    for taken in range(1, eligible + 1):
        kept = [f for i, (f, _) in enumerate(top) if not at - taken <= i < at]
        if sum(f.entity.value for f in kept) == total.entity.value:
            return kept, [*splits, (subtotal, [f for f, _ in top[at - taken:at]])]  # a row of the run is wrong
    without = [f for i, (f, _) in enumerate(top) if i != at]
    if sum(f.entity.value for f in without) == total.entity.value and eligible:
        # the rows add up to the 合计 without the 小计: the 小计 itself is wrong; its run is the one
        # nearest to it
        taken = min(range(1, eligible + 1), key=lambda k: abs(sum(f.entity.value for f, _ in top[at - k:at]) - subtotal.entity.value))
        return [], [*splits, (subtotal, [f for f, _ in top[at - taken:at]])]
    return None


def _is_named_part(column: list[Fact], index: int) -> bool:
    """Whether the row at ``index`` is a ``其中`` row standing alone under a larger row that is no ``其中`` row."""
    fact = column[index]
    if index == 0 or not SUB_ROW.match(fact.row_header):
        return False
    above = column[index - 1]
    alone = index + 1 == len(column) or not SUB_ROW.match(column[index + 1].row_header)
    return alone and not SUB_ROW.match(above.row_header) and not SUBTOTAL_LABEL.search(above.row_header) and fact.entity.value <= above.entity.value


def _column_layout(column: list[Fact], total: Fact, indented: set[int] = frozenset()) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]] | None:
    """The cells a 合计 row adds, and the 其中 runs inside them: a ``其中`` row and the rows after
    it that complete it belong to the row above them, not to the total.

    ``公务用车购置及运行维护费 12.00`` / ``其中：公务用车购置费 0.00`` / ``公务用车运行维护费 12.00`` /
    ``公务接待费 3.00`` / ``合计 15.00``: the total adds 12.00 and 3.00, and 12.00 is split into
    0.00 and 12.00.  A run ends where its rows add up to the row above it; a run that never adds
    up (one of its rows is wrong) ends where the rest adds up to the total, or (the row above it
    is wrong) where the run and the other rows add up to the total.  Two such runs, or one that
    fits no way, leave the layout unknown: ``None``."""
    runs: list[tuple[int, int]] = []  # (parent index, first sub-row index)
    index = 0
    while index < len(column):
        if SUB_ROW.match(column[index].row_header) and index > 0:
            runs.append((index - 1, index))
            index += 1
            while index < len(column) and not SUB_ROW.match(column[index].row_header):
                index += 1
        else:
            index += 1
    if not runs:
        return _grouped_rows(column, total, indented)
    extents: list[int | None] = []
    for n, (parent, first) in enumerate(runs):
        limit = runs[n + 1][0] + 1 if n + 1 < len(runs) else len(column)
        running, extent = Decimal(0), None
        for end in range(first, limit):
            running += column[end].entity.value
            if running == column[parent].entity.value:
                extent = end + 1
                break
        extents.append(extent)
    unknown = [n for n, extent in enumerate(extents) if extent is None]
    if len(unknown) > 1:
        return None

    def layout(chosen: list[int]) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]]:
        inside = {i for (parent, first), end in zip(runs, chosen) for i in range(first, end)}
        splits = [(column[parent], column[first:end]) for (parent, first), end in zip(runs, chosen)]
        return [f for i, f in enumerate(column) if i not in inside], splits
    if not unknown:
        return layout(extents)
    n = unknown[0]
    parent, first = runs[n]
    limit = runs[n + 1][0] + 1 if n + 1 < len(runs) else len(column)
    for end in range(first + 1, limit + 1):
        chosen = [end if i == n else e for i, e in enumerate(extents)]
        kept, splits = layout(chosen)
        if sum(f.entity.value for f in kept) == total.entity.value:
            if end - first == 1:
                # 完善类改造 9,486.37 / 其中：既有住宅加装电梯补助 1,440.00: one part named, not a breakdown
                return kept, [split for split in splits if split[0] is not column[parent]]
            return kept, splits  # a row of the run is wrong
    fitting = []
    for end in range(first + 1, limit + 1):
        chosen = [end if i == n else e for i, e in enumerate(extents)]
        kept, _ = layout(chosen)
        subs = column[first:end]
        if sum(f.entity.value for f in kept if f is not column[parent]) + sum(f.entity.value for f in subs) == total.entity.value:
            fitting.append(subs)
    if not fitting:
        return None
    # the run and the other rows add up to the total: the row above the run is wrong, and only
    # its own split says so; where rows could belong to the run or not, the run nearest the row
    subs = min(fitting, key=lambda run: abs(sum(f.entity.value for f in run) - column[parent].entity.value))
    return [], [(column[parent], subs)]


def _numbered_heads(column: list[Fact]) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]] | None:
    """``一、利润收入 39,006.33`` / eight companies / ``二、股利、股息收入 6,948.60`` / three companies /
    ``合计``: when the column opens with a 一、-numbered row and two or more such rows head
    unnumbered ones, the numbering shows the groups — the 合计 adds the heads, each head its rows."""
    heads = [i for i, f in enumerate(column) if _NUMBER_LEVELS[0].match(f.row_header)]
    if len(heads) < 2 or heads[0] != 0 or len(heads) == len(column):
        return None
    kept: list[Fact] = []
    splits: list[tuple[Fact, list[Fact]]] = []
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(column)
        kept.append(column[head])
        if end - head > 2:
            splits.append((column[head], column[head + 1:end]))
    return kept, splits


def _grouped_rows(column: list[Fact], total: Fact, indented: set[int]) -> tuple[list[Fact], list[tuple[Fact, list[Fact]]]]:
    """Rows as written, unless they are groups with their members below them, unmarked
    (``住房消费类 128.37`` / ``购买…住房 47.21`` / ``偿还购房贷款本息 64.58`` / … / ``非住房消费类
    36.32`` / … / ``合计 164.69``): when the rows do not add up to the total but the groups do — each
    group row being the sum of the two or more indented rows right after it — the 合计 adds the
    groups.  Without the indentation a coincidental sum would hide a wrong 合计, so none is sought —
    except below a row whose known breakdown follows it by name (``基本支出`` / ``人员经费`` /
    ``公用经费`` / ``项目支出`` / ``合计``), where the names, not the sums, show the groups."""
    if sum(f.entity.value for f in column) == total.entity.value:
        return list(column), []
    numbered = _numbered_heads(column)
    if numbered is not None:
        return numbered
    kept, splits, index = [], [], 0
    while index < len(column):
        group = column[index]
        named = next(
            (len(parts) for parts in decompositions().get(group.key, ())
             if {f.key for f in column[index + 1:index + 1 + len(parts)]} == parts),
            0,
        )
        if named:
            kept.append(group)
            splits.append((group, column[index + 1:index + 1 + named]))
            index += 1 + named
            continue
        running, end = Decimal(0), None
        for below in range(index + 1, len(column)):
            running += column[below].entity.value
            if id(column[below]) not in indented or id(group) in indented:
                break  # only rows set in below an unindented row belong to it
            if running == group.entity.value:
                end = below + 1
                break
            if running > group.entity.value >= 0:
                break
        kept.append(group)
        if end is not None:
            splits.append((group, column[index + 1:end]))
            index = end
        else:
            index += 1
    if splits:
        return kept, splits  # the indentation shows the groups, whether or not the 合计 is right
    return list(column), []


def _form_sub_rows(rows, by_cell: dict) -> Iterable[Relation]:
    """A form's ``预算数: | 32.23`` split by the rows under it, ``其中-财政拨款: | 32.23`` and
    ``其它资金: | 0``, column by column.  Only a split that ends in its 其它 row is complete, so
    only such a split is a relation."""
    for r, row in enumerate(rows):
        for cell in row:
            total = _fact_in(by_cell, cell)
            if total is None or total.measure != "amount" or is_sub_row(total.row_header):
                continue
            parts, closed = [], False
            for below in rows[r + 1:r + 4]:
                part = next((f for c in below if c.col == cell.col for f in [_fact_in(by_cell, c)] if f is not None), None)
                if part is None or part.measure != total.measure:
                    break
                if SUB_ROW.match(part.row_header):
                    parts.append(part)
                elif REST_ROW.match(part.row_header):
                    parts.append(part)
                    closed = True
                    break
                else:
                    break
            if closed and len(parts) >= 2:
                yield Relation("parts", (("total", total),), parts=tuple(parts), source="table")


class _FactsByStart(dict):
    """Facts by their start offset, with the offsets sorted once for ``_fact_in``'s lookups."""

    def __init__(self, facts_by_start: dict):
        super().__init__(facts_by_start)
        self.starts = sorted(self)


def _fact_in(by_cell: _FactsByStart, cell) -> Fact | None:
    """The fact starting first in ``[cell.start, cell.end]`` (the end inclusive), if any: one bisect
    instead of a dict probe per offset of the cell."""
    starts = by_cell.starts
    index = bisect_left(starts, cell.start)
    if index < len(starts) and starts[index] <= cell.end:
        return by_cell[starts[index]]
    return None
