# -*- coding: utf-8 -*-
"""Copy three of the six consistent reports into errors/ and plant exactly three
contradictions in each (minimal character edits).  Writes NAME.expected.json next to
each copy.  Run after the generators; check with verify_errors.py."""
import json
import os
import shutil
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = os.path.join(HERE, "errors")

# file -> list of (old, new, expected-entry)
PLANTS = {
    "t01_qingfeng_water_dept_selfeval.txt": [
        ("二〇二五年三月二十日", "二〇二四年三月二十日", {
            "kind": "report-dated-before-period-end",
            "family": "date",
            "evidence": ["二〇二四年三月二十日", "青财绩〔2025〕3号", "2025年1月15日通过县级完工验收"],
            "explanation": "报告是2024年度部门整体支出绩效自评报告，落款日期却为二〇二四年三月二十日，早于2024年度结束（2024年12月31日），"
                           "也早于正文引用的2025年印发的通知（青财绩〔2025〕3号）和2025年1月15日的完工验收、2025年2月底复工等事项，日期自相矛盾（应为二〇二五年三月二十日）。"}),
        ("我局内设机构7个", "我局内设机构8个", {
            "kind": "count-mismatch",
            "family": "structure",
            "evidence": ["我局内设机构8个", "水旱灾害防御股、财务审计股"],
            "explanation": "正文称内设机构8个，但随后列举的只有办公室、规划计划股、水利工程建设与管理股、水资源与河湖管理股、"
                           "农村水利水电股、水旱灾害防御股、财务审计股共7个，个数与列举不符。"}),
        ("自评等级为“优”", "自评等级为“良”", {
            "kind": "grade-band-mismatch",
            "family": "score",
            "evidence": ["自评得分98.90分", "90分（含）以上为“优”", "自评等级为“良”"],
            "explanation": "自评得分98.90分，按报告自述的等级标准“90分（含）以上为优、80分（含）至90分为良”，应评为“优”，"
                           "报告却写自评等级为“良”，等级与分数段不符。"}),
    ],
    "t02_minan_farmland_project_selfeval.docx": [
        ("2,400.00", "2,040.00", {
            "kind": "parts-do-not-sum-to-total",
            "family": "sum",
            "evidence": ["2,040.00", "年初预算数2,520.00万元"],
            "explanation": "自评表“年初预算数”列中，其中：财政拨款2,040.00万元＋其他资金120.00万元＝2,160.00万元，"
                           "不等于年度资金总额2,520.00万元（正文亦称项目年初预算数2,520.00万元），相差360.00万元；"
                           "按正文全年预算2,616.00万元减县级追加216.00万元，财政拨款年初数应为2,400.00万元。"}),
        ("行政村农户4,812户", "行政村农户4,218户", {
            "kind": "same-indicator-different-values",
            "family": "value-conflict",
            "evidence": ["行政村农户4,218户", "4,812户"],
            "explanation": "正文社会效益部分称项目惠及11个行政村农户4,218户，而附表绩效指标“受益农户数”实际完成值为4,812户，"
                           "同一指标两处数值不一致（且4,218户低于4,500户的目标值，与该指标得满分10分也不符）。"}),
        ("增长11.97%", "增长10.97%", {
            "kind": "growth-rate-mismatch",
            "family": "ratio",
            "evidence": ["由2023年的468公斤", "2024年的524公斤", "增长10.97%"],
            "explanation": "粮食亩产由468公斤提高到524公斤，增加56公斤，增长率应为56÷468＝11.97%，报告写增长10.97%，与其自身分子分母不符。"}),
    ],
    "t03_lincheng_hrss_final_accounts.html": [
        ("<td>6,420.69</td>", "<td>6,402.69</td>", {
            "kind": "parts-do-not-sum-to-total",
            "family": "sum",
            "evidence": ["6,402.69", "本年支出合计6,969.83万元", "卫生健康支出247.29万元", "住房保障支出301.85万元"],
            "explanation": "收入支出决算总表支出栏：社会保障和就业支出6,402.69＋卫生健康支出247.29＋住房保障支出301.85＝6,951.83万元，"
                           "不等于本年支出合计6,969.83万元，相差18.00万元（按一般公共预算财政拨款6,302.49万元加其他资金支出118.20万元，应为6,420.69万元）。"}),
        ("20.91万元下降7.80%", "20.91万元增长7.80%", {
            "kind": "growth-direction-wrong",
            "family": "ratio",
            "evidence": ["支出决算为19.28万元", "比2023年度决算20.91万元增长7.80%"],
            "explanation": "“三公”经费2024年决算19.28万元，低于2023年度决算20.91万元，减少1.63万元，应为下降7.80%（1.63÷20.91），"
                           "报告却写“增长7.80%”，方向与数据相反。"}),
        ("公务用车保有量为5辆", "公务用车保有量为6辆", {
            "kind": "same-indicator-different-values",
            "family": "value-conflict",
            "evidence": ["公务用车保有量为6辆", "本部门共有车辆5辆"],
            "explanation": "“三公”经费部分称截至2024年12月31日公务用车保有量为6辆，而国有资产占用情况称同一日本部门共有车辆5辆"
                           "（主要负责人用车0辆、机要通信用车1辆、应急保障用车1辆、执法执勤用车2辆、其他用车1辆，合计5辆），两处车辆数不一致。"}),
    ],
}


def plant_text(src, dst, plants):
    s = open(src, encoding="utf-8").read()
    for old, new, _ in plants:
        assert s.count(old) == 1, (src, old, s.count(old))
        s = s.replace(old, new)
    with open(dst, "w", encoding="utf-8") as fh:
        fh.write(s)


def plant_docx(src, dst, plants):
    doc = Document(src)
    ts = list(doc.element.body.iter(qn("w:t")))
    for old, new, _ in plants:
        hits = [t for t in ts if t.text and old in t.text]
        assert len(hits) == 1 and hits[0].text.count(old) == 1, (old, len(hits))
        hits[0].text = hits[0].text.replace(old, new)
    doc.save(dst)


def main():
    os.makedirs(ERR, exist_ok=True)
    for fn, plants in PLANTS.items():
        src, dst = os.path.join(HERE, fn), os.path.join(ERR, fn)
        if fn.endswith(".docx"):
            plant_docx(src, dst, plants)
        else:
            plant_text(src, dst, plants)
        stem = os.path.splitext(fn)[0]
        with open(os.path.join(ERR, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump([p[2] for p in plants], fh, ensure_ascii=False, indent=1)
        print("planted", len(plants), "errors in errors/" + fn)


if __name__ == "__main__":
    main()
