from lib50 import *
NAME = 't04_loushan_county_rural_passenger_transport_bus_transformation_subsidy_public_notice_2024.html'

def build():
    L = Ledger(); M = []
    docno = '耧交运〔2025〕8号'; date = '2025年2月8日'; phone = '0736-3940582'
    L.anchor('文号', docno); L.anchor('电话', phone); L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    std_new, std_km = D('6.00'), D('1.20')
    lines = [('1路', '县城—耧东镇', 8, 4, '52.40', '58.36'), ('2路', '县城—西耧镇', 6, 3, '41.25', '44.70'),
             ('3路', '县城—耧北乡', 5, 2, '34.80', '35.28'), ('4路', '县城—耧南乡', 4, 2, '27.65', '27.91'),
             ('5路', '耧东镇—耧北乡', 3, 1, '19.35', '20.17')]
    hdr = ['线路', '起讫点', '车辆（辆）', '其中新增车辆', '运营里程（万公里）', '客运量（万人次）', '车辆更新补贴', '运营补贴', '补贴合计']
    rows = [hdr]; tv = tn = 0; tk = tp = tu = to = tt = D(0)
    for ln, od, v, n, km, pas in lines:
        km, pas = D(km), D(pas); upd = std_new * n; opr = q(km * std_km, 2); t = upd + opr
        L.add(f'{ln} 更新补贴=新增×6', 'prod', a=I(n), b=F(std_new), r=F(upd))
        L.add(f'{ln} 运营补贴=里程×1.20', 'prod', a=F(km), b=F(std_km), r=F(opr))
        L.add(f'{ln} 补贴合计', 'sum', total=F(t), parts=[F(upd), F(opr)])
        rows.append([ln, od, I(v), I(n), F(km), F(pas), F(upd), F(opr), F(t)])
        tv += v; tn += n; tk += km; tp += pas; tu += upd; to += opr; tt += t
    rows.append(['合计', '', I(tv), I(tn), F(tk), F(tp), F(tu), F(to), F(tt)])
    for ci, nm in ((2, '车辆'), (3, '新增车辆'), (4, '里程'), (5, '客运量'), (6, '更新补贴'), (7, '运营补贴'), (8, '补贴合计')):
        L.add(f'表 {nm} 列合计', 'sum', total=rows[-1][ci], parts=[r[ci] for r in rows[1:-1]])
    L.add('合计行 横向', 'sum', total=F(tt), parts=[F(tu), F(to)])
    cos = ['耧山县城乡公共交通有限公司', '耧山县通耧客运有限公司']
    L.add('运营企业2家', 'count', n='2', items=cos)
    c1 = sum(D(r[8].replace(',', '')) for r in rows[1:4]); c2 = sum(D(r[8].replace(',', '')) for r in rows[4:6])
    L.add('企业补贴合计', 'sum', total=F(tt), parts=[F(c1), F(c2)])
    L.add('企业一 线路1-3', 'sum', total=F(c1), parts=[r[8] for r in rows[1:4]])
    avg_v = P(tt / tv); L.add('平均每辆车补贴', 'ratio', num=F(tt), den=I(tv), r=avg_v, scale='1')
    avg_l = P(tt / 5); L.add('平均每条线路补贴', 'ratio', num=F(tt), den='5', r=avg_l, scale='1')
    pprev = D('142.60'); gp = P((tp - pprev) / pprev * 100)
    L.add('客运量增长', 'growth', cur=F(tp), prev=F(pprev), d=F(tp - pprev), rate=gp, word='增')
    daily = I(q(tp * 10000 / 366, 0)); L.add('日均客运量（366天）', 'ratio', num=F(tp), den='366', r=daily, scale='10000')
    vil, allv = D(68), D(72); vr = P(vil / allv * 100); L.add('建制村通公交率', 'ratio', num=I(vil), den=I(allv), r=vr)
    pvr = D('80.56'); L.add('通公交率提高', 'pp', cur=vr, prev=P(pvr), d=P(D(vr) - pvr), word='升')
    nsh = P(D(tn) / D(tv) * 100); L.add('新增车辆占比', 'ratio', num=I(tn), den=I(tv), r=nsh)
    L.add('票价下降', 'growth', cur='2.00', prev='5.50', d='3.50', word='减')

    M += [('title', '耧山县2024年度农村客运公交化改造补贴资金公示'),
          ('sub', docno), ('p',
        '根据县交通运输局、县财政局《农村客运公交化改造补贴资金管理办法》，经企业申报、乡镇核实、部门审核，现将2024年度农村客运公交化改造补贴资金分配情况公示如下。'),
          ('h', '一、改造及补贴标准'), ('p',
        f'2024年全县完成5条农村客运线路公交化改造，统一票价由原平均每人次5.50元降为2.00元，减少3.50元。补贴分两项：车辆更新补贴按每辆新增纯电动公交车{F(std_new)}万元核定；'
        f'运营补贴按公交化运营里程每公里{P(std_km)}元核定。'),
          ('h', '二、补贴资金分配'), ('p',
        f'经审核，全年核定补贴资金{F(tt)}万元，其中车辆更新补贴{F(tu)}万元、运营补贴{F(to)}万元，涉及车辆{I(tv)}辆（新增车辆{I(tn)}辆，占{nsh}%）。'
        f'平均每辆车补贴{avg_v}万元，平均每条线路补贴{avg_l}万元。'),
          ('cap', '2024年度农村客运公交化改造补贴资金分配表（金额单位：万元）'), ('table', rows), ('p',
        f'承担运营的企业2家，即耧山县城乡公共交通有限公司（1路至3路）和耧山县通耧客运有限公司（4路、5路），分别核定补贴{F(c1)}万元和{F(c2)}万元。'),
          ('h', '三、改造成效'), ('p',
        f'改造线路全年客运量{F(tp)}万人次，较改造前上年的{F(pprev)}万人次增加{F(tp-pprev)}万人次，增幅{gp}%；按全年366天计算，日均运送旅客{daily}人次。'
        f'全县{I(allv)}个建制村中已有{I(vil)}个通公交，通公交率{vr}%，比上年提高{P(D(vr)-pvr)}个百分点（上年为{P(pvr)}%）。'),
          ('h', '四、公示期限及监督'), ('p',
        f'公示期为2025年2月10日至2月16日，共7天。对公示内容有异议的，请在公示期内以书面形式向县交通运输局反映，监督电话：{phone}。'
        '公示期满无异议的，补贴资金于2025年3月底前拨付到企业。'),
          ('sign', '耧山县交通运输局　耧山县财政局'), ('sign', date)]
    meta = {'format': 'html', 'name': NAME, 'date': date, 'docno': docno, 'site': '耧山县人民政府门户网站',
            'crumb': '首页 > 政务公开 > 财政信息 > 资金公示', 'issuer': '耧山县交通运输局'}
    return M, L, meta
