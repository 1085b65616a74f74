"""t06 - 贵州省黔榕县机关事务管理局 2024年度县直单位“三公”经费决算及公务用车管理情况 (docx, 元 tables, 保有量)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hk25 import *

NAME = 't06_qianrong_sangong_and_official_vehicles_2024'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), NAME + '.docx')

def build():
    L = Ledger(NAME + '.docx')
    M = []
    Y = lambda x: f(x)          # 元, 2 decimals, separators
    W = lambda x: f(q(D(x) / 10000), 2)   # 万元
    items = [('因公出国（境）费', D('0.00'), D('86420.00'), D('0.00')),
             ('公务用车购置费', D('1156800.00'), D('1200000.00'), D('487600.00')),
             ('公务用车运行维护费', D('3284615.40'), D('3500000.00'), D('3518742.85')),
             ('公务接待费', D('612378.60'), D('700000.00'), D('745916.30'))]
    tot = ssum([a for _, a, _, _ in items]); bud = ssum([b for _, _, b, _ in items]); prev = ssum([c for _, _, _, c in items])
    veh_open, veh_buy, veh_out = 236, 9, 17
    veh_close = veh_open + veh_buy - veh_out
    per_veh = q(items[2][1] / veh_close)
    recep_batches, recep_people = 1184, 9636
    per_batch = q(items[3][1] / recep_batches)
    M.append(TITLE('黔榕县2024年度县直行政事业单位“三公”经费决算及公务用车管理情况报告'))
    M.append(SUB('黔榕县机关事务管理局'))
    M.append(P('根据县财政局关于做好2024年度部门决算公开工作的通知和县委、县政府关于厉行节约反对浪费的有关规定，县机关事务管理局会同县财政局对县直行政事业单位2024年度“三公”经费决算和公务用车管理情况进行了汇总分析。本报告汇总范围为纳入县本级部门决算的62个县直部门及其所属行政事业单位，不含乡镇和县属国有企业。现将有关情况报告如下。'))
    M.append(H1('一、“三公”经费决算总体情况'))
    r = pct(tot, bud); g = growth(tot, prev)
    L.sum('三公 决算合计', Y(tot), [Y(a) for _, a, _, _ in items])
    L.sum('三公 预算合计', Y(bud), [Y(b) for _, _, b, _ in items])
    L.sum('三公 上年合计', Y(prev), [Y(c) for _, _, _, c in items])
    L.rate('三公 决算为预算的', fp(r), Y(tot), Y(bud))
    L.growth('三公 较上年', fp(g), Y(tot), Y(prev), '增长')
    L.same('三公 万元 rounding', W(tot), f(q(tot / 10000), 2))
    M.append(P(f'2024年县直行政事业单位“三公”经费财政拨款支出决算合计{W(tot)}万元，为年初预算{W(bud)}万元的{fp(r)}；较上年决算{W(prev)}万元增长{fp(g)}。增长的主要原因是按计划更新了部分达到报废标准的执法执勤用车，公务用车购置费较上年增加；剔除车辆购置因素后，“三公”经费较上年下降。表1中金额单位为元，本文中金额为万元，按四舍五入保留两位小数。'))
    rows = [['项目', '2024年预算数', '2024年决算数', '2023年决算数', '增减额', '增减率（%）', '占合计比重（%）']]
    shs = []
    for n, a, b, c in items:
        d = a - c
        gr = '—' if c == 0 else f(growth(a, c))
        sh = pct(a, tot); shs.append(sh)
        rows.append([n, Y(b), Y(a), Y(c), Y(d), gr, f(sh)])
        L.diff(f'表1 {n} 增减额', Y(d), Y(a), [Y(c)])
        if c != 0:
            gg = growth(a, c)
            L.growth(f'表1 {n} 增减率', f(abs(gg)), Y(a), Y(c), '增长' if gg > 0 else '下降')
        L.rate(f'表1 {n} 占比', f(sh), Y(a), Y(tot))
    rows.append(['合计', Y(bud), Y(tot), Y(prev), Y(tot - prev), f(g), f(ssum(shs))])
    L.diff('表1 合计 增减额', Y(tot - prev), Y(tot), [Y(prev)])
    L.sum('表1 占比合计', f(ssum(shs)), [f(x) for x in shs])
    M.append(TABLE('表1　2024年度县直行政事业单位“三公”经费财政拨款支出决算表', rows, '单位：元'))
    M.append(H1('二、分项情况'))
    M.append(P(f'（一）因公出国（境）费。2024年决算为0元，年初预算{W(items[0][2])}万元，上年决算也为0元。全年县直单位未组织因公出国（境）团组，年初预算安排的1个经贸考察团组因行程取消未执行。'))
    gb = growth(items[1][1], items[1][3])
    L.growth('公务用车购置费', fp(gb), W(items[1][1]), W(items[1][3]), '增长')
    M.append(P(f'（二）公务用车购置费。2024年决算{W(items[1][1])}万元，较上年{W(items[1][3])}万元增长{fp(gb)}，全年购置公务用车{veh_buy}辆，全部为执法执勤用车，其中新能源汽车7辆，车辆均通过政府集中采购平台购置，单车价格未超过规定的配备标准。'))
    gm = growth(items[2][1], items[2][3])
    L.growth('运行维护费', fp(-gm), W(items[2][1]), W(items[2][3]), '下降')
    L.quot('单车运行维护费 (元/辆)', Y(per_veh), Y(items[2][1]), f(veh_close, 0))
    M.append(P(f'（三）公务用车运行维护费。2024年决算{W(items[2][1])}万元，较上年{W(items[2][3])}万元下降{fp(-gm)}，主要用于公务用车燃料费、维修费、过路过桥费、保险费等支出。按年末公务用车保有量{veh_close}辆计算，单车年均运行维护费{Y(per_veh)}元。'))
    gr_ = growth(items[3][1], items[3][3])
    L.growth('公务接待费', fp(-gr_), W(items[3][1]), W(items[3][3]), '下降')
    L.quot('批均接待费 (元/批次)', Y(per_batch), Y(items[3][1]), f(recep_batches, 0))
    M.append(P(f'（四）公务接待费。2024年决算{W(items[3][1])}万元，较上年{W(items[3][3])}万元下降{fp(-gr_)}。全年国内公务接待{f(recep_batches, 0)}批次、{f(recep_people, 0)}人次，批均接待费{Y(per_batch)}元。接待工作严格执行公函制度和接待清单制度，未发生超标准接待和违规宴请。'))
    M.append(H1('三、公务用车保有及管理情况'))
    L.sum('年初 + 购置 = 年末 + 处置', f(veh_close + veh_out, 0), [f(veh_open, 0), f(veh_buy, 0)])
    L.sum('年末保有量 + 处置', f(veh_close + veh_out, 0), [f(veh_close, 0), f(veh_out, 0)])
    kinds = [('机要通信用车', 6), ('应急保障用车', 14), ('执法执勤用车', 163), ('特种专业技术用车', 21), ('县级领导干部用车', 0), ('其他公务用车', veh_close - 6 - 14 - 163 - 21)]
    L.sum('年末保有量 分类', f(veh_close, 0), [f(n, 0) for _, n in kinds])
    M.append(P(f'2024年初县直行政事业单位公务用车保有量{veh_open}辆，当年新购置{veh_buy}辆，通过公开拍卖、报废等方式处置{veh_out}辆，年末保有量{veh_close}辆（年初与新购置合计{veh_open + veh_buy}辆）。年末保有车辆中，' + '、'.join(f'{n}{c}辆' for n, c in kinds) + '。县级领导干部用车已按公务用车制度改革要求全部取消。'))
    M.append(P('全县公务用车实行统一编号、统一标识、统一定点保险、统一定点维修、统一定点加油管理，全部车辆安装北斗定位终端并接入县公务用车管理平台，实现车辆使用申请、审批、派车、出车、归队全过程信息化管理。机关事务管理局每季度对车辆使用情况进行抽查，全年抽查车辆使用记录2,860条，发现并纠正非公务用车、未按规定审批出车等问题8起。'))
    M.append(P('公务用车保有量比上年末减少，主要是按照公务用车编制管理要求，对超编车辆和达到报废标准的车辆进行了处置。处置车辆的拍卖收入已按规定全额上缴县级国库，不计入“三公”经费。'))
    M.append(P('在车辆配备方面，县机关事务管理局严格执行公务用车编制和配备标准，新增车辆须经县公务用车管理领导小组审核同意后方可购置，优先配备新能源汽车和国产汽车。对执法执勤用车实行集中统一管理，推动跨部门调剂使用，年内通过调剂满足临时用车需求46次，减少了新增车辆购置。对年末仍在使用的老旧车辆，建立车况评估档案，对维修费用过高、达到报废标准的车辆有计划地予以更新或处置。'))
    M.append(P('在费用控制方面，公务用车燃料费、维修费和保险费分别通过定点加油、定点维修和统一投保的方式控制支出，维修项目实行事前报批和维修结算审核，单次维修费用超过5,000元的由县机关事务管理局派员现场核定。全年审核公务用车维修结算单1,126份，核减不合理维修费用3.18万元。'))
    M.append(H1('四、会议费和培训费情况'))
    meet, meet_p, train, train_p = D('1386420.00'), D('1512688.00'), D('2714405.50'), D('2598760.00')
    gmeet, gtrain = growth(meet, meet_p), growth(train, train_p)
    L.growth('会议费', fp(-gmeet), W(meet), W(meet_p), '下降')
    L.growth('培训费', fp(gtrain), W(train), W(train_p), '增长')
    M.append(P(f'会议费和培训费不属于“三公”经费，单独反映。2024年县直单位会议费支出{W(meet)}万元，较上年{W(meet_p)}万元下降{fp(-gmeet)}；培训费支出{W(train)}万元，较上年{W(train_p)}万元增长{fp(gtrain)}，主要是干部素质提升和乡村振兴专题培训班次增加。'))
    M.append(P('会议费和培训费实行计划管理，各单位年初报送会议和培训计划，经县财政局审核后纳入部门预算。县直单位会议严格控制规模和会期，能合并的合并召开，能以视频会议形式召开的不再集中召开；培训严格执行培训费开支标准，不得在培训费中列支与培训无关的费用。'))
    M.append(H1('五、统计口径说明'))
    M.append(P('（一）本报告“三公”经费为使用一般公共预算财政拨款安排的支出，不含使用政府性基金、单位自有资金等其他资金安排的支出。（二）公务用车保有量为纳入县公务用车管理平台的车辆数，不含县消防救援大队等垂直管理单位的车辆。（三）公务用车运行维护费包括燃料费、维修费、过路过桥费、保险费、安全奖励费用等，不含公务用车购置税，车辆购置税计入公务用车购置费。（四）因四舍五入原因，本文中以万元表述的分项数之和与合计数可能存在尾差，具体以表1中以元为单位的数据为准。'))
    M.append(H1('六、存在的问题和下一步措施'))
    M.append(P('从汇总情况看，县直单位“三公”经费管理总体规范，但仍存在以下问题：一是个别单位公务接待费预算编制不够精准，年中追加预算；二是部分单位公务用车运行维护费支出结构不够合理，维修费占比偏高，车况较差的老旧车辆维修成本较大；三是个别单位公务用车使用登记不及时，车辆管理平台数据与纸质台账不一致。'))
    M.append(P('下一步，县机关事务管理局将会同县财政局重点做好以下工作：一是严格执行“三公”经费预算管理，坚持只减不增，从严从紧控制公务接待和公务用车运行维护费；二是加强公务用车全生命周期管理，推动公务用车新能源化，统筹调剂使用闲置车辆；三是完善公务用车管理平台功能，推进平台与财务系统数据共享，实现用车费用自动核算；四是加大监督检查力度，对违规使用公务用车、超标准接待等问题发现一起、查处一起。'))
    M.append(RIGHT('黔榕县机关事务管理局'))
    M.append(RIGHT('2025年6月30日'))
    L.dated('落款', '2025年6月30日')
    L.facts.update({"sangong_yuan": Y(tot), "vehicles_year_end": veh_close})
    return M, L

def render(M, path):
    render_docx(M, path)

def main():
    M, L = build()
    render(M, OUT)
    data = L.dump(OUT.replace('.docx', '.ledger.json'), read_docx(OUT))
    print(NAME, len(data['checks']), data['facts'])

if __name__ == '__main__':
    main()
