"""t04 — 云南省滇桐县林业和草原局 2024年度生态护林员项目支出绩效自评报告 (.docx)"""
import sys
from lk30 import D, F, q, pct, Ledger, T, run

NAME = 't04_diantong_forest_ranger_project_selfeval_2024.docx'

TOWNS = [  # 乡镇, 护林员人数, 其中监测对象, 管护面积(万亩)
    ('桐城镇', 148, 14, '18.62'),
    ('河湾镇', 176, 19, '22.45'),
    ('大箐乡', 214, 23, '30.86'),
    ('松坪乡', 189, 20, '26.37'),
    ('马鹿塘乡', 203, 22, '28.14'),
    ('龙潭乡', 157, 15, '19.93'),
    ('石丫口乡', 149, 16, '22.38'),
]
# 绩效指标: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分(None=满分; 或按比例计算的 (实际, 目标))
IND = [
    ('产出指标', '数量指标', '选聘生态护林员人数', '≥1,200人', '1,236人', 10, None),
    ('产出指标', '数量指标', '落实管护面积', '≥165万亩', '168.75万亩', 10, None),
    ('产出指标', '数量指标', '护林员培训人次', '≥2,400人次', '2,316人次', 5, ('2,316', '2,400')),
    ('产出指标', '质量指标', '巡护到岗率', '≥98%', '97.30%', 10, ('97.30', '98')),
    ('产出指标', '质量指标', '森林火灾受害率', '≤0.9‰', '0.12‰', 5, None),
    ('产出指标', '时效指标', '劳务补助按月发放率', '100%', '91.67%', 5, ('91.67', '100')),
    ('产出指标', '成本指标', '劳务补助标准', '9,600元/人·年', '9,600元/人·年', 5, None),
    ('效益指标', '社会效益指标', '护林员户均增收', '≥9,000元', '9,561元', 10, None),
    ('效益指标', '生态效益指标', '森林覆盖率', '≥62.50%', '62.86%', 10, None),
    ('效益指标', '可持续影响指标', '护林员续聘率', '≥90%', '92.88%', 10, None),
    ('满意度指标', '服务对象满意度指标', '护林员满意度', '≥95%', '93.60%', 10, ('93.60', '95')),
    ('预算执行', '预算执行率', '预算执行率', '100%', '99.47%', 10, ('99.47', '100')),
]


