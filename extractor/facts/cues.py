"""Cue words that give a figure its role, kept as data (pattern, role, sign).

Each table is tried in order on the clause text left of the figure; the rightmost cue wins within
a table.  ``FILLER`` is what may stand between a cue and its figure (为, 达, 共计 …).
"""

from __future__ import annotations

import regex

from ..regexes import compile_pattern

FILLER = r"(?:为|是|达|达到|共|共计|计|合计|累计|约|了|至|到|\s|:|：)*"

# 由91.20%提高到93.40%: a figure moved to a level (its verbs, then the cue that names the level)
MOVED_TO = r"(?:增加|增长|提高|提升|上升|下降|降低|减少|回落|回升|(?<![调追核])(?:升|降|增|减))(?:了)?(?:到|至|为)"  # 由5辆减少为4辆: a level reached too
_REACHED = r"(?:" + MOVED_TO + r"|增至|降至|减至)" + FILLER + r"$"

_COMPARE = r"(?:比上年(?:度|同期)?|较上年(?:度|同期)?|同比|与上年相比|比\d{4}年(?:度)?|较\d{4}年(?:度)?|与\d{4}年相比[,，]?)?"

_AGAIN = r"(?:再|又|继续|进一步)?"

PERCENT_CUES: tuple[tuple[str, str, int], ...] = (
    # 普及率由91.20%提高到93.40%: the level reached, not a growth rate
    (_REACHED, "value", 1),
    # …，2024年比2023年再提高1.68个百分点: 再/又/继续 before the verb is still the change
    (_COMPARE + _AGAIN + r"(?:增长|上升|提高|提升|回升|增加|增幅|增长率|增速|上涨|高出)(?:了)?" + FILLER + r"$", "growth", 1),
    (_COMPARE + _AGAIN + r"(?:下降|减少|降低|下滑|降幅|减幅|回落|减少了)(?:了)?" + FILLER + r"$", "growth", -1),
    (r"占比(?:分别)?" + FILLER + r"$", "share", 1),
    (r"占(?P<total>[^，,。；;%]{0,24}?)(?:的)?(?:比例|比重|比率|份额)?(?:分别)?" + FILLER + r"$", "share", 1),
    (r"完成(?:年初|年度|全年)?预算(?:数)?(?:[\d,.]+(?:万元|亿元|元))?(?:的)?" + FILLER + r"$", "rate", 1),
    # 为调整预算480,500万元的98.41%: measured against the budget it quotes
    (r"为(?:年初|年度|全年|调整)?预算(?:数)?[\d,.]+(?:万元|亿元|元)的" + FILLER + r"$", "rate", 1),
    # 3.26万亩，完成目标的101.88%: the figure measured against its own target
    (r"完成(?:年度|全年)?(?:绩效)?(?:目标|计划|任务)(?:值|数)?(?:的)?" + FILLER + r"$", "rate", 1),
    (r"(?:预期指标值|年度指标值|目标值|预期目标)" + FILLER + r"$", "target", 1),
    # 预算执行率未达到100%: a threshold not reached, not the rate's value
    (r"(?:未|没有|尚未|仍未|未能)(?:达到|达|超过|突破)" + FILLER + r"$", "target", 1),
    (r"年中监控(?:实际)?完成值" + FILLER + r"$", "interim", 1),
    (r"(?:实际完成值|实际完成)" + FILLER + r"$", "achieved", 1),
    (r"本次评价[^，,。；;]{0,20}?" + FILLER + r"$", "achieved", 1),
    (r"(?:率|满意度|比例|比重)" + FILLER + r"$", "rate", 1),
)

