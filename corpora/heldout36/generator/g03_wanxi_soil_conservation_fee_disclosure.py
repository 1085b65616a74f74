from lk36 import *

NAME = 't03_wanxi_soil_conservation_fee_collection_use_disclosure_2024.html'
FMT = 'html'
SITE = '涴溪县水利局'

def build():
    L = Ledger(); S = I
    rows = [('房地产开发', 14, 486500, '1.20', '55.26'), ('工业园区及厂房', 9, 372000, '1.20', '41.93'),
            ('交通及市政基础设施', 7, 615500, '1.20', '70.12'), ('能源及水利工程', 4, 208000, '1.20', '24.96'),
            ('取土挖砂采石', 11, 526400, '1.00', '47.36')]
    prev = D('228.60')
    exempt_n, exempt_amt = 4, '18.36'
    carry_in = D('21.40')
    spend = [('小流域综合治理', '3条', '126.80'), ('坡耕地水土流失治理', '1,860亩', '55.80'), ('水土保持监测', '12个站点', '18.64'),
             ('生产建设项目监督检查', '146项次', '9.36'), ('水土保持规划编制', '1项', '12.06')]
    mid_coll = D('112.46')
    due = [F(D(a) * D(p) / 10000) for _, _, a, p, _ in rows]
    for (_, _, a, p, _), d in zip(rows, due):
        assert D(a) * D(p) / 10000 == D(d)
    tot_n = sum(r[1] for r in rows); tot_due = F(sum(D(d) for d in due)); tot_in = F(sum(D(r[4]) for r in rows))
    owe = [F(D(d) - D(r[4])) for d, r in zip(due, rows)]
    tot_owe = F(D(tot_due) - D(tot_in))
    assert sum(D(o) for o in owe) == D(tot_owe) and all(D(o) >= 0 for o in owe)
    in_rate = pct(tot_in, tot_due)
    inc = F(D(tot_in) - prev); gr = growth(tot_in, prev)
    avail = F(D(tot_in) + carry_in)
    sp_tot = F(sum(D(x[2]) for x in spend))
    sp_sh = share_fix([x[2] for x in spend])
    carry_out = F(D(avail) - D(sp_tot))
    exe = pct(sp_tot, avail)
    mid_r = pct(mid_coll, tot_in)
    area_sum = S(sum(r[2] for r in rows[:4]))
    lg = D('126.80') / 3
    model = [
        ('title', '涴溪县2024年度水土保持补偿费征收使用情况公开'),
        ('sub', '涴水发〔2025〕8号'),
        ('p', '根据水土保持补偿费征收使用管理有关规定，现将本县2024年度（2024年1月1日至12月31日）水土保持补偿费征收和使用情况公开如下。'),
        ('h', '一、征收情况'),
        ('p', f'2024年全县共对{tot_n}个生产建设项目核定水土保持补偿费，应征{tot_due}万元，截至2024年12月31日已征收入库{tot_in}万元，'
              f'尚未入库{tot_owe}万元，入库率{in_rate}%。尚未入库部分均为分期缴纳项目，已列入2025年第一季度催缴计划。'
              f'征收入库额比上年{F(prev)}万元增加{inc}万元，增长{gr}%。截至2024年6月30日累计入库{F(mid_coll)}万元，占全年入库额的{mid_r}%。'),
        ('p', f'一般性生产建设项目按征占用土地面积每平方米1.20元计征，四类项目计征面积合计{area_sum}平方米；取土、挖砂、采石项目按取土挖砂采石量每立方米1.00元计征。'
              f'另有学校、保障性住房等{exempt_n}个公益性项目依法免征，免征金额{exempt_amt}万元，不计入上述应征额。'),
        ('table', '表1  2024年水土保持补偿费分类征收情况（金额单位：万元）',
         [['项目类型', '项目数（个）', '计征面积或数量', '计征标准（元）', '应征金额', '已入库', '尚未入库']] +
         [[r[0], S(r[1]), S(r[2]), r[3], d, r[4], o] for r, d, o in zip(rows, due, owe)] +
         [['合计', S(tot_n), '—', '—', tot_due, tot_in, tot_owe]],
         '注：取土挖砂采石项目计征数量单位为立方米，其余为平方米。'),
        ('h', '二、使用情况'),
        ('p', f'水土保持补偿费全额纳入政府性基金预算管理，专项用于水土流失预防和治理。2024年可用资金{avail}万元，'
              f'其中当年入库{tot_in}万元、上年结转{F(carry_in)}万元；全年支出{sp_tot}万元，执行率{exe}%，结转下年{carry_out}万元。'),
        ('table', '表2  2024年水土保持补偿费支出情况（金额单位：万元）',
         [['支出方向', '实施内容', '支出金额', '占比（%）']] +
         [[a, b, c, s] for (a, b, c), s in zip(spend, sp_sh)] + [['合计', '—', sp_tot, '100.00']], None),
        ('p', f'3条小流域综合治理分别为涴北小流域、石碾沟小流域和黄栌溪小流域，平均每条投入{F(lg)}万元，新增治理水土流失面积12.60平方公里。'),
        ('h', '三、监督电话'),
        ('p', '对上述公开内容如有疑问，请与县水利局水土保持股联系，电话：0736-5294810。'),
        ('sign', ['涴溪县水利局', '2025年3月5日']),
    ]
    for r, d in zip(rows, due):
        L.prod(f'表1 {r[0]} 应征 = 面积 x 标准', d, S(r[2]), r[3], div=10000)
    for r, d, o in zip(rows, due, owe):
        L.diff(f'表1 {r[0]} 尚未入库 = 应征 - 已入库', o, d, r[4])
    L.sum('表1 项目数合计', S(tot_n), [S(r[1]) for r in rows])
    L.sum('表1 应征合计', tot_due, due)
    L.sum('表1 已入库合计', tot_in, [r[4] for r in rows])
    L.sum('表1 尚未入库合计', tot_owe, owe)
    L.sum('已入库 + 尚未入库 = 应征', tot_due, [tot_in, tot_owe])
    L.rate('入库率', in_rate, tot_in, tot_due)
    L.diff('比上年增加', inc, tot_in, F(prev))
    L.growth('比上年增长', gr, tot_in, F(prev))
    L.rate('年中入库占全年', mid_r, F(mid_coll), tot_in)
    L.le('年中 < 全年', F(mid_coll), tot_in)
    L.sum('一般项目计征面积', area_sum, [S(r[2]) for r in rows[:4]])
    L.sum('可用资金', avail, [tot_in, F(carry_in)])
    L.sum('表2 支出合计', sp_tot, [x[2] for x in spend])
    for x, s in zip(spend, sp_sh):
        L.rate(f'表2 {x[0]} 占比', s, x[2], sp_tot)
    L.sum('表2 占比合计', '100.00', sp_sh)
    L.rate('执行率', exe, sp_tot, avail)
    L.diff('结转下年', carry_out, avail, sp_tot)
    L.quot('平均每条小流域', F(lg), '126.80', '3')
    L.count('3条小流域', '3', ['涴北小流域', '石碾沟小流域', '黄栌溪小流域'])
    L.same('已入库 (正文 x2, 表1)', tot_in, 3)
    L.dated('落款日期', '2025年3月5日')
    L.anchor('文号', '涴水发〔2025〕8号')
    L.anchor('截至年末', '截至2024年12月31日')
    meta = dict(name=NAME, fmt=FMT, date='2025年3月5日', docno='涴水发〔2025〕8号', author=SITE, site=SITE)
    return model, L, meta, dict(tot_owe=tot_owe, gr=gr, tot_in=tot_in, tot_due=tot_due, prev=F(prev))
