"""R010 average-mismatch."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts import Fact
from extractor.facts.model import counting_unit

from extractor.facts.sentences import open_brackets
from extractor.facts.table_relations import TOTAL_LABEL, bare_header

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R010", "average-mismatch", "error"

# 人均 / 户均 / 批均 / 平均每公里 / 元/平方米 — the measure word the average is taken over
_WORDS = r"平方米|平方公里|公里|千米|立方米|公顷|亩|吨|户|人次|人|次|件|台|辆|座|个|宗|笔|所|家|批次|批"
_PER_BEFORE = compile_pattern(
    rf"(?:(?P<word>人|户|亩|批|次|生)均|平均每(?P<word>{_WORDS})|每(?P<word>{_WORDS})平均)"
    r"[\p{Han}]{0,6}?(?:为|达|约)?\s*$"
)
_PER_AFTER = compile_pattern(rf"\s*[/／]\s*(?P<word>{_WORDS})")
# a standard, a cap or a monthly / daily rate is not the total over the count
_NOT_COMPUTED = compile_pattern(r"[/／]\s*[月日天]|标准|定额|最高|最低|不超过|不高于|控制在|以内|每月|每天|每日|月人均|日均|每人每|按年末|按\p{Han}{0,8}(?:计算|测算|核算)")
# 人均月养老金209.43元: a monthly average, when it is the figure's own words (not a neighbour's clause)
_MONTHLY_AVERAGE = compile_pattern(r"[人户]均月[^，,；;、。\d]{0,8}$")
# the counting words an average's measure word may be written with
_COUNTED_IN = {"人": ("人", "人次", "名"), "次": ("次", "人次"), "批": ("批次", "批"), "生": ("人", "名")}
_INCOME_WORDS = compile_pattern(r"增收|收入|工资|所得|营收|劳务|报酬|分红|收益")  # 劳务补助 / 分配收益资金: paid to the people averaged over
_SUBSET_OPENING = compile_pattern(r"\s*(?:其中|内含|含)")
# 每个补助80.00万元 / 每户奖励: an amount given per unit, no total
_EACH_BEFORE = compile_pattern(rf"每(?:{_WORDS})[\p{{Han}}]{{0,4}}?(?:为|达|约)?\s*$")
_NOT_SHARED_OUT = compile_pattern(r"投资|缴费|自筹|上年|预算|计划|标准")
_AVERAGE_WORD = compile_pattern(r"[户人]均|平均")  # 户均救助2,277.12元 — not 1,236人×120元/人, a standard
_SLIP = Decimal(1000)  # a ratio this far off is a unit slip (元 for 万元), not another base


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Recomputes an average the report states (人均, 户均, 批均, 平均每公里, 元/平方米) from the
    one total amount and the one count of the same measure word stated before it in its
    sentence, with interval arithmetic, and compares it with the stated average. When the
    sentence states the total but no count, the count may come from shortly before if the
    average's words name what it is per (平均每个社区 → 辖6个社区; 生均 → 核定在校生12,564人) and
    only one such count is stated there; when it states the count but no total, the total may be the
    one amount of the sentence before that the average's words name (人均领取补贴 → 补贴资金) or that the
    sentence says it reckoned on (按补助资金支出计 → 支出). When it states neither, an average reckoned on named
    money (按累计完成投资计，平均每公里治理河长投资…) takes the one amount so named before it, in the text or a
    table's 合计 row, and the one count of its measure word shortly before whose name it repeats (治理河长18.6公里,
    not the plan's 计划治理河长). An average that is a rate stated between total and average
    times the total per unit (支付比例为68.42%，平均每人次统筹支付…) is that portion's, and consistent. Standards,
    caps and monthly or daily rates (每人每月, 控制在…以内, 按年末人数计算) are left alone.
    An average the sentence says it computed on a stated base (按年末退休人员3,574人计算，人均月基本养老金
    9,167.74元) is recomputed from the amount of the same name before it (÷ 12 for 人均月), as ``uncertain``.
    An average opening its sentence with neither term in it (平均每辆车补贴…) takes the one count of its
    measure word and the one total of the sentence just before, other than a 其中 list's parts or a
    bracketed count. An average over an area or length with neither stated in its sentence's count (成交金额合计13,154.28万元，
    平均每亩成交价…) takes the one area stated shortly before whose name shares a word with both (成交指标430.75亩).
    Averages whose sentence names a base it does not state (按年末保障人数和12个月计算，农村低保对象月人均补差…)
    take the head count and the money of their subject stated before (农村低保5,707人, 农村低保金3,092.27万元).
    An average off by a factor of a thousand or more is a unit slip and reported as ``fail``;
    any other difference as ``uncertain``, since a report may average over another base.

    Why is this bad?
    An average is the quickest check a reader makes on a total: a 元/万元 slip in the total, or
    a mistyped count, shows as an average that cannot be right.

    Example:
    ``出租出借房屋42,600平方米，取得出租出借收入1,286.45元，平均租金301.98元/平方米`` —
    1,286.45元 ÷ 42,600 = 0.03元, not 301.98元: the income is in 万元.
    """
    facts = [f for f in extraction.facts if f.source == "text"]
    listed = frozenset(id(p) for r in extraction.relations if r.kind == "parts" for p in r.parts)  # every 其中 list's parts
    view = extraction.document.normalized
    for index, average in enumerate(facts):
        if average.measure != "amount" or not exact(average) or average.role not in ("value", "actual"):
            continue
        word = _measure_word(view, average)
        if word is None:
            continue
        # …每个补助80.00万元；为1,850户…户均补助3,000元: a ；-item has its own total and count
        # (初级证书1,000元/人，9,264人次；…): inside brackets, only what the brackets hold
        in_sentence = [f for f in facts if f.sentence_start == average.sentence_start and f is not average]
        item_from, item_to, bracketed = _item_of(view, average.sentence_start, average.sentence_end, average.start)
        in_item = [f for f in in_sentence if item_from <= f.start < item_to]
        if bracketed and in_item:
            continue  # （初级证书1,000元/人，9,264人次；…）: a bracket of standards, not an average of the total
        own = [f for f in in_item if f.start < average.start]
        if (
            _SUBSET_OPENING.match(view, item_from) and item_from > average.sentence_start
            and not (any(f.measure == "count" for f in own) and any(f.measure == "amount" for f in own))
        ):
            continue  # …，救助1,850户；其中因病致困家庭户均救助3,000元: the average of a subset, its terms unstated
        # …每个补助80.00万元；为1,850户…户均补助3,000元: a ；-item holding its own count or total is read
        # alone; an average bracketed or set apart on its own (惠及1,842人（人均6,000.00元）) is the sentence's
        earlier = [f for f in (in_item or in_sentence) if f.start < average.start]
        counts = [f for f in earlier if f.measure == "count" and exact(f) and (f.entity.unit or "") in _COUNTED_IN.get(word, (word,))]
        totals = [
            f for f in earlier if f.measure == "amount" and exact(f) and f.role in ("value", "actual") and not _per_something(view, f)
            and f.period == average.period  # not 比上年172.50万元: last year's total
        ]
        # 11,632,660元（折合1,163.27万元）: one total, written twice — the bracket restates it
        totals = [f for f in totals if open_brackets(view, f.sentence_start, f.start) == 0] or totals
        if not counts and len(totals) == 1:
            # 辖6个社区。…共核定社区工作经费198.45万元，…平均每个社区33.80万元: the count of what the average is
            # per, stated in a sentence before
            counts = _count_named_before(extraction, facts, view, average, word) or _measured_before(facts, view, average, totals[0], word, listed)
        if len(counts) == 1 and not totals and not _SUBSET_OPENING.match(view, average.sentence_start):
            # 全年补贴资金共计365.40万元，…。全年累计享受补贴562人，人均领取补贴6,051.78元: the one amount of the
            # sentence before that the average's words name (not of 其中首次就业的…120人: some of those paid)
            totals = _total_named_before(view, facts, average)
        if len(counts) == 1 and not totals and _AVERAGE_WORD.search(view, max(average.sentence_start, average.start - 8), average.start):
            # 共救助1,486户，户均救助2,277.12元 beside a table whose 合计 row holds 1,486 and 3,383,800: that
            # row's one amount is the total averaged
            totals = _amount_beside_in_total_row(extraction.facts, counts[0], average)
        if not counts and not totals:
            # 项目实际治理河长18.6公里。…按累计完成投资计，平均每公里治理河长投资139.59万元: the money the
            # sentence names (表1 完成投资 合计) over the length stated before, both named by the average
            counts, totals = _reckoned_terms(extraction.facts, view, average, word)
        if not counts and not totals and _opens_sentence(view, average):
            # 全年核定补贴资金282.54万元，其中…，涉及车辆26辆（新增12辆）。平均每辆车补贴10.87万元: both terms
            # in the sentence just before, each the only one of its kind there
            counts, totals = _terms_of_sentence_before(view, facts, average, word, listed)
        if len(counts) != 1 or len(totals) != 1 or not counts[0].entity.value:
            continue
        if _INCOME_WORDS.search(average.indicator) and not _INCOME_WORDS.search(totals[0].indicator):
            continue  # 发放奖补资金96万元，带动320户，户均增收5,200元: the households' gain, not the grant shared out
        count, total = counts[0], totals[0]
        computed = interval_of(total).divide(interval_of(count))
        if computed is None or computed.overlaps(interval_of(average)):
            continue
        if _portion_averaged(facts, total, count, average):
            continue  # 住院费用27,246.50万元，统筹基金支付比例为68.42%，平均每人次统筹支付3,559.05元: of the paid part
        point = total.entity.value / count.entity.value
        slip = point and (average.entity.value / point >= _SLIP or point / average.entity.value >= _SLIP)
        yield _finding(average, total, count, show(point.quantize(Decimal("0.01")), average), "fail" if slip else "uncertain")
    yield from _stated_base_averages(view, facts)
    yield from _named_base_averages(view, facts)
    yield from _count_averages(view, facts, listed)


