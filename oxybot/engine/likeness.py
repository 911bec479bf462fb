"""A second reader: the content example nearest a question by its letters (TF-IDF cosine over character
3- and 4-grams), for the questions the concept matcher calls "not covered".

The matcher reads words through the lexicon, and a wording the lexicon has never met ("pabriknya kerja
lebih keras", "the stuff my body makes") leaves it with nothing covered to say. Letter n-grams need no
lexicon: pieces of words, affixes and typos still meet the examples that share them. Five blind
question sets showed the two readers wrong on different questions. The engine asks this one when the
matcher found nothing (see engine.LIKENESS_FLOOR), and, among the covered topics the matcher ranks close,
to help choose (engine.LETTERS_WEIGHT): a second opinion that does not depend on the lexicon.

Kept as one pickled block that is opened on first use: most questions never need it, and `oxybot ask`
should not pay for unpickling thirty thousand n-grams it will not read.
"""

from __future__ import annotations

import math
import pickle
from array import array
from collections import Counter

from rapidfuzz import utils

GRAM_SIZES = (3, 4)


def grams(text: str) -> Counter:
    padded = f" {utils.default_process(text)} "
    return Counter(padded[i:i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1))


class _Table:
    """gram -> (examples, weights), as two flat arrays and a span per gram (loads as a few blocks)."""

    def __init__(self, texts: list[str]):
        counted = [grams(t) for t in texts]
        df = Counter(g for c in counted for g in c)
        n = len(counted)
        self.idf = {g: math.log((1 + n) / (1 + f)) + 1.0 for g, f in df.items()}
        lists: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(counted):
            weights = {g: (1.0 + math.log(k)) * self.idf[g] for g, k in c.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for g, w in weights.items():
                lists.setdefault(g, []).append((i, w / norm))
        # 2- and 4-byte columns: the table ships inside the engine pickle, and float32 is ample for a cosine
        self.ids, self.weights = array("H" if len(texts) < 1 << 16 else "I"), array("f")
        self.span: dict[str, tuple[int, int]] = {}
        for g, pairs in lists.items():
            self.span[g] = (len(self.ids), len(self.ids) + len(pairs))
            self.ids.extend(i for i, _ in pairs)
            self.weights.extend(w for _, w in pairs)
        self.n = n


def shares_a_word(text: str, example: str, ignore: frozenset[str]) -> bool:
    """Whether a word of ``text`` other than the ``ignore``d ones (function words) has a piece of four
    letters (or is whole, if shorter) in ``example``: "zorbleflux itu apa ya?" is like "let-down itu apa
    ya?" only by its function words, which say nothing of what is asked."""
    padded = f" {utils.default_process(example)} "
    for word in utils.default_process(text).split():
        if word in ignore or len(word) < 3:
            continue
        if len(word) <= 4:
            if f" {word} " in padded:
                return True
        elif any(word[i:i + 4] in padded for i in range(len(word) - 3)):
            return True
    return False


class Likeness:
    """``nearest(text)``: (owner, cosine, example) of the example nearest ``text`` among ``texts``
    (``owners[i]`` says whose ``texts[i]`` is), or None when there is none or it shares no word with
    ``text`` but ``ignore``d ones (see shares_a_word)."""

    def __init__(self, texts: list[str], owners: list[int], ignore: frozenset[str] = frozenset()):
        # the texts go inside the block too: thousands of strings unpickled on every start cost more
        # than the table's few large arrays
        self._blob = pickle.dumps((_Table(texts), list(texts), list(owners), ignore),
                                  protocol=pickle.HIGHEST_PROTOCOL)
        self._opened = None

    def __getstate__(self):
        return self._bytes()

    def __setstate__(self, blob):
        # bytes, or (from the engine cache, cache.py) a callable that reads them from its side file
        self._blob, self._opened = blob, None

    def _bytes(self) -> bytes:
        return self._blob if isinstance(self._blob, bytes) else self._blob()

    def ready(self) -> bool:
        """Whether the block opens; False when the cache's side file is gone or damaged (the engine
        then builds the reader again, engine.Engine._letter_reader)."""
        if self._opened is None:
            try:
                self._opened = pickle.loads(self._bytes())
            except Exception:  # noqa: BLE001 - OSError, a checksum or unpickling error: all mean rebuild
                return False
        return True

    def _scores(self, text: str) -> list[float] | None:
        """The cosine of ``text`` with every example (None when it shares no gram with any)."""
        if not self.ready():
            raise ValueError("the letter reader's block cannot be read")
        table = self._opened[0]
        # a gram no example has counts at the rarest weight in the question's length: words nobody
        # wrote ("xyzzy qwerty") make a question less like every example, not invisible
        unseen = math.log(1 + table.n) + 1.0
        query, norm2 = {}, 0.0
        for g, k in grams(text).items():
            w = (1.0 + math.log(k)) * table.idf.get(g, unseen)
            norm2 += w * w
            if g in table.idf:
                query[g] = w
        norm = math.sqrt(norm2)
        if not query:
            return None
        scores = [0.0] * table.n
        ids, weights, span = table.ids, table.weights, table.span
        for g, w in query.items():
            start, end = span[g]
            w /= norm
            for i, x in zip(ids[start:end], weights[start:end]):
                scores[i] += w * x
        return scores

    def nearest(self, text: str) -> tuple[int, float, str] | None:
        scores = self._scores(text)
        if scores is None:
            return None
        _, texts, owners, ignore = self._opened
        best = max(range(len(scores)), key=scores.__getitem__)
        if not shares_a_word(text, texts[best], ignore):
            return None
        return owners[best], scores[best], texts[best]

    def by_owner(self, text: str) -> dict[int, float]:
        """owner -> the cosine of ``text`` with that owner's nearest example (empty when none shares a gram)."""
        scores = self._scores(text)
        if scores is None:
            return {}
        best: dict[int, float] = {}
        for owner, score in zip(self._opened[2], scores):
            if score > best.get(owner, 0.0):
                best[owner] = score
        return best
