# -*- coding: utf-8 -*-
"""Plant three contradictions into each of three reports (docx t01, html t02, txt t04).

The generator's content model (blocks) is edited *before rendering* and the copy is rendered with the
generator's own render() into errors/.  Each change is one replacement:
  mode "sub"  — substring replacement that must hit exactly one place in the content model;
  mode "cell" — a table cell whose whole text equals `old` (exactly one such cell).
`vis_old` / `vis_new` give the same change as it shows in the visible text (with enough context to be
unique there); verify_errors.py checks that the copy's visible text is exactly the clean visible text
with these three replacements.  The explanations' arithmetic is computed here with Decimal.
"""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, f, fi, P, ERR, replace_in_blocks  # noqa: E402


def _t01():
    b = P("3,862.50")
    wrong = pct(b, P("3,060.00"))
    kuan_wrong = P("2,480.00") + P("1,060.00") + P("3,060.00") + P("1,400.00") + 0
    cars = [1, 3, 4, 11, 2]
    return [
        {"mode": "cell", "old": "3,600.00", "new": "3,060.00",
         "vis_old": "基本公共卫生服务\n3,600.00", "vis_new": "基本公共卫生服务\n3,060.00",
         "kind": "text-table-mismatch", "family": "value-conflict",
         "evidence": ["3,060.00", "年初预算为3,600.00万元", "完成年初预算的107.29%"],
         "explanation": (f"表2一般公共预算财政拨款支出决算表中2100408基本公共卫生服务的年初预算为3,060.00万元，"
                         f"而正文“具体情况”第7项称该项年初预算为3,600.00万元、支出决算3,862.50万元、完成年初预算的107.29%"
                         f"（3,862.50÷3,600.00＝{f(pct(b, P('3,600.00')))}%）；按表中3,060.00万元计算应为{f(wrong)}%。"
                         f"表2公共卫生（21004）款级年初预算8,540.00万元也只在该项为3,600.00时等于下级各项之和"
                         f"（按3,060.00相加为{f(kuan_wrong)}万元）。同一科目的年初预算在表格与正文中不一致。")},
        {"mode": "sub", "old": "特种专业技术用车8辆", "new": "特种专业技术用车11辆",
         "vis_old": "特种专业技术用车8辆", "vis_new": "特种专业技术用车11辆",
         "kind": "count-parts-exceed-total", "family": "sum",
         "evidence": ["共有车辆18辆", "特种专业技术用车11辆", "其他用车2辆"],
         "explanation": (f"国有资产占用情况称共有车辆18辆，“其中”机要通信用车1辆、应急保障用车3辆、执法执勤用车4辆、"
                         f"特种专业技术用车11辆、其他用车2辆，分项合计{'＋'.join(map(str, cars))}＝{sum(cars)}辆，"
                         f"大于总数18辆，其中数之和超过总数。")},
        {"mode": "sub", "old": "占政府采购支出总额的78.04%", "new": "占政府采购支出总额的87.04%",
         "vis_old": "占政府采购支出总额的78.04%", "vis_new": "占政府采购支出总额的87.04%",
         "kind": "share-percent-mismatch", "family": "ratio",
         "evidence": ["支出总额的87.04%", "授予中小企业合同金额1,862.47万元", "政府采购支出总额2,386.54万元"],
         "explanation": (f"授予中小企业合同金额1,862.47万元，政府采购支出总额2,386.54万元，占比应为"
                         f"1,862.47÷2,386.54＝{f(pct(P('1,862.47'), P('2,386.54')))}%，文中写成87.04%。")},
    ]


def _t02():
    cur, prev = P("37,999.51"), P("40,685.37")
    u, w = P("37,999.51"), P("36,081.99")
    yuan = P("1,036,420") * 66
    return [
        {"mode": "sub", "old": "完成年度预算48,300.00万元的78.67%，同比下降6.60%",
         "new": "完成年度预算48,300.00万元的78.67%，同比增长6.60%",
         "vis_old": "78.67%，同比下降6.60%", "vis_new": "78.67%，同比增长6.60%",
         "kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["78.67%，同比增长6.60%", "失业保险基金支出37,999.51万元", "40,685.37"],
         "explanation": (f"失业保险基金1—12月支出37,999.51万元，表1上年同期为40,685.37万元，本期低于上年同期，"
                         f"同比应为（37,999.51－40,685.37）÷40,685.37＝{f(growth(cur, prev))}%，即下降"
                         f"{f(-growth(cur, prev))}%（表1同比列为-6.60），正文却写成“同比增长6.60%”，增减方向相反。")},
        {"mode": "sub", "old": '<td class="n">74,081.50</td>', "new": '<td class="n">74,801.50</td>',
         "vis_old": "\n74,081.50\n74,272.37", "vis_new": "\n74,801.50\n74,272.37",
         "kind": "combined-column-not-sum-of-funds", "family": "sum",
         "evidence": ["74,801.50", "37,999.51万元，完成", "36,081.99万元，完成", "合计支出74,081.50万元"],
         "explanation": (f"表1“二、基金支出”行两项基金合计列的1—12月累计为74,801.50万元，但失业保险基金支出37,999.51万元"
                         f"与工伤保险基金支出36,081.99万元之和为{f(u + w)}万元；正文“五、两项基金合计情况”也写合计支出"
                         f"74,081.50万元，合计列不等于两项基金之和。")},
        {"mode": "sub", "old": "一次性工亡补助金6,840.37万元", "new": "一次性工亡补助金6,840.37元",
         "vis_old": "一次性工亡补助金6,840.37万元", "vis_new": "一次性工亡补助金6,840.37元",
         "kind": "unit-slip-wan-yuan", "family": "unit",
         "evidence": ["一次性工亡补助金6,840.37元", "为每人1,036,420元", "全年核定工亡职工66人", "其余2,823.54万元"],
         "explanation": (f"一次性工亡补助金标准为每人1,036,420元，全年核定工亡职工66人，应支出1,036,420×66＝{fi(yuan)}元，"
                         f"即{f(q(yuan / 10000))}万元；文中写成“6,840.37元”，单位由万元错成元，相差一万倍。按万元计，"
                         f"工伤保险待遇31,246.58万元＝8,964.25＋12,618.42＋6,840.37＋其余2,823.54，只在单位为万元时成立。")},
    ]


