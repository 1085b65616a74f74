"""jiaohe extractor: load reports, find their structure, tag their figures.

>>> from extractor import load
>>> doc = load("corpora/samples/sample_report.txt")  # doctest: +SKIP
"""

from .document import Block, Cell, Document, Section, Table
from .errors import LoadError
from .loaders import DEFAULT_MAX_BYTES, load

__all__ = ["Block", "Cell", "DEFAULT_MAX_BYTES", "Document", "LoadError", "Section", "Table", "load"]
__version__ = "0.1.0"
