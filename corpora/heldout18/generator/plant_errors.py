"""Make the three error copies (3 planted contradictions each) and their expected.json.

Each copy is made from the generator's own content model: build() -> edit the
model (a unique substring of one prose string, or one named table cell) ->
render() with the generator's own renderer into errors/.  The explanations'
numbers are read off the CLEAN visible text and computed with Decimal.

This module also holds, for every planted error, a relation check
``holds(text) -> bool`` (regular expressions on the visible text) that is
True on the clean report and False on the error copy; verify_errors.py uses it.
"""
import copy
import datetime
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, ERR, OUT, P, f, q, pct, replace_unique  # noqa: E402

BANDS = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]


# ------------------------------------------------------------------ relation checks (visible text)
def _lines(text):
    return text.split("\n")


def t01_score_row(text, label="新建改造检查井"):
    ls = _lines(text)
    i = ls.index(label)            # table cell line (prose never is exactly this)
    return ls[i + 3], ls[i + 4]    # 分值, 得分


def t01_holds_score(text):
    w, s = t01_score_row(text)
    return P(s) <= P(w)


def t01_sign_date(text):
    ls = _lines(text)
    i = ls.index("附件")
    for j in range(i - 1, -1, -1):
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", ls[j])
        if m:
            return datetime.date(*map(int, m.groups()))
    raise ValueError("no 落款 date")


def t01_holds_date(text):
    return t01_sign_date(text) > datetime.date(2024, 12, 31)


def t01_holds_qizhong(text):
    tot = re.search(r"财政拨款执行([\d,]+\.\d\d)万元", text).group(1)
    m = re.search(r"中央预算内投资([\d,]+\.\d\d)万元已全部支出，专项债券资金支出([\d,]+\.\d\d)万元，"
                  r"县级财政配套资金支出([\d,]+\.\d\d)万元", text)
    return sum(P(x) for x in m.groups()) == P(tot)


def t04_holds_unit(text):
    tot = P(re.search(r"2024年“三公”经费预算([\d.]+)万元", text).group(1))
    car = P(re.search(r"公务用车购置及运行维护费预算([\d.]+)万元", text).group(1))
    ab = P(re.search(r"因公出国（境）费预算([\d.]+)万元", text).group(1))
    v, unit = re.search(r"公务接待费预算([\d.]+)(万元|元)", text).groups()
    wan = P(v) if unit == "万元" else P(v) / 10000
    return ab + car + wan == tot


def t04_holds_direction(text):
    m = re.search(r"机关运行经费预算([\d.,]+)万元，比2023年预算([\d.,]+)万元(减少|增加)([\d.]+)万元，(下降|增长)([\d.]+)%", text)
    new, old, w1, d, w2, g = m.groups()
    up = P(new) > P(old)
    gv = q((P(new) - P(old)) / P(old) * 100)
    return (w1 == "增加") == up and (w2 == "增长") == up and abs(gv) == P(g) and abs(P(new) - P(old)) == P(d)


def t04_holds_restated(text):
    inc = P(re.search(r"收入预算总计([\d,.]+)万元", text).group(1))
    exp = P(re.search(r"支出预算总计([\d,.]+)万元", text).group(1))
    gen = P(re.search(r"一般公共预算拨款收入([\d,.]+)万元", text).group(1))
    fund = P(re.search(r"政府性基金预算拨款收入([\d,.]+)万元", text).group(1))
    return inc == exp == gen + fund


def t05_holds_band(text):
    for s, g in re.findall(r"评价得分([\d.]+)分，评价等级为“(.)”", text):
        want = [name for lo, name in BANDS if P(s) >= lo][0]
        if want != g:
            return False
    return True


def t05_holds_count(text):
    a, b = re.search(r"抽查项目(\d+)个，其中现场核查项目(\d+)个", text).groups()
    return int(b) <= int(a)


