# -*- coding: utf-8 -*-
"""t01 — 涢川县 自然灾害受灾群众生活救助资金 发放情况公示 (txt, amounts in 元)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't01_yunchuan_disaster_relief_fund_payment_notice_2024'
FMT = 'txt'
DATE = '2025年1月10日'
DOCNO = '涢应急〔2025〕3号'
TOWNS = ['涢阳镇', '白鹭湾镇', '杉坪乡', '石柘镇', '青麓乡', '洑溪镇']


def build():
    L = Ledger(NAME + '.' + FMT)
    # ---- 表1 inputs: 项目, 单位, 数量, 标准(元)
    monthly, months = 600, 3
    std_trans = monthly * months
    items = [
        ('过渡期生活救助', '人', 326, std_trans),
        ('倒塌房屋恢复重建', '户', 18, 40000),
        ('严重损坏房屋维修', '户', 64, 8000),
        ('一般损坏房屋维修', '户', 137, 3000),
        ('因灾伤病救助', '人', 41, 1500),
        ('冬春临时生活困难救助', '人', 2185, 500),
    ]
    rows1 = []
    amts = []
    for i, (nm, u, n, s) in enumerate(items, 1):
        a = n * s
        amts.append(a)
        rows1.append([str(i), nm, u, I(n), I(s), I(a)])
        L.prod(f'表1 {nm} 金额 = 数量 x 标准', I(a), [I(n), I(s)])
    total = sum(amts)
    rows1.append(['', '合计', '—', '—', '—', I(total)])
    L.sum('表1 发放金额合计', I(total), [I(a) for a in amts])
    L.prod('过渡期救助标准 = 每人每月 x 月数', I(std_trans), [I(monthly), I(months)])
    persons = [n for (_, u, n, _) in items if u == '人']
    houses = [n for (_, u, n, _) in items if u == '户']
    n_person, n_house = sum(persons), sum(houses)
    L.sum('救助人次 = 表1 按人计项目之和', I(n_person), [I(x) for x in persons])
    L.sum('倒损住房户数 = 表1 按户计项目之和', I(n_house), [I(x) for x in houses])
    house_amt = sum(amts[1:4])
    L.sum('住房类金额 = 重建 + 严重损坏 + 一般损坏', I(house_amt), [I(a) for a in amts[1:4]])
    total_w = F(D(total) / 10000, 2)
    L.conv('发放总额 元 → 万元', total_w, I(total), 10000)
    sh_house = pct(house_amt, total)
    L.rate('住房类金额占比', sh_house, I(house_amt), I(total))
    sh_winter = pct(amts[5], total)
    L.rate('冬春救助金额占比', sh_winter, I(amts[5]), I(total))

    # ---- funds
    central, prov, county = D('210.00'), D('85.00'), D('75.00')
    avail = central + prov + county
    L.sum('到位资金 = 中央 + 省级 + 县级', F(avail), [F(central), F(prov), F(county)])
    use_rate = pct(D(total_w), avail)
    L.rate('资金发放率 = 发放 ÷ 到位', use_rate, total_w, F(avail))
    bal = avail - D(total_w)
    assert bal > 0
    L.signed('结余 = 到位 − 发放', F(bal), [F(avail)], [total_w])
    last = D('293.61')
    g = growth(total_w, last)
    inc = D(total_w) - last
    L.growth('发放金额比上年增长', g, total_w, F(last))
    L.diff('发放金额比上年增加额', F(inc), total_w, F(last))

    # ---- 表2 by town
    hh = [412, 298, 265, 214, 187, 110]
    mon = [38, 27, 31, 19, 22, 9]
    ta = [1021600, 706300, 589400, 465200, 372800]
    ta.append(total - sum(ta))
    assert ta[-1] > 0 and ta[-1] < min(ta[:-1])
    shares = [pct(a, total) for a in ta]
    assert sum(D(s) for s in shares) == 100, shares
    rows2 = []
    for t, h, m, a, s in zip(TOWNS, hh, mon, ta, shares):
        rows2.append([t, I(h), I(m), I(a), s])
        L.rate(f'表2 {t} 金额占比', s, I(a), I(total))
    rows2.append(['合计', I(sum(hh)), I(sum(mon)), I(total), '100.00'])
    L.sum('表2 救助户数合计', I(sum(hh)), [I(x) for x in hh])
    L.sum('表2 其中监测对象户数合计', I(sum(mon)), [I(x) for x in mon])
    L.sum('表2 发放金额合计', I(total), [I(x) for x in ta])
    L.sum('表2 占比合计', '100.00', shares)
    avg = F(D(total) / sum(hh), 2)
    L.quot('户均救助金额 = 发放总额 ÷ 救助户数', avg, I(total), I(sum(hh)))
    L.count('乡镇个数与列举', '6', TOWNS)
    L.le('洑溪镇户数为最少', I(hh[5]), I(min(hh[:5])))
    L.rate('涢阳镇金额占比（正文）', shares[0], I(ta[0]), I(total))

    L.dated('公示日期晚于年度末', DATE)
    L.days('公示期天数', '7', '2025年1月10日', '2025年1月16日')
    L.anchor('文号', DOCNO)

    intro = ('根据《自然灾害救助条例》《湖北省自然灾害救助资金管理办法》和县委、县政府关于做好受灾群众生活保障工作的部署，'
             '现将涢川县2024年度自然灾害受灾群众生活救助资金发放情况予以公示，接受社会监督。')
    p1 = (f'2024年，我县先后遭受“7·06”强降雨洪涝和秋季干旱灾害，全县受灾人口3.46万人。'
          f'全年共筹集自然灾害生活救助资金{F(avail)}万元，其中中央财政自然灾害救灾资金{F(central)}万元、'
          f'省级{F(prov)}万元、县级{F(county)}万元。截至2024年12月31日，累计发放救助资金{I(total)}元（{total_w}万元），'
          f'资金发放率{use_rate}%，结余{F(bal)}万元结转用于2025年春节前冬春救助。'
          f'发放金额比上年{F(last)}万元增加{F(inc)}万元，增长{g}%。')
    p2 = (f'全年救助受灾群众{I(n_person)}人次、倒损住房{I(n_house)}户。其中，倒损住房恢复重建和维修资金合计{I(house_amt)}元，'
          f'占发放总额的{sh_house}%；冬春临时生活困难救助{I(amts[5])}元，占{sh_winter}%。'
          f'过渡期生活救助按每人每月{I(monthly)}元、救助{months}个月执行，即每人{I(std_trans)}元。')
    p3 = (f'资金发放涉及全县6个乡镇，分别为{"、".join(TOWNS)}，共救助{I(sum(hh))}户，户均救助{avg}元。涢阳镇受灾最重，发放{I(ta[0])}元，占全县的{shares[0]}%；'
          f'洑溪镇救助户数最少，为{I(hh[5])}户。')
    p4 = ('救助资金全部通过惠民惠农财政补贴资金“一卡通”发放至救助对象账户，做到户申请、村评议、乡镇审核、县级审批，'
          '评议结果在村（社区）公示不少于5天。2024—2025年度冬春救助本次仅含2024年12月发放的第一批，'
          '第二批将于2025年1月下旬发放，不在本次公示范围内。')
    p5 = (f'公示时间：2025年1月10日至2025年1月16日（共7天）。如对公示内容有异议，请向涢川县应急管理局救灾和物资保障股反映，'
          f'监督电话：0712-5863107。')
    model = [
        ('title', '涢川县2024年度自然灾害受灾群众生活救助资金发放情况公示'),
        ('sub', DOCNO),
        ('p', intro),
        ('h', '一、资金筹集和发放总体情况'),
        ('p', p1),
        ('h', '二、分项目发放情况'),
        ('p', p2),
        T('表1　2024年度自然灾害生活救助资金分项目发放情况', ['序号', '救助项目', '单位', '救助数量', '标准（元）', '发放金额（元）'],
          rows1, '注：救助数量按人或户计，单位不同，合计行不加总。'),
        ('h', '三、分乡镇发放情况'),
        ('p', p3),
        T('表2　2024年度自然灾害生活救助资金分乡镇发放情况',
          ['乡镇', '救助户数（户）', '其中：监测对象（户）', '发放金额（元）', '占比（%）'], rows2),
        ('h', '四、资金管理和监督'),
        ('p', p4),
        ('p', p5),
        ('sign', ['涢川县应急管理局　涢川县财政局', DATE]),
    ]
    L.fact('发放金额_元', I(total))
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    return model, L, {}
