# -*- coding: utf-8 -*-
"""t03 滘宁县农业农村局 农产品质量安全检测经费 2025年度项目支出绩效自评报告 (pdf)."""
from lib58 import Doc, D, q, F, I

STEM = 't03_jiaoning_county_agricultural_product_quality_safety_testing_funds_project_selfeval_2025'

BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]

def build():
    d = Doc(STEM, 2025, 'pdf')
    d.meta['title'] = '滘宁县农产品质量安全检测经费2025年度项目支出绩效自评报告'
    d.set('docno', '滘农〔2026〕11号')
    d.set('date', '2026年2月26日')
    d.set('phone', '0745-3916825')

    cty, up = d.n('cty', D('88.50')), d.n('up', D('40.00'))
    bud = d.n('bud', cty + up)
    d.n('up_sh', up * 100 / bud)
    bl = [D('62.00'), D('28.50'), D('20.00'), D('10.00'), D('8.00')]
    el = [D('60.84'), D('27.36'), D('17.85'), D('9.12'), D('6.20')]
    for k in range(5):
        d.n('b%d' % (k + 1), bl[k])
        d.n('e%d' % (k + 1), el[k])
        d.n('x%d' % (k + 1), el[k] * 100 / bl[k])
    bt = d.n('bt', sum(bl))
    et = d.n('et', sum(el))
    xt = d.n('xt', et * 100 / bt)
    d.n('exp', et)
    d.n('rate', xt)
    d.n('rem', bt - et)

    c1, c2, c3, c4 = d.i('c1', 720), d.i('c2', 186), d.i('c3', 214), d.i('c4', 140)
    qn = d.i('qn', c1 + c2 + c3 + c4)
    plan = d.i('plan', 1200)
    d.n('done', D(qn) * 100 / plan)
    qok = d.i('qok', 1251)
    d.i('qbad', qn - qok)
    qr = d.n('qr', D(qok) * 100 / qn)
    qr0 = d.n('qr0', D('98.86'))
    d.n('qpp', qr - qr0)
    d.set('qword', '提高')
    d.n('per_batch', el[0] * 10000 / qn)
    fn, fok = d.i('fn', 38640), d.i('fok', 38512)
    d.n('fr', D(fok) * 100 / fn)
    cert, cert0 = d.i('cert', 52300), d.i('cert0', 41860)
    d.i('cert_chg', cert - cert0)
    d.n('cert_gr', D(cert - cert0) * 100 / cert0)
    d.i('st_n', 6)
    t1, t2 = d.i('t1', 54), d.i('t2', 88)
    d.i('tt', t1 + t2)
    ent, ent0 = d.i('ent', 486), d.i('ent0', 392)
    d.i('ent_chg', ent - ent0)
    sv, svok = d.i('sv', 250), d.i('svok', 234)
    sat = d.n('sat', D(svok) * 100 / sv)

    items = [('决策', '项目立项', 5, D('5.00')),
             ('决策', '绩效目标', 5, D('4.50')),
             ('决策', '资金投入', 5, D('5.00')),
             ('过程', '预算执行率', 10, q(xt * 10 / 100)),
             ('过程', '资金管理', 5, D('4.60')),
             ('过程', '组织实施', 5, D('4.50')),
             ('产出', '定量检测数量', 10, D('10.00')),
             ('产出', '快速检测数量', 10, D('10.00')),
             ('产出', '检测合格率', 10, D('9.80')),
             ('产出', '检测完成及时性', 10, D('9.00')),
             ('效益', '社会效益', 8, D('7.50')),
             ('效益', '可持续影响', 7, D('6.50')),
             ('满意度', '生产经营主体满意度', 10, q(sat * 10 / 100))]
    assert sum(x[2] for x in items) == 100
    for k, it in enumerate(items):
        d.i('w%d' % (k + 1), it[2])
        d.n('s%d' % (k + 1), it[3])
        assert it[3] <= it[2]
    d.i('wt', 100)
    tot = d.n('stot', sum(x[3] for x in items))
    d.n('stot_c', tot)
    g = [b for lo, b in BANDS if tot >= D(lo)][0]
    d.set('grade', g)

    # ---- text
    d.title('滘宁县农产品质量安全检测经费2025年度项目支出绩效自评报告')
    d.p('{docno}', 'center')
    d.h('一、项目概况')
    d.p('农产品质量安全检测经费由滘宁县农业农村局（县农产品质量安全检验检测站具体实施）管理使用，用于全县农产品定量检测、快速检测、监督抽检和追溯体系建设。'
        '2025年项目预算{bud}万元，其中县级财政安排{cty}万元、上级补助资金{up}万元，上级补助占预算总额的{up_sh}%。')
    d.p('检测网络覆盖{st_n}个乡镇农产品质量安全监管站，即滘东镇、滘西镇、滘南乡、滘北乡、中滘镇和上滘乡监管站，各站承担辖区快速检测和样品初筛任务。')
    d.h('二、资金使用情况')
    d.p('截至2025年12月31日，项目实际支出{exp}万元，预算执行率{rate}%，结余{rem}万元。分用途执行情况如下表。')
    rows = []
    nm = ['定量检测委托费', '快检试剂及耗材', '检测设备购置维护', '监督抽检及人员培训', '宣传及追溯体系建设']
    for k in range(5):
        rows.append([nm[k], '{b%d}' % (k + 1), '{e%d}' % (k + 1), '{x%d}' % (k + 1)])
    rows.append(['合计', '{bt}', '{et}', '{xt}'])
    d.table('表1　项目资金预算执行情况', '金额单位：万元', ['用途', '全年预算', '实际支出', '执行率（%）'], rows, widths=[62, 34, 34, 34])
    d.h('三、绩效目标完成情况')
    d.p('（一）定量检测。全年完成定量检测{qn}批次，为年度计划{plan}批次的{done}%。按品类分，蔬菜、水果、畜禽产品和水产品分别为{c1}批次、{c2}批次、{c3}批次和{c4}批次。'
        '检测合格{qok}批次，合格率{qr}%，较上年的{qr0}%{qword}{qpp}个百分点；不合格{qbad}批次均已移交执法机构依法处置。按定量检测委托费计算，每批次检测费用{per_batch}元。')
    d.p('（二）快速检测。全年快速检测{fn}批次，合格{fok}批次，快检合格率{fr}%。')
    d.p('（三）追溯与培训。全年开具承诺达标合格证{cert}张，上年为{cert0}张，多开具{cert_chg}张，增幅{cert_gr}%；纳入追溯平台的生产经营主体{ent}家，比上年{ent0}家净增{ent_chg}家。'
        '开展检测技术培训{tt}人次，其中乡镇监管员{t1}人次、村级协管员{t2}人次。')
    d.p('（四）满意度。向生产经营主体发放问卷{sv}份，满意{svok}份，满意度{sat}%。')
    d.h('四、自评得分')
    d.p('依据项目支出绩效评价指标体系，预算执行率指标按执行率乘以分值计分，满意度指标按满意度乘以分值计分，评分结果见表2。评价等级分为优（90分及以上）、良（80—89.99分）、中（60—79.99分）、差（60分以下）。')
    rows = []
    for k, it in enumerate(items):
        rows.append([it[0], it[1], '{w%d}' % (k + 1), '{s%d}' % (k + 1)])
    rows.append(['合计', '', '{wt}', '{stot}'])
    d.table('表2　项目支出绩效自评评分表', None, ['一级指标', '二级指标', '分值', '得分'], rows, widths=[30, 70, 30, 30])
    d.p('本项目2025年度绩效自评综合得分{stot_c}分，评价等级为“{grade}”。')
    d.h('五、问题和改进')
    d.p('检测设备购置维护资金执行偏低，部分设备招标延后；追溯平台与乡镇监管站数据对接不够顺畅。计划2026年6月底前完成剩余设备采购。')
    d.p('联系电话：{phone}', 'plain')
    d.sign(['滘宁县农业农村局', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    d.sum('预算=县级+上级', 'bud', ['cty', 'up'])
    d.ratio('上级补助占比', 'up', 'bud', 'up_sh')
    d.count('监管站6个（即…）', 'st_n', ['=滘东镇', '=滘西镇', '=滘南乡', '=滘北乡', '=中滘镇', '=上滘乡'])
    for k in range(1, 6):
        d.ratio('表1 第%d行 执行率' % k, 'e%d' % k, 'b%d' % k, 'x%d' % k)
    d.sum('表1 预算合计', 'bt', ['b%d' % k for k in range(1, 6)])
    d.sum('表1 支出合计', 'et', ['e%d' % k for k in range(1, 6)])
    d.ratio('表1 合计执行率', 'et', 'bt', 'xt')
    d.same('表1预算合计=预算', 'bt', 'bud')
    d.same('正文支出=表1合计', 'exp', 'et')
    d.same('正文执行率=表1合计', 'rate', 'xt')
    d.diff('结余=预算-支出', 'bud', 'exp', 'rem')
    d.sum('定量检测=四类之和', 'qn', ['c1', 'c2', 'c3', 'c4'])
    d.ratio('定量检测计划完成率', 'qn', 'plan', 'done')
    d.ratio('定量检测合格率', 'qok', 'qn', 'qr')
    d.diff('不合格=检测-合格', 'qn', 'qok', 'qbad')
    d.pp('合格率提高百分点', 'qr', 'qr0', 'qpp', 'qword')
    d.ratio('每批次检测费用=委托费/批次', 'e1', 'qn', 'per_batch', mul='=10000')
    d.ratio('快检合格率', 'fok', 'fn', 'fr')
    d.growth('合格证多开具/增幅', 'cert', 'cert0', amt='cert_chg', rate='cert_gr')
    d.growth('追溯主体净增', 'ent', 'ent0', amt='ent_chg')
    d.sum('培训人次=监管员+协管员', 'tt', ['t1', 't2'])
    d.ratio('满意度', 'svok', 'sv', 'sat')
    d.ratio('预算执行率得分=执行率×分值', 'xt', '=100', 's4', mul='=10')
    d.ratio('满意度得分=满意度×分值', 'sat', '=100', 's13', mul='=10')
    d.sum('表2 分值合计', 'wt', ['w%d' % k for k in range(1, 14)])
    d.sum('表2 得分合计', 'stot', ['s%d' % k for k in range(1, 14)])
    d.same('结论得分=表2合计', 'stot_c', 'stot')
    d.band('等级与得分相符', 'stot_c', 'grade', BANDS)
    return d
