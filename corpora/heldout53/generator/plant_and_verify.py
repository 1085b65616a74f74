# -*- coding: utf-8 -*-
"""plant 9 errors (3 copies x 3) from the clean slot model and verify them against the ledger"""
import os, sys, json, importlib
sys.dont_write_bytecode = True
from lib53 import OUT, render, read_back, prove, squeeze, diff_regions

ERR = os.path.join(OUT, "errors")
LOGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logs")

PLANTS = {
    "g02_zengyang_greening": [
        dict(slot="sc_6", new="9.60", kind="score-total-mismatch", family="score",
             evidence=["9.60"], breaks=["表2 得分合计=各项得分之和"],
             explanation="表2中各项得分相加为95.09分，但合计行及结论均为94.49分。"
                         "（改动处：表2“组织实施”得分原为“9.00”，现为“9.60”。）"),
        dict(slot="e3", new="94.90", kind="execution-rate-mismatch", family="ratio",
             evidence=["94.90"], breaks=["表1 病虫害防治 执行率"],
             explanation="表1病虫害防治调整后预算68.00万元、实际支出61.84万元，执行率应为90.94%，表中写94.90%。"
                         "（改动处：原为“90.94”，现为“94.90”。）"),
        dict(slot="nsec", new="5", kind="item-count-mismatch", family="structure",
             evidence=["划分为5个标段"], breaks=["标段数=所列标段"],
             explanation="正文称全域划分为5个标段，但“即”后只列出城东、城西、滨河、园区4个标段，"
                         "后文考核得分也只有4个。（改动处：原为“划分为4个标段”，现为“划分为5个标段”。）"),
    ],
    "g04_guicheng_reserve_fund": [
        dict(slot="left", new="438.50", kind="balance-mismatch", family="balance",
             evidence=["年末剩余438.50万元"], breaks=["年末剩余=年初安排-全年动用"],
             explanation="预备费年初安排2,800.00万元，全年动用2,316.50万元，年末剩余应为483.50万元，文中写438.50万元。"
                         "（改动处：原为“年末剩余483.50万元”，现为“年末剩余438.50万元”。）"),
        dict(slot="a2", new="263.80", kind="table-total-mismatch", family="sum",
             evidence=["263.80"], breaks=["表1 动用金额合计"],
             explanation="表1各动用方向金额相加为2,343.50万元，与合计行及正文的2,316.50万元不符。"
                         "（改动处：表1“森林防灭火”动用金额原为“236.80”，现为“263.80”。）"),
        dict(slot="date", new="2024年12月20日", kind="report-dated-before-period-end", family="date",
             evidence=["2024年12月20日"], breaks=["落款晚于年度终了"],
             explanation="报告全面报告2024年全年预备费动用及“截至2024年12月31日”的拨付情况，落款却为2024年12月20日，"
                         "早于年度终了，且与文号〔2025〕不符。（改动处：原为“2025年4月22日”，现为“2024年12月20日”。）"),
    ],
    "g05_youning_elderly_meals": [
        dict(slot="cov_pp", new="9.61", kind="pp-change-mismatch", family="pp",
             evidence=["提高9.61个百分点"], breaks=["覆盖率提高百分点"],
             explanation="覆盖率由上年的58.45%提高到67.61%，应提高9.16个百分点，文中写9.61个百分点。"
                         "（改动处：原为“提高9.16个百分点”，现为“提高9.61个百分点”。）"),
        dict(slot="per_eld", new="334.41", kind="average-mismatch", family="ratio",
             evidence=["人均享受助餐补贴334.41元"], breaks=["人均补贴=助餐补贴×10000/登记人数"],
             explanation="助餐补贴234.96万元除以登记就餐老年人6,842人，人均应为343.41元，文中写334.41元。"
                         "（改动处：原为“343.41元”，现为“334.41元”。）"),
        dict(slot="spent2", new="329.64", kind="restated-figure-conflict", family="value-conflict",
             evidence=["全年使用补贴资金329.64万元"], breaks=["公开说明中的使用额=第三部分"],
             explanation="第三部分写全年实际使用329.46万元（助餐、建设、运营补贴之和），第六部分公开说明却写全年使用补贴资金329.64万元，"
                         "同一数字前后不一致。（改动处：原为“329.46万元”，现为“329.64万元”。）"),
    ],
}

