# -*- coding: utf-8 -*-
"""t06 檎山县林业局、财政局 2024年度森林生态效益补偿资金兑付情况公示 (docx)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't06_qinshan_county_forest_ecological_benefit_compensation_payout_notice_2024.docx'


def build():
    L = Ledger()
    d = Doc()
    docno = '檎林联〔2025〕2号'
    date = '2025年1月20日'

    towns = [('荜塘镇', 52360, 1846), ('萆岭乡', 48915, 1512), ('苫坪乡', 41287, 1203), ('荦口镇', 43858, 1378)]
    std_all, std_owner, std_care = '15.00', '14.25', '0.75'
    assert D(std_owner) + D(std_care) == D(std_all)
    hh_prev = 5902
    rangers = 42

    area = sum(a for _, a, _ in towns)
    hh = sum(h for _, _, h in towns)
    money_all = P(q(D(area) * D(std_all) / 10000, 2))
    money_owner = P(q(D(area) * D(std_owner) / 10000, 2))
    money_care = P(q(D(area) * D(std_care) / 10000, 2))
    assert D(money_owner) + D(money_care) == D(money_all)
    owner_yuan = F(D(area) * D(std_owner), 2)
    hh_d = hh - hh_prev
    hh_r = P(pct(hh_d, hh_prev))
    per_ranger = F(q(D(money_care) * 10000 / rangers, 2))
    big = towns[0]
    big_sh = P(pct(big[1], area))

    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date)
    L.count('涉及4个乡镇', '4', [t[0] for t in towns])
    L.sum('补偿标准 = 损失性补偿 + 公共管护', std_all, [std_owner, std_care])
    L.prod('补偿资金 = 面积 × 15.00元（元→万元）', money_all, I(area), std_all, '10000')
    L.prod('兑付到户资金 = 面积 × 14.25元（元→万元）', money_owner, I(area), std_owner, '10000')
    L.prod('公共管护资金 = 面积 × 0.75元（元→万元）', money_care, I(area), std_care, '10000')
    L.sum('补偿资金 = 兑付到户 + 公共管护', money_all, [money_owner, money_care])
    L.prod('兑付到户资金（元）= 面积 × 14.25', owner_yuan, I(area), std_owner)
    L.growth('兑付户数较上年增加、增长', I(hh), I(hh_prev), str(hh_d), hh_r, ('增加', '增幅'))
    L.ratio('专职护林员人均管护经费（元）', per_ranger, money_care, str(rangers), '10000')
    L.ratio('荜塘镇面积占全县补偿面积', big_sh, I(big[1]), I(area))

    t1 = [['乡镇', '补偿面积（亩）', '兑付资金（元）', '兑付户数（户）', '户均兑付（元）']]
    avgs = {}
    for name, a, h in towns:
        m = F(D(a) * D(std_owner), 2)
        av = F(q(D(a) * D(std_owner) / h, 2))
        avgs[name] = av
        t1.append([name, I(a), m, I(h), av])
        L.prod('表1 %s 兑付资金 = 面积 × 14.25' % name, m, I(a), std_owner)
        L.ratio('表1 %s 户均兑付' % name, av, m, I(h), '1')
    tot_avg = F(q(D(owner_yuan) / hh, 2))
    t1.append(['合计', I(area), owner_yuan, I(hh), tot_avg])
    L.sum('表1 面积合计', I(area), [I(a) for _, a, _ in towns])
    L.sum('表1 兑付资金合计', owner_yuan, [r[2] for r in t1[1:-1]])
    L.sum('表1 户数合计', I(hh), [I(h) for _, _, h in towns])
    L.ratio('表1 合计户均兑付', tot_avg, owner_yuan, I(hh), '1')
    tiers = (312, 1684, 3943)
    L.sum('单户兑付分档户数分别为', I(hh), [I(x) for x in tiers])
    local_area, local_std = 32400, '15.00'
    local_money = P(q(D(local_area) * D(local_std) / 10000, 2))
    L.prod('地方公益林补偿资金 = 面积 × 标准（元→万元）', local_money, I(local_area), local_std, '10000')
    t2 = [['年度', '补偿面积（亩）', '补偿标准（元/亩）', '补偿资金（万元）']]
    for yr, a in (('2022年', 184960), ('2023年', area), ('2024年', area)):
        m = P(q(D(a) * D(std_all) / 10000, 2))
        t2.append([yr, I(a), std_all, m])
        L.prod('表2 %s 补偿资金 = 面积 × 标准' % yr, m, I(a), std_all, '10000')
    L.eq('2024年面积与上年持平', t2[3][1], t2[2][1])
    L.eq('表2 2024年补偿资金与正文一致', t2[3][3], money_all)
    patrol = 6350
    cases = ['乱砍滥伐林木', '非法占用林地', '违规采挖林下植物']
    L.count('破坏林地行为3起', '3', cases)
    hi = max(avgs, key=lambda k: D(avgs[k]))
    L.extreme('户均兑付最高的乡镇', 'max', hi, avgs[hi], [v for k, v in avgs.items() if k != hi])

    d.title('檎山县2024年度森林生态效益补偿资金兑付情况公示')
    d.sub(docno)
    d.p('根据森林生态效益补偿资金管理有关规定，现将我县2024年度森林生态效益补偿资金兑付情况公示如下：')
    d.h('一、补偿范围和标准')
    d.p('2024年度纳入补偿范围的集体和个人所有国家级公益林%s亩，与上年持平，涉及4个乡镇，即%s。补偿标准为每亩每年%s元，'
        '其中损失性补偿%s元，直接兑付给林权权利人；公共管护支出%s元，由县林业局统筹用于公益林管护。'
        % (I(area), '、'.join(t[0] for t in towns[:-1]) + '和' + towns[-1][0], std_all, std_owner, std_care))
    d.h('二、资金安排和兑付情况')
    d.p('全县安排森林生态效益补偿资金%s万元，其中兑付到户资金%s万元、公共管护资金%s万元。兑付到户资金已于2024年12月20日前'
        '通过惠农资金“一卡通”全部发放，共兑付%s户，增加%d户，增幅%s%%，上年为%s户，主要是林权分户登记增加。'
        % (money_all, money_owner, money_care, I(hh), hh_d, hh_r, I(hh_prev)))
    d.p('公共管护资金用于聘用专职护林员%d名，人均管护经费%s元。%s补偿面积最大，占全县补偿面积的%s%%；'
        '户均兑付最高的是%s，为%s元。各乡镇兑付明细如下：' % (rangers, per_ranger, big[0], big_sh, hi, avgs[hi]))
    d.cap('表1　2024年度森林生态效益补偿资金兑付明细')
    d.table('表1', t1)
    d.p('按单户兑付金额分档，1,000元以上、500元至1,000元和500元以下的户数分别为%s户、%s户和%s户。'
        '另外，县级财政安排地方公益林补偿资金%s万元，补偿地方公益林%s亩，每亩%s元，该部分资金单独核算，未列入上表。'
        % (I(tiers[0]), I(tiers[1]), I(tiers[2]), local_money, I(local_area), local_std))
    d.cap('表2　近三年国家级公益林补偿情况')
    d.table('表2', t2)
    d.p('全年组织公益林巡护%s人次，发现并制止破坏林地行为%d起，即%s，均已依法处理。公益林区未发生森林火灾。'
        % (I(patrol), len(cases), '、'.join(cases[:-1]) + '和' + cases[-1]))
    d.h('三、公示及监督')
    d.p('公示期为2025年1月20日至1月26日。对公示内容有异议的，请在公示期内向县林业局或所在乡镇反映。'
        '监督电话：0736-5173046（县林业局）、0736-3920518（县财政局）。')
    d.sign('檎山县林业局　　檎山县财政局', date)
    meta = {'name': NAME, 'format': 'docx', 'date': date, 'docno': docno,
            'title': '檎山县2024年度森林生态效益补偿资金兑付情况公示', 'author': '檎山县林业局'}
    return d, L, meta
