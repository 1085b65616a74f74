"""``load(path)``: any supported report file to a :class:`~extractor.document.Document`."""

from __future__ import annotations

import os
from pathlib import Path

from ..document import Document
from ..errors import LoadError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
SUPPORTED = ".txt, .md, .docx, .pdf, .html"


def load(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load a report file (txt, md, docx, pdf, html) into a Document.

    Raises :class:`~extractor.errors.LoadError` naming the file and the reason for anything that
    cannot be read: missing, empty, too large, unknown type, binary, corrupt, encrypted, scanned.

    >>> doc = load("../shared/seeds/000_481fe573c2d24300.txt")  # doctest: +SKIP
    >>> doc.sections[0].number  # doctest: +SKIP
    '附件1'
    """
    path = Path(path)
    if not path.exists():
        raise LoadError(str(path), "no such file")
    if path.is_dir():
        raise LoadError(str(path), "is a directory, not a file")
    size = path.stat().st_size
    if size == 0:
        raise LoadError(str(path), "empty file (0 bytes)")
    if size > max_bytes:
        raise LoadError(str(path), f"file is {_megabytes(size)}, over the size limit of {_megabytes(max_bytes)} (raise it with --max-size)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    kind = _kind(path, data)
    if kind == "docx":
        from .docx import load_docx

        return load_docx(path)
    if kind == "pdf":
        from .pdf import load_pdf

        return load_pdf(path)
    if kind == "html":
        from .html import load_html

        return load_html(path, data)
    from .plain import load_plain

    return load_plain(path, data, kind)


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".doc":
        raise LoadError(str(path), "legacy Word .doc is not supported: save it as .docx")
    if suffix in ("", ".dat"):
        return _sniff(path, data)
    raise LoadError(str(path), f"unsupported file type '{suffix}' (supported: {SUPPORTED})")


def _sniff(path: Path, data: bytes) -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head[:100].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def _megabytes(size: int) -> str:
    """A file size for messages: bytes below 1 MB, where a rounded MB figure would read 0.0 MB.

    >>> _megabytes(10), _megabytes(52428800)
    ('10 bytes', '50.0 MB')
    """
    if size < 1024 * 1024:
        return f"{size} bytes"
    return f"{size / 1024 / 1024:.1f} MB"
