"""t05 - 云南省洱川县青松镇 2024年民生实事项目绩效自评报告 (.txt, UTF-8).
A prose list of 13 民生实事 items, each with 计划/完成/完成率, physical units (亩, 公里, 平方米,
立方米, 吨, 户, 人), targets written 不少于/不低于/≥ and per-unit costs."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t05_qingsong_town_livelihood_projects_selfeval_2024"
EXT = ".txt"
CN = "一二三四五六七八九十"


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda t: B.append(("p", t))
    h = lambda t: B.append(("h", t))
    B.append(("title", "青松镇2024年民生实事项目绩效自评报告"))
    p("按照洱川县财政局《关于做好2024年度乡镇预算绩效自评工作的通知》和县委、县政府关于办好民生实事的部署，"
      "青松镇人民政府组织镇财政所、农业农村服务中心、村镇规划建设服务中心和各村（社区）对2024年承诺办理的民生实事项目逐项开展了绩效自评。"
      "现将自评情况报告如下。")

    h("一、基本情况")
    p("青松镇位于洱川县东部，辖9个村民委员会和1个社区居民委员会，共126个村民小组。镇域面积186.42平方公里，其中耕地面积3.86万亩。"
      "2024年末户籍人口8,642户、31,486人。年初，镇第十七届人民代表大会第五次会议票决确定了13件民生实事项目，涉及道路交通、农田水利、"
      "饮水安全、人居环境、教育、就业和养老等方面。")
    L.cond("村(社区)数 9 + 1", True, "10")

    # ------------------------------------------------------------ items
    items = []
    ex = []          # explanations (text) for each item

    def item(name, body, budget, actual, checks):
        items.append(dict(name=name, body=body, budget=D(budget), actual=D(actual)))
        for c in checks:
            c()

    # 1 road
    r_plan, r_done, width, thick = D("12.50"), D("13.20"), D("4.5"), D("0.2")
    r_bud, r_act = D("580.00"), D("594.00")
    r_rate = pct(r_done, r_plan)
    r_area = r_done * 1000 * width
    r_vol = r_area * thick
    r_up_plan, r_up_act = q(r_bud / r_plan), q(r_act / r_done)
    s1a = "计划硬化村组道路不少于%s公里，实际完成%s公里，完成率%s%%" % (fn(r_plan), fn(r_done), r_rate)
    s1b = "路面宽%s米、厚%s米，硬化面积%s平方米，浇筑混凝土%s立方米" % (fn(width, 1), fn(thick, 1), fi(r_area), fi(r_vol))
    s1c = "预算%s万元，实际支出%s万元，预算执行率%s%%" % (f(r_bud), f(r_act), pct(r_act, r_bud))
    s1d = "按计划里程测算单价为%s万元/公里，按实际完成里程计算单价为%s万元/公里" % (fn(r_up_plan), fn(r_up_act))
    body1 = (s1a + "。" + s1b + "。" + s1c + "，" + s1d + "。超计划完成的0.70公里为松林村二组通组路，经镇党委会研究追加实施，"
             "追加资金%s万元由镇级自筹解决，因此完成率和预算执行率均超过100%%。" % f(r_act - r_bud))
    item("村组道路硬化工程", body1, r_bud, r_act, [
        lambda: L.ratio("道路完成率", str(r_rate), fn(r_done), fn(r_plan), [s1a]),
        lambda: L.prod("硬化面积 = 公里×1000×宽", fi(r_area), [fn(r_done), fn(width, 1)], [s1a, s1b], scale=1000),
        lambda: L.prod("混凝土 = 面积×厚", fi(r_vol), [fi(r_area), fn(thick, 1)], [s1b]),
        lambda: L.ratio("道路执行率", str(pct(r_act, r_bud)), f(r_act), f(r_bud), [s1c]),
        lambda: L.quot("计划单价", fn(r_up_plan), f(r_bud), fn(r_plan), [s1c, s1d]),
        lambda: L.quot("实际单价", fn(r_up_act), f(r_act), fn(r_done), [s1c, s1d]),
        lambda: L.diff("超计划里程", "0.70", fn(r_done), fn(r_plan), None, ["超计划完成的0.70公里"]),
    ])

    # 2 farmland
    nt_plan, nt_done = 3000, 3000
    nt_bud, nt_act = D("450.00"), D("438.60")
    nt_std = q(nt_bud * 10000 / nt_plan)
    nt_up = q(nt_act * 10000 / nt_done)
    s2a = "计划建设高标准农田%s亩（%s公顷），实际完成%s亩，完成率%s%%" % (fi(nt_plan), fi(nt_plan // 15), fi(nt_done), pct(nt_done, nt_plan))
    s2b = "预算%s万元（按%s元/亩安排），实际支出%s万元，亩均投资%s元/亩" % (f(nt_bud), f(nt_std), f(nt_act), f(nt_up))
    body2 = s2a + "。新建机耕路4.36公里、排灌沟渠7.82公里，改善灌溉面积2,460亩。" + s2b + "，结余资金%s万元已按规定上缴县财政。" % f(nt_bud - nt_act)
    item("高标准农田建设", body2, nt_bud, nt_act, [
        lambda: L.ratio("农田完成率", "100.00", fi(nt_done), fi(nt_plan), [s2a]),
        lambda: L.quot("亩→公顷", fi(nt_plan // 15), fi(nt_plan), "15", [s2a]),
        lambda: L.quot("亩均标准", f(nt_std), f(nt_bud), fi(nt_plan), [s2a, s2b], scale=10000),
        lambda: L.quot("亩均投资", f(nt_up), f(nt_act), fi(nt_done), [s2a, s2b], scale=10000),
        lambda: L.diff("农田结余", f(nt_bud - nt_act), f(nt_bud), f(nt_act), None, [s2b, "结余资金%s万元" % f(nt_bud - nt_act)]),
        lambda: L.cond("改善灌溉面积 <= 建设面积", 2460 <= nt_done, "2,460 <= 3,000"),
    ])

    # 3 water
    ws_plan, ws_done, ws_n = 8000, 8460, 12
    pipe = D("18.00")
    hh, pp = 1236, 4872
    ws_bud, ws_act = D("216.00"), D("212.40")
    s3a = "计划新建蓄水池总容积≥%s立方米，实际新建蓄水池%d座、总容积%s立方米，完成率%s%%" % (fi(ws_plan), ws_n, fi(ws_done), pct(ws_done, ws_plan))
    s3b = "计划铺设供水管道%s公里，实际完成%s公里，完成率100.00%%" % (fn(pipe), fn(pipe))
    s3c = "项目受益%s户、%s人，户均%s人" % (fi(hh), fi(pp), fn(D(pp) / hh, 2))
    s3d = "预算%s万元，实际支出%s万元" % (f(ws_bud), f(ws_act))
    body3 = s3a + "；" + s3b + "。" + s3c + "。" + s3d + "。项目建成后受益片区年供水能力达到17.52万立方米，与新建蓄水池容积是不同指标。"
    item("农村饮水安全巩固提升", body3, ws_bud, ws_act, [
        lambda: L.ratio("蓄水池完成率", str(pct(ws_done, ws_plan)), fi(ws_done), fi(ws_plan), [s3a]),
        lambda: L.quot("户均人口", fn(D(pp) / hh, 2), fi(pp), fi(hh), [s3c]),
        lambda: L.cond("受益户 <= 全镇户数", hh <= 8642, ""),
    ])

    # 4 facade renovation
    lm_plan = 18600
    lm_bud, lm_act = D("279.00"), D("273.42")
    s4a = "计划改造集镇老旧街区建筑立面%s平方米，实际完成%s平方米，完成率%s%%" % (fi(lm_plan), fi(lm_plan), "100.00")
    s4b = "预算%s万元（按%s元/平方米测算），实际支出%s万元，实际单价%s元/平方米" % (f(lm_bud), f(lm_bud * 10000 / lm_plan), f(lm_act), f(lm_act * 10000 / lm_plan))
    body4 = s4a + "，涉及临街商户和住户186户。" + s4b + "，单价低于测算标准主要是外墙涂料通过县级集中采购降低了成本。"
    item("集镇老旧街区改造", body4, lm_bud, lm_act, [
        lambda: L.quot("立面测算单价", f(lm_bud * 10000 / lm_plan), f(lm_bud), fi(lm_plan), [s4a, s4b], scale=10000),
        lambda: L.quot("立面实际单价", f(lm_act * 10000 / lm_plan), f(lm_act), fi(lm_plan), [s4a, s4b], scale=10000),
        lambda: L.cond("实际单价低于测算标准 (as stated)", lm_act < lm_bud, "", anchors=["单价低于测算标准"]),
    ])

    # 5 garbage
    lj_plan, lj_done = 4200, 4386
    lj_bud, lj_act = D("52.50"), D("51.94")
    lj_up = q(lj_act * 10000 / lj_done)
    s5a = "计划收运无害化处理农村生活垃圾不少于%s吨，实际完成%s吨，完成率%s%%" % (fi(lj_plan), fi(lj_done), pct(lj_done, lj_plan))
    s5b = "实际支出%s万元（预算%s万元），吨均处理成本%s元/吨，低于不高于125元/吨的成本目标" % (f(lj_act), f(lj_bud), f(lj_up))
    body5 = s5a + "，生活垃圾收运处置体系覆盖全部10个村（社区）。" + s5b + "。"
    item("农村生活垃圾收运处理", body5, lj_bud, lj_act, [
        lambda: L.ratio("垃圾完成率", str(pct(lj_done, lj_plan)), fi(lj_done), fi(lj_plan), [s5a]),
        lambda: L.quot("吨均成本", f(lj_up), f(lj_act), fi(lj_done), [s5a, s5b], scale=10000),
        lambda: L.cond("吨均 <= 125", lj_up <= 125, str(lj_up)),
    ])

    # 6 sewage (not completed)
    ws2_plan, ws2_done = D("6.80"), D("6.20")
    ws2_bud, ws2_act = D("204.00"), D("186.00")
    s6a = "计划新建集镇污水管网%s公里，实际完成%s公里，完成率%s%%" % (fn(ws2_plan), fn(ws2_done), pct(ws2_done, ws2_plan))
    s6b = "预算%s万元，实际支出%s万元，预算执行率%s%%，单价%s万元/公里" % (f(ws2_bud), f(ws2_act), pct(ws2_act, ws2_bud), fn(ws2_act / ws2_done))
    body6 = (s6a + "，未完成计划。主要原因是集镇南段约%s公里管线途经溶洞发育区，经专家论证需调整线路，该段已纳入2025年实施计划，"
             "相应资金%s万元结转下年使用。" % (fn(ws2_plan - ws2_done), f(ws2_bud - ws2_act)) + s6b + "。")
    item("集镇污水管网延伸", body6, ws2_bud, ws2_act, [
        lambda: L.ratio("污水完成率", str(pct(ws2_done, ws2_plan)), fn(ws2_done), fn(ws2_plan), [s6a]),
        lambda: L.diff("未完成里程", fn(ws2_plan - ws2_done), fn(ws2_plan), fn(ws2_done), None, ["约%s公里管线" % fn(ws2_plan - ws2_done)]),
        lambda: L.ratio("污水执行率", str(pct(ws2_act, ws2_bud)), f(ws2_act), f(ws2_bud), [s6b]),
        lambda: L.quot("污水单价", fn(ws2_act / ws2_done), f(ws2_act), fn(ws2_done), [s6a, s6b]),
        lambda: L.diff("结转", f(ws2_bud - ws2_act), f(ws2_bud), f(ws2_act), None, ["相应资金%s万元结转下年使用" % f(ws2_bud - ws2_act)]),
    ])

    # 7 toilets
    wc_plan, wc_done, wc_std = 420, 436, 1500
    wc_bud = D("63.00")
    wc_act = wan(wc_done * wc_std)
    s7a = "计划改造农村卫生户厕%s户，实际完成%s户，完成率%s%%" % (wc_plan, wc_done, pct(wc_done, wc_plan))
    s7b = "按每户%s元标准补助，实际支出%s万元（%s元），预算%s万元" % (fi(wc_std), f(wc_act), fi(wc_done * wc_std), f(wc_bud))
    body7 = s7a + "，超出计划的16户为群众自愿申请并经验收合格的农户。" + s7b + "，超支部分由县级农村厕所革命奖补资金追加解决。"
    item("农村卫生户厕改造", body7, wc_bud, wc_act, [
        lambda: L.ratio("户厕完成率", str(pct(wc_done, wc_plan)), str(wc_done), str(wc_plan), [s7a]),
        lambda: L.prod("户厕补助 元", fi(wc_done * wc_std), [str(wc_done), fi(wc_std)], [s7a, s7b]),
        lambda: L.prod("户厕补助 元→万元", f(wc_act), [fi(wc_done * wc_std)], [s7b], scale=D("0.0001")),
        lambda: L.diff("超出户数", "16", str(wc_done), str(wc_plan), None, ["超出计划的16户"]),
    ])

    # 8 dilapidated housing
    wf_c, wf_d = 22, 13
    wf_c_std, wf_d_std = D("1.20"), D("3.50")
    wf_act = wf_c * wf_c_std + wf_d * wf_d_std
    wf_bud = D("72.00")
    s8a = "计划改造农村危房%d户，实际完成%d户，完成率100.00%%，其中C级危房加固%d户、D级危房拆除重建%d户" % (wf_c + wf_d, wf_c + wf_d, wf_c, wf_d)
    s8b = "C级每户补助%s万元、D级每户补助%s万元，实际支出%s万元（预算%s万元）" % (fn(wf_c_std), fn(wf_d_std), f(wf_act), f(wf_bud))
    body8 = s8a + "。" + s8b + "，户均补助%s万元。所有改造户均已入住，住房安全有保障。" % fn(wf_act / (wf_c + wf_d))
    item("农村危房改造", body8, wf_bud, wf_act, [
        lambda: L.sum("危房户数", str(wf_c + wf_d), [str(wf_c), str(wf_d)], [s8a]),
        lambda: L.lin("危房补助", f(wf_act), [(wf_c, fn(wf_c_std)), (wf_d, fn(wf_d_std))], [s8a, s8b]),
        lambda: L.quot("危房户均", fn(wf_act / (wf_c + wf_d)), f(wf_act), str(wf_c + wf_d), ["户均补助%s万元" % fn(wf_act / (wf_c + wf_d))]),
    ])

    # 9 street lights
    ld_n, ld_up = 260, 2200
    ld_act = wan(ld_n * ld_up)
    ld_bud = D("58.50")
    s9a = "计划在集镇和村庄主干道安装太阳能路灯%d盏，实际完成%d盏，完成率100.00%%" % (ld_n, ld_n)
    s9b = "中标单价%s元/盏，实际支出%s万元，预算%s万元，节约%s万元" % (fi(ld_up), f(ld_act), f(ld_bud), f(ld_bud - ld_act))
    body9 = s9a + "。" + s9b + "。路灯亮灯率经验收为100%。"
    item("太阳能路灯安装", body9, ld_bud, ld_act, [
        lambda: L.prod("路灯支出", f(ld_act), [str(ld_n), fi(ld_up)], [s9a, s9b], scale=D("0.0001")),
        lambda: L.diff("路灯节约", f(ld_bud - ld_act), f(ld_bud), f(ld_act), None, [s9b]),
    ])

    # 10 kindergarten
    ky_plan, ky_done = 1200, 1248
    xw = 180
    ky_bud, ky_act = D("360.00"), D("355.68")
    s10a = "计划新建教学用房%s平方米，实际建成%s平方米，完成率%s%%" % (fi(ky_plan), fi(ky_done), pct(ky_done, ky_plan))
    s10b = "新增学位不少于%d个的目标全部实现，新增学位%d个，完成率100.00%%" % (xw, xw)
    s10c = "预算%s万元，实际支出%s万元，按建成面积计算单位造价%s元/平方米" % (f(ky_bud), f(ky_act), f(ky_act * 10000 / ky_done))
    body10 = s10a + "，超出部分为按消防验收要求增设的楼梯间。" + s10b + "。" + s10c + "。"
    item("镇中心幼儿园扩建", body10, ky_bud, ky_act, [
        lambda: L.ratio("幼儿园面积完成率", str(pct(ky_done, ky_plan)), fi(ky_done), fi(ky_plan), [s10a]),
        lambda: L.quot("幼儿园单位造价", f(ky_act * 10000 / ky_done), f(ky_act), fi(ky_done), [s10a, s10c], scale=10000),
    ])

    # 11 training
    px_plan, px_done, jy = 600, 648, 412
    px_act = D("19.44")
    px_bud = D("18.00")
    s11a = "计划开展农村劳动力技能培训≥%d人次，实际培训%d人次，完成率%s%%" % (px_plan, px_done, pct(px_done, px_plan))
    s11b = "培训后实现就业%d人，培训后就业率%s%%，达到不低于60%%的目标" % (jy, pct(jy, px_done))
    s11c = "实际支出%s万元（预算%s万元），人均培训成本%s元" % (f(px_act), f(px_bud), f(px_act * 10000 / px_done))
    body11 = s11a + "，培训工种包括中式烹调、电工、家政服务和农业机械操作。" + s11b + "。" + s11c + "，超支部分由县人社部门职业技能提升补贴解决。"
    item("农村劳动力技能培训", body11, px_bud, px_act, [
        lambda: L.ratio("培训完成率", str(pct(px_done, px_plan)), str(px_done), str(px_plan), [s11a]),
        lambda: L.ratio("培训后就业率", str(pct(jy, px_done)), str(jy), str(px_done), [s11a, s11b]),
        lambda: L.quot("人均培训成本", f(px_act * 10000 / px_done), f(px_act), str(px_done), [s11a, s11c], scale=10000),
    ])

    # 12 meals for elderly
    zc_plan, zc_done, zc_std = 36000, 37440, 3
    zc_act = wan(zc_done * zc_std)
    zc_bud = D("10.80")
    s12a = "计划为辖区60周岁以上老年人提供助餐服务不少于%s人次，实际提供%s人次，完成率%s%%" % (fi(zc_plan), fi(zc_done), pct(zc_done, zc_plan))
    s12b = "按每餐%d元标准补助，实际支出%s万元（预算%s万元）" % (zc_std, f(zc_act), f(zc_bud))
    body12 = s12a + "。" + s12b + "，超支部分由镇级自筹解决。老年助餐点服务覆盖4个村（社区）。"
    item("居家养老助餐服务", body12, zc_bud, zc_act, [
        lambda: L.ratio("助餐完成率", str(pct(zc_done, zc_plan)), fi(zc_done), fi(zc_plan), [s12a]),
        lambda: L.prod("助餐补助", f(zc_act), [fi(zc_done), str(zc_std)], [s12a, s12b], scale=D("0.0001")),
    ])

    # 13 water quality
    sz_n, sz_ok = 96, 93
    sz_bud, sz_act = D("4.80"), D("4.80")
    s13a = "计划对集中供水工程开展水质检测%d份，实际检测%d份，完成率100.00%%；合格%d份，水质合格率%s%%，达到≥95%%的目标" % (sz_n, sz_n, sz_ok, pct(sz_ok, sz_n))
    body13 = s13a + "。不合格的3份水样为浑浊度超标，已对相应水厂滤池进行清洗并复检合格。预算和实际支出均为%s万元。" % f(sz_act)
    item("农村饮用水水质监测", body13, sz_bud, sz_act, [
        lambda: L.ratio("水质合格率", str(pct(sz_ok, sz_n)), str(sz_ok), str(sz_n), [s13a]),
        lambda: L.diff("不合格份数", "3", str(sz_n), str(sz_ok), None, ["不合格的3份水样"]),
    ])

    # ------------------------------------------------------------ totals
    tb = sum(i["budget"] for i in items)
    ta = sum(i["actual"] for i in items)
    r_ex = pct(ta, tb)
    sj = D("1218.60")
    xj = D("642.00")
    zc = tb - sj - xj
    tgtl = D("86.40")
    h("二、资金安排和使用情况")
    s_f1 = "2024年民生实事项目共安排资金%s万元，其中上级补助资金%s万元、县级配套资金%s万元、镇级自筹资金%s万元" % (f(tb), f(sj), f(xj), f(zc))
    s_f2 = "全年实际支出%s万元，资金执行率%s%%" % (f(ta), r_ex)
    p(s_f1 + "。" + s_f2 + "。另有群众投工投劳折资%s万元，未计入上述资金总额。" % f(tgtl) +
      "各项目预算按年初票决时的安排数列示，年中追加和项目间调剂的资金不再调整各项目预算数，个别项目实际支出超过预算的，超支部分的资金来源在项目情况中逐项说明。"
      "各项目资金均实行镇财政所报账制管理，按工程进度和验收结果拨付，未发现挤占挪用情况。")
    L.sum("资金来源", f(tb), [f(sj), f(xj), f(zc)], [s_f1])
    L.sum("安排资金 = Σ项目预算", f(tb), [f(i["budget"]) for i in items])
    L.sum("实际支出 = Σ项目支出", f(ta), [f(i["actual"]) for i in items])
    L.ratio("资金执行率", str(r_ex), f(ta), f(tb), [s_f2])

    p("在项目组织管理方面，镇政府成立了由镇长任组长的民生实事项目推进工作领导小组，实行“一个项目、一名领导、一个专班、一抓到底”的工作机制。"
      "项目实施前，对建设内容、资金来源、实施主体和完成时限在镇政务公开栏和各村（社区）公示栏进行公示；工程类项目按规定执行招标投标和政府采购程序，"
      "委托具有资质的监理单位全过程监理；项目完工后，由镇村规划建设服务中心牵头，会同财政所、纪检、村务监督委员会和群众代表进行验收，"
      "验收合格后按合同约定拨付资金并留足质量保证金。全年召开项目推进会6次，开展现场督查18次，发现并整改质量和进度问题23个。")

    h("三、项目实施及绩效目标完成情况")
    n = len(items)
    p("2024年票决的%d件民生实事项目逐项完成情况如下：" % n)
    L.cond("13 items", n == 13, str(n))
    for k, it in enumerate(items, 1):
        p("%d．%s。%s" % (k, it["name"], it["body"]))
    n_ok = n - 1
    s_n = "%d件民生实事中，%d件达到或超过计划目标，1件（集镇污水管网延伸）完成率%s%%，未达到计划目标" % (n, n_ok, pct(ws2_done, ws2_plan))
    p(s_n + "。")
    L.sum("件数", str(n), [str(n_ok), "1"], [s_n])

    h("四、效益和满意度情况")
    my_s, my_v, my_ok = 600, 586, 561
    s_m = "镇人大主席团组织对13件民生实事开展满意度测评，发放问卷%d份，回收有效问卷%d份，有效回收率%s%%；表示满意的%d份，满意度%s%%" % (
        my_s, my_v, pct(my_v, my_s), my_ok, pct(my_ok, my_v))
    p("通过民生实事项目的实施，全镇道路通达条件、农田灌溉条件和集镇人居环境明显改善，4,872名群众饮水保障水平进一步提高，"
      "新增幼儿园学位缓解了集镇适龄儿童入园难问题。在可持续影响方面，道路、供水和路灯等设施已落实村级管护责任人，"
      "高标准农田建成后移交村集体统一管护，技能培训与县内企业用工需求对接，促进了农村劳动力稳定就业。" + s_m + "，满意度以有效问卷为基数计算。")
    L.ratio("有效回收率", str(pct(my_v, my_s)), str(my_v), str(my_s), [s_m])
    L.ratio("满意度", str(pct(my_ok, my_v)), str(my_ok), str(my_v), [s_m])
    L.same("受益人数 restated", "4,872", fi(pp))

    h("五、综合自评结论")
    parts = [("项目决策", 10, D("9.50")), ("资金管理", 20, D("19.20")), ("产出", 40, D("38.24")), ("效益和满意度", 30, D("28.60"))]
    tot = sum(x[2] for x in parts)
    s_z = "根据县财政局印发的乡镇民生实事项目绩效评价指标体系，青松镇2024年民生实事项目综合自评得分%s分，其中%s" % (
        f(tot), "、".join("%s%s分（满分%d分）" % (a, f(c), b) for a, b, c in parts))
    p(s_z + "，自评等级为“%s”。" % ("优" if tot >= 90 else "良") + "扣分主要是污水管网延伸项目未按期完成和部分项目超预算实施。")
    L.sum("综合得分", f(tot), [f(x[2]) for x in parts], [s_z])
    L.cond("满分合计 100", sum(x[1] for x in parts) == 100, "")
    L.cond("得分 <= 满分", all(x[2] <= x[1] for x in parts), "")

    h("六、存在的问题和改进措施")
    p("一是项目前期论证不够充分。污水管网延伸项目对地质条件调查不足，导致线路调整、工期延误。今后将把地质勘察、群众意见征求等前期工作作为项目入选的前置条件。"
      "二是部分项目预算编制不够精准。道路硬化、卫生户厕改造、技能培训和助餐服务出现超预算实施，虽然超支部分均有合规资金来源，"
      "但反映出预算编制与实际需求存在偏差。今后将按照“量入为出、留有余地”的原则细化测算。"
      "三是后续管护机制有待健全。村组道路、路灯和供水设施建成后，管护责任主体和管护经费仍需进一步落实。")
    n25, b25 = 10, D("2486.00")
    s_25 = "2025年，镇人大已票决确定民生实事项目%d件，计划安排资金%s万元，比2024年安排资金增长%s%%" % (n25, f(b25), growth(b25, tb))
    p(s_25 + "，其中包括本年结转的集镇污水管网南段%s公里。" % fn(ws2_plan - ws2_done))
    L.growth("2025 vs 2024 安排", str(growth(b25, tb)), f(b25), f(tb), "增长", [s_25])
    B.append(("sign", "洱川县青松镇人民政府"))
    B.append(("sign", "2025年2月26日"))
    L.anchor("落款", "2025年2月26日")
    L.fact("项目数", n); L.fact("安排资金", f(tb)); L.fact("实际支出", f(ta))
    return B, L


def render(B, path):
    out = []
    for blk in B:
        k = blk[0]
        if k == "title":
            out.append("　" * 6 + blk[1])
            out.append("")
        elif k == "h":
            out.append(blk[1])
        elif k == "p":
            out.append("　　" + blk[1])
        elif k == "sign":
            out.append("　" * 20 + blk[1])
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def visible(path):
    return txt_text(path)


def main():
    B, L = build()
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    text = visible(path)
    units = ["亩", "公里", "平方米", "立方米", "吨", "户", "人"]
    L.cond("txt: all physical units present", all(u in text for u in units), ",".join(units))
    L.cond("txt: target words present", all(w in text for w in ("不少于", "不低于", "≥")), "")
    return finish(L, text, "txt", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
