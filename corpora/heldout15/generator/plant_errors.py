"""Make the copies with planted contradictions in ../errors/ and write NAME.expected.json.

Each copy differs from its original only at the three planted spots listed below.
  * .txt (GBK): decoded, string-replaced, re-encoded in GBK (the copy stays GBK);
  * .docx: replacement inside the one <w:t> concerned;
  * .pdf: rebuilt by t02_gen.render() with the three strings replaced in its source blocks
    (same lengths, digits for digits, so the layout and line breaks do not move).
"""
import json
import os
import docx
from docx.oxml.ns import qn
from common import OUT, ERR, D, q, pct, growth

PLANT = {
    't04_huihe_medical_assistance_project_selfeval_2024.txt': [
        dict(old='项目自评得分98.30分', new='项目自评得分98.80分',
             kind='total-score-not-sum-of-items', family='score',
             evidence=['项目自评得分98.80分', '预算执行率9.47分', '产出指标49.83分', '效益指标29.00分', '｜100｜98.30｜'],
             explanation='同一句列出的分项得分为预算执行率9.47分、产出指标49.83分、效益指标29.00分、满意度指标10.00分，合计9.47＋49.83＋29.00＋10.00＝98.30分，附表合计行也是98.30，文中总分却写成98.80分，总分不等于各项得分之和。'),
        dict(old='比上年的7,936人次增长6.63%', new='比上年的7,936人次增长6.36%',
             kind='growth-rate-mismatch', family='ratio',
             evidence=['7,936人次增长6.36%', '8,462人次，比上年'],
             explanation='住院救助由上年的7,936人次增加到8,462人次，增长率应为（8,462－7,936）÷7,936＝6.63%，文中写成增长6.36%。'),
        dict(old='即时结算率93.6%，未达到', new='即时结算率92.6%，未达到',
             kind='text-table-mismatch', family='value-conflict',
             evidence=['即时结算率92.6%', '｜91.8%｜93.6%｜', '｜93.6%｜6｜5.91｜'],
             explanation='正文称“一站式”即时结算率全年为92.6%，附表同一指标的全年实际完成值为93.6%（年中监控值91.8%），其得分5.91也是按6×93.6÷95计算的，正文与表格对同一指标给出不同数值。'),
    ],
    't05_qiongwan_ocean_fishery_sangong_2024.docx': [
        dict(old='二〇二五年八月二十二日', new='二〇二四年八月二十二日',
             kind='report-dated-before-period-end', family='date',
             evidence=['二〇二四年八月二十二日', '二〇二五年七月十日', '二〇二四年十二月三十一日'],
             explanation='说明的是二〇二四年度决算，文中有“截至二〇二四年十二月三十一日”的数据，并称决算已经市财政局于二〇二五年七月十日批复，落款日期却改为二〇二四年八月二十二日，早于所说明年度结束，也早于其引用的批复日期。'),
        dict(old='公务接待费24.76万元。', new='公务接待费27.46万元。',
             kind='subtotal-parts-mismatch', family='sum',
             evidence=['公务接待费27.46万元', '支出决算为79.92万元', '因公出国（境）费6.80万元', '购置及运行维护费48.36万元'],
             explanation='“三公”经费支出决算79.92万元，“其中”因公出国（境）费6.80万元、公务用车购置及运行维护费48.36万元、公务接待费写成27.46万元，三项之和为82.62万元，不等于79.92万元；分项说明和附表中公务接待费均为24.76万元，6.80＋48.36＋24.76＝79.92。'),
        dict(old='完成预算的百分之九十二点五', new='完成预算的百分之九十五点二',
             kind='budget-completion-rate-mismatch', family='ratio',
             evidence=['百分之九十五点二', '预算为86.40万元', '支出决算为79.92万元'],
             explanation='“三公”经费预算86.40万元、决算79.92万元，决算占预算的比例为79.92÷86.40＝92.5%（附表同为92.5），文中写成“百分之九十五点二”。'),
    ],
    't02_ruyin_enterprise_pension_fund_final_2024.pdf': [
        dict(old='全市共辖8个县（区）', new='全市共辖9个县（区）',
             kind='count-of-listed-items-mismatch', family='structure',
             evidence=['全市共辖9个县（区）', '分别为汝东区'],
             explanation='文中称全市共辖9个县（区），随后列举的只有汝东区、汝西区、北湖区、槐店县、泥河县、商桥县、白塔县、柳沟县8个，表2分县（区）参保人数也只有8行，所称数量与列举项数不符。'),
        dict(old='当年收支结余28,124.89万元，上年', new='当年收支结余28,214.89万元，上年',
             kind='income-minus-expenditure-mismatch', family='sum',
             evidence=['当年收支结余28,214.89万元', '基金收入808,677.85万元', '780,552.96万元，当年'],
             explanation='同一句给出2024年基金收入808,677.85万元、基金支出780,552.96万元，当年收支结余应为808,677.85－780,552.96＝28,124.89万元（表1同为28,124.89），文中写成28,214.89万元；按此数年初滚存结余236,418.62万元加当年结余也得不出所称年末滚存结余264,543.51万元。'),
        dict(old='追回违规领取待遇186.52万元', new='追回违规领取待遇168.52万元',
             kind='same-amount-restated-differently', family='value-conflict',
             evidence=['违规领取待遇168.52万元', '违规领取的待遇186.52万'],
             explanation='基金收入部分称其他收入中包括“追回违规领取的待遇186.52万元”，基金管理部分称“追回违规领取待遇168.52万元，已计入其他收入”，同一笔追回金额前后不一致。'),
    ],
}


