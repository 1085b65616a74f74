# -*- coding: utf-8 -*-
"""t06 芣阳县卫生健康局 关于2024年度普惠托育服务补助资金使用情况的报告 (docx, to 县人民政府)"""
from lib54 import *

NAME = 't06_fuyang_county_health_commission_inclusive_childcare_service_subsidy_fund_use_report_2024'
EXT = 'docx'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    # 类型, 机构数, 托位, 普惠托位, 在托
    types = [('公办托育机构', 4, 318, 318, 262), ('普惠性民办托育机构', 15, 856, 810, 598),
             ('用人单位办托育点', 4, 312, 0, 192)]
    gongban = ['芣阳县妇幼保健院托育中心', '芣城街道托育服务中心', '县机关幼儿园托班', '芣东镇中心幼儿园托班']
    pop, pop_prev = D('31.62'), D('31.80')         # 万人
    slots_prev, kids_prev = D(1276), D(916)
    new_slots, build_std = D(210), D('1.00')      # 个, 万元/个
    op_std, slot_months = D(200), D(9864)         # 元/托位·月, 托位·月
    train_n, train_std = D(420), D(300)           # 人次, 元/人次
    bud_op, bud_tr = D('220.00'), D('15.00')
    staff, staff_cert, staff_prev, cert_prev = D(402), D(386), D(384), D(340)
    fund_prev = D('381.60')
    date = '2025年2月18日'
    docno = '芣卫健〔2025〕12号'
    phone = '0735-6148297'

    # ---------------- derived
    n_org = sum(D(t[1]) for t in types)
    slots = sum(D(t[2]) for t in types)
    ph = sum(D(t[3]) for t in types)
    kids = sum(D(t[4]) for t in types)
    assert slots - slots_prev == new_slots
    bud_bd = q(new_slots * build_std)
    act_bd = bud_bd
    act_op = q(slot_months * op_std / 10000)
    act_tr = q(train_n * train_std / 10000)
    budget = bud_bd + bud_op + bud_tr
    actual = act_bd + act_op + act_tr
    per_k = q(slots / (pop * 10)); per_k_prev = q(slots_prev / (pop_prev * 10))
    cert = q(staff_cert / staff * 100); cert_prev_r = q(cert_prev / staff_prev * 100)
    assert cert > cert_prev_r and per_k > per_k_prev
    max_months = ph * 12

    V.update(n_org=I(n_org), n_gb=I(len(gongban)), slots=I(slots), ph=I(ph), ph_sh=P(ph / slots * 100),
             pop=P(pop), per_k=P(per_k), pop_prev=P(pop_prev), slots_prev=I(slots_prev), per_k_prev=P(per_k_prev),
             per_k_inc=P(per_k - per_k_prev), new_slots=I(new_slots), build_std=P(build_std),
             kids=I(kids), kids_prev=I(kids_prev), kids_inc=I(kids - kids_prev),
             kids_rate=P((kids - kids_prev) / kids_prev * 100), occ=P(kids / slots * 100),
             op_std=I(op_std), slot_months=I(slot_months), max_months=I(max_months),
             sm_rate=P(slot_months / max_months * 100), train_n=I(train_n), train_std=I(train_std),
             budget=F(budget), actual=F(actual), exec=P(actual / budget * 100), left=F(budget - actual),
             fund_prev=F(fund_prev), fund_inc=F(budget - fund_prev), fund_rate=P((budget - fund_prev) / fund_prev * 100),
             bd_sh=P(act_bd / actual * 100),
             staff=I(staff), staff_cert=I(staff_cert), cert=P(cert), cert_prev=P(cert_prev_r),
             cert_pp=P(cert - cert_prev_r), date=date, docno=docno, phone=phone)
    rows1 = []
    for k, lab, b, a in (('bd', '新增普惠托位建设补助', bud_bd, act_bd), ('op', '普惠托位运营补助', bud_op, act_op),
                         ('tr', '托育从业人员培训', bud_tr, act_tr)):
        V['b_' + k] = F(b); V['a_' + k] = F(a); V['l_' + k] = F(b - a); V['r_' + k] = P(a / b * 100)
        rows1.append([lab, '{b_%s}' % k, '{a_%s}' % k, '{l_%s}' % k, '{r_%s}' % k])
        L.lin('l_' + k, '表1 %s 结余=预算-支出' % lab, [(1, 'b_' + k), (-1, 'a_' + k)], 'l_' + k)
        L.ratio('r_' + k, '表1 %s 执行率' % lab, 'a_' + k, 'b_' + k, 'r_' + k)
    V['b_t'] = F(budget); V['a_t'] = F(actual); V['l_t'] = F(budget - actual); V['r_t'] = P(actual / budget * 100)
    rows1.append(['合计', '{b_t}', '{a_t}', '{l_t}', '{r_t}'])
    rows2 = []
    for i, (nm, n, s, p, kd) in enumerate(types):
        V['n%d' % i] = I(n); V['s%d' % i] = I(s); V['p%d' % i] = I(p); V['k%d' % i] = I(kd)
        V['o%d' % i] = P(D(kd) / D(s) * 100)
        rows2.append([nm, '{n%d}' % i, '{s%d}' % i, '{p%d}' % i, '{k%d}' % i, '{o%d}' % i])
        L.ratio('o%d' % i, '表2 %s 入托率' % nm, 'k%d' % i, 's%d' % i, 'o%d' % i)
        L.le('ple%d' % i, '表2 %s 普惠托位不超过托位' % nm, 'p%d' % i, 's%d' % i)
    for c, v in (('n', n_org), ('s', slots), ('p', ph), ('k', kids)):
        V[c + '_t'] = I(v)
        L.sum(c + '_t', '表2 %s列合计' % c, ['%s%d' % (c, i) for i in range(len(types))], c + '_t')
    V['o_t'] = P(kids / slots * 100)
    rows2.append(['合计', '{n_t}', '{s_t}', '{p_t}', '{k_t}', '{o_t}'])

    # ---------------- text
    d.title('芣阳县卫生健康局')
    d.title('关于2024年度普惠托育服务补助资金使用情况的报告')
    d.sub('{docno}')
    d.p('县人民政府：')
    d.p('2024年，我局会同县财政局统筹使用普惠托育服务补助资金，推动托育服务扩容提质。现将资金使用情况报告如下。')
    d.h('一、托育服务供给情况')
    d.p('截至2024年末，全县备案托育机构{n_org}家，公办、普惠性民办和用人单位办的分别为{n0}家、{n1}家和{n2}家；提供托位{slots}个，其中普惠托位{ph}个，占托位总数的{ph_sh}%。'
        '公办托育机构{n_gb}家，即' + '、'.join(gongban) + '。按年末常住人口{pop}万人计算，每千人口拥有托位{per_k}个，'
        '上年末托位{slots_prev}个、常住人口{pop_prev}万人，每千人口{per_k_prev}个，增加{per_k_inc}个。')
    d.p('全年新增普惠托位{new_slots}个。年末在托婴幼儿{kids}人，较上年末的{kids_prev}人多{kids_inc}人，增长{kids_rate}%，'
        '托位使用率{occ}%。分类型情况见表2。')
    d.h('二、补助资金安排及使用情况')
    d.p('2024年安排普惠托育服务补助资金{budget}万元，比上年的{fund_prev}万元增加{fund_inc}万元，增长{fund_rate}%。'
        '新增托位建设补助按每个托位{build_std}万元一次性核拨；运营补助按普惠托位实际收托“托位·月”每月{op_std}元'
        '据实结算，全年收托{slot_months}托位·月，为可收托上限{max_months}托位·月的{sm_rate}%；从业人员培训'
        '{train_n}人次，每人次补助{train_std}元。')
    d.p('全年实际支出{actual}万元，预算执行率{exec}%，未使用的{left}万元已由县财政收回统筹。'
        '建设补助占实际支出的{bd_sh}%。')
    d.table('表1　普惠托育服务补助资金使用情况', '金额单位：万元',
            ['资金项目', '预算数', '实际支出', '结余', '执行率（%）'], rows1)
    d.table('表2　2024年末托育机构分类型情况', '单位：家、个、人、%',
            ['机构类型', '机构数', '托位', '其中普惠托位', '在托婴幼儿', '托位使用率'], rows2)
    d.h('三、服务质量提升情况')
    d.p('全县托育从业人员{staff}人，持有保育师或育婴员等相关证书的{staff_cert}人，持证上岗率{cert}%，'
        '较上年的{cert_prev}%提高{cert_pp}个百分点。全年未发生托育机构安全责任事故。')
    d.h('四、存在问题和下一步打算')
    d.p('一是用人单位办托育点尚未纳入普惠运营补助范围；二是部分乡镇托位使用率偏低。2025年计划新增普惠托位120个，'
        '并于2025年6月底前出台托育机构分级评价办法。')
    d.p('特此报告。')
    d.p('（联系电话：{phone}）')
    d.sign('芣阳县卫生健康局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone)
    L.dated('date', '落款晚于年度终了', 'date', '2024-12-31')
    for c, k in (('n_t', 'n_org'), ('s_t', 'slots'), ('p_t', 'ph'), ('k_t', 'kids'), ('o_t', 'occ')):
        L.eq(c + '_eq', '表2 %s=正文' % c, [c, k])
    L.count('gb', '公办机构家数=列举', 'n_gb', gongban)
    L.eq('gb_eq', '公办家数=表2', ['n_gb', 'n0'])
    L.ratio('ph_sh', '普惠托位占比', 'ph', 'slots', 'ph_sh')
    L.ratio('per_k', '每千人口托位(万人基数)', 'slots', 'pop', 'per_k', scale='0.1')
    L.ratio('per_k_prev', '上年每千人口托位', 'slots_prev', 'pop_prev', 'per_k_prev', scale='0.1')
    L.lin('per_k_inc', '每千人口托位增加', [(1, 'per_k'), (-1, 'per_k_prev')], 'per_k_inc')
    L.lin('new', '新增托位=年末-上年末', [(1, 'slots'), (-1, 'slots_prev')], 'new_slots')
    L.growth('kids_g', '在托婴幼儿较上年', 'kids_prev', 'kids', 'kids_inc', 'kids_rate', '=增')
    L.ratio('occ', '托位使用率', 'kids', 'slots', 'occ')
    L.growth('fund_g', '资金较上年', 'fund_prev', 'budget', 'fund_inc', 'fund_rate', '=增')
    L.prod('b_bd', '建设补助=新增托位×1万元', ['new_slots', 'build_std'], 'b_bd')
    L.prod('a_op', '运营补助=托位·月×200元', ['slot_months', 'op_std'], 'a_op', scale='0.0001')
    L.prod('maxm', '可收托上限=普惠托位×12', ['ph', '=12'], 'max_months')
    L.ratio('sm', '收托托位·月占上限比例', 'slot_months', 'max_months', 'sm_rate')
    L.prod('a_tr', '培训支出=人次×300元', ['train_n', 'train_std'], 'a_tr', scale='0.0001')
    L.sum('b_sum', '表1 预算合计', ['b_bd', 'b_op', 'b_tr'], 'b_t')
    L.sum('a_sum', '表1 支出合计', ['a_bd', 'a_op', 'a_tr'], 'a_t')
    L.sum('l_sum', '表1 结余合计', ['l_bd', 'l_op', 'l_tr'], 'l_t')
    L.ratio('r_t', '表1 合计执行率', 'a_t', 'b_t', 'r_t')
    L.eq('bud_eq', '正文资金=表1预算合计', ['budget', 'b_t'])
    L.eq('act_eq', '正文实际支出=表1', ['actual', 'a_t'])
    L.ratio('exec', '正文预算执行率', 'actual', 'budget', 'exec')
    L.lin('left', '收回=预算-支出', [(1, 'budget'), (-1, 'actual')], 'left')
    L.ratio('bd_sh', '建设补助占实际支出', 'a_bd', 'actual', 'bd_sh')
    L.ratio('cert', '持证上岗率', 'staff_cert', 'staff', 'cert')
    L.pp('cert_pp', '持证率提高百分点', 'cert_prev', 'cert', 'cert_pp', '=升')
    L.assert_all(V)
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_docx(d, VV, dict(title='关于2024年度普惠托育服务补助资金使用情况的报告',
                                                          author='芣阳县卫生健康局')),
                facts=dict(date=date, docno=docno))
