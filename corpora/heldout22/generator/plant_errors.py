"""Make the three error copies in ../errors/ and their NAME.expected.json.

Each plant edits the generator's content model BEFORE rendering (a unique substring of one prose
string, or one named table cell) and renders with the generator's own render().  The explanation
numbers are read from the clean content model and computed with Decimal.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import ERRORS, DEC, rnd, fmt, val, swap_unique  # noqa: E402
import t03_gen
import t04_gen
import t05_gen


def set_cell(model, table_tag, first, col, old, new):
    """edit one cell of a docx content-model table, checking its old value"""
    out = []
    hit = 0
    for blk in model:
        if blk[0] == "table" and blk[2] == table_tag:
            rows = [list(r) for r in blk[1]]
            for r in rows:
                if r[0] == first:
                    if r[col] != old:
                        raise ValueError("cell %s/%s is %r, not %r" % (first, col, r[col], old))
                    r[col] = new
                    hit += 1
            blk = (blk[0], rows, blk[2])
        out.append(blk)
    if hit != 1:
        raise ValueError("cell not found once")
    return out


# ---------------------------------------------------------------- t03 (docx)

def t03_plants():
    m, a = t03_gen.build()
    f = a.facts
    score = f["score"]
    bad = "98.60"
    assert score == "98.06"
    return t03_gen, [
        dict(edit=lambda M: set_cell(M, "t2b", "合计", 5, score, bad),
             kind="score-total-mismatch", family="score",
             evidence=[bad, "本项目自评得分98.06分"],
             explanation="表2（续）绩效自评评分表末行“合计”得分填为%s分，但表2及其续表所列20项三级指标得分相加为%s分"
                         "（决策类14.50分＋过程类18.86分＋产出类39.70分＋效益类25.00分＝%s分，表中4个一级指标小计行也与此一致），"
                         "正文“五、绩效自评结果”亦写“本项目自评得分%s分”。评分表合计数与各项得分之和及正文总分不符（疑为末两位数字颠倒）。"
                         % (bad, score, score, score)),
        dict(edit=lambda M: swap_unique(M, "2025年3月20日", "2024年3月20日"),
             kind="report-dated-before-period-end", family="date",
             evidence=["2024年3月20日", "截至2024年12月31日资金全部到位"],
             explanation="报告落款日期为2024年3月20日，但本报告是对2024年度学生资助资金全年执行情况的自评，文中写明“截至2024年12月31日资金全部到位”、"
                         "全年实际支出%s万元、年末结余%s万元，并按县财政局“开展2024年度项目支出绩效自评工作”的通知开展。"
                         "报告日期早于所评价年度结束，不可能已掌握全年数据，落款年份应为2025年。" % (f["spent"], f["left"])),
        dict(edit=lambda M: swap_unique(M, "其中脱贫家庭幼儿418人", "其中脱贫家庭幼儿1,418人"),
             kind="count-part-exceeds-whole", family="part-whole",
             evidence=["其中脱贫家庭幼儿1,418人", "学前教育幼儿资助1,286人"],
             explanation="正文称“学前教育幼儿资助1,286人，其中脱贫家庭幼儿1,418人”，“其中”部分（1,418人）大于总数（1,286人），"
                         "部分不可能大于整体；表1学前教育幼儿资助人数也是1,286人（1,286×1,000元＝128.60万元）。"
                         "疑为418人误写（多出一位“1”）。"),
    ]


# ---------------------------------------------------------------- t04 (pdf)

def t04_plants():
    m, a = t04_gen.build()
    f = a.facts
    assert f["rate"] == "4.25"
    cut, sub = f["cut"], f["sub"]
    return t04_gen, [
        dict(edit=lambda M: swap_unique(M, "审减率4.25%", "审减率4.52%"),
             kind="audit-reduction-rate-mismatch", family="ratio",
             evidence=["审减率4.52%", "审减资金%s万元" % cut, "（送审金额）%s万元" % sub],
             explanation="正文称送审金额%s万元、审减资金%s万元、审减率4.52%%，但%s÷%s＝%s%%；表1合计行（82,650,571.45元、审减3,509,465.85元）"
                         "的审减率也是4.25%%。审减率与其分子、分母不符（疑为数字颠倒）。"
                         % (sub, cut, cut, sub, fmt(val(cut) / val(sub) * 100))),
        dict(edit=lambda M: swap_unique(M, "单价套用错误84.23万元", "单价套用错误48.23万元"),
             kind="breakdown-sum-mismatch", family="sum",
             evidence=["单价套用错误48.23万元", "工程量多计138.64万元", "842,315.27"],
             explanation="正文“建筑工程……审减257.41万元，其中：工程量多计138.64万元、单价套用错误48.23万元、材料价差多计34.54万元”，"
                         "三项相加为%s万元，不等于审减额257.41万元（＝5,238.64－4,981.23）；表2第2项“单价套用错误”为842,315.27元，即84.23万元，"
                         "按84.23万元计算三项之和恰为257.41万元。其中项与总数不符（疑为数字颠倒）。"
                         % fmt(DEC("138.64") + DEC("48.23") + DEC("34.54"))),
        dict(edit=lambda M: swap_unique(M, "应付未付款项327.69万元", "应付未付款项327.69元"),
             kind="unit-slip-wan-yuan", family="unit",
             evidence=["应付未付款项327.69元", "7,586.42万元，按审定工程投资计算", "工程尾款91.21万元"],
             explanation="正文称累计已支付工程款7,586.42万元，“按审定工程投资计算，应付未付款项327.69元，其中质量保证金236.48万元、工程尾款91.21万元”。"
                         "审定工程投资7,914.11万元－已支付7,586.42万元＝327.69万元，其中两项236.48＋91.21＝327.69万元；"
                         "按“元”理解，应付未付款项仅327.69元，反而远小于其中的质量保证金236.48万元。金额单位“万元”误写为“元”。"),
    ]


# ---------------------------------------------------------------- t05 (txt)

def t05_plants():
    m, a = t05_gen.build()
    f = a.facts
    return t05_gen, [
        dict(edit=lambda M: swap_unique(M, "参保412.36万人，同比下降1.57%", "参保412.36万人，同比增长1.57%"),
             kind="growth-direction-flipped", family="ratio",
             evidence=["412.36万人，同比增长1.57%", "居民418.92万人", "居民参保人数下降"],
             explanation="城乡居民基本医疗保险参保人数2024年末为412.36万人，上年末为418.92万人，（412.36－418.92）÷418.92＝-1.57%，"
                         "应为“同比下降1.57%”，文中却写“同比增长1.57%”；紧接着的一句也说“居民参保人数下降”，全市参保总数"
                         "也比上年末减少5.29万人。增减方向写反。"),
        dict(edit=lambda M: swap_unique(M, "基金收入32.65亿元（上年31.02亿元）", "基金收入32.56亿元（上年31.02亿元）"),
             kind="figure-restated-differently", family="value-conflict",
             evidence=["基金收入32.56亿元", "职工医保基金收入32.65亿元", "当期结余3.91亿元"],
             explanation="“二、基金收支情况”写职工医保基金收入32.56亿元，但文首【导读】写“职工医保基金收入32.65亿元”；"
                         "同一句中的同比增长5.25%%只与32.65亿元相符（(32.65－31.02)÷31.02＝%s%%，按32.56计算为%s%%），"
                         "当期结余3.91亿元＝32.65－28.74，基金总收入78.51亿元＝32.65＋45.86。同一数据前后不一致（疑为数字颠倒）。"
                         % (fmt((DEC("32.65") - DEC("31.02")) / DEC("31.02") * 100),
                            fmt((DEC("32.56") - DEC("31.02")) / DEC("31.02") * 100))),
        dict(edit=lambda M: swap_unique(M, "提高0.84个百分点", "提高0.48个百分点"),
             kind="percentage-point-diff-mismatch", family="ratio",
             evidence=["提高0.48个百分点", "基金支付比例84.36%", "比上年的83.52%"],
             explanation="职工医保政策范围内住院费用基金支付比例为84.36%，上年为83.52%，84.36－83.52＝0.84个百分点，"
                         "文中却写“提高0.48个百分点”。百分点差与前后两个比率不符（疑为数字颠倒）。"),
    ]


PLANS = {
    "t03": t03_plants,
    "t04": t04_plants,
    "t05": t05_plants,
}


def plant(key, outdir=ERRORS, only=None):
    gen, specs = PLANS[key]()
    model, _ = gen.build()
    for i, sp in enumerate(specs):
        if only is None or only == i:
            model = sp["edit"](model)
    os.makedirs(outdir, exist_ok=True)
    path = gen.main(outdir, model, None)
    exp = [{"kind": sp["kind"], "family": sp["family"], "evidence": sp["evidence"], "explanation": sp["explanation"]}
           for sp in specs]
    if only is None:
        stem = os.path.splitext(path)[0]
        with open(stem + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return path, exp


def main():
    for k in PLANS:
        p, e = plant(k)
        print("planted", os.path.basename(p), len(e))


if __name__ == "__main__":
    main()
