"""Build the six clean reports of heldout52, twice each, prove every ledger on the read-back and
write <report>.<ext> and <report>.ledger.json into the set folder."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib52 import ledger_json, prove, readback, render  # noqa: E402

OUT = os.path.dirname(HERE)
MODULES = ['g01_jinyang_sports_lottery_fund', 'g02_hechuan_archives_overall_selfeval',
           'g03_zhiyuan_kindergarten_subsidy_settlement', 'g04_yishan_road_lighting_selfeval',
           'g05_huning_village_doctor_subsidy', 'g06_pijiang_parking_fee_disclosure']


def render_doc(mod, d):
    kw = dict(site=d.meta.get('site'), core_title=d.blocks[0][1])
    return render(d, mod.FMT, **kw)


def build_one(modname, write=True):
    mod = importlib.import_module(modname)
    d1 = mod.build()
    b1 = render_doc(mod, d1)
    d2 = mod.build()
    b2 = render_doc(mod, d2)
    assert b1 == b2, modname + ': not byte-stable'
    rb = readback(b1, mod.FMT)
    for bad in ('省', '自治区', '直辖市'):
        assert bad not in rb, '%s: contains %s' % (modname, bad)
    n = len(rb.encode('utf-8'))
    assert 2500 <= n <= 4000, '%s: read-back %d bytes' % (modname, n)
    rows = prove(d1, rb, mod.FY)
    fn = mod.NAME + '.' + mod.EXT
    if write:
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(b1)
        with open(os.path.join(OUT, mod.NAME + '.ledger.json'), 'w', encoding='utf-8') as f:
            f.write(ledger_json(fn, d1, rows, rb))
    return mod, d1, b1, rb, rows


def main():
    only = sys.argv[1:]
    for m in MODULES:
        if only and not any(o in m for o in only):
            continue
        mod, d, b, rb, rows = build_one(m)
        rel = sum(1 for r in rows if not r['desc'].startswith(('read-back:', 'anchor:')))
        print('%s.%s  %d bytes read-back, %d ledger rows (%d relations)' % (
            mod.NAME, mod.EXT, len(rb.encode('utf-8')), len(rows), rel))


if __name__ == '__main__':
    main()
