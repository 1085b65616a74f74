"""V001 value-conflict."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import combinations
from typing import Iterator

import regex

from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts.binding import SAMPLED_PREFIX, group_and_key, is_project_report, is_whole_unit_report
from extractor.facts.lexicon import canonical_key, find_indicators, is_known_key
from extractor.facts.rate_subjects import execution_rate_name
from extractor.facts.model import counting_unit
from extractor.facts.relations import is_completion_rate
from extractor.facts.sentences import BREAKDOWN_LEAD, item_start

from ..facts_view import evidence, exact, interval_of, is_physical_measure, show
from ..intervals import Interval, truncation_explains
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V001", "value-conflict", "error"
_MIN_FREE_INDICATOR = 4
_SCOPE_WORDS = compile_pattern(r"累计|全年|本年度?|年末|处理|处|共计|合计|共")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Groups facts that state the same indicator, measure, role and period (医保基金累计征收 and
    医保基金征收 group; 2023 and 上年 do not; a budget and an actual do not) and reports two
    statements whose intervals cannot hold the same true value. A line of the 收入支出决算总表
    (年末结转和结余, 本年支出合计 …) is compared between the 说明 and the 附表 wherever they sit.
    Money named only as 涉及资金 is the money of whatever its clause speaks of, and is not grouped.
    A sentence (or ；-item) that opens by naming one row of a table (民营专科医院虽然只有15家被检查，追回资金
    却达453.13万元) speaks of that row, not of the whole. A department report's execution rate in the text (全年预算数500.00万元，实际支出500.00万元，预算
    执行率100%) is compared with its indicator table's 预算执行率 row when the report has one such row.
    A sentence about a group of the units (执行率排名后3位的部门, 其余34个部门) speaks of that group: its
    figures are compared with the same group's elsewhere, never with the whole's, and groups ranked by
    different measures (执行率排名前5名 / 支出规模排名前5名) are different groups. The money of the
    problems an audit found (审计发现问题9个，涉及金额…) is the 审计查出问题金额 its evaluation restates.
    Two amounts whose names differ only by words in front (成交金额 / 指标交易成交金额) and whose digits
    are one figure with two neighbours swapped (13,154.28 / 13,514.28) are compared too, as ``uncertain``.
    A figure named too briefly to be trusted on its own (对审减的1,481.24万元) is compared only with a
    figure of its key whose digits it repeats with two neighbours swapped (审减金额1,418.24万元).

    Why is this bad?
    A report that gives one quantity two values is wrong at least once, and the reader cannot
    tell which. Repeated paragraphs that were edited in one place only are the usual cause.

    Example:
    ``医保基金累计征收7.55亿元，同比增长1.3%`` in one section and ``…同比增长1.2%`` in another:
    1.3% stands for [1.25, 1.35), 1.2% for [1.15, 1.25) — one rounding rule cannot give both.
    Values one unit apart at the written precision count as disjoint, because a single report
    rounds one way; a shorter figure that is the longer one cut off (659万 vs 659.66万) is
    reported as ``info``.
    """
    groups: dict[tuple, list] = defaultdict(list)
    weakly_named: dict[tuple, list] = defaultdict(list)
    alias = _appropriation_aliases(extraction)
    part_of = {
        id(part): r.member("total") for r in extraction.relations
        if r.kind == "parts" and r.source == "text" and r.member("total") is not None for part in r.parts
    }
    modifies = {
        id(r.member(r.kind)): r.member("amount") for r in extraction.relations
        if r.kind in ("change", "growth") and r.member(r.kind) is not None and r.member("amount") is not None
    }
    # a share is of its whole: 社会保障和就业支出 is 6.65% of all spending and 6.99% of the
    # general-budget appropriation — two statements about two wholes
    share_of = {
        id(r.member("share")): r.member("total").key for r in extraction.relations
        if r.kind == "share" and r.member("share") is not None and r.member("total") is not None
    }
    context = _Context(extraction, funding_matters=not alias)
    # a table row named freely is compared with the text only where the text states the same
    # digits in another money unit (丧葬补助金支出148.96元 against the row's 148.96 in 万元)
    slipped = _unit_slipped_rows(extraction.facts, context.one_project) | _row_named_in_text(extraction.facts)
    for fact in extraction.facts:
        if not fact.key or not exact(fact) or fact.entity.unit_source == "shared":
            continue
        if fact.measure == "score" and fact.role == "value":
            continue  # 满意度指标7分 / 满意度指标10分: a score or a weight, nothing says which
        weak = not _reliable_key(fact, context.one_project) and id(fact) not in slipped
        if weak and (fact.source != "text" or fact.measure != "amount"):
            continue
        key, measure, role, period = fact.identity
        whole = part_of.get(id(fact))
        if whole is not None and fact.role == "value" and whole.role in ("budget", "adjusted_budget"):
            # 2024年…预算11.50万元。其中：…公务接待费5.50万元: a part of next year's budget, read as one
            fact_identity_period, fact_role_class = whole.period, _role_class(whole)
        else:
            fact_identity_period, fact_role_class = _stock_period(fact, extraction.document.normalized), _role_class(fact)
        modified = modifies.get(id(fact))
        # 比2023年预算减少2.50万元 changes the 2024 budget, 减少2.58万元 the 2023 spending: not one statement
        what_changed = (_role_class(modified), modified.period) if modified is not None else None
        if fact.role == "share":
            lead = _SHARE_LEAD.match(extraction.document.normalized, fact.sentence_start)
            # 缴存职工中，国家机关和事业单位占28.36% / 新开户职工中，…占10.40%: shares of two wholes
            what_changed = share_of.get(id(fact)) or _WHOLE_WORDS.sub("", fact.of) or (lead.group("whole") if lead else None)
        if key == "部门整体支出" and fact.role in ("actual", "value"):
            # the department's spending, named by the passage's subject or by the word 支出: one quantity
            # (the differing names make any conflict uncertain)
            key = "本年支出合计"
        if fact.source == "text" and fact.role == "rate":
            # 全年预算数202.00万元，实际支出82.35万元，预算执行率为40.77%: a rate keyed by the spending it
            # divides is compared as that spending's 预算执行率 — what an indicator table's 预算执行率 row
            # (or 基本支出预算执行率 row) states as achieved
            key = execution_rate_name(fact)
        identity = (alias.get(key, key), measure, fact_role_class, fact_identity_period, counting_unit(fact), what_changed)
        (weakly_named[identity] if weak else groups[identity]).append(fact)
    for identity, facts in groups.items():
        yield from _conflicts(identity[:4], facts, context)
    yield from _transposed_across_names(extraction.facts, context)
    for identity, facts in weakly_named.items():
        # 对审减的1,481.24万元 against 审减金额1,418.24万元: a short name is trusted only with a figure
        # whose digits it repeats with two neighbours swapped
        for weak in facts:
            for other in groups.get(identity, ()):
                if _digits_transposed(weak, other):
                    context.transposed_pairs.add(frozenset((id(weak), id(other))))
                    yield from _conflicts(identity[:4], [other, weak], context)


