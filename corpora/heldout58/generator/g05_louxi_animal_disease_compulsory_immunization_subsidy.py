# -*- coding: utf-8 -*-
"""t05 嵝溪县 2025年度重大动物疫病强制免疫补助资金使用情况报告 (txt, tab tables)."""
from lib58 import Doc, D, q, F, I

STEM = 't05_louxi_county_major_animal_disease_compulsory_immunization_subsidy_fund_use_report_2025'

def build():
    d = Doc(STEM, 2025, 'txt-tab')
    d.meta['title'] = '关于2025年度重大动物疫病强制免疫补助资金使用情况的报告'
    d.set('docno', '嵝农牧〔2026〕4号')
    d.set('date', '2026年1月28日')
    d.set('phone', '0736-4172958')

    cen, cty = d.n('cen', D('112.40')), d.n('cty', D('73.50'))
    fund = d.n('fund', cen + cty)
    d.n('cen_sh', cen * 100 / fund)
    f0 = d.n('f0', D('171.50'))
    d.n('f_chg', fund - f0)
    d.n('f_gr', (fund - f0) * 100 / f0)

    vets = d.i('vets', 80)
    vstd = d.i('vstd', 3000)
    farms = [19, 9, 4]
    for k in range(3):
        d.i('fm%d' % (k + 1), farms[k])
    fmt = d.i('fmt', sum(farms))
    pre = D('42.40')
    bl = [D('98.60'), pre, D('15.20'), q(D(vets) * vstd / 10000), D('5.70')]
    el = [D('96.14'), pre, D('13.87'), bl[3], D('2.65')]
    for k in range(5):
        d.n('b%d' % (k + 1), bl[k])
        d.n('e%d' % (k + 1), el[k])
        d.n('r%d' % (k + 1), bl[k] - el[k])
    bt = d.n('bt', sum(bl))
    et = d.n('et', sum(el))
    d.n('rt', bt - et)
    assert bt == fund
    d.n('exp', et)
    d.n('rate', et * 100 / bt)
    d.n('rem', bt - et)
    d.n('pre_p', pre)
    vac = [D('58.62'), D('31.40'), D('6.12')]
    for k in range(3):
        d.n('vc%d' % (k + 1), vac[k])
    assert sum(vac) == el[0]
    d.n('vac_p', el[0])
    d.i('vac_n', 3)
    allf = d.i('allf', 146)
    d.n('f_sh', D(fmt) * 100 / allf)
    d.n('pre_avg', pre / fmt)
    d.n('vet_p', bl[3])
    vil = d.i('vil', 114)
    d.n('vil_avg', D(vil) / vets)

    # immunisation density
    need = [D('21.46'), D('3.85'), D('186.40'), D('2.62')]
    did = [D('20.92'), D('3.79'), D('182.65'), D('2.57')]
    for k in range(4):
        d.n('nd%d' % (k + 1), need[k])
        d.n('dd%d' % (k + 1), did[k])
        d.n('dn%d' % (k + 1), did[k] * 100 / need[k])
    d.i('goal', 90)
    d.n('dmin', min(q(a * 100 / b) for a, b in zip(did, need)))
    smp, sok = d.i('smp', 2400), d.i('sok', 2196)
    ab = d.n('ab', D(sok) * 100 / smp)
    ab0 = d.n('ab0', D('89.26'))
    d.n('abpp', ab - ab0)
    d.set('abword', '提升')
    d.i('abgoal', 70)
    d.i('emerg', 3)

    # ---- text
    d.title('嵝溪县农业农村局')
    d.title('关于2025年度重大动物疫病强制免疫补助资金使用情况的报告')
    d.p('{docno}', 'plain')
    d.p('县财政局：', 'plain')
    d.p('现将我局2025年度重大动物疫病强制免疫补助资金（以下简称强免资金）使用情况报告如下：')
    d.h('一、资金到位情况')
    d.p('2025年到位强免资金{fund}万元，比2024年的{f0}万元多{f_chg}万元，增幅{f_gr}%。其中中央财政补助{cen}万元，占到位资金的{cen_sh}%；县级财政配套{cty}万元。资金全部实行专账核算。')
    d.h('二、资金使用情况')
    d.p('截至2025年12月31日，累计支出强免资金{exp}万元，资金使用率{rate}%，结余{rem}万元结转下年继续用于强制免疫工作。分项目使用情况如下：')
    rows = []
    nm = ['疫苗采购', '“先打后补”补助', '免疫耗材及防护用品', '村级防疫员劳务补助', '抗体监测及应急处置']
    for k in range(5):
        rows.append([nm[k], '{b%d}' % (k + 1), '{e%d}' % (k + 1), '{r%d}' % (k + 1)])
    rows.append(['合计', '{bt}', '{et}', '{rt}'])
    d.table('表1\t强免资金使用情况（单位：万元）', None, ['项目', '预算数', '支出数', '结余'], rows)
    d.p('疫苗采购支出{vac_p}万元，共采购疫苗{vac_n}类，即口蹄疫疫苗、高致病性禽流感疫苗和小反刍兽疫疫苗，采购金额分别为{vc1}万元、{vc2}万元和{vc3}万元，均通过政府采购平台集中采购。')
    d.p('“先打后补”补助{pre_p}万元兑付给{fmt}家规模养殖场（户），其中生猪养殖场{fm1}家、家禽养殖场{fm2}家、牛羊养殖场{fm3}家，场均补助{pre_avg}万元；上述场户占全县规模养殖场{allf}家的{f_sh}%。'
        '村级防疫员劳务补助按{vets}人、每人每年{vstd}元发放，共{vet_p}万元；全县{vil}个行政村平均每名防疫员负责{vil_avg}个村。')
    d.h('三、免疫效果')
    d.p('全县春、秋两季集中免疫与日常补免相结合，各病种免疫密度均在{goal}%以上，最低为{dmin}%（猪口蹄疫）。具体如下：')
    rows = []
    dn = ['口蹄疫（猪）', '口蹄疫（牛羊）', '高致病性禽流感', '小反刍兽疫']
    un = ['万头', '万头', '万羽', '万只']
    for k in range(4):
        rows.append([dn[k], un[k], '{nd%d}' % (k + 1), '{dd%d}' % (k + 1), '{dn%d}' % (k + 1)])
    d.table('表2\t主要病种免疫情况', None, ['病种', '计量单位', '应免数量', '实免数量', '免疫密度（%）'], rows)
    d.p('全年采集血清样品{smp}份，免疫抗体合格{sok}份，合格率{ab}%，高于{abgoal}%的国家要求，较上年{ab0}%{abword}{abpp}个百分点。全年未发生区域性重大动物疫情，处置散发疑似疫情{emerg}起。')
    d.h('四、存在问题及建议')
    d.p('抗体监测及应急处置经费结余较多，主要是年内应急处置次数少于预期。建议2026年度按实际需求调减该项预算，并将“先打后补”覆盖面扩大到年出栏500头以上的生猪养殖场。')
    d.p('联系电话：{phone}', 'plain')
    d.sign(['嵝溪县农业农村局', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    d.sum('到位资金=中央+县级', 'fund', ['cen', 'cty'])
    d.ratio('中央补助占比', 'cen', 'fund', 'cen_sh')
    d.growth('资金比上年多/增幅', 'fund', 'f0', amt='f_chg', rate='f_gr')
    for k in range(1, 6):
        d.diff('表1 第%d行 结余=预算-支出' % k, 'b%d' % k, 'e%d' % k, 'r%d' % k)
    d.sum('表1 预算合计', 'bt', ['b%d' % k for k in range(1, 6)])
    d.sum('表1 支出合计', 'et', ['e%d' % k for k in range(1, 6)])
    d.sum('表1 结余合计', 'rt', ['r%d' % k for k in range(1, 6)])
    d.same('表1预算合计=到位资金', 'bt', 'fund')
    d.same('正文支出=表1合计', 'exp', 'et')
    d.ratio('资金使用率', 'exp', 'fund', 'rate')
    d.diff('结余=到位-支出', 'fund', 'exp', 'rem')
    d.sum('先打后补场户=三类之和', 'fmt', ['fm1', 'fm2', 'fm3'])
    d.same('先打后补金额=表1', 'pre_p', 'e2')
    d.ratio('场均补助', 'pre_p', 'fmt', 'pre_avg', mul='=1')
    d.ratio('先打后补场户占规模养殖场比重', 'fmt', 'allf', 'f_sh')
    d.same('疫苗采购支出=表1', 'vac_p', 'e1')
    d.sum('疫苗采购=三类疫苗之和', 'vac_p', ['vc1', 'vc2', 'vc3'])
    d.count('疫苗3类（即…）', 'vac_n', ['=口蹄疫疫苗', '=高致病性禽流感疫苗', '=小反刍兽疫疫苗'])
    d.prod('防疫员补助=人数×标准/10000', 'vets', 'vstd', 'vet_p', div='=10000')
    d.same('防疫员补助=表1', 'vet_p', 'e4')
    d.ratio('平均每名防疫员负责村数', 'vil', 'vets', 'vil_avg', mul='=1')
    for k in range(1, 5):
        d.ratio('表2 第%d行 免疫密度' % k, 'dd%d' % k, 'nd%d' % k, 'dn%d' % k)
    d.minof('最低免疫密度', 'dmin', ['dn%d' % k for k in range(1, 5)])
    d.le('免疫密度均在目标以上', 'goal', 'dmin')
    d.ratio('抗体合格率', 'sok', 'smp', 'ab')
    d.pp('抗体合格率提升百分点', 'ab', 'ab0', 'abpp', 'abword')
    d.le('抗体合格率高于要求', 'abgoal', 'ab')
    return d
