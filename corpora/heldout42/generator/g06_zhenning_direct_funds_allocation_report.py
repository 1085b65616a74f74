# -*- coding: utf-8 -*-
"""t06 榛宁县财政局 关于2024年度财政直达资金分配使用情况的报告 (docx, narrative-heavy, one table)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't06_zhenning_county_direct_fiscal_funds_allocation_and_use_report_2024.docx'


def build():
    L = Ledger(FNAME)
    B = []
    docno = '榛财〔2025〕6号'
    date = '2025年2月26日'
    L.facts['docno'] = docno

    cats = [('均衡性转移支付', D('12860.00'), D('12860.00'), D('12705.60')),
            ('县级基本财力保障机制奖补资金', D('6420.50'), D('6420.50'), D('6198.24')),
            ('共同财政事权转移支付', D('15936.80'), D('15752.35'), D('14986.51')),
            ('参照直达资金管理的专项资金', D('3435.10'), D('3347.30'), D('3024.37'))]
    prev_recv, prev_prog = D('36218.75'), D('93.86')
    card, card_people = D('12406.30'), 52318
    firm, firms = D('4215.60'), 186
    red, yellow = 18, 108

    recv = sum(c[1] for c in cats)
    alloc = sum(c[2] for c in cats)
    spent = sum(c[3] for c in cats)
    prog = pct(spent, recv)
    left = recv - spent
    hui = card + firm
    warn = red + yellow

    B.append(('title', '榛宁县财政局关于2024年度财政直达资金分配使用情况的报告'))
    B.append(('sub', docno))
    B.append(('p', '县人民政府：'))
    B.append(('p', '按照常态化财政资金直达机制的要求，现将我县2024年度直达资金分配使用情况报告如下。'))
    B.append(('h', '一、资金下达和分配情况'))
    B.append(('p', '2024年上级累计下达我县直达资金%s万元，较上年的%s万元增加%s万元，增长%s%%。资金涉及%d类，即%s、%s、%s和%s，'
                   '金额分别为%s万元、%s万元、%s万元和%s万元，其中共同财政事权转移支付占%s%%，占比最高。'
              % (F(recv), F(prev_recv), F(recv - prev_recv), P((recv - prev_recv) / prev_recv * 100), len(cats),
                 cats[0][0], cats[1][0], cats[2][0], cats[3][0], F(cats[0][1]), F(cats[1][1]), F(cats[2][1]),
                 F(cats[3][1]), P(pct(cats[2][1], recv)))))
    L.count('资金类别 数 = 列举', str(len(cats)), [c[0] for c in cats])
    L.sum('直达资金 = 4类之和 (分别为)', F(recv), *[F(c[1]) for c in cats])
    L.growth('直达资金 较上年 增加/增长', F(recv), F(prev_recv), F(recv - prev_recv),
             P((recv - prev_recv) / prev_recv * 100), '增加 增长')
    assert cats[2][1] == max(c[1] for c in cats)
    L.rate('共同财政事权 占 直达资金 (占比最高)', F(cats[2][1]), F(recv), P(pct(cats[2][1], recv)))
    B.append(('p', '县财政局在收到资金后及时分配下达，全年已分配%s万元，分配率%s%%。均衡性转移支付和县级基本财力保障机制奖补资金'
                   '已全额分配；共同财政事权转移支付和参照直达资金管理的专项资金分别尚有%s万元和%s万元待项目审核后分配。'
              % (F(alloc), P(pct(alloc, recv)), F(cats[2][1] - cats[2][2]), F(cats[3][1] - cats[3][2]))))
    L.rate('分配率 = 已分配 / 下达', F(alloc), F(recv), P(pct(alloc, recv)))
    L.diff('共同财政事权 待分配', F(cats[2][1]), F(cats[2][2]), F(cats[2][1] - cats[2][2]))
    L.diff('参照直达 待分配', F(cats[3][1]), F(cats[3][2]), F(cats[3][1] - cats[3][2]))
    B.append(('h', '二、资金支出情况'))
    B.append(('p', '截至2024年12月31日，直达资金已形成支出%s万元，支出进度%s%%，较上年的%s%%提高%s个百分点；未支出%s万元按规定结转下年使用。'
                   '各类资金分配和支出情况如下表。'
              % (F(spent), P(prog), P(prev_prog), P(prog - prev_prog), F(left))))
    L.rate('支出进度 = 支出 / 下达', F(spent), F(recv), P(prog))
    L.pp('支出进度 提高 个百分点', P(prog), P(prev_prog), P(prog - prev_prog), '提高')
    L.diff('未支出 = 下达 - 支出', F(recv), F(spent), F(left))
    B.append(('unit', '单位：万元'))
    rows = [['资金类别', '下达数', '已分配', '已支出', '支出进度（%）']]
    for name, r, a, s in cats:
        rows.append([name, F(r), F(a), F(s), P(pct(s, r))])
        L.rate('表 %s 支出进度' % name, F(s), F(r), P(pct(s, r)))
        L.le('表 %s 已支出 <= 已分配 <= 下达' % name, F(s), F(a))
    rows.append(['合计', F(recv), F(alloc), F(spent), P(prog)])
    B.append(('table', {'rows': rows}))
    L.sum('表 合计 下达', F(recv), *[F(c[1]) for c in cats])
    L.sum('表 合计 已分配', F(alloc), *[F(c[2]) for c in cats])
    L.sum('表 合计 已支出', F(spent), *[F(c[3]) for c in cats])
    low = min(cats, key=lambda c: pct(c[3], c[1]))
    B.append(('p', '从资金类别看，%s支出进度最低，为%s%%，主要是部分基础设施项目年底才完成招标。' % (low[0], P(pct(low[3], low[1])))))
    L.anchor('支出进度最低的类别', low[0])
    B.append(('h', '三、惠企利民和监控情况'))
    B.append(('p', '直达资金中用于惠企利民的支出合计%s万元，占已支出资金的%s%%。其中，通过惠民惠农财政补贴“一卡通”直接发放到个人%s万元，'
                   '惠及%s人次，平均每人次%s元；支持企业%d户%s万元，户均%s万元。'
              % (F(hui), P(pct(hui, spent)), F(card), I(card_people), F(card * 10000 / card_people), firms, F(firm),
                 F(firm / firms))))
    L.sum('惠企利民 = 一卡通 + 企业', F(hui), F(card), F(firm))
    L.rate('惠企利民 占 已支出', F(hui), F(spent), P(pct(hui, spent)))
    L.quot('一卡通 平均每人次 (元)', F(card), I(card_people), F(card * 10000 / card_people), scale=10000)
    L.quot('企业 户均 (万元)', F(firm), str(firms), F(firm / firms))
    B.append(('p', '全年直达资金监控系统累计发出预警%d条，其中红色预警%d条、黄色预警%d条，均已逐条核实处理，未发现挤占挪用问题。'
              % (warn, red, yellow)))
    L.sum('预警 = 红色 + 黄色', str(warn), str(red), str(yellow))
    B.append(('h', '四、下一步工作'))
    B.append(('p', '一是加快待分配资金的项目审核，督促主管部门在2025年3月底前完成分配；二是对支出进度偏慢的项目实行月调度；'
                   '三是加强直达资金与预算执行动态监控的衔接，确保资金安全高效使用。'))
    B.append(('p', '特此报告。'))
    B.append(('sign', ['榛宁县财政局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    meta = dict(fname=FNAME, fmt='docx', author='榛宁县财政局')
    return B, L, meta
