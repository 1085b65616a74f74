"""t03 -- 河南省淇沣县桑园镇 2024年耕地地力保护补贴资金发放情况公示
.html from an old county CMS: `<table border=1>` with ROWSPAN groups (管区 cell spans its
villages and a 小计 row; 村民组 cell spans its households and a 组小计 row), figures wrapped
in <font> tags, cells padded with &nbsp;, key figures in <font color=red>, a 合计 row first
in 表1 and last in 表2; per-household amounts = 面积 × 标准 rounded to the fen."""
import os
import sys
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t03_sangyuan_farmland_subsidy_payment_2024"
HTML = NAME + ".html"
RATE = Dec("108.60")
RATE_LAST = Dec("106.80")

# 管区 -> [(村, 户数, 面积, residual of per-household rounding in yuan)]
VILLAGES = [
    ("桑园管区", [("桑园村", 612, "3286.45", "0.03"), ("东庄村", 438, "2415.30", "-0.02"),
                 ("西庄村", 395, "2106.85", "0.04"), ("前营村", 527, "2934.60", "0.00"),
                 ("后营村", 349, "1872.20", "-0.01")]),
    ("北坡管区", [("北坡村", 684, "3802.15", "0.02"), ("大杨庄村", 466, "2618.40", "0.01"),
                 ("小杨庄村", 318, "1764.95", "-0.03"), ("柿园村", 402, "2237.70", "0.02")]),
    ("河湾管区", [("河湾村", 735, "4126.35", "-0.04"), ("沙窝村", 451, "2503.80", "0.03"),
                 ("王楼村", 587, "3318.25", "0.01"), ("李屯村", 364, "2045.60", "-0.02"),
                 ("高堤村", 493, "2762.90", "0.02")]),
]
LAST_YEAR = dict(hh=6836, area="38046.15")
CUT = [("县城东环路建设征收", "128.35"), ("产业集聚区项目征收", "96.80"), ("长年抛荒耕地清理核减", "42.30"),
       ("改变用途（设施农业、养殖）核减", "29.40")]
ADD = [("土地整治新增耕地", "31.50"), ("确权遗漏面积补登", "14.70")]
HH_MOVE = dict(new=9, gone_land=17, gone_merge=7)

# 大杨庄村 detail: 组 -> [(户主, 身份证尾号, 面积, 备注)]
HOUSEHOLDS = [
    ("第三村民组", [("杨*林", "3817", "6.40", ""), ("杨*华", "2046", "8.15", "脱贫户"), ("李*芳", "5523", "4.70", ""),
                   ("杨*军", "0918", "9.35", ""), ("杨*成", "7702", "5.85", ""), ("张*兰", "136X", "3.20", "脱贫户"),
                   ("杨*民", "4451", "7.60", ""), ("杨*山", "2289", "6.95", ""), ("王*英", "8034", "5.10", "监测户"),
                   ("杨*国", "6617", "10.25", "")]),
    ("第四村民组", [("赵*明", "1158", "7.45", ""), ("赵*强", "3390", "8.80", ""), ("杨*勤", "5076", "4.35", "脱贫户"),
                   ("赵*平", "9241", "6.20", ""), ("刘*梅", "0683", "5.55", ""), ("赵*东", "7325", "12.85", ""),
                   ("赵*亮", "4912", "6.05", ""), ("孙*霞", "2867", "3.90", ""), ("赵*海", "6154", "9.70", "")]),
    ("第五村民组", [("杨*志", "8820", "7.15", ""), ("杨*红", "3049", "5.65", ""), ("马*花", "1472", "4.05", "脱贫户"),
                   ("杨*伟", "6398", "8.40", ""), ("杨*荣", "5206", "6.75", ""), ("陈*娥", "0735", "3.60", ""),
                   ("杨*刚", "9563", "11.30", ""), ("杨*福", "2714", "6.50", ""), ("杨*义", "4087", "7.85", ""),
                   ("周*珍", "8351", "4.95", ""), ("杨*宝", "1620", "8.25", "")]),
]


