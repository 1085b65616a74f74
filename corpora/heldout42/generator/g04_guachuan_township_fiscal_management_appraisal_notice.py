# -*- coding: utf-8 -*-
"""t04 栝川县财政局 关于2024年度乡镇财政管理绩效考评结果的通报 (portal html, 考评得分表)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't04_guachuan_county_township_fiscal_management_performance_appraisal_results_notice_2024.html'
BANDS = [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]
CN = {1: '1', 2: '2', 3: '3', 4: '4', 5: '5'}


def build():
    L = Ledger(FNAME)
    B = []
    docno = '栝财预〔2025〕11号'
    date = '2025年3月5日'
    L.facts['docno'] = docno
    W = [30, 25, 25, 20]
    towns = [('薷坪镇', '28.5', '23.0', '23.5', '18.5'), ('蒟溪镇', '27.0', '22.5', '22.0', '17.0'),
             ('萹口乡', '26.5', '21.0', '21.5', '16.5'), ('薹湾乡', '24.0', '19.5', '20.0', '15.0'),
             ('榈塘镇', '28.0', '24.0', '23.0', '18.0'), ('桫岭镇', '27.5', '22.0', '23.5', '17.5'),
             ('檵桥乡', '25.5', '21.5', '20.5', '16.0'), ('楦河镇', '27.0', '23.5', '22.5', '18.5')]
    prev_avg = D('85.42')
    prev_excellent = 3
    reward = {'优秀': D('30.00'), '良好': D('20.00'), '合格': D('10.00')}
    probs = [('预算编制', 12), ('预算执行', 15), ('资金监管', 11), ('基础工作', 8)]
    fixed = 39
    checked = ['萹口乡', '薹湾乡', '檵桥乡']
    vouchers = 1260

    n = len(towns)
    zhen = [t[0] for t in towns if t[0].endswith('镇')]
    xiang = [t[0] for t in towns if t[0].endswith('乡')]
    res = []
    for t in towns:
        sc = [D(x) for x in t[1:]]
        for s, w in zip(sc, W):
            assert s <= w
        tot = sum(sc)
        g = [name for lo, name in BANDS if tot >= D(lo)][0]
        res.append((t[0], t[1:], tot, g))
    grand = sum(r[2] for r in res)
    avg = q(grand / n)
    avg_grade = [name for lo, name in BANDS if avg >= D(lo)][0]
    by = {}
    for r in sorted(res, key=lambda r: -r[2]):
        by.setdefault(r[3], []).append(r[0])
    exc_rate, exc_rate0 = pct(len(by['优秀']), n), pct(prev_excellent, n)
    best = max(res, key=lambda r: r[2])
    worst = min(res, key=lambda r: r[2])
    money = {g: reward[g] * len(by.get(g, [])) for g in reward}
    money_tot = sum(money.values())
    nprob = sum(p[1] for p in probs)

    B.append(('title', '栝川县财政局关于2024年度乡镇财政管理绩效考评结果的通报'))
    B.append(('sub', docno))
    B.append(('p', '各乡镇人民政府：'))
    B.append(('p', '根据《栝川县乡镇财政管理绩效考评办法》，县财政局于2025年1月至2月对全县%d个乡镇（%d个镇、%d个乡）2024年度财政管理工作'
                   '进行了考评。现将考评结果通报如下。' % (n, len(zhen), len(xiang))))
    L.sum('乡镇数 = 镇 + 乡', str(n), str(len(zhen)), str(len(xiang)))
    B.append(('h', '一、考评内容和方法'))
    B.append(('p', '考评设预算管理、收支执行、资金监管、基础工作四类指标，分值分别为%d分、%d分、%d分和%d分，满分%d分。'
                   '按总分划分等次：90分及以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。'
                   '考评组抽查了%d个乡镇的会计凭证，即%s，共抽查凭证%s份。'
              % (W[0], W[1], W[2], W[3], sum(W), len(checked), '、'.join(checked[:-1]) + '和' + checked[-1], I(vouchers))))
    L.sum('满分 = 四类分值', str(sum(W)), *[str(w) for w in W])
    L.count('抽查乡镇 个数 = 列举', str(len(checked)), checked)
    B.append(('h', '二、考评结果'))
    B.append(('cap', '2024年度乡镇财政管理绩效考评得分表（单位：分）'))
    rows = [['乡镇', '预算管理', '收支执行', '资金监管', '基础工作', '总分', '等次']]
    for name, sc, tot, g in res:
        rows.append([name] + list(sc) + [F(tot, 1), g])
        L.sum('得分表 %s 总分 = 四类得分' % name, F(tot, 1), *sc)
        L.band('得分表 %s 等次' % name, F(tot, 1), g, BANDS)
    B.append(('table', {'rows': rows}))
    sent = []
    for g in ['优秀', '良好', '合格']:
        lst = by[g]
        sent.append('%s%d个，即%s' % (g, len(lst), (lst[0] if len(lst) == 1 else '、'.join(lst[:-1]) + '和' + lst[-1])))
        L.count('%s 个数 = 列举' % g, str(len(lst)), lst)
    B.append(('p', '按总分排序，%s；无不合格乡镇。' % '；'.join(sent)))
    L.sum('等次个数之和 = 乡镇数', str(n), *[str(len(by[g])) for g in ['优秀', '良好', '合格']])
    B.append(('p', '全县乡镇平均得分%s分，较上年的%s分提高%s分，总体处于“%s”等次。优秀率为%s%%，比上年提高%s个百分点（上年优秀乡镇%d个）。'
                   '得分最高的%s（%s分）与最低的%s（%s分）相差%s分。'
              % (F(avg), F(prev_avg), F(avg - prev_avg), avg_grade, P(exc_rate), P(exc_rate - exc_rate0),
                 prev_excellent, best[0], F(best[2], 1), worst[0], F(worst[2], 1), F(best[2] - worst[2], 1))))
    L.mean('平均得分 = 8个乡镇总分的平均', F(avg), [F(r[2], 1) for r in res])
    L.diff('平均分 较上年提高', F(avg), F(prev_avg), F(avg - prev_avg))
    L.band('平均得分 所处等次', F(avg), avg_grade, BANDS)
    L.rate('优秀率 = 优秀个数 / 乡镇数', str(len(by['优秀'])), str(n), P(exc_rate))
    L.rate('上年优秀率 (不写出)', str(prev_excellent), str(n), P(exc_rate0))
    L.checks[-1]['nums'] = [str(prev_excellent), str(n)]
    L.pp('优秀率 提高 个百分点 (上年 3/8 = %s)' % P(exc_rate0), P(exc_rate), P(exc_rate0), P(exc_rate - exc_rate0), '提高')
    L.checks[-1]['nums'] = [P(exc_rate), P(exc_rate - exc_rate0)]
    L.diff('最高 - 最低', F(best[2], 1), F(worst[2], 1), F(best[2] - worst[2], 1))
    L.anchor('最高乡镇', best[0])
    L.anchor('最低乡镇', worst[0])
    B.append(('h', '三、奖补资金安排'))
    B.append(('p', '按照优秀每个乡镇%s万元、良好每个乡镇%s万元、合格每个乡镇%s万元的标准安排考评奖补资金，共计%s万元，其中优秀乡镇%s万元、'
                   '良好乡镇%s万元、合格乡镇%s万元，平均每个乡镇%s万元。奖补资金由乡镇统筹用于财政所能力建设。'
              % (F(reward['优秀']), F(reward['良好']), F(reward['合格']), F(money_tot), F(money['优秀']), F(money['良好']),
                 F(money['合格']), F(money_tot / n))))
    for g in ['优秀', '良好', '合格']:
        L.prod('奖补 %s = 标准 × 个数' % g, F(reward[g]), str(len(by[g])), F(money[g]))
    L.sum('奖补 共计', F(money_tot), F(money['优秀']), F(money['良好']), F(money['合格']))
    L.quot('平均每个乡镇奖补', F(money_tot), str(n), F(money_tot / n))
    B.append(('h', '四、存在的问题'))
    B.append(('p', '考评共发现问题%d个，其中%s；截至通报印发时已整改%d个，整改率%s%%。未整改问题主要是村级债务清理和资产台账登记，'
                   '相关乡镇要在2025年6月底前整改到位。'
              % (nprob, '、'.join('%s类%d个' % p for p in probs), fixed, P(pct(fixed, nprob)))))
    L.sum('问题数 = 四类', str(nprob), *[str(p[1]) for p in probs])
    L.rate('问题整改率', str(fixed), str(nprob), P(pct(fixed, nprob)))
    B.append(('p', '请各乡镇对照考评反馈意见，认真抓好整改，进一步提升乡镇财政管理水平。联系电话：0746-2593817。'))
    B.append(('sign', ['栝川县财政局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    L.anchor('电话', '0746-2593817')
    meta = dict(fname=FNAME, fmt='html', author='栝川县财政局', site='栝川县人民政府门户网站',
                crumbs=['首页', '政务公开', '财政信息', '通知公告'], host='栝川县人民政府办公室')
    return B, L, meta
