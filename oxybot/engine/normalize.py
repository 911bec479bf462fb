"""Turning what people type into comparable tokens.

The same pipeline runs over the content (at index time) and over each question, so both sides meet in
one vocabulary of canonical tokens. The word lists live in ``content/lexicon.yaml``; this module only
knows the mechanics: folding, chat spellings, multi-word phrases, synonyms, affix stripping guided by
the content's own words, and typo repair against that vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .records import Record

# Questions longer than this are scored on their first MAX_CHARS characters (the JSON says so).
MAX_CHARS = 1000

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
# The same sequences as text in caret notation ("^[[31m", "^[31m"): copied from `cat -v` or a terminal
# that shows ESC as ^[, and pasted. Nobody writes "^[" in a question.
_CARET_ANSI = re.compile(r"\^\[\[?[0-?]*[ -/]*[@-~]")
_WILL = re.compile(r"\b(i|we|you|he|she|it|they|that|there)['\u2019]ll\b")
_REDUP = re.compile(r"([a-z]{2,})2(?=[a-z]|\b)")  # "penelitian2nya", "apa2": Indonesian reduplication
_TOKEN = re.compile(r"[a-z0-9]+")
# "60ml", "200cc", "3kg": a number typed against its unit is the number and the unit ("60 ml")
_NUM_UNIT = re.compile(r"(?<![a-z0-9])(\d+)(ml|cc|oz|mg|gr|gram|kg|liter|litre)(?![a-z0-9])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_REPEAT3 = re.compile(r"([a-z])\1{2,}")
# words after the last question word that ask nothing ("pijatan apa ya sebenarnya?")
_TRAILING_PARTICLES = frozenset({"ya", "yah", "sih", "si", "kah", "dong", "nih", "tuh", "ini", "itu", "sebenarnya",
                                 "sebetulnya", "aja", "saja", "gitu", "gituan", "hayo", "bun", "kak", "dok"})
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!\n])\s+")
# Words a question points back at the story with ("that study", "penelitian itu", "do it"): see
# Normalizer._resolve_pointers. Forward ones point at the word after them, the rest at the word before, and the
# pronouns at nothing (they stand alone). As typed (chat spellings expanded).
POINTERS = ("it", "that", "this", "these", "those", "them", "itu", "ini", "tersebut", "tadi", "begitu", "gitu",
            "begini", "gini")
POINT_FORWARD = frozenset({"that", "this", "these", "those"})
POINT_ALONE = frozenset({"it", "them", "begitu", "gitu", "begini", "gini"})
THIN_ASK = 1  # "Is that true?", "Bener nggak?": a question this short asks about the sentence before it

_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "in", "i")
# prefix -> letters that may have been absorbed by it (nasal assimilation: memijat <- pijat)
_PREFIXES = {
    "di": ("",), "ke": ("",), "se": ("",), "ter": ("",), "ber": ("",), "be": ("",), "per": ("",),
    "pe": ("",), "me": ("",), "mem": ("p", "", "m"), "men": ("t", "", "n"), "meng": ("k", ""),
    "meny": ("s",), "ny": ("s",), "nge": ("",), "ng": ("",), "pem": ("p", ""), "pen": ("t", ""),
    "peng": ("k", ""), "peny": ("s",),
}
_EN_SUFFIXES = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", ""))
_MIN_ROOT = 4
CONTRAST_WINDOW = 4  # words after a contrast cue ("tanpa tambahan susu kaleng") that it sets aside
TRIED_WINDOW = 12  # words after a "tried" cue that it may set aside (a list: "katuk, daun pepaya, jamu")
CONTRAST_LIST_JOINERS = frozenset({"atau", "ataupun", "maupun", "or", "nor"})  # a list after a contrast cue
# a not-covered thing asked as a cause of one of these is the suspect, not the subject
SUSPECTED_OF = frozenset({"#low_supply"})
CONCEPT_MARK = "#"  # concept tokens are "#massage", "#caesarean": no typed word can look like one

# "are you a doctor?", "kamu ini bot?": a name of address after these is asked about, not said to her
_ASKED_WHAT = frozenset(("a", "an", "kamu", "anda"))
_ASKED_WHICH = frozenset(("what", "stuff", "things", "apa", "aja", "saja"))


# QWERTY neighbours: a substitution typo is a neighbouring key; "lepas"->"lemas" is not one
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_ch, set())
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                other = _ROWS[_r + _dr]
                for _dc in (-1, 0, 1):
                    if 0 <= _c + _dc < len(other) and other[_c + _dc] != _ch:
                        near.add(other[_c + _dc])


_VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    """A word's consonants in order: what chat keeps of "sakit" ("skt")."""
    return "".join(c for c in word if c not in _VOWELS)


