# -*- coding: utf-8 -*-
"""t05 蕙宁县融媒体中心 2024年度部门决算说明 (txt, space-aligned tables)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't05_huining_county_media_center_final_accounts_explanation_2024.txt'


def build():
    L = Ledger()
    d = Doc()
    docno = None
    date = '2025年8月26日'

    depts = ['办公室', '采编部', '新媒体部', '技术部', '广告经营部', '播出部']
    staff_in, staff_out, retired = 46, 6, 14
    inc = [('财政拨款收入', '1,402.18'), ('事业收入', '124.60'), ('经营收入', '36.20'), ('其他收入', '23.44')]
    inc_total = F(sum(D(v) for _, v in inc))
    inc_prev = '1,497.60'
    exp = [('基本支出', '1,068.22'), ('项目支出', '479.93'), ('经营支出', '23.20')]
    exp_total = F(sum(D(v) for _, v in exp))
    exp_prev = '1,612.08'
    items = [('2070808', '广播电视事务', '826.00', '858.36'),
             ('2070899', '其他广播电视支出', '226.00', '258.72'),
             ('2080505', '机关事业单位基本养老保险缴费支出', '96.40', '98.12'),
             ('2080506', '机关事业单位职业年金缴费支出', '38.50', '39.25'),
             ('2101102', '事业单位医疗', '46.80', '46.24'),
             ('2210201', '住房公积金', '86.80', '89.05')]
    fb_plan = F(sum(D(x[2]) for x in items))
    fb_exp = F(sum(D(x[3]) for x in items))
    sg_plan = '9.20'
    car_buy, car_run, recep = '0.00', '6.42', '1.38'
    abroad = '0.00'
    car = P(D(car_buy) + D(car_run))
    sg = P(D(abroad) + D(car) + D(recep))
    sg_prev = '8.65'
    rec_batch, rec_people = 23, 186
    proc, proc_sme = '186.42', '160.12'

    staff = staff_in + staff_out
    inc_d = F(D(inc_total) - D(inc_prev))
    inc_r = P(pct(inc_d, inc_prev))
    exp_d = P(D(exp_prev) - D(exp_total))
    exp_r = P(pct(exp_d, exp_prev))
    inc_sh = [P(pct(v, inc_total)) for _, v in inc]
    exp_sh = [P(pct(v, exp_total)) for _, v in exp]
    fb_r = P(pct(fb_exp, fb_plan))
    sg_r = P(pct(sg, sg_plan))
    sg_d = P(D(sg_prev) - D(sg))
    sg_dr = P(pct(sg_d, sg_prev))
    car_sh = P(pct(car, sg))
    per_batch = F(q(D(recep) * 10000 / rec_batch, 2))
    per_head = P(q(D(recep) * 10000 / rec_people, 2))
    sme_sh = P(pct(proc_sme, proc))
    fb_sh_inc = P(pct(inc[0][1], inc_total))

    L.count('内设6个部室', '6', depts)
    L.sum('在职人员 = 事业编制 + 编外聘用', str(staff), [str(staff_in), str(staff_out)])
    L.dated('落款日期晚于年度终了', date)
    L.sum('本年收入合计', inc_total, [v for _, v in inc])
    L.growth('收入比上年增加、增长', inc_total, inc_prev, inc_d, inc_r, ('增加', '增长'))
    for (k, v), s in zip(inc, inc_sh):
        L.ratio('%s占本年收入合计' % k, s, v, inc_total)
    L.sum('本年支出合计', exp_total, [v for _, v in exp])
    L.growth('支出较上年减少、下降', exp_total, exp_prev, exp_d, exp_r, ('减少', '下降'))
    for (k, v), s in zip(exp, exp_sh):
        L.ratio('%s占本年支出合计' % k, s, v, exp_total)
    L.sum('财政拨款支出年初预算合计', fb_plan, [x[2] for x in items])
    L.sum('财政拨款支出决算合计', fb_exp, [x[3] for x in items])
    L.ratio('财政拨款支出完成年初预算', fb_r, fb_exp, fb_plan)
    L.le('财政拨款支出不超过财政拨款收入', fb_exp, inc[0][1])
    L.sum('“三公”经费 = 因公出国 + 公务用车 + 公务接待', sg, [abroad, car, recep])
    L.sum('公务用车 = 购置 + 运行维护', car, [car_buy, car_run])
    L.ratio('“三公”经费完成预算', sg_r, sg, sg_plan)
    L.growth('“三公”经费比上年减少、下降', sg, sg_prev, sg_d, sg_dr, ('减少', '下降'))
    L.ratio('公务用车占“三公”经费', car_sh, car, sg)
    L.ratio('公务接待平均每批次（元）', per_batch, recep, str(rec_batch), '10000')
    L.ratio('公务接待人均（元）', per_head, recep, str(rec_people), '10000')
    L.ratio('中小企业合同占政府采购', sme_sh, proc_sme, proc)
    L.count('车辆2辆', '2', ['新闻采访车', '应急转播车'])

    t1 = [['科目编码', '科目名称', '年初预算', '决算数', '完成率（%）']]
    for code, name, a, b in items:
        r = P(pct(b, a))
        t1.append([code, name, a, b, r])
        L.ratio('表1 %s 完成率' % name, r, b, a)
    t1.append(['', '合计', fb_plan, fb_exp, fb_r])
    t2 = [['项目', '预算数', '决算数', '上年决算数']]
    sgp = {'因公出国（境）费': ('0.00', abroad, '0.00'), '公务用车购置及运行维护费': ('7.00', car, '7.12'),
           '　其中：公务用车购置费': ('0.00', car_buy, '0.00'), '　　　　公务用车运行维护费': ('7.00', car_run, '7.12'),
           '公务接待费': ('2.20', recep, '1.53')}
    for k, (a, b, c) in sgp.items():
        t2.append([k, a, b, c])
    t2.append(['合计', sg_plan, sg, sg_prev])
    L.sum('表2 预算数合计', sg_plan, ['0.00', '7.00', '2.20'])
    L.sum('表2 上年决算数合计', sg_prev, ['0.00', '7.12', '1.53'])

    d.title('蕙宁县融媒体中心2024年度部门决算说明')
    d.h('第一部分　部门概况')
    d.p('蕙宁县融媒体中心为县委直属公益二类事业单位，承担全县新闻宣传、广播电视节目制作播出和新媒体平台运营等职能。'
        '中心内设6个部室，即%s。年末在职人员%d人，其中事业编制人员%d人、编外聘用人员%d人；离退休人员%d人。'
        % ('、'.join(depts[:-1]) + '和' + depts[-1], staff, staff_in, staff_out, retired))
    d.h('第二部分　2024年度部门决算情况说明')
    d.h('一、收入决算情况')
    d.p('2024年度本年收入合计%s万元，较2023年度的%s万元增加%s万元，增长%s%%，主要是新媒体广告和技术服务收入增加。其中：%s%s万元、'
        '%s%s万元、%s%s万元、%s%s万元，分别占本年收入合计的%s%%、%s%%、%s%%和%s%%。'
        % (inc_total, inc_prev, inc_d, inc_r, inc[0][0], inc[0][1], inc[1][0], inc[1][1], inc[2][0], inc[2][1], inc[3][0],
           inc[3][1], inc_sh[0], inc_sh[1], inc_sh[2], inc_sh[3]))
    d.h('二、支出决算情况')
    d.p('2024年度本年支出合计%s万元，较上年（%s万元）减少%s万元，下降%s%%，主要是上年一次性安排的演播厅改造项目完工。'
        '其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%；经营支出%s万元，占%s%%。'
        % (exp_total, exp_prev, exp_d, exp_r, exp[0][1], exp_sh[0], exp[1][1], exp_sh[1], exp[2][1], exp_sh[2]))
    d.h('三、财政拨款支出决算情况')
    d.p('2024年度财政拨款支出%s万元，完成年初预算%s万元的%s%%。决算数大于年初预算，主要是年中追加了重大主题宣传和'
        '应急广播维护经费。财政拨款收入占本年收入合计的%s%%。分科目情况如下（单位：万元）：'
        % (fb_exp, fb_plan, fb_r, fb_sh_inc))
    d.table('表1', t1)
    d.h('四、“三公”经费支出决算情况')
    d.p('2024年度“三公”经费支出%s万元，完成预算的%s%%，比上年减少%s万元，下降%s%%。其中：因公出国（境）费%s万元；'
        '公务用车购置及运行维护费%s万元，占“三公”经费的%s%%，全部为运行维护费；公务接待费%s万元，共接待%d批次、%d人次，'
        '平均每批次%s元、人均%s元。' % (sg, sg_r, sg_d, sg_dr, abroad, car, car_sh, recep, rec_batch, rec_people,
                              per_batch, per_head))
    d.cap('表2　“三公”经费决算对比（万元）')
    d.table('表2', t2)
    d.h('五、其他重要事项')
    d.p('2024年度政府采购支出总额%s万元，授予中小企业合同金额%s万元，占%s%%。截至2024年12月31日，'
        '共有车辆2辆，即新闻采访车和应急转播车；单价100万元以上专用设备1台（套）。' % (proc, proc_sme, sme_sh))
    d.sign('蕙宁县融媒体中心', date)
    meta = {'name': NAME, 'format': 'txt-space', 'date': date, 'docno': docno,
            'title': '蕙宁县融媒体中心2024年度部门决算说明', 'author': '蕙宁县融媒体中心'}
    return d, L, meta
