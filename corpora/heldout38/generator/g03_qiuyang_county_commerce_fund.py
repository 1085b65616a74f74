"""t03 萩阳县商务局 县域商业体系建设专项资金 使用情况公示 (portal html)"""
import datetime
from lib38 import *

NAME = 't03_qiuyang_county_commercial_system_fund_usage_disclosure_2024.html'
FMT = 'html'

def build():
    L = Ledger(NAME)
    src = [D('500.00'), D('150.00'), D('80.00')]; avail = sum(src)
    L.sum('资金来源', F(avail), [F(x) for x in src])
    hubs = [('萩城镇商贸中心', D('218.00'), D('72.00')), ('荛坝乡商贸中心', D('156.00'), D('52.00')),
            ('萁岭镇商贸中心', D('190.00'), D('62.00')), ('蓰川乡商贸中心', D('150.00'), D('50.00'))]
    hub_sub = sum(h[2] for h in hubs); hub_inv = sum(h[1] for h in hubs)
    items = [('乡镇商贸中心改造', '4', '个', '—', hub_sub), ('村级便民商店改造', '62', '个', '1.50', D(62) * D('1.50')),
             ('县级物流配送中心', '1', '个', '—', D('180.00')), ('农村电商服务站点', '48', '个', '0.80', D(48) * D('0.80')),
             ('农产品冷链设施', '3', '个', '—', D('96.00')), ('电商人才培训', '1,260', '人次', '0.02', D(1260) * D('0.02'))]
    used = sum(i[4] for i in items)
    sh = shares([i[4] for i in items])
    rows1 = []
    for (nm, k, u, st, a), s in zip(items, sh):
        rows1.append([nm, k, u, st, F(a), F(s)])
        if st != '—':
            L.prod('表1 %s 金额 = 数量 x 标准' % nm, F(a), [k, st])
        L.rate('表1 %s 占比' % nm, F(a), F(used), F(s))
    rows1.append(['合计', '—', '—', '—', F(used), '100.00'])
    L.sum('表1 合计', F(used), [r[4] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[5] for r in rows1[:-1]])
    arr = pct(used, avail); carry = avail - used
    L.rate('安排率', F(used), F(avail), F(arr))
    L.diff('结转', F(avail), F(used), F(carry))
    paid = D('612.30'); unpaid = used - paid; cold, tail = D('32.00'), D('24.30')
    L.sum('已拨付+尚未拨付', F(used), [F(paid), F(unpaid)])
    L.sum('尚未拨付 构成', F(unpaid), [F(cold), F(tail)])
    payr = pct(paid, used)
    L.rate('拨付率', F(paid), F(used), F(payr))
    L.same(F(paid), 2)
    rows2 = []
    for nm, inv, sub in hubs:
        r = pct(sub, inv)
        rows2.append([nm, F(inv), F(sub), F(r)])
        L.rate('表2 %s 补助比例' % nm, F(sub), F(inv), F(r))
        L.le('表2 %s 补助比例 <= 35' % nm, F(r), '35')
    avr = pct(hub_sub, hub_inv)
    rows2.append(['合计', F(hub_inv), F(hub_sub), F(avr)])
    L.sum('表2 合计 总投资', F(hub_inv), [r[1] for r in rows2[:-1]])
    L.sum('表2 合计 补助', F(hub_sub), [r[2] for r in rows2[:-1]])
    L.rate('表2 合计 补助比例', F(hub_sub), F(hub_inv), F(avr))
    L.same(F(hub_sub), 2)
    ret_new, ret_old = D('6.72'), D('5.86'); gr = growth(ret_new, ret_old)
    L.growth('农村网络零售额', F(ret_new), F(ret_old), F(ret_new - ret_old), F(gr))
    vil, ex_new, ex_old = 164, 158, 142
    c_new, c_old = pct(ex_new, vil), pct(ex_old, vil)
    L.rate('快递进村 覆盖率 2024', I(ex_new), I(vil), F(c_new))
    L.rate('快递进村 覆盖率 上年', I(ex_old), I(vil), F(c_old))
    L.pp('覆盖率 提高', F(c_new), F(c_old), F(c_new - c_old))
    L.diff('新增通快递村', I(ex_new), I(ex_old), I(ex_new - ex_old))
    L.dated('落款日期晚于报告期末', datetime.date(2025, 3, 6), datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年3月6日', 'docno': '萩商发〔2025〕6号'})

    M = [('title', '萩阳县2024年度县域商业体系建设专项资金使用情况公示'), ('sub', '萩商发〔2025〕6号'),
         ('p', '为加强县域商业体系建设专项资金管理，接受社会监督，现将2024年度资金安排及使用情况公示如下。'),
         ('h', '一、资金来源'),
         ('p', '2024年全县可用县域商业体系建设专项资金%s万元，其中中央财政服务业发展资金%s万元、省级配套%s万元、县级配套%s万元。'
          % (F(avail), F(src[0]), F(src[1]), F(src[2]))),
         ('h', '二、资金安排情况'),
         ('p', '全年下达项目资金%s万元，安排率%s%%，结转%s万元用于2025年续建项目。资金主要投向乡镇商贸中心、村级便民商店、物流配送、电商服务站点、冷链设施和人才培训等6个方向。'
          % (F(used), F(arr), F(carry))),
         ('table', {'cap': '表1　2024年度县域商业体系建设专项资金分方向安排情况（单位：万元、%）',
                    'head': ['支持方向', '数量', '单位', '补助标准', '补助金额', '占比'], 'rows': rows1,
                    'note': '注：补助标准为每个（人次）补助额，“—”为按项目评审核定补助；占比为占下达项目资金的比重。'}),
         ('p', '乡镇商贸中心改造项目共4个，补助资金%s万元，按不超过项目总投资35%%的比例给予补助，平均补助比例%s%%。' % (F(hub_sub), F(avr))),
         ('table', {'cap': '表2　乡镇商贸中心改造项目补助情况（单位：万元、%）',
                    'head': ['项目名称', '总投资', '补助金额', '补助比例'], 'rows': rows2, 'note': ''}),
         ('h', '三、资金拨付情况'),
         ('p', '截至2024年12月31日，已拨付项目资金%s万元，拨付率%s%%；尚未拨付%s万元，其中1个冷链设施项目尚未验收%s万元、县级物流配送中心质保金%s万元。'
          % (F(paid), F(payr), F(unpaid), F(cold), F(tail))),
         ('h', '四、实施成效'),
         ('p', '2024年全县农村网络零售额由上年的%s亿元增至%s亿元，增加%s亿元、增长%s%%。全县%s个行政村中已通快递%s个，比上年%s个增加%s个，快递进村覆盖率由%s%%提高到%s%%，提高%s个百分点。'
          % (F(ret_old), F(ret_new), F(ret_new - ret_old), F(gr), I(vil), I(ex_new), I(ex_old), I(ex_new - ex_old), F(c_old), F(c_new), F(c_new - c_old))),
         ('h', '五、存在的问题'),
         ('p', '一是部分项目验收进度偏慢，全年已拨付资金%s万元，仍有资金未及时拨付到项目单位；二是个别村级便民商店经营品类单一，可持续运营能力不足。' % F(paid)),
         ('p', '欢迎社会各界监督，如有异议请与县商务局规划财务股联系。'),
         ('sign', ['萩阳县商务局', '2025年3月6日'])]
    for a in ('萩商发〔2025〕6号', '2025年3月6日', '一是', '二是', '截至2024年12月31日'):
        L.anchor(a)
    return M, L
