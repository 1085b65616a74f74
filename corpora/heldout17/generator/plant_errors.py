"""Make the three errored copies in ../errors/ and their NAME.expected.json.

Each copy is produced by the generator's own build() -> edit the content model (a unique
substring of a prose string, or one named table cell) -> the generator's own render().
The explanations' arithmetic is computed with Decimal from the numbers read off the clean text.
"""
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa


def R(pat, text, n=1):
    m = re.search(pat, text)
    if not m:
        raise ValueError("pattern not found: " + pat)
    return m.groups() if n > 1 else m.group(1)


# ---------------------------------------------------------------- relation checks (used by verify)
def rel_t03_total(text):
    lines = text.split("\n")
    i = max(k for k, l in enumerate(lines) if l == "合计")
    cell = lines[i + 2]
    prose = R(r"自评得分为([\d\.]+)分", text)
    parts = re.findall(r"(?:预算执行|产出指标|效益指标|满意度指标)([\d\.]+)分（满分", text)
    return P(cell) == P(prose) == sum(P(x) for x in parts)


def rel_t03_share(text):
    spent = R(r"实际支出([\d,\.]+)万元，预算执行率", text)
    x, s = R(r"项目支出([\d,\.]+)万元，占实际支出的([\d\.]+)%", text, 2)
    return pct(P(x), P(spent)) == P(s)


def rel_t03_date(text):
    ny, iy, im, idd = R(r"洹财绩〔(\d{4})〕3号，(\d{4})年(\d+)月(\d+)日印发", text, 4)
    return int(iy) >= int(ny) and int(iy) > 2024


def _t04_rows(text, title):
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(title))
    return [l.split("\t") for l in lines[i + 2:i + 14]]


def rel_t04_cum(text):
    rows = _t04_rows(text, "表1")
    ok = P(rows[0][2]) == P(rows[0][1])
    for a, b in zip(rows, rows[1:]):
        ok = ok and P(b[2]) == P(a[2]) + P(b[1])
    return ok


def rel_t04_flip(text):
    new, old, w, v = R(r"1—12月居民医保基金支出([\d,\.]+)万元，比上年同期的([\d,\.]+)万元(增长|下降)([\d\.]+)%", text, 4)
    g = growth(P(new), P(old))
    return abs(g) == P(v) and ((g > 0) == (w == "增长"))


def rel_t04_total(text):
    a = R(r"其中职工医保基金收入([\d,\.]+)万元", text)
    b = R(r"1—12月职工医保基金收入([\d,\.]+)万元", text)
    c = R(r"\n全年\t([\d,\.]+)\t", text)
    tot, jm = R(r"基本医疗保险基金总收入([\d,\.]+)万元", text), R(r"居民医保基金收入([\d,\.]+)万元、支出", text)
    return P(a) == P(b) == P(c) and P(tot) == P(a) + P(jm)


def rel_t06_identity(text):
    a, l_, n = R(r"事业单位资产总额([\d,\.]+)万元，负债([\d,\.]+)万元，净资产([\d,\.]+)万元", text, 3)
    return P(a) == P(l_) + P(n)


def rel_t06_unit(text):
    area, amt, unit, rent = R(r"出租出借房屋([\d,]+)平方米，取得出租出借收入([\d,\.]+)(万元|元)，平均租金([\d,\.]+)元", text, 4)
    k = 10000 if unit == "万元" else 1
    return q(P(amt) * k / P(area)) == P(rent)


def rel_t06_count(text):
    whole = int(R(r"公务用车(\d+)辆、", text))
    parts = [int(x) for x in re.findall(r"(?:执法执勤|机要通信|应急保障|特种专业技术|其他)用车(\d+)辆", text.split("表4")[0])]
    return all(x <= whole for x in parts) and sum(parts) == whole


