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
import zlib
from bisect import bisect_left
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


def _key(gram: str) -> int:
    # grams as 32-bit numbers: the kinds' block is then a few arrays, opened in well under a millisecond
    # on every `oxybot ask` (a dict of twenty thousand strings takes tens); collisions are negligible
    return zlib.crc32(gram.encode("utf-8"))


class _Kinds:
    """The centroid of each kind's texts (the normalised sum of their vectors), and the idf, as sorted
    arrays of gram keys and their weights."""

    def __init__(self, table: _Table, kinds: list[str]):
        sums: dict[str, dict[int, float]] = {}
        for g, (start, end) in table.span.items():
            key = _key(g)  # once per gram, not per example that has it (millions of hashes at build)
            for i, x in zip(table.ids[start:end], table.weights[start:end]):
                vector = sums.setdefault(kinds[i], {})
                vector[key] = vector.get(key, 0.0) + x
        self.vectors: dict[str, tuple[array, array]] = {}
        for kind, vector in sums.items():
            norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
            keys = sorted(vector)
            self.vectors[kind] = (array("I", keys), array("f", (vector[k] / norm for k in keys)))
        idf = {_key(g): w for g, w in table.idf.items()}
        self.idf_keys = array("I", sorted(idf))
        self.idf = array("f", (idf[k] for k in self.idf_keys))
        self.n = table.n

    def query(self, text: str) -> dict[int, float]:
        """As Likeness._query, by key."""
        unseen = math.log(1 + self.n) + 1.0
        query, norm2 = {}, 0.0
        keys, size = self.idf_keys, len(self.idf_keys)
        for g, k in grams(text).items():
            key = _key(g)
            i = bisect_left(keys, key)
            known = i < size and keys[i] == key
            w = (1.0 + math.log(k)) * (self.idf[i] if known else unseen)
            norm2 += w * w
            if known:
                query[key] = w
        norm = math.sqrt(norm2) or 1.0
        return {key: w / norm for key, w in query.items()}

    def likeness(self, text: str, kinds) -> dict[str, float]:
        query = self.query(text)
        out = {}
        for kind in kinds:
            if kind not in self.vectors:
                continue
            keys, weights = self.vectors[kind]
            size, total = len(keys), 0.0
            for key, w in query.items():
                i = bisect_left(keys, key)
                if i < size and keys[i] == key:
                    total += w * weights[i]
            out[kind] = total
        return out


