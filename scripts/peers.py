"""Simple peers trained on oxybot's own content examples, scored beside oxybot on a labelled file.

    python scripts/peers.py ../shared/eval/dev.yaml

With a `style` field in the set, accuracy is also given per style. A question labelled `not_red_flag`
(a red-team near-miss) counts as right for any answer but a referral.

Each peer answers with the topic of its nearest content example: plain rapidfuzz WRatio, BM25 over
words, and TF-IDF over character 2-4-grams (cosine). oxybot should beat the best of them clearly:
the gap is what normalisation, danger-sign rules and the out-of-scope floor are worth.
"""

from __future__ import annotations

import math
import sys
from collections import Counter

from rapidfuzz import fuzz, process, utils

from oxybot.engine.load import load_engine
from oxybot.engine.evaluate import load_questions


def _words(text: str) -> list[str]:
    return utils.default_process(text).split()


def _grams(text: str) -> Counter:
    s = f" {utils.default_process(text)} "
    return Counter(s[i:i + n] for n in (2, 3, 4) for i in range(len(s) - n + 1))


class WRatioPeer:
    def __init__(self, texts, labels):
        self.texts = [utils.default_process(t) for t in texts]
        self.labels = labels

    def predict(self, q):
        hit = process.extractOne(utils.default_process(q), self.texts, scorer=fuzz.WRatio, processor=None)
        return self.labels[hit[2]]


class BM25Peer:
    def __init__(self, texts, labels, k1=1.5, b=0.75):
        self.docs = [Counter(_words(t)) for t in texts]
        self.labels = labels
        self.avg = sum(sum(d.values()) for d in self.docs) / len(self.docs)
        df = Counter(w for d in self.docs for w in d)
        n = len(self.docs)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.k1, self.b = k1, b

    def predict(self, q):
        words = _words(q)
        best, label = -1.0, self.labels[0]
        for d, lab in zip(self.docs, self.labels):
            length = sum(d.values())
            s = sum(self.idf.get(w, 0) * d[w] * (self.k1 + 1) / (d[w] + self.k1 * (1 - self.b + self.b * length / self.avg))
                    for w in words if w in d)
            if s > best:
                best, label = s, lab
        return label


class CharTfidfPeer:
    def __init__(self, texts, labels):
        grams = [_grams(t) for t in texts]
        df = Counter(g for v in grams for g in v)
        n = len(grams)
        self.idf = {g: math.log((1 + n) / (1 + f)) + 1 for g, f in df.items()}
        self.vecs = [self._vec(v) for v in grams]
        self.labels = labels

    def _vec(self, counts):
        v = {g: (1 + math.log(c)) * self.idf.get(g, 0.0) for g, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    def predict(self, q):
        qv = self._vec(_grams(q))
        scores = [sum(w * v.get(g, 0.0) for g, w in qv.items()) for v in self.vecs]
        return self.labels[max(range(len(scores)), key=scores.__getitem__)]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    questions = load_questions(argv[0])
    engine = load_engine()
    texts, labels = [], []
    for intent in engine.content.intents:
        for lang_examples in intent.examples.values():
            texts.extend(lang_examples)
            labels.extend([intent.topic] * len(lang_examples))
    systems = {
        "oxybot": lambda q: engine.answer(q).topic,
        "wratio-nearest": WRatioPeer(texts, labels).predict,
        "bm25": BM25Peer(texts, labels).predict,
        "tfidf-char-2-4": CharTfidfPeer(texts, labels).predict,
    }
    styles = sorted({item.get("style") for item in questions if item.get("style")})

    def right(item, got) -> bool:
        return got != "red_flag" if item["topic"] == "not_red_flag" else got == item["topic"]

    print(f"{'':16} {'top-1':>7}  red-flag recall" + "".join(f"  {s:>10}" for s in styles))
    for name, predict in systems.items():
        got = [predict(item["q"]) for item in questions]
        hits = [right(item, g) for item, g in zip(questions, got)]
        red = [g == "red_flag" for item, g in zip(questions, got) if item["topic"] == "red_flag"]
        per_style = ""
        for style in styles:
            mine = [h for item, h in zip(questions, hits) if item.get("style") == style]
            per_style += f"  {sum(mine) / len(mine):10.1%}"
        print(f"{name:16} {sum(hits) / len(hits):7.2%}  {sum(red)}/{len(red):<13}" + per_style)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
