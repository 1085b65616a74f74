"""Plant 3 errors in each of t01, t03, t04 and verify them; write errors/*.expected.json and logs."""
import difflib
import hashlib
import json
import os
import re
import tempfile
import importlib
from decimal import Decimal
import lib40
from lib40 import D, q, replace_once, set_cell, render, readback, OUT

LOG = []
OFFS = {}
FAILS = 0


def chk(desc, ok):
    global FAILS
    LOG.append(f"{'ok  ' if ok else 'FAIL'} {desc}")
    if not ok:
        FAILS += 1


def flat(s):
    return re.sub(r"\s+", "", s)


def num(s):
    return D(s)


# ---------------- relations (parsed from the visible read-back text)
def r_t01_product(rb):
    m = re.search(r"照料护理补贴（半护理）\t([\d,]+)\t([\d,]+)\t([\d,.]+)", rb)
    return q(num(m.group(1)) * num(m.group(2)) / 10000, 2) == num(m.group(3))


def r_t01_count(rb):
    m = re.search(r"全县(\d)所供养服务设施，即(.+?)。", rb)
    return int(m.group(1)) == len(re.split(r"、|和", m.group(2)))


def r_t01_share(rb):
    tot = num(re.search(r"全年筹集救助供养资金([\d,.]+)万元", rb).group(1))
    m = re.search(r"县级财政安排([\d,.]+)万元；县级资金占筹集总额的([\d.]+)%", rb)
    return q(num(m.group(1)) * 100 / tot, 2) == num(m.group(2))


def r_t03_parts(rb):
    m = re.search(r"安排使用([\d,.]+)万元，主要用于四个方面：污水处理厂运营服务费([\d,.]+)万元、污泥处置费([\d,.]+)万元、"
                  r"管网维护费([\d,.]+)万元、在线监测运维费([\d,.]+)万元", rb)
    return sum(num(m.group(i)) for i in range(2, 6)) == num(m.group(1))


def r_t03_growth(rb):
    act = num(re.search(r"实际征收([\d,.]+)万元", rb).group(1))
    m = re.search(r"同上年实征的([\d,.]+)万元比较，多征收([\d,.]+)万元，增长([\d.]+)%", rb)
    old = num(m.group(1))
    return act - old == num(m.group(2)) and q((act - old) * 100 / old, 2) == num(m.group(3))


def r_t03_docdate(rb):
    y = int(re.search(r"楝建〔(\d{4})〕\d+号", rb).group(1))
    d = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", rb)[-1]
    return y <= int(d[0])


def r_t04_total(rb):
    sec = rb[rb.index("四、评价得分"):rb.index("经评价")]
    vals = [num(x) for x in re.findall(r"^(\d+\.\d\d)$", sec, re.M)]
    return len(vals) == 13 and sum(vals[:12]) == vals[12]


def r_t04_avg(rb):
    f = flat(rb)
    spent = num(re.search(r"项目累计支出([\d,.]+)万元", f).group(1))
    km = num(re.search(r"实际治理河长([\d.]+)公里", f).group(1))
    avg = num(re.search(r"平均每公里治理河长投资([\d.]+)万元", f).group(1))
    return q(spent / km, 2) == avg


def r_t04_unit(rb):
    f = flat(rb)
    m = re.search(r"总投资([\d,.]+)万元，资金来源为：中央补助资金([\d,.]+)(万元|元)，省级补助资金([\d,.]+)(万元|元)，"
                  r"县级配套资金([\d,.]+)(万元|元)", f)
    wan = lambda v, u: num(v) if u == "万元" else num(v) / 10000
    return wan(m.group(2), m.group(3)) + wan(m.group(4), m.group(5)) + wan(m.group(6), m.group(7)) == num(m.group(1))


