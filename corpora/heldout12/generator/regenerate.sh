#!/bin/sh
# Regenerate all six reports (+ ledgers), the planted-error copies, and verify.
set -e
cd "$(dirname "$0")"
for g in t01_gen.py t02_gen.py t03_gen.py t04_gen.py t05_gen.py t06_gen.py; do
  python3 "$g"
done
python3 plant_errors.py
python3 verify_errors.py
