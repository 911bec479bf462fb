"""A third reader: a topic classifier trained on every way a topic has been asked (session 12).

The matcher (engine.py) reads words through the lexicon and concepts, and the letter reader (likeness.py)
looks for the one nearest question. Both are tuned by hand, and the blind rounds kept finding them 89-92%
right on questions they had never seen. The same labelled questions they read (the intents' examples and
paraphrases, and the retired blind rounds in asked.yaml) can also *train* a classifier. A leave-rounds-out
experiment (README "How it decides" 5c) found complement naive Bayes (Rennie et al. 2003) over letter and
word features right on 94-97% of a round it had not seen, trained only on the rounds written before it, and
in a few seconds, with a closed form that needs no optimiser (numpy only).

Features, as scikit-learn's TfidfVectorizer would make them: character 2- to 5-grams inside each word
padded with spaces (seen in at least two texts), and words and word pairs; each block tf-idf weighted
(1 + log tf, smoothed idf) and L2-normalised on its own. Features are 32-bit hashes (crc32): the block is a
few numpy arrays, opened in milliseconds, and the rare collision only shares a column.

The engine asks it after the rules (engine.Engine._second_reading): it never raises or lowers a danger
card, and it overrides the matcher only by a clear margin.
"""

from __future__ import annotations

import io
import math
import re
import zlib
from collections import Counter

from rapidfuzz import utils

CHAR_SIZES = (2, 3, 4, 5)
ALPHA = 0.3  # additive smoothing of the complement counts (chosen with the features on rounds <= 16, held-out 17)
_WORD = re.compile(r"\w\w+")


def features(text: str, memo: dict | None = None) -> tuple[dict[int, int], dict[int, int]]:
    """(letter n-gram keys, word and word-pair keys) of ``text``, with their counts. ``memo``: keys already
    computed (training hashes each distinct feature once)."""
    clean = utils.default_process(text)
    grams = [w[i:i + n] for w in (f" {word} " for word in clean.split())
             for n in CHAR_SIZES if len(w) >= n for i in range(len(w) - n + 1)]
    words = _WORD.findall(clean)
    words += [f"{a} {b}" for a, b in zip(words, words[1:])]
    memo = {} if memo is None else memo
    out = []
    for kind, items in (("c", grams), ("w", words)):
        keys: dict[int, int] = {}
        for feature, k in Counter(items).items():
            name = kind + feature
            key = memo.get(name)
            if key is None:
                key = memo[name] = zlib.crc32(name.encode("utf-8"))
            keys[key] = keys.get(key, 0) + k
        out.append(keys)
    return out[0], out[1]


