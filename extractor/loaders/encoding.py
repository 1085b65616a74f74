"""Decoding the bytes of a plain-text report.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise strict
GB18030 (a superset of GBK and GB2312).  GB18030 decodes almost any byte string, so its result
must also look like text: binary garbage is refused rather than guessed at.  Short Chinese texts
are never handed to a statistical detector, which is where such detectors guess wrong.
"""

from __future__ import annotations

import codecs
import unicodedata

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of characters that may be control or unassigned/private-use before a text counts as binary.
MAX_ODD_SHARE = 0.02


class UndecodableText(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode_report_bytes(data: bytes) -> tuple[str, str]:
    """Decode a report's bytes and name the encoding used.

    >>> decode_report_bytes("医保基金累计征收7.55亿元".encode("gb18030"))
    ('医保基金累计征收7.55亿元', 'gb18030')
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise UndecodableText(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from exc
            _require_text(text)
            return text, encoding
    if b"\x00" in data:
        raise UndecodableText("contains NUL bytes: binary data, or UTF-16 without a byte-order mark")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            text, encoding = _gbk_read_as_utf8(data, text)
        _require_text(text)
        return text, encoding
    raise UndecodableText("not valid UTF-8 or GB18030/GBK text")


def _gbk_read_as_utf8(data: bytes, text: str) -> tuple[str, str]:
    """Short GBK texts such as ``医院`` (D2BD D4BA) are also valid UTF-8 (``ҽԺ``).

    Such a UTF-8 reading has only two-byte sequences (no character from U+0800 up, so no Chinese
    at all); when the GB18030 reading is ASCII plus GB2312 characters, it is the one meant.
    """
    if text.isascii() or any(ord(ch) >= 0x800 for ch in text):
        return text, "utf-8"
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        return text, "utf-8"
    if all(ch.isascii() or _in_gb2312(ch) for ch in gb_text):
        return gb_text, "gb18030"
    return text, "utf-8"


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _require_text(text: str) -> None:
    if not text:
        return
    odd = sum(1 for ch in text if _is_odd(ch))
    if odd > max(2, MAX_ODD_SHARE * len(text)):
        raise UndecodableText(f"does not look like text ({odd} control or unassigned characters in {len(text)})")


def _is_odd(ch: str) -> bool:
    if ch in "\n\r\t\f\v":
        return False
    category = unicodedata.category(ch)
    return category in ("Cc", "Cn", "Co", "Cs")
