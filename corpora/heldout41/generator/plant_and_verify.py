"""Build the three error copies in ../errors/ from the clean block models and verify them.

Each error = one replace_once / set_cell on the clean model.  Relations are re-parsed by regex from the
whitespace-free read-back text of the rendered file.  Writes logs/verify_errors.log and logs/evidence_offsets.json.
"""
import datetime
import difflib
import importlib
import json
import os
import re
import tempfile

from lib41 import D, OUT, q, read_back, render, replace_once, set_cell

LOG = []
FAILS = []


def check(desc, ok):
    LOG.append(f"{'ok  ' if ok else 'FAIL'} {desc}")
    if not ok:
        FAILS.append(desc)


def flat(t):
    return re.sub(r"\s+", "", t)


def num(s):
    return D(s.replace(",", ""))


def r2(x):
    return q(x, 2)


# ------------------------------------------------------------------ relations (take flat text)
def rel_grade(t):
    s = num(re.search(r"综合得分([\d.,]+)分", t)[1])
    g = re.search(r"本部门自评等级为“(.)”", t)[1]
    band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
    return g == band


def rel_exec_row(t):
    m = re.search(r"\|不动产登记信息化建设\|([\d.,]+)\|([\d.,]+)\|([\d.]+)%", t)
    return r2(num(m[2]) / num(m[1]) * 100) == num(m[3])


def rel_units_count(t):
    m = re.search(r"下属事业单位(\d+)个，即([^。]+)。", t)
    items = re.split(r"、|和", m[2])
    return int(m[1]) == len(items)


def rel_surplus_col(t):
    rows = re.findall(r"\|(县[^|]+)\|([\d.,]+)\|([\d.,]+)\|", t)
    tot = re.search(r"\|合计\|([\d.,]+)\|([\d.,]+)\|", t)
    return len(rows) == 6 and sum(num(r[2]) for r in rows) == num(tot[2])


def rel_recover_share(t):
    tot = num(re.search(r"结转结余资金共计([\d.,]+)万元", t)[1])
    rec = num(re.search(r"此次共收回([\d.,]+)万元", t)[1])
    sh = num(re.search(r"占结转结余资金总额的([\d.]+)%", t)[1])
    return r2(rec / tot * 100) == sh


def rel_notice_date(t):
    m = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t)[-1]
    return datetime.date(int(m[0]), int(m[1]), int(m[2])) > datetime.date(2024, 12, 31)


def rel_growth_word(t):
    m = re.search(r"比上年的([\d.,]+)万元增加([\d.,]+)万元，(增长|下降)([\d.]+)%", t)
    new = num(re.search(r"安排转移支付([\d.,]+)万元", t)[1])
    old = num(m[1])
    return (m[3] == "增长") == (new > old) and r2(abs(new - old) / old * 100) == num(m[4])


def rel_gen_restated(t):
    a = num(re.search(r"其中一般性转移支付([\d.,]+)万元，占转移支付", t)[1])
    b = num(re.search(r"一般性转移支付([\d.,]+)万元主要保障", t)[1])
    return a == b


def rel_pp(t):
    a = num(re.search(r"占转移支付总额的比重为([\d.]+)%", t)[1])
    b = num(re.search(r"占比([\d.]+)%，占比提高", t)[1])
    p = num(re.search(r"占比提高([\d.]+)个百分点", t)[1])
    return a - b == p


