"""A writer of synthetic 部门整体支出绩效自评报告 whose every figure is known.

``write_report(seed)`` draws a department, a fiscal year Y and consistent figures from
``random.Random(seed)`` and writes a report in the shape of the real ones: basic facts (posts,
staff, cars), the budget paragraph (年初预算 + 追加 = 全年收入; 总支出 = 基本支出 (人员经费 +
公用经费) + 项目支出), a share, the 三公 paragraph with changes and growth rates, an execution
rate, a fund indicator stated twice in two sections, a score table with a 合计 row, the overall
score with its grade, and a signature dated January–June of Y+1. Wording varies a little
(synonyms, clause order) so the tool is not tested on one sentence.

The :class:`~corpora.planted.manifest.Manifest` it returns gives the offsets of every figure a
mutation may change. Example::

    text, manifest = write_report(7)
    manifest["basic.personnel"].text        # '401.20万元'
    text[slice(*manifest["basic.personnel"].span)] == manifest["basic.personnel"].text
"""

from __future__ import annotations

import calendar
import random
from contextlib import contextmanager
from decimal import Decimal

from .manifest import Manifest, Slot
from .writing import fixed, rounded

WAN = Decimal(10000)
YI = Decimal(10) ** 8
HUNDRED = Decimal(100)

PLACES = ("示例县", "青山县", "东湖区", "南川区", "白河县", "临江市", "石门县", "安平县", "桃源县", "云溪区", "龙泉县", "北塘区")
SCORE_ITEMS = (
    "预算执行率", "三公经费控制率", "政府采购执行率", "参保率", "基金监管覆盖率", "政策知晓率",
    "群众满意度", "资金使用合规性", "绩效目标完成率", "信息公开及时性",
)
# 财预〔2020〕10号: 优 ≥ 90; 良 80 ≤ s < 90; 中 60 ≤ s < 80; 差 < 60
GRADES = (("优", "优秀", Decimal(90)), ("良", "良好", Decimal(80)), ("中", "中等", Decimal(60)), ("差", "较差", Decimal(0)))
GROW_WORDS = {"增长": "下降", "下降": "增长", "增加": "减少", "减少": "增加", "提高": "降低", "降低": "提高"}


def grade_of(score: Decimal) -> str:
    """The band a score earns (the one-character grade).

    >>> grade_of(Decimal("90")), grade_of(Decimal("89.5")), grade_of(Decimal("59"))
    ('优', '良', '差')
    """
    return next(short for short, _, low in GRADES if score >= low)


class _Writer:
    """Appends text and records where each named figure and segment lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.position = 0
        self.slots: dict[str, Slot] = {}
        self.segments: dict[str, tuple[int, int]] = {}

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.position += len(text)

    def fig(self, name: str, text: str, kind: str, value=None, places=None, unit=None) -> None:
        if name in self.slots:
            raise ValueError(f"slot {name} written twice")
        self.slots[name] = Slot(name, self.position, self.position + len(text), text, kind, value, places, unit)
        self.put(text)

    def money_wan(self, name: str, yuan: Decimal) -> None:
        self.fig(name, f"{fixed(yuan / WAN, 2)}万元", "money", yuan, 2, "万元")

    def money_yuan(self, name: str, yuan: Decimal) -> None:
        self.fig(name, f"{fixed(yuan, 2)}元", "money", yuan, 2, "元")

    def money_yi(self, name: str, yuan: Decimal) -> None:
        self.fig(name, f"{fixed(yuan / YI, 2)}亿元", "money", yuan, 2, "亿元")

    def percent(self, name: str, value: Decimal, places: int) -> None:
        self.fig(name, f"{fixed(value, places)}%", "percent", rounded(value, places), places, "%")

    def count(self, name: str, n: int, unit: str) -> None:
        self.fig(name, f"{n}{unit}", "count", Decimal(n), 0, unit)

    def word(self, name: str, text: str) -> None:
        self.fig(name, text, "word", text)

    @contextmanager
    def segment(self, name: str):
        start = self.position
        yield
        self.segments[name] = (start, self.position)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount in yuan with whole fen in 万元 (two decimals of 万元)."""
    return Decimal(rng.randint(low * 100, high * 100)) * 100