def _t04():
    items = [P(x) for x in ("9.62", "2.99", "4.04", "5.00", "4.71", "9.38", "9.98", "10.00", "10.00", "9.41", "10.00", "10.00")]
    return [
        {"mode": "sub", "old": "部门整体支出绩效自评得分95.13分，等级为", "new": "部门整体支出绩效自评得分95.31分，等级为",
         "vis_old": "自评得分95.13分，等级为", "vis_new": "自评得分95.31分，等级为",
         "kind": "total-score-restated-differently", "family": "score",
         "evidence": ["自评得分95.31分", "自评得分为95.13分", "得9.62分", "得2.99分"],
         "explanation": (f"结论部分称部门整体支出绩效自评得分95.31分，而总体评价部分为95.13分；第四部分12项指标得分"
                         f"{'＋'.join(f(x) for x in items)}＝{f(sum(items))}分。结论中的总分与分项之和及前文总分不一致。")},
        {"mode": "sub", "old": "再提高1.86个百分点", "new": "再提高1.68个百分点",
         "vis_old": "再提高1.86个百分点", "vis_new": "再提高1.68个百分点",
         "kind": "percentage-point-difference-mismatch", "family": "ratio",
         "evidence": ["再提高1.68个百分点", "预算执行率94.38%；2024年", "预算执行率96.24%。2023年"],
         "explanation": (f"近三年对比中2023年预算执行率94.38%、2024年96.24%，2024年比2023年提高"
                         f"96.24－94.38＝{f(P('96.24') - P('94.38'))}个百分点，文中写成“再提高1.68个百分点”。")},
        {"mode": "sub", "old": "2025年3月20日", "new": "2024年3月20日",
         "vis_old": "2025年3月20日", "vis_new": "2024年3月20日",
         "kind": "report-dated-before-period-end", "family": "date",
         "evidence": ["2024年3月20日", "2024年度部门整体支出绩效自评报告", "陇财绩〔2025〕4号"],
         "explanation": ("报告评价的是2024年度部门整体支出（含全年支出、年末结转结余等全年数据），并依据2025年印发的"
                         "陇财绩〔2025〕4号通知开展，落款日期却为2024年3月20日，早于2024年度结束（2024年12月31日），"
                         "也早于所依据的通知年份。")},
    ]


PLANTS = [
    ("t01_gen", _t01),
    ("t02_gen", _t02),
    ("t04_gen", _t04),
]


def exts(mod):
    return {"t01_gen": ".docx", "t02_gen": ".html", "t04_gen": ".txt"}[mod.__name__]


def apply_cell(obj, old, new, counter):
    """replace a whole string equal to `old` inside table rows (docx content model)."""
    if isinstance(obj, list):
        return [apply_cell(x, old, new, counter) for x in obj]
    if isinstance(obj, tuple):
        return tuple(apply_cell(x, old, new, counter) for x in obj)
    if isinstance(obj, dict):
        return {k: (apply_cell(v, old, new, counter) if k == "rows" or isinstance(v, (list, tuple, dict)) else v)
                for k, v in obj.items()}
    if isinstance(obj, str) and obj == old:
        counter[0] += 1
        return new
    return obj


def plant_one(modname, specs):
    mod = importlib.import_module(modname)
    blocks, _ = mod.build()
    for sp in specs:
        cnt = [0]
        if sp["mode"] == "cell":
            blocks = apply_cell(blocks, sp["old"], sp["new"], cnt)
        else:
            blocks = replace_in_blocks(blocks, sp["old"], sp["new"], cnt)
        assert cnt[0] == 1, (modname, sp["old"], cnt[0])
    os.makedirs(ERR, exist_ok=True)
    path = os.path.join(ERR, mod.NAME + exts(mod))
    mod.render(blocks, path)
    exp = [{k: sp[k] for k in ("kind", "family", "evidence", "explanation")} for sp in specs]
    with open(os.path.join(ERR, mod.NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


def main():
    for modname, fn in PLANTS:
        print("planted", plant_one(modname, fn()))


if __name__ == "__main__":
    main()
