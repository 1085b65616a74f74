# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't06_fengtang_village_organization_operating_funds_report_2024.docx'
FMT = 'docx'
DOCNO = '葑组通〔2025〕5号'
DATE = '2025年1月24日'

def build():
    L = Ledger(NAME)
    T = I; W = F
    # town: villages, other cadres, big villages, retired cadres
    towns = [('葑城镇', 31, 96, 12, 53), ('芪塘乡', 24, 70, 6, 41), ('蓁溪镇', 27, 82, 9, 46), ('苜坪乡', 22, 64, 5, 38), ('荻湾镇', 22, 66, 6, 36)]
    V = sum(t[1] for t in towns); O = sum(t[2] for t in towns); BG = sum(t[3] for t in towns); R = sum(t[4] for t in towns)
    std = {'sec': 42000, 'oth': 28800, 'off': 20000, 'big': 100000, 'small': 50000, 'ret': 3600}
    items = [('村党组织书记基本报酬', V, std['sec']), ('其他村干部基本报酬', O, std['oth']), ('村级办公经费', V, std['off']),
             ('服务群众专项经费（大村）', BG, std['big']), ('服务群众专项经费（其他村）', V - BG, std['small']), ('离任村干部生活补贴', R, std['ret'])]
    amt = [n * s for _, n, s in items]; tot = sum(amt)
    sh = [pct(a, tot) for a in amt]; assert sum(D(s) for s in sh) == 100, sh
    tam = [v * (std['sec'] + std['off']) + o * std['oth'] + b * std['big'] + (v - b) * std['small'] + r * std['ret'] for _, v, o, b, r in towns]
    assert sum(tam) == tot
    tsh = [pct(a, tot) for a in tam]; assert sum(D(s) for s in tsh) == 100, tsh
    wan = W(D(tot) / 10000); assert D(wan) * 10000 == tot
    up = '1,240.00'; cty = W(D(wan) - D('1240.00'), 2, True)
    prev = '2,618.50'; inc = W(D(wan) - D('2618.50')); g = growth(wan, prev)
    avg = W(D(tot) / V, 2, True)
    sg = growth(42000, 39600)
    h1 = 13406200; h1s = pct(h1, tot)
    ret_paid = R - 6; rp_amt = ret_paid * 3600; ru_amt = 6 * 3600
    wanF = W(D(wan), 2, True)
    # ledger
    for (nm, n, s), a in zip(items, amt):
        L.prod(f'表1 {nm} = 人数 x 标准', T(a), T(n), T(s))
    L.sum('表1 合计', T(tot), [T(a) for a in amt])
    for (nm, *_), a, s in zip(items, amt, sh):
        L.rate(f'表1 {nm} 占比', s, T(a), T(tot))
    L.sum('表1 占比合计', '100.00', sh)
    L.sum('大村 + 其他村 = 行政村', str(V), [str(BG), str(V - BG)])
    L.sum('表2 村数合计', str(V), [str(t[1]) for t in towns])
    L.sum('表2 村干部合计', T(V + O), [str(t[1] + t[2]) for t in towns])
    L.sum('村干部 = 书记 + 其他', T(V + O), [str(V), str(O)])
    L.sum('表2 大村合计', str(BG), [str(t[3]) for t in towns])
    L.sum('表2 离任合计', str(R), [str(t[4]) for t in towns])
    L.sum('表2 金额合计', T(tot), [T(a) for a in tam])
    for (nm, *_), a, s in zip(towns, tam, tsh):
        L.rate(f'表2 {nm} 占比', s, T(a), T(tot))
    L.sum('表2 占比合计', '100.00', tsh)
    L.conv('合计 折合万元', wanF, T(tot))
    L.sum('资金来源', wanF, [up, cty])
    L.diff('比上年增加', inc, wanF, prev)
    L.growth('比上年增长', g, wanF, prev)
    L.quot('村均', avg, T(tot), str(V))
    L.diff('书记报酬 提高', '2,400', '42,000', '39,600')
    L.growth('书记报酬 增长', sg, '42,000', '39,600')
    L.rate('上半年 占全年', h1s, T(h1), T(tot))
    L.sum('离任 已发放 + 尚未', str(R), [str(ret_paid), '6'])
    L.prod('离任 已发放金额', T(rp_amt), str(ret_paid), '3,600')
    L.prod('离任 尚未发放金额', T(ru_amt), '6', '3,600')
    L.dated('落款晚于期末', dt.date(2025, 1, 24), dt.date(2024, 12, 31))
    for a in ['一是个别乡镇', '二是部分村', '存在两个方面的问题', DOCNO, DATE, '截至2024年12月31日']:
        L.anchor('anchor', a)
    rows1 = [['项目', '村数/人数', '标准（元）', '金额（元）', '占比（%）']] + [[nm, T(n), T(s), T(a), x] for (nm, n, s), a, x in zip(items, amt, sh)] + [['合计', '—', '—', T(tot), '100.00']]
    rows2 = [['乡镇', '行政村', '村干部', '其中：大村', '离任村干部', '金额（元）', '占比（%）']] + \
        [[nm, str(v), str(v + o), str(b), str(r), T(a), x] for (nm, v, o, b, r), a, x in zip(towns, tam, tsh)] + \
        [['合计', str(V), T(V + O), str(BG), str(R), T(tot), '100.00']]
    B = [('title', '中共葑塘县委组织部　葑塘县财政局关于2024年度村级组织运转经费保障情况的报告'),
         ('sub', DOCNO),
         ('p', '县委、县政府：'),
         ('p', '根据村级组织运转经费保障有关要求，现将2024年度全县村级组织运转经费保障情况报告如下。'),
         ('h', '一、保障总体情况'),
         ('p', f'2024年全县{V}个行政村共安排村级组织运转经费{T(tot)}元（{wanF}万元），其中上级转移支付{up}万元、县级财政安排{cty}万元。比上年{prev}万元增加{inc}万元，增长{g}%。经费包括村干部基本报酬、村级办公经费、服务群众专项经费和离任村干部生活补贴四类，村均{avg}元（含离任村干部生活补贴）。'),
         ('p', f'村党组织书记基本报酬由上年的每人每年39,600元提高到42,000元，提高2,400元，增长{sg}%；其他村干部每人每年28,800元；村级办公经费每村每年20,000元；服务群众专项经费按村人口规模分档，3,000人以上的大村{BG}个，每村100,000元，其他{V - BG}个村每村50,000元。'),
         ('table', '表1　2024年度村级组织运转经费分项目安排情况', rows1, f'注：村干部合计{T(V + O)}人，其中村党组织书记{V}人、其他村干部{O}人。'),
         ('h', '二、分乡镇情况'),
         ('table', '表2　2024年度村级组织运转经费分乡镇安排情况', rows2, '注：村干部人数含村党组织书记；金额含离任村干部生活补贴。'),
         ('h', '三、资金拨付情况'),
         ('p', f'上半年拨付{T(h1)}元，占全年的{h1s}%。截至2024年12月31日，村干部报酬、办公经费和服务群众专项经费已全部拨付到村；离任村干部生活补贴应发{R}人，已发放{ret_paid}人{T(rp_amt)}元，尚未发放6人{T(ru_amt)}元，原因是任职年限待乡镇复核，复核后于2025年一季度补发。'),
         ('h', '四、存在的问题'),
         ('p', '保障工作中存在两个方面的问题：一是个别乡镇对服务群众专项经费使用指导不够，存在用于村级日常开支的情况；二是部分村财务公开不及时，村民对经费使用情况了解不多。下一步将加强专项检查，规范村级财务公开。'),
         ('p', '特此报告。'),
         ('sign', ['中共葑塘县委组织部　　葑塘县财政局', DATE])]
    return B, L
