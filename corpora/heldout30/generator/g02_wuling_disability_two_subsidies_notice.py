"""t02 — 浙江省婺岭县残疾人联合会 2024年度困难残疾人生活补贴和重度残疾人护理补贴发放情况公示 (.html)"""
import sys
from lk30 import D, F, q, pct, Ledger, T, run

NAME = 't02_wuling_disability_two_subsidies_notice_2024.html'

STD = {'A': 230, 'B': 150, 'C': 200, 'E': 150}  # 元/人·月
# 乡镇: 人次 A (低保重度), B (其他困难), C (护理一级), E (护理二级); 年末人数 生活, 护理
TOWNS = [
    ('城东街道', 1392, 1786, 2014, 2261, 260, 358),
    ('城西街道', 1248, 1597, 1826, 2043, 234, 324),
    ('溪口镇', 1163, 1452, 1708, 1902, 218, 303),
    ('双岩镇', 1087, 1394, 1561, 1748, 203, 278),
    ('桐坞镇', 986, 1238, 1420, 1587, 184, 252),
    ('塘头镇', 1034, 1305, 1482, 1660, 194, 264),
    ('茶园乡', 872, 1093, 1268, 1421, 163, 225),
    ('岭下乡', 1011, 1306, 1497, 1687, 190, 268),
    ('大畈乡', None, None, None, None, None, None),  # balancing row
]
TOT = {'A': 9846, 'B': 12372, 'C': 14208, 'E': 15930}
END = {'A': 820, 'B': 1022, 'C': 1186, 'E': 1345}


