"""t05 湖北省澴川县科学技术局 2024年度县级科技创新专项资金项目支出绩效自评报告 (.html).

The 绩效目标完成情况表 has rowspan 一级/二级指标 columns and 年度指标值/实际完成值/分值/得分/偏差原因 columns.
"""
import datetime
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import D, rq, fm, pc, gr, Tally, read_html, write, ROOT  # noqa: E402
from model import cell_text  # noqa: E402

NAME = "t05_huanchuan_science_special_fund_selfeval_2024"
EXT = ".html"


def row_view(r):
    return "|".join(cell_text(c) for c in r if c is not None)


def build():
    t = Tally(NAME + EXT)
    M = []
    f = fm
    own, prov = D("856.00"), D("430.00")
    bud = own + prov
    parts = [("高新技术企业培育奖补", D("486.00")), ("企业研发费用后补助", D("362.50")), ("科技特派员专项", D("96.48")),
             ("创新平台建设", D("215.00")), ("科技成果转化补助", D("72.50"))]
    out = sum(v for _, v in parts)
    rate = pc(out, bud)
    sh_prov = pc(prov, bud)
    bal = bud - out
    out_prev = D("1148.62")
    g = gr(out, out_prev)
    q_all, q_ok = 320, 300
    sat = pc(q_ok, q_all)
    s_rate = rq(D(10) * rate / 100, 2)
    s_rd = rq(D(8) * D(58) / D(60), 2)
    s_tc = rq(D(8) * D("4.72") / D(5), 2)

    M.append(("title", "澴川县科学技术局2024年度县级科技创新专项资金项目支出绩效自评报告"))
    M.append(("meta", "澴川县人民政府门户网站　发布日期：2025-04-18　信息来源：县科学技术局"))
    M.append(("p", "按照《澴川县财政局关于开展2024年度项目支出绩效自评工作的通知》（澴财绩〔2025〕6号）要求，县科学技术局对2024年度县级科技创新专项资金开展了绩效自评，"
                   "现将自评情况报告如下。"))
    M.append(("h", "一、项目基本情况"))
    M.append(("h", "（一）项目概况"))
    M.append(("p", "县级科技创新专项资金是县委、县政府为落实创新驱动发展战略设立的专项资金，主要用于高新技术企业培育、企业研发投入后补助、科技特派员服务、"
                   "创新平台建设和科技成果转化等方面。资金管理依据为《澴川县科技创新专项资金管理办法》（澴政办发〔2023〕21号）。"))
    M.append(("h", "（二）资金安排和使用"))
    a_b = "2024年项目预算%s万元，其中县本级财政安排%s万元，省级科技创新转移支付%s万元，占%s%%。" % (f(bud), f(own), f(prov), f(sh_prov))
    M.append(("p", a_b + "截至2024年12月31日，资金全部到位，到位率100%。"))
    t.total("预算=县本级+省级", f(bud), [f(own), f(prov)], [a_b])
    t.share("省级占比", f(prov), f(bud), f(sh_prov), [a_b])
    a_o = "全年实际支出%s万元，其中%s。" % (f(out), "，".join("%s%s万元" % (n, f(v)) for n, v in parts))
    a_r = "预算执行率%s%%，结余%s万元" % (f(rate), f(bal))
    M.append(("p", a_o + a_r + "，为2家企业研发后补助资格复核未通过而未拨付的资金，已按规定收回县财政统筹使用。"))
    t.total("支出=其中各项", f(out), [f(v) for _, v in parts], [a_o])
    t.share("预算执行率", f(out), f(bud), f(rate), [a_o, a_r, a_b])
    t.combo("结余=预算-支出", f(bal), [(1, f(bud)), (-1, f(out))], [a_r, a_b, a_o])
    a_g = "上年同项目支出%s万元，本年增长%s%%。" % (f(out_prev), f(g))
    M.append(("p", a_g + "增长主要来自省级转移支付增加和高新技术企业培育奖补标准的提高。"))
    t.change("支出", f(out), f(out_prev), f(g), "增长", [a_o, a_g])

    M.append(("h", "（三）项目组织实施"))
    a_l = "全年共受理各类项目申报146项，经形式审查、专家评审、部门联审和社会公示，确定支持项目98项，立项率67.12%。"
    M.append(("p", "县科学技术局会同县财政局制定年度申报指南，通过县政府门户网站公开发布。" + a_l +
                   "资金实行“先评审、后拨付”，后补助类项目以企业上年度经审计的研发费用为依据核定补助额，平台建设类项目按建设进度分两次拨付，"
                   "验收合格后拨付尾款。项目实施过程中，县科学技术局组织开展了2次专项检查，未发现虚报冒领、挤占挪用问题。"))
    t.share("立项率", "98", "146", "67.12", [a_l])
    M.append(("h", "二、绩效目标及完成情况"))
    M.append(("p", "项目年度总体目标为：培育一批高新技术企业和科技型中小企业，引导企业加大研发投入，提升县域创新能力。各项指标完成情况如下："))
    M.append(("p", "（一）产出方面。全年新认定高新技术企业14家，超过12家的目标；对58家企业发放研发费用后补助，比计划少2家；选派科技特派员52人；"
                   "2个县级创新平台全部通过验收；后补助资金审核准确率100%；资金分27批次拨付，26批次在规定时限内拨付，及时率96.30%。"))
    t.share("拨付及时率", "26", "27", "96.30", ["资金分27批次拨付，26批次在规定时限内拨付，及时率96.30%"])
    M.append(("p", "（二）效益方面。带动企业研发投入3.86亿元；全县技术合同成交额4.72亿元，未达到5亿元的目标；新增发明专利授权86件；新增入库科技型中小企业163家。"))
    M.append(("p", "（三）满意度方面。对受支持企业和科技特派员服务对象发放问卷%d份，满意%d份，满意度%s%%。" % (q_all, q_ok, f(sat))))
    t.share("满意度", str(q_ok), str(q_all), f(sat), ["发放问卷%d份，满意%d份，满意度%s%%" % (q_all, q_ok, f(sat))])

    # performance table with rowspans
    R = []
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

    def C(text, rs=1):
        return {"t": text, "rs": rs}

    rows = [
        # (一级 cell or None, 二级 cell or None, 三级, 指标值, 实际, 分值, 得分, 原因)
        [C("产出指标", 7), C("数量指标", 3), "新认定高新技术企业数", "≥12家", "14家", "10", "10.00", ""],
        [None, None, "研发费用后补助企业数", "≥60家", "58家", "8", f(s_rd), "2家企业复核未通过，按完成比例计分"],
        [None, None, "选派科技特派员人数", "≥50人", "52人", "6", "6.00", ""],
        [None, C("质量指标", 2), "创新平台验收通过率", "100%", "100%", "8", "8.00", ""],
        [None, None, "后补助资金审核准确率", "100%", "100%", "6", "6.00", ""],
        [None, C("时效指标"), "资金拨付及时率", "≥95%", "96.30%", "6", "6.00", ""],
        [None, C("成本指标"), "项目支出控制数", "≤%s万元" % f(bud), "%s万元" % f(out), "6", "6.00", ""],
        [C("效益指标", 4), C("经济效益指标", 2), "带动企业研发投入", "≥3.5亿元", "3.86亿元", "10", "10.00", ""],
        [None, None, "技术合同成交额", "≥5亿元", "4.72亿元", "8", f(s_tc), "部分大额合同跨年登记，按完成比例计分"],
        [None, C("社会效益指标"), "新增发明专利授权数", "≥80件", "86件", "8", "8.00", ""],
        [None, C("可持续影响指标"), "新增入库科技型中小企业", "≥150家", "163家", "4", "4.00", ""],
        [C("满意度指标"), C("服务对象满意度指标"), "受益对象满意度", "≥90%", "%s%%" % f(sat), "10", "10.00", ""],
        [C("预算执行率"), C("—"), "预算执行率", "100%", "%s%%" % f(rate), "10", f(s_rate), "按执行率×分值计分"],
    ]
    groups = {"产出": rows[0:7], "效益": rows[7:11], "满意度": rows[11:12], "执行": rows[12:13]}
    gs = {k: sum(D(r[6]) for r in v) for k, v in groups.items()}
    gw = {k: sum(D(r[5]) for r in v) for k, v in groups.items()}
    total = sum(gs.values())
    for r in rows:
        t.within(r[2], r[6], r[5], [row_view(r)])
    t.prod("研发后补助得分", "8", "58", f(s_rd), ["58家|8|%s" % f(s_rd), "≥60家"], scale=D(1) / D(60))
    t.prod("技术合同得分", "8", "4.72", f(s_tc), ["4.72亿元|8|%s" % f(s_tc), "≥5亿元"], scale=D("0.2"))
    t.prod("执行率得分", "10", f(rate), f(s_rate), ["%s%%|10|%s" % (f(rate), f(s_rate))], scale=D("0.01"))
    t.holds("分值合计100", sum(gw.values()) == 100, " + ".join(str(v) for v in gw.values()) + " = 100")
    R = [hdr] + rows + [[C("合计", 1), None, None, None, None, "100", f(total), ""]]
    # merged 合计 spans three columns -> represent by colspan on first cell
    R[-1] = [{"t": "合计", "rs": 1, "cs": 5}, None, None, None, None, "100", f(total), ""]
    t.total("评分表合计", f(total), [r[6] for r in rows], [row_view(r) for r in rows] + ["合计|100|%s|" % f(total)])
    M.append(("p", "绩效目标完成情况及评分见下表。"))
    M.append(("table", "2024年度县级科技创新专项资金绩效目标完成情况表", R, {}))
    t.same("产出正文=表 高企", "14", "14", ["新认定高新技术企业14家", "新认定高新技术企业数|≥12家|14家"])
    t.same("正文=表 后补助企业", "58", "58", ["对58家企业发放研发费用后补助", "研发费用后补助企业数|≥60家|58家"])
    t.same("正文=表 特派员", "52", "52", ["选派科技特派员52人", "选派科技特派员人数|≥50人|52人"])
    t.same("正文=表 研发投入", "3.86", "3.86", ["带动企业研发投入3.86亿元", "带动企业研发投入|≥3.5亿元|3.86亿元"])
    t.same("正文=表 技术合同", "4.72", "4.72", ["技术合同成交额4.72亿元", "技术合同成交额|≥5亿元|4.72亿元"])
    t.same("正文=表 发明专利", "86", "86", ["新增发明专利授权86件", "新增发明专利授权数|≥80件|86件"])
    t.same("正文=表 入库企业", "163", "163", ["新增入库科技型中小企业163家", "新增入库科技型中小企业|≥150家|163家"])
    t.same("正文=表 及时率", "96.30", "96.30", ["及时率96.30%", "资金拨付及时率|≥95%|96.30%"])
    t.same("正文=表 满意度", f(sat), f(sat), ["满意度%s%%" % f(sat), "受益对象满意度|≥90%%|%s%%" % f(sat)])
    t.same("正文=表 执行率", f(rate), f(rate), [a_r, "预算执行率|100%%|%s%%" % f(rate)])
    t.same("正文=表 支出", f(out), f(out), [a_o, "项目支出控制数|≤%s万元|%s万元" % (f(bud), f(out))])
    t.holds("达标项满分", True, "14>=12, 52>=50, 96.30>=95, 3.86>=3.5, 86>=80, 163>=150, %s>=90 -> full marks" % f(sat))

    M.append(("h", "三、自评结论"))
    a_t = "经综合评价，本项目2024年度绩效自评得分%s分，等级为“优”。" % f(total)
    M.append(("p", a_t + "其中产出指标得分%s分（分值%s分），效益指标得分%s分（分值%s分），满意度指标得分%s分，预算执行率得分%s分。"
              % (f(gs["产出"]), gw["产出"], f(gs["效益"]), gw["效益"], f(gs["满意度"]), f(gs["执行"]))))
    a_gr = "其中产出指标得分%s分（分值%s分），效益指标得分%s分（分值%s分），满意度指标得分%s分，预算执行率得分%s分" % (
        f(gs["产出"]), gw["产出"], f(gs["效益"]), gw["效益"], f(gs["满意度"]), f(gs["执行"]))
    t.total("正文分项=总分", f(total), [f(v) for v in gs.values()], [a_t, a_gr])
    t.same("正文总分=表合计", f(total), f(total), [a_t, "合计|100|%s|" % f(total)])
    t.grade("等级", f(total), "优", [(90, "优"), (80, "良"), (60, "中"), (0, "差")], [a_t])
    t.total("产出小计", f(gs["产出"]), [r[6] for r in groups["产出"]], [a_gr] + [row_view(r) for r in groups["产出"]])
    t.total("效益小计", f(gs["效益"]), [r[6] for r in groups["效益"]], [a_gr] + [row_view(r) for r in groups["效益"]])
    M.append(("h", "四、存在的问题及原因"))
    M.append(("p", "一是研发后补助企业数未达目标，反映出部分企业研发费用归集不规范；二是技术合同成交额未达预期，技术经纪服务力量薄弱；"
                   "三是个别创新平台建成后运行经费保障不足，持续运营存在压力。"))
    M.append(("h", "五、下一步改进措施"))
    M.append(("p", "（一）联合税务部门开展研发费用归集辅导，提高企业申报质量；（二）培育技术经纪人队伍，推动高校院所成果在县内转化；"
                   "（三）建立创新平台年度绩效考核制度，将考核结果与后续支持挂钩；（四）将本次自评结果应用于2025年度专项资金分配。"))
    M.append(("sign", ["澴川县科学技术局", "2025年4月15日"]))
    t.dated("报告日期晚于年度终了", datetime.date(2025, 4, 15), datetime.date(2024, 12, 31),
            ["澴川县科学技术局2025年4月15日", "截至2024年12月31日，资金全部到位"])
    t.holds("发布日期不早于落款", datetime.date(2025, 4, 18) >= datetime.date(2025, 4, 15), "2025-04-18 >= 2025-04-15",
            ["发布日期：2025-04-18"])
    t.fact(budget=f(bud), spent=f(out), exec_rate=f(rate), total_score=f(total), prov_share=f(sh_prov),
           **{"score_" + k: f(v) for k, v in gs.items()})
    return M, t


