"""extractor.loaders.encoding: decoding the bytes of plain-text reports."""

from __future__ import annotations

import codecs
import random

import pytest

from extractor import LoadError, load
from extractor.loaders.encoding import UndecodableText, decode_report_bytes

PARAGRAPH_START = "我单位2023年初预算总收入"


@pytest.fixture(scope="module")
def seed_paragraph(seed_file) -> str:
    """The real paragraph of seed 000 that starts with 我单位2023年初预算总收入 (one line)."""
    text = seed_file("000").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith(PARAGRAPH_START))
    assert "673.60万元" in line and len(line) > 100
    return line


ENCODINGS = [
    pytest.param(lambda s: s.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(lambda s: s.encode("gb18030"), "gb18030", id="gb18030"),
    pytest.param(lambda s: s.encode("gbk"), "gb18030", id="gbk"),
    pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16-le", id="utf-16-le-bom"),
    pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be", id="utf-16-be-bom"),
]


@pytest.mark.parametrize("encode, expected_encoding", ENCODINGS)
def test_encoding_decode_report_bytes_round_trips_seed_paragraph(seed_paragraph, encode, expected_encoding):
    text, encoding = decode_report_bytes(encode(seed_paragraph))
    assert text == seed_paragraph
    assert encoding == expected_encoding


@pytest.mark.parametrize("encode, expected_encoding", ENCODINGS)
def test_encoding_load_txt_keeps_text_and_names_encoding(tmp_path, seed_paragraph, encode, expected_encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(encode("一、单位概况\n" + seed_paragraph + "\n"))
    doc = load(path)
    assert doc.encoding == expected_encoding
    assert doc.text == "一、单位概况\n" + seed_paragraph + "\n"
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "单位概况")]
    start = doc.text.index("673.60")
    assert doc.text[start:start + 6] == "673.60"


def test_encoding_utf16_bom_is_python_default_utf16(seed_paragraph):
    # Python's "utf-16" codec writes a byte-order mark itself (little-endian on this platform)
    text, encoding = decode_report_bytes(seed_paragraph.encode("utf-16"))
    assert text == seed_paragraph
    assert encoding in ("utf-16-le", "utf-16-be")


SHORT_TEXTS = ["医保", "罚款", "万元", "医院", "医药", "学校", "税", "一般公共", "学校医院", "财政拨款收入"]


@pytest.mark.parametrize("word", SHORT_TEXTS)
@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_encoding_short_gbk_text_is_not_misguessed(word, codec):
    # 医院 in GBK (D2BD D4BA) is also valid UTF-8 ("ҽԺ"): the GBK reading must win
    text, encoding = decode_report_bytes(word.encode(codec))
    assert (text, encoding) == (word, "gb18030")


@pytest.mark.parametrize("word", SHORT_TEXTS)
def test_encoding_short_utf8_text_stays_utf8(word):
    assert decode_report_bytes(word.encode("utf-8")) == (word, "utf-8")


@pytest.mark.parametrize("word", ["医院", "万元"])
def test_encoding_load_short_gbk_file(tmp_path, word):
    path = tmp_path / "short.txt"
    path.write_bytes(word.encode("gbk"))
    doc = load(path)
    assert (doc.text, doc.encoding) == (word, "gb18030")


def test_encoding_cyrillic_utf8_is_not_read_as_gbk():
    assert decode_report_bytes("Привет мир".encode("utf-8")) == ("Привет мир", "utf-8")


def test_encoding_ascii_is_utf8():
    assert decode_report_bytes(b"2023 total 673.60") == ("2023 total 673.60", "utf-8")


def _high_bytes(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(size))


def _mixed_bytes(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x01, 0x100) for _ in range(size))


def _pair_bytes(seed: int, size: int) -> bytes:
    # every pair of bytes 0x81-0xFE is a well-formed GB18030 character: only the "looks like
    # text" check can refuse these
    rng = random.Random(seed)
    return bytes(rng.randrange(0x81, 0xFF) for _ in range(size))


BINARY = [
    pytest.param(maker, seed, size, id=f"{maker.__name__.strip('_')}-seed{seed}-{size}")
    for maker in (_high_bytes, _mixed_bytes, _pair_bytes)
    for seed in (0, 1, 2, 3, 7)
    for size in (512, 4096)
]


@pytest.mark.parametrize("maker, seed, size", BINARY)
def test_encoding_random_binary_without_nul_is_refused(tmp_path, maker, seed, size):
    data = maker(seed, size)
    assert b"\x00" not in data
    path = tmp_path / "garbage.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert ("not valid UTF-8 or GB18030/GBK text" in message) or ("does not look like text" in message)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("一、单位概况".encode("utf-8") + b"\x00\x01\x02", id="utf8-then-nul"),
        pytest.param("一、单位概况".encode("utf-16-le"), id="utf16-without-bom"),
        pytest.param(b"\x00" * 64, id="all-nul"),
    ],
)
def test_encoding_nul_bytes_are_refused(tmp_path, data):
    with pytest.raises(UndecodableText, match="NUL bytes"):
        decode_report_bytes(data)
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="contains NUL bytes"):
        load(path)


def test_encoding_bom_with_invalid_body_is_refused():
    with pytest.raises(UndecodableText, match="utf-8-sig byte-order mark"):
        decode_report_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


def test_encoding_control_characters_are_refused():
    with pytest.raises(UndecodableText, match="does not look like text"):
        decode_report_bytes(("一、单位概况" + "\x01\x02\x03\x04\x05").encode("utf-8"))


def test_encoding_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes("  \n\u3000\n".encode("utf-8"))
    with pytest.raises(LoadError, match="holds no text"):
        load(path)
