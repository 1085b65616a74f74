"""t02 贵州省黔涟县民政局 2024年度部门决算说明 (.html).

Tables carry their unit line (单位：万元) inside <caption>; some cells are empty, some hold "—".
"""
import datetime
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import D, rq, fm, pc, gr, Tally, read_html, write, ROOT  # noqa: E402

NAME = "t02_qianlian_civil_affairs_final_accounts_2024"
EXT = ".html"


def build():
    t = Tally(NAME + EXT)
    M = []
    gen_in, fund_in, oth_in = D("9862.47"), D("412.00"), D("38.64")
    inc = gen_in + fund_in + oth_in
    carry_in = D("215.36")
    inc_all = inc + carry_in
    e_ss, e_hl, e_oth, e_hs = D("9748.92"), D("126.48"), D("398.50"), D("84.16")
    exp = e_ss + e_hl + e_oth + e_hs
    carry_out = inc_all - exp
    exp_prev = D("9617.25")
    basic_p, basic_c = D("1268.75"), D("217.57")
    basic = basic_p + basic_c
    proj = exp - basic
    # 表2: 一般公共预算财政拨款支出 by 项
    items = [
        ("2080201", "行政运行", "478.00", "486.35"),
        ("2080505", "机关事业单位基本养老保险缴费支出", "226.40", "231.92"),
        ("2081002", "老年福利", "1,180.00", "1,268.40"),
        ("2081901", "城市最低生活保障金支出", "2,200.00", "2,146.80"),
        ("2081902", "农村最低生活保障金支出", "3,860.00", "3,952.16"),
        ("2082001", "临时救助支出", "—", "415.20"),
        ("2082101", "城市特困人员救助供养支出", "250.00", "238.55"),
        ("2082102", "农村特困人员救助供养支出", "980.00", "985.40"),
        ("2100799", "其他计划生育事务支出", "—", "126.48"),
        ("2210201", "住房公积金", "82.00", "84.16"),
    ]
    gen_out = sum(D(x[3].replace(",", "")) for x in items)
    gen_bud = sum(D(x[2].replace(",", "")) for x in items if x[2] != "—")
    fund_out = e_oth  # 彩票公益金
    fin_out = gen_out + fund_out
    F = {k: fm(v) for k, v in dict(gen_in=gen_in, fund_in=fund_in, oth_in=oth_in, inc=inc, carry_in=carry_in,
                                      inc_all=inc_all, e_ss=e_ss, e_hl=e_hl, e_oth=e_oth, e_hs=e_hs, exp=exp,
                                      carry_out=carry_out, exp_prev=exp_prev, basic_p=basic_p, basic_c=basic_c,
                                      basic=basic, proj=proj, gen_out=gen_out, gen_bud=gen_bud, fund_out=fund_out,
                                      fin_out=fin_out, fin_in=gen_in + fund_in).items()}
    sh_fin = pc(gen_in + fund_in, inc)
    sh_oth = pc(oth_in, inc)
    sh_basic = pc(basic, exp)
    sh_proj = pc(proj, exp)
    g_exp = gr(exp, exp_prev)

    M.append(("title", "黔涟县民政局2024年度部门决算说明"))
    M.append(("meta", "发布时间：2025-09-05　来源：黔涟县民政局　浏览次数："))
    M.append(("h", "第一部分　部门概况"))
    M.append(("h", "一、主要职能"))
    M.append(("p", "黔涟县民政局负责全县社会救助、养老服务、儿童福利、社会事务、区划地名、社会组织登记管理和殡葬管理等工作，"
                   "统筹最低生活保障、特困人员救助供养、临时救助政策落实，指导乡镇（街道）开展基层政权和社区治理。"))
    M.append(("h", "二、部门决算单位构成"))
    M.append(("p", "纳入本部门2024年度决算编制范围的单位共4个，包括黔涟县民政局机关（行政单位）及县社会福利院、县救助管理站、县殡仪馆3个全额拨款事业单位。"
                   "年末实有人员92人，其中行政人员21人、事业人员71人。"))
    t.holds("人员=行政+事业", 92 == 21 + 71, "92 = 21 + 71", ["年末实有人员92人，其中行政人员21人、事业人员71人"])
    M.append(("h", "第二部分　2024年度部门决算情况说明"))
    M.append(("h", "一、收入支出决算总体情况说明"))
    M.append(("p", "2024年度收入总计%s万元，支出总计%s万元，收支总计各增加%s万元，增长%s%%。其中，本年收入%s万元，年初结转和结余%s万元；"
                   "本年支出%s万元，年末结转和结余%s万元。"
                   % (F["inc_all"], F["inc_all"], fm(inc_all - D("9842.10")), fm(gr(inc_all, D("9842.10"))),
                      F["inc"], F["carry_in"], F["exp"], F["carry_out"])))
    t.delta("收支总计增加", F["inc_all"], "9,842.10", fm(inc_all - D("9842.10")), "增加",
            ["收入总计%s万元" % F["inc_all"], "收支总计各增加%s万元" % fm(inc_all - D("9842.10")),
             "上年收支总计9,842.10万元"])
    t.change("收支总计", F["inc_all"], "9,842.10", fm(gr(inc_all, D("9842.10"))), "增长",
             ["收入总计%s万元" % F["inc_all"], "增长%s%%。其中" % fm(gr(inc_all, D("9842.10"))), "上年收支总计9,842.10万元"])
    M.append(("p", "收支总计增加的主要原因是：一是自2024年1月起农村低保保障标准由每人每年5,760元提高到6,000元；二是县社会福利院失能照护楼改造项目实施。"
                   "上年收支总计9,842.10万元，本年收支总计增长主要集中在社会保障和就业支出。"))
    rows = [["收入项目", "决算数", "支出项目", "决算数"],
            ["一、一般公共预算财政拨款收入", F["gen_in"], "一、社会保障和就业支出", F["e_ss"]],
            ["二、政府性基金预算财政拨款收入", F["fund_in"], "二、卫生健康支出", F["e_hl"]],
            ["三、事业收入", "—", "三、城乡社区支出", "—"],
            ["四、其他收入", F["oth_in"], "四、住房保障支出", F["e_hs"]],
            ["", "", "五、其他支出", F["e_oth"]],
            ["本年收入合计", F["inc"], "本年支出合计", F["exp"]],
            ["年初结转和结余", F["carry_in"], "年末结转和结余", F["carry_out"]],
            ["收入总计", F["inc_all"], "支出总计", F["inc_all"]]]
    M.append(("table", "表1　收入支出决算总表|单位：万元", rows, {}))
    t.total("本年收入合计", F["inc"], [F["gen_in"], F["fund_in"], F["oth_in"]],
            ["一、一般公共预算财政拨款收入|%s" % F["gen_in"], "二、政府性基金预算财政拨款收入|%s" % F["fund_in"],
             "四、其他收入|%s" % F["oth_in"], "本年收入合计|%s" % F["inc"]])
    t.total("本年支出合计", F["exp"], [F["e_ss"], F["e_hl"], F["e_hs"], F["e_oth"]],
            ["一、社会保障和就业支出|%s" % F["e_ss"], "二、卫生健康支出|%s" % F["e_hl"], "四、住房保障支出|%s" % F["e_hs"],
             "五、其他支出|%s" % F["e_oth"], "本年支出合计|%s" % F["exp"]])
    t.total("收入总计", F["inc_all"], [F["inc"], F["carry_in"]],
            ["本年收入合计|%s" % F["inc"], "年初结转和结余|%s" % F["carry_in"], "收入总计|%s" % F["inc_all"]])
    t.total("支出总计", F["inc_all"], [F["exp"], F["carry_out"]],
            ["本年支出合计|%s" % F["exp"], "年末结转和结余|%s" % F["carry_out"], "支出总计|%s" % F["inc_all"]])
    t.same("正文年末结转=表", F["carry_out"], F["carry_out"], ["年末结转和结余%s万元" % F["carry_out"], "年末结转和结余|%s" % F["carry_out"]])

    M.append(("h", "二、收入决算情况说明"))
    M.append(("p", "本年收入合计%s万元。其中：财政拨款收入%s万元，占%s%%；其他收入%s万元，占%s%%，为县殡仪馆公墓管理服务收入；本年无事业收入和经营收入。"
                   % (F["inc"], F["fin_in"], fm(sh_fin), F["oth_in"], fm(sh_oth))))
    t.total("财政拨款收入", F["fin_in"], [F["gen_in"], F["fund_in"]],
            ["财政拨款收入%s万元" % F["fin_in"], "一、一般公共预算财政拨款收入|%s" % F["gen_in"],
             "二、政府性基金预算财政拨款收入|%s" % F["fund_in"]])
    t.share("财政拨款收入占比", F["fin_in"], F["inc"], fm(sh_fin), ["本年收入合计%s万元。其中：财政拨款收入%s万元，占%s%%" % (F["inc"], F["fin_in"], fm(sh_fin))])
    t.share("其他收入占比", F["oth_in"], F["inc"], fm(sh_oth), ["其他收入%s万元，占%s%%" % (F["oth_in"], fm(sh_oth)), "本年收入合计%s万元" % F["inc"]])
    t.holds("收入占比合计100", sh_fin + sh_oth == 100, "%s + %s = 100.00" % (sh_fin, sh_oth))

    M.append(("h", "三、支出决算情况说明"))
    M.append(("p", "本年支出合计%s万元，较上年的%s万元增长%s%%。其中：基本支出%s万元，占%s%%，包括人员经费%s万元和公用经费%s万元；"
                   "项目支出%s万元，占%s%%，主要用于城乡低保、特困人员供养、临时救助、高龄补贴和福利彩票公益金项目。"
                   % (F["exp"], F["exp_prev"], fm(g_exp), F["basic"], fm(sh_basic), F["basic_p"], F["basic_c"],
                      F["proj"], fm(sh_proj))))
    a_exp = "本年支出合计%s万元，较上年的%s万元增长%s%%" % (F["exp"], F["exp_prev"], fm(g_exp))
    t.change("本年支出", F["exp"], F["exp_prev"], fm(g_exp), "增长", [a_exp])
    t.total("支出=基本+项目", F["exp"], [F["basic"], F["proj"]], [a_exp, "基本支出%s万元" % F["basic"], "项目支出%s万元" % F["proj"]])
    t.total("基本支出=人员+公用", F["basic"], [F["basic_p"], F["basic_c"]],
            ["基本支出%s万元，占%s%%，包括人员经费%s万元和公用经费%s万元" % (F["basic"], fm(sh_basic), F["basic_p"], F["basic_c"])])
    t.share("基本支出占比", F["basic"], F["exp"], fm(sh_basic), [a_exp, "基本支出%s万元，占%s%%" % (F["basic"], fm(sh_basic))])
    t.share("项目支出占比", F["proj"], F["exp"], fm(sh_proj), [a_exp, "项目支出%s万元，占%s%%" % (F["proj"], fm(sh_proj))])

    M.append(("h", "四、财政拨款支出决算情况说明"))
    M.append(("p", "2024年度财政拨款支出%s万元，其中一般公共预算财政拨款支出%s万元、政府性基金预算财政拨款支出（福利彩票公益金）%s万元。"
                   "一般公共预算财政拨款支出按项级科目列示如下（年初预算未安排、年中追加的科目，年初预算数和完成率栏以“—”表示）。"
                   % (F["fin_out"], F["gen_out"], F["fund_out"])))
    t.total("财政拨款支出", F["fin_out"], [F["gen_out"], F["fund_out"]],
            ["财政拨款支出%s万元，其中一般公共预算财政拨款支出%s万元、政府性基金预算财政拨款支出（福利彩票公益金）%s万元" % (F["fin_out"], F["gen_out"], F["fund_out"])])
    t.same("彩票公益金=其他支出", F["fund_out"], F["e_oth"], ["（福利彩票公益金）%s万元" % F["fund_out"], "五、其他支出|%s" % F["e_oth"]])
    t.holds("一般公共支出<=收入+结转", gen_out <= gen_in + carry_in, "%s <= %s + %s" % (gen_out, gen_in, carry_in))
    rows = [["科目编码", "科目名称", "年初预算数", "决算数", "完成率（%）"]]
    r2 = []
    for code, nm, b, a in items:
        r = "—" if b == "—" else fm(pc(D(a.replace(",", "")), D(b.replace(",", ""))))
        rows.append([code, nm, b, a, r])
        r2.append("%s|%s|%s|%s|%s" % (code, nm, b, a, r))
        if b != "—":
            t.share("完成率 " + nm, a, b, r, ["%s|%s|%s|%s|%s" % (code, nm, b, a, r)])
    rows.append(["", "合计", F["gen_bud"], F["gen_out"], ""])
    M.append(("table", "表2　一般公共预算财政拨款支出决算明细表|单位：万元", rows, {}))
    t.total("表2决算数合计", F["gen_out"], [x[3] for x in items], r2 + ["|合计|%s|%s|" % (F["gen_bud"], F["gen_out"])])
    t.total("表2年初预算合计", F["gen_bud"], [x[2] for x in items if x[2] != "—"], r2 + ["|合计|%s|%s|" % (F["gen_bud"], F["gen_out"])])
    ss_items = [x[3] for x in items if x[0].startswith("208")]
    ssum = sum(D(v.replace(",", "")) for v in ss_items)
    t.holds("表2社保科目<=社保支出", ssum <= e_ss, "%s <= %s" % (ssum, e_ss))
    M.append(("p", "决算数大于年初预算的，主要是农村低保提标和年中追加临时救助资金；城市低保、城市特困供养决算数小于预算，主要是城市保障对象自然减少。"
                   "合计行年初预算数不含年中追加科目，因此不计算合计完成率。"))

    # 三公
    sg_bud = {"car": D("14.00"), "rec": D("3.50")}
    sg_out = {"car": D("11.86"), "rec": D("2.34")}
    sgb = sum(sg_bud.values())
    sgo = sum(sg_out.values())
    sg_prev = D("15.26")
    M.append(("h", "五、“三公”经费财政拨款支出决算情况说明"))
    rows = [["项目", "预算数", "决算数"],
            ["合计", fm(sgb), fm(sgo)],
            ["1.因公出国（境）费", "—", "—"],
            ["2.公务用车购置及运行维护费", fm(sg_bud["car"]), fm(sg_out["car"])],
            ["　其中：公务用车购置费", "", ""],
            ["　　　　公务用车运行维护费", fm(sg_bud["car"]), fm(sg_out["car"])],
            ["3.公务接待费", fm(sg_bud["rec"]), fm(sg_out["rec"])]]
    M.append(("table", "表3　“三公”经费财政拨款支出决算表|单位：万元", rows, {}))
    M.append(("p", "2024年度“三公”经费财政拨款支出%s万元，完成预算的%s%%，比上年减少%s万元，下降%s%%。其中：因公出国（境）费为零；"
                   "公务用车运行维护费%s万元，主要用于救助管理站流浪乞讨人员护送、福利院送医等3辆公务用车的燃料、维修和保险；"
                   "公务接待费%s万元，共接待上级检查调研等公务接待26批次、183人次。年末公务用车保有量3辆，本年未购置车辆。"
                   % (fm(sgo), fm(pc(sgo, sgb)), fm(sg_prev - sgo), fm(-gr(sgo, sg_prev)), fm(sg_out["car"]), fm(sg_out["rec"]))))
    a_sg = "“三公”经费财政拨款支出%s万元，完成预算的%s%%，比上年减少%s万元，下降%s%%" % (fm(sgo), fm(pc(sgo, sgb)), fm(sg_prev - sgo), fm(-gr(sgo, sg_prev)))
    t.total("三公决算合计", fm(sgo), [fm(sg_out["car"]), fm(sg_out["rec"])],
            ["合计|%s|%s" % (fm(sgb), fm(sgo)), "2.公务用车购置及运行维护费|%s|%s" % (fm(sg_bud["car"]), fm(sg_out["car"])),
             "3.公务接待费|%s|%s" % (fm(sg_bud["rec"]), fm(sg_out["rec"]))])
    t.total("三公预算合计", fm(sgb), [fm(sg_bud["car"]), fm(sg_bud["rec"])], ["合计|%s|%s" % (fm(sgb), fm(sgo)),
            "2.公务用车购置及运行维护费|%s|%s" % (fm(sg_bud["car"]), fm(sg_out["car"])),
            "3.公务接待费|%s|%s" % (fm(sg_bud["rec"]), fm(sg_out["rec"]))])
    t.share("三公完成预算", fm(sgo), fm(sgb), fm(pc(sgo, sgb)), [a_sg, "合计|%s|%s" % (fm(sgb), fm(sgo))])
    t.delta("三公减少", fm(sgo), fm(sg_prev), fm(sg_prev - sgo), "减少", [a_sg, "上年“三公”经费%s万元" % fm(sg_prev)])
    t.change("三公", fm(sgo), fm(sg_prev), fm(-gr(sgo, sg_prev)), "下降", [a_sg, "上年“三公”经费%s万元" % fm(sg_prev)])
    t.same("正文车辆=表", fm(sg_out["car"]), fm(sg_out["car"]), ["公务用车运行维护费%s万元，主要用于" % fm(sg_out["car"])])
    t.same("正文接待=表", fm(sg_out["rec"]), fm(sg_out["rec"]), ["公务接待费%s万元，共接待" % fm(sg_out["rec"])])
    M.append(("p", "上年“三公”经费%s万元，其中公务用车运行维护费12.58万元、公务接待费2.68万元。" % fm(sg_prev)))
    t.total("上年三公", fm(sg_prev), ["12.58", "2.68"], ["上年“三公”经费%s万元，其中公务用车运行维护费12.58万元、公务接待费2.68万元" % fm(sg_prev)])

    M.append(("h", "六、机关运行经费支出说明"))
    M.append(("p", "2024年度本部门机关运行经费支出68.42万元，比上年的72.15万元减少3.73万元，下降5.17%，主要是压减办公费和差旅费。"
                   "机关运行经费仅统计局机关和参照公务员法管理的事业单位，县社会福利院等3个事业单位的公用经费不在此列。"))
    t.delta("运行经费减少", "68.42", "72.15", "3.73", "减少", ["机关运行经费支出68.42万元，比上年的72.15万元减少3.73万元，下降5.17%"])
    t.change("运行经费", "68.42", "72.15", "5.17", "下降", ["机关运行经费支出68.42万元，比上年的72.15万元减少3.73万元，下降5.17%"])
    t.le("运行经费<=公用经费", "68.42", F["basic_c"], ["公用经费%s万元" % F["basic_c"], "机关运行经费支出68.42万元"])
    M.append(("h", "七、政府采购支出说明"))
    M.append(("p", "2024年度政府采购支出总额186.30万元，其中：货物类42.60万元、服务类143.70万元，无工程类采购。授予中小企业合同金额161.25万元，"
                   "占政府采购支出总额的86.55%。"))
    t.total("采购", "186.30", ["42.60", "143.70"], ["政府采购支出总额186.30万元，其中：货物类42.60万元、服务类143.70万元"])
    t.share("中小企业占比", "161.25", "186.30", "86.55", ["授予中小企业合同金额161.25万元，占政府采购支出总额的86.55%", "政府采购支出总额186.30万元"])
    M.append(("h", "八、国有资产占用情况说明"))
    M.append(("p", "截至2024年12月31日，本部门共有车辆3辆，均为一般公务用车，与“三公”经费说明中的公务用车保有量一致；单位价值100万元以上设备无。"))
    M.append(("h", "九、预算绩效管理情况说明"))
    M.append(("p", "本部门对2024年度10个项目开展了绩效自评，涉及资金%s万元，占项目支出的%s%%。其中困难群众救助补助资金自评得分94.50分，"
                   "福利彩票公益金项目自评得分91.20分。自评结果已随本决算一并公开。"
                   % (fm(D("8106.55")), fm(pc(D("8106.55"), proj)))))
    t.share("自评资金占项目支出", "8,106.55", F["proj"], fm(pc(D("8106.55"), proj)),
            ["涉及资金8,106.55万元，占项目支出的%s%%" % fm(pc(D("8106.55"), proj)), "项目支出%s万元" % F["proj"]])
    M.append(("h", "第三部分　名词解释"))
    M.append(("p", "1.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"
                   "3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"))
    M.append(("sign", ["黔涟县民政局", "2025年9月5日"]))
    t.dated("说明日期晚于年度终了", datetime.date(2025, 9, 5), datetime.date(2024, 12, 31), ["黔涟县民政局2025年9月5日", "2024年度部门决算说明"])
    t.fact(inc_all=F["inc_all"], inc=F["inc"], exp=F["exp"], carry_out=F["carry_out"], gen_out=F["gen_out"],
           fin_out=F["fin_out"], sg=fm(sgo))
    return M, t


