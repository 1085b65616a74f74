"""Score the audit on planted errors and harmless rewrites.

    python -m benchmarks.planted [--docs N] [--seed S] [--no-seeds]

Writes N synthetic reports (document seeds S·1000 … S·1000+N−1, see
:func:`corpora.planted.write_report`), plants every error kind and every harmless rewrite in
each, adds the seed-based cases of :mod:`corpora.planted.seeds`, and runs extract +
check_extraction on every clean and changed text. It prints:

* findings on the clean synthetic reports (should be none);
* recall per error kind — a planted error is found when a new finding with one of its expected
  rule codes (``Expected.codes``: one code for most kinds; several for value-mention, direction,
  unit and the 年初 + 追加 parts) has evidence touching the planted span; a finding of another
  rule touching it is shown as "other";
* new false findings per changed document — new findings (not on the clean text) that touch
  neither the changed span nor the planted evidence;
* false alarms on harmless rewrites — every new finding counts;

then every miss, false finding and false alarm with its document seed, so it can be reproduced
with ``write_report(seed)`` and ``MUTATIONS[kind](text, manifest, mutation_rng(seed, kind))``.
Findings are compared by rule and evidence roles and values, so a rewrite that writes the same
value differently (673.6万元 for 673.60万元) does not turn an old finding into a new one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from audit.engine import check_extraction
from audit.model import Finding
from audit.registry import selected_rules
from corpora.planted import MUTATIONS, REWRITES, Expected, NotApplicable, mutation_rng, seed_cases, write_report
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text
from extractor.loaders.wrapped import unwrap_lines

RECALL_TARGET = 0.95
FALSE_PER_DOC_TARGET = 0.1


@dataclass
class Outcome:
    origin: str
    expected: Expected
    found: bool = False
    other: list[Finding] = field(default_factory=list)
    false: list[Finding] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)


def findings_of(text: str, source: str) -> tuple[list[Finding], list[str]]:
    """All findings on a text; a rule that raises is skipped and reported as a crash."""
    # read as a .txt file is read: a hard-wrapped copy is joined back first
    extraction = extract(document_from_text(source, "txt", unwrap_lines(text) or text))
    try:
        return check_extraction(extraction), []
    except Exception:  # noqa: BLE001 - a crashing rule must not hide the others' findings
        findings, crashes = [], []
        for rule in selected_rules():
            try:
                findings.extend(rule.check(extraction))
            except Exception as error:  # noqa: BLE001
                crashes.append(f"{rule.code} {type(error).__name__}: {error}")
        return sorted({f.fingerprint: f for f in findings}.values(), key=Finding.sort_key), crashes


def finding_key(finding: Finding) -> tuple:
    """Rule plus evidence roles and values: the same finding however its figures are written."""
    def value(e):
        if isinstance(e.value, Decimal):
            return format(e.value.normalize(), "f")
        return e.value if e.value is not None else e.text
    return (finding.rule, tuple(sorted((e.role, value(e)) for e in finding.evidence)))


def touches(finding: Finding, spans) -> bool:
    return any(e.start < end and start < e.end for e in finding.evidence for start, end in spans)


def judge(origin: str, clean: list[Finding], text: str, expected: Expected) -> Outcome:
    findings, crashes = findings_of(text, origin)
    old = {finding_key(f) for f in clean}
    new = [f for f in findings if finding_key(f) not in old]
    outcome = Outcome(origin, expected, crashes=crashes)
    if expected.harmless:
        outcome.false = new
        return outcome
    codes = expected.codes
    planted = expected.spans + expected.changed
    outcome.found = any(f.rule in codes and touches(f, expected.spans) for f in new)
    outcome.other = [f for f in new if f.rule not in codes and touches(f, planted)]
    outcome.false = [f for f in new if not touches(f, planted)]
    return outcome


def run(docs: int, seed: int, with_seeds: bool = True) -> dict:
    outcomes: list[Outcome] = []
    clean_findings: list[tuple[str, Finding]] = []
    crashes: list[tuple[str, str]] = []
    for index in range(docs):
        doc_seed = seed * 1000 + index
        origin = f"syn {doc_seed}"
        text, manifest = write_report(doc_seed)
        clean, clean_crashes = findings_of(text, origin)
        clean_findings.extend((origin, f) for f in clean)
        crashes.extend((origin, c) for c in clean_crashes)
        for kind, change in {**MUTATIONS, **REWRITES}.items():
            try:
                new_text, expected = change(text, manifest, mutation_rng(doc_seed, kind))
            except NotApplicable:
                continue  # docno-year in a report without a 红头
            outcomes.append(judge(origin, clean, new_text, expected))
    if with_seeds:
        clean_by_doc: dict[str, list[Finding]] = {}
        for case in seed_cases():
            if case.doc not in clean_by_doc:
                clean_by_doc[case.doc] = findings_of(case.clean, case.doc)[0]
            outcomes.append(judge(f"seed {case.doc[:3]}", clean_by_doc[case.doc], case.text, case.expected))
    for outcome in outcomes:
        crashes.extend((f"{outcome.origin} {outcome.expected.kind}", c) for c in outcome.crashes)
    return {"outcomes": outcomes, "clean": clean_findings, "crashes": crashes, "docs": docs}


def _pct(hits: int, total: int) -> str:
    return f"{hits}/{total} {100 * hits / total:5.1f}%" if total else "–"


def _line(finding: Finding) -> str:
    return f"{finding.rule} {finding.status}: {finding.message}"


def report(result: dict, out=sys.stdout) -> bool:
    outcomes: list[Outcome] = result["outcomes"]
    planted = [o for o in outcomes if not o.expected.harmless]
    harmless = [o for o in outcomes if o.expected.harmless]
    synthetic = lambda o: o.origin.startswith("syn")  # noqa: E731
    say = partial(print, file=out)

    clean = result["clean"]
    say(f"planted-error benchmark: {result['docs']} synthetic reports, "
        f"{sum(1 for o in outcomes if not synthetic(o))} seed cases")
    say(f"findings on clean synthetic reports: {len(clean)} (in {len({o for o, _ in clean})} of {result['docs']} reports)")

    say("\nrecall per error kind        synthetic          seeds        all                other rule touching")
    ok = True
    for kind in MUTATIONS:
        rows = [o for o in planted if o.expected.kind == kind]
        syn = [o for o in rows if synthetic(o)]
        seeds = [o for o in rows if not synthetic(o)]
        hits = sum(o.found for o in rows)
        others = Counter(f.rule for o in rows if not o.found for f in o.other)
        ok &= not rows or hits / len(rows) >= RECALL_TARGET
        say(f"  {kind:20} {_pct(sum(o.found for o in syn), len(syn)):>16}   {_pct(sum(o.found for o in seeds), len(seeds)):>12}"
            f"   {_pct(hits, len(rows)):>16}   {' '.join(f'{c}×{n}' for c, n in sorted(others.items())) or '-'}")
    total_hits = sum(o.found for o in planted)
    say(f"  {'all':20} {_pct(sum(o.found for o in planted if synthetic(o)), sum(1 for o in planted if synthetic(o))):>16}"
        f"   {_pct(sum(o.found for o in planted if not synthetic(o)), sum(1 for o in planted if not synthetic(o))):>12}"
        f"   {_pct(total_hits, len(planted)):>16}")

    false_syn = sum(len(o.false) for o in planted if synthetic(o))
    false_seed = sum(len(o.false) for o in planted if not synthetic(o))
    n_syn, n_seed = sum(1 for o in planted if synthetic(o)), sum(1 for o in planted if not synthetic(o))
    rate = (false_syn + false_seed) / len(planted) if planted else 0.0
    say(f"\nnew false findings per changed document: {rate:.3f} ({false_syn + false_seed} over {len(planted)};"
        f" synthetic {false_syn}/{n_syn}, seeds {false_seed}/{n_seed})")

    say("\nharmless rewrites            cases   with findings   findings")
    for kind in list(REWRITES):
        rows = [o for o in harmless if o.expected.kind == kind]
        say(f"  {kind:20} {len(rows):>12}   {sum(1 for o in rows if o.false):>13}   {sum(len(o.false) for o in rows):>8}")
    alarms = sum(len(o.false) for o in harmless)
    say(f"  {'all':20} {len(harmless):>12}   {sum(1 for o in harmless if o.false):>13}   {alarms:>8}")

    targets = {
        f"recall ≥ {RECALL_TARGET:.0%} in every kind": ok,
        f"≤ {FALSE_PER_DOC_TARGET} new false findings per document": rate <= FALSE_PER_DOC_TARGET,
        "no finding on clean synthetic reports": not clean,
        "no finding from harmless rewrites": alarms == 0,
        "no rule crashed": not result["crashes"],
    }
    say("\ntargets: " + "; ".join(f"{name}: {'PASS' if passed else 'FAIL'}" for name, passed in targets.items()))

    misses = [o for o in planted if not o.found]
    say(f"\nmisses ({len(misses)}):")
    by_kind = defaultdict(list)
    for o in misses:
        by_kind[o.expected.kind].append(o)
    for kind, rows in by_kind.items():
        say(f"  [{kind}]")
        for o in rows:
            fired = "; ".join(_line(f) for f in o.other) or "nothing touched it"
            say(f"    {o.origin} (expects {'/'.join(o.expected.codes)}): {o.expected.description} | {fired}")

    false = [(o, f) for o in planted for f in o.false]
    say(f"\nnew false findings on changed documents ({len(false)}):")
    for o, f in false:
        say(f"    {o.origin} {o.expected.kind} ({o.expected.description}): {_line(f)}")

    say(f"\nfalse alarms on harmless rewrites ({alarms}):")
    for o in harmless:
        for f in o.false:
            say(f"    {o.origin} {o.expected.kind} ({o.expected.description}): {_line(f)}")

    if clean:
        say(f"\nfindings on clean synthetic reports ({len(clean)}):")
        for origin, f in clean:
            say(f"    {origin}: {_line(f)}")
    if result["crashes"]:
        say(f"\nrule crashes ({len(result['crashes'])} texts):")
        by_crash = defaultdict(list)
        for origin, crash in result["crashes"]:
            by_crash[crash].append(origin)
        for crash, origins in by_crash.items():
            say(f"    {crash} — {len(origins)} texts: {', '.join(origins)}")
    return all(targets.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=60, help="synthetic reports to write (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="document seeds are SEED*1000 + 0 … N-1")
    parser.add_argument("--no-seeds", action="store_true", help="leave out the cases planted in the real seeds")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    result = run(args.docs, args.seed, not args.no_seeds)
    passed = report(result)
    print(f"\n({len(result['outcomes'])} changed texts checked in {time.perf_counter() - began:.1f} s)")
    return 1 if args.strict and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
