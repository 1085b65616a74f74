"""Make the three error copies (3 planted contradictions each) and their expected.json files.

Each copy is made by editing the generator's content model BEFORE rendering (a unique substring of one
prose string, or one named table cell) and rendering with the generator's own render().  The explanation
numbers are read off the clean model and computed with Decimal.

This module also holds the relation checks (re-parsed from visible text) used by verify_errors.py.
"""
import copy
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, ERR, OUT, P, q, fmt, pct, replace_unique, count_in, docx_text, html_text, pdf_text, pdf_rows

import t01_gen
import t03_gen
import t04_gen

NUM = r"-?[\d,]+(?:\.\d+)?"


# ====================================================================== visible text per format
def vis_docx(path):
    return docx_text(path, final=True)


def vis_html(path):
    return html_text(path)


def vis_pdf(path):
    return t04_gen.visible(path)


def lines_pdf(path):
    return pdf_text(path)


# ====================================================================== relation checks
def rel_t01_rate(text, path=None):
    """every category summary: 整改率 = 整改到位 / 问题金额"""
    pat = re.compile(r"该方面反映问题(\d+)个、问题金额(%s)万元，已完成整改(\d+)个，正在整改(\d+)个，整改到位金额(%s)万元，"
                     r"整改率([\d.]+)%%" % (NUM, NUM))
    hits = pat.findall(text)
    assert len(hits) == 5, hits
    return all(q(P(R) / P(A) * 100, 2) == P(r) for _, A, _, _, R, r in hits)


def rel_t01_date(text, path=None):
    """the report (subtitle date) must be dated after the audited year and after the 人大 review it cites"""
    y = int(re.search(r"关于(\d{4})年度县级预算执行", text).group(1))
    m = re.search(r"——(\d{4})年(\d+)月(\d+)日在", text)
    d = datetime.date(*map(int, m.groups()))
    r = re.search(r"(\d{4})年(\d+)月(\d+)日，县十八届人大常委会", text)
    review = datetime.date(*map(int, r.groups()))
    return d > datetime.date(y, 12, 31) and d > review


def rel_t01_inprogress(text, path=None):
    """正在整改 in 二 = 正在整改 in 四 = 分阶段 + 持续"""
    a = re.search(r"已完成整改(\d+)个，正在整改(\d+)个；", text)
    b = re.search(r"正在整改的(\d+)个问题", text)
    c1 = re.search(r"需要分阶段推进的(\d+)个", text)
    c2 = re.search(r"需要持续整改的(\d+)个", text)
    n = int(a.group(2))
    return n == int(b.group(1)) == int(c1.group(1)) + int(c2.group(1))