def _finding(average: Fact, total: Fact, count: Fact, computed: str, status: str = "uncertain", monthly: bool = False) -> Finding:
    """The finding of an average that is not ``total ÷ count`` (÷ 12 months when ``monthly``), which gives ``computed``."""
    per = " ÷ 12个月" if monthly else ""
    return Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status=status,
        message=f"平均数{average.entity.text}与{total.entity.text} ÷ {count.entity.text}{per} = {computed}不符",
        message_en=f"the average {average.entity.text} is not {total.entity.text} / {count.entity.text}{' / 12 months' if monthly else ''} = {computed}",
        evidence=(evidence(average, "average"), evidence(total, "total"), evidence(count, "count")),
        expected=f"{total.entity.text} / {count.entity.text}{per} = {computed}",
        subject=f"{average.key}|{average.period}",
    )


# 按年末退休人员3,574人计算，人均月基本养老金9,167.74元: the base the report says it divided by, then the average
_STATED_BASE = compile_pattern(r"\s*(?:计算|测算|核算)\s*[，,]\s*(?P<per>[人户])均(?P<month>月)?(?P<name>\p{Han}{0,8}?)(?:为|达|约)?\s*$")
_BASE_OPENING = compile_pattern(r"按\p{Han}{0,12}$")
_MONTHS = Decimal(12)
_PER_MONTH_AFTER = compile_pattern(r"\s*(?:[/／]\s*月|每月)")  # 人均基本养老金3,516元/月