# ---------------------------------------------------------------- specs
def specs(clean):
    """clean: dict short -> clean visible text. Returns the plant specification."""
    out = {}

    # ---- t03 docx
    t = clean["t03"]
    total = R(r"自评得分为([\d\.]+)分", t)
    parts = re.findall(r"(?:预算执行|产出指标|效益指标|满意度指标)([\d\.]+)分（满分", t)
    new_total = "97.47"
    spent = R(r"实际支出([\d,\.]+)万元，预算执行率", t)
    xsp, xsh = R(r"项目支出([\d,\.]+)万元，占实际支出的([\d\.]+)%", t, 2)
    bsh = R(r"基本支出[\d,\.]+万元，占实际支出的([\d\.]+)%", t)
    new_xsh = "43.10"
    out["t03"] = dict(module="t03_gen", edits=[
        dict(type="cell", row="合计", col=6, old=total, new=new_total),
        dict(type="text", old="占实际支出的%s%%" % xsh, new="占实际支出的%s%%" % new_xsh),
        dict(type="text", old="3号，2025年2月14日印发", new="3号，2024年2月14日印发"),
    ], expected=[
        dict(kind="total-score-not-sum-of-items", family="score", rel="rel_t03_total",
             evidence=[new_total, "自评得分为%s分" % total, "以上5项合计扣"],
             explanation="附表自评表“合计”行得分为%s分，但14项三级指标得分之和为%s分（一级指标分别为%s＝%s分），"
                         "正文“四、绩效自评结果”亦称自评得分为%s分，且100－扣分合计%s＝%s分。自评表合计得分与分项之和及正文总分不一致。"
                         % (new_total, total, "＋".join(parts), f(sum(P(x) for x in parts)), total,
                            R(r"合计扣([\d\.]+)分", t), f(100 - P(R(r"合计扣([\d\.]+)分", t))))),
        dict(kind="share-percent-mismatch", family="ratio", rel="rel_t03_share",
             evidence=["占实际支出的%s%%" % new_xsh, "项目支出%s万元" % xsp, "实际支出%s万元" % spent],
             explanation="项目支出%s万元占实际支出%s万元的比重应为%s÷%s＝%s%%，文中写成%s%%；与基本支出占比%s%%相加为%s%%，也不等于100%%。"
                         % (xsp, spent, xsp, spent, pct(P(xsp), P(spent)), new_xsh, bsh, f(P(bsh) + P(new_xsh)))),
        dict(kind="document-dated-before-its-number-year", family="date", rel="rel_t03_date",
             evidence=["2024年2月14日印发", "洹财绩〔2025〕3号", "关于开展2024年度预算绩效自评工作的通知"],
             explanation="文中所引通知的文号为洹财绩〔2025〕3号，即2025年印发的文件，却写明“2024年2月14日印发”，早于其文号年份；"
                         "且该通知布置的是2024年度绩效自评，2024年2月14日时2024年度尚未结束（2024年12月31日），不可能据此开展年度自评。印发日期与文号年份矛盾。"),
    ])

    # ---- t04 txt
    t = clean["t04"]
    rows = _t04_rows(t, "表1")
    m5_old = rows[4][1]
    m5_new = "39,720.42"
    c4, c5 = rows[3][2], rows[4][2]
    jo, jp, jw, jv = R(r"1—12月居民医保基金支出([\d,\.]+)万元，比上年同期的([\d,\.]+)万元(增长|下降)([\d\.]+)%", t, 4)
    assert jw == "下降"
    zg = R(r"其中职工医保基金收入([\d,\.]+)万元", t)
    zg_new = "499,753.49"
    assert zg == "499,573.49"
    tot, jm = R(r"基本医疗保险基金总收入([\d,\.]+)万元", t), R(r"居民医保基金收入([\d,\.]+)万元、支出", t)
    out["t04"] = dict(module="t04_gen", edits=[
        dict(type="cell", table="表1", row="5月", col=1, old=m5_old, new=m5_new),
        dict(type="text", old="比上年同期的%s万元下降%s%%" % (jp, jv), new="比上年同期的%s万元增长%s%%" % (jp, jv)),
        dict(type="text", old="其中职工医保基金收入%s万元" % zg, new="其中职工医保基金收入%s万元" % zg_new),
    ], expected=[
        dict(kind="cumulative-not-sum-of-months", family="sum", rel="rel_t04_cum",
             evidence=[m5_new, c4, c5],
             explanation="表1职工医保基金5月当月收入为%s万元，但4月末累计收入%s万元加5月当月收入应为%s万元，表中5月累计收入却为%s万元"
                         "（按累计数倒推5月当月收入应为%s－%s＝%s万元）；按表中各月当月收入相加，全年合计也不等于“全年”行的%s万元。累计数不是各月数之和。"
                         % (m5_new, c4, f(P(c4) + P(m5_new)), c5, c5, c4, f(P(c5) - P(c4)), rows[11][2])),
        dict(kind="growth-direction-flipped", family="ratio", rel="rel_t04_flip",
             evidence=["万元增长%s%%" % jv, "居民医保基金支出%s万元，比上年同期" % jo],
             explanation="居民医保基金1—12月支出%s万元，低于上年同期的%s万元，同比应为（%s－%s）÷%s＝%s%%，即下降%s%%（表2“全年”行同比列为%s），"
                         "正文却写成“增长%s%%”，增减方向相反。"
                         % (jo, jp, jo, jp, jp, growth(P(jo), P(jp)), jv, growth(P(jo), P(jp)), jv)),
        dict(kind="year-total-restated-differently", family="value-conflict", rel="rel_t04_total",
             evidence=["其中职工医保基金收入%s万元" % zg_new, "1—12月职工医保基金收入%s万元" % zg, "基金总收入%s万元" % tot],
             explanation="“一、总体情况”称职工医保基金收入%s万元，而“三、职工医保基金运行情况”和表1“全年”行均为%s万元；"
                         "且总收入%s万元＝职工%s＋居民%s，只在职工收入为%s万元时成立（按%s计算应为%s万元）。同一全年数据前后不一致。"
                         % (zg_new, zg, tot, zg, jm, zg, zg_new, f(P(zg_new) + P(jm)))),
    ])

    # ---- t06 html
    t = clean["t06"]
    a, l_, n = R(r"事业单位资产总额([\d,\.]+)万元，负债([\d,\.]+)万元，净资产([\d,\.]+)万元", t, 3)
    n_new = "1,937,785.22"
    area, amt, _u, rent = R(r"出租出借房屋([\d,]+)平方米，取得出租出借收入([\d,\.]+)(万元|元)，平均租金([\d,\.]+)元", t, 4)
    whole = R(r"公务用车(\d+)辆、", t)
    zf = R(r"执法执勤用车(\d+)辆", t)
    zf_new = "912"
    others = [int(x) for x in re.findall(r"(?:机要通信|应急保障|特种专业技术|其他)用车(\d+)辆", t.split("表4")[0])]
    out["t06"] = dict(module="t06_gen", edits=[
        dict(type="text", old="负债%s万元，净资产%s万元。事业单位中" % (l_, n), new="负债%s万元，净资产%s万元。事业单位中" % (l_, n_new)),
        dict(type="text", old="取得出租出借收入%s万元" % amt, new="取得出租出借收入%s元" % amt),
        dict(type="text", old="执法执勤用车%s辆、机要" % zf, new="执法执勤用车%s辆、机要" % zf_new),
    ], expected=[
        dict(kind="balance-identity-broken", family="sum", rel="rel_t06_identity",
             evidence=["净资产%s万元" % n_new, "事业单位资产总额%s万元，负债" % a, "负债%s万元，净资产" % l_],
             explanation="正文称事业单位资产总额%s万元、负债%s万元、净资产%s万元，但资产应等于负债加净资产：%s＋%s＝%s万元≠%s万元；"
                         "按资产减负债，净资产应为%s－%s＝%s万元，与表1事业单位净资产一致。"
                         % (a, l_, n_new, l_, n_new, f(P(l_) + P(n_new)), a, a, l_, f(P(a) - P(l_)))),
        dict(kind="unit-slip-wan-yuan", family="unit", rel="rel_t06_unit",
             evidence=["出租出借收入%s元" % amt, "出租出借房屋%s平方米" % area, "平均租金%s元/平方米" % rent],
             explanation="出租出借房屋%s平方米、平均租金%s元/平方米·年，对应收入应为%s万元（%s×10000÷%s＝%s元/平方米）；"
                         "文中写成“%s元”，若按元计平均租金仅为%s元/平方米，单位由万元错成元，相差一万倍。"
                         % (area, rent, amt, amt, area, f(P(amt) * 10000 / P(area)), amt, fn(P(amt) / P(area), 4))),
        dict(kind="count-part-exceeds-whole", family="sum", rel="rel_t06_count",
             evidence=["执法执勤用车%s辆" % zf_new, "公务用车%s辆、" % whole],
             explanation="正文称公务用车%s辆，其中执法执勤用车却为%s辆，单项大于总数；各类公务用车合计%s＋%s＝%s辆，超过%s辆"
                         "（表4执法执勤用车为%s辆，按%s计算各类合计恰为%s辆）。"
                         % (whole, zf_new, zf_new, "＋".join(str(x) for x in others), fi(int(zf_new) + sum(others)), whole,
                            zf, zf, whole)),
    ])
    return out


