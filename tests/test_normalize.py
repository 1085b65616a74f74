"""extractor.normalize: the length-preserving matcher view."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import mask_artefacts, normalize_view, strip_artefacts

FULL_WIDTH = [chr(code) for code in range(0xFF01, 0xFF5F)]
SPACES = "\u3000\u00a0\u2002\u2003\u2009\u202f\u200b\ufeff"

# Arbitrary text, weighted towards what matters here: full-width forms, CJK, spaces, non-BMP.
interesting_chars = st.one_of(
    st.characters(),
    st.sampled_from(FULL_WIDTH),
    st.sampled_from(list(SPACES)),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
    st.sampled_from(list("[]:bookmark_Toc0123456789.%万元")),
)
texts = st.one_of(st.text(), st.text(alphabet=interesting_chars, max_size=200))


def fold(ch: str) -> str:
    """Independent oracle for one character of the view (artefact masking aside)."""
    if ch in SPACES:
        return " "
    if 0xFF01 <= ord(ch) <= 0xFF5E:
        return unicodedata.normalize("NFKC", ch)
    return ch


def test_normalize_fold_oracle_is_ascii_for_full_width():
    assert "".join(fold(ch) for ch in FULL_WIDTH) == "".join(chr(c) for c in range(0x21, 0x7F))


@given(texts)
def test_normalize_view_preserves_length(text):
    assert len(normalize_view(text)) == len(text)


@given(texts)
def test_normalize_view_folds_each_character_or_masks_it(text):
    view = normalize_view(text)
    for original, seen in zip(text, view):
        # a digit newer than Python's own tables (U+116D0) is masked as "?" (see fold_other_digits)
        unreadable_digit = seen == "?" and regex.match(r"\p{Nd}", original) and unicodedata.decimal(original, None) is None
        assert seen == fold(original) or seen == " " or unreadable_digit


@given(st.text(alphabet=st.sampled_from(FULL_WIDTH), min_size=1))
def test_normalize_full_width_ascii_folds_to_half_width(text):
    view = normalize_view(text)
    if "[" not in view:  # a folded ［bookmark:…］ would be masked; covered below
        assert view == unicodedata.normalize("NFKC", text)
        assert view.isascii()


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("６７３．６０万元，占１００％", "673.60万元,占100%", id="digits-and-percent"),
        pytest.param("ＡＢＣ－ｘｙｚ", "ABC-xyz", id="letters"),
        pytest.param("（一）基本情况：", "(一)基本情况:", id="paren-and-colon"),
        pytest.param("项目\u3000\u3000合计", "项目  合计", id="ideographic-space"),
        pytest.param("32.23\u00a0万元", "32.23 万元", id="no-break-space"),
        pytest.param("\ufeff一、概况", " 一、概况", id="bom-char"),
        pytest.param("。，、；", "。,、;", id="ideographic-stops-kept-fullwidth-comma-folded"),
        pytest.param("𠀀𝟘", "𠀀𝟘", id="non-bmp-unchanged"),
        pytest.param("¥\U00010d40万元", "¥?万元", id="digit-python-cannot-read-masked"),
        # information separators: whitespace to re, not to regex — plain spaces in the view
        pytest.param("同比增长\x1f25.0%", "同比增长 25.0%", id="unit-separator-ascii-text"),
        pytest.param("增长\x1c\x1d\x1e" + "中" * 600, "增长   " + "中" * 600, id="separators-long-text"),
    ],
)
def test_normalize_view_examples(text, expected):
    assert normalize_view(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("[bookmark: _Toc15377197]一、单位概况", " " * 24 + "一、单位概况", id="bookmark"),
        pytest.param(
            "第2部分 [bookmark: _Toc15377204][bookmark: _Toc15396602]2019年度",
            "第2部分 " + " " * 48 + "2019年度",
            id="two-bookmarks",
        ),
        pytest.param("[BOOKMARK: _GoBack]加强", " " * 19 + "加强", id="upper-case"),
        pytest.param("[comment: 1]正文", " " * 12 + "正文", id="comment"),
        pytest.param("[见附件1]", "[见附件1]", id="ordinary-brackets-kept"),
    ],
)
def test_normalize_view_masks_artefacts_with_spaces(text, expected):
    assert normalize_view(text) == expected
    assert len(mask_artefacts(text)) == len(text)


def test_normalize_strip_artefacts_removes_them():
    assert strip_artefacts("[bookmark: _Toc15377222]（一）机关运行经费支出情况") == "（一）机关运行经费支出情况"


@given(
    prefix=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=10),
    integer=st.integers(min_value=0, max_value=10**9),
    decimals=st.text(alphabet="0123456789", min_size=0, max_size=4),
    widen=st.lists(st.booleans(), min_size=20, max_size=20),
    suffix=st.sampled_from(["万元", "元", "%", "％", "亿元", ""]),
)
def test_normalize_match_in_view_maps_to_original_characters(prefix, integer, decimals, widen, suffix):
    number = str(integer) + ("." + decimals if decimals else "")
    # write some characters of the number full-width, as reports do
    written = "".join(chr(ord(ch) + 0xFEE0) if widen[i % len(widen)] else ch for i, ch in enumerate(number))
    text = prefix + written + suffix + "，同比增长"
    view = normalize_view(text)
    found = regex.search(r"\d+(?:\.\d+)?", view)
    assert found is not None
    s, e = found.span()
    assert view[s:e] == number
    assert text[s:e] == written
    assert "".join(fold(ch) for ch in text[s:e]) == view[s:e]


def test_normalize_full_width_amount_offsets():
    text = "年初预算总收入为６７３．６０万元"
    view = normalize_view(text)
    s = view.index("673.60")
    e = s + len("673.60")
    assert (s, e) == (8, 14)
    assert text[s:e] == "６７３．６０"


@settings(max_examples=50)
@given(text=texts, pattern=st.sampled_from([r"\d+(?:\.\d+)?", r"[A-Za-z]+", r"%", r"\(.\)"]))
def test_normalize_any_match_on_view_is_the_folded_original(text, pattern):
    view = normalize_view(text)
    for found in regex.finditer(pattern, view):
        s, e = found.span()
        assert "".join(fold(ch) for ch in text[s:e]) == view[s:e]
