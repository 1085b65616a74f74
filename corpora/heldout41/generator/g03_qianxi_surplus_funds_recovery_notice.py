"""t03 芡溪县财政局 关于收回部门2024年度结转结余资金的通知 — portal html, 主送 line listing six units."""
from lib41 import D, F, pct, Ledger

NAME = "t03_qianxi_county_departmental_carryover_surplus_funds_recovery_notice_2024"
META = {"format": "html", "ext": "html", "site": "芡溪县人民政府门户网站",
        "crumb": "首页 > 政务公开 > 财政信息 > 财政资金管理"}


def build():
    L = Ledger(NAME + ".html")
    docno, date, deadline = "芡财预〔2025〕4号", "2025年2月18日", "2025年3月10日"
    # unit, 结转, 结余, 两年以上结转 (recovered)
    rows = [("县教育局", "486.20", "62.35", "66.40"),
            ("县卫生健康局", "312.60", "41.08", "0"),
            ("县交通运输局", "268.40", "18.92", "85.60"),
            ("县农业农村局", "395.75", "26.40", "0"),
            ("县住房和城乡建设局", "174.30", "33.16", "47.00"),
            ("县文化广电旅游体育局", "96.85", "12.74", "0")]
    use_sanbao = "260.00"
    prev_rec = "341.20"
    cz = sum(D(r[1]) for r in rows)
    jy = sum(D(r[2]) for r in rows)
    old = sum(D(r[3]) for r in rows)
    tot = cz + jy
    rec = jy + old
    keep = tot - rec
    use_debt = rec - D(use_sanbao)

    t = [["单位", "结转资金", "结余资金", "小计", "收回金额", "留用金额"]]
    for u, c, j, o in rows:
        sub, r = D(c) + D(j), D(j) + D(o)
        t.append([u, F(c), F(j), F(sub), F(r), F(sub - r)])
    t.append(["合计", F(cz), F(jy), F(tot), F(rec), F(keep)])
    olds = [r for r in rows if D(r[3]) > 0]

    B = []
    B.append(("title", "芡溪县财政局关于收回部门2024年度结转结余资金的通知"))
    B.append(("sub", f"{docno}　　发布机构：芡溪县财政局"))
    B.append(("p", "县教育局、县卫生健康局、县交通运输局、县农业农村局、县住房和城乡建设局、县文化广电旅游体育局："))
    B.append(("p", "为盘活财政存量资金，根据县政府常务会议要求和预算管理有关规定，县财政局会同各单位对2024年末"
                   f"结转结余资金进行了清理。现将有关事项通知如下："))
    B.append(("h", "一、清理结果"))
    B.append(("p", f"经清理，上述{len(rows)}个单位2024年末结转结余资金共计{F(tot)}万元，其中结转资金{F(cz)}万元、"
                   f"结余资金{F(jy)}万元。结转资金中，连续两年未使用的{F(old)}万元，涉及{len(olds)}个单位，"
                   f"分别为{olds[0][0]}{F(olds[0][3])}万元、{olds[1][0]}{F(olds[1][3])}万元、{olds[2][0]}{F(olds[2][3])}万元。"))
    B.append(("h", "二、收回范围和金额"))
    B.append(("p", f"结余资金{F(jy)}万元全额收回；连续两年未使用的结转资金{F(old)}万元按规定收回；其余结转资金"
                   f"由各单位按原用途继续使用。此次共收回{F(rec)}万元，占结转结余资金总额的{pct(rec, tot)}%，"
                   f"留用{F(keep)}万元。与上年收回的{F(prev_rec)}万元相比，多收回{F(rec - D(prev_rec))}万元，增长"
                   f"{pct(rec - D(prev_rec), prev_rec)}%。县卫生健康局、县农业农村局、县文化广电旅游体育局{len(rows) - len(olds)}个单位"
                   f"无连续两年未使用的结转资金，仅收回其结余资金。分单位情况见下表。"))
    B.append(("table", {"caption": "各单位结转结余资金收回情况表", "unit": "单位：万元", "rows": t}))
    B.append(("h", "三、收回资金的使用"))
    B.append(("p", f"收回资金{F(rec)}万元统筹用于两个方面：县级“三保”支出{F(use_sanbao)}万元，到期政府债务付息"
                   f"{F(use_debt)}万元，不得用于新增楼堂馆所和一般性支出。"))
    B.append(("h", "四、有关要求"))
    B.append(("p", f"请各单位于{deadline}前完成资金缴回手续，核对无误后将确认函报送县财政局预算股。留用的结转资金"
                   "应当加快支出进度，2025年底仍未使用的，一律收回。"))
    B.append(("p", "联系电话：0739-6824137。"))
    B.append(("sign", ["芡溪县财政局", date]))

    L.facts.update({"date": date, "docno": docno})
    L.anchor("主送单位 6 个", "县教育局、县卫生健康局、县交通运输局、县农业农村局、县住房和城乡建设局、县文化广电旅游体育局：")
    L.anchor("单位数 6", f"上述{len(rows)}个单位")
    for r in t[1:]:
        L.sum(f"{r[0]} 小计 = 结转 + 结余", [r[1], r[2]], r[3])
        L.signed(f"{r[0]} 留用 = 小计 − 收回", [("+", r[3]), ("-", r[4])], r[5])
    for c, n in ((1, "结转"), (2, "结余"), (3, "小计"), (4, "收回"), (5, "留用")):
        L.sum(f"表 {n} 列合计", [r[c] for r in t[1:-1]], t[-1][c])
    L.sum("总额 = 结转 + 结余 (prose)", [F(cz), F(jy)], F(tot))
    L.sum("两年以上结转 = 三单位之和", [F(r[3]) for r in olds], F(old))
    L.sum("收回 = 结余 + 两年以上结转", [F(jy), F(old)], F(rec))
    for u, c, j, o in olds:
        r = [x for x in t if x[0] == u][0]
        L.sum(f"{u} 收回 = 结余 + 两年以上结转", [F(j), F(o)], r[4])
    for u, c, j, o in rows:
        if D(o) == 0:
            r = [x for x in t if x[0] == u][0]
            L.sum(f"{u} 收回 = 结余", [F(j)], r[4])
    L.rate("收回 占 总额", F(rec), F(tot), pct(rec, tot))
    L.signed("留用 = 总额 − 收回 (prose)", [("+", F(tot)), ("-", F(rec))], F(keep))
    L.sum("使用 = 三保 + 付息", [F(use_sanbao), F(use_debt)], F(rec))
    L.diff("较上年 多收回", F(rec), F(prev_rec), F(rec - D(prev_rec)))
    L.growth("较上年 增长", F(rec), F(prev_rec), pct(rec - D(prev_rec), prev_rec), "增长")
    L.sum("单位数 = 有两年以上结转 + 无", [str(len(olds)), str(len(rows) - len(olds))], str(len(rows)))
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("缴回期限", deadline)
    L.anchor("文号", docno)
    L.anchor("电话", "0739-6824137")
    L.same("结余 合计 prose×2 + 表", F(jy), 3)
    L.same("收回 合计 prose×2 + 表", F(rec), 3)
    return B, L, META
