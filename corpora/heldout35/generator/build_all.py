"""Build the six clean heldout35 reports and their ledgers; prove every ledger number against the rendered file."""
import importlib
import os
import sys

import lk35

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MODS = ['g01_maohe_rural_water_maintenance_notice', 'g02_hengtang_agri_insurance_premium_subsidy',
        'g03_yichuan_urban_management_fines_disclosure', 'g04_duanling_forest_pest_control_selfeval',
        'g05_qichuan_legal_aid_fund_selfeval', 'g06_xiping_family_planning_assistance_notice']


def main(only=None):
    total = 0
    for m in MODS:
        if only and not any(o in m for o in only):
            continue
        mod = importlib.import_module(m)
        doc, L = mod.build()
        path = lk35.render(doc, OUT)
        text = lk35.read_back(path)
        L.prove(text)
        n = len(text.encode('utf-8'))
        assert 2500 <= n <= 4500, (doc.name, n)
        L.dump(os.path.join(OUT, os.path.splitext(doc.name)[0] + '.ledger.json'), text)
        total += len(L.checks)
        print('%-72s %3d checks  %5d bytes  %4d Han' % (doc.name, len(L.checks), L.facts['utf8_bytes'],
                                                        L.facts['han_chars']))
    print('total checks:', total)


if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main(sys.argv[1:] or None)