class Classifier:
    """``classify(text)``: (best topic, margin over the second, second topic), or None when the text has no
    known feature. Built from ``texts`` and their ``labels`` (topics)."""

    def __init__(self, texts: list[str], labels: list[str], alpha: float = ALPHA):
        import numpy as np

        memo: dict = {}
        docs = [features(t, memo) for t in texts]
        n = len(docs)
        classes = sorted(set(labels))
        col = {c: j for j, c in enumerate(classes)}
        # one row per (text, feature): its block, key, count; numpy from here (a Python loop per row took seconds)
        block, doc, key, count = [], [], [], []
        for i, d in enumerate(docs):
            for b in (0, 1):
                block.extend([b] * len(d[b]))
                doc.extend([i] * len(d[b]))
                key.extend(d[b].keys())
                count.extend(d[b].values())
        block = np.array(block, dtype=np.uint8)
        doc = np.array(doc, dtype=np.int64)
        key = np.array(key, dtype=np.uint32)
        tf = 1.0 + np.log(np.array(count, dtype=np.float64))
        # a feature is its key within its block (a letter gram and a word never share a column)
        feature = key.astype(np.int64) * 2 + block
        names, column, df = np.unique(feature, return_inverse=True, return_counts=True)
        keep_feature = (names % 2 == 1) | (df >= 2)  # letter grams seen in one text only are noise
        idf = np.log((1 + n) / (1 + df)) + 1.0
        keep = keep_feature[column]
        doc, block, column, w = doc[keep], block[keep], column[keep], tf[keep] * idf[column[keep]]
        norm = np.zeros((n, 2))
        np.add.at(norm, (doc, block), w * w)
        w = w / np.maximum(np.sqrt(norm[doc, block]), 1e-12)
        # re-number the kept features 0..m-1
        kept = np.flatnonzero(keep_feature)
        renumber = np.full(len(names), -1, dtype=np.int64)
        renumber[kept] = np.arange(len(kept))
        label = np.array([col[x] for x in labels], dtype=np.int64)
        counts = np.zeros((len(kept), len(classes)))
        np.add.at(counts, (renumber[column], label[doc]), w)
        # complement naive Bayes: a class is scored by how unlike the *other* classes' texts the question is
        complement = counts.sum(axis=1, keepdims=True) + alpha - counts
        weights = -np.log(complement / complement.sum(axis=0, keepdims=True))
        feature_keys = (names[kept] // 2).astype(np.uint32)
        kind = (names[kept] % 2).astype(np.uint8)
        idf = idf[kept].astype(np.float32)
        order = np.argsort(feature_keys, kind="stable")
        keys, kind, idf, weights = feature_keys[order], kind[order], idf[order], weights[order]
        buffer = io.BytesIO()
        np.savez(buffer, keys=keys, kind=kind, idf=idf, weights=weights.astype(np.float16))  # half the bytes; margins of 1.0 need no more
        self._blob = buffer.getvalue()  # bytes: the engine cache keeps it in its side file (cache.py)
        self.classes = classes
        self._arrays = None

    def __getstate__(self):
        return self._bytes(self._blob), self.classes

    def __setstate__(self, state):
        (self._blob, self.classes), self._arrays = state, None

    @staticmethod
    def _bytes(blob) -> bytes:
        return blob if isinstance(blob, bytes) else blob()

    def ready(self) -> bool:
        """Whether the block opens; False when the cache's side file is gone or damaged."""
        if self._arrays is None:
            try:
                import numpy as np

                with np.load(io.BytesIO(self._bytes(self._blob))) as data:
                    self._arrays = {name: data[name] for name in data.files}
            except Exception:  # noqa: BLE001 - OSError, a checksum or format error: all mean rebuild
                return False
        return True

    def scores(self, text: str):
        """Each class's score for ``text`` (numpy array in ``classes`` order), or None when no feature is known."""
        import numpy as np

        if not self.ready():
            raise ValueError("the classifier's block cannot be read")
        a = self._arrays
        keys, total = a["keys"], None
        for b, counted in enumerate(features(text)):
            if not counted:
                continue
            asked = np.fromiter(counted.keys(), dtype=np.uint32, count=len(counted))
            tf = 1.0 + np.log(np.fromiter(counted.values(), dtype=np.float64, count=len(counted)))
            at = np.searchsorted(keys, asked)
            at[at >= len(keys)] = 0
            known = (keys[at] == asked) & (a["kind"][at] == b)
            if not known.any():
                continue
            rows = at[known]
            w = tf[known] * a["idf"][rows]
            w /= math.sqrt(float(w @ w)) or 1.0
            part = w.astype(np.float32) @ a["weights"][rows]
            total = part if total is None else total + part
        return total

    def classify(self, text: str) -> tuple[str, float, str] | None:
        s = self.scores(text)
        if s is None or len(s) < 2:
            return None
        import numpy as np

        first, second = np.argsort(-s)[:2]
        return self.classes[first], float(s[first] - s[second]), self.classes[second]


def trained(texts: list[str], labels: list[str]) -> Classifier:
    """The classifier for ``texts`` and ``labels``, read from the cache of trained ones when the same texts were
    trained on before (a test suite builds engines for many content copies with the same questions; training
    takes seconds). The cache is an optimisation only: any failure to read or write it trains again."""
    import hashlib  # here, not at the top: a cold `oxybot ask` reads a built engine and never trains
    import os
    import tempfile

    from .. import locations

    digest = hashlib.sha256(repr((ALPHA, CHAR_SIZES, texts, labels)).encode("utf-8")).hexdigest()[:24]
    try:
        path = locations.cache_dir() / f"classifier-{digest}.bin" if locations.cache_enabled() else None
    except ImportError:  # the wheel's build hook runs without platformdirs: no cache there, train
        path = None
    if path is not None:
        try:
            model = Classifier.__new__(Classifier)
            model.__setstate__((path.read_bytes(), sorted(set(labels))))
            if model.ready():
                return model
        except OSError:
            pass
    model = Classifier(texts, labels)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".classifier-")
            with os.fdopen(fd, "wb") as out:
                out.write(model._blob)
            os.replace(tmp, path)
        except OSError:
            pass
    return model
