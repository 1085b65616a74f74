#!/usr/bin/env bash
# Regenerate the whole heldout20 set from a clean state; fails on any failed check.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
export PYTHONHASHSEED=0
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$HERE")"
cd "$HERE"
rm -f "$OUT"/t0[1-6]_*.docx "$OUT"/t0[1-6]_*.txt "$OUT"/t0[1-6]_*.html "$OUT"/t0[1-6]_*.pdf "$OUT"/t0[1-6]_*.md \
      "$OUT"/t0[1-6]_*.ledger.json
rm -f "$OUT"/errors/*
rm -rf "$OUT/_scratch/replant"
mkdir -p "$OUT/errors" "$OUT/_scratch"
for g in t01 t02 t03 t04 t05 t06; do
  python3 "${g}_gen.py"
done
python3 plant_errors.py
python3 verify_errors.py > "$OUT/_scratch/verify_errors.log"
tail -n 1 "$OUT/_scratch/verify_errors.log"
python3 - "$OUT" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
tot = 0
for f in sorted(glob.glob(os.path.join(out, "t0*.ledger.json"))):
    d = json.load(open(f, encoding="utf-8"))
    n = len(d["checks"]); tot += n
    bad = [c for c in d["checks"] if not c["ok"]]
    print("%-66s checks=%5d failed=%d han=%s" % (os.path.basename(f), n, len(bad), d["facts"]["han_chars"]))
    if bad or not d["all_checks_ok"]:
        sys.exit("ledger failure in " + f)
print("all ledgers ok: %d checks" % tot)
PY
