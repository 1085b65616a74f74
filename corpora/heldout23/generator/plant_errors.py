"""Plant three contradictions into copies of t01 (docx), t05 (html) and t06 (txt).

Each plant edits the content model before rendering: one table cell (``cell``) or one substring that occurs
exactly once in the whole model (``text``).  ``make(name, only=k)`` applies plant k alone.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model as MD  # noqa: E402
import t01_gen, t05_gen, t06_gen  # noqa: E402,E401
from h23kit import ERRDIR, replace_once  # noqa: E402

GENS = {"t01": t01_gen, "t05": t05_gen, "t06": t06_gen}

PLANTS = {
    "t01": [
        {"how": "cell", "old": "97.38", "new": "97.83",
         "kind": "score-total-mismatch", "family": "score",
         "evidence": ["97.83", "自评总得分97.38分"],
         "explanation": "表1评分汇总表“合计”行得分填为97.83分，但表中4个小计行相加为19.00＋19.29＋29.59＋29.50＝97.38分（17个三级指标得分之和亦为97.38分），"
                        "正文“四、自评结论”也写“自评总得分97.38分”。评分表合计数与各项得分之和及正文总分不符（疑为末两位数字颠倒）。"},
        {"how": "text", "old": "2025年3月26日", "new": "2024年3月26日",
         "kind": "report-dated-before-period-end", "family": "date",
         "evidence": ["2024年3月26日", "枫财绩〔2025〕3号"],
         "explanation": "报告落款日期为2024年3月26日，但报告评价的是2024年度全年的部门整体支出（全年支出7,794.62万元、年末结转和结余168.47万元），"
                        "且依据的区财政局通知文号为枫财绩〔2025〕3号，是2025年才下发的文件。报告日期早于所评价年度结束，也早于所依据的通知，落款年份应为2025年。"},
        {"how": "text", "old": "预算执行率96.48%", "new": "预算执行率94.68%",
         "kind": "execution-rate-mismatch", "family": "ratio",
         "evidence": ["预算执行率94.68%", "全年预算8,078.85万元，实际支出7,794.62万元"],
         "explanation": "第5项指标称全年预算8,078.85万元、实际支出7,794.62万元、预算执行率94.68%，但7,794.62÷8,078.85＝96.48%；"
                        "同段按“执行率×分值”计得的5.79分（＝6×96.48%）也只与96.48%相符，按94.68%应为5.68分。执行率与其分子分母不符（疑为数字颠倒）。"},
    ],
    "t05": [
        {"how": "cell", "old": "86件", "new": "68件",
         "kind": "table-prose-value-conflict", "family": "value-conflict",
         "evidence": ["68件", "新增发明专利授权86件"],
         "explanation": "绩效目标完成情况表“新增发明专利授权数”实际完成值填为68件，而正文“（二）效益方面”写“新增发明专利授权86件”；"
                        "且该指标年度指标值为≥80件，表中却给满分8.00分、偏差原因栏空白，只与86件相符。表内数据与正文不一致（疑为数字颠倒）。"},
        {"how": "text", "old": "科技特派员专项96.48万元", "new": "科技特派员专项69.48万元",
         "kind": "breakdown-sum-mismatch", "family": "sum",
         "evidence": ["科技特派员专项69.48万元", "全年实际支出1,232.48万元"],
         "explanation": "正文称全年实际支出1,232.48万元，其中高新技术企业培育奖补486.00万元、企业研发费用后补助362.50万元、科技特派员专项69.48万元、"
                        "创新平台建设215.00万元、科技成果转化补助72.50万元，五项相加为1,205.48万元，比总数少27.00万元；按96.48万元计算五项之和恰为1,232.48万元"
                        "（执行率95.84%、结余53.52万元也以1,232.48万元为准）。其中项与合计不符。"},
        {"how": "text", "old": "430.00万元，占33.44%", "new": "430.00万元，占34.33%",
         "kind": "share-mismatch", "family": "ratio",
         "evidence": ["占34.33%", "省级科技创新转移支付430.00万元", "2024年项目预算1,286.00万元"],
         "explanation": "项目预算1,286.00万元（县本级856.00万元＋省级430.00万元），省级转移支付占比应为430.00÷1,286.00＝33.44%，文中写“占34.33%”。"
                        "占比与其分子、分母不符（疑为数字颠倒）。"},
    ],
    "t06": [
        {"how": "text", "old": "本年收入比上年下降1.46%", "new": "本年收入比上年增长1.46%",
         "kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["本年收入比上年增长1.46%", "居民医保基金收入54.82亿元", "上年居民医保基金收入55.63亿元"],
         "explanation": "居民医保基金收入2024年为54.82亿元，上年为55.63亿元，(54.82－55.63)÷55.63＝-1.46%，应为“下降1.46%”，文中却写“增长1.46%”；"
                        "紧接着一句也说“收入总量略有回落”。增减方向写反。"},
        {"how": "text", "old": "统筹基金累计结存可支付13.7个月", "new": "统筹基金累计结存可支付17.3个月",
         "kind": "payable-months-mismatch", "family": "ratio",
         "evidence": ["可支付17.3个月", "统筹基金累计结存48.62亿元", "统筹基金本年支出42.44亿元"],
         "explanation": "职工医保统筹基金累计结存48.62亿元，统筹基金本年支出42.44亿元（＝58.72－个人账户支出16.28），"
                        "可支付月数＝48.62÷(42.44÷12)＝13.7个月，文中写“可支付17.3个月”。可支付月数与结存、支出不符（疑为数字颠倒）。"},
        {"how": "text", "old": "年末累计结存102.58亿元", "new": "年末累计结存105.28亿元",
         "kind": "figure-restated-differently", "family": "value-conflict",
         "evidence": ["年末累计结存105.28亿元", "两项基金累计结存102.58亿元"],
         "explanation": "“一、基金收支总体情况”写全市基本医疗保险基金年末累计结存105.28亿元，而“四、全市基金累计结存情况”写“两项基金累计结存102.58亿元”，"
                        "且职工医保77.14亿元＋居民医保25.44亿元＝102.58亿元。同一数据前后不一致（疑为数字颠倒）。"},
    ],
}


def name_of(key):
    g = GENS[key]
    return g.NAME + g.EXT


def make(key, outdir=ERRDIR, only=None):
    g = GENS[key]
    M, _ = g.build()
    for k, p in enumerate(PLANTS[key]):
        if only is not None and k != only:
            continue
        if isinstance(M, str):
            M = replace_once(M, p["old"], p["new"])
        elif p["how"] == "cell":
            M = MD.plant_cell(M, p["old"], p["new"])
        else:
            M = MD.plant(M, p["old"], p["new"])
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, name_of(key))
    g.render(M, path)
    return path


def expected(key):
    return [{"kind": p["kind"], "family": p["family"], "evidence": p["evidence"], "explanation": p["explanation"]}
            for p in PLANTS[key]]


def main():
    for key in PLANTS:
        path = make(key)
        g = GENS[key]
        with open(os.path.join(ERRDIR, g.NAME + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(key), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("planted", path)


if __name__ == "__main__":
    main()
