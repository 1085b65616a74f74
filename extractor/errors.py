"""Errors raised while loading a report."""

from __future__ import annotations


class LoadError(Exception):
    """A file could not be turned into a Document.  The message names the file and the reason.

    Example: ``LoadError("report.docx", "not a valid .docx (truncated or corrupt zip archive)")``
    prints as ``report.docx: not a valid .docx (truncated or corrupt zip archive)``.
    """

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
