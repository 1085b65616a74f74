#!/bin/sh
# Regenerate every file of heldout18 from a clean state; fails on any failed check.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
OUTDIR="$(dirname "$HERE")"
cd "$HERE"
# clean state: delete every generated file
rm -f "$OUTDIR"/t0[1-6]_*.docx "$OUTDIR"/t0[1-6]_*.pdf "$OUTDIR"/t0[1-6]_*.md "$OUTDIR"/t0[1-6]_*.html \
      "$OUTDIR"/t0[1-6]_*.txt "$OUTDIR"/t0[1-6]_*.ledger.json
rm -rf "$OUTDIR/errors"
mkdir -p "$OUTDIR/errors"
export PYTHONHASHSEED=0
export PYTHONDONTWRITEBYTECODE=1
for g in t01_gen t02_gen t03_gen t04_gen t05_gen t06_gen; do
    python3 "$g.py"
done
python3 plant_errors.py
python3 verify_errors.py
python3 - "$OUTDIR" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
tot = 0
for p in sorted(glob.glob(os.path.join(out, "t0*.ledger.json"))):
    d = json.load(open(p, encoding="utf-8"))
    bad = [c for c in d["checks"] if not c["ok"]]
    tot += len(d["checks"])
    print("%-62s %4d checks  all_checks_ok=%s  han=%s" % (os.path.basename(p), len(d["checks"]), d["all_checks_ok"], d["facts"]["han_chars"]))
    if bad or not d["all_checks_ok"]:
        sys.exit("ledger failure in " + p)
print("ledger summary: %d checks, all OK" % tot)
PY