def write_report(seed: int | random.Random) -> tuple[str, Manifest]:
    """A synthetic self-evaluation report and the manifest of its figures.

    Example: ``write_report(3)`` always gives the same text; its budget paragraph reads like
    ``我单位2023年年初预算收入520.00万元，年中追加预算180.50万元，全年总收入为700.50万元；…``.
    """
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    label = seed if not isinstance(seed, random.Random) else "rng"
    w = _Writer()
    place = rng.choice(PLACES)
    dept = f"{place}医疗保障局"
    area = "全" + place[-1]
    year = rng.randint(2019, 2024)
    facts: dict[str, object] = {"department": dept, "fiscal_year": year}

    annex = rng.randint(1, 4)
    if random.Random(f"{label}:docno").random() < 0.5:
        _letterhead(w, random.Random(f"{label}:docno:serial"), dept, place, year)
    else:
        w.put(f"附件{annex}\n\n")
    w.put(f"{dept}\n")
    w.put(f"{year}年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n（一）基本情况。\n")
    _basic_facts(w, rng, dept)
    w.put("\n\n（二）年度预决算情况。\n")
    figures = _budget(w, rng, year, facts)
    w.put("\n\n二、整体支出管理及使用情况\n\n（一）基本支出。\n")
    _share(w, rng, year, figures)
    w.put("\n\n（二）“三公”经费。\n")
    _three_public(w, rng)
    w.put("\n\n（三）预算执行情况。\n")
    _execution(w, rng, figures)
    with w.segment("insert.after"):
        pass
    w.put("\n\n三、整体支出绩效情况\n\n")
    fund = _fund(w, rng, year, area)
    if random.Random(f"{label}:aid").random() < 0.5:
        _aid_table(w, random.Random(f"{label}:aid:rows"))
    w.put("\n\n四、评价结论\n\n1.绩效指标完成情况。\n")
    prose = random.Random(f"{label}:prose").random() < 0.3
    total = _score_table(w, rng, full_execution=figures["spending"] == figures["income"], prose=prose)
    w.put("\n\n2.总体评价。\n")
    _fund_again(w, rng, fund)
    _overall(w, rng, total, facts)
    w.put(f"\n\n{dept}\n")
    _signature(w, rng, year, facts)
    w.put("\n")
    return w.text, Manifest(label, w.slots, w.segments, facts)


def _letterhead(w: _Writer, rng: random.Random, dept: str, place: str, year: int) -> None:
    """A 红头: the department's …文件 line and the report's own 发文字号, issued the year after the
    fiscal year, like the signature (``青山医保发〔2024〕17号``)."""
    w.put(f"{dept}文件\n{place[:2]}医保发〔")
    w.fig("report.docno.year", str(year + 1), "year", Decimal(year + 1), 0, None)
    w.put(f"〕{rng.randint(1, 60)}号\n\n")


def _basic_facts(w: _Writer, rng: random.Random, dept: str) -> None:
    posts = rng.randint(8, 40)
    staff = rng.randint(max(3, posts - 6), posts)
    first = rng.randint(1, staff - 1)
    second = staff - first - (rng.randint(0, 2) if staff - first > 3 else 0)
    kinds = rng.choice([("行政编制", "参公编制"), ("行政编制", "事业编制"), ("参公编制", "事业编制")])
    cars = rng.randint(1, 5)
    with w.segment("sentence.staff"):
        w.put(f"{dept}核定{rng.choice(['编制', '人员编制'])}")
        w.count("staff.posts", posts, "人")
        w.put(f"，年末实有在职人员")
        w.count("staff.whole", staff, "人")
        w.put(f"（其中：{kinds[0]}")
        w.count("staff.part1", first, "人")
        w.put(f"，{kinds[1]}")
        w.count("staff.part2", second, "人")
        w.put("）。")
    with w.segment("sentence.cars"):
        w.put("机关公务用车编制数")
        w.count("cars.posts", cars, "辆")
        w.put("，实际保有车辆")
        w.count("cars.held", cars, "辆")
        w.put("。")