_EXECUTION_RATE_ROW = "预算执行率"
_WHOLE_SPENDING_KEYS = frozenset({"部门整体支出", "本年支出合计", "支出总计"})


def _reliable_key(fact, one_project: bool) -> bool:
    """A key worth comparing across the document: a lexicon term, or a specific written phrase —
    in running text, or as a project report's own indicator table names its completed values."""
    if _INVOLVED_MONEY.fullmatch(fact.indicator):
        return False  # 涉及资金8,889.41万元: the money of whatever the clause before speaks of
    if find_indicators(fact.indicator) or is_known_key(fact.key) or _STATEMENT_LINE.fullmatch(fact.key):
        return True
    return len(fact.indicator) >= _MIN_FREE_INDICATOR and (fact.source == "text" or one_project and fact.role == "achieved")


def _known_or_sampled(key: str) -> bool:
    """A lexicon key, or one measured on a sample (抽查公用经费: the sampled schools' 公用经费) or of
    a group of the units (预算执行率排名前5的乡镇·支出总计)."""
    key = group_and_key(key)[1]
    return is_known_key(key) or key.startswith(SAMPLED_PREFIX) and is_known_key(key[len(SAMPLED_PREFIX):])


_INVOLVED_MONEY = compile_pattern(r"(?:共|合计|累计)?涉及(?:资金|金额|经费)?")
# 年末结转和结余: a line of the 收入支出决算总表, named the same way in every final account, so
# the statement in the 附表 and the one in the 说明 are one figure wherever they sit
_STATEMENT_LINE = compile_pattern(r"(?:财政拨款)?结转和?结余|本年收入合计|本年支出合计|收入总计|支出总计")


# when all income is general-budget appropriation, "一般公共预算财政拨款X" and "X" are one quantity
_APPROPRIATION = {"一般公共预算财政拨款基本支出": "基本支出", "一般公共预算财政拨款支出": "本年支出合计", "一般公共预算财政拨款收入": "本年收入合计"}


def _appropriation_aliases(extraction: Extraction) -> dict[str, str]:
    """The key aliases a report licenses by saying 一般公共预算财政拨款收入 is 100% of its income
    (``其中：一般公共预算财政拨款收入318.74万元，占100%``)."""
    for relation in extraction.relations:
        share, part = relation.member("share"), relation.member("part")
        if relation.kind == "share" and share is not None and part is not None and part.key == "一般公共预算财政拨款收入" and share.entity.value == 100:
            return _APPROPRIATION
    return {}
# a plain statement and an actual of the same quantity and year are the same figure (决算 reports
# say 支出合计 in one place and 实际支出 in another); they are compared, as uncertain
_ROLE_CLASS = {"value": "level", "actual": "level"}
# likewise a rate-named indicator's level, called achieved beside its target and rate elsewhere
_PERCENT_LEVELS = ("rate", "achieved")


def _stock_period(fact, view: str) -> str:
    """A count is a stock: 截至2019年12月31日 共有公务用车0辆 and 2019年 有公务用车一辆 are one.  So is
    the year's flow of money counted to its last day: 截至2024年12月31日，项目支出1,542.37万元 is the
    year's 项目支出 (not a cumulative 累计支出, nor a balance)."""
    if fact.measure == "count" and fact.period.endswith("-12-31"):
        return fact.period[:4]
    if (
        fact.measure == "amount" and fact.period.endswith("-12-31") and _YEAR_FLOW.search(fact.key)
        and not _NOT_THE_YEAR_FLOW.search(fact.key + fact.indicator)
        # 截至2024年12月31日，项目资金支出2,460.00万元，…其中2023年支出1,080.00万元: since the project began
        and not any(year != fact.period[:4] for year in _YEAR.findall(view, fact.sentence_start, fact.sentence_end))
    ):
        return fact.period[:4]
    return fact.period


_YEAR_FLOW = compile_pattern(r"支出$|收入$")
_NOT_THE_YEAR_FLOW = compile_pattern(r"累计|结余|结转|余额|结存|滚存")
_YEAR = compile_pattern(r"((?:19|20)\d\d)年")


def _role_class(fact) -> str:
    if fact.measure == "percent" and fact.role in _PERCENT_LEVELS and not is_completion_rate(fact):
        return "level"
    if fact.measure in ("count", "amount") and fact.role == "achieved":
        return "level"  # 实际完成值 24台 in the indicator table is what the narrative states as done
    return _ROLE_CLASS.get(fact.role, fact.role)


# 结转下年支出 / 年末结转和结余 / 结余: what a total before the carry-over leaves out
_CARRIED_OVER = compile_pattern(r"结转|结余")
_CARRY_OVER_REACH = 200
# 加上上年结转收入186.45万元，收入总计14,603.47万元: last year's balance, brought into this year's total
_BROUGHT_FORWARD = compile_pattern(r"(?:上年|年初)结转")


# 附件：农村供水保障项目支出绩效自评表 above the table: one project's form, not the department's
_PROJECT_FORM = compile_pattern(r"项目(?:支出)?(?:绩效)?(?:自评|评价)(?:结果)?(?:表|情况|结果)")


# 口径大于本节的一般公共预算财政拨款卫生健康支出 / 统计口径不同: the report itself sets the figure apart
_SCOPE_DIFFERS = compile_pattern(
    r"(?<!(?:避免|防止|不存在|没有|无|确保|消除)(?:统计)?)口径(?:[大小]于|不同|不一致|有别|有所不同|差异|不一)|(?:不同|另一)口径"
)


# 农村供水保障项目全年收入300.00万元 / 水土保持项目： a sentence opening with the project it is about
# (本年度 / 一是 before the name are no part of it; 全年实施项目12个 counts projects, names none)
_PROJECT_OPENING = compile_pattern(
    r"\s*(?:\d{4}年度?)?(?:本年度|本年|今年|当年|全年|[一二三四五六七八九十]是|其[一二三四五])?[，,]?"
    r"(?P<name>[\p{Han}“”]{2,20}?项目)(?![资经支收预\d一二三四五六七八九十两])"
)


