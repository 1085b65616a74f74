"""t01 溍阳县体育局 2024年度县本级体育彩票公益金使用情况公告 (portal html)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't01_jinyang_county_sports_lottery_public_welfare_fund_use_announcement_2024'
FMT = 'html'
EXT = 'html'
FY = 2024


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    carry, up, own, own0 = D('86.40'), D('312.00'), D('147.60'), D('138.25')
    cats = [  # name, 安排, 支出
        ('全民健身设施建设', D('236.00'), D('228.46')),
        ('青少年体育活动', D('84.00'), D('80.12')),
        ('群众体育赛事', D('72.00'), D('70.35')),
        ('公共体育场馆免费低收费开放', D('96.00'), D('96.00')),
        ('社会体育指导员培训', D('18.00'), D('15.84')),
        ('老年人体育活动', D('40.00'), D('38.61')),
    ]
    spend0 = D('498.72')
    path_n, path_vil, path_park, path_unit = 42, 35, 7, D('2.80')
    court_n, court_amt = 3, D('110.86')
    ev_n, ev_cnty, ev_town, ev_ppl = 17, 6, 11, 12480
    visits, days = D('48.60'), 366
    trn_n, trn_l2, trn_l1 = 320, 260, 60
    grass = D('311.27')
    ex_rate, ex_rate0 = D('38.60'), D('37.20')
    area, area0 = D('2.46'), D('2.34')
    youth = 9860
    # ---- derived
    total = carry + up + own
    arr_t = sum(c[1] for c in cats)
    sp_t = sum(c[2] for c in cats)
    assert arr_t == total
    path_amt = path_unit * path_n
    assert path_amt + court_amt == cats[0][2]
    bal = total - sp_t

    site = dict(page_title='溍阳县体育局2024年度县本级体育彩票公益金使用情况公告',
                site='溍阳县人民政府门户网站', nav=['首页', '政务公开', '政务服务', '互动交流', '走进溍阳'],
                crumb='当前位置：首页 > 政务公开 > 财政资金信息 > 专项资金',
                meta='发布机构：溍阳县体育局　发布日期：2025-03-18　浏览次数：',
                footer='主办：溍阳县人民政府办公室　联系电话：0794-6218375')
    d.meta.update(site=site)

    d.title('溍阳县体育局2024年度县本级体育彩票公益金使用情况公告')
    d.center(v('docno', '溍体〔2025〕7号'))
    d.p('根据彩票公益金使用管理和信息公开的有关规定，现将2024年度县本级体育彩票公益金筹集、分配和使用情况公告如下。')
    d.h('一、资金来源')
    d.p('2024年度县本级可使用体育彩票公益金%s万元，包括：上年结转%s万元，上级下达补助%s万元，县级留成%s万元。'
        '县级留成比2023年的%s万元多%s万元，增长%s%%。全年全县体育彩票销售额为1.86亿元。' % (
            v('tot_a', F(total)), v('carry', F(carry)), v('up', F(up)), v('own', F(own)),
            v('own0', F(own0)), v('own_d', F(own - own0)), v('own_r', P((own - own0) / own0 * 100))))
    L.sum('可使用资金=结转+上级补助+县级留成', 'tot_a', ['carry', 'up', 'own'])
    L.growth('县级留成增长', 'own', 'own0', 'own_d', 'own_r', 1)
    d.p('上级补助占可使用资金的%s%%。' % v('up_sh', P(up / total * 100)))
    L.ratio('上级补助占比', 'up_sh', 'up', 'tot_a')

    d.h('二、资金分配和支出情况')
    d.p('全部资金按%s个类别安排，即%s。全年实际支出%s万元，执行率%s%%；比2023年度的%s万元多支出%s万元，增幅%s%%。' % (
        v('ncat', '6'), '、'.join(c[0] for c in cats), v('sp_a', F(sp_t)), v('ex_a', P(sp_t / total * 100)),
        v('sp0', F(spend0)), v('sp_d', F(sp_t - spend0)), v('sp_r', P((sp_t - spend0) / spend0 * 100))))
    L.count('资金类别数', 'ncat', [c[0] for c in cats])
    L.ratio('总执行率', 'ex_a', 'sp_a', 'tot_a')
    L.growth('支出增长', 'sp_a', 'sp0', 'sp_d', 'sp_r', 1)
    rows = []
    for i, (nm, a, s) in enumerate(cats, 1):
        rows.append([nm, v('arr%d' % i, F(a)), v('sp%d' % i, F(s)), v('cf%d' % i, F(a - s)), v('er%d' % i, P(s / a * 100))])
        L.diff('表1 %s 结转=安排-支出' % nm, 'cf%d' % i, 'arr%d' % i, 'sp%d' % i)
        L.ratio('表1 %s 执行率' % nm, 'er%d' % i, 'sp%d' % i, 'arr%d' % i)
    rows.append(['合计', v('arr_t', F(arr_t)), v('sp_t', F(sp_t)), v('cf_t', F(total - sp_t)), v('er_t', P(sp_t / arr_t * 100))])
    n = len(cats)
    L.sum('表1 安排列合计', 'arr_t', ['arr%d' % i for i in range(1, n + 1)])
    L.sum('表1 支出列合计', 'sp_t', ['sp%d' % i for i in range(1, n + 1)])
    L.sum('表1 结转列合计', 'cf_t', ['cf%d' % i for i in range(1, n + 1)])
    L.ratio('表1 合计执行率', 'er_t', 'sp_t', 'arr_t')
    L.same('合计执行率与正文一致', ['er_t', 'ex_a'])
    L.same('支出合计与正文一致', ['sp_t', 'sp_a'])
    L.same('安排合计=可使用资金', ['arr_t', 'tot_a'])
    d.table('表1　2024年度县本级体育彩票公益金分配及支出情况', '金额单位：万元',
            ['使用类别', '安排金额', '实际支出', '结转下年', '执行率（%）'], rows)
    d.p('从支出结构看，支出额最大的是全民健身设施建设，占支出总额的%s%%；用于乡镇（街道）和村（社区）的资金%s万元，占%s%%。' % (
        v('c1_sh', P(cats[0][2] / sp_t * 100)), v('grass', F(grass)), v('grass_sh', P(grass / sp_t * 100))))
    L.ratio('全民健身设施占支出比重', 'c1_sh', 'sp1', 'sp_t')
    L.maxof('全民健身设施为最大支出项', 'sp1', ['sp%d' % i for i in range(1, n + 1)])
    L.ratio('基层资金占比', 'grass_sh', 'grass', 'sp_t')

    d.h('三、主要项目实施情况')
    d.p('（一）全民健身设施。新建和更新健身路径%s套，其中村（社区）%s套、城区公园%s套，共支出%s万元，平均每套%s万元；'
        '建成笼式多功能运动场%s片，即溍东镇中心小学旁、溍西乡集镇、城关街道溪畔社区，支出%s万元，平均每片%s万元。' % (
            v('path_n', I(path_n)), v('path_v', I(path_vil)), v('path_p', I(path_park)), v('path_amt', F(path_amt)),
            v('path_u', F(path_unit)), v('court_n', I(court_n)), v('court_amt', F(court_amt)), v('court_u', F(court_amt / court_n))))
    L.sum('健身路径=村+公园', 'path_n', ['path_v', 'path_p'])
    L.ratio('平均每套', 'path_u', 'path_amt', 'path_n', '=1')
    L.count('运动场片数', 'court_n', ['溍东镇中心小学旁', '溍西乡集镇', '城关街道溪畔社区'])
    L.ratio('平均每片', 'court_u', 'court_amt', 'court_n', '=1')
    L.sum('设施建设支出=健身路径+运动场', 'sp1', ['path_amt', 'court_amt'])
    d.p('（二）青少年和群众体育。开展青少年体育冬夏令营、校园足球联赛等活动，参与学生%s人次。举办各类赛事%s项，其中县级%s项、乡镇级%s项，'
        '参赛群众%s人次，场均%s人次。' % (
            v('youth', I(youth)), v('ev_n', I(ev_n)), v('ev_c', I(ev_cnty)), v('ev_t', I(ev_town)),
            v('ev_p', I(ev_ppl)), v('ev_avg', F(D(ev_ppl) / ev_n))))
    L.sum('赛事=县级+乡镇级', 'ev_n', ['ev_c', 'ev_t'])
    L.ratio('场均参赛人次', 'ev_avg', 'ev_p', 'ev_n', '=1')
    d.p('（三）场馆开放。县全民健身中心全年开放%s天，累计接待健身群众%s万人次，日均%s人次。' % (
        v('days', str(days)), v('visits', F(visits)), v('daily', I(q(visits * 10000 / days, 0)))))
    L.ratio('日均接待（按366天）', 'daily', 'visits', 'days', '=10000')
    d.p('（四）指导员培训。培训社会体育指导员%s人，其中二级%s人、一级%s人，人均培训费%s元。' % (
        v('trn', I(trn_n)), v('trn2', I(trn_l2)), v('trn1', I(trn_l1)), v('trn_pc', F(cats[4][2] * 10000 / trn_n))))
    L.sum('指导员=二级+一级', 'trn', ['trn2', 'trn1'])
    L.ratio('人均培训费', 'trn_pc', 'sp5', 'trn', '=10000')

    d.h('四、使用效果')
    d.p('全县经常参加体育锻炼人口比例由上年的%s%%提高到%s%%，提高%s个百分点；人均体育场地面积%s平方米，比上年末增加%s平方米（上年末为%s平方米）。' % (
        v('exr0', P(ex_rate0)), v('exr', P(ex_rate)), v('exr_pp', P(ex_rate - ex_rate0)),
        v('area', F(area)), v('area_d', F(area - area0)), v('area0', F(area0))))
    L.pp('锻炼人口比例提高', 'exr', 'exr0', 'exr_pp', 1)
    L.diff('场地面积增加', 'area_d', 'area', 'area0')
    d.h('五、结转资金')
    d.p('年末结转资金%s万元，将于2025年6月底前按原用途使用完毕。对本公告如有疑问，请致电县体育局计划财务股：0794-6218306。' % v('bal', F(bal)))
    L.diff('结转=可使用-支出', 'bal', 'tot_a', 'sp_a')
    L.same('结转与表1一致', ['bal', 'cf_t'])
    d.sign('溍阳县体育局', v('date', '2025年3月18日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '溍体〔2025〕7号')
    L.anchor('电话', '0794-6218306')
    d.meta.update(date=d.v['date'], docno=d.v['docno'])
    if strict:
        L.run()
    return d