def build():
    L = kit.Ledger(HTML)
    M = {}
    S = {}
    S["rate"], S["rate_last"] = fmt(RATE), fmt(RATE_LAST)
    S["rate_up"] = fmt(RATE - RATE_LAST)
    S["rate_g"] = fmt(chg(RATE, RATE_LAST)) + "%"
    L.gap("标准提高", S["rate_up"], S["rate"], S["rate_last"], "提高")
    L.yoy("标准增长", S["rate_g"], S["rate"], S["rate_last"], "增长")

    # ------------------------------------------------------------ 表1
    t1_groups = []
    tot_hh, tot_area, tot_amt = 0, Dec(0), Dec(0)
    for gname, vs in VILLAGES:
        rows = []
        g_hh, g_area, g_amt = 0, Dec(0), Dec(0)
        for v, hh, area, resid in vs:
            a = Dec(area)
            amt = q(a * RATE) + Dec(resid)
            rows.append([v, fint(hh), fmt(a), fmt(amt)])
            g_hh += hh
            g_area += a
            g_amt += amt
            L.truth("village %s amount within 0.05 of area x rate (per-household rounding)" % v,
                    abs(amt - a * RATE) <= Dec("0.05"), "%s vs %s" % (amt, a * RATE))
        sub = ["小计", fint(g_hh), fmt(g_area), fmt(g_amt)]
        for c in (1, 2, 3):
            L.sum_("表1 %s 小计 col%d" % (gname, c), sub[c], [r[c] for r in rows])
        t1_groups.append((gname, rows, sub))
        tot_hh += g_hh
        tot_area += g_area
        tot_amt += g_amt
    total = ["合计", fint(tot_hh), fmt(tot_area), fmt(tot_amt)]
    for c in (1, 2, 3):
        L.sum_("表1 合计 col%d = Σ小计" % c, total[c], [g[2][c] for g in t1_groups])
        L.sum_("表1 合计 col%d = Σ村" % c, total[c], [r[c] for g in t1_groups for r in g[1]])
    M["t1"] = (total, t1_groups)
    S["hh"], S["area"], S["amt"] = total[1], total[2], total[3]
    calc = q(tot_area * RATE)
    S["calc"] = fmt(calc)
    S["tail"] = fmt(tot_amt - calc)
    L.times("面积×标准", S["calc"], [S["area"], S["rate"]])
    L.gap("尾差", S["tail"], S["amt"], S["calc"])
    L.truth("尾差 small and positive", Dec(0) < tot_amt - calc <= Dec("0.50"), S["tail"])
    S["per_hh"] = fmt(tot_amt / tot_hh)
    L.per("户均补贴", S["per_hh"], S["amt"], S["hh"])
    S["area_last"], S["hh_last"] = fmt(Dec(LAST_YEAR["area"])), fint(LAST_YEAR["hh"])
    S["area_chg"] = fmt(tot_area - Dec(LAST_YEAR["area"]))
    S["area_g"] = fmt(abs(chg(tot_area, Dec(LAST_YEAR["area"])))) + "%"
    S["hh_chg"] = fint(abs(tot_hh - LAST_YEAR["hh"]))
    L.gap("面积减少", S["area_chg"].lstrip("-"), S["area"], S["area_last"], "减少")
    L.yoy("面积下降", S["area_g"], S["area"], S["area_last"], "下降")
    L.gap("户数减少", S["hh_chg"], S["hh"], S["hh_last"], "减少")
    amt_last = q(Dec(LAST_YEAR["area"]) * RATE_LAST)
    # 管区 shares of money
    S["grp"] = []
    shs = []
    for gname, rows, sub in t1_groups:
        sh = fmt(pct(kit.val(sub[3]), tot_amt)) + "%"
        shs.append(sh)
        S["grp"].append((gname, len(rows), sub[1], sub[2], sub[3], sh))
        L.pct("管区占比 %s" % gname, sh, sub[3], S["amt"])
    L.hundred("管区占比", shs, tol="0")
    biggest = max((r for g in t1_groups for r in g[1]), key=lambda r: kit.val(r[2]))
    smallest = min((r for g in t1_groups for r in g[1]), key=lambda r: kit.val(r[2]))
    S["big"], S["small"] = biggest, smallest

    # ------------------------------------------------------------ 表2
    t2_groups = []
    seq = 0
    d_hh, d_area, d_amt, d_poor = 0, Dec(0), Dec(0), 0
    for gname, hs in HOUSEHOLDS:
        rows = []
        for nm, tail, area, note in hs:
            seq += 1
            a = Dec(area)
            amt = q(a * RATE)
            row = [str(seq), nm, "410726********" + tail, fmt(a), S["rate"], fmt(amt), note]
            rows.append(row)
            L.times("户 %s%s 金额 = 面积 × 标准" % (gname, nm), row[5], [row[3], row[4]],
                    at=[("blocks", row[5])])
            if note:
                d_poor += 1
        g_area = sum(kit.val(r[3]) for r in rows)
        g_amt = sum(kit.val(r[5]) for r in rows)
        sub = ["小计", fmt(g_area), fmt(g_amt), "%d户" % len(rows)]
        L.sum_("表3明细 %s 面积小计" % gname, sub[1], [r[3] for r in rows])
        L.sum_("表3明细 %s 金额小计" % gname, sub[2], [r[5] for r in rows])
        t2_groups.append((gname, rows, sub))
        d_hh += len(rows)
        d_area += g_area
        d_amt += g_amt
    t2_total = ["合计", fmt(d_area), fmt(d_amt), "%d户" % d_hh]
    L.sum_("表3明细 合计 面积", t2_total[1], [g[2][1] for g in t2_groups])
    L.sum_("表3明细 合计 金额", t2_total[2], [g[2][2] for g in t2_groups])
    L.sum_("表3明细 合计 户数", str(d_hh), [str(len(g[1])) for g in t2_groups])
    M["t2"] = (t2_total, t2_groups)
    S["d_hh"], S["d_area"], S["d_amt"], S["d_poor"] = str(d_hh), t2_total[1], t2_total[2], str(d_poor)
    L.le("脱贫+监测 户 <= 公示户数", S["d_poor"], S["d_hh"])
    dy = [r for g in t1_groups for r in g[1] if r[0] == "大杨庄村"][0]
    S["dy"] = dy
    L.le("表3明细 面积 <= 大杨庄村 面积", S["d_area"], dy[2])
    L.le("表3明细 户数 <= 大杨庄村 户数", S["d_hh"], dy[1])
    L.le("表3明细 金额 <= 大杨庄村 金额", S["d_amt"], dy[3])
    calc2 = q(d_area * RATE)
    L.truth("表3明细 合计 金额 vs 面积×标准", True, "%s vs %s" % (d_amt, calc2))
    S["d_calc"] = fmt(calc2)
    max_h = max((r for g in t2_groups for r in g[1]), key=lambda r: kit.val(r[3]))
    min_h = min((r for g in t2_groups for r in g[1]), key=lambda r: kit.val(r[3]))
    S["max_h"], S["min_h"] = max_h, min_h

    # ------------------------------------------------------------ 表3 area movement
    cut = fmt(sum(Dec(x[1]) for x in CUT))
    add = fmt(sum(Dec(x[1]) for x in ADD))
    L.sum_("核减合计", cut, [x[1] for x in CUT])
    L.sum_("新增合计", add, [x[1] for x in ADD])
    L.combo("本年面积 = 上年 - 核减 + 新增", S["area"], [(1, S["area_last"]), (-1, cut), (1, add)])
    t3 = [["上年补贴面积", S["area_last"]], ["本年核减面积", cut]]
    t3 += [["其中：" + CUT[0][0], CUT[0][1]]] + [["　　　" + n, v] for n, v in CUT[1:]]
    t3 += [["本年新增面积", add], ["其中：" + ADD[0][0], ADD[0][1]]] + [["　　　" + n, v] for n, v in ADD[1:]]
    t3 += [["本年补贴面积", S["area"]]]
    M["t3"] = t3
    S["cut"], S["add"] = cut, add
    S["net"] = fmt(kit.val(cut) - kit.val(add))
    L.gap("净减少", S["net"], cut, add)
    L.eq("净减少 = 面积减少", S["net"], S["area_chg"].lstrip("-"))
    hm = HH_MOVE
    S["hh_new"], S["hh_gone"] = str(hm["new"]), str(hm["gone_land"] + hm["gone_merge"])
    S["hh_gone_land"], S["hh_gone_merge"] = str(hm["gone_land"]), str(hm["gone_merge"])
    L.sum_("减少户", S["hh_gone"], [S["hh_gone_land"], S["hh_gone_merge"]])
    L.gap("户 净减少", S["hh_chg"], S["hh_gone"], S["hh_new"])
    L.gap("户 净减少 = 上年 - 本年", S["hh_chg"], S["hh_last"], S["hh"])

    M["S"] = S
    L.note("written", {k: v for k, v in S.items() if isinstance(v, str)})
    L.note("place", "河南省淇沣县桑园镇 (fictional)")

    # ------------------------------------------------------------ prose
    P = []
    P.append("根据《河南省耕地地力保护补贴实施方案》和淇沣县农业农村局、淇沣县财政局《关于做好2024年耕地地力保护补贴"
             "工作的通知》要求，桑园镇组织各村对2024年耕地地力保护补贴面积进行了申报、核实和公示，补贴资金已于2024年6月28日"
             "通过“惠民惠农财政补贴资金一卡通”足额发放到户。现将发放情况公示如下，接受群众监督。本次公示的补贴资金为2024年度耕地地力保护补贴资金，"
             "不包括实际种粮农民一次性补贴、农机购置补贴等其他涉农补贴。")
    P.append("<h>一、补贴对象和范围</h>")
    P.append("补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮土地承包面积、确权面积或粮食种植面积等，由各村按照"
             "上年做法并结合实际核定。已作为畜牧养殖场使用的耕地、林地、成片粮田转为设施农业用地、非农业征（占）用耕地"
             "等已改变用途的耕地，以及长年抛荒地、占补平衡中“补”的面积和质量达不到耕种条件的耕地，不纳入补贴范围。"
             "对流转土地的，补贴资金原则上发放给承包户，流转双方另有约定的从其约定。")
    P.append("享受补贴的农民要做到耕地不撂荒、地力不下降，自觉落实秸秆还田、深松整地、测土配方施肥和增施有机肥等"
             "措施，不得在田间焚烧秸秆，不得擅自改变耕地用途。对已经改变耕地用途或者长年抛荒的，一经发现，取消其下一年度"
             "补贴资格，情节严重的追回当年补贴资金。")
    P.append("<h>二、补贴标准</h>")
    s_rate = ("2024年全县耕地地力保护补贴标准为每亩<r>%s</r>元，比上年每亩%s元提高%s元，增长%s。补贴标准由县财政局根据"
              "上级下达资金总额和全县核定补贴面积测算确定。" % (S["rate"], S["rate_last"], S["rate_up"], S["rate_g"]))
    P.append(s_rate)
    P.append("补贴资金由中央财政下达、县财政统筹拨付，实行专账管理、专款专用，通过“一卡通”直接兑付到户，任何单位和"
             "个人不得以任何理由截留、挤占、挪用或者抵扣其他款项。")
    P.append("<h>三、补贴面积核定程序</h>")
    P.append("补贴面积核定按照“农户申报、村级核实、村内公示、镇级审核、县级复核”的程序进行。一是农户申报，由承包农户"
             "持本人身份证、土地承包经营权证向所在村民委员会申报补贴面积，并签署耕地地力保护承诺书；二是村级核实，村民"
             "委员会组织村民小组长逐户核实申报面积，剔除不符合补贴条件的面积；三是村内公示，各村将核实后的补贴面积在村务"
             "公开栏张贴公示，公示期不少于7天；四是镇级审核，镇农业农村服务中心会同财政所对各村上报数据进行审核，并利用"
             "卫星遥感影像对重点地块进行比对；五是县级复核，县农业农村局、县财政局对各镇上报面积进行复核后，确定最终补贴"
             "面积和补贴资金。")
    P.append("<h>四、补贴资金发放情况</h>")
    s_tot = ("经村级申报、村内公示、镇级审核和县级复核，全镇14个行政村核定补贴面积<r>%s</r>亩，享受补贴农户%s户，发放补贴"
             "资金<r>%s</r>元，户均%s元。" % (S["area"], S["hh"], S["amt"], S["per_hh"]))
    P.append(s_tot)
    g = S["grp"]
    s_grp = ("补贴资金合计%s元，其中：%s。" % (S["amt"], "、".join("%s%s元" % (x[0], x[4]) for x in g)))
    P.append(s_grp)
    s_grp2 = "；".join("%s辖%d个村，%s户、%s亩，占全镇补贴资金的%s" % (x[0], x[1], x[2], x[3], x[5]) for x in g)
    P.append("分管区看，" + s_grp2 + "。")
    s_last = ("与上年相比，全镇补贴面积减少%s亩，下降%s；享受补贴农户减少%s户。面积减少的主要原因是：一是县城东环路和产业"
              "集聚区建设征收耕地，相应面积不再纳入补贴范围；二是对长年抛荒、已改变用途的耕地开展了清理核减。上年全镇补贴面积"
              "%s亩、农户%s户。" % (S["area_chg"].lstrip("-"), S["area_g"], S["hh_chg"], S["area_last"], S["hh_last"]))
    P.append(s_last)
    s_tail = ("补贴金额按“补贴面积×补贴标准”逐户计算，每户金额四舍五入保留到分。全镇补贴面积合计乘以补贴标准为%s元，"
              "与各户实发金额合计%s元相差%s元，系逐户计算四舍五入形成的尾差，各村补贴金额均为该村各户实发金额之和。"
              % (S["calc"], S["amt"], S["tail"]))
    P.append(s_tail)
    P.append("补贴资金的发放方式为：县财政局在6月下旬将补贴资金拨付至代发金融机构，由代发金融机构根据镇财政所提供的"
             "发放清册，将补贴资金直接存入农户的“一卡通”账户，并向农户发送到账短信。对账户信息有误、账户已销户或被冻结"
             "导致发放不成功的，由镇财政所会同村民委员会核实更正后重新发放。本次发放的补贴资金已全部到账。")
    s_move = ("补贴面积变动情况见表2。本年核减面积%s亩，新增面积%s亩，核减与新增相抵后净减少%s亩。享受补贴农户新增"
              "%s户（主要是分户），减少%s户，其中承包耕地全部被征收的%s户、因户籍注销或合并的%s户，相抵后净减少%s户。"
              % (S["cut"], S["add"], S["net"], S["hh_new"], S["hh_gone"], S["hh_gone_land"], S["hh_gone_merge"],
                 S["hh_chg"]))
    P.append("各村补贴面积、户数和资金见表1。表1中合计行列在首行，各管区的小计行列在该管区各村之后。面积最大的是%s，"
             "补贴面积%s亩；面积最小的是%s，补贴面积%s亩。" % (biggest[0], biggest[2], smallest[0], smallest[2]))
    P.append("<t1>")
    P.append(s_move)
    P.append("<t3>")
    P.append("<h>五、大杨庄村部分村民组补贴明细</h>")
    s_dy = ("大杨庄村共有享受补贴农户%s户，补贴面积%s亩，补贴资金%s元。本次随同公示第三、第四、第五村民组补贴明细（见表3），"
            "共%s户，补贴面积%s亩，补贴资金%s元，其中脱贫户（含监测户）%s户；其余村民组明细已在村务公开栏张贴公示。"
            % (dy[1], dy[2], dy[3], S["d_hh"], S["d_area"], S["d_amt"], S["d_poor"]))
    P.append("大杨庄村位于桑园镇北部，辖7个村民组，耕地以小麦、玉米轮作为主，是全镇高标准农田建设整村推进村之一。")
    P.append(s_dy)
    P.append("三个村民组中补贴面积最大的农户为%s，%s亩，补贴%s元；面积最小的为%s，%s亩，补贴%s元。为保护个人信息，"
             "户主姓名和身份证号码作了部分隐藏处理。" % (max_h[1], max_h[3], max_h[5], min_h[1], min_h[3], min_h[5]))
    P.append("<t2>")
    P.append("<h>六、资金监管</h>")
    P.append("镇纪委、财政所和农业农村服务中心对补贴资金发放情况进行联合监督检查，重点检查是否存在虚报面积、优亲厚友、"
             "冒名顶替、重复申报等问题。对检查中发现的问题，责令相关村限期整改；涉及违纪违法的，移交有关部门处理。各村"
             "要将补贴发放情况纳入村务公开内容，长期接受群众监督。")
    P.append("<h>七、监督举报</h>")
    P.append("公示期为2024年7月5日至7月11日，共7天。群众对公示内容有异议的，可在公示期内向桑园镇农业农村服务中心或"
             "淇沣县农业农村局反映。对虚报冒领、截留挪用补贴资金的行为，一经查实，将追回补贴资金并依法依规严肃处理。"
             "公示期满无异议的，公示结果作为下一年度补贴面积核定的基础数据。未能按时到账的农户，请携带本人身份证和一卡通到所在地农村信用社营业网点查询。")
    P.append("<h>八、有关说明</h>")
    P.append("本公示中补贴面积以亩为单位、保留两位小数，补贴金额以元为单位、保留到分。表1所列补贴户数为享受补贴的承包"
             "农户户数，同一农户在两个以上村承包耕地的，按户籍所在村统计，不重复计算。本公示数据不包括国有农场、林场等"
             "单位经营的耕地。农户对本人补贴面积和金额有疑问的，可持本人身份证到村民委员会查阅本户申报和核实记录。")
    P.append("镇农业农村服务中心电话：0373-6128457　县农业农村局监督电话：0373-6102316")
    P.append("<sign>淇沣县桑园镇人民政府")
    P.append("<sign>2024年7月5日")
    M["P"] = P
    M["title"] = "淇沣县桑园镇2024年耕地地力保护补贴资金发放情况公示"

    def plain(s):
        return s.replace("<r>", "").replace("</r>", "")

    anchors = [plain(x) for x in (s_rate, s_tot, s_grp, s_last, s_tail, s_dy, s_move)]
    L.shown("prose sentences", *anchors)
    L.sum_("prose 其中 管区", S["amt"], [x[4] for x in g], [plain(s_grp)])
    for x in g:
        L.shown("管区 sentence %s" % x[0], "%s辖%d个村，%s户、%s亩，占全镇补贴资金的%s" % (x[0], x[1], x[2], x[3], x[5]))
    L.truth("14 villages", sum(x[1] for x in g) == 14, "")
    L.order("payment date before 公示", (2024, 6, 28), (2024, 7, 5), ["2024年6月28日", "2024年7月5日"])
    L.order("公示 period 7 days", (2024, 7, 4), (2024, 7, 5), ["2024年7月5日至7月11日，共7天"])
    return M, L