AMOUNT_CUES: tuple[tuple[str, str, int], ...] = (
    (_REACHED, "value", 1),
    # 比上年的138元提高20元: a standard raised by an amount
    # (多计 / 少列: an audit's over- or under-stated sum, not a change on last year)
    (_COMPARE + r"(?:增加|增长|多(?![计列报算])(?:征收|支出|拨付|发放)?|新增|增支|超支|提高|提升|上升|上涨|上调)(?:了)?" + FILLER + r"$", "change", 1),
    (_COMPARE + r"(?:减少|下降|节约|节支|减支|少(?![计列报算])|降低|下调|回落)(?:了)?" + FILLER + r"$", "change", -1),
    # 同比多接诊5,305人次 / 较上年少发放…: more or fewer of what the verb does, against last year
    (r"(?:比上年(?:度|同期)?|较上年(?:度|同期)?|同比)多(?![计列报算])\p{Han}{1,3}?(?:了)?" + FILLER + r"$", "change", 1),
    (r"(?:比上年(?:度|同期)?|较上年(?:度|同期)?|同比)少(?![计列报算])\p{Han}{1,3}?(?:了)?" + FILLER + r"$", "change", -1),
    (r"(?:调减|核减)(?:预算|资金|经费)?", "adjustment", -1),
    (r"(?:年中追加|追加|调增|预算调整数|调整数)(?:预算|资金|经费)?", "adjustment", 1),
    (r"(?:调整后(?:全年)?预算数?|全年预算数?|预算调整后|(?<!年中|年度|需要|需|予以|进行)调整预算数?)", "adjusted_budget", 1),
    # 项目支出调整为1,954.04万元 / 预算调减为…: the level after the adjustment, not the adjustment
    (r"(?:调整|调增|调减)后?(?:为|到|至)", "adjusted_budget", 1),
    # 一般公共预算安排偿还0.60亿元: a fund's name, not a budget
    (r"(?:年初预算数?|年初批复预算数?|年初(?!\S{0,6}(?:结转|结余|余额|滚存|结存))|(?<!一般公共|政府性基金|国有资本经营|社会保险基金)(?:预算数|预算安排|预算金额|预算)|年度预算|资金计划|预计(?:为|达到?)?)", "budget", 1),
    (r"(?:执行数|决算数|实际支出|实际执行|支出决算|决算|发生额|实际使用|实际到位|已支付|实际收入|执行金额|执行)", "actual", 1),
    # 完成年度指标32.0公里的105.00%: the year's target, which the figure before it is measured against
    (r"(?:预期指标值|年度指标值|目标值|年度目标|预期目标|计划目标|完成(?:年度|全年)(?:指标|任务|计划)(?:值|数)?)", "target", 1),
    # 年度绩效目标为全年开展巡展和讲座80场: what the year's performance goal set
    (r"绩效目标(?:为|是|[:：])", "target", 1),
    (r"年中监控(?:实际)?完成值", "interim", 1),
    (r"(?:实际完成值|本次评价)", "achieved", 1),
    # 预算280.00万元，支出276.40万元: a clause that is only a spending verb states the actual
    (r"^\s?(?:支出|使用|拨付|支付)(?:了|数|金额|资金)?" + FILLER + r"$", "actual", 1),
)

SCORE_CUES: tuple[tuple[str, str, int], ...] = (
    # 分值15分，扣3.00分，得分12.00分: the points deducted, what takes the weight down to the score
    (r"(?:扣减|扣除|扣)(?:了)?" + FILLER + r"$", "change", -1),
    (r"(?:权重分值|指标分值|分值|权重|满分)", "weight", 1),
    (r"(?:自评得分|自评分|综合得分|评价得分|综合评分|得分|评分|自评总分|评价总分|综合总分|总得分)", "score", 1),
    (r"自评" + FILLER + r"$", "score", 1),  # not 本次自评采用…10分的框架
)

