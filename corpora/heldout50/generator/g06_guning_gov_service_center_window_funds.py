from lib50 import *
NAME = 't06_guning_county_gov_service_center_window_operating_funds_project_selfeval_2024.docx'
BANDS = [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]

def build():
    L = Ledger(); M = []
    docno = '觚政服〔2025〕2号'; date = '2025年3月28日'
    L.anchor('文号', docno); L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    init, add = D('220.00'), D('25.00'); fund = init + add
    L.add('全年预算=年初+追加', 'sum', total=F(fund), parts=[F(init), F(add)])
    names = ['窗口聘用人员劳务费', '物业保洁安保费', '水电及设备运维费', '叫号评价系统维护费', '办公耗材']
    bud = [D('118.40'), D('56.00'), D('42.60'), D('16.00'), D('12.00')]
    sp = [D('116.52'), D('55.20'), D('39.86'), D('15.00'), D('10.00')]
    assert sum(bud) == fund
    ts = sum(sp); er = P(ts / fund * 100)
    rows = [['经费项目', '全年预算', '实际支出', '结余', '执行率（%）']]
    for n, b, s in zip(names, bud, sp):
        rows.append([n, F(b), F(s), F(b - s), P(s / b * 100)])
        L.add(f'{n} 结余', 'diff', a=F(b), b=F(s), r=F(b - s))
        L.add(f'{n} 执行率', 'ratio', num=F(s), den=F(b), r=P(s / b * 100))
    rows.append(['合计', F(fund), F(ts), F(fund - ts), er])
    L.add('预算合计', 'sum', total=F(fund), parts=[F(b) for b in bud])
    L.add('支出合计', 'sum', total=F(ts), parts=[F(s) for s in sp])
    L.add('结余合计', 'sum', total=F(fund - ts), parts=[F(b - s) for b, s in zip(bud, sp)])
    L.add('总执行率', 'ratio', num=F(ts), den=F(fund), r=er)
    depts, win, wz, wp = D(32), D(86), D(48), D(38)
    L.add('窗口=综合+专业', 'sum', total=I(win), parts=[I(wz), I(wp)])
    zones = ['企业开办专区', '不动产登记专区', '社保医保专区', '综合受理专区']
    L.add('专区4个', 'count', n='4', items=zones)
    staff, st_d, st_h = D(124), D(76), D(48)
    L.add('工作人员=派驻+聘用', 'sum', total=I(staff), parts=[I(st_d), I(st_h)])
    per = F(sp[0] / st_h * 10000); L.add('聘用人员人均劳务费', 'ratio', num=F(sp[0]), den=I(st_h), r=per, scale='10000')
    cases, pc, imm = D(286540), D(261870), D(198320)
    g = P((cases - pc) / pc * 100); L.add('办件量增长', 'growth', cur=I(cases), prev=I(pc), d=I(cases - pc), rate=g, word='增')
    ish = P(imm / cases * 100); L.add('即办件占比', 'ratio', num=I(imm), den=I(cases), r=ish)
    pw = F(cases / win); L.add('平均每个窗口办件', 'ratio', num=I(cases), den=I(win), r=pw, scale='1')
    ev, good = D(152360), D(151892); gr = P(good / ev * 100); bad = ev - good
    L.add('好评率', 'ratio', num=I(good), den=I(ev), r=gr); L.add('差评件', 'diff', a=I(ev), b=I(good), r=I(bad))
    pgr = D('99.42'); L.add('好评率提高', 'pp', cur=gr, prev=P(pgr), d=P(D(gr) - pgr), word='升')
    wait, pwait = D('8.6'), D('12.4'); L.add('平均等候时间缩短', 'growth', cur=P(wait, 1), prev=P(pwait, 1), d=P(pwait - wait, 1), word='减')
    s_exec = P(D(er) / 10); s_sat = P(D(gr) / 10)
    L.add('执行率得分', 'ratio', num=er, den='10', r=s_exec, scale='1'); L.add('满意度得分', 'ratio', num=gr, den='10', r=s_sat, scale='1')
    proc = D('9.00') + D(s_exec)
    L.add('过程得分=执行率得分+管理得分', 'sum', total=P(proc), parts=[s_exec, '9.00'])
    sc = [('决策', '15', '14.50', '绩效目标中缺少成本指标'), ('过程', '20', P(proc), '预算执行率未达100%，追加预算较晚'),
          ('产出', '35', '32.50', '叫号系统升级延期1个月'), ('效益', '20', '18.50', '部分专区网上办理引导不足'),
          ('满意度', '10', s_sat, '按好评率折算')]
    for a in sc: assert D(a[2]) <= D(a[1])
    tot = P(sum(D(a[2]) for a in sc)); grade = [g_ for lo, g_ in BANDS if D(tot) >= D(lo)][0]
    L.add('分值合计100', 'sum', total='100', parts=[a[1] for a in sc])
    L.add('得分合计', 'sum', total=tot, parts=[a[2] for a in sc])
    L.add('等级', 'band', score=tot, grade=grade, bands=BANDS)
    L.anchor('等级表述', f'等级为“{grade}”')
    srows = [['一级指标', '分值', '得分', '扣分原因']] + [list(a) for a in sc] + [['合计', '100', tot, '']]

    M += [('title', '觚宁县政务服务中心2024年度窗口运行经费项目支出绩效自评报告'), ('sub', docno),
          ('h', '一、项目概况'), ('p',
        f'县政务服务中心现有入驻部门{I(depts)}个，设置办事窗口{I(win)}个（综合窗口{I(wz)}个、专业窗口{I(wp)}个），'
        '按“一窗受理”要求设立专区4个，即企业开办专区、不动产登记专区、社保医保专区和综合受理专区。'
        f'窗口工作人员{I(staff)}人，由部门派驻人员{I(st_d)}人和中心聘用人员{I(st_h)}人组成。'), ('p',
        f'窗口运行经费年初预算{F(init)}万元，8月因新增社保医保专区追加{F(add)}万元，全年预算{F(fund)}万元。'),
          ('h', '二、资金使用情况'), ('p',
        f'全年实际支出{F(ts)}万元，执行率{er}%，结余{F(fund-ts)}万元。聘用人员劳务费{F(sp[0])}万元，人均{per}元；派驻人员工资由派出单位负担，不在本项目列支。'),
          ('unit', '金额单位：万元'), ('table', rows),
          ('h', '三、绩效目标完成情况'), ('p',
        f'全年受理办件{I(cases)}件，同比增长{g}%（上年{I(pc)}件，增加{I(cases-pc)}件），其中即办件{I(imm)}件，占{ish}%；平均每个窗口办件{pw}件。'
        f'群众平均等候时间{P(wait,1)}分钟，较上年的{P(pwait,1)}分钟缩短{P(pwait-wait,1)}分钟。'), ('p',
        f'“好差评”系统全年收到评价{I(ev)}次，其中好评{I(good)}次，好评率{gr}%，比上年的{P(pgr)}%提高{P(D(gr)-pgr)}个百分点；'
        f'差评{I(bad)}次，已全部回访核实并整改。'),
          ('h', '四、自评结果'), ('p',
        '评分标准为：90分及以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。'
        f'过程指标中预算执行率得分按执行率的十分之一计为{s_exec}分，财务和资产管理得9.00分；满意度指标按好评率的十分之一计分。'),
          ('unit', '绩效自评得分表'), ('table', srows), ('p',
        f'本项目自评总分{tot}分，等级为“{grade}”。'),
          ('h', '五、下一步措施'), ('p', '一是在2025年预算编制时合理测算专区运行成本，减少年中追加；二是推动高频事项网上办理，力争2025年底前即办件占比提高到72%以上。'),
          ('sign', '觚宁县政务服务中心'), ('sign', date)]
    return M, L, {'format': 'docx', 'name': NAME, 'date': date, 'docno': docno}
