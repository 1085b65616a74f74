"""Plant three contradictions into each of t01 (docx), t02 (pdf) and t03 (txt).

Each copy is made by calling the generator's build(), editing the CONTENT MODEL before rendering
(one unique substring of a prose string via swap_once, or one named table cell) and rendering
with the generator's own render().  The expected.json list is written next to the copy.  All
numbers quoted in the explanations are read from the clean content model and computed with
Decimal here.  `RELS` holds, per planted error, a relation re-read from the visible text that
verify_errors.py checks holds on the clean file and fails on the copy.
"""
import copy
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, ERRDIR, N, ROOT, r, rise, share, swap_once, w  # noqa
import t01_gen
import t02_gen
import t03_gen


# ---------------------------------------------------------------- t01 helpers
def t01_block(model, t):
    return [b for b in model["blocks"] if b["t"] == t][0]


def t01_row(model, code):
    for rw in t01_block(model, "t2")["rows"]:
        if "".join(rw["code"]) == code:
            return rw
    raise KeyError(code)


def spec_t01():
    model, _ = t01_gen.build()
    k = t01_row(model, "21307")
    items = [t01_row(model, c) for c in ("2130701", "2130705")]
    lei = t01_row(model, "213")
    kuans = [t01_row(model, c) for c in ("21301", "21303", "21305", "21307")]
    bad = "280.20"
    assert k["tot"] == "208.20"
    lei_bad = sum(N(x["tot"]) for x in kuans[:3]) + N(bad)
    jg, jg_p = D("78.36"), D("85.16")
    g = rise(jg, jg_p)
    gp = [D("32.16"), D("78.40"), D("28.00")]
    gpt = sum(gp)

    def e1(m):
        m = copy.deepcopy(m)
        t01_row(m, "21307")["tot"] = bad
        return m
    errs = [
        {"kind": "table-subtotal-mismatch", "family": "sum",
         "edit": e1,
         "evidence": [bad, "对村级公益事业建设的补助"],
         "explanation": "表2支出决算表中“农村综合改革”款（213 07）的“本年支出合计”栏填为%s万元，但其下两个项"
                        "“对村级公益事业建设的补助”%s万元与“对村民委员会和村党支部的补助”%s万元之和为%s万元；该款本行"
                        "基本支出为空、项目支出为%s万元，合计也应为%s万元。按%s计算，农林水支出类合计应为%s万元，与表中"
                        "该类行%s万元及表1农林水支出%s万元均不符。款级小计与其项级明细不符（应为208.20，疑为数字颠倒）。"
                        % (bad, items[0]["tot"], items[1]["tot"], w(N(items[0]["tot"]) + N(items[1]["tot"])), k["xm"],
                           k["xm"], bad, w(lei_bad), lei["tot"], lei["tot"])},
        {"kind": "growth-direction-flipped", "family": "ratio",
         "edit": lambda m: swap_once(m, "比上年85.16万元下降7.98%", "比上年85.16万元增长7.98%"),
         "evidence": ["比上年85.16万元增长7.98%", "机关运行经费支出78.36万元", "减少6.80万元"],
         "explanation": "机关运行经费支出78.36万元，上年为85.16万元，（78.36－85.16）÷85.16＝%s%%，应为“下降%s%%”，"
                        "文中却写成“增长%s%%”；同一句紧接着也说“减少6.80万元”，原因说明为压减一般性支出。增减方向写反。"
                        % (w(g), w(abs(g)), w(abs(g)))},
        {"kind": "unit-slip-wan-yuan", "family": "unit",
         "edit": lambda m: swap_once(m, "政府采购支出总额138.56万元", "政府采购支出总额138.56元"),
         "evidence": ["政府采购支出总额138.56元", "政府采购货物支出32.16万元", "授予中小企业合同金额126.40万元"],
         "explanation": "政府采购支出总额写作138.56元，但紧随其后的分项为货物32.16万元、工程78.40万元、服务28.00万元，"
                        "合计%s万元；授予中小企业合同金额126.40万元“占政府采购支出总额的91.22%%”也只有在总额为138.56万元时"
                        "才成立（126.40÷138.56＝%s%%）。按“元”计，部分（126.40万元）远大于整体。金额单位“万元”误写为“元”。"
                        % (w(gpt), w(share(D("126.40"), gpt)))},
    ]
    return model, errs


