# -*- coding: utf-8 -*-
"""t05 -- 甘肃省洮岑县医疗保障局 2024年度医疗保障基金收支情况公开 (UTF-8 txt, all digits full-width)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, render_txt, run  # noqa: E402

NAME = 't05_taocen_medical_insurance_fund_disclosure_2024.txt'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p, comma=False)


def gr(cur, prev, p=2):
    return F((D(cur) - D(prev)) / D(prev) * 100, p, comma=False)


def W(x, p=2):
    return F(x, p, comma=False)


def build():
    L = Ledger(NAME)
    m = []
    # ---------------------------------------------------------- base inputs (万元, persons)
    on_job, retired = 30275, 12343
    resident, resident_prev = 244316, 253870
    registered = 296358
    emp_pool, emp_acct = '14862.35', '5216.48'
    emp_inc_prev = '19214.60'
    res_fee_std, res_sub_std = 380, 670
    res_other = '48.62'
    res_inc_prev = '26135.44'
    emp_pool_exp, emp_acct_exp = '12486.17', '4935.60'
    emp_exp_prev = '16358.92'
    res_exp_parts = [('住院', '19873.20'), ('普通门诊和门诊慢特病', '4358.95'), ('大病保险', '2186.40')]
    res_exp_prev = '25702.36'
    emp_bal_begin, res_bal_begin = '38652.40', '14236.81'
    res_inpatients = 38917
    full_aid, part_aid, part_std = 1284, 20252, 280
    inst_total, inst_punished = 186, 43
    back, penalty = '268.35', '44.13'

    # ---------------------------------------------------------- derived
    emp = on_job + retired
    total = emp + resident
    L.sum('职工医保参保 = 在职 + 退休', str(emp), [str(on_job), str(retired)])
    L.sum('参保总人数 = 职工 + 居民', str(total), [str(emp), str(resident)])
    cover = pct(total, registered)
    L.rate('参保率 = 参保人数 / 户籍人口', cover, str(total), str(registered))
    ratio_ret = F(D(on_job) / D(retired), 2, comma=False)
    L.quot('在职退休比', ratio_ret, str(on_job), str(retired))
    res_drop = resident_prev - resident
    L.diff('居民参保减少人数', str(res_drop), str(resident_prev), str(resident))
    emp_inc = W(D(emp_pool) + D(emp_acct))
    L.sum('职工医保收入 = 统筹基金 + 个人账户', emp_inc, [emp_pool, emp_acct])
    fee = W(D(resident) * res_fee_std / 10000)
    sub = W(D(resident) * res_sub_std / 10000)
    L.prod('居民 个人缴费收入(万元) = 参保人数 x 380元', fee, [str(resident), str(res_fee_std)], 10000)
    L.prod('居民 财政补助收入(万元) = 参保人数 x 670元', sub, [str(resident), str(res_sub_std)], 10000)
    res_inc = W(D(fee) + D(sub) + D(res_other))
    L.sum('居民医保收入 = 个人缴费 + 财政补助 + 利息及其他', res_inc, [fee, sub, res_other])
    inc = W(D(emp_inc) + D(res_inc))
    L.sum('基金总收入', inc, [emp_inc, res_inc])
    inc_prev = W(D(emp_inc_prev) + D(res_inc_prev))
    L.sum('上年基金总收入', inc_prev, [emp_inc_prev, res_inc_prev])
    g_inc, g_emp_inc, g_res_inc = gr(inc, inc_prev), gr(emp_inc, emp_inc_prev), gr(res_inc, res_inc_prev)
    L.growth('基金总收入 同比增长', g_inc, inc, inc_prev, '增长')
    L.growth('职工医保收入 同比增长', g_emp_inc, emp_inc, emp_inc_prev, '增长')
    L.growth('居民医保收入 同比下降', g_res_inc, res_inc, res_inc_prev, '下降')
    emp_exp = W(D(emp_pool_exp) + D(emp_acct_exp))
    L.sum('职工医保支出 = 统筹基金 + 个人账户', emp_exp, [emp_pool_exp, emp_acct_exp])
    res_exp = W(sum(D(v) for _, v in res_exp_parts))
    L.sum('居民医保支出 = 住院 + 门诊 + 大病保险', res_exp, [v for _, v in res_exp_parts])
    exp = W(D(emp_exp) + D(res_exp))
    L.sum('基金总支出', exp, [emp_exp, res_exp])
    exp_prev = W(D(emp_exp_prev) + D(res_exp_prev))
    L.sum('上年基金总支出', exp_prev, [emp_exp_prev, res_exp_prev])
    g_exp, g_emp_exp, g_res_exp = gr(exp, exp_prev), gr(emp_exp, emp_exp_prev), gr(res_exp, res_exp_prev)
    L.growth('基金总支出 同比增长', g_exp, exp, exp_prev, '增长')
    L.growth('职工医保支出 同比增长', g_emp_exp, emp_exp, emp_exp_prev, '增长')
    L.growth('居民医保支出 同比增长', g_res_exp, res_exp, res_exp_prev, '增长')
    emp_net = W(D(emp_inc) - D(emp_exp))
    res_net = W(D(res_inc) - D(res_exp))
    net = W(D(inc) - D(exp))
    L.diff('职工 当期结余 = 收入 - 支出', emp_net, emp_inc, emp_exp)
    L.diff('居民 当期结余 = 收入 - 支出 (负数)', res_net, res_inc, res_exp)
    L.diff('合计 当期结余 = 总收入 - 总支出', net, inc, exp)
    L.sum('合计 当期结余 = 职工 + 居民', net, [emp_net, res_net])
    emp_bal = W(D(emp_bal_begin) + D(emp_net))
    res_bal = W(D(res_bal_begin) + D(res_net))
    L.sum('职工 年末累计结余 = 年初 + 当期', emp_bal, [emp_bal_begin, emp_net])
    L.sum('居民 年末累计结余 = 年初 + 当期', res_bal, [res_bal_begin, res_net])
    bal_begin = W(D(emp_bal_begin) + D(res_bal_begin))
    bal = W(D(emp_bal) + D(res_bal))
    L.sum('年初累计结余合计', bal_begin, [emp_bal_begin, res_bal_begin])
    L.sum('年末累计结余合计', bal, [emp_bal, res_bal])
    L.sum('年末累计结余合计 = 年初 + 当期', bal, [bal_begin, net])
    res_months = F(D(res_bal) * 12 / D(res_exp), 1, comma=False)
    L.quot('居民医保基金 可支付月数', res_months, res_bal, res_exp, 12)
    res_short = res_net.lstrip('-')
    res_per = W(D(res_exp_parts[0][1]) * 10000 / res_inpatients)
    L.quot('居民住院 次均基金支付(元)', res_per, res_exp_parts[0][1], str(res_inpatients), 10000)
    aid_amt = W((D(full_aid) * res_fee_std + D(part_aid) * part_std) / 10000)
    L.sum('资助参保人数', str(full_aid + part_aid), [str(full_aid), str(part_aid)])
    full_amt = W(D(full_aid) * res_fee_std / 10000)
    part_amt = W(D(part_aid) * part_std / 10000)
    L.prod('全额资助(万元) = 人数 x 380', full_amt, [str(full_aid), str(res_fee_std)], 10000)
    L.prod('定额资助(万元) = 人数 x 280', part_amt, [str(part_aid), str(part_std)], 10000)
    L.sum('资助参保金额 = 全额 + 定额', aid_amt, [full_amt, part_amt])
    recov = W(D(back) + D(penalty))
    L.sum('追回医保基金 = 退回 + 违约金', recov, [back, penalty])
    pun = pct(inst_punished, inst_total)
    L.rate('处理机构占检查机构', pun, str(inst_punished), str(inst_total))
    emp_sh_inc = pct(emp_inc, inc)
    L.rate('职工医保收入 占 总收入', emp_sh_inc, emp_inc, inc)
    date = '2025年2月26日'
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))
    L.anchor('截至2024年12月31日')
    for k, v in [('income', inc), ('expense', exp), ('balance', bal), ('resident_net', res_net), ('date', date)]:
        L.fact(k, v)

    # ---------------------------------------------------------- text (ASCII here; rendered full-width)
    m.append(('TITLE', '洮岑县2024年度医疗保障基金收支情况公开'))
    m.append(('SUB', '洮岑县医疗保障局'))
    m.append(('P', '为主动接受社会监督，保障参保群众的知情权和监督权，根据《医疗保障基金使用监督管理条例》和上级医保部门'
                   '关于医保基金信息公开的要求，现将洮岑县2024年度基本医疗保险基金（含生育保险）收支情况公布如下。'
                   '本公开所列数据为2024年度基金决算数，金额单位为万元。'))
    m.append(('H1', '一、参保情况'))
    m.append(('P', f'截至2024年12月31日，全县基本医疗保险参保{total}人，参保率{cover}%（按户籍人口{registered}人计算）。'
                   f'其中：职工基本医疗保险参保{emp}人，包括在职职工{on_job}人、退休人员{retired}人，在职退休比{ratio_ret}∶1；'
                   f'城乡居民基本医疗保险参保{resident}人，比上年的{resident_prev}人减少{res_drop}人，主要是外出务工人员'
                   f'在务工地参加职工医保以及部分人员在外地参保。'))
    m.append(('P', f'2024年，县医疗保障局会同民政、乡村振兴等部门，对困难群众参加居民医保给予资助：全额资助特困人员'
                   f'{full_aid}人，每人{res_fee_std}元，资助{full_amt}万元；定额资助低保对象、返贫致贫人口等{part_aid}人，'
                   f'每人{part_std}元，资助{part_amt}万元；合计资助{full_aid + part_aid}人、{aid_amt}万元，资助资金由医疗救助'
                   f'基金支出，已计入居民个人缴费收入。'))
    m.append(('H1', '二、基金收入情况'))
    m.append(('P', f'2024年全县基本医疗保险基金总收入{inc}万元，比上年的{inc_prev}万元增长{g_inc}%。'))
    m.append(('P', f'（一）职工基本医疗保险基金（含生育保险）收入{emp_inc}万元，占基金总收入的{emp_sh_inc}%，比上年的'
                   f'{emp_inc_prev}万元增长{g_emp_inc}%。其中统筹基金收入{emp_pool}万元，个人账户收入{emp_acct}万元。'))
    m.append(('P', f'（二）城乡居民基本医疗保险基金收入{res_inc}万元，比上年的{res_inc_prev}万元下降{g_res_inc.lstrip("-")}%。'
                   f'其中：个人缴费收入{fee}万元（{resident}人，每人每年{res_fee_std}元）；各级财政补助收入{sub}万元'
                   f'（人均补助标准{res_sub_std}元）；利息及其他收入{res_other}万元。虽然个人缴费和财政补助标准均比上年提高，'
                   f'但参保人数减少，居民医保基金收入比上年有所下降。'))
    m.append(('H1', '三、基金支出情况'))
    m.append(('P', f'2024年全县基本医疗保险基金总支出{exp}万元，比上年的{exp_prev}万元增长{g_exp}%。'))
    m.append(('P', f'（一）职工基本医疗保险基金（含生育保险）支出{emp_exp}万元，比上年的{emp_exp_prev}万元增长{g_emp_exp}%。'
                   f'其中统筹基金支出{emp_pool_exp}万元，个人账户支出{emp_acct_exp}万元。全年职工医保住院8426人次，'
                   f'政策范围内住院费用基金支付比例84.36%。'))
    m.append(('P', f'（二）城乡居民基本医疗保险基金支出{res_exp}万元，比上年的{res_exp_prev}万元增长{g_res_exp}%。其中：' +
              '，'.join(f'{k}{v}万元' for k, v in res_exp_parts) +
              f'。全年居民医保住院{res_inpatients}人次，次均住院基金支付{res_per}元，政策范围内住院费用基金支付比例71.28%，'
              f'达到“稳定在70%左右”的目标。'))
    m.append(('H1', '四、基金结余情况'))
    m.append(('P', f'2024年全县基本医疗保险基金当期结余{net}万元。其中：职工医保基金当期结余{emp_net}万元；'
                   f'居民医保基金当期收不抵支{res_short}万元，当期结余为负数，由历年累计结余弥补。'))
    m.append(('P', f'截至2024年12月31日，全县基本医疗保险基金累计结余{bal}万元，比年初的{bal_begin}万元增加{net}万元。'
                   f'其中：职工医保基金累计结余{emp_bal}万元；居民医保基金累计结余{res_bal}万元，比年初的{res_bal_begin}万元'
                   f'有所减少，可支付{res_months}个月，处于合理区间。'))
    rows = [
        ['本年收入', emp_inc, res_inc, inc],
        ['本年支出', emp_exp, res_exp, exp],
        ['当期结余', emp_net, res_net, net],
        ['年初累计结余', emp_bal_begin, res_bal_begin, bal_begin],
        ['年末累计结余', emp_bal, res_bal, bal],
    ]
    m.append(T('t1', '2024年度基本医疗保险基金收支情况表', '单位：万元',
               [['项目', '职工医保（含生育）', '城乡居民医保', '合计']], rows))
    m.append(('NOTE', '注：当期结余＝本年收入－本年支出；年末累计结余＝年初累计结余＋当期结余；负数表示收不抵支。'))
    m.append(('H1', '五、待遇保障和政策落实情况'))
    m.append(('P', '（一）落实基本医保、大病保险、医疗救助三重保障制度。大病保险对参保居民年度内超过起付线的合规医疗费用'
                   '分段报销，对特困人员、低保对象和返贫致贫人口起付线降低50%、报销比例提高5个百分点。2024年医疗救助基金'
                   '支出1263.58万元，医疗救助基金单独核算，不在本公开的基本医疗保险基金收支范围内。'))
    m.append(('P', '（二）推进门诊共济保障。职工医保普通门诊统筹在一级及以下定点医疗机构的报销比例为60%，退休人员提高'
                   '10个百分点；居民医保门诊慢特病病种由39种扩大到45种，进一步减轻慢性病患者门诊医疗费用负担。'))
    m.append(('P', '（三）优化医保经办服务。全县跨省异地就医住院费用直接结算12846人次，乡镇卫生院和村卫生室医保结算'
                   '实现全覆盖；国家和省级集中带量采购药品、医用耗材在县域公立医疗机构全部落地执行，'
                   '群众看病就医的获得感进一步增强。'))
    m.append(('H1', '六、基金监管情况'))
    m.append(('P', f'2024年，县医疗保障局对全县{inst_total}家定点医药机构开展全覆盖检查，对其中{inst_punished}家存在违规问题的'
                   f'机构依法依规作出处理，占检查机构的{pun}%；追回医保基金{recov}万元，其中退回违规使用的医保基金'
                   f'{back}万元、收取违约金{penalty}万元。追回资金已全部缴回基金专户。'))
    m.append(('H1', '七、下一步工作'))
    m.append(('P', '一是做好2025年度居民医保集中参保缴费工作，加强与公安、民政、教育等部门的数据比对，减少断保、漏保。'
                   '二是加强居民医保基金运行分析，落实门诊共济和住院按病种付费，控制不合理医疗费用增长，力争实现当期收支平衡。'
                   '三是持续开展定点医药机构专项检查，严厉打击欺诈骗保行为，守好群众的“看病钱”“救命钱”。'
                   '欢迎社会各界对医保基金使用情况进行监督，监督举报电话：0932-6218030。'))
    m.append(('RIGHT', '洮岑县医疗保障局'))
    m.append(('RIGHT', date))
    return m, L


def render(model, path):
    render_txt(model, path, fullwidth=True)


if __name__ == '__main__':
    run(build, render, OUT, NAME)
