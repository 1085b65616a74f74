#!/bin/sh
# Regenerate the whole set from a clean state and verify it; fails on any failed check.
set -e
cd "$(dirname "$0")"
rm -f ../t0?_* ../errors/*
for g in t01_gen.py t02_gen.py t03_gen.py t04_gen.py t05_gen.py t06_gen.py; do python3 "$g"; done
python3 plant_errors.py
python3 verify_errors.py
python3 - <<'PY'
import glob, json
tot = 0
for f in sorted(glob.glob("../t0?_*.ledger.json")):
    d = json.load(open(f, encoding="utf-8"))
    assert d["all_checks_ok"] and all(c["ok"] for c in d["checks"]), f
    tot += len(d["checks"])
    print(d["report"], len(d["checks"]), "checks, chars", d["facts"]["chars_nonspace"], "han", d["facts"]["han_chars"])
print("ledger checks in all:", tot)
PY
