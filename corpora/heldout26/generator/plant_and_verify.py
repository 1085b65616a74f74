"""Plant nine errors into copies of t01 (docx), t03 (txt) and t04 (pdf) and verify them.

For every copy: the clean content model is edited by one replace_once / set_cell per error and rendered with
the generator's own render(). Checks (logged to _scratch/verify_errors.log):
  * each edit's new text is absent from the clean visible text;
  * the whitespace-free visible text differs from the clean one in exactly three regions;
  * each evidence string occurs exactly once in the copy's whitespace-free text (and verbatim for txt/docx);
  * for each error, a relation re-parsed by regular expressions from the visible text holds on the clean report
    and fails on the copy;
  * planted alone (copies in _scratch/single/), each error breaks its own relation and leaves the other two intact;
  * nine different kinds, three formats.
"""
import difflib
import importlib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk26  # noqa: E402

ROOT = lk26.ROOT
ERR = os.path.join(ROOT, "errors")
SCR = os.path.join(ROOT, "_scratch")
SINGLE = os.path.join(SCR, "single")
LOG = []


def N(s):
    return Decimal(s.replace(",", ""))


def flat(t):
    return re.sub(r"\s+", "", t)


def one(pat, t):
    m = re.findall(pat, t, re.M)
    assert len(m) == 1, (pat, m)
    return m[0]


# ------------------------------------------------------------------ relations (text -> bool)
def r_t01_score_total(t):
    rows = re.findall(r"^\|(\d+)\|[^|\n]*\|(\d+\.\d\d)\|[^|\n]*$", t, re.M)
    tot = re.findall(r"^\|合计\|\|(\d+\.\d\d)\|", t, re.M)
    prose = one(r"自评得分(\d+\.\d\d)分", t)
    s = sum(N(x[1]) for x in rows)
    return len(rows) == 14 and len(tot) == 1 and s == N(tot[0]) == N(prose)


def r_t01_docno(t):
    y = int(one(r"桐水〔(\d{4})〕7号", t))
    d = re.findall(r"(\d{4})年\d{1,2}月\d{1,2}日\s*$", t.strip() + "\n")
    return y == int(d[-1])


def r_t01_share(t):
    part, sh = one(r"农村饮用水安全巩固提升项目支出([\d,.]+)万元，占项目支出的比重为([\d.]+)%", t)
    whole = one(r"^\|项目支出\|[\d,.]+\|([\d,.]+)\|[\d.]+$", t)
    return lk26.q(N(part) * 100 / N(whole)) == N(sh)


def r_t03_rate(t):
    p, d, r = one(r"计划(\d+)条，完成(\d+)条，完成率([\d.]+)%", t)
    return lk26.q(N(d) * 100 / N(p)) == N(r)


def r_t03_sum(t):
    tot, up, dist, own, soc = one(r"全年完成投资([\d,.]+)万元中，争取上级补助资金([\d,.]+)万元，占[\d.]+%；区级财政资金([\d,.]+)万元；"
                                  r"街道自筹资金([\d,.]+)万元；引入社会资本([\d,.]+)万元", t)
    return N(up) + N(dist) + N(own) + N(soc) == N(tot)


def r_t03_direction(t):
    last, word, g = one(r"完成投资比上年的([\d,.]+)万元(增长|下降|减少|增加)([\d.]+)%", t)
    cur = one(r"全年完成投资([\d,.]+)万元，投资完成率", t)
    v = (N(cur) - N(last)) * 100 / N(last)
    sign = 1 if word in ("增长", "增加") else -1
    return lk26.q(v) == sign * N(g)


def r_t04_balance(t):
    exp = one(r"本年支出([\d,.]+)万元，比上年", flat(t))
    tot = one(r"收入总计([\d,.]+)万元", flat(t))
    begin = one(r"年初结转和结余([\d,.]+)万元", flat(t))
    inc = one(r"其中本年收入([\d,.]+)万元", flat(t))
    end = re.findall(re.escape(exp) + r"\s+([\d,.]+)\s+" + re.escape(tot), t)
    return len(end) == 1 and N(exp) + N(end[0]) == N(tot) and N(begin) + N(inc) - N(exp) == N(end[0])


def r_t04_unit(t):
    ft = flat(t)
    amt, unit, batches = one(r"公务接待费([\d.]+)(万元|元)，全年接待(\d+)批次", ft)
    per = one(r"批均接待费([\d.]+)元", ft)
    yuan = N(amt) * (10000 if unit == "万元" else 1)
    sg = one(r"“三公”经费支出([\d.]+)万元，比上年", ft)
    car = one(r"公务用车运行维护费([\d.]+)万元，比上年下降", ft)
    return lk26.q(yuan / N(batches)) == N(per) and N(car) + yuan / 10000 == N(sg)


