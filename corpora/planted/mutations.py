"""Planted errors and harmless rewrites of a synthetic report.

Every function takes ``(text, manifest, rng)`` and returns ``(new_text, expected)``; the
:class:`~corpora.planted.manifest.Expected` says which rule codes should fire, where their
evidence must touch, what was changed, and carries the manifest of the new text.

Error kinds (:data:`MUTATIONS`) and the rules that should report them:

============================ ================================================ =====================
kind                         what changes                                     codes
============================ ================================================ =====================
value-mention                one of two mentions (征收 growth or amount,      V001 (or R001 for
                             基本支出)                                        基本支出)
parts                        a 其中 part (人员经费, 公用经费, 项目支出);       S001 / S003 / P001
                             年初预算 or 追加 (全年 = 年初 + 追加); a staff
                             count made larger than its whole
share                        基本支出占…%                                      R001
rate                         预算执行率                                        R002
growth                       a 三公 growth %                                   R003 (R008 when
                                                                              last year is stated)
direction                    增长 ↔ 下降 (增加 ↔ 减少) in a growth clause        R004, R003, R008 or
                                                                              V001
report-date                  the signature date moved into the fiscal year    D001
docno-year                   the year in the report's own 发文字号 (in the     D003
                             reports with a 红头) moved past the signature
score-total                  the 合计 score (the 综合得分 when the indicators  C001
                             are scored in prose)
score-over-weight            an item score above its weight                   C002
grade                        the grade word                                   C003
unit                         万元 → 元 on a part or a twice-stated amount      V001, S001, R001, R002
table-parts                  a cell of the 三公 table: a row, the 合计, or a    S001 (T001, V001)
                             row of the 其中 run under the car row
============================ ================================================ =====================

``Expected.codes`` lists every code that counts as finding the error (one code for most kinds).
Every change is a real error at the written precision: a shifted figure moves by at least two
units of its last decimal (five for derived percentages), so no rounding can explain it.

Harmless rewrites (:data:`REWRITES`) must raise nothing: 673.60万元 → 673.6万元, → 6736000元,
Arabic → Chinese numerals (a small count, the signature date), digits → full width, two
independent clauses or sentences swapped, a paragraph inserted, the whole report hard-wrapped
as text copied out of a PDF (page footers and a running header included).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from decimal import ROUND_FLOOR, Decimal
from typing import Callable

from .manifest import Expected, Manifest, Slot, edit_slot, replace_span, swap_segments
from .templates import GRADES, GROW_WORDS, WAN, YI, grade_of
from .writing import cjk_date, cjk_number, fixed, full_width, places_of

Mutation = Callable[[str, Manifest, random.Random], tuple[str, Expected]]

_UNIT_SCALE = {"万元": WAN, "亿元": YI, "元": Decimal(1), "%": Decimal(1), "人": Decimal(1), "辆": Decimal(1), "分": Decimal(1), None: Decimal(1)}
HALF = Decimal("0.5")


def _number_text(slot: Slot) -> str:
    return slot.text[: len(slot.text) - len(slot.unit or "")] if slot.unit else slot.text


def _shifted(rng: random.Random, slot: Slot, low: int, high: int, floor: Decimal = Decimal(0), ceiling: Decimal | None = None) -> tuple[str, Decimal]:
    """The slot's figure moved by ``low``–``high`` units of its last written decimal (either way,
    staying above ``floor`` and below ``ceiling``), written in the same unit and decimals."""
    number = Decimal(_number_text(slot))
    places = places_of(_number_text(slot))
    unit = Decimal(1).scaleb(-places)
    for _ in range(100):
        moved = number + unit * rng.randint(low, high) * rng.choice((-1, 1))
        if moved > floor and (ceiling is None or moved < ceiling):
            break
    else:
        raise ValueError(f"cannot move {slot.text}")
    text = fixed(moved, places) + (slot.unit or "")
    return text, moved * _UNIT_SCALE.get(slot.unit, Decimal(1))


def _change(text: str, manifest: Manifest, kind: str, name: str, new: str, value, codes, spans=(), note: str = "") -> tuple[str, Expected]:
    old = manifest[name]
    new_text, new_manifest = edit_slot(text, manifest, name, new, value=value)
    slot = new_manifest[name]
    touched = tuple(new_manifest[s].span for s in spans) or (slot.span,)
    description = f"{name}: {old.text} → {new}" + (f" ({note})" if note else "")
    return new_text, Expected(kind, tuple(codes), touched, (slot.span,), description, new_manifest, name)


# --- error kinds -----------------------------------------------------------------------------


def value_mention(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """One of two mentions of the same figure changed: ``医保基金累计征收3.26亿元，同比增长2.1%``
    in section 三 and ``…同比增长2.3%`` in section 四 (V001)."""
    name = rng.choice(["fund.growth.1", "fund.growth.2", "fund.amount.1", "fund.amount.2", "basic.again"])
    slot = manifest[name]
    new, value = _shifted(rng, slot, 2, 20)
    codes = ("V001", "R001") if name == "basic.again" else ("V001",)
    return _change(text, manifest, "value-mention", name, new, value, codes)


def parts(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A part changed so the parts no longer add up: a 其中 part — ``基本支出460.30万元（人员经费
    411.20万元，公用经费59.10万元）`` (S001); 年初预算 or 追加 against 全年总收入 (S003, the
    adjusted-budget identity); or a staff count made larger than its whole (P001)."""
    name = rng.choice(["basic.personnel", "basic.public", "project", "budget.initial", "budget.added", "staff.part1", "staff.part2"])
    slot = manifest[name]
    if name.startswith("budget."):
        new, value = _shifted(rng, slot, 50, 5000)
        return _change(text, manifest, "parts", name, new, value, ("S003", "S001"), note="年初 + 追加 ≠ 全年总收入")
    if slot.kind == "count":
        whole = manifest["staff.whole"].value
        others = sum(s.value for s in manifest.named("staff.part") if s.name != name)
        value = whole - others + rng.randint(1, 5)
        return _change(text, manifest, "parts", name, f"{int(value)}{slot.unit}", value, ("P001",), note=f"parts exceed {manifest['staff.whole'].text}")
    new, value = _shifted(rng, slot, 50, 5000)
    return _change(text, manifest, "parts", name, new, value, ("S001",))


