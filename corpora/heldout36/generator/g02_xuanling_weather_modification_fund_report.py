from lk36 import *

NAME = 't02_xuanling_weather_modification_fund_usage_report_2024.txt'
FMT = 'txt-pipe'

def build():
    L = Ledger()
    S = I
    src = [('县级预算安排', '118.00'), ('省级人工影响天气补助', '46.00'), ('上年结转', '8.60')]
    items = [  # name, qty, unit, price(元), amount computed
        ('增雨防雹火箭弹购置', 186, '枚', 3800),
        ('高炮人雨弹购置', 2500, '发', 165),
        ('作业人员补贴', 336, '人月', 1200),
        ('作业点维护', 6, '个', 8500),
        ('弹药储运及安全检测', 1, '项', 32400),
        ('作业人员培训', 1, '项', 14300),
    ]
    seasons = [('春季抗旱增雨', 14, 52, 480), ('夏季防雹', 38, 64, 1320), ('秋季增雨', 12, 40, 360), ('森林防火增雨', 9, 22, 240)]
    prev_times = 61
    mid = D('76.52')
    hail_prev, hail_now = 3420, 1150
    avail = sum(D(v) for _, v in src)
    amt = [F(D(n) * p / 10000) for _, n, _, p in items]
    for (_, n, _, p), a in zip(items, amt):
        assert D(n) * p / 10000 == D(a)
    tot = F(sum(D(a) for a in amt))
    sh = share_fix(amt)
    carry = F(avail - D(tot))
    exe = pct(tot, avail)
    midr = pct(mid, avail)
    times = sum(s[1] for s in seasons); rk = sum(s[2] for s in seasons); sh_ = sum(s[3] for s in seasons)
    rk_left = 186 - rk; sh_left = 2500 - sh_
    avg_rk = F(D(rk) / times, 2)
    per_op = F(D(tot) * 10000 / times, 2)
    hail_red = hail_prev - hail_now
    hail_g = growth(hail_now, hail_prev)
    times_g = growth(times, prev_times)
    ammo = F(D(amt[0]) + D(amt[1]))
    ammo_sh = pct(ammo, tot)
    model = [
        ('title', '晅岭县气象局关于2024年度人工影响天气作业经费使用情况的报告'),
        ('sub', '晅气发〔2025〕3号'),
        ('p', '县财政局：'),
        ('p', '根据《晅岭县人工影响天气专项经费管理办法》，现将2024年度人工影响天气作业经费使用情况报告如下。'),
        ('h', '一、经费来源'),
        ('p', f'2024年可用经费{F(avail)}万元，其中县级预算安排{src[0][1]}万元、省级人工影响天气补助{src[1][1]}万元、上年结转{src[2][1]}万元。'),
        ('h', '二、经费支出'),
        ('p', f'全年支出{tot}万元，经费执行率{exe}%，年末结转{carry}万元，主要为第四季度已签订合同、尚待2025年春季交付的火箭发射架检修费用。'
              f'其中弹药购置（火箭弹和人雨弹）{ammo}万元，占支出的{ammo_sh}%。年中监控时（截至2024年6月30日）已支出{F(mid)}万元，执行率{midr}%。'),
        ('table', '表1  2024年人工影响天气作业经费支出明细',
         [['支出项目', '数量', '单位', '单价（元）', '金额（万元）', '占比（%）']] +
         [[n, S(q_), u, S(p), a, s] for (n, q_, u, p), a, s in zip(items, amt, sh)] +
         [['合计', '—', '—', '—', tot, '100.00']],
         '注：作业人员补贴为28名作业人员×12个月，每人每月1,200元。'),
        ('h', '三、作业开展情况'),
        ('p', f'全年组织人工影响天气作业{times}次，比上年{prev_times}次增加{times - prev_times}次，增长{times_g}%；发射火箭弹{rk}枚、人雨弹{S(sh_)}发，'
              f'平均每次作业发射火箭弹{avg_rk}枚。年末库存火箭弹{rk_left}枚、人雨弹{sh_left}发，已入县弹药库统一保管。'
              f'按作业次数计算，平均每次作业经费支出{per_op}元。'),
        ('table', '表2  2024年分季节作业情况',
         [['作业类型', '作业次数', '火箭弹（枚）', '人雨弹（发）']] +
         [[a, S(b), S(c), S(d)] for a, b, c, d in seasons] +
         [['合计', S(times), S(rk), S(sh_)]], None),
        ('p', f'全县6个固定作业点为：1号柘坡点、2号桤岗点、3号晅东点、4号檀岙点、5号苎源点、6号枧坪点，均通过年度安全检查。'
              f'防雹保护区冰雹受灾面积由上年{S(hail_prev)}亩降至{S(hail_now)}亩，减少{S(hail_red)}亩，下降{hail_g.lstrip("-")}%。'),
        ('h', '四、存在问题及下一步打算'),
        ('p', '经费使用中存在两个方面的问题：一是部分作业点通信设备老化，作业指令传递偶有延迟；二是作业人员以临聘为主，年内流动3人。'
              '2025年将更新通信终端并稳定作业队伍。'),
        ('sign', ['晅岭县气象局', '2025年2月14日']),
    ]
    L.sum('可用经费', F(avail), [v for _, v in src])
    for (n, q_, u, p), a in zip(items, amt):
        L.prod(f'表1 {n} 金额 = 数量 x 单价', a, S(q_), S(p), div=10000)
    L.sum('表1 合计', tot, amt)
    for (n, *_), a, s in zip(items, amt, sh):
        L.rate(f'表1 {n} 占比', s, a, tot)
    L.sum('表1 占比合计', '100.00', sh)
    L.prod('作业人员补贴 28 x 12 = 336人月', '336', '28', '12')
    L.diff('年末结转', carry, F(avail), tot)
    L.rate('经费执行率', exe, tot, F(avail))
    L.sum('弹药购置', ammo, amt[:2])
    L.rate('弹药购置占比', ammo_sh, ammo, tot)
    L.rate('年中执行率', midr, F(mid), F(avail))
    L.le('年中 < 年末', F(mid), tot)
    L.sum('表2 作业次数合计', S(times), [S(s[1]) for s in seasons])
    L.sum('表2 火箭弹合计', S(rk), [S(s[2]) for s in seasons])
    L.sum('表2 人雨弹合计', S(sh_), [S(s[3]) for s in seasons])
    L.diff('作业次数增加', S(times - prev_times), S(times), S(prev_times))
    L.growth('作业次数增长', times_g, S(times), S(prev_times))
    L.quot('平均每次火箭弹', avg_rk, S(rk), S(times))
    L.diff('库存火箭弹 = 购置 - 发射', S(rk_left), '186', S(rk))
    L.diff('库存人雨弹 = 购置 - 发射', S(sh_left), '2,500', S(sh_))
    L.quot('平均每次作业经费（元）', per_op, tot, S(times), mult=10000)
    L.diff('冰雹受灾面积减少', S(hail_red), S(hail_prev), S(hail_now))
    L.rate('冰雹受灾面积下降率', hail_g.lstrip('-'), S(hail_red), S(hail_prev))
    L.count('6个固定作业点', '6', ['1号柘坡点', '2号桤岗点', '3号晅东点', '4号檀岙点', '5号苎源点', '6号枧坪点'])
    L.count('两个方面的问题', '2', ['一是部分作业点', '二是作业人员'])
    L.anchor('问题 数量词', '存在两个方面的问题')
    L.same('火箭弹购置数量 (表1, 库存推算)', '186', 1)
    L.dated('落款日期', '2025年2月14日')
    L.anchor('文号', '晅气发〔2025〕3号')
    meta = dict(name=NAME, fmt=FMT, date='2025年2月14日', docno='晅气发〔2025〕3号', author='晅岭县气象局')
    return model, L, meta, {}
