"""Plain-text reports (.txt, .md)."""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import LoadError
from .compose import document_from_text
from .encoding import UndecodableText, decode_report_bytes
from .wrapped import unwrap_lines


def load_plain(path: Path, data: bytes, fmt: str = "txt") -> Document:
    """Decode and structure a plain-text report.

    Example: a GB18030 file holding ``一、单位概况`` loads with ``encoding == "gb18030"``.  A file
    hard-wrapped at a fixed width (copied out of a PDF) is joined back into paragraphs and its page
    headers and footers dropped; offsets then index that joined text (``jiaohe extract`` prints it).
    """
    try:
        text, encoding = decode_report_bytes(data)
    except UndecodableText as exc:
        raise LoadError(str(path), str(exc)) from None
    if not text.strip():
        raise LoadError(str(path), "holds no text (only whitespace)")
    # text copied out of a PDF, broken at a fixed width: joined into paragraphs as a PDF's lines are
    text = unwrap_lines(text) or text
    return document_from_text(str(path), fmt, text, encoding)
