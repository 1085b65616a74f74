"""Planted errors: synthetic reports with known facts, one error of a known kind at a known
place, and harmless rewrites that must raise nothing.

>>> from corpora.planted import MUTATIONS, mutation_rng, write_report
>>> text, manifest = write_report(7)
>>> new_text, expected = MUTATIONS["share"](text, manifest, mutation_rng(7, "share"))
>>> expected.codes
('R001',)

``python -m benchmarks.planted`` runs the tool over them and scores it.
"""

from .manifest import Expected, Manifest, Slot
from .mutations import MUTATIONS, REWRITES, NotApplicable, mutation_rng
from .seeds import SeedCase, seed_cases
from .templates import grade_of, write_report

__all__ = [
    "Expected", "MUTATIONS", "Manifest", "NotApplicable", "REWRITES", "SeedCase", "Slot", "grade_of",
    "mutation_rng", "seed_cases", "write_report",
]
