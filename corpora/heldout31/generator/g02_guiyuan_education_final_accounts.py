# -*- coding: utf-8 -*-
"""t02 桂沅市教育局 2024年度部门决算说明 (.pdf) with a two-sided 收入支出决算总表 (行次)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk31 import D, q, F, I, Ledger, T, run, shares

NAME = 't02_guiyuan_education_final_accounts_2024.pdf'


def build():
    L = Ledger(NAME)
    units = ['桂沅市第一中学', '桂沅市第二中学', '桂沅市实验中学', '桂沅市职业技术学校', '桂沅市特殊教育学校',
             '桂沅市教师发展中心', '桂沅市学生资助管理中心']
    # income
    ggys, zfjj, shiye, qita = '56,482.37', '1,260.00', '8,734.52', '412.86'
    bnsr = F(D(ggys) + D(zfjj) + D(shiye) + D(qita))
    ncjz = '3,165.40'
    zongji = F(D(bnsr) + D(ncjz))
    czbk = F(D(ggys) + D(zfjj))
    sh = shares([czbk, shiye, qita], bnsr)
    assert sum(sh) == 100, sh
    sh = [F(x) for x in sh]
    # expenditure by 款: (name, 基本, 项目)
    edu = [('教育管理事务', '1,236.45', '318.60'), ('普通教育', '35,820.14', '10,426.58'),
           ('职业教育', '5,346.27', '2,615.30'), ('特殊教育', '742.08', '356.12'),
           ('进修及培训', '0.00', '486.35'), ('其他教育支出', '0.00', '1,532.40')]
    others = [('社会保障和就业支出', '4,126.38', '0.00'), ('卫生健康支出', '1,583.27', '0.00'),
              ('住房保障支出', '2,246.90', '0.00'), ('其他支出', '0.00', '1,180.00')]
    rs = lambda r: F(D(r[1]) + D(r[2]))
    edu_jb = F(sum(D(r[1]) for r in edu))
    edu_xm = F(sum(D(r[2]) for r in edu))
    edu_t = F(D(edu_jb) + D(edu_xm))
    jb = F(D(edu_jb) + sum(D(r[1]) for r in others))
    xm = F(D(edu_xm) + sum(D(r[2]) for r in others))
    bnzc = F(D(jb) + D(xm))
    nmjz = F(D(zongji) - D(bnzc))
    zsh = shares([jb, xm], bnzc)
    assert sum(zsh) == 100, zsh
    zsh = [F(x) for x in zsh]
    zj0 = '65,318.62'
    zj_g = F((D(zongji) - D(zj0)) / D(zj0) * 100)
    zj_c = F(D(zongji) - D(zj0))
    sr0, zc0 = '62,457.18', '63,104.55'
    sr_g = F((D(bnsr) - D(sr0)) / D(sr0) * 100)
    zc_g = F((D(bnzc) - D(zc0)) / D(zc0) * 100)
    # 财政拨款支出
    gg_zc, gg_nc = '55,976.80', '53,860.00'
    gg_wc = F(D(gg_zc) / D(gg_nc) * 100)
    gg_sh = F(D(gg_zc) / D(bnzc) * 100)
    # 三公
    sg_ys, jd, yc = '46.80', '6.12', '32.83'
    sg = F(D(jd) + D(yc))
    sg_wc = F(D(sg) / D(sg_ys) * 100)
    sg0 = '41.26'
    sg_g = F((D(sg0) - D(sg)) / D(sg0) * 100)
    jd_pc, jd_rc = 54, 398
    # 机关运行经费
    jg, jg0 = '286.43', '302.17'
    jg_c = F(D(jg0) - D(jg))
    jg_g = F((D(jg0) - D(jg)) / D(jg0) * 100)
    # 政府采购
    hw_, gc, fw = '2,916.34', '1,275.80', '670.43'
    cg = F(D(hw_) + D(gc) + D(fw))
    zx, xw = '3,907.15', '2,648.26'
    zx_sh = F(D(zx) / D(cg) * 100)
    xw_sh = F(D(xw) / D(cg) * 100)
    # 资产 / 绩效
    cars_gw, cars_qt = 3, 8
    jx_n, jx_amt = 23, '15,963.20'
    jx_sh = F(D(jx_amt) / D(xm) * 100)

    B = [('TITLE', '桂沅市教育局2024年度部门决算说明'),
         ('H1', '第一部分  部门概况'),
         ('H2', '一、主要职能'),
         ('P', '桂沅市教育局是市政府工作部门，负责贯彻落实国家和自治区教育工作方针政策，统筹全市各级各类教育发展，管理市直属学校和教育事业单位，'
               '负责教育经费的统筹管理和学生资助等工作。'),
         ('H2', '二、部门决算单位构成'),
         ('P', '纳入本部门2024年度部门决算编制范围的单位共%d个，包括局机关本级和所属事业单位%d个，所属事业单位分别为：%s。' % (
             len(units) + 1, len(units), '、'.join(units))),
         ('H1', '第二部分  2024年度部门决算表'),
         ]
    tb1 = [
        ['一、一般公共预算财政拨款收入', '1', ggys, '一、教育支出', '12', edu_t],
        ['二、政府性基金预算财政拨款收入', '2', zfjj, '二、社会保障和就业支出', '13', others[0][1]],
        ['三、国有资本经营预算财政拨款收入', '3', '0.00', '三、卫生健康支出', '14', others[1][1]],
        ['四、上级补助收入', '4', '0.00', '四、住房保障支出', '15', others[2][1]],
        ['五、事业收入', '5', shiye, '五、其他支出', '16', others[3][2]],
        ['六、经营收入', '6', '0.00', '', '', ''],
        ['七、附属单位上缴收入', '7', '0.00', '', '', ''],
        ['八、其他收入', '8', qita, '', '', ''],
        ['本年收入合计', '9', bnsr, '本年支出合计', '17', bnzc],
        ['年初结转和结余', '10', ncjz, '年末结转和结余', '18', nmjz],
        ['总计', '11', zongji, '总计', '19', zongji],
    ]
    B.append(T('表1  收入支出决算总表', ['收入项目', '行次', '金额', '支出项目', '行次', '金额'], tb1,
               unit='公开01表    单位：万元', widths=[3.6, 0.7, 1.4, 3.0, 0.7, 1.4]))
    codes = ['20501', '20502', '20503', '20507', '20508', '20599']
    tb2 = [['205', '教育支出', edu_t, edu_jb, edu_xm]]
    for c, r in zip(codes, edu):
        tb2.append([c, '  ' + r[0], rs(r), r[1], r[2]])
    for c, r in zip(['208', '210', '221', '229'], others):
        tb2.append([c, r[0], rs(r), r[1], r[2]])
    tb2.append(['', '合计', bnzc, jb, xm])
    B.append(T('表2  支出决算表（按功能分类科目）', ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'], tb2,
               unit='公开03表    单位：万元', widths=[1.1, 3.0, 1.6, 1.6, 1.6]))
    B += [('H1', '第三部分  2024年度部门决算情况说明'),
          ('H2', '一、收入支出决算总体情况说明'),
          ('P', '2024年度收入总计%s万元，支出总计%s万元。与上年收支总计%s万元相比，各增加%s万元，增长%s%%，'
                '主要原因是市第二中学新校区投入使用，教职工人数和学生人数增加。其中，本年收入合计%s万元，比上年%s万元增长%s%%；'
                '本年支出合计%s万元，比上年%s万元增长%s%%；年末结转和结余%s万元。' % (
                    zongji, zongji, zj0, zj_c, zj_g, bnsr, sr0, sr_g, bnzc, zc0, zc_g, nmjz)),
          ('H2', '二、收入决算情况说明'),
          ('P', '本年收入合计%s万元，其中：财政拨款收入%s万元（一般公共预算财政拨款%s万元、政府性基金预算财政拨款%s万元），'
                '占%s%%；事业收入%s万元，占%s%%；其他收入%s万元，占%s%%。' % (
                    bnsr, czbk, ggys, zfjj, sh[0], shiye, sh[1], qita, sh[2])),
          ('H2', '三、支出决算情况说明'),
          ('P', '本年支出合计%s万元，其中：基本支出%s万元，占%s%%，主要用于人员工资福利和学校日常运转；项目支出%s万元，占%s%%，'
                '主要用于学校基础设施建设、教育信息化、学生资助和教师培训等。教育支出%s万元，其中普通教育%s万元、职业教育%s万元。' % (
                    bnzc, jb, zsh[0], xm, zsh[1], edu_t, rs(edu[1]), rs(edu[2]))),
          ('H2', '四、一般公共预算财政拨款支出决算情况说明'),
          ('P', '2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%；年初预算为%s万元，支出决算完成年初预算的%s%%，'
                '决算数大于年初预算数的主要原因是年中追加了教师绩效工资和义务教育薄弱环节改善资金。' % (gg_zc, gg_sh, gg_nc, gg_wc)),
          ('H2', '五、“三公”经费财政拨款支出决算情况说明'),
          ('P', '2024年度“三公”经费财政拨款支出年初预算%s万元，支出决算%s万元，完成预算的%s%%，比上年%s万元下降%s%%。'
                '其中：因公出国（境）费0.00万元；公务用车购置及运行维护费%s万元（公务用车购置费0.00万元）；公务接待费%s万元，'
                '全年国内公务接待%d批次、%d人次。' % (sg_ys, sg, sg_wc, sg0, sg_g, yc, jd, jd_pc, jd_rc)),
          ('H2', '六、机关运行经费支出情况说明'),
          ('P', '2024年度局机关本级机关运行经费支出%s万元，比上年%s万元减少%s万元，下降%s%%，主要是严格控制一般性支出。' % (
              jg, jg0, jg_c, jg_g)),
          ('H2', '七、政府采购支出情况说明'),
          ('P', '2024年度政府采购支出总额%s万元，其中：货物采购%s万元、工程采购%s万元、服务采购%s万元。授予中小企业合同金额%s万元，'
                '占政府采购支出总额的%s%%，其中授予小微企业合同金额%s万元，占政府采购支出总额的%s%%。' % (
                    cg, hw_, gc, fw, zx, zx_sh, xw, xw_sh)),
          ('H2', '八、国有资产占用情况说明'),
          ('P', '截至2024年12月31日，本部门共有车辆%d辆，其中一般公务用车%d辆、其他用车%d辆（主要为特殊教育学校送教车和职业技术学校教学实训车辆）；'
                '单价100万元以上专用设备4台（套）。' % (cars_gw + cars_qt, cars_gw, cars_qt)),
          ('H2', '九、预算绩效管理情况说明'),
          ('P', '2024年度本部门对%d个项目开展了绩效自评，涉及项目资金%s万元，占项目支出的%s%%。自评结果已随部门决算一并公开。' % (
              jx_n, jx_amt, jx_sh)),
          ('BLANK', ''),
          ('RIGHT', '桂沅市教育局'),
          ('RIGHT', '2025年9月10日'),
          ]
    L.fact('部门', '桂沅市教育局')
    L.fact('收支总计', zongji)
    L.fact('本年收入合计', bnsr)
    L.fact('本年支出合计', bnzc)
    L.fact('date', '2025年9月10日')
    L.count('决算单位 = 本级 + 所属事业单位', str(len(units)), units)
    L.sum('决算单位个数', str(len(units) + 1), ['1', str(len(units))])
    L.sum('表1 本年收入合计（行9 = 行1..8）', bnsr, [ggys, zfjj, '0.00', '0.00', shiye, '0.00', '0.00', qita])
    L.sum('表1 收入总计（行11 = 行9 + 行10）', zongji, [bnsr, ncjz])
    L.sum('表1 本年支出合计（行17 = 行12..16）', bnzc, [edu_t, others[0][1], others[1][1], others[2][1], others[3][2]])
    L.sum('表1 支出总计（行19 = 行17 + 行18）', zongji, [bnzc, nmjz])
    L.sum('表2 教育支出 = 6 款', edu_t, [rs(r) for r in edu])
    L.sum('表2 教育支出 基本', edu_jb, [r[1] for r in edu])
    L.sum('表2 教育支出 项目', edu_xm, [r[2] for r in edu])
    for r in tb2:
        L.sum('表2 %s 合计 = 基本 + 项目' % r[1].strip(), r[2], [r[3], r[4]])
    L.sum('表2 合计 基本支出', jb, [edu_jb] + [r[1] for r in others])
    L.sum('表2 合计 项目支出', xm, [edu_xm] + [r[2] for r in others])
    L.same('表1 教育支出 = 表2 教育支出', edu_t, tb2[0][2])
    L.change('收支总计 增加', '增加', zj_c, zongji, zj0)
    L.growth('收支总计 增长', '增长', zj_g, zongji, zj0)
    L.growth('本年收入 增长', '增长', sr_g, bnsr, sr0)
    L.growth('本年支出 增长', '增长', zc_g, bnzc, zc0)
    L.sum('财政拨款收入 = 一般公共 + 政府性基金', czbk, [ggys, zfjj])
    L.rate('财政拨款收入 占比', sh[0], czbk, bnsr)
    L.rate('事业收入 占比', sh[1], shiye, bnsr)
    L.rate('其他收入 占比', sh[2], qita, bnsr)
    L.sum('收入占比合计 100', '100.00', sh, show=False)
    L.rate('基本支出 占比', zsh[0], jb, bnzc)
    L.rate('项目支出 占比', zsh[1], xm, bnzc)
    L.sum('支出占比合计 100', '100.00', zsh, show=False)
    L.rate('一般公共预算财政拨款支出 占本年支出', gg_sh, gg_zc, bnzc)
    L.rate('一般公共预算财政拨款支出 完成年初预算', gg_wc, gg_zc, gg_nc)
    L.check('一般公共预算财政拨款支出 <= 一般公共预算收入 + 年初结转', D(gg_zc) <= D(ggys) + D(ncjz), '%s <= %s + %s' % (gg_zc, ggys, ncjz), [gg_zc, ggys, ncjz])
    L.sum('三公 = 出国 + 公务用车 + 接待', sg, ['0.00', yc, jd])
    L.rate('三公 完成预算', sg_wc, sg, sg_ys)
    L.growth('三公 同比', '下降', sg_g, sg, sg0)
    L.change('机关运行经费 减少', '减少', jg_c, jg, jg0)
    L.growth('机关运行经费 下降', '下降', jg_g, jg, jg0)
    L.sum('政府采购 = 货物 + 工程 + 服务', cg, [hw_, gc, fw])
    L.rate('中小企业 占采购总额', zx_sh, zx, cg)
    L.rate('小微企业 占采购总额', xw_sh, xw, cg)
    L.le('小微 <= 中小企业', xw, zx)
    L.sum('车辆 = 一般公务用车 + 其他用车', str(cars_gw + cars_qt), [str(cars_gw), str(cars_qt)])
    L.rate('绩效自评覆盖项目支出比例', jx_sh, jx_amt, xm)
    L.dated('报告日期晚于报告期末', '2025年9月10日', '2024年12月31日')
    L.anchor('截至2024年12月31日')
    return B, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    run(NAME, build, out)