def _budget(w: _Writer, rng: random.Random, year: int, facts: dict) -> dict:
    initial = Decimal(rng.randint(3000, 30000)) * 1000  # ends in 0 at two decimals of 万元
    added = _money(rng, 20, 800)
    income = initial + added
    carry = Decimal(0) if rng.random() < 0.5 else _money(rng, 1, max(2, int(income / WAN / 20)))
    spending = income - carry
    basic = rounded(spending * Decimal(rng.uniform(0.4, 0.8)) / 100, 0) * 100
    project = spending - basic
    personnel = rounded(basic * Decimal(rng.uniform(0.75, 0.92)) / 100, 0) * 100
    public = basic - personnel
    facts.update(initial=initial, added=added, income=income, spending=spending, basic=basic, project=project,
                 personnel=personnel, public=public)
    w.put(f"我单位{year}年年初预算收入{rng.choice(['', '为'])}")
    w.money_wan("budget.initial", initial)
    w.put(f"，{rng.choice(['年中追加预算', '年中追加', '年中追加资金'])}")
    w.money_wan("budget.added", added)
    w.put(f"，{rng.choice(['全年总收入为', '全年总收入', '全年收入合计'])}")
    w.money_wan("income.total", income)
    w.put(f"；{rng.choice(['全年总支出为', '全年总支出', '全年支出合计'])}")
    w.money_wan("spending.total", spending)
    w.put("，其中：")
    personnel_word, public_word = rng.choice([("人员经费", "公用经费"), ("人员支出", "公用支出"), ("人员经费", "日常公用经费")])

    def basic_part() -> None:
        with w.segment("parts.basic"):
            w.put("基本支出")
            w.money_wan("basic", basic)
            w.put(f"（{personnel_word}")
            w.money_wan("basic.personnel", personnel)
            w.put(f"，{public_word}")
            w.money_wan("basic.public", public)
            w.put("）")

    def project_part() -> None:
        with w.segment("parts.project"):
            w.put("项目支出")
            w.money_wan("project", project)

    if rng.random() < 0.8:
        basic_part(), w.put("，"), project_part()
    else:
        project_part(), w.put("，"), basic_part()
    w.put("。")
    return {"income": income, "spending": spending, "basic": basic}


def _share(w: _Writer, rng: random.Random, year: int, figures: dict) -> None:
    places = 2 if rng.random() < 0.7 else 1
    share = figures["basic"] / figures["spending"] * HUNDRED
    w.put(f"{year}年度我局基本支出")
    w.money_wan("basic.again", figures["basic"])
    w.put(f"，{rng.choice(['占全年总支出的', '占总支出的', '占支出总额的', '占全年总支出比重为'])}")
    w.percent("basic.share", share, places)
    w.put("。")


def _change_clause(w: _Writer, rng: random.Random, name: str, indicator: str, rise: bool) -> None:
    """``公务用车运行维护费33063.86元，比上年减少20439.25元，同比下降38.2%``."""
    amount = Decimal(rng.randint(300000, 9000000))  # fen
    amount /= 100
    change = rounded(amount * Decimal(rng.uniform(0.05, 0.6)), 2)
    base = amount - change if rise else amount + change
    growth = change / base * HUNDRED
    change_word, growth_word = ("增加", "增长") if rise else ("减少", "下降")
    w.put(indicator)
    w.money_yuan(f"{name}.amount", amount)
    if rng.random() < 0.3:
        # 比上年的53503.11元减少20439.25元: last year's figure stated too
        w.put(f"，{rng.choice(['比上年的', '较上年度的'])}")
        w.money_yuan(f"{name}.base", base)
    else:
        w.put(f"，{rng.choice(['比上年', '较上年', '比上年度', '同比'])}")
    w.word(f"{name}.change_word", change_word)
    w.money_yuan(f"{name}.change", change)
    w.put(f"，{rng.choice(['同比', '', '比上年'])}")
    w.word(f"{name}.growth_word", growth_word)
    w.percent(f"{name}.growth", growth, 1)


