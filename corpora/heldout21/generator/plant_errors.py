"""Make the three error copies in errors/ and their NAME.expected.json.

Each copy is made by editing the generator's CONTENT MODEL before rendering (one named table
cell, or a unique substring of one prose string), then rendering with the generator's own
render().  The explanations are written from the clean model's numbers, computed with Decimal.
"""
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, pct
import t01_gen
import t03_gen
import t05_gen


def _model(gen):
    return (gen.build_model() if hasattr(gen, "build_model") else gen.build())[0]


def _swap_block(blocks, kind, old, new):
    """replace `old` by `new` in the one block of `kind` that contains it (exactly one occurrence)"""
    hits = [i for i, (k, v) in enumerate(blocks) if k == kind and isinstance(v, str) and old in v]
    assert len(hits) == 1 and blocks[hits[0]][1].count(old) == 1, (old, hits)
    i = hits[0]
    blocks[i] = (kind, blocks[i][1].replace(old, new))


# ------------------------------------------------------------------ t01 (docx)

def plant_t01(only=None):
    """only: plant just error number `only` (0-2); None plants all three"""
    M = copy.deepcopy(_model(t01_gen))
    S = {}
    rows = M["score_rows"]
    total = M["score_total"][4]
    new_total = total[:-2] + total[-1] + total[-2]          # 95.81 -> 95.18 (last two digits swapped)
    assert new_total != total
    if only in (None, 0):
        M["score_total"][4] = new_total
    # text box 1: 全年支出数
    box = [v for k, v in M["blocks"] if k == "box"][0]
    spent_line = box[2]
    spent = spent_line.split("：")[1].split("万元")[0]
    new_spent = spent[:3] + spent[4] + spent[3] + spent[5:]  # 3,327.62 -> 3,372.62
    if only in (None, 1):
        box[2] = spent_line.replace(spent, new_spent)
    # 三公 paragraph: 下降 -> 增长
    w = M["blocks"]
    sg_para = [v for k, v in w if k == "p" and "“三公”经费比上年" in v][0]
    fall = sg_para.split("下降")[1].split("%")[0]
    if only in (None, 2):
        _swap_block(w, "p", "下降%s%%，主要是" % fall, "增长%s%%，主要是" % fall)

    wsum = fmt(sum(kit.val(r[4]) for r in rows))
    full = [v for k, v in M["blocks"] if k == "p" and "调整后全年预算数为" in v][0].split("调整后全年预算数为")[1].split("万元")[0]
    rate_new = fmt(pct(kit.val(new_spent), kit.val(full))) + "%"
    rate_old = fmt(pct(kit.val(spent), kit.val(full))) + "%"
    sg_now = sg_para.split("实际支出")[1].split("万元")[0]
    sg_last = sg_para.split("“三公”经费比上年")[1].split("万元")[0]
    sg_less = sg_para.split("减少")[1].split("万元")[0]
    g = fmt(kit.val(sg_now) / kit.val(sg_last) * 100 - 100)
    exp = [
        {"kind": "score-total-mismatch", "family": "score",
         "evidence": [new_total, "自评得分：%s分" % total, "合计：%s分" % total],
         "explanation": "表2绩效自评评分表“合计”行得分栏填为%s分，但表中24项三级指标得分相加为%s分；首页“主要数据”文本框"
                        "（自评得分：%s分）、表后“分项得分汇总”文本框（合计：%s分）和正文“自评得分为%s分”均为%s分。评分表合计数"
                        "与各项得分之和及文中总分不符（疑为末两位数字颠倒）。"
                        % (new_total, wsum, total, total, total, total)},
        {"kind": "figure-restated-differently", "family": "value-conflict",
         "evidence": ["全年支出数：%s万元" % new_spent, "2024年实际支出%s万元" % spent, "预算执行率%s" % rate_old],
         "explanation": "首页文本框“2024年度整体支出绩效自评主要数据”写全年支出数%s万元，但正文“预算执行情况”写2024年实际支出"
                        "%s万元（基本支出%s万元＋项目支出%s万元＝%s万元），同一文本框紧接着的预算执行率%s也只与%s万元相符"
                        "（%s÷%s＝%s；按%s计算应为%s）。同一支出总额前后不一致（疑为数字颠倒）。"
                        % (new_spent, spent, box[3].split("基本支出")[1].split("万元")[0],
                           box[3].split("项目支出")[1].split("万元")[0], spent, rate_old, spent, spent, full, rate_old,
                           new_spent, rate_new)},
        {"kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["增长%s%%，主要是严格执行" % fall, "比上年%s万元减少%s万元" % (sg_last, sg_less),
                      "实际支出%s万元" % sg_now],
         "explanation": "“三公”经费2024年实际支出%s万元，上年为%s万元，（%s－%s）÷%s＝%s%%，应为“下降%s%%”，文中却写成"
                        "“增长%s%%”；同一句前半句也写明“减少%s万元”，原因说明为严格执行接待标准、压减用车，首页文本框亦写"
                        "“比上年下降%s%%”。增减方向写反。"
                        % (sg_now, sg_last, sg_now, sg_last, sg_last, g, fall, fall, sg_less, fall)},
    ]
    return M, exp