COPIES = {
    "g02_qiuyang_natural_resources_overall_selfeval": [
        dict(kind="grade-band-mismatch", family="score",
             edit=("replace", "本部门自评等级为“优”", "本部门自评等级为“良”"),
             evidence=["本部门自评等级为“良”"], rel=rel_grade,
             explanation="第四部分写综合得分93.76分（表2合计亦为93.76），并写明“90分（含）以上为‘优’、80分（含）至90分为‘良’”，"
                         "但结论写“本部门自评等级为‘良’”，93.76分应为“优”。（改动处：原文为“优”，现为“良”。）"),
        dict(kind="execution-rate-mismatch", family="ratio",
             edit=("cell", "表1", "不动产登记信息化建设", 3, "84.84%", "88.44%"),
             evidence=["88.44%"], rel=rel_exec_row,
             explanation="表1“不动产登记信息化建设”行调整预算486.00万元、执行数412.30万元，执行率却写88.44%；"
                         "412.30÷486.00＝84.84%。（改动处：原文为“84.84%”，现为“88.44%”。）"),
        dict(kind="item-count-mismatch", family="structure",
             edit=("replace", "下属事业单位3个", "下属事业单位4个"),
             evidence=["下属事业单位4个"], rel=rel_units_count,
             explanation="第一部分写“下属事业单位4个，即楸阳县不动产登记中心、县土地储备中心和县测绘地理信息服务站”，"
                         "“即”后只列出3个单位。（改动处：原文为“3个”，现为“4个”。）"),
    ],
    "g03_qianxi_surplus_funds_recovery_notice": [
        dict(kind="table-total-mismatch", family="sum",
             edit=("cell", "各单位结转结余资金收回情况表", "合计", 2, "194.65", "196.45"),
             evidence=["196.45"], rel=rel_surplus_col,
             explanation="收回情况表“结余资金”列6个单位为62.35、41.08、18.92、26.40、33.16、12.74万元，相加为194.65万元，"
                         "合计行却写196.45万元（正文两处写结余资金194.65万元，合计行的小计1,928.75亦按194.65计）。"
                         "（改动处：原文为“194.65”，现为“196.45”。）"),
        dict(kind="share-mismatch", family="ratio",
             edit=("replace", "占结转结余资金总额的20.41%", "占结转结余资金总额的24.01%"),
             evidence=["占结转结余资金总额的24.01%"], rel=rel_recover_share,
             explanation="第二部分写“此次共收回393.65万元，占结转结余资金总额的24.01%”，结转结余资金共计1,928.75万元；"
                         "393.65÷1,928.75＝20.41%。（改动处：原文为“20.41%”，现为“24.01%”。）"),
        dict(kind="report-dated-before-period-end", family="date",
             edit=("replace", "2025年2月18日", "2024年12月18日"),
             evidence=["2024年12月18日"], rel=rel_notice_date,
             explanation="通知清理并收回的是“2024年末结转结余资金”，落款日期却是2024年12月18日，早于2024年年末"
                         "（文号为芡财预〔2025〕4号，缴回期限为2025年3月10日）。（改动处：原文为“2025年2月18日”，现为“2024年12月18日”。）"),
    ],
    "g04_jushan_township_transfer_payment_report": [
        dict(kind="growth-direction-flipped", family="ratio",
             edit=("replace", "增长5.77%", "下降5.77%"),
             evidence=["增加526.60万元，下降5.77%"], rel=rel_growth_word,
             explanation="第一部分写安排转移支付9,655.20万元，“比上年的9,128.60万元增加526.60万元，下降5.77%”；"
                         "总额上升，应为增长5.77%（526.60÷9,128.60＝5.77%）。（改动处：原文为“增长”，现为“下降”。）"),
        dict(kind="restated-figure-conflict", family="value-conflict",
             edit=("replace", "一般性转移支付7,380.00万元主要保障", "一般性转移支付7,830.00万元主要保障"),
             evidence=["一般性转移支付7,830.00万元主要保障"], rel=rel_gen_restated,
             explanation="第二部分写“一般性转移支付7,830.00万元主要保障乡镇正常运转”，而第一部分和表1“全县”行均为7,380.00万元，"
                         "其后依次列出的四项3,420.00＋1,865.00＋1,256.00＋839.00亦为7,380.00万元。"
                         "（改动处：原文为“7,380.00”，现为“7,830.00”。）"),
        dict(kind="percentage-point-mismatch", family="ratio",
             edit=("replace", "占比提高1.49个百分点", "占比提高1.94个百分点"),
             evidence=["占比提高1.94个百分点"], rel=rel_pp,
             explanation="第一部分写一般性转移支付占比76.44%，上年占比74.95%，“占比提高1.94个百分点”；"
                         "76.44－74.95＝1.49个百分点。（改动处：原文为“1.49”，现为“1.94”。）"),
    ],
}