# ---------------- planted errors
COPIES = [
    ("g01_cixi_destitute_support_fund_notice", [
        dict(op=("cell", 0, 2, 2, "280", "290"), rel=r_t01_product, kind="product-mismatch", family="product",
             evidence=["290"],
             explanation="表1“照料护理补贴（半护理）”一行写发放人月数3,180、月标准290元、金额89.04万元；3,180×290÷10000＝92.22万元，"
                         "与所列89.04万元不符（89.04万元对应月标准280元），且表1合计1,422.62万元是按89.04加总的。"
                         "（改动处：原文月标准为“280”，现为“290”。）"),
        dict(op=("replace", "全县3所供养服务设施", "全县4所供养服务设施"), rel=r_t01_count, kind="item-count-mismatch",
             family="structure", evidence=["全县4所供养服务设施"],
             explanation="第一部分写集中供养人员“分住全县4所供养服务设施，即县特困人员供养服务中心、荏桥敬老院和芷塘敬老院”，"
                         "随后列举的只有3所，数目与列举不符。（改动处：原文为“3所”，现为“4所”。）"),
        dict(op=("replace", "占筹集总额的16.89%", "占筹集总额的18.69%"), rel=r_t01_share, kind="share-mismatch",
             family="ratio", evidence=["县级资金占筹集总额的18.69%"],
             explanation="第二部分写全年筹集1,480.00万元，其中县级财政安排250.00万元，“县级资金占筹集总额的18.69%”；"
                         "250.00÷1,480.00＝16.89%，比重与其分子分母不符。（改动处：原文为“16.89%”，现为“18.69%”。）"),
    ]),
    ("g03_lianjiang_sewage_fee_disclosure", [
        dict(op=("replace", "管网维护费96.40万元", "管网维护费69.40万元"), rel=r_t03_parts, kind="breakdown-sum-mismatch",
             family="sum", evidence=["管网维护费69.40万元"],
             explanation="第二部分写“安排使用1,488.30万元，主要用于四个方面：污水处理厂运营服务费1,201.20万元、污泥处置费178.10万元、"
                         "管网维护费69.40万元、在线监测运维费12.60万元”；四项相加为1,461.30万元，不等于1,488.30万元"
                         "（第三部分扣除的当年使用亦为1,488.30万元）。（改动处：原文为“96.40万元”，现为“69.40万元”。）"),
        dict(op=("replace", "增长7.42%", "增长7.24%"), rel=r_t03_growth, kind="growth-rate-mismatch", family="ratio",
             evidence=["多征收94.10万元，增长7.24%"],
             explanation="第一部分写实际征收1,362.40万元，“同上年实征的1,268.30万元比较，多征收94.10万元，增长7.24%”；"
                         "94.10÷1,268.30＝7.42%，增长率与增加额和基数不符。（改动处：原文为“7.42%”，现为“7.24%”。）"),
        dict(op=("replace", "楝建〔2025〕5号", "楝建〔2026〕5号"), rel=r_t03_docdate, kind="document-number-year-after-date",
             family="date", evidence=["楝建〔2026〕5号"],
             explanation="公开文件的文号为“楝建〔2026〕5号”，落款日期却是2025年3月6日，文号年份晚于成文日期。"
                         "（改动处：原文为“楝建〔2025〕5号”，现为“楝建〔2026〕5号”。）"),
    ]),
    ("g04_chuxi_small_river_control_thirdparty_eval", [
        dict(op=("cell", 1, 12, 3, "89.08", "89.80"), rel=r_t04_total, kind="score-total-mismatch", family="score",
             evidence=["89.80"],
             explanation="表2各项得分5.00＋4.00＋4.50＋8.60＋8.20＋15.00＋9.00＋5.60＋6.30＋9.00＋4.50＋9.38＝89.08，"
                         "合计行却为89.80；正文亦写四类指标13.50＋16.80＋35.90＋22.88、“综合得分89.08分”。"
                         "（改动处：表2合计得分原为“89.08”，现为“89.80”。）"),
        dict(op=("replace", "投资139.59万元", "投资135.99万元"), rel=r_t04_avg, kind="average-mismatch", family="ratio",
             evidence=["平均每公里治理河长投资135.99万元"],
             explanation="第三部分写“按累计完成投资计，平均每公里治理河长投资135.99万元”；累计完成投资2,596.36万元"
                         "（第二部分及表1），实际治理河长18.6公里，2,596.36÷18.6＝139.59万元，平均数与其分子分母不符。"
                         "（改动处：原文为“139.59万元”，现为“135.99万元”。）"),
        dict(op=("replace", "中央补助资金1,600.00万元", "中央补助资金1,600.00元"), rel=r_t04_unit, kind="unit-slip-wan-yuan",
             family="unit", evidence=["中央补助资金1,600.00元"],
             explanation="第一部分写总投资2,860.00万元，资金来源为“中央补助资金1,600.00元，省级补助资金700.00万元，"
                         "县级配套资金560.00万元”；只有按1,600.00万元计三项才合计2,860.00万元，且第二部分写中央和省级资金全部到位、"
                         "累计到位2,780.00万元（＝1,600.00＋700.00＋480.00万元），中央资金单位误写为“元”。"
                         "（改动处：原文为“1,600.00万元”，现为“1,600.00元”。）"),
    ]),
]


