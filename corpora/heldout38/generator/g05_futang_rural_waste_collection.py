"""t05 茯塘县城市管理局 农村生活垃圾收运处置经费 项目支出绩效自评报告 (pdf)"""
import datetime
from lib38 import *

NAME = 't05_futang_rural_household_waste_collection_fund_selfeval_2024.pdf'
FMT = 'pdf'

def build():
    L = Ledger(NAME)
    b1, b2 = D('1086.00'), D('200.00'); bud = b1 + b2
    L.sum('预算来源', F(bud), [F(b1), F(b2)])
    tons = 42360
    items = [('收运服务购买', '12', '月', '68.50万元', D(12) * D('68.50'), ['12', '68.50'], 1),
             ('转运站运行维护', '5', '座', '18.60万元', D(5) * D('18.60'), ['5', '18.60'], 1),
             ('焚烧处置费', I(tons), '吨', '65元', D(tons) * 65 / 10000, [I(tons), '65'], 10000),
             ('分类收集容器购置', '1,200', '个', '350元', D(1200) * 350 / 10000, ['1,200', '350'], 10000)]
    amts = [q(i[4], 2) for i in items]
    for i, a in zip(items, amts):
        assert i[4] == a
    spent = sum(amts); sh = shares(amts)
    rows1 = []
    for it, a, s in zip(items, amts, sh):
        rows1.append([it[0], it[1], it[2], it[3], F(a), F(s)])
        L.prod('表1 %s 金额 = 数量 x 单价' % it[0], F(a), it[5], div=it[6])
        L.rate('表1 %s 占比' % it[0], F(a), F(spent), F(s))
    rows1.append(['合计', '—', '—', '—', F(spent), '100.00'])
    L.sum('表1 合计', F(spent), [r[4] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[5] for r in rows1[:-1]])
    ex = pct(spent, bud); bal = bud - spent
    L.rate('预算执行率', F(spent), F(bud), F(ex))
    L.diff('结余', F(bud), F(spent), F(bal))
    daily = q(D(tons) / 366, 2)
    L.quot('日均收运量 (2024年366天)', I(tons), '366', F(daily))
    prev = 40125; g = growth(tons, prev)
    L.growth('收运量 比上年', I(tons), I(prev), I(tons - prev), F(g))
    vil, cov, cov0 = 192, 186, 175
    r1, r0 = pct(cov, vil), pct(cov0, vil)
    L.rate('覆盖率 2024', I(cov), I(vil), F(r1))
    L.rate('覆盖率 上年', I(cov0), I(vil), F(r0))
    L.pp('覆盖率 提高', F(r1), F(r0), F(r1 - r0))
    L.diff('未覆盖村', I(vil), I(cov), I(vil - cov))
    sent, sat = 300, 279; sr = pct(sat, sent)
    L.rate('满意度', I(sat), I(sent), F(sr))
    s_ex, s_cov, s_sat = q(ex / 10, 2), q(r1 / 10, 2), q(sr / 10, 2)
    L.rate('执行率 得分', F(ex), '100', F(s_ex), scale=10)
    L.rate('覆盖率 得分', F(r1), '100', F(s_cov), scale=10)
    L.rate('满意度 得分', F(sr), '100', F(s_sat), scale=10)
    S = [('决策', [('立项依据充分性', '5', '5.00'), ('绩效目标合理性', '5', '4.00'), ('资金投入合理性', '5', '5.00')]),
         ('过程', [('预算执行率', '10', F(s_ex)), ('资金管理规范性', '8', '7.00'), ('政府采购与合同管理', '7', '6.50')]),
         ('产出', [('垃圾收运处置量', '10', '10.00'), ('行政村收运覆盖率', '10', F(s_cov)), ('无害化处理率', '10', '10.00'), ('收运及时性', '5', '4.00')]),
         ('效益', [('村容环境改善', '10', '9.00'), ('群众满意度', '10', F(s_sat)), ('长效管护机制', '5', '4.00')])]
    rows2 = []; subs = []; fulls = []
    for lv, ind in S:
        full = sum(D(x[1]) for x in ind); sub = sum(D(x[2]) for x in ind)
        for i, (nm, fs, sc) in enumerate(ind):
            L.le('评分 %s 得分 <= 分值' % nm, sc, fs)
            rows2.append([lv + '（%s）' % I(full) if i == 0 else '', nm, fs, sc])
        L.sum('%s 小计' % lv, F(sub), [x[2] for x in ind])
        L.sum('%s 分值' % lv, I(full), [x[1] for x in ind])
        subs.append(F(sub)); fulls.append(I(full))
    total = sum(D(s) for s in subs)
    rows2.append(['合计', '', '100', F(total)])
    L.sum('表2 合计 = 四项小计', F(total), subs)
    L.sum('表2 合计 = 各指标得分', F(total), [r[3] for r in rows2[:-1]])
    L.sum('分值合计', '100', fulls)
    L.le('等级 优 (>= 90)', '90', F(total))
    L.same(F(total), 2)
    L.dated('落款日期晚于报告期末', datetime.date(2025, 4, 15), datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年4月15日', 'docno': '茯城管〔2025〕4号'})

    M = [('title', '茯塘县城市管理局2024年度农村生活垃圾收运处置经费项目支出绩效自评报告'), ('sub', '茯城管〔2025〕4号'),
         ('h', '一、项目概况'),
         ('p', '为推进农村人居环境整治，县城市管理局通过政府购买服务方式，委托茯塘蔚清环境服务有限公司承担全县农村生活垃圾收集、转运，收运垃圾送县生活垃圾焚烧发电厂处置。2024年项目预算%s万元，其中县级财政资金%s万元、乡镇配套资金%s万元。'
          % (F(bud), F(b1), F(b2))),
         ('h', '二、资金使用情况'),
         ('p', '全年支出%s万元，预算执行率%s%%，结余%s万元。收运服务费按合同每月%s万元支付，焚烧处置费按实际进厂量每吨65元结算。'
          % (F(spent), F(ex), F(bal), '68.50')),
         ('table', {'cap': '表1　2024年度农村生活垃圾收运处置经费支出明细（单位：万元、%）',
                    'head': ['支出内容', '数量', '单位', '单价', '金额', '占比'], 'rows': rows1, 'note': ''}),
         ('h', '三、绩效目标完成情况'),
         ('p', '全年收运处置农村生活垃圾%s吨，日均%s吨（按全年366天计），比上年%s吨增加%s吨、增长%s%%，无害化处理率100%%。全县%s个行政村中%s个实现垃圾定时定点收运，覆盖率%s%%，比上年的%s%%（%s个村）提高%s个百分点；尚未覆盖的%s个村均为偏远山区村，由乡镇组织就近收集。'
          % (I(tons), F(daily), I(prev), I(tons - prev), F(g), I(vil), I(cov), F(r1), F(r0), I(cov0), F(r1 - r0), I(vil - cov))),
         ('p', '委托第三方对%s户农户开展满意度调查，满意%s户，满意度%s%%。' % (I(sent), I(sat), F(sr))),
         ('h', '四、自评得分'),
         ('p', '经自评，项目综合得分%s分，等级为“优”（90分及以上为优）。其中决策指标%s分、过程指标%s分、产出指标%s分、效益指标%s分。'
          % (F(total), subs[0], subs[1], subs[2], subs[3])),
         ('table', {'cap': '表2　2024年度项目支出绩效自评评分表（单位：分）',
                    'head': ['一级指标（分值）', '三级指标', '分值', '得分'], 'rows': rows2,
                    'note': '注：预算执行率、收运覆盖率、满意度按“10分×实际比率”计分。'}),
         ('h', '五、存在的问题'),
         ('p', '项目实施中存在以下三个方面的问题：一是部分转运站设备老化，渗滤液处理能力不足；二是对收运企业的考核以台账检查为主，日常巡查频次偏低；三是农户源头分类意识不强，可回收物分出率偏低。'),
         ('sign', ['茯塘县城市管理局', '2025年4月15日'])]
    for a in ('茯城管〔2025〕4号', '2025年4月15日', '三个方面的问题', '一是', '二是', '三是', '“优”'):
        L.anchor(a)
    return M, L
