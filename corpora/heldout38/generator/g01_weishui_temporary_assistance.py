"""t01 葳水县 临时救助资金 发放情况公示 (txt, tab tables)"""
import datetime
from lib38 import *

NAME = 't01_weishui_temporary_assistance_fund_payment_notice_2024.txt'
FMT = 'txt-tab'

def build():
    L = Ledger(NAME)
    cats = [('低保对象', 412, 638600), ('特困人员', 96, 121400), ('低保边缘家庭成员', 238, 401300), ('其他困难群众', 171, 308700)]
    n = sum(c[1] for c in cats); amt = sum(c[2] for c in cats)
    sh = shares([c[2] for c in cats])
    rows1 = []
    for (nm, k, a), s in zip(cats, sh):
        avg = q(D(a) / k, 2)
        rows1.append([nm, I(k), I(a), F(avg), F(s)])
        L.quot('表1 %s 人均' % nm, I(a), I(k), F(avg))
        L.rate('表1 %s 占比' % nm, I(a), I(amt), F(s))
    avg_all = q(D(amt) / n, 2)
    rows1.append(['合计', I(n), I(amt), F(avg_all), '100.00'])
    L.sum('表1 合计 人次', I(n), [r[1] for r in rows1[:-1]])
    L.sum('表1 合计 金额', I(amt), [r[2] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[4] for r in rows1[:-1]])
    L.quot('表1 合计 人均', I(amt), I(n), F(avg_all))
    wan = q(D(amt) / 10000, 2)
    L.conv('资金 元→万元', I(amt), F(wan))
    prev_n, prev_a = 846, 1352800
    gn, ga = growth(n, prev_n), growth(amt, prev_a)
    L.growth('人次 比上年', I(n), I(prev_n), I(n - prev_n), F(gn))
    L.growth('金额 比上年', I(amt), I(prev_a), I(amt - prev_a), F(ga))
    urg_n, urg_a = 264, 452800
    exp_n, exp_a = n - urg_n, amt - urg_a
    L.sum('类型 人次', I(n), [I(urg_n), I(exp_n)])
    L.sum('类型 金额', I(amt), [I(urg_a), I(exp_a)])
    urg_sh = pct(urg_n, n)
    L.rate('急难型 占人次', I(urg_n), I(n), F(urg_sh))
    big = 58
    L.sum('审批层级', I(n), [I(big), I(n - big)])
    up, cty = D('90.00'), wan - D('90.00')
    L.sum('资金来源 万元', F(wan), [F(up), F(cty)])
    bud = D('160.00'); ex = pct(wan, bud); bal = bud - wan
    L.rate('执行率', F(wan), F(bud), F(ex))
    L.diff('结余', F(bud), F(wan), F(bal))
    h1 = 652300; h1s = pct(h1, amt)
    L.rate('上半年 占全年', I(h1), I(amt), F(h1s))
    paid, unpaid, unpaid_n = 1436500, 33500, 19
    L.sum('已发放+尚未发放', I(amt), [I(paid), I(unpaid)])
    towns = [('葳城镇', 268, 78, 436200), ('蓣坪乡', 153, 41, 241500), ('薏溪镇', 205, 62, 322600),
             ('菘岭乡', 134, 38, 214300), ('茆湾镇', 157, 45, 255400)]
    tsh = shares([t[3] for t in towns])
    rows2 = [[t[0], I(t[1]), I(t[2]), I(t[3]), F(s)] for t, s in zip(towns, tsh)]
    rows2.append(['合计', I(n), I(urg_n), I(amt), '100.00'])
    for c, nm in ((1, '人次'), (2, '急难型'), (3, '金额'), (4, '占比')):
        L.sum('表2 合计 %s' % nm, rows2[-1][c], [r[c] for r in rows2[:-1]])
    for r in rows2[:-1]:
        L.rate('表2 %s 占比' % r[0], r[3], I(amt), r[4])
    top, low = rows2[0], rows2[3]
    L.same(I(amt), 4)
    start, end = datetime.date(2025, 1, 15), datetime.date(2025, 1, 21)
    L.days('公示期天数', start, end, '7')
    date = datetime.date(2025, 1, 15)
    L.dated('落款日期晚于报告期末', date, datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年1月15日', 'docno': '葳民发〔2025〕5号'})

    M = [('title', '葳水县2024年度临时救助资金发放情况公示'), ('sub', '葳民发〔2025〕5号'),
         ('p', '根据《葳水县临时救助实施细则》，县民政局、县财政局对2024年1月1日至12月31日全县临时救助资金发放情况进行了汇总审核，现将有关情况公示如下。'),
         ('h', '一、总体情况'),
         ('p', '2024年全县共实施临时救助%s人次，比上年%s人次增加%s人次、增长%s%%；发放临时救助资金%s元（折合%s万元），比上年%s元增加%s元、增长%s%%，人均救助%s元。'
          % (I(n), I(prev_n), I(n - prev_n), F(gn), I(amt), F(wan), I(prev_a), I(amt - prev_a), F(ga), F(avg_all))),
         ('p', '按救助类型分，急难型临时救助%s人次、金额%s元，占总人次的%s%%；支出型临时救助%s人次、金额%s元。按审批层级分，单次救助金额超过3,000元、报县民政局审批的%s人次，由乡镇人民政府审批的%s人次。'
          % (I(urg_n), I(urg_a), F(urg_sh), I(exp_n), I(exp_a), I(big), I(n - big))),
         ('table', {'cap': '表1　2024年度临时救助分对象类别情况（单位：人次、元、%）',
                    'head': ['对象类别', '救助人次', '救助金额', '人均救助', '占比'], 'rows': rows1,
                    'note': '注：人均救助＝救助金额÷救助人次；同一对象年内多次救助的按人次统计。'}),
         ('h', '二、分乡镇情况'),
         ('p', '分乡镇看，%s救助人次最多，为%s人次，金额%s元，占%s%%；%s最少，为%s人次，金额%s元，占%s%%。'
          % (top[0], top[1], top[3], top[4], low[0], low[1], low[3], low[4])),
         ('table', {'cap': '表2　2024年度临时救助分乡镇发放情况（单位：人次、元、%）',
                    'head': ['乡镇', '救助人次', '其中急难型', '救助金额', '占比'], 'rows': rows2, 'note': ''}),
         ('h', '三、资金来源及发放情况'),
         ('p', '全年临时救助资金%s万元，其中中央和省级困难群众救助补助资金%s万元、县级财政资金%s万元。年初预算安排临时救助资金%s万元，预算执行率%s%%，结余%s万元结转下年继续用于困难群众救助。'
          % (F(wan), F(up), F(cty), F(bud), F(ex), F(bal))),
         ('p', '上半年发放%s元，占全年的%s%%。截至2024年12月31日，全年%s元救助资金中已通过“一卡通”社会化发放到户%s元，尚未发放%s元，为12月下旬审批的%s人次，已于2025年1月10日前发放完毕。'
          % (I(h1), F(h1s), I(amt), I(paid), I(unpaid), I(unpaid_n))),
         ('h', '四、存在的问题'),
         ('p', '经审核，临时救助工作中存在三个方面的问题：一是部分乡镇急难型救助“先行救助”后补充材料不及时，个别案卷缺少事后说明；二是支出型救助家庭经济状况核对周期较长，平均办理时限偏长；三是个别村（社区）对救助政策宣传不到位，主动发现机制有待完善。'),
         ('h', '五、公示及监督'),
         ('p', '公示期为2025年1月15日至1月21日，共7天。对公示内容有异议的，可在公示期内向县民政局社会救助股反映，联系电话：0736-5208419。'),
         ('sign', ['葳水县民政局　　葳水县财政局', '2025年1月15日'])]
    for a in ('葳民发〔2025〕5号', '2025年1月15日', '存在三个方面的问题', '一是', '二是', '三是', '截至2024年12月31日', '2025年1月15日至1月21日'):
        L.anchor(a)
    return M, L