def _stated_base_averages(view: str, facts: list[Fact]) -> Iterator[Finding]:
    """人均 (人均月) averages whose base the sentence states: ``其中基本养老金支出39,318.60万元，…，按年末
    退休人员3,574人计算，人均月基本养老金9,167.74元`` — 39,318.60万元 ÷ 3,574人 ÷ 12 = 9,167.74元. The
    total is the one amount of the ；-item before the base whose name holds the average's."""
    for index, average in enumerate(facts):
        if average.measure != "amount" or not exact(average) or index < 1:
            continue
        count = facts[index - 1]
        if count.measure != "count" or not exact(count) or not count.entity.value or count.sentence_start != average.sentence_start:
            continue
        stated = _STATED_BASE.fullmatch(view, count.end, average.start)
        if stated is None or not _BASE_OPENING.search(view, max(count.sentence_start, count.start - 14), count.start):
            continue
        if (count.entity.unit or "") not in _COUNTED_IN.get(stated.group("per"), (stated.group("per"),)):
            continue
        name = stated.group("name")
        item_from, _, _ = _item_of(view, average.sentence_start, average.sentence_end, average.start)
        totals = [
            f for f in facts if f.sentence_start == average.sentence_start and item_from <= f.start < count.start
            and f.measure == "amount" and exact(f) and f.role in ("value", "actual") and len(name) >= 2 and name in f.indicator
        ]
        if len(totals) != 1:
            continue
        total = totals[0]
        monthly = stated.group("month") or _PER_MONTH_AFTER.match(view, average.end)
        months = _MONTHS if monthly else Decimal(1)
        computed = interval_of(total).divide(interval_of(count).scale(months))
        if computed is None or computed.overlaps(interval_of(average)):
            continue
        point = total.entity.value / count.entity.value / months
        yield _finding(average, total, count, show(point.quantize(Decimal("0.01")), average), monthly=bool(monthly))