def r_t04_prose_table(t):
    ft = flat(t)
    exp = N(one(r"本年支出([\d,.]+)万元，其中基本支出", ft))
    edu = N(one(r"教育支出（类）([\d,.]+)万元", ft))
    ss = N(one(r"社会保障和就业支出（类）([\d,.]+)万元", ft))
    hl = N(one(r"卫生健康支出（类）([\d,.]+)万元", ft))
    hs = N(one(r"住房保障支出（类）([\d,.]+)万元", ft))
    table_221 = re.findall(r"(?<![\d.,])" + re.escape(f"{hs:,.2f}") + r"(?![\d])", t)
    return exp - edu - ss - hl == hs and len(table_221) >= 3


# ------------------------------------------------------------------ plan
PLAN = [
    {"gen": "g01_tonghe_water_bureau_overall_selfeval", "errors": [
        {"kind": "score-total-mismatch", "family": "score", "op": ("cell", "T4", "合计", 2, "97.77", "98.77"),
         "rel": r_t01_score_total, "evidence": ["98.77", "自评得分97.77分"],
         "explanation": "表4“合计”行得分填为98.77分，但表4中14项得分8.00＋7.00＋6.00＋5.70＋7.00＋6.00＋4.67＋5.00＋8.00＋7.00＋8.00＋6.00＋10.00＋9.40＝97.77分；"
                        "正文“自评得分97.77分”，且产出49.37＋效益29.00＋满意度10.00＋预算执行9.40＝97.77分。评分表合计与各项得分之和及正文不符。"},
        {"kind": "document-number-year-after-date", "family": "date", "op": ("text", "桐水〔2025〕7号", "桐水〔2026〕7号"),
         "rel": r_t01_docno, "evidence": ["桐水〔2026〕7号", "2025年3月18日"],
         "explanation": "标题下文号为“桐水〔2026〕7号”，而落款日期为2025年3月18日，报告评价的是2024年度。文号年份晚于成文日期，不可能成立（应为〔2025〕）。"},
        {"kind": "share-mismatch", "family": "ratio", "op": ("text", "占项目支出的比重为38.18%", "占项目支出的比重为38.81%"),
         "rel": r_t01_share, "evidence": ["占项目支出的比重为38.81%", "农村饮用水安全巩固提升项目支出1,986.32万元"],
         "explanation": "农村饮用水安全巩固提升项目支出1,986.32万元，项目支出合计5,203.18万元（表1、表2），占比应为1,986.32÷5,203.18＝38.18%，"
                        "文中写38.81%；按全年支出6,675.83万元计算为29.75%（文中另有表述），也不是38.81%。占比与分子、分母不符（疑为数字颠倒）。"},
    ]},
    {"gen": "g03_yanzhou_street_livelihood_projects_notice", "errors": [
        {"kind": "completion-rate-mismatch", "family": "ratio", "op": ("text", "完成11条，完成率91.67%", "完成11条，完成率96.17%"),
         "rel": r_t03_rate, "evidence": ["完成11条，完成率96.17%", "计划12条"],
         "explanation": "背街小巷环境整治计划12条、完成11条，完成率应为11÷12＝91.67%，文中写96.17%。完成率与其分子、分母不符（疑为数字颠倒）。"},
        {"kind": "breakdown-sum-mismatch", "family": "sum", "op": ("text", "区级财政资金1,356.20万元", "区级财政资金1,536.20万元"),
         "rel": r_t03_sum, "evidence": ["区级财政资金1,536.20万元", "全年完成投资4,424.35万元中"],
         "explanation": "全年完成投资4,424.35万元（汇总表合计，亦为十项完成投资之和），资金来源为上级补助2,184.30＋区级财政1,536.20＋街道自筹571.40"
                        "＋社会资本312.45＝4,604.35万元，比合计多180.00万元；按1,356.20万元计算恰为4,424.35万元。其中项之和与总数不符（疑为数字颠倒）。"},
        {"kind": "growth-direction-flipped", "family": "ratio", "op": ("text", "万元增长10.27%", "万元下降10.27%"),
         "rel": r_t03_direction, "evidence": ["完成投资比上年的4,012.36万元下降10.27%", "全年完成投资4,424.35万元，投资完成率"],
         "explanation": "本年完成投资4,424.35万元，高于上年的4,012.36万元，(4,424.35－4,012.36)÷4,012.36＝10.27%，应为增长10.27%，文中写“下降10.27%”。"
                        "增减方向与数值相反；下文“比2024年完成投资多775.65万元”（5,200.00－4,424.35）也以4,424.35为准。"},
    ]},
    {"gen": "g04_wantong_vocational_college_final_accounts", "errors": [
        {"kind": "balance-identity-broken", "family": "balance", "op": ("cell", "T1", "年初结转和结余", 3, "528.51", "582.51"),
         "rel": r_t04_balance, "evidence": ["582.51", "收入总计8,817.51万元"],
         "explanation": "表1“年末结转和结余”填为582.51万元，但年初结转和结余612.58＋本年收入8,204.93－本年支出8,289.00＝528.51万元；"
                        "且支出侧本年支出合计8,289.00＋582.51＝8,871.51万元，不等于两侧“总计”8,817.51万元。收支平衡关系不成立（疑为数字颠倒）。"},
        {"kind": "unit-error", "family": "unit", "op": ("text", "公务接待费1.86万元，全年接待", "公务接待费1.86元，全年接待"),
         "rel": r_t04_unit, "evidence": ["公务接待费1.86元"],
         "explanation": "正文写“公务接待费1.86元，全年接待46批次”，但批均接待费404.35元×46批次≈1.86万元；“三公”经费6.18万元＝公务用车运行维护费4.32万元"
                        "＋公务接待费1.86万元；表3公务接待费为1.86（单位：万元）。单位写错（万元误作元），数额相差一万倍。"},
        {"kind": "table-prose-conflict", "family": "value-conflict", "op": ("text", "住房保障支出（类）402.18万元", "住房保障支出（类）420.18万元"),
         "rel": r_t04_prose_table, "evidence": ["住房保障支出（类）420.18万元"],
         "explanation": "正文写“住房保障支出（类）420.18万元”，而表2中221住房保障支出及2210201住房公积金均为402.18万元，表1“四、住房保障支出”也为402.18万元；"
                        "本年支出8,289.00－教育6,730.63－社会保障和就业857.46－卫生健康298.73＝402.18万元。正文与表格数值不一致（疑为数字颠倒）。"},
    ]},
]


