#!/bin/sh
# Regenerate heldout35: six clean reports + ledgers (every check re-proved against the rendered file),
# then the errors/ copies + expected.json with verification (log in logs/).
# Needs python3 with python-docx, reportlab and pdfminer.six.
set -e
cd "$(dirname "$0")"
python3 build_all.py
python3 plant_and_verify.py
