# -*- coding: utf-8 -*-
"""t01 楣江县红十字会 2024年度社会捐赠款物收支情况公示 (txt, tab-separated tables)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't01_meijiang_county_red_cross_social_donations_income_expenditure_disclosure_2024'
EXT = '.txt'
META = {'format': 'txt-tab', 'issuer': '楣江县红十字会'}


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '楣红〔2025〕3号'
    date = '2025年1月24日'
    phone = '0743-6281957'
    # ---- base inputs (万元 unless noted)
    src = [('单位捐赠', D('186.40'), 214), ('个人捐赠', D('52.38'), 1072), ('网络平台募捐', D('21.67'), None)]
    prev_income = D('231.60')
    directed = D('168.90')
    goods = [('棉被', D('16.20')), ('食用油', D('12.84')), ('防疫用品', D('9.58'))]
    interest = D('1.26')
    carry = D('142.35')
    uses = [('人道救助', D('68.40')), ('救灾救助', D('35.20')), ('博爱助学', D('25.20')),
            ('大病医疗救助', D('74.50')), ('其他公益项目', D('43.17'))]
    prev_spend = D('221.83')
    goods_carry, goods_out = D('3.10'), D('36.94')
    relief_persons, serious_persons, students, stud_std = 1152, 152, 126, D('2000')
    goods_households = 2360
    # ---- derived
    inc = sum(v for _, v, _ in src)
    cnt = sum(n for _, _, n in src if n)
    gtot = sum(v for _, v in goods)
    both = inc + gtot
    spend = sum(v for _, v in uses)
    avail = carry + inc + interest
    bal = avail - spend
    gbal = goods_carry + gtot - goods_out
    chg = inc - prev_income
    rate = pct(chg, prev_income)
    srate = pct(spend - prev_spend, prev_spend)
    use_rate = pct(spend, avail)
    dshare = pct(directed, inc)
    ishares = [pct(v, inc) for _, v, _ in src]
    ushares = [pct(v, spend) for _, v in uses]
    assert sum(ishares) == 100 and sum(ushares) == 100, (sum(ishares), sum(ushares))
    assert D(students) * stud_std / 10000 == uses[2][1]
    relief_avg = q(uses[0][1] * 10000 / relief_persons)
    serious_avg = q(uses[3][1] * 10000 / serious_persons)
    goods_hh_avg = q(goods_out * 10000 / goods_households)
    assert bal > 0 and gbal > 0

    M.append(('title', '楣江县红十字会2024年度社会捐赠款物收支情况公示'))
    M.append(('sub', docno))
    M.append(('p', '根据《中华人民共和国红十字会法》《中华人民共和国慈善法》关于信息公开的规定，现将楣江县红十字会2024年1月1日至12月31日'
                   '接收和使用社会捐赠款物的情况公示如下，接受社会各界监督。'))
    M.append(('h', '一、捐赠款物接收情况'))
    M.append(('p', '2024年，县红十字会共接收社会捐赠款物折合%s万元，其中捐赠资金%s万元、捐赠物资折价%s万元。捐赠资金中，单位捐赠%s万元、'
                   '个人捐赠%s万元、网络平台募捐%s万元；共接收捐赠%s笔，其中单位%s笔、个人%s笔，网络平台募捐由平台按月汇总拨付，未计入笔数。'
                   % (F(both), F(inc), F(gtot), F(src[0][1]), F(src[1][1]), F(src[2][1]), I(cnt), I(src[0][2]), I(src[1][2]))))
    L.sum('捐赠款物合计 = 资金 + 物资', F(both), [F(inc), F(gtot)])
    L.sum('捐赠资金 = 单位 + 个人 + 网络', F(inc), [F(v) for _, v, _ in src])
    L.sum('捐赠笔数 = 单位 + 个人 (网络不计笔数)', I(cnt), [I(src[0][2]), I(src[1][2])])
    M.append(('p', '捐赠资金较2023年（%s万元）增加%s万元，增长%s%%。按捐赠人意愿划分，定向捐赠%s万元，占捐赠资金的%s%%，其余为非定向捐赠。'
                   % (F(prev_income), F(chg), P(rate), F(directed), P(dshare))))
    L.growth('捐赠资金较2023年增加、增长', F(inc), F(prev_income), F(chg), P(rate), '增加…增长')
    L.ratio('定向捐赠占捐赠资金的比例', P(dshare), F(directed), F(inc))
    M.append(('cap', '表1\t2024年捐赠资金来源情况'))
    M.append(('unit', '单位：万元、笔、%'))
    rows = [['来源', '金额', '笔数', '占比']]
    for (n, v, c), s in zip(src, ishares):
        rows.append([n, F(v), I(c) if c else '—', P(s)])
    rows.append(['合计', F(inc), I(cnt), P(sum(ishares))])
    M.append(('table', {'id': 'T1', 'rows': rows}))
    L.sum('表1 金额列合计', F(inc), [F(v) for _, v, _ in src])
    L.sum('表1 占比列合计', P(sum(ishares)), [P(s) for s in ishares])
    for (n, v, c), s in zip(src, ishares):
        L.ratio('表1 %s占比' % n, P(s), F(v), F(inc))
    goods_names = [n for n, _ in goods]
    M.append(('p', '接收捐赠物资主要为3类，即%s、%s和%s，折价分别为%s万元、%s万元和%s万元。'
                   % (goods_names[0], goods_names[1], goods_names[2], F(goods[0][1]), F(goods[1][1]), F(goods[2][1]))))
    L.count('捐赠物资类别数与所列类别一致', '3', goods_names)
    L.sum('物资折价 = 三类之和', F(gtot), [F(v) for _, v in goods])

    M.append(('h', '二、捐赠款物使用情况'))
    M.append(('p', '2024年使用捐赠资金%s万元，同比增长%s%%（2023年为%s万元）；发放捐赠物资折价%s万元。资金使用情况见表2。'
                   % (F(spend), P(srate), F(prev_spend), F(goods_out))))
    L.growth('资金支出同比增长', F(spend), F(prev_spend), None, P(srate), '同比增长')
    M.append(('cap', '表2\t2024年捐赠资金使用情况（金额单位：万元）'))
    rows = [['用途', '支出金额', '占资金支出比例（%）']]
    for (n, v), s in zip(uses, ushares):
        rows.append([n, F(v), P(s)])
    rows.append(['合计', F(spend), P(sum(ushares))])
    M.append(('table', {'id': 'T2', 'rows': rows}))
    L.sum('表2 支出金额合计', F(spend), [F(v) for _, v in uses])
    L.sum('表2 比例合计', P(sum(ushares)), [P(s) for s in ushares])
    for (n, v), s in zip(uses, ushares):
        L.ratio('表2 %s占资金支出比例' % n, P(s), F(v), F(spend))
    L.mx('表2 大病医疗救助支出最多', '大病医疗救助', F(uses[3][1]), [F(v) for _, v in uses], '大病医疗救助支出最多')
    M.append(('p', '从用途看，大病医疗救助支出最多。其中：人道救助资金救助困难群众%s人次，人均%s元；大病医疗救助资助大病患者%s人，'
                   '人均%s元；博爱助学资助家庭困难学生%s名，每名%s元，共%s万元。' % (I(relief_persons), F(relief_avg), I(serious_persons),
                                                                  F(serious_avg), I(students), F(stud_std, 0), F(uses[2][1]))))
    L.ratio('人道救助人均（元）', F(relief_avg), F(uses[0][1]), I(relief_persons), 10000)
    L.ratio('大病医疗救助人均（元）', F(serious_avg), F(uses[3][1]), I(serious_persons), 10000)
    L.prod('博爱助学 = 人数 x 每名标准', F(uses[2][1]), I(students), F(stud_std, 0), 10000)
    M.append(('p', '捐赠物资已全部按捐赠人意愿或困难程度发放，共惠及困难家庭%s户，户均折合%s元。' % (I(goods_households), F(goods_hh_avg))))
    L.ratio('物资户均折合（元）', F(goods_hh_avg), F(goods_out), I(goods_households), 10000)

    M.append(('h', '三、结余情况'))
    M.append(('p', '年初捐赠资金结转%s万元，加上本年接收捐赠资金%s万元和利息收入%s万元，可使用资金共%s万元，本年使用%s万元，'
                   '资金使用率%s%%。截至2024年12月31日，捐赠资金结余%s万元，均存放于县红十字会专用账户。'
                   % (F(carry), F(inc), F(interest), F(avail), F(spend), P(use_rate), F(bal))))
    L.sum('可使用资金 = 年初结转 + 捐赠资金 + 利息', F(avail), [F(carry), F(inc), F(interest)])
    L.ratio('资金使用率 = 本年使用 / 可使用资金', P(use_rate), F(spend), F(avail))
    L.lin('年末结余 = 年初结转 + 捐赠资金 + 利息 - 使用', F(bal), [('+', F(carry)), ('+', F(inc)), ('+', F(interest)),
                                                               ('-', F(spend))])
    M.append(('p', '捐赠物资年初库存折价%s万元，年末库存折价%s万元（折合%s元），主要为定向用于2025年春节走访慰问的食用油。'
                   % (F(goods_carry), F(gbal), I(gbal * 10000))))
    L.lin('物资年末库存 = 年初 + 接收 - 发放', F(gbal), [('+', F(goods_carry)), ('+', F(gtot)), ('-', F(goods_out))])
    L.conv('物资年末库存以元重述', I(gbal * 10000), F(gbal), 10000)

    M.append(('h', '四、有关说明'))
    M.append(('p', '县红十字会工作经费由县级财政预算保障，2024年未从捐赠款物中列支管理费用。结余的定向捐赠资金将按捐赠协议于2025年6月30日前'
                   '使用完毕。公示期为10个工作日，如有疑问，请拨打监督电话%s。' % phone))
    L.anchor('监督电话', phone)
    L.anchor('文号', docno)
    M.append(('sign', ['楣江县红十字会', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    facts = {'date': date, 'docno': docno}
    return M, L, META, facts
