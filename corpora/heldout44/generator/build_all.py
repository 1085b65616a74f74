"""Build the six clean reports and their ledgers; prove every ledger check on the read-back."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib44  # noqa: E402
import g01_hujiang_ltc_fund  # noqa: E402
import g02_hongyang_statistics_overall  # noqa: E402
import g03_jiechuan_public_rental_rent  # noqa: E402
import g04_jiaxi_agri_extension_project  # noqa: E402
import g05_tongshan_budget_execution_notice  # noqa: E402
import g06_qianning_culture_audit  # noqa: E402

GENS = [g01_hujiang_ltc_fund, g02_hongyang_statistics_overall, g03_jiechuan_public_rental_rent,
        g04_jiaxi_agri_extension_project, g05_tongshan_budget_execution_notice, g06_qianning_culture_audit]


def build_one(g):
    r = g.build()
    data = lib44.render(r['meta'], r['model'])
    text = lib44.read_back(r['fname'], data)
    return r, data, text


def main():
    total = 0
    for g in GENS:
        r, data, text = build_one(g)
        # determinism: a second build must give identical bytes
        r2, data2, _ = build_one(g)
        assert data == data2, 'non-deterministic: ' + r['fname']
        nb = len(text.encode('utf-8'))
        assert 2500 <= nb <= 4000, (r['fname'], nb)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (r['fname'], bad)
        lj = lib44.ledger_json(r['fname'], r['meta'], r['ledger'], text)
        if not lj['all_checks_ok']:
            for c in lj['checks']:
                if not c['ok']:
                    print('FAIL', r['fname'], c)
            raise SystemExit(1)
        with open(os.path.join(lib44.ROOT, r['fname']), 'wb') as f:
            f.write(data)
        base = os.path.splitext(r['fname'])[0]
        with open(os.path.join(lib44.ROOT, base + '.ledger.json'), 'w', encoding='utf-8') as f:
            json.dump(lj, f, ensure_ascii=False, indent=1)
            f.write('\n')
        n = len(lj['checks'])
        total += n
        print('%s: %d bytes, %d han, %d ledger rows, all ok' % (r['fname'], nb, lj['facts']['han_chars'], n))
    print('total ledger rows:', total)


if __name__ == '__main__':
    main()