def build():
    L = Ledger(NAME)
    towns = [list(t) for t in TOWNS]
    last = towns[-1]
    for k, idx in (('A', 1), ('B', 2), ('C', 3), ('E', 4)):
        last[idx] = TOT[k] - sum(t[idx] for t in towns[:-1])
    end_live = END['A'] + END['B']
    end_care = END['C'] + END['E']
    last[5] = end_live - sum(t[5] for t in towns[:-1])
    last[6] = end_care - sum(t[6] for t in towns[:-1])
    assert all(x > 0 for x in last[1:]), last
    amt = {k: TOT[k] * STD[k] for k in TOT}
    live = amt['A'] + amt['B']
    care = amt['C'] + amt['E']
    total = live + care
    rows = []
    for t in towns:
        lv = t[1] * STD['A'] + t[2] * STD['B']
        cr = t[3] * STD['C'] + t[4] * STD['E']
        rows.append((t[0], t[5], lv, t[6], cr, lv + cr))
    wan = q(D(total) / 10000)
    live_w, care_w = q(D(live) / 10000), q(D(care) / 10000)
    prev_w = D('886.42')
    g = pct(wan - prev_w, prev_w)
    prov = D('412.60')
    county = wan - prov
    s_prov, s_cty = pct(prov, wan), pct(county, wan)
    assert s_prov + s_cty == 100
    begin_live, new_live, out_live = 1796, 213, None
    out_live = begin_live + new_live - end_live
    begin_care, new_care = 2468, 298
    out_care = begin_care + new_care - end_care
    both = 638
    n_towns = len(towns)
    cert, cert12, visit, stop, days = 14862, 2608, 1126, 47, 5
    cov = pct(end_care, cert12)
    sh_live = pct(live_w, wan)
    sh_care = pct(care_w, wan)
    assert sh_live + sh_care == 100
    n0 = lambda x: F(x, 0)

    B = [
        ['TITLE', '婺岭县2024年度困难残疾人生活补贴和重度残疾人护理补贴发放情况公示'],
        ['P', '根据《浙江省困难残疾人生活补贴和重度残疾人护理补贴制度实施办法》和县民政局、县财政局、县残联关于调整'
              '残疾人两项补贴标准的通知要求，为接受社会监督，确保补贴资金发放公开、公平、公正，现将我县2024年度困难残疾人'
              '生活补贴和重度残疾人护理补贴（以下简称“两项补贴”）发放情况公示如下：'],
        ['H1', '一、补贴标准'],
        ['P', f"2024年，我县困难残疾人生活补贴标准为：低保家庭中的重度残疾人每人每月{STD['A']}元，其他困难残疾人每人"
              f"每月{STD['B']}元；重度残疾人护理补贴标准为：一级残疾人每人每月{STD['C']}元，二级残疾人每人每月{STD['E']}元。"
              f"两项补贴均按月通过社会保障卡发放到补贴对象本人账户，每月15日前发放到位。"],
        ['H1', '二、补贴对象情况'],
        ['P', f"截至2024年12月31日，全县在册享受困难残疾人生活补贴{n0(end_live)}人，其中低保家庭重度残疾人{n0(END['A'])}人、"
              f"其他困难残疾人{n0(END['B'])}人；享受重度残疾人护理补贴{n0(end_care)}人，其中一级残疾人{n0(END['C'])}人、"
              f"二级残疾人{n0(END['E'])}人。同时享受两项补贴的{both}人。"],
        ['P', f"全年动态管理情况：生活补贴年初在册{n0(begin_live)}人，全年新增{new_live}人，因死亡、迁出、家庭经济状况"
              f"好转等原因退出{out_live}人；护理补贴年初在册{n0(begin_care)}人，全年新增{new_care}人，退出{out_care}人。"],
        ['H1', '三、资金发放情况'],
        ['P', f"2024年1—12月，全县累计发放两项补贴资金{F(total, 0)}元（{F(wan)}万元），比上年的{F(prev_w)}万元增长"
              f"{F(g)}%。其中：困难残疾人生活补贴{F(live, 0)}元，占{F(sh_live)}%；重度残疾人护理补贴{F(care, 0)}元，"
              f"占{F(sh_care)}%。"],
        ['P', f"分类别看，低保家庭重度残疾人生活补贴发放{n0(TOT['A'])}人次，计{F(amt['A'], 0)}元；其他困难残疾人生活补贴发放"
              f"{n0(TOT['B'])}人次，计{F(amt['B'], 0)}元；一级护理补贴发放{n0(TOT['C'])}人次，计{F(amt['C'], 0)}元；二级护理补贴"
              f"发放{n0(TOT['E'])}人次，计{F(amt['E'], 0)}元。"],
        ['P', f"从资金来源看，省级财政补助{F(prov)}万元，占{F(s_prov)}%；县级财政安排{F(county)}万元，占{F(s_cty)}%。"
              f"资金已全部拨付到位，无滞留、挪用情况。各乡镇（街道）发放情况见下表。"],
        T(f'婺岭县2024年度两项补贴分乡镇（街道）发放情况表',
          [['乡镇（街道）', '生活补贴年末人数（人）', '生活补贴发放金额（元）', '护理补贴年末人数（人）',
            '护理补贴发放金额（元）', '发放金额合计（元）']],
          [[r[0], n0(r[1]), F(r[2], 0), n0(r[3]), F(r[4], 0), F(r[5], 0)] for r in rows] +
          [['合计', n0(end_live), F(live, 0), n0(end_care), F(care, 0), F(total, 0)]]),
        ['H1', '四、动态管理和服务情况'],
        ['P', f"全县现有持证残疾人{n0(cert)}人，其中一、二级重度残疾人{n0(cert12)}人。享受护理补贴的{n0(end_care)}人占一、二级"
              f"持证残疾人的{F(cov)}%，未享受的{cert12 - end_care}人主要为在福利机构集中供养或已享受工伤保险生活护理费等"
              f"同类待遇的人员。"],
        ['P', f"全年组织乡镇（街道）残联、村（社区）残协入户核查{n0(visit)}户，结合民政、公安、医保等部门数据开展季度比对，"
              f"核查发现不再符合条件的{stop}人已及时停发（计入上述退出人数）。两项补贴申请纳入“残疾人服务一件事”联办，"
              f"新申请对象从受理到首次发放平均用时缩短至{days}个工作日。"],
        ['H1', '五、公示及监督'],
        ['P', f"本次公示涉及全县{n_towns}个乡镇（街道），公示期为2025年1月10日至1月16日。公示期间，如对补贴对象资格、"
              f"发放金额有异议，可向所在乡镇（街道）残联或县残联反映。"],
        ['P', '监督电话：县残联0579-86215730，县民政局0579-86213312。'],
        ['BLANK'],
        ['RIGHT', '婺岭县残疾人联合会'],
        ['RIGHT', '2025年1月10日'],
    ]

    L.fact('两项补贴 元', F(total, 0)); L.fact('万元', F(wan)); L.fact('date', '2025年1月10日')
    for k, lab in (('A', '低保重度 生活补贴'), ('B', '其他困难 生活补贴'), ('C', '一级 护理补贴'), ('E', '二级 护理补贴')):
        L.prod(f'{lab} = 人次 x 标准', F(amt[k], 0), [n0(TOT[k]), str(STD[k])])
    L.sum('生活补贴 = 两类之和', F(live, 0), [F(amt['A'], 0), F(amt['B'], 0)])
    L.sum('护理补贴 = 两级之和', F(care, 0), [F(amt['C'], 0), F(amt['E'], 0)])
    L.sum('两项补贴 合计（元）', F(total, 0), [F(live, 0), F(care, 0)])
    L.conv('合计 元 -> 万元', F(wan), F(total, 0), 10000)
    L.growth('两项补贴 同比增长', F(g), F(wan), F(prev_w), '增长')
    L.rate('生活补贴 占比', F(sh_live), F(live, 0), F(total, 0))
    L.rate('护理补贴 占比', F(sh_care), F(care, 0), F(total, 0))
    L.sum('资金来源 省级 + 县级 = 合计', F(wan), [F(prov), F(county)])
    L.rate('省级 占比', F(s_prov), F(prov), F(wan))
    L.rate('县级 占比', F(s_cty), F(county), F(wan))
    L.sum('生活补贴 年末人数 = 两类之和', n0(end_live), [n0(END['A']), n0(END['B'])])
    L.sum('护理补贴 年末人数 = 两级之和', n0(end_care), [n0(END['C']), n0(END['E'])])
    L.signed_sum('生活补贴 年末 = 年初 + 新增 - 退出', n0(end_live), [('+', n0(begin_live)), ('+', str(new_live)),
                                                           ('-', str(out_live))])
    L.signed_sum('护理补贴 年末 = 年初 + 新增 - 退出', n0(end_care), [('+', n0(begin_care)), ('+', str(new_care)),
                                                           ('-', str(out_care))])
    L.le('同时享受两项补贴人数 <= 较小一项', str(both), n0(min(end_live, end_care)))
    for k in TOT:
        L.check(f'人次/12 与年末人数相近 ({k})', abs(D(TOT[k]) / 12 - END[k]) < 30, f"{TOT[k]}/12 vs {END[k]}")
    L.sum('表 生活补贴年末人数合计', n0(end_live), [n0(r[1]) for r in rows])
    L.sum('表 生活补贴金额合计', F(live, 0), [F(r[2], 0) for r in rows])
    L.sum('表 护理补贴年末人数合计', n0(end_care), [n0(r[3]) for r in rows])
    L.sum('表 护理补贴金额合计', F(care, 0), [F(r[4], 0) for r in rows])
    L.sum('表 发放金额合计列合计', F(total, 0), [F(r[5], 0) for r in rows])
    for r in rows:
        L.sum(f'表 {r[0]} 合计 = 生活 + 护理', F(r[5], 0), [F(r[2], 0), F(r[4], 0)])
    L.rate('护理补贴 占一二级持证残疾人', F(cov), n0(end_care), n0(cert12))
    L.diff('未享受护理补贴人数', str(cert12 - end_care), n0(cert12), n0(end_care))
    L.le('一二级持证 <= 持证残疾人总数', n0(cert12), n0(cert))
    L.check('核查停发人数 <= 两项退出人数之和', stop <= out_live + out_care, f"{stop} <= {out_live} + {out_care}",
            [str(stop), str(out_live), str(out_care)])
    L.count('公示涉及乡镇（街道）数 = 表行数', str(n_towns), [r[0] for r in rows])
    L.check('公示期 2025-01-10..2025-01-16', True, '7 days (1月10日至1月16日)')
    L.dated('公示日期在2024年度结束之后', '2025年1月10日', (2025, 1, 10))
    L.anchor('截至2024年12月31日', '2024年1—12月')
    return B, L


CHROME = dict(site='婺岭县人民政府', nav=['首页', '政务动态', '信息公开', '政务服务', '互动交流', '走进婺岭'],
              crumbs=['首页', '信息公开', '县残联', '通知公告'], source='县残联', pubdate='2025-01-10 16:42',
              views='1486', footer='主办：婺岭县人民政府办公室　承办：婺岭县大数据发展中心　浙ICP备0000000号')

if __name__ == '__main__':
    run(NAME, build, sys.argv[1] if len(sys.argv) > 1 else None, chrome=CHROME)
