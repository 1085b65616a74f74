"""t06 广西壮族自治区桂浔市医疗保障局 2024年医疗保障基金收支决算情况说明 (.txt).

职工 and 居民 funds mixed, 其中 lists in prose, 累计结存, 可支付月数; no tables.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import D, rq, fm, pc, gr, Tally, read_txt, write, ROOT  # noqa: E402

NAME = "t06_guixun_medical_insurance_fund_final_accounts_2024"
EXT = ".txt"


def build():
    t = Tally(NAME + EXT)
    f = fm
    L = []
    zi = [("基本医疗保险费收入", D("62.38")), ("财政补贴收入", D("0.52")), ("利息收入", D("1.26")), ("其他收入", D("0.34"))]
    zo = [("住院待遇支出", D("24.86")), ("门诊待遇支出（含门诊共济保障）", D("15.43")), ("个人账户支出", D("16.28")),
          ("生育医疗费用及生育津贴支出", D("1.85")), ("其他支出", D("0.30"))]
    ri = [("个人缴费收入", D("15.64")), ("财政补助收入", D("37.86")), ("利息收入", D("0.48")), ("其他收入", D("0.84"))]
    ro = [("住院待遇支出", D("38.72")), ("普通门诊待遇支出", D("6.18")), ("门诊慢特病待遇支出", D("4.93")),
          ("大病保险支出", D("3.86")), ("其他支出", D("0.27"))]
    zin, zout = sum(v for _, v in zi), sum(v for _, v in zo)
    rin, rout = sum(v for _, v in ri), sum(v for _, v in ro)
    zbal, rbal = zin - zout, rin - rout
    zprev_st, rprev_st = D("71.36"), D("24.58")
    zst, rst = zprev_st + zbal, rprev_st + rbal
    zpool_st = D("48.62")
    zacct_st = zst - zpool_st
    zacct_out = zo[2][1]
    zpool_out = zout - zacct_out
    zmonths = rq(zpool_st / (zpool_out / 12), 1)
    rmonths = rq(rst / (rout / 12), 1)
    tin, tout, tbal, tst = zin + rin, zout + rout, zbal + rbal, zst + rst
    zin_p, zout_p, rin_p, rout_p = D("61.87"), D("55.12"), D("55.63"), D("51.40")
    zn, zw, zr = D("142.36"), D("104.85"), D("37.51")
    rn, rn_p = D("468.27"), D("479.52")
    tn = zn + rn

    L.append("桂浔市2024年医疗保障基金收支决算情况说明")
    L.append("")
    L.append("　　根据《中华人民共和国预算法》和自治区财政厅、医疗保障局关于编报2024年度社会保险基金决算的部署，桂浔市医疗保障局会同市财政局、"
             "国家税务总局桂浔市税务局编制了2024年全市医疗保障基金收支决算。现将有关情况说明如下。")
    L.append("")
    L.append("一、基金收支总体情况")
    a1 = "2024年，全市基本医疗保险基金（含职工基本医疗保险基金和城乡居民基本医疗保险基金，职工医保含生育保险，下同）收入%s亿元，支出%s亿元，当年收支结余%s亿元，年末累计结存%s亿元。" % (f(tin), f(tout), f(tbal), f(tst))
    L.append("　　" + a1)
    a2 = "年末参保总人数%s万人，其中职工医保%s万人、居民医保%s万人。" % (f(tn), f(zn), f(rn))
    L.append("　　" + a2 + "基金运行总体平稳，收支规模与全市参保结构、待遇政策调整相适应，没有出现当期赤字。")
    t.combo("当年结余=收入-支出", f(tbal), [(1, f(tin)), (-1, f(tout))], [a1])
    t.total("参保总数", f(tn), [f(zn), f(rn)], [a2])
    L.append("")
    L.append("二、职工基本医疗保险基金")
    L.append("　　（一）参保情况")
    a3 = "年末职工医保参保%s万人，其中在职职工%s万人、退休人员%s万人，在职退休比为%s∶1。" % (f(zn), f(zw), f(zr), f(zw / zr))
    L.append("　　" + a3 + "灵活就业人员参保比上年有所增加，新增参保主要集中在城区。")
    t.total("职工参保=在职+退休", f(zn), [f(zw), f(zr)], [a3])
    t.quot("在职退休比", f(zw), f(zr), f(zw / zr), [a3])
    L.append("　　（二）基金收入")
    a4 = "职工医保基金收入%s亿元，其中%s。" % (f(zin), "，".join("%s%s亿元" % (n, f(v)) for n, v in zi))
    a5 = "上年职工医保基金收入为%s亿元。" % f(zin_p)
    a6 = "与上年相比，职工医保基金收入增长%s%%，主要是缴费基数随社会平均工资上调。" % f(gr(zin, zin_p))
    L.append("　　" + a4 + a5 + a6)
    t.total("职工收入", f(zin), [f(v) for _, v in zi], [a4])
    t.change("职工收入", f(zin), f(zin_p), f(gr(zin, zin_p)), "增长", [a4, a5, a6])
    sh_fee = pc(zi[0][1], zin)
    a6b = "基本医疗保险费收入占职工医保基金收入的%s%%。" % f(sh_fee)
    L.append("　　" + a6b)
    t.share("保险费占比", f(zi[0][1]), f(zin), f(sh_fee), [a4, a6b])
    L.append("　　（三）基金支出")
    a7 = "职工医保基金支出%s亿元，其中%s。" % (f(zout), "，".join("%s%s亿元" % (n, f(v)) for n, v in zo))
    a8 = "上年支出%s亿元，本年增长%s%%。" % (f(zout_p), f(gr(zout, zout_p)))
    L.append("　　" + a7 + a8 + "支出增长主要是门诊共济保障政策全面落地后普通门诊统筹待遇释放。")
    t.total("职工支出", f(zout), [f(v) for _, v in zo], [a7])
    t.change("职工支出", f(zout), f(zout_p), f(gr(zout, zout_p)), "增长", [a7, a8])
    a8b = "全年职工医保享受待遇486.32万人次，其中普通门诊412.56万人次、门诊慢特病58.34万人次、住院15.42万人次。"
    L.append("　　" + a8b + "政策范围内住院费用基金支付比例保持在85%左右，退休人员比在职职工高出约5个百分点。")
    t.total("职工待遇人次", "486.32", ["412.56", "58.34", "15.42"], [a8b])
    L.append("　　（四）收支结余和累计结存")
    a9 = "职工医保基金当年收支结余%s亿元，上年末累计结存%s亿元，本年末累计结存%s亿元。" % (f(zbal), f(zprev_st), f(zst))
    a10 = "年末累计结存中，统筹基金累计结存%s亿元，个人账户累计结存%s亿元。" % (f(zpool_st), f(zacct_st))
    a11 = "剔除个人账户后，职工医保统筹基金本年支出%s亿元，按此计算，统筹基金累计结存可支付%s个月。" % (f(zpool_out), f(zmonths, 1))
    L.append("　　" + a9 + a10 + a11)
    t.combo("职工当年结余", f(zbal), [(1, f(zin)), (-1, f(zout))], [a9, a4, a7])
    t.combo("职工累计结存", f(zst), [(1, f(zprev_st)), (1, f(zbal))], [a9])
    t.total("职工结存=统筹+个账", f(zst), [f(zpool_st), f(zacct_st)], [a9, a10])
    t.combo("统筹支出=支出-个账支出", f(zpool_out), [(1, f(zout)), (-1, f(zacct_out))], [a11, a7])
    t.quot("职工统筹可支付月数", f(zpool_st), f(zpool_out), f(zmonths, 1), [a10, a11], scale=12)
    L.append("")
    L.append("三、城乡居民基本医疗保险基金")
    L.append("　　（一）参保情况")
    a12 = "年末居民医保参保%s万人。" % f(rn)
    a13 = "上年末为%s万人。" % f(rn_p)
    a14 = "居民参保人数比上年下降%s%%，主要原因是部分人员转入职工医保和外出务工人员在就业地参保。" % f(-gr(rn, rn_p))
    L.append("　　" + a12 + a13 + a14)
    t.change("居民参保", f(rn), f(rn_p), f(-gr(rn, rn_p)), "下降", [a12, a13, a14])
    L.append("　　（二）基金收入")
    a15 = "居民医保基金收入%s亿元，其中%s。" % (f(rin), "，".join("%s%s亿元" % (n, f(v)) for n, v in ri))
    a16 = "上年居民医保基金收入%s亿元，本年收入比上年下降%s%%。" % (f(rin_p), f(-gr(rin, rin_p)))
    L.append("　　" + a15 + a16 + "个人缴费标准由每人每年380元提高到400元，但参保人数减少，收入总量略有回落。")
    t.total("居民收入", f(rin), [f(v) for _, v in ri], [a15])
    t.change("居民收入", f(rin), f(rin_p), f(-gr(rin, rin_p)), "下降", [a15, a16])
    sh_sub = pc(ri[1][1], rin)
    a16b = "财政补助收入占居民医保基金收入的%s%%，仍是居民医保基金的主要来源。" % f(sh_sub)
    L.append("　　" + a16b)
    t.share("财政补助占比", f(ri[1][1]), f(rin), f(sh_sub), [a15, a16b])
    L.append("　　（三）基金支出")
    a17 = "居民医保基金支出%s亿元，其中%s。" % (f(rout), "，".join("%s%s亿元" % (n, f(v)) for n, v in ro))
    a18 = "与上年的%s亿元相比，支出增长%s%%。" % (f(rout_p), f(gr(rout, rout_p)))
    L.append("　　" + a17 + a18)
    t.total("居民支出", f(rout), [f(v) for _, v in ro], [a17])
    t.change("居民支出", f(rout), f(rout_p), f(gr(rout, rout_p)), "增长", [a17, a18])
    L.append("　　（四）收支结余和累计结存")
    a19 = "居民医保基金当年收支结余%s亿元，上年末累计结存%s亿元，本年末累计结存%s亿元。" % (f(rbal), f(rprev_st), f(rst))
    a20 = "按2024年月均支出计算，累计结存可支付%s个月，低于6个月的警戒线，基金运行偏紧。" % f(rmonths, 1)
    L.append("　　" + a19 + a20)
    t.combo("居民当年结余", f(rbal), [(1, f(rin)), (-1, f(rout))], [a19, a15, a17])
    t.combo("居民累计结存", f(rst), [(1, f(rprev_st)), (1, f(rbal))], [a19])
    t.quot("居民可支付月数", f(rst), f(rout), f(rmonths, 1), [a19, a20, a17], scale=12)
    L.append("")
    L.append("四、全市基金累计结存情况")
    a21 = "截至2024年12月31日，两项基金累计结存%s亿元，其中职工医保%s亿元、居民医保%s亿元。" % (f(tst), f(zst), f(rst))
    L.append("　　" + a21 + "职工医保结存相对充裕，但个人账户结存%s亿元不能用于统筹调剂；居民医保结存可支付月数偏少，需要重点关注。" % f(zacct_st))
    t.total("累计结存=职工+居民", f(tst), [f(zst), f(rst)], [a21])
    t.same("累计结存两处一致", f(tst), f(tst), [a1, a21])
    t.total("收入=职工+居民", f(tin), [f(zin), f(rin)], [a1, a4, a15])
    t.total("支出=职工+居民", f(tout), [f(zout), f(rout)], [a1, a7, a17])
    t.total("当年结余=职工+居民", f(tbal), [f(zbal), f(rbal)], [a1, a9, a19])
    L.append("")
    L.append("五、基金监管和待遇保障")
    L.append("　　全年开展定点医药机构专项检查，检查覆盖率100%，追回医保基金4,862.35万元，其中违规使用基金4,218.60万元、违约金643.75万元。"
             "DRG付费覆盖全市二级及以上定点医疗机构，住院次均费用较上年下降3.42%。大病保险资金由城乡居民医保基金按每人每年82元筹集，"
             "委托商业保险机构承办，列入居民医保基金支出。")
    t.total("追回", "4,862.35", ["4,218.60", "643.75"], ["追回医保基金4,862.35万元，其中违规使用基金4,218.60万元、违约金643.75万元"])
    L.append("")
    L.append("六、存在的问题和下一步工作")
    L.append("　　一是居民医保参保人数持续减少，个人缴费收入增长乏力，基金可支付月数低于合理区间；二是职工医保退休人员比重上升，统筹基金支出增速快于收入增速；"
             "三是门诊共济政策实施后门诊费用增长较快，需加强监测。下一步，市医疗保障局将巩固参保扩面，完善基金运行风险预警，"
             "深化DRG支付方式改革，确保基金收支平衡、略有结余。")
    L.append("")
    L.append("　　名词解释：累计结存，指截至年末基金历年收支结余的累计数；可支付月数＝年末累计结存÷（本年支出÷12）。")
    L.append("")
    L.append("　　　　　　　　　　　　　　　　　　　　桂浔市医疗保障局")
    L.append("　　　　　　　　　　　　　　　　　　　　2025年6月20日")
    t.dated("说明日期晚于年度终了", datetime.date(2025, 6, 20), datetime.date(2024, 12, 31),
            ["桂浔市医疗保障局2025年6月20日", "截至2024年12月31日"])
    t.fact(income=f(tin), expense=f(tout), balance=f(tbal), stock=f(tst), zg_stock=f(zst), jm_stock=f(rst),
           zg_pool_months=f(zmonths, 1), jm_months=f(rmonths, 1))
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
