"""The held-out corpora, written by separate authors who never saw the code: false alarms on their
clean reports may only go down (ceilings), and recall on the contradictions planted by hand in
their error variants may only go up (floors). Each row records where a set stands today; its
first-run numbers are in the set's README."""

from __future__ import annotations

import pytest

from benchmarks.clean import run as run_clean
from benchmarks.gold import REPO
from benchmarks.heldout_errors import run as run_errors

CORPORA = REPO / "corpora"

# folder, clean reports in it, most findings allowed on them
CLEAN = [
    ("heldout", 10, 0),
    ("heldout2", 8, 0),
    ("heldout3", 8, 0),
    ("heldout4", 6, 0),
    ("heldout5", 6, 0),
    ("heldout6", 6, 0),
    ("heldout7", 6, 0),
    ("heldout8", 6, 0),
    ("heldout9", 6, 0),
    ("heldout10", 6, 0),  # the last uncertain S001 (a 其中 list leaving out whole table rows) went in session 21
    ("heldout11", 6, 0),
    ("heldout12", 6, 0),
    ("heldout13", 6, 0),
    ("heldout14", 6, 0),
    ("heldout15", 6, 0),
    ("heldout16", 6, 0),
    ("heldout17", 6, 1),
    ("heldout18", 6, 0),
    ("heldout19", 6, 0),
    ("heldout20", 6, 0),
    ("heldout21", 6, 0),
    ("heldout22", 6, 0),
    ("heldout23", 6, 0),
    ("heldout24", 6, 1),  # the T001 on t06 is right (its headings run 五、三、六、); the V001 uncertain went in session 16
    ("heldout25", 6, 0),
    ("heldout26", 6, 0),  # first run at 6634f22 gave 7
    ("heldout27", 6, 0),  # first run at 9e19699 gave 4 (1 fail, 3 uncertain); all four fixed in sessions 15–16
    ("heldout28", 6, 0),  # first run at c2e0435 (session 16): 6 (5 fail); 0 after session 17
    ("heldout29", 6, 0),  # first run at 8a782bd (session 17): 6 (6 fail); 0 after session 17
    ("heldout30", 6, 0),  # first run at 440994f (session 18): 3 (1 fail); 0 after session 18
    ("heldout31", 6, 0),  # first run at 5fdbda7 (session 18): 1 (1 fail); 0 after session 18
    ("heldout32", 6, 0),  # first run at 0687ee6 (session 18): 2 (2 fail); 0 after session 18
    ("heldout33", 6, 0),  # first run at 15b1d04 (session 18): 3 (1 fail); 0 after session 18
    ("heldout34", 6, 0),  # first run at 778a387 (session 19): 9 (8 fail); 0 after session 19
    ("heldout35", 6, 0),  # first run at fe5a8b7 (session 19): 0
    ("heldout36", 6, 0),  # first run at ffff74e (session 19): 2 (2 fail); 0 after session 19
    ("heldout37", 6, 0),  # first run at c36ace9 (session 19): 2 (1 fail); 1 uncertain S001 after session 19 (上年结转 as a source); 0 after session 20
    ("heldout38", 6, 0),  # first run at 72b9c9e (session 20): 1 (1 uncertain); 0 after session 20
    ("heldout39", 6, 0),  # first run at 72b9c9e (session 20): 0
    ("heldout40", 6, 0),  # first run at 72b9c9e (session 20): 4 (4 fail); 0 after session 20
    ("heldout41", 6, 0),  # first run at d718f74 (session 20, the session's end): 2 uncertain (S001, D002); 0 after session 21
    ("heldout42", 6, 0),  # first run at 8946601 (session 21): 2 (1 fail: P001, R010 uncertain); 0 after session 21
    ("heldout43", 6, 0),  # first run at 8946601 (session 21): 2 (2 fail, P001); 0 after session 21
    ("heldout44", 6, 0),  # first run at 8946601 (session 21): 11 (5 fail: V001 ×7 on groups of departments, …); 0 after session 21
    ("heldout45", 6, 0),  # first run at 55942e5 (session 22): 2 (2 fail: R003 on a growth named before 较上年（…）, P001 on a bracketed aside); 0 after session 22
    ("heldout46", 6, 0),  # first run at 55942e5 (session 22): 2 (2 fail: C002 on grade-band bounds, S001 on 基本+项目 beside 经营支出); 0 after session 22
    ("heldout47", 6, 0),  # first run at 55942e5 (session 22): 1 uncertain (D002 on the notice's own 公示时间); 0 after session 22
    ("heldout48", 6, 0),  # first run at 55942e5 (session 22): 1 uncertain (V001: 执行率最低的是X（80.35%） read as the whole's rate); 0 after session 22
    ("heldout49", 6, 0),  # first run at 55942e5 (session 22): 4 (2 fail: R002 on a 满意度 after a sentence's budget and spending, C002 on grade-band bounds; 2 uncertain D002 on a 完成时限 column); 0 after session 22
    ("heldout50", 6, 0),  # first run at 55942e5 (session 22): 1 uncertain (R002: last year's 好评率 over this year's counts); 0 after session 22
    ("heldout51", 6, 0),  # first run at 1de6ec1 (session 23): 2 fail (T004 on a list followed by 人次依次为…, V001 on an item's 支出); 0 after session 23
    ("heldout52", 6, 0),  # first run at 1de6ec1 (session 23): 13 (12 fail: V002 on an item table read as a project form, R002 on rates over 可用资金, V001); 0 after session 23
    ("heldout53", 6, 0),  # first run at 1de6ec1 (session 23): 5 (2 fail: S001 on a 完成预算 % column and on a list after 由…构成; D002, V001 uncertain); 0 after session 23
    ("heldout54", 6, 0),  # first run at 1de6ec1 (session 23): 1 uncertain (S001 with a per-ton price as a part); 0 after session 23
    ("heldout55", 6, 0),  # first run at 1de6ec1 (session 23): 4 (3 fail: R008 on a floor 不低于…的60%, R008 on parts listed without 其中, R003 on 比2023年度（…）); 0 after session 23
    ("heldout56", 6, 0),  # first run at 1de6ec1 (session 23): 18 (12 fail: V002 and V001 on a table's 支出类别 column read as the row's name); 0 after session 23
    ("heldout57", 6, 0),  # first run at 1de6ec1 (session 23): 0
    ("heldout58", 6, 0),  # first run at 1de6ec1 (session 23): 4 (3 fail: R008 on 与2023年相比，…由A增至B dated 2023 and on 同比多接诊 read as the level; P002 uncertain on 编外 staff); 0 after session 23
]

