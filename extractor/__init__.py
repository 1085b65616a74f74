"""jiaohe extractor: load reports, find their structure, tag their figures.

>>> from extractor import load
>>> doc = load("corpora/samples/sample_report.txt")  # doctest: +SKIP
"""

from .document import Block, Cell, Document, Section, Table
from .errors import LoadError
from .loaders import DEFAULT_MAX_BYTES, load


def extract(document):
    """Tag and bind the figures of a loaded Document (see :mod:`extractor.extraction`).

    Example: ``extract(load("report.txt")).fiscal_year`` → 2023.
    """
    from .extraction import extract as _extract

    return _extract(document)


def to_frame(extraction):
    """pandas DataFrames of an extraction's entities, facts and relations (see :mod:`extractor.frame`)."""
    from .frame import to_frame as _to_frame

    return _to_frame(extraction)

__all__ = ["Block", "Cell", "DEFAULT_MAX_BYTES", "Document", "LoadError", "Section", "Table", "extract", "load", "to_frame"]
__version__ = "0.1.0"