class _Context:
    """What tells two same-key facts apart: the sentence listing them and the section each is in."""

    def __init__(self, extraction: Extraction, funding_matters: bool = True):
        self.document = extraction.document
        self.funding_matters = funding_matters
        self._fundings: dict[int, str] = {}
        self.listed = _listed_in_one_sentence(extraction.facts)
        self.block = _restart_blocks(extraction.document.sections)
        self._paths: dict[int, tuple] = {}
        self._scopes: dict[int, str] = {}
        self.one_project = is_project_report(extraction.document.normalized)
        self.fiscal_year = extraction.fiscal_year
        # how often each written phrase states a figure in running text (a phrase stated once in each of
        # two parts restates one figure; one stated field by field names a figure per field)
        # pairs of a weakly named figure and one whose digits it repeats with two swapped (对审减的1,481.24万元
        # against 审减金额1,418.24万元): trusted across parts of the report
        self.transposed_pairs: set[frozenset] = set()
        # (a change or growth of it is no statement of the level: 比上年增加161.81万元)
        stated = [f for f in extraction.facts if f.source == "text" and f.role not in ("change", "growth", "share")]
        self._stated_times = Counter((f.indicator, f.measure, f.period) for f in stated if f.indicator)
        self._stated_keys = Counter((f.key, f.measure, f.period) for f in stated if f.key)
        # a department report's 预算执行率: one quantity wherever it is stated, when its indicator
        # table has a single bare 预算执行率 row (several would be forms of several projects)
        rate_rows = [f for f in extraction.facts if f.source == "table" and f.key == _EXECUTION_RATE_ROW and f.role in _PERCENT_LEVELS]
        self._table_starts = [t.start for t in extraction.document.tables]
        self.department_rate_row = (
            rate_rows[0] if len(rate_rows) == 1 and not self.one_project and is_whole_unit_report(extraction.document.normalized)
            and not _PROJECT_FORM.search(self.caption(rate_rows[0])) else None
        )
        # 民营专科医院 | 15 | 13 | … : the things a table lists row by row, each a subject of its own
        self._row_labels = {
            label for table in extraction.document.tables for row in table.rows for c in row[:2]
            for label in [c.text.strip()] if _ROW_SUBJECT.fullmatch(label) and not _TOTAL_ROW.search(label)
        }
        self._row_subjects: dict[int, str] = {}
        self._project_subjects: dict[int, str] = {}
        self._parts = {
            id(r.member("total")): r.parts for r in extraction.relations
            if r.kind == "parts" and r.member("total") is not None and r.parts
        }
        self._carried = [
            f for f in extraction.facts if f.measure == "amount" and _CARRIED_OVER.search(f.key) and exact(f)
        ]

    def row_subject(self, fact) -> str:
        """The table row a sentence (or its ；-item) opens by naming, when the figure is not that row's own quantity
        (民营专科医院虽然只有15家被检查，追回和处罚资金却达453.13万元: the hospitals', not the year's)."""
        cached = self._row_subjects.get(id(fact))
        if cached is None:
            cached = ""
            if fact.source == "text" and self._row_labels:
                view = self.document.normalized
                start = item_start(view, fact.sentence_start, fact.start)  # …；蒙岭县103,575.52万元: its own item
                while start < fact.start and view[start] in " \t\u3000\n":
                    start += 1
                for length in range(min(_LONGEST_ROW_SUBJECT, fact.start - start), 1, -1):
                    label = view[start:start + length]
                    if label in self._row_labels:
                        # (not a row named by an indicator: 公务用车运行维护费3.64万元，用于…公务用车保有量3辆 —
                        # the fleet the report counts, not a quantity of the expense)
                        if label not in fact.indicator and label not in fact.key and fact.indicator not in label and not is_known_key(canonical_key(label)):
                            cached = label
                        break
            self._row_subjects[id(fact)] = cached
        return cached

    def project_subject(self, fact) -> str:
        """The project a sentence (or its ；-item) opens by naming, with the figure's key not that
        project's own (``水土保持项目全年收入200.00万元，其中：财政拨款收入180.00万元``), or ""."""
        cached = self._project_subjects.get(id(fact))
        if cached is None:
            view = self.document.normalized
            found = _PROJECT_OPENING.match(view, item_start(view, fact.sentence_start, fact.start), fact.start)
            own = found is None or found.group("name") in fact.key or found.group("name") in fact.indicator
            cached = self._project_subjects[id(fact)] = "" if own else found.group("name")
        return cached

    def _one_named_case(self, a, b) -> bool:
        """Whether two statements of a named case's figure (某商贸有限公司…案罚没款) speak of one case:
        not when each sits under a section naming another office (（一）城关市场监管所 / （二）岭口所),
        whose anonymised cases may share a name, nor when either sentence speaks of another year."""
        view = self.document.normalized
        for fact in (a, b):
            for said in _OTHER_YEAR.finditer(view, fact.sentence_start, fact.start):
                if said.group("year") != str(self.fiscal_year):
                    return False  # 上年同期，某建材有限公司…案罚没款9.80万元
        path_a, path_b = self.path(a), self.path(b)
        offices = [p[-1].title for p in (path_a, path_b) if p and _OFFICE_TITLE.search(p[-1].title)]
        return not (len(offices) == 2 and offices[0] != offices[1])

    def _department_rate(self, a, b) -> bool:
        """Whether one of two facts is the indicator table's 预算执行率 row and the other the
        department's own execution rate in the text (全年预算数500.00万元，实际支出500.00万元，预算执行率100%)."""
        row = self.department_rate_row
        if row is None or (a is not row and b is not row):
            return False
        other = b if a is row else a
        return other.source == "text" and other.role == "rate" and other.key.rpartition("·")[0] == "" and other.key in _WHOLE_SPENDING_KEYS

    def carry_over_apart(self, a, b) -> bool:
        """Whether two differently worded totals differ by exactly a carry-over stated beside one
        of them: ``支出合计694,880.10万元。收支相抵，结转下年支出19,582.47万元`` against the balance
        table's ``支出总计 714,462.57`` — one total before the carry-over, one after it."""
        if _written(a) == _written(b):
            return False
        gap = abs(a.entity.value - b.entity.value)
        return any(
            c.entity.value == gap and (c.period == a.period or _BROUGHT_FORWARD.search(c.indicator))
            and min(abs(c.start - a.start), abs(c.start - b.start)) <= _CARRY_OVER_REACH
            for c in self._carried
        )

    def has_part_like(self, whole, other) -> bool:
        """Whether ``whole`` is broken down and one of its parts, named like ``other``, could equal it
        (共有车辆3辆，其中一般公务用车2辆 against 公务用车保有量2辆 — not 公务接待费0.54万元 against
        三公经费0.54万元, a total that leaves out a part)."""
        parts = self._parts.get(id(whole), ())
        if not parts:
            return False
        # 共有车辆18辆。其中：…应急保障用车2辆，执法执勤用车3辆，特种专业技术用车11辆… against
        # 公务用车保有量5辆（应急保障用车2辆、执法执勤用车3辆）: the other's own parts are some of these
        own = self._parts.get(id(other), ())
        named = {(part.indicator, part.entity.value) for part in parts}
        if len(own) >= 2 and all((part.indicator, part.entity.value) in named for part in own):
            return True
        # 共有车辆14辆，其中执法执勤用车7辆、应急保障用车2辆… against 公务用车保有量9辆: things of one
        # measure word, some of which the narrower count may take in whatever they are called
        same_things = other.measure == "count" and all(part.entity.unit == other.entity.unit for part in parts)
        if not (same_things or any(_shared_run(part.indicator, other.indicator) >= _NAME_RUN for part in parts)) or len(parts) > _MOST_PARTS:
            return False
        # 共有车辆23辆，其中一般公务用车4辆、执法执勤用车5辆、特种专业技术用车14辆 against 公务用车保有量9辆:
        # some of the parts make the narrower figure
        for size in range(1, len(parts) + 1):
            for chosen in combinations(parts, size):
                if other.measure == "count":
                    if sum((part.entity.value for part in chosen), Decimal(0)) == other.entity.value:
                        return True  # things counted are whole: 4 + 5 is 9, not 8.5 to 10.5
                    continue
                total = Interval(Decimal(0), Decimal(0))
                for part in chosen:
                    total = total + interval_of(part)
                if total.overlaps(interval_of(other)):
                    return True
        return False

    def _scope_names_section(self, a, b, subject_a, subject_b) -> bool:
        """Whether a figure outside any fund's section names by its own scope the fund whose section
        holds the other (其中职工医保基金收入… in 一、总体情况 against 三、职工医保基金运行情况)."""
        if (subject_a is None) == (subject_b is None):
            return False
        outside, section = (a, subject_b) if subject_a is None else (b, subject_a)
        scope = self.scope(outside)
        found = _SCOPE.search(section.title)
        return bool(scope) and found is not None and _SCOPE_NAMES.get(found.group(), found.group()) == scope

    def scope(self, fact) -> str:
        """The fund or population a figure is about, from the words before it in its clause or,
        failing that, from its section titles (（一）职工基本医疗保险基金 … 本年收入14.24亿元)."""
        cached = self._scopes.get(id(fact))
        if cached is None:
            view = self.document.normalized
            clause = max(fact.sentence_start, *(view.rfind(mark, fact.sentence_start, fact.start) + 1 for mark in "，,；;：:"))
            found = None
            for candidate in _SCOPE.finditer(view, clause, fact.start):
                if not _inside_inclusion(view, clause, candidate.start()):
                    found = candidate  # not 本部门（含局属事业单位）: the whole, with its units
            if found is None:
                # 统筹基金…；个人账户收入…，支出…，年末累计结余56,202.70万元: the fund the ；-item opens with
                item = max(fact.sentence_start, *(view.rfind(mark, fact.sentence_start, fact.start) + 1 for mark in "；;"))
                if item > fact.sentence_start and fact.measure == "amount" and fact.role in ("value", "actual"):
                    found = _SCOPE.match(view, item)
            if found is None:
                for section in reversed(self.path(fact)):
                    found = _SCOPE.search(section.title)
                    if found:
                        break
            if found is None and fact.source == "text" and fact.measure == "amount" and fact.role in ("value", "actual"):
                # 全县生育保险基金全年收入3,057.33万元、支出2,836.16万元: the fund the key itself names
                found = _SCOPE.search(fact.key)
            scope = _SCOPE_NAMES.get(found.group(), found.group()) if found else ""
            named = _NAMED_UNIT.match(view, found.end(), fact.start) if found is not None and found.group() == "事业单位" else None
            if named is not None:
                scope += "·" + named.group("unit")  # 下属事业单位县水土保持站…: that unit, not the others
            # 职工医保参保人员住院86,420人次，住院总费用92,846.35万元 / 居民医保参保人员住院…: the
            # population and the setting the sentence opens with hold for all its clauses
            opening = _OPENING_SCOPE.match(view, fact.sentence_start) if fact.source == "text" else None
            if opening is not None:
                scope = "|".join(sorted({scope, *(_SCOPE_NAMES.get(m, m) for m in opening.captures("scope"))} - {""}))
            cached = self._scopes[id(fact)] = scope
        return cached

    def level(self, fact) -> str:
        """Whether a figure is a whole area's (全市, 全县) or one government level's own (市级,
        市本级), from the words before it in its sentence's ；-item; "" when neither is said."""
        view = self.document.normalized
        # …；全县技术合同成交额4.72亿元；新增发明专利授权86件: a later ；-item's words are not this
        # figure's — but the sentence's opening item speaks for all its items (全县一般公共预算收入…；税收收入…)
        own_item = item_start(view, fact.sentence_start, fact.start)
        found = None
        for found in _LEVEL.finditer(view, own_item, fact.start):
            pass
        if found is None and own_item > fact.sentence_start:
            opening_end = _ITEM_END.search(view, fact.sentence_start, fact.start).start()
            for found in _LEVEL.finditer(view, fact.sentence_start, opening_end):
                pass
        if found is None:
            # 1.全市一般公共预算收支情况 … 社会保障和就业支出362,415.80万元: the section's level
            found = next((m for section in reversed(self.path(fact)) for m in [_LEVEL.search(section.title)] if m), None)
        if found is None:
            return ""
        return "area" if found.group().startswith("全") else "own"

    def funding(self, fact) -> str:
        """The funding source a figure is limited to (财政拨款, 政府性基金), from its sentence's
        subject, its own clause or its section titles: ``一般公共预算财政拨款基本支出1,246.35万元，
        其中：人员经费1,098.62万元`` states the appropriation's 人员经费, not the department's."""
        cached = self._fundings.get(id(fact))
        if cached is None and fact.source == "table":
            # a cell's own labels and its table's caption, not the row's other cells (一、财政拨款收入 |
            # 8,642.35 | 一、社会保障和就业支出 | 612.48 in the 收入支出决算总表)
            found = _FUNDING.search(fact.row_header) or _FUNDING.search(fact.col_header) or _FUNDING.search(self.caption(fact))
            if found is None:
                found = next((m for section in reversed(self.path(fact)) for m in [_FUNDING.search(section.title)] if m), None)
            cached = self._fundings[id(fact)] = _FUNDING_NAMES.get(found.group(), found.group()) if found else ""
        if cached is None:
            view = self.document.normalized
            # the clause marks, not the comma of 2,952.86
            first_mark = _CLAUSE_MARK.search(view, fact.sentence_start, fact.start)
            subject_end = first_mark.start() if first_mark else fact.start
            marks = [m.end() for m in _CLAUSE_MARK.finditer(view, fact.sentence_start, fact.start)]
            clause = max(fact.sentence_start, marks[-1] if marks else 0, *(view.rfind(mark, fact.sentence_start, fact.start) + 1 for mark in "：:"))
            found = _funding_named(view, fact.sentence_start, subject_end)
            if found is None and _WHOLE_DEPARTMENT.search(view, clause, fact.start):
                cached = self._fundings[id(fact)] = ""  # 因此部门基本支出2,846.53万元: the department's, all sources
                return cached
            found = found or _funding_named(view, clause, fact.start)
            if found is None:
                found = next((m for section in reversed(self.path(fact)) for m in [_FUNDING.search(section.title)] if m), None)
            cached = self._fundings[id(fact)] = _FUNDING_NAMES.get(found.group(), found.group()) if found else ""
        return cached

    def caption(self, fact) -> str:
        """The two lines above the table holding ``fact`` (its title and 编制单位 line), or ""."""
        index = bisect_right(self._table_starts, fact.start) - 1
        if index < 0 or not self.document.tables[index].start <= fact.start < self.document.tables[index].end:
            return ""
        view, start = self.document.normalized, self.document.tables[index].start
        lines = view[max(0, start - _CAPTION_REACH):start].rstrip().split("\n")
        return "".join(lines[-2:])

    def singled_out(self, listed, other) -> bool:
        """Whether, of the figures a sentence lists under one key, only ``listed`` shares words with
        the clauses around ``other``: ``在医保服务大厅增设2台…，为部分乡镇（街道）社保所购买配备自助
        一体机21台`` and ``购置18台医保自助服务一体机，配送至乡镇（街道）`` single out 21台."""
        view = self.document.normalized
        key_words = _bigrams(listed.indicator + listed.key + other.indicator, set())
        around = _bigrams(view[self._clause_from(other):self._clause_to(other, 2)], key_words)

        def overlap(fact) -> int:
            return len(_bigrams(view[self._clause_from(fact):self._clause_to(fact, 1)], key_words) & around)
        scores = {id(f): overlap(f) for f in self.listed[id(listed)]}
        return scores[id(listed)] >= 2 and all(score == 0 for key, score in scores.items() if key != id(listed))

    def _clause_from(self, fact) -> int:
        view = self.document.normalized
        found = None
        for found in _CLAUSE_MARK.finditer(view, fact.sentence_start, fact.start):
            pass
        return found.end() if found else fact.sentence_start

    def _clause_to(self, fact, clauses: int) -> int:
        view, position = self.document.normalized, fact.end
        for _ in range(clauses):
            found = _CLAUSE_MARK.search(view, position, fact.sentence_end)
            if found is None:
                return fact.sentence_end
            position = found.end()
        return position - 1

    def excluding(self, fact) -> bool:
        """Whether a figure's sentence opens by taking something out (如剔除…，不含…): an analysis on
        another scope than the account's."""
        return _EXCLUDING.match(self.document.normalized, fact.sentence_start) is not None

    def explains_scope(self, fact) -> bool:
        """Whether a figure's sentence says its scope differs from another statement's (口径大于本节的…,
        与决算口径不同)."""
        return _SCOPE_DIFFERS.search(self.document.normalized, fact.sentence_start, fact.sentence_end) is not None

    def in_breakdown(self, fact) -> bool:
        """Whether a figure's sentence opens with 其中 or 分资金来源看 (it describes a part of what
        came before)."""
        return _BREAKDOWN_OPENING.match(self.document.normalized, fact.sentence_start) is not None

    def path(self, fact):
        cached = self._paths.get(id(fact))
        if cached is None:
            cached = self._paths[id(fact)] = self.document.section_path(fact.start)
        return cached

    def _restated_phrase(self, a, b) -> bool:
        """Whether two figures are the only ones a free phrase of four or more characters states, word
        for word, in running text: 全年已决赔款1,204.37万元 in its section, and …1,240.37万元已决赔款 in
        the closing part."""
        worded_alike = (
            a.indicator == b.indicator and len(a.indicator) >= _MIN_FREE_INDICATOR
            and self._stated_times[(a.indicator, a.measure, a.period)] == 2
        ) or (
            # 全年累计改造燃气管道86.4公里 / 综上，本年度完成改造燃气管道84.6公里: one key, stated twice
            a.key == b.key and len(a.key) >= _MIN_FREE_INDICATOR and self._stated_keys[(a.key, a.measure, a.period)] == 2
        )
        measured_alike = a.measure == "amount" or is_physical_measure(a) and a.entity.unit == b.entity.unit
        return (
            a.source == b.source == "text" and measured_alike and worded_alike
            # …and one of them sums up: in the conclusion, the problems or the next steps
            and (self._in_summary(a) != self._in_summary(b))
        )

    def _in_summary(self, fact) -> bool:
        return any(_SUMMARY_TITLE.search(section.title) for section in self.path(fact))

    def comparable(self, a, b) -> bool:
        if a.sentence_start == b.sentence_start or (id(a) in self.listed and id(b) in self.listed):
            return False  # one sentence naming a key twice is listing different things (实有4人 … 实有27人)
        singled = False
        if id(a) in self.listed or id(b) in self.listed:
            listed, other = (a, b) if id(a) in self.listed else (b, a)
            if not self.singled_out(listed, other):
                return False
            singled = True
        if is_completion_rate(a) != is_completion_rate(b):
            return False  # 参保率99.96% and its 完成率105.22% are different measurements of one indicator
        if self.excluding(a) != self.excluding(b):
            return False  # 如剔除上级补助收入和上解上级支出，…基金支出722,252.96万元: another scope, by its own words
        if self.explains_scope(a) or self.explains_scope(b):
            return False  # 表1中卫生健康支出15,406.27万元含事业收入…，口径大于本节的…: the report says they differ
        # 某商贸有限公司销售侵犯注册商标专用权商品案罚没款 in its field's paragraph and in the list of big
        # cases: one named case, wherever the two statements sit
        named_case = a.key == b.key and _NAMED_CASE.search(a.key) is not None and self._one_named_case(a, b)
        if (
            self.in_breakdown(a) != self.in_breakdown(b) and not (self.scope(a) and self.scope(a) == self.scope(b))
            and not named_case
            and not group_and_key(a.key)[0]  # 其中，执行率排名后3位的部门…: the group's own key says whose it is
            and not (a.key == b.key and _STATEMENT_LINE.fullmatch(a.key) and not self.one_project)
        ):  # (其中，…年末结转和结余2,083.31万元: a line of the statement whoever lists it)
            return False  # …预算执行率96.51%。其中，财政拨款…执行率96.70%: a part's figure, not the whole's
        if self.scope(a) != self.scope(b):
            return False  # 职工医保基金收入 and 居民医保基金收入: one indicator of two funds
        if a.source == b.source == "text" and not self.one_project and self.project_subject(a) != self.project_subject(b):
            return False  # 农村供水保障项目全年收入…，其中：财政拨款收入260.00万元: that project's, not the department's
        if a.source == b.source == "text" and self.row_subject(a) != self.row_subject(b):
            return False  # 民营专科医院…追回和处罚资金453.13万元: one row's subject, not the whole's
        level_a, level_b = self.level(a), self.level(b)
        if level_a and level_b and level_a != level_b:
            return False  # 全市国有资本经营预算收入 and 市级…: the city with its districts, and the city's own
        if self.funding_matters and a.measure == "amount" and self.funding(a) != self.funding(b):
            return False  # 基本支出包括人员经费1,127.45万元 vs 财政拨款基本支出…其中：人员经费1,098.62万元
        if a.source == "table" and b.source == "table":
            return False  # the same row label recurs under different groups of one table
        path_a, path_b = self.path(a), self.path(b)
        # a project report's indicator table is the project's own: its 实际完成值 is what the
        # narrative and the summary state as done (新建更新电声警报器 24台 vs 26台), wherever the
        # table sits among subsections by kind of indicator (1.效益方面 / 2.满意度方面) — not among
        # subsections about sub-projects, each with its own figures
        project_result = (
            self.one_project and ("achieved" in (a.role, b.role) or a.key == _TOTAL_SCORE) and (a.source == "table") != (b.source == "table")
        )
        aspects = bool(path_a and path_b and _ASPECT.search(path_a[-1].title) and _ASPECT.search(path_b[-1].title))
        if (
            path_a and path_b and path_a[-1] is not path_b[-1] and _siblings(path_a, path_b) and not singled and not (project_result and aspects)
            and not named_case
        ):
            # (1) 筹资工作经费项目 vs (2) 破产改制企业…项目: two subjects of one list — unless the
            # figure was singled out of its sentence's list by the words around the other
            return False
        statement_lines = (
            not self.one_project and _STATEMENT_LINE.fullmatch(a.key) is not None and a.key == b.key
            or self._department_rate(a, b)
        )
        if (
            (a.source == "text") != (b.source == "text") and path_a[:1] != path_b[:1] and not project_result and not _unit_slip(a, b)
            and not statement_lines
        ):
            # a table in another part may be one project's form (满意度 of one project) — but the same
            # digits a unit apart (148.96元 against the table's 148.96 万元) are one figure mis-unitted
            return False
        if (
            not _known_or_sampled(a.key) and path_a[:2] != path_b[:2] and not project_result and not _unit_slip(a, b) and not statement_lines
            and not named_case and not self._restated_phrase(a, b) and frozenset((id(a), id(b))) not in self.transposed_pairs
        ):
            return False  # a free phrase is only trusted within one part of the report
        depth = min(len(path_a), len(path_b))
        if [self.block.get(id(s), 0) for s in path_a[:depth]] != [self.block.get(id(s), 0) for s in path_b[:depth]]:
            return False  # numbering restarts at 一、: a second report bound into the same file
        subject_a, subject_b = _subject_section(path_a), _subject_section(path_b)
        if subject_a is not subject_b and not self._scope_names_section(a, b, subject_a, subject_b):
            return False  # （一）企业职工基本养老保险基金 … vs （二）城乡居民…基金 …: each section its own fund
        if path_a and path_b and path_a[-1] is not path_b[-1] and (_PROJECT.search(path_a[-1].title) or _PROJECT.search(path_b[-1].title)):
            return False  # figures inside a section about one project describe that project
        big, small = max(abs(a.entity.value), abs(b.entity.value)), min(abs(a.entity.value), abs(b.entity.value))
        if small and big / small >= 10 and not _power_of_ten(big / small) and not _digits_slipped(a, b):
            return False  # 6.88亿元 of the fund vs 1498.48万元 of the office: different scopes
        return True


