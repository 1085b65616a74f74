"""The same error kinds planted in the real seed reports, at sites whose role is unambiguous.

Each site starts from a known-good hard negative in ``corpora/gold/negatives.jsonl`` (figures a
reader has checked to be consistent), changes one figure or word of it, and names the rule that
should then fire. A site is used only when the relation is written out in the text — a 其中 list
with its total, a rate with its numerator and denominator, a grade beside its score — so the
planted change is certainly an error. Sites left out, and why:

* 000: the report date 2023年3月16日 is already inside its fiscal year (D001 fires on the clean
  text), so a report-date mutation has nothing to move.
* 001: the project execution table's ``2.58 / 6 = 43%`` is used (rate); the 6 = 2.58 + 3.42
  funds sentence is not (结转 is not a 其中 part). The score table's 合计 97 over 24 integer rows
  is not used: under the interval model each integer cell stands for ±0.5, so a 合计 must be off
  by 13 or more before rounding cannot explain it, and no realistic slip is. The 97分 of the
  text is 评价得分 in a separate paragraph, not provably the 合计.
* 002: 99.96% is stated once as 参保缴费率 and once as 参保率 — not provably the same indicator.
* 003: 93.92% in the 筹资工作经费 project section is about that project's target; only the
  section 一 and section 七 mentions are used. 60 = 39.97 + 20.03 has no 其中 marker.
* 004: 215.11万元 is stated as plan, received and paid — three roles, and the 到位率's
  denominator is in another paragraph; the 2004 document number is not one of these kinds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .manifest import Expected, Manifest, Slot, replace_span

REPO = Path(__file__).resolve().parents[2]
NEGATIVES = REPO / "corpora" / "gold" / "negatives.jsonl"
SEEDS = REPO.parent / "shared" / "seeds"


@dataclass(frozen=True)
class SeedSite:
    """One change to a seed: ``old`` at ``anchor`` (an evidence text of ``negative``) plus
    ``shift`` characters becomes ``new``; ``touch`` are more evidence texts of the negative a
    finding may point at instead of the changed span."""

    negative: str
    kind: str
    anchor: str
    old: str
    new: str
    codes: tuple[str, ...]
    why: str
    shift: int = 0
    touch: tuple[str, ...] = ()
    occurrence: int = 0

    @property
    def doc(self) -> str:
        return _DOCS[self.negative[:3]]


_DOCS = {
    "000": "000_481fe573c2d24300",
    "001": "001_900203f525f79846",
    "002": "002_cd7f2cff915a66a5",
    "003": "003_b24b32566d30b840",
    "004": "004_ef1cb9aaacb3619b",
}

SITES: tuple[SeedSite, ...] = (
    # --- 000 奉节县医疗保障局 2023
    SeedSite("000-neg-income-673.60+824.88", "parts", "824.88万元", "824.88万元", "834.88万元", ("S003", "S001"),
             "年初预算 673.60 + 追加 834.88 ≠ 全年总收入 1498.48"),
    SeedSite("000-neg-basic-641.81+77.67", "parts", "77.67万元", "77.67万元", "87.67万元", ("S001",),
             "人员支出 641.81 + 公用支出 87.67 ≠ 基本支出 719.48"),
    SeedSite("000-neg-project-parts-779", "parts", "43万元", "43万元", "53万元", ("S001",),
             "377 + 320 + 39 + 53 = 789 > 项目支出 779.00"),
    SeedSite("000-neg-reception-growth-20.7-a", "growth", "20.7%", "20.7%", "23.7%", ("R003",),
             "1414.64 / (8256 − 1414.64) = 20.68%, stated 23.7%"),
    SeedSite("000-neg-reception-growth-20.7-a", "direction", "20.7%", "增长", "下降", ("R003", "V001"),
             "同比增加1414.64元，下降20.7% — the rate's sign contradicts the change", shift=-2, touch=("20.7%", "1414.64元")),
    SeedSite("000-neg-repeated-fund-figures", "value-mention", "24.2%", "24.2%", "25.2%", ("V001",),
             "待遇累计支出 同比增长 24.2% in 三、, 25.2% in 四、", occurrence=1),
    SeedSite("000-neg-repeated-fund-figures", "value-mention", "11.40亿元", "11.40亿元", "11.60亿元", ("V001",),
             "待遇累计支出 11.40亿元 in 三、, 11.60亿元 in 四、", occurrence=1),
    SeedSite("000-neg-recovered-462.17", "value-mention", "462.17万元", "462.17万元", "426.17万元", ("V001",),
             "追回 462.17万元 stated three times; the third changed", occurrence=2),
    SeedSite("000-neg-score-96.50-优", "grade", "优", "优", "良", ("C003",), "96.50分 is 优, stated 良"),
    SeedSite("000-neg-basic-641.81+77.67", "unit", "641.81万元", "641.81万元", "641.81元", ("V001", "S001", "R001", "R002"),
             "人员支出 641.81元 cannot be a part of 719.48万元 with 77.67万元"),
    # --- 001 广汉市医疗保障局 2019
    SeedSite("001-neg-spending-split-and-shares", "share", "99.17%", "99.17%", "97.17%", ("R001",),
             "311.15 / 313.74 = 99.17%, stated 97.17%"),
    SeedSite("001-neg-functional-shares", "share", "85.41%", "85.41%", "83.41%", ("R001",),
             "267.96 / 313.74 = 85.41%, stated 83.41%"),
    SeedSite("001-neg-spending-split-and-shares", "parts", "2.59万元", "2.59万元", "3.59万元", ("S001",),
             "311.15 + 3.59 ≠ 本年支出合计 313.74"),
    SeedSite("001-neg-budget-split", "parts", "42.97万元", "42.97万元", "52.97万元", ("S001",),
             "269.77 + 52.97 + 6 > 支出预算 318.74"),
    SeedSite("001-neg-project2-execution-table", "rate", "43%", "43%", "53%", ("R002",),
             "table: 实际执行 2.58 / 年度预算 6 = 43%, stated 53%"),
    # --- 002 医疗保障局 (自治区, unnamed) 2023, filed 2024-04-01
    SeedSite("002-neg-execution-rate", "rate", "40.77%", "40.77%", "45.77%", ("R002",),
             "82.35 / 202.00 = 40.77%, stated 45.77%"),
    SeedSite("002-neg-basic-budget", "rate", "97.68%", "97.68%", "95.68%", ("R002",),
             "基本支出 实际支出 80.10 / 全年预算总额 82.00 = 97.68%, stated 95.68% (denominator in the sentence before)"),
    SeedSite("002-neg-basic-budget", "parts", "9.82万元", "9.82万元", "10.82万元", ("S001",),
             "人员经费 72.18 + 公用经费 10.82 ≠ 82.00"),
    SeedSite("002-neg-initial-budget-split", "parts", "138.00 万元", "138.00 万元", "148.00 万元", ("S001",),
             "67.60 + 148.00 > 年初预算数 205.60"),
    SeedSite("002-neg-spending-split", "parts", "2.25 万元", "2.25 万元", "3.25 万元", ("S001",),
             "80.10 + 3.25 > 82.35"),
    SeedSite("002-neg-grade-79.12-中", "grade", "中", "中", "良", ("C003",), "79.12分 is 中, stated 良"),
    SeedSite("002-neg-report-date", "report-date", "2024 年 04 月 01 日", "2024 年 04 月 01 日", "2023 年 10 月 01 日", ("D001",),
             "a 2023年度 report filed 2023-10-01"),
    SeedSite("002-neg-indicator2-rate-and-score", "score-over-weight", "4.89 分", "4.89 分", "12.89 分", ("C002",),
             "权重分值为 12 分，自评得分 12.89 分"),
    # --- 003 株洲市渌口区医疗保障局 2024
    SeedSite("003-neg-project-functional-shares", "share", "41.42%", "41.42%", "43.42%", ("R001",),
             "70 / 169 = 41.42%, stated 43.42% (the other two shares still add up with 41.42)"),
    SeedSite("003-neg-enrolment-rate", "rate", "93.92%", "93.92%", "95.92%", ("R002",),
             "实际参保人数 207569 / 城乡居民人数 221000 = 93.92%, stated 95.92%"),
    SeedSite("003-neg-rate-93.92-repeated", "value-mention", "93.92%", "93.92%", "92.92%", ("V001",),
             "城乡居民参保率 93.92% (七、) vs 92.92% (一、)", occurrence=0),
    SeedSite("003-neg-staff-30", "parts", "8名", "8名", "18名", ("P001",),
             "年末实有在职人员30人，其中 6 + 16 + 18 = 40 > 30"),
)

HARMLESS_SITES: tuple[SeedSite, ...] = (
    SeedSite("000-neg-income-673.60+824.88", "trailing-zero", "673.60万元", "673.60万元", "673.6万元", (), "same amount"),
    SeedSite("000-neg-income-673.60+824.88", "in-yuan", "1498.48万元", "1498.48万元", "14984800元", (), "same amount in yuan"),
    SeedSite("000-neg-basic-641.81+77.67", "full-width", "719.48万元", "719.48万元", "７１９．４８万元", (), "same amount, full-width digits"),
    SeedSite("001-neg-income-100%", "in-yuan", "318.74万元", "318.74万元", "3187400元", (), "same amount in yuan", occurrence=0),
    SeedSite("002-neg-initial-budget-split", "trailing-zero", "205.60 万元", "205.60 万元", "205.6 万元", (), "same amount"),
    SeedSite("003-neg-staff-30", "chinese-numerals", "6名", "6名", "六名", (), "same count in Chinese numerals"),
)

# a paragraph that states nothing new, inserted before a heading of each seed
INSERTIONS = (
    ("000_481fe573c2d24300", "二、整体支出管理及使用情况", "我局高度重视预算绩效管理工作，成立了绩效评价工作领导小组，全年组织绩效管理培训3次。\n\n"),
    ("002_cd7f2cff915a66a5", "## **二、 部门单位整体支出管理及使用情况：**", "我单位严格执行国有资产管理制度，资产账实相符，未发生资产流失情况。\n\n"),
)


@dataclass(frozen=True)
class SeedCase:
    """One seed with one change: the clean and changed texts and what the tool should say."""

    doc: str
    clean: str
    text: str
    expected: Expected
    why: str


def _negatives() -> dict[str, dict]:
    with NEGATIVES.open(encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, filter(str.strip, handle))}


def seed_text(doc: str) -> str:
    return (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")


def _evidence(record: dict, text: str, occurrence: int = 0) -> dict:
    found = [e for e in record["evidence"] if e["text"] == text]
    if len(found) <= occurrence:
        raise ValueError(f"{record['id']}: no evidence {text!r} (occurrence {occurrence})")
    return found[occurrence]


def _case(site: SeedSite, negatives: dict[str, dict], texts: dict[str, str]) -> SeedCase:
    record = negatives[site.negative]
    clean = texts.setdefault(site.doc, seed_text(site.doc))
    anchor = _evidence(record, site.anchor, site.occurrence)
    start = anchor["start"] + site.shift
    end = start + len(site.old)
    if clean[start:end] != site.old:
        raise ValueError(f"{site.negative}: expected {site.old!r} at {start}, found {clean[start:end]!r}")
    slots = {"site": Slot("site", start, end, site.old, "site")}
    for index, text in enumerate(site.touch):
        evidence = _evidence(record, text)
        slots[f"touch{index}"] = Slot(f"touch{index}", evidence["start"], evidence["end"], text, "evidence")
    manifest = Manifest(site.doc[:3], slots)
    new_text, new_manifest = replace_span(clean, manifest, start, end, site.new)
    changed = new_manifest["site"].span
    spans = (changed, *(s.span for n, s in new_manifest.slots.items() if n.startswith("touch")))
    description = f"{site.negative}: {site.old} → {site.new} — {site.why}"
    expected = Expected(site.kind, site.codes, spans, (changed,), description, new_manifest, site.negative)
    return SeedCase(site.doc, clean, new_text, expected, site.why)


def _insertion(doc: str, before: str, paragraph: str, texts: dict[str, str]) -> SeedCase:
    clean = texts.setdefault(doc, seed_text(doc))
    at = clean.index(before)
    if clean.count(before) != 1:
        raise ValueError(f"{doc}: {before!r} is not unique")
    new_text = clean[:at] + paragraph + clean[at:]
    span = (at, at + len(paragraph))
    expected = Expected("insert-paragraph", (), (span,), (span,), f"paragraph inserted before {before}", Manifest(doc[:3], {}), before)
    return SeedCase(doc, clean, new_text, expected, "a paragraph with nothing to contradict")


def seed_cases() -> list[SeedCase]:
    """Every planted error and harmless rewrite of the seeds (empty when the seeds are missing)."""
    if not SEEDS.exists():
        return []
    negatives, texts = _negatives(), {}
    cases = [_case(site, negatives, texts) for site in SITES + HARMLESS_SITES]
    cases.extend(_insertion(doc, before, paragraph, texts) for doc, before, paragraph in INSERTIONS)
    return cases