# 按年末保障人数和12个月计算，农村低保对象月人均补差451.53元 / 按年末享受人数计算，人均全年领取823.72元:
# a base named, not stated, then the averages — each of its subject (农村低保对象) or of the base's own words
_NAMED_BASE = compile_pattern(r"按(?P<base>\p{Han}{2,10}?)人数(?P<months>和12个月)?计算\s*[，,]")
_NAMED_BASE_AVERAGE = compile_pattern(r"(?P<subject>\p{Han}{0,10}?)(?P<month>月)?人均(?:全年)?\p{Han}{0,6}?(?:为|达)?\s*$")
_SUBJECT_TAIL = compile_pattern(r"(?:对象|人员|群众|老人|家庭)$")
_BASE_NOISE = compile_pattern(r"^(?:年末|年底|期末|全年|实际)+")
_STANDARD_WORDS = compile_pattern(r"标准|每人|每月|每年|上年|人均|户均")
_NAMED_BASE_REACH = 1500
# 人均享受助餐补贴 / 人均领取补助为: the verb before what each receives
_RECEIVING = compile_pattern(r"^(?:全年)?(?:享受|领取|获得|发放|补助|补贴)?(?=\p{Han}{2})|(?:为|达|约)?\s*$")


def _named_base_averages(view: str, facts: list[Fact]) -> Iterator[Finding]:
    """Averages whose sentence names its base without stating it (按年末保障人数和12个月计算，城市低保对象
    月人均补差648.93元): the count is the one head count stated before whose name holds the average's
    subject (城市低保1,318人) — or, with no subject, the base's own word (年末享受高龄津贴9,897人); the total is
    the one amount stated before of that subject (城市低保金1,026.35万元) or of the thing the count's
    people receive (发放高龄津贴8,152,400元); ÷ 12 when the base or the average says 月. ``uncertain``."""
    for average in facts:
        if average.measure != "amount" or not exact(average) or average.role not in ("value", "actual"):
            continue
        base = _NAMED_BASE.search(view, average.sentence_start, average.start)
        if base is None:
            continue
        clause_from = max(base.end(), *(view.rfind(mark, average.sentence_start, average.start) + 1 for mark in "，,；;"))
        named = _NAMED_BASE_AVERAGE.search(view, clause_from, average.start)
        if named is None:
            continue
        subject = _SUBJECT_TAIL.sub("", named.group("subject"))
        word = _BASE_NOISE.sub("", base.group("base"))
        before = [f for f in facts if f.end <= base.start() and average.start - f.start <= _NAMED_BASE_REACH and exact(f)]
        counts = [
            f for f in before if f.measure == "count" and counting_unit(f) == "人" and f.role == "value"
            and f.period[:4] == average.period[:4] and (subject in f.indicator if subject else word and f.indicator.startswith(word))
        ]
        if len(subject) < 2 and not word or len({f.entity.value for f in counts}) != 1 or not counts[-1].entity.value:
            continue
        count = counts[-1]
        received = count.indicator[len(word):] if not subject else subject  # 享受高龄津贴 → 高龄津贴
        # 按登记人数计算，人均享受助餐补贴…: or what the average's own words say each receives
        averaged = _RECEIVING.sub("", view[named.end("month") if named.group("month") else named.start():average.start].partition("人均")[2])
        totals = [
            f for f in before if f.measure == "amount" and f.role in ("value", "actual") and f.period == average.period
            and any(len(thing) >= 2 and thing in f.indicator for thing in (received, averaged if not subject else ""))
            and not _STANDARD_WORDS.search(f.indicator) and not _per_something(view, f)
        ]
        if len({f.entity.value for f in totals}) > 1:
            # 安排老年助餐补贴资金350.00万元 … 助餐补贴234.96万元: the one named exactly so
            totals = [f for f in totals if f.indicator in (received, averaged)]
        if len({f.entity.value for f in totals}) != 1:
            continue
        total = totals[-1]
        months = _MONTHS if base.group("months") or named.group("month") else Decimal(1)
        computed = interval_of(total).divide(interval_of(count).scale(months))
        if computed is None or computed.overlaps(interval_of(average)):
            continue
        point = total.entity.value / count.entity.value / months
        yield _finding(average, total, count, show(point.quantize(Decimal("0.01")), average), monthly=months != 1)