_ROW_SUBJECT = compile_pattern(r"\p{Han}{2,12}")
# 四、评价结论 / 五、存在问题和下一步工作 / 六、总体评价: parts that restate figures given before
_SUMMARY_TITLE = compile_pattern(r"结论|总体评价|综合评价|审计评价|总结|存在(?:的)?问题|下一步|自评结果|评价结果")
_OTHER_YEAR = compile_pattern(r"上年|去年|上一年|同期|前年|(?P<year>(?:19|20)\d\d)年")
_OFFICE_TITLE = compile_pattern(r"(?:所|局|队|中心|镇|乡|街道|村|社区|分局)\s*$")
# 某商贸有限公司销售侵犯注册商标专用权商品案 / 某医药连锁有限公司…案: a case named by its party and offence
_NAMED_CASE = compile_pattern(r"^某?\p{Han}{2,20}?(?:公司|厂|店|中心|医院|药房|诊所)\p{Han}{2,30}案")
_TOTAL_ROW = compile_pattern(r"合计|小计|总计|其中|项目|指标")
_LONGEST_ROW_SUBJECT = 12
_PROJECT = compile_pattern(r"项目$")
# 1.产出方面 / 2.效益方面 / 3.满意度方面: sections by kind of indicator, not by subject
_ASPECT = compile_pattern(r"(?:方面|指标|目标完成情况|完成情况)\s*$")
_TOTAL_SCORE = "综合得分"
# a section whose title names one fund or one project: what is said inside it is about that subject
_SUBJECT_TITLE = compile_pattern(r"(?:保险基金|基金|项目)(?:[（(][^）)]{1,12}[）)])?\s*$")


