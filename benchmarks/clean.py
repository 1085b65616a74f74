"""False alarms on independently written clean reports (corpora/clean).

    python -m benchmarks.clean [--list] [--dir corpora/heldout]

Every finding on these reports is a false alarm unless the report's ledger shows its text is
wrong; the scorer prints the count per status and rule, and with ``--list`` each finding.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor import load
from extractor.extraction import extract

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def reports_in(folder: Path) -> list[Path]:
    """The report files of a corpus folder (its README excluded), in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES and p.stem.upper() != "README")

CLEAN = Path(__file__).resolve().parents[1] / "corpora" / "clean"


def run(folder: Path = CLEAN) -> dict[str, list]:
    """Findings per clean report in ``folder`` (file name → findings)."""
    rules = selected_rules()
    return {path.name: check_extraction(extract(load(path)), rules) for path in reports_in(folder)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="print every finding")
    parser.add_argument("--dir", type=Path, default=CLEAN, help="folder of clean reports (default corpora/clean)")
    args = parser.parse_args(argv)
    found = run(args.dir)
    statuses = Counter(f.status for findings in found.values() for f in findings)
    rules = Counter(f.rule for findings in found.values() for f in findings)
    characters = sum(len(load(args.dir / name).text) for name in found)
    print(f"clean reports: {len(found)} ({characters} characters)")
    print(f"findings: {sum(statuses.values())} (fail {statuses['fail']}, uncertain {statuses['uncertain']})")
    print("per rule: " + ", ".join(f"{code} {count}" for code, count in sorted(rules.items())))
    print(f"reports with a fail finding: {sum(1 for fs in found.values() if any(f.status == 'fail' for f in fs))}")
    if args.list:
        for name, findings in found.items():
            for f in findings:
                print(f"  {name} {f.rule} {f.status:9} {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