def t05_holds_share(text):
    total = P(re.search(r"涉及资金([\d,]+\.\d\d)万元，占2024年度", text).group(1))
    rows = re.findall(r"评价等级为“(.)”的(\d+)项，涉及资金([\d,]+\.\d\d)万元，占评价资金总额的([\d.]+)%", text)
    return len(rows) == 4 and all(q(P(a) / total * 100) == P(s) for _, _, a, s in rows)


# ------------------------------------------------------------------ edits on the content model
def t01_cell_edit(blocks, label, col, new):
    for b in blocks:
        if b[0] == "table":
            for r in b[1]["rows"]:
                if r[2] == label:
                    old = r[col]
                    r[col] = new
                    return old
    raise KeyError(label)


def spec_t01(clean):
    w, s = t01_score_row(clean)
    ls = _lines(clean)
    # all 得分 cells of the 自评表 (exec score + 10 indicator rows) -> new sum
    total = re.search(r"项目2024年度自评得分([\d.]+)分", clean).group(1)
    new_score = "7.50"
    new_sum = P(total) - P(s) + P(new_score)
    fin = re.search(r"财政拨款执行([\d,]+\.\d\d)万元", clean).group(1)
    parts = re.search(r"中央预算内投资([\d,]+\.\d\d)万元已全部支出，专项债券资金支出([\d,]+\.\d\d)万元，"
                      r"县级财政配套资金支出([\d,]+\.\d\d)万元", clean).groups()
    county_b = re.search(r"县级财政配套资金([\d,]+\.\d\d)万元），全年预算数", clean).group(1)
    bad_county = "1,538.96"
    bad_sum = P(parts[0]) + P(parts[1]) + P(bad_county)
    return [
        {"edit": ("cell", "新建改造检查井", 6, new_score),
         "holds": t01_holds_score,
         "kind": "score-above-weight", "family": "score",
         "evidence": [new_score, "≥1,200座", "以上两项均超额完成，按评分规则超额部分不加分，各得满分"],
         "explanation": "附表自评表“新建改造检查井”指标的分值为%s分，得分却填为%s分，单项得分超过其分值（权重）；正文称该项超额完成、"
                        "“超额部分不加分，各得满分”，满分即%s分。且按表中各项得分相加为%s分，与总分%s分也不一致。"
                        % (w, new_score, w, f(new_sum), total)},
        {"edit": ("text", "2025年3月28日", "2024年12月28日"),
         "holds": t01_holds_date,
         "kind": "report-dated-within-fiscal-year", "family": "date",
         "evidence": ["2024年12月28日", "截至2024年12月31日，项目全年执行6,957.54万元", "峡财绩〔2025〕2号"],
         "explanation": "报告落款日期为2024年12月28日，早于其所评价的2024年度结束日（2024年12月31日）；但正文引用的是2025年印发的"
                        "峡财绩〔2025〕2号通知，并报告“截至2024年12月31日”的全年执行数，附表填报日期为2025年3月26日。报告不可能在"
                        "年度结束前写成，落款日期与内容矛盾。"},
        {"edit": ("text", "县级财政配套资金支出%s万元" % parts[2], "县级财政配套资金支出%s万元" % bad_county),
         "holds": t01_holds_qizhong,
         "kind": "qizhong-part-changed", "family": "sum",
         "evidence": ["县级财政配套资金支出%s万元" % bad_county, "财政拨款执行%s万元" % fin,
                      "中央预算内投资%s万元已全部支出，专项债券资金支出%s万元" % parts[:2]],
         "explanation": "财政拨款执行%s万元，其中中央预算内投资%s万元、专项债券资金%s万元、县级财政配套资金%s万元，三项相加为%s万元，"
                        "比财政拨款执行数多%s万元；按总数倒推，县级配套资金支出应为%s万元。且%s万元还超过了追加后县级财政配套资金"
                        "全年预算%s万元。“其中”分项与合计不符。"
                        % (fin, parts[0], parts[1], bad_county, f(bad_sum), f(bad_sum - P(fin)),
                           f(P(fin) - P(parts[0]) - P(parts[1])), bad_county, county_b)},
    ]