# ---------------------------------------------------------------------- render

def _num(s, align="right"):
    return ('<td align="%s" valign="middle">&nbsp;&nbsp;<font face="宋体" size="2">%s</font>&nbsp;</td>'
            % (align, escape(s)))


def _txt(s, **attrs):
    a = "".join(' %s="%s"' % (k, v) for k, v in attrs.items())
    return '<td align="center" valign="middle"%s><font size="2">%s</font></td>' % (a, escape(s))


def render(M, path):
    S = M["S"]
    out = []
    out.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    out.append("<title>%s_淇沣县人民政府</title>" % M["title"])
    out.append('<style type="text/css">body{font-size:12px}.zw{line-height:200%;font-size:16px}</style></head>')
    out.append('<body bgcolor="#ffffff"><table width="980" align="center" border="0"><tr><td>')
    out.append('<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
               '<a href="/zwgk/hmhn/">惠民惠农</a> &gt; 正文</div>')
    out.append('<h2 align="center"><font face="黑体">%s</font></h2>' % M["title"])
    out.append('<div align="center" class="info">发布时间：2024-07-05&nbsp;&nbsp;来源：桑园镇人民政府&nbsp;&nbsp;'
               '浏览次数：326</div><hr size="1" color="#cccccc">')
    out.append('<div class="zw">')
    total, groups = M["t1"]
    t2_total, t2_groups = M["t2"]
    for para in M["P"]:
        if para == "<t1>":
            out.append('<p align="center"><b><font size="3">表1　桑园镇2024年耕地地力保护补贴发放情况汇总表</font></b></p>')
            out.append('<table border="1" cellspacing="0" cellpadding="2" width="640" align="center" '
                       'style="border-collapse:collapse">')
            out.append("<tr>" + "".join(_txt(h) for h in ["管区", "村名", "补贴户数（户）", "补贴面积（亩）",
                                                         "补贴金额（元）"]) + "</tr>")
            out.append("<tr>" + _txt("合计", colspan="2") + "".join(_num(x) for x in total[1:]) + "</tr>")
            for gname, rows, sub in groups:
                for i, r in enumerate(rows):
                    cells = (_txt(gname, rowspan=str(len(rows) + 1)) if i == 0 else "") + _txt(r[0]) + \
                        "".join(_num(x) for x in r[1:])
                    out.append("<tr>" + cells + "</tr>")
                out.append("<tr>" + _txt(sub[0]) + "".join(_num(x) for x in sub[1:]) + "</tr>")
            out.append("</table>")
            out.append('<p><font size="2">注：补贴标准为每亩%s元；补贴金额为各户实发金额之和。</font></p>' % S["rate"])
        elif para == "<t3>":
            out.append('<p align="center"><b><font size="3">表2　桑园镇2024年补贴面积变动情况表</font></b></p>')
            out.append('<table border="1" cellspacing="0" cellpadding="2" width="480" align="center" '
                       'style="border-collapse:collapse">')
            out.append("<tr>" + _txt("项目") + _txt("面积（亩）") + "</tr>")
            for r in M["t3"]:
                out.append('<tr><td align="left"><font size="2">%s</font></td>' % escape(r[0]) + _num(r[1]) + "</tr>")
            out.append("</table>")
        elif para == "<t2>":
            out.append('<p align="center"><b><font size="3">表3　大杨庄村第三至第五村民组耕地地力保护补贴发放明细表'
                       '</font></b></p>')
            out.append('<table border="1" cellspacing="0" cellpadding="2" width="700" align="center" '
                       'style="border-collapse:collapse">')
            out.append("<tr>" + "".join(_txt(h) for h in ["序号", "村民组", "户主姓名", "身份证号码", "补贴面积（亩）",
                                                         "补贴标准（元/亩）", "补贴金额（元）", "备注"]) + "</tr>")
            for gname, rows, sub in t2_groups:
                for i, r in enumerate(rows):
                    cells = _txt(r[0]) + (_txt(gname, rowspan=str(len(rows) + 1)) if i == 0 else "") + \
                        _txt(r[1]) + _txt(r[2]) + _num(r[3]) + _num(r[4], "center") + _num(r[5]) + _txt(r[6])
                    out.append("<tr>" + cells + "</tr>")
                out.append("<tr>" + _txt("") + _txt(sub[0]) + "<td>&nbsp;</td>" + _num(sub[1]) + "<td>&nbsp;</td>" +
                           _num(sub[2]) + _txt(sub[3]) + "</tr>")
            out.append("<tr>" + _txt(t2_total[0], colspan="4") + _num(t2_total[1]) + "<td>&nbsp;</td>" +
                       _num(t2_total[2]) + _txt(t2_total[3]) + "</tr>")
            out.append("</table>")
        elif para.startswith("<h>"):
            out.append('<p style="text-indent:2em"><b><font face="黑体" size="3">%s</font></b></p>'
                       % escape(para[3:].replace("</h>", "")))
        elif para.startswith("<sign>"):
            out.append('<p align="right"><font size="3">%s</font></p>' % escape(para[6:]))
        else:
            body = escape(para).replace("&lt;r&gt;", '<font color="#ff0000"><b>').replace("&lt;/r&gt;", "</b></font>")
            out.append('<p style="text-indent:2em"><font size="3">%s</font></p>' % body)
    out.append("</div>")
    out.append('<div class="foot" align="center">主办：淇沣县人民政府办公室&nbsp;&nbsp;网站标识码：4107260017&nbsp;&nbsp;'
               '豫ICP备05012876号</div>')
    out.append("</td></tr></table></body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def views(path):
    return {"blocks": kit.html_blocks(path), "nodes": kit.html_nodes(path)}


def table_model(M):
    """the two tables as (text, rowspan, colspan) grids, as they should read back"""
    total, groups = M["t1"]
    t1 = [[("管区", 1, 1), ("村名", 1, 1), ("补贴户数（户）", 1, 1), ("补贴面积（亩）", 1, 1), ("补贴金额（元）", 1, 1)],
          [("合计", 1, 2)] + [(x, 1, 1) for x in total[1:]]]
    for gname, rows, sub in groups:
        for i, r in enumerate(rows):
            t1.append(([(gname, len(rows) + 1, 1)] if i == 0 else []) + [(x, 1, 1) for x in r])
        t1.append([(x, 1, 1) for x in sub])
    t2_total, t2_groups = M["t2"]
    t2 = [[(h, 1, 1) for h in ["序号", "村民组", "户主姓名", "身份证号码", "补贴面积（亩）", "补贴标准（元/亩）",
                               "补贴金额（元）", "备注"]]]
    for gname, rows, sub in t2_groups:
        for i, r in enumerate(rows):
            t2.append([(r[0], 1, 1)] + ([(gname, len(rows) + 1, 1)] if i == 0 else []) +
                      [(x, 1, 1) for x in r[1:]])
        t2.append([("", 1, 1), (sub[0], 1, 1), ("", 1, 1), (sub[1], 1, 1), ("", 1, 1), (sub[2], 1, 1), (sub[3], 1, 1)])
    t2.append([(t2_total[0], 1, 4), (t2_total[1], 1, 1), ("", 1, 1), (t2_total[2], 1, 1), (t2_total[3], 1, 1)])
    t3 = [[("项目", 1, 1), ("面积（亩）", 1, 1)]] + [[(kit._squash(a), 1, 1), (b, 1, 1)] for a, b in M["t3"]]
    return [t1, t3, t2]


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build() if model is None else (model, None)
    path = os.path.join(out_dir, HTML)
    render(M, path)
    if not ledger:
        return path
    V = views(path)
    got = kit.html_tables(path)[:3]      # the page's layout table closes last
    want = table_model(M)
    L.truth("tables read back equal the model (rowspan/colspan kept)", got == want, "%d tables" % len(got))
    raw = open(path, encoding="utf-8").read()
    L.truth("rowspan groups", raw.count("rowspan=") == 6, str(raw.count("rowspan=")))
    L.truth("figures wrapped in <font> with &nbsp; padding", raw.count("&nbsp;&nbsp;<font") >= 100,
            str(raw.count("&nbsp;&nbsp;<font")))
    # every table row of the model also appears as a block sequence in the node view
    for gname, rows, sub in M["t2"][1]:
        for i, r in enumerate(rows):
            seq = [r[0]] + ([gname] if i == 0 else []) + [x for x in r[1:] if x]
            L.shown("household row nodes %s" % r[0], ("nodes", "\n".join(seq)))
    kit.finish(L, V, "blocks", os.path.join(out_dir, NAME + ".ledger.json"), V["blocks"])
    return path


if __name__ == "__main__":
    main()
