# -*- coding: utf-8 -*-
"""Shared helpers for the h12 test-report generators.

Every amount is a decimal.Decimal; rounding is always ROUND_HALF_UP.
Each generator records facts and asserted checks in a Ledger which is
written next to the report as NAME.ledger.json.
"""
import json
import os
import re
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))


def D(x):
    return Decimal(str(x))


def q(x, places=2):
    """Round half-up to `places` decimals."""
    return Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(part, whole, places=2):
    """part / whole as a percentage, rounded half-up."""
    return q(Decimal(part) * 100 / Decimal(whole), places)


def f(x, places=2, sep=True):
    """Format a Decimal (rounded half-up first), optionally with thousands separators."""
    v = q(x, places)
    if sep:
        return format(v, ",.%df" % places)
    return format(v, ".%df" % places)


def wan_from_yuan(y, places=2):
    return q(Decimal(y) / 10000, places)


def yi_from_wan(w, places=2):
    return q(Decimal(w) / 10000, places)


HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def han_count(text):
    return len(HAN_RE.findall(text))


class Ledger:
    def __init__(self, name):
        self.name = name
        self.facts = {}
        self.checks = []

    # ---- facts -------------------------------------------------------
    def fact(self, key, value, unit=None):
        self.facts[key] = {"value": str(value), "unit": unit}
        return value

    # ---- checks ------------------------------------------------------
    def check(self, desc, ok, detail=""):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        assert ok, "%s: CHECK FAILED: %s (%s)" % (self.name, desc, detail)

    def eq(self, desc, a, b):
        self.check(desc, a == b, "%s == %s" % (a, b))

    def sum_eq(self, desc, parts, total):
        s = sum(parts, Decimal(0))
        self.check(desc, s == total,
                   "%s = %s ; stated %s" % (" + ".join(str(p) for p in parts), s, total))

    def pct_eq(self, desc, part, whole, stated, places=2):
        v = pct(part, whole, places)
        self.check(desc, v == stated, "%s / %s = %s%% ; stated %s%%" % (part, whole, v, stated))

    def growth(self, desc, new, old, stated, word, places=2, shown_new=None, shown_old=None):
        """stated = |new-old|/old*100 rounded; word must be 增长/下降 consistent with sign.
        If shown_new/shown_old (the rounded figures printed in the report) are given,
        the percentage must also come out the same from them."""
        change = Decimal(new) - Decimal(old)
        v = pct(abs(change), old, places)
        w = "增长" if change > 0 else ("下降" if change < 0 else "持平")
        ok = (v == stated) and (word == w or (word in ("增加", "提高", "上升") and w == "增长")
                                 or (word in ("减少", "降低") and w == "下降"))
        detail = "(%s - %s) / %s = %s%% %s ; stated %s %s%%" % (new, old, old, v, w, word, stated)
        if shown_new is not None:
            v2 = pct(abs(Decimal(shown_new) - Decimal(shown_old)), shown_old, places)
            ok = ok and v2 == stated
            detail += " ; from shown figures %s vs %s -> %s%%" % (shown_new, shown_old, v2)
        self.check(desc, ok, detail)

    def le(self, desc, a, b):
        self.check(desc, a <= b, "%s <= %s" % (a, b))

    def in_text(self, text, snippet, times=None):
        n = text.count(snippet)
        ok = n >= 1 if times is None else n == times
        self.check("text contains %r" % snippet, ok, "found %d" % n)

    # ---- output ------------------------------------------------------
    def write(self, path):
        data = {"report": self.name, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        return data


def grade_for(score, bands):
    """bands: list of (lower_bound_inclusive, label) sorted descending."""
    for lo, label in bands:
        if score >= lo:
            return label
    raise ValueError(score)


def score_by_ratio(weight, actual, target, places=2, higher_is_better=True):
    """Standard rule: full marks if target met, else weight * actual/target."""
    actual, target = Decimal(actual), Decimal(target)
    if higher_is_better:
        if actual >= target:
            return Decimal(weight)
        return q(Decimal(weight) * actual / target, places)
    else:
        if actual <= target:
            return Decimal(weight)
        return q(Decimal(weight) * target / actual, places)


def check_text_hygiene(ledger, text):
    """No unformatted placeholders or Decimal reprs leaked into the text."""
    ledger.check("no leftover placeholders", "{" not in text and "}" not in text and "Decimal(" not in text)
    n = han_count(text)
    ledger.fact("han_chars", n)
    ledger.check("Han character count within 2500-5000", 2500 <= n <= 5000, "han=%d" % n)