# ------------------------------------------------------------------ t05 (pdf)

def plant_t05(only=None):
    M = copy.deepcopy(_model(t05_gen))
    S = M["S"]
    old_no = M["docno"]
    new_no = old_no.replace("〔2025〕", "〔2023〕")
    if only in (None, 0):
        M["docno"] = new_no
    if only in (None, 1):
        _swap_block(M["P"], "p", "基金总收入%s万元（约" % S["in_w"], "基金总收入%s千元（约" % S["in_w"])
    new_months = S["months"][2] + "." + S["months"][0] + S["months"][3]    # 7.96 -> 9.76
    assert new_months != S["months"]
    if only in (None, 2):
        _swap_block(M["P"], "p", "可支付%s个月" % S["months"], "可支付%s个月" % new_months)
    t1 = S["t1"]
    inc_k = t1[0][2]
    close_k = [r for r in t1 if r[0].startswith("五、")][0][2]
    out_k = [r for r in t1 if r[0].startswith("二、")][0][2]
    m_calc = q(kit.val(close_k) / (kit.val(out_k) / 12), 2)
    exp = [
        {"kind": "document-number-year-before-period", "family": "date",
         "evidence": [new_no, "2025年5月20日", "2025年5月21日印发"],
         "explanation": "发文字号写作%s，但本报告报送的是2024年度基金决算（全年收支、年末累计结余均截至2024年12月31日），"
                        "成文日期为2025年5月20日，版记印发日期为2025年5月21日。发文字号中的年份应为成文年份2025年，2023年早于"
                        "所报告的2024年度，文号年份与成文日期、所报告年度均矛盾（应为〔2025〕18号）。" % new_no},
        {"kind": "unit-slip-qian-wan", "family": "unit",
         "evidence": ["%s千元（约%s亿元）" % (S["in_w"], S["in_y"]), inc_k, "本年收支结余%s万元" % S["sur_w"]],
         "explanation": "正文写基金总收入%s千元（约%s亿元），但附件1基金收支决算表（单位：千元）本年基金收入合计为%s千元，"
                        "即%s万元、约%s亿元；同一句的基金总支出%s万元、本年收支结余%s万元也是按万元计算的（%s－%s＝%s）。"
                        "按“千元”理解，收入仅约0.18亿元，与括号内的约%s亿元和表中数字相差10倍。金额单位“万元”误写为“千元”。"
                        % (S["in_w"], S["in_y"], inc_k, S["in_w"], S["in_y"], S["out_w"], S["sur_w"], S["in_w"],
                           S["out_w"], S["sur_w"], S["in_y"])},
        {"kind": "coverage-months-mismatch", "family": "ratio",
         "evidence": ["可支付%s个月" % new_months, "%s万元（约%s亿元）" % (S["close_w"], S["close_y"]),
                      "比上年的%s个月增加%s个月" % (S["months_l"], S["months_d"])],
         "explanation": "正文称按月均基金支出计算，年末累计结余可支付%s个月；但年末累计结余%s万元÷（基金总支出%s万元÷12）"
                        "＝%s个月（附件1：%s÷（%s÷12）＝%s），同一句“比上年的%s个月增加%s个月”也只在%s个月时成立"
                        "（%s－%s＝%s）。可支付月数与其分子、分母不符（疑为数字颠倒）。"
                        % (new_months, S["close_w"], S["out_w"], m_calc, close_k, out_k, m_calc, S["months_l"],
                           S["months_d"], S["months"], S["months"], S["months_l"], S["months_d"])},
    ]
    return M, exp


# ------------------------------------------------------------------ t03 (html)