log = []
nchk = [0, 0]


def chk(desc, ok):
    nchk[0] += 1
    if not ok:
        nchk[1] += 1
    log.append("%s  %s" % ("ok  " if ok else "FAIL", desc))


def failing(L, vals):
    return sorted(d for d, ok, _ in L.run(vals) if not ok)


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    kinds = []
    offsets = {}
    for g, plants in PLANTS.items():
        m = importlib.import_module(g)
        doc, L = m.build()
        kw = doc.meta["render_kw"]
        path = os.path.join(OUT, doc.name)
        clean_bytes = render(doc, **kw)
        chk("%s: clean re-render identical to corpus file" % doc.name, clean_bytes == open(path, "rb").read())
        clean_rb = read_back(path)
        chk("%s: clean ledger proves on read-back" % doc.name, all(r["ok"] for r in prove(doc, L, clean_rb)))
        tmp = os.path.join(LOGS, "_tmp." + doc.fmt)
        for p in plants:
            assert doc.vals[p["slot"]] != p["new"]
            ov = {p["slot"]: p["new"]}
            open(tmp, "wb").write(render(doc, ov, **kw))
            rb = read_back(tmp)
            f = failing(L, dict(doc.vals, **ov))
            chk("%s [%s]: failing checks exactly %s (got %s)" % (doc.name, p["kind"], p["breaks"], f), f == sorted(p["breaks"]))
            rows = prove(doc, L, rb, ov)
            other = [r for r in rows if not r["ok"] and not any(r["desc"] == b for b in p["breaks"])]
            chk("%s [%s]: all other ledger rows (read-back, anchors) hold on the copy" % (doc.name, p["kind"]), not other)
            regs = diff_regions(clean_rb, rb)
            chk("%s [%s]: copy differs from clean in exactly one region (%d)" % (doc.name, p["kind"], len(regs)), len(regs) == 1)
            chk("%s [%s]: first evidence absent from clean text" % (doc.name, p["kind"]),
                squeeze(p["evidence"][0]) not in squeeze(clean_rb))
        os.remove(tmp)
        ov = {p["slot"]: p["new"] for p in plants}
        out = os.path.join(ERR, doc.name)
        b = render(doc, ov, **kw)
        b2 = render(m.build()[0], ov, **kw)
        chk("%s: error copy byte-stable" % doc.name, b == b2)
        open(out, "wb").write(b)
        rb = read_back(out)
        f = failing(L, dict(doc.vals, **ov))
        want = sorted(x for p in plants for x in p["breaks"])
        chk("%s: combined copy fails exactly the 3 declared checks" % doc.name, f == want)
        regs = diff_regions(clean_rb, rb)
        chk("%s: combined copy differs in exactly 3 regions (%d)" % (doc.name, len(regs)), len(regs) == 3)
        sq = squeeze(rb)
        offsets[doc.name] = {}
        for p in plants:
            for e in p["evidence"]:
                c = sq.count(squeeze(e))
                chk("%s: evidence %r occurs exactly once in the copy (%d)" % (doc.name, e, c), c == 1)
                offsets[doc.name][e] = sq.find(squeeze(e))
        fams = [p["family"] for p in plants]
        chk("%s: families pairwise different %s" % (doc.name, fams), len(set(fams)) == 3)
        kinds += [p["kind"] for p in plants]
        exp = [{"kind": p["kind"], "family": p["family"], "evidence": p["evidence"], "explanation": p["explanation"]}
               for p in plants]
        with open(os.path.join(ERR, doc.name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    chk("9 kinds pairwise different", len(kinds) == 9 and len(set(kinds)) == 9)
    log.append("SUMMARY: %d checks, %d failed" % tuple(nchk))
    with open(os.path.join(LOGS, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(log) + "\n")
    with open(os.path.join(LOGS, "evidence_offsets.json"), "w", encoding="utf-8") as fh:
        json.dump(offsets, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("\n".join(log))
    sys.exit(1 if nchk[1] else 0)


if __name__ == "__main__":
    main()