# 平均每起出动车辆2.12辆次 / 人均参加培训1.5次: an average of a count, per a thing counted
_COUNT_PER = compile_pattern(r"(?:平均每|每)(?P<word>起|次|件|户|人|名|个|家|所|宗|批次|批|场|期)(?:平均)?(?P<name>\p{Han}{0,8}?)(?:为|达|约)?\s*$")


def _count_averages(view: str, facts: list[Fact], listed: frozenset) -> Iterator[Finding]:
    """Averages of a count (平均每起出动车辆2.12辆次): the one count of the average's measure word
    (2,941辆次) over the one count of the thing it is per (1,386起), both in its sentence — the whole of a
    其中 list, not its parts (``listed``: the ids of every listed part). ``uncertain``."""
    for average in facts:
        if average.measure != "count" or not exact(average) or not average.entity.places and average.entity.value == average.entity.value.to_integral_value():
            continue  # (平均每期48.00人: written with places, an average even when whole)
        per = _COUNT_PER.search(view, max(average.sentence_start, average.start - 14), average.start)
        if per is None:
            continue
        earlier = [f for f in facts if f.sentence_start == average.sentence_start and f.start < average.start and f.measure == "count" and exact(f)]
        totals = [
            f for f in earlier if f.entity.unit == average.entity.unit and id(f) not in listed
            and f.role in ("value", "actual") and f.period == average.period  # not 较上年的610人多培育62人
        ]
        units = _COUNTED_IN.get(per.group("word"), (per.group("word"),))
        counts = [f for f in earlier if (f.entity.unit or "") in units and f.entity.unit != average.entity.unit and id(f) not in listed]
        if not counts and len({f.entity.value for f in totals}) == 1:
            # 全年共举办培训班14期 … 全年培育高素质农民672人，…；平均每期48.00人: the one count of the
            # thing it is per, stated shortly before
            counts = [
                f for f in facts if f.measure == "count" and (f.entity.unit or "") in units and f.entity.unit != average.entity.unit
                and exact(f) and id(f) not in listed and f.role in ("value", "actual") and f.period == average.period
                and f.source == "text" and f.start < average.sentence_start and average.sentence_start - f.start <= _COUNT_REACH
            ]
        if len({f.entity.value for f in totals}) != 1 or len({f.entity.value for f in counts}) != 1 or not counts[0].entity.value:
            continue
        total, count = totals[-1], counts[-1]
        computed = interval_of(total).divide(interval_of(count))
        if computed is None or computed.overlaps(interval_of(average)):
            continue
        point = (total.entity.value / count.entity.value).quantize(Decimal(1).scaleb(-(average.entity.places or 2)))
        yield _finding(average, total, count, f"{point}{average.entity.unit}")


# 平均每个社区 / 每个乡镇平均 / 生均: the thing the average is per, when the words name it
_PER_NAMED = compile_pattern(r"(?:平均每(?:个|所|家|座)?|每(?:个|所|家|座))(?P<noun>\p{Han}{1,4}?)(?:平均)?(?:为|达|约)?\s*$|(?P<pupil>生)均")
_PUPILS = ("在校生", "在校学生", "学生", "在校生数", "学生数", "学生人数")  # not 新生, 毕业生: some of the pupils
_OWN_BASIS = compile_pattern(r"按\p{Han}{0,12}?(?:计算|测算|核算|计)")
_MEASURE_WORD_ONLY = compile_pattern(rf"(?:{_WORDS})")
_COUNT_REACH = 1200  # characters before the average's sentence where its count may stand


