# -*- coding: utf-8 -*-
"""t06 -- 湖北省澴阳市人力资源和社会保障局 2024年度就业补助资金项目支出绩效自评报告 (docx; 元 table, 万元 prose)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, render_docx, run  # noqa: E402

NAME = 't06_huanyang_employment_subsidy_fund_selfeval_2024.docx'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)


def I(n):
    return f'{n:,}'


def build():
    L = Ledger(NAME)
    m = []
    # ---------------------------------------------------------- base inputs
    prod_rows = [  # 项目, 数量, 单位, 标准(元), 标准单位
        ('职业技能培训补贴（初级工）', 1286, '人', 1200, '元/人'),
        ('职业技能培训补贴（中级工）', 842, '人', 1600, '元/人'),
        ('职业技能培训补贴（高级工）', 315, '人', 2000, '元/人'),
        ('灵活就业人员社会保险补贴', 18436, '人·月', 420, '元/人·月'),
        ('公益性岗位补贴', 6872, '人·月', 2100, '元/人·月'),
        ('就业见习补贴', 2154, '人·月', 1470, '元/人·月'),
        ('一次性创业补贴', 386, '户', 5000, '元/户'),
        ('求职创业补贴', 1925, '人', 1000, '元/人'),
    ]
    lump_rows = [('就业创业服务补助（购买服务）', 2386480), ('高技能人才培养补助', 1240000)]
    funds = {'上年结转': '186.20', '中央财政': '2,350.00', '省级财政': '680.00', '市级财政': '560.00'}
    certified = 2168
    ontime, payments = 11842, 12822
    sat_ok, sat_n = 936, 1000
    docno = '澴人社〔2025〕21号'
    date = '2025年3月28日'

    # ---------------------------------------------------------- table 1 (元)
    rows1 = []
    amounts = []
    for name, n, unit, std, sunit in prod_rows:
        amt = n * std
        L.prod(f'表1 {name} 金额 = 数量 x 标准', I(amt), [I(n), I(std)])
        rows1.append([name, f'{I(n)}{unit}', f'{I(std)}{sunit}', I(amt)])
        amounts.append(amt)
    sub1 = sum(amounts)
    L.sum('表1 小计（按标准发放的补贴）', I(sub1), [I(a) for a in amounts])
    rows1.append(['小计', '', '', I(sub1)])
    for name, amt in lump_rows:
        rows1.append([name, '—', '—', I(amt)])
    total_yuan = sub1 + sum(a for _, a in lump_rows)
    L.sum('表1 合计 = 小计 + 服务补助 + 高技能人才', I(total_yuan), [I(sub1)] + [I(a) for _, a in lump_rows])
    rows1.append(['合计', '', '', I(total_yuan)])
    spent = F(D(total_yuan) / 10000)
    L.conv('支出 元 -> 万元', I(total_yuan), spent)
    train_n = sum(r[1] for r in prod_rows[:3])
    train_amt = sum(amounts[:3])
    L.sum('培训人数', I(train_n), [I(r[1]) for r in prod_rows[:3]])
    L.sum('培训补贴金额', I(train_amt), [I(a) for a in amounts[:3]])
    train_wan = F(D(train_amt) / 10000)
    L.conv('培训补贴 元 -> 万元', I(train_amt), train_wan)
    pw_people = F(D(prod_rows[4][1]) / 12, 0)
    L.quot('公益性岗位 月均在岗人数 = 人·月 / 12', pw_people, I(prod_rows[4][1]), '12')
    pw_wan = F(D(amounts[4]) / 10000)
    L.conv('公益性岗位补贴 元 -> 万元', I(amounts[4]), pw_wan)
    pw_sh = pct(amounts[4], total_yuan)
    L.rate('公益性岗位补贴 占 总支出', pw_sh, I(amounts[4]), I(total_yuan))
    # ---------------------------------------------------------- funds
    avail = F(sum(D(v) for v in funds.values()))
    L.sum('可用资金 = 上年结转 + 中央 + 省 + 市', avail, list(funds.values()))
    new_funds = F(sum(D(v) for k, v in funds.items() if k != '上年结转'))
    L.sum('本年下达资金 = 中央 + 省 + 市', new_funds, [v for k, v in funds.items() if k != '上年结转'])
    exec_rate = pct(spent, avail)
    L.rate('预算执行率 = 支出 / 可用资金', exec_rate, spent, avail)
    left = F(D(avail) - D(spent))
    L.diff('结转下年 = 可用 - 支出', left, avail, spent)
    cen_sh = pct(funds['中央财政'], new_funds)
    L.rate('中央资金 占 本年下达', cen_sh, funds['中央财政'], new_funds)
    cert = pct(certified, train_n)
    L.rate('培训后取证率', cert, I(certified), I(train_n))
    ont = pct(ontime, payments)
    L.rate('补贴按时发放率', ont, I(ontime), I(payments))
    sat = pct(sat_ok, sat_n)
    L.rate('满意度', sat, I(sat_ok), I(sat_n))
    new_jobs, new_jobs_target = '2.36', '2.2'
    jobs_done = pct(new_jobs, new_jobs_target)
    L.rate('城镇新增就业 完成目标%', jobs_done, new_jobs, new_jobs_target)
    # ---------------------------------------------------------- 自评表
    s_train = F(D(8) * D(train_n) / 2600)
    L.prod('培训人数 比例得分 = 8 x 2,443 / 2,600', s_train, ['8', I(train_n)], '2,600')
    s_ont = F(D(8) * D(ont) / 95)
    L.prod('按时发放率 比例得分 = 8 x 率 / 95', s_ont, ['8', ont], '95')
    s_exec = F(D(10) * D(exec_rate) / 100)
    L.prod('预算执行率 得分 = 10 x 执行率', s_exec, ['10', exec_rate], '100')
    t2 = [
        ['产出指标', '数量指标', '城镇新增就业人数', '10', '≥2.2万人', '2.36万人', '10.00'],
        ['产出指标', '数量指标', '职业技能培训人数', '8', '≥2,600人', f'{I(train_n)}人', s_train],
        ['产出指标', '数量指标', '就业困难人员实现就业', '8', '≥1,200人', '1,318人', '8.00'],
        ['产出指标', '质量指标', '培训后取证率', '8', '≥85%', f'{cert}%', '8.00'],
        ['产出指标', '质量指标', '补贴发放准确率', '8', '100%', '100%', '8.00'],
        ['产出指标', '时效指标', '补贴按时发放率', '8', '≥95%', f'{ont}%', s_ont],
        ['效益指标', '社会效益', '城镇调查失业率', '10', '≤5.5%', '4.9%', '10.00'],
        ['效益指标', '社会效益', '失业人员再就业人数', '10', '≥4,500人', '4,862人', '10.00'],
        ['效益指标', '可持续影响', '创业带动就业人数', '10', '≥1,000人', '1,146人', '10.00'],
        ['满意度指标', '服务对象满意度', '补贴对象满意度', '10', '≥90%', f'{sat}%', '10.00'],
        ['预算执行率', '—', '预算执行率', '10', '100%', f'{exec_rate}%', s_exec],
    ]
    L.sum('自评表 分值合计', '100', [r[3] for r in t2])
    total = F(sum(D(r[6]) for r in t2))
    L.sum('自评表 得分合计', total, [r[6] for r in t2])
    out_s = F(sum(D(r[6]) for r in t2 if r[0] == '产出指标'))
    ben_s = F(sum(D(r[6]) for r in t2 if r[0] == '效益指标'))
    L.sum('产出指标得分', out_s, [r[6] for r in t2 if r[0] == '产出指标'])
    L.sum('效益指标得分', ben_s, [r[6] for r in t2 if r[0] == '效益指标'])
    L.sum('总分 = 产出 + 效益 + 满意度 + 预算执行', total, [out_s, ben_s, '10.00', s_exec])
    t2.append(['合计', '', '', '100', '', '', total])
    L.docno('文号年份不晚于成文日期', docno, date)
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))
    for k, v in [('spent_wan', spent), ('spent_yuan', I(total_yuan)), ('exec_rate', exec_rate), ('score', total),
                 ('docno', docno), ('date', date)]:
        L.fact(k, v)

    # ---------------------------------------------------------- text
    m.append(('PRE', docno))
    m.append(('TITLE', '澴阳市人力资源和社会保障局'))
    m.append(('TITLE', '关于2024年度就业补助资金项目支出绩效自评情况的报告'))
    m.append(('P', '市财政局：'))
    m.append(('P', '按照《就业补助资金管理办法》和市财政局关于做好2024年度项目支出绩效自评工作的通知要求，我局对2024年度'
                   '就业补助资金使用情况开展了绩效自评，现将自评情况报告如下。'))
    m.append(('H1', '一、项目基本情况'))
    m.append(('P', '就业补助资金主要用于职业培训补贴、社会保险补贴、公益性岗位补贴、就业见习补贴、一次性创业补贴、'
                   '求职创业补贴、就业创业服务补助和高技能人才培养补助等支出，由市人社局会同市财政局统筹管理，'
                   '各县（市、区）人社部门具体经办，补贴资金通过社会保障卡或对公账户直接发放。'))
    m.append(('P', f'2024年度就业补助资金可用资金{avail}万元，其中上年结转{funds["上年结转"]}万元，本年下达{new_funds}万元'
                   f'（中央财政{funds["中央财政"]}万元、省级财政{funds["省级财政"]}万元、市级财政{funds["市级财政"]}万元），'
                   f'中央财政资金占本年下达资金的{cen_sh}%。'))
    m.append(('H1', '二、绩效目标'))
    m.append(('P', '2024年度就业补助资金绩效目标为：城镇新增就业2.2万人以上，开展职业技能培训2,600人以上，帮助就业困难人员'
                   '实现就业1,200人以上，培训后取证率85%以上，补贴发放准确率100%，补贴按时发放率95%以上；城镇调查失业率控制在'
                   '5.5%以内，失业人员再就业4,500人以上，创业带动就业1,000人以上，补贴对象满意度90%以上。'))
    m.append(('H1', '三、资金使用情况'))
    m.append(('P', f'截至2024年12月31日，全市就业补助资金支出{I(total_yuan)}元，即{spent}万元，预算执行率{exec_rate}%，'
                   f'结转下年{left}万元，主要是第四季度申报的部分灵活就业人员社会保险补贴尚在公示期。各项补贴发放情况见表1。'))
    m.append(T('t1', '表1　2024年度就业补助资金支出明细', '单位：元',
               [['补贴项目', '补贴人数（人次、户）', '补贴标准', '补贴金额（元）']], rows1,
               widths=[5.6, 3.4, 3.4, 3.4], align=['l', 'r', 'r', 'r']))
    m.append(('NOTE', '注：社会保险补贴、公益性岗位补贴和就业见习补贴按“人·月”计算，一人享受多个月的按月数计；'
                      '就业创业服务补助和高技能人才培养补助按项目据实结算，不按人数标准计算。'))
    m.append(('P', f'其中，职业技能培训补贴{I(train_amt)}元（{train_wan}万元），补贴培训人员{I(train_n)}人；公益性岗位补贴'
                   f'{I(amounts[4])}元（{pw_wan}万元），占全部支出的{pw_sh}%，按月补贴标准2,100元（与我市最低工资标准一致）'
                   f'发放，全年{I(prod_rows[4][1])}人·月，月均在岗约{pw_people}人，主要安置就业困难人员和脱贫人口。'))
    m.append(('H1', '四、绩效目标完成情况'))
    m.append(('P', f'（一）产出情况。全年城镇新增就业{new_jobs}万人，完成目标的{jobs_done}%；补贴职业技能培训{I(train_n)}人，'
                   f'其中初级工{I(prod_rows[0][1])}人、中级工{I(prod_rows[1][1])}人、高级工{I(prod_rows[2][1])}人，'
                   f'未达到2,600人的目标，主要是部分培训机构因师资调整推迟开班；培训后取得职业资格证书或职业技能等级证书'
                   f'{I(certified)}人，取证率{cert}%；帮助就业困难人员实现就业1,318人。全年发放各类补贴{I(payments)}笔，'
                   f'其中按时发放{I(ontime)}笔，按时发放率{ont}%，低于95%的目标，原因是第三季度社保补贴系统升级导致集中延期。'
                   f'经抽查复核，补贴发放准确率100%。'))
    m.append(('P', f'（二）效益情况。2024年末全市城镇调查失业率为4.9%，控制在5.5%的目标以内；失业人员再就业4,862人；'
                   f'发放一次性创业补贴{prod_rows[6][1]}户，扶持创业带动就业1,146人。采取电话回访方式对补贴对象开展满意度'
                   f'调查，回访{I(sat_n)}人，满意{I(sat_ok)}人，满意度{sat}%。'))
    m.append(('H1', '五、自评结论'))
    m.append(('P', f'按照项目支出绩效自评表逐项评分（见表2），2024年度就业补助资金自评得分{total}分，其中产出指标{out_s}分、'
                   f'效益指标{ben_s}分、满意度指标10.00分、预算执行率{s_exec}分，自评等级为“优”。'
                   f'未达目标的指标按完成值与目标值之比计分；城镇调查失业率为反向指标，实际值低于目标上限即得满分。'))
    m.append(T('t2', '表2　就业补助资金项目支出绩效自评表', '',
               [['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分']], t2,
               widths=[2.0, 2.2, 3.4, 1.2, 2.4, 2.4, 1.6], align=['l', 'l', 'l', 'r', 'c', 'c', 'r']))
    m.append(('H1', '六、存在的问题和改进措施'))
    m.append(('P', '一是职业技能培训规模未达目标，培训项目与企业用工需求衔接不够紧密。下一步将推行“订单式”“项目制”培训，'
                   '扩大企业新型学徒制培训规模。二是补贴按时发放率偏低，经办系统升级期间缺少应急预案。下一步将完善补贴'
                   '申领“免申即享”机制，压缩审核时限。三是部分县（市、区）资金结转较多，将加强资金调度和执行进度通报，'
                   '对连续两年结转的资金按规定收回统筹使用。'))
    m.append(('RIGHT', '澴阳市人力资源和社会保障局'))
    m.append(('RIGHT', date))
    return m, L


def render(model, path):
    render_docx(model, path, author='澴阳市人力资源和社会保障局')


if __name__ == '__main__':
    run(build, render, OUT, NAME)
