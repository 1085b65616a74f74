# -*- coding: utf-8 -*-
"""t05: 梿江县住房和城乡建设局 2024年度住宅专项维修资金归集、使用和管理情况公开 (txt, space-aligned tables)."""
from lib49 import D, F, P, q, pct, Ledger

NAME = 't05_lianjiang_county_housing_special_maintenance_fund_collection_use_disclosure_2024'
FMT = 'txt-space'
DATE = '2025年3月25日'
DOCNO = '梿建〔2025〕9号'
PHONE = '0768-4817265'


def build():
    L = Ledger(NAME + '.txt')
    open_bal = D('12,486.35')
    first, renew = D('1,598.62'), D('86.45')
    coll = first + renew
    coll_prev = D('1,742.80')
    fixed_i, cur_i = D('238.64'), D('24.54')
    inc = fixed_i + cur_i
    cats = [('电梯维修更新', 22, '238.43'), ('屋面防水', 18, '96.22'), ('外墙及公共部位修缮', 9, '52.36'),
            ('消防设施维修', 7, '31.75')]
    n_proj = sum(c[1] for c in cats)
    used = sum(D(c[2]) for c in cats)
    used_prev = D('361.24')
    close = open_bal + coll + inc - used
    estates, households = 86, 32415
    new_hh = 3126
    shares = [pct(c[2], used) for c in cats]
    assert sum(D(s) for s in shares) == 100
    emerg = [('电梯困人故障应急维修', '12.60'), ('汛期屋面渗漏抢修', '5.84')]

    L.anchor('文号', DOCNO)
    L.anchor('咨询电话', PHONE)
    L.bal('年末余额 = 年初 + 归集 + 增值收益 - 使用', F(close), [F(open_bal), F(coll), F(inc)], [F(used)])
    L.growth('年末余额 比年初增加', F(close), F(open_bal), F(close - open_bal), pct(close - open_bal, open_bal), '增长')
    L.eq('约1.40亿元 = 14,015.84万元 四舍五入', P(close / 10000), '1.40')
    L.ratio('户均余额（元，全部户）', F(close), '{:,}'.format(households), F(close * 10000 / households),
            scale=10000)
    L.sum('归集 = 首期 + 续筹', F(coll), [F(first), F(renew)])
    L.growth('归集 较上年减少', F(coll), F(coll_prev), F(coll_prev - coll), pct(coll_prev - coll, coll_prev), '下降')
    L.ratio('首期户均交存（元，新交付户）', F(first), '{:,}'.format(new_hh), F(first * 10000 / new_hh), scale=10000)
    L.sum('增值收益 = 定期 + 活期', F(inc), [F(fixed_i), F(cur_i)])
    L.ratio('收益率（按年初余额）', F(inc), F(open_bal), pct(inc, open_bal))
    L.sum('表2 项目数合计', str(n_proj), [str(c[1]) for c in cats])
    L.sum('表2 使用金额合计', F(used), [c[2] for c in cats])
    for c, s in zip(cats, shares):
        L.ratio('表2 %s 占使用总额' % c[0], c[2], F(used), s)
    L.sum('表2 占比合计 100.00', '100.00', shares)
    L.growth('使用 比上年增长', F(used), F(used_prev), None, pct(used - used_prev, used_prev), '增长')
    L.ratio('平均每个项目', F(used), str(n_proj), P(used / n_proj), scale=1)
    L.count('应急使用项目2个，即…', '2', [e for e, _ in emerg])
    L.le('应急使用金额小于电梯类', emerg[0][1], cats[0][2])
    L.maxof('使用金额最多 电梯维修更新', cats[0][2], [c[2] for c in cats], '电梯维修更新')
    L.dated('落款日期晚于年度终了', DATE, '2024年12月31日')

    t1 = [['项目', '金额（万元）'],
          ['年初余额', F(open_bal)],
          ['本年归集', F(coll)],
          ['  其中：首期交存', F(first)],
          ['        续筹', F(renew)],
          ['本年增值收益', F(inc)],
          ['本年使用', F(used)],
          ['年末余额', F(close)]]
    t2 = [['维修类别', '项目数（个）', '使用金额（万元）', '占使用总额（%）']]
    for c, s in zip(cats, shares):
        t2.append([c[0], str(c[1]), c[2], s])
    t2.append(['合计', str(n_proj), F(used), '100.00'])

    m = []
    m.append(('title', '梿江县2024年度住宅专项维修资金归集、使用和管理情况公开'))
    m.append(('sub', DOCNO))
    m.append(('p', '根据住宅专项维修资金管理有关规定，现将2024年度全县住宅专项维修资金归集、使用和增值收益情况公开如下。'))
    m.append(('h', '一、资金总体情况'))
    m.append(('p', '截至2024年12月31日，全县住宅专项维修资金账面余额%s万元（约1.40亿元），比年初的%s万元增加%s万元，'
                   '增长%s%%。资金覆盖住宅小区%d个、房屋%s户（套），户均余额%s元。'
                   % (F(close), F(open_bal), F(close - open_bal), pct(close - open_bal, open_bal), estates,
                      '{:,}'.format(households), F(close * 10000 / households))))
    m.append(('cap', '表1  2024年度住宅专项维修资金收支情况'))
    m.append(('table', {'id': 'T1', 'rows': t1}))
    m.append(('h', '二、资金归集情况'))
    m.append(('p', '全年归集维修资金%s万元，其中首期交存%s万元、续筹%s万元；较上年的%s万元减少%s万元，下降%s%%，'
                   '主要是新建商品住房交付量减少。首期交存涉及新交付住房%s户，户均交存%s元。'
                   % (F(coll), F(first), F(renew), F(coll_prev), F(coll_prev - coll), pct(coll_prev - coll, coll_prev),
                      '{:,}'.format(new_hh), F(first * 10000 / new_hh))))
    m.append(('h', '三、增值收益情况'))
    m.append(('p', '全年实现增值收益%s万元，由定期存款利息%s万元和活期存款利息%s万元组成，按年初余额计算收益率为%s%%。'
                   '增值收益全部转入维修资金滚存使用。' % (F(inc), F(fixed_i), F(cur_i), pct(inc, open_bal))))
    m.append(('h', '四、资金使用情况'))
    m.append(('p', '全年审核批准使用维修资金项目%d个，使用资金%s万元，同比增长%s%%（上年为%s万元），平均每个项目%s万元。'
                   '按维修类别分列如下。'
                   % (n_proj, F(used), pct(used - used_prev, used_prev), F(used_prev), P(used / n_proj))))
    m.append(('cap', '表2  2024年度维修资金使用分类情况'))
    m.append(('table', {'id': 'T2', 'rows': t2}))
    m.append(('p', '上述项目中，启动应急使用程序的项目2个，即%s和%s，使用资金分别为%s万元和%s万元，'
                   '均在业主大会表决前先行拨付，事后在小区内公示。'
                   % (emerg[0][0], emerg[1][0], emerg[0][1], emerg[1][1])))
    m.append(('h', '五、监督管理'))
    m.append(('p', '维修资金实行专户存储、按幢立账、按户核算。业主可通过县住房保障和房产服务中心窗口或自助查询机查询'
                   '个人分户账。2025年将在6月底前完成全部小区分户账信息核对，年内上线线上表决系统。'))
    m.append(('p', '咨询电话：%s' % PHONE))
    m.append(('sign', ['梿江县住房和城乡建设局', DATE]))
    facts = {'date': DATE, 'docno': DOCNO}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts}
