# -*- coding: utf-8 -*-
"""t01 漭川县 2025年度生育保险基金收支情况通报 (txt, tab tables)"""
from lib54 import *

NAME = 't01_mangchuan_county_maternity_insurance_fund_income_expenditure_bulletin_2025'
EXT = 'txt'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    units, units_prev = D(2318), D(2236)
    ins = dict(qy=D(31486), jg=D(9752), qt=D(1208))
    ins_prev = D(41073)
    base_wage = D('382650.00')           # 缴费基数总额 万元
    rate = D('0.80')                     # %
    inc25 = dict(bf=D('3012.46'), lx=D('38.72'), qt=D('6.15'))
    inc24 = dict(bf=D('2836.50'), lx=D('33.18'), qt=D('5.22'))
    exp25 = dict(fm=D('812.30'), cj=D('274.12'), jt=D('1734.58'), js=D('42.16'))
    exp24 = dict(fm=D('790.14'), cj=D('258.22'), jt=D('1612.77'), js=D('40.22'))
    open_bal = D('1652.84')
    persons = dict(fm=D(2412), cj=D(9486), jt=D(2986), js=D(1137))
    hosp2 = ['漭川县人民医院', '漭川县妇幼保健院', '漭川县中医医院']
    n_hosp_tw = D(15)
    recov = D('12.36')
    sat_prev_days = D(158)
    date = '2026年2月26日'
    docno = '漭医保发〔2026〕4号'
    phone = '0738-6914205'

    # ---------------- derived
    ins_tot = sum(ins.values())
    i25 = sum(inc25.values()); i24 = sum(inc24.values())
    med25 = exp25['fm'] + exp25['cj']; med24 = exp24['fm'] + exp24['cj']
    e25 = med25 + exp25['jt'] + exp25['js']; e24 = med24 + exp24['jt'] + exp24['js']
    bal25 = i25 - e25; bal24 = i24 - e24
    close_bal = open_bal + bal25
    due = q(base_wage * rate / 100, 2)
    assert due > inc25['bf']
    monthly = q(e25 / 12, 2)
    months = q(close_bal / monthly, 2)
    jt_sh25 = q(exp25['jt'] / e25 * 100); jt_sh24 = q(exp24['jt'] / e24 * 100)
    assert jt_sh25 > jt_sh24

    V.update(units=I(units), units_prev=I(units_prev), units_inc=I(units - units_prev),
             ins_qy=I(ins['qy']), ins_jg=I(ins['jg']), ins_qt=I(ins['qt']), ins_tot=I(ins_tot),
             ins_prev=I(ins_prev), ins_inc=I(ins_tot - ins_prev), ins_rate=P((ins_tot - ins_prev) / ins_prev * 100),
             wage=F(base_wage), frate=P(rate), due=F(due), coll_rate=P(inc25['bf'] / due * 100),
             uncoll=F(due - inc25['bf']),
             i25=F(i25), i24=F(i24), i_inc=F(i25 - i24), i_rate=P((i25 - i24) / i24 * 100),
             bf_sh=P(inc25['bf'] / i25 * 100),
             e25=F(e25), e24=F(e24), e_inc=F(e25 - e24), e_rate=P((e25 - e24) / e24 * 100),
             jt_sh25=P(jt_sh25), jt_sh24=P(jt_sh24), jt_pp=P(jt_sh25 - jt_sh24),
             med25=F(med25), bal25=F(bal25), open_bal=F(open_bal), close_bal=F(close_bal),
             monthly=F(monthly), months=P(months),
             n_hosp2=I(len(hosp2)), n_hosp_tw=I(n_hosp_tw), n_hosp=I(len(hosp2) + n_hosp_tw), recov=F(recov),
             days=I(sat_prev_days),
             i25_c=F(i25), e25_c=F(e25), close_c=F(close_bal),
             date=date, docno=docno, phone=phone)
    for k in inc25:
        V['i25_' + k] = F(inc25[k]); V['i24_' + k] = F(inc24[k])
    for k in exp25:
        V['e25_' + k] = F(exp25[k]); V['e24_' + k] = F(exp24[k])
    V['e25_med'] = F(med25); V['e24_med'] = F(med24)
    V['bal24'] = F(bal24)
    # table change columns
    rows_def = [('i', '一、基金收入', i24, i25), ('i_bf', '　生育保险费收入', inc24['bf'], inc25['bf']),
                ('i_lx', '　利息收入', inc24['lx'], inc25['lx']), ('i_qt', '　其他收入', inc24['qt'], inc25['qt']),
                ('e', '二、基金支出', e24, e25), ('e_med', '　生育医疗费用', med24, med25),
                ('e_fm', '　　其中：住院分娩', exp24['fm'], exp25['fm']), ('e_cj', '　　　　　产前检查', exp24['cj'], exp25['cj']),
                ('e_jt', '　生育津贴', exp24['jt'], exp25['jt']), ('e_js', '　计划生育医疗费用', exp24['js'], exp25['js']),
                ('b', '三、当年收支结余', bal24, bal25)]
    trows = []
    for key, lab, a, b in rows_def:
        V['t24_' + key] = F(a); V['t25_' + key] = F(b)
        V['td_' + key] = F(b - a); V['tr_' + key] = P((b - a) / a * 100)
        trows.append([lab, '{t24_%s}' % key, '{t25_%s}' % key, '{td_%s}' % key, '{tr_%s}' % key])
        L.chg('tchg_' + key, '表1 %s 增减额/增减率' % lab.strip('　'), 't24_' + key, 't25_' + key, 'td_' + key, 'tr_' + key)
    for y in ('24', '25'):
        L.sum('t%s_i_sum' % y, '表1 20%s年 收入=三项' % y, ['t%s_i_bf' % y, 't%s_i_lx' % y, 't%s_i_qt' % y], 't%s_i' % y)
        L.sum('t%s_med_sum' % y, '表1 20%s年 生育医疗费用=分娩+产检' % y, ['t%s_e_fm' % y, 't%s_e_cj' % y], 't%s_e_med' % y)
        L.sum('t%s_e_sum' % y, '表1 20%s年 支出=医疗+津贴+计生' % y, ['t%s_e_med' % y, 't%s_e_jt' % y, 't%s_e_js' % y], 't%s_e' % y)
        L.lin('t%s_b' % y, '表1 20%s年 结余=收入-支出' % y, [(1, 't%s_i' % y), (-1, 't%s_e' % y)], 't%s_b' % y)
    L.sum('td_i_sum', '表1 增减额列 收入=三项', ['td_i_bf', 'td_i_lx', 'td_i_qt'], 'td_i')
    L.sum('td_e_sum', '表1 增减额列 支出=医疗+津贴+计生', ['td_e_med', 'td_e_jt', 'td_e_js'], 'td_e')
    # table 2
    amt_keys = dict(fm='e25_fm', cj='e25_cj', jt='e25_jt', js='e25_js')
    labs2 = dict(fm='住院分娩', cj='产前检查', jt='生育津贴', js='计划生育手术')
    t2rows = []
    for k in ('fm', 'cj', 'jt', 'js'):
        V['p_' + k] = I(persons[k]); V['t2a_' + k] = F(exp25[k]); V['avg_' + k] = F(exp25[k] * 10000 / persons[k])
        t2rows.append([labs2[k], '{p_%s}' % k, '{t2a_%s}' % k, '{avg_%s}' % k])
        L.ratio('avg2_' + k, '表2 %s 次均=金额/人次' % labs2[k], 't2a_' + k, 'p_' + k, 'avg_' + k, scale=10000)
    V['p_tot'] = I(sum(persons.values())); V['t2a_tot'] = F(e25)
    for k in persons:
        V['p_%s_b' % k] = I(persons[k])
        L.eq('p_%s_b' % k, '正文%s人次=表2' % labs2[k], ['p_%s_b' % k, 'p_' + k])
    t2rows.append(['合计', '{p_tot}', '{t2a_tot}', '—'])
    L.sum('t2_p', '表2 人次合计', ['p_fm', 'p_cj', 'p_jt', 'p_js'], 'p_tot')
    L.sum('t2_a', '表2 金额合计', ['t2a_fm', 't2a_cj', 't2a_jt', 't2a_js'], 't2a_tot')
    L.eq('t2_eq', '表2 合计=表1 2025年支出', ['t2a_tot', 't25_e'])

    # ---------------- text
    d.title('漭川县医疗保障局　漭川县财政局')
    d.title('关于2025年度生育保险基金收支情况的通报')
    d.sub('{docno}')
    d.p('各乡镇人民政府，县直各单位，各定点医疗机构：')
    d.p('现将漭川县2025年度生育保险基金收支情况通报如下。')
    d.h('一、参保情况')
    d.p('截至2025年12月31日，全县参加生育保险的用人单位{units}户，较上年末的{units_prev}户增加{units_inc}户；'
        '参保职工{ins_tot}人，其中企业职工{ins_qy}人、机关事业单位职工{ins_jg}人、社会团体及其他组织职工{ins_qt}人。'
        '参保职工人数比上年末增加{ins_inc}人，增幅{ins_rate}%（上年末为{ins_prev}人）。')
    d.h('二、基金收入')
    d.p('2025年生育保险基金收入{i25}万元，比上年增收{i_inc}万元，增幅{i_rate}%。其中：生育保险费收入{i25_bf}万元，'
        '占基金收入的{bf_sh}%；利息收入{i25_lx}万元；其他收入{i25_qt}万元，主要为滞纳金。')
    d.p('全年参保单位缴费基数总额{wage}万元，按{frate}%的费率计算，应征生育保险费{due}万元，实际征收{i25_bf}万元，'
        '征缴率{coll_rate}%，未征收到位的{uncoll}万元主要为3户停产企业欠缴，已纳入2026年清欠计划。')
    d.h('三、基金支出')
    d.p('2025年生育保险基金支出{e25}万元，较上年的{e24}万元多支出{e_inc}万元，增长{e_rate}%。分项看：生育医疗费用'
        '{med25}万元（住院分娩{e25_fm}万元、产前检查{e25_cj}万元）；生育津贴{e25_jt}万元，占基金支出的{jt_sh25}%，'
        '占比较上年的{jt_sh24}%上升{jt_pp}个百分点；计划生育医疗费用{e25_js}万元。')
    d.table('表1　漭川县生育保险基金收支情况', '金额单位：万元',
            ['项目', '2024年', '2025年', '增减额', '增减率（%）'], trows)
    d.p('全年享受各项生育保险待遇{p_tot}人次，住院分娩、产前检查、生育津贴和计划生育手术分别为{p_fm_b}人次、'
        '{p_cj_b}人次、{p_jt_b}人次和{p_js_b}人次。住院分娩次均支付{avg_fm}元，产前检查次均支付{avg_cj}元，'
        '享受生育津贴职工人均{avg_jt}元。生育津贴按职工所在用人单位上年度职工月平均工资计发，产假天数按{days}天执行。')
    d.table('表2　2025年生育保险待遇享受情况', '',
            ['待遇项目', '享受人次', '支付金额（万元）', '次均（人均）支付（元）'], t2rows)
    d.h('四、基金结余')
    d.p('收支相抵，2025年当年结余{bal25}万元。上年末滚存结余{open_bal}万元，加上当年结余，年末滚存结余{close_bal}万元。'
        '按2025年月均支出{monthly}万元测算，滚存结余可支付{months}个月。')
    d.h('五、基金监管')
    d.p('全年对生育医疗费用开展专项检查，覆盖定点医疗机构{n_hosp}家，其中二级以上医院{n_hosp2}家，即' + '、'.join(hosp2) +
        '，乡镇卫生院{n_hosp_tw}家；追回违规使用的生育保险基金{recov}万元，已全部退回基金专户。')
    d.h('六、总体评价')
    d.p('2025年，全县生育保险基金全年收入{i25_c}万元、支出{e25_c}万元，年末滚存结余{close_c}万元，基金运行总体平稳。'
        '各单位如对本通报数据有疑问，请与县医疗保障局基金监管股联系，联系电话：{phone}。')
    d.sign('漭川县医疗保障局　　漭川县财政局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone)
    L.dated('date', '落款晚于年度终了', 'date', '2025-12-31')
    L.growth('units', '参保单位较上年末增加', 'units_prev', 'units', 'units_inc', None, '=增')
    L.sum('ins_sum', '参保职工=企业+机关事业+其他', ['ins_qy', 'ins_jg', 'ins_qt'], 'ins_tot')
    L.growth('ins_g', '参保职工增加人数与增幅', 'ins_prev', 'ins_tot', 'ins_inc', 'ins_rate', '=增')
    L.growth('i_g', '基金收入增收额与增幅', 't24_i', 'i25', 'i_inc', 'i_rate', '=增')
    L.sum('i_sum', '基金收入=保险费+利息+其他(正文)', ['i25_bf', 'i25_lx', 'i25_qt'], 'i25')
    L.ratio('bf_sh', '保险费收入占基金收入比重', 'i25_bf', 'i25', 'bf_sh')
    L.prod('due', '应征=缴费基数×费率', ['wage', 'frate'], 'due', scale='0.01')
    L.ratio('coll', '征缴率=实征/应征', 'i25_bf', 'due', 'coll_rate')
    L.lin('uncoll', '未征=应征-实征', [(1, 'due'), (-1, 'i25_bf')], 'uncoll')
    L.growth('e_g', '基金支出增加额与增长率', 'e24', 'e25', 'e_inc', 'e_rate', '=增')
    L.sum('med_sum', '生育医疗费用=分娩+产检(正文)', ['e25_fm', 'e25_cj'], 'med25')
    L.sum('e_sum', '基金支出=医疗+津贴+计生(正文)', ['med25', 'e25_jt', 'e25_js'], 'e25')
    L.ratio('jt_sh25', '生育津贴占支出比重(2025)', 'e25_jt', 'e25', 'jt_sh25')
    L.ratio('jt_sh24', '生育津贴占支出比重(2024,表1)', 't24_e_jt', 't24_e', 'jt_sh24')
    L.pp('jt_pp', '津贴占比百分点变化', 'jt_sh24', 'jt_sh25', 'jt_pp', '=升')
    L.eq('e_eq', '正文支出=表1 2025年支出', ['e25', 't25_e'])
    L.eq('i_eq', '正文收入=表1 2025年收入', ['i25', 't25_i'])
    L.eq('e24_eq', '正文上年支出=表1 2024年支出', ['e24', 't24_e'])
    L.lin('bal', '当年结余=收入-支出', [(1, 'i25'), (-1, 'e25')], 'bal25')
    L.lin('roll', '年末滚存=上年末滚存+当年结余', [(1, 'open_bal'), (1, 'bal25')], 'close_bal')
    L.ratio('monthly', '月均支出=支出/12', 'e25', '=12', 'monthly', scale=1)
    L.ratio('months', '可支付月数=滚存结余/月均支出', 'close_bal', 'monthly', 'months', scale=1)
    L.sum('hosp', '检查机构=二级以上+乡镇卫生院', ['n_hosp2', 'n_hosp_tw'], 'n_hosp')
    L.count('hosp2', '二级以上医院家数=列举', 'n_hosp2', hosp2)
    L.eq('c_i', '结语收入=正文收入', ['i25_c', 'i25'])
    L.eq('c_e', '结语支出=正文支出', ['e25_c', 'e25'])
    L.eq('c_close', '结语滚存结余=正文', ['close_c', 'close_bal'])
    L.assert_all(V)
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_txt(d, VV, 'tab'),
                facts=dict(date=date, docno=docno))
