"""t03 浙江省瓯岚市住房公积金 2024年年度报告 (.txt).

Figures in 亿元 and 万元 mixed; the previous year's figure and the growth rate are in separate sentences.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import wn as parse_n, D, rq, fm, pc, gr, Tally, read_txt, write, ROOT  # noqa: E402

NAME = "t03_oulan_housing_provident_fund_annual_report_2024"
EXT = ".txt"


def build():
    t = Tally(NAME + EXT)
    L = []
    dep, dep_prev = D("186.42"), D("172.35")
    bal_prev = D("568.63")
    wd_h = {"购买住房": D("46.20"), "偿还购房贷款本息": D("52.86"), "租赁住房": D("15.74"), "其他住房消费": D("3.65")}
    wd_n = {"离休和退休": D("17.36"), "完全丧失劳动能力并与单位终止劳动关系": D("0.86"), "出境定居": D("0.12"), "其他非住房消费": D("5.88")}
    wh, wn_ = sum(wd_h.values()), sum(wd_n.values())
    wdr = wh + wn_
    wdr_prev = D("131.08")
    bal = bal_prev + dep - wdr
    loan, back = D("68.74"), D("41.26")
    lb_prev = D("384.57")
    lb = lb_prev + loan - back
    loan_prev = D("59.83")
    # 万元 block
    inc_i = {"存款利息收入": D("62418.30"), "委托贷款利息收入": D("132847.25"), "其他收入": D("596.92")}
    exp_i = {"支付缴存职工利息": D("92486.40"), "归集手续费": D("2350.00"), "委托贷款手续费": D("6642.37"), "其他支出": D("2736.91")}
    inc, exp = sum(inc_i.values()), sum(exp_i.values())
    vg = inc - exp
    avg_bal = D("592.14")  # 亿元
    vrate = rq(vg / (avg_bal * 10000) * 100, 2)
    dist = {"提取贷款风险准备金": D("27494.04"), "提取管理费用": D("8650.00")}
    dist["提取城市公共租赁住房（廉租住房）建设补充资金"] = vg - sum(dist.values())
    over = D("1286.42")  # 万元
    over_rate = rq(over / (lb * 10000) * 1000, 2)
    f = lambda x: fm(x)
    g_dep = gr(dep, dep_prev)
    g_wdr = gr(wdr, wdr_prev)
    g_loan = gr(loan, loan_prev)

    L.append("瓯岚市住房公积金2024年年度报告")
    L.append("")
    L.append("　　根据国务院《住房公积金管理条例》和住房城乡建设部、财政部、人民银行《关于健全住房公积金信息披露制度的通知》（建金〔2015〕26号）的规定，"
             "经瓯岚市住房公积金管理委员会审议通过，现将瓯岚市住房公积金2024年年度报告公布如下：")
    L.append("")
    L.append("一、机构概况")
    L.append("　　（一）住房公积金管理委员会。住房公积金管理委员会有委员25名，2024年召开2次会议，审议通过的事项主要包括：2023年度住房公积金归集使用计划执行情况、"
             "2024年度归集使用计划、2023年度增值收益分配方案、调整住房公积金个人住房贷款政策等。")
    L.append("　　（二）住房公积金管理中心。瓯岚市住房公积金管理中心为直属市人民政府、不以营利为目的的公益一类事业单位，设8个处（科），4个分中心。从业人员146人，其中，在编112人，非在编34人。")
    t.holds("从业人员", 146 == 112 + 34, "146 = 112 + 34", ["从业人员146人，其中，在编112人，非在编34人"])
    L.append("")
    L.append("二、业务运行情况")
    L.append("　　（一）缴存。2024年，新开户单位2,146家，净增单位1,382家；新开户职工6.38万人，净增职工2.91万人。实缴单位18,642家，实缴职工86.57万人，缴存额%s亿元。"
             "上年同期缴存额为%s亿元。缴存额比上年增长%s%%。" % (f(dep), f(dep_prev), f(g_dep)))
    t.change("缴存额", f(dep), f(dep_prev), f(g_dep), "增长",
             ["缴存额%s亿元" % f(dep), "上年同期缴存额为%s亿元" % f(dep_prev), "缴存额比上年增长%s%%" % f(g_dep)])
    t.holds("净增<=新开户", 1382 <= 2146 and D("2.91") <= D("6.38"), "净增单位1,382 <= 新开户2,146; 净增职工2.91 <= 6.38万人",
            ["新开户单位2,146家，净增单位1,382家", "新开户职工6.38万人，净增职工2.91万人"])
    L.append("　　2024年末，缴存总额1,642.86亿元，缴存余额%s亿元，结余资金%s亿元。上年末缴存余额%s亿元。"
             % (f(bal), f(bal - lb), f(bal_prev)))
    t.combo("缴存余额=上年+缴存-提取", f(bal), [(1, f(bal_prev)), (1, f(dep)), (-1, f(wdr))],
            ["缴存余额%s亿元" % f(bal), "上年末缴存余额%s亿元" % f(bal_prev), "缴存额%s亿元" % f(dep), "提取额%s亿元" % f(wdr)])
    t.combo("结余资金=缴存余额-贷款余额", f(bal - lb), [(1, f(bal)), (-1, f(lb))],
            ["缴存余额%s亿元，结余资金%s亿元" % (f(bal), f(bal - lb)), "个人住房贷款余额%s亿元" % f(lb)])
    t.le("缴存余额<=缴存总额", f(bal), "1,642.86", ["缴存总额1,642.86亿元，缴存余额%s亿元" % f(bal)])
    L.append("")
    wpct = pc(wdr, dep)
    L.append("　　（二）提取。2024年，38.26万名缴存职工提取住房公积金；提取额%s亿元。提取额占当年缴存额的%s%%。"
             % (f(wdr), f(wpct)))
    L.append("　　上年提取额为%s亿元，本年提取额增长%s%%，主要是租赁住房提取频次放宽至按月提取。" % (f(wdr_prev), f(g_wdr)))
    t.share("提取率", f(wdr), f(dep), f(wpct), ["提取额%s亿元。提取额占当年缴存额的%s%%" % (f(wdr), f(wpct)), "缴存额%s亿元" % f(dep)])
    t.change("提取额", f(wdr), f(wdr_prev), f(g_wdr), "增长",
             ["提取额%s亿元" % f(wdr), "上年提取额为%s亿元，本年提取额增长%s%%" % (f(wdr_prev), f(g_wdr))])
    hp = pc(wh, wdr)
    L.append("　　提取金额中，住房消费提取%s亿元，占%s%%，其中购买住房%s亿元、偿还购房贷款本息%s亿元、租赁住房%s亿元、其他住房消费%s亿元；"
             "非住房消费提取%s亿元，占%s%%，其中离休和退休提取%s亿元、完全丧失劳动能力并与单位终止劳动关系提取%s亿元、出境定居提取%s亿元、其他%s亿元。"
             % (f(wh), f(hp), *[f(v) for v in wd_h.values()], f(wn_), f(100 - hp), *[f(v) for v in wd_n.values()]))
    a_h = "住房消费提取%s亿元，占%s%%，其中购买住房%s亿元、偿还购房贷款本息%s亿元、租赁住房%s亿元、其他住房消费%s亿元" % (f(wh), f(hp), *[f(v) for v in wd_h.values()])
    a_n = "非住房消费提取%s亿元，占%s%%，其中离休和退休提取%s亿元、完全丧失劳动能力并与单位终止劳动关系提取%s亿元、出境定居提取%s亿元、其他%s亿元" % (f(wn_), f(100 - hp), *[f(v) for v in wd_n.values()])
    t.total("住房消费提取", f(wh), [f(v) for v in wd_h.values()], [a_h])
    t.total("非住房消费提取", f(wn_), [f(v) for v in wd_n.values()], [a_n])
    t.total("提取额=住房+非住房", f(wdr), [f(wh), f(wn_)], [a_h, a_n, "提取额%s亿元" % f(wdr)])
    t.share("住房消费占比", f(wh), f(wdr), f(hp), [a_h, "提取额%s亿元" % f(wdr)])
    t.share("非住房消费占比", f(wn_), f(wdr), f(100 - hp), [a_n, "提取额%s亿元" % f(wdr)])
    L.append("")
    lr = pc(lb, bal)
    L.append("　　（三）贷款。2024年，发放个人住房贷款1.52万笔、%s亿元。上年发放%s亿元。发放金额同比增长%s%%。回收个人住房贷款%s亿元。"
             % (f(loan), f(loan_prev), f(g_loan), f(back)))
    L.append("　　2024年末，累计发放个人住房贷款24.68万笔、826.35亿元，个人住房贷款余额%s亿元。上年末个人住房贷款余额为%s亿元。个人住房贷款率为%s%%。"
             % (f(lb), f(lb_prev), f(lr)))
    t.change("贷款发放", f(loan), f(loan_prev), f(g_loan), "增长",
             ["发放个人住房贷款1.52万笔、%s亿元。上年发放%s亿元。发放金额同比增长%s%%" % (f(loan), f(loan_prev), f(g_loan))])
    t.combo("贷款余额=上年+发放-回收", f(lb), [(1, f(lb_prev)), (1, f(loan)), (-1, f(back))],
            ["个人住房贷款余额%s亿元" % f(lb), "上年末个人住房贷款余额为%s亿元" % f(lb_prev), "、%s亿元" % f(loan), "回收个人住房贷款%s亿元" % f(back)])
    t.share("个贷率", f(lb), f(bal), f(lr), ["个人住房贷款余额%s亿元" % f(lb), "缴存余额%s亿元" % f(bal), "个人住房贷款率为%s%%" % f(lr)])
    t.le("贷款余额<=累计发放", f(lb), "826.35", ["累计发放个人住房贷款24.68万笔、826.35亿元，个人住房贷款余额%s亿元" % f(lb)])
    L.append("　　支持职工购建房面积182.46万平方米。当年贷款资金发放额中，首套住房贷款占比88.42%，二套住房贷款占比11.58%。")
    t.holds("首套+二套=100", D("88.42") + D("11.58") == 100, "88.42 + 11.58 = 100.00", ["首套住房贷款占比88.42%，二套住房贷款占比11.58%"])
    L.append("")
    L.append("三、主要财务数据")
    L.append("　　（一）业务收入。2024年业务收入%s万元，其中：存款利息%s万元，委托贷款利息%s万元，其他%s万元。"
             % (f(inc), *[f(v) for v in inc_i.values()]))
    L.append("　　（二）业务支出。2024年业务支出%s万元，其中：支付职工住房公积金利息%s万元，归集手续费%s万元，委托贷款手续费%s万元，其他%s万元。"
             % (f(exp), *[f(v) for v in exp_i.values()]))
    a_i = "业务收入%s万元，其中：存款利息%s万元，委托贷款利息%s万元，其他%s万元" % (f(inc), *[f(v) for v in inc_i.values()])
    a_e = "业务支出%s万元，其中：支付职工住房公积金利息%s万元，归集手续费%s万元，委托贷款手续费%s万元，其他%s万元" % (f(exp), *[f(v) for v in exp_i.values()])
    t.total("业务收入", f(inc), [f(v) for v in inc_i.values()], [a_i])
    t.total("业务支出", f(exp), [f(v) for v in exp_i.values()], [a_e])
    vg_yi = rq(vg / 10000, 2)
    L.append("　　（三）增值收益。2024年增值收益%s万元，约合%s亿元；增值收益率%s%%（按月均缴存余额%s亿元计算）。"
             % (f(vg), f(vg_yi), f(vrate), f(avg_bal)))
    a_v = "增值收益%s万元，约合%s亿元；增值收益率%s%%（按月均缴存余额%s亿元计算）" % (f(vg), f(vg_yi), f(vrate), f(avg_bal))
    t.combo("增值收益=收入-支出", f(vg), [(1, f(inc)), (-1, f(exp))], [a_v, a_i, a_e])
    t.holds("增值收益万元→亿元", rq(parse_n(f(vg)) / 10000, 2) == vg_yi, "%s万元 / 10000 = %s亿元" % (f(vg), f(vg_yi)), [a_v])
    t.quot("增值收益率", f(vg), f(avg_bal), f(vrate), [a_v], scale=D("0.01"))
    dv = list(dist.values())
    L.append("　　（四）增值收益分配。2024年，提取贷款风险准备金%s万元，提取管理费用%s万元，提取城市公共租赁住房（廉租住房）建设补充资金%s万元。"
             % tuple(f(v) for v in dv))
    a_d = "提取贷款风险准备金%s万元，提取管理费用%s万元，提取城市公共租赁住房（廉租住房）建设补充资金%s万元" % tuple(f(v) for v in dv)
    t.total("增值收益分配", f(vg), [f(v) for v in dv], [a_d, a_v])
    rp = pc(dv[0], vg)
    L.append("　　贷款风险准备金按增值收益的%s%%提取；管理费用由市财政核拨，上缴财政的管理费用即为上述提取数。" % f(rp))
    t.share("风险准备金提取比例", f(dv[0]), f(vg), f(rp), [a_d, a_v, "按增值收益的%s%%提取" % f(rp)])
    L.append("　　（五）管理费用支出。2024年，管理费用支出8,214.36万元，其中，人员经费4,862.50万元，公用经费1,025.66万元，专项经费2,326.20万元。")
    t.total("管理费用支出", "8,214.36", ["4,862.50", "1,025.66", "2,326.20"],
            ["管理费用支出8,214.36万元，其中，人员经费4,862.50万元，公用经费1,025.66万元，专项经费2,326.20万元"])
    t.le("管理费用支出<=提取", "8,214.36", f(dv[1]), [a_d, "管理费用支出8,214.36万元"])
    L.append("")
    L.append("四、资产风险状况")
    L.append("　　个人住房贷款：2024年末，个人住房贷款逾期额%s万元，逾期率%s‰。个人贷款风险准备金余额按贷款余额口径核算，当年未使用个人贷款风险准备金核销呆坏账。"
             % (f(over), f(over_rate)))
    t.quot("逾期率", f(over), f(lb), f(over_rate), ["逾期额%s万元，逾期率%s‰" % (f(over), f(over_rate)), "个人住房贷款余额%s亿元" % f(lb)], scale=D("0.1"))
    L.append("")
    L.append("五、社会经济效益")
    L.append("　　（一）缴存业务。缴存职工中，国家机关和事业单位占21.36%，国有企业占14.82%，城镇集体企业占1.24%，外商投资企业占6.58%，"
             "城镇私营企业及其他城镇企业占51.47%，民办非企业单位和社会团体占1.86%，灵活就业人员占2.67%。")
    t.holds("缴存职工构成=100", sum(D(x) for x in ["21.36", "14.82", "1.24", "6.58", "51.47", "1.86", "2.67"]) == 100, "21.36+14.82+1.24+6.58+51.47+1.86+2.67 = 100.00",
            ["国家机关和事业单位占21.36%，国有企业占14.82%，城镇集体企业占1.24%，外商投资企业占6.58%，城镇私营企业及其他城镇企业占51.47%，民办非企业单位和社会团体占1.86%，灵活就业人员占2.67%"])
    L.append("　　（二）住房贡献率。2024年，个人住房贷款发放额、住房消费提取额的总和%s亿元与当年缴存额的比率为%s%%。"
             % (f(loan + wh), f(pc(loan + wh, dep))))
    t.total("贷款发放+住房消费提取", f(loan + wh), [f(loan), f(wh)], ["总和%s亿元" % f(loan + wh), "、%s亿元。上年发放" % f(loan), a_h])
    t.share("住房贡献率", f(loan + wh), f(dep), f(pc(loan + wh, dep)), ["总和%s亿元与当年缴存额的比率为%s%%" % (f(loan + wh), f(pc(loan + wh, dep))), "缴存额%s亿元" % f(dep)])
    L.append("　　（三）灵活就业人员参加住房公积金制度。2024年，新增灵活就业人员缴存1.12万人，缴存额2.36亿元，提取额0.84亿元，发放贷款0.57亿元。")
    L.append("")
    L.append("六、其他重要事项")
    L.append("　　（一）政策调整。2024年5月起，首套住房公积金贷款最高额度由80万元调整为100万元；多子女家庭贷款额度上浮20%。")
    L.append("　　（二）服务改进。个人住房贷款“带押过户”业务全市覆盖，提取业务线上办理率达92.60%。")
    L.append("　　（三）当年住房公积金管理中心未发生违法违规案件。")
    L.append("")
    L.append("　　　　　　　　　　　　　　　　　　瓯岚市住房公积金管理委员会")
    L.append("　　　　　　　　　　　　　　　　　　　　　2025年3月28日")
    t.dated("报告日期晚于年度终了", datetime.date(2025, 3, 28), datetime.date(2024, 12, 31),
            ["瓯岚市住房公积金管理委员会2025年3月28日", "2024年年度报告"])
    t.fact(dep=f(dep), wdr=f(wdr), bal=f(bal), loan_bal=f(lb), value_gain_wan=f(vg), loan_rate=f(lr))
    return "\n".join(L) + "\n", t


def render(text, path):
    write(path, text)


read = read_txt


def main():
    text, t = build()
    path = os.path.join(ROOT, NAME + EXT)
    render(text, path)
    back = read(path)
    t.attach(back)
    n = t.dump(os.path.join(ROOT, NAME + ".ledger.json"), back)
    print(NAME, n, "checks ok")


if __name__ == "__main__":
    main()