def build():
    L = Ledger(NAME)
    n = sum(t[1] for t in TOWNS)
    mon = sum(t[2] for t in TOWNS)
    poor = n - mon
    area = sum(D(t[3]) for t in TOWNS)
    renew = 1148
    new = n - renew
    std_y, std_m = 9600, 800
    labor_b = q(D(n * std_y) / 10000)            # 万元
    gap = 60                                      # 人·月
    labor_a = q(D((n * 12 - gap) * std_m) / 10000)
    unspent = labor_b - labor_a
    ins_std = 120
    ins = q(D(n * ins_std) / 10000)
    train_b, train_a = D('23.50'), D('21.86')
    cty_b = ins + train_b
    cty_a = ins + train_a
    cen_b = D('1120.00')
    prov_b = labor_b - cen_b
    cen_a = cen_b
    prov_a = labor_a - cen_a
    tot_b = cen_b + prov_b + cty_b
    tot_a = cen_a + prov_a + cty_a
    rate = pct(tot_a, tot_b)
    per_area = q(area * 10000 / n, 1)
    renew_rate = pct(renew, n)
    ontime = pct(11, 12)
    per_hh = q(labor_a * 10000 / n, 0)
    assert IND[7][4] == F(per_hh, 0) + '元'
    # indicator scores
    rows3, scores = [], []
    for a, b, c, tgt, act, w, prop in IND:
        sc = D(w) if prop is None else q(D(w) * D(prop[0]) / D(prop[1]))
        scores.append(sc)
        rows3.append([a, b, c, tgt, act, F(w, 0), F(sc)])
    total = sum(scores)
    assert total == 100 - sum(D(w) - s for (_, _, _, _, _, w, _), s in zip(IND, scores))
    assert IND[9][4] == F(renew_rate) + '%' and IND[11][4] == F(rate) + '%' and IND[5][4] == F(ontime) + '%'
    assert IND[1][4] == F(area) + '万亩' and IND[0][4] == F(n, 0) + '人'
    grade = '优' if total >= 90 else '良'
    sub_out = sum(scores[:7])
    sub_eff = sum(scores[7:10])
    src_rows = [['中央财政', F(cen_b), F(cen_b), F(cen_a), F(pct(cen_a, cen_b))],
                ['省级财政', F(prov_b), F(prov_b), F(prov_a), F(pct(prov_a, prov_b))],
                ['县级财政', F(cty_b), F(cty_b), F(cty_a), F(pct(cty_a, cty_b))]]
    town_rows = [[t[0], F(t[1], 0), F(t[2], 0), t[3], F(D(t[1]) * D('0.96'))] for t in TOWNS]

    B = [
        ['TITLE', '滇桐县林业和草原局'],
        ['TITLE', '2024年度生态护林员项目支出绩效自评报告'],
        ['DOCNO', '滇桐林草〔2025〕17号'],
        ['PLAIN', '县财政局：'],
        ['P', '根据《云南省财政厅关于开展2024年度省对下转移支付资金绩效自评工作的通知》和县财政局的统一部署，我局对2024年度'
              '生态护林员项目资金使用情况开展了绩效自评。现将自评情况报告如下：'],
        ['H1', '一、项目基本情况'],
        ['P', f"生态护林员项目是利用中央和省级财政资金，从脱贫人口和防止返贫监测对象中选聘生态护林员，参与森林草原资源"
              f"管护、增加其工资性收入的一项惠民政策。2024年，全县在7个乡镇共选聘生态护林员{F(n, 0)}人，其中续聘{F(renew, 0)}人、"
              f"新聘{new}人；按身份分，脱贫人口{F(poor, 0)}人、防止返贫监测对象{mon}人。落实管护森林草原面积{F(area)}万亩，"
              f"人均管护面积{F(per_area, 1)}亩。"],
        ['P', f"劳务补助标准为每人每年{F(std_y, 0)}元（每月{std_m}元），按月通过“一卡通”发放。按{F(n, 0)}人×{F(std_y, 0)}元/人·年"
              f"测算，全年需劳务补助资金{F(labor_b)}万元，由中央财政和省级财政承担；县级财政安排护林员意外伤害保险和培训、"
              f"巡护装备经费。"],
        ['H1', '二、资金投入和使用情况'],
        ['P', f"2024年项目资金预算{F(tot_b)}万元，其中：中央财政{F(cen_b)}万元，省级财政{F(prov_b)}万元，县级财政{F(cty_b)}万元。"
              f"县级资金中，意外伤害保险按{F(n, 0)}人×{ins_std}元/人计{F(ins)}万元，培训及巡护装备经费{F(train_b)}万元。资金均已"
              f"全额到位，到位率100%。"],
        ['P', f"截至2024年12月31日，项目实际支出{F(tot_a)}万元，预算执行率{F(rate)}%。其中发放劳务补助{F(labor_a)}万元，"
              f"比测算数少{F(unspent)}万元，原因是年内部分护林员因外出务工、身体原因等解聘后补聘存在空档期，共计{gap}人·月"
              f"（{gap}×{std_m}元＝{F(gap * std_m, 0)}元）；意外伤害保险支出{F(ins)}万元；培训及巡护装备支出{F(train_a)}万元。"
              f"结余资金{F(tot_b - tot_a)}万元按规定收回统筹使用。分资金来源执行情况见表1。"],
        T('表1  2024年度生态护林员项目资金分来源执行情况',
          [['资金来源', '预算数', '到位数', '实际支出', '执行率（%）']],
          src_rows + [['合计', F(tot_b), F(tot_b), F(tot_a), F(rate)]],
          '单位：万元'),
        ['P', '各乡镇护林员选聘及劳务补助下达情况见表2。劳务补助按每人每年0.96万元下达到乡镇。'],
        T('表2  2024年度各乡镇生态护林员选聘情况',
          [['乡镇', '护林员人数（人）', '其中监测对象（人）', '管护面积（万亩）', '下达劳务补助（万元）']],
          town_rows + [['合计', F(n, 0), F(mon, 0), F(area), F(labor_b)]]),
        ['H1', '三、绩效目标完成情况'],
        ['P', f"（一）产出方面。全年选聘护林员{F(n, 0)}人，超过年度目标；组织开展护林员业务培训两期，参训{IND[2][4][:-2]}人次，"
              f"未达到每人每年两次的目标；护林员巡护到岗率{IND[3][4]}，略低于98%的目标；全年发生森林火灾1起，受害率0.12‰；"
              f"12个月中有11个月在当月20日前足额发放劳务补助，按月发放率{F(ontime)}%，7月因资金调度延迟至8月上旬补发。"],
        ['P', f"（二）效益方面。实际发放劳务补助{F(labor_a)}万元，护林员户均增收{F(per_hh, 0)}元，带动{F(n, 0)}户脱贫户和监测户"
              f"家庭稳定增收；全县森林覆盖率由上年的62.45%提高到62.86%，提高0.41个百分点；续聘{F(renew, 0)}人，续聘率{F(renew_rate)}%，队伍总体稳定。"],
        ['P', f"（三）满意度方面。随机抽取250名护林员开展问卷调查，满意度为{IND[10][4]}，未达到95%的目标，主要意见集中在"
              f"巡护装备更新慢、交通补助偏低。"],
        ['H1', '四、自评结论'],
        ['P', f"本次自评共设置一级指标4个、二级指标{len(set((r[0], r[1]) for r in IND))}个、三级指标{len(IND)}个（见表3），"
              f"权重合计100分。经自评，产出指标得分{F(sub_out)}分，效益指标得分{F(sub_eff)}分，满意度指标得分{F(scores[10])}分，"
              f"预算执行得分{F(scores[11])}分，自评总得分{F(total)}分，等级为“{grade}”。未达到目标值的指标按“实际完成值÷年度"
              f"指标值×分值”计算得分。"],
        T('表3  2024年度生态护林员项目绩效自评表',
          [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']],
          rows3 + [['合计', '', '', '', '', '100', F(total)]]),
        ['H1', '五、存在的问题及改进措施'],
        ['P', '一是护林员培训覆盖不足，部分偏远村组护林员未能参加第二期培训；二是劳务补助发放存在个别月份延迟；三是巡护'
              '装备老化。下一步，我局将把培训下沉到乡镇，确保每名护林员每年参训两次；与县财政局建立资金提前调度机制，'
              '确保每月20日前发放到位；积极争取资金更新巡护装备。'],
        ['BLANK'],
        ['RIGHT', '滇桐县林业和草原局'],
        ['RIGHT', '2025年3月20日'],
    ]

    L.fact('护林员人数', F(n, 0)); L.fact('预算', F(tot_b)); L.fact('支出', F(tot_a)); L.fact('自评得分', F(total))
    L.fact('date', '2025年3月20日')
    L.sum('表2 护林员人数合计', F(n, 0), [r[1] for r in town_rows])
    L.sum('表2 监测对象合计', F(mon, 0), [r[2] for r in town_rows])
    L.sum('表2 管护面积合计', F(area), [r[3] for r in town_rows])
    L.sum('表2 下达劳务补助合计', F(labor_b), [r[4] for r in town_rows])
    for r in town_rows:
        L.prod(f'表2 {r[0]} 劳务补助 = 人数 x 0.96', r[4], [r[1], '0.96'])
    L.count('乡镇个数 = 表2 行数', '7', [r[0] for r in town_rows])
    L.sum('续聘 + 新聘 = 人数', F(n, 0), [F(renew, 0), str(new)])
    L.sum('脱贫人口 + 监测对象 = 人数', F(n, 0), [F(poor, 0), str(mon)])
    L.quot('人均管护面积（亩）', F(per_area, 1), F(area), F(n, 0), mul=10000)
    L.prod('年标准 = 月标准 x 12', F(std_y, 0), [str(std_m), '12'])
    L.prod('劳务补助测算 = 人数 x 年标准 / 10000', F(labor_b), [F(n, 0), F(std_y, 0)], div=10000)
    L.prod('意外伤害保险 = 人数 x 120 / 10000', F(ins), [F(n, 0), str(ins_std)], div=10000)
    L.sum('县级 = 保险 + 培训装备', F(cty_b), [F(ins), F(train_b)])
    L.sum('劳务补助 = 中央 + 省级', F(labor_b), [F(cen_b), F(prov_b)])
    L.sum('预算合计 = 中央 + 省 + 县', F(tot_b), [F(cen_b), F(prov_b), F(cty_b)])
    L.prod('空档期 60 x 800 元', F(gap * std_m, 0), [str(gap), str(std_m)])
    L.diff('劳务补助 少支出 = 测算 - 实际', F(unspent), F(labor_b), F(labor_a))
    L.conv('少支出 元 -> 万元', F(unspent), F(gap * std_m, 0), 10000)
    L.sum('实际支出 = 劳务 + 保险 + 培训装备', F(tot_a), [F(labor_a), F(ins), F(train_a)])
    L.diff('结余 = 预算 - 支出', F(tot_b - tot_a), F(tot_b), F(tot_a))
    L.rate('预算执行率', F(rate), F(tot_a), F(tot_b))
    L.sum('表1 预算数合计', F(tot_b), [r[1] for r in src_rows])
    L.sum('表1 实际支出合计', F(tot_a), [r[3] for r in src_rows])
    for r in src_rows:
        L.rate(f'表1 {r[0]} 执行率', r[4], r[3], r[1])
    L.quot('户均增收（元） = 实际劳务补助 / 人数', F(per_hh, 0), F(labor_a), F(n, 0), mul=10000)
    L.pp('森林覆盖率 提高 个百分点', '0.41', '62.86', '62.45', '提高')
    L.sum('劳务补助实际 = 中央实际 + 省级实际', F(labor_a), [F(cen_a), F(prov_a)])
    L.sum('县级实际 = 保险 + 培训装备实际', F(cty_a), [F(ins), F(train_a)])
    L.count('一级指标个数', '4', sorted(set(r[0] for r in IND)))
    L.count('二级指标个数', str(len(set((r[0], r[1]) for r in IND))), sorted(set(r[0] + '/' + r[1] for r in IND)))
    L.rate('续聘率', F(renew_rate), F(renew, 0), F(n, 0))
    L.rate('按月发放率 = 11 / 12', F(ontime), '11', '12')
    for r, (a, b, c, tgt, act, w, prop) in zip(rows3, IND):
        if prop:
            L.prod(f'表3 {c} 得分 = 分值 x 实际/目标', r[6], [r[5], prop[0]], div=D(prop[1]))
    L.sum('表3 分值合计 100', '100', [r[5] for r in rows3])
    L.sum('表3 得分合计', F(total), [r[6] for r in rows3])
    L.sum('产出指标得分 = 表3 前7项', F(sub_out), [r[6] for r in rows3[:7]])
    L.sum('效益指标得分 = 表3 第8—10项', F(sub_eff), [r[6] for r in rows3[7:10]])
    L.sum('总得分 = 四类得分之和', F(total), [F(sub_out), F(sub_eff), F(scores[10]), F(scores[11])])
    L.count('三级指标个数 = 表3 行数', str(len(IND)), [r[2] for r in IND])
    L.check('总分 >= 90 等级 优', total >= 90 and grade == '优', f'{total} -> {grade}')
    L.dated('报告日期在2024年度结束之后', '2025年3月20日', (2025, 3, 20))
    L.anchor('滇桐林草〔2025〕17号', '截至2024年12月31日')
    return B, L


if __name__ == '__main__':
    run(NAME, build, sys.argv[1] if len(sys.argv) > 1 else None, author='滇桐县林业和草原局')
