"""t04 蕤川县红十字会 应急救护培训项目 支出绩效自评报告 (docx)"""
import datetime
from lib38 import *

NAME = 't04_ruichuan_red_cross_first_aid_training_selfeval_2024.docx'
FMT = 'docx'

def build():
    L = Ledger(NAME)
    bud_c, bud_u = D('38.00'), D('7.00'); bud = bud_c + bud_u
    L.sum('预算来源', F(bud), [F(bud_c), F(bud_u)])
    items = [('救护师资培训', 36, '人', 1800), ('持证救护员培训', 1850, '人', 90), ('普及性培训', 12400, '人次', 5),
             ('AED配置', 6, '台', 16500), ('培训教具购置', 1, '批', 20300)]
    amts = [q(D(k) * s / 10000, 2) for _, k, _, s in items]
    for (nm, k, u, s), a in zip(items, amts):
        assert D(k) * s / 10000 == a
    spent = sum(amts); sh = shares(amts)
    rows1 = []
    for (nm, k, u, s), a, p in zip(items, amts, sh):
        rows1.append([nm, I(k), u, I(s), F(a), F(p)])
        L.prod('表1 %s 金额 = 数量 x 单价 / 10000' % nm, F(a), [I(k), I(s)], div=10000)
        L.rate('表1 %s 占比' % nm, F(a), F(spent), F(p))
    rows1.append(['合计', '—', '—', '—', F(spent), '100.00'])
    L.sum('表1 合计', F(spent), [r[4] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[5] for r in rows1[:-1]])
    ex = pct(spent, bud); bal = bud - spent
    L.rate('预算执行率', F(spent), F(bud), F(ex))
    L.diff('结余', F(bud), F(spent), F(bal))
    cert, cert_t, pop, pop_t = 1850, 1600, 12400, 10000
    c_r, p_r = pct(cert, cert_t), pct(pop, pop_t)
    L.rate('持证培训 完成率', I(cert), I(cert_t), F(c_r))
    L.rate('普及培训 完成率', I(pop), I(pop_t), F(p_r))
    ok_n = 1768; pass_r = pct(ok_n, cert)
    L.rate('取证合格率', I(ok_n), I(cert), F(pass_r))
    L.diff('未通过考核', I(cert), I(ok_n), I(cert - ok_n))
    prev = 1520; g = growth(cert, prev)
    L.growth('持证 比上年', I(cert), I(prev), I(cert - prev), F(g))
    aed_old, aed_new = 42, 48
    L.diff('AED 累计增加 = 本年配置', I(aed_new), I(aed_old), '6')
    sent, back, sat = 400, 382, 361
    rr, sr = pct(back, sent), pct(sat, back)
    L.rate('问卷回收率', I(back), I(sent), F(rr))
    L.rate('满意度', I(sat), I(back), F(sr))
    s_ex = q(ex / 10, 2); s_pass = q(pass_r / 10, 2); s_sat = q(sr / 10, 2)
    L.rate('预算执行率 得分 = 10 x 执行率', F(ex), '100', F(s_ex), scale=10)
    L.rate('取证合格率 得分 = 10 x 合格率', F(pass_r), '100', F(s_pass), scale=10)
    L.rate('满意度 得分 = 10 x 满意度', F(sr), '100', F(s_sat), scale=10)
    S = [('决策', [('立项依据充分性', '5', '5.00'), ('绩效目标合理性', '5', '4.50'), ('资金投入合理性', '5', '5.00')]),
         ('过程', [('资金到位率', '5', '5.00'), ('预算执行率', '10', F(s_ex)), ('资金使用合规性', '5', '5.00'), ('管理制度执行有效性', '5', '4.00')]),
         ('产出', [('持证培训人数', '10', '10.00'), ('普及培训人次', '10', '10.00'), ('取证合格率', '10', F(s_pass)), ('培训及时性', '10', '8.00')]),
         ('效益', [('群众自救互救能力提升', '10', '8.50'), ('受训群众满意度', '10', F(s_sat))])]
    rows2 = []; subs = []; fulls = []
    for lv, ind in S:
        full = sum(D(x[1]) for x in ind); sub = sum(D(x[2]) for x in ind)
        for i, (nm, fs, sc) in enumerate(ind):
            L.le('评分 %s 得分 <= 分值' % nm, sc, fs)
            rows2.append([lv if i == 0 else '', nm, fs, sc])
        rows2.append([lv + '小计', '', I(full), F(sub)])
        L.sum('表2 %s 小计 得分' % lv, F(sub), [x[2] for x in ind])
        L.sum('表2 %s 小计 分值' % lv, I(full), [x[1] for x in ind])
        subs.append(F(sub)); fulls.append(I(full))
    total = sum(D(s) for s in subs)
    rows2.append(['合计', '', '100', F(total)])
    L.sum('表2 合计 得分', F(total), subs)
    L.sum('表2 合计 分值', '100', fulls)
    L.diff('扣分', '100', F(total), F(100 - total))
    L.le('等级 优 (>= 90)', '90', F(total))
    L.same(F(total), 2)
    L.dated('落款日期晚于报告期末', datetime.date(2025, 3, 20), datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年3月20日', 'docno': '蕤红〔2025〕3号'})

    M = [('title', '蕤川县红十字会2024年度应急救护培训项目支出绩效自评报告'), ('sub', '蕤红〔2025〕3号'),
         ('h', '一、项目基本情况'),
         ('p', '应急救护培训项目是县红十字会的核心业务项目，主要用于开展救护师资培训、持证救护员培训、群众性普及培训及公共场所自动体外除颤器（AED）配置。2024年项目预算%s万元，其中县级财政资金%s万元、上级红十字会补助%s万元。'
          % (F(bud), F(bud_c), F(bud_u))),
         ('h', '二、项目资金使用情况'),
         ('p', '全年实际支出%s万元，预算执行率%s%%，结余%s万元按规定交回县级财政。' % (F(spent), F(ex), F(bal))),
         ('table', {'cap': '表1　2024年度应急救护培训项目支出明细（单位：元、万元、%）',
                    'head': ['支出内容', '数量', '单位', '单价（元）', '金额（万元）', '占比'], 'rows': rows1, 'note': ''}),
         ('h', '三、绩效目标完成情况'),
         ('p', '（一）产出指标。全年培训持证救护员%s人，年度目标%s人，完成率%s%%；比上年%s人增加%s人、增长%s%%。参加考核%s人，取证合格%s人，合格率%s%%，未通过的%s人已安排补考。开展普及性培训%s人次，目标%s人次，完成率%s%%。新配置AED 6台，全县公共场所AED由上年的%s台增至%s台。'
          % (I(cert), I(cert_t), F(c_r), I(prev), I(cert - prev), F(g), I(cert), I(ok_n), F(pass_r), I(cert - ok_n), I(pop), I(pop_t), F(p_r), I(aed_old), I(aed_new))),
         ('p', '（二）效益指标。向受训群众发放满意度问卷%s份，回收%s份，回收率%s%%；表示满意的%s份，满意度%s%%。'
          % (I(sent), I(back), F(rr), I(sat), F(sr))),
         ('h', '四、自评结论'),
         ('p', '按照项目支出绩效评价指标体系，自评得分%s分（90分及以上为“优”），等级为“优”，扣%s分。决策、过程、产出、效益四类指标分别得%s分、%s分、%s分和%s分。'
          % (F(total), F(100 - total), subs[0], subs[1], subs[2], subs[3])),
         ('table', {'cap': '表2　2024年度应急救护培训项目绩效自评评分表（单位：分）',
                    'head': ['一级指标', '三级指标', '分值', '得分'], 'rows': rows2,
                    'note': '注：预算执行率、取证合格率、满意度按“10分×实际比率”计分；持证、普及培训完成率超过100%的按满分计。'}),
         ('h', '五、存在的问题及改进措施'),
         ('p', '项目实施中存在三个方面的问题：一是培训力量集中在县城，偏远乡镇培训场次偏少；二是部分持证救护员证书到期后复训不及时；三是AED日常巡检记录不完整。下一步，县红十字会将增设乡镇培训点，建立持证人员复训提醒机制，落实AED巡检责任。'),
         ('sign', ['蕤川县红十字会', '2025年3月20日'])]
    for a in ('蕤红〔2025〕3号', '2025年3月20日', '存在三个方面的问题', '一是', '二是', '三是', '“优”'):
        L.anchor(a)
    return M, L