def _p_text(p):
    return ''.join(t.text or '' for t in p.iter(qn('w:t')))


def plant_docx(src, dst, spots):
    d = docx.Document(src)
    paras = list(d.element.body.iter(qn('w:p')))
    for sp in spots:
        hits = [p for p in paras if sp['old'] in _p_text(p)]
        assert len(hits) == 1 and _p_text(hits[0]).count(sp['old']) == 1, (sp['old'], len(hits))
        ts = [t for t in hits[0].iter(qn('w:t')) if t.text and sp['old'] in t.text]
        assert len(ts) == 1, (sp['old'], 'spans runs')
        ts[0].text = ts[0].text.replace(sp['old'], sp['new'])
    d.save(dst)


def main():
    os.makedirs(ERR, exist_ok=True)
    for name, spots in PLANT.items():
        src = os.path.join(OUT, name)
        dst = os.path.join(ERR, name)
        for sp in spots:
            assert len(sp['old']) == len(sp['new']), sp['old']
        if name.endswith('.txt'):
            raw = open(src, 'rb').read()
            s = raw.decode('gbk')
            for sp in spots:
                assert s.count(sp['old']) == 1, (name, sp['old'], s.count(sp['old']))
                s = s.replace(sp['old'], sp['new'])
            with open(dst, 'wb') as fh:
                fh.write(s.encode('gbk'))
        elif name.endswith('.docx'):
            plant_docx(src, dst, spots)
        elif name.endswith('.pdf'):
            import t02_gen
            assert name == t02_gen.NAME + '.pdf'
            t02_gen.render(dst, {sp['old']: sp['new'] for sp in spots})
        else:
            raise ValueError(name)
        exp = [{k: sp[k] for k in ('kind', 'family', 'evidence', 'explanation')} for sp in spots]
        stem = name.rsplit('.', 1)[0]
        with open(os.path.join(ERR, stem + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        print('planted', name)
    # the arithmetic behind the explanations
    assert D('9.47') + D('49.83') + D('29.00') + D('10.00') == D('98.30')
    assert growth(8462, 7936) == D('6.63')
    assert D('6.80') + D('48.36') + D('24.76') == D('79.92') and D('6.80') + D('48.36') + D('27.46') == D('82.62')
    assert pct(D('79.92'), D('86.40'), 1) == D('92.5')
    assert D('808677.85') - D('780552.96') == D('28124.89')
    assert D('236418.62') + D('28124.89') == D('264543.51')


if __name__ == '__main__':
    main()