CSS = """body{font:15px/1.85 "PingFang SC","Microsoft YaHei",sans-serif;background:#f4f4f4}
.wrap{width:1000px;margin:0 auto;background:#fff;padding:30px 50px}h1{font-size:22px;text-align:center;color:#1d4f91}
.meta{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
h3{font-size:16px;margin:16px 0 4px}p{text-indent:2em;margin:4px 0}table{border-collapse:collapse;width:100%;font-size:13px}
th{background:#e8eef7}td,th{border:1px solid #7a8ca5;padding:3px 5px;text-align:center}td.l{text-align:left}
caption{font-weight:bold;font-size:15px;padding:8px}.sign{text-align:right;margin-top:30px;line-height:2}"""


def render(M, path):
    e = html.escape
    o = ["<!DOCTYPE html>", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
         "<title>%s</title>" % e(M[0][1]), "<style>%s</style></head><body><div class=\"wrap\">" % CSS]
    for b in M:
        if b[0] == "title":
            o.append("<h1>%s</h1>" % e(b[1]))
        elif b[0] == "meta":
            o.append("<div class=\"meta\">%s</div>" % e(b[1]))
        elif b[0] == "h":
            o.append("<h3>%s</h3>" % e(b[1]))
        elif b[0] == "p":
            o.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "table":
            o.append("<table>")
            o.append("<caption>%s</caption>" % e(b[1]))
            for i, r in enumerate(b[2]):
                cells = []
                for j, c in enumerate(r):
                    if c is None:
                        continue
                    tag = "th" if i == 0 else "td"
                    if isinstance(c, dict):
                        attrs = ""
                        if c.get("rs", 1) > 1:
                            attrs += " rowspan=\"%d\"" % c["rs"]
                        if c.get("cs", 1) > 1:
                            attrs += " colspan=\"%d\"" % c["cs"]
                        cells.append("<%s%s>%s</%s>" % (tag, attrs, e(c["t"]), tag))
                    else:
                        cls = " class=\"l\"" if j in (2, 7) and i > 0 else ""
                        cells.append("<%s%s>%s</%s>" % (tag, cls, e(c), tag))
                o.append("<tr>" + "".join(cells) + "</tr>")
            o.append("</table>")
        elif b[0] == "sign":
            o.append("<div class=\"sign\">%s</div>" % "<br>".join(e(x) for x in b[1]))
    o.append("</div></body></html>")
    write(path, "\n".join(o) + "\n")


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
