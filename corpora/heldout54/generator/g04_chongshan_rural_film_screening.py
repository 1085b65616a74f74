# -*- coding: utf-8 -*-
"""t04 翀山县 农村公益电影放映补助资金2024年度项目支出绩效自评报告 (pdf)"""
from lib54 import *

NAME = 't04_chongshan_county_culture_bureau_rural_public_film_screening_subsidy_project_selfeval_2024'
EXT = 'pdf'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    towns = [('翀城镇', 28, 340, 15640), ('翀东镇', 24, 290, 12470), ('翀西镇', 26, 316, 14220),
             ('北翀乡', 19, 228, 9350), ('南翀乡', 22, 266, 11440), ('上翀乡', 25, 302, 13890),
             ('翀口镇', 31, 374, 17580), ('翀源乡', 11, 152, 6230)]
    per_month = D(1)
    std_up, std_cnty = D(100), D(100)           # 元/场
    sets, set_price = D(6), D('2.80')           # 套, 万元/套
    equip_act = D('16.38')
    kj, kj_prev, shows_prev, view_prev = D(872), D(771), D(2190), D(90228)
    survey, survey_ok = D(540), D(520)
    operators = D(24)
    films = dict(gs=D(108), kjp=D(48))
    labor_std = D(60)
    days = D(366)
    deduct = [('决策', D(15), D('0.00'), '—'), ('过程', D(25), D('0.50'), '设备采购资金未在第三季度前支付完毕'),
              ('产出', D(35), D('1.00'), '个别村放映时间集中在农闲月份'), ('效益', D(25), D('1.20'), '青少年观众占比偏低')]
    date = '2025年3月20日'
    docno = '翀文旅〔2025〕10号'
    phone = '0734-8271956'

    # ---------------- derived
    n_town = len(towns)
    vil = sum(D(t[1]) for t in towns)
    plan = vil * 12 * per_month
    shows = sum(D(t[2]) for t in towns)
    views = sum(D(t[3]) for t in towns)
    sub_up = q(plan * std_up / 10000); sub_cnty = q(plan * std_cnty / 10000)
    sub = sub_up + sub_cnty
    equip = q(sets * set_price)
    budget = sub + equip
    actual = sub + equip_act
    kj_sh = q(kj / shows * 100); kj_sh_prev = q(kj_prev / shows_prev * 100)
    assert kj_sh > kj_sh_prev
    avg_view = q(views / shows); avg_view_prev = q(view_prev / shows_prev)
    tot_ded = sum(x[2] for x in deduct)
    score = 100 - tot_ded
    assert sum(x[1] for x in deduct) == 100

    V.update(per_month=I(per_month), n_town=I(n_town), vil=I(vil), plan=I(plan), shows=I(shows), views=I(views),
             compl=P(shows / plan * 100), std=I(std_up + std_cnty), std_up=I(std_up), std_cnty=I(std_cnty),
             sub_up=F(sub_up), sub_cnty=F(sub_cnty), sub=F(sub), sets=I(sets), set_price=P(set_price),
             equip=F(equip), budget=F(budget), equip_act=F(equip_act), save=F(equip - equip_act),
             actual=F(actual), exec_rate=P(actual / budget * 100), cov=P(vil / vil * 100),
             kj=I(kj), kj_sh=P(kj_sh), kj_sh_prev=P(kj_sh_prev), kj_pp=P(kj_sh - kj_sh_prev),
             avg_view=P(avg_view), avg_view_prev=P(avg_view_prev), avg_view_inc=P(avg_view - avg_view_prev),
             days=I(days), daily=P(shows / days), operators=I(operators), per_op=P(shows / operators),
             survey=I(survey), survey_ok=I(survey_ok), sat=P(survey_ok / survey * 100),
             score=P(score), grade='优', films=I(sum(films.values())), films_gs=I(films['gs']),
             films_kj=I(films['kjp']), labor_std=I(labor_std), labor=F(shows * labor_std / 10000),
             other=F(sub - q(shows * labor_std / 10000)), date=date, docno=docno, phone=phone)
    trows = []
    for i, (nm, v, s, w) in enumerate(towns):
        V['tv%d' % i] = I(v); V['tp%d' % i] = I(D(v) * 12); V['ts%d' % i] = I(s); V['tw%d' % i] = I(w)
        V['tm%d' % i] = F(D(v) * 12 * (std_up + std_cnty) / 10000)
        trows.append([nm] + ['{%s%d}' % (c, i) for c in ('tv', 'tp', 'ts', 'tw', 'tm')])
        L.prod('tp%d' % i, '表1 %s 应放映=村数×12' % nm, ['tv%d' % i, '=12'], 'tp%d' % i)
        L.prod('tm%d' % i, '表1 %s 补助=应放映×200元' % nm, ['tp%d' % i, '=200'], 'tm%d' % i, scale='0.0001')
    for c, lab, val in (('tv', '行政村', vil), ('tp', '应放映场次', plan), ('ts', '实际放映场次', shows),
                        ('tw', '观众人次', views), ('tm', '补助资金', sub)):
        V[c + '_tot'] = F(val) if c == 'tm' else I(val)
        L.sum(c + '_sum', '表1 %s列合计' % lab, ['%s%d' % (c, i) for i in range(n_town)], c + '_tot')
    trows.append(['合计'] + ['{%s_tot}' % c for c in ('tv', 'tp', 'ts', 'tw', 'tm')])
    srows = []
    for i, (nm, fz, kf, why) in enumerate(deduct):
        V['fz%d' % i] = P(fz, 0); V['kf%d' % i] = P(kf); V['df%d' % i] = P(fz - kf)
        srows.append([nm, '{fz%d}' % i, '{kf%d}' % i, '{df%d}' % i, why])
        L.lin('df%d' % i, '表2 %s 得分=分值-扣分' % nm, [(1, 'fz%d' % i), (-1, 'kf%d' % i)], 'df%d' % i)
    V['fz_tot'] = '100'; V['kf_tot'] = P(tot_ded); V['df_tot'] = P(score)
    srows.append(['合计', '{fz_tot}', '{kf_tot}', '{df_tot}', ''])

    # ---------------- text
    d.title('农村公益电影放映补助资金2024年度项目支出绩效自评报告')
    d.sub('翀山县文化广电体育和旅游局　　{docno}')
    d.h('一、项目基本情况')
    d.p('项目覆盖全县{n_town}个乡镇{vil}个行政村，按“每村每月放映{per_month}场”的标准，全年应放映{plan}场。补助标准为每场'
        '{std}元，其中上级补助{std_up}元、县级配套{std_cnty}元，据此核定放映补助资金{sub}万元（上级{sub_up}万元、'
        '县级{sub_cnty}万元）。另安排县级资金{equip}万元，更新数字电影放映设备{sets}套，每套预算{set_price}万元。'
        '项目预算合计{budget}万元。')
    d.h('二、资金执行情况')
    d.p('放映补助资金{sub}万元已按应放映场次全额拨付各乡镇综合文化站，超计划放映的场次不另行补助；放映设备经政府采购'
        '实际支出{equip_act}万元，节约{save}万元。项目实际支出{actual}万元，预算执行率{exec_rate}%。')
    d.p('放映补助资金中，放映员劳务补贴按实际放映场次每场{labor_std}元列支，计{labor}万元；其余{other}万元'
        '用于影片版权、交通及放映耗材。全年通过公益电影服务平台订购影片{films}部，故事片和科教片'
        '分别为{films_gs}部和{films_kj}部，各乡镇放映情况见表1。')
    d.table('表1　2024年各乡镇公益电影放映情况', '（补助资金单位：万元）',
            ['乡镇', '行政村（个）', '应放映场次', '实际放映场次', '观众（人次）', '补助资金'], trows)
    d.h('三、绩效指标完成情况')
    d.p('产出方面，全年实际放映{shows}场，完成应放映场次的{compl}%，行政村覆盖率{cov}%；按{days}天计算，'
        '全县日均放映{daily}场。全县在岗放映员{operators}名，人均放映{per_op}场。其中放映科教片{kj}场，'
        '科教片场次占比{kj_sh}%，较上年的{kj_sh_prev}%提升{kj_pp}个百分点。')
    d.p('效益方面，全年观众{views}人次，场均{avg_view}人次，上年场均{avg_view_prev}人次，增加{avg_view_inc}人次。'
        '随机调查观众{survey}人，表示满意的{survey_ok}人，满意度{sat}%。')
    d.h('四、自评结论')
    d.p('按照指标体系逐项评分，各一级指标扣分情况见表2，综合得分{score}分，自评等级为“{grade}”。')
    d.table('表2　一级指标扣分及得分情况', '',
            ['一级指标', '分值', '扣分', '得分', '扣分说明'], srows)
    d.h('五、下一步工作')
    d.p('一是2025年二季度前完成剩余老旧放映设备评估；二是增加适合青少年的影片比重；三是推行放映场次线上签到。'
        '联系电话：{phone}。')
    d.sign('翀山县文化广电体育和旅游局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone); L.anchor('等级', '自评等级为“优”')
    L.dated('date', '落款晚于年度终了', 'date', '2024-12-31')
    L.prod('plan', '应放映=村数×12', ['vil', '=12'], 'plan')
    L.sum('std', '补助标准=上级+县级', ['std_up', 'std_cnty'], 'std')
    L.prod('sub_up', '上级补助=应放映×100元', ['plan', 'std_up'], 'sub_up', scale='0.0001')
    L.prod('sub_cnty', '县级配套=应放映×100元', ['plan', 'std_cnty'], 'sub_cnty', scale='0.0001')
    L.sum('sub', '放映补助=上级+县级', ['sub_up', 'sub_cnty'], 'sub')
    L.prod('equip', '设备预算=套数×单价', ['sets', 'set_price'], 'equip')
    L.sum('budget', '预算合计=放映补助+设备', ['sub', 'equip'], 'budget')
    L.lin('save', '节约=设备预算-实际', [(1, 'equip'), (-1, 'equip_act')], 'save')
    L.sum('actual', '实际支出=放映补助+设备实际', ['sub', 'equip_act'], 'actual')
    L.prod('labor', '劳务补贴=实际场次×60元', ['shows', 'labor_std'], 'labor', scale='0.0001')
    L.lin('other', '其余=放映补助-劳务补贴', [(1, 'sub'), (-1, 'labor')], 'other')
    L.sum('films', '影片=故事片+科教片', ['films_gs', 'films_kj'], 'films')
    L.ratio('exec', '预算执行率', 'actual', 'budget', 'exec_rate')
    L.eq('tv_eq', '表1 行政村合计=正文', ['tv_tot', 'vil'])
    L.eq('tp_eq', '表1 应放映合计=正文', ['tp_tot', 'plan'])
    L.eq('ts_eq', '表1 实际放映合计=正文', ['ts_tot', 'shows'])
    L.eq('tw_eq', '表1 观众合计=正文', ['tw_tot', 'views'])
    L.eq('tm_eq', '表1 补助合计=正文', ['tm_tot', 'sub'])
    L.ratio('compl', '放映完成率', 'shows', 'plan', 'compl')
    L.ratio('cov', '行政村覆盖率', 'vil', 'vil', 'cov')
    L.ratio('daily', '日均放映(366天)', 'shows', 'days', 'daily', scale=1)
    L.ratio('per_op', '人均放映', 'shows', 'operators', 'per_op', scale=1)
    L.ratio('kj_sh', '科教片占比', 'kj', 'shows', 'kj_sh')
    L.pp('kj_pp', '科教片占比提升百分点', 'kj_sh_prev', 'kj_sh', 'kj_pp', '=升')
    L.ratio('avg_view', '场均观众', 'views', 'shows', 'avg_view', scale=1)
    L.lin('avg_inc', '场均观众增加', [(1, 'avg_view'), (-1, 'avg_view_prev')], 'avg_view_inc')
    L.ratio('sat', '满意度', 'survey_ok', 'survey', 'sat')
    L.sum('fz_sum', '表2 分值合计', ['fz%d' % i for i in range(len(deduct))], 'fz_tot')
    L.sum('kf_sum', '表2 扣分合计', ['kf%d' % i for i in range(len(deduct))], 'kf_tot')
    L.sum('df_sum', '表2 得分合计', ['df%d' % i for i in range(len(deduct))], 'df_tot')
    L.lin('score', '综合得分=100-扣分合计', [(1, 'fz_tot'), (-1, 'kf_tot')], 'score')
    L.eq('score_eq', '结论得分=表2合计', ['score', 'df_tot'])
    L.band('band', '得分对应等级(≥90优)', 'score', [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')], 'grade')
    L.assert_all(V)
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_pdf(d, VV, dict(title='农村公益电影放映补助资金2024年度项目支出绩效自评报告',
                                                         author='翀山县文化广电体育和旅游局')),
                facts=dict(date=date, docno=docno))