def plant_t03(only=None):
    M = copy.deepcopy(_model(t03_gen))
    S = M["S"]
    t2_total, groups = M["t2"]
    gname, rows, sub = [g for g in groups if any(r[1] == "杨*军" for r in g[1])][0]
    row = [r for r in rows if r[1] == "杨*军"][0]
    old_amt = row[5]
    new_amt = old_amt[:3] + old_amt[4] + old_amt[3] + old_amt[5:]      # 1,015.41 -> 1,051.41
    assert new_amt != old_amt
    if only in (None, 0):
        row[5] = new_amt
    P = M["P"]

    def swap(old, new):
        hits = [i for i, x in enumerate(P) if old in x]
        assert len(hits) == 1 and P[hits[0]].count(old) == 1, old
        P[hits[0]] = P[hits[0]].replace(old, new)

    poor = S["d_poor"]
    new_poor = "3" + poor
    if only in (None, 1):
        swap("其中脱贫户（含监测户）%s户" % poor, "其中脱贫户（含监测户）%s户" % new_poor)
    g = [x for x in S["grp"] if x[0] == "北坡管区"][0]
    old_g = g[4]
    new_g = old_g[:6] + old_g[7] + old_g[6] + old_g[8:]               # 1,131,959.54 -> 1,131,599.54 ("95" -> "59")
    assert new_g != old_g
    if only in (None, 2):
        swap("北坡管区%s元" % old_g, "北坡管区%s元" % new_g)

    sub_sum = fmt(kit.val(sub[2]) - kit.val(old_amt) + kit.val(new_amt))   # the group's rows with the planted amount
    others = [x[4] for x in S["grp"] if x[0] != "北坡管区"]
    new_sum = fmt(sum(kit.val(x) for x in others) + kit.val(new_g))
    n_flag = sum(1 for gg in groups for r in gg[1] if r[6])
    exp = [
        {"kind": "subsidy-amount-not-area-times-standard", "family": "ratio",
         "evidence": [new_amt, "410726********0918", sub[2]],
         "explanation": "表3大杨庄村%s农户杨*军（身份证尾号0918）补贴面积%s亩、补贴标准%s元/亩，补贴金额应为%s×%s＝%s元，"
                        "表中却填为%s元；该组“小计”仍为%s元，是按%s元计算的，按表中各户金额相加则为%s元，与小计不符。"
                        "文中明确补贴金额按“补贴面积×补贴标准”逐户计算（疑为数字颠倒）。"
                        % (gname, row[3], row[4], row[3], row[4], old_amt, new_amt, sub[2], old_amt, sub_sum)},
        {"kind": "count-part-exceeds-whole", "family": "part-whole",
         "evidence": ["其中脱贫户（含监测户）%s户" % new_poor, "共%s户，补贴面积%s亩" % (S["d_hh"], S["d_area"])],
         "explanation": "正文称本次公示的第三至第五村民组“共%s户”，“其中脱贫户（含监测户）%s户”，部分大于整体；表3明细"
                        "也只列了%s户，备注为脱贫户或监测户的共%d户。“其中”户数不可能超过总户数（应为%s户）。"
                        % (S["d_hh"], new_poor, S["d_hh"], n_flag, poor)},
        {"kind": "breakdown-sum-mismatch", "family": "sum",
         "evidence": ["北坡管区%s元" % new_g, "补贴资金合计%s元" % S["amt"]],
         "explanation": "正文“补贴资金合计%s元，其中：%s”中，三个管区之和为%s元，与合计数不符；表1北坡管区小计为%s元，"
                        "按%s元计算三个管区之和恰为%s元，且“占全镇补贴资金的%s”也是按%s元计算的。其中项与合计数不符"
                        "（北坡管区金额疑为数字颠倒）。"
                        % (S["amt"], "、".join("%s%s元" % (x[0], new_g if x[0] == "北坡管区" else x[4]) for x in S["grp"]),
                           new_sum, old_g, old_g, S["amt"], g[5], old_g)},
    ]
    return M, exp


PLANTS = [(t01_gen, plant_t01, t01_gen.DOCX), (t05_gen, plant_t05, t05_gen.PDF), (t03_gen, plant_t03, t03_gen.HTML)]


def make(out_dir=kit.ERRORS):
    os.makedirs(out_dir, exist_ok=True)
    res = []
    for gen, fn, fname in PLANTS:
        M, exp = fn()
        path = gen.main(out_dir=out_dir, model=M, ledger=False)
        stem = os.path.splitext(fname)[0]
        with open(os.path.join(out_dir, stem + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        res.append((path, exp))
        print("planted %d errors into %s" % (len(exp), os.path.relpath(path, kit.SETDIR)))
    return res


if __name__ == "__main__":
    make()
