"""Compiling a pattern with the faster of the two engines that read it the same way.

Binding a figure asks a few hundred short questions of the text around it (is there a cue word
before it, does a bracket open after it …), each one regular-expression search.  The standard
library's ``re`` answers such a search in about half the time of the ``regex`` package (0.17 µs
against 0.32 µs for a failing 30-character search, CPython 3.11), so a pattern both engines accept
runs on ``re``.  ``regex`` in its default (version 0) mode is built to match ``re`` wherever both
accept a pattern; the patterns that need ``regex`` — ``\\p{Han}``, variable-width lookbehind,
``regex.REVERSE`` searches — are refused by ``re`` and so compile with ``regex`` as before.  A
pattern ``re`` accepts only with a warning (``[[`` is a possible nested set) goes to ``regex`` too.

The other way round, ``regex`` finds where a match can start faster than ``re`` when a pattern
scans a long stretch (a whole document for its dates, a paragraph for a cue): such patterns are
compiled with ``scans=True`` and stay on ``regex``.  Which patterns those are was measured, pattern
by pattern, over both benchmark corpora (``benchmarks/speed.py``).

Code that calls a ``regex``-only method on a match (``captures``) compiles with ``regex`` itself.
"""

from __future__ import annotations

import re
import warnings

import regex

# flags both engines give the same meaning and the same value
# (not ASCII: re.ASCII is 256, which to regex is V1)
_SHARED_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE)


def compile_pattern(pattern: str, flags: int = 0, *, scans: bool = False):
    """``pattern`` compiled by ``re`` when it accepts it cleanly, else (or when it ``scans`` long
    texts) by ``regex``.

    >>> type(compile_pattern(r"年初预算\\d+万元")).__module__, type(compile_pattern(r"\\p{Han}+")).__module__
    ('re', '_regex')
    """
    if not scans and not int(flags) & ~_SHARED_FLAGS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                return re.compile(pattern, flags)
        except (re.error, Warning):
            pass
    return regex.compile(pattern, flags)