def plausible_slip(typed: str, word: str) -> bool:
    """``typed`` is one keyboard slip away from ``word``: a letter dropped or doubled/added, or one
    letter replaced by a neighbouring key (or a vowel by a vowel after the second letter), two letters
    swapped; never in the first letter. Real words such as "lepas",
    "kucing" are not slips of "lemas", "kuning" (p/m and c/n are far apart)."""
    if not typed or not word or typed[0] != word[0] or typed == word:
        return False
    if len(typed) == len(word):
        diffs = [k for k, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(diffs) == 1:
            k = diffs[0]
            a, b = typed[k], word[k]
            # a neighbouring key, or a vowel for a vowel after the second letter ("demem", "kejeng";
            # never "murah" -> "merah")
            return b in _NEIGHBOURS.get(a, ()) or (k >= 2 and a in _VOWELS and b in _VOWELS)
        # two neighbouring letters swapped, not the first ("kejnag")
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and diffs[0] >= 1 and \
            typed[diffs[0]] == word[diffs[1]] and typed[diffs[1]] == word[diffs[0]]
    short, long_ = (typed, word) if len(typed) < len(word) else (word, typed)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


def clean_input(text: str) -> str:
    """Strip terminal escape sequences and control characters; the text is otherwise kept as typed."""
    text = _CONTROL.sub(" ", _ANSI.sub(" ", text))
    if "^[" in text:
        text = _CARET_ANSI.sub(" ", text)
    if text.isprintable():  # the usual case, checked in C
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def fold(text: str) -> str:
    """Lowercase, drop accents, keep letters and digits only, squeeze letters typed 3+ times."""
    text = clean_input(text).lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # "I'll" is "I will", never "ill" (a sick baby); "we'll", "she'll" never "well", "shell"
    text = _WILL.sub(r"\1 will", text)
    text = text.replace("'", "").replace("\u2019", "")  # won't -> wont, mother's -> mothers
    text = _REDUP.sub(r"\1", text)
    if any(ch.isdigit() for ch in text):
        text = _NUM_UNIT.sub(r"\1 \2", text)
    text = " ".join(_TOKEN.findall(text))
    return _REPEAT3.sub(r"\1", text)


def raw_tokens(text: str) -> list[str]:
    return fold(text).split()


HEAD_WINDOW = 5  # a concept's head word names it with a context word this many informative words away
REWRITE_WITHIN = 5  # "how does ... work": at most this many words between the two parts


def parse_rewrite(rule: str) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """"how does ... work => mechanism" -> (("how", "does"), "work", ("mechanism",)); None if malformed."""
    if "=>" not in rule:
        return None
    pattern, _, result = rule.partition("=>")
    if "..." not in pattern:
        return None
    before, _, after = pattern.partition("...")
    first, word, becomes = tuple(fold(before).split()), fold(after).split(), tuple(fold(result).split())
    if not first or len(word) != 1 or not becomes:
        return None
    return first, word[0], becomes


class Lexicon(Record):
    """The word lists of content/lexicon.yaml, ready to use: spelling {word: (words)}, phrases
    {(words): (words)}, synonyms {word: concept}, stopwords {lang: frozenset}; from
    content/concepts.yaml: concepts {id: (scope, [names])}, question_types {type: [cues]},
    politeness [phrases], contrast [cues] (names and cues as typed: the Normalizer puts them through
    its pipeline)."""

    __slots__ = ("spelling", "phrases", "synonyms", "stopwords", "concepts", "question_types", "politeness",
                 "contrast", "joiners", "openers", "introductions", "asking", "question_words", "rewrites", "qtype_over", "acronyms",
                 "concept_heads", "concept_implied", "concept_refers", "tried", "failed")
    _defaults = {"spelling": {}, "phrases": {}, "synonyms": {}, "stopwords": {}, "concepts": {}, "concept_heads": {},
                 "concept_implied": {}, "concept_refers": {},
                 "question_types": {}, "politeness": [], "contrast": [], "joiners": [], "openers": [],
                 "introductions": [], "asking": [], "question_words": [], "rewrites": [], "qtype_over": {}, "acronyms": {},
                 "tried": [], "failed": []}

    @classmethod
    def from_data(cls, data: dict) -> "Lexicon":
        lex = cls()
        for key, value in (data.get("acronyms") or {}).items():
            lex.acronyms[str(key)] = str(value)
        for key, value in (data.get("spelling") or {}).items():
            lex.spelling[fold(str(key))] = tuple(fold(str(value)).split())
        multi: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, value in (data.get("phrases") or {}).items():
            multi[tuple(fold(str(key)).split())] = tuple(fold(str(value)).split())
        for concept, variants in (data.get("synonyms") or {}).items():
            target = tuple(fold(str(concept)).split())
            for variant in [concept, *(variants or [])]:
                words = tuple(fold(str(variant)).split())
                if len(words) == 1 and len(target) == 1:
                    lex.synonyms[words[0]] = target[0]
                elif words:
                    multi.setdefault(words, target)
        # phrases are matched on already-spelled tokens, so spell their keys too
        for words, target in multi.items():
            spelled = tuple(w for word in words for w in lex.spelling.get(word, (word,)))
            lex.phrases[spelled] = target
        lex.stopwords = {
            lang: frozenset(fold(" ".join(map(str, words))).split())
            for lang, words in (data.get("stopwords") or {}).items()
        }
        for cid, entry in (data.get("concepts") or {}).items():
            if isinstance(entry, dict):
                names = [str(n) for lang in ("id", "en") for n in (entry.get(lang) or [])]
                lex.concepts[str(cid)] = (str(entry.get("scope", "in")), names)
                if entry.get("heads") and entry.get("near"):
                    lex.concept_heads[str(cid)] = ([str(w) for w in entry["heads"]], [str(w) for w in entry["near"]])
                if entry.get("refers"):
                    lex.concept_refers[str(cid)] = [str(w) for w in entry["refers"]]
                implied = entry.get("implied")
                if isinstance(implied, dict) and implied.get("by") and implied.get("asks"):
                    lex.concept_implied[str(cid)] = (tuple(map(str, implied["by"])), frozenset(map(str, implied["asks"])),
                                                     frozenset(map(str, implied.get("unless") or ())),
                                                     frozenset(map(str, implied.get("replaces") or ())))
        for qtype, entry in (data.get("question_types") or {}).items():
            if isinstance(entry, dict):
                lex.question_types[str(qtype)] = [str(n) for lang in ("id", "en") for n in (entry.get(lang) or [])]
                if entry.get("over"):
                    lex.qtype_over[str(qtype)] = frozenset(map(str, entry["over"]))
        polite = data.get("politeness") or {}
        if isinstance(polite, dict):
            lex.politeness = [str(n) for lang in ("id", "en") for n in (polite.get(lang) or [])]
        contrast = data.get("contrast") or {}
        if isinstance(contrast, dict):
            lex.contrast = [str(n) for lang in ("id", "en") for n in (contrast.get(lang) or [])]
        for key in ("joiners", "openers", "introductions", "asking", "question_words", "tried", "failed"):
            cues = data.get(key) or {}
            if isinstance(cues, dict):
                setattr(lex, key, [str(n) for lang in ("id", "en") for n in (cues.get(lang) or [])])
        rewrites = data.get("rewrites") or {}
        if isinstance(rewrites, dict):
            for rule in (str(n) for lang in ("id", "en") for n in (rewrites.get(lang) or [])):
                parsed = parse_rewrite(rule)
                if parsed:
                    lex.rewrites.append(parsed)
        return lex

    @property
    def all_stopwords(self) -> frozenset[str]:
        return frozenset().union(*self.stopwords.values()) if self.stopwords else frozenset()


def _indonesian_candidates(word: str):
    """Words one Indonesian affix shorter than ``word`` (particles, suffixes, prefixes)."""
    for part in _PARTICLES + _SUFFIXES:
        if word.endswith(part) and len(word) - len(part) >= _MIN_ROOT:
            yield word[: -len(part)]
    for prefix, restores in _PREFIXES.items():
        if word.startswith(prefix):
            rest = word[len(prefix):]
            for letter in restores:
                if len(letter + rest) >= _MIN_ROOT:
                    yield letter + rest


def _english_candidates(word: str):
    for suffix, repl in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= _MIN_ROOT:
            yield word[: -len(suffix)] + repl


_RULES = {"id": _indonesian_candidates, "en": _english_candidates}


class Normalizer:
    """Maps text to canonical tokens using a Lexicon and the vocabulary of the content."""

    def __init__(self, lexicon: Lexicon, vocabulary: dict[str, set[str]]):
        """``vocabulary``: the content's words per language; each language's affixes are stripped
        only towards that language's words, so "sereal" never becomes the English "real"."""
        self.lexicon = lexicon
        self.stopwords = lexicon.all_stopwords
        self._max_phrase = max((len(k) for k in lexicon.phrases), default=1)
        self._phrase_starts = {k[0] for k in lexicon.phrases}
        # words the pipeline must not cut further: the lexicon's own outputs
        self._protected = set(lexicon.synonyms) | set(lexicon.synonyms.values())
        for target in lexicon.phrases.values():
            self._protected.update(target)
        for target in lexicon.spelling.values():
            self._protected.update(target)
        self.vocabulary = set().union(*vocabulary.values()) | self._protected | set(lexicon.spelling)
        # where affix stripping may stop, per language: the content's roots of that language, and
        # lexicon words that language's content uses (so English "-s" never turns "napas" into "napa")
        lexicon_words = self._protected | set(lexicon.spelling)
        self._stops = {
            lang: {w for w in words if not any(c in words for c in _RULES[lang](w))} | (lexicon_words & words)
            for lang, words in vocabulary.items()
        }
        # chat writes Indonesian words without vowels ("skt", "bnr", "tlpk"): each Indonesian content
        # word by its consonants, kept only where that skeleton names one word
        skeletons: dict[str, set[str]] = {}
        for w in vocabulary.get("id", ()):
            if len(w) >= 4 and w.isalpha() and w not in self.stopwords:
                skeletons.setdefault(_skeleton(w), set()).add(w)
        self._skeletons = {k: next(iter(v)) for k, v in skeletons.items() if len(v) == 1 and len(k) >= 3}
        self._fuzzy_by_initial: dict[str, list[str]] = {}
        for w in sorted(self.vocabulary):
            if len(w) >= 4 and w not in self.stopwords:
                self._fuzzy_by_initial.setdefault(w[0], []).append(w)
        self._cache: dict[str, tuple[str, bool]] = {}
        self._stems: dict[str, str] = {}
        # the triage's danger words (set by the engine): a typo is repaired into one only when it
        # is a plausible keyboard slip, so real words ("lepas", "kucing") never become danger words
        self.danger_words: frozenset[str] = frozenset()
        # "how does ... work": the word is read as the rule says (mechanism, not effectiveness)
        self._rewrites: dict[str, list] = {}
        for first, word, becomes in lexicon.rewrites:
            spell = lambda ws: tuple(x for w in ws for x in lexicon.spelling.get(w, (w,)))  # noqa: E731
            first = spell(first)
            self._rewrites.setdefault(first[0], []).append((first, spell((word,)), becomes))
        acronyms = sorted(lexicon.acronyms, key=len, reverse=True)
        self._acronym_re = re.compile(r"\b(?:" + "|".join(map(re.escape, acronyms)) + r")\b") if acronyms else None
        self._compile_concepts()

    # -- concepts, question types, politeness (content/concepts.yaml) ---------------------------
    def _compile_concepts(self) -> None:
        """Put every concept name, question cue and polite phrase through the same pipeline as a
        question, so they meet it whatever spelling, synonym or affix it used."""
        self.concept_scope: dict[str, str] = {}
        self._concept_seqs: dict[tuple[str, ...], str] = {}  # informative words -> "#id"
        self._strict_seqs: dict[tuple[str, ...], str] = {}  # every word, stopwords included
        self._reversed: list[tuple[tuple[str, ...], str]] = []
        for cid, (scope, names) in self.lexicon.concepts.items():
            token = CONCEPT_MARK + cid
            self.concept_scope[token] = scope
            for name in names:
                tokens = tuple(self._canonical_tokens(name, False)[0])
                seq = tuple(t for t in tokens if t not in self.stopwords)
                # "cuma nenen" without "cuma" is any feed: a name whose stopwords carry meaning
                # matches only word for word; the first concept to claim a name keeps it
                table = self._concept_seqs if seq == tokens else self._strict_seqs
                key = seq if seq == tokens else tokens
                if seq and key not in table:
                    table[key] = token
                # "perut dioperasi" = "operasi perut"; not for a not-covered concept, where a guess
                # costs an answer: "feed? What stops the milk" is no "stop feeding", "the baby, is
                # the back massage ok" no "baby massage"
                if seq == tokens and len(seq) == 2 and scope == "in" and seq[::-1] not in self._concept_seqs:
                    self._reversed.append((seq[::-1], token))
        for seq, token in self._reversed:  # after every name in its own order, so those win
            self._concept_seqs.setdefault(seq, token)
        # a concept's head word ("kering", "trickle") names it only near one of its context words
        # ("asi", "payudara", "milk"): "sumurnya kering" in a question about milk is low supply,
        # "kulit kering" is not; the first concept to claim a head keeps it
        self._heads: dict[str, tuple[str, frozenset[str]]] = {}
        for cid, (heads, near) in self.lexicon.concept_heads.items():
            context = frozenset(t for w in near for t in self._canonical_tokens(w, False)[0][-1:])
            for word in heads:
                for t in self._canonical_tokens(word, False)[0][-1:]:
                    if t not in self.stopwords and not t.startswith(CONCEPT_MARK):
                        self._heads.setdefault(t, (CONCEPT_MARK + cid, context))
        # a plain word that, in a message naming a concept, refers back to it: "the surgery" after a caesarean
        self._refers: dict[str, str] = {}
        for cid, words in self.lexicon.concept_refers.items():
            for word in words:
                for t in self._canonical_tokens(word, False)[0][-1:]:
                    if t not in self.stopwords and not t.startswith(CONCEPT_MARK):
                        self._refers.setdefault(t, CONCEPT_MARK + cid)
        # a concept implied by another and what is asked of it: low milk named, and "how do I ..." asked
        # (not "why"), asks for more milk; the first rule to imply a concept keeps it
        self._implied = [(CONCEPT_MARK + cid, frozenset(CONCEPT_MARK + c for c in by), asks, unless,
                          frozenset(CONCEPT_MARK + c for c in replaces))
                         for cid, (by, asks, unless, replaces) in self.lexicon.concept_implied.items()]
        self._qtype_seqs: dict[tuple[str, ...], set[str]] = {}
        for qtype, cues in self.lexicon.question_types.items():
            for cue in cues:
                seq = tuple(self._canonical_tokens(cue, False)[0])
                if seq:
                    self._qtype_seqs.setdefault(seq, set()).add(qtype)
        self._polite_seqs = {tuple(self._canonical_tokens(p, False)[0]) for p in self.lexicon.politeness} - {()}
        self._contrast_seqs = {tuple(self._spelled(p)) for p in self.lexicon.contrast} - {()}
        self._contrast_len = max(map(len, self._contrast_seqs), default=0)
        # "udah makan daun katuk tiap hari tp tetep dikit", "I've tried everything, katuk, papaya leaves, nothing
        # works": what she says she tried, and that it failed (as typed, chat spellings expanded)
        self._tried_seqs = {tuple(self._spelled(p)) for p in self.lexicon.tried} - {()}
        self._failed_seqs = {tuple(self._spelled(p)) for p in self.lexicon.failed} - {()}
        # as typed: a one-word joiner ("terus", "and") only after a comma, semicolon or full stop;
        # a longer one ("selain itu", "and also") after any space
        self._openers = {w for o in self.lexicon.openers for w in self._spelled(o)[:1]}
        # phrases that announce the question in a post without '?' ("mau tanya apakah ...", "my question is
        # ...", "I'd like to know ..."), as typed (chat spellings expanded); and the one-word courtesies
        # and forms of address a sentence may open with before its question word ("Dok, apakah ...")
        self._asking_seqs = {tuple(self._spelled(p)) for p in self.lexicon.asking} - {()}
        self._asking_starts = {k[0] for k in self._asking_seqs}
        self._asking_len = max(map(len, self._asking_seqs), default=0)
        self._question_words = {w for o in self.lexicon.question_words for w in self._spelled(o)[:1]}
        self._pointers = frozenset(w for o in POINTERS for w in self._spelled(o)[:1])
        self._address = {w for p in self.lexicon.politeness for w in [self._spelled(p)] if len(w) == 1 for w in w}
        joiners = {fold(j).strip() for j in self.lexicon.joiners} - {""}
        multi = "|".join(re.escape(j) for j in sorted((j for j in joiners if " " in j), key=len, reverse=True))
        single = "|".join(re.escape(j) for j in sorted(j for j in joiners if " " not in j))
        alts = [f"[,;.]\\s*(?:{single})" if single else "", f"(?:[,;.]|\\s)\\s*(?:{multi})" if multi else ""]
        self._joiner_re = re.compile("(?:" + "|".join(a for a in alts if a) + ")(?=[\\s,:])",
                                     re.IGNORECASE) if joiners else None
        self._contrast_starts = {k[0] for k in self._contrast_seqs}
        self._concept_len = max(map(len, self._concept_seqs), default=0)
        self._strict_len = max(map(len, self._strict_seqs), default=0)
        self._strict_starts = {k[0] for k in self._strict_seqs}
        self._qtype_len = max(map(len, self._qtype_seqs), default=0)
        self._polite_len = max(map(len, self._polite_seqs), default=0)
        self._concept_starts = {k[0] for k in self._concept_seqs}
        self._qtype_starts = {k[0] for k in self._qtype_seqs}
        self._polite_starts = {k[0] for k in self._polite_seqs}

    def concept_words(self) -> dict[str, frozenset[str]]:
        """Every concept token ("#stress") and the words of its names ("stres", "cemas" ...)."""
        out: dict[str, set[str]] = {}
        for table in (self._concept_seqs, self._strict_seqs):
            for seq, token in table.items():
                out.setdefault(token, set()).update(seq)
        return {token: frozenset(words) for token, words in out.items()}

    def _concept_terms(self, terms: list[str], polite: list[bool]) -> tuple[list[str], list[bool]]:
        """Replace each concept mention (longest first) by its ``#id`` token; a concept is polite
        only when all its words were."""
        return _join_longest(terms, polite, self._concept_seqs, self._concept_starts, self._concept_len, 1)

    def _polite_marks(self, tokens: list[str]) -> list[bool]:
        marks = [False] * len(tokens)
        if not self._polite_seqs:
            return marks
        for i, tok in enumerate(tokens):
            if tok in self._polite_starts:
                for size in range(min(self._polite_len, len(tokens) - i), 0, -1):
                    if tuple(tokens[i:i + size]) in self._polite_seqs:
                        if size == 1 and i and tokens[i - 1] in _ASKED_WHAT:
                            break  # "are you a doctor?", "kamu dokter?": what oxybot is, asked, not whom she addresses
                        if size > 1 and i and tokens[i - 1] in _ASKED_WHICH:
                            break  # "what kind of stuff can I ask you?": what she may ask is the question
                        marks[i:i + size] = [True] * size
                        break
        return marks

    def question_types(self, tokens: list[str]) -> frozenset[str]:
        """What a text asks (how long, is it safe ...), from cue words anywhere in it."""
        return self._question_cues(tokens)[0]

    def _question_cues(self, tokens: list[str]) -> tuple[frozenset[str], frozenset[str]]:
        """What a text asks, and the words that said so: a cue's words are understood as the
        question's type ("drawing lots" asks about the studies' design) even when no example uses them."""
        found: set[str] = set()
        words: set[str] = set()
        spanned, spanned_kinds = 0, set()  # the end of the longest multi-word cue read so far, and its types
        for i, tok in enumerate(tokens):
            if tok in self._qtype_starts:
                for size in range(min(self._qtype_len, len(tokens) - i), 0, -1):
                    kinds = self._qtype_seqs.get(tuple(tokens[i:i + size]))
                    if kinds and i + size <= spanned:
                        # inside a longer cue already read: "sampai hari ke berapa" asks how long, and the
                        # "hari ke berapa" within it (which day) is no second question of when
                        kinds = kinds & spanned_kinds
                    if kinds:
                        found |= kinds
                        words.update(tokens[i:i + size])
                        if i + size > spanned and size > 1:
                            spanned, spanned_kinds = i + size, set(kinds)
        # a narrower type asked replaces the broader one it implies: "how good is the evidence" asks
        # about the studies' quality, though "evidence" alone asks whether it works
        for narrow in [q for q in found if q in self.lexicon.qtype_over]:
            found -= self.lexicon.qtype_over[narrow]
        return frozenset(found), frozenset(words)

    def _spelled(self, text: str) -> list[str]:
        """Words as typed, chat spellings expanded, nothing stemmed or joined."""
        return [w for tok in raw_tokens(text) for w in self.lexicon.spelling.get(tok, (tok,))]

    def clauses(self, text: str) -> list[str]:
        """``text`` cut where a joiner ("selain itu", "terus", ", and") starts another question: the
        pieces, in order, each of which asks something (has a question type); [text] when there is
        no such cut. "gimana biar ASI banyak, terus pumping jam berapa?" asks two things."""
        if not self._joiner_re:
            return [text]
        pieces, start = [], 0
        for m in self._joiner_re.finditer(text):
            left, right = text[start:m.start()], text[m.end():]
            if self._asks(left) and self._asks(right):
                pieces.append(left)
                start = m.end()
        pieces.append(text[start:])
        return [p.strip(" ,;") for p in pieces if p.strip(" ,;")]

    def _asks(self, piece: str) -> bool:
        """A piece of a post asks something: a question type, a '?', or a question opener first
        ("can I take domperidone, and is the massage safe?")."""
        if "?" in piece or self.question_types(self._canonical_tokens(piece, False)[0]):
            return True
        words = self._spelled(piece.split(".")[-1])  # the piece's last sentence
        return bool(words) and words[0] in self._openers

    def contrasted(self, text: str) -> frozenset[str]:
        """Terms (concepts joined) said just after a contrast cue: "tanpa sufor", "without formula",
        "selain pumping", "dibanding susu formula" set them against what is asked, so naming them is
        not asking about them. Cues are matched as typed (spelling only): stemmed, "selain" would be
        "lain" of "cara lain", and phrases swallow "tanpa tambahan"."""
        if not self._contrast_seqs:
            return frozenset()
        words = self._spelled(text)
        found: set[str] = set()
        for i, word in enumerate(words):
            if word in self._contrast_starts:
                for size in range(min(self._contrast_len, len(words) - i), 0, -1):
                    if tuple(words[i:i + size]) in self._contrast_seqs:
                        end = i + size + CONTRAST_WINDOW
                        window = " ".join(words[i + size:end])
                        found.update(self._terms(self._canonical_tokens(window, False)[0])[0])
                        # the window counts words that say something: "instead of from a bottle of powder" sets
                        # the powder aside though small words fill the four after the cue; past the four typed
                        # words only what the review does not cover is set aside
                        said, reach = 0, i + size
                        while reach < len(words) and said < CONTRAST_WINDOW:
                            said += words[reach] not in self.stopwords
                            reach += 1
                        if reach > end:
                            more = " ".join(words[i + size:reach])
                            found.update(t for t in self._terms(self._canonical_tokens(more, False)[0])[0]
                                         if self.concept_scope.get(t) == "out")
                        # "tanpa seteguk air putih atau sesendok bubur", "without water or any cereal": a
                        # list joined by "or" is set aside whole, not only its first item; what follows
                        # may also be a new question ("without formula, or should I try the massage?"),
                        # so a covered concept there stays asked
                        while end < len(words) and CONTRAST_LIST_JOINERS.intersection(words[end - 2:end + 1]):
                            more = " ".join(words[end:end + CONTRAST_WINDOW])
                            found.update(t for t in self._terms(self._canonical_tokens(more, False)[0])[0]
                                         if self.concept_scope.get(t) != "in")
                            end += CONTRAST_WINDOW
                        break
        return frozenset(found)

    def tried_failed(self, text: str) -> frozenset[str]:
        """What a post says was tried and did not help ("sy udh makan daun katuk tiap hari tp tetep dikit",
        "I've tried everything my aunt said, katuk leaves, nothing works"): the not-covered terms from a
        `tried` cue to the end of its sentence (at most TRIED_WINDOW words), when a `failed` phrase follows
        the cue. Only when the post also names a covered concept outside that stretch (``canonical``)
        is it set aside like "tanpa sufor": she asks for another way to what the review covers, not about
        the thing that failed. "sudah coba domperidone, berapa dosisnya?" names nothing covered: unchanged."""
        if not self._tried_seqs or not self._failed_seqs:
            return frozenset()
        found: set[str] = set()
        sentences = re.split(r"[.?!]+", text)
        for at, sentence in enumerate(sentences):
            words = self._spelled(sentence)
            for i in range(len(words)):
                size = next((n for n in range(min(4, len(words) - i), 0, -1)
                             if tuple(words[i:i + n]) in self._tried_seqs), 0)
                if not size:
                    continue
                rest = words[i + size:]
                failed = next((j for j in range(len(rest)) for n in range(1, 5)
                               if tuple(rest[j:j + n]) in self._failed_seqs), None)
                if failed is None:  # she may say it failed in the next sentence ("... daun pepaya. Nothing works.")
                    tail = self._spelled(" ".join(sentences[at + 1:]))
                    if not any(tuple(tail[j:j + n]) in self._failed_seqs for j in range(min(len(tail), 8))
                               for n in range(1, 5)):
                        continue
                    failed = len(rest)
                cut = min(failed, TRIED_WINDOW)
                window = " ".join(rest[:cut])
                # named again where she asks ("... tp tetep seret, booster apa yg bagus?"): asked, not set aside
                others = sentences[:at] + sentences[at + 1:]
                outside = " ".join(others + [" ".join(words[:i]), " ".join(rest[cut:])])
                again = set(self._terms(self._canonical_tokens(outside, False)[0])[0])
                found.update(t for t in self._terms(self._canonical_tokens(window, False)[0])[0]
                             if self.concept_scope.get(t) != "in" and t not in again)
                break
        return frozenset(found)

    def _strict_concepts(self, tokens: list[str], marks: list[bool]) -> tuple[list[str], list[bool]]:
        """Join concept names that hold stopwords ("asi tidak banyak"), word for word."""
        if not self._strict_seqs:
            return tokens, marks
        return _join_longest(tokens, marks, self._strict_seqs, self._strict_starts, self._strict_len, 2)

    def _terms(self, tokens: list[str]) -> tuple[list[str], list[bool]]:
        """Informative terms (stopwords dropped, concepts joined) and which of them are politeness."""
        joined, marks = self._strict_concepts(tokens, self._polite_marks(tokens))
        kept = [(t, m) for t, m in zip(joined, marks) if t not in self.stopwords]
        terms, polite = self._concept_terms([t for t, _ in kept], [m for _, m in kept])
        return self._head_concepts(terms), polite

    def _head_concepts(self, terms: list[str]) -> list[str]:
        """A head word becomes its concept when a context word of that concept is at most
        HEAD_WINDOW informative words away and the concept is not named already."""
        if not self._heads:
            return terms
        out = list(terms)
        for i, t in enumerate(terms):
            head = self._heads.get(t)
            if head is None or head[0] in out:
                continue
            around = terms[max(0, i - HEAD_WINDOW):i] + terms[i + 1:i + 1 + HEAD_WINDOW]
            if any(w in head[1] or w.startswith(CONCEPT_MARK) and w in head[1] for w in around):
                out[i] = head[0]
        return out

    # -- single words ---------------------------------------------------------------------------
    def _concept(self, word: str) -> str:
        spelled = self.lexicon.spelling.get(word)
        if spelled is not None and len(spelled) == 1:
            word = spelled[0]
        return self.lexicon.synonyms.get(word, word)

    def stem(self, word: str) -> str:
        """The nearest root or lexicon word reached by stripping affixes (fewest strips first)."""
        cached = self._stems.get(word)
        if cached is None:
            cached = self._stem(word)
            if len(self._stems) < 100_000:
                self._stems[word] = cached
        return cached

    def _stem(self, word: str) -> str:
        if word in self._protected or len(word) <= _MIN_ROOT:
            return self._concept(word)
        seen = {word}
        queue = deque([(word, "", 0)])
        while queue:
            current, lang, depth = queue.popleft()
            if current != word and current in self._stops.get(lang, ()):
                return self._concept(current)
            if depth < 3:
                for rule_lang, rule in _RULES.items():
                    if lang and rule_lang != lang:
                        continue  # one language's affixes per word
                    for cand in rule(current):
                        if cand not in seen:
                            seen.add(cand)
                            queue.append((cand, rule_lang, depth + 1))
        return word

    def _transposed(self, word: str) -> str | None:
        """The known word ``word`` is with two neighbouring letters swapped, not the first ("mlik" ->
        "milk", "susu" typed "suus"): the commonest slip, and one that Levenshtein counts as two, so
        short words were never repaired."""
        for k in range(1, len(word) - 1):
            if word[k] != word[k + 1]:
                cand = word[:k] + word[k + 1] + word[k] + word[k + 2:]
                if cand in self.vocabulary and cand not in self.danger_words:
                    return cand
        return None

    def repair(self, word: str) -> tuple[str, bool]:
        """Return (known word, was_repaired): a typo is mapped to the closest content word."""
        if word in self._cache:
            return self._cache[word]
        result = (word, False)
        swapped = self._transposed(word) if len(word) >= 4 and word not in self.vocabulary else None
        if swapped is not None:
            result = (swapped, True)
        elif word not in self.vocabulary and 3 <= len(word) <= 6 and not any(c in _VOWELS for c in word) \
                and word.isalpha() and self._skeletons.get(word) not in (None, *self.danger_words):
            result = (self._skeletons[word], True)
        elif word not in self.vocabulary and len(word) >= 5 and not word.isdigit():
            # one slip, never in the first letter: two slips turned real words into others
            # ("pinggang" into "pingsan", a danger word)
            hit = process.extractOne(word, self._fuzzy_by_initial.get(word[0], ()),
                                     scorer=Levenshtein.distance, score_cutoff=1)
            if hit is not None and (hit[0] not in self.danger_words or plausible_slip(word, hit[0])):
                result = (hit[0], True)
        if len(self._cache) < 50_000:
            self._cache[word] = result
        return result

    # -- whole texts ------------------------------------------------------------------------------
    def _spell(self, tokens: list[str], repair: bool) -> tuple[list[str], set[str]]:
        out: list[str] = []
        repaired: set[str] = set()
        spelling = self.lexicon.spelling
        for tok in tokens:
            if tok not in spelling and tok.endswith(("nya", "nye")) and len(tok) > 6:
                # Betawi "-nye" is "-nya" ("ngurutnye"); a chat spelling with "-nya" on it is that word's
                # standard spelling with it ("ngelakuinnya": melakukannya, as "ngelakuin" is melakukan)
                base = spelling.get(tok[:-3])
                if base is not None and len(base) == 1:
                    tok = base[0] + "nya"
                elif tok.endswith("nye") and tok not in self.vocabulary:
                    tok = tok[:-3] + "nya"
            # a typo is guessed only for a word that neither the lexicon nor affix stripping explains
            if repair and tok not in self.lexicon.spelling and self.stem(tok) == tok:
                fixed, was = self.repair(tok)
                if was:
                    repaired.update(self.lexicon.spelling.get(fixed, (fixed,)))
                tok = fixed
            out.extend(self.lexicon.spelling.get(tok, (tok,)))
        return out, repaired

    def _phrases(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        phrases = self.lexicon.phrases
        starts = self._phrase_starts
        while i < len(tokens):
            if tokens[i] not in starts:
                out.append(tokens[i])
                i += 1
                continue
            for size in range(min(self._max_phrase, len(tokens) - i), 1, -1):
                target = phrases.get(tuple(tokens[i:i + size]))
                if target is not None:
                    out.extend(target)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _rewrite(self, words: list[str]) -> list[str]:
        """Apply concepts.yaml's rewrites: "how does oxytocin massage work" -> "... mechanism"."""
        out = list(words)
        for i, w in enumerate(words):
            for first, word, becomes in self._rewrites.get(w, ()):
                n = len(first)
                if tuple(words[i:i + n]) != first:
                    continue
                for j in range(i + n, min(len(words), i + n + REWRITE_WITHIN + len(word))):
                    if tuple(words[j:j + len(word)]) == word:
                        out[j:j + len(word)] = [" ".join(becomes)] + [""] * (len(word) - 1)
                        break
        return [t for w in out for t in w.split()]

    def _canonical_tokens(self, text: str, repair: bool) -> tuple[list[str], set[str]]:
        tokens, repaired, _ = self._canonical_tokens_raw(text, repair)
        return tokens, repaired

    def _canonical_tokens_raw(self, text: str, repair: bool) -> tuple[list[str], set[str], list[str] | None]:
        """... and the words as typed (``raw_tokens(text)``), None when an acronym was rewritten."""
        count = 0
        if self._acronym_re is not None:  # "WHO" is the organisation, "who" a question word
            text, count = self._acronym_re.subn(lambda m: f" {self.lexicon.acronyms[m.group(0)]} ", text)
        raw = raw_tokens(text)
        spelled, repaired = self._spell(raw, repair)
        if self._rewrites:
            spelled = self._rewrite(spelled)
        tokens = [self.stem(t) for t in self._phrases(spelled)]
        # a stem may itself start a phrase (e.g. "pijatan payudara")
        return self._phrases(tokens), repaired, (None if count else raw)

    def canonical(self, text: str, repair: bool = True) -> "Canonical":
        """All tokens in order (for phrase patterns), the informative ones (for scoring), and those of
        the last sentence when there are several: people tell their story first and ask last."""
        tokens, repaired, raw = self._canonical_tokens_raw(text, repair)
        sentences = [s for s in _SENTENCE_SPLIT.split(text) if s.strip()]
        if len(sentences) > 1:
            # a concept's name never runs over a sentence's end: "... buat ngeluarin bayi. Apa urut punggung
            # ..." names the massage, not a baby massage ("bayi" + "urut")
            terms, polite = [], []
            for sentence in sentences:
                part = self._terms(self._canonical_tokens(sentence, repair)[0])
                terms += part[0]
                polite += part[1]
        else:
            terms, polite = self._terms(tokens)
        qtypes, cue_words = self._question_cues(tokens)
        emphasis: frozenset[str] = frozenset()
        asked_tokens: list[str] | None = None
        told_after: frozenset[str] = frozenset()
        asking = [k for k, s in enumerate(sentences) if s.rstrip().endswith("?")]
        if asking and asking[-1] < len(sentences) - 1:
            # "how do I make more milk? my mother-in-law keeps saying formula": told after the question
            told_after = frozenset(t for s in sentences[asking[-1] + 1:]
                                   for t in self._terms(self._canonical_tokens(s, repair)[0])[0])
        if len(sentences) > 1:
            # the sentences that ask (end in '?'), else the last one
            # a closing request ("Bisa dijelaskan?", "Can you explain?") asks nothing of its own
            # ... and in a post with no '?' that says where it asks ("Mau tanya apakah pijat aman setelah sesar.
            # Soalnya ... Ibu saya sudah siapkan sufor."), the sentences that ask by their words, not the last
            # one, which often only tells more of the story
            asked = [s for s in sentences if s.rstrip().endswith("?") and self._says_more(s, repair)] \
                or [s for s in sentences if self._asks_by_words(s, repair)] \
                or [s for s in sentences if self._asks_by_words(s, repair, announced=False)] \
                or self._last_saying(sentences, repair)
            first = sentences.index(asked[0])
            if first and asked[0].rstrip().endswith("?") and self._thin(asked, repair):
                # "Mertua bilang sufor sama saja dengan ASI. Bener nggak?", "... Is that true?": a question that
                # only asks for a verdict asks about the claim told just before it
                asked = [sentences[first - 1]] + asked
            asked, pointed = self._resolve_pointers(sentences, asked, repair)
            if len(asked) < len(sentences):
                asked_tokens = [t for s in asked for t in self._canonical_tokens(s, repair)[0]]
                emphasis = frozenset(self._terms(asked_tokens)[0]) | pointed
        qtypes = self.question_types(tokens)
        if asked_tokens is not None:
            # what a story-then-question post asks is what its asking sentence asks: "dari tengkuk turun
            # ... bikin susu keluar. Itu sebenarnya apa?" asks what it is, not how to or what causes it
            qtypes = self._asked_types(asked_tokens) or qtypes
        for token, by, asks, unless, replaces in self._implied:
            if not qtypes & asks or qtypes & unless or token in terms and not replaces.intersection(terms):
                continue
            at = next((k for k, t in enumerate(terms) if t in by), None)
            if at is not None and token in terms and terms[at] in replaces:
                # named already: what implies it still gives way ("until what age nothing but the breast, and
                # when do we stop for good?" asks no more about weaning than "when do we stop?" does)
                if self._asks_of(sentences, repair, asks, by | {token}):
                    emphasis = emphasis - {terms[at]} | ({token} if terms[at] in emphasis else set())
                    keep = [k for k, t in enumerate(terms) if t not in replaces]
                    terms, polite = [terms[k] for k in keep], [polite[k] for k in keep]
                continue
            if at is not None and self._asks_of(sentences, repair, asks, by | {token}):
                # beside what implies it: in the sentence that asks when that one is; "how do I make it
                # enough" asks for more milk, not whether it is enough (`replaces`)
                if terms[at] in emphasis:
                    emphasis = emphasis | {token}
                keep = 0 if terms[at] in replaces else 1
                terms = terms[:at + keep] + [token] + terms[at + 1:]
                polite = polite[:at + keep] + [False] + polite[at + 1:]
                terms = [t for t in terms if t not in replaces] if keep == 0 else terms
        if self._refers and any(self._refers.get(t) in terms for t in terms):
            # "I had a caesarean ... does it help mothers who've had surgery?": the surgery is the caesarean she
            # told of, not another operation (a spine operation is a medical condition the review does not cover)
            back = {t: c for t, c in self._refers.items() if c in terms}
            terms = [back.get(t, t) for t in terms]
            emphasis = frozenset(back.get(t, t) for t in emphasis)
        contrasted = self.contrasted(text)
        if "what_causes" in qtypes and SUSPECTED_OF.intersection(terms):
            # "begadang trs, apa krn itu susu sy dikit?", "puting lecet bisa bikin ASI berkurang?": a thing the
            # review does not cover, asked as a cause of low milk, is the suspect, not the subject: the
            # causes of low milk answer it (tiredness, pain, worry), as "tanpa sufor" sets formula aside
            contrasted = contrasted | {t for t in terms if self.concept_scope.get(t) == "out"}
        tried = self.tried_failed(text)
        if tried and any(self.concept_scope.get(t) == "in" for t in terms if t not in tried):
            contrasted = contrasted | tried
        guessed = frozenset(self._guessed(text)) if repaired else frozenset()
        return Canonical(tokens=tokens, terms=terms, repaired=frozenset(repaired), guessed=guessed, emphasis=emphasis,
                         polite=frozenset(t for t, p in zip(terms, polite) if p),
                         asked=[t for t, p in zip(terms, polite) if not p],
                         qtypes=qtypes, cues=cue_words, contrasted=contrasted, told_after=told_after,
                         concepts=frozenset(t for t in terms if t.startswith(CONCEPT_MARK)), raw=raw)

    def _guessed(self, text: str) -> set[str]:
        """The words typo repair guessed by one changed letter of a word with vowels ("liver" -> "liter",
        "dairy" -> "daily", "strike" -> "stroke"): often a real word the content never uses, not a slip. A
        chat skeleton ("trmksh") or two swapped letters ("mlik") is a typo for sure, and not counted here."""
        out: set[str] = set()
        for tok in raw_tokens(text):
            if tok in self.lexicon.spelling or self.stem(tok) != tok:
                continue
            fixed, was = self.repair(tok)
            if was and any(c in _VOWELS for c in tok) and sorted(tok) != sorted(fixed):
                out.update(self._canonical_tokens(fixed, False)[0])  # as the terms read it ("daily" -> "hari")
        return out

    def _asks_of(self, sentences: list[str], repair: bool, asks: frozenset[str], own: frozenset[str]) -> bool:
        """Some sentence asks one of ``asks`` without naming a covered concept other than ``own``: in
        "ASI saya sedikit ... Bagaimana supaya saya lebih tenang?" the how-to is about being calm."""
        for sentence in sentences or [""]:
            tokens = self._canonical_tokens(sentence, repair)[0]
            if not self.question_types(tokens) & asks:
                continue
            named = {t for t in self._terms(tokens)[0] if t.startswith(CONCEPT_MARK)} - own
            if not any(self.concept_scope.get(c) == "in" for c in named):
                return True
        return False

    def _asked_types(self, tokens: list[str]) -> frozenset[str]:
        """What the words ask; with no cue, an Indonesian question that ends on "apa" ("pijatan apa ya?",
        "itu sebetulnya apa sih?") asks what it is."""
        found = self.question_types(tokens)
        if found:
            return found
        words = [t for t in tokens if t not in _TRAILING_PARTICLES]
        return frozenset({"what_is"}) if words and words[-1] in ("apa", "apaan") else frozenset()

    def _says_more(self, sentence: str, repair: bool) -> bool:
        """The sentence says more than politeness (one with no informative word, "Itu sebenarnya apa?",
        still asks: about what came before)."""
        polite = self._terms(self._canonical_tokens(sentence, repair)[0])[1]
        return not (polite and all(polite))

    def _thin(self, asked: list[str], repair: bool) -> bool:
        """The sentences that ask say almost nothing of their own: at most THIN_ASK informative words, no concept"""
        tokens = [self._canonical_tokens(s, repair)[0] for s in asked]
        terms = [t for tok in tokens for t, p in zip(*self._terms(tok)) if not p]
        # ... and no question type: "ada buktinya?" asks for evidence of its own, "bener nggak?" only a verdict
        return (len(terms) <= THIN_ASK and not any(t.startswith(CONCEPT_MARK) for t in terms)
                and not any(self.question_types(tok) for tok in tokens))

    def _sentence_terms(self, sentence: str, repair: bool) -> list[str]:
        return self._terms(self._canonical_tokens(sentence, repair)[0])[0]

    def _resolve_pointers(self, sentences: list[str], asked: list[str], repair: bool) -> tuple[list[str], set[str]]:
        """A question that points back at the story asks about what the story told (POINTERS). Returns the
        sentences that ask and the words the pointers bring from the story.
        * A thing named again with a pointer ("hasil penelitian itu", "angka-angka tersebut", "that study") is
          the thing told in the last sentence before the question that named it: that sentence's words join
          the question's ("... penelitian di mana suami memijat punggung istrinya, dibandingkan dengan
          perawatan payudara ... bagaimana produksi ASI dinilai di penelitian itu?" asks about that study),
          all but the concepts the review does not cover (what she asks about is the thing pointed at).
        * A bare pointer ("do it", "walk us through it", "itu boleh?") in a question that names no concept, after
          a story that names no covered concept either, points at the story as a whole: the whole post asks
          ("The midwife showed me something on her back ... Could you walk me through how to do it properly?").
          (Pointing it at the story's last covered concept instead was tried: the story's concepts are often
          only its setting, "exhausted", "rushed", and held-out rounds lost a question.)"""
        first = sentences.index(asked[0])
        if not first:
            return asked, set()
        story: list[list[str]] | None = None
        extra: set[str] = set()
        bare = False
        own: list[str] = []
        for sentence in asked:
            own.extend(self._sentence_terms(sentence, repair))
            words = self._spelled(sentence)
            if not self._pointers.intersection(words):
                continue
            for k, w in enumerate(words):
                if w not in self._pointers:
                    continue
                # the word it points with: after it in English ("that study"), before it in Indonesian
                # ("penelitian itu"); "it" and "them" stand alone
                at = k + 1 if w in POINT_FORWARD else k - 1
                noun = self._terms(self._canonical_tokens(words[at], repair)[0])[0] \
                    if 0 <= at < len(words) and words[at] not in self._pointers and w not in POINT_ALONE else []
                if not noun:
                    bare = True
                    continue
                if story is None:
                    story = [self._sentence_terms(s, repair) for s in sentences[:first]]
                hit = next((j for j in range(first - 1, -1, -1) if set(noun) & set(story[j])), None)
                if hit is not None:
                    extra.update(t for t in story[hit] if self.concept_scope.get(t) != "out")
        if bare and not any(t.startswith(CONCEPT_MARK) for t in own):
            if story is None:
                story = [self._sentence_terms(s, repair) for s in sentences[:first]]
            if not any(self.concept_scope.get(t) == "in" for st in story for t in st):
                return sentences[:first] + asked, extra
        return asked, extra

    def _asks_by_words(self, sentence: str, repair: bool, announced: bool = True) -> bool:
        """A sentence without '?' that asks: it announces its question ("mau tanya apakah ...", "I'd like to
        know ...") or, with ``announced`` False, opens with a question word after at most a form of address
        ("Dok, apakah ..."; `question_words`: not "harus", "bisa" or "do", which open statements too), and
        says something of its own besides ("Saya mau tanya." alone asks nothing: the question follows)."""
        words = self._spelled(sentence)
        if announced:
            cued = any(tuple(words[i:i + n]) in self._asking_seqs
                       for i, w in enumerate(words) if w in self._asking_starts
                       for n in range(1, min(self._asking_len, len(words) - i) + 1))
        else:
            cued = next((w for w in words if w not in self._address), "") in self._question_words
        if not cued:
            return False
        cue_words = {w for seq in self._asking_seqs for w in seq}
        terms, polite = self._terms(self._canonical_tokens(sentence, repair)[0])
        return any(not p and t not in cue_words for t, p in zip(terms, polite))

    def _last_saying(self, sentences: list[str], repair: bool) -> list[str]:
        """The last sentence that says more than politeness: "... apa itu pijat oksitosin dengan bahasa
        sederhana. Mohon bantuannya." asks in the sentence before the closing courtesy."""
        for s in reversed(sentences):
            terms, polite = self._terms(self._canonical_tokens(s, repair)[0])
            if any(not p for p in polite):
                return [s]
        return sentences[-1:]

    def concept_names(self) -> dict[str, list[tuple[str, ...]]]:
        """Each concept token and the term sequences that name it (for `oxybot check` and tests)."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for seq, token in [*self._concept_seqs.items(), *self._strict_seqs.items()]:
            out.setdefault(token, []).append(seq)
        return out


class Canonical(Record):
    """tokens: every canonical token in order, no concepts joined (for danger-sign phrases); terms:
    the informative ones, concept mentions joined into ``#id`` tokens (for scoring); repaired: the
    terms guessed from typos; guessed: those guessed by one changed letter (maybe a real word, no keyword); emphasis: terms of the sentences that ask; polite: terms that were
    only politeness ("mau tanya", "terima kasih"); asked: the terms without them, in order; qtypes:
    what it asks; cues: the words that said what it asks; concepts: the ``#id`` tokens it mentions; contrasted: terms said after "tanpa",
    "without", "selain", "instead of" (named, not asked about); raw: the words as typed
    (``raw_tokens`` of the text), read anyway on the way, kept for a conversation's cues (None when
    an acronym was rewritten first)."""

    __slots__ = ("tokens", "terms", "repaired", "guessed", "emphasis", "polite", "asked", "qtypes", "cues", "concepts",
                 "contrasted", "told_after", "raw")
    _defaults = {"repaired": frozenset(), "guessed": frozenset(), "emphasis": frozenset(), "polite": frozenset(), "asked": [],
                 "qtypes": frozenset(), "cues": frozenset(), "concepts": frozenset(), "contrasted": frozenset(),
                 "told_after": frozenset(), "raw": None}


def _join_longest(words: list[str], marks: list[bool], table: dict, starts: set, longest: int,
                  shortest: int) -> tuple[list[str], list[bool]]:
    """Replace every run of ``words`` found in ``table`` (longest first, at least ``shortest`` words)
    by its token; a joined run is marked only when all its words were."""
    out, flags = [], []
    i, n = 0, len(words)
    while i < n:
        if words[i] in starts:
            for size in range(min(longest, n - i), shortest - 1, -1):
                token = table.get(tuple(words[i:i + size]))
                if token is not None:
                    out.append(token)
                    flags.append(all(marks[i:i + size]))
                    i += size
                    break
            else:
                out.append(words[i])
                flags.append(marks[i])
                i += 1
        else:
            out.append(words[i])
            flags.append(marks[i])
            i += 1
    return out, flags