def _inside_inclusion(view: str, start: int, position: int) -> bool:
    """Whether ``position`` stands inside brackets opened by 含/包括 (（含2家下属事业单位）)."""
    opened = max(view.rfind("（", start, position), view.rfind("(", start, position))
    if opened < 0 or max(view.rfind("）", opened, position), view.rfind(")", opened, position)) >= 0:
        return False
    return _INCLUSION.match(view, opened + 1) is not None


_INCLUSION = compile_pattern(r"\s*(?:含|包括|包含)")
_NAMED_UNIT = compile_pattern(r"(?P<unit>\p{Han}{2,16}?(?:站|所|中心|院|队|馆|处))")


def _subject_section(path):
    """The deepest section of ``path`` titled with a fund or a project, if any."""
    return next((section for section in reversed(path) if _SUBJECT_TITLE.search(section.title)), None)


_SHARE_LEAD = compile_pattern(r"\s*(?P<whole>\p{Han}{2,12})中\s*[，,：:]")
_WHOLE_WORDS = compile_pattern(r"^(?:本年|全年|年度)|的$")
# 其中，… / 分资金来源看，… / 按用途分，… / 从支出结构看：… open a sentence about the parts
_BREAKDOWN_OPENING = compile_pattern(rf"\s*(?:其中|{BREAKDOWN_LEAD})")
_SCOPE = compile_pattern(r"局机关|委机关|机关本级|城乡居民|城镇居民|居民|城镇职工|职工|统筹基金|个人账户|生育保险|大病保险|离休|伤残军人|(?<!(?:含|包括)(?:下属|所属|直属)?)行政单位|(?<!行政|(?:含|包括)(?:下属|所属|直属)?)事业单位")
# a sentence whose subject is a population (职工医保参保人员住院…): a scope of its own
_OPENING_SCOPE = regex.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五]|首先)?[，,]?\s*(?:(?P<scope>城乡居民|城镇居民|居民|城镇职工|职工)(?:基本)?(?:医保|医疗保险)?(?:参保人员|参保人|人员)?(?P<scope>住院|普通门诊|门诊)?)")
_ITEM_END = compile_pattern(r"[；;]")
_LEVEL = compile_pattern(r"全省|全市|全县|全区|全州|全旗|省级|市级|县级|区级|省本级|市本级|县本级|区本级")
_FUNDING = compile_pattern(r"非财政拨款|(?<!非)财政拨款|一般公共预算|政府性基金预算?|国有资本经营预算|其他(?:收入|资金)安排")
# 除一般公共预算拨款外，还有事业收入…: a source set aside, not the one the figure is limited to
_SET_ASIDE = compile_pattern(r"除(?:了)?[^，,。；;]{0,24}?(?:以)?外")
# 部门基本支出2,846.53万元: the department's whole, whatever pays for it
_WHOLE_DEPARTMENT = compile_pattern(r"(?:本|全|整个)?部门(?:的)?(?:基本支出|项目支出|支出|收入|人员经费|公用经费)(?:为|是|达|共计|合计)?\s*$")


