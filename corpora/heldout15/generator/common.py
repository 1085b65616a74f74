"""Shared helpers for the heldout15 generators.

Every amount, rate and score is a decimal.Decimal; rounding is always ROUND_HALF_UP.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)          # /work/heldout15
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


def wan(yuan, places=2):
    """元 -> 万元."""
    return q(D(yuan) / 10000, places)


_CN = '零一二三四五六七八九'


def cn_int(n):
    """Chinese numerals for 0 <= n < 100000000 (一千三百五十, 一万零二百, 十二)."""
    n = int(n)
    assert 0 <= n < 10 ** 8
    if n == 0:
        return '零'

    def below_10k(m, lead):
        units = [(1000, '千'), (100, '百'), (10, '十'), (1, '')]
        s = ''
        zero = False
        started = False
        for u, name in units:
            d = m // u
            m %= u
            if d:
                if zero and started:
                    s += '零'
                if not (u == 10 and d == 1 and not started and lead):
                    s += _CN[d]
                s += name
                started = True
                zero = False
            else:
                zero = started or not lead
        return s
    hi, lo = divmod(n, 10000)
    if hi:
        s = below_10k(hi, True) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + below_10k(lo, False)
        return s
    return below_10k(lo, True)


def cn_digits(s):
    """Digit-by-digit: 2025 -> 二〇二五."""
    return ''.join('〇一二三四五六七八九'[int(c)] for c in str(s))


def cn_year(y):
    return cn_digits(y) + '年'


def cn_date(y, m, d):
    return '%s年%s月%s日' % (cn_digits(y), cn_int(m), cn_int(d))


def cn_dec(x):
    """12.5 -> 十二点五 ; 0.8 -> 零点八."""
    s = format(D(x), 'f')
    ip, _, dp = s.partition('.')
    out = cn_int(int(ip))
    if dp:
        out += '点' + ''.join(_CN[int(c)] for c in dp)
    return out


def cn_pct(x):
    """92.5 -> 百分之九十二点五."""
    return '百分之' + cn_dec(x)


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
        return a

    def fact(self, key, value):
        if isinstance(value, Decimal):
            value = str(value)
        self.facts[key] = value
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