# folder, contradictions planted by hand, fewest to be found, most other findings allowed
PLANTED = [
    ("heldout2", 12, 12, 0),
    ("heldout3", 12, 12, 0),
    ("heldout4", 9, 9, 0),
    ("heldout5", 9, 9, 0),
    ("heldout6", 9, 9, 0),
    ("heldout7", 9, 8, 0),
    ("heldout8", 9, 9, 0),
    ("heldout9", 9, 8, 0),
    ("heldout10", 9, 9, 0),
    ("heldout11", 9, 8, 0),
    ("heldout12", 9, 9, 0),
    ("heldout13", 9, 9, 0),
    ("heldout14", 9, 9, 0),
    ("heldout15", 9, 9, 0),
    ("heldout16", 9, 9, 0),
    ("heldout17", 9, 9, 0),
    ("heldout18", 9, 9, 0),
    ("heldout19", 9, 9, 0),
    ("heldout20", 9, 9, 0),
    ("heldout21", 9, 9, 0),
    ("heldout22", 9, 9, 0),
    ("heldout23", 9, 9, 0),  # session 16: 累计结存 is the fund balance (105.28 vs 102.58亿元)
    ("heldout24", 9, 9, 0),
    ("heldout25", 9, 8, 0),
    ("heldout26", 9, 9, 0),  # t03's breakdown by source (从资金来源看，…中，…；…) found in session 15
    ("heldout27", 9, 9, 0),  # first run at 9e19699 gave 6 of 9; session 16: 9 (R012 reads the 人次 × 标准 table)
    ("heldout28", 9, 8, 0),  # first run at c2e0435 (session 16): 4 of 9, 3 other findings; 8 of 9, 0 other after session 17
    ("heldout29", 9, 9, 0),  # first run at 8a782bd (session 17): 3 of 9, 3 other findings; 9 of 9, 0 other after session 17
    ("heldout30", 9, 9, 0),  # first run at 440994f (session 18): 4 of 9, 2 other findings; 9 of 9, 0 other after session 18
    ("heldout31", 9, 8, 0),  # first run at 5fdbda7 (session 18): 6 of 9, 0 other findings; 8 of 9, 0 other after session 18
    ("heldout32", 9, 9, 0),  # first run at 0687ee6 (session 18): 5 of 9, 2 other findings; 9 of 9, 0 other after session 18
    ("heldout33", 9, 9, 0),  # first run at 15b1d04 (session 18): 5 of 9, 3 other findings; 7 of 9, 0 other after session 18; 8 after session 20; 9 after session 21
    ("heldout34", 9, 9, 0),  # first run at 778a387 (session 19): 2 of 9, 1 other finding; 9 of 9, 0 other after session 19
    ("heldout35", 9, 9, 0),  # first run at fe5a8b7 (session 19): 6 of 9, 0 other findings; 9 of 9, 0 other after session 19
    ("heldout36", 9, 8, 0),  # first run at ffff74e (session 19): 6 of 9, 0 other findings; 8 of 9, 0 other after session 19
    ("heldout37", 9, 9, 0),  # first run at c36ace9 (session 19): 3 of 9, 1 other finding; 5 of 9, 1 other after session 19; 9 after session 20
    ("heldout41", 9, 9, 0),  # first run at d718f74 (session 20, the session's end): 6 of 9, 0 other findings; 9 of 9 after session 21
    ("heldout42", 9, 8, 0),  # first run at 8946601 (session 21): 3 of 9, 2 other findings; 8 of 9, 0 other after session 21
    ("heldout43", 9, 9, 0),  # first run at 8946601 (session 21): 5 of 9, 2 other findings; 9 of 9, 0 other after session 21
    ("heldout44", 9, 9, 0),  # first run at 8946601 (session 21): 6 of 9, 2 other findings; 7 of 9, 0 other after session 21; 9 after session 22
    ("heldout40", 9, 9, 0),  # first run at 72b9c9e (session 20): 2 of 9, 0 other findings; 7 of 9, 0 other after session 20; 8 after session 21, 9 after session 22
    ("heldout39", 9, 9, 0),  # first run at 72b9c9e (session 20): 6 of 9, 0 other findings; 9 of 9, 0 other after session 20
    ("heldout38", 9, 8, 0),  # first run at 72b9c9e (session 20): 4 of 9, 1 other finding; 8 of 9, 0 other after session 20
    ("heldout45", 9, 9, 0),  # first run at 55942e5 (session 22): 6 of 9, 0 other findings; 9 of 9, 0 other after session 22
    ("heldout46", 9, 9, 0),  # first run at 55942e5 (session 22): 6 of 9, 0 other findings; 9 of 9, 0 other after session 22
    ("heldout47", 9, 9, 0),  # first run at 55942e5 (session 22): 6 of 9, 0 other findings; 9 of 9, 0 other after session 22
    ("heldout48", 9, 8, 0),  # first run at 55942e5 (session 22): 7 of 9, 0 other findings; 8 of 9 after session 22
    ("heldout49", 9, 8, 0),  # first run at 55942e5 (session 22): 5 of 9, 4 other findings; 8 of 9, 0 other after session 22
    ("heldout50", 9, 9, 0),  # first run at 55942e5 (session 22): 6 of 9, 0 other findings; 9 of 9, 0 other after session 22
    ("heldout51", 9, 7, 0),  # first run at 1de6ec1 (session 23): 7 of 9, 1 other finding; 7 of 9, 0 other after session 23
    ("heldout52", 9, 7, 0),  # first run at 1de6ec1 (session 23): 3 of 9, 11 other findings; 7 of 9, 0 other after session 23
    ("heldout53", 9, 8, 0),  # first run at 1de6ec1 (session 23): 6 of 9, 1 other finding; 8 of 9, 0 other after session 23
    ("heldout54", 9, 8, 0),  # first run at 1de6ec1 (session 23): 5 of 9, 0 other findings; 8 of 9, 0 other after session 23
    ("heldout55", 9, 6, 0),  # first run at 1de6ec1 (session 23): 3 of 9, 3 other findings; 6 of 9, 0 other after session 23
    ("heldout56", 9, 7, 0),  # first run at 1de6ec1 (session 23): 7 of 9, 18 other findings; 7 of 9, 0 other after session 23
    ("heldout57", 9, 5, 0),  # first run at 1de6ec1 (session 23): 5 of 9, 0 other findings; unchanged after session 23
    ("heldout58", 9, 6, 0),  # first run at 1de6ec1 (session 23): 5 of 9, 0 other findings; 6 of 9 after session 23
]


@pytest.mark.parametrize("folder,reports,ceiling", CLEAN, ids=[row[0] for row in CLEAN])
def test_heldout_clean_reports_findings_at_most_ceiling(folder, reports, ceiling):
    found = run_clean(CORPORA / folder)
    assert len(found) == reports
    findings = [(name, f.rule, f.message) for name, fs in found.items() for f in fs]
    assert len(findings) <= ceiling, findings


@pytest.mark.parametrize("folder,planted,floor,extra_ceiling", PLANTED, ids=[row[0] for row in PLANTED])
def test_heldout_planted_contradictions_found(folder, planted, floor, extra_ceiling):
    score = run_errors(CORPORA / folder / "errors")
    assert sum(score.expected.values()) == planted
    assert sum(score.found.values()) >= floor, score.lines
    assert len(score.extra) <= extra_ceiling, score.extra