def share(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The share of 基本支出 in 总支出 changed (R001)."""
    new, value = _shifted(rng, manifest["basic.share"], 5, 40, ceiling=Decimal(100))
    return _change(text, manifest, "share", "basic.share", new, value, ("R001",))


def rate(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The 预算执行率 changed against 实际支出 / 全年预算数 (R002)."""
    slot = manifest["exec.rate"]
    low, high = (2, 9) if slot.places == 0 else (5, 400)
    new, value = _shifted(rng, slot, low, high, ceiling=Decimal(100) if slot.value < 100 else Decimal(110))
    return _change(text, manifest, "rate", "exec.rate", new, value, ("R002",))


def growth(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A 三公 growth rate changed against its amount and change (R003)."""
    name = rng.choice(["car.growth", "reception.growth"])
    new, value = _shifted(rng, manifest[name], 5, 50)
    return _change(text, manifest, "growth", name, new, value, ("R003", "R008"))


def direction(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """增长 ↔ 下降 (or 增加 ↔ 减少) flipped in one growth clause: a 三公 clause (R003) or one of
    the two 征收 mentions (V001: the same indicator rising and falling)."""
    name = rng.choice(["car.growth_word", "car.change_word", "reception.growth_word", "reception.change_word",
                       "fund.growth_word.1", "fund.growth_word.2"])
    word = manifest[name].text
    if name.startswith("fund"):
        figures = [name.replace("growth_word", "growth")]
        codes = ("V001", "R003", "R004")
    else:
        clause = name.split(".")[0]
        figures = [f"{clause}.growth", f"{clause}.change"]
        codes = ("R004", "R003", "R008", "V001")
    return _change(text, manifest, "direction", name, GROW_WORDS[word], GROW_WORDS[word], codes, spans=[name, *figures])


def report_date(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The signature date moved into the fiscal year it reports on (D001)."""
    slot = manifest["report.date"]
    year = manifest.facts["fiscal_year"]
    month, day = rng.randint(1, 11), rng.randint(1, 28)
    padded = bool(re.fullmatch(r"\d{4}年\d{2}月\d{2}日", slot.text))
    new = f"{year}年{month:02d}月{day:02d}日" if padded else f"{year}年{month}月{day}日"
    return _change(text, manifest, "report-date", "report.date", new, f"{year}-{month:02d}-{day:02d}", ("D001",))


class NotApplicable(LookupError):
    """A kind of error that this report has no place for (docno-year in a report without a 红头)."""


def docno_year(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The year in the report's own 发文字号 moved past the year it is signed in (D003): a report
    signed in 2024 cannot be numbered 〔2025〕. Only reports with a 红头 carry the slot."""
    if "report.docno.year" not in manifest:
        raise NotApplicable("docno-year: the report has no 红头 with a 发文字号")
    slot = manifest["report.docno.year"]
    later = int(slot.text) + rng.randint(1, 3)
    return _change(text, manifest, "docno-year", "report.docno.year", str(later), Decimal(later), ("D003",))


def score_total(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The 合计 score no longer the sum of the item scores (C001). The change exceeds what
    rounding every cell could explain: integer scores each stand for ±0.5, so a 合计 over seven
    integer rows must move by more than 4."""
    # indicators scored in prose have no 合计 row: their total is the 综合得分, moved within its grade band
    name = "score.total.score" if "score.total.score" in manifest.slots else "overall.score"
    slot = manifest[name]
    cells = [s for s in manifest.named("score.row") if s.name.endswith(".score")] + [slot]
    slack = sum(HALF * Decimal(1).scaleb(-(s.places or 0)) for s in cells)
    for _ in range(100):
        moved = slot.value + (slack.to_integral_value(rounding=ROUND_FLOOR) + rng.randint(1, 4)) * rng.choice((-1, 1))
        if 0 < moved <= 100 and (name == "score.total.score" or grade_of(moved) == grade_of(slot.value)):
            break
    else:
        raise NotApplicable("no move past rounding keeps the 综合得分 in its grade band")
    new = format(moved.normalize(), "f") if moved != moved.to_integral_value() else str(int(moved))
    if name == "overall.score":
        new += "分"
    return _change(text, manifest, "score-total", name, new, moved, ("C001",), note=f"rounding explains ±{slack}")


def score_over_weight(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """An item's score made larger than its weight (C002)."""
    rows = [s.name.split(".")[1] for s in manifest.named("score.row") if s.name.endswith(".weight")]
    row = rng.choice(rows)
    weight = manifest[f"score.{row}.weight"].value
    moved = weight + rng.randint(1, 3)
    name = f"score.{row}.score"
    return _change(text, manifest, "score-over-weight", name, str(int(moved)), moved, ("C002",), note=f"weight {weight}")


def grade(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The grade word replaced by one another band gives (C003)."""
    slot = manifest["overall.grade"]
    earned = grade_of(manifest.facts["score"])
    long_form = len(slot.text) > 1
    wrong = rng.choice([(short, full) for short, full, _ in GRADES if short != earned])
    new = wrong[1] if long_form else wrong[0]
    return _change(text, manifest, "grade", "overall.grade", new, new, ("C003",), note=f"score {manifest['overall.score'].text}")


def unit(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """万元 written as 元 on an amount that is a part or is stated again elsewhere."""
    name = rng.choice(["basic.personnel", "basic.public", "project", "basic.again", "exec.actual"])
    slot = manifest[name]
    number = _number_text(slot)
    return _change(text, manifest, "unit", name, f"{number}元", Decimal(number), ("V001", "S001", "R001", "R002"))


def table_parts(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A cell of the 三公 table changed: a row the 合计 adds, the 合计 itself, or a row of the
    其中 run under 公务用车购置及运行维护费 (S001; T001 or V001 where the text states it too)."""
    column = rng.choice(["actual", "budget"])
    row = rng.choice(["parent", "purchase", "running", "reception", "total"])
    name = f"table.{row}.{column}"
    slot = manifest[name]
    # a 合计 over six cells of ±0.005 each tolerates 0.03: move by at least a yuan
    new, value = _shifted(rng, slot, 100, 5000)
    return _change(text, manifest, "table-parts", name, new, value, ("S001", "T001", "V001"))


def row_product(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A 资助标准 cell of the 资助参保 table changed, so its row's 资助金额 is no longer standard ×
    人数 (R012). Reports without the table are not applicable."""
    rows = sorted({name.split(".")[1] for name in manifest.slots if name.startswith("aid.")})
    if not rows:
        raise NotApplicable("no 资助参保 table")
    name = f"aid.{rng.choice(rows)}.standard"
    slot = manifest[name]
    value = slot.value + rng.choice([-1, 1]) * rng.randint(5, 60)
    return _change(text, manifest, "row-product", name, fixed(value, 0), value, ("R012",))


MUTATIONS: dict[str, Mutation] = {
    "value-mention": value_mention,
    "parts": parts,
    "share": share,
    "rate": rate,
    "growth": growth,
    "direction": direction,
    "report-date": report_date,
    "docno-year": docno_year,
    "score-total": score_total,
    "score-over-weight": score_over_weight,
    "grade": grade,
    "unit": unit,
    "table-parts": table_parts,
    "row-product": row_product,
}


# --- harmless rewrites -----------------------------------------------------------------------


def _harmless(kind: str, text: str, manifest: Manifest, spans, description: str, site: str = "") -> tuple[str, Expected]:
    return text, Expected(kind, (), tuple(spans), tuple(spans), description, manifest, site)


def _wan_amounts(manifest: Manifest) -> list[Slot]:
    return [s for s in manifest.slots.values() if s.kind == "money" and s.unit == "万元"]


def trailing_zero(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """``673.60万元`` → ``673.6万元``: the same amount with its trailing zero dropped."""
    candidates = [s for s in _wan_amounts(manifest) if _number_text(s).endswith("0") and "." in s.text]
    slot = rng.choice(candidates)
    new = _number_text(slot)[:-1] + slot.unit
    new_text, new_manifest = edit_slot(text, manifest, slot.name, new, places=slot.places - 1)
    return _harmless("trailing-zero", new_text, new_manifest, [new_manifest[slot.name].span], f"{slot.name}: {slot.text} → {new}", slot.name)


def in_yuan(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """``673.60万元`` → ``6736000元``: the exact amount in yuan."""
    slot = rng.choice(_wan_amounts(manifest))
    new = f"{int(slot.value)}元"
    new_text, new_manifest = edit_slot(text, manifest, slot.name, new, places=0, unit="元")
    return _harmless("in-yuan", new_text, new_manifest, [new_manifest[slot.name].span], f"{slot.name}: {slot.text} → {new}", slot.name)


def chinese_numerals(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A small count (``1辆`` → ``一辆``, ``8人`` → ``八人``) or the signature date
    (``2024年3月20日`` → ``二〇二四年三月二十日``) in Chinese numerals."""
    name = rng.choice(["cars.posts", "cars.held", "staff.part1", "staff.part2", "report.date"])
    slot = manifest[name]
    if name == "report.date":
        year, month, day = (int(p) for p in slot.value.split("-"))
        new = cjk_date(year, month, day)
    else:
        new = cjk_number(int(slot.value)) + slot.unit
    new_text, new_manifest = edit_slot(text, manifest, name, new)
    return _harmless("chinese-numerals", new_text, new_manifest, [new_manifest[name].span], f"{name}: {slot.text} → {new}", name)


def full_width_digits(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """All digits of one paragraph in full width (``６７３．６０万元``); offsets do not move."""
    first, last = rng.choice([("sentence.staff", "sentence.cars"), ("parts.basic", "parts.project"),
                              ("sentence.car", "sentence.reception"), ("clause.budget", "clause.actual")])
    start = min(manifest.segments[first][0], manifest.segments[last][0])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    new_text = text[:line_start] + full_width(text[line_start:line_end]) + text[line_end:]  # same length
    slots = {
        name: replace(slot, text=new_text[slot.start:slot.end]) if line_start <= slot.start < line_end else slot
        for name, slot in manifest.slots.items()
    }
    new_manifest = replace(manifest, slots=slots)
    return _harmless("full-width", new_text, new_manifest, [(line_start, line_end)], f"line {text[line_start:line_start + 12]}… in full width", first)


def reorder(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """Two independent sentences or clauses swapped: the two 三公 sentences, the 基本支出 and
    项目支出 parts of the 其中 list, the staff and car sentences, or 全年预算数 and 实际支出."""
    pair = rng.choice([("sentence.car", "sentence.reception"), ("parts.basic", "parts.project"),
                       ("sentence.staff", "sentence.cars"), ("clause.budget", "clause.actual")])
    first, second = sorted(pair, key=lambda name: manifest.segments[name][0])
    new_text, new_manifest = swap_segments(text, manifest, first, second)
    spans = [new_manifest.segments[first], new_manifest.segments[second]]
    return _harmless("reorder", new_text, new_manifest, spans, f"{first} ⇄ {second}", f"{first}/{second}")


HARMLESS_PARAGRAPHS = (
    "（四）预算绩效管理情况。\n我局高度重视预算绩效管理工作，成立了以局长为组长的绩效评价工作领导小组，全年组织绩效管理培训{n}次，绩效目标编制、监控和自评工作按时完成。",
    "（四）资产管理情况。\n我局严格执行国有资产管理制度，资产账实相符，全年未发生资产流失情况，资产配置与履职需要相适应。",
    "（四）政府采购情况。\n全年政府采购严格按照采购目录和限额标准执行，开展采购业务{n}项，未发生违规采购行为。",
    "（四）财务管理情况。\n我局建立健全内部控制制度，严格执行财务审批程序，全年接受专项检查{n}次，均未发现问题。",
)


def insert_paragraph(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """A paragraph that states nothing contradictory, inserted after section 二（三）."""
    paragraph = "\n\n" + rng.choice(HARMLESS_PARAGRAPHS).format(n=rng.randint(2, 9))
    at = manifest.segments["insert.after"][1]
    new_text, new_manifest = replace_span(text, manifest, at, at, paragraph)
    span = (at, at + len(paragraph))
    return _harmless("insert-paragraph", new_text, new_manifest, [span], f"paragraph inserted: {paragraph.strip()[:20]}…", "insert.after")


_WRAP_TOKEN = re.compile(r"[0-9A-Za-z.,%]+|.", re.S)
_PAGE_LINES = 40


def _columns(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def hard_wrap(text: str, manifest: Manifest, rng: random.Random) -> tuple[str, Expected]:
    """The whole report as text copied out of a PDF: every paragraph broken at a fixed width (never
    inside a number), with a 第N页 footer and the title repeated at each page break. Read as a
    .txt file is read, it must raise nothing new."""
    width = rng.choice([60, 70, 76, 80])
    title = text.split("\n", 1)[0].strip()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if "\t" in paragraph or "|" in paragraph or _columns(paragraph) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for token in _WRAP_TOKEN.findall(paragraph):
            if line and _columns(line + token) > width:
                lines.append(line)
                line = ""
            line += token
        lines.append(line)
    pages = [lines[i:i + _PAGE_LINES] for i in range(0, len(lines), _PAGE_LINES)]
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if number > 1:
            out.extend(["", title, ""])
        out.extend(page)
        out.extend(["", f"{' ' * 18}第{number}页 共{len(pages)}页", ""])
    new_text = "\n".join(out)
    return _harmless("hard-wrap", new_text, manifest, [(0, len(new_text))], f"wrapped at {width} columns, {len(pages)} pages", "all")


REWRITES: dict[str, Mutation] = {
    "trailing-zero": trailing_zero,
    "in-yuan": in_yuan,
    "chinese-numerals": chinese_numerals,
    "full-width": full_width_digits,
    "reorder": reorder,
    "insert-paragraph": insert_paragraph,
    "hard-wrap": hard_wrap,
}


def mutation_rng(seed: int | str, kind: str) -> random.Random:
    """The random stream of one kind on one document: stable, and independent of which other
    kinds run."""
    return random.Random(f"{seed}:{kind}")