def spec_t04(clean):
    tot = re.search(r"2024年“三公”经费预算([\d.]+)万元", clean).group(1)
    car = re.search(r"公务用车购置及运行维护费预算([\d.]+)万元", clean).group(1)
    rec = re.search(r"公务接待费预算([\d.]+)万元", clean).group(1)
    m = re.search(r"机关运行经费预算([\d.,]+)万元，比2023年预算([\d.,]+)万元减少([\d.]+)万元，下降([\d.]+)%", clean)
    new, old, d, g = m.groups()
    inc = re.search(r"收入预算总计([\d,.]+)万元", clean).group(1)
    gen = re.search(r"一般公共预算拨款收入([\d,.]+)万元", clean).group(1)
    fund = re.search(r"政府性基金预算拨款收入([\d,.]+)万元", clean).group(1)
    bad_inc = "2,920.38"
    return [
        {"edit": ("text", "公务接待费预算%s万元" % rec, "公务接待费预算%s元" % rec),
         "holds": t04_holds_unit,
         "kind": "unit-slip-wan-yuan", "family": "unit",
         "evidence": ["公务接待费预算%s元" % rec, "2024年“三公”经费预算%s万元" % tot, "45,000.00"],
         "explanation": "正文称公务接待费预算%s元，但表4“三公”经费预算表中公务接待费为45,000.00元，即%s万元；“三公”经费合计%s万元＝"
                        "因公出国（境）费0.00＋公务用车购置及运行维护费%s＋公务接待费%s（万元），只有按万元计才成立。正文金额单位由"
                        "万元误写为元，相差一万倍。" % (rec, rec, tot, car, rec)},
        {"edit": ("text", "万元减少%s万元，下降%s%%" % (d, g), "万元增加%s万元，增长%s%%" % (d, g)),
         "holds": t04_holds_direction,
         "kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["机关运行经费预算%s万元，比2023年预算%s万元增加%s万元，增长%s%%" % (new, old, d, g)],
         "explanation": "2024年机关运行经费预算%s万元，低于2023年预算%s万元，（%s－%s）÷%s＝-%s%%，应为减少%s万元、下降%s%%；"
                        "文中却写成“增加%s万元，增长%s%%”，增减方向与两年数据相反（正文随后也说明原因是“压减办公费、印刷费等”）。"
                        % (new, old, new, old, old, g, d, g, d, g)},
        {"edit": ("text", "2024年收入预算总计%s万元" % inc, "2024年收入预算总计%s万元" % bad_inc),
         "holds": t04_holds_restated,
         "kind": "total-restated-differently", "family": "value-conflict",
         "evidence": ["2024年收入预算总计%s万元" % bad_inc, "支出预算总计%s万元，与收入预算总计相等" % inc,
                      "一般公共预算拨款收入%s万元，政府性基金预算拨款收入%s万元" % (gen, fund)],
         "explanation": "“二、收支预算总体情况”称收入预算总计%s万元，但紧接着说支出预算总计%s万元“与收入预算总计相等”；表1收入总计"
                        "29,023,796.00元即%s万元；且一般公共预算拨款收入%s万元＋政府性基金预算拨款收入%s万元＝%s万元。同一收入总计前后"
                        "不一致。" % (bad_inc, inc, inc, gen, fund, f(P(gen) + P(fund)))},
    ]