def _funding_named(view: str, start: int, end: int):
    """The first funding source named in ``view[start:end]`` outside a 除…外 aside, or None."""
    asides = None
    for found in _FUNDING.finditer(view, start, end):
        if asides is None:
            asides = [aside.span() for aside in _SET_ASIDE.finditer(view, start, end)]
        if not any(a <= found.start() < b for a, b in asides):
            return found
    return None


_CLAUSE_MARK = compile_pattern(r"[，；;]|,(?!\d{3})")
_CAPTION_REACH = 160
_EXCLUDING = compile_pattern(r"\s*(?:如|若|如果)?(?:剔除|扣除|不含|不考虑|除去)")
_FUNDING_NAMES = {"一般公共预算": "财政拨款", "政府性基金预算": "政府性基金", "其他收入安排": "其他资金", "其他资金安排": "其他资金"}
# (局机关 / 委机关: the bureau's own office, not the department with its subordinate units)
_SCOPE_NAMES = {"城乡居民": "居民", "城镇居民": "居民", "城镇职工": "职工", "局机关": "机关本级", "委机关": "机关本级"}


# a table's column of row totals: 合计 / 总计 / 金额 / 决算数
_PLACE_LABEL = compile_pattern(r"\p{Han}{1,10}(?:省|市|州|盟|县|区|旗|镇|乡|街道|村|社区)")
_ROW_TOTAL_COLUMN = compile_pattern(r"^\s*(?:合\s*计|总\s*计|小\s*计|总额|金额|决算数|本年决算)")


