# -*- coding: utf-8 -*-
"""t03 楫江县 2024年度乡村公益性岗位补贴资金使用情况公示 (portal html, 小计 rows)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't03_jijiang_county_rural_public_welfare_post_subsidy_usage_disclosure_2024.html'
META = dict(format='html', org='楫江县人力资源和社会保障局', portal='楫江县人民政府门户网站')


def build():
    L = Ledger(NAME)
    docno = '楫人社联〔2025〕3号'
    date = '2025年1月24日'
    phone = '0737-8264159'
    L.facts['docno'] = docno
    std = 600  # 元/人·月

    kinds = ['乡村道路维护', '农村环境保洁', '水利设施管护', '村级公共服务', '防返贫监测信息员']
    L.count('岗位类型 类数 = 列举', '5', kinds)
    kind_n = [148, 186, 72, 84, 34]
    towns = [('菅口镇', 126, 1468), ('蔸溪镇', 104, 1205), ('莕湾镇', 98, 1139)]
    xiang = [('藁坪乡', 72, 836), ('楱塘乡', 65, 754), ('檩桥乡', 59, 688)]
    for n, posts, pm in towns + xiang:
        assert pm <= posts * 12
    amt = lambda pm: D(pm) * std / 10000
    tz = (sum(t[1] for t in towns), sum(t[2] for t in towns))
    xz = (sum(t[1] for t in xiang), sum(t[2] for t in xiang))
    tot = (tz[0] + xz[0], tz[1] + xz[1])
    L.sum('表1 镇小计 岗位数', [str(t[1]) for t in towns], str(tz[0]), tag='t03_subtotal')
    L.sum('表1 镇小计 人月数', [I(t[2]) for t in towns], I(tz[1]))
    L.sum('表1 镇小计 金额', [F(amt(t[2])) for t in towns], F(amt(tz[1])))
    L.sum('表1 乡小计 岗位数', [str(t[1]) for t in xiang], str(xz[0]))
    L.sum('表1 乡小计 人月数', [I(t[2]) for t in xiang], I(xz[1]))
    L.sum('表1 乡小计 金额', [F(amt(t[2])) for t in xiang], F(amt(xz[1])))
    L.sum('表1 合计 岗位数 = 镇小计 + 乡小计', [str(tz[0]), str(xz[0])], str(tot[0]), tag='t03_subtotal')
    L.sum('表1 合计 人月数 = 镇小计 + 乡小计', [I(tz[1]), I(xz[1])], I(tot[1]))
    L.sum('表1 合计 金额 = 镇小计 + 乡小计', [F(amt(tz[1])), F(amt(xz[1]))], F(amt(tot[1])))
    for n, posts, pm in towns + xiang + [('镇小计',) + tz, ('乡小计',) + xz, ('合计',) + tot]:
        L.prod('表1 金额 = 人月数 x 600元 ' + n, I(pm), '600', F(amt(pm)), scale='0.0001')
    L.count('乡镇个数 = 列举', '6', [t[0] for t in towns + xiang])
    total = amt(tot[1])

    src_c, src_x = D('240.00'), D('125.40')
    assert src_c + src_x == total
    L.sum('补贴资金 = 中央衔接 + 县级', [F(src_c), F(src_x)], F(total))
    x_share = pct(src_x, total)
    L.rate('县级资金 占补贴资金', F(src_x), F(total), P(x_share))
    prev = D('338.16')
    g = total - prev
    g_r = pct(g, prev)
    L.growth('补贴资金 同比增长', F(total), F(prev), None, P(g_r), '增长')
    posts_prev = 497
    L.diff('岗位数 较上年增加', str(tot[0]), str(posts_prev), str(tot[0] - posts_prev))
    persons = 562
    avg = q(total * 10000 / persons, 2)
    L.quot('人均领取补贴（元） = 资金 / 累计享受人数', F(total), str(persons), F(avg), scale='10000', tag='t03_average')
    L.le('年末在岗 <= 累计享受', str(tot[0]), str(persons))
    poor = 398
    poor_r = pct(poor, tot[0])
    poor_prev = D('72.84')
    L.rate('脱贫人口 占在岗', str(poor), str(tot[0]), P(poor_r))
    L.pp('脱贫人口占比 提高个百分点', P(poor_r), P(poor_prev), P(poor_r - poor_prev), '提高')
    women = 231
    women_r = pct(women, tot[0])
    L.rate('女性 占在岗', str(women), str(tot[0]), P(women_r))
    per_town = q(D(tot[0]) / 6, 2)
    L.quot('平均每个乡镇 岗位数', str(tot[0]), '6', P(per_town))
    back_n, back_pm = 9, 27
    back_amt = D(back_pm) * std / 10000
    L.prod('追回补贴 = 人月 x 600', str(back_pm), '600', F(back_amt), scale='0.0001')
    L.sum('按岗位类型 岗位数之和 = 合计', [str(k) for k in kind_n], str(tot[0]))
    maxt = max(towns + xiang, key=lambda t: t[1])
    L.max('岗位最多乡镇', maxt[0], str(maxt[1]), [(t[0], str(t[1])) for t in towns + xiang])
    L.dated('落款日期晚于年度终了', date, tag='t03_date')
    L.anchor('文号', docno)
    L.anchor('电话', phone)

    B = [('title', '楫江县2024年度乡村公益性岗位补贴资金使用情况公示'),
         ('sub', docno),
         ('p', '为接受社会监督，现将2024年度全县乡村公益性岗位补贴资金使用情况公示如下。'),
         ('h', '一、岗位开发及安置情况'),
         ('p', '2024年全县在6个乡镇开发乡村公益性岗位{}个，比上年的{}个增加{}个，平均每个乡镇{}个，其中{}岗位最多，为{}个。'
               '岗位类型共5类，即{}、{}、{}、{}和{}，岗位数分别为{}个、{}个、{}个、{}个和{}个。年末在岗{}人，其中脱贫人口（含监测对象）{}人，占在岗人数的{}%，'
               '占比较上年的{}%提高{}个百分点；女性{}人，占{}%。'
               .format(tot[0], posts_prev, tot[0] - posts_prev, P(per_town), maxt[0], maxt[1], *kinds, *kind_n, tot[0], poor, P(poor_r),
                       P(poor_prev), P(poor_r - poor_prev), women, P(women_r))),
         ('h', '二、补贴资金筹集及发放情况'),
         ('p', '岗位补贴按每人每月{}元标准发放，由乡镇按月考核后通过社保卡直接发放至本人。全年补贴资金共计{}万元，'
               '同比增长{}%（上年{}万元），其中中央衔接推进乡村振兴补助资金{}万元、县级财政资金{}万元，'
               '县级资金占{}%。全年累计享受补贴{}人，人均领取补贴{}元。各乡镇发放情况见下表。'
               .format(std, F(total), P(g_r), F(prev), F(src_c), F(src_x), P(x_share), persons, F(avg))),
         ('cap', '2024年度乡村公益性岗位补贴发放情况（金额单位：万元）'),
         ('table', [['乡镇', '岗位数（个）', '补贴人月数', '发放金额']] +
                   [[t[0], str(t[1]), I(t[2]), F(amt(t[2]))] for t in towns] +
                   [['镇小计', str(tz[0]), I(tz[1]), F(amt(tz[1]))]] +
                   [[t[0], str(t[1]), I(t[2]), F(amt(t[2]))] for t in xiang] +
                   [['乡小计', str(xz[0]), I(xz[1]), F(amt(xz[1]))],
                    ['合计', str(tot[0]), I(tot[1]), F(total)]]),
         ('h', '三、监督管理情况'),
         ('p', '县人社局会同县财政局对岗位人员在岗履职情况开展季度抽查，清退长期不在岗人员{}人，追回违规领取补贴{}万元'
               '（共{}个人月），已全部缴回县级国库。'.format(back_n, F(back_amt), back_pm)),
         ('h', '四、下一步工作'),
         ('p', '2025年将继续按照“按需设岗、以岗定酬、总量控制”的原则，优先安置弱劳力、半劳力脱贫人口，加强岗位动态管理和考核，'
               '确保补贴资金按月足额发放到人。'),
         ('p', '公示期为自发布之日起7个工作日。如有异议，请向县人社局农村劳动力转移就业股反映，联系电话：{}。'.format(phone)),
         ('sign', ['楫江县人力资源和社会保障局　楫江县财政局', date])]
    return B, L, META
