# -*- coding: utf-8 -*-
"""Build the six clean reports of heldout47, prove every ledger on the read-back, check byte stability."""
import hashlib
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from lib47 import render, read_back, write_ledger, stats  # noqa: E402
import g01_meijiang_red_cross_donations as g01  # noqa: E402
import g02_shiyang_court_overall_selfeval as g02  # noqa: E402
import g03_yinchuan_farmland_quota_trading_income as g03  # noqa: E402
import g04_xiening_foreign_trade_fund_selfeval as g04  # noqa: E402
import g05_yingyang_household_industry_award_notice as g05  # noqa: E402
import g06_tongjiang_bus_station_subsidy_evaluation as g06  # noqa: E402

GENS = [g01, g02, g03, g04, g05, g06]


def md5(p):
    return hashlib.md5(open(p, 'rb').read()).hexdigest()


def main():
    total_rows = 0
    for g in GENS:
        M, L, meta, facts = g.build()
        path = os.path.join(OUT, g.NAME + g.EXT)
        render(M, meta, path)
        with tempfile.TemporaryDirectory() as td:
            p2 = os.path.join(td, g.NAME + g.EXT)
            M2, _, meta2, _ = g.build()
            render(M2, meta2, p2)
            assert md5(path) == md5(p2), 'not byte-stable: ' + g.NAME
        text = read_back(path)
        b, h = stats(text)
        assert 2500 <= b <= 4000, (g.NAME, b)
        for w in ('省', '自治区', '直辖市'):
            assert w not in text, (g.NAME, w)
        facts = dict(facts, utf8_bytes=b, han_chars=h)
        led = write_ledger(os.path.join(OUT, g.NAME + '.ledger.json'), L, text, facts)
        bad = [r for r in led['checks'] if not r['ok']]
        assert not bad, (g.NAME, bad)
        total_rows += len(led['checks'])
        print('%s%s  bytes=%d han=%d checks=%d rows=%d ok' % (g.NAME, g.EXT, b, h, len(L.checks), len(led['checks'])))
    print('ledger rows total:', total_rows)


if __name__ == '__main__':
    main()