def apply(model, op):
    if op[0] == "text":
        return lk26.replace_once(model, op[1], op[2])
    _, tid, row0, col, old, new = op
    return lk26.set_cell(model, tid, row0, col, old, new)


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 6:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2])
        else:
            merged.append(("x", o[1], o[2]))
    return len(merged)


def check(desc, ok, detail=""):
    LOG.append(("OK  " if ok else "FAIL") + " " + desc + (f" -- {detail}" if detail else ""))
    return ok


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(SINGLE, exist_ok=True)
    allok, kinds, fmts = True, [], []
    for spec in PLAN:
        g = importlib.import_module(spec["gen"])
        clean_model, _ = g.build()
        ext = g.EXT
        fmts.append(ext)
        clean_path = os.path.join(ROOT, g.NAME + ext)
        clean_text = lk26.read_any(clean_path)
        model = clean_model
        for e in spec["errors"]:
            model = apply(model, e["op"])
            kinds.append(e["kind"])
        out = os.path.join(ERR, g.NAME + ext)
        g.render(model, out)
        text = lk26.read_any(out)
        fc, fx = flat(clean_text), flat(text)
        allok &= check(f"{g.NAME}: three changed regions", regions(fc, fx) == 3, str(regions(fc, fx)))
        allok &= check(f"{g.NAME}: Han chars >= 3000 in copy", lk26.han(text) >= 3000, str(lk26.han(text)))
        exp = []
        for i, e in enumerate(spec["errors"]):
            new = e["op"][2] if e["op"][0] == "text" else e["op"][5]
            allok &= check(f"{e['kind']}: planted text absent from clean", flat(new) not in fc)
            for ev in e["evidence"]:
                allok &= check(f"{e['kind']}: evidence once {ev!r}", fx.count(flat(ev)) == 1, str(fx.count(flat(ev))))
                if ext in (".txt", ".docx"):
                    allok &= check(f"{e['kind']}: evidence verbatim {ev!r}", ev in text)
            allok &= check(f"{e['kind']}: relation holds on clean", e["rel"](clean_text))
            allok &= check(f"{e['kind']}: relation fails on copy", not e["rel"](text))
            # single plant
            sm = apply(clean_model, e["op"])
            sp = os.path.join(SINGLE, f"{g.NAME}.e{i + 1}{ext}")
            g.render(sm, sp)
            st = lk26.read_any(sp)
            allok &= check(f"{e['kind']}: single plant breaks own relation", not e["rel"](st))
            for j, o in enumerate(spec["errors"]):
                if j != i:
                    allok &= check(f"{e['kind']}: single plant leaves {o['kind']} intact", o["rel"](st))
            allok &= check(f"{e['kind']}: single plant one region", regions(fc, flat(st)) == 1)
            exp.append({"kind": e["kind"], "family": e["family"], "evidence": e["evidence"],
                        "explanation": e["explanation"]})
        with open(os.path.join(ERR, g.NAME + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    allok &= check("nine different kinds", len(set(kinds)) == 9 == len(kinds), str(kinds))
    allok &= check("three formats", len(set(fmts)) == 3, str(fmts))
    nfail = sum(1 for x in LOG if x.startswith("FAIL"))
    LOG.append(f"{len(LOG)} checks, {nfail} failed")
    with open(os.path.join(SCR, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + "\n")
    print("\n".join(x for x in LOG if x.startswith("FAIL")) or "all plant checks ok", f"({len(LOG) - 1} checks)")
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main()