def spec_t02():
    model, _ = t02_gen.build()
    t2 = model["t2"]
    ml = [rw for rw in t2 if rw[0] == "蒙岭县"][0]
    assert ml[1] == "103,755.52"
    s_gen, s_gen_p = D("74.06"), D("73.55")
    errs = [
        {"kind": "figure-restated-differently", "family": "value-conflict",
         "edit": lambda m: swap_once(m, "蒙岭县103,755.52万元", "蒙岭县103,575.52万元"),
         "evidence": ["蒙岭县103,575.52万元", "103,755.52", "比上年增长11.51%"],
         "explanation": "正文“四、分地区情况”称蒙岭县获得转移支付103,575.52万元，但表2蒙岭县行合计为103,755.52万元"
                        "（一般性转移支付%s万元＋专项转移支付%s万元＝103,755.52万元），表2各地区合计与总额609,863.00万元"
                        "也只有按103,755.52计算才平衡；同一句中的“比上年增长11.51%%”和“人均1,445元”（103,755.52÷71.8）"
                        "同样是按103,755.52万元计算的。同一地区的转移支付额前后不一致（疑为数字颠倒）。" % (ml[2], ml[5])},
        {"kind": "percentage-point-mismatch", "family": "ratio",
         "edit": lambda m: swap_once(m, "比上年提高0.51个百分点", "比上年提高0.15个百分点"),
         "evidence": ["提高0.15个百分点", "占转移支付总额的74.06%", "2023年一般性转移支付占比为73.55%"],
         "explanation": "一般性转移支付占转移支付总额的比重2024年为74.06%%（451,640.00÷609,863.00），2023年为73.55%%"
                        "（427,119.51÷580,718.61），应提高%s个百分点，文中写成“提高0.15个百分点”。"
                        % w(s_gen - s_gen_p)},
        {"kind": "report-dated-within-fiscal-year", "family": "date",
         "edit": lambda m: swap_once(m, "2025年8月12日", "2024年8月12日"),
         "evidence": ["2024年8月12日", "沂澄市2024年度市对区县转移支付决算情况说明", "资金调整至2025年安排"],
         "explanation": "本说明报告的是2024年度市对区县转移支付的决算数（全年决算609,863.00万元、比上年增长等），落款日期"
                        "却为2024年8月12日，早于2024年度结束（2024年12月31日），此时全年决算数不可能形成；文中还提到"
                        "年末尚未执行的资金“调整至2025年安排”、评价结果作为2025年预算安排依据等年度终了后的事项。落款日期"
                        "与所报告的年度矛盾（应为2025年）。"},
    ]
    return model, errs


def t03_table(model, i):
    return model["tables"][i]


def spec_t03():
    model, _ = t03_gen.build()
    tb = t03_table(model, 2)
    row = [rw for rw in tb if len(rw) > 3 and rw[3] == "带动当地群众务工"][0]
    assert row[6] == "10" and row[7] == "10"
    ind = tb[12:-1]
    tot_bad = N(tb[5][8]) + sum(N(rw[7]) for rw in ind) - N("10") + N("11.75")
    t_bud, t_exe = D("2684.90"), D("2493.51")

    def e1(m):
        m = copy.deepcopy(m)
        rw = [x for x in t03_table(m, 2) if len(x) > 3 and x[3] == "带动当地群众务工"][0]
        rw[7] = "11.75"
        return m
    errs = [
        {"kind": "score-above-weight", "family": "score",
         "edit": e1,
         "evidence": ["11.75", "超额完成的不加分", "自评得分分别为99.82分、98.52分和96.79分"],
         "explanation": "附件3退化林修复项目绩效自评表中“带动当地群众务工”指标分值为10分，得分却填为11.75分，超过该指标"
                        "分值（按实际2,350人次÷目标2,000人次×10分计算，把超额部分也计了分），而报告说明的评分规则是“超额完成的"
                        "不加分”。该表总分栏仍为96.79分，但按各行得分相加为%s分，也与总分不符。得分超过分值。" % w(tot_bad)},
        {"kind": "rate-mismatch", "family": "ratio",
         "edit": lambda m: swap_once(m, "总体预算执行率为92.87%", "总体预算执行率为92.78%"),
         "evidence": ["总体预算执行率为92.78%", "全年预算合计2,684.90万元", "全年执行数合计2,493.51万元"],
         "explanation": "3个项目全年预算合计2,684.90万元、全年执行数合计2,493.51万元，总体预算执行率应为2,493.51÷2,684.90"
                        "＝%s%%，文中写成92.78%%（三个项目分别为98.93%%、92.29%%、85.38%%，与附表一致）。执行率与其分子、"
                        "分母不符。" % w(share(t_exe, t_bud))},
        {"kind": "count-part-exceeds-whole", "family": "part-whole",
         "edit": lambda m: swap_once(m, "其中脱贫人口（含监测对象）1,186人", "其中脱贫人口（含监测对象）1,286人"),
         "evidence": ["1,262人，其中脱贫人口（含监测对象）1,286人", "选聘生态护林员人数"],
         "explanation": "附件1生态护林员补助资金自评表“实际完成情况”称全年选聘生态护林员1,262人，“其中脱贫人口（含监测"
                        "对象）1,286人”，部分大于整体、多出24人；绩效指标“选聘生态护林员人数”的实际完成值也是1,262人，正文"
                        "同样称选聘1,262人。“其中”数不可能超过总人数。"},
    ]
    return model, errs


TARGETS = [
    ("t01", t01_gen, spec_t01, ".docx"),
    ("t02", t02_gen, spec_t02, ".pdf"),
    ("t03", t03_gen, spec_t03, ".txt"),
]


def expected_of(errs):
    return [{"kind": e["kind"], "family": e["family"], "evidence": e["evidence"], "explanation": e["explanation"]} for e in errs]


def plant(tag, gen, spec, ext, outdir=ERRDIR):
    model, errs = spec()
    m = model
    for e in errs:
        m2 = e["edit"](m)
        if m2 == m:
            raise SystemExit("edit had no effect: %s %s" % (tag, e["kind"]))
        m = m2
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, gen.NAME + ext)
    gen.render(m, path)
    with open(os.path.join(outdir, gen.NAME + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(expected_of(errs), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


def main():
    for tag, gen, spec, ext in TARGETS:
        p = plant(tag, gen, spec, ext)
        print("planted", os.path.relpath(p, ROOT))


if __name__ == "__main__":
    main()
