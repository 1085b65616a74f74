# -*- coding: utf-8 -*-
"""render every report, re-read the rendered file, prove every ledger relation against it, write ledgers"""
import importlib, os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk34
OUT = os.path.dirname(HERE)
MODULES = ['g01_yunchuan_disaster_relief_notice', 'g02_nesong_grain_reserve_subsidy', 'g03_zhenfeng_bus_fuel_subsidy',
           'g04_ganrui_reservoir_maintenance_eval', 'g05_jucheng_economic_census_selfeval', 'g06_luangu_ppp_fiscal_liability']


def main(only=None):
    total = 0
    for m in MODULES:
        if only and not any(o in m for o in only):
            continue
        if not os.path.exists(os.path.join(HERE, m + '.py')):
            print('skip', m)
            continue
        mod = importlib.import_module(m)
        model, L, kw = mod.build()
        path = os.path.join(OUT, mod.NAME + '.' + mod.FMT)
        lk34.render(model, path, mod.FMT, **kw)
        text = lk34.read(path)
        L.prove(text)
        L.dump(os.path.join(OUT, mod.NAME + '.ledger.json'), text)
        b = len(text.encode('utf-8'))
        han = sum(1 for c in text if '\u4e00' <= c <= '\u9fff')
        print(f'{mod.NAME}.{mod.FMT}: {len(L.checks)} checks ok, {b} bytes, {han} Han')
        assert 2500 <= b <= 4500, b
        total += len(L.checks)
    print('total checks', total)


if __name__ == '__main__':
    main(sys.argv[1:])