def _row_named_in_text(facts) -> set[int]:
    """A table's row total and the sentence of its section that names the row by its label alone
    (蒙岭县103,575.52万元 beside the row 蒙岭县 | 合计 103,755.52): one figure, compared though the
    label is no lexicon term. Only places are matched so (县, 区, 镇 …): a row named 基金收入 may be
    every scheme's while the section speaks of one.

    >>> from extractor.extraction import extract
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "决算说明\\n四、分地区情况\\n蒙岭县103,575.52万元，比上年增长11.51%。\\n单位：万元\\n地区\\t合计\\n蒙岭县\\t103,755.52\\n"
    >>> ex = extract(document_from_text("t.txt", "txt", text))
    >>> sorted(f.entity.text for f in ex.facts if id(f) in _row_named_in_text(ex.facts))
    ['103,575.52万元', '103,755.52']
    """
    rows = {
        (f.key, f.period, f.section): f for f in facts
        if f.source == "table" and f.measure == "amount" and f.key and f.key == (f.row_header or "").strip()
        and _ROW_TOTAL_COLUMN.match(f.col_header or "") and _PLACE_LABEL.fullmatch(f.key)
    }
    row_values: dict[int, set] = {}
    for f in facts:
        if f.source == "table":
            row_values.setdefault(f.sentence_start, set()).add(f.entity.value)
    named = set()
    for fact in facts:
        row = rows.get((fact.key, fact.period, fact.section))
        if (
            row is not None and fact.source == "text" and fact.measure == "amount" and fact.indicator == fact.key
            and fact.entity.value not in row_values.get(row.sentence_start, set())
        ):
            # (a sentence giving another column's figure of the row, 已拨付…其中蒙岭县800万元, is about that column)
            named.update((id(fact), id(row)))
    return named


def _unit_slipped_rows(facts, one_project: bool) -> set[int]:
    """Table amounts with a free label whose digits a reliable text figure of the same key and
    period repeats in another money unit."""
    stated = {
        (f.key, f.period, abs(f.entity.value)) for f in facts
        if f.source == "text" and f.measure == "amount" and f.key and _reliable_key(f, one_project)
    }
    slipped = set()
    for fact in facts:
        if fact.source != "table" or fact.measure != "amount" or not fact.key or not fact.entity.value:
            continue
        for step in _UNIT_STEPS:
            if (fact.key, fact.period, abs(fact.entity.value) * step) in stated or (fact.key, fact.period, abs(fact.entity.value) / step) in stated:
                slipped.add(id(fact))
    return slipped


# 元 ↔ 千元 / 万元 / 亿元, 万元 ↔ 亿元
_UNIT_STEPS = (Decimal(1000), Decimal(10000), Decimal(100000000))


def _unit_slip(a, b) -> bool:
    """Whether two amounts are the same digits a money unit apart (元 / 万元 / 亿元 / 千元)."""
    if a.measure != "amount" or b.measure != "amount" or not a.entity.value or not b.entity.value:
        return False
    ratio = max(abs(a.entity.value), abs(b.entity.value)) / min(abs(a.entity.value), abs(b.entity.value))
    return ratio >= _UNIT_STEP and _power_of_ten(ratio)


_UNIT_STEP = 1000


def _power_of_ten(ratio) -> bool:
    """10, 100, 10000 …: the signature of a unit slip (万元 written as 元), which stays reportable."""
    return ratio == ratio.to_integral_value() and str(int(ratio)).rstrip("0") == "1"


_NON_DIGIT = compile_pattern(r"[^\d]")


_TRANSPOSED_MIN_DIGITS = 5


def _digits_transposed(a, b) -> bool:
    """Whether two amounts in one unit are one figure with two neighbouring digits swapped:
    审减金额1,418.24万元 in the summary and 对审减的1,481.24万元 in the closing part. Five digits or
    more, so a coincidence between two quantities is not credible.

    >>> from extractor.entities import Entity
    >>> from extractor.facts.model import Fact
    >>> def amount(text, value): return Fact(Entity("MONEY", 0, len(text), text, Decimal(value), unit="万元"), "审减", "审减", "amount", "value", "2024")
    >>> _digits_transposed(amount("1,418.24万元", "14182400"), amount("1,481.24万元", "14812400"))
    True
    >>> _digits_transposed(amount("1,418.24万元", "14182400"), amount("1,428.14万元", "14281400"))
    False
    """
    if a.measure != b.measure or a.measure not in ("amount", "count") or a.entity.unit != b.entity.unit:
        return False
    first, second = (_NON_DIGIT.sub("", f.entity.text) for f in (a, b))
    if len(first) != len(second) or len(first) < _TRANSPOSED_MIN_DIGITS:
        return False
    differing = [i for i, (x, y) in enumerate(zip(first, second)) if x != y]
    return (
        len(differing) == 2 and differing[1] == differing[0] + 1
        and first[differing[0]] == second[differing[1]] and first[differing[1]] == second[differing[0]]
    )


def _transposed_across_names(facts, context) -> Iterator[Finding]:
    """Two amounts (or counts) in running text whose names differ only by words in front (成交金额 / 指标交易成交金额)
    and whose digits are one figure with two neighbours swapped (13,154.28 / 13,514.28): one figure
    mistyped where it is restated, reported as ``uncertain`` (the names differ)."""
    alike: dict[tuple, list] = defaultdict(list)
    for fact in facts:
        if fact.source != "text" or fact.measure not in ("amount", "count") or not exact(fact) or len(fact.key) < 2 or fact.role not in ("value", "actual"):
            continue
        digits = _NON_DIGIT.sub("", fact.entity.text)
        if len(digits) >= _TRANSPOSED_MIN_DIGITS:
            alike["".join(sorted(digits)), fact.entity.unit, fact.period].append(fact)
    for group in alike.values():
        for a, b in combinations(group, 2):
            if group_and_key(a.key)[0] != group_and_key(b.key)[0]:
                continue  # 预算执行率排名前5的乡镇·支出总计 / 支出总计: a group's and the whole's
            # (办件量 names the 办件 counted: a measure word's 量 is no part of the name)
            shorter, longer = sorted((a.key.removesuffix("量"), b.key.removesuffix("量")), key=len)
            if shorter == longer or len(shorter) < 2 or not longer.endswith(shorter) or not _digits_transposed(a, b):
                continue
            context.transposed_pairs.add(frozenset((id(a), id(b))))
            yield from _conflicts((shorter, a.measure, _role_class(a), a.period), [a, b], context)


