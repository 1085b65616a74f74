"""Shared helpers for the heldout13 generators.

Every amount, rate and score is a decimal.Decimal; rounding is always ROUND_HALF_UP.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)          # corpora/heldout13
ERR = os.path.join(OUT, "errors")


def q(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(a, b, places=2):
    """a/b in per cent, rounded half-up."""
    return q(D(a) * 100 / D(b), places)


def growth(new, old, places=2):
    """Signed growth rate in per cent."""
    return q((D(new) - D(old)) * 100 / D(old), places)


def f(x, places=2, sep=True):
    """Format a Decimal, rounded half-up, optionally with thousands separators."""
    return format(q(x, places), (',' if sep else '') + '.%df' % places)


def fi(x):
    """Integer with thousands separators."""
    assert D(x) == D(x).to_integral_value(), x
    return format(int(x), ',')


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def updown(x, up='增长', down='下降', flat='持平'):
    x = D(x)
    return up if x > 0 else (down if x < 0 else flat)


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []

    def check(self, desc, ok, detail=''):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": str(detail)})
        if not ok:
            raise AssertionError('%s: %s' % (desc, detail))

    def eq(self, desc, a, b):
        self.check(desc, a == b, '%s == %s' % (a, b))

    def fact(self, key, value):
        self.facts[key] = str(value) if isinstance(value, Decimal) else value
        return value

    def stated(self, text, *snippets):
        """Each snippet must appear in the visible text (the figure printed is the one checked)."""
        for s in snippets:
            self.check('stated: %s' % s, s in text, 'found' if s in text else 'MISSING')

    def stated_once(self, text, *snippets):
        for s in snippets:
            n = text.count(s)
            self.check('stated once: %s' % s, n == 1, 'count=%d' % n)

    def han(self, text, lo=2500, hi=5000):
        n = han_count(text)
        self.check('Han character count in [%d, %d]' % (lo, hi), lo <= n <= hi, n)
        self.facts['han_chars'] = n
        return n

    def write(self, name):
        path = os.path.join(OUT, name + '.ledger.json')
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        assert data["all_checks_ok"]
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        return path
