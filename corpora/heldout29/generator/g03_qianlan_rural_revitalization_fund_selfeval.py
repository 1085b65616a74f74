"""t03 - 贵州省黔澜县 2024年度衔接推进乡村振兴补助资金 项目支出绩效自评报告 (.docx, Chinese-numeral date)."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, I, Ledger, T, cn_date, pct, q, run  # noqa: E402

STEM = 't03_qianlan_rural_revitalization_fund_selfeval_2024'
EXT = '.docx'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs (万元)
    src = [('中央财政', D('12486.00')), ('省级财政', D('3215.00')), ('市级财政', D('860.00')), ('县级财政', D('2140.00'))]
    types = [('产业发展', 68, D('11236.50')), ('就业项目', 12, D('1046.20')), ('乡村建设行动', 41, D('4612.80')),
             ('易地搬迁后续扶持', 9, D('986.40')), ('巩固“三保障”成果', 10, D('512.60')), ('项目管理费及其他', 6, D('306.50'))]
    c_ind = D('7628.40')            # 中央资金用于产业发展
    spent, c_spent = D('18032.56'), D('12204.73')
    done = 139
    a_op, a_pub = D('9863.20'), D('6942.18')
    base = [('茶叶', D('0.62')), ('中药材', D('0.35')), ('蔬菜', D('0.19'))]
    trav_n, trav_std = 3642, 500
    loan_hh, loan_yi = 4128, D('2.06')
    subsidy_int = D('486.35')
    inc24, inc23 = 15862, 14526
    kept = 135
    benef = D('4.26')
    pay_timely, satis = D('93.60'), D('94.60')
    # ------------------------------------------------------------ derived
    total = sum((s[1] for s in src), D(0))
    n_proj = sum(t[1] for t in types)
    assert sum((t[2] for t in types), D(0)) == total
    exe = pct(spent, total)
    c_total = src[0][1]
    c_exe = pct(c_spent, c_total)
    left = total - spent
    a_home = spent - a_op - a_pub
    done_rate = pct(done, n_proj)
    base_tot = sum((b[1] for b in base), D(0))
    trav_wan = q(D(trav_n * trav_std) / 10000)
    loan_avg = q(loan_yi * 10000 / loan_hh)
    inc_g = q((D(inc24) - inc23) / inc23 * 100, 1)
    kept_rate = pct(kept, n_proj)
    c_ind_share = pct(c_ind, c_total)
    ind_share = pct(types[0][2], total)
    s_base = q(10 * base_tot / D('1.20'))
    s_kept = q(10 * kept_rate / 100)
    s_exe = q(10 * exe / 100)
    score_rows = [
        ('产出指标', '数量指标', '项目完工率', '≥95%', f'{done_rate}%', 10, D('10.00')),
        ('产出指标', '数量指标', '新建产业基地面积', '≥1.20万亩', f'{base_tot}万亩', 10, s_base),
        ('产出指标', '数量指标', '务工交通补助人数', '≥3,500人', f'{I(trav_n)}人', 10, D('10.00')),
        ('产出指标', '质量指标', '项目验收合格率', '100%', '100%', 10, D('10.00')),
        ('产出指标', '时效指标', '资金拨付及时率', '≥90%', f'{pay_timely}%', 10, D('10.00')),
        ('效益指标', '经济效益指标', '脱贫人口人均纯收入增幅', '≥8%', f'{inc_g}%', 10, D('10.00')),
        ('效益指标', '社会效益指标', '受益脱贫人口（含监测对象）', '≥4.00万人', f'{benef}万人', 10, D('10.00')),
        ('效益指标', '可持续影响指标', '项目资产后续管护制度落实率', '100%', f'{kept_rate}%', 10, s_kept),
        ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', f'{satis}%', 10, D('10.00')),
        ('预算执行率', '—', '预算执行率', '100%', f'{exe}%', 10, s_exe),
    ]
    grp = ['产出指标', '效益指标', '满意度指标', '预算执行率']
    gsum = {g: sum((r[6] for r in score_rows if r[0] == g), D(0)) for g in grp}
    gmax = {g: sum(r[5] for r in score_rows if r[0] == g) for g in grp}
    score = sum(gsum.values(), D(0))

    # ------------------------------------------------------------ text
    bl.append(B('DOCNO', '黔澜农发〔2025〕9号'))
    bl.append(B('TITLE', '黔澜县农业农村局'))
    bl.append(B('TITLE', '关于2024年度衔接推进乡村振兴补助资金项目支出绩效自评情况的报告'))
    bl.append(B('PLAIN', '县财政局：'))
    P('根据《财政部 农业农村部 国家乡村振兴局 国家发展改革委 国家民委 国家林草局关于印发〈中央财政衔接推进乡村振兴补助资金管理办法〉'
      '的通知》和省、市关于开展2024年度衔接资金绩效自评工作的要求，我局会同县财政局及各乡镇，对2024年度衔接推进乡村振兴补助资金'
      '（以下简称“衔接资金”）开展了绩效自评，现将有关情况报告如下。')

    bl.append(B('H1', '一、项目基本情况'))
    bl.append(B('H2', '（一）资金下达情况'))
    P(f'2024年全县共下达衔接资金{F(total)}万元，其中' + '、'.join(f'{n}{F(v)}万元' for n, v in src) +
      f'，中央财政资金占{pct(c_total, total)}%。资金全部纳入县级涉农资金统筹整合方案，按“资金跟着项目走”的原则安排到具体项目。')
    L.sum('衔接资金 = 中央 + 省 + 市 + 县', F(total), [F(v) for _, v in src])
    L.rate('中央资金占比', str(pct(c_total, total)), F(c_total), F(total))
    bl.append(B('H2', '（二）项目安排情况'))
    P(f'2024年共安排衔接资金项目{n_proj}个。其中产业发展类项目{types[0][1]}个、安排资金{F(types[0][2])}万元，占衔接资金总额的'
      f'{ind_share}%；中央衔接资金中用于产业发展的资金{F(c_ind)}万元，占中央衔接资金的{c_ind_share}%，符合“中央衔接资金用于产业'
      f'发展的比重原则上不低于60%”的要求。各类项目安排情况见表1。')
    L.rate('产业发展占衔接资金总额', str(ind_share), F(types[0][2]), F(total))
    L.rate('中央衔接资金用于产业发展比重', str(c_ind_share), F(c_ind), F(c_total))
    L.le('中央用于产业 <= 产业发展类资金', F(c_ind), F(types[0][2]))
    rows = []
    for n, k, v in types:
        s = pct(v, total)
        rows.append([n, str(k), F(v), F(s)])
        L.rate(f'表1 {n} 占比', F(s), F(v), F(total))
    rows.append(['合计', str(n_proj), F(total), '100.00'])
    bl.append(T('表1', '表1  2024年衔接资金项目安排情况表', ['项目类型', '项目个数（个）', '安排资金（万元）', '占比（%）'], rows))
    L.sum('表1 项目个数合计', str(n_proj), [str(t[1]) for t in types])
    L.sum('表1 安排资金合计', F(total), [F(t[2]) for t in types])
    L.sum('表1 占比合计 100.00', '100.00', [F(pct(t[2], total)) for t in types])

    bl.append(B('H2', '（三）年度绩效目标'))
    P('2024年衔接资金年度绩效目标为：项目完工率不低于95%；新建茶叶、中药材、蔬菜等产业基地1.20万亩以上；发放外出务工一次性交通'
      '补助3,500人以上；项目验收合格率100%；脱贫人口人均纯收入增幅不低于8%；受益脱贫人口（含监测对象）4.00万人以上；受益群众'
      '满意度不低于90%。')

    bl.append(B('H1', '二、绩效目标完成情况'))
    bl.append(B('H2', '（一）资金执行情况'))
    P(f'截至2024年12月31日，全县衔接资金累计支出{F(spent)}万元，预算执行率{exe}%，尚未支出{F(left)}万元。其中中央衔接资金支出'
      f'{F(c_spent)}万元，执行率{c_exe}%。未支出资金主要是7个跨年度实施的乡村建设项目按工程进度尚未结算的尾款。')
    L.rate('预算执行率', str(exe), F(spent), F(total))
    L.diff('未支出 = 下达 - 支出', F(left), F(total), F(spent))
    L.rate('中央资金执行率', str(c_exe), F(c_spent), F(c_total))
    L.anchor('截至2024年12月31日')
    bl.append(B('H2', '（二）产出完成情况'))
    P(f'一是项目实施。{n_proj}个项目中已完工{done}个，完工率{done_rate}%，其余{n_proj - done}个为跨年度项目，正按计划推进。'
      f'二是产业基地建设。新建产业基地{base_tot}万亩，其中茶叶{base[0][1]}万亩、中药材{base[1][1]}万亩、蔬菜{base[2][1]}万亩，'
      f'因部分地块流转协议签订滞后，未完成1.20万亩的年度目标。三是就业帮扶。向{I(trav_n)}名跨省务工脱贫劳动力发放一次性交通'
      f'补助，每人{trav_std}元，共计{trav_wan}万元。四是小额信贷。全年新增发放脱贫人口小额信贷{I(loan_hh)}户、{loan_yi}亿元，'
      f'户均{loan_avg}万元，安排贴息资金{F(subsidy_int)}万元（列入产业发展类）。')
    L.diff('跨年度项目 = 项目数 - 完工', str(n_proj - done), str(n_proj), str(done))
    L.rate('完工率', str(done_rate), str(done), str(n_proj))
    L.sum('产业基地 = 茶叶 + 中药材 + 蔬菜', str(base_tot), [str(b[1]) for b in base])
    L.prod('交通补助 = 人数 x 500元 (万元)', str(trav_wan), [I(trav_n), str(trav_std)], '10000')
    L.quot('户均小额信贷(万元) = 亿元 x 10000 / 户', str(loan_avg), str(loan_yi), I(loan_hh), '10000')
    L.le('贴息 <= 产业发展类资金', F(subsidy_int), F(types[0][2]))
    bl.append(B('H2', '（三）效益实现情况'))
    P(f'2024年全县脱贫人口人均纯收入{I(inc24)}元，比上年{I(inc23)}元增长{inc_g}%，高于8%的目标。衔接资金项目共带动受益脱贫人口'
      f'（含监测对象）{benef}万人。全年衔接资金项目形成资产{F(spent)}万元，其中经营性资产{F(a_op)}万元、公益性资产{F(a_pub)}万元、'
      f'到户类资产{F(a_home)}万元，均已完成确权登记；{n_proj}个项目中已落实后续管护主体和管护制度的{kept}个，'
      f'落实率{kept_rate}%。经第三方抽样调查，受益群众满意度为{satis}%。')
    L.growth('人均纯收入增幅', str(inc_g), I(inc24), I(inc23), '增长')
    L.sum('形成资产 = 经营性 + 公益性 + 到户类', F(spent), [F(a_op), F(a_pub), F(a_home)])
    L.rate('管护落实率', str(kept_rate), str(kept), str(n_proj))

    bl.append(B('H1', '三、自评结论'))
    P(f'按照衔接资金绩效评价指标体系，我局对{len(score_rows)}项三级指标逐项打分（见表2），2024年度衔接资金绩效自评得分为'
      f'{score}分，自评等级为“优”。其中产出指标得分{gsum["产出指标"]}分，效益指标得分{gsum["效益指标"]}分，满意度指标得分'
      f'{gsum["满意度指标"]}分，预算执行率得分{gsum["预算执行率"]}分。扣分指标为：新建产业基地面积按完成比例得{s_base}分'
      f'（{base_tot}÷1.20×10）；项目资产后续管护制度落实率按{kept_rate}%得{s_kept}分；预算执行率按{exe}%得{s_exe}分。')
    L.sum('自评得分 = 产出 + 效益 + 满意度 + 预算执行率', str(score), [str(gsum[g]) for g in grp])
    L.prod('产业基地得分 = 10 x 1.16 / 1.20', str(s_base), ['10', str(base_tot)], '1.20')
    L.prod('管护得分 = 10 x 落实率', str(s_kept), ['10', str(kept_rate)], '100')
    L.prod('预算执行率得分 = 10 x 执行率', str(s_exe), ['10', str(exe)], '100')
    L.check('等级 优 (>= 90)', score >= 90, str(score))
    trows = []
    for r in score_rows:
        trows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), str(r[6])])
    trows.append(['合计', '', '', '', '', '100', str(score)])
    bl.append(T('表2', '表2  2024年度衔接资金绩效自评表', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值',
                                                   '分值', '得分'], trows))
    L.sum('表2 得分合计', str(score), [str(r[6]) for r in score_rows])
    L.sum('表2 分值合计', '100', [str(r[5]) for r in score_rows])
    for g in grp:
        L.sum(f'{g} 得分 = 表2 各项', str(gsum[g]), [str(r[6]) for r in score_rows if r[0] == g])

    bl.append(B('H1', '四、存在的问题'))
    P(f'一是部分项目前期工作不够扎实，{n_proj - done}个跨年度项目年内未能完工，影响资金支出进度。二是产业基地建设中土地流转'
      f'协调难度较大，年度目标未全部完成。三是少数村级公益性资产管护经费来源不稳定，{n_proj - kept}个项目尚未落实管护制度。'
      f'四是联农带农机制仍需完善，部分产业项目分红比例偏低。')
    L.diff('未落实管护项目 = 项目数 - 已落实', str(n_proj - kept), str(n_proj), str(kept))
    bl.append(B('H1', '五、下一步工作措施'))
    P('一是提前谋划2025年项目库，做深做实项目前期工作，确保资金下达后30日内分解到具体项目。二是督促跨年度项目加快建设，'
      '力争2025年6月底前全部完工结算。三是健全项目资产后续管护机制，将管护责任落实到村集体和受益主体。四是强化自评结果运用，'
      '将自评结果作为2025年衔接资金分配的重要参考因素。')
    P('附件：2024年度衔接资金项目明细表（略）')
    bl.append(B('BLANK'))
    date = cn_date(2025, 3, 14)
    bl.append(B('RIGHT', '黔澜县农业农村局'))
    bl.append(B('RIGHT', date))
    bl.append(B('PLAIN', '（联系人：杨文斌，电话：0854-5126370）'))
    L.dated('成文日期在2024年度结束之后', date, (2025, 3, 14), (2024, 12, 31))
    L.anchor('黔澜农发〔2025〕9号')
    L.facts.update({'total': F(total), 'spent': F(spent), 'exe_rate': str(exe), 'score': str(score), 'date': date})
    model = {'blocks': bl, 'title': '关于2024年度衔接推进乡村振兴补助资金项目支出绩效自评情况的报告',
             'author': '黔澜县农业农村局', 'when': datetime.datetime(2025, 3, 14)}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