def _three_public(w: _Writer, rng: random.Random) -> None:
    car_rise, reception_rise = rng.random() < 0.25, rng.random() < 0.7
    with w.segment("sentence.car"):
        _change_clause(w, rng, "car", "公务用车运行维护费", car_rise)
        w.put("。")
    with w.segment("sentence.reception"):
        _change_clause(w, rng, "reception", "公务接待费", reception_rise)
        w.put("。")
    _three_public_table(w, rng)


def _three_public_table(w: _Writer, rng: random.Random) -> None:
    """The 三公 table in yuan, its 合计 below the rows and the car row split by a 其中 run
    (购置费 / 运行维护费) that the 合计 does not add again; the 运行维护费 and 公务接待费 it
    shows are the amounts the sentences above state."""
    running, reception = w.slots["car.amount"].value, w.slots["reception.amount"].value
    purchase = Decimal(rng.randint(50000, 300000)) if rng.random() < 0.3 else Decimal(0)

    def budget_of(actual: Decimal) -> Decimal:
        return actual + rounded(actual * Decimal(rng.uniform(0, 0.3)), 2)
    budgets = {"purchase": budget_of(purchase), "running": budget_of(running), "reception": budget_of(reception)}
    rows = (
        ("因公出国（境）费", "abroad", Decimal(0), Decimal(0)),
        ("公务用车购置及运行维护费", "parent", budgets["purchase"] + budgets["running"], purchase + running),
        ("其中：公务用车购置费", "purchase", budgets["purchase"], purchase),
        ("公务用车运行维护费", "running", budgets["running"], running),
        ("公务接待费", "reception", budgets["reception"], reception),
        ("合计", "total", budgets["purchase"] + budgets["running"] + budgets["reception"], purchase + running + reception),
    )
    w.put("“三公”经费财政拨款支出明细如下（单位：元）：\n项目\t预算数\t决算数\n")
    for label, name, budget, actual in rows:
        w.put(f"{label}\t")
        w.fig(f"table.{name}.budget", fixed(budget, 2), "cell", budget, 2, None)
        w.put("\t")
        w.fig(f"table.{name}.actual", fixed(actual, 2), "cell", actual, 2, None)
        w.put("\n")


def _execution(w: _Writer, rng: random.Random, figures: dict) -> None:
    income, spending = figures["income"], figures["spending"]
    rate = spending / income * HUNDRED
    with w.segment("clause.budget"):
        w.put(rng.choice(["全年预算数", "调整后全年预算数", "全年预算数为"]))
        w.money_wan("exec.budget", income)
    w.put("，")
    with w.segment("clause.actual"):
        w.put(rng.choice(["实际支出", "全年实际支出"]))
        w.money_wan("exec.actual", spending)
    w.put(f"，{rng.choice(['预算执行率为', '预算执行率达', '预算执行率'])}")
    if rate == HUNDRED:
        w.percent("exec.rate", rate, rng.choice([0, 2]))
    else:
        w.percent("exec.rate", rate, 2)
    w.put("。")


def _fund(w: _Writer, rng: random.Random, year: int, area: str) -> dict:
    insured = Decimal(rng.randint(500, 9000)) / 100  # 万人, two decimals
    coverage = Decimal(rng.randint(900, 999)) / 10
    collected = Decimal(rng.randint(100, 3000)) * 10**6  # yuan, two decimals of 亿元
    spent = rounded(collected * Decimal(rng.uniform(0.7, 1.1)) / 10**6, 0) * 10**6
    growth = Decimal(rng.randint(1, 150)) / 10
    rise = rng.random() < 0.8
    fund = {"collected": collected, "growth": growth, "rise": rise}
    w.put(f"{year}年{area}城乡居民医保参保")
    w.fig("fund.insured", f"{fixed(insured, 2)}万人", "count", insured * WAN, 2, "万人")
    w.put("，参保率达")
    w.percent("fund.coverage", coverage, 1)
    w.put("；医保基金累计征收")
    w.money_yi("fund.amount.1", collected)
    w.put(f"，{rng.choice(['同比', '比上年'])}")
    w.word("fund.growth_word.1", "增长" if rise else "下降")
    w.percent("fund.growth.1", growth, 1)
    w.put("，基金累计支出")
    w.money_yi("fund.spent", spent)
    w.put("。")
    return fund


