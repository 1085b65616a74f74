"""Plant 9 contradictions into copies of three heldout55 reports and verify each one.

For every copy:
  * the clean re-render must be byte-identical to the corpus file and its ledger must prove;
  * each error alone: exactly the declared clean-ledger checks fail once the changed figure is
    substituted into the checks that use it; the copy's read-back differs from clean in exactly one
    region; the evidence is absent from clean and present exactly once in the copy;
  * the combined copy differs in exactly three regions and exactly the union of declared checks fails;
  * families differ within a copy, and the nine kinds are pairwise different.
"""
import difflib
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib55 import evaluate, prove, read_back, render, standalone  # noqa: E402
from build_all import EXT, facts_of  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, "errors")
LOG = os.path.join(HERE, "logs")

PLAN = {
    "g01_jianchuan_pv_station_income_distribution": [
        {"kind": "breakdown-sum-mismatch", "family": "sum",
         "edit": ("replace_once", "其中单村电站31座", "其中单村电站33座"),
         "subst": {"31#st": "33#st"}, "fails": ["电站总数=单村+联村"],
         "evidence": ["单村电站33座"],
         "explanation": "电站共38座，其中单村电站33座、联村电站7座，两项相加为40座，与总数38座及表1合计不符；"
                        "后文“单村电站所在村31个”也说明单村电站为31座。（改动处：原文为“单村电站31座”，现为“单村电站33座”。）"},
        {"kind": "share-mismatch", "family": "ratio",
         "edit": ("replace_once", "占上岗人员的88.91%", "占上岗人员的89.81%"),
         "subst": {"88.91": "89.81"}, "fails": ["脱贫人口及监测对象占上岗人员"],
         "evidence": ["占上岗人员的89.81%"],
         "explanation": "公益岗位1,370个，其中脱贫人口和防返贫监测对象上岗1,218人，占比应为1,218÷1,370=88.91%，文中写89.81%。"
                        "（改动处：原文为“88.91%”，现为“89.81%”。）"},
        {"kind": "report-dated-before-period-end", "family": "date",
         "edit": ("replace_once", "2026年1月22日", "2025年12月22日"),
         "subst": {"2026年1月22日": "2025年12月22日"}, "fails": ["落款晚于年度终了"],
         "evidence": ["2025年12月22日"],
         "explanation": "公示的是2025年度全年发电量、发电收益及截至2025年12月31日的拨付情况，落款日期却为2025年12月22日，早于年度终了；"
                        "与文号〔2026〕及2026年1月的公示期也不符。（改动处：落款原为“2026年1月22日”，现为“2025年12月22日”。）"},
    ],
    "g04_caojiang_river_sand_mining_revenue": [
        {"kind": "balance-mismatch", "family": "balance",
         "edit": ("replace_once", "年末结存690.74万元", "年末结存699.74万元"),
         "subst": {"690.74": "699.74"}, "fails": ["年末结存=年初+本年收入-本年支出"],
         "evidence": ["年末结存699.74万元"],
         "explanation": "年初结转412.36万元加本年收入2,684.50万元减本年支出2,406.12万元，年末结存应为690.74万元，文中写699.74万元，"
                        "收支结存关系不平。（改动处：原文为“年末结存690.74万元”，现为“年末结存699.74万元”。）"},
        {"kind": "execution-rate-mismatch", "family": "ratio",
         "edit": ("set_cell", "T1", 2, 3, "95.83", "98.53"),
         "subst": {"95.83": "98.53"}, "fails": ["表1 堤防及护岸维护执行率"],
         "evidence": ["98.53"],
         "explanation": "表1“堤防及护岸维护”预算520.00万元、实际支出498.30万元，执行率应为498.30÷520.00=95.83%，表中写98.53%。"
                        "（改动处：该行执行率原为“95.83”，现为“98.53”。）"},
        {"kind": "item-count-mismatch", "family": "structure",
         "edit": ("replace_once", "设置河道可采区3个", "设置河道可采区4个"),
         "subst": {"3#areas": "4#areas"}, "fails": ["可采区个数=所列名称"],
         "evidence": ["设置河道可采区4个"],
         "explanation": "报告称设置河道可采区4个，但其后“即”只列出艚江上游可采区、艚江中游可采区、小艚河可采区3个，"
                        "控制量、成交价款也都只有3项，后文亦称“3个采区”。（改动处：原文为“可采区3个”，现为“可采区4个”。）"},
    ],
    "g06_diancheng_high_quality_farmer_training_selfeval": [
        {"kind": "score-total-mismatch", "family": "score",
         "edit": ("set_cell", "T2", 4, 3, "28.80", "29.80"),
         "subst": {"28.80": "29.80"}, "fails": ["表2 效益得分=分值-扣分", "表2得分合计"],
         "evidence": ["29.80"],
         "explanation": "表2“效益”指标分值30、扣分1.20，得分应为28.80，表中写29.80；各项得分相加为97.80分，"
                        "而合计行及结论均为96.80分，得分与总分不符。（改动处：“效益”得分原为“28.80”，现为“29.80”。）"},
        {"kind": "percentage-point-mismatch", "family": "pp",
         "edit": ("replace_once", "提高3.41个百分点", "提高3.14个百分点"),
         "subst": {"3.41": "3.14"}, "fails": ["青年占比较上年提高"],
         "evidence": ["提高3.14个百分点"],
         "explanation": "45岁以下学员占比61.31%，上年为57.90%，应提高61.31−57.90=3.41个百分点，文中写“提高3.14个百分点”。"
                        "（改动处：原文为“3.41”，现为“3.14”。）"},
        {"kind": "average-mismatch", "family": "ratio",
         "edit": ("replace_once", "平均每期48.00人", "平均每期46.00人"),
         "subst": {"48.00": "46.00"}, "fails": ["平均每期人数"],
         "evidence": ["平均每期46.00人"],
         "explanation": "全年培育672人、举办培训班14期，平均每期应为672÷14=48.00人，文中写46.00人。"
                        "（改动处：原文为“平均每期48.00人”，现为“平均每期46.00人”。）"},
    ],
}


