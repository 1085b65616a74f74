from lk36 import *

NAME = 't01_pengxi_senior_longevity_allowance_notice_2024.txt'
FMT = 'txt-tab'

def build():
    L = Ledger()
    # base inputs
    bands = [('80—89周岁', 8642, 101916, 50), ('90—99周岁', 1218, 14238, 200), ('100周岁及以上', 37, 418, 500)]
    towns = [('芃城镇', 2364, 318, 9), ('苕坪乡', 1187, 152, 5), ('蓍岭镇', 1652, 227, 7),
             ('荇湾乡', 1046, 133, 4), ('菡池镇', 1578, 236, 8), ('蒴塘乡', 815, 152, 4)]
    town_adj = [-46200, -21400, -33800, -18200, -31600]   # 年内新增/去世 人月差异 (元), last town balances
    prev_amt = 7468350
    prev_end, new_cnt, exit_cnt = 9724, 1046, 873
    hukou = 412600
    mid_amt = 3975150
    budget = D('860.00')
    prov = D('300.00')
    # derived
    amts = [n_pm * std for _, _, n_pm, std in bands]
    tot_cnt = sum(b[1] for b in bands); tot_pm = sum(b[2] for b in bands); tot_amt = sum(amts)
    for j in range(3):
        assert sum(t[1 + j] for t in towns) == bands[j][1]
    shares = share_fix(amts)
    tot_w = F(D(tot_amt) / 10000)
    county = F(D(tot_w) - prov)
    nominal = [t[1] * 600 + t[2] * 2400 + t[3] * 6000 for t in towns]
    tamts = [nominal[i] + town_adj[i] for i in range(5)]
    tamts.append(tot_amt - sum(tamts))
    assert tamts[-1] > 0 and abs(tamts[-1] - nominal[-1]) < 60000
    tcnt = [sum(t[1:]) for t in towns]
    tsh = share_fix(tamts)
    inc = tot_amt - prev_amt
    gr = growth(tot_amt, prev_amt)
    avg = F(D(tot_amt) / tot_cnt)
    bal = F(budget - D(tot_w))
    exe = pct(tot_w, budget)
    mid_w = F(D(mid_amt) / 10000)
    mid_sh = pct(mid_amt, tot_amt)
    arrived = tot_cnt - 23
    cover = pct(tot_cnt, hukou)
    sh90 = pct(bands[1][1] + bands[2][1], tot_cnt)
    assert prev_end + new_cnt - exit_cnt == tot_cnt

    S = lambda n: I(n)
    model = [
        ('title', '芃溪县2024年度80周岁以上老年人高龄津贴发放情况公示'),
        ('sub', '芃民发〔2025〕5号'),
        ('p', '根据县政府《芃溪县高龄津贴发放管理办法》，现将2024年度（2024年1月1日至12月31日）全县80周岁以上老年人高龄津贴发放情况公示如下。'),
        ('h', '一、发放标准和对象'),
        ('p', f'高龄津贴按年龄段分档发放：80—89周岁每人每月{S(50)}元，90—99周岁每人每月{S(200)}元，100周岁及以上每人每月{S(500)}元，按月发放至本人社会保障卡。'
              f'2024年末全县享受高龄津贴{S(tot_cnt)}人，其中80—89周岁{S(bands[0][1])}人、90—99周岁{S(bands[1][1])}人、100周岁及以上{S(bands[2][1])}人，'
              f'90周岁以上老人共{S(bands[1][1] + bands[2][1])}人、占{sh90}%。享受人数占全县户籍人口{S(hukou)}人的{cover}%。'),
        ('p', f'人数变动情况：上年末享受{S(prev_end)}人，本年新增认定{S(new_cnt)}人，因去世等原因停发{S(exit_cnt)}人，年末{S(tot_cnt)}人。'),
        ('h', '二、资金发放情况'),
        ('p', f'全年发放高龄津贴{S(tot_amt)}元（{tot_w}万元），累计发放{S(tot_pm)}人月。资金来源为省级补助{F(prov)}万元、县级财政{county}万元。'
              f'与上年发放{S(prev_amt)}元相比，增加{S(inc)}元，增长{gr}%，主要是80周岁以上人口增加。'
              f'按年末享受人数计算，人均全年领取{avg}元。'),
        ('table', '表1  2024年度高龄津贴分档发放情况（金额单位：元）',
         [['年龄段', '年末享受人数', '全年发放人月数', '月标准', '发放金额', '占比（%）']] +
         [[b[0], S(b[1]), S(b[2]), S(b[3]), S(a), s] for b, a, s in zip(bands, amts, shares)] +
         [['合计', S(tot_cnt), S(tot_pm), '—', S(tot_amt), '100.00']],
         '注：发放金额＝全年发放人月数×月标准；年内新增人员自认定次月起发放，去世人员自次月起停发，故人月数少于年末人数×12。'),
        ('table', '表2  各乡镇高龄津贴发放情况（人数单位：人；金额单位：元）',
         [['乡镇', '80—89周岁', '90—99周岁', '100周岁及以上', '合计人数', '发放金额', '占比（%）']] +
         [[t[0], S(t[1]), S(t[2]), S(t[3]), S(c), S(a), s] for t, c, a, s in zip(towns, tcnt, tamts, tsh)] +
         [['合计', S(bands[0][1]), S(bands[1][1]), S(bands[2][1]), S(tot_cnt), S(tot_amt), '100.00']], None),
        ('p', f'年中执行情况：截至2024年6月30日，累计发放{S(mid_amt)}元（{mid_w}万元），占全年发放额的{mid_sh}%。'
              f'全年预算安排{F(budget)}万元，实际发放{tot_w}万元，预算执行率{exe}%，结余{bal}万元按规定收回县级财政统筹使用。'),
        ('p', f'到账情况：截至2024年12月31日，{S(tot_cnt)}名对象中已足额到账{S(arrived)}人，尚未到账23人，均为社会保障卡挂失或账户冻结，相应津贴已暂存乡镇代发专户，待换卡后补发。'),
        ('h', '三、存在的问题'),
        ('p', '核查中发现，高龄津贴发放工作存在三个方面的问题：一是部分乡镇对去世人员信息比对不及时，停发滞后；二是少数高龄老人社会保障卡长期未激活，影响按时到账；三是新增对象认定材料审核时限偏长。'
              '下一步将按月与公安、卫健部门比对户籍和死亡信息，并推行“免申即享”。'),
        ('h', '四、公示期及监督'),
        ('p', '公示期为2025年1月16日至2025年1月25日，共10天。如有异议，请在公示期内向县民政局养老服务股反映，监督电话：0735-6180427。'),
        ('sign', ['芃溪县民政局　芃溪县财政局', '2025年1月16日']),
    ]
    # ledger
    for b, a in zip(bands, amts):
        L.prod(f'表1 {b[0]} 金额 = 人月 x 标准', S(a), S(b[2]), S(b[3]))
    L.sum('表1 年末人数合计', S(tot_cnt), [S(b[1]) for b in bands])
    L.sum('表1 人月数合计', S(tot_pm), [S(b[2]) for b in bands])
    L.sum('表1 金额合计', S(tot_amt), [S(a) for a in amts])
    for b, a, s in zip(bands, amts, shares):
        L.rate(f'表1 {b[0]} 占比', s, S(a), S(tot_amt))
    L.sum('表1 占比合计', '100.00', shares)
    for b in bands:
        L.same(f'{b[0]} 人数 正文/表1/表2', S(b[1]), 3)
    for t, c, a, s in zip(towns, tcnt, tamts, tsh):
        L.sum(f'表2 {t[0]} 合计人数', S(c), [S(x) for x in t[1:]])
        L.rate(f'表2 {t[0]} 占比', s, S(a), S(tot_amt))
    for j, b in enumerate(bands):
        L.sum(f'表2 {b[0]} 列合计', S(b[1]), [S(t[1 + j]) for t in towns])
    L.sum('表2 合计人数列', S(tot_cnt), [S(c) for c in tcnt])
    L.sum('表2 金额合计', S(tot_amt), [S(a) for a in tamts])
    L.sum('表2 占比合计', '100.00', tsh)
    L.same('年末享受人数 (正文, 表1, 表2, 到账)', S(tot_cnt), 5)
    L.rate('90周岁以上占比', sh90, S(bands[1][1] + bands[2][1]), S(tot_cnt))
    L.sum('90周岁以上人数', S(bands[1][1] + bands[2][1]), [S(bands[1][1]), S(bands[2][1])])
    L.rate('占户籍人口', cover, S(tot_cnt), S(hukou))
    L.signed('人数变动', S(tot_cnt), [S(prev_end), S(new_cnt)], [S(exit_cnt)])
    L.conv('发放金额 元→万元', tot_w, S(tot_amt), 10000)
    L.sum('资金来源', tot_w, [F(prov), county])
    L.diff('比上年增加', S(inc), S(tot_amt), S(prev_amt))
    L.growth('比上年增长', gr, S(tot_amt), S(prev_amt))
    L.quot('人均全年领取', avg, S(tot_amt), S(tot_cnt))
    L.conv('年中 元→万元', mid_w, S(mid_amt), 10000)
    L.rate('年中占全年', mid_sh, S(mid_amt), S(tot_amt))
    L.le('年中 < 全年', S(mid_amt), S(tot_amt))
    L.rate('预算执行率', exe, tot_w, F(budget))
    L.diff('结余', bal, F(budget), tot_w)
    L.diff('已到账 = 年末 - 尚未到账', S(arrived), S(tot_cnt), '23')
    L.count('存在三个方面的问题', '3', ['一是部分乡镇对去世人员', '二是少数高龄老人', '三是新增对象认定'])
    L.anchor('问题 数量词', '存在三个方面的问题')
    L.days('公示期10天', '10', (2025, 1, 16), (2025, 1, 25))
    L.dated('落款日期', '2025年1月16日')
    L.anchor('文号', '芃民发〔2025〕5号')
    L.anchor('期间', '2024年1月1日至12月31日')
    for b in bands:
        L.same(f'{b[0]} 月标准', S(b[3]), 2)
    meta = dict(name=NAME, fmt=FMT, date='2025年1月16日', docno='芃民发〔2025〕5号', author='芃溪县民政局')
    vals = dict(tot_cnt=S(tot_cnt), avg=avg, amts=[S(a) for a in amts], tot_amt=S(tot_amt))
    return model, L, meta, vals
