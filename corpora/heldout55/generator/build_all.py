"""Build the six heldout55 reports twice, assert byte identity, prove the ledgers on the read-back."""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib55 import han_count, prove, read_back, render  # noqa: E402

OUT = os.path.dirname(HERE)
MODULES = [
    "g01_jianchuan_pv_station_income_distribution",
    "g02_huiyang_npc_office_final_accounts",
    "g03_lingxi_ethnic_minority_development_fund",
    "g04_caojiang_river_sand_mining_revenue",
    "g05_jishan_drug_control_funds_selfeval",
    "g06_diancheng_high_quality_farmer_training_selfeval",
]
EXT = {"txt-tab": "txt", "txt-space": "txt", "html": "html", "docx": "docx", "pdf": "pdf"}


def build_one(modname):
    m = importlib.import_module(modname)
    d, L, meta = m.build()
    data = render(m.FMT, d, meta)
    d2, _, meta2 = importlib.reload(m).build()
    data2 = render(m.FMT, d2, meta2)
    assert data == data2, modname + ": not byte-stable"
    text = read_back(m.FMT, data)
    return m, d, L, meta, data, text


def facts_of(meta, text):
    return {"date": meta["date"], "docno": meta["docno"], "utf8_bytes": len(text.encode("utf-8")),
            "han_chars": han_count(text)}


def main(only=None):
    summary = []
    for modname in MODULES:
        if only and not any(o in modname for o in only):
            continue
        m, d, L, meta, data, text = build_one(modname)
        nb = len(text.encode("utf-8"))
        assert 2500 <= nb <= 4000, f"{m.NAME}: read-back {nb} bytes"
        for bad in ("省", "自治区", "直辖市"):
            assert bad not in text, f"{m.NAME}: contains {bad}"
        fname = m.NAME + "." + EXT[m.FMT]
        led = prove(L, text, fname, facts_of(meta, text))
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, m.NAME + ".ledger.json"), "w", encoding="utf-8") as fh:
            json.dump(led, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        rel = sum(1 for r in led["checks"] if not re.match(r"(read-back|anchor|same):", r["desc"]))
        summary.append((fname, nb, han_count(text), len(led["checks"]), rel))
    for s in summary:
        print("%s bytes=%d han=%d rows=%d relations=%d" % s)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
