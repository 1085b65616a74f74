"""t06 荩山县市场监督管理局 2024年度食品安全抽检监测经费 项目支出绩效自评报告 (docx)."""
import datetime
from lib39 import D, F, I, q, pct, growth, shares, Doc, Ledger

NAME = 't06_jinshan_county_market_regulation_food_safety_sampling_fund_selfeval_2024'
FMT, EXT = 'docx', 'docx'


def build():
    L = Ledger(NAME)
    b_prov, b_cty = D('90.00'), D('78.00')
    items = [('监督抽检（定量检测）', 1120, '批次', 780), ('风险监测', 380, '批次', 650),
             ('评价性抽检', 240, '批次', 520), ('农贸市场快速检测', 12600, '批次', 18)]
    travel = D('6.15')
    lab_plan = 1650
    fail, cased = 38, 21
    sent, sat = 300, 282
    lab_prev = 1580
    budget = b_prov + b_cty
    amts = [D(k) * D(p) / 10000 for _, k, _, p in items]
    spend = sum(amts) + travel
    lab = sum(k for _, k, _, _ in items[:3])
    exec_r = pct(spend, budget)
    fail_r = pct(fail, lab)
    sat_r = pct(sat, sent)
    subs = [('决策', 15, D('14.00')), ('过程', 20, D('18.30')), ('产出', 40, D('38.60')), ('效益', 25, D('23.40'))]
    total = sum(s for _, _, s in subs)
    grade = '优' if total >= 90 else '良'

    d = Doc()
    d.title('荩山县市场监督管理局2024年度食品安全抽检监测经费项目支出绩效自评报告')
    d.sub('荩市监〔2025〕12号')
    d.h('一、项目概况')
    d.p('食品安全抽检监测是县市场监管局的法定职责。2024年本项目委托具备资质的荸宁检测技术有限公司承担'
        '实验室检验，农贸市场快速检测由局属快检室实施，抽检覆盖生产、流通、餐饮各环节。')
    d.p(f'项目年度预算{F(budget)}万元，来源为省级食品安全专项转移支付{F(b_prov)}万元和县级财政安排{F(b_cty)}万元，'
        f'县级资金占{pct(b_cty, budget)}%。')
    d.h('二、资金使用情况')
    d.p(f'全年项目支出{F(spend)}万元，预算执行率{exec_r}%，年末结余{F(budget - spend)}万元已按规定交回财政。'
        f'检验费用按合同单价和实际完成批次结算（见表1），另发生抽样差旅及样品运输费{F(travel)}万元。')
    rows = [['支出内容', '完成数量', '合同单价（元/批次）', '金额（万元）']]
    for (n, k, u, p), a in zip(items, amts):
        rows.append([n, I(k), I(p), F(a)])
    rows.append(['抽样差旅及样品运输', '—', '—', F(travel)])
    rows.append(['合计', '—', '—', F(spend)])
    d.table('表1  抽检监测经费支出明细', rows)
    d.h('三、绩效指标完成情况')
    d.p(f'数量指标：实验室检验（监督抽检、风险监测和评价性抽检三类之和）共{I(lab)}批次，年度计划{I(lab_plan)}批次，'
        f'完成计划的{pct(lab, lab_plan)}%；与2023年{I(lab_prev)}批次比，多了{lab - lab_prev}批次，'
        f'增长{growth(lab, lab_prev)}%。快速检测{I(items[3][1])}批次，不计入实验室检验批次。')
    d.p(f'质量指标：检出不合格样品{fail}批次，不合格率{fail_r}%；不合格样品核查处置率100%，'
        f'其中立案查处{cased}件，其余{fail - cased}批次经核查属标签瑕疵等情形，已责令改正。')
    d.p(f'满意度指标：随机调查消费者和经营者{sent}人，满意{sat}人，满意率{sat_r}%，高于90%的年度目标。')
    d.h('四、自评得分')
    d.p('按照项目支出绩效评价指标体系，满分100分。'
        + '，'.join(f'{n}指标{w}分、得分{F(s)}' for n, w, s in subs)
        + f'，合计得分{F(total)}分，自评等级为“{grade}”（90分及以上为优）。扣分主要在过程和产出：'
          f'个别批次检验报告超过约定时限送达，评价性抽检样本的区域分布不够均衡。')
    d.h('五、问题与改进')
    d.p('存在的问题主要有三点：一是县级快检室设备老化，部分农药残留项目只能定性；二是网络食品抽检占比偏低；'
        '三是检验结果公开不够及时。下一步拟申请更新快检设备，增加网络销售食品抽样，检验结论出具后'
        '20个工作日内在局门户网站公开。')
    d.sign('荩山县市场监督管理局', '2025年2月26日')

    L.facts.update(date='2025年2月26日', docno='荩市监〔2025〕12号')
    L.sum('预算 = 省级 + 县级', F(budget), [F(b_prov), F(b_cty)])
    L.rate('县级资金占比', F(b_cty), F(budget), pct(b_cty, budget))
    for (n, k, u, p), a in zip(items, amts):
        L.prod(f'表1 {n} = 数量 × 单价 ÷ 10000', F(a), [I(k), I(p)], 10000)
    L.sum('表1 合计', F(spend), [F(a) for a in amts] + [F(travel)])
    L.rate('预算执行率', F(spend), F(budget), exec_r)
    L.diff('结余 = 预算 − 支出', F(budget), F(spend), F(budget - spend))
    L.sum('实验室检验批次 = 3 类', I(lab), [I(k) for _, k, _, _ in items[:3]])
    L.rate('完成计划%', I(lab), I(lab_plan), pct(lab, lab_plan))
    L.diff('批次 增加', I(lab), I(lab_prev), str(lab - lab_prev))
    L.growth('批次 增长', I(lab), I(lab_prev), growth(lab, lab_prev), '增')
    L.rate('不合格率 = 38 ÷ 1,740', str(fail), I(lab), fail_r)
    L.sum('不合格 = 立案 + 责令改正', str(fail), [str(cased), str(fail - cased)])
    L.rate('满意率', str(sat), str(sent), sat_r)
    L.ge('满意率 ≥ 90', sat_r, '90')
    for n, w, s in subs:
        L.le(f'{n} 得分 ≤ 分值', F(s), str(w))
    L.sum('分值 合计 100', '100', [str(w) for _, w, _ in subs])
    L.sum('合计得分 = 4 类', F(total), [F(s) for _, _, s in subs])
    L.ge('≥ 90 → 优', F(total), '90')
    L.dated('落款晚于 2024-12-31', '2025年2月26日', datetime.date(2024, 12, 31))
    for a in ['荩市监〔2025〕12号', '自评等级为“优”', '主要有三点', '一是', '二是', '三是', '2025年2月26日']:
        L.anchor(a)
    return d, L