def _count_named_before(extraction: Extraction, facts: list[Fact], view: str, average: Fact, word: str) -> list[Fact]:
    """The one count, stated shortly before the average's sentence, of the thing the average's words
    name (平均每个社区 → a count keyed …社区; 生均 → a count of students); none when the words name no
    thing (人均, 户均 have many candidates) or when the counts before disagree."""
    named = _PER_NAMED.search(view, max(average.sentence_start, average.start - 12), average.start)
    if named is None or _OWN_BASIS.search(view, average.sentence_start, average.start):
        return []  # 按年初核定学生数计算，生均…: the sentence names its own base
    noun = named.group("noun")
    if noun and _MEASURE_WORD_ONLY.fullmatch(noun):
        return []  # 平均每件: a measure word, not a thing (受理712件 or 结案688件?)
    counted = [
        f for f in facts
        if f.measure == "count" and exact(f) and f.role == "value" and f.period == average.period
        and f.start < average.sentence_start and average.sentence_start - f.start <= _COUNT_REACH
        and (f.entity.unit or "") in _COUNTED_IN.get(word, (word,))
    ]
    found = [f for f in counted if "·" not in f.key and (f.key.endswith(noun) if noun else f.key.endswith(_PUPILS))]
    if not found or len({f.entity.value for f in found}) != 1:
        return []
    # 在校生12,564人（小学8,436人、初中4,128人）: a breakdown adding up to the count leaves it the base
    breakdown = {
        id(p) for r in extraction.relations if r.kind == "parts" and r.member("total") is found[-1]
        and sum(p.entity.value for p in r.parts) == found[-1].entity.value for p in r.parts
    }
    if any(
        f.sentence_start == found[-1].sentence_start and f.entity.value != found[-1].entity.value and id(f) not in breakdown
        for f in counted
    ):
        return []  # 辖15个行政村，其中9个开展了整治…平均每个行政村30万元: the ones that did it may be the base
    return found[-1:]


_AREA_OR_LENGTH = frozenset({"亩", "公顷", "平方米", "平方公里", "公里", "千米", "立方米", "吨"})
_PER_MEASURED = compile_pattern(rf"平均每(?:{_WORDS})(?P<name>\p{{Han}}{{2,8}}?)(?:为|达|约)?\s*$")


def _measured_before(facts, view: str, average: Fact, total: Fact, word: str, listed: frozenset) -> list[Fact]:
    """The one area or length stated shortly before an average over it whose name shares a word with
    both the average's name and the total's (成交指标430.75亩 … 成交金额合计13,154.28万元，平均每亩成交价
    30.54万元: 成交); [] otherwise."""
    if word not in _AREA_OR_LENGTH:
        return []
    named = _PER_MEASURED.search(view, max(average.sentence_start, average.start - 14), average.start)
    if named is None:
        return []
    words = {named.group("name")[i:i + 2] for i in range(len(named.group("name")) - 1)}
    words = {w for w in words if w in total.indicator}
    measured = [
        f for f in facts if f.measure == "count" and exact(f) and f.role == "value" and f.period == average.period
        and (f.entity.unit or "") == word and f.start < average.sentence_start and average.sentence_start - f.start <= _COUNT_REACH
        and any(w in f.indicator for w in words)
    ]
    if any(id(f) in listed for f in measured):
        return []  # 出让土地612.40亩，其中商服用地成交面积182.30亩: a part of the area, not the one averaged over
    return measured[-1:] if len({f.entity.value for f in measured}) == 1 else []


# 人均领取补贴 / 户均发放救助金: what is averaged, after the per-head word and a handing-out verb
# 按补助资金支出计，平均每人次…: the money the average is reckoned on, named by the sentence
_RECKONED_ON = compile_pattern(r"按(?P<noun>\p{Han}{2,10}?)计\s*[，,]")
_AVERAGED_NAME = compile_pattern(r"(?:[人户]均|平均每[人户])(?:领取|发放|获得|享受|补助|支付)?(?P<noun>\p{Han}{2,6}?)(?:为|达|约)?\s*$")


_MONEY_NOUN = compile_pattern(r"投资|资金|支出|经费|收入|补助|补贴")
_PLANNED = compile_pattern(r"计划|目标|预期|预计|批复|设计")
_PER_THING = compile_pattern(rf"平均每(?:{_WORDS})(?P<thing>\p{{Han}}{{2,8}}?)(?:{_MONEY_NOUN.pattern})")


