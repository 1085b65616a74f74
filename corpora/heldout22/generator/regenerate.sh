#!/bin/sh
# Rebuild the whole h22 set from a clean state; fails on any failed check.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
ROOT=..
rm -f $ROOT/t0*_*.html $ROOT/t0*_*.txt $ROOT/t0*_*.docx $ROOT/t0*_*.pdf $ROOT/t0*_*.ledger.json
rm -f $ROOT/errors/*
mkdir -p $ROOT/errors $ROOT/_scratch
for g in t01_gen.py t02_gen.py t03_gen.py t04_gen.py t05_gen.py t06_gen.py; do
  python3 $g
done
python3 plant_errors.py
python3 verify_errors.py
python3 - <<'PY'
import glob, json
n = 0
for p in sorted(glob.glob("../*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    assert d["all_checks_ok"], p
    n += len(d["checks"])
print("ledgers: %d reports, %d checks, all ok" % (len(glob.glob("../*.ledger.json")), n))
PY