# 资助参保: who is paid for, and the share of the individual contribution paid (全额 / 90% / 50%)
_AID_GROUPS = (("特困人员", Decimal(1)), ("低保对象", Decimal("0.9")), ("返贫致贫人口", Decimal("0.5")), ("低收入人口", Decimal("0.5")))


def _aid_table(w: _Writer, rng: random.Random) -> None:
    """The 医疗救助资助参保 table: per group a 资助标准 (元/人), a 资助人数 and their product in 万元
    (rounded half up at two decimals), with a 合计 row of the counts and the amounts."""
    contribution = Decimal(rng.choice([320, 350, 380, 400]))
    groups = _AID_GROUPS[: rng.randint(3, 4)]
    w.put("\n\n医疗救助资助参保情况如下：\n资助对象\t资助标准（元/人）\t资助人数（人）\t资助金额（万元）\n")
    people_total, amount_total = 0, Decimal(0)
    for index, (group, paid) in enumerate(groups):
        standard = rounded(contribution * paid, 0)
        people = rng.randint(200, 9000)
        amount = rounded(standard * people / WAN, 2)
        people_total, amount_total = people_total + people, amount_total + amount
        w.put(f"{group}\t")
        w.fig(f"aid.{index}.standard", fixed(standard, 0), "cell", standard, 0, None)
        w.put("\t")
        w.fig(f"aid.{index}.people", f"{people:,}", "cell", Decimal(people), 0, None)
        w.put("\t")
        w.fig(f"aid.{index}.amount", fixed(amount, 2), "cell", amount * WAN, 2, "万元")
        w.put("\n")
    w.put(f"合计\t—\t{people_total:,}\t{fixed(amount_total, 2)}\n")


def _fund_again(w: _Writer, rng: random.Random, fund: dict) -> None:
    w.put(rng.choice(["医保基金累计征收", "全年医保基金累计征收", "全年医保基金征收"]))
    w.money_yi("fund.amount.2", fund["collected"])
    w.put(f"，{rng.choice(['同比', '比上年'])}")
    w.word("fund.growth_word.2", "增长" if fund["rise"] else "下降")
    w.percent("fund.growth.2", fund["growth"], 1)
    w.put("。")


_ORDINALS = "一二三四五六七八九十"