def _reckoned_terms(facts, view: str, average: Fact, word: str) -> tuple[list[Fact], list[Fact]]:
    """The count and the total of an average whose sentence states neither but names the money it is
    reckoned on (按累计完成投资计，平均每公里治理河长投资…): the one amount so named anywhere before
    (in the text, or the 合计 row of a column so headed) and the one count of the measure word
    stated shortly before whose name the average repeats (治理河长18.6公里); ([], []) otherwise."""
    reckoned = _RECKONED_ON.search(view, average.sentence_start, average.start)
    per = _PER_THING.match(view, reckoned.end(), average.start) if reckoned is not None else None
    if per is None or not _MONEY_NOUN.search(reckoned.group("noun")):
        return [], []
    money, thing = reckoned.group("noun"), per.group("thing")
    stated = [
        f for f in facts if f.start < average.sentence_start and f.measure == "amount" and exact(f)
        and f.role in ("value", "actual") and f.period == average.period and not _PLANNED.search(f.indicator + f.col_header)
    ]
    totals = [
        f for f in stated if f.source == "text" and _names_the_money(money, f.indicator, flows=False)
        or f.source == "table" and TOTAL_LABEL.match(f.row_header) and _names_the_money(money, bare_header(f.col_header), flows=False)
    ]
    counts = [
        f for f in facts if f.source == "text" and f.measure == "count" and exact(f) and f.role == "value"
        and f.period == average.period and f.start < average.sentence_start and average.sentence_start - f.start <= _COUNT_REACH
        and (f.entity.unit or "") in _COUNTED_IN.get(word, (word,)) and len(f.key) >= 2 and f.key[-2:] in thing
        and not _PLANNED.search(f.indicator)  # 计划治理河长17.5公里: the plan, not what was done
    ]
    if len({f.entity.value for f in totals}) != 1 or len({f.entity.value for f in counts}) != 1:
        return [], []
    return counts[-1:], totals[-1:]


def _opens_sentence(view: str, average: Fact) -> bool:
    """Whether an average is the sentence's first clause (平均每辆车补贴…), not a later one."""
    return not any(mark in view[average.sentence_start:average.start] for mark in "，,；;")


def _terms_of_sentence_before(view: str, facts: list[Fact], average: Fact, word: str, listed: frozenset) -> tuple[list[Fact], list[Fact]]:
    """The one count of the average's measure word and the one total amount in the sentence right
    before (same paragraph), outside brackets and other than a 其中 list's parts; ([], []) otherwise."""
    before = [f for f in facts if f.sentence_end <= average.sentence_start]
    if not before or "\n" in view[before[-1].sentence_end:average.sentence_start] or average.sentence_start - before[-1].sentence_end > 1:
        return [], []
    sentence = [
        f for f in before if f.sentence_start == before[-1].sentence_start and exact(f) and id(f) not in listed
        and open_brackets(view, f.sentence_start, f.start) == 0 and f.period == average.period
    ]
    counts = [f for f in sentence if f.measure == "count" and (f.entity.unit or "") in _COUNTED_IN.get(word, (word,))]
    totals = [f for f in sentence if f.measure == "amount" and f.role in ("value", "actual") and not _per_something(view, f)]
    if len(counts) != 1 or len(totals) != 1:
        return [], []
    return counts, totals


def _total_named_before(view: str, facts: list[Fact], average: Fact) -> list[Fact]:
    """The one amount, in the sentence right before the average's (same paragraph), whose name holds
    what the average's words say is averaged (人均领取补贴 → 补贴资金365.40万元), or whose name the
    sentence says it averaged (按补助资金支出计，平均每人次补助6.03元 → 支出172.62万元); [] otherwise."""
    if "\n" in view[max(0, average.sentence_start - 1):average.sentence_start]:
        return []
    before = [f for f in facts if f.sentence_end <= average.sentence_start and f.sentence_start < average.sentence_start]
    if not before:
        return []
    previous_start = before[-1].sentence_start
    if "\n" in view[previous_start:average.sentence_start]:
        return []
    candidates = [
        f for f in before if f.sentence_start == previous_start and f.measure == "amount" and exact(f)
        and f.role in ("value", "actual") and f.period == average.period and not _per_something(view, f)
    ]
    reckoned = _RECKONED_ON.search(view, average.sentence_start, average.start)
    if reckoned is not None:
        # 按补助资金支出计 → 医疗救助支出 (one flow), 按补贴资金计 → 耕地地力保护补贴资金: the money the words name
        found = [f for f in candidates if _names_the_money(reckoned.group("noun"), f.indicator)]
        if len({f.entity.value for f in found}) == 1:
            return found
    named = _AVERAGED_NAME.search(view, max(average.sentence_start, average.start - 12), average.start)
    if named is None:
        return []
    found = [f for f in candidates if named.group("noun") in f.indicator]
    return found if len({f.entity.value for f in found}) == 1 else []