def spec_t05(clean):
    s10 = re.search(r"（十）市级交通运输发展专项资金。.*?评价得分([\d.]+)分", clean).group(1)
    cnt = {g: int(n) for g, n in re.findall(r"评价等级为“(.)”的(\d+)项", clean)}
    a, b = re.search(r"抽查项目(\d+)个，其中现场核查项目(\d+)个", clean).groups()
    total = re.search(r"涉及资金([\d,]+\.\d\d)万元，占2024年度", clean).group(1)
    amt = re.search(r"评价等级为“良”的\d+项，涉及资金([\d,]+\.\d\d)万元，占评价资金总额的([\d.]+)%", clean).groups()
    shares = [P(x) for x in re.findall(r"占评价资金总额的([\d.]+)%", clean)]
    bad_share = "45.92"
    return [
        {"edit": ("text", "评价得分%s分，评价等级为“良”" % s10, "评价得分%s分，评价等级为“优”" % s10),
         "holds": t05_holds_band,
         "kind": "grade-inconsistent-with-band", "family": "score",
         "evidence": ["评价得分%s分，评价等级为“优”" % s10, "90分（含）以上为“优”，80（含）—89.99分为“良”"],
         "explanation": "交通运输发展专项资金评价得分%s分，按报告规定的等级标准（90分（含）以上为优，80（含）—89.99分为良）应为“良”，"
                        "文中却评为“优”。且总体情况称“优”%d项、“良”%d项，逐项统计时“优”变成%d项、“良”只剩%d项，与汇总数也不一致。"
                        % (s10, cnt["优"], cnt["良"], cnt["优"] + 1, cnt["良"] - 1)},
        {"edit": ("text", "其中现场核查项目%s个" % b, "其中现场核查项目1%s个" % b),
         "holds": t05_holds_count,
         "kind": "count-part-exceeds-whole", "family": "sum",
         "evidence": ["抽查项目%s个，其中现场核查项目1%s个" % (a, b)],
         "explanation": "文中称抽查项目%s个，“其中”现场核查项目却为1%s个，部分大于整体，超出%d个；现场核查项目是抽查项目的一部分，不可能多于"
                        "抽查项目总数。" % (a, b, int("1" + b) - int(a))},
        {"edit": ("text", "占评价资金总额的%s%%" % amt[1], "占评价资金总额的%s%%" % bad_share),
         "holds": t05_holds_share,
         "kind": "share-percent-mismatch", "family": "ratio",
         "evidence": ["占评价资金总额的%s%%" % bad_share, "涉及资金%s万元" % amt[0], "各等级资金占比之和为99.99%"],
         "explanation": "“良”等级涉及资金%s万元，占评价资金总额%s万元的比重应为%s÷%s＝%s%%，文中写成%s%%；按此计算四个等级占比之和为"
                        "%s%%，与文中“各等级资金占比之和为99.99%%”也不符。"
                        % (amt[0], total, amt[0], total, pct(P(amt[0]), P(total)), bad_share,
                           sum(shares) - P(amt[1]) + P(bad_share))},
    ]


COPIES = [
    ("t01_gen", spec_t01),
    ("t04_gen", spec_t04),
    ("t05_gen", spec_t05),
]


def clean_path(mod):
    for ext in (".docx", ".html", ".txt", ".md", ".pdf"):
        pth = os.path.join(OUT, mod.NAME + ext)
        if os.path.exists(pth):
            return pth
    raise FileNotFoundError(mod.NAME)


def load(modname):
    return importlib.import_module(modname)


def specs():
    out = []
    for modname, fn_ in COPIES:
        mod = load(modname)
        cp = clean_path(mod)
        clean = mod.visible(cp)
        out.append((mod, cp, fn_(clean)))
    return out


def apply(mod, sp):
    blocks, _, _ = mod.build()
    blocks = copy.deepcopy(blocks)
    for e in sp:
        kind = e["edit"][0]
        if kind == "text":
            _, old, new = e["edit"]
            blocks = replace_unique(blocks, old, new)
        elif kind == "cell":
            _, label, col, new = e["edit"]
            t01_cell_edit(blocks, label, col, new)
    return blocks


def expected_of(sp):
    return [{"kind": e["kind"], "family": e["family"], "evidence": e["evidence"], "explanation": e["explanation"]}
            for e in sp]


def main():
    os.makedirs(ERR, exist_ok=True)
    for mod, cp, sp in specs():
        blocks = apply(mod, sp)
        ep = os.path.join(ERR, os.path.basename(cp))
        mod.render(blocks, ep)
        with open(os.path.join(ERR, mod.NAME + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected_of(sp), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("planted %d errors -> errors/%s" % (len(sp), os.path.basename(ep)))
    return True


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