def apply_edits(B, edits):
    for e in edits:
        if e["type"] == "text":
            B = replace_in_blocks(B, e["old"], e["new"])
        else:
            hits = 0
            for blk in B:
                if blk[0] == "table" and (blk[1].get("title") or blk[1].get("caption") or "").startswith(e.get("table", "")):
                    for r in blk[1]["rows"]:
                        if r[0] == e["row"]:
                            assert r[e["col"]] == e["old"], (r, e)
                            r[e["col"]] = e["new"]
                            hits += 1
            assert hits == 1, e
    return B


FILES = {"t03": "t03_huanchuan_market_regulation_dept_selfeval_2024.docx",
         "t04": "t04_xiuchuan_medical_insurance_fund_bulletin_2024_12.txt",
         "t06": "t06_luanze_admin_institution_state_assets_report_2024.html"}


def main():
    os.makedirs(ERR, exist_ok=True)
    clean = {}
    mods = {}
    for k, fn_ in FILES.items():
        mods[k] = importlib.import_module("%s_gen" % k)
        clean[k] = mods[k].visible(os.path.join(OUT, fn_))
    sp = specs(clean)
    for k, s in sp.items():
        mod = mods[k]
        B, _L = mod.build()
        B = apply_edits(B, s["edits"])
        path = os.path.join(ERR, FILES[k])
        mod.render(B, path)
        exp = [{kk: e[kk] for kk in ("kind", "family", "evidence", "explanation")} for e in s["expected"]]
        base = os.path.splitext(FILES[k])[0]
        with open(os.path.join(ERR, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("planted 3 errors in errors/%s" % FILES[k])


if __name__ == "__main__":
    main()
