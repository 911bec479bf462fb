"""Scoring a question against every intent.

Whole-string fuzzy scores alone answer confidently on one shared keyword (WRatio gives ~90 to a single
common word), so the score here is built from word-level evidence first:

* coverage: how much of the question's informative weight (IDF over intents) the intent's examples
  account for; unknown words count against it, which is what sends "skor persija semalem brp?" to
  out_of_scope even though "berapa" is in the content;
* nearest example: IDF-weighted cosine between the question and the intent's closest example;
* a rapidfuzz token_sort_ratio against that example, for what tokenisation missed;
* keywords: rare cue words an intent declares ("woolwich", "domperidone").

Only intents sharing at least one term with the question are scored (an inverted index), so the cost
per question grows with the matches, not with the size of the content.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .content import Intent
from .records import Record
from .normalize import CONCEPT_MARK, Canonical, Normalizer

W_COVERAGE = 0.45
W_EXAMPLE = 0.40
W_FUZZ = 0.15
KEYWORD_BONUS = 0.25
QUESTION_EMPHASIS = 2.0  # words of the final sentence, where people put the actual question
RARE_IDF = 3.0  # idf of a word used by about one intent in twenty
REPAIRED_WEIGHT = 0.8  # a word we had to guess from a typo counts a little less
ANSWER_FACTOR = 0.35  # a word found only in an intent's answer is weak evidence for it
# What a question is about and what it asks (content/concepts.yaml), beside the word evidence:
FOCUS_SHARE = 0.5  # a concept in at least half of an intent's examples is what the intent is about
W_FOCUS = 0.25  # an intent loses this (times that share) for each of its focus concepts not asked about
# an intent gains this times the share of its examples that ask what the question asks (session 5 swept
# 0.2-0.4: 0.35 lifted the tuning sets' paraphrases by up to 2 points, but a short question's type then
# outweighed its subject: "caranya biar ga stres?" became how to make more milk, and "which park is best
# in Bandung?" the comparison of breast milk with formula; kept at 0.20)
W_QTYPE = 0.20
QTYPE_FULL_AT = 0.5  # the question-type bonus is whole once the intent accounts for half the question
W_ABOUT = 0.10  # an intent gains this times the share of the question's concepts its examples speak of
ABOUT_SHARE = 0.2  # an intent speaks of a concept named in at least this share of its examples
W_ABSENT = 0.1  # an intent loses this when the question names covered concepts its examples never speak of
ABSENT_SHARE = 0.05  # ... "never": in fewer than this share of its examples
W_IGNORED = 0.1  # ... and this times the share of the question's covered concepts its examples never speak of
SETTING_CONCEPTS = frozenset({"#caesarean"})  # her circumstances: an answer that ignores one is not hers
W_SETTING_IGNORED = 0.1  # ... and this more when it ignores her circumstance (a caesarean changes the answer)
CUE_IDF = 0.5  # the weight of a question-type cue word no intent uses (about that of a stopword-like term)
STORY_TERMS = 12
SET_ASIDE = 0.25  # a not-covered word said after "besides" / "selain" weighs this much: it is not what is asked  # past this many informative words a post tells a story before it asks


class Match(Record):
    """intent: index into Index.intents; example: the phrasing it matched best (example_id: its row,
    -1 for none)."""

    __slots__ = ("intent", "score", "example", "coverage", "keyword", "example_id")
    _defaults = {"example_id": -1}


def _profile(items: list[frozenset[str]]) -> dict[str, float]:
    """The share of ``items`` (one set per example) holding each value."""
    counts = Counter(v for item in items for v in item)
    n = max(1, len(items))
    return {v: c / n for v, c in counts.items()}


class _Postings:
    """term -> ids, as one flat array and a span per term: every `oxybot ask` unpickles the index, and
    one array loads as one block where thousands of small lists (or arrays) load one by one."""

    __slots__ = ("flat", "span")

    def __init__(self, lists: dict[str, list[int]]):
        self.flat = array("I")
        self.span: dict[str, tuple[int, int]] = {}
        for term, ids in lists.items():
            self.span[term] = (len(self.flat), len(self.flat) + len(ids))
            self.flat.extend(ids)

    def get(self, term: str, default=()):
        span = self.span.get(term)
        return self.flat[span[0]:span[1]] if span else default

    def __getstate__(self):
        return self.flat, self.span

    def __setstate__(self, state):
        self.flat, self.span = state


class Index:
    def __init__(self, intents: list[Intent], normalizer: Normalizer):
        self.intents = intents
        self.normalizer = normalizer
        # the examples as columns, not one object each: every `oxybot ask` unpickles the index, and
        # four flat columns load in a fraction of the time of two thousand small objects
        self.example_intent = array("I")
        self.example_text: list[str] = []
        self.example_norm: list[str] = []  # canonical tokens joined, for rapidfuzz
        self.example_norm2 = array("d")  # squared IDF norm of the terms
        vocab: list[dict[str, float]] = []
        self.keywords: list[list[frozenset[str]]] = []
        canon: list[tuple[int, str, Canonical]] = []
        # per intent: the share of its examples naming each concept, and asking each question type
        self.concepts: list[dict[str, float]] = []
        self.qtypes: list[dict[str, float]] = []
        # per intent: words its examples use only inside a polite phrase ("good" of "good morning"):
        # evidence for it only when the question uses them politely too ("how good is it?" is no greeting)
        self.polite_only: list[frozenset[str]] = []
        for i, intent in enumerate(intents):
            counts: Counter = Counter()
            seen_concepts, seen_qtypes = [], []
            polite_uses: set[str] = set()
            plain_uses: set[str] = set()
            for lang in intent.examples:
                for text in intent.examples[lang]:
                    c = normalizer.canonical(text, repair=False)
                    canon.append((i, text, c))
                    counts.update(set(c.terms))
                    seen_concepts.append(c.concepts)
                    seen_qtypes.append(c.qtypes)
                    polite_uses |= c.polite
                    plain_uses.update(c.asked)
            self.concepts.append(_profile(seen_concepts))
            self.qtypes.append(_profile(seen_qtypes))
            n_ex = max(1, sum(len(v) for v in intent.examples.values()))
            # how strongly each word points here: by the share of examples using it
            factors = {t: 0.6 + 0.4 * min(1.0, 4 * c / n_ex) for t, c in counts.items()}
            # words of the answer itself are weak evidence: people ask about what it says, and
            # that includes its detail part (study names, designs), which health workers ask about
            for lang in intent.answer:
                text = intent.answer[lang] + "\n" + intent.detail.get(lang, "")
                for t in normalizer.canonical(text, repair=False).terms:
                    factors.setdefault(t, ANSWER_FACTOR)
            kws = []
            for kw in intent.keywords:
                terms = frozenset(normalizer.canonical(kw, repair=False).terms)
                if terms:
                    kws.append(terms)
                    for t in terms:
                        factors[t] = 1.0
            self.keywords.append(kws)
            vocab.append(factors)
            self.polite_only.append(frozenset(polite_uses - plain_uses - {t for kw in kws for t in kw}))
        # words only the "not covered" intents use (herbs, pumping): read at SET_ASIDE when set aside
        scope_of = normalizer.concept_scope
        said_in = defaultdict(set)
        for intent, factors in zip(intents, vocab):
            for t, f in factors.items():
                if f > ANSWER_FACTOR:
                    said_in[t].add(intent.topic == "out_of_scope")
        self.not_covered = frozenset(t for t, kinds in said_in.items() if kinds == {True}) | frozenset(
            c for c, sc in scope_of.items() if sc == "out")
        n = len(intents)
        # rarity is judged on what users say (examples, keywords): answers all cite "Noviyana", which
        # must not make the word common; a word found only in answers takes its rarity from them
        df_said = Counter(t for factors in vocab for t, f in factors.items() if f > ANSWER_FACTOR)
        df_all = Counter(t for factors in vocab for t in factors)
        self.idf = {t: math.log(1 + n / (df_said.get(t) or d)) for t, d in df_all.items()}
        self.unknown_idf = math.log(1 + n / 0.5)
        self.vocab = vocab
        self.postings: dict[str, list[int]] = defaultdict(list)  # term -> intents
        self.example_postings: dict[str, list[int]] = defaultdict(list)  # term -> examples
        # the same, where the term is only politeness: read only for a question's polite terms
        self.polite_postings: dict[str, list[int]] = defaultdict(list)
        self.polite_example_postings: dict[str, list[int]] = defaultdict(list)
        for i, counts in enumerate(vocab):
            for t in counts:
                (self.polite_postings if t in self.polite_only[i] else self.postings)[t].append(i)
        for intent_idx, text, c in canon:
            terms = frozenset(c.terms)
            idx = len(self.example_text)
            self.example_intent.append(intent_idx)
            self.example_text.append(text)
            self.example_norm.append(" ".join(c.terms))
            self.example_norm2.append(sum(self.idf.get(t, 0.0) ** 2 for t in terms) or 1.0)
            plain = set(c.asked)
            for t in terms:
                (self.example_postings if t in plain or t not in c.polite
                 else self.polite_example_postings)[t].append(idx)
        self.postings = _Postings(self.postings)
        self.example_postings = _Postings(self.example_postings)
        self.polite_postings = _Postings(self.polite_postings)
        self.polite_example_postings = _Postings(self.polite_example_postings)

    def weight(self, term: str, repaired: frozenset[str], cues: frozenset[str] = frozenset()) -> float:
        w = self.idf.get(term, None)
        if w is None:
            # a word no intent uses is evidence against every intent, unless it said what is asked
            # ("split into groups by drawing lots" asks about the studies' design): the question type
            # is scored on its own, so its unseen words count as a common word, not as a stranger
            w = CUE_IDF if term in cues else self.unknown_idf
        return w * REPAIRED_WEIGHT if term in repaired else w

    def rank(self, query: Canonical, limit: int = 5) -> list[Match]:
        terms = list(dict.fromkeys(query.terms))
        if not terms:
            return []
        weights = {t: self.weight(t, query.repaired, query.cues) * (QUESTION_EMPHASIS if t in query.emphasis else 1.0)
                   * (SET_ASIDE if t in query.contrasted and t in self.not_covered else 1.0)
                   for t in terms}
        total = sum(weights.values())
        qnorm2 = sum(w * w for w in weights.values())
        qset = frozenset(terms)
        qconcepts = frozenset(t for t in terms if t.startswith(CONCEPT_MARK))
        qcovered = [c for c in qconcepts if self.normalizer.concept_scope.get(c) == "in"]
        qtypes = query.qtypes
        # in a story-then-question post a keyword counts only where she asks: "ibu saya suruh minum
        # jamu ... apa yang bisa saya lakukan supaya ASI lancar?" asks how, not about jamu
        asked_terms = query.emphasis if query.emphasis and len(terms) > STORY_TERMS else qset
        # nor where it is set aside: "cara lain selain pumping?" asks for something else
        asked_terms = asked_terms - query.contrasted

        polite = query.polite
        coverage: dict[int, float] = defaultdict(float)
        for t in terms:
            for i in self.postings.get(t, ()):
                coverage[i] += weights[t] * self.vocab[i][t]
            if t in polite:
                for i in self.polite_postings.get(t, ()):
                    coverage[i] += weights[t] * self.vocab[i][t]
        best: dict[int, tuple[float, int]] = {}
        overlap: dict[int, float] = defaultdict(float)
        for t in terms:
            w2 = weights[t] ** 2
            for e in self.example_postings.get(t, ()):
                overlap[e] += w2
            if t in polite:
                for e in self.polite_example_postings.get(t, ()):
                    overlap[e] += w2
        for e, dot in overlap.items():
            cos = dot / math.sqrt(qnorm2 * self.example_norm2[e])
            intent = self.example_intent[e]
            if cos > best.get(intent, (-1.0, -1))[0]:
                best[intent] = (cos, e)

        qnorm = " ".join(terms)
        # Only the best `limit` are returned, so an intent is scored in full (a rapidfuzz call, its
        # keywords and concept profile, a Match) only while it could still reach them: the cheap part
        # of the score plus the most the rest can add bounds it from above, and candidates are taken
        # best bound first until the next bound falls below the limit-th full score. Content ten times
        # the size then costs ten times the postings, not ten times the full scoring.
        max_about = W_ABOUT if qconcepts else 0.0
        bounded = []
        for pos, (i, cov) in enumerate(coverage.items()):
            share = cov / total
            cos, e = best.get(i, (0.0, -1))
            upper = W_COVERAGE * share + W_EXAMPLE * cos + (W_FUZZ if e >= 0 else 0.0)
            upper += (KEYWORD_BONUS if self.keywords[i] else 0.0) + max_about
            if qtypes:
                upper += W_QTYPE * min(1.0, share / QTYPE_FULL_AT)
            bounded.append((upper, pos, i, cov, cos, e))
        bounded.sort(key=lambda b: b[0], reverse=True)
        scored = []
        kept: list[float] = []  # min-heap of the best `limit` full scores so far
        for upper, pos, i, cov, cos, e in bounded:
            # strictly below (with a margin for rounding): a tie could change the order kept
            if len(kept) >= limit and upper < kept[0] - 1e-9:
                break
            score = self._score(query, i, cov, cos, e, qnorm, asked_terms, total, qconcepts, qcovered, qtypes)
            scored.append((pos, score, i, cov, e))
            if len(kept) < limit:
                heapq.heappush(kept, score)
            elif score > kept[0]:
                heapq.heapreplace(kept, score)
        # ranked on the uncapped score (two intents above 1.0 are not a tie), ties in the order found
        scored.sort(key=lambda m: m[0])
        scored.sort(key=lambda m: m[1], reverse=True)
        return [Match(i, max(0.0, min(score, 1.0)), self.example_text[e] if e >= 0 else "", cov / total,
                      bool(self._matched_keywords(i, asked_terms, query)), e)
                for _, score, i, cov, e in scored[:limit]]

    def _matched_keywords(self, i: int, asked_terms, query: Canonical) -> list[frozenset[str]]:
        # a keyword guessed from a real word one letter off ("liver" read "liter") settles nothing
        return [kw for kw in self.keywords[i] if kw <= asked_terms and not kw <= query.guessed]

    def _score(self, query: Canonical, i: int, cov: float, cos: float, e: int, qnorm: str, asked_terms,
               total: float, qconcepts, qcovered, qtypes) -> float:
        fz = fuzz.token_sort_ratio(qnorm, self.example_norm[e]) / 100 if e >= 0 else 0.0
        matched_kw = self._matched_keywords(i, asked_terms, query)
        # a keyword helps by how rare it is: "woolwich" settles a question, "efektif" does not
        bonus = max((KEYWORD_BONUS * min(1.0, min(self.idf.get(t, 0.0) for t in kw) / RARE_IDF)
                     for kw in matched_kw), default=0.0)
        score = W_COVERAGE * cov / total + W_EXAMPLE * cos + W_FUZZ * fz + bonus
        # about: an intent about the caesarean is not the answer to a question without one
        score -= W_FOCUS * sum(share for c, share in self.concepts[i].items()
                               if share >= FOCUS_SHARE and c not in qconcepts)
        # concepts are common words of this domain (low IDF), yet what a question is about
        if qconcepts:
            profile = self.concepts[i]
            score += W_ABOUT * sum(profile.get(c, 0.0) >= ABOUT_SHARE for c in qconcepts) / len(qconcepts)
            # "apa yang dimaksud refleks let-down?" is about the let-down, whatever "dimaksud" matched
            if qcovered and all(profile.get(c, 0.0) < ABSENT_SHARE for c in qcovered):
                score -= W_ABSENT
            elif qcovered:
                # one of several: "lahiran lewat operasi ... pijat ada gunanya?" names the caesarean,
                # and an answer about the massage alone ignores half of what she said
                score -= W_IGNORED * sum(profile.get(c, 0.0) < ABSENT_SHARE for c in qcovered) / len(qcovered)
                # "had a C-section, does rubbing her back help?" asks of the massage after one, not of the
                # massage in general, whose examples ask "does it help" more often
                score -= W_SETTING_IGNORED * any(c in SETTING_CONCEPTS and profile.get(c, 0.0) < ABSENT_SHARE
                                                 for c in qcovered)
        # asks: "berapa lama" prefers the intents whose examples ask how long
        # (scaled by the word evidence: "my phone is slow, why?" asks why, about nothing here)
        if qtypes:
            profile = self.qtypes[i]
            score += W_QTYPE * max(profile.get(q, 0.0) for q in qtypes) * min(1.0, cov / total / QTYPE_FULL_AT)
        return score
