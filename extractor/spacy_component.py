"""The spaCy component ``jiaohe_entities``: the same figures as :func:`tag_entities`, as spans.

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("jiaohe_entities")           # found through the spacy_factories entry point
    doc = nlp("医保基金累计征收7.55亿元，同比增长1.3%")
    [(s.text, s.label_, s._.jiaohe_value) for s in doc.spans["jiaohe"]]
    # [('7.55亿元', 'MONEY', Decimal('755000000')), ('1.3%', 'PERCENT', Decimal('1.3'))]

Tokens that straddle a figure's boundary are split, so every span is exactly the tagger's span.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entities import Entity, tag_entities
from .loaders.compose import document_from_text

EXTENSIONS = ("jiaohe_value", "jiaohe_fields")


def register_extensions() -> None:
    """Add the ``Span._`` extensions once (safe to call again)."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class JiaoheEntities:
    """Tags figures, then writes them into ``doc.spans[spans_key]`` (overlaps allowed)."""

    def __init__(self, spans_key: str = "jiaohe", fiscal_year: int | None = None):
        self.spans_key = spans_key
        self.fiscal_year = fiscal_year
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc.text))

    def match(self, text: str) -> tuple[Entity, ...]:
        """The entities of ``text``, exactly as the CLI path finds them."""
        return tag_entities(document_from_text("<spacy>", "txt", text), self.fiscal_year).entities

    def set_annotations(self, doc: Doc, entities) -> Doc:
        _split_at_boundaries(doc, {offset for e in entities for offset in (e.start, e.end)})
        spans = []
        for entity in entities:
            span = doc.char_span(entity.start, entity.end, label=entity.label)
            if span is None:  # pragma: no cover - splitting guarantees alignment
                raise ValueError(f"cannot align {entity.text!r} at {entity.start}")
            span._.jiaohe_value = entity.value
            span._.jiaohe_fields = entity.to_dict()
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _split_at_boundaries(doc: Doc, offsets: set[int]) -> None:
    """Split every token that has an entity boundary strictly inside it."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            start = token.idx
            cuts = sorted(o - start for o in offsets if start < o < start + len(token.text))
            if not cuts:
                continue
            edges = [0, *cuts, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


@Language.factory(
    "jiaohe_entities",
    assigns=["doc.spans"],
    default_config={"spans_key": "jiaohe", "fiscal_year": None},
)
def make_jiaohe_entities(nlp: Language, name: str, spans_key: str, fiscal_year: int | None) -> JiaoheEntities:
    """Factory for ``nlp.add_pipe("jiaohe_entities")``.

    Example: ``nlp.add_pipe("jiaohe_entities", config={"fiscal_year": 2023})`` resolves 上年 to 2022.
    """
    return JiaoheEntities(spans_key, fiscal_year)
