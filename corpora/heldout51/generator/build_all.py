# -*- coding: utf-8 -*-
"""build the six clean reports and their ledgers; assert byte-stable rendering"""
import hashlib
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib51  # noqa: E402

OUT = os.path.dirname(HERE)
MODULES = [
    'g01_zengxi_reservoir_resettlement_support_fund',
    'g02_niuyang_home_community_elderly_care_subsidy',
    'g03_yuanjiang_meteorological_bureau_final_accounts',
    'g04_xunyuan_orphan_basic_living_allowance',
    'g05_huating_traffic_signal_funds',
    'g06_jiuning_rural_school_youth_palace_funds',
]


def load(mods=None):
    reps = []
    for m in (mods or MODULES):
        mod = importlib.import_module(m)
        reps.append(mod.build())
    return reps


def main(only=None):
    mods = [m for m in MODULES if (not only or any(o in m for o in only))]
    mods = [m for m in mods if os.path.exists(os.path.join(HERE, m + '.py'))]
    summary = []
    for m in mods:
        rep = importlib.import_module(m).build()
        rep.assert_slots()
        a = lib51.render(rep)
        b = lib51.render(importlib.import_module(m).build())
        assert a == b, 'not byte-stable: ' + rep.name
        text = lib51.read_back(rep.fmt, a)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (rep.name, bad)
        n = len(text.encode('utf-8'))
        assert 2500 <= n <= 4000, (rep.name, n)
        led = lib51.ledger_json(rep, text, a)
        bad = [r for r in led['checks'] if not r['ok']]
        assert not bad, (rep.name, bad)
        with open(os.path.join(OUT, rep.name), 'wb') as f:
            f.write(a)
        base = rep.name.rsplit('.', 1)[0]
        with open(os.path.join(OUT, base + '.ledger.json'), 'wb') as f:
            f.write(lib51.dump_json(led))
        summary.append((rep.name, n, lib51.han_count(text), len(led['checks']), hashlib.md5(a).hexdigest()))
    for s in summary:
        print('%s bytes=%d han=%d ledger_rows=%d md5=%s' % s)


if __name__ == '__main__':
    main(sys.argv[1:])
