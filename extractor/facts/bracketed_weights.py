"""An indicator's weight written in brackets after its name, its score right after:
``满意度指标（10分）得分9分``.  The bracketed figure is the weight and the score is the same
indicator's, not the score of whatever the sentence opened with."""

from __future__ import annotations

from dataclasses import replace

from ..regexes import compile_pattern
from .model import Fact

# between the closing bracket and the score: 得分 / 自评得分 / 实际得分, perhaps after a comma
_SCORE_AFTER_BRACKET = compile_pattern(r"[)）]\s*[，,]?\s*(?:自评|实际|评价|考核)?得分\s*(?:为|是)?\s*[:：]?\s*")


def bracketed_weights(view: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each bracketed weight read as the weight of the name before it and the
    score after it as that name's score.

    Example: in ``产出指标（50分）得分46分`` the 50分 gets role weight and the 46分 the key 产出指标
    (the tagger's facts give it the sentence's first indicator otherwise).
    """
    out = list(facts)
    for index in range(len(out) - 1):
        weight, score = out[index], out[index + 1]
        if (
            weight.measure != "score" or score.measure != "score" or weight.role not in ("value", "weight")
            or score.role != "score" or not weight.key or weight.sentence_start != score.sentence_start
            or weight.start == 0 or view[weight.start - 1] not in "（("
        ):
            continue
        between = _SCORE_AFTER_BRACKET.fullmatch(view, weight.end, score.start)
        if between is None:
            continue
        out[index] = replace(weight, role="weight")
        if score.key != weight.key:
            out[index + 1] = replace(score, indicator=weight.indicator, key=weight.key)
    return out
