# -*- coding: utf-8 -*-
"""t04 鄂滢市财政局 2024年度市级政府采购情况说明 (portal .html)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk31 import D, q, F, I, Ledger, T, run, shares

NAME = 't04_eying_government_procurement_2024.html'
TITLE = '鄂滢市2024年度市级政府采购情况说明'

CHROME = {
    'head': '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%s - 鄂滢市财政局</title>
<style>
body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f4f4f4}
.top{background:#b71c1c;color:#fff;padding:14px 40px;font-size:22px}
.nav a{color:#fff;margin-right:18px;text-decoration:none}
.nav{background:#8e1616;padding:8px 40px}
.wrap{width:960px;margin:16px auto;background:#fff;padding:24px 40px}
.crumb{font-size:13px;color:#666}
.meta{font-size:13px;color:#888;text-align:center;border-bottom:1px solid #ddd;padding-bottom:8px}
table.data{border-collapse:collapse;width:100%%;font-size:14px}
table.data td,table.data th{border:1px solid #999;padding:4px 6px}
.tcap{text-align:center;font-weight:bold}.tunit{text-align:right;font-size:13px}
.foot{font-size:12px;color:#666;text-align:center;padding:16px}
</style>
</head>
<body>
<div class="top">鄂滢市财政局</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/czsj/">财政数据</a><a href="/zfcg/">政府采购</a><a href="/hdjl/">互动交流</a></div>
<div class="wrap">
<div class="crumb">当前位置：首页 &gt; 政府采购 &gt; 监管信息</div>
''' % TITLE,
    'tail': '''
<div class="share">分享到：微信 微博</div>
</div>
<div class="foot">
<p>主办：鄂滢市财政局　地址：鄂滢市滢湖大道188号　邮编：436900</p>
<p>网站标识码：4290000017　鄂ICP备05021347号</p>
</div>
</body>
</html>
'''}


def build():
    L = Ledger(NAME)
    ys = '138,652.40'
    sj = '126,318.75'
    jy = F(D(ys) - D(sj))
    jyl = F(D(jy) / D(ys) * 100)
    yi = F(D(sj) / 10000)
    sj0 = '117,524.63'
    g = F((D(sj) - D(sj0)) / D(sj0) * 100)
    cat = [('货物类', '38,426.17'), ('工程类', '61,205.39')]
    cat.append(('服务类', F(D(sj) - sum(D(c[1]) for c in cat))))
    csh = [F(x) for x in shares([c[1] for c in cat], sj)]
    assert sum(D(x) for x in csh) == 100, csh
    cat0 = ['35,128.44', '56,019.82', '26,376.37']
    assert sum(D(x) for x in cat0) == D(sj0)
    meth = [('公开招标', 412, '83,615.27'), ('邀请招标', 6, '1,208.50'), ('竞争性谈判', 38, '4,126.83'),
            ('竞争性磋商', 297, '21,394.62'), ('询价', 64, '1,873.40'), ('单一来源采购', 17, '3,265.18')]
    meth.append(('框架协议采购', 826, F(D(sj) - sum(D(m[2]) for m in meth))))
    msh = [F(x) for x in shares([m[2] for m in meth], sj)]
    assert sum(D(x) for x in msh) == 100, msh
    n_xm = sum(m[1] for m in meth)
    zx, xw = '95,362.84', '61,027.35'
    zx_sh = F(D(zx) / D(sj) * 100)
    xw_sh = F(D(xw) / D(zx) * 100)
    zx_sh0 = '73.86'
    zx_pp = F(D(zx_sh) - D(zx_sh0))
    yl_n, yl_ys, yl_amt = 143, '58,740.00', '36,208.52'
    yl_sh = F(D(yl_amt) / D(yl_ys) * 100)
    dk_n, dk_amt = 27, '3,862.00'
    dk_avg = F(D(dk_amt) / dk_n)
    ds_n, ds_amt = 6532, '4,318.26'
    ds_avg = I(D(ds_amt) * 10000 / ds_n)
    zy_n, ts = 86, [('驳回', 4), ('责令改正', 2), ('申请人撤回', 1)]
    ts_n = sum(t[1] for t in ts)
    zy_dy = 79
    yx_n, dl_n, dl_wt = 1284, 12, 23
    zy_rate = F(D(zy_dy) / zy_n * 100)

    B = [('TITLE', TITLE),
         ('PLAIN', '信息来源：鄂滢市财政局政府采购监督管理科　　发布时间：2025-03-14 10:25　　浏览次数：2173'),
         ('P', '根据《中华人民共和国政府采购法》及其实施条例和政府采购信息统计有关规定，现将2024年度市级政府采购情况说明如下：'),
         ('H1', '一、总体情况'),
         ('P', '2024年，全市市级政府采购预算金额%s万元，实际采购金额%s万元（约%s亿元），节约财政资金%s万元，资金节约率%s%%。'
               '实际采购金额比上年的%s万元增长%s%%。' % (ys, sj, yi, jy, jyl, sj0, g)),
         ('H1', '二、按采购品目分类情况'),
         ('P', '货物类采购%s万元，占%s%%；工程类采购%s万元，占%s%%；服务类采购%s万元，占%s%%。'
               '工程类采购占比最高，主要是城市更新和老旧小区改造项目集中实施。' % (
                   cat[0][1], csh[0], cat[1][1], csh[1], cat[2][1], csh[2])),
         ]
    rows = []
    for (n, v), s, v0 in zip(cat, csh, cat0):
        gg = (D(v) - D(v0)) / D(v0) * 100
        rows.append([n, v, s, v0, F(gg, 2, True, True)])
    rows.append(['合计', sj, '100.00', sj0, F(D(g), 2, True, True)])
    B.append(T('表1  2024年度市级政府采购规模（按品目）', ['品目', '2024年', '占比（%）', '2023年', '同比（%）'], rows,
               unit='单位：万元'))
    B += [('H1', '三、按采购方式分类情况'),
          ('P', '全年共实施政府采购项目%s个。公开招标仍是主要采购方式，公开招标项目%d个，采购金额%s万元，占实际采购金额的%s%%。'
                '单一来源采购%d个项目均经过审核前公示，采购金额%s万元。各采购方式情况见表2。' % (
                    I(n_xm), meth[0][1], meth[0][2], msh[0], meth[5][1], meth[5][2])),
          ]
    r2 = [[m[0], str(m[1]), m[2], s] for m, s in zip(meth, msh)]
    r2.append(['合计', I(n_xm), sj, '100.00'])
    B.append(T('表2  2024年度市级政府采购方式情况', ['采购方式', '项目数（个）', '采购金额（万元）', '占比（%）'], r2))
    B += [('H1', '四、政府采购支持中小企业情况'),
          ('P', '2024年市级政府采购授予中小企业合同金额%s万元，占实际采购金额的%s%%，比上年的%s%%提高%s个百分点；其中授予小微企业合同金额%s万元，'
                '占授予中小企业合同金额的%s%%。' % (zx, zx_sh, zx_sh0, zx_pp, xw, xw_sh)),
          ('P', '严格落实预留份额政策，对%d个适宜由中小企业提供的采购项目预留采购份额，涉及项目预算%s万元，预留份额%s万元，'
                '预留比例%s%%，高于40%%的政策要求。开展政府采购合同融资（“政采贷”），为%d家中小企业发放贷款%s万元，户均%s万元。' % (
                    yl_n, yl_ys, yl_amt, yl_sh, dk_n, dk_amt, dk_avg)),
          ('P', '通过政府采购电子卖场成交%s笔，成交金额%s万元（已计入框架协议采购），笔均%s元。' % (I(ds_n), ds_amt, ds_avg)),
          ('H1', '五、质疑投诉处理情况'),
          ('P', '2024年，市级政府采购活动中采购人、代理机构共收到质疑%d件，均在法定期限内答复，其中%d件质疑人未再提起投诉，'
                '占%s%%。市财政局共受理投诉%d件，其中：%s。' % (
                    zy_n, zy_dy, zy_rate, ts_n, '，'.join('%s%d件' % t for t in ts))),
          ('H1', '六、监督管理情况'),
          ('P', '全年市级预算单位公开政府采购意向%s条，做到应公开尽公开。对%d家政府采购代理机构开展监督检查，发现问题%d个，已全部督促整改到位。' % (
              I(yx_n), dl_n, dl_wt)),
          ('H1', '七、下一步工作'),
          ('P', '进一步推进政府采购全流程电子化，落实预留份额、价格评审优惠等支持中小企业政策，加强采购代理机构监督检查，'
                '持续优化政府采购营商环境。'),
          ('RIGHT', '鄂滢市财政局'),
          ('RIGHT', '2025年3月14日'),
          ]
    L.fact('实际采购金额', sj)
    L.fact('date', '2025年3月14日')
    L.diff('节约资金 = 预算 - 实际', jy, ys, sj)
    L.rate('节约率', jyl, jy, ys)
    L.conv('实际采购 万元 -> 亿元', yi, sj, 10000)
    L.growth('实际采购 同比增长', '增长', g, sj, sj0)
    L.sum('表1 2024年 合计', sj, [c[1] for c in cat])
    L.sum('表1 2023年 合计', sj0, cat0)
    L.sum('表1 占比 合计 100.00', '100.00', csh)
    for (n, v), s, v0, r in zip(cat, csh, cat0, rows):
        L.rate('%s 占比' % n, s, v, sj)
        gg = r[4].lstrip('+-')
        L.growth('%s 同比' % n, '增长' if D(v) > D(v0) else '下降', gg, v, v0)
    L.sum('表2 项目数 合计', I(n_xm), [str(m[1]) for m in meth])
    L.sum('表2 金额 合计', sj, [m[2] for m in meth])
    L.sum('表2 占比 合计 100.00', '100.00', msh)
    for m, s in zip(meth, msh):
        L.rate('表2 %s 占比' % m[0], s, m[2], sj)
    L.rate('中小企业 占实际采购', zx_sh, zx, sj)
    L.pp('中小企业占比 提高 个百分点', '提高', zx_pp, zx_sh, zx_sh0)
    L.rate('小微企业 占中小企业合同金额', xw_sh, xw, zx)
    L.rate('预留比例', yl_sh, yl_amt, yl_ys)
    L.check('预留比例 > 40%', D(yl_sh) > 40, yl_sh, [yl_sh])
    L.quot('政采贷 户均', dk_avg, dk_amt, str(dk_n))
    L.quot('电子卖场 笔均（元）', ds_avg, ds_amt, I(ds_n), mul=10000)
    L.le('电子卖场 <= 框架协议采购', ds_amt, meth[6][2])
    L.rate('未再投诉质疑占比', zy_rate, str(zy_dy), str(zy_n))
    L.sum('投诉 = 驳回 + 责令改正 + 撤回', str(ts_n), [str(t[1]) for t in ts])
    L.diff('投诉件数 = 质疑 - 未再投诉', str(ts_n), str(zy_n), str(zy_dy))
    L.dated('发布日期晚于报告期末', '2025年3月14日', '2024年12月31日')
    L.anchor('2025-03-14 10:25')
    return B, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    run(NAME, build, out, CHROME)
