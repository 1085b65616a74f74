"""t04 榉山县财政局 关于2024年度县对乡镇转移支付分配情况的报告 — txt (tab table), narrative-heavy."""
from lib41 import D, F, pct, q, Ledger

NAME = "t04_jushan_county_county_to_township_transfer_payment_allocation_report_2024"
META = {"format": "txt-tab", "ext": "txt"}


def build():
    L = Ledger(NAME + ".txt")
    docno, date = "榉财〔2025〕15号", "2025年4月8日"
    towns = [("蕨塘镇", "1286.40", "342.60"), ("菀口镇", "1052.80", "268.15"), ("蒌溪乡", "864.25", "416.30"),
             ("荑坪乡", "738.60", "195.40"), ("樾桥镇", "1174.35", "287.85"), ("柃江乡", "692.10", "358.20"),
             ("萑山镇", "946.50", "231.75"), ("蘋洲乡", "625.00", "174.95")]
    gen_parts = [("基本财力保障补助", "3420.00"), ("均衡性转移支付", "1865.00"), ("村级组织运转补助", "1256.00"),
                 ("乡镇工作人员津补贴补助", "839.00")]
    spec_parts = [("农村公路养护", "684.50"), ("小型农田水利", "912.30"), ("农村人居环境整治", "678.40")]
    prev_total, prev_gen = "9128.60", "6842.30"
    villages = 126
    early = "6180.00"

    gen = sum(D(t[1]) for t in towns)
    spec = sum(D(t[2]) for t in towns)
    assert gen == sum(D(p[1]) for p in gen_parts) and spec == sum(D(p[1]) for p in spec_parts)
    tot = gen + spec
    sh, sh_prev = pct(gen, tot), pct(prev_gen, prev_total)
    ppv = F(D(sh) - D(sh_prev), 2, False)
    g = pct(tot - D(prev_total), prev_total)
    per_village = F(D(gen_parts[2][1]) / villages, 2)
    tt = [(n, D(a) + D(b)) for n, a, b in towns]
    mx = max(tt, key=lambda x: x[1])
    mn = min(tt, key=lambda x: x[1])
    ratio = F(mx[1] / mn[1], 2)
    towns_n = sum(1 for n, _, _ in towns if n.endswith("镇"))

    t = [["乡镇", "一般性转移支付", "专项转移支付", "合计"]]
    for n, a, b in towns:
        t.append([n, F(a), F(b), F(D(a) + D(b))])
    t.append(["全县", F(gen), F(spec), F(tot)])

    B = []
    B.append(("title", "榉山县财政局关于2024年度县对乡镇转移支付分配情况的报告"))
    B.append(("sub", docno))
    B.append(("p", "县人大常委会："))
    B.append(("p", "根据县人大常委会2025年监督工作计划，现将2024年度县对乡镇转移支付分配情况报告如下，请予审议。"))
    B.append(("h", "一、总体情况"))
    B.append(("p", f"2024年，县本级对所辖{len(towns)}个乡镇（{towns_n}个镇、{len(towns) - towns_n}个乡）安排转移支付"
                   f"{F(tot)}万元，比上年的{F(prev_total)}万元增加{F(tot - D(prev_total))}万元，增长{g}%。"
                   f"其中一般性转移支付{F(gen)}万元，占转移支付总额的比重为{sh}%，上年一般性转移支付{F(prev_gen)}万元、占比{sh_prev}%，"
                   f"占比提高{ppv}个百分点；"
                   f"专项转移支付{F(spec)}万元。在年初预算中提前下达{F(early)}万元，提前下达比例为{pct(early, tot)}%，"
                   f"其余资金于10月底前全部下达到乡镇。"))
    B.append(("h", "二、一般性转移支付分配情况"))
    B.append(("p", f"一般性转移支付{F(gen)}万元主要保障乡镇正常运转和基本民生。按项目分，"
                   + "、".join(p[0] for p in gen_parts)
                   + "依次为" + "、".join(F(p[1]) + "万元" for p in gen_parts) + "。"
                   f"基本财力保障补助按乡镇在编人数和基本支出标准测算，占一般性转移支付的{pct(gen_parts[0][1], gen)}%；"
                   f"均衡性转移支付按标准财政收支缺口和财力系数分配，向财力薄弱的蒌溪乡、柃江乡、蘋洲乡倾斜。"
                   f"村级组织运转补助覆盖全县{villages}个行政村，村均{per_village}万元。"))
    B.append(("h", "三、专项转移支付分配情况"))
    B.append(("p", f"专项转移支付{F(spec)}万元，全部采用因素法分配，用于"
                   + "、".join(p[0] for p in spec_parts) + "三个方面，分别为"
                   + "、".join(F(p[1]) + "万元" for p in spec_parts) + "。"
                   f"其中小型农田水利资金占专项转移支付的{pct(spec_parts[1][1], spec)}%，比重最大。"))
    B.append(("h", "四、分乡镇情况"))
    B.append(("p", f"从乡镇看，获得转移支付最多的是{mx[0]}，{F(mx[1])}万元；最少的是{mn[0]}，{F(mn[1])}万元，"
                   f"前者是后者的{ratio}倍，差距主要源于人口规模和村（社区）数量不同。分乡镇情况见表1。"))
    B.append(("table", {"caption": "表1　2024年度县对乡镇转移支付分配情况（万元）", "unit": None, "rows": t}))
    B.append(("h", "五、存在的问题和下一步工作"))
    B.append(("p", "一是部分专项资金下达时间偏晚，影响乡镇支出进度；二是转移支付绩效目标与资金同步下达的比例还不高；"
                   "三是个别乡镇依赖转移支付程度较深，自身财力增长乏力。下一步，县财政局将进一步提高提前下达比例，"
                   "完善均衡性转移支付测算办法，督促乡镇加强预算执行管理。"))
    B.append(("p", "特此报告。"))
    B.append(("sign", ["榉山县财政局", date]))

    L.facts.update({"date": date, "docno": docno})
    L.sum("乡镇数 = 镇 + 乡", [str(towns_n), str(len(towns) - towns_n)], str(len(towns)))
    for r in t[1:]:
        L.sum(f"表1 {r[0]} 合计", [r[1], r[2]], r[3])
    for c, n in ((1, "一般性"), (2, "专项"), (3, "合计")):
        L.sum(f"表1 全县 {n}", [r[c] for r in t[1:-1]], t[-1][c])
    L.sum("总额 = 一般性 + 专项 (prose)", [F(gen), F(spec)], F(tot))
    L.diff("较上年 增加额", F(tot), F(prev_total), F(tot - D(prev_total)))
    L.growth("较上年 增长", F(tot), F(prev_total), g, "增长")
    L.rate("一般性 占比 2024", F(gen), F(tot), sh)
    L.rate("一般性 占比 2023", F(prev_gen), F(prev_total), sh_prev)
    L.pp("占比 提高 百分点", sh, sh_prev, ppv, "提高")
    L.rate("提前下达比例", F(early), F(tot), pct(early, tot))
    L.sum("一般性 四项 依次为", [F(p[1]) for p in gen_parts], F(gen))
    L.rate("基本财力保障 占 一般性", F(gen_parts[0][1]), F(gen), pct(gen_parts[0][1], gen))
    L.quot("村均 村级组织运转补助", F(gen_parts[2][1]), str(villages), per_village)
    L.sum("专项 三项 分别为", [F(p[1]) for p in spec_parts], F(spec))
    L.rate("农田水利 占 专项", F(spec_parts[1][1]), F(spec), pct(spec_parts[1][1], spec))
    L.quot("最多 ÷ 最少 倍数", F(mx[1]), F(mn[1]), ratio)
    L.anchor("最多乡镇", f"最多的是{mx[0]}")
    L.anchor("最少乡镇", f"最少的是{mn[0]}")
    L.anchor("一是/二是/三是", "三是个别乡镇")
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("文号", docno)
    L.same("一般性 总额 (总体 + 分节 + 表)", F(gen), 3)
    L.same("专项 总额 (总体 + 分节 + 表)", F(spec), 3)
    return B, L, META
