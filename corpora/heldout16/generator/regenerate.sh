#!/usr/bin/env bash
# Regenerate the heldout16 set from scratch: six reports + ledgers, then the three planted copies,
# then verify.  Requirements: python3 (3.8+), python-docx, reportlab, pdfminer.six.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$HERE"
# clean state
rm -f "$ROOT"/t0[1-6]_*.{docx,html,pdf,txt} "$ROOT"/t0[1-6]_*.ledger.json
rm -f "$ROOT"/errors/*
rm -rf "$HERE"/__pycache__
mkdir -p "$ROOT/errors"
for g in t01_gen t02_gen t03_gen t04_gen t05_gen t06_gen; do
  python3 "$g.py"
done
python3 plant_errors.py
python3 verify_errors.py
# every ledger must report all_checks_ok
python3 - "$ROOT" <<'PY'
import glob, json, sys
bad = 0
for p in sorted(glob.glob(sys.argv[1] + "/t0*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    n_bad = sum(1 for c in d["checks"] if not c["ok"])
    print("%-70s checks=%4d failed=%d han=%s ok=%s" % (d["report"], len(d["checks"]), n_bad, d["facts"]["han_chars"], d["all_checks_ok"]))
    bad += (not d["all_checks_ok"]) or n_bad
sys.exit(1 if bad else 0)
PY
rm -rf "$HERE"/__pycache__
echo "regenerate.sh: OK"
