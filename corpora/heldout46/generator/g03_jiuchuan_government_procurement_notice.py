# -*- coding: utf-8 -*-
"""t03 桕川县财政局 2024年度政府采购执行情况公告 (portal html)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't03_jiuchuan_county_government_procurement_execution_notice_2024.html'


def build():
    L = Ledger()
    d = Doc()
    docno = '桕财采〔2025〕3号'
    date = '2025年2月27日'

    buyers = 68
    budget, actual = '28,647.35', '27,102.58'
    prev_actual = '29,386.40'
    n_proj = 412
    n_prev = 375
    ways = [('公开招标', 96, '16,842.60', '15,918.24'),
            ('竞争性磋商', 138, '6,215.30', '5,836.47'),
            ('竞争性谈判', 41, '1,926.85', '1,842.16'),
            ('询价', 57, '684.20', '641.35'),
            ('单一来源采购', 12, '1,108.40', '1,096.80')]
    last_b = F(D(budget) - sum(D(b) for _, _, b, _ in ways))
    last_a = F(D(actual) - sum(D(a) for _, _, _, a in ways))
    ways.append(('框架协议采购', n_proj - sum(n for _, n, _, _ in ways), last_b, last_a))
    cats = [('货物类', '8,436.20'), ('工程类', '10,517.93'), ('服务类', '8,148.45')]
    assert sum(D(v) for _, v in cats) == D(actual)
    sme, small = '22,786.40', '15,942.18'
    mall_n, mall_amt = 1326, '412.65'
    farm, farm_plan = '186.30', '150.00'
    checked, hit = 24, 7
    probs = ['采购文件设置不合理条件', '合同签订超期', '履约验收不规范']

    saved = F(D(budget) - D(actual))
    save_r = P(pct(saved, budget))
    dec = F(D(prev_actual) - D(actual))
    dec_r = P(pct(dec, prev_actual))
    cat_sh = [P(pct(v, actual)) for _, v in cats]
    sme_sh = P(pct(sme, actual))
    small_sh = P(pct(small, sme))
    mall_avg = F(q(D(mall_amt) * 10000 / mall_n, 2))
    farm_r = P(pct(farm, farm_plan))
    open_sh = P(pct(ways[0][3], actual))

    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date)
    L.diff('节约资金 = 预算金额 - 实际采购金额', saved, budget, actual)
    L.ratio('资金节约率', save_r, saved, budget)
    L.growth('采购规模较上年减少、降幅', actual, prev_actual, dec, dec_r, ('下降',))
    L.growth('采购项目较上年增加', I(n_proj), I(n_prev), str(n_proj - n_prev), None, ('增加',))
    L.sum('品目分别为（采购金额）', actual, [v for _, v in cats])
    L.count('品目3类', '3', [k for k, _ in cats])
    for (k, v), s in zip(cats, cat_sh):
        L.ratio('%s占采购金额的比重' % k, s, v, actual)
    L.ratio('中小企业合同金额占采购金额', sme_sh, sme, actual)
    L.ratio('小微企业占中小企业合同金额', small_sh, small, sme)
    L.le('小微企业不超过中小企业', small, sme)
    L.ratio('电子卖场平均每笔（元）', mall_avg, mall_amt, I(mall_n), '10000')
    L.ratio('农副产品完成预留份额的比例', farm_r, farm, farm_plan)
    L.count('发现问题3类', '3', probs)
    L.le('问题项目不超过抽查项目', str(hit), str(checked))
    L.ratio('公开招标占采购金额的比重', open_sh, ways[0][3], actual)
    L.same('实际采购金额写三次（概况、表1合计、结语）', actual, 3)
    L.anchor('结语重述采购金额', '全县政府采购实际采购金额%s万元' % actual)

    t1 = [['采购方式', '项目数（个）', '预算金额（万元）', '采购金额（万元）', '占采购金额比重（%）']]
    shares = []
    for k, n, b, a in ways:
        s = P(pct(a, actual))
        shares.append(s)
        t1.append([k, str(n), b, a, s])
        L.ratio('表1 %s 占比' % k, s, a, actual)
    tot_sh = P(sum(D(s) for s in shares))
    assert tot_sh == '100.00', tot_sh
    t1.append(['合计', str(n_proj), budget, actual, tot_sh])
    L.sum('表1 项目数合计', str(n_proj), [str(n) for _, n, _, _ in ways])
    L.sum('表1 预算金额合计', budget, [b for _, _, b, _ in ways])
    L.sum('表1 采购金额合计', actual, [a for _, _, _, a in ways])
    L.sum('表1 占比合计', tot_sh, shares)
    L.extreme('公开招标金额最大', 'max', '公开招标', ways[0][3], [w[3] for w in ways[1:]])

    d.title('桕川县2024年度政府采购执行情况公告')
    d.sub('发布机构：桕川县财政局　　文号：%s' % docno)
    d.p('为推进政府采购信息公开，根据政府采购有关规定，现将桕川县2024年度县本级政府采购执行情况公告如下。')
    d.h('一、总体情况')
    d.p('2024年，全县纳入政府采购管理的采购人共%d家，实施采购项目%d个，比上年的%d个增加%d个。采购预算金额%s万元，'
        '实际采购金额%s万元，节约资金%s万元，资金节约率%s%%。受部分基建项目转为自行建设影响，采购规模比上年缩减%s万元，'
        '下降%s%%（2023年为%s万元）。' % (buyers, n_proj, n_prev, n_proj - n_prev, budget, actual, saved, save_r,
                                   dec, dec_r, prev_actual))
    d.h('二、按采购方式划分')
    d.p('公开招标仍是主要采购方式，采购金额%s万元，占采购金额的%s%%。各采购方式执行情况见下表。'
        % (ways[0][3], open_sh))
    d.cap('表1　2024年度政府采购方式执行情况')
    d.table('表1', t1)
    d.h('三、按采购品目划分')
    d.p('采购品目分为3类，即货物类、工程类和服务类，采购金额分别为%s万元、%s万元和%s万元，分别占采购金额的%s%%、%s%%和%s%%。'
        % (cats[0][1], cats[1][1], cats[2][1], cat_sh[0], cat_sh[1], cat_sh[2]))
    d.h('四、政策功能落实情况')
    d.p('授予中小企业合同金额%s万元，占采购金额的%s%%；其中授予小微企业合同金额%s万元，占中小企业合同金额的%s%%。'
        '通过政府采购电子卖场完成小额采购%s笔，金额%s万元，平均每笔%s元。预算单位采购脱贫地区农副产品%s万元，'
        '完成年度预留份额%s万元的%s%%。' % (sme, sme_sh, small, small_sh, I(mall_n), mall_amt, mall_avg, farm,
                                         farm_plan, farm_r))
    d.h('五、监督检查情况')
    d.p('全年随机抽查采购项目%d个，发现问题项目%d个，问题归纳为3类，即%s、%s和%s，均已责令整改。'
        '各采购人应于2025年4月30日前完成2024年度采购项目履约验收资料归档。' % (checked, hit, probs[0], probs[1], probs[2]))
    d.h('六、结语')
    d.p('2024年全县政府采购实际采购金额%s万元，政府采购节支和政策功能作用进一步发挥。2025年将全面推行采购意向公开和'
        '合同履约线上验收。' % actual)
    d.sign('桕川县财政局', date)
    chrome = {'page_title': '桕川县2024年度政府采购执行情况公告_桕川县人民政府',
              'site': '桕川县人民政府门户网站',
              'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进桕川'],
              'crumb': ['首页', '政务公开', '财政信息', '政府采购'],
              'footer': '主办：桕川县人民政府办公室　承办：桕川县财政局'}
    meta = {'name': NAME, 'format': 'html', 'date': date, 'docno': docno, 'chrome': chrome,
            'title': '桕川县2024年度政府采购执行情况公告', 'author': '桕川县财政局'}
    return d, L, meta
