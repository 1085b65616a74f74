#!/usr/bin/env bash
# Regenerate the whole heldout17 set from a clean state.
set -euo pipefail
cd "$(dirname "$0")"
OUTDIR=..
python3 -c "import docx, reportlab, pdfminer" || { echo "need: pip install python-docx reportlab pdfminer.six"; exit 1; }
# clean state: remove every generated file
rm -f "$OUTDIR"/t0[1-6]_*.{html,pdf,docx,txt,ledger.json}
rm -f "$OUTDIR"/errors/*
rm -rf __pycache__
mkdir -p "$OUTDIR/errors"
for g in t01_gen.py t02_gen.py t03_gen.py t04_gen.py t05_gen.py t06_gen.py; do
  python3 "$g"
done
python3 plant_errors.py
python3 verify_errors.py > /tmp/heldout17_verify.log || { cat /tmp/heldout17_verify.log; exit 1; }
tail -n 3 /tmp/heldout17_verify.log
python3 - <<'PY'
import glob, json, os, sys
bad = 0
for p in sorted(glob.glob("../t0*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    n = len(d["checks"]); f = sum(not c["ok"] for c in d["checks"])
    bad += f or (not d["all_checks_ok"])
    print("%-70s %4d checks  %d failed  han=%s  all_checks_ok=%s" % (os.path.basename(p), n, f, d["facts"].get("han_chars"), d["all_checks_ok"]))
sys.exit(1 if bad else 0)
PY
rm -rf __pycache__
echo "regenerate.sh: all checks passed"
