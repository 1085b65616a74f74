"""T002 blank-placeholder."""

from __future__ import annotations

from typing import Iterator

import regex

from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..context import Occurrences, is_table_cell, section_key, spans_table_cells
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "T002", "blank-placeholder", "warning"

_CJK_NUMERAL = "零〇一二三四五六七八九十百千万亿两"
_MONEY_UNIT = r"(?:万元|亿元|千元|元)"
_COUNT_UNIT = r"(?:人次|人|户|家|个|件|次|项|台|辆|分)"
_CLAUSE_AFTER = r"(?=[，,。；;、：:）)\s]|$)"

# name, pattern (over the normalised view), whether it may match inside a table cell (where
# ``增长%`` or ``金额为元`` can be a column label) and what the number should have been.
PATTERNS: tuple[tuple[str, regex.Pattern, bool, str], ...] = (
    (
        # 占基本支出预算% · 同比增长% · 执行率为% — a share/change/rate cue, then % with no number
        "percent-without-number",
        compile_pattern(
            rf"(?:占[^\d%，,。；;：:、（）()\s]{{0,20}}(?<![{_CJK_NUMERAL}])|增长|下降|减少|增加|提高|降低|上升|(?<!单位)为|达到|达)"
            r"\s*%"
        , scans=True),
        False,
        "a number before %",
    ),
    (
        # 预算数为万元 · 共计元 — a quantity cue, then a money unit closing the clause
        "money-without-number",
        compile_pattern(rf"(?<!(?<![我本各该全属])单位[^，,。；;]{{0,12}}|(?:本文|文中|正文|本报告)中?的?(?:金额|数据|数字)(?:单位)?(?:均|统一)?)(?:(?<![算换折改化])为|达到|达|共计|合计|总计|累计|约)\s*{_MONEY_UNIT}{_CLAUSE_AFTER}"),
        False,
        "a number before the unit",
    ),
    (
        # XX万元 · ××% · 20XX年 · 〔20XX〕 — letters or × standing for digits, then a unit
        "letters-for-digits",
        compile_pattern(
            r"(?<![A-Za-z])(?:[Xx]{2,}|[×]{2,})(?:\.(?:[Xx]+|×+))?(?![A-Za-z])"
            rf"(?=\s*(?:{_MONEY_UNIT}|万|亿|%|个百分点|{_COUNT_UNIT}|年|月|日|号|\]|】|〕))"
        , scans=True),
        True,
        "digits instead of the placeholder",
    ),
    (
        # ××× — a run of three or more multiplication signs, a blank left in a template
        "crosses",
        compile_pattern(r"×{3,}", scans=True),
        True,
        "the missing text or figure",
    ),
    (
        # （ ）% · ____万元 — an empty bracket or an underline to be filled in, then a unit
        "empty-blank",
        compile_pattern(rf"(?:[(]\s*[)]|_{{2,}})\s*(?:%|{_MONEY_UNIT}|{_COUNT_UNIT})", scans=True),
        True,
        "a number in the blank",
    ),
)


_LABEL_CELL = 8  # characters: a column label is a word or two
_FEWEST_LABELS = 3


def _is_column_label(view: str, start: int, end: int) -> bool:
    """Whether the match is one cell of a header line in text — short labels apart by spaces,
    as a table drawn without rules comes out of a PDF (``项目 调整预算数 执行数 完成% 增长%``).

    >>> view = "项目 调整预算数 执行数 完成% 增长%"
    >>> _is_column_label(view, view.index("增长%"), len(view)), _is_column_label("比上年增长%，", 3, 6)
    (True, False)
    """
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line = view[line_start:line_end if line_end >= 0 else len(view)]
    cells = line.split()
    own = view[start:end].strip()
    return (
        len(cells) >= _FEWEST_LABELS and own in cells and all(len(cell) <= _LABEL_CELL for cell in cells)
        and not any(mark in line for mark in "，,。；;：:")
    )


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds figures left blank in a numeric context. It accepts only these forms: a share, change
    or rate cue followed by % with no number (``占基本支出预算%``, ``同比增长%``, ``执行率为%``,
    outside table cells and header lines of short labels such as ``执行数 完成% 增长%``); a
    quantity cue followed by a money unit that closes the clause (``预算数为万元，``, ``共计元。``,
    outside table cells and header lines, never after 单位 in its clause (``金额单位均为元``) or a statement of the text's unit (``本文中金额为万元``) or a conversion such
    as 换算为); two or more ``X`` or ``×`` standing for digits before a unit (``XX万元``, ``××%``,
    ``20XX年``, ``〔20XX〕``); three or more ``×`` anywhere (``×××``); an empty bracket or
    underline before a unit (``（ ）%``, ``____万元``).

    Why is this bad?
    A published report with a blank where a figure belongs was released from a template without
    being filled in: the statement has no value, and the figures around it may be stale too.

    Example:
    ``人员经费占基本支出预算%，`` — the share was never filled in.
    """
    document = extraction.document
    text, view = document.text, document.normalized
    subject = Occurrences()
    for kind, pattern, in_cells, expected in PATTERNS:
        for match in pattern.finditer(view):
            start, end = match.span()
            if not in_cells and (is_table_cell(document, start, end) or _is_column_label(view, start, end)):
                continue
            if spans_table_cells(document, start, end):
                continue  # 个人住房贷款余额占缴存余额的比率 | % | 82.46: a name, then its unit column
            found = text[start:end]
            yield Finding(
                rule=CODE,
                name=NAME,
                severity=SEVERITY,
                status="fail",
                message=f"数字缺失（待填空白）：{found}",
                message_en=f"blank left where a figure belongs: {found}",
                evidence=(Evidence(start, end, found, "placeholder"),),
                expected=expected,
                subject=subject(f"{section_key(document, start)}#{kind}#{found}"),
            )
