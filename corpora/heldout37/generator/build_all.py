# -*- coding: utf-8 -*-
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib37 import render, readback
OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MODS = ['g01_lixi_funeral_benefit', 'g02_chuling_grain_to_green', 'g03_shichuan_primary_care_subsidy',
        'g04_lingjiang_sci_assoc_popsci', 'g05_kouping_geohazard_thirdparty', 'g06_fengtang_village_org_funds']
def main(only=None):
    total = 0
    for m in MODS:
        if only and m not in only: continue
        g = importlib.import_module(m)
        B, L = g.build()
        path = os.path.join(OUT, g.NAME)
        render(B, g.FMT, path, getattr(g, 'SITE', None))
        text = readback(path)
        L.prove(text)
        n = len(text.encode('utf8'))
        assert 2500 <= n <= 4000, (g.NAME, n)
        led = L.dump(g.NAME, g.DATE, g.DOCNO, text)
        assert led['all_checks_ok']
        json.dump(led, open(os.path.join(OUT, g.NAME.rsplit('.', 1)[0] + '.ledger.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
        total += len(led['checks'])
        print(g.NAME, 'bytes', n, 'han', led['facts']['han_chars'], 'checks', len(led['checks']))
    print('total checks', total)
if __name__ == '__main__':
    main(sys.argv[1:])