CSS = """body{font-family:"Microsoft YaHei",SimSun,serif;max-width:960px;margin:0 auto;color:#333;line-height:1.9}
.crumb{font-size:13px;color:#888}.meta{text-align:center;font-size:13px;color:#999}h1{text-align:center;font-size:24px}
h2{font-size:18px;border-left:4px solid #b22;padding-left:8px}h3{font-size:16px}p{text-indent:2em}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}td,th{border:1px solid #999;padding:4px 6px;font-size:14px}
td.n{text-align:right}caption{font-weight:bold;padding:6px}caption span{float:right;font-weight:normal;font-size:13px}
.sign{text-align:right;margin-top:40px}"""


def render(M, path):
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
           "<title>黔涟县民政局2024年度部门决算说明</title>", "<style>" + CSS + "</style></head><body>",
           "<div class=\"crumb\">首页 &gt; 政府信息公开 &gt; 财政预决算 &gt; 部门决算</div>"]
    for b in M:
        k = b[0]
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "meta":
            out.append("<div class=\"meta\">%s</div>" % e(b[1]))
        elif k == "h":
            lvl = "h2" if b[1].startswith("第") else "h3"
            out.append("<%s>%s</%s>" % (lvl, e(b[1]), lvl))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "table":
            cap, unit = b[1].split("|")
            out.append("<table>")
            out.append("<caption>%s<br><span>%s</span></caption>" % (e(cap), e(unit)))
            for i, r in enumerate(b[2]):
                tag = "th" if i == 0 else "td"
                cells = []
                for c in r:
                    num = c[:1].isdigit() or c == "—"
                    cls = " class=\"n\"" if (tag == "td" and num and len(c) > 3) else ""
                    cells.append("<%s%s>%s</%s>" % (tag, cls, e(c), tag))
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        elif k == "sign":
            out.append("<div class=\"sign\">%s</div>" % "<br>".join(e(x) for x in b[1]))
    out.append("</body></html>")
    write(path, "\n".join(out) + "\n")


read = read_html


def main():
    M, t = build()
    path = os.path.join(ROOT, NAME + EXT)
    render(M, path)
    text = read(path)
    t.attach(text)
    n = t.dump(os.path.join(ROOT, NAME + ".ledger.json"), text)
    print(NAME, n, "checks ok")


if __name__ == "__main__":
    main()
