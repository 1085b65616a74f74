"""jiaohe audit: checks figures against each other and renders reports (``jiaohe.report/1``).

>>> from audit import check
>>> [f.rule for f in check("corpora/samples/sample_report.txt")]  # doctest: +SKIP
[]
"""

from .engine import check
from .model import Evidence, Finding
from .report import SCHEMA, build_report

__all__ = ["SCHEMA", "Evidence", "Finding", "build_report", "check"]
