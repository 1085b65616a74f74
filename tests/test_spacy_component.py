"""The spaCy component gives exactly the CLI path's spans, with values on Span._ extensions."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy import displacy

from extractor import load
from extractor.entities import tag_entities
from extractor.spacy_component import JiaoheEntities, register_extensions

from conftest import SEED_FILES, seed_path


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("jiaohe_entities")
    return pipeline


@pytest.mark.parametrize(
    "text,expected",
    [
        ("医保基金累计征收7.55亿元，同比增长1.3%", [("7.55亿元", "MONEY", Decimal("755000000")), ("1.3%", "PERCENT", Decimal("1.3"))]),
        ("收、支总计各是4125.49,4143.91万元", [("4125.49", "MONEY", Decimal("41254900")), ("4143.91万元", "MONEY", Decimal("41439100"))]),
        ("奉节府办发〔2022〕13号", [("奉节府办发〔2022〕13号", "DOCNO", "奉节府办发〔2022〕13号")]),
    ],
)
def test_spacy_component_spans_and_values(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s.label_, s._.jiaohe_value) for s in doc.spans["jiaohe"]] == expected


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_spacy_component_identical_to_cli_path(nlp, seed):
    document = load(seed_path(seed))
    cli = {(e.start, e.end, e.label) for e in tag_entities(document).entities}
    doc = nlp(document.text)
    assert doc.text == document.text
    assert {(s.start_char, s.end_char, s.label_) for s in doc.spans["jiaohe"]} == cli


def test_spacy_component_fiscal_year_config():
    pipeline = spacy.blank("zh")
    pipeline.add_pipe("jiaohe_entities", config={"fiscal_year": 2023})
    doc = pipeline("比上年同期增长")
    assert [(s.text, s._.jiaohe_value) for s in doc.spans["jiaohe"]] == [("上年同期", "2022")]


def test_spacy_component_displacy_renders_spans(nlp):
    doc = nlp("罚款659.66万元")
    html = displacy.render(doc, style="span", options={"spans_key": "jiaohe"})
    tokens_in_span = [t.text for t in doc.spans["jiaohe"][0]]
    assert "MONEY" in html and all(token in html for token in tokens_in_span)


def test_spacy_component_extension_registration_is_idempotent():
    register_extensions()
    register_extensions()
    JiaoheEntities()
