# -*- coding: utf-8 -*-
"""build the six clean reports twice, assert byte-identical, prove ledgers on read-back"""
import os, sys, json, importlib
sys.dont_write_bytecode = True
from lib53 import OUT, render, read_back, prove, ledger_json

GENS = ["g01_hechuan_kindergarten", "g02_zengyang_greening", "g03_jiashan_wenlian",
        "g04_guicheng_reserve_fund", "g05_youning_elderly_meals", "g06_gongjiang_sci_tech_commissioner"]


def load(g):
    m = importlib.import_module(g)
    doc, L = m.build()
    return m, doc, L


def main(only=None):
    total = 0
    for g in GENS:
        if only and g not in only:
            continue
        m, doc, L = load(g)
        kw = doc.meta["render_kw"]
        b1 = render(doc, **kw)
        b2 = render(load(g)[1], **kw)
        assert b1 == b2, "not byte-stable: " + g
        path = os.path.join(OUT, doc.name)
        open(path, "wb").write(b1)
        rb = read_back(path)
        rows = prove(doc, L, rb)
        bad = [r for r in rows if not r["ok"]]
        nb = len(rb.encode("utf-8"))
        assert 2500 <= nb <= 4000, "%s read-back %d bytes" % (g, nb)
        for w in ("省", "自治区", "直辖市"):
            assert w not in rb, (g, w)
        lj = ledger_json(doc, rows, rb)
        with open(os.path.join(OUT, doc.name.rsplit(".", 1)[0] + ".ledger.json"), "w", encoding="utf-8") as f:
            json.dump(lj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        total += len(rows)
        print("%-45s %5d bytes %4d han %4d rows %s" % (doc.name[:45], nb, lj["facts"]["han_chars"], len(rows),
                                                       "OK" if not bad else "FAIL %s" % bad))
        assert not bad
    print("total ledger rows", total)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