def apply(blocks, e):
    ed = e["edit"]
    if ed[0] == "replace":
        return replace_once(blocks, ed[1], ed[2])
    return set_cell(blocks, *ed[1:])


def regions(a, b):
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    n, last = 0, None
    for op in ops:
        if last is None or op[1] - last >= 4:
            n += 1
        last = op[2]
    return n


def main():
    os.makedirs(os.path.join(OUT, "errors"), exist_ok=True)
    offsets = {}
    kinds = []
    tmp = tempfile.mkdtemp()
    for modname, errs in COPIES.items():
        mod = importlib.import_module(modname)
        blocks, L, meta = mod.build()
        fname = mod.NAME + "." + meta["ext"]
        corpus = os.path.join(OUT, fname)
        p = os.path.join(tmp, fname)
        render(blocks, meta, p)
        check(f"{fname}: clean re-render byte-identical", open(p, "rb").read() == open(corpus, "rb").read())
        clean = read_back(p)
        check(f"{fname}: clean read-back identical", clean == read_back(corpus))
        cf = flat(clean)
        for e in errs:
            check(f"{fname}: [{e['kind']}] relation holds on clean", e["rel"](cf))
        for i, e in enumerate(errs):
            b1 = apply(blocks, e)
            p1 = os.path.join(tmp, "one_" + fname)
            render(b1, meta, p1)
            t1 = flat(read_back(p1))
            check(f"{fname}: [{e['kind']}] alone breaks its relation", not e["rel"](t1))
            for j, o in enumerate(errs):
                if j != i:
                    check(f"{fname}: [{e['kind']}] alone leaves [{o['kind']}] intact", o["rel"](t1))
            check(f"{fname}: [{e['kind']}] alone changes one region", regions(cf, t1) == 1)
        bad = blocks
        for e in errs:
            bad = apply(bad, e)
        out = os.path.join(OUT, "errors", fname)
        render(bad, meta, out)
        bt = flat(read_back(out))
        check(f"{fname}: copy differs in exactly 3 regions", regions(cf, bt) == 3)
        exp = []
        for e in errs:
            check(f"{fname}: [{e['kind']}] relation fails on copy", not e["rel"](bt))
            for ev in e["evidence"]:
                check(f"{fname}: evidence “{ev}” occurs once in copy", bt.count(flat(ev)) == 1)
                offsets.setdefault(fname, []).append({"kind": e["kind"], "evidence": ev, "offset": bt.find(flat(ev))})
            check(f"{fname}: first evidence absent from clean", flat(e["evidence"][0]) not in cf)
            exp.append({"kind": e["kind"], "family": e["family"], "evidence": e["evidence"],
                        "explanation": e["explanation"]})
            kinds.append(e["kind"])
        with open(os.path.join(OUT, "errors", mod.NAME + ".expected.json"), "w", encoding="utf8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
    check("9 errors, 9 different kinds", len(kinds) == 9 and len(set(kinds)) == 9)
    os.makedirs(os.path.join(os.path.dirname(__file__), "logs"), exist_ok=True)
    LOG.append(f"{len(LOG)} checks, {len(FAILS)} failed")
    with open(os.path.join(os.path.dirname(__file__), "logs", "verify_errors.log"), "w", encoding="utf8") as f:
        f.write("\n".join(LOG) + "\n")
    with open(os.path.join(os.path.dirname(__file__), "logs", "evidence_offsets.json"), "w", encoding="utf8") as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(LOG[-1])
    if FAILS:
        print("\n".join(FAILS))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
