"""What a sentence claims: a figure, a judgement, a prediction or a contested fact.

A neutral narrative sentence (who met whom, when, where, for how long) needs no source of its
own in a news report: the reader takes it from the reporter. A sentence needs a source when it
gives a statistic, passes judgement, predicts, or states as fact what is in dispute (legal
status, cause, motive). The kinds are found by cue words, which live in `rules/data/attribution/`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules.attribution.lexicon import phrase_pattern, words

# A figure: `_NUMBER` needs a digit or a currency sign, `_SUPERLATIVE` one of its cue words;
# each runs only when the cheap test for what it needs finds it (a regex over every sentence
# costs more than the two tests).
_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b)"
    r"|[$€£¥₹]\s?\d"
    r"|\b\d[\d,.]*\s?(?:thousand|million|billion|trillion)\b"
    r"|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b\d{5,}\b",
    re.IGNORECASE,
)
_NUMBER_CUE = re.compile(r"[\d$€£¥₹]")
_SUPERLATIVE = re.compile(
    r"\b(?:thousands|millions|billions)\s+of\b"
    r"|\brecord(?:-\w+)?\b|\ball-time\b"
    r"|\b\w+est\s+(?:\w+\s+){0,3}(?:ever|on\s+record)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_CUE = re.compile(r"thousands|millions|billions|record|all-time|ever", re.IGNORECASE)
# A modal with a verb after it; `could not` narrates a past inability, not a forecast.
_MODAL = re.compile(r"(?<![\w’'-])(?:will|would|could|may|might|shall)\s+(?!not\b)[a-z]")
_OPENING_ADVERB = re.compile(r"^[\"“‘']?(\w+)\s*,")
# The word lists of each kind (`rules/data/attribution/`).
_JUDGEMENT = ("judgement_words", "judgement_phrases")
_PREDICTION = ("prediction_markers",)
_CONTESTED = ("contested_markers",)


def authorial(text: str) -> bool:
    """True when the sentence opens with the writer's own judgement (`Importantly, ...`)."""
    match = _OPENING_ADVERB.match(text)
    return bool(match) and match.group(1).lower() in words("authorial_adverbs")


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def claim_kinds(text: str) -> tuple[str, ...]:
    """The kinds of claim the sentence makes, in a fixed order; empty for neutral narration.

    Cached by text: the engine lints a document again after fixing it, and unchanged
    sentences come back identical.
    """
    kinds = []
    if (_NUMBER_CUE.search(text) and _NUMBER.search(text)) or (
        _SUPERLATIVE_CUE.search(text) and _SUPERLATIVE.search(text)
    ):
        kinds.append("figure")
    # One scan for the words of all three lists rules out most sentences, which hold none:
    # a scan costs about the same whatever the list, and each list alone took one.
    cued = phrase_pattern(*_JUDGEMENT, *_PREDICTION, *_CONTESTED).search(text) is not None
    if authorial(text) or (cued and phrase_pattern(*_JUDGEMENT).search(text)):
        kinds.append("judgement")
    if _MODAL.search(text) or (cued and phrase_pattern(*_PREDICTION).search(text)):
        kinds.append("prediction")
    if cued and phrase_pattern(*_CONTESTED).search(text):
        kinds.append("contested")
    return tuple(kinds)