_FLOW_TAILS = ("支出", "收入", "投资")


def _names_the_money(words: str, indicator: str, flows: bool = True) -> bool:
    """Whether the words an average is reckoned on name a figure: one ends the other (补贴资金 /
    耕地地力保护补贴资金), or — in running text — both end in one flow (补助资金支出 / 医疗救助支出;
    not a table's 计划投资 beside its 完成投资)."""
    if len(indicator) < 2:
        return False
    return words.endswith(indicator) or indicator.endswith(words) or flows and indicator[-2:] == words[-2:] in _FLOW_TAILS


def _amount_beside_in_total_row(facts, count: Fact, average: Fact) -> list[Fact]:
    """The one amount of the table 合计 row that states ``count`` too (same value and unit)."""
    rows = {
        f.sentence_start for f in facts
        if f.source == "table" and f.measure == "count" and TOTAL_LABEL.match(f.row_header)
        and f.entity.value == count.entity.value and f.entity.unit == count.entity.unit
    }
    if len(rows) != 1:
        return []
    row = rows.pop()
    amounts = [
        f for f in facts if f.source == "table" and f.sentence_start == row and f.measure == "amount" and exact(f)
        and f.role in ("value", "actual") and f.period == average.period
        and not _NOT_SHARED_OUT.search(f.col_header)  # 总投资 / 个人缴费总额 / 上年…: not the money shared out
    ]
    return amounts[:1] if len({f.entity.value for f in amounts}) == 1 else []


def _item_of(view: str, sentence_start: int, sentence_end: int, position: int) -> tuple[int, int, bool]:
    """The span of the ；-item or bracket holding ``position`` and whether it is a bracket."""
    depth, start, bracketed = 0, sentence_start, False
    for index in range(position - 1, sentence_start - 1, -1):
        character = view[index]
        if character in "）)":
            depth += 1
        elif character in "（(":
            if depth == 0:
                start, bracketed = index + 1, True
                break
            depth -= 1
        elif character in "；;" and depth == 0:
            start = index + 1
            break
    depth, end = 0, sentence_end
    for index in range(position, sentence_end):
        character = view[index]
        if character in "（(":
            depth += 1
        elif character in "）)":
            if depth == 0:
                end = index
                break
            depth -= 1
        elif character in "；;" and depth == 0 and not bracketed:
            end = index
            break
    return start, end, bracketed


def _per_something(view: str, fact: Fact) -> bool:
    """Whether an amount is written as an average or a rate of any kind (人均月补助100元), so no total."""
    clause = view[max(fact.sentence_start, fact.start - 16):fact.start]
    return bool(_PER_BEFORE.search(clause) or _EACH_BEFORE.search(clause) or _PER_AFTER.match(view, fact.end) or _measure_word(view, fact))


def _measure_word(view: str, fact: Fact) -> str | None:
    """The measure word an amount is an average over (人 for 人均, 平方米 for 元/平方米), or None."""
    clause = view[max(fact.sentence_start, fact.start - 16):fact.start]
    if _NOT_COMPUTED.search(clause) or _NOT_COMPUTED.match(view, fact.end) or _MONTHLY_AVERAGE.search(clause):
        return None
    before = _PER_BEFORE.search(clause)
    if before is not None:
        return before.group("word")
    after = _PER_AFTER.match(view, fact.end)
    return after.group("word") if after is not None else None


def _portion_averaged(facts: list[Fact], total: Fact, count: Fact, average: Fact) -> bool:
    """Whether a rate stated between the total and the average gives the average as that share of
    the total per unit: ``住院费用27,246.50万元，支付比例为68.42%，平均每人次统筹支付3,559.05元`` —
    27,246.50万元 × 68.42% ÷ 52,380人次 = 3,559.05元."""
    stated = interval_of(average)
    for rate in facts:
        if rate.measure != "percent" or not (total.end <= rate.start < average.start) or rate.sentence_start != average.sentence_start:
            continue
        portion = interval_of(total).times(interval_of(rate)).scale(Decimal("0.01")).divide(interval_of(count))
        if portion is not None and portion.overlaps(stated):
            return True
    return False

