# -*- coding: utf-8 -*-
"""t04 浥阳县 2024年度国有土地使用权出让收入使用情况公开 (portal html)."""
from lib58 import Doc, D, q, F, I

STEM = 't04_yiyang_county_state_owned_land_use_right_transfer_income_use_disclosure_2024'

def build():
    d = Doc(STEM, 2024, 'html')
    d.meta['title'] = '浥阳县2024年度国有土地使用权出让收入使用情况公开'
    d.meta['portal'] = {
        'page_title': '浥阳县2024年度国有土地使用权出让收入使用情况公开_浥阳县人民政府门户网站',
        'site': '浥阳县人民政府门户网站',
        'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进浥阳'],
        'crumb': '当前位置：首页 > 政务公开 > 财政信息 > 专项资金公开',
        'info': '发布机构：浥阳县财政局　发布日期：2025-04-18　浏览次数：',
        'foot': '主办：浥阳县人民政府办公室　承办：浥阳县政务服务数据管理中心',
    }
    d.set('docno', '浥财公〔2025〕2号')
    d.set('date', '2025年4月18日')
    d.set('phone', '0737-8264051')

    # land parcels by use
    n = [14, 9, 15]
    area = [D('612.4'), D('285.6'), D('1248.8')]
    inc = [D('56318.40'), D('14862.70'), D('15244.50')]
    for k in range(3):
        d.i('ln%d' % (k + 1), n[k])
        d.n('la%d' % (k + 1), area[k], 1)
        d.n('li%d' % (k + 1), inc[k])
        d.n('lp%d' % (k + 1), inc[k] / area[k])
    d.i('lnt', sum(n))
    lat = d.n('lat', sum(area), 1)
    lit = d.n('lit', sum(inc))
    d.n('lpt', lit / lat)
    d.n('ha', lat / 15)
    income = d.n('income', lit)
    inc0 = d.n('inc0', D('102318.40'))
    d.n('inc_chg', inc0 - income)
    d.n('inc_gr', (inc0 - income) * 100 / inc0)
    d.set('inc_word', '下降')
    d.i('lnt_p', sum(n))

    # expenditure table
    names = ['征地和拆迁补偿支出', '土地开发支出', '城市建设支出', '农业农村支出', '补助被征地农民支出', '其他支出（含债务付息）']
    p0 = [D('51260.30'), D('14285.16'), D('18930.55'), D('8746.20'), D('2316.00'), D('1862.40')]
    p1 = [D('42318.60'), D('12604.28'), D('15876.40'), D('9624.50'), D('2480.00'), D('2009.94')]
    t0, t1 = sum(p0), sum(p1)
    for k in range(6):
        d.n('a%d' % (k + 1), p0[k])
        d.n('b%d' % (k + 1), p1[k])
        d.n('c%d' % (k + 1), p1[k] - p0[k])
        d.n('s%d' % (k + 1), p1[k] * 100 / t1)
    d.n('at', t0)
    bt = d.n('bt', t1)
    d.n('ct', t1 - t0)
    shares = [q(x * 100 / t1) for x in p1]
    d.meta['share_sum'] = str(sum(shares))
    d.n('st', sum(shares))  # written as the column sum of the rounded shares
    spend = d.n('spend', t1)
    d.n('sp_chg', t0 - t1)
    d.n('sp_gr', (t0 - t1) * 100 / t0)
    d.n('sp0', t0)
    # balance
    opening = d.n('open', D('6842.35'))
    out = d.n('out', D('1500.00'))
    d.n('close', opening + income - spend - out)
    # proceeds and agriculture share
    cost = d.n('cost', p1[0] + p1[1] + p1[4])
    gain = d.n('gain', income - cost)
    agr = d.n('agr', p1[3])
    ash = d.n('ash', agr * 100 / gain)
    ash0 = d.n('ash0', D('28.47'))
    d.n('app', ash - ash0)
    d.set('aword', '高出')
    d.n('ash_inc', agr * 100 / income)
    d.i('thr', 30)
    fp = d.i('fp', 3100)
    d.n('fp_avg', p1[4] * 10000 / fp, 2)
    # restated
    d.n('inc_r', income)
    d.n('spend_r', spend)

    # ---- text
    d.title('浥阳县2024年度国有土地使用权出让收入使用情况公开')
    d.p('{docno}', 'center')
    d.p('为规范土地出让收支管理、接受社会监督，现将浥阳县2024年度国有土地使用权出让收入（以下简称土地出让收入）征收和使用情况公开如下。')
    d.h('一、土地出让收入情况')
    d.p('2024年全县共出让国有建设用地{lnt_p}宗，面积{lat}亩（折合{ha}公顷），实现土地出让收入{income}万元，较上年的{inc0}万元减少{inc_chg}万元，同比{inc_word}{inc_gr}%，主要是住宅用地出让宗数减少。分用途情况见表1。')
    rows = []
    un = ['住宅用地', '商服用地', '工业用地']
    for k in range(3):
        rows.append([un[k], '{ln%d}' % (k + 1), '{la%d}' % (k + 1), '{li%d}' % (k + 1), '{lp%d}' % (k + 1)])
    rows.append(['合计', '{lnt}', '{lat}', '{lit}', '{lpt}'])
    d.table('表1　2024年土地出让分用途情况', None, ['用途', '宗数（宗）', '面积（亩）', '出让收入（万元）', '亩均价款（万元/亩）'], rows)
    d.h('二、土地出让收入使用情况')
    d.p('2024年土地出让收入安排的支出为{spend}万元，比2023年的{sp0}万元减少{sp_chg}万元，下降{sp_gr}%。分项目支出情况见表2。')
    rows = []
    for k in range(6):
        rows.append([names[k], '{a%d}' % (k + 1), '{b%d}' % (k + 1), '{c%d}' % (k + 1), '{s%d}' % (k + 1)])
    rows.append(['合计', '{at}', '{bt}', '{ct}', '{st}'])
    d.table('表2　土地出让收入安排的支出情况', '单位：万元、%', ['支出项目', '2023年', '2024年', '增减额', '占2024年支出比重'], rows)
    d.p('扣除征地和拆迁补偿、土地开发、补助被征地农民等成本性支出{cost}万元后，当年土地出让收益为{gain}万元。用于农业农村的支出{agr}万元，占土地出让收益的{ash}%，'
        '比上年的{ash0}%{aword}{app}个百分点，高于不低于{thr}%的年度目标；若按土地出让收入全额计算，该比例为{ash_inc}%。'
        '补助被征地农民支出共惠及{fp}人，人均{fp_avg}元。')
    d.h('三、收支结余情况')
    d.p('2024年初土地出让收入结转{open}万元，加上当年收入，减去当年支出和调入一般公共预算{out}万元后，年末滚存结余{close}万元，将按规定结转下年使用。')
    d.h('四、总体评价')
    d.p('2024年全县土地出让收入{inc_r}万元、安排支出{spend_r}万元，收支纳入政府性基金预算管理，实行“收支两条线”。下一步将加快低效闲置用地处置，并于2025年6月底前完成2024年度土地出让收支审计整改。')
    d.p('联系电话：{phone}', 'plain')
    d.sign(['浥阳县财政局　浥阳县自然资源局', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    for k in range(1, 4):
        d.ratio('表1 第%d行 亩均价款' % k, 'li%d' % k, 'la%d' % k, 'lp%d' % k, mul='=1')
    d.sum('表1 宗数合计', 'lnt', ['ln1', 'ln2', 'ln3'])
    d.sum('表1 面积合计', 'lat', ['la1', 'la2', 'la3'])
    d.sum('表1 收入合计', 'lit', ['li1', 'li2', 'li3'])
    d.ratio('表1 合计亩均价款', 'lit', 'lat', 'lpt', mul='=1')
    d.same('正文宗数=表1合计', 'lnt_p', 'lnt')
    d.same('正文收入=表1合计', 'income', 'lit')
    d.ratio('亩折公顷（÷15）', 'lat', '=15', 'ha', mul='=1')
    d.growth('收入较上年减少/下降', 'income', 'inc0', amt='inc_chg', rate='inc_gr', word='inc_word')
    for k in range(1, 7):
        d.diff('表2 第%d行 增减额' % k, 'b%d' % k, 'a%d' % k, 'c%d' % k)
        d.ratio('表2 第%d行 占比' % k, 'b%d' % k, 'bt', 's%d' % k)
    d.sum('表2 2023年合计', 'at', ['a%d' % k for k in range(1, 7)])
    d.sum('表2 2024年合计', 'bt', ['b%d' % k for k in range(1, 7)])
    d.sum('表2 增减额合计', 'ct', ['c%d' % k for k in range(1, 7)])
    d.sum('表2 占比列合计', 'st', ['s%d' % k for k in range(1, 7)])
    d.same('正文支出=表2合计', 'spend', 'bt')
    d.same('正文上年支出=表2合计', 'sp0', 'at')
    d.growth('支出比上年减少/下降', 'spend', 'sp0', amt='sp_chg', rate='sp_gr')
    d.sum('成本性支出=征拆+开发+补助农民', 'cost', ['b1', 'b2', 'b5'])
    d.diff('土地出让收益=收入-成本性支出', 'income', 'cost', 'gain')
    d.same('农业农村支出=表2', 'agr', 'b4')
    d.ratio('农业农村支出占收益比重', 'agr', 'gain', 'ash')
    d.pp('占收益比重提高百分点', 'ash', 'ash0', 'app', 'aword')
    d.le('比重不低于目标', 'thr', 'ash')
    d.ratio('农业农村支出占出让收入比重', 'agr', 'income', 'ash_inc')
    d.ratio('被征地农民人均补助', 'b5', 'fp', 'fp_avg', mul='=10000')
    d.bal('年末滚存结余=年初+收入-支出-调出', 'open', ['income'], ['spend', 'out'], 'close')
    d.same('总体评价收入=正文', 'inc_r', 'income')
    d.same('总体评价支出=正文', 'spend_r', 'spend')
    return d
