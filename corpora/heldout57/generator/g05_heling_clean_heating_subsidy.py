# -*- coding: utf-8 -*-
"""t05 鹖岭县 2024年度农村清洁取暖补贴资金发放情况公示 (txt, space-aligned table)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't05_heling_county_rural_clean_heating_subsidy_payment_notice_2024.txt'
FY = 2024


def build():
    L = Ledger()
    std = [('煤改电', 3000), ('煤改气', 2500), ('生物质炉具', 1200)]
    towns = [('鹖城镇', 412, 286, 58), ('鹖东镇', 338, 124, 96), ('西鹖乡', 205, 0, 187),
             ('鹖南乡', 264, 52, 143), ('上鹖乡', 176, 0, 212)]
    stock_hh, run_std = 3846, 400
    season_start, season_end = '2023年11月15日', '2024年3月15日'
    src_central, src_city = D('420.00'), D('180.00')
    hh_now, hh_prev = 9352, 9410          # 农村常住户（2024年末 / 2023年末）
    prev_year_conv = 2186
    sampled = 510
    docno, date, phone = '鹖住建发〔2025〕3号', '2025年2月14日', '0749-5362810'

    # ---------------- derived
    row_hh = [a + b + c for _, a, b, c in towns]
    row_amt = [q(D(a * 3000 + b * 2500 + c * 1200) / 10000, 2) for _, a, b, c in towns]
    col = [sum(t[j] for t in towns) for j in (1, 2, 3)]
    conv = sum(row_hh)
    conv_amt = sum(row_amt)
    run_amt = q(D(stock_hh * run_std) / 10000, 2)
    total = conv_amt + run_amt
    src_county = total - src_central - src_city
    avg_hh = q(conv_amt * 10000 / conv, 2)
    cum = stock_hh + conv
    cov_now = pct(cum, hh_now)
    cov_prev = pct(stock_hh, hh_prev)
    cov_pp = cov_now - cov_prev
    g = conv - prev_year_conv
    g_rate = pct(g, prev_year_conv)
    from lib57 import pdate
    ndays = (pdate(season_end) - pdate(season_start)).days + 1
    per_day = q(D(run_std) / ndays, 2)
    samp_rate = pct(sampled, conv)

    B = []
    B.append({'t': 'title', 'text': '鹖岭县住房和城乡建设局　鹖岭县财政局'})
    B.append({'t': 'title', 'text': '关于2024年度农村清洁取暖补贴资金发放情况的公示'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'p', 'text': '按照县农村清洁取暖改造实施方案，经乡镇初验、县级抽查，现将2024年度农村清洁取暖补贴资金发放情况公示如下。'})
    B.append({'t': 'h', 'text': '一、补贴标准'})
    B.append({'t': 'p', 'text': '（一）设备购置补贴。对2024年完成改造的农户一次性补贴：%s每户%s元，%s每户%s元，%s每户%s元。' % (
        std[0][0], L.i('std0', 3000), std[1][0], L.i('std1', 2500), std[2][0], L.i('std2', 1200))})
    B.append({'t': 'p', 'text': '（二）运行补贴。对2023年底前已完成改造的存量户，按每户每个采暖季%s元发放2023—2024年采暖季运行补贴。'
              '该采暖季自%s至%s，共%s天，折合每户每天约%s元。' % (
                  L.i('run_std', run_std), L.f('s_start', season_start), L.f('s_end', season_end), L.i('ndays', ndays), L.p('per_day', per_day))})
    B.append({'t': 'h', 'text': '二、改造及补贴发放情况'})
    B.append({'t': 'p', 'text': '2024年全县完成农村清洁取暖改造%s户，较2023年的%s户多改造%s户，增长%s%%；发放设备购置补贴%s万元，户均%s元。'
              '分乡镇情况如下：' % (L.i('conv_text', conv), L.i('prev_conv', prev_year_conv), L.i('g', g), L.p('g_rate', g_rate),
                                    L.m('conv_amt_text', conv_amt), L.m('avg_hh', avg_hh))})
    rows = []
    for k, (nm, a, b, c) in enumerate(towns):
        rows.append([nm, L.i('a%d' % k, a), L.i('b%d' % k, b), L.i('c%d' % k, c), L.i('hh%d' % k, row_hh[k]),
                     L.m('amt%d' % k, row_amt[k])])
    rows.append(['合计', L.i('a_tot', col[0]), L.i('b_tot', col[1]), L.i('c_tot', col[2]), L.i('hh_tot', conv),
                 L.m('amt_tot', conv_amt)])
    B.append({'t': 'table', 'caption': '2024年度农村清洁取暖设备购置补贴分乡镇发放表', 'unit': '户数单位：户　　金额单位：万元',
              'head': ['乡镇', '煤改电', '煤改气', '生物质炉具', '改造户数', '补贴金额'], 'rows': rows})
    B.append({'t': 'p', 'text': '发放运行补贴%s户、%s万元。设备购置补贴与运行补贴合计%s万元，资金来源为中央大气污染防治资金%s万元、市级补助%s万元、县级配套%s万元。' % (
        L.i('stock_hh', stock_hh), L.m('run_amt', run_amt), L.m('total_text', total), L.m('src_c', src_central), L.m('src_m', src_city),
        L.m('src_x', src_county))})
    B.append({'t': 'p', 'text': '截至2024年末，全县累计完成改造%s户，占农村常住户%s户的%s%%；上年末为%s%%（存量户%s户÷当时常住户%s户），'
              '覆盖率提高%s个百分点。县级抽查改造户%s户，抽查比例%s%%，未发现虚报冒领。' % (
                  L.i('cum', cum), L.i('hh_now', hh_now), L.p('cov_now', cov_now), L.p('cov_prev', cov_prev), L.i('stock_hh2', stock_hh),
                  L.i('hh_prev', hh_prev), L.p('cov_pp', cov_pp), L.i('sampled', sampled), L.p('samp_rate', samp_rate))})
    B.append({'t': 'p', 'text': '2024年新完成改造的农户不享受本次运行补贴，其2024—2025年采暖季运行补贴待采暖季结束后另行核定公示。'
              '设备购置补贴在验收合格后30日内拨付，截至2024年12月31日已全部拨付到户；运行补贴于2024年4月集中发放。'})
    B.append({'t': 'h', 'text': '三、公示说明'})
    B.append({'t': 'p', 'text': '本次共公示补贴资金%s万元，均通过惠民惠农财政补贴“一卡通”直接发放到户。公示期为2025年2月17日至2月21日，'
              '如有异议，请在公示期内向县住房和城乡建设局反映，联系电话：%s。' % (L.m('total_concl', total), L.anchor('电话', phone))})
    B.append({'t': 'right', 'text': '鹖岭县住房和城乡建设局　鹖岭县财政局'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    for k, (nm, a, b, c) in enumerate(towns):
        L.lin('c_hh%d' % k, '%s 改造户数=三类之和' % nm, 'hh%d' % k, ['a%d' % k, 'b%d' % k, 'c%d' % k])
    for k, (nm, a, b, c) in enumerate(towns):
        L.add('c_amt%d' % k, '%s 补贴金额=各类户数×标准÷10000' % nm, 'lin', result='amt%d' % k,
              terms=[(D('0.3'), 'a%d' % k), (D('0.25'), 'b%d' % k), (D('0.12'), 'c%d' % k)])
    L.lin('c_acol', '煤改电列合计', 'a_tot', ['a%d' % k for k in range(5)])
    L.lin('c_bcol', '煤改气列合计', 'b_tot', ['b%d' % k for k in range(5)])
    L.lin('c_ccol', '生物质炉具列合计', 'c_tot', ['c%d' % k for k in range(5)])
    L.lin('c_hhcol', '改造户数列合计', 'hh_tot', ['hh%d' % k for k in range(5)])
    L.lin('c_amtcol', '补贴金额列合计', 'amt_tot', ['amt%d' % k for k in range(5)])
    L.same('c_conv_s', '正文改造户数=表合计', ['conv_text', 'hh_tot'])
    L.same('c_amt_s', '正文设备补贴=表合计', ['conv_amt_text', 'amt_tot'])
    L.growth('c_g', '改造户数较上年增加与增长率', 'conv_text', 'prev_conv', 'g', 'g_rate', 'up')
    L.ratio('c_avg', '户均设备补贴=补贴×10000÷户数', 'amt_tot', 'hh_tot', 'avg_hh', scale=10000)
    L.days('c_days', '采暖季天数（含首尾，2024年闰年）', 's_start', 's_end', 'ndays')
    L.ratio('c_perday', '运行补贴每户每天=标准÷天数', 'run_std', 'ndays', 'per_day', scale=1)
    L.prod('c_run', '运行补贴=存量户×标准÷10000', 'stock_hh', 'run_std', 'run_amt', scale=D('0.0001'))
    L.lin('c_total', '补贴合计=设备购置补贴+运行补贴', 'total_text', ['amt_tot', 'run_amt'])
    L.lin('c_src', '补贴合计=中央+市级+县级', 'total_text', ['src_c', 'src_m', 'src_x'])
    L.lin('c_cum', '累计改造=存量户+当年改造', 'cum', ['stock_hh', 'hh_tot'])
    L.same('c_stock_s', '存量户前后一致', ['stock_hh', 'stock_hh2'])
    L.ratio('c_cov_now', '年末覆盖率=累计÷常住户', 'cum', 'hh_now', 'cov_now')
    L.ratio('c_cov_prev', '上年末覆盖率=存量户÷上年末常住户', 'stock_hh2', 'hh_prev', 'cov_prev')
    L.pp('c_cov_pp', '覆盖率提高百分点', 'cov_now', 'cov_prev', 'cov_pp', 'up')
    L.ratio('c_samp', '抽查比例=抽查户÷改造户', 'sampled', 'hh_tot', 'samp_rate')
    L.same('c_total_s', '公示说明中的补贴总额=正文合计', ['total_concl', 'total_text'])
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'txt-space', 'blocks': B, 'html_title': '关于2024年度农村清洁取暖补贴资金发放情况的公示', 'author': '鹖岭县住房和城乡建设局'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