def _digits_slipped(a, b) -> bool:
    """Whether two amounts are one figure with its digits a power of ten apart, within rounding:
    14.42亿元 against 14,417.02万元 (1.44亿元 converted with the wrong step)."""
    if a.measure != "amount" or b.measure != "amount":
        return False
    if any(len(_NON_DIGIT.sub("", f.entity.text).lstrip("0")) < 3 for f in (a, b)):
        return False  # 1亿元 against 10.3亿元: too coarse to say it is one figure
    small, big = sorted((a, b), key=lambda f: abs(f.entity.value))
    low, high = interval_of(small), interval_of(big)
    return any(low.scale(Decimal(10) ** power).overlaps(high) for power in range(1, 9))


def _listed_in_one_sentence(facts) -> dict[int, list]:
    """Facts whose key recurs with another value in their own sentence (a list of sub-entities),
    each mapped to its list."""
    by_sentence = defaultdict(list)
    for fact in facts:
        by_sentence[(fact.sentence_start, fact.identity)].append(fact)
    listed: dict[int, list] = {}
    for group in by_sentence.values():
        if len({f.entity.value for f in group}) > 1:
            listed.update((id(f), group) for f in group)
    return listed


_HAN_RUN = compile_pattern(r"\p{Han}+")


_FIGURE_WITH_UNIT = compile_pattern(r"[\d.,]+\s*\p{Han}?")


def _bigrams(text: str, without: set[str]) -> set[str]:
    """The two-character words of a stretch, figures and their measure words taken out."""
    text = _FIGURE_WITH_UNIT.sub(" ", text)
    return {run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)} - without


def _restart_blocks(sections) -> dict[int, int]:
    """For every section, how many times its sibling numbering restarted at 1 before it."""
    block: dict[int, int] = {}

    def visit(children) -> None:
        restarts, previous = 0, None
        for child in children:
            if previous is not None and child.scheme == previous.scheme and child.ordinal == 1 and (previous.ordinal or 0) >= 1:
                restarts += 1
            block[id(child)] = restarts
            previous = child
            visit(child.children)

    visit(sections)
    return block


def _siblings(path_a, path_b) -> bool:
    leaf_a, leaf_b = path_a[-1], path_b[-1]
    same_parent = path_a[:-1] == path_b[:-1] and len(path_a) == len(path_b)
    return same_parent and leaf_a.scheme == leaf_b.scheme and leaf_a.scheme in ("arabic-paren", "arabic-dot", "circled", "arabic-multi")


def _conflicts(identity, facts, context) -> Iterator[Finding]:
    distinct: dict = {}
    for fact in facts:
        # a growth or change carries its direction: 下降12.7% and 增长12.7% are different statements
        signed = fact.entity.value * fact.sign if fact.role in ("growth", "change") else fact.entity.value
        distinct.setdefault(signed, []).append(fact)
    values = list(distinct)
    reported = set()
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            first_pair = next(((x, y) for x in distinct[a] for y in distinct[b] if context.comparable(x, y)), None)
            if first_pair is None:
                continue
            fa, fb = first_pair
            ia, ib = interval_of(fa), interval_of(fb)
            if ia.overlaps_open(ib) and fa.sign == fb.sign:
                continue
            if fa.measure == "amount" and context.carry_over_apart(fa, fb):
                continue
            if _written(fa) != _written(fb) and (context.has_part_like(fa, fb) or context.has_part_like(fb, fa)):
                # 公务用车保有量2辆 vs 共有车辆3辆，其中一般公务用车2辆、特种专业技术用车1辆: the
                # other name is wider, and its part of that value is the quantity the first one means
                continue
            pair = tuple(sorted((str(a), str(b))))
            if pair in reported:
                continue
            reported.add(pair)
            # every statement of each value that can be compared with the other side's first one
            group_a = [x for x in distinct[a] if x is fa or context.comparable(x, fb)]
            group_b = [y for y in distinct[b] if y is fb or context.comparable(fa, y)]
            yield _finding(identity, group_a, group_b, context.listed)


def _finding(identity, first_group, second_group, listed) -> Finding:
    key, measure, role, period = identity
    first, second = first_group[0], second_group[0]
    coarse, fine = sorted((first, second), key=lambda f: f.entity.places or 0)
    truncated = (coarse.entity.places or 0) < (fine.entity.places or 0) and truncation_explains(
        coarse.entity.value, coarse.entity.places or 0, fine.entity.value, coarse.entity.scale
    )
    same_words = _written(first) == _written(second)
    if truncated:
        severity, status = "info", "uncertain"
    else:
        carried = any(f.role_carried or f.inherited and f.source == "table" for f in first_group + second_group)
        carried = carried or len({f.role for f in first_group + second_group}) > 1
        carried = carried or len({f.key for f in first_group + second_group}) > 1  # an alias, not the same words
        carried = carried or any(id(f) in listed for f in first_group + second_group)  # singled out of a list
        severity, status = SEVERITY, "fail" if same_words and not carried else "uncertain"
    difference = abs(first.entity.value - second.entity.value)
    evidence_items = tuple(evidence(f, "stated") for f in first_group + second_group)
    names = "、".join(dict.fromkeys(f.indicator for f in first_group + second_group))
    if truncated:
        message = f"{names}前后表述为{first.entity.text}和{second.entity.text}，较短者系较长者截断所致"
        message_en = f"{key} is stated as {first.entity.text} and {second.entity.text}; the shorter is the longer cut off"
    else:
        message = f"同一指标“{names}”（{period}年，{_role_zh(role)}）前后数值不一致：{first.entity.text} 与 {second.entity.text}，相差{show(difference, first)}"
        message_en = f"{key} ({period}, {role}) is stated as {first.entity.text} and as {second.entity.text}; they differ by {show(difference, first)}"
    return Finding(
        rule=CODE, name=NAME, severity=severity, status=status, message=message, message_en=message_en,
        evidence=evidence_items, expected=f"{first.entity.text} {interval_of(first)} ∩ {second.entity.text} {interval_of(second)} = ∅",
        subject=f"{key}|{role}|{period}",
    )


_NAME_RUN = 3
_MOST_PARTS = 8


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share (公务用车 in 一般公务用车 and 公务用车保有量: 4)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _written(fact) -> str:
    return _SCOPE_WORDS.sub("", fact.indicator)


_ROLE_ZH = {
    "value": "数值", "budget": "预算数", "adjusted_budget": "调整后预算", "adjustment": "预算调整", "actual": "执行数",
    "growth": "增幅", "change": "增减额", "share": "占比", "rate": "比率", "target": "目标值", "achieved": "完成值",
    "weight": "分值", "score": "得分", "level": "数值",
}


def _role_zh(role: str) -> str:
    return _ROLE_ZH.get(role, role)