def apply(blocks, op):
    if op[0] == "replace":
        return replace_once(blocks, op[1], op[2])
    return set_cell(blocks, *op[1:])


def rb_of(blocks, meta, tmpdir, tag):
    p = os.path.join(tmpdir, tag + os.path.splitext(meta["file"])[1])
    render(blocks, p, meta["fmt"], **meta.get("kw", {}))
    return p, readback(p)


def regions(a, b):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != "equal"]
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def main():
    kinds = set()
    with tempfile.TemporaryDirectory() as td:
        for modname, errs in COPIES:
            mod = importlib.import_module(modname)
            blocks, _, meta = mod.build()
            name = meta["file"]
            corpus = os.path.join(OUT, name)
            p, clean_rb = rb_of(blocks, meta, td, "clean")
            chk(f"{name}: clean re-render byte-identical to corpus file",
                open(p, "rb").read() == open(corpus, "rb").read())
            chk(f"{name}: clean re-render reads back identical", clean_rb == readback(corpus))
            cf = flat(clean_rb)
            for i, e in enumerate(errs):
                chk(f"{name} #{i + 1} {e['kind']}: relation holds on clean text", e["rel"](clean_rb))
                _, one = rb_of(apply(blocks, e["op"]), meta, td, f"one{i}")
                chk(f"{name} #{i + 1}: planted alone breaks its relation", not e["rel"](one))
                for j, e2 in enumerate(errs):
                    if j != i:
                        chk(f"{name} #{i + 1}: planted alone leaves relation #{j + 1} intact", e2["rel"](one))
                chk(f"{name} #{i + 1}: changes exactly one region", regions(cf, flat(one)) == 1)
                kinds.add(e["kind"])
            bl = blocks
            for e in errs:
                bl = apply(bl, e["op"])
            outp = os.path.join(OUT, "errors", name)
            render(bl, outp, meta["fmt"], **meta.get("kw", {}))
            crb = readback(outp)
            f = flat(crb)
            chk(f"{name}: copy differs from clean in exactly 3 regions", regions(cf, f) == 3)
            exp = []
            for i, e in enumerate(errs):
                chk(f"{name} #{i + 1}: relation fails on the copy", not e["rel"](crb))
                for k, ev in enumerate(e["evidence"]):
                    c = f.count(flat(ev))
                    chk(f"{name} #{i + 1}: evidence {ev!r} occurs once in copy (whitespace removed) [{c}]", c == 1)
                    OFFS.setdefault(name, []).append({"error": i + 1, "evidence": ev, "flat_offset": f.find(flat(ev))})
                    if k == 0:
                        chk(f"{name} #{i + 1}: first evidence absent from clean text", flat(ev) not in cf)
                exp.append({"kind": e["kind"], "family": e["family"], "evidence": e["evidence"],
                            "explanation": e["explanation"]})
            base = re.sub(r"\.(txt|html|docx|pdf)$", "", name)
            with open(os.path.join(OUT, "errors", base + ".expected.json"), "w", encoding="utf-8") as fh:
                json.dump(exp, fh, ensure_ascii=False, indent=1)
    chk("9 different kinds", len(kinds) == 9)
    os.makedirs(os.path.join(lib40.HERE, "logs"), exist_ok=True)
    with open(os.path.join(lib40.HERE, "logs", "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + f"\n{len(LOG)} checks, {FAILS} failed\n")
    with open(os.path.join(lib40.HERE, "logs", "evidence_offsets.json"), "w", encoding="utf-8") as fh:
        json.dump(OFFS, fh, ensure_ascii=False, indent=1)
    print(f"{len(LOG)} checks, {FAILS} failed")
    for l in LOG:
        if l.startswith("FAIL"):
            print(l)
    assert FAILS == 0


if __name__ == "__main__":
    main()