class _Rows(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cur, self.cell, self.intd = [], None, "", False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.cur = []
        elif tag in ("td", "th"):
            self.intd, self.cell = True, ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cur is not None:
            self.cur.append(self.cell.strip())
            self.intd = False
        elif tag == "tr" and self.cur is not None:
            self.rows.append(self.cur)
            self.cur = None

    def handle_data(self, data):
        if self.intd:
            self.cell += data


def html_rows(path):
    p = _Rows()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    return p.rows


def _t03_groups(path):
    """[(town, [project rows], subtotal row)] from the rendered table (project rows have 11 cells;
    subtotal rows: '', name (colspan 2), 'N个项目', 合计, 中央, 省级, 市县, 户, 脱贫, '')"""
    groups, cur = [], None
    for r in html_rows(path):
        if len(r) == 1 and "、" in r[0]:
            cur = [r[0].split("、", 1)[1], [], None]
        elif len(r) == 11 and cur is not None:
            cur[1].append(r)
        elif len(r) == 10 and r[1].endswith("小计"):
            cur[2] = r
            groups.append(tuple(cur))
            cur = None
    return groups


def _n(x):
    return D(0) if x in ("—", "") else P(x)


def rel_t03_subtotal(text, path):
    """each 小计 column (合计/中央/省级/市县) = sum of its project rows"""
    ok = True
    for town, projs, sub in _t03_groups(path):
        for pc, sc in ((4, 3), (5, 4), (6, 5), (7, 6)):
            ok &= sum((_n(r[pc]) for r in projs), D(0)) == _n(sub[sc])
    return ok


def rel_t03_part_whole(text, path):
    """每个项目: 其中脱贫户 <= 受益户数"""
    return all(_n(r[9]) <= _n(r[8]) for _, projs, _ in _t03_groups(path) for r in projs)


def rel_t03_paid(text, path=None):
    """支出进度 = 已支付 / 资金规模 (both in 万元)"""
    m = re.search(r"已支付衔接资金(%s)(万元|亿元)，资金支出进度([\d.]+)%%" % NUM, text)
    t = re.search(r"资金规模(%s)万元（约" % NUM, text)
    paid = P(m.group(1)) * (10000 if m.group(2) == "亿元" else 1)
    return q(paid / P(t.group(1)) * 100, 2) == P(m.group(3))


def rel_t04_direction(text, path):
    """增长/下降 of each level's 次均费用 matches 表2's 2023 value"""
    rows = pdf_rows(path).split("\n")
    prev = {}
    for ln in rows:
        tok = ln.split(" | ")
        if len(tok) == 6 and tok[0] in ("三级", "二级", "一级及以下"):
            prev[tok[0]] = P(tok[1])
    ok = len(prev) == 3
    for lev, new, word, g in re.findall(r"(三级|二级|一级及以下)医疗机构(%s)元，(增长|下降)([\d.]+)%%" % NUM, text):
        v = P(new) - prev[lev]
        ok &= (word == "增长") == (v > 0)
    return ok


def rel_t04_pp(text, path=None):
    m = re.search(r"比例为([\d.]+)%，上年（[^）]*）为([\d.]+)%，提高([\d.]+)个百分点", text)
    return P(m.group(1)) - P(m.group(2)) == P(m.group(3))


def rel_t04_t4total(text, path):
    rows = pdf_rows(path).split("\n")
    i = [k for k, ln in enumerate(rows) if "等级 | 结余家数 | 结余留用 | 超支家数 | 超支金额" in ln][0]
    t4 = []
    for ln in rows[i + 1:i + 6]:
        tok = ln.split(" | ")
        for j, x in enumerate(tok):
            if j >= 3 and x in ("三级", "二级", "一级及以下", "合计"):
                t4.append(tok[j:j + 5])
                break
    assert [r[0] for r in t4] == ["三级", "二级", "一级及以下", "合计"], t4
    return all(sum((P(r[c]) for r in t4[:3]), D(0)) == P(t4[3][c]) for c in (1, 2, 3, 4))


# ====================================================================== plant specifications
def _assert_not_deleted(B, s):
    """refuse to plant inside tracked-change deleted text"""
    for kind, content in B:
        segs = []
        if kind == "table":
            for r in content["rows"]:
                for c in r:
                    segs += t01_gen.segs_of(c)
        else:
            segs = t01_gen.segs_of(content)
        for k, t in segs:
            if k == "del" and s in t:
                raise ValueError("target %r lies in deleted text" % s)


def plant_t01(path=None):
    B, _, _ = t01_gen.build()
    v = t01_gen.compute()
    c1 = v["cats"]["c1"]
    T = v["tot"]
    edits = [("整改到位金额%s万元，整改率%s%%。" % (fmt(c1["R"]), c1["rate"]),
              "整改到位金额%s万元，整改率97.45%%。" % fmt(c1["R"])),
             ("——2024年12月19日在沅岑县", "——2023年12月19日在沅岑县"),
             ("正在整改的%d个问题" % T["ip"], "正在整改的8个问题")]
    for old, new in edits:
        _assert_not_deleted(B, old)
        B = replace_unique(B, old, new)
    errs = [
        {"kind": "rate-mismatch", "family": "ratio",
         "evidence": ["整改率97.45%", "整改到位金额%s万元" % fmt(c1["R"]), "问题金额%s万元" % fmt(c1["A"])],
         "explanation": "“县级财政管理方面”问题金额%s万元、整改到位金额%s万元，整改率应为%s÷%s＝%s%%，文中却写成97.45%%；"
                        "表1中该类别的整改率也是%s。整改率与其分子、分母不符。"
                        % (fmt(c1["A"]), fmt(c1["R"]), fmt(c1["R"]), fmt(c1["A"]), c1["rate"], c1["rate"])},
        {"kind": "report-dated-within-fiscal-year", "family": "date",
         "evidence": ["2023年12月19日", "2024年8月27日，县十八届人大常委会第二十一次会议",
                      "截至2024年10月31日，已完成整改%d个" % T["done"]],
         "explanation": "副标题称本报告是“2023年12月19日在沅岑县第十八届人民代表大会常务委员会第二十四次会议上”所作，"
                        "但报告的是2023年度预算执行审计查出问题的整改情况：报告日期早于2023年度结束日（2023年12月31日），"
                        "而文中引用的审计工作报告是2024年8月27日才由县人大常委会审议的，整改情况也截至2024年10月31日。"
                        "报告不可能在所报告年度结束前、更不可能在其引用的事项发生前作出，落款日期与内容矛盾。"},
        {"kind": "figure-restated-differently", "family": "value-conflict",
         "evidence": ["正在整改的8个问题", "正在整改%d个" % T["ip"], "需要分阶段推进的%d个" % len(t01_gen.STAGED),
                      "需要持续整改的%d个" % len(t01_gen.LASTING)],
         "explanation": "第二部分称截至2024年10月31日已完成整改%d个、正在整改%d个（合计%d个），表1合计行“正在整改”也是%d；"
                        "第四部分却称“正在整改的8个问题”，而紧接着按原因列举的需要分阶段推进的%d个与需要持续整改的%d个"
                        "相加为%d个。同一个“正在整改”问题数前后不一致。"
                        % (T["done"], T["ip"], T["n"], T["ip"], len(t01_gen.STAGED), len(t01_gen.LASTING),
                           len(t01_gen.STAGED) + len(t01_gen.LASTING))},
    ]
    path = path or os.path.join(ERR, t01_gen.NAME + ".docx")
    t01_gen.render(B, path)
    return path, errs


def _t03_rows(model):
    for kind, c in model["blocks"]:
        if kind == "table":
            return c["rows"]


def plant_t03(path=None):
    model, _ = t03_gen.build()
    clean = copy.deepcopy(model)
    rows = _t03_rows(model)
    # E4: 石缸乡小计 中央 595.56 -> 559.56
    sub = [c for k, c in rows if k == "sub" and c[1] == "石缸乡小计"][0]
    projs = []
    town = None
    for k, c in rows:
        if k == "group":
            town = c.split("、", 1)[1]
        elif k == "proj" and town == "石缸乡":
            projs.append(c)
    old_sub = sub[5]
    assert old_sub == "595.56"
    sub[5] = "559.56"
    # E5: 龙洼镇生猪代养场 其中脱贫户 142 -> 412
    pj = [c for k, c in rows if k == "proj" and c[1] == "龙洼镇生猪代养场建设项目"][0]
    assert pj[9] == "142"
    pj[9] = "412"
    lw = [c for k, c in rows if k == "sub" and c[1] == "龙洼镇小计"][0]
    lw_proj = []
    town = None
    for k, c in rows:
        if k == "group":
            town = c.split("、", 1)[1]
        elif k == "proj" and town == "龙洼镇":
            lw_proj.append(c)
    lw_sum = sum((int(c[9].replace(",", "")) for c in lw_proj), 0)
    # E6: 已支付 万元 -> 亿元
    model = replace_unique(model, "全县已支付衔接资金4,336.75万元", "全县已支付衔接资金4,336.75亿元")
    tot = [c for k, c in _t03_rows(clean) if k == "total"][0]
    sum_sg = "＋".join(c[5] for c in projs)
    errs = [
        {"kind": "table-subtotal-mismatch", "family": "sum",
         "evidence": ["559.56", "石缸乡小计", "其中中央595.56万元"],
         "explanation": "项目表中“石缸乡小计”行的“中央”栏为559.56万元，但石缸乡5个项目的中央资金%s＝%s万元；"
                        "该小计行本身也不平：合计栏%s万元≠559.56＋%s＋%s＝%s万元；正文亦称石缸乡“其中中央595.56万元”。"
                        "小计与明细不符（应为595.56，疑为数字颠倒）。"
                        % (sum_sg, fmt(sum((P(c[5]) for c in projs), D(0))), sub[4], sub[6], sub[7],
                           fmt(P("559.56") + P(sub[6]) + P(sub[7])))},
        {"kind": "count-part-exceeds-whole", "family": "sum",
         "evidence": ["412", "龙洼镇生猪代养场建设项目"],
         "explanation": "龙洼镇生猪代养场建设项目的受益户数合计为%s户，“其中脱贫户（含监测户）”却填为412户，部分大于整体、"
                        "多出%d户；且龙洼镇小计行脱贫户为%s户，按明细相加却为%s户，正文也称龙洼镇脱贫户%s户。"
                        "“其中”数不可能超过受益户总数。"
                        % (pj[8], 412 - int(pj[8]), lw[9], "{:,}".format(lw_sum), lw[9])},
        {"kind": "unit-slip-wan-yi", "family": "unit",
         "evidence": ["已支付衔接资金4,336.75亿元", "资金支出进度89.95%", "资金规模4,821.18万元（约0.48亿元）"],
         "explanation": "正文称全县已支付衔接资金4,336.75亿元，但全县衔接资金总规模只有4,821.18万元（约0.48亿元），"
                        "资金支出进度89.95%%＝4,336.75÷4,821.18只有按万元计算才成立（%s%%）；按亿元计，已支付数是资金总规模的"
                        "近九千倍。金额单位“万元”误写为“亿元”。" % pct("4336.75", "4821.18")},
    ]
    path = path or os.path.join(ERR, t03_gen.NAME + ".html")
    t03_gen.render(model, path)
    return path, errs


def plant_t04(path=None):
    B, _, extra = t04_gen.build()
    t2 = extra["tables"]["t2"]
    lv2 = [r for r in t2["rows"] if r[0] == "二级"][0]
    old = "二级医疗机构%s元，下降%s%%" % (lv2[2], lv2[3].lstrip("-"))
    B = replace_unique(B, old, old.replace("下降", "增长"))
    B = replace_unique(B, "提高1.12个百分点", "提高1.21个百分点")
    pair = [c for k, c in B if k == "pair"][0]
    t4 = pair[1]
    assert t4["rows"][-1][2] == "5,386.71"
    t4["rows"][-1][2] = "5,368.71"
    errs = [
        {"kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["二级医疗机构%s元，增长%s%%" % (lv2[2], lv2[3].lstrip("-")), lv2[1],
                      "三级、二级医疗机构次均费用分别下降3.39%和1.83%"],
         "explanation": "二级医疗机构次均住院费用由上年的%s元（表2）降至%s元，（%s－%s）÷%s＝%s%%，应为“下降%s%%”，"
                        "文中却写成“增长%s%%”；表2增减栏为%s，第三部分也称二级医疗机构次均费用下降%s%%。增减方向写反。"
                        % (lv2[1], lv2[2], lv2[2], lv2[1], lv2[1], lv2[3], lv2[3].lstrip("-"), lv2[3].lstrip("-"),
                           lv2[3], lv2[3].lstrip("-"))},
        {"kind": "percentage-point-mismatch", "family": "ratio",
         "evidence": ["提高1.21个百分点", "统筹基金支付占医疗总费用的比例为65.63%", "为64.51%"],
         "explanation": "统筹基金支付占医疗总费用的比例2024年为65.63%%、上年为64.51%%，提高65.63－64.51＝%s个百分点，"
                        "文中写成1.21个百分点。（65.63%%＝282,338.55÷430,225.51，64.51%%＝284,038.23÷440,274.19，均与正文一致。）"
                        % (P("65.63") - P("64.51"))},
        {"kind": "table-total-mismatch", "family": "sum",
         "evidence": ["5,368.71", "结余留用金额合计5,386.71万元"],
         "explanation": "表4“结余留用”合计栏为5,368.71万元，但三级、二级、一级及以下医疗机构分别为%s、%s、%s万元，"
                        "相加为%s万元；正文也称结余留用金额合计5,386.71万元，且结余留用与超支金额相抵后的净额-738.45万元"
                        "只有按5,386.71计算才成立。表中合计数与分项之和不符。"
                        % (t4["rows"][0][2], t4["rows"][1][2], t4["rows"][2][2],
                           fmt(sum((P(r[2]) for r in t4["rows"][:3]), D(0))))},
    ]
    path = path or os.path.join(ERR, t04_gen.NAME + ".pdf")
    t04_gen.render(B, path)
    return path, errs


PLANTS = [
    # (name, ext, plant fn, visible fn, raw-line fn or None, relation checks in error order)
    (t01_gen.NAME, "docx", plant_t01, vis_docx, None, [rel_t01_rate, rel_t01_date, rel_t01_inprogress]),
    (t03_gen.NAME, "html", plant_t03, vis_html, "html", [rel_t03_subtotal, rel_t03_part_whole, rel_t03_paid]),
    (t04_gen.NAME, "pdf", plant_t04, vis_pdf, "pdf", [rel_t04_direction, rel_t04_pp, rel_t04_t4total]),
]


def main():
    os.makedirs(ERR, exist_ok=True)
    for name, ext, fn, _, _, _ in PLANTS:
        path, errs = fn()
        with open(os.path.join(ERR, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(errs, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("planted %d errors -> errors/%s" % (len(errs), os.path.basename(path)))


if __name__ == "__main__":
    main()
