"""Build the six clean reports and their ledgers; assert 2,500–4,000 UTF-8 bytes of read-back text."""
import importlib
import os
import sys

from lib41 import OUT, render, read_back

MODS = ["g01_echuan_institutional_pension_fund_final",
        "g02_qiuyang_natural_resources_overall_selfeval",
        "g03_qianxi_surplus_funds_recovery_notice",
        "g04_jushan_township_transfer_payment_report",
        "g05_chunjiang_cultural_relics_fund_selfeval",
        "g06_qining_nontax_revenue_report"]


def main(only=None):
    total = 0
    for m in MODS:
        if only and not any(o in m for o in only):
            continue
        mod = importlib.import_module(m)
        blocks, L, meta = mod.build()
        path = os.path.join(OUT, mod.NAME + "." + meta["ext"])
        render(blocks, meta, path)
        text = read_back(path)
        L.prove(text)
        n = len(text.encode("utf8"))
        assert 2500 <= n <= 4000, (mod.NAME, n)
        L.dump(os.path.join(OUT, mod.NAME + ".ledger.json"), text)
        ar = sum(1 for c in L.proved if not c["desc"].startswith(("read-back:", "anchor:", "same:")))
        print(f"{mod.NAME}: {n} bytes, {len(L.proved)} checks ({ar} relations), all ok")
        total += len(L.proved)
    print("total checks", total)


if __name__ == "__main__":
    main(sys.argv[1:])
