# -*- coding: utf-8 -*-
"""t05 桄川县 2025年度非物质文化遗产代表性传承人传习补助发放情况公示 (txt, space-aligned table, 元)"""
from lib54 import *

NAME = 't05_guangchuan_county_intangible_cultural_heritage_representative_inheritor_subsidy_payment_notice_2025'
EXT = 'txt'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    # 类别, 市级, 县级全年, 县级半年, 传习场次, 带徒
    cats = [('传统音乐', 2, 6, 1, 38, 21), ('传统舞蹈', 1, 5, 0, 26, 15), ('传统戏剧', 3, 4, 2, 45, 19),
            ('传统美术', 1, 6, 1, 31, 24), ('传统技艺', 3, 5, 2, 52, 33), ('民俗', 1, 3, 0, 18, 8)]
    proj_city, proj_cnty = D(9), D(23)
    std_city, std_cnty = D(4000), D(2400)         # 元/人·年
    half_months = D(6)
    suspended = D(1)
    eval_ex, eval_ok = D(9), D(37)
    prev_money, prev_people = D(108000), D(41)
    young, young_prev, app_prev = D(54), D(37), D(96)
    fund, house = D('15.00'), D('2.40')           # 万元
    date = '2026年1月22日'
    docno = '桄文旅发〔2026〕2号'
    phone = '0746-3592814'

    # ---------------- derived
    half_amt = std_cnty * half_months / 12
    cities = sum(D(c[1]) for c in cats); full = sum(D(c[2]) for c in cats); half = sum(D(c[3]) for c in cats)
    paid = cities + full + half
    cnty_all = full + half + suspended
    recog = cities + cnty_all
    money = cities * std_city + full * std_cnty + half * half_amt
    money_w = q(money / 10000)
    shows = sum(D(c[4]) for c in cats); app = sum(D(c[5]) for c in cats)
    y_sh = q(young / app * 100); y_sh_prev = q(young_prev / app_prev * 100)
    assert y_sh > y_sh_prev
    left = fund - money_w - house
    assert left > 0

    V.update(n_cat=I(len(cats)), proj=I(proj_city + proj_cnty), proj_city=I(proj_city), proj_cnty=I(proj_cnty),
             recog=I(recog), r_city=I(cities), r_cnty=I(cnty_all), std_city=I(std_city), std_cnty=I(std_cnty),
             half_m=I(half_months), half_amt=I(half_amt), susp=I(suspended), paid=I(paid),
             eval_n=I(recog), eval_ex=I(eval_ex), eval_ok=I(eval_ok), eval_bad=I(suspended),
             money=I(money), m_city=I(cities * std_city), m_full=I(full * std_cnty), m_half=I(half * half_amt),
             per=F(money / paid), shows=I(shows), per_show=P(shows / paid), app=I(app),
             young=I(young), y_sh=P(y_sh), y_sh_prev=P(y_sh_prev), y_pp=P(y_sh - y_sh_prev),
             prev_money=I(prev_money), prev_people=I(prev_people), m_inc=I(money - prev_money),
             m_rate=P((money - prev_money) / prev_money * 100), p_inc=I(paid - prev_people),
             fund=F(fund), money_w=F(money_w), house=F(house), left=F(left), m_sh=P(money_w / fund * 100),
             c_b=I(cities), f_b=I(full), h_b=I(half), date=date, docno=docno, phone=phone)
    L.sum('paid_b', '三类计发人数之和=发放人数', ['c_b', 'f_b', 'h_b'], 'paid')
    cols = ('c', 'f', 'h', 'amt', 's', 'a')
    trows = []
    for i, (nm, c, f, h, s, a) in enumerate(cats):
        amt = D(c) * std_city + D(f) * std_cnty + D(h) * half_amt
        for col, v in zip(cols, (c, f, h, amt, s, a)):
            V['%s%d' % (col, i)] = I(v)
        trows.append([nm] + ['{%s%d}' % (col, i) for col in cols])
        L.lin('amt%d' % i, '表 %s 补助=市级×4000+县级×2400+半年×1200' % nm,
              [(4000, 'c%d' % i), (2400, 'f%d' % i), (1200, 'h%d' % i)], 'amt%d' % i)
    for col, v, lab in zip(cols, (cities, full, half, money, shows, app),
                           ('市级', '县级全年', '县级半年', '补助金额', '传习活动', '带徒')):
        V[col + '_t'] = I(v)
        L.sum(col + '_t', '表 合计行 %s列' % lab, ['%s%d' % (col, i) for i in range(len(cats))], col + '_t')
    trows.append(['合计'] + ['{%s_t}' % col for col in cols])

    # ---------------- text
    d.title('桄川县文化和旅游局　桄川县财政局')
    d.title('关于2025年度非物质文化遗产代表性传承人传习补助发放情况的公示')
    d.sub('{docno}')
    d.p('为支持非物质文化遗产代表性传承人开展传习活动，根据县非物质文化遗产代表性传承人认定与管理办法，'
        '现将2025年度传习补助发放情况公示如下。')
    d.h('一、基本情况')
    d.p('全县现有市级、县级非物质文化遗产代表性项目{proj}项，其中市级{proj_city}项、县级{proj_cnty}项。'
        '截至2025年底，认定代表性传承人{recog}人，其中市级{r_city}人、县级{r_cnty}人，'
        '分布在{n_cat}个项目类别，即' + '、'.join(c[0] for c in cats) + '。')
    d.h('二、补助标准及考核')
    d.p('传习补助标准为：市级代表性传承人每人每年{std_city}元，县级代表性传承人每人每年{std_cnty}元；'
        '2025年7月新认定的县级传承人按{half_m}个月计发，每人{half_amt}元。全年参加传习考核{eval_n}人，'
        '考核优秀{eval_ex}人、合格{eval_ok}人、不合格{eval_bad}人；考核不合格的{susp}人暂停发放，不列入下表。')
    d.h('三、发放情况')
    d.p('2025年向{paid}名传承人发放传习补助{money}元，其中市级传承人{m_city}元、县级全年计发{m_full}元、'
        '县级半年计发{m_half}元，三类计发人数分别为{c_b}人、{f_b}人和{h_b}人，人均{per}元。与上年相比，发放人数由{prev_people}人增至{paid}人，增加{p_inc}人；'
        '发放金额比上年的{prev_money}元增加{m_inc}元，增长{m_rate}%。分类别明细如下：')
    d.table('2025年度非物质文化遗产代表性传承人传习补助发放明细表', '单位：人、元、场次',
            ['项目类别', '市级传承人', '县级（全年）', '县级（半年）', '补助金额', '传习活动', '带徒人数'], trows)
    d.p('全年传承人共开展传习活动{shows}场次，平均每人{per_show}场次；带徒{app}人，其中35周岁以下{young}人，'
        '占{y_sh}%，比上年的{y_sh_prev}%提高{y_pp}个百分点。')
    d.h('四、资金来源')
    d.p('本次补助从县级非物质文化遗产保护专项资金中列支。2025年该专项资金{fund}万元，其中传承人传习补助'
        '{money_w}万元，占{m_sh}%；传习所运行补助{house}万元；剩余{left}万元用于2026年1月开展的年度考核评估。')
    d.h('五、公示及监督')
    d.p('公示期为2026年1月23日至1月29日。如有异议，请在公示期内向县文化和旅游局非遗股反映，'
        '监督电话：{phone}。')
    d.sign('桄川县文化和旅游局　　桄川县财政局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone)
    L.dated('date', '落款晚于年度终了', 'date', '2025-12-31')
    L.sum('proj', '项目=市级+县级', ['proj_city', 'proj_cnty'], 'proj')
    L.sum('recog', '传承人=市级+县级', ['r_city', 'r_cnty'], 'recog')
    L.count('cats', '项目类别数=列举', 'n_cat', [c[0] for c in cats])
    L.ratio('half', '半年计发=2400×6/12', 'std_cnty', '=2', 'half_amt', scale=1)
    L.sum('eval', '考核人数=优秀+合格+不合格', ['eval_ex', 'eval_ok', 'eval_bad'], 'eval_n')
    L.eq('eval_eq', '考核人数=认定人数', ['eval_n', 'recog'])
    L.lin('paid', '发放人数=认定-暂停', [(1, 'recog'), (-1, 'susp')], 'paid')
    L.sum('paid_t', '发放人数=表中市级+县级全年+半年', ['c_t', 'f_t', 'h_t'], 'paid')
    L.eq('city_eq', '市级传承人=表合计', ['r_city', 'c_t'])
    L.lin('cnty_eq', '县级传承人=表县级全年+半年+暂停', [(1, 'f_t'), (1, 'h_t'), (1, 'susp')], 'r_cnty')
    L.prod('m_city', '市级补助=人数×4000', ['c_t', 'std_city'], 'm_city')
    L.prod('m_full', '县级全年=人数×2400', ['f_t', 'std_cnty'], 'm_full')
    L.prod('m_half', '县级半年=人数×1200', ['h_t', 'half_amt'], 'm_half')
    L.sum('money', '补助=市级+县级全年+半年', ['m_city', 'm_full', 'm_half'], 'money')
    L.eq('money_eq', '补助总额=表合计', ['money', 'amt_t'])
    L.ratio('per', '人均补助', 'money', 'paid', 'per', scale=1)
    L.growth('p_g', '发放人数较上年', 'prev_people', 'paid', 'p_inc', None, '=增')
    L.growth('m_g', '发放金额较上年', 'prev_money', 'money', 'm_inc', 'm_rate', '=增')
    L.eq('shows_eq', '传习场次=表合计', ['shows', 's_t'])
    L.eq('app_eq', '带徒=表合计', ['app', 'a_t'])
    L.ratio('per_show', '平均每人传习场次', 'shows', 'paid', 'per_show', scale=1)
    L.ratio('y_sh', '35岁以下徒弟占比', 'young', 'app', 'y_sh')
    L.pp('y_pp', '占比提高百分点', 'y_sh_prev', 'y_sh', 'y_pp', '=升')
    L.ratio('money_w', '元折合万元', 'money', '=10000', 'money_w', scale=1)
    L.ratio('m_sh', '传承人补助占专项资金', 'money_w', 'fund', 'm_sh')
    L.lin('left', '剩余=专项资金-传承人补助-传习所补助', [(1, 'fund'), (-1, 'money_w'), (-1, 'house')], 'left')
    L.assert_all(V)
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_txt(d, VV, 'space'),
                facts=dict(date=date, docno=docno))
