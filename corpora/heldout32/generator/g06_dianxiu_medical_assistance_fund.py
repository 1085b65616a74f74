"""t06 滇岫县医疗保障局 关于2024年度医疗救助资金使用情况的报告 (docx)"""
import sys
from lk32 import *
NAME = 't06_dianxiu_medical_assistance_fund_2024.docx'

def build():
    L = Ledger(NAME); B = []
    carry = D('186.42'); src = [('中央财政医疗救助补助资金', D('1286.00')), ('省级财政补助资金', D('342.00')), ('县级财政安排资金', D('418.50'))]
    inc = sum(v for _, v in src); avail = carry + inc
    zz = [('特困人员', 1126, 380), ('低保对象', 9842, 266), ('返贫致贫人口和防止返贫监测对象', 3415, 190)]
    zz_yuan = [n * s for _, n, s in zz]; zz_tot_y = sum(zz_yuan); zz_wan = q(D(zz_tot_y) / 10000, 2)
    cats = [('特困人员', 1846, D('268.42'), 5320, D('38.16')), ('低保对象', 6215, D('586.37'), 18604, D('92.45')),
            ('返贫致贫人口和防止返贫监测对象', 2938, D('312.58'), 7416, D('41.27')), ('其他低收入人口', 1127, D('96.84'), 2305, D('10.93'))]
    zy_n = sum(c[1] for c in cats); zy_a = sum(c[2] for c in cats); mz_n = sum(c[3] for c in cats); mz_a = sum(c[4] for c in cats)
    qx_n, qx_a = 43, D('58.60')
    zj_a = zy_a + mz_a + qx_a
    spent = zz_wan + zj_a; bal = avail - spent
    use = F(spent / avail * 100)
    prev = D('1742.16'); g = F((spent - prev) / prev * 100)
    avg_zy = F(zy_a * 10000 / zy_n); avg_mz = F(mz_a * 10000 / mz_n)
    zj_n = zy_n + mz_n + qx_n
    yzs = 39512; yzs_sh = F(D(yzs) / zj_n * 100)
    zf = D('1805.84'); zy_ratio = F(zy_a / zf * 100)
    bal_sh = F(bal / inc * 100)
    docno = '滇岫医保〔2025〕6号'; date = '2025年2月18日'
    B += [('title', '滇岫县医疗保障局关于2024年度医疗救助资金使用情况的报告'), ('docno', docno), ('plain', '县人民政府：'),
          ('p', '2024年，我局认真落实困难群众医疗救助政策，统筹做好资助参保、住院救助、门诊救助和倾斜救助工作，切实减轻困难群众医疗费用负担。现将2024年度医疗救助资金使用情况报告如下。'),
          ('h1', '一、资金筹集情况'),
          ('p', f'2024年医疗救助资金上年结余{F(carry)}万元，当年筹集{F(inc)}万元，其中{"、".join(f"{n}{F(v)}万元" for n, v in src)}。全年可使用资金{F(avail)}万元。'),
          ('h1', '二、资金支出情况'),
          ('p', f'全年医疗救助资金支出{F(spent)}万元，资金使用率（支出占可使用资金的比例）{use}%，比上年{F(prev)}万元增长{g}%；年末结余{F(bal)}万元，结转下年继续使用。其中资助参保支出{F(zz_wan)}万元，直接救助支出{F(zj_a)}万元。'),
          ('p', f'（一）资助参保。2024年城乡居民医保个人缴费标准为每人380元。全额资助特困人员{I(zz[0][1])}人，每人380元，计{I(zz_yuan[0])}元；按70%定额资助低保对象{I(zz[1][1])}人，每人266元，计{I(zz_yuan[1])}元；按50%定额资助返贫致贫人口和防止返贫监测对象{I(zz[2][1])}人，每人190元，计{I(zz_yuan[2])}元。资助参保合计{I(sum(z[1] for z in zz))}人、{I(zz_tot_y)}元（{F(zz_wan)}万元）。'),
          ('p', f'（二）直接救助。全年实施住院救助{I(zy_n)}人次、支出{F(zy_a)}万元，次均住院救助{avg_zy}元；门诊救助{I(mz_n)}人次、支出{F(mz_a)}万元，次均门诊救助{avg_mz}元；对经基本医保、大病保险、医疗救助三重制度保障后个人负担仍然较重的{qx_n}人次实施倾斜救助，支出{F(qx_a)}万元。分对象情况见表1。'),
          ('table', '表1  2024年度住院救助和门诊救助分对象情况', [['救助对象', '住院人次', '住院救助（万元）', '门诊人次', '门诊救助（万元）', '小计（万元）']] +
              [[c[0], I(c[1]), F(c[2]), I(c[3]), F(c[4]), F(c[2] + c[4])] for c in cats] +
              [['合计', I(zy_n), F(zy_a), I(mz_n), F(mz_a), F(zy_a + mz_a)]]),
          ('p', f'住院救助对象政策范围内个人自付费用{F(zf)}万元，住院救助支出占政策范围内个人自付费用的{zy_ratio}%。全年直接救助{I(zj_n)}人次，其中通过“一站式”即时结算{I(yzs)}人次，占{yzs_sh}%。'),
          ('table', '表2  2024年度医疗救助资金收支情况（单位：万元）', [['项目', '金额'],
              ['一、上年结余', F(carry)], ['二、本年筹集', F(inc)]] + [[f'其中：{n}' if i == 0 else n, F(v)] for i, (n, v) in enumerate(src)] +
              [['三、本年支出', F(spent)], ['其中：资助参保', F(zz_wan)], ['住院救助', F(zy_a)], ['门诊救助', F(mz_a)], ['倾斜救助', F(qx_a)],
               ['四、年末结余', F(bal)]]),
          ('h1', '三、绩效目标完成情况'),
          ('p', f'对照年初设定的绩效目标：符合条件的困难群众资助参保率100%，达到100%的目标；住院救助支出占政策范围内个人自付费用的{zy_ratio}%，达到不低于70%的目标；“一站式”即时结算占比{yzs_sh}%，达到不低于85%的目标；年末结余{F(bal)}万元，占当年筹集资金的{bal_sh}%，控制在20%以内。'),
          ('h1', '四、存在的问题'),
          ('p', '一是部分乡镇对新纳入的防止返贫监测对象身份信息推送不够及时，影响资助参保时效；二是门诊救助政策知晓度有待提高，门诊慢特病救助人次偏少；三是倾斜救助认定标准执行不够统一。'),
          ('h1', '五、下一步工作'),
          ('p', '一是加强与民政、乡村振兴等部门数据共享，做到困难群众身份信息按月比对、及时推送；二是加大政策宣传力度，提高困难群众对门诊救助政策的知晓度；三是规范倾斜救助认定程序，确保救助资金规范高效使用。'),
          ('blank',), ('right', '滇岫县医疗保障局'), ('right', date)]
    L.fact('可使用资金', F(avail)); L.fact('支出', F(spent)); L.fact('date', date); L.fact('docno', docno)
    L.sum('当年筹集 = 中央 + 省 + 县', F(inc), [F(v) for _, v in src]); L.sum('可使用 = 结余 + 筹集', F(avail), [F(carry), F(inc)])
    L.rate('资金使用率 = 支出 / 可使用', use, F(spent), F(avail)); L.growth('支出 比上年增长', g, F(spent), F(prev), '增长')
    L.diff('年末结余 = 可使用 - 支出', F(bal), F(avail), F(spent))
    for (n, c, s), y in zip(zz, zz_yuan):
        L.prod(f'资助参保 {n} = 人数 x 标准', I(y), [I(c), str(s)])
    L.check('低保 266 = 380 x 70%', D(380) * D('0.70') == 266, '380 x 70% = 266', ['380', '266']); L.check('监测对象 190 = 380 x 50%', D(380) * D('0.50') == 190, '380 x 50% = 190', ['190'])
    L.sum('资助参保 人数合计', I(sum(z[1] for z in zz)), [I(z[1]) for z in zz]); L.sum('资助参保 元 合计', I(zz_tot_y), [I(y) for y in zz_yuan])
    L.conv('资助参保 元 → 万元', I(zz_tot_y), F(zz_wan), 10000)
    L.sum('表1 住院人次', I(zy_n), [I(c[1]) for c in cats]); L.sum('表1 住院金额', F(zy_a), [F(c[2]) for c in cats])
    L.sum('表1 门诊人次', I(mz_n), [I(c[3]) for c in cats]); L.sum('表1 门诊金额', F(mz_a), [F(c[4]) for c in cats])
    for c in cats: L.sum(f'表1 {c[0]} 小计', F(c[2] + c[4]), [F(c[2]), F(c[4])])
    L.sum('表1 小计列合计', F(zy_a + mz_a), [F(c[2] + c[4]) for c in cats]); L.sum('表1 合计 = 住院 + 门诊', F(zy_a + mz_a), [F(zy_a), F(mz_a)])
    L.sum('直接救助 = 住院 + 门诊 + 倾斜', F(zj_a), [F(zy_a), F(mz_a), F(qx_a)])
    L.sum('支出 = 资助参保 + 直接救助', F(spent), [F(zz_wan), F(zj_a)])
    L.sum('表2 本年支出 = 4 项', F(spent), [F(zz_wan), F(zy_a), F(mz_a), F(qx_a)])
    L.quot('次均住院救助（元）', avg_zy, F(zy_a), I(zy_n), 10000); L.quot('次均门诊救助（元）', avg_mz, F(mz_a), I(mz_n), 10000)
    L.rate('住院救助 占 政策范围内自付', zy_ratio, F(zy_a), F(zf))
    L.sum('直接救助人次 = 住院 + 门诊 + 倾斜', I(zj_n), [I(zy_n), I(mz_n), str(qx_n)])
    L.rate('一站式结算占比', yzs_sh, I(yzs), I(zj_n)); L.le('一站式 ≤ 直接救助人次', I(yzs), I(zj_n))
    L.rate('年末结余 占 当年筹集', bal_sh, F(bal), F(inc)); L.le('结余占比 ≤ 20', bal_sh, '20'); L.le('住院救助比例 ≥ 70', '70', zy_ratio); L.le('一站式 ≥ 85', '85', yzs_sh)
    L.dated('报告日期晚于报告期末', date)
    L.anchor(docno); L.anchor(date)
    return B, L

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else '..'
    B, L = build(); run(NAME, B, L, out)
