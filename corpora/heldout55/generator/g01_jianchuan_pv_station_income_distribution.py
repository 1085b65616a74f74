"""t01 笕川县 2025年度村级光伏帮扶电站收益分配情况公示 (FY2025, portal html)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t01_jianchuan_county_village_photovoltaic_station_income_distribution_notice_2025"
FMT = "html"


def build():
    d, L = Doc(), Ledger()
    docno = "笕振〔2026〕3号"
    date = "2026年1月22日"
    phone = "0745-8362917"

    # ---- base inputs
    price = D("0.40")  # 元/千瓦时 综合结算电价
    towns = [  # name, stations, kW, 万千瓦时
        ("笕口镇", 9, 2100, D("231.8")),
        ("上笕镇", 8, 1800, D("196.2")),
        ("笕溪镇", 7, 1700, D("189.7")),
        ("笕岭镇", 8, 1900, D("205.5")),
        ("笕东乡", 6, 1500, D("162.9")),
    ]
    single, joint, joint_villages = 31, 7, 21
    prior_gen, prior_rev = D("1012.4"), D("405.22")
    carry = D("12.36")
    om_rate, insurance = D("18"), D("3.60")  # 运维费 元/千瓦
    post_pay = 1800  # 元/人·年
    posts = 1370
    posts_poor = 1218
    other = [("小型公益事业", D("96.40")), ("奖励补助", D("44.00"))]
    post_share_prior = D("61.05")
    paid = D("362.40")

    # ---- derived
    stations = sum(t[1] for t in towns)
    assert stations == single + joint
    kw = sum(t[2] for t in towns)
    gen = sum(t[3] for t in towns)
    revs = [t[3] * price for t in towns]
    rev = sum(revs)
    assert rev == gen * price
    avail = rev + carry
    om = D(kw) * om_rate / 10000
    costs = om + insurance
    village = avail - costs
    post_amt = D(posts * post_pay) / 10000
    dist = [("公益岗位工资", post_amt)] + other
    assert sum(x[1] for x in dist) == village, (village, sum(x[1] for x in dist))
    shares = [P(x[1], village) for x in dist]
    assert sum(D(x) for x in shares) == D("100.00")
    villages = single + joint_villages
    hours = P(gen * 10000, kw, scale=1)
    g_gen, g_gen_r = F(prior_gen - gen, 1), P(prior_gen - gen, prior_gen)
    g_rev, g_rev_r = F(prior_rev - rev), P(prior_rev - rev, prior_rev)
    per_station = P(rev, stations, scale=1)
    poor_sh = P(posts_poor, posts)
    pp_post = D(shares[0]) - post_share_prior
    pay_r = P(paid, village)

    s = dict(gen=F(gen, 1), rev=F(rev), carry=F(carry), avail=F(avail), om=F(om), ins=F(insurance), costs=F(costs),
             village=F(village), post=F(post_amt), paid=F(paid), unpaid=F(village - paid))

    d.title("笕川县乡村振兴局　笕川县财政局关于2025年度村级光伏帮扶电站收益分配情况的公示")
    d.docno(docno)
    d.p("为加强村级光伏帮扶电站收益管理，保障收益分配公开透明，根据县光伏帮扶电站收益分配使用管理办法，现将2025年度收益分配情况公示如下。")
    d.h("一、电站运行情况")
    d.p(f"全县纳入管理的村级光伏帮扶电站共{I(stations)}座，分布在{len(towns)}个乡镇，其中单村电站{I(single)}座、联村电站{I(joint)}座，总装机容量{I(kw)}千瓦，"
        f"受益村{I(villages)}个（单村电站所在村{I(single)}个、联村电站覆盖村{I(joint_villages)}个）。2025年累计发电{s['gen']}万千瓦时，"
        f"年等效利用小时数{hours}小时；受组件衰减和汛期阴雨偏多影响，发电量较2024年的{F(prior_gen, 1)}万千瓦时减少{g_gen}万千瓦时，减幅{g_gen_r}%。")
    d.p(f"发电收益按综合结算电价每千瓦时{F(price)}元计算，全年{s['rev']}万元，比上年{F(prior_rev)}万元下降{g_rev_r}%，减少{g_rev}万元，座均发电收益{per_station}万元。"
        f"分乡镇情况见表1。")
    trs = [["乡镇", "电站（座）", "装机容量（千瓦）", "发电量（万千瓦时）", "发电收益（万元）"]]
    for (nm, st, k, g), r in zip(towns, revs):
        trs.append([nm, I(st), I(k), F(g, 1), F(r)])
    trs.append(["合计", I(stations), I(kw), s["gen"], s["rev"]])
    d.table("T1", "表1　2025年度村级光伏帮扶电站发电收益分乡镇统计表", "", trs)
    d.h("二、收益分配情况")
    d.p(f"2025年度可分配收益{s['avail']}万元，为当年发电收益{s['rev']}万元与2024年结转未分配收益{s['carry']}万元之和。先行提取电站运维费{s['om']}万元"
        f"（按装机容量每千瓦{F(om_rate, 0)}元计提）和财产保险费{s['ins']}万元，共计{s['costs']}万元，其余{s['village']}万元全部用于村级分配。")
    trs2 = [["分配用途", "金额（万元）", "占村级分配比重（%）"]]
    for (nm, a), sh in zip(dist, shares):
        trs2.append([nm, F(a), sh])
    trs2.append(["合计", s["village"], "100.00"])
    d.table("T2", "表2　村级分配收益使用构成表", "", trs2)
    d.p(f"全年通过光伏收益设置乡村公益岗位{I(posts)}个，岗位补贴标准为每人每年{I(post_pay)}元，其中脱贫人口和防返贫监测对象上岗{I(posts_poor)}人，"
        f"占上岗人员的{poor_sh}%。公益岗位工资占村级分配的比重为{shares[0]}%，不低于办法规定的60%，比上年（{F(post_share_prior)}%）提高{F(pp_post)}个百分点。")
    d.h("三、资金拨付情况")
    d.p(f"截至2025年12月31日，已向各受益村拨付分配资金{s['paid']}万元，拨付进度{pay_r}%。尚余{s['unpaid']}万元为12月电费，待2026年1月底电网公司结算到账后拨付。")
    d.h("四、公示期限及监督")
    d.p(f"公示期为2026年1月23日至1月29日。对公示内容有异议的，请在公示期内向县乡村振兴局或县财政局反映。监督电话：{phone}。")
    d.sign(["笕川县乡村振兴局　　笕川县财政局", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.anchor("电话", phone)
    L.dated("落款晚于年度终了", date, "2025-12-31")
    L.sum("电站总数=单村+联村", [I(single) + "#st", I(joint)], I(stations) + "#st")
    L.sum("受益村=单村所在村+联村覆盖村", [I(single) + "#vil", I(joint_villages)], I(villages))
    L.ratio("年等效利用小时数=发电量/装机", s["gen"], I(kw), hours, scale="10000")
    L.growth("发电量较上年", F(prior_gen, 1), s["gen"], g_gen, g_gen_r, "减")
    L.growth("发电收益较上年", F(prior_rev), s["rev"], g_rev, g_rev_r, "减")
    L.ratio("座均发电收益", s["rev"], I(stations) + "#st", per_station, scale="1")
    L.prod("发电收益=发电量*结算电价", s["gen"], F(price), s["rev"] + "#p")
    for r in trs[1:-1]:
        L.prod(f"表1 {r[0]}发电收益=发电量*电价", r[3], F(price), r[4])
    for ci in (1, 2, 3, 4):
        L.sum(f"表1合计行{trs[0][ci]}=各乡镇之和", [r[ci] for r in trs[1:-1]], trs[-1][ci] + "#t1")
    L.count("表1乡镇行数=5个乡镇", "5#towns", [t[0] for t in towns])
    L.sum("可分配收益=发电收益+上年结转", [s["rev"], s["carry"]], s["avail"])
    L.prod("运维费=装机*18元/千瓦", I(kw), F(om_rate, 0), s["om"], scale="0.0001")
    L.sum("提取费用=运维费+保险费", [s["om"], s["ins"]], s["costs"])
    L.diff("村级分配=可分配-提取费用", s["avail"], s["costs"], s["village"])
    L.prod("公益岗位工资=岗位数*1800元", I(posts), I(post_pay), s["post"], scale="0.0001")
    L.sum("表2村级分配合计", [r[1] for r in trs2[1:-1]], s["village"] + "#t2")
    for r in trs2[1:-1]:
        L.ratio(f"表2 {r[0]}占比", r[1], s["village"], r[2])
    L.sum("表2比重合计", [r[2] for r in trs2[1:-1]], "100.00")
    L.ratio("脱贫人口及监测对象占上岗人员", I(posts_poor), I(posts), poor_sh)
    L.le("公益岗位比重不低于60%", "60", shares[0])
    L.pp("公益岗位比重较上年提高", F(post_share_prior), shares[0], F(pp_post), "升")
    L.ratio("拨付进度=已拨付/村级分配", s["paid"], s["village"], pay_r)
    L.diff("尚余=村级分配-已拨付", s["village"], s["paid"], s["unpaid"])

    site = {"name": "笕川县人民政府", "nav": ["首页", "走进笕川", "政务公开", "政务服务", "互动交流", "专题专栏"],
            "crumb": ["首页", "政务公开", "重点领域信息公开", "乡村振兴"], "publisher": "笕川县乡村振兴局",
            "pubdate": "2026-01-22", "views": "428", "host": "笕川县人民政府办公室", "siteid": "4310290017",
            "icp": "笕ICP备05018263号"}
    meta = {"title": "笕川县2025年度村级光伏帮扶电站收益分配情况公示", "site": site, "date": date, "docno": docno, "fy": 2025}
    return d, L, meta
