# -*- coding: utf-8 -*-
"""Build the six clean reports and their ledgers; assert byte stability, size and no province words."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib56 import READ, ledger_json, prove  # noqa: E402

GENS = ['g01_mengchuan_skills_upgrading_fund_notice',
        'g02_geyang_agri_entity_loan_interest_subsidy_notice',
        'g03_houshan_public_security_overall_selfeval',
        'g04_lianning_civil_air_defense_relocation_fee_disclosure',
        'g05_zhangyuan_rural_teacher_allowance_selfeval',
        'g06_xianxi_brave_deeds_fund_report']
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def make(modname):
    g = importlib.import_module(modname)
    r = g.build()
    data = r['render'](r['model'])
    return r, data


def main(only=None):
    total_rows = 0
    for mod in GENS:
        if only and only not in mod:
            continue
        r1, d1 = make(mod)
        r2, d2 = make(mod)
        assert d1 == d2, 'not byte-stable: ' + mod
        text = READ[r1['fmt']](d1)
        nb = len(text.encode('utf-8'))
        assert 2500 <= nb <= 4000, (mod, nb)
        for w in ('省', '自治区', '直辖市'):
            assert w not in text, (mod, w)
        rows = prove(r1['ledger'], text)
        bad = [x for x in rows if not x['ok']]
        assert not bad, (mod, bad)
        with open(os.path.join(OUT, r1['name']), 'wb') as fh:
            fh.write(d1)
        base = r1['name'].rsplit('.', 1)[0]
        with open(os.path.join(OUT, base + '.ledger.json'), 'w', encoding='utf-8') as fh:
            fh.write(ledger_json(r1['name'], r1['date'], r1['docno'], text, rows))
        total_rows += len(rows)
        print('%-70s %5d bytes %3d rows ok' % (r1['name'][:70], nb, len(rows)))
    print('ledger rows', total_rows)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
