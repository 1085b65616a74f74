"""extractor.loaders.load: dispatch by file type, and the errors for files it cannot read."""

from __future__ import annotations

import random

import pytest

from extractor import DEFAULT_MAX_BYTES, LoadError, load

REPORT = "一、单位概况\n（一）基本情况。\n2023年收入合计673.60万元。\n"


def _garbage(seed: int = 11, size: int = 2048) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x01, 0x100) for _ in range(size))


def _make_missing(tmp_path):
    return tmp_path / "missing.txt"


def _make_directory(tmp_path):
    path = tmp_path / "reports.txt"
    path.mkdir()
    return path


def _make_empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _make_unknown_suffix(tmp_path):
    path = tmp_path / "report.xyz"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _make_legacy_doc(tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    return path


def _make_binary_txt(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(_garbage())
    return path


def _make_nul_txt(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(REPORT.encode("utf-8") + b"\x00\x00")
    return path


def _make_whitespace_txt(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text(" \n\t\n", encoding="utf-8")
    return path


BAD_INPUTS = [
    pytest.param(_make_missing, {}, "no such file", id="missing"),
    pytest.param(_make_directory, {}, "is a directory, not a file", id="directory"),
    pytest.param(_make_empty, {}, "empty file (0 bytes)", id="empty"),
    pytest.param(_make_unknown_suffix, {}, "unsupported file type '.xyz' (supported: .txt, .md, .docx, .pdf, .html)", id="unknown-suffix"),
    pytest.param(_make_legacy_doc, {}, "legacy Word .doc is not supported: save it as .docx", id="legacy-doc"),
    pytest.param(_make_unknown_suffix, {"max_bytes": 10}, "over the size limit", id="over-max-bytes"),
    pytest.param(_make_binary_txt, {}, "not valid UTF-8 or GB18030/GBK text", id="binary-txt"),
    pytest.param(_make_nul_txt, {}, "contains NUL bytes", id="nul-txt"),
    pytest.param(_make_whitespace_txt, {}, "holds no text (only whitespace)", id="whitespace-md"),
]


@pytest.mark.parametrize("make, kwargs, reason", BAD_INPUTS)
def test_loaders_bad_input_raises_load_error_naming_file_and_reason(tmp_path, make, kwargs, reason):
    path = make(tmp_path)
    with pytest.raises(LoadError) as caught:
        load(path, **kwargs)
    error = caught.value
    assert str(path) in str(error)
    assert reason in str(error)
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}"


def test_loaders_size_limit_is_checked_before_type(tmp_path):
    # the size check comes first: an oversized .txt is refused without being read
    path = tmp_path / "big.txt"
    path.write_text(REPORT, encoding="utf-8")
    with pytest.raises(LoadError, match=r"over the size limit .*raise it with --max-size"):
        load(path, max_bytes=10)
    assert load(path, max_bytes=len(REPORT.encode("utf-8"))).text == REPORT


def test_loaders_default_max_bytes_is_50_megabytes():
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize(
    "name, expected_format",
    [
        pytest.param("report.txt", "txt", id="txt"),
        pytest.param("report.TXT", "txt", id="upper-case-suffix"),
        pytest.param("report.text", "txt", id="text"),
        pytest.param("report.md", "md", id="md"),
        pytest.param("report.markdown", "md", id="markdown"),
        pytest.param("report", "txt", id="no-suffix-sniffed-as-text"),
        pytest.param("report.dat", "txt", id="dat-sniffed-as-text"),
    ],
)
def test_loaders_dispatch_plain_text(tmp_path, name, expected_format):
    path = tmp_path / name
    path.write_text(REPORT, encoding="utf-8")
    doc = load(path)
    assert (doc.format, doc.source, doc.text) == (expected_format, str(path), REPORT)
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "单位概况")]


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.xhtml", "page.shtml", "page"])
def test_loaders_dispatch_html(tmp_path, name):
    path = tmp_path / name
    path.write_text("<!DOCTYPE html><html><body><h2>一、单位概况</h2><p>正文。</p></body></html>", encoding="utf-8")
    doc = load(path)
    assert (doc.format, doc.text) == ("html", "一、单位概况\n正文。")


@pytest.mark.parametrize("name", ["report.docx", "report"])
def test_loaders_dispatch_docx(tmp_path, make_docx, name):
    path = make_docx(tmp_path / "built.docx", [("h1", "一、单位概况"), ("p", "正文。")])
    target = tmp_path / name
    target.write_bytes(path.read_bytes())
    doc = load(target)
    assert (doc.format, doc.text) == ("docx", "一、单位概况\n正文。")


@pytest.mark.parametrize("name", ["report.pdf", "report.PDF", "report"])
def test_loaders_dispatch_pdf(tmp_path, make_pdf, name):
    path = make_pdf(tmp_path / "built.pdf", [("h", "一、单位概况"), ("p", "正文。")])
    target = tmp_path / name
    target.write_bytes(path.read_bytes())
    doc = load(target)
    assert (doc.format, doc.text) == ("pdf", "一、单位概况\n正文。")


def test_loaders_accept_str_paths(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert load(str(path)).source == str(path)


def test_loaders_crlf_text_keeps_offsets(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = load(path)
    assert doc.text == REPORT.replace("\n", "\r\n")
    (section,) = doc.sections
    assert doc.text[section.start:section.heading_end] == "一、单位概况"
    (child,) = section.children
    assert doc.text[child.start:child.heading_end] == "（一）基本情况。"