def ws(t):
    return re.sub(r"\s+", "", t)


def regions(a, b):
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    merged = []
    for op in ops:
        if merged and op[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], op[2], merged[-1][3], op[4])
        else:
            merged.append(op)
    return merged


def apply(doc, edit):
    if edit[0] == "replace_once":
        doc.replace_once(edit[1], edit[2])
    else:
        doc.set_cell(*edit[1:])


def failing(L, subst):
    return sorted(c["desc"] for c in L.checks if not evaluate(c, subst)[0])


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOG, exist_ok=True)
    log, offsets = [], {}
    nchk = nfail = 0

    def check(cond, msg):
        nonlocal nchk, nfail
        nchk += 1
        if not cond:
            nfail += 1
        log.append(("ok   " if cond else "FAIL ") + msg)

    kinds = []
    for modname, errs in PLAN.items():
        m = importlib.import_module(modname)
        d, L, meta = m.build()
        fname = m.NAME + "." + EXT[m.FMT]
        clean = render(m.FMT, d, meta)
        with open(os.path.join(OUT, fname), "rb") as fh:
            check(fh.read() == clean, f"{fname}: clean re-render byte-identical to corpus file")
        ctext = read_back(m.FMT, clean)
        prove(L, ctext, fname, facts_of(meta, ctext))
        check(True, f"{fname}: clean ledger proves on read-back")
        check(len({e["family"] for e in errs}) == len(errs), f"{fname}: families differ within copy")
        for e in errs:
            kinds.append(e["kind"])
            c = d.copy()
            apply(c, e["edit"])
            t = read_back(m.FMT, render(m.FMT, c, meta))
            fl = failing(L, e["subst"])
            check(fl == sorted(e["fails"]), f"{fname}: [{e['kind']}] alone fails exactly {e['fails']} (got {fl})")
            rg = regions(ctext, t)
            check(len(rg) == 1, f"{fname}: [{e['kind']}] copy differs from clean in exactly 1 region (got {len(rg)})")
            check(ws(e["evidence"][0]) not in ws(ctext), f"{fname}: [{e['kind']}] evidence absent from clean")
            new_val = [v for v in e["subst"].values()][0].split("#")[0]
            check(standalone(t, new_val) or standalone(ws(t), new_val) or new_val in ws(t),
                  f"{fname}: [{e['kind']}] changed figure {new_val} present in copy read-back")
        # combined copy
        c = d.copy()
        for e in errs:
            apply(c, e["edit"])
        data = render(m.FMT, c, meta)
        t = read_back(m.FMT, data)
        allsub = {}
        for e in errs:
            allsub.update(e["subst"])
        fl = failing(L, allsub)
        want = sorted(x for e in errs for x in e["fails"])
        check(fl == want, f"{fname}: combined copy fails exactly the declared checks ({len(want)})")
        rg = regions(ctext, t)
        check(len(rg) == len(errs), f"{fname}: combined copy differs from clean in exactly {len(errs)} regions (got {len(rg)})")
        wt = ws(t)
        for e in errs:
            for ev in e["evidence"]:
                n = wt.count(ws(ev))
                check(n == 1, f"{fname}: evidence {ev!r} occurs exactly once in copy (got {n})")
                offsets.setdefault(fname, {})[ev] = wt.find(ws(ev))
        with open(os.path.join(ERR, fname), "wb") as fh:
            fh.write(data)
        exp = [{"kind": e["kind"], "family": e["family"], "evidence": e["evidence"], "explanation": e["explanation"]}
               for e in errs]
        with open(os.path.join(ERR, m.NAME + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
    check(len(set(kinds)) == 9 and len(kinds) == 9, "nine kinds pairwise different")
    log.append(f"{nchk} checks, {nfail} failed")
    with open(os.path.join(LOG, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(log) + "\n")
    with open(os.path.join(LOG, "evidence_offsets.json"), "w", encoding="utf-8") as fh:
        json.dump(offsets, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("\n".join(log))
    if nfail:
        sys.exit(1)


if __name__ == "__main__":
    main()