def _score_table(w: _Writer, rng: random.Random, full_execution: bool = False, prose: bool = False) -> Decimal:
    """The score table; with the whole budget spent, 预算执行率 keeps its full weight (C005). In
    ``prose`` each indicator is a paragraph of its own (``（一）指标一：预算执行率。该指标权重分值为20分，
    自评得分18分。``) and there is no 合计: the 综合得分 after it is the scheme's total."""
    items = rng.sample(SCORE_ITEMS, rng.randint(4, 7))
    weights = _weights(rng, len(items))
    band = rng.choices(["优", "良", "中", "差"], weights=[55, 30, 12, 3])[0]
    target = {"优": (90, 100), "良": (80, 89), "中": (60, 79), "差": (50, 59)}[band]
    halves = rng.random() < 0.3
    total = Decimal(rng.randint(*target))
    if halves and total < 100:
        total -= Decimal("0.5") * rng.randint(0, 1)
    loss = Decimal(100) - total
    protected = {i for i, item in enumerate(items) if full_execution and item == "预算执行率"}
    absorbable = sum(Decimal(wt) / 2 for i, wt in enumerate(weights) if i not in protected)
    if protected and absorbable < loss:
        # the other items cannot lose that much without 预算执行率 losing too: a higher total
        step = Decimal("0.5") if halves else Decimal(1)
        loss = (absorbable / step).to_integral_value(rounding="ROUND_FLOOR") * step
        total = Decimal(100) - loss
    scores = _scores(rng, weights, loss, Decimal("0.5") if halves else Decimal(1), protected)
    header = rng.choice([("指标", "分值", "自评得分"), ("指标", "权重", "得分"), ("绩效指标", "分值", "得分")])
    if prose:
        for index, (item, weight, score) in enumerate(zip(items, weights, scores)):
            w.put(f"（{_ORDINALS[index]}）指标{_ORDINALS[index]}：{item}。该指标权重分值为")
            w.fig(f"score.row{index}.weight", str(weight), "score", Decimal(weight), 0)
            w.put("分，自评得分")
            w.fig(f"score.row{index}.score", _plain(score), "score", score, _places(score))
            w.put("分。\n")
        return total
    w.put("\t".join(header) + "\n")
    for index, (item, weight, score) in enumerate(zip(items, weights, scores)):
        w.put(f"{item}\t")
        w.fig(f"score.row{index}.weight", str(weight), "score", Decimal(weight), 0)
        w.put("\t")
        w.fig(f"score.row{index}.score", _plain(score), "score", score, _places(score))
        w.put("\n")
    w.put("合计\t")
    w.fig("score.total.weight", "100", "score", Decimal(100), 0)
    w.put("\t")
    w.fig("score.total.score", _plain(total), "score", total, _places(total))
    return total


def _weights(rng: random.Random, n: int) -> list[int]:
    """``n`` weights of at least 5 that add up to 100."""
    cuts = sorted(rng.sample(range(1, 20), n - 1))
    fifths = [b - a for a, b in zip([0, *cuts], [*cuts, 20])]
    return [5 * f for f in fifths]


def _scores(rng: random.Random, weights: list[int], loss: Decimal, step: Decimal, protected: set[int] = frozenset()) -> list[Decimal]:
    """Scores ≤ weights whose shortfall adds up to ``loss`` (in multiples of ``step``); no item
    loses more than half its weight, as in real self-evaluations, and ``protected`` items none."""
    lost = [Decimal(0)] * len(weights)
    remaining = loss
    while remaining > 0:
        index = rng.randrange(len(weights))
        room = Decimal(weights[index]) / 2 - lost[index] if index not in protected else Decimal(0)
        if room <= 0:
            continue
        take = min(remaining, room, step * rng.randint(1, 4))
        lost[index] += take
        remaining -= take
    return [Decimal(weight) - cut for weight, cut in zip(weights, lost)]


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))


def _places(value: Decimal) -> int:
    return 0 if value == value.to_integral_value() else 1


def _overall(w: _Writer, rng: random.Random, total: Decimal, facts: dict) -> None:
    short = grade_of(total)
    long = next(full for s, full, _ in GRADES if s == short)
    written = rng.choice([short, long])
    quote = rng.random() < 0.3
    w.put(rng.choice(["综合评分", "综合得分", "自评综合得分"]))
    w.fig("overall.score", f"{_plain(total)}分", "score", total, _places(total), "分")
    w.put(f"，{rng.choice(['评价结果为', '评价等级为', '绩效等级为'])}")
    w.put("“" if quote else "")
    w.word("overall.grade", written)
    w.put("”" if quote else "")
    w.put("。")
    facts.update(score=total, grade=short)


def _signature(w: _Writer, rng: random.Random, year: int, facts: dict) -> None:
    month = rng.randint(1, 6)
    day = rng.randint(1, calendar.monthrange(year + 1, month)[1])
    padded = rng.random() < 0.3
    text = f"{year + 1}年{month:02d}月{day:02d}日" if padded else f"{year + 1}年{month}月{day}日"
    iso = f"{year + 1}-{month:02d}-{day:02d}"
    w.fig("report.date", text, "date", iso)
    facts["report_date"] = iso
