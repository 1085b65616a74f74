#!/usr/bin/env bash
# Regenerate the six heldout15 reports, their ledgers, the planted copies, and check them.
# Requirements: python3 (3.8+), python-docx, reportlab, pdfminer.six
set -euo pipefail
cd "$(dirname "$0")"
for g in t01_gen.py t02_gen.py t03_gen.py t04_gen.py t05_gen.py t06_gen.py; do
    python3 "$g"
done
python3 plant_errors.py
python3 verify_errors.py
