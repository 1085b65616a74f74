# -*- coding: utf-8 -*-
"""t01 翾溪县 2025年度森林植被恢复费征收使用情况公开 (txt, tab tables)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't01_xuanxi_county_forest_vegetation_restoration_fee_collection_use_disclosure_2025.txt'
FY = 2025


def build():
    L = Ledger()
    # ---------------- base inputs
    proj = [('公路建设', 9), ('水利设施', 6), ('矿产开采', 5), ('其他基础设施', 7)]
    land = [('乔木林地', '12.36', '10'), ('竹林地', '4.52', '8'), ('灌木林地', '5.48', '6'), ('宜林地', '6.83', '3')]
    deferred = D('14.49')           # 分期缴纳未到期
    prev_in = D('172.50')           # 2024年入库
    prev_rate = D('92.65')          # 2024年征缴率
    open_bal = D('64.38')
    spend = [('植被恢复造林', '98.40', '96.72'), ('森林抚育', '42.00', '41.26'),
             ('林地保护管理与执法', '28.50', '27.18'), ('森林防火设施', '26.00', '25.92'),
             ('林业有害生物防治', '16.80', '15.74')]
    plant_plan, plant_done = 1950, 2046
    tend_mu = 8600
    cover_prev, cover_now = D('67.42'), D('67.58')
    docno, date, phone = '翾林发〔2026〕5号', '2026年3月6日', '0747-3958164'

    # ---------------- derived
    nproj = sum(n for _, n in proj)
    area = sum(D(a) for _, a, _ in land)
    due_rows = [q(D(a) * D(s), 2) for _, a, s in land]       # 公顷 x 元/平方米 = 万元
    due = sum(due_rows)
    paid = due - deferred
    rate = pct(paid, due)
    inc = paid - prev_in
    inc_rate = pct(inc, prev_in)
    rate_pp = rate - prev_rate
    bud = sum(D(b) for _, b, _ in spend)
    out = sum(D(s) for _, _, s in spend)
    close_bal = open_bal + paid - out
    exe = pct(out, bud)
    shares = [pct(D(s), out) for _, _, s in spend]
    assert sum(shares) == D('100.00'), sum(shares)
    done_rate = pct(plant_done, plant_plan)
    mu_cost = q(D(spend[0][2]) * 10000 / plant_done, 2)
    area_mu = q(area * 15, 2)
    times = q(D(plant_done) / area_mu, 2)
    tend_cost = q(D(spend[1][2]) * 10000 / tend_mu, 2)
    cover_pp = cover_now - cover_prev

    # ---------------- text
    B = []
    B.append({'t': 'title', 'text': '翾溪县林业局　翾溪县财政局'})
    B.append({'t': 'title', 'text': '关于翾溪县2025年度森林植被恢复费征收使用情况的公开'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'p', 'text': '根据森林植被恢复费征收使用管理有关规定，现将我县2025年度森林植被恢复费征收、使用和结余情况公开如下。'})
    B.append({'t': 'h', 'text': '一、征收情况'})
    B.append({'t': 'p', 'text': '2025年，县林业局审核同意使用林地项目%s宗，按项目类型分，公路建设%s宗、水利设施%s宗、矿产开采%s宗、其他基础设施%s宗；'
              '共使用林地%s公顷，按地类和征收标准核定应缴森林植被恢复费%s万元（见表1）。' % (
                  L.i('nproj', nproj), L.i('proj_road', 9), L.i('proj_water', 6), L.i('proj_mine', 5), L.i('proj_other', 7),
                  L.p('area_text', area), L.m('due_text', due))})
    rows1 = []
    for k, (nm, a, s) in enumerate(land):
        rows1.append([nm, L.p('area%d' % k, a), L.f('std%d' % k, s), L.m('due%d' % k, due_rows[k])])
    rows1.append(['合计', L.p('area_tot', area), '—', L.m('due_tot', due)])
    B.append({'t': 'table', 'caption': '表1\t2025年度森林植被恢复费核定情况', 'unit': '面积单位：公顷；标准单位：元/平方米；金额单位：万元',
              'head': ['地类', '使用林地面积', '征收标准', '应缴金额'], 'rows': rows1})
    B.append({'t': 'p', 'text': '注：1公顷为10,000平方米，故面积（公顷）乘以标准（元/平方米）所得即为万元数。'})
    B.append({'t': 'p', 'text': '全年实际缴入县级国库%s万元，征缴率%s%%，上升%s个百分点，上年同期为%s%%；另有%s万元经批准分期缴纳，将于2026年6月30日前缴清。'
              '入库额比2024年（%s万元）多收%s万元，增长%s%%，主要是公路建设项目用地增加。' % (
                  L.m('paid', paid), L.p('rate', rate), L.p('rate_pp', rate_pp), L.p('prev_rate', prev_rate), L.m('deferred', deferred),
                  L.m('prev_in', prev_in), L.m('inc', inc), L.p('inc_rate', inc_rate))})
    B.append({'t': 'h', 'text': '二、收支及结余情况'})
    B.append({'t': 'p', 'text': '2025年初结余%s万元，加上本年入库%s万元，减去本年支出%s万元，年末结余%s万元。本年支出大于当年入库，差额由上年结余安排。'
              '全年安排支出预算%s万元，实际支出%s万元，预算执行率%s%%。' % (
                  L.m('open', open_bal), L.m('paid_2', paid), L.m('out_text', out), L.m('close', close_bal),
                  L.m('bud_text', bud), L.m('out_text2', out), L.p('exe', exe))})
    rows2 = []
    for k, (nm, b, s) in enumerate(spend):
        rows2.append([nm, L.m('bud%d' % k, b), L.m('out%d' % k, s), L.p('sh%d' % k, shares[k])])
    rows2.append(['合计', L.m('bud_tot', bud), L.m('out_tot', out), L.p('sh_tot', D(100))])
    B.append({'t': 'table', 'caption': '表2\t2025年度森林植被恢复费支出情况', 'unit': '单位：万元、%',
              'head': ['支出方向', '预算数', '支出数', '占支出比重'], 'rows': rows2})
    B.append({'t': 'h', 'text': '三、使用成效'})
    B.append({'t': 'p', 'text': '（一）植被恢复。完成植被恢复造林%s亩，为年度计划%s亩的%s%%，亩均造林支出%s元。本年使用林地%s公顷折合%s亩（1公顷折15亩），'
              '当年恢复面积相当于使用面积的%s倍。' % (
                  L.i('plant_done', plant_done), L.i('plant_plan', plant_plan), L.p('done_rate', done_rate), L.p('mu_cost', mu_cost),
                  L.p('area_text2', area), L.p('area_mu', area_mu), L.p('times', times))})
    B.append({'t': 'p', 'text': '（二）森林抚育和保护。完成中幼林抚育%s亩，亩均%s元；新建防火隔离带12.6公里，维修瞭望塔3座；查处非法占用林地案件11起。'
              '森林覆盖率由2024年末的%s%%升至%s%%，提高%s个百分点。' % (
                  L.i('tend_mu', tend_mu), L.p('tend_cost', tend_cost), L.p('cover_prev', cover_prev), L.p('cover_now', cover_now),
                  L.p('cover_pp', cover_pp))})
    B.append({'t': 'p', 'text': '森林植被恢复费实行收支两条线管理，全额缴入国库，未发现挤占挪用情况。对本公开内容如有疑问，请于2026年3月20日前来电反映。'
              '联系电话：%s。' % L.anchor('电话', phone)})
    B.append({'t': 'right', 'text': '翾溪县林业局　翾溪县财政局'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    L.lin('c_proj', '项目宗数=分类之和', 'nproj', ['proj_road', 'proj_water', 'proj_mine', 'proj_other'])
    L.lin('c_area', '表1面积合计=各地类之和', 'area_tot', ['area0', 'area1', 'area2', 'area3'])
    L.same('c_area_s', '正文使用林地面积=表1合计（两处）', ['area_text', 'area_tot', 'area_text2'])
    for k in range(4):
        L.prod('c_due%d' % k, '表1 %s 应缴=面积×标准' % land[k][0], 'area%d' % k, 'std%d' % k, 'due%d' % k)
    L.lin('c_due', '表1应缴合计=各行之和', 'due_tot', ['due0', 'due1', 'due2', 'due3'])
    L.same('c_due_s', '正文应缴额=表1合计', ['due_text', 'due_tot'])
    L.lin('c_paid', '入库=应缴−分期缴纳', 'paid', ['due_tot', (-1, 'deferred')])
    L.ratio('c_rate', '征缴率=入库÷应缴', 'paid', 'due_tot', 'rate')
    L.pp('c_rate_pp', '征缴率上升百分点', 'rate', 'prev_rate', 'rate_pp', 'up')
    L.growth('c_inc', '入库比上年增加额与增长率', 'paid', 'prev_in', 'inc', 'inc_rate', 'up')
    L.lin('c_bal', '年末结余=年初结余+入库−支出', 'close', ['open', 'paid_2', (-1, 'out_text')])
    L.same('c_paid_s', '入库额前后一致', ['paid', 'paid_2'])
    L.lin('c_bud', '表2预算合计=各行之和', 'bud_tot', ['bud%d' % k for k in range(5)])
    L.lin('c_out', '表2支出合计=各行之和', 'out_tot', ['out%d' % k for k in range(5)])
    L.same('c_out_s', '支出额正文（两处）=表2合计', ['out_text', 'out_text2', 'out_tot'])
    L.same('c_bud_s', '支出预算正文=表2合计', ['bud_text', 'bud_tot'])
    L.ratio('c_exe', '预算执行率=支出÷预算', 'out_tot', 'bud_tot', 'exe')
    for k in range(5):
        L.ratio('c_sh%d' % k, '表2 %s 占比=支出÷合计' % spend[k][0], 'out%d' % k, 'out_tot', 'sh%d' % k)
    L.lin('c_sh', '表2占比合计=各行之和', 'sh_tot', ['sh%d' % k for k in range(5)])
    L.ratio('c_done', '造林完成率=完成÷计划', 'plant_done', 'plant_plan', 'done_rate')
    L.ratio('c_mucost', '亩均造林支出=造林支出×10000÷亩数', 'out0', 'plant_done', 'mu_cost', scale=10000)
    L.f('mu_per_ha', '15')
    L.prod('c_mu', '使用林地折亩=公顷×15', 'area_tot', 'mu_per_ha', 'area_mu')
    L.ratio('c_times', '恢复面积为使用面积的倍数', 'plant_done', 'area_mu', 'times', scale=1)
    L.ratio('c_tend', '亩均抚育支出=抚育支出×10000÷亩数', 'out1', 'tend_mu', 'tend_cost', scale=10000)
    L.pp('c_cover', '森林覆盖率提高百分点', 'cover_now', 'cover_prev', 'cover_pp', 'up')
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'txt-tab', 'blocks': B, 'html_title': '翾溪县2025年度森林植被恢复费征收使用情况', 'author': '翾溪县林业局'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
