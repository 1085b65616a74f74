"""t04 艚江县水利局 2024年度河道采砂权出让收入及支出情况公开 (FY2024, txt with space-aligned tables)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t04_caojiang_county_river_sand_mining_rights_revenue_and_expenditure_disclosure_2024"
FMT = "txt-space"


def build():
    d, L = Doc(), Ledger()
    docno = "艚水〔2025〕9号"
    date = "2025年3月20日"
    phone = "0734-6182735"

    # ---- base inputs
    areas = [  # name, control (万m3), actual, price (万元)
        ("艚江上游可采区", D("18.0"), D("16.8"), D("1152.00")),
        ("艚江中游可采区", D("26.0"), D("24.6"), D("1690.00")),
        ("小艚河可采区", D("12.0"), D("10.9"), D("588.00")),
    ]
    first_pct = D("60")
    tail_prev = D("626.50")
    prior_rev = D("2936.20")
    prior_vol = D("57.6")
    opening = D("412.36")
    items = [  # name, budget, spent
        ("河道整治与生态修复", "1,280.00", "1,215.60"),
        ("堤防及护岸维护", "520.00", "498.30"),
        ("采砂现场监管", "310.00", "296.42"),
        ("砂石资源调查与规划编制", "160.00", "148.00"),
        ("采区复绿与尾堆清理", "230.00", "247.80"),
    ]
    patrols = 1537
    cases_filed, cases_police = 21, 6
    cams_total, cams_new = 42, 12

    # ---- derived
    ctl = sum(a[1] for a in areas)
    act = sum(a[2] for a in areas)
    price = sum(a[3] for a in areas)
    first = price * first_pct / 100
    rev = first + tail_prev
    left_next = price - first
    bud = sum(D(i[1].replace(",", "")) for i in items)
    spent = sum(D(i[2].replace(",", "")) for i in items)
    closing = opening + rev - spent
    cases = cases_filed + cases_police

    s = dict(ctl=F(ctl, 1), act=F(act, 1), price=F(price), first=F(first), tail=F(tail_prev), rev=F(rev),
             nxt=F(left_next), prior_rev=F(prior_rev), bud=F(bud), spent=F(spent), opening=F(opening),
             closing=F(closing), prior_vol=F(prior_vol, 1))
    unit = [P(a[3], a[1], scale=1) for a in areas]
    unit_avg = P(price, ctl, scale=1)
    done = P(act, ctl)
    vol_chg, vol_r = F(prior_vol - act, 1), P(prior_vol - act, prior_vol)
    rev_chg, rev_r = F(prior_rev - rev), P(prior_rev - rev, prior_rev)
    exec_r = P(spent, bud)
    per_day = P(patrols, 366, scale=1)
    main_sh = P(D(items[0][2].replace(",", "")), spent)

    d.title("艚江县水利局关于2024年度河道采砂权出让收入及支出情况的公开")
    d.docno(docno)
    d.p("按照非税收入“收支两条线”管理和政务公开有关要求，现将艚江县2024年度河道采砂权出让收入征缴及相关支出情况公开如下。")
    d.h("一、采区设置及开采情况")
    d.p(f"经县人民政府批准，2024年度全县设置河道可采区{len(areas)}个，即{'、'.join(a[0] for a in areas)}，"
        f"年度控制开采总量{s['ctl']}万立方米，各采区控制量依次为{F(areas[0][1], 1)}、{F(areas[1][1], 1)}、{F(areas[2][1], 1)}万立方米。"
        f"经第三方计量核验，全年实际开采砂石{s['act']}万立方米（{'、'.join(F(a[2], 1) for a in areas)}万立方米），占控制总量的{done}%，"
        f"未发生超量开采。受上游来沙减少影响，全年开采量较上年的{s['prior_vol']}万立方米少开采{vol_chg}万立方米，减幅{vol_r}%。")
    d.h("二、采砂权出让及收入征缴情况")
    d.p(f"2024年度{len(areas)}个采区采砂权均通过公开拍卖出让，成交价款为{F(areas[0][3])}万元、{F(areas[1][3])}万元和{F(areas[2][3])}万元，合计{s['price']}万元，"
        f"按控制开采量折算平均成交单价{unit_avg}元/立方米，上游、中游和小艚河采区成交单价分别为{unit[0]}元、{unit[1]}元和{unit[2]}元/立方米。出让价款分两期缴纳，首期缴纳{F(first_pct, 0)}%。")
    d.p(f"全年缴入县级国库的河道采砂权出让收入{s['rev']}万元，由两部分组成：当年出让价款首期{s['first']}万元，2023年度出让价款尾款{s['tail']}万元。"
        f"当年出让价款的剩余{s['nxt']}万元按合同约定于2025年6月30日前缴清。采砂权出让收入比上年的{s['prior_rev']}万元减少{rev_chg}万元，降幅{rev_r}%。")
    d.h("三、支出情况")
    d.p(f"按照“以收定支、专款专用”原则，2024年度安排河道采砂相关支出预算{s['bud']}万元，实际支出{s['spent']}万元，预算执行率{exec_r}%。"
        f"河道整治与生态修复是最大支出项，占全部支出的{main_sh}%。采区复绿与尾堆清理支出超出预算，超出部分使用上年结转资金。")
    trs = [["支出项目", "预算数", "实际支出", "执行率（%）"]]
    for nm, b, sp in items:
        trs.append([nm, b, sp, P(D(sp.replace(",", "")), D(b.replace(",", "")))])
    trs.append(["合计", s["bud"], s["spent"], exec_r])
    d.table("T1", "表1　2024年度河道采砂收入安排支出情况表", "单位：万元", trs)
    d.h("四、资金结存情况")
    d.p(f"河道采砂收入专项资金年初结转{s['opening']}万元，加上本年收入{s['rev']}万元，减去本年支出{s['spent']}万元，年末结存{s['closing']}万元，"
        f"全部结转下年用于河道整治。")
    d.h("五、监管执法情况")
    d.p(f"全年开展河道巡查{I(patrols)}次，按全年366天计，日均巡查{per_day}次。查处非法采砂案件{I(cases)}起，其中水行政立案查处{I(cases_filed)}起、"
        f"移送公安机关{I(cases_police)}起；相关罚没款已全额缴入国库，不在本公开收支范围内。年末全县河道视频监控点位{I(cams_total)}个，其中本年新建{I(cams_new)}个。")
    d.p(f"监督电话：{phone}。")
    d.sign(["艚江县水利局", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.anchor("电话", phone)
    L.dated("落款晚于年度终了", date, "2024-12-31")
    L.count("可采区个数=所列名称", str(len(areas)) + "#areas", [a[0] for a in areas])
    L.sum("控制开采总量=各采区之和", [F(a[1], 1) for a in areas], s["ctl"])
    L.sum("实际开采量=各采区之和", [F(a[2], 1) for a in areas], s["act"])
    L.ratio("实际开采占控制总量", s["act"], s["ctl"], done)
    L.le("未超量开采", s["act"], s["ctl"])
    L.growth("开采量较上年", s["prior_vol"], s["act"], vol_chg, vol_r, "减")
    L.sum("成交价款合计=各采区之和", [F(a[3]) for a in areas], s["price"])
    L.ratio("平均成交单价=价款/控制量", s["price"], s["ctl"], unit_avg, scale="1")
    for a, u in zip(areas, unit):
        L.ratio(f"{a[0]}成交单价", F(a[3]), F(a[1], 1), u, scale="1")
    L.prod("首期=成交价款*60%", s["price"], F(first_pct, 0), s["first"], scale="0.01")
    L.sum("本年收入=首期+上年尾款", [s["first"], s["tail"]], s["rev"])
    L.diff("剩余价款=成交价款-首期", s["price"], s["first"], s["nxt"])
    L.growth("采砂收入较上年", s["prior_rev"], s["rev"], rev_chg, rev_r, "减")
    L.ratio("预算执行率", s["spent"], s["bud"], exec_r)
    L.ratio("河道整治占全部支出", items[0][2], s["spent"], main_sh)
    L.max("河道整治是最大支出项", items[0][2], [i[2] for i in items])
    for r in trs[1:-1]:
        L.ratio(f"表1 {r[0]}执行率", r[2], r[1], r[3])
    L.sum("表1预算合计", [r[1] for r in trs[1:-1]], s["bud"])
    L.sum("表1支出合计", [r[2] for r in trs[1:-1]], s["spent"])
    L.le("复绿清理超预算", items[4][1], items[4][2])
    L.bal("年末结存=年初+本年收入-本年支出", s["opening"], s["rev"], s["spent"], s["closing"])
    L.ratio("日均巡查=巡查次数/366", I(patrols), "366", per_day, scale="1")
    L.sum("查处案件=立案+移送", [I(cases_filed), I(cases_police)], I(cases))
    L.le("新建监控点不超过总数", I(cams_new), I(cams_total))

    meta = {"title": "艚江县2024年度河道采砂权出让收入及支出情况公开", "date": date, "docno": docno, "fy": 2024}
    return d, L, meta