class Likeness:
    """``nearest(text)``: (owner, cosine, example) of the example nearest ``text`` among ``texts``
    (``owners[i]`` says whose ``texts[i]`` is), or None when there is none or it shares no word with
    ``text`` but ``ignore``d ones (see shares_a_word)."""

    def __init__(self, texts: list[str], owners: list[int], ignore: frozenset[str] = frozenset(),
                 kinds: list[str] | None = None):
        # the texts go inside the block too: thousands of strings unpickled on every start cost more
        # than the table's few large arrays
        table = _Table(texts)
        self._blob = pickle.dumps((table, list(texts), list(owners), ignore), protocol=pickle.HIGHEST_PROTOCOL)
        # the kinds (topics) go in a block of their own: nearly every answer reads them, few the table
        self._kinds_blob = pickle.dumps(_Kinds(table, kinds or [""] * len(texts)), protocol=pickle.HIGHEST_PROTOCOL)
        self._opened = self._kinds = self._numpy = None

    def __getstate__(self):
        return self._bytes(self._blob), self._bytes(self._kinds_blob)

    def __setstate__(self, blobs):
        # bytes, or (from the engine cache, cache.py) callables that read them from its side file
        (self._blob, self._kinds_blob), self._opened, self._kinds, self._numpy = blobs, None, None, None

    @staticmethod
    def _bytes(blob) -> bytes:
        return blob if isinstance(blob, bytes) else blob()

    def kinds_ready(self) -> bool:
        """Whether the kinds' block opens (as ``ready`` for the table)."""
        if self._kinds is None:
            try:
                self._kinds = pickle.loads(self._bytes(self._kinds_blob))
            except Exception:  # noqa: BLE001 - OSError, a checksum or unpickling error: all mean rebuild
                return False
        return True

    def ready(self) -> bool:
        """Whether the block opens; False when the cache's side file is gone or damaged (the engine
        then builds the reader again, engine.Engine._letter_reader)."""
        if self._opened is None:
            try:
                self._opened = pickle.loads(self._bytes(self._blob))
            except Exception:  # noqa: BLE001 - OSError, a checksum or unpickling error: all mean rebuild
                return False
        return True

    def _query(self, text: str) -> dict[str, float]:
        """The question's grams that some example has, weighted and normalised (empty when none is)."""
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
        return {g: w / norm for g, w in query.items()}

    def _columns(self):
        """The table's postings as numpy views (no copy), made once the block is open."""
        if self._numpy is None:
            import numpy  # here, not at the top: `oxybot ask` should not pay for numpy when it reads no letters
            table = self._opened[0]
            self._numpy = (numpy, numpy.frombuffer(table.ids, dtype=numpy.uint16 if table.ids.typecode == "H"
                                                   else numpy.uint32),
                           numpy.frombuffer(table.weights, dtype=numpy.float32))
        return self._numpy

    def scores(self, text: str):
        """The cosine of ``text`` with every text, a numpy array (None when it shares no gram with any).

        One sparse product over the postings of the question's grams: thousands of examples share its
        commonest grams, and a Python loop over them cost tens of milliseconds a question."""
        if not self.ready():
            raise ValueError("the letter reader's block cannot be read")
        table = self._opened[0]
        query = self._query(text)
        if not query:
            return None
        numpy, ids, weights = self._columns()
        spans = [table.span[g] for g in query]
        lengths = [end - start for start, end in spans]
        rows = numpy.concatenate([ids[start:end] for start, end in spans])
        # float32 postings times float64 query weights, summed in float64 in the question's gram order
        products = numpy.concatenate([weights[start:end] for start, end in spans]) * numpy.repeat(
            numpy.fromiter(query.values(), dtype=numpy.float64, count=len(query)), lengths)
        return numpy.bincount(rows, weights=products, minlength=table.n)

    @staticmethod
    def top(scores, k: int) -> list[int]:
        """The indices of the ``k`` highest scores, highest first; ties in index order."""
        import numpy
        return [int(i) for i in numpy.argsort(-scores, kind="stable")[:k]]

    def nearest(self, text: str) -> tuple[int, float, str] | None:
        scores = self.scores(text)
        if scores is None:
            return None
        table, texts, owners, ignore = self._opened
        best = int(scores.argmax())
        if not shares_a_word(text, texts[best], ignore):
            return None
        return owners[best], float(scores[best]), texts[best]

    def neighbours(self, text: str, k: int) -> list[tuple[int, float, str]]:
        """The ``k`` texts nearest ``text``: (owner, cosine, text), nearest first (empty as for nearest: none,
        or the nearest shares no word with ``text`` but ``ignore``d ones)."""
        scores = self.scores(text)
        if scores is None:
            return []
        table, texts, owners, ignore = self._opened
        top = self.top(scores, k)
        if not top or not shares_a_word(text, texts[top[0]], ignore):
            return []
        return [(owners[i], float(scores[i]), texts[i]) for i in top]

    def by_kind(self, text: str, kinds) -> dict[str, float]:
        """kind -> the cosine of ``text`` with the centroid of that kind's texts, for the given ``kinds``:
        how like the way a whole topic is asked a question is (a few hundred look-ups)."""
        if not self.kinds_ready():
            raise ValueError("the letter reader's block cannot be read")
        return self._kinds.likeness(text, kinds)


class DangerLetters:
    """A second opinion on danger, asked only when the rule triage found no sign at all in a question that
    describes a bodily symptom (engine.Engine._answer_alone): the labelled questions of the retired
    red-team and question sets (content/danger_asked.yaml), read by their letters as the letter reader
    reads. A card only when the K nearest are all danger and the nearest is at least FLOOR alike; its
    sign group is theirs (a similarity-weighted vote), its urgency the most common among that group's.

    K and FLOOR were chosen on red-team rounds 4-6 held out (each read against the sets written before
    it) and then measured on rounds 7-12 the same way: scripts/danger_letters_check.py."""

    K, FLOOR = 3, 0.25

    def __init__(self, danger: list[tuple[str, str, str]], other: list[str]):
        self.labels = [(group, urgency) for _, group, urgency in danger]
        texts = [text for text, _, _ in danger] + list(other)
        # owner: the label's index, -1 for a question that is not danger
        self.reader = Likeness(texts, list(range(len(danger))) + [-1] * len(other)) if self.labels else None

    def verdict(self, text: str) -> tuple[str, str, float, str] | None:
        """(group, urgency, likeness, the nearest danger question) or None."""
        if self.reader is None:
            return None
        scores = self.reader.scores(text)
        if scores is None:
            return None
        _, texts, owners, _ = self.reader._opened
        top = self.reader.top(scores, self.K)
        if len(top) < self.K or scores[top[0]] < self.FLOOR or any(owners[i] < 0 for i in top):
            return None
        votes: Counter = Counter()
        for i in top:
            votes[self.labels[owners[i]][0]] += float(scores[i])
        group = votes.most_common(1)[0][0]
        urgency = Counter(self.labels[owners[i]][1] for i in top
                          if self.labels[owners[i]][0] == group).most_common(1)[0][0]
        return group, urgency, float(scores[top[0]]), texts[top[0]]
