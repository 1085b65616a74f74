"""t01 莼川县档案馆 2024年度部门决算说明 (pdf)."""
import datetime
from lib39 import D, F, I, pct, growth, Doc, Ledger

NAME = 't01_chunchuan_county_archives_final_accounts_explanation_2024'
FMT, EXT = 'pdf', 'pdf'


def build():
    L = Ledger(NAME)
    # base inputs (万元)
    inc_fin, inc_biz, inc_oth = D('386.42'), D('0.00'), D('4.18')
    carry_in = D('21.35')
    fn = [('一般公共服务支出', D('318.40')), ('社会保障和就业支出', D('41.26')),
          ('卫生健康支出', D('14.62')), ('住房保障支出', D('20.32'))]
    basic, proj = D('298.76'), D('95.84')
    staff, office = D('252.30'), D('46.46')
    prev_inc, prev_exp = D('372.85'), D('380.12')
    fin_carry_in, fin_exp, fin_budget = D('18.90'), D('390.17'), D('372.00')
    adm_run, adm_run_prev = D('38.72'), D('41.05')
    car_b, car_a, car_p = D('4.20'), D('3.64'), D('4.05')
    rec_b, rec_a, rec_p = D('1.40'), D('0.87'), D('0.88')
    batches, persons = 11, 64
    buy_goods, buy_serv, buy_work = D('18.60'), D('43.80'), D('0.00')
    sme, micro = D('55.20'), D('40.50')

    inc = inc_fin + inc_biz + inc_oth
    tot = inc + carry_in
    exp = sum(v for _, v in fn)
    assert exp == basic + proj and basic == staff + office
    carry_out = tot - exp
    fin_carry_out = fin_carry_in + inc_fin - fin_exp
    fin_proj = fin_exp - basic
    sg_b = car_b + rec_b
    sg_a = car_a + rec_a
    sg_p = car_p + rec_p
    buy = buy_goods + buy_serv + buy_work
    per_rec = D(rec_a) * 10000 / persons
    adm_run_share = None

    d = Doc()
    d.title('莼川县档案馆2024年度部门决算说明')
    d.sub('莼档〔2025〕4号')
    d.h('一、部门基本情况')
    d.p('莼川县档案馆为县委直属公益一类事业单位（参照公务员法管理），负责全县档案的接收、征集、保管和利用，'
        '指导机关、乡镇档案工作。馆内设办公室、业务指导科、保管利用科、信息技术科4个科室；核定编制18名，'
        '年末实有在职人员16人（参公人员11人、事业人员5人），另有退休人员6人。纳入本部门2024年度决算编制范围的'
        '只有本馆本级1个单位。')
    d.h('二、收入支出决算总体情况说明')
    d.p(f'2024年度收入总计、支出总计均为{F(tot)}万元。本年收入合计{F(inc)}万元，较2023年度的{F(prev_inc)}万元'
        f'增加{F(inc - prev_inc)}万元，增幅{growth(inc, prev_inc)}%，主要是追加馆藏档案数字化加工经费；'
        f'本年支出合计{F(exp)}万元，较上年{F(prev_exp)}万元多支出{F(exp - prev_exp)}万元，增幅{growth(exp, prev_exp)}%。'
        f'年初结转和结余{F(carry_in)}万元，年末结转和结余{F(carry_out)}万元。')
    rows = [['收入项目', '决算数', '支出项目', '决算数']]
    left = [('一般公共预算财政拨款收入', inc_fin), ('事业收入', inc_biz), ('其他收入', inc_oth), None]
    for i in range(4):
        l = left[i]
        rows.append([l[0] if l else '', F(l[1]) if l else '', fn[i][0], F(fn[i][1])])
    rows.append(['本年收入合计', F(inc), '本年支出合计', F(exp)])
    rows.append(['年初结转和结余', F(carry_in), '年末结转和结余', F(carry_out)])
    rows.append(['收入总计', F(tot), '支出总计', F(tot)])
    d.table('表1  收入支出决算总表（单位：万元）', rows)
    d.p(f'按支出性质划分，基本支出{F(basic)}万元，占本年支出合计的{pct(basic, exp)}%，由人员经费{F(staff)}万元和'
        f'公用经费{F(office)}万元两部分构成；项目支出{F(proj)}万元，占比{pct(proj, exp)}%，用于档案数字化、'
        f'库房安全改造和档案征集。')
    d.h('三、财政拨款收入支出决算情况说明')
    d.p(f'2024年度一般公共预算财政拨款收入{F(inc_fin)}万元，加上年初财政拨款结转和结余{F(fin_carry_in)}万元，'
        f'当年财政拨款支出{F(fin_exp)}万元，年末财政拨款结转和结余{F(fin_carry_out)}万元。财政拨款支出占本年支出合计的'
        f'比重为{pct(fin_exp, exp)}%；其中基本支出{F(basic)}万元全部由财政拨款安排，项目支出中财政拨款{F(fin_proj)}万元。'
        f'财政拨款支出年初预算为{F(fin_budget)}万元，决算数为年初预算的{pct(fin_exp, fin_budget)}%，'
        f'决算数大于年初预算的原因是年中追加档案数字化项目资金。')
    d.h('四、“三公”经费财政拨款支出决算情况说明')
    rows3 = [['项目', '全年预算数', '决算数', '2023年决算数'],
             ['因公出国（境）费', '0.00', '0.00', '0.00'],
             ['公务用车购置费', '0.00', '0.00', '0.00'],
             ['公务用车运行维护费', F(car_b), F(car_a), F(car_p)],
             ['公务接待费', F(rec_b), F(rec_a), F(rec_p)],
             ['合计', F(sg_b), F(sg_a), F(sg_p)]]
    d.table('表2  “三公”经费财政拨款支出决算表（单位：万元）', rows3)
    d.p(f'2024年度“三公”经费财政拨款支出{F(sg_a)}万元，完成全年预算的{pct(sg_a, sg_b)}%；同2023年度相比，'
        f'减少{F(sg_p - sg_a)}万元，降幅{growth(sg_a, sg_p)}%。因公出国（境）费和公务用车购置费均无支出。'
        f'公务用车运行维护费{F(car_a)}万元，用于年末公务用车保有量2辆的燃料、维修和保险。公务接待费{F(rec_a)}万元，'
        f'共接待{batches}批次、{persons}人次，均为上级业务指导和兄弟县档案馆交流，人均接待费用{F(per_rec)}元。')
    d.h('五、其他重要事项的情况说明')
    d.p(f'（一）机关运行经费。2024年本馆机关运行经费支出{F(adm_run)}万元，比2023年的{F(adm_run_prev)}万元'
        f'节约{F(adm_run_prev - adm_run)}万元，下降{growth(adm_run, adm_run_prev)}%，主要是压减了办公费和差旅费。')
    d.p(f'（二）政府采购情况。全年政府采购支出总额{F(buy)}万元，分别为货物类{F(buy_goods)}万元、服务类{F(buy_serv)}万元，'
        f'工程类无采购。授予中小企业合同金额{F(sme)}万元，占政府采购支出总额的比重为{pct(sme, buy)}%，'
        f'内含授予小微企业合同金额{F(micro)}万元，占比{pct(micro, buy)}%。')
    d.p('（三）国有资产占用情况。截至2024年12月31日，本馆共有车辆2辆，其中机要通信用车1辆、'
        '应急转运用车1辆；无单位价值100万元以上的设备。')
    d.sign('莼川县档案馆', '2025年8月20日')

    # ledger
    L.facts.update(date='2025年8月20日', docno='莼档〔2025〕4号')
    L.sum('本年收入合计 = 财政拨款 + 事业 + 其他', F(inc), [F(inc_fin), F(inc_biz), F(inc_oth)])
    L.sum('收入总计 = 本年收入合计 + 年初结转和结余', F(tot), [F(inc), F(carry_in)])
    L.sum('本年支出合计 = 4 功能分类', F(exp), [F(v) for _, v in fn])
    L.sum('支出总计 = 本年支出合计 + 年末结转和结余', F(tot), [F(exp), F(carry_out)])
    L.signed('年末结转和结余 = 年初 + 收入 − 支出', F(carry_out), [F(carry_in), F(inc)], [F(exp)])
    L.diff('收入增加额', F(inc), F(prev_inc), F(inc - prev_inc))
    L.growth('收入增幅', F(inc), F(prev_inc), growth(inc, prev_inc), '增')
    L.diff('支出增加额', F(exp), F(prev_exp), F(exp - prev_exp))
    L.growth('支出增幅', F(exp), F(prev_exp), growth(exp, prev_exp), '增')
    L.sum('本年支出 = 基本 + 项目', F(exp), [F(basic), F(proj)])
    L.sum('基本支出 = 人员经费 + 公用经费', F(basic), [F(staff), F(office)])
    L.rate('基本支出占比', F(basic), F(exp), pct(basic, exp))
    L.rate('项目支出占比', F(proj), F(exp), pct(proj, exp))
    L.signed('年末财政拨款结转和结余 = 年初 + 拨款收入 − 拨款支出', F(fin_carry_out), [F(fin_carry_in), F(inc_fin)], [F(fin_exp)])
    L.rate('财政拨款支出占本年支出比重', F(fin_exp), F(exp), pct(fin_exp, exp))
    L.sum('财政拨款支出 = 基本 + 财政拨款项目', F(fin_exp), [F(basic), F(fin_proj)])
    L.le('财政拨款项目支出 ≤ 项目支出', F(fin_proj), F(proj))
    L.signed('非财政拨款: 年初其他结转 + 其他收入 − 其他支出 = 年末其他结转',
             F(carry_out - fin_carry_out), [F(carry_in - fin_carry_in), F(inc_oth)], [F(exp - fin_exp)], shown=[F(inc_oth)])
    L.rate('决算数为年初预算的%', F(fin_exp), F(fin_budget), pct(fin_exp, fin_budget))
    L.sum('三公 预算 合计', F(sg_b), ['0.00', '0.00', F(car_b), F(rec_b)])
    L.sum('三公 决算 合计', F(sg_a), ['0.00', '0.00', F(car_a), F(rec_a)])
    L.sum('三公 上年 合计', F(sg_p), ['0.00', '0.00', F(car_p), F(rec_p)])
    L.rate('三公 完成预算%', F(sg_a), F(sg_b), pct(sg_a, sg_b))
    L.diff('三公 减少额', F(sg_p), F(sg_a), F(sg_p - sg_a))
    L.growth('三公 降幅', F(sg_a), F(sg_p), growth(sg_a, sg_p), '降')
    L.quot('人均接待费用 (元) = 0.87万元 × 10000 ÷ 64人次', F(rec_a), str(persons), F(per_rec), mult=10000)
    L.diff('机关运行经费 节约额', F(adm_run_prev), F(adm_run), F(adm_run_prev - adm_run))
    L.growth('机关运行经费 降幅', F(adm_run), F(adm_run_prev), growth(adm_run, adm_run_prev), '降')
    L.sum('政府采购 = 货物 + 服务', F(buy), [F(buy_goods), F(buy_serv)])
    L.rate('中小企业占比', F(sme), F(buy), pct(sme, buy))
    L.rate('小微企业占比', F(micro), F(buy), pct(micro, buy))
    L.le('小微 ≤ 中小', F(micro), F(sme))
    L.sum('在职 = 参公 + 事业', '16', ['11', '5'])
    L.le('在职 ≤ 编制', '16', '18')
    L.sum('车辆 2 = 机要通信 1 + 应急转运 1', '2', ['1', '1'])
    L.dated('落款晚于 2024-12-31', '2025年8月20日', datetime.date(2024, 12, 31))
    L.same('车辆2辆', 1)
    L.same('保有量2辆', 1)
    for a in ['莼档〔2025〕4号', '截至2024年12月31日', '2025年8月20日', '年初结转和结余', '年末结转和结余']:
        L.anchor(a)
    return d, L