# column headers: the first pattern that matches wins (实际完成指标值 is achieved, not a target)
COLUMN_CUES: tuple[tuple[str, str, int], ...] = (
    (r"实际完成|完成值|完成情况", "achieved", 1),
    (r"预期指标值|预期目标|年度指标值|目标值|指标值", "target", 1),
    (r"扣分|扣减分", "change", -1),
    (r"分值|权重", "weight", 1),
    (r"自评分|得分|评分", "score", 1),
    (r"执行率|完成率|完成预算|为预算的", "rate", 1),
    (r"占比|比重|构成比|占.{1,8}(?:比例|比重|%)", "share", 1),
    (r"增减幅度|增减率|增长率|增幅|变动率|^(?:比上年|同比)?(?:增长|增减)(?:[（(]?[%％][）)]?)?$|^(?:同比|比上年)\s*[（(]\s*[%％]\s*[）)]$", "growth", 1),
    (r"增减|增加额|变动", "change", 1),
    # 调整预算(数) is the budget as adjusted; 预算调整数 is the adjustment
    (r"全年预算|调整后(?:全年)?预算|预算调整后|调整预算", "adjusted_budget", 1),
    (r"调整数|调整", "adjustment", 1),
    (r"年初预算|年度预算|预算数|预算", "budget", 1),
    (r"实际执行|执行数|决算数|实际支出|决算|执行", "actual", 1),
    # 预算数 | 支出数 | 执行率（%）: a column of the money spent
    (r"^\s*(?:支出|使用|拨付|支付)(?:数|金额|额)\s*(?:[（(][^）)]{0,6}[）)])?\s*$", "actual", 1),
    (r"结余|结转", "value", 1),
)

_WHITESPACE = compile_pattern(r"\s+")
_COMPILED: dict[int, tuple[tuple[regex.Pattern, str, int], ...]] = {}


_ANCHORED: set[regex.Pattern] = set()  # patterns ending in $: a cue that must end the clause
# per table, every pattern as one alternation: if it finds nothing, no single pattern can (an
# alternation tries each branch at each position), and most clauses hold no cue at all
_ANY_CUE: dict[int, regex.Pattern] = {}


def _compiled(table) -> tuple[tuple[regex.Pattern, str, int], ...]:
    key = id(table)
    if key not in _COMPILED:
        _COMPILED[key] = tuple((compile_pattern(pattern), role, sign) for pattern, role, sign in table)
        _ANCHORED.update(compiled for compiled, _, _ in _COMPILED[key] if compiled.pattern.endswith("$"))
        _ANY_CUE[key] = compile_pattern("|".join(f"(?:{pattern})" for pattern, _, _ in table))
    return _COMPILED[key]


def first_role(header: str, table) -> tuple[str, int]:
    """The role of the first pattern in ``table`` that occurs in ``header`` (table headers).

    >>> first_role("实际完成指标值(包含数字及文字描述)", COLUMN_CUES), first_role("年度指标 值", COLUMN_CUES)
    (('achieved', 1), ('target', 1))
    """
    key = (id(table), header)
    found = _FIRST_ROLES.get(key)
    if found is None:
        if len(_FIRST_ROLES) >= _FIRST_ROLES_KEPT:
            _FIRST_ROLES.clear()
        found = _FIRST_ROLES[key] = _first_role(_WHITESPACE.sub("", header), table)  # 年度指标 值: a header wrapped in a PDF cell
    return found


_FIRST_ROLES: dict[tuple[int, str], tuple[str, int]] = {}  # headers repeat down a table: each is read once
_FIRST_ROLES_KEPT = 8192


def _first_role(header: str, table) -> tuple[str, int]:
    for pattern, role, sign in _compiled(table):
        if pattern.search(header):
            return role, sign
    return "value", 1


def find_role(left: str, table) -> tuple[str, int, regex.Match | None]:
    """The role a cue in ``left`` (clause text before a figure) gives, with its sign and match.

    >>> find_role("比上年度减少", AMOUNT_CUES)[:2]
    ('change', -1)
    """
    compiled = _compiled(table)
    if _ANY_CUE[id(table)].search(left) is None:
        return "value", 1, None
    best = None
    for pattern, role, sign in compiled:
        if pattern in _ANCHORED:
            found = pattern.search(left)  # a cue that must end the clause: its one match, if any
            if found is not None:
                if best is None or found.end() > best[2].end():
                    best = (role, sign, found)
                return role, sign, found
            continue
        found = None
        for found in pattern.finditer(left):
            pass
        if found is not None and (best is None or found.end() > best[2].end()):
            best = (role, sign, found)
    if best is None:
        return "value", 1, None
    return best
