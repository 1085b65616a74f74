# -*- coding: utf-8 -*-
"""build the six clean reports + ledgers of heldout45; asserts byte-stability, length, no province words."""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib45 import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GENS = ['g01_weijiang_employee_medical_insurance_fund', 'g02_yanyang_science_association_overall',
        'g03_xiangxi_minimum_living_allowance', 'g04_haoning_student_aid_project',
        'g05_bingtang_town_final_accounts', 'g06_jingyang_market_regulation_three_public']


def build_one(modname):
    g = importlib.import_module(modname)
    M, L, meta = g.build()
    data = RENDER[g.FMT](M, meta)
    M2, L2, meta2 = g.build()
    assert RENDER[g.FMT](M2, meta2) == data, 'not byte-stable: ' + g.NAME
    return g, M, L, meta, data


def main():
    total = 0
    for mod in GENS:
        g, M, L, meta, data = build_one(mod)
        path = os.path.join(OUT, g.NAME)
        with open(path, 'wb') as fh:
            fh.write(data)
        text = read_back(path)
        nb = len(text.encode('utf-8'))
        assert 2500 <= nb <= 4000, (g.NAME, nb)
        for w in ('省', '自治区', '直辖市'):
            assert w not in text, (g.NAME, w)
        rows = prove(L.checks, text)
        bad = [r for r in rows if not r['ok']]
        assert not bad, (g.NAME, bad)
        write_ledger(path.rsplit('.', 1)[0] + '.ledger.json', g.NAME, L, rows, text)
        total += len(rows)
        print('%s  %d bytes  %d han  %d checks  %d ledger rows  all ok' % (g.NAME, nb, han_count(text), len(L.checks), len(rows)))
    print('ledger rows total', total)


if __name__ == '__main__':
    main()
