"""Is a question Indonesian or English?

Votes come from the lexicon's stopwords of each language and from how often each word appears in the
content's Indonesian versus English examples, so the detector learns the domain's own words
("pijat", "massage") without a model. Code-mixed text goes to the language with more votes.
"""

from __future__ import annotations

import math
from collections import Counter

from .content import LANGS
from .normalize import raw_tokens


class LanguageDetector:
    def __init__(self, stopwords: dict[str, frozenset[str]], examples: dict[str, list[str]]):
        counts = {lang: Counter() for lang in LANGS}
        for lang in LANGS:
            for text in examples.get(lang, []):
                counts[lang].update(raw_tokens(text))
            for word in stopwords.get(lang, ()):
                counts[lang][word] += 20
        self.votes: dict[str, float] = {}
        for word in set(counts["id"]) | set(counts["en"]):
            a, b = counts["id"][word] + 0.5, counts["en"][word] + 0.5
            vote = math.log(a / b)
            if abs(vote) > 0.7:
                self.votes[word] = max(-3.0, min(3.0, vote))

    def detect(self, text: str, default: str = "id") -> str:
        total = sum(self.votes.get(tok, 0.0) for tok in raw_tokens(text))
        if total > 0:
            return "id"
        if total < 0:
            return "en"
        return default
