import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib38 import *
GENS = ['g01_weishui_temporary_assistance', 'g02_yiling_school_public_funds', 'g03_qiuyang_county_commerce_fund',
        'g04_ruichuan_red_cross_first_aid_training', 'g05_futang_rural_waste_collection', 'g06_huoxi_union_hardship_aid']

def main(only=None):
    tot = 0
    for g in GENS:
        if only and g not in only:
            continue
        m = importlib.import_module(g)
        M, L = m.build()
        path = os.path.join(OUT, m.NAME)
        text = render(M, path, m.FMT)
        L.prove(text)
        L.dump(path.rsplit('.', 1)[0] + '.ledger.json', text)
        b = L.facts['utf8_bytes']
        assert 2500 <= b <= 4000, (m.NAME, b)
        tot += len(L.checks)
        print('%-70s %5d bytes %4d han %4d checks' % (m.NAME, b, L.facts['han_chars'], len(L.checks)))
    print('total checks', tot)

if __name__ == '__main__':
    main(sys.argv[1:] or None)
