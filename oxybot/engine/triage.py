"""Danger-sign triage: findings with attributes, not phrases anywhere in the question.

Designed the way clinical text processing does it (NegEx, Chapman et al. 2001; ConText, Harkema et
al. 2009; medspaCy's ConText): the question is cut into clauses; in each clause the catalogue
(content/red_flags.yaml) finds *mentions* (sign concepts, body parts and things, people, cue words,
numbers), then every sign concept found becomes a *finding* with attributes:

- person: who has it. A body part with one owner decides (a breast is the mother's, a cord stump the
  baby's); else the nearest person named in the clause ("istri saya", "my wife", "bayi", "aku"), with
  "dia"/"she"/"-nya" resolved to the last person other than the speaker; else the person of the
  previous clauses; else the sign's default.
- negated: inside the scope of a negation cue ("tidak", "ga ... kok", "no", "without"), which runs
  forward to the end of the clause, a terminating word ("tapi", "but"), a new person, or a comma
  (unless a list goes on: "no fever, redness or swelling"); or followed by a post-negation
  ("demam tidak ada"). Pseudo-negations ("tidak hanya", "not sure") are matched as longer phrases
  and so never open a scope. Negation words that belong to a sign ("tidak mau menyusu", "not
  breathing") are part of that sign's phrase, so they are consumed by it.
- hypothetical: inside a conditional ("kalau nanti", "what if", "if") or about prevention or risk,
  or past and resolved ("kemarin demam, sekarang sudah normal").

Colour and state words bind to the nearest body part or thing in their clause ("kuning" on skin,
eyes or the baby is jaundice; on stool, milk or discharge it is not; a "-nya" word points back:
"baunya busuk"); a clause that names no part describes the last one named ("the wound was fine but
now it is red"). Numbers are read as temperatures (thresholds per person; a reading takes the person
of the fever words beside it), blood pressure, durations and counts. A shorter phrase inside a
longer one still names its concept ("only" in "only one wet nappy"), never its cue.

Everything is matched on folded tokens with the lexicon's chat spellings (ga -> tidak); no typo repair
turns a real word into a danger word (a slip must be one letter, never the first, and a substitution
must be a neighbouring key). The catalogue is compiled once; a question costs a few dict lookups per
token.
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import plausible_slip
from .records import Record

PERSONS = ("baby", "mother")
URGENCIES = ("emergency", "today")  # most urgent first

_SCAN = re.compile(
    r"(\d+(?:[.,]\d+)?(?:/\d+)?)"          # a number: 38,5 38.5 160/110
    r"|([a-z0-9]+(?:'[a-z]+)*)"             # a word (won't, baby's)
    r"|([.!?;\n]+|:(?=\s*[a-z]))"            # the end of a sentence; a colon before words ("says it's wind: he stops
                                           # breathing") but not in "suhu: 38,5" or "10:30"
    r"|(,|\s[-\u2013\u2014]+\s)"            # a comma, or a dash between words: ends a negation, not a clause
)
_REPEAT3 = re.compile(r"([a-z])\1{2,}")
_DOUBLE_VOWEL = re.compile(r"([eo])\1")
_REDUP_SUFFIX = re.compile(r"^([a-z]{2,})2(nya|ku|mu|an|kan)$")
_PARTICLES = (("nya", "pronoun"), ("ku", "self"), ("mu", None), ("lah", None), ("kah", None), ("pun", None))
# the same "-nya" in Minang ("pipisnyo") and Sundanese ("napasna", "igana"): read only on a word that is no
# dictionary word itself, after a sign or body word ("warna", "angina" stay whole)
_REGIONAL_PARTICLES = (("nyo", "pronoun"), ("na", "pronoun"))
_SIDES = frozenset(("kanan", "kiri", "sebelah", "atas", "bawah"))  # "mata kanan bayi": the baby's right eye
_ORDINALS = frozenset(("pertama", "kedua", "ketiga", "keempat", "kelima", "sulung", "bungsu", "tertua"))
_MAX_FILLERS = 2
NEG_REACH = 4  # a negation reaches the first sign at most this many words on ("doesn't seem to have a fever")
ADJ_CHAIN = 2  # an English colour describes a noun at most this many describing words on ("yellow seedy poo")
PART_WINDOW = 6  # a colour word binds to a part at most this many words away (fillers not counted)

# organs that are no colour-bearing part but tell she speaks of her own body ("jantung saya berdebar")
_ORGANS = frozenset(("jantung", "heart", "paru", "lungs", "napas", "nafas", "breath", "breathing", "perut",
                     "dada", "chest", "kepala", "head", "badan", "body", "tubuh"))


class Finding(Record):
    """One sign concept found in the question, with its attributes. group/urgency are None for a
    person other than mother or baby."""

    __slots__ = ("sign", "label", "person", "group", "urgency", "words", "negated", "hypothetical", "order",
                 "spans", "absorbed")
    _defaults = {"order": 0, "spans": [], "absorbed": False}

    def public(self) -> dict:
        return {"sign": self.sign, "person": self.person, "urgency": self.urgency, "words": self.words,
                "negated": self.negated, "hypothetical": self.hypothetical}

    @property
    def counts(self) -> bool:
        """Raises the referral card: present, affirmed, for the mother or the baby."""
        return not self.negated and not self.hypothetical and self.group is not None


class Assessment(Record):
    """findings: every finding, set-aside ones included; symptom: the question describes a bodily
    symptom of mother or baby (for the safety net); concepts: the concepts named that change how a
    later part reads ("sesar": "the wound" is the caesarean wound), for the next turn of a chat;
    general: asked in general (no card by likeness); about_danger: asked in general about danger signs
    (the "go now" list under the answer); harm_asked: she asks whether something could cause a sign
    ("can the massage make my wound infected?"), a question of safety."""

    __slots__ = ("findings", "symptom", "rest", "general", "concepts", "reassured", "about_danger", "harm_asked", "unsigned")
    _defaults = {"findings": [], "symptom": False, "rest": "", "general": False, "concepts": frozenset(),
                 "reassured": False, "about_danger": False, "harm_asked": False, "unsigned": ""}

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if f.counts]

    @property
    def hypothetical_groups(self) -> list[str]:
        out: list[str] = []
        for f in self.findings:
            if f.hypothetical and not f.negated and f.group and f.group not in out:
                out.append(f.group)
        return out

    def groups(self) -> list[tuple[str, str]]:
        """(group, urgency) of the active findings: each group once at its most urgent, emergencies
        first, then in the order the question mentions them."""
        best: dict[str, str] = {}
        order: dict[str, int] = {}
        for f in self.active:
            if f.absorbed:
                continue  # explained by another sign's group (a fever with mastitis)
            if f.group not in best or URGENCIES.index(f.urgency) < URGENCIES.index(best[f.group]):
                best[f.group] = f.urgency
            order.setdefault(f.group, f.order)
        return sorted(best.items(), key=lambda kv: (URGENCIES.index(kv[1]), order[kv[0]]))

    def referral(self) -> dict | None:
        active = self.active
        if not active:
            return None
        people = {f.person for f in active}
        person = "both" if people >= {"baby", "mother"} else next(iter(people))
        urgency = min((f.urgency for f in active), key=URGENCIES.index)
        return {"person": person, "urgency": urgency}

    def sign_words(self) -> list[str]:
        """The active signs in the user's own words, each once."""
        out: list[str] = []
        for f in sorted(self.active, key=lambda f: f.order):
            for words in f.words.split(" / "):
                key = words.casefold()
                if not words or any(key in o.casefold() for o in out):
                    continue
                out = [o for o in out if o.casefold() not in key]  # "payudara merah panas" covers "payudara merah"
                out.append(words)
        return out


class _PhraseIndex:
    """first word -> [(words, entries)], longest first. Pickled as one line of text per first word and
    read back per word on first use: every `oxybot ask` unpickles the triage, and a question looks up a
    few dozen of its thousands of words (the tuples unpickled one by one cost milliseconds)."""

    __slots__ = ("_src", "_read", "_by_second")
    _FLOATS = frozenset(("hours", "dur"))

    def __init__(self, index: dict | None = None):
        self._read: dict = {}
        self._by_second: dict = {}
        self._src: dict[str, str] = {}
        for first, items in (index or {}).items():
            self._src[first] = "\n".join(" ".join(words) + "\t" + "\t".join(f"{kind}\x1f{value}" for kind, value in bucket)
                                         for words, bucket in items)

    def get(self, word, default=None):
        items = self._read.get(word)
        if items is None:
            src = self._src.get(word)
            if src is None:
                return default
            items = []
            for line in src.split("\n"):
                words, *entries = line.split("\t")
                bucket = []
                for entry in entries:
                    kind, value = entry.split("\x1f")
                    bucket.append((kind, float(value) if kind in self._FLOATS else value))
                items.append((tuple(words.split(" ")), tuple(bucket)))
            self._read[word] = items
        return items

    def candidates(self, word, seconds):
        """The phrases starting with ``word`` that can match when the word after it is one of ``seconds``
        (the next word, and the words after fillers that may be skipped), longest first as in get(). A
        common first word ("tidak", "not") starts hundreds of phrases; trying only those whose second word
        is there keeps the scan of a question short and finds exactly what trying them all would."""
        split = self._by_second.get(word)
        if split is None:
            items = self.get(word)
            if items is None:
                return None
            singles, by_second = [], {}
            for n, item in enumerate(items):
                if len(item[0]) == 1:
                    singles.append(n)
                else:
                    by_second.setdefault(item[0][1], []).append(n)
            split = self._by_second[word] = (items, singles, by_second)
        items, singles, by_second = split
        picked = [n for w in seconds for n in by_second.get(w, ())]
        if not picked:
            return [items[n] for n in singles]
        picked.extend(singles)
        picked = sorted(set(picked)) if len(seconds) > 1 else sorted(picked)
        return [items[n] for n in picked]

    def __contains__(self, word) -> bool:
        return word in self._src

    def __iter__(self):
        return iter(self._src)

    def __len__(self) -> int:
        return len(self._src)

    def __getstate__(self):
        return self._src

    def __setstate__(self, state):
        self._src, self._read, self._by_second = state, {}, {}


class _Tok:
    __slots__ = ("w", "start", "end", "poss")

    def __init__(self, w, start, end, poss=None):
        self.w, self.start, self.end, self.poss = w, start, end, poss


class _Mention:
    """kind: cue | person | part | concept | num | dur; value: its id or number; [i, j) token span."""

    __slots__ = ("kind", "value", "i", "j", "poss", "owner", "possessor", "extra")

    def __init__(self, kind, value, i, j, poss=None):
        self.kind, self.value, self.i, self.j, self.poss = kind, value, i, j, poss
        self.owner = None
        self.possessor = False
        self.extra = None


def _fold_text(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("\u00b0", " derajat ")
    # letters typed three times or more are one ("demammm", "reddd"), but an English double vowel stays
    # double ("feeeed" is "feed", never "fed"; "soooo" is "soo", read as "so" in _canon)
    return _REPEAT3.sub(lambda m: m.group(1) * (2 if m.group(1) in "eo" else 1), text)


class Triage:
    """Compiled from the validated catalogue (content.SignCatalogue.data)."""

    _hers_before = False  # a sign of the mother's told earlier in the message being read (set in assess)
    _text = ""  # the folded message being read (set in assess)

    def __init__(self, data: dict, spelling: dict[str, tuple[str, ...]], known_words: set[str]):
        # a unit of time is read as typed ("6 hrs" is hours here, whatever "hrs" spells in a chat question)
        units = (data.get("numbers") or {}).get("hours") or {}
        self.spelling = {k: v for k, v in spelling.items() if k not in units} if units else spelling
        self._dictionary = known_words  # read while phrases are compiled too: "banana" is no "bana" + -na
        self.groups = data["groups"]
        self._intent_person = {g["intent"]: ("baby" if gid == "baby" else "mother") for gid, g in self.groups.items()}
        self.notes = data.get("notes", {})
        self.thresholds = data["thresholds"]
        self.emergency_cite = list(data.get("emergency_cite", []))
        self.danger_list_cite = list(data.get("danger_list_cite", []))
        nums = data["numbers"]
        self.index: dict[str, list[tuple[tuple[str, ...], list[tuple[str, object]]]]] = {}
        self.vocab: set[str] = set()
        entries: dict[tuple[str, ...], list] = {}

        def add(phrase: str, entry: tuple[str, object]) -> None:
            words = self._phrase_tokens(phrase)
            if words:
                bucket = entries.setdefault(words, [])
                if entry not in bucket:
                    bucket.append(entry)

        for kind, phrases in data["cues"].items():
            if kind in ("terminate", "preposition"):
                continue  # read from the tokens directly (see _clauses, _people)
            for p in phrases:
                add(p, ("cue", kind))
        for kind, phrases in data["persons"].items():
            for p in phrases:
                add(p, ("person", kind))
        self.part_owner: dict[str, str] = {}
        self.part_after = {pid: (part["after"]["concept"], part["after"]["part"])
                           for pid, part in data["parts"].items() if part.get("after")}
        self.inheriting = frozenset(pid for pid, part in data["parts"].items() if part.get("inherits"))
        self.context_concepts = frozenset(concept for concept, _ in self.part_after.values())
        for pid, part in data["parts"].items():
            self.part_owner[pid] = part["owner"]
            for p in part["words"]:
                add(p, ("part", pid))
        for cid, phrases in data["concepts"].items():
            for p in phrases:
                add(p, ("concept", cid))
        for p in nums["temperature_words"]:
            add(p, ("cue", "temperature"))
        for p in nums["pressure_words"]:
            add(p, ("cue", "pressure"))
        for p in nums["not_temperature"]:
            add(p, ("cue", "unit"))
        for p in nums["fahrenheit"]:
            add(p, ("cue", "fahrenheit"))
        for p in nums.get("weather_words", ()):
            add(p, ("cue", "weather"))
        for p, hours in nums["hours"].items():
            add(p, ("hours", float(hours)))
        for p, hours in nums["durations"].items():
            add(p, ("dur", float(hours)))
        self.fillers = frozenset(w for p in data.get("fillers", []) for w in self._phrase_tokens(p))
        self.symptom_concepts = set(data.get("symptom_concepts", []))
        self._prepositions = frozenset(w for p in data["cues"].get("preposition", []) for w in self._phrase_tokens(p))
        self._pressure_words = frozenset(w for p in nums["pressure_words"] for w in self._phrase_tokens(p)
                                         if w not in ("tekanan", "darah", "blood", "pressure"))
        self._pressure_words |= frozenset(("tensi", "sistolik", "systolic"))
        self._terminators = frozenset(w for p in data["cues"].get("terminate", []) for w in self._phrase_tokens(p))

        # signs: each alternative refers to concepts; literal phrases become private concepts
        self.signs: list[dict] = []
        danger: set[str] = set()
        for n, sign in enumerate(data["signs"]):
            alts = []
            for k, alt in enumerate(sign["match"]):
                kind = alt["type"]
                if kind == "any":
                    alts.append(("any", self._refs(alt["items"], f"{sign['id']}#{k}", add, danger)))
                elif kind == "bind":
                    to = frozenset(t if t == "$person" else t[1:] for t in alt["to"] if t.startswith("$"))
                    alts.append(("bind", self._refs(alt["items"], f"{sign['id']}#{k}", add, danger), to))
                elif kind == "all":
                    groups = [self._refs(g, f"{sign['id']}#{k}.{m}", add, danger) for m, g in enumerate(alt["items"])]
                    alts.append(("all", groups))
                elif kind == "count":
                    alts.append(("count", frozenset(alt["to"]), float(alt["below"])))
                elif kind == "rate":
                    alts.append(("rate", self._refs(alt["items"], f"{sign['id']}#{k}", add, danger),
                                 float(alt["at_least"])))
                elif kind == "per_hour":
                    alts.append(("per_hour", self._refs(alt["items"], f"{sign['id']}#{k}", add, danger),
                                 float(alt["at_least"])))
                elif kind in ("temperature", "pressure"):
                    alts.append((kind, alt["name"]))
            self.signs.append({"id": sign["id"], "label": sign["label"], "for": sign["for"],
                               "default": sign["default"], "feelings": sign["feelings"],
                               "observer": sign.get("observer", False), "episodic": sign.get("episodic", False),
                               "adult_state": sign.get("adult_state", False),
                               "babies_too": sign.get("babies_too", False),
                               "first_days": sign.get("first_days"), "blues": sign.get("blues", False),
                               "explained": frozenset(sign.get("explained_in_clause", ())),
                               "cite": tuple(sign.get("cite", ())),
                               "other_sense": frozenset(sign.get("other_sense", ())),
                               "carries": frozenset(sign.get("carries", ())),
                               "history": frozenset(sign.get("history", ())),
                               "min_hours": sign["min_hours"], "needs_duration": sign["needs_duration"], "alts": alts})
        self._history_concepts = frozenset().union(*(sign["history"] for sign in self.signs))
        self._absorbed_by = {sign["id"]: tuple(sign.get("absorbed_by", ())) for sign in data["signs"]}
        self._sign_by_id = {sign["id"]: sign for sign in self.signs}
        self._episodic = {sign["id"]: sign["episodic"] for sign in self.signs}
        self._first_days = {sign["id"]: sign["first_days"] for sign in self.signs if sign["first_days"]}
        self._blues = frozenset(sign["id"] for sign in self.signs if sign["blues"])
        # ("asked": only in a message that asks something, "... I feel a failure. Can worry hold the milk back?";
        # the bare "I feel like a failure as a mother" stays a sign)
        self._blues_asked = frozenset(sign["id"] for sign in self.signs if sign["blues"] == "asked")
        self._other_sense = {sign["id"]: sign["other_sense"] for sign in self.signs if sign["other_sense"]}
        # a later turn reads "and if I don't feel anything?" in the light of a let-down question before it
        self.general_after = frozenset(data.get("asked_in_general_after", ()))
        self.context_concepts = self.context_concepts.union(self.general_after, *self._other_sense.values())
        # what a clause must mention for a sign to be worth matching (most clauses mention few)
        for sign in self.signs:
            triggers: set = set()
            for alt in sign["alts"]:
                if alt[0] in ("any", "bind"):
                    triggers |= alt[1]
                elif alt[0] == "all":
                    triggers |= min(alt[1], key=len)
                elif alt[0] == "count":
                    triggers |= alt[1]
                elif alt[0] in ("rate", "per_hour"):
                    triggers |= alt[1]
                else:
                    triggers.add("#num")
            sign["triggers"] = frozenset(triggers)
            # thoughts of harm: present however they are phrased ("if", "pernah bilang")
            sign["thoughts"] = sign["feelings"] and any(v["urgency"] == "emergency" for v in sign["for"].values())
            # ... and a wish to die or to harm stays even told with a cause, in a dream or as mistaken ("pengen mati
            # aja saking capeknya"); a faint feeling from tiredness does not
            sign["harm"] = sign["thoughts"] and any(v["group"] == "mood_selfharm" for v in sign["for"].values())
        # which signs a concept can start, so that a clause tries only those (in the signs' order), and the few
        # signs that count a concept named earlier, always
        self._signs_by_trigger: dict[str, list[int]] = {}
        for n, sign in enumerate(self.signs):
            for concept in sign["triggers"]:
                self._signs_by_trigger.setdefault(concept, []).append(n)
        self._carrying_signs = frozenset(n for n, sign in enumerate(self.signs) if sign["carries"])
        # the concepts that can start a sign (not the let-down, research or a caesarean named as a subject)
        self._sign_triggers = frozenset().union(*(sign["triggers"] for sign in self.signs)) - self.context_concepts
        # "darahnya", "kuningnya" in a phrase are "darah", "kuning" + a particle: one form for both sides
        plain = {w for words in entries for w in words}
        self._roots = {}
        for w in plain:
            for suffix, _poss in _PARTICLES:
                if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: -len(suffix)] in plain:
                    self._roots[w] = w[: -len(suffix)]
                    break
        merged: dict[tuple[str, ...], list] = {}
        for words, bucket in entries.items():
            key = tuple(self._roots.get(w, w) for w in words)
            target = merged.setdefault(key, [])
            target.extend(e for e in bucket if e not in target)
        entries = merged
        shared: dict = {}  # one object per distinct entry, word and tuple: a smaller, faster pickle
        for words, bucket in entries.items():
            self.vocab.update(words)
            words = tuple(shared.setdefault(w, w) for w in words)
            bucket = tuple(shared.setdefault(e, e) for e in bucket)
            self.index.setdefault(words[0], []).append((words, bucket))
        for first in self.index:
            self.index[first].sort(key=lambda item: -len(item[0]))
        self.index = _PhraseIndex(self.index)
        self.danger_words = frozenset(w for w in danger if len(w) >= 4)
        part_words = {w for part in data["parts"].values() for p in part["words"] for w in self._phrase_tokens(p)}
        repairable = self.danger_words | {w for w in part_words if len(w) >= 5}
        # a body part typed one letter short ("woud", "thig"): a part alone raises no sign, so a short word
        # may be read as one (a danger word needs five letters before a slip is repaired)
        self._short_parts = frozenset(w for w in part_words if len(w) == 5 and w.isalpha())
        # ... and a six-letter one typed one letter short ("breat", "nipple" as "niple")
        self._short_parts6 = frozenset(w for w in part_words if len(w) == 6 and w.isalpha())
        self.known = known_words  # the content's words: the same set as the normaliser's, pickled once
        self._danger_by_initial: dict[str, list[str]] = {}
        for w in sorted(repairable):
            self._danger_by_initial.setdefault(w[0], []).append(w)
        self._canon_cache: dict[str, tuple[str, str | None]] = {}
        self._spell_cache: dict[str, tuple[str, ...]] = {}  # a word's repaired spelling, read once
        # chat drops vowels ("kning", "tlpak", "npas cpt", "bksan sc"): the triage's words by their
        # consonants, for a typed word that is none of the content's words
        self._concept_words = frozenset(w for words, bucket in entries.items()
                                        if any(kind == "concept" for kind, _ in bucket) for w in words)
        self._by_skeleton: dict[str, list[str]] = {}
        for w in sorted(self.vocab):
            if len(w) >= 3 and w.isalpha():
                for key in _skeletons(w):  # "tgn": tangan, chat also drops the n of "ng"
                    self._by_skeleton.setdefault(key, []).append(w)
        # ordinary words (none of the triage's) with the same consonants: "dmn" is "dimana" as much as
        # "deman", so it is left alone; a spelling variant of a triage word ("cepet") is that word
        ordinary: dict[str, list[str]] = {}
        for w in sorted(known_words):
            if len(w) >= 3 and w.isalpha() and w not in self.vocab:
                spelled = self.spelling.get(w, (w,))
                if len(spelled) == 1 and spelled[0] in self.vocab:
                    continue
                for key in _skeletons(w):
                    if key in self._by_skeleton:
                        ordinary.setdefault(key, []).append(w)
        self._plain_by_skeleton = ordinary
        # word lists as one string each (split when read, rarely): a smaller, faster pickle; the skeleton
        # tables, read only for a chat word none of the content's words, as one text read on first use
        self._skeleton_src = "\n".join(f"{k}\t{' '.join(v)}\t{' '.join(ordinary.get(k, ()))}"
                                       for k, v in self._by_skeleton.items())
        self._skeletons_read: dict[str, tuple[list[str], list[str]]] | None = None
        del self._by_skeleton, self._plain_by_skeleton
        self._danger_by_initial = {k: " ".join(v) for k, v in self._danger_by_initial.items()}

    def _skeleton_words(self, key: str) -> tuple[list[str], list[str]]:
        """The triage's words and the ordinary words with these consonants (read on first use)."""
        if self._skeletons_read is None:
            self._skeletons_read = {}
            for line in self._skeleton_src.split("\n"):
                k, mine, plain = line.split("\t")
                self._skeletons_read[k] = (mine.split(), plain.split())
        return self._skeletons_read.get(key, ((), ()))

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_skeletons_read"] = None  # rebuilt from _skeleton_src when first needed
        state["_canon_cache"] = {}
        state["_spell_cache"] = {}
        return state

    def intent_person(self, intent_id: str) -> str:
        """Who a referral intent is about (for a referral reached by similarity)."""
        return self._intent_person.get(intent_id, "mother")

    # -- compiling -------------------------------------------------------------------------------
    def _phrase_tokens(self, phrase: str) -> tuple[str, ...]:
        out: list[str] = []
        for m in _SCAN.finditer(_fold_text(str(phrase))):
            word = m.group(2) or m.group(1)
            if not word:
                continue
            for w in self._spell(word):
                if not out or out[-1] != w:
                    out.append(w)
        return tuple(out)

    def _refs(self, items, private_id: str, add, danger: set[str]) -> frozenset[str]:
        refs = set()
        for item in items:
            if item.startswith("$"):
                refs.add(item[1:])
            else:
                add(item, ("concept", private_id))
                refs.add(private_id)
                danger.update(self._phrase_tokens(item))
        return frozenset(refs)

    def _spell(self, word: str) -> tuple[str, ...]:
        if word.endswith("'a") and len(word) > 4:
            word = word[:-2] + "nya"  # chat "npas'a", "umur'a": -nya
        word = word.replace("'", "") if not word.endswith("'s") else word[:-2]
        if len(word) > 2 and word.endswith("2") and word[:-1].isalpha():
            word = word[:-1]  # kejang2: Indonesian reduplication
        elif "2" in word and not word[0].isdigit():
            m = _REDUP_SUFFIX.match(word)
            if m:  # ubun2nya: ubun ubunnya; ngos2an: ngos ngosan
                return (*self.spelling.get(m.group(1), (m.group(1),)),
                        *self.spelling.get(m.group(1) + m.group(2), (m.group(1) + m.group(2),)))
        spelled = self.spelling.get(word)
        if spelled is None and len(word) > 4 and word[-1] == word[-2] and word.isalpha() and word[:-1] in self.spelling \
                and word not in getattr(self, "known", ()):
            spelled = self.spelling[word[:-1]]  # chat doubles a last letter: "dedekk" is "dedek"
        if spelled is None:
            stem = word[:-3]  # "pupnya": the chat word "pup" (buang air besar) + -nya
            if word.endswith("nya") and len(stem) >= 3 and stem in self.spelling:
                *head, last = self.spelling[stem]
                return (*head, last + "nya")
            for suffix, _poss in _REGIONAL_PARTICLES:  # "pipisnyo", "beuteungna": Minang, Sundanese -nya
                stem = word[: -len(suffix)]
                if word.endswith(suffix) and len(stem) >= 3 and stem in self.spelling and word not in self._dictionary:
                    *head, last = self.spelling[stem]
                    return (*head, last + "nya")
            return (word,)
        return spelled

    # -- reading a question ----------------------------------------------------------------------------
    def _canon(self, word: str) -> tuple[str, str | None]:
        hit = self._canon_cache.get(word)
        if hit is not None:
            return hit
        result = (word, None)
        vocab = self.vocab
        if word in self._roots:
            poss = next((p for suffix, p in _PARTICLES if word.endswith(suffix)), None)
            result = (self._roots[word], poss)
        elif word not in vocab and not word.isdigit():
            for suffix, poss in _PARTICLES + (_REGIONAL_PARTICLES if word not in self.known else ()):
                if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in vocab:
                    result = (word[: -len(suffix)], poss)
                    break
            else:
                if word.endswith("s") and word[:-1] in vocab:
                    result = (word[:-1], None)
                elif word.endswith("es") and word[:-2] in vocab:
                    result = (word[:-2], None)
                elif word not in self.known and (dd := _DOUBLE_VOWEL.search(word)) and not self._inflected(word) and (
                        (single := word[:dd.start()] + word[dd.start() + 1:]) in vocab or single in self.fillers
                        or single in self.known):
                    result = (single, None)  # "soo", "yelloow": a vowel typed long, the word is one
                elif word not in self.known and len(word) >= 3 and word.isalpha() and word[-1] == word[-2] \
                        and word[:-1] in vocab:
                    result = (word[:-1], None)  # chat doubles a last letter: "redd", "hott", "woundd"
                elif word not in self.known and word.endswith("in") and word + "g" in vocab:
                    result = (word + "g", None)  # "oozin", "bleedin": -ing without its g
                elif len(word) == 5 and word.isalpha() and word not in self.known and not self._inflected(word) and (
                        cands := [p for p in getattr(self, "_short_parts6", ()) if p[0] == word[0]
                                  and any(p[:k] + p[k + 1:] == word and p[k] not in _VOWELS for k in range(1, 6))]) \
                        and len(cands) == 1:
                    # "breat": breast, a consonant dropped inside a body part (a dropped vowel is chat's own
                    # spelling, read below: "kning" is kuning, not kening)
                    result = (cands[0], None)
                elif len(word) == 4 and word.isalpha() and word not in self.known and not self._inflected(word) and (
                        cands := [p for p in self._short_parts if p[0] == word[0]
                                  and any(p[:k] + p[k + 1:] == word for k in range(1, 5))]) and len(cands) == 1:
                    result = (cands[0], None)  # "woud": wound, one letter dropped inside a body part
                elif len(word) >= 5 and word not in self.known and word not in vocab and not self._inflected(word):
                    result = self._unvowelled(word) or result  # "kning": kuning, before a slip of "kening"
                    for cand in () if result[0] != word else self._danger_by_initial.get(word[0], "").split():
                        if abs(len(cand) - len(word)) <= 1 and plausible_slip(word, cand):
                            result = (cand, None)
                            break
                elif word not in self.known and word not in vocab and word.isalpha():
                    result = self._unvowelled(word) or result
                if result[0] == word and len(word) >= 5 and word[0] in _VOWELS and "h" + word in vocab \
                        and word not in self.known:
                    result = ("h" + word, None)  # spoken Indonesian drops a first h: "idung", "ilang"
        if len(self._canon_cache) < 50_000:
            self._canon_cache[word] = result
        return result

    def _unvowelled(self, word: str) -> tuple[str, str | None] | None:
        """A word typed without some of its vowels ("kning": kuning, "prutny": perutnya, "mw": mau):
        the one triage word with the same consonants that holds it letter by letter, and longer."""
        if len(word) < 2 or sum(ch in _VOWELS for ch in word) > 2:
            return None
        poss = None
        stem = word
        if word.endswith("ny") and len(word) >= 5:
            stem, poss = word[:-2], "pronoun"  # "prutny": perut + -nya
        elif word.endswith("nya") and len(word) >= 6:
            stem, poss = word[:-3], "pronoun"
        stems = [stem]
        if stem.endswith("w"):
            stems.append(stem[:-1] + "au")  # "mw", "klw": chat writes "au" as "w"
        for st in stems:
            if st != word and st in self.vocab:
                return (st, poss)
            if len(st) < 3:
                continue
            key = _skeleton(st)
            # chat writes the spoken "e" of a last "-at", "-as" ("cpet", "lms"): either spelling holds the letters
            forms = (st, st[:-2] + "a" + st[-1]) if len(st) > 3 and st[-2] == "e" and st[-1] not in _VOWELS else (st,)
            triage_words, plain_words = self._skeleton_words(key)
            cands = [c for c in triage_words
                     if len(c) > len(st) and c[0] == st[0] and any(_subsequence(f, c) for f in forms)]
            if cands and any(len(o) > len(st) and o[0] == st[0] and _subsequence(st, o)
                             for o in plain_words):
                return None  # "dmn": di mana or demam? an ordinary word is as likely: leave it alone
            if len(cands) > 1 and any(c in self.fillers for c in cands):
                return None  # "scar lks fine": looks or leaks? a filler is the everyday reading: leave it alone
            if len(cands) > 1:  # "kning": kuning or kening? a sign's word before a part's
                cands = [c for c in cands if c in self._concept_words]
            if len(cands) > 1:  # "demm": demam or demem, the same fever: the one that means all the others mean
                widest = [c for c in cands if all(self._meaning(o) <= self._meaning(c) for o in cands)]
                cands = widest[:1] if widest and self._meaning(widest[0]) else cands
            if len(cands) == 1 and any(w in self.known and w not in cands
                                       for w in (st[:k + 1] + st[k] + st[k + 1:] for k in range(len(st)))):
                return None  # "milk les", "wil": a double letter typed once ("less", "will"), no chat skeleton
            if len(cands) == 1:
                return (cands[0], poss)
        return None  # none, or ambiguous: leave the word alone

    def _meaning(self, word: str) -> frozenset:
        """The concepts a single word names."""
        bucket = next((bucket for words, bucket in self.index.get(word, ()) if words == (word,)), ())
        return frozenset(e for e in bucket if e[0] == "concept")

    def _inflected(self, word: str) -> bool:
        """A known word with an ending ("smoother", "lepasnya"): a real word, never a slip of a danger
        word ("smother")."""
        if any(word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in self.known
               for suffix in _INFLECTIONS):
            return True
        # "tried", "carried": try, carry; "sharing", "starving": share, starve; "spotting": spot
        for suffix in ("ied", "ies"):
            if word.endswith(suffix) and word[: -3] + "y" in self.known:
                return True
        for suffix in ("ing", "ed"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and (
                    stem + "e" in self.known or (stem[-1] == stem[-2] and stem[:-1] in self.known)):
                return True
        # Indonesian affixes round a known root: "keinginan" (ingin), "mengenai" (kena), "berasa" (rasa)
        for prefix in ("ke", "ber", "be", "per", "pe", "ter", "di", "meng", "meny", "mem", "men", "me", "peng", "pen", "pem", "se"):
            if not word.startswith(prefix):
                continue
            body = word[len(prefix):]
            for suffix in ("an", "kan", "i", "nya", ""):
                root = body[: len(body) - len(suffix)] if suffix else body
                if (suffix and not body.endswith(suffix)) or len(root) < 3:
                    continue
                # meng-, meny-, mem-, men- may take the root's first consonant: "mengenai" is kena + -i
                for r in (root, "k" + root, "s" + root, "p" + root, "t" + root):
                    if r in self.known and r != word:
                        return True
        return False

    def parts_named(self, text: str) -> frozenset[str]:
        """The places on the body a message names ("payudara", "betis", "jahitan"), as the signs read them, leaving out
        what is no place (the body as a whole, milk, stools, a thing)."""
        folded = _fold_text(text)
        return frozenset(m.value for toks in self._sentences(folded) for m in self._mentions(toks)
                         if m.kind == "part" and m.value not in _NO_PLACE)

    def _colon_joined(self, sentences: list[list[_Tok]]) -> list[list[_Tok]]:
        """A colon ends what came before it when what follows names its own subject ("says it's just wind: our baby stops
        breathing"); not when what follows only describes ("kata tetangga ini campak: ada ruam ..."), nor when what came before
        opens a list or a frame that goes on after it ("tanda bahaya nifas: perdarahan, demam, kejang", "pengen belajar
        dulu: kalau bayi kejang nanti ...", "gejala: ..."), or what comes after it opens one ("..: if he ..."), or it is a
        short heading that names what follows ("It's her: fever of 38.9", "Bayi saya: ...")."""
        out: list[list[_Tok]] = []
        for k, toks in enumerate(sentences):
            after = self._mentions(toks) if out and k in self._colon_at else ()
            if out and k in self._colon_at and (len(out[-1]) <= 4 or not any(m.kind == "person" for m in after) or any(
                    m.kind == "cue" and m.value in _OPENS_ACROSS_COLON for m in self._mentions(out[-1])) or any(
                    m.kind == "cue" and m.value in _OPENS_ACROSS_COLON and m.i == 0 for m in after)):
                out[-1] = out[-1] + toks
            else:
                out.append(toks)
        return out

    def _sentences(self, text: str) -> list[list[_Tok]]:
        sentences: list[list[_Tok]] = [[]]
        self._colon_at: set[int] = set()  # the sentences that follow a colon
        for m in _SCAN.finditer(text):  # already folded: spans index the folded text
            num, word, stop, comma = m.groups()
            if stop:
                if sentences[-1]:
                    sentences.append([])
                    if stop == ":":
                        self._colon_at.add(len(sentences) - 1)
                continue
            if comma:
                sentences[-1].append(_Tok(",", m.start(), m.end()))
                continue
            if num:
                sentences[-1].append(_Tok("#" + num, m.start(), m.end()))
                continue
            if word in ("nya", "ku") and sentences[-1] and sentences[-1][-1].w[0] != "#" and not sentences[-1][-1].poss:
                # "napas nya cepat": the particle written apart
                sentences[-1][-1].poss = "pronoun" if word == "nya" else "self"
                sentences[-1][-1].end = m.end()
                continue
            spelled = self._spell_cache.get(word)
            if spelled is None:
                spelled = self._spell(word)
                if len(self._spell_cache) < 50_000:
                    self._spell_cache[word] = spelled
            for w in spelled:
                form, poss = self._canon(w)
                toks = sentences[-1]
                if toks and toks[-1].w == form and form.isalpha():
                    toks[-1].end = m.end()  # kejang-kejang: one word
                    continue
                toks.append(_Tok(form, m.start(), m.end(), poss))
            if word.endswith("'s") and sentences[-1]:
                sentences[-1][-1].poss = sentences[-1][-1].poss or "genitive"  # "my baby's belly button"
        return [s for s in sentences if s]

    def _mentions(self, toks: list[_Tok]) -> list[_Mention]:
        out: list[_Mention] = []
        i, n = 0, len(toks)
        index, fillers = self.index, self.fillers
        while i < n:
            w = toks[i].w
            if w[0] == "#":
                out.append(_Mention("num", w[1:], i, i + 1))
                i += 1
                continue
            if w in _WORD_NUMBERS:  # "only one wet nappy", "dua minggu": a number, and still a word
                out.append(_Mention("num", _WORD_NUMBERS[w], i, i + 1))
            # the second word of a phrase is the next word, or one after at most _MAX_FILLERS fillers
            seconds = []
            for k in range(i + 1, min(n, i + 2 + _MAX_FILLERS)):
                tw = toks[k].w
                seconds.append(tw)
                if tw not in fillers:
                    break
            cands = index.candidates(w, seconds)
            longest = 0
            gapped = False
            if cands:
                kinds: set[str] = set()
                for words, bucket in cands:  # longest first
                    j, k, skipped = i + 1, 1, 0
                    while k < len(words) and j < n:
                        tw = toks[j].w
                        if tw == words[k]:
                            k += 1
                            j += 1
                        elif tw in fillers and skipped < _MAX_FILLERS and tw != ",":
                            skipped += 1
                            j += 1
                        else:
                            break
                    if k < len(words):
                        continue
                    if skipped and all(kind == "person" for kind, _ in bucket):
                        continue  # "a little at one end" is no "little one": a person is named without gaps
                    if not longest:
                        gapped = skipped > 0
                    poss = toks[j - 1].poss or toks[i].poss
                    if longest and ("cue", "pseudo_negation") in kinds:
                        continue  # "not breathing fast": nothing inside a pseudo-negation is named
                    for kind, value in bucket:
                        # a shorter phrase inside a longer one still names its concept ("only" in
                        # "only one") and the person it starts with ("bayi" in "bayi step"), but never
                        # its cue ("tidak" in "tidak mau menyusu") nor a person inside a longer person
                        if longest and (kind == "cue" or kind in kinds and kind != "concept"):
                            continue
                        out.append(_Mention(kind, value, i, j, poss))
                        kinds.add(kind)
                        if kind == "cue" and value == "pseudo_negation":
                            kinds.add(("cue", "pseudo_negation"))
                    longest = max(longest, j - i)
            # a cue ("is not") may hide a sign that starts inside it ("not breathing"): look again
            # (a pseudo-negation, though, is matched precisely so that it swallows what it covers)
            pseudo = longest and any(m.i == i and m.kind == "cue" and m.value == "pseudo_negation" for m in out[-3:])
            # and a phrase matched over a filler ("keluar [seperti] air") may hide one that starts
            # on that filler ("seperti air mengalir")
            i += 1 if not longest or (kinds <= {"cue"} and not pseudo) or gapped else longest
        # "tidurnya pules kayak orang pingsan", "sleeps like she's passed out": sleep likened to a faint is a deep
        # sleep; what the likeness names is no sign (a baby who then will not wake is read by its own words)
        out = [m for m in out if not (m.kind == "concept" and self._sleep_likeness(toks, m.i))]
        # "the redness has gone" is over; "my vision has gone sparkly", "his skin has gone yellow" is a change;
        # "udah nggak sanggup", "sudah tidak kuat": she can no longer cope, nothing is over
        out = [m for m in out if not (m.kind == "cue" and m.value == "resolved" and m.j < len(toks) and (
            (toks[m.j - 1].w == "gone" and toks[m.j].w not in _AFTER_GONE)
            or (toks[m.j - 1].w == "tidak" and toks[m.j].w in _COPING)))]
        # "tidak ada yang demam atau perdarahan", "nobody has a fever": no one has the sign named right after, so it is
        # denied ("tidak ada yang bisa antar" stays a pseudo-negation: no sign follows)
        for m in out:
            if m.kind == "cue" and m.value == "pseudo_negation" and " ".join(t.w for t in toks[m.i:m.j]) in _NO_ONE:
                after = m.j
                while after < min(len(toks), m.j + 2) and toks[after].w in _HAS_IT:
                    after += 1
                if any(c.kind == "concept" and c.i == after for c in out):
                    m.value = "negation"
        # "naik tangga lima anak aja ngos-ngosan": steps counted after the stairs, no child
        out = [m for m in out if not (m.kind == "person" and toks[m.i].w == "anak" and m.i >= 2
                                      and toks[m.i - 2].w in ("tangga", "tangganya"))]
        self._people_by_age(toks, out)
        # "masalahnya hari ini umurnya 12 hari, kulitnya makin kuning": an age in days, weeks or months told with no
        # one named in the clause is the baby's, so the signs after it are the baby's, not those of whoever came before
        if not any(m.kind == "person" for m in out):
            for k in range(len(toks) - 2):
                if toks[k].w in _AGE_WORDS and toks[k + 1].w[:1] == "#" and toks[k + 2].w in _BABY_AGE_UNITS \
                        and not any(t.w in _PREGNANT for t in toks[max(0, k - 2):k + 5]):
                    out.append(_Mention("person", "baby", k, k + 3))
                    out.sort(key=lambda m: m.i)
                    break
        # "i thought it's blocked nose?", "is it a blocked nose?", "apa karena hidung mampet?": her guess at what
        # it is, asked, not what it was found to be
        out = [m for m in out if not (m.kind == "cue" and m.value == "resolved" and (any(
            t.w in _GUESSES for t in toks[max(0, m.i - 3):m.i]) or any(
            (toks[j].w, toks[j + 1].w) in _GUESS_PAIRS for j in range(max(0, m.i - 4), m.i - 1))))]
        # "lahiran 2 minggu lalu demam 39", "operasi sesar 3 minggu lalu": the past cue dates the birth (an age
        # of the baby, a day after the birth), not the sign told after it
        out = [m for m in out if not (m.kind == "cue" and m.value == "past" and m.i >= 2 and (
            toks[m.i - 1].w[:1] == "#" or toks[m.i - 1].w in _WORD_NUMBERS) and any(
            t.w in _BIRTH_DATED for t in toks[max(0, m.i - 4):m.i - 1]))]
        # "a febrile seizure at 18 months", "kejang waktu umur 14 bulan": told at an age past babyhood, long over
        for k in range(len(toks) - 2):
            if toks[k].w in _AT_AGE and toks[k + 1].w.startswith("#") and (
                    (toks[k + 2].w in _MONTHS and (_number(toks[k + 1].w[1:]) or 0) >= 12)
                    or (toks[k + 2].w in _YEARS and (_number(toks[k + 1].w[1:]) or 0) >= 1)):
                out.append(_Mention("cue", "remote", k, k + 3))
        # a decade ("in the 70s", "in the 1970s", "tahun 70an", "era 90-an"): a story of another time altogether
        # (typed in figures, the number and its "s"/"an" come apart: the phrases of `remote` never see them whole)
        for k in range(len(toks) - 1):
            if toks[k].w[:1] == "#" and toks[k + 1].w in ("s", "an", "ies") and _is_decade(toks[k].w[1:]) and (
                    k and toks[k - 1].w in _DECADE_BEFORE or (_number(toks[k].w[1:]) or 0) >= 1900):
                # ("30an jam tidak pipis" is about thirty hours: only "the", "tahun", "era" ... make "70s" a decade)
                out.append(_Mention("cue", "remote", k, k + 2))
        # "my sister had postpartum depression", "depresi pasca melahirkan": a birth word inside a sign's name
        # names the sign, not a birth that makes the one spoken of a new mother
        out = [m for m in out if not (m.kind == "person" and m.value == "gave_birth" and any(
            c.kind == "concept" and c.i <= m.i and m.j <= c.j and c.j - c.i > m.j - m.i for c in out))]
        # "a badly fitting bra", "the flange fits her": clothes and kit that fit, no fits (seizures); "nanti juga
        # hilang sendiri", "it will clear by itself": a promise that it will pass, said now, is nothing over
        return [m for m in out if not (m.kind == "concept" and m.j - m.i == 1 and _fits_as_size(toks, m.i))
                and not (m.kind == "cue" and m.value == "resolved" and (_foretold(toks, m.i) or _asked_over(toks, m)))]

    @staticmethod
    def _people_by_age(toks, ms) -> None:
        """A person read by the age told with it: a sibling, niece or nephew "who was born last week" ("adik saya
        yang lahir 4 hari lalu", "my little brother, born on Monday", "ponakanku umur 2 bulan") is the baby; a niece, a nephew, a son or daughter told as
        a teenager or N years old ("our teenage niece", "my 17-year-old nephew") is someone else, no baby."""
        for m in ms:
            if m.kind != "person":
                continue
            words = {t.w for t in toks[m.i:m.j]}
            if m.value == "other" and words & _YOUNG_KIN and not words & _IN_LAW \
                    and toks[m.j - 1].poss != "genitive":  # "my sister-in-law's newborn": hers, not her
                after = [t.w for t in toks[m.j:m.j + 6]]
                if not _YEARS.isdisjoint(after) or "," in after[:1]:
                    continue
                # ... or told by an age in days, weeks or months ("adik saya umurnya 5 hari", "aged 3 weeks")
                aged = any(a in _AGE_WORDS and b[:1] == "#" and c in _BABY_AGE_UNITS
                           for a, b, c in zip(after, after[1:], after[2:]))
                if aged or any(w in _BORN for w in after):
                    m.value = "baby"
            elif m.value == "baby" and words & _RELATIVES and m.i >= 1:
                before = [t.w for t in toks[max(0, m.i - 3):m.i]]
                if before[-1] in _GROWN or (before[-2:] in (["year", "old"], ["years", "old"], ["yr", "old"], ["yrs", "old"])
                                            and not any(t in ("#0", "#1") for t in before)):
                    m.value = "other"

    @staticmethod
    def _sleep_likeness(toks, i) -> bool:
        """A likeness word just before position i ("kayak [orang]", "like [she's]") with a sleep word a few
        words before it, in the same statement."""
        k = i - 1
        while k >= 0 and toks[k].w in _LIKENESS_SKIP:
            k -= 1
        if k < 0 or toks[k].w not in _LIKENESS or i - k > 3:
            return False
        for t in reversed(toks[max(0, k - 5):k]):
            if t.w in _SLEEP_WORDS:
                return True
            if t.w not in _SLEEP_MANNER:
                return False  # "sleeping, then went limp like she passed out": the likeness is the limpness's
        return False

    # -- the assessment ----------------------------------------------------------------------------
    def assess(self, text: str, earlier: frozenset[str] = frozenset(), follow_up: bool = False) -> Assessment:
        """``earlier``: concepts named in the earlier turns of a chat (Assessment.concepts), so that
        "the wound" after a question about a caesarean is the caesarean wound. ``follow_up``: the text
        is a later turn of a chat; then one clause opened by "if" ("and if the wound is red and
        leaking pus?") adds what she sees to the question before it, like "kalau lukanya merah?": it
        is read as present. "kalau nanti", "what if" and an "if" clause followed by a question of its
        own ("if it gets red, what should I do?") stay hypothetical."""
        # "bu sy nifas hr 4, ...": "bu" opening the message addresses the bidan; it is no "ibu saya" (my mother)
        # (blanked, not cut, so that every span still indexes the text)
        folded = _VOCATIVE.sub(lambda v: " " * len(v.group(1)), _fold_text(text))
        self._text = folded
        findings: dict[tuple[str, str], Finding] = {}
        readings: list[tuple[str, str, float]] = []  # temperatures under the threshold
        subject: str | None = None  # the person spoken about, carried across clauses
        other_subject: str | None = None  # for dia/she/-nya: never the speaker
        speaker = "mother"  # "saya", "I": the mother, unless she said she is someone else
        gender: dict[str, str] = {}  # "our son": "he" is the baby, so "she" is his mother
        order = 0
        symptom = False
        general = False  # asked in general ("apa saja tanda bahaya", "what if", "how to prevent")
        carry = None  # the last part named, for a clause that names none
        seen_concepts: set[str] = set(earlier)
        named: set[str] = set()  # what this text names itself, for the turns after it
        sentences = [self._rejoin_recurred([(c, self._mentions(c)) for c in self._clauses(toks)])
                     for toks in self._colon_joined(self._sentences(folded))]
        # every mention and word of the message, once: the checks below ask of the whole message many times
        all_ms = [m for clauses in sentences for _, ms in clauses for m in ms]
        cues = {m.value for m in all_ms if m.kind == "cue"}
        kinds = {m.kind for m in all_ms}
        all_toks = [t for clauses in sentences for c, _ in clauses for t in c]
        # a history told after the signs it explains ("jantung berdebar padahal cuma duduk ... Waktu melahirkan
        # perdarahannya banyak"): counted as if told before, from a clause that denies nothing and names no one else
        told_later = {m.value for clauses in sentences for _, ms in clauses
                      if not any(c.kind == "cue" and (c.value in ("negation", "conditional", "hypothetical")
                                                      or c.value in _NOT_HISTORY) for c in ms)
                      and not any(p.kind == "person" and p.value == "other" for p in ms)
                      for m in ms if m.kind == "concept" and m.value in self._history_concepts}
        self._other_gave_birth = False  # another woman she tells of gave birth (set in _people)
        self._harm_asked = False  # she asks whether something could cause a sign (set in _context)
        self._fever_person = None  # whose fever the words told last (for a reading she took after it)
        named_people = {m.value for m in all_ms if m.kind == "person"}
        self._others_named = "other" in named_people
        # "kalau" is "if" in a general question ("kalau bayi kejang, pertolongan pertamanya apa?") but
        # "when" in her own story ("kalau malam bayi saya sesak"): she tells a story with herself in it
        owned = "actual" in cues or "dur" in kinds or any(
            self._tells_own(c, k) for clauses in sentences for c, _ in clauses for k in range(len(c)))
        all_durations = [d for clauses in sentences for c, ms in clauses for d in self._durations(ms, c)]
        self._age = _age_in_days(all_toks)
        # she asks whether what someone says is true ("is that a thing?", "mitos atau fakta?")
        self._belief_check = "belief_check" in cues
        # she sets herself apart from another woman who gave birth ("saya sendiri sehat", "as for me, I'm fine"): that
        # woman's signs are told as someone else's (said, not referred), not as the asker's
        # ... unless it is told as going on now ("sekarang kejang", "right now"): then it is still referred
        self._self_apart = "actual" not in cues and bool(_SELF_APART.search(folded))
        # she sets her own baby against another's ("mine is fine", "so mine doesn't", "bayi saya sendiri sehat")
        words = all_words = [t.w for t in all_toks]  # (``words`` is taken for a finding's words below)
        said_well = not _WELL.isdisjoint(words)  # "mine is fine", "anak saya sendiri sehat"
        self._own_contrast = "mine" in words or any(a in ("saya", "aku", "my") and b in ("sendiri", "own")
                                                    for a, b in zip(words, words[1:])) \
            or bool(_NO_CHILD_OF_HER_OWN.search(" . ".join(" ".join(t.w for c, _ in clauses for t in c)
                                                             for clauses in sentences)))  # "I don't have kids yet"
        # her own baby named as hers ("bayi saya", "my baby"): another's baby beside it is someone else's
        self._own_baby = any((a in _OWN_BABY and b in ("saya", "aku")) or (a in ("my", "our") and b in _OWN_BABY)
                             for a, b in zip(words, words[1:]))
        # no baby in the whole message: a "-nya" with no one before it but the speaker is hers ("jantung saya
        # berdebar, napasnya pendek-pendek"), not a baby never named
        self._no_baby = "baby" not in named_people
        self._birth_told = "gave_birth" in named_people
        self._own_body = False  # she has named a part of her own body ("jantung saya", "my chest"), set in _people
        speaks_of_self = not named_people.isdisjoint(("self", "self_det", "gave_birth"))
        # "sy pingsan... eh maksudnya pusing", "typo, I meant": she takes back the word just before
        corrections = [c[m.i].start for clauses in sentences for c, ms in clauses for m in ms
                       if m.kind == "cue" and m.value == "correction"]
        spans_by_sentence: list[tuple[int, int, bool]] = []  # (first order, last order, only says it is over)
        babies_at: list[int] = []  # where a baby is named (characters of the folded text)
        baby_named = False  # a baby spoken of so far
        for clauses in sentences:
            first_order = order
            self._here = None  # the person a clause of this sentence named, for the clauses after it
            # ... or the mother whose signs the sentences before told, with no baby named yet ("adik ipar saya
            # ... kelojotan. Sekarang sudah diam tapi lemas sekali": she is the weak one)
            if not baby_named and any(f.person == "mother" and f.counts for f in findings.values()):
                self._here = "mother"
            # ... and only in a sentence that asks in general ("berapa lama", "apa", "boleh"), with no
            # reading in it: "kalau malam bayi demam terus sampai 38,5" tells what happens
            weak_if = owned or not any(t.w in _GENERAL_ASK for c, _ in clauses for t in c) or any(
                m.kind == "num" for _, ms in clauses for m in ms)
            durations = [d for c, ms in clauses for d in self._durations(ms, c)]
            if follow_up and len(sentences) == 1 and len(clauses) == 1:
                clauses = [(clauses[0][0], self._elliptical_if(*clauses[0]))]
            # "had a fever last week but it's gone now": a resolution covers the clauses before it
            resolved_at = max((k for k, (c, ms) in enumerate(clauses)
                               if any(m.kind == "cue" and m.value == "resolved" and not (m.i and c[m.i - 1].w in _NOT_YET)
                                      and not _asked_if_before(c, m.i) for m in ms)), default=-1)
            # "it went away but came back", "sempat turun tapi naik lagi": it is back, so no resolution or past in
            # the sentence sets it aside
            # ("nggak panas lagi", "tidak berdarah lagi": "no longer", not "again")
            recurred = any(m.kind == "cue" and m.value == "recurred" and not any(
                n.kind == "cue" and n.value == "negation" and n.j <= m.i <= n.j + 1 for n in ms)
                for _, ms in clauses for m in ms)
            if recurred:
                resolved_at = -1
            # a harmless cause asked about ("krn pilek aja kah?", "just from a cold?"): she asks whether it explains
            # what she told, which says nothing is over
            last = clauses[-1][0][-1] if clauses and clauses[-1][0] else None
            self._asking = last is not None and (folded[last.end:last.end + 3].lstrip()[:1] == "?" or any(
                t.w == "kah" for c, _ in clauses for t in c))
            # ("is this just a blocked nose from the AC?", "apa ini cuma pilek?": the same, asked of what she told)
            if self._asking and resolved_at >= 0 and (any(
                    m.kind == "cue" and m.value == "resolved" and clauses[resolved_at][0][m.i].w in _BECAUSE
                    for m in clauses[resolved_at][1]) or any(
                    (" ".join(t.w for t in clauses[resolved_at][0][:3]) + " ").startswith(q + " ")
                    for q in _ASKS_IF_IT_IS)):
                resolved_at = -1
            # "Skrg udh biasa aja.", "It's dry now.": a sentence that only says it is over
            # (a time word, "next week", tells nothing new even when it is also a piece of a sign's words)
            # (a piece of a sign's words, "up" of "check-up", tells no sign: "my check-up was all clear")
            # ("That was 3 weeks ago and I've been fine since": the number of a duration is part of it)
            # ("Dia juga sudah nggak mau nyusuin": words that open inside "sudah nggak" and go on past it tell a new
            # state, "no longer willing to feed", not that something is over)
            only_over = resolved_at >= 0 and not any(
                (m.kind in ("concept", "num") and not (m.kind == "concept" and "#" in m.value) and not any(
                    (c.kind == "cue" and c.value == "resolved" and c.i <= m.i < c.j)
                    or (c.kind == "hours" and ((c.i, c.j) == (m.i, m.j) or (m.kind == "num" and c.i == m.j)))
                    for c in ms)) or (m.kind == "concept" and any(
                        c.kind == "cue" and c.value == "resolved" and c.i <= m.i < c.j < m.j for c in ms))
                for _, ms in clauses for m in ms)
            # "I thought he wasn't breathing, but it was just a deep sleep", "kirain sesak, ternyata cuma
            # cegukan": what she thought she saw, taken back by a later clause of the sentence saying what it
            # really was, is no sign seen (a fit or a blue spell told as real stays, as "thought" is absent)
            debunk_at = next((k for k, (c, _) in enumerate(clauses) if k and _debunks(c)), 0)
            for k, (clause, ms) in enumerate(clauses):
                if not ms:
                    continue
                prior = subject  # who was spoken of before this clause
                subject, other_subject, speaker = self._people(ms, clause, subject, other_subject, speaker, gender)
                babies_at.extend(clause[m.i].start for m in ms if m.kind == "person" and m.i >= 0
                                 and (m.extra or "").startswith("baby"))
                if any(m.kind == "part" and m.value == "cs_wound" for m in ms):
                    seen_concepts.add("caesarean")  # "perut yang habis dibelah ... lukanya": the caesarean wound
                self._contextual_parts(ms, seen_concepts)
                if carry is not None and not any(m.kind == "part" for m in ms):
                    ms_bind = ms + [carry]  # "the wound was fine but ... one end is red": that wound
                else:
                    ms_bind = ms
                # "bayi saya sehat, tapi apa tanda kuning yang bahaya?": a clause that opens with a general
                # question and tells nothing of her own asks in general, whatever came before
                # ("bedanya anak ini tidur seharian": a story told after "bedanya", with a time of its own)
                opens_general = any(m.kind == "cue" and m.value == "general" and m.i <= 1 for m in ms) and not any(
                    self._tells_own(clause, j) for j in range(len(clause))) and not any(
                    m.kind == "dur" or (m.kind == "cue" and m.value == "actual") for m in ms)
                neg, hypo, cond, past, resolved, soft = self._context(ms, clause, owned and not opens_general, weak_if)
                if k + 1 < len(clauses) and _explains_before(*clauses[k + 1]) and not _told_severe(clause) \
                        and (subject or "").split("|")[0] != "baby" and not any(
                            m.kind == "person" and (m.extra or "").startswith("baby") for m in ms):
                    # "I feel a pressure in my chest, but it's mostly because I'm hunched over": the next clause
                    # gives the everyday cause of what she told of herself (never a baby's sign: "his lips went
                    # blue, but it's probably the milk" stays a sign)
                    soft = soft | {m for m in ms if m.kind in ("concept", "num")}
                if recurred:
                    past, resolved = set(), set()
                if self._own_contrast and said_well:
                    # "My sister asked whether a baby with a fever can still feed. Mine is fine", "tetangga nanya
                    # apakah bayi kuning harus dijemur, anak saya sendiri sehat": another's question, told as
                    # asked, about a baby she sets apart from her own, asks in general
                    asked = _asked_whether(clause)
                    if asked is not None:  # ... to the end of the question only ("..., anak saya sendiri kejang")
                        hypo = hypo | {m for m in ms if m.kind in ("concept", "num") and asked[0] < m.i < asked[1]}
                        general = True
                if k < debunk_at:
                    thought = next((j for j, t in enumerate(clause) if t.w in _THOUGHT), None)
                    if thought is not None:
                        soft = soft | {m for m in ms if m.kind in ("concept", "num") and m.i > thought}
                general = general or any(m.kind == "cue" and m.value in ("hypothetical", "general") for m in ms) or (
                    any(m.kind == "cue" and (m.value == "conditional" or m.value == "conditional_weak" and not weak_if
                                             and not _routine_when(m, clause))
                        for m in ms)
                    and not any(m.kind == "cue" and m.value == "actual" for m in ms))
                settled = set(resolved)
                now = any(t.w in _RECENT for t in clause)  # a time of its own today, not "sekarang" (which contrasts)
                if k < resolved_at:
                    settled.update(m for m in ms if m.kind in ("concept", "num"))
                # a symptom word, or a piece of a sign's description ("refuses", "muntah") that is not itself
                # the body part or thing it speaks of ("milk" in "reheat breast milk" describes nothing)
                # ... nor a piece said of the milk alone ("ASI tiba-tiba seret": "lancar" is also how blood may flow)
                of_milk = any(p.kind == "part" for p in ms) and all(p.value == "milk" for p in ms if p.kind == "part")
                if not symptom and any(m.kind == "concept" and (m.value in self.symptom_concepts or "#" in m.value and not of_milk
                        and not any(p.kind == "part" and p.i == m.i for p in ms)) for m in ms):
                    symptom = any(m.kind in ("person", "part") for m in ms) or subject is not None
                present = {m.value for m in ms if m.kind in ("concept", "part")}
                if any(m.kind == "num" for m in ms):
                    present.add("#num")
                if ms_bind is not ms:
                    present.add(carry.value)
                self._hers_before = any(f.person == "mother" and f.counts for f in findings.values())
                tried = set(self._carrying_signs)
                for concept in present:
                    tried.update(self._signs_by_trigger.get(concept, ()))
                for sign in [self.signs[n] for n in sorted(tried)]:
                    ms_sign = ms_bind
                    if sign["carries"]:  # a concept named earlier in the message, counted in this clause
                        earlier_named = [c for c in sign["carries"] & (seen_concepts | told_later)
                                         if not any(m.kind == "concept" and m.value == c for m in ms)]
                        if earlier_named:
                            ms_sign = ms_bind + [_Mention("concept", c, -97, -96) for c in earlier_named]
                            if sign["triggers"].isdisjoint(present) and sign["triggers"].isdisjoint(earlier_named):
                                continue
                        elif sign["triggers"].isdisjoint(present):
                            continue
                    elif sign["triggers"].isdisjoint(present):
                        continue
                    for person, spans, key, urgency in self._match(sign, ms_sign, clause, subject, readings,
                                                                   all_durations if sign["feelings"] else durations,
                                                                   prior):
                        order += 1
                        chars = [(clause[i].start, clause[j - 1].end) for i, j in spans if 0 <= i < j <= len(clause)]
                        words = " / ".join(folded[a:b] for a, b in chars)
                        # a thought stays a thought when phrased with "if" ("happier if I disappeared") or
                        # told as once said ("pernah bilang mau loncat"); a past fever or jaundice does not
                        # a fit, a blue or breathless spell or a faint that has passed ("he seems fine now",
                        # "terus normal lagi") is still an emergency: only a remote past sets it aside
                        # ("tadi sempat kejang 1 menit": "sempat" with "tadi" is this spell, not a history)
                        told_history = bool(sign["history"]) and any(
                            m.kind == "concept" and m.value in sign["history"] for m in key)
                        # (a history read in the news or told as a rule, "baca berita ibu meninggal karena perdarahan,
                        # jadi saya deg-degan": no bleed of hers, so no anaemia it leaves)
                        # (only a report opened before it: "I lost a lot of blood ..., my husband says my lips look
                        # pale" tells her own bleed)
                        heard_history = told_history and any(
                            c.kind == "cue" and c.value in _NOT_HISTORY and c.i < min(
                                m.i for m in key if m.kind == "concept" and m.value in sign["history"]) for c in ms)
                        hypothetical = any(m in hypo or (m in cond and not sign["thoughts"]) or (
                            m in soft and not sign["harm"] and not told_history) or (
                            m in past and not sign["thoughts"] and not (sign["episodic"] and now))
                                           or (m in settled and not sign["episodic"]) for m in key
                                           if not (told_history and m.kind == "concept" and m.value in sign["history"])) \
                            or heard_history
                        if not hypothetical and self._asking and (old := findings.get((sign["id"], person))) is not None \
                                and old.hypothetical and not old.negated and key and (any(
                                    clause[j].w in _BECAUSE or clause[j].w in _THE_SAME
                                    for j in range(max(0, min(m.i for m in key) - 3), max(0, min(m.i for m in key))))
                                    or any(t.w in _THE_SAME_AFTER for t in clause[max(m.j for m in key):max(m.j for m in key) + 1])):
                            # "Waktu lahiran saya pendarahan ... apa gara-gara pendarahan kemarin?": the same sign,
                            # told as past, named again as the cause she asks about, is no new sign; so too when
                            # she asks of "the" one she told ("... all gone now. Did the fever harm my milk?",
                            # "... normal semua. Itu tadi demam ASI ya?", "apa demam tadi bikin ASI berkurang?")
                            hypothetical = True
                        if sign["explained"] and key and any(
                                m.kind == "concept" and m.value in sign["explained"]
                                and not any(clause[j].w == "," for j in range(min(m.i, key[0].i), max(m.j, key[0].j)))
                                for m in ms):
                            # "imunisasi bcg kmrn lengan dedek bentol bernanah dikit": the jab's usual reaction, told
                            # in the same stretch (pustules on the belly, the jab told after a comma, stay a sign)
                            hypothetical = True
                        denied = any(m in neg for m in key)
                        if denied and not sign["episodic"] and (old := findings.get((sign["id"], person))) is not None \
                                and old.counts and old.order <= first_order and any(
                                    m.kind == "cue" and m.value == "actual" for m in ms):
                            # "I had a fever of 38.5 two days ago. Now no fever.": denied now, in a sentence after
                            # the one that told it, the sign is over (a fit or a blue spell stays: episodic)
                            old.hypothetical = True
                        self._add(findings, sign, person, words, denied, hypothetical, order, urgency, chars)
                        if sign["id"] in ("fever", "mild_fever") and person in PERSONS and not any(
                                m.kind == "num" for m in key) and not any(m in neg for m in key):
                            self._fever_person = person
                if any(m.kind == "person" and not (m.possessor and m.possessor != "reporter") for m in ms):
                    self._here = subject
                baby_named = baby_named or subject == "baby" or any(
                    m.kind == "person" and m.extra == "baby" for m in ms)
                parts = [m for m in ms if m.kind == "part"]
                if parts:
                    carry = _Mention("part", parts[-1].value, -99, -98)
                    carry.owner = parts[-1].owner
                # (a bleed told of someone else, "my mum haemorrhaged when she had me", or read in the news, or denied,
                # is no history of hers)
                seen_concepts.update(m.value for m in ms if m.kind == "concept" and not (
                    m.value in self._history_concepts and (
                        m in neg or m in cond or any(c.kind == "cue" and c.value in _NOT_HISTORY for c in ms)
                        or (self._person_for(m, ms, subject, clause, prior) or "").startswith("other"))))
                named.update(m.value for m in ms if m.kind == "concept" and m.value in self.context_concepts)
            # "... and at the 3 week check the midwife said it's all gone": over, said of "it", in a sentence that
            # tells no sign of its own, is said of the story before it
            if not only_over and resolved_at >= 0 and not any(first_order < f.order <= order and f.counts
                                                               for f in findings.values()):
                c_over, ms_over = clauses[resolved_at]
                only_over = any(m.kind == "cue" and m.value == "resolved" and any(
                    t.w in _IT_OVER for t in c_over[max(0, m.i - 2):m.i]) for m in ms_over) or any(
                    # "Sudah dicek bidan, katanya bayi sehat, nyusu kuat ...": a sentence that opens by saying it
                    # was checked or is over, and tells no sign of its own, speaks of the story before it
                    m.kind == "cue" and m.value == "resolved" and m.i == 0 for m in clauses[0][1])
            spans_by_sentence.append((first_order, order, only_over))
        # "kalo diare?" after "apa manfaat ASI?": the sign asked about in general, when the follow-up tells
        # no story of anyone's own (no person, no time, no reading)
        if follow_up and not self.general_after.isdisjoint(earlier) and not owned and kinds.isdisjoint(
                ("person", "num", "dur")):
            for f in findings.values():
                f.hypothetical = True
                general = True
        # "Dedek suka kaget, tangannya terentang ... Itu kejang bukan?": a sentence that only asks whether what
        # she told is the sign ("itu kejang bukan", "is that a seizure?"), after a harmless cause told with no
        # sign of its own, asks about that cause: the normal answer and a "when to go now" note, not the card
        told_cause = False
        for k, clauses in enumerate(sentences):
            lo, hi = spans_by_sentence[k][:2]
            first = " ".join(t.w for t in clauses[0][0][:3]) if clauses and clauses[0][0] else ""
            if told_cause and any(first == q or first.startswith(q + " ") for q in _ASKS_IF_IT_IS):
                for f in findings.values():
                    if lo < f.order <= hi:
                        f.hypothetical = True
            elif any(lo < f.order <= hi and f.counts for f in findings.values()):
                told_cause = False  # a sign told in its own words: the question is about it
            if any(m.kind == "cue" and m.value == "cause" for _, ms in clauses for m in ms):
                told_cause = not any(lo < f.order <= hi and f.counts for f in findings.values())
        # "I had a haemorrhage, they rushed me to theatre ... That was seven weeks ago.": a sentence that only
        # dates the story before it, weeks or more ago, sets that story aside (a remote past, whatever the sign)
        for k, clauses in enumerate(sentences if findings else ()):
            if k and _DATES_STORY.match(" ".join(t.w for c, _ in clauses for t in c)):
                for f in findings.values():
                    if f.order <= spans_by_sentence[k - 1][1]:
                        f.hypothetical = True
        for k in range(1, len(spans_by_sentence)):
            if spans_by_sentence[k][2]:
                # ... sets aside what the sentence before it told (a fit stays a fit)
                # ... or the story before the sentences of hers that tell no sign ("I bled a lot, they rushed me to
                # theatre. I was in hospital five days and my milk was late. Now my Hb is back to normal.")
                over_at = sentences[k][0][0][0].start if sentences[k] and sentences[k][0][0] else len(folded)
                for j in range(k - 1, -1, -1):
                    lo, hi = spans_by_sentence[j][:2]
                    told = [f for f in findings.values() if lo < f.order <= hi]
                    for f in told:
                        # (not when she tells it again after: "... said it's all gone? No, he is still yellow.")
                        if not self._episodic.get(f.sign) and not any(a > over_at for a, _ in f.spans):
                            f.hypothetical = True
                    if told or k - j >= 2:
                        break
        for f in findings.values():
            if f.spans and any(0 <= c - f.spans[-1][1] <= _TAKEN_BACK for c in corrections):
                f.hypothetical = True
            if not self._other_sense.get(f.sign, frozenset()).isdisjoint(seen_concepts):
                f.negated = True  # the words' other, harmless sense: set aside, as a negated finding is
        # what is ordinary in the first days after the birth (first_days): feeling a failure in the baby
        # blues (WHO 2022: under two weeks), orange urates in the nappy (days 1-3), told on such a day and
        # lasting no longer, is asked about with a "when to go" note, not the card
        if self._first_days:
            day = _days_since_birth(all_words, self._age)
            if day is not None:
                for f in findings.values():
                    limit = self._first_days.get(f.sign)
                    if limit and day < limit and max(all_durations, default=0.0) < limit * 24:
                        f.hypothetical = True
        # crying often, or feeling a failure as a mother beside a question, told alone (no other live sign of the
        # same group, no duration of ten days or more): the baby blues most mothers have in the first two weeks, or a hard day;
        # answered with the "when to go" note (blues). Both together ("crying every day and I feel a failure") are
        # more than a hard day: the card
        if self._blues and max(all_durations, default=0.0) < _BLUES_HOURS:
            live = [f for f in findings.values() if not f.negated and not f.hypothetical]
            asked = "?" in text
            for f in live:
                if f.sign in self._blues and (asked or f.sign not in self._blues_asked) and not any(
                        g is not f and g.sign != f.sign and g.group is not None and g.group == f.group for g in live):
                    f.hypothetical = True
        # periodic breathing (ordinary in a sleeping newborn): a few quick breaths, then a pause of a few
        # seconds; a pause of 20 seconds or more, or any blue or grey colour, stays the emergency it is
        # (nor a counted rate: "napasnya 70 kali, terus jeda 5 detik" is fast breathing); told as that
        # pattern, pauses with quicker breaths between, not a bare "he stops breathing for a few seconds"
        if _SHORT_PAUSE.search(folded) and not (tokens := set(re.findall(r"\w+", folded))) & _BLUE_WORDS \
                and not tokens.isdisjoint(_QUICKER) and not any(
                (m.kind == "concept" and m.value == "blue") or (m.kind == "num" and (_number(m.value) or 0) >= 30)
                for clauses in sentences for _, ms in clauses for m in ms):
            for f in findings.values():
                if f.sign in _PAUSE_SIGNS and f.person == "baby":
                    f.hypothetical = True
        # a wish about ordinary sleep ("I hope she doesn't wake up till 6", "semoga bayi nggak bangun lagi sebelum
        # jam 5", "moga-moga si kecil nggak bangun dulu sampai aku selesai mandi"): a wish that someone stay asleep
        # until a time or a task tells of sleep that will end, neither a baby who cannot be woken nor a wish to die;
        # an unbounded wish ("semoga aku nggak bangun lagi") and "never", "forever" stay what they are
        for f in findings.values():
            if f.sign in _WAKE_SIGNS and f.spans and any(
                    _wish_for_sleep(c, f.spans[0][0], f.spans[-1][1], f.sign != "suicidal")
                    for clauses in sentences for c, _ in clauses):
                f.hypothetical = True
        # tiredness told as "about to faint" ("capek banget rasanya mau pingsan", "so tired I'm about to pass out"):
        # a way of saying how tired, like "so tired I could faint"; a faint that happened ("sampai pingsan",
        # "nearly passed out"), or one told with any word of blood loss or shock (blood, a pad, pale, a cold sweat,
        # dizzy, a racing heart, on standing) is not set aside
        for f in findings.values():
            if f.sign == "feeling_faint" and f.spans and not any(
                    g is not f and g.counts and g.person == "mother" for g in findings.values()) and not any(
                    w in _FAINT_COMPANIONS for w in all_words) and any(
                    _tired_to_faint(c, f.spans[0][0], f.spans[-1][1]) for clauses in sentences for c, _ in clauses):
                f.hypothetical = True
        # tiredness told as "feels like dying" ("capek banget mau mati rasanya", "ngantuk banget rasanya mau mati"): a
        # measure of tiredness, like "so tired I could die"; a wish ("pengen mati aja", "mau mati saja"), any other
        # word of it, or any other sign of her mood in the message keeps it
        for f in findings.values():
            if f.sign == "suicidal" and f.spans and not any(
                    g is not f and g.counts and g.group == f.group for g in findings.values()) and any(
                    _tired_to_die(c, f.spans[0][0], f.spans[-1][1]) for clauses in sentences for c, _ in clauses):
                f.hypothetical = True
        # "Say the baby turns out to be jaundiced ... Asking before my due date", "saya masih hamil 8 bulan": no baby
        # born yet, so what she says of "the baby" is asked ahead (the normal answer and a "when to go" note); her own
        # signs in pregnancy stay hers
        # ... but "pregnant again" or "my 3 week old" tells of a baby already born
        if self._age is None and not self._own_baby and any(f.person == "baby" for f in findings.values()) \
                and _NOT_BORN_YET.search(joined := " ".join(all_words)) \
                and not _BORN_ALREADY.search(joined):
            for f in findings.values():
                if f.person == "baby":
                    f.hypothetical = True
        # "the bleeding gets a little heavier during feeds", "darahnya agak lebih banyak pas menyusui": a little more
        # blood, told by nothing but a small degree (the womb tightening at feeds), is asked about with a "when to go"
        # note; a pad soaked, clots, a gush or "much heavier" stay the emergency
        for f in findings.values():
            if f.sign == "heavy_bleeding" and f.spans and all(
                    folded[a:b] in _JUST_BLOOD or (folded[a:b] in _MORE_BLOOD
                                                   and not _SMALL_DEGREE.isdisjoint(folded[:a].split()[-2:]))
                    for a, b in f.spans) and any(folded[a:b] in _MORE_BLOOD for a, b in f.spans):
                f.hypothetical = True
        # a low mood already in a professional's care ("depresi habis melahirkan dan sekarang rutin ke psikolog", "I'm
        # seeing a therapist for my PND"): what the card asks of her (talk to someone, get a counsellor) is done, so the
        # normal answer and a "when to go now" note; a wish to die or to harm, or a break with reality, stays the emergency
        mood = [f for f in findings.values() if f.counts and f.group == "mood_selfharm"]
        if mood and all(f.urgency == "today" for f in mood) and any(
                _NOT_IN_CARE.isdisjoint(folded[:c.start()].split()[-3:]) for c in _IN_CARE.finditer(folded)):
            for f in mood:
                f.hypothetical = True
        # the breast refused since a bottle or a teat came in ("sejak kenal dot jadi nolak nenen", "since we started a bottle
        # he screams at the breast", "bingung puting"): a baby who feeds, from the bottle, and prefers it (a feeding problem,
        # the normal answer and a "when to go now" note); any other sign of the baby keeps the card, and so does a refusal
        # of the bottle too ("nolak dot juga", "won't take the bottle either")
        if _BOTTLE_CAUSE.search(folded) and _BOTTLE_REFUSED.search(folded) and not general:
            # "sejak kenal dot nolak nenen, dot juga nggak mau": the bottle refused too, so the teat explains nothing;
            # the refusal the teat's cause set aside is a baby not feeding
            for f in findings.values():
                if f.sign in _REFUSAL_SIGNS and f.person == "baby" and f.hypothetical and not f.negated:
                    f.hypothetical = False
        refusals = [f for f in findings.values() if f.counts and f.person == "baby" and f.sign in _REFUSAL_SIGNS]
        if refusals and _BOTTLE_CAUSE.search(folded) and not _BOTTLE_REFUSED.search(folded) and not any(
                f.counts and f.person == "baby" and f.sign not in _REFUSAL_SIGNS for f in findings.values()):
            for f in refusals:
                f.hypothetical = True
        # a face gone red, then purple, while straining or crying ("bright red in the face, almost purple, while
        # straining to poo", "mukanya merah sampai keunguan pas ngeden"): the effort's colour; blue or grey lips, a
        # tongue, or a blue face with no red before it stay the emergency
        for f in findings.values():
            if f.sign == "apnoea_blue" and f.counts and f.person == "baby" and f.spans and all(
                    _PURPLE.search(folded[a:b]) and not _BLUE_NOT_PURPLE.search(folded[a:b]) for a, b in f.spans) \
                    and _STRAINING.search(folded) and _RED_THEN.search(folded) and not _CENTRAL.search(folded):
                f.hypothetical = True
        # a blue-grey patch named as a birthmark ("bluish grey patches on his back ... Mongolian spots", "bercak biru di
        # pantat, kata bidan tanda lahir"): a mark of the skin, no blue baby; lips, tongue or face keep the card
        for f in findings.values():
            if f.sign == "apnoea_blue" and f.counts and f.person == "baby" and _BIRTHMARK.search(folded) \
                    and not _CENTRAL.search(folded):
                f.hypothetical = True
        # "Is this the milk coming in?", "Itu tanda refleks keluarnya ASI?": a question whether what she told (full, hard,
        # tight breasts or chest) is the milk coming in or the let-down asks about that, when nothing else is told
        engorged = [f for f in findings.values() if f.counts and f.person == "mother" and f.sign in _MILK_EXPLAINS]
        if engorged and any(_ASKS_MILK.match(" ".join(t.w for c, _ in clauses for t in c)) for clauses in sentences[1:]) \
                and not any(f.counts and f.sign not in _MILK_EXPLAINS for f in findings.values()) \
                and not any(m.kind == "num" and _is_reading(m.value) for m in all_ms):
            for f in engorged:
                f.hypothetical = True
        # sleepy after a long feed, named as "milk drunk" ("he's just super sleepy and heavy after long feeds. Is milk drunk
        # a real thing?", "ngantuk banget habis nyusu, mabuk susu ya?"): the ordinary sleep after a full feed; a baby who
        # cannot be woken, will not wake for feeds, is floppy or has any other sign keeps the card
        for f in findings.values():
            if f.sign == "hard_to_wake" and f.counts and f.person == "baby" and f.spans and all(
                    _SLEEPY_WORD.search(folded[a:b]) for a, b in f.spans) and all(
                    _AFTER_FEED.match(folded[b:b + 40]) for a, b in f.spans) and _MILK_DRUNK.search(folded) and not any(
                    g.counts and g.person == "baby" and g is not f for g in findings.values()):
                f.hypothetical = True
        # a measured temperature under the threshold sets aside a worded fever for that person
        for person, name, _value in readings:
            f = findings.get((name, person))
            if f is not None and not any(r[0] == person and r[1] == name and r[2] is None for r in readings):
                f.negated = True
        # no one named in the whole message, yet the signs' defaults split between baby and mother ("bibir agak
        # biru, kalo tiduran napas susah jadi harus duduk"): one person is telling of one body, and the signs
        # that can be hers are hers (she is the one speaking; a baby would be named)
        if not named_people - {"feel"}:
            live = [f for f in findings.values() if f.counts]
            if {f.person for f in live} == {"baby", "mother"} and any(f.person == "mother" for f in live):
                # "Slight fever, 37.9, and the stitches ... more sore": a slight fever told beside her own signs is hers, and
                # a mother's slight fever alone is no danger sign (her other sign's card holds it)
                for f in live:
                    if f.person == "baby" and f.sign in _MILD_FEVERS:
                        del findings[(f.sign, "baby")]
                live = [f for f in findings.values() if f.counts]
            if {f.person for f in live} == {"baby", "mother"} and all(
                    "mother" in self._sign_by_id[f.sign]["for"] for f in live):
                for f in live:
                    if f.person == "baby":
                        del findings[(f.sign, "baby")]
                        self._add(findings, self._sign_by_id[f.sign], "mother", f.words, f.negated, f.hypothetical,
                                  f.order, None, f.spans)
        # "Adik saya lahiran kemarin ... darahnya masih ngocor", "my best friend ... has the urge to shake her baby. She's
        # 5 weeks postpartum": the woman told of is a mother who gave birth, so her signs are a mother's (referred, for
        # her), whichever sentence says she gave birth; not when the asker sets herself apart ("saya sendiri sehat")
        if self._other_gave_birth and not self._self_apart:
            for f in [f for f in findings.values() if f.person == "other"]:
                sign = self._sign_by_id[f.sign]
                if "mother" in sign["for"] and (f.sign, "mother") not in findings:
                    del findings[(f.sign, "other")]
                    self._add(findings, sign, "mother", f.words, f.negated, f.hypothetical, f.order, None, f.spans)
        # "had a weird shaking fit 2day n blacked out ..., bp was high at delivery ... do i need to go in?": no baby and no
        # one else in the message, only she speaks of herself; a sign both can have, read for the baby by its default,
        # told beside signs of her own, is hers
        if self._no_baby and named_people <= {"self", "self_det", "gave_birth", "feel"} and "self" in named_people \
                and speaker == "mother":
            live = [f for f in findings.values() if f.counts]
            if any(f.person == "mother" for f in live):
                for f in live:
                    if f.person == "baby" and "mother" in self._sign_by_id[f.sign]["for"] \
                            and (f.sign, "mother") not in findings:
                        del findings[(f.sign, "baby")]
                        self._add(findings, self._sign_by_id[f.sign], "mother", f.words, f.negated, f.hypothetical,
                                  f.order, None, f.spans)
        ordered = sorted(findings.values(), key=lambda f: f.order)
        # a shorter sign's words inside a longer sign's phrase, said of another person, are that phrase, said
        # once ("pergi aja dan nggak bangun lagi" is her wish to die; its "nggak bangun" is no baby not waking);
        # so is a word another person's sign reads together with more of its own ("my scar ... it's gone hot
        # and is weeping": "hot" is the wound's, with its weeping, not a baby's fever)
        longer = [g for g in ordered if g.counts and g.spans]
        ordered = [f for f in ordered if not (f.counts and f.spans and any(
            g is not f and g.sign != f.sign and g.person != f.person
            and all(any(a <= x and y <= b and ((b - a) > (y - x) or _reads_more(g.spans, f.spans)) for a, b in g.spans)
                    for x, y in f.spans)
            for g in longer))]
        if self._no_baby and speaks_of_self and speaker == "mother":
            # "I gave birth 4 days ago and breathing is hard": the same words read as her sign and as a baby's
            # (by its default), in a message that names no baby but herself, are hers
            mine = [span for f in ordered if f.counts and f.person == "mother" for span in f.spans]
            # ... even when one reading takes a word more ("perut bekas dibedah kembung keras ... saya muntah":
            # her belly, "kembung" in both, "keras" only in the baby's reading)
            ordered = [f for f in ordered if not (f.counts and f.person == "baby" and f.spans and all(
                any(a < y and x < b for a, b in mine) for x, y in f.spans))]
        if speaker == "mother" and any(f.counts and f.person == "mother" for f in ordered) and not any(
                f.counts and f.person == "baby" and not self._sign_by_id[f.sign]["adult_state"] for f in ordered):
            # "darah nifas ngucur sampai tembus ke kasur, lemes bgt", "pusing hebat ..., bayi umur 3 hari, lemes banget":
            # she tells signs of her own and the baby none; a weakness or sleepiness with no baby named in its own
            # stretch (back to a comma or the sentence's start) is hers too, and her card already holds it
            def own_stretch(f) -> bool:
                start = f.spans[0][0] if f.spans else 0
                back = max(folded.rfind(c, 0, start) for c in ",.!?;\n")
                return not any(back < b < start or (f.spans and any(a <= b < e for a, e in f.spans))
                               for b in babies_at)
            ordered = [f for f in ordered if not (f.counts and f.person == "baby"
                                                  and self._sign_by_id[f.sign]["adult_state"] and own_stretch(f))]
        live = [f for f in ordered if f.counts]
        twins = [(f, g) for f in live for g in live if f.person == "baby" and g.person == "mother" and f.spans
                 and f.spans == g.spans]
        if twins:
            # "Worried about sepsis. I'm shaking, temp 39.5, my lochia smells foul": a name both can have, said of no
            # one, read for both; the person whose other signs the message tells has it
            paired = {id(x) for pair in twins for x in pair}
            rest = {f.person for f in live if id(f) not in paired}
            if len(rest) == 1:
                keep = rest.pop()
                drop = {id(f if keep == "mother" else g) for f, g in twins}
                ordered = [f for f in ordered if id(f) not in drop]
        present = {(f.sign, f.person) for f in ordered if f.counts}
        for f in ordered:
            if any((s, f.person) in present for s in self._absorbed_by.get(f.sign, ())):
                f.absorbed = True
        # what else she asked: the question without the signs' words (for the "then ask" button)
        rest = list(folded)
        for f in ordered:
            if f.counts:
                for a, b in f.spans:
                    rest[a:b] = " " * (b - a)
        # ... and without the words of the signs set aside too: what she asks, when "I feel like a bad mom" is told
        # only as why she asks (its "feel like" asks for no signs)
        unsigned = list(rest)
        for f in ordered:
            if f.hypothetical and not f.negated:
                for a, b in f.spans:
                    unsigned[a:b] = " " * (b - a)
        # "jahitan sesarku udah kering": she says it is healed or harmless, so no referral by similarity
        # "ASI dibuat dari darah?": what something is made of is no symptom, so no referral by likeness
        reassured = not cues.isdisjoint(("resolved", "cause", "origin"))
        # "tekanan darah jg?": a blood-pressure word with no reading and nothing said of it names no danger,
        # so no referral by likeness either
        for clauses in sentences:
            for clause, ms in clauses:
                words = [m for m in ms if m.kind == "cue" and m.value == "pressure"]
                if words and all(any(w.i <= m.i < w.j for w in words) for m in ms):
                    reassured = True  # nothing named but the pressure itself
        # asked in general about danger (for the "go now" list): a sign named in general, or the danger signs
        # themselves; a general question of any other kind ("apa itu ASI?", "what does it do?") is not
        about_danger = general and (bool(ordered) or "danger_words" in cues)
        return Assessment(ordered, symptom, "".join(rest), general, frozenset(named), reassured, about_danger,
                          self._harm_asked and any(f.hypothetical for f in ordered), "".join(unsigned))

    @staticmethod
    def _tells_own(clause, k) -> bool:
        """The word at k says she tells of herself or her own ("bayi saya", "my baby", "I have"), not
        that she asks ("so I know", "can I", "saya mau tanya", "apakah saya perlu")."""
        w = clause[k].w
        if w not in _SELF_WORDS:
            return False
        nxt = clause[k + 1].w if k + 1 < len(clause) else ""
        prev = clause[k - 1].w if k else ""
        # "saya sih sehat-sehat aja", "I feel fine myself": she says she is well, so tells no story of her own
        for t in clause[k + 1:k + 5]:
            if t.w in _WELL:
                return False
            if t.w not in _WELL_SKIP:
                break
        # "saya bidan", "I'm a midwife", "saya kader posyandu": she says what she does, no story of her own
        after = [t.w for t in clause[k + 1:k + 6] if t.w not in _ROLE_SKIP]
        if any(w in _ROLES for w in after[:2]):  # ("I'm a community midwife")
            return False
        # "di kampung kami", "in our village": where she lives, no story of her own
        if prev in _PLACES or nxt in _PLACES:
            return False
        # "my friend mentioned it", "teman saya": a story about someone else
        return nxt not in _ASKING_AFTER and prev not in _ASKING_BEFORE and nxt not in _OTHERS and prev not in _OTHERS

    def _elliptical_if(self, clause, ms) -> list:
        """The mentions of a follow-up's only clause without an opening "if" ("and if ...") that
        reaches to its end: that "if" turns to her own situation rather than posing a condition."""
        opening = next((m for m in ms if m.kind == "cue"), None)
        if (opening is None or opening.value != "conditional" or opening.i > 1
                or any(t.w == "," for t in clause[opening.j:])):
            return ms
        return [m for m in ms if m is not opening]

    def _contextual_parts(self, ms, seen_concepts) -> None:
        """A part read differently after a concept: "the wound" after a caesarean is its wound."""
        for m in ms:
            if m.kind == "part":
                rule = self.part_after.get(m.value)
                if rule and (rule[0] in seen_concepts or any(c.kind == "concept" and c.value == rule[0] for c in ms)):
                    m.value = rule[1]

    def _rejoin_recurred(self, clauses):
        """"darah nifas sudah berhenti seminggu, tapi tadi keluar lagi banyak": a clause that says it came back, after
        one that said it stopped, goes on about the same thing, so the two are read as one (what came back is named
        only before the "tapi")."""
        k = 1
        while k < len(clauses):
            if any(m.kind == "cue" and m.value == "recurred" for m in clauses[k][1]) and any(
                    m.kind == "cue" and m.value == "resolved" for m in clauses[k - 1][1]):
                c = clauses[k - 1][0] + clauses[k][0]
                clauses[k - 1:k + 1] = [(c, self._mentions(c))]
            else:
                k += 1
        return clauses

    def _clauses(self, toks: list[_Tok]) -> list[list[_Tok]]:
        """A sentence cut at terminating words ("tapi", "but"): the scope of every cue ends there."""
        out: list[list[_Tok]] = [[]]
        for t in toks:
            if t.w in self._terminators:
                if out[-1]:
                    out.append([])
                continue
            out[-1].append(t)
        return [c for c in out if c]

    def _people(self, ms, clause, subject, other_subject, speaker, gender=None):
        """Mark possessors and the owners of parts; carry the person spoken about and who speaks.
        ``gender``: the baby's sex once named ("son", "daughter"): the English pronoun of the other
        sex is then the mother ("she had our son a week ago; she's short of breath")."""
        gender = {} if gender is None else gender
        last_part = None
        ends: dict[int, _Mention] = {}  # the part or person that ends at a position
        mothers = set()  # "adik ipar saya ... habis lahiran": the person named before it is a mother
        for k, m in enumerate(ms):
            if (m.kind == "person" and m.value == "gave_birth") or (
                    m.kind == "concept" and m.value == "caesarean" and m.i > 0
                    and any(t.w in _HAD_OPERATION for t in clause[max(0, m.i - 3):m.i])):
                # "adik saya habis sesar", "my sister, she had a c-section": a caesarean is a birth too
                people = [p for p in ms[:k] if p.kind == "person"
                          and p.value not in ("self_det", "pronoun_det", "gave_birth", "feel")
                          # ("Mama saya (bukan saya) baru lahiran": the speaker said not to be her)
                          and not (p.value == "self" and p.i and clause[p.i - 1].w in ("bukan", "not"))]
                if len(people) > 1 and people[-1].value == "pronoun" and clause[people[-1].i].w in _SHE \
                        and people[-2].value not in ("self", "speaker_other", "pronoun"):
                    mothers.add(id(people.pop()))  # "my sister, she had a caesarean": both name the mother
                while len(people) > 1 and people[-2].j == people[-1].i:
                    people.pop()  # "adik ipar saya": the first of a chain, the rest say whose
                named = people[-1] if people else None
                if named is not None and {t.w for t in clause[named.i:named.j]} & _ANIMALS:
                    continue  # "kucing saya baru lahiran": an animal that gave birth is no mother here
                if named is not None and named.value == "other" and self._self_apart:
                    continue  # "tetangga saya habis melahirkan kejang ..., saya sendiri sehat": her story, not the asker's
                if named is not None and named.value not in ("self", "speaker_other", "pronoun_det") and (
                        named.value != "pronoun" or clause[named.i].w not in _HE):
                    mothers.add(id(named))  # "she had a caesarean a week ago", "dia baru melahirkan": she is a mother
                    if named.value == "other" or (named.value == "pronoun" and (
                            (other_subject or "").startswith("other") or (self._others_named and speaker == "mother"))):
                        # "Kakak saya ... Dia baru sebulan melahirkan", "my friend ... She's 5 weeks postpartum": the
                        # woman she tells of is a mother who gave birth, in every sentence of the message
                        self._other_gave_birth = True
        for m in ms:
            prev = ends.get(m.i)
            if prev is None and m.kind == "person" and m.i >= 1 and clause[m.i - 1].w in _SIDES \
                    and (side_of := ends.get(m.i - 1)) is not None and side_of.kind == "part":
                prev = side_of  # "mata kanan dedek", "kaki kiri ibu": a side between the part and whose it is
            elif prev is None and m.kind == "person" and m.i >= 1 and clause[m.i - 1].w in _ORDINALS \
                    and (side_of := ends.get(m.i - 1)) is not None and side_of.kind == "person":
                prev = side_of  # "anak pertama saya": whose first child, the speaker no subject
            adjacent = prev is not None
            if m.kind == "part" and m.value in self.inheriting and last_part is not None and (
                    last_part.j == m.i or (adjacent and prev.kind == "person" and prev.possessor)):
                m.value, m.owner = last_part.value, last_part.owner  # "puting saya luka": a wound of the nipple
            before_part = last_part
            if m.kind == "part":
                last_part = m
            if m.kind == "person":
                kind = m.value
                if kind == "pronoun" and id(m) in mothers:
                    m.extra = "mother"
                elif kind in ("pronoun", "pronoun_det"):
                    m.extra = other_subject or "baby"
                    if other_subject is None and clause[m.i].w in _SHE | {"dia"}:
                        # "she's been having headaches and blurry vision": a "she" no one was named for is the
                        # baby for a baby's sign, the mother for a sign only a mother has (never no one)
                        m.extra = "baby|mother"
                        # ... and the mother for every sign told of her when a sign only a mother has is told of
                        # her too ("she feel tight chest pain and short of breath": her breath, not a baby's)
                        upto = next((p.i for p in ms if p.kind == "person" and p.i > m.i), len(clause))
                        only_hers = self._mothers_whole_words()
                        # (a phrase of two words or more: "faint" of "a faint blue colour" tells no faint)
                        if any(c.kind == "concept" and m.j <= c.i < upto and c.value in only_hers and c.j - c.i >= 2
                               for c in ms):
                            m.extra = "mother"
                    said = gender.get(clause[m.i].w in _SHE and "she" or clause[m.i].w in _HE and "he" or "")
                    if said is not None:
                        m.extra = said
                    elif m.extra == "mother" and clause[m.i].w in _HE:
                        # "how do I know the let-down is happening? his lips turn blue": a "he" is never the mother
                        m.extra = "baby"
                    elif clause[m.i].w in _SHE and gender.get("wife"):
                        # "my wife had the baby ... she's running a fever": the woman named, unless only
                        # a baby can have the sign ("... and she won't feed"); a "she" in a clause where someone
                        # speaks ("she keeps saying", "my wife says she ...") is the woman: only adults speak
                        m.extra = "mother|baby"
                        if self._no_baby and not self._birth_told:
                            # "my wife is low, she cries and won't eat": no baby, nor a birth, named anywhere
                            m.extra = "mother"
                        elif any(t.w in _SPEECH for t in clause[:m.j + 3]) and not any(t.w in _NURSING for t in clause):
                            m.extra = "mother"  # "she keeps saying ...", "my wife says she ..."
                        else:
                            named = [p for p in ms if p.kind == "person" and p.i < m.i and not p.possessor
                                     and p.extra in ("baby", "mother")]
                            if named and all(p.extra == "baby" for p in named):
                                # "the baby went stiff, her eyes rolled up": the baby, the only one named in
                                # the clause (with the woman named there too, "she" stays open)
                                m.extra = "baby"
                    if m.extra == "other" and clause[m.i].w in _HE and gender.get("other") == "woman":
                        # "my mother-in-law is staying ... yesterday he felt warm": a "he" is not the woman
                        # named last, so the baby (a man would have been named as one)
                        m.extra = "baby"
                    if m.extra == "other" and any(t.w in _NURSING for t in clause):
                        # "suami belajar pijat ... waktu nyusu bibirnya biru dan dia berhenti napas": the one
                        # nursing in the clause is the baby, whoever was named sentences before
                        m.extra = "baby"
                    if m.extra == "other":
                        # "my husband does the massage ... he's been floppy and hard to wake for feeds": the
                        # other person, unless only a baby can have the sign (then the baby, never a miss)
                        m.extra = "other|baby"
                elif kind in ("self", "self_det"):
                    m.extra = speaker
                    if m.i and (clause[m.i - 1].w in _ORGANS or (prev is not None and prev.kind == "part")) \
                            or kind == "self_det" and m.j < len(clause) and clause[m.j].w in _ORGANS:
                        self._own_body = True  # "jantung saya", "dada saya", "my heart": her own body
                    hedge_at = m.j
                    while hedge_at < len(clause) - 1 and clause[hedge_at].w in _HEDGE_DEGREE:
                        hedge_at += 1  # "what I'm pretty sure was", "saya cukup yakin"
                    if kind == "self" and hedge_at < len(clause) and clause[hedge_at].w in _HEDGES:
                        # "what I'm sure was a seizure", "saya yakin dia kejang": she judges what she saw,
                        # so she is no one who has the sign
                        m.possessor = True
                        continue
                elif kind == "speaker_other":  # "saya neneknya", "I'm the dad": not the mother
                    speaker = m.extra = "other"
                    if {t.w for t in clause[m.i:m.j]} & _WIVES:
                        # "asking for my wife: she has a fever": he writes, and the woman he names is the mother
                        gender["wife"] = "mother"
                        speaker, m.extra, kind = "other", "mother", "mother"
                    if {t.w for t in clause[m.i:m.j]} & _GRANDPARENTS:
                        gender["grandparent"] = "yes"  # her daughter is then the mother, not the baby
                elif kind == "baby" and gender.get("grandparent") and {t.w for t in clause[m.i:m.j]} & _GROWN_CHILD:
                    m.extra = kind = "mother"  # "I'm the grandma. My daughter can't catch her breath"
                    kind = "self"
                elif kind == "feel":
                    # "badan juga rasanya meriang": hers; after a person in the clause it is how that
                    # person feels to the touch ("bayi saya badannya terasa panas")
                    named = [p for p in ms if p.kind == "person" and p.i < m.i and p.value not in ("self_det", "pronoun_det")]
                    if named:
                        m.possessor = True
                        # ... and it is that person's ("dada saya terasa tercekik ... bernapas": hers)
                        m.extra = named[-1].extra
                        continue
                    m.extra, kind = speaker, "self"
                elif kind == "gave_birth":
                    # "my daughter just had a baby": that person is a mother (see above); with "saya" or
                    # no one named before it, the speaker herself
                    if any(t.w in _ANIMALS for t in clause[max(0, m.i - 3):m.i]):
                        # "kucing saya habis lahiran, darahnya banyak": the animal that gave birth, not the speaker
                        m.extra = kind = "other"
                    elif self._self_apart and any(p.kind == "person" and p.value == "other" and p.i < m.i <= p.j + 2
                                                  for p in ms):
                        # "sepupu saya habis melahirkan pendarahan ..., aku sendiri lancar": that woman's, not hers
                        m.extra = kind = "other"
                    elif any(p.kind == "person" and p.extra == "mother" and p.i < m.i for p in ms):
                        m.extra = kind = "mother"
                    else:
                        m.extra, kind = speaker, "self"
                elif id(m) in mothers:
                    m.extra = kind = "mother"
                elif kind == "baby" and m.poss == "pronoun" and any(t.w in _ANIMALS for t in clause[:m.i]):
                    m.extra = kind = "other"  # "kucing saya baru lahiran, anaknya lemas": its young
                else:
                    m.extra = kind
                if kind == "baby" and _years_old(clause, m.j):
                    m.extra = kind = "other"  # "anak pertama saya (4 tahun)": a child of years, not the baby
                if kind == "mother" and clause[m.i].w.isascii() and clause[m.j - 1].w in _WOMEN:
                    gender["wife"] = "mother"
                    if gender.get("she") == "baby":
                        # "Our daughter is 5 weeks. ... my wife's right breast is red, she has a fever": the woman
                        # named last is whom a "she" now speaks of
                        del gender["she"]
                if kind == "baby":
                    words = {t.w for t in clause[m.i:m.j]}
                    if words & _BOYS:
                        gender.update(he="baby", she="mother")
                    elif words & _GIRLS:
                        gender.update(she="baby")
                if m.i and clause[m.i - 1].w in _DECEASED:
                    m.possessor = "object"  # "pengen nyusul almarhum bapak", "my late mum": the dead have no sign
                    continue
                if kind in ("pronoun", "other") and m.i and clause[m.i - 1].w in _TOLD:
                    m.possessor = "object"  # "I told him the baby is evil": the one told, not who has the sign
                    continue
                if m.i and clause[m.i - 1].w in self._prepositions and not (
                        m.i >= 2 and clause[m.i - 2].w in _ASKING_FOR or clause[m.i - 1].w == "of" and m.i >= 2
                        and clause[m.i - 2].w == "behalf"):
                    # ("asking for my daughter-in-law: ...", "nanya buat adik": the one she asks on behalf of is
                    # the one she goes on to tell of)
                    m.possessor = True  # "feel nothing for my baby": an object, never who has the sign
                    continue
                if kind == "baby" and m.i and clause[m.i - 1].w in _CARE_BEFORE and (
                        carer := next((p for p in reversed(ms) if p.kind == "person" and p.j <= m.i - 1
                                       and not p.possessor), None)) is not None and carer.extra == "other":
                    # "keponakan saya yang bantu jaga bayi lagi demam", "the nanny who looks after the baby has a
                    # fever": the baby she looks after is no one who has the sign
                    m.possessor = "object"
                    continue
                if kind == "other" and m.i and clause[m.i - 1].w in _HELPER_BEFORE:
                    # "minta suami gosok punggung", "asked my husband to rub my back": the one who helps her, not
                    # the one spoken of (a reading told next with no one named is still hers)
                    m.possessor = "object"
                    continue
                if kind == "other" and any(t.w in _HUSBAND for t in clause[m.i:m.j]) and not _HE_LATER.search(
                        self._text, clause[m.i].start) and (v := next((k for k in range(m.j, min(len(clause), m.j + 5))
                                                    if clause[k].w in _MASSAGING), None)) is not None and not any(
                        t.w == "," for t in clause[m.j:v]) and not any(
                        c.kind == "concept" and m.j <= c.i < v for c in ms):
                    # "suami juga mulai belajar mijat punggung", "my husband rubs my back": the husband who gives her the
                    # massage helps her; a bleed told next with no one named is still hers (a sister who massages her
                    # may be a mother too, so she stays one spoken of; so does he when "dia", "he" points back later:
                    # "Suami rajin pijat punggung saya. Tapi sekarang dia demam")
                    m.possessor = "object"
                    continue
                if kind == "other" and any(t.w in _LIKENESS for t in clause[max(0, m.i - 3):m.i]):
                    m.possessor = "object"  # "breathing fast like a little dog panting": a likeness, no one there
                    continue
                if kind == "self" and m.i and clause[m.i - 1].w in _ANIMALS:
                    m.possessor = True  # "kucing saya habis lahiran": whose animal, not who has the sign
                    continue
                if kind == "self" and m.i and clause[m.i - 1].w in _PLACES:
                    m.possessor = "object"  # "ada bayi di wilayah saya yang demam": her area, the baby has it
                    continue
                if kind in ("self_det", "pronoun_det"):
                    m.possessor = True  # my/his/her: owns the next noun only
                elif adjacent and prev.kind == "part" and clause[m.i].w not in _SUBJECT_WORDS:
                    # (an English "I", "he" after a noun starts a new statement: "for my milk I stood up")
                    m.possessor = True  # "payudara saya", "mata bayi": the owner of that part
                    if prev.owner is None:
                        prev.owner = m.extra
                    subject = m.extra
                    if kind != "self":
                        other_subject = m.extra
                elif adjacent and prev.kind == "person" and clause[m.i].w not in _SUBJECT_WORDS and (
                        kind in ("self", "pronoun") or (
                        kind == "other" and prev.extra == "baby")):
                    m.possessor = True  # "bayi saya", "istri saya", "bayi kakak saya": whose, not who
                    if kind == "other":
                        m.extra = "baby"  # "bayi sepupu saya": the phrase names a baby
                        if self._own_contrast:
                            # "bayi tetangga kuning ... bayi saya sendiri sehat": the other's baby, set
                            # against her own, is told as someone else's story
                            prev.extra = m.extra = subject = other_subject = "other"
                elif kind == "baby" and m.poss == "pronoun" and adjacent and prev.kind == "person" and (
                        self._own_contrast or self._own_baby) and (prev.extra == "other" or (
                        prev.possessor is True and prev.value == "self" and (pp := ends.get(prev.i)) is not None
                        and pp.kind == "person" and pp.extra == "other")):
                    # "tetangga saya bayinya kejang ... gimana biar bayi saya sehat?": the neighbour's baby, told
                    # beside her own, is someone else's story
                    m.extra = subject = other_subject = "other"
                elif adjacent and prev.kind == "person" and prev.extra == "other" and kind == "baby" and (
                        clause[prev.j - 1].poss == "genitive" or clause[prev.j - 1].w.endswith("s")) \
                        and self._own_contrast:
                    m.extra = subject = other_subject = "other"  # "my neighbour's baby ..., so mine doesn't?"
                    prev.possessor = True
                elif kind in ("other", "mother") and self._reporter(clause, m):
                    # "kata suami saya kejang tadi malam", "according to my husband I ...": the one who told her
                    # of it, not who has the sign; the sign is then hers (or the person named after), and a
                    # "-nya"/"dia" after it may still be that person
                    m.possessor = "reporter"
                    other_subject = m.extra
                    # told of it by another, so she did not see it: most often it happened to her (a fit,
                    # a faint) while she could not know; a person named after it takes over
                    subject = m.owner = speaker
                else:
                    subject = m.extra
                    if kind != "self":
                        other_subject = m.extra
                    if kind == "other" and clause[m.i].w.isascii():
                        # "my mother-in-law", "my sister": a woman, so a later "he" is not her
                        words = {t.w for t in clause[m.i:m.j]}
                        gender["other"] = "woman" if words & _WOMEN_OTHERS else "man" if words & _MEN_OTHERS else "?"
            elif m.kind == "part":
                if adjacent and prev.kind == "person" and (
                        prev.value in ("self_det", "pronoun_det") or clause[prev.j - 1].w in self._genitives
                        or clause[prev.j - 1].poss == "genitive"):
                    m.owner = prev.extra  # "my breast", "her eyes", "baby's eyes"
                    prev.possessor = True  # whose, not what a colour or state word describes
                if m.owner is None and m.poss:
                    m.owner = speaker if m.poss == "self" else (other_subject or subject)
                if m.poss == "pronoun" and self.part_owner.get(m.value) == "baby":
                    # "kata mamanya ..., pusarnya merah ... dan dia panas": a "-nya" on a part only a baby has
                    # shows who "-nya" and "dia" now point to, the baby, not the mother named before
                    other_subject = "baby"
                if m.owner is None and before_part is not None and before_part.owner is not None and (
                        before_part.j < m.i <= before_part.j + 1
                        and all(t.w in _LIST_WORDS or t.w == "," for t in clause[before_part.j:m.i])):
                    m.owner = before_part.owner  # "his lips and tongue": the tongue is his as well
            elif m.poss == "pronoun" and m.kind in ("concept", "cue"):
                m.owner = other_subject or "baby"  # "napasnya cepat", "suhunya": someone other than the speaker
                if other_subject is None and subject == speaker == "mother" and getattr(self, "_no_baby", False) \
                        and getattr(self, "_own_body", False):
                    m.owner = speaker  # "jantung saya berdebar, napasnya pendek": she has spoken only of herself
                if other_subject is None and "#" in m.value and m.value.split("#", 1)[0] in self._mothers_signs():
                    m.owner = None  # "benjolannya pecah keluar nanah": -nya is the lump's, a sign only she can have
            elif m.poss == "self" and m.kind == "concept":
                m.owner = speaker  # "pembalutku penuh", "kepalaku nyut-nyutan": her own
            if m.poss == "self" and subject is None and m.kind in ("part", "concept"):
                subject = speaker  # "darah nifasku banyak": she speaks of herself
            if m.kind in ("part", "person") and (m.j not in ends or m.kind == "part"):
                ends[m.j] = m
        return subject, other_subject, speaker

    _genitives = frozenset(("babys", "wifes", "sons", "daughters", "newborns", "infants"))

    def blues_only(self, assessment: Assessment) -> bool:
        """Every sign set aside is one of the blues (a feeling told alone: crying often, feeling a failure)."""
        aside = [f for f in assessment.findings if f.hypothetical and not f.negated]
        return bool(aside) and all(f.sign in self._blues for f in aside)

    def sign_cite(self, sign_id: str) -> tuple[str, ...]:
        """The sources of one sign alone (content `cite` on the sign), cited when it is found."""
        sign = self._sign_by_id.get(sign_id)
        return sign["cite"] if sign else ()

    def _mothers_signs(self) -> frozenset:
        """The signs only a mother can have (read once)."""
        found = self.__dict__.get("_mother_only")
        if found is None:
            found = self.__dict__["_mother_only"] = frozenset(s["id"] for s in self.signs if set(s["for"]) == {"mother"})
        return found

    def _mothers_whole_words(self) -> frozenset:
        """The words that alone tell a sign only a mother has ("tight chest", not "tight" of a leg clot)."""
        found = self.__dict__.get("_mother_words")
        if found is None:
            found = self.__dict__["_mother_words"] = frozenset(
                f"{s['id']}#{k}" for s in self.signs if set(s["for"]) == {"mother"}
                for k, alt in enumerate(s["alts"]) if alt[0] == "any")
        return found

    @staticmethod
    def _reporter(clause, m) -> bool:
        """The person at m only tells what happened: "kata/menurut suami saya", "according to my mum",
        "suami saya bilang, ...", "my husband says (that) ..." followed by no word of his own state."""
        before = clause[m.i - 1].w if m.i else ""
        if before in _REPORT_BEFORE or (before == "to" and m.i > 1 and clause[m.i - 2].w == "according"):
            return True
        after = clause[m.j].w if m.j < len(clause) else ""
        if after in ("yang", "who") and m.j + 1 < len(clause) and clause[m.j + 1].w in _REPORT_AFTER:
            return not {t.w for t in clause[m.j + 2:m.j + 4]} & _HIMSELF  # "suami saya yang lihat, katanya ..."
        # (not "bilang", "says": "istri saya bilang pengen mati aja" tells her own wish; but "suami bilang bibir
        # dan kuku saya pucat", "my husband says my lips are pale": what he says of her)
        if after in _SAYS and any(t.w in _SELF_WORDS for t in clause[m.j + 1:m.j + 5]) and not any(
                t.w in _HIMSELF for t in clause[m.j + 1:m.j + 5]):
            return True
        if after not in _REPORT_AFTER:
            return False
        # "suami saya bilang dia sesak": he speaks of himself, so he stays the one spoken of
        rest = {t.w for t in clause[m.j + 1:m.j + 3]}
        return not rest & _HIMSELF

    def _context(self, ms, clause, owned=True, weak_if=True):
        """The mentions inside a negation scope, and those inside a hypothetical or past context.
        ``owned``: she tells a story of her own (a general question is then about hers); ``weak_if``:
        "kalau" is "when" here, not "if"."""
        neg: set = set()
        resolved: set = set()
        hypo: set = set()
        cond: set = set()
        soft: set = set()  # a harmless cause, a dream, a mistake: every sign but a wish to die or to harm
        past: set = set()
        n = len(clause)
        commas = [k for k, t in enumerate(clause) if t.w == ","]
        # (an onset told as a span, "since last night", "sejak kemarin", is her present too: "can I still get the
        # massage if my breast has a hot red patch and I've been shivering since last night?")
        actual = any(m.kind == "cue" and m.value == "actual" or m.kind == "dur" and m.i < n and clause[m.i].w in _SINCE
                     for m in ms)
        signlike = [m for m in ms if m.kind in ("concept", "num")]
        for m in ms:
            if m.kind != "cue":
                continue
            cue = m.value
            if cue == "negation":
                if (clause[m.j - 1].w in ("never", "pernah") or (m.j < n and clause[m.j].w == "pernah")) and _NEVER_LIKE.search(" ".join(t.w for t in clause[m.j:m.j + 8])):
                    continue  # "I've never bled like this", "belum pernah sesakit ini": worse than ever, not absent
                neg.update(self._negated(m, ms, clause))
            elif cue == "negation_after":
                # "demam tidak ada", "fever: none": the signs just before it, back to a comma
                if m.j < n and clause[m.j].w not in _AFTER_NONE and clause[m.i].w == "tidak":
                    continue  # "demam 38,5 ga ada nafsu nyusu": "tidak ada" of what comes next, not of the fever
                start = max([c for c in commas if c < m.i] + [-1])
                neg.update(s for s in signlike if start < s.i < m.i and m.i - s.j <= 3)
            elif cue == "hypothetical":  # "what if", "kalau nanti", "cara mencegah": what it frames
                if clause[m.i].w in _FOR_EXAMPLE and _ELAPSED.search(" ".join(t.w for t in clause[m.j:])) \
                        and not any(t.w in _LATER for t in clause):
                    continue  # "misal bayiku udh 2 hari ga mau nyusu": a hedge before a time already gone by, her own story
                if " ".join(t.w for t in clause[m.i:m.j]) in _SOME_DAY:
                    if actual or (m.i and clause[m.i - 1].w in _FOR_SPAN):
                        continue  # "a fever for one day", "a fever one day now": a duration, not a day to come
                    # "say the baby catches a fever one day, ...": a day to come frames the sign just before it too
                    hypo.update(s for s in signlike if s.j <= m.i and m.i - s.j <= 4)
                hypo.update(s for s in signlike if s.i >= m.i)
            elif cue == "general" and clause[m.i].w in ("menyebar", "spread", "spreading", "spreads", "menjalar") and (any(
                    p.kind == "part" and m.j <= p.i <= m.j + 1 for p in ms) or any(
                    t.w in _SPREAD_TO for t in clause[m.j:m.j + 4])):
                continue  # "merahnya menyebar ke kulit perut", "spreads to my left arm": spreading over a part, seen, not asked
            elif cue == "general" and clause[m.i].w in _DIFFERENT and m.j < n and clause[m.j].w in _FROM and any(
                    a.kind == "cue" and a.value in ("past", "remote") and m.j < a.i <= m.j + 2 for a in ms):
                continue  # "baunya menyengat, beda dari minggu lalu", "different from last week": a change seen, not asked
            elif cue == "general" and not owned and not any(
                    a.kind == "num" and _is_reading(a.value) and any(a.j <= c < m.i for c in commas) for a in ms):
                # "apa tanda mastitis?", "bedanya apa": the whole clause; not after a reading she gives
                # ("the baby feels hot, 38.5, is it a fever?")
                # ... but "is it a haemorrhage if I'm soaking a pad every hour?": the name asked about is
                # general, what she tells after the "if" is her own state, now
                if clause[m.j - 1].w == "with" and any(a.kind == "num" and _is_reading(a.value) and a.i >= m.j for a in ms):
                    continue  # "a mother with a fever of 39 and a red breast, day 5": a case told with its reading
                told = self._identifying_if(clause, ms)
                hypo.update(s for s in signlike if told is None or s.i < told)
            elif cue == "speech" and self._belief_check and m.i and any(
                    p.kind == "person" and p.extra in ("other", "mother", "pronoun") and p.j <= m.i and m.i - p.j <= 2
                    and not p.possessor for p in ms):
                # "my mother-in-law says yellow clothes cause jaundice ... is that true?": a belief of someone
                # else she asks about is no sign seen, unless she tells a time of her own in it
                if any(a.kind in ("dur", "num") or (a.kind == "cue" and a.value == "actual") for a in ms if a.i >= m.j):
                    continue  # "my mum says the baby has been floppy since this morning": a time of its own
                for s in signlike:
                    own = [k for k in range(m.j, s.i) if clause[k].w in _SELF_WORDS]
                    # "says I am bleeding heavily" is hers; "says I must ... or the blood will clot" a belief
                    if s.i >= m.j and not (own and not any(t.w in _CLAIMS for t in clause[own[-1]:s.i])):
                        hypo.add(s)
            elif cue == "report":
                # a rumour, the news, someone's horror stories ("grup WA bilang bayi bisa biru", "stories
                # about women who got fevers"): what they tell is no sign seen, up to the end of the clause,
                # unless she turns to her own inside it ("... and my baby is blue now")
                # ... or a new statement about someone ("..., and the baby's eyes are yellow")
                # ("..., babies getting dehydrated": a plural, babies in general, goes on with the list)
                # ("di video ..., ada bayi yang napasnya berhenti": a baby brought in by "ada" / "a" is the one in it)
                people = [p.i for p in ms if p.kind == "person" and clause[p.j - 1].w not in _PEOPLE_IN_GENERAL
                          and not (p.i and clause[p.i - 1].w in _INDEFINITE)]
                end = next((k for k in range(m.j, n) if (clause[k].w == "," or clause[k].w in _NEW_STATEMENT)
                            and any(k < i <= k + 2 for i in people)), n)
                for s in signlike:
                    if m.j <= s.i < end and not any(t.w in _SELF_WORDS for t in clause[m.j:s.i]) and not any(
                            a.kind == "dur" or (a.kind == "cue" and a.value == "actual") for a in ms if m.j <= a.i < s.i):
                        hypo.add(s)
            elif cue == "fiction":
                # a novel, a film, a series: its characters ("the heroine", "the new mum", "tokohnya") are no
                # one she knows, to the end of the clause and past "I watched"; her own baby or a time of
                # her own told after it ("... and since then my baby is floppy") is hers again
                # ... and so is what she tells of herself after it ("tadi nonton film, terus saya pendarahan")
                for s in signlike:
                    if s.i >= m.j and not any(t.w in _SELF_WORDS and (k + 1 >= n or clause[k + 1].w not in _WATCHING)
                                              for k, t in enumerate(clause[:s.i]) if k >= m.j) and not any(
                            (p.kind == "person" and p.value == "baby" and m.j <= p.i < s.i
                             and not (p.i and clause[p.i - 1].w in _INDEFINITE)  # "ada bayi di pengungsian": a baby on screen
                             and not (clause[p.i].w in _ON_SCREEN or p.i and clause[p.i - 1].w in _ON_SCREEN)  # "in a movie the newborn turned blue"
                             and not (p.i and clause[p.i - 1].w == "yang" and p.i - 1 <= m.j))  # "film yang bayinya ...": its baby
                            or (p.kind == "dur" or (p.kind == "cue" and p.value == "actual")) and m.j + 2 < p.i < s.i
                            for p in ms):
                        hypo.add(s)  # ("di sinetron tadi ...", "a film I saw yesterday": a time right after the show is when she watched it)
            elif cue == "danger_words" and not any(t.w in _IT | _IS_IT for t in clause[max(0, m.i - 3):m.i]):
                # "kami selalu bahas tanda bahaya: ibu kejang, darah banyak, bayi kuning, tali pusat bernanah", "the
                # leaflet lists the danger signs: fits, heavy bleeding, a yellow baby": a list taught or read, each item
                # with its own person, is no one's sign, to the end of the clause; not when she turns to her own in it
                # ("..., bayi saya kuning"), tells a time of her own, or asks whether what she tells is one ("is this
                # a danger sign, ...")
                listed = [s_ for s_ in signlike if s_.i >= m.j]
                segments = {sum(1 for c in commas if c < s_.i) for s_ in listed}
                # (her own told after the list, "... - and my baby is thriving", turns to nothing in it)
                end = max((s_.i for s_ in listed), default=m.j)
                if len(segments) >= 2 and not any(
                        (a.kind == "person" and (a.value in ("self", "self_det") or a.poss == "self" or any(
                            t.w in _SELF_WORDS or t.poss == "self" for t in clause[a.i:a.j])))  # "my baby", "bayiku"
                        or a.kind == "dur" or (a.kind == "cue" and a.value == "actual") for a in ms if m.j <= a.i < end):
                    hypo.update(listed)
            elif cue in ("dream", "mistaken", "rule"):
                # "I dreamt my baby stopped breathing and woke up in a panic", "mimpi bayi saya kejang": what
                # she dreamt, to the next comma or new statement, whoever is named in it; so too what it was
                # mistaken for ("cegukan terus, dikira sesak napas"; not "dikira masuk angin, ternyata demam")
                # ... and what she thought would happen ends where she turns to what did ("kirain mau bersih eh
                # tiba-tiba darah ngucur lagi", "I thought it had stopped, then suddenly it gushed")
                end = next((k for k in range(m.j, n) if clause[k].w == "," or clause[k].w in _NEW_STATEMENT
                            or clause[k].w in _TURNS), n)
                soft.update(s for s in signlike if m.j <= s.i < end)  # a wish to die stays (see soft)
            elif (cue == "conditional" or cue == "conditional_weak" and not weak_if and not _routine_when(m, clause)) \
                    and not actual:
                if self._identifying_if(clause, ms) == m.j:
                    continue  # "is it X if I'm ...": no condition, her own state (see above)
                # "jika", "if" (and "kalau" in a question about no one's own): forward to the next comma
                end = next((c for c in commas if c > m.i), n)
                cond.update(s for s in signlike if m.j <= s.i < end)
            elif cue == "resolved":  # "... sekarang sudah normal": what came before it
                if clause[m.i].w in _BECAUSE and getattr(self, "_asking", False) or _asked_if_before(clause, m.i):
                    continue  # "napasnya bunyi, karena pilek aja kah?": a harmless cause asked about, not told
                if m.i and clause[m.i - 1].w in _NOT_YET:
                    continue  # "belum sembuh total", "not back to normal": not over
                if m.i and clause[m.i - 1].w in _AS_IF or any(t.w in _AS_IF for t in clause[m.i:m.j]):
                    # "napas pendek, kayak habis lari padahal cuma duduk": a likeness, not a cause; nor is "kilatan
                    # cahaya kayak lampu blitz" lamplight
                    continue
                resolved.update(s for s in signlike if s.i < m.i)
            elif cue == "cause":  # a harmless cause: its own stretch only, never "bukan karena cemas"
                # (into soft: a wish to die or to harm stays, "pengen mati aja saking capeknya" is still referred)
                if m.i and clause[m.i - 1].w in _NOT_CAUSE | _AS_IF or _asked_if_before(clause, m.i):
                    continue
                if m.j < n and clause[m.j].w in _FILLED_WITH and any(
                        t.w in _SUBSTANCES or t.w in _PUS for t in clause[m.j:m.j + 3]):
                    continue  # "feels full of liquid", "terasa penuh cairan": a collection (an abscess), not milk
                start = max([c for c in commas if c < m.i] + [-1])
                if _told_severe(clause):
                    continue  # "crushing chest pain since my milk came in": no everyday cause explains a severe pain
                if {t.w for t in clause[m.i:m.j]} & _EXERTION and any(
                        t.w in _ALREADY for t in clause[m.j:m.j + 4]):
                    continue  # "naik tangga saja sudah ngos-ngosan": so little effort already too much, no cause
                soft.update(s for s in signlike if start < s.i < m.j)  # ... and inside it ("when she's cold")
                # ... and after it, up to a comma or a new statement: "pas let down dada rasanya sesak",
                # "kalau kaget tangannya menyentak"; not "pusing karena kurang tidur, terus bayi saya lemas"
                end = next((k for k in range(m.j, n) if clause[k].w == "," or clause[k].w in _NEW_STATEMENT), n)
                if m.i <= start + 1 and clause[m.i].w in _WHEN_OPENS and end < n and clause[end].w == ",":
                    # "When I get anxious about ..., my chest feels tight": a "when" that opens the clause
                    # governs the stretch after its comma too
                    end = next((k for k in range(end + 1, n) if clause[k].w == "," or clause[k].w in _NEW_STATEMENT), n)
                soft.update(s for s in signlike if m.j <= s.i < end)
                if m.j < n and clause[m.j].w in _CAUSES:  # "bra kesempitan bikin dada sesak": what it causes
                    end = next((c for c in commas if c > m.j), n)
                    soft.update(s for s in signlike if m.j <= s.i < end)
            elif cue == "past":  # "pernah", "waktu hamil": the signs nearer to it than to "sekarang"
                if m.i and clause[m.i - 1].w in _SINCE:
                    continue  # "since last week", "sejak minggu lalu": when it began, and it goes on
                if any(t.w in _THAN or t.w in _DIFFERENT for t in clause[max(0, m.i - 3):m.i]):
                    continue  # "swollen more than they were in pregnancy": a comparison, the swelling is now
                if clause[m.i].w in ("sempat", "pernah") and any(t.w in _TODAY for t in clause[max(0, m.i - 2):m.i]):
                    continue  # "tadi sempat lihat bintik hitam": earlier today, this spell, not a history
                if clause[m.i].w == "pernah" and m.i and clause[m.i - 1].w in ("belum", "tidak", "never") and \
                        _NEVER_LIKE.search(" ".join(t.w for t in clause[m.j:m.j + 8])):
                    continue  # "belum pernah sebanyak ini": worse than ever, now
                if clause[m.j - 1].w == "dulu" and m.j - m.i == 1 and m.j < n and clause[m.j].w in _THEN:
                    continue  # "harus duduk dulu baru bisa napas": "dulu" is "first", then what happens now
                if clause[m.i].w not in _PAST_OWN and clause[m.i].w != "sampai" and ((m.i and clause[m.i - 1].w in _BIRTH_DATED) or any(
                        ((b.kind == "person" and b.value == "gave_birth") or (b.kind == "concept" and b.value == "caesarean"))
                        and b.j == m.i for b in ms)):
                    continue  # "had a c-section last week, ... she's feverish": the date of the birth, not of the sign
                nows = [a for a in ms if a.kind == "cue" and a.value == "actual"]
                for s_ in signlike:
                    d = abs(s_.i - m.i)
                    # backwards never over a comma: "hari ke-3 kejang, riwayat preeklampsia" is a fit now
                    if s_.i < m.i and any(s_.j <= c < m.i for c in commas):
                        continue
                    # "waktu hamil kena preeklampsia, sekarang tensi stabil": a "now" past a comma opens a new
                    # time and does not reach back over it
                    # ... nor does it reach back to a time that opens the clause ("last week at her place, her son
                    # had a fever for a day, now he's fine": the fever was last week)
                    if all(d <= abs(s_.i - a.i) or (s_.j <= a.i and any(s_.j <= c < a.i for c in commas)
                                                     and (m.i == 0 or not any(m.j <= c < s_.i for c in commas)))
                           for a in nows):
                        past.add(s_)
            elif cue == "remote":  # "at birth", "as a newborn", "first pregnancy": over, whatever the sign
                if (m.i and clause[m.i - 1].w in _SINCE) or any(t.w in _STILL for t in clause) or any(
                        a.w in ("sampai", "hingga", "until") and b.w in ("sekarang", "now")
                        for a, b in zip(clause, clause[1:])):
                    continue  # "kuning sejak lahir", "waktu umur 3 hari sampai sekarang masih": still going on
                start = max([c for c in commas if c < m.i] + [-1])
                end = next((c for c in commas if c > m.i), n)
                # ... up to a "now" after it: "perut yang dibelah waktu lahiran sekarang bernanah" is pus now
                end = min([a.i for a in ms if a.kind == "cue" and a.value == "actual" and a.i >= m.j] + [end])
                hypo.update(s_ for s_ in signlike if start < s_.i < end)
        # "Kata ibuku ASI-nya bikin adiknya nggak kuat. Bener nggak sih?", "According to my aunt, ... is that true?": a clause
        # opening with what someone else says, in a message asking whether it is true, is a belief, no sign seen, unless
        # she tells a time or a reading of her own in it
        if self._belief_check and n > 1 and clause[0].w in _ACCORDING and any(
                p.kind == "person" and p.i == 1 and p.value in ("other", "mother") for p in ms) and not any(
                a.kind in ("dur", "num") or (a.kind == "cue" and a.value == "actual") for a in ms):
            hypo.update(signlike)
        # "Apakah ini tanda bahaya, bayi kuning sampai telapak kaki?", "Is this a danger sign: baby is yellow to the
        # soles": "this" is what she tells after it, now; not "is this a danger sign if a baby ..." (a condition)
        for m in ms:
            if m.kind == "cue" and m.value == "danger_words" and any(
                    t.w in _IT for t in clause[max(0, m.i - 3):m.i]) and not any(
                    a.kind == "cue" and a.value in ("conditional", "conditional_weak", "hypothetical") and a.i >= m.j
                    for a in ms):
                told = {s_ for s_ in signlike if s_.i >= m.j}
                hypo -= told
                soft -= told
        # "is it mastitis if ...?", "apakah ini kejang?": the name asked about is a question, not a sign
        # seen; what she describes decides ("... if my breast is red, hot and I have 39")
        words = [t.w for t in clause]
        for s_ in signlike:
            k = s_.i
            before = words[max(0, k - 3):k]
            if before and before[-1] in ("a", "an"):
                before = before[:-1]
            if len(before) >= 2 and (before[-2] in _IS_IT and before[-1] in _IT
                                     or before[-2:] == ["it", "be"]):
                hypo.add(s_)
            # "lapar terus kayak orang kesurupan", "eating like someone possessed": what she is like, no sign seen
            if len(before) >= 2 and before[-1] in ("orang", "org", "someone", "somebody", "person") \
                    and before[-2] in _LIKENESS:
                soft.add(s_)
            # "Itu kejang bukan?", "ini kuning tidak?": a sentence that asks whether it is the sign
            if k == 1 and words[0] in ("itu", "ini") and s_.j < len(words) and words[-1] in ("bukan", "tidak"):
                hypo.add(s_)
        # "apakah pijat bisa bikin luka sesar infeksi?", "can the massage cause my wound to get infected?": a harm she
        # asks whether something could cause is an effect asked about, not one seen ("did it make it bleed?" stays)
        if getattr(self, "_asking", False) and not actual:
            cause_at = _could_cause(words)
            if cause_at is not None and any(s_.i > cause_at for s_ in signlike):
                hypo.update(s_ for s_ in signlike if s_.i > cause_at)
                self._harm_asked = True
        return neg, hypo, cond, past, resolved, soft

    def _identifying_if(self, clause, ms) -> int | None:
        """Where her own description starts in "is it X if I ...?", "apakah ini X kalau saya ...?": an
        "if" after a question that names what it may be, followed by herself ("I'm", "my pad"). Such an
        "if" poses no condition (a question about her present state is not hypothetical); "is it a
        haemorrhage if you bleed a lot?" (no one's own) stays general. None when there is none."""
        words = [t.w for t in clause]
        for m in ms:
            if m.kind != "cue" or m.value not in ("conditional", "conditional_weak") or m.j >= len(words):
                continue
            before = words[:m.i]
            at = next((k + 2 for k, (a, b) in enumerate(zip(before, before[1:])) if a in _IS_IT and b in _IT), None)
            if at is None or not any(w in _SELF_WORDS for w in words[m.j:m.j + 2]):
                continue
            # what it may be is named between ("a haemorrhage", "normal", "serious"); "is it safe / ok if I
            # have a fever" asks leave for a case, which stays a condition
            if any(w in _JUDGED for w in before[at:]) or any(
                    s.kind == "concept" and s.value in self._sign_triggers and at <= s.i < m.i for s in ms):
                return m.j
        return None

    def _negated(self, cue, ms, clause) -> list:
        """The signs a negation cue negates: the first within NEG_REACH words (no comma or new
        person between), then the signs that continue it as a list ("tidak demam, merah, atau
        bengkak"; "no fever, redness or swelling"). Indonesian and English put the negated word
        right after the cue, so a sign further on ("tidak bisa tidur dan demam") stays affirmed."""
        out = []
        pos = cue.j
        at = cue.j + (cue.j < len(clause) and clause[cue.j].w in ("bisa", "can", "able", "mampu"))
        if at < len(clause) and clause[at].w in _MOVES and any(
                t.w in _WITHOUT or (t.w == "o" and clause[k - 1].w == "with")  # "w/o", read "with o"
                for k, t in enumerate(clause[at + 1:at + 4], at + 1)):
            return out  # "can't stand up without everything going black": whenever she stands, it goes black
        if clause[cue.i].w in _WITHOUT and any(t.w in _MOVES for t in clause[max(0, cue.i - 3):cue.i]) and any(
                t.w in ("not", "tidak", "cant", "cannot", "gak", "ga", "nggak", "tak") for t in clause[max(0, cue.i - 5):cue.i]):
            return out  # ... and its "without" negates nothing either
        for s in ms:
            if s.i < cue.j or (out and s.i < pos):
                if out and s.i < pos and s.kind in ("concept", "num"):
                    out.append(s)  # inside the phrase just negated: negated with it
                continue
            if s.kind == "person" and not s.possessor:
                break
            if s.kind not in ("concept", "num") or s.value in _PLACE_CONCEPTS:
                continue  # ("pusarnya belum lepas, sekelilingnya merah": a place word carries no list on)
            between = clause[pos:s.i]
            commas = [k for k in range(pos, s.i) if clause[k].w == ","]
            if not out:
                # "ga sampe biru", "tidak sampai pingsan": "sampai" right after the cue is a degree (not as far
                # as), not the "until" of a new statement
                if len(between) > NEG_REACH or commas or any(
                        t.w in _NEW_STATEMENT and not (k == 0 and t.w in _UNTIL) for k, t in enumerate(between)):
                    break
            elif (between := _past_degree(between)) is None or len(between) > 2 or any(
                    t.w != "," and t.w not in _LIST_WORDS for t in between) or (
                    commas and not self._list_continues(clause, commas[0])):
                # "not depressed or having dark thoughts", "tidak sedih atau merasa putus asa": after "or" a
                # negation runs on over a verb that only carries the next item ("and" does not: "not
                # depressed and having thoughts of ..." may well be a new statement)
                # (only degree words between: _past_degree gave None, a new statement, no list to carry on)
                if between is None or not (
                        len(between) == 2 and between[0].w in _OR_WORDS and between[1].w in _LIST_CARRIERS):
                    break
            out.append(s)
            pos = max(pos, s.j)  # a word inside the sign's phrase ("nyeri" in "nyeri dada") moves nothing
        return out

    def _list_continues(self, clause, comma: int) -> bool:
        """After a comma a negation runs on over a list: "no fever, redness or swelling", "tidak
        demam, merah, atau bengkak"; not over a new statement ("ga demam, kuning bgt")."""
        return any(t.w in _LIST_WORDS for t in clause[comma + 1: comma + 7])

    # -- one sign --------------------------------------------------------------------------------
    def _person_for(self, m: _Mention, ms, subject, clause=(), prior=None) -> str | None:
        """Who has the sign mentioned at ``m``: the nearest person named before it in the clause,
        else one just after it, else the person carried from earlier clauses."""
        self._fell = self._det = False
        before = None
        for p in ms:
            if p.kind == "person" and p.value in ("self_det", "pronoun_det") and p.j <= m.i and all(
                    t.w in _SIDE_WORDS for t in clause[p.j:m.i]):
                self._det = True
                return p.extra  # "her breathing", "my head", "my left calf": whose
            if p.j > m.i:
                break
            if p.kind == "person" and p.value not in ("self_det", "pronoun_det") and not (
                    p.possessor and (p.value in ("self", "pronoun") or p.possessor in ("reporter", "object"))) and not (
                    p.value == "self" and p.j < len(clause) and clause[p.j].w in _TOUCHING):
                before = p
            elif p.kind == "person" and p.value == "self" and p.possessor is True and p.j < m.i and any(
                    q.kind == "part" and (q.j == p.i or (q.j == p.i - 1 and clause[q.j].w in _SIDES)) for q in ms) \
                    and any(t.w == "," for t in clause[p.j:m.i]):  # ("dada kiri saya": a side between)
                # "pas nyusuin dedek tiba-tiba dada saya kayak ditindih, napas pendek-pendek": after she names a part
                # of her own body, the next stretch goes on about her, not the baby named before it
                before = p
        if m.owner is not None and m.kind == "concept" and (before is None or before.value in ("self", "feel")):
            return m.owner  # "aku lihat napasnya cepat": hers is the looking, the breathing is the baby's
        if before is not None and before.value == "other" and m.kind == "concept" and any(
                t.w == "me" for t in clause[m.i:m.j]):
            # "my husband has to shake me awake": the one shaken, named inside the sign's own words, has it
            me = next((p for p in ms if p.kind == "person" and p.value == "self"), None)
            return me.extra if me is not None else "mother"
        if before is not None:
            return before.extra
        told = next((p for p in ms if p.kind == "person" and p.possessor == "reporter" and p.j <= m.i), None)
        for p in ms:
            if p.kind == "person" and p.i >= m.j and p.value not in ("self_det", "pronoun_det") and (
                    not p.possessor or (p.possessor is True and p.i and clause[p.i - 1].w in ("pada", "in") and all(
                        t.w in _READING_TO_WHOM or t.w[0] == "#" for t in clause[m.j:p.i]))):
                # ("demam 38,5 pada bayi umur 5 hari": the one the sign is "in" has it)
                # "demam 39, bayinya tetap mau nyusu": after a comma a new statement about someone else
                if (p.i - m.j <= 4 and not any(t.w == "," for t in clause[m.j:p.i])) or (
                        p.i - m.j <= 9 and all(t.w in _READING_TO_WHOM or t.w[0] == "#" for t in clause[m.j:p.i])):
                    # ... and "a temperature of 38.2 in a 10 day old baby": a reading and an age between
                    return p.extra
                # "napas pendek, mungkin karena capek ngurus bayi": a person named well after the sign
                # is not who has it; the one spoken of before the clause is
                if told is not None:
                    return told.owner  # "kata suami saya kejang tadi pagi, empat hari setelah melahirkan": hers
                # no one named in the clause up to the sign: the person from before, as when none is named
                self._fell = not any(p.kind == "person" and p.j <= m.i for p in ms)
                return prior if m.i >= 0 else subject  # (a part carried from before: as before)
        self._fell = not any(p.kind == "person" and p.j <= m.i for p in ms)
        # "Dedek ..., aku sampai ngantuk. Tadi malam badannya sempat kaku dan kejet-kejet": no one named in the clause,
        # a part told with "-nya" just before it (no comma between) says whose the words are, not the last speaker
        part = next((q for q in reversed(ms) if q.kind == "part" and q.poss == "pronoun" and q.owner in PERSONS
                     and 0 <= q.j <= m.i and m.i - q.j <= 4 and not any(t.w == "," for t in clause[q.j:m.i])), None)
        if part is not None and self._fell:
            return part.owner
        return subject

    def _told_of_breast(self, clause, ms, m) -> bool:
        """The words at ``m`` go on a statement that opens with the breast ("PD terasa penuh ... lalu lemas", "payudara
        kencang, setelah disusui jadi lembek dan lemas"): no one is named between, so they say how the breast is."""
        b = next((k for k in range(m.i - 1, -1, -1) if _BREAST_OPENS.match(self._text[clause[k].start:clause[k].end])), None)
        return b is not None and (b == 0 or clause[b - 1].w == ",") and not any(
            p.kind == "person" and p.value != "feel" and b <= p.i < m.i for p in ms)

    def _bound(self, m: _Mention, ms, to=frozenset(), clause=()):
        """The part or person a descriptor describes: the nearest in the clause, the one before it
        when two are as near (Indonesian puts the adjective after the noun)."""
        best, best_d = None, None
        near = None  # a part asked for right beside the word
        # "luka jahitan sesar sejak dua hari ini basah, merah": a time told between says nothing of what is red
        timed = {k for p in ms if p.kind in ("num", "hours", "dur") or (p.kind == "cue" and p.value in ("actual", "unit"))
                 for k in range(p.i, p.j)} if ms else set()
        # "ASI keluar sedikit, warnanya kuning": "its colour" is the colour of the thing just named
        back = m.i > 0 and clause[m.i - 1].w in _COLOUR_WORDS and (
            clause[m.i - 1].poss == "pronoun" or clause[m.i - 1].w.endswith("nya"))
        for p in ms:
            if p.i < 0:
                continue  # a part carried from an earlier clause: only when none is near (see _match)
            if p.kind == "person" and p.value == "self" and "$person" not in to and to:
                continue  # "luka operasi sesar saya keluar nanah": "saya" says whose, the wound is described
            if p.kind == "person" and p.value == "self" and p.j < len(clause) and clause[p.j].w in _TOUCHING:
                continue  # "badannya kalau saya pegang panas": the one who touched is not the one who is hot
            if p.kind == "part" or (p.kind == "person" and not p.possessor):
                if m.poss == "pronoun" and p.i >= m.j:
                    continue  # "baunya busuk": -nya points back to something already named
                if p.j <= m.i:
                    if m.j - m.i == 1 and clause[m.i].w in _RESTRICTIVE and m.i > 0 and clause[m.i - 1].w == "," \
                            and any(t.w in _PLENTY for t in clause[p.j:m.i]) \
                            and not (m.j < len(clause) and (clause[m.j].w in _COUNTISH or clause[m.j].w[:1].isdigit())):
                        # "pipis sering, cuma rewel": told as plenty, then "only" opens a new statement; "pipisnya
                        # banyak, cuma sekali sehari" still counts the wees
                        continue
                    between = clause[p.j:m.i]
                    d = 0.0
                elif p.i >= m.j:
                    between = clause[m.j:p.i]
                    if p.kind == "person" and any(t.w == "," for t in between):
                        continue  # "demam 39, bayinya tetap mau nyusu": a new statement about another
                    if any(t.w in _WHEN for t in between):
                        continue  # "goes red when he's pooing": the time it happens, not what is red
                    if between and between[0].w in _LOCATIVE and clause[m.i].w in _AMOUNTS:
                        continue  # "flek merah muda dikit di popok": a little of something in the nappy, no count of it
                    if any(t.w == "," for t in between) and any(t.w in _PLENTY for t in clause[p.j:p.j + 3]):
                        continue  # "BB naik sedikit, pipis lumayan sering": the wees are told as plenty after the comma
                    d = 0.5
                else:
                    continue
                start = p.j if p.j <= m.i else m.j
                d += sum(1 for k, t in enumerate(between, start) if t.w not in self.fillers and k not in timed)
                if any(t.w == "," for t in between):
                    d += 2  # a comma often starts another statement
                if back and p.kind == "part" and p.j <= m.i:
                    d = min(d, 0.25)
                if d <= PART_WINDOW and (best_d is None or d < best_d or (
                        d == best_d and p.value in to and best.value not in to)):
                    best, best_d = p, d  # one word, two parts ("kaki": foot and leg): the one asked for
                if p.kind == "part" and p.value in to and d <= 1.5 and (near is None or d < near[1]):
                    near = (p, d)
        if best is not None and best.kind == "part" and to and best.value not in to:
            # "bibir sama ujung kuku bayi kebiruan", "his lips and nails go blue": the colour is of every part of
            # the list, so of the one asked for too (blue nails alone may be cold hands; blue lips are not)
            for p in reversed(ms):
                if p.kind == "part" and p.value in to and 0 <= p.j <= best.i:
                    between = [t.w for t in clause[p.j:best.i]]
                    if between and any(w in _LIST_WORDS or w in ("sama", "&") for w in between) and all(
                            w in _LIST_WORDS or w in self.fillers or w in _PART_PIECES or w == "," for w in between):
                        return p
                    break
        if best is not None and best.kind == "part" and best.value not in to and best.i >= 2 \
                and clause[best.i - 1].w in _LOCATIVE:
            # "garis jahitan di perut bawah makin merah": the belly says where the wound is; the wound is red
            where = next((p for p in ms if p.kind == "part" and p.j == best.i - 1 and p.value in to), None)
            if where is not None:
                return where
        if best is not None and best.kind == "person" and near is None:
            after = next((p for p in ms if p.kind == "part" and m.j <= p.i <= m.j + ADJ_CHAIN
                          and self._adjectives_only(clause[m.j:p.i])
                          and not (p.i > m.j and clause[m.j].w in _LOCATIVE and clause[m.i].w in _AMOUNTS)), None)
            if after is not None:
                return after  # "my 4 day old has yellow (seedy) poo": the colour is the poo's
        if best is not None and best.kind == "person" and "$person" not in to and near is not None:
            return near[0]  # "bayi saya cuma pipis sekali": the baby is the subject, "cuma" says how few wees
        return best

    def _adjectives_only(self, between) -> bool:
        """Words that can only be more description of the same noun ("seedy", "runny"): no comma, filler,
        list or new-statement word ("yellow and his poo is pale" is two statements)."""
        return all(t.w != "," and t.w not in self.fillers and t.w not in _LIST_WORDS and t.w not in _NEW_STATEMENT
                   and t.w not in _WHEN for t in between)

    def _owner(self, part, ms, subject, clause=(), prior=None) -> str | None:
        fixed = self.part_owner.get(part.value, "any")
        if fixed == "baby" and part.value == "cord" and part.i >= 1 and part.owner in (None, "mother") and (
                clause[part.i - 1].w == "my" or (part.j < len(clause) and clause[part.j].w in ("saya", "aku"))):
            return "mother"  # "creeping up towards my belly button", "pusar saya": her navel, no cord stump
        if fixed != "any":
            return fixed
        if part.j >= 0 and any(t.w in _AROUND for t in clause[part.j:part.j + 2]):
            # "the skin around it", "kulit di sekitarnya": around the part named just before (the cord's)
            owners = [self.part_owner.get(p.value) for p in ms if p.kind == "part" and 0 <= p.j <= part.i]
            if owners and owners[-1] not in (None, "any"):
                return owners[-1]
        if part.owner is None and not any(p.kind == "person" and p.i >= 0 for p in ms):
            # no one named: "the skin around the belly button ..., a smelly discharge" is the cord's
            owners = {self.part_owner.get(p.value) for p in ms if p.kind == "part" and p is not part} - {"any", None}
            if len(owners) == 1:
                return owners.pop()
        return part.owner or self._person_for(part, ms, subject, clause, prior)

    @staticmethod
    def _says_i(clause, spans) -> bool:
        """The sign's own words name the speaker ("if I wasn't around", "kalau aku tidak ada"): a feeling about
        her being gone is hers, whoever else the clause names first."""
        return any(clause[k].w in _I_WORDS for i, j in spans for k in range(max(0, i), min(j, len(clause))))

    @staticmethod
    def _check(sign, person, carried=False, here=None):
        """The person if this sign is a danger sign for them; "other" is kept to say so. ``carried``:
        no one is named in the clause, so the person is only the one spoken of before ("anak kedua.
        dari kemarin pembalut penuh darah"): a sign only the other can have is theirs. ``here``: the
        person an earlier clause of the same sentence named (an ``adult_state`` sign stays hers)."""
        if person is not None and "|" in person:  # a pronoun read as the first unless only the second has it
            first, second = person.split("|", 1)
            if first == "other":  # another adult's, unless the sign is one only a baby has, or a baby's by default
                # ("Suami bantu pijat tiap sore. Kadang waktu tidur dia berhenti napas": a pause in breathing
                # told beside a baby is the baby's; a wrong card for a carer costs less than a missed baby)
                person = second if set(sign["for"]) == {second} or sign["default"] == second else first
            else:
                person = first if first in sign["for"] else second
        if carried and person == "mother" and sign["adult_state"] and here == "mother":
            return None  # "saya demam dari kemarin tapi badan lemas sekali": her own weakness, in her story
        if carried and person == "baby" and sign.get("babies_too"):
            return None  # "anak saya 2 tahun, tapi masih nangis tiap malam": the child cries, not her
        if person is None or (carried and person in PERSONS and person not in sign["for"]):
            person = sign["default"]
        elif carried and person == "other" and len(sign["for"]) == 1 and not sign["feelings"]:
            # "Mertua saya datang tiap hari bantu masak. Darah keluar banyak, ada gumpalan": a sign only a mother
            # after a birth has (or only a baby: "kuning sampai ke kaki"), told with no one named, is hers (his),
            # not the helper's named before (one who gave birth is read as a mother already); a wrong card for
            # a carer costs less than a missed bleed
            person = next(iter(sign["for"]))
        elif person == "baby" and sign["feelings"]:
            person = "mother"  # "my baby would be better off without me": the baby is the object
        elif person == "mother" and sign["observer"] and "mother" not in sign["for"]:
            person = "baby"  # "aku itung 70 kali semenit": she counted; a baby's sign is the baby's
        if person in sign["for"] or person == "other":
            return person
        return None

    def _match(self, sign, ms, clause, subject, readings, durations=(), prior=None):
        """(person, spans, key mentions, urgency or None) for each way ``sign`` is in the clause."""
        out = []
        concepts = [m for m in ms if m.kind == "concept"]
        unnamed = not any(p.kind == "person" for p in ms)  # no one named in the clause
        for alt in sign["alts"]:
            kind = alt[0]
            if kind == "any":
                for m in concepts:
                    if m.value in alt[1]:
                        if sign["adult_state"] and self._told_of_breast(clause, ms, m):
                            continue  # "PD terasa penuh sebelum nyusu lalu lemas lagi": the breast is soft after the feed
                        person = self._person_for(m, ms, subject, clause, prior)
                        if person == "other" and sign["feelings"] and not any(
                                p.kind == "person" and p.j <= m.i and not p.possessor for p in ms):
                            person = None  # a feeling told with no one named before it: the speaker's
                        if person == "other" and sign["feelings"] and self._says_i(clause, [(m.i, m.j)]):
                            person = None  # "my husband would be happier if I wasn't around": her own wish to be gone
                        if sign["observer"] and person == "mother" and self._det:
                            continue  # "my breathing gets hard": her own breathing, never the baby's she watches
                        # a person only carried from before the clause ("dibantu adik. ... keluar gumpalan darah
                        # gede-gede, saya sempat gelap mata"): a sign only the other can have is theirs
                        # no baby in the whole message and a sign of hers told before: "menggigil ..., lemes gak kuat
                        # berdiri" is her own weakness too
                        here = self._here or ("mother" if self._no_baby and self._hers_before else None)
                        out.append((self._check(sign, person, (unnamed or self._fell) and m.owner is None, here),
                                    [(m.i, m.j)], [m], None))
            elif kind == "bind":
                refs, to = alt[1], alt[2]
                for m in concepts:
                    if m.value not in refs:
                        continue
                    target = self._bound(m, ms, to, clause)
                    if target is not None and 0 <= m.j < len(clause) and clause[m.j].w in _SUBSTANCES and (
                            target.kind == "person" or target.i >= m.j):
                        # "leak yellow stuff so holding him": the colour is the stuff's, not the person's after it
                        # ("brought up bright green stuff": the stuff is what came up, the vomit's colour)
                        continue
                    if target is None and 0 <= m.j < len(clause) and clause[m.j].w in _SUBSTANCES:
                        continue  # "it's weeping yellowish stuff" (the scar named before): the stuff's colour
                    if target is None:
                        carried = next((p for p in ms if p.i < 0), None)
                        # "pipisnya banyak. cuma cegukan": "cuma", "only" is "just" unless the thing counted is beside it
                        if carried is not None and carried.value in to and m.value not in _NEAR_ONLY:
                            owner = self._owner(carried, ms, subject, clause, prior)
                            out.append((self._check(sign, owner), [(m.i, m.j)], [m], None))
                            continue
                        # the person spoken of, unless the clause names something else it may describe
                        # ("poops after every single feed, yellow and seedy")
                        # ("Is my milk ok? it looks yellow": "it" opening the clause is the thing just named,
                        # the milk carried, not the baby)
                        if "$person" in to and subject is not None and not any(
                                p.kind == "part" and (p.i >= 0 or (clause and clause[0].w in _IT_WORDS))
                                and p.value not in to for p in ms):
                            out.append((self._check(sign, subject), [(m.i, m.j)], [m], None))
                        continue
                    span = [(min(m.i, target.i), max(m.j, target.j))]
                    if target.kind == "part" and target.value in to:
                        owner = self._owner(target, ms, subject, clause, prior)
                        out.append((self._check(sign, owner), span, [m], None))
                    elif target.kind == "person" and "$person" in to:
                        out.append((self._check(sign, target.extra), span, [m], None))
            elif kind == "all":
                picks = []
                for refs in alt[1]:
                    hit = next((m for m in ms if (m.kind == "concept" and m.value in refs)
                                or (m.kind == "part" and m.value in refs)), None)
                    if hit is None:
                        break
                    picks.append(hit)
                else:
                    picks.sort(key=lambda p: p.i)
                    part = next((p for p in picks if p.kind == "part"), None)
                    if part is None and picks[0].i > 0:
                        # "badannya sempat kaku dan kejet-kejet": the body part just before the words is whose they are
                        part = next((p for p in reversed(ms) if p.kind == "part" and p.poss == "pronoun"
                                     and 0 <= picks[0].i - p.j <= 2), None)
                    person = (self._owner(part, ms, subject, clause, prior) if part
                              else self._person_for(picks[0], ms, subject, clause, prior))
                    spans = _merge([(p.i, p.j) for p in picks if p.i >= 0])
                    if person == "other" and sign["feelings"] and self._says_i(clause, spans):
                        person = None  # "the kids would be better off if I were gone": the speaker's own thought
                    out.append((self._check(sign, person, (unnamed or self._fell) and not part), spans,
                                [p for p in picks if p.kind != "part"], None))
            elif kind == "count":
                to, below = alt[1], alt[2]
                for m in ms:
                    value = _number(m.value) if m.kind == "num" else None
                    if value is None or value >= below:
                        continue
                    if any(p.kind == "hours" and p.i == m.j for p in ms):
                        continue  # "bayi saya 3 hari, BAK 3 kali": an age or a duration is no count
                    if self._age is not None and self._age <= 4 and value >= self._age:
                        continue  # "3 wet nappies on day 2": in the first days, about one a day of life is enough
                    near = next((p for p in ms if p.kind == "part" and p.value in to and abs(p.i - m.i) <= 3), None)
                    if near is not None and near.i < m.i and any(
                            q.kind == "num" and q is not m and 0 <= near.i - q.j <= 2
                            and not any(p.kind == "hours" and p.i == q.j for p in ms)
                            and all(t.w != "," for t in clause[q.j:near.i]) for q in ms):
                        continue  # "6 heavy wet nappies and 4 yellow poos": the nappies have their count, the 4 is the poos'
                    if near is None and m.i >= 1 and any(
                            t.w in _WETTING for t in clause[max(0, m.i - 2):m.i]) and (
                            clause[m.i].w in ("twice", "once") or (m.j < len(clause) and clause[m.j].w in _TIMES)):
                        # "popok ... baru basah dua kali", "only peed twice today": the wet nappies counted
                        # by the wetting itself, the nappy named further back or not at all
                        wet = max(k for k in range(max(0, m.i - 2), m.i) if clause[k].w in _WETTING)
                        near = next((p for p in ms if p.kind == "part" and p.value in to and abs(p.i - m.i) <= 8), None)
                        if near is None:
                            near = _Mention("part", "nappy", wet, m.j)  # wetting is a nappy's, the baby's
                            near.owner = "baby"
                    if near is not None:
                        span = [(min(m.i, near.i), max(m.j, near.j))]
                        out.append((self._check(sign, self._owner(near, ms, subject, clause, prior)), span, [m], None))
            elif kind == "temperature":
                for m, value in self._temperatures(ms, clause):
                    person = self._check(sign, self._reading_person(m, ms, subject, clause, prior))
                    if person in (None, "other"):
                        continue
                    if self._over(alt[1], person, value):
                        out.append((person, [(m.i, m.j)], [m], None))
                        readings.append((person, sign["id"], None))
                    else:
                        readings.append((person, sign["id"], value))
            elif kind == "rate":  # "70 kali semenit", "72 breaths a minute": a count beside breath words
                refs, least = alt[1], alt[2]
                if any(m.kind == "concept" and m.value in refs for m in ms):
                    for m in ms:
                        value = _number(m.value) if m.kind == "num" and "/" not in m.value else None
                        if value is not None and any(t.w in _PULSE_WORDS for t in clause[max(0, m.i - 2):m.i]):
                            continue
                        if value is not None and least <= value <= 250:
                            # she counts, the baby breathes: the baby's unless another person is named
                            named = [p.extra for p in ms if p.kind == "person" and p.value in ("mother", "other")
                                     and not p.possessor]
                            out.append((self._check(sign, named[-1] if named else "baby"), [(m.i, m.j)], [m], None))
            elif kind == "per_hour":
                # "ganti tiga pembalut baru dua jam", "filled two thick pads in under two hours": the pads
                # counted against the hours they took (WHO 2022: a pad soaked within an hour is heavy bleeding)
                refs, least = alt[1], alt[2]
                spans = [self._short_span(ms, clause)]
                hours = spans[0]
                for m in ms:
                    if hours is None or m.kind != "concept" or m.value not in refs:
                        continue
                    count = next((_number(n.value) for n in reversed(ms) if n.kind == "num"
                                  and 0 < m.i - n.i <= 4 and not any(h.kind == "hours" and h.i == n.j for h in ms)), None)
                    if count is not None and count / hours >= least:
                        person = self._person_for(m, ms, subject, clause, prior)
                        out.append((self._check(sign, person, unnamed), [(m.i, m.j)], [m], None))
                        break
            elif kind == "pressure":
                for m, urgency in self._pressures(ms, clause):
                    out.append((self._check(sign, self._pressure_person(m, ms, subject, clause)), [(m.i, m.j)], [m], urgency))
        out = [hit for hit in out if hit[0] is not None]
        need = sign.get("min_hours")
        if need is not None and out:
            # a duration anywhere in the sentence ("belum menyusu, padahal sudah dari pagi"); for a
            # feeling, anywhere in the message ("... udah 2 minggu gini")
            if durations and max(durations) < need:
                return []
            if not durations and sign.get("needs_duration"):
                return []
        return out

    def _reading_person(self, m, ms, subject, clause, prior=None):
        """Whose temperature: the person named in its own stretch of the clause, else the person
        of the fever words before it ("badannya panas waktu saya sentuh, diukur 38,1": the baby)."""
        start = max([k + 1 for k in range(m.i) if clause[k].w == ","] + [0])
        # "sy ukur 37,9", "I took it: 38.2": who measured, not whose temperature
        own = [p for p in ms if p.kind == "person" and start <= p.i < m.i and not p.possessor
               and p.value not in ("self_det", "pronoun_det")
               and not (p.value == "self" and any(t.w in _MEASURING for t in clause[p.j:p.j + 2]))]
        # "when I took his temperature", "aku cek suhunya": whose temperature, not who took it
        whose = [c for c in ms if c.kind == "cue" and c.value == "temperature" and start <= c.i < m.i]
        for c in reversed(whose):
            det = next((p for p in ms if p.kind == "person" and p.j == c.i
                        and p.value in ("self_det", "pronoun_det")), None)
            if det is not None and (not own or own[-1].i < det.i):
                return det.extra
            if c.owner is not None and (not own or own[-1].i < c.i):
                return c.owner
        if own:
            return own[-1].extra
        words = [c for c in ms if c.kind == "concept" and c.value in _FEVER_CONCEPTS and c.j <= m.i]
        if not words and self._fever_person is not None and (
                any(p.kind == "person" and p.value == "self" and any(t.w in _MEASURING for t in clause[p.j:p.j + 2])
                    for p in ms if start <= p.i < m.i) or any(t.w in ("thermometer", "termometer") for t in clause)):
            # "the baby has been panas since this morning. I checked and it's 38": she measured the one whose fever
            # she told, not herself
            return self._fever_person
        if words:
            target = self._bound(words[-1], ms, frozenset(), clause)
            if target is not None and target.kind == "part":
                return self._owner(target, ms, subject, clause, prior)
            if target is not None and target.kind == "person":
                return target.extra
            return self._person_for(words[-1], ms, subject, clause, prior)
        # "is 38.4 under the arm a fever for a 2 week old?": the fever word after it says whose
        after = [c for c in ms if c.kind == "concept" and c.value in _FEVER_CONCEPTS and c.i >= m.j]
        if after and any(p.kind == "person" and p.i >= after[0].j for p in ms):
            return self._person_for(after[0], ms, subject, clause, prior)
        return self._person_for(m, ms, subject, clause, prior)

    def _durations(self, ms, clause) -> list[float]:
        """Hours a state has lasted: "sejak pagi", "8 jam", "2 days"; never an age ("umur 2 minggu",
        "bayi 3 minggu", "2 weeks old", "lahiran 3 minggu lalu"), nor an ordinal ("hari ke-3")."""
        nums = {m.j: m for m in ms if m.kind == "num"}
        # "berat naik 600 gram sebulan", "3 kali seminggu", "200 ml a day": a rate, no time a state lasted
        out = [m.value for m in ms if m.kind == "dur" and not (
            m.i and (clause[m.i - 1].w in _RATE_UNITS or (m.i in nums and clause[m.i - 1].w[:1] == "#")))]
        for m in ms:
            if m.kind == "hours" and m.i in nums:
                num = nums[m.i]
                value = _number(num.value)
                k = num.i - 1
                while k > 0 and num.i - k < 3 and clause[k].w in _AGE_SKIP:
                    k -= 1  # "bayi saya sendiri 1 bulan", "lahiran sudah 2 bulan"
                before = clause[k].w if k >= 0 else ""
                if before in ("hari", "day") and k and clause[k - 1].w in _EVERY:
                    before = ""  # "nangis tiap hari sudah 3 minggu": "every day" before it, no "day 3"
                after = {t.w for t in clause[m.j:m.j + 2]}
                if value is None or (before in _AGE_BEFORE and not (m.j < len(clause) and clause[m.j].w in _NOT_SINCE)) \
                        or after & _AGE_AFTER and before not in _LAST_FED:
                    continue  # ("terakhir menyusu 7 jam lalu", "last fed 8 hours ago": the time since, not an age;
                    # "bayi saya sudah 30 jam tidak pipis": a time followed by "not" is how long it has not happened)
                if before == "in" and value * m.value >= 168 and not any(
                        t.w in _NOT_SINCE for t in clause[max(0, k - 4):k]):
                    continue  # "back to the office in six weeks": a time to come ("haven't slept in 3 weeks" lasts)
                if any(t.w in _FEEDING_LASTS for t in clause[max(0, k - 4):k + 1]):
                    continue  # "I've been breastfeeding my son for five weeks": how long she has fed, no state that lasted
                if any(t.w in _PREGNANT for t in clause):
                    continue  # "hamil kembar, sudah 32 minggu", "34 weeks pregnant": how far along, no time a state lasted
                if before in ("im", "am", "i") and clause[m.i].w in ("weeks", "week", "wks") and 20 <= value <= 42:
                    continue  # "I'm 34 weeks and anxious": weeks of a pregnancy, told as mothers-to-be do
                out.append(value * m.value)
        out.extend(self._clock_span(ms, clause))
        return out

    def _short_span(self, ms, clause) -> float | None:
        """The hours a count was made in, when told as a short span ("dalam dua jam", "in under 2 hours",
        "sejam"): None when the clause tells no span of at most 6 hours."""
        spans = [h for h in self._durations(ms, clause) if 0 < h <= 6]
        return min(spans) if spans else None

    @staticmethod
    def _clock_span(ms, clause) -> list[float]:
        """Hours between two clock times told as a range: "dari jam 8 pagi sampai sekarang jam 4 sore",
        "from 10pm to 5am" (a day part after the number says which half of the day)."""
        times = []
        for m in ms:
            value = _number(m.value) if m.kind == "num" else None
            if value is None or not 0 <= value <= 24 or value != int(value):
                continue
            before = clause[m.i - 1].w if m.i else ""
            after = clause[m.j].w if m.j < len(clause) else ""
            if before not in _CLOCK_BEFORE and after not in _DAY_PARTS:
                continue
            hour = value + 12 if (after in ("pm", "sore") and value < 12) or (after == "siang" and value < 6) or (
                after == "malam" and 6 <= value < 12) else value
            times.append((m.i, hour))
        if len(times) >= 2 and any(t.w in _UNTIL for t in clause[times[0][0] + 1:times[-1][0]]):
            return [(times[-1][1] - times[0][1]) % 24]
        return []

    def _temperatures(self, ms, clause=()):
        cue = any(p.kind == "cue" and p.value == "temperature" for p in ms)
        # "it's 35 degrees in Medan and so humid": with the weather in the clause, a reading is the air's unless a
        # body, a person or a fever word sits right beside it ("bayi demam 38 padahal cuaca gerah" stays his)
        weather = any(p.kind == "cue" and p.value == "weather" for p in ms)
        # "suhu ruangan 38 derajat", "the room is 30 degrees", "bath water at 38": not a body
        things = [p for p in ms if p.kind == "part" and p.value == "thing"]
        fahrenheit_any = any(p.kind == "cue" and p.value == "fahrenheit" for p in ms)
        out = []
        for k, m in enumerate(ms):
            if m.kind != "num" or "/" in m.value:
                continue
            value = _number(m.value)
            # the thing before the number, or right after it ("38 after his bath" is his temperature)
            if value is None or any(0 <= m.i - p.j <= 4 or 0 <= p.i - m.j <= 1 for p in things):
                continue
            if weather and not any(self._body_beside(p, m, clause) for p in ms):
                continue
            if m.i and clause[m.i - 1].w in ("its", "it") and not any(
                    p.kind in ("person", "part") and self._body_beside(p, m, clause) for p in ms):
                continue  # "we're in Medan and it's 34 degrees": "it" is the day, not a body
            nxt = ms[k + 1] if k + 1 < len(ms) and ms[k + 1].i == m.j else None
            if nxt is not None and (nxt.kind == "hours" or (nxt.kind == "cue" and nxt.value == "unit")):
                continue  # 38 minggu, 37 hari, 36 jam
            if _a_rate(clause, m):
                continue  # "breathing 40 a minute", "nadi 40x/menit": a count, not a temperature
            if (nxt is not None and nxt.kind == "cue" and nxt.value == "fahrenheit") or (fahrenheit_any and value >= 93):
                if not 93 <= value <= 110:
                    continue
                out.append((m, round((value - 32) * 5 / 9, 1)))
            elif 33 <= value <= 43 and (cue or "." in m.value or "," in m.value):
                out.append((m, value))
        return out

    @staticmethod
    def _body_beside(p, m, clause) -> bool:
        """A body, a person or a fever word within three words of a reading: the reading is somebody's."""
        if p is m or p.i < 0 or not (0 <= m.i - p.j <= 3 or 0 <= p.i - m.j <= 3):
            return False
        if any(t.w == "," for t in clause[min(p.j, m.j):max(p.i, m.i)]):
            return False  # "di luar 34 derajat, bayi ASI perlu air?": the baby starts another statement
        if p.kind == "person" or (p.kind == "part" and p.value != "thing") or p.kind == "concept":
            return True
        return p.kind == "cue" and p.value == "temperature" and not all(
            t.w in _DEGREE_WORDS for t in clause[p.i:p.j])

    def _pressures(self, ms, clause=()):
        """Blood pressure readings over a limit: "160/110" (a reading that can only be a pressure
        counts without "tensi"), or "tensi 170" (systolic alone, right after a pressure word, which may
        sit inside a longer phrase: "tekanan darah tinggi 170")."""
        words = [k for k, t in enumerate(clause) if t.w in self._pressure_words or (
            k and (t.w, clause[k - 1].w) in (("darah", "tekanan"), ("pressure", "blood")))]
        cue = bool(words) or any(p.kind == "cue" and p.value == "pressure" for p in ms)
        limits = self.thresholds.get("blood_pressure", {})
        out = []
        for m in ms:
            if m.kind != "num":
                continue
            top, slash, bottom = m.value.partition("/")
            if slash:
                if not (top.isdigit() and bottom.isdigit()):
                    continue
                top_v, bottom_v = int(top), int(bottom)
                if not cue and not (90 <= top_v <= 260 and 40 <= bottom_v <= 160 and top_v > bottom_v):
                    continue  # a date or a score, not a pressure
            elif top.isdigit() and 90 <= int(top) <= 260 and any(0 < m.i - k <= 3 for k in words):
                top_v, bottom_v = int(top), 0
            else:
                continue
            for urgency in URGENCIES:
                limit = limits.get(urgency)
                if limit and (top_v >= limit[0] or bottom_v >= limit[1]):
                    out.append((m, urgency))
                    break
        return out

    def _pressure_person(self, m, ms, subject, clause) -> str:
        """Whose blood pressure: hers, unless the reading belongs to another adult ("ayah saya tensinya
        170", "ibu mertua saya ... tensinya 160", "my dad's blood pressure is 170"). A baby's pressure is
        not what a mother reads out, so anyone but another adult is the mother."""
        start = max([k + 1 for k in range(m.i) if clause[k].w == ","] + [0])
        cues = [c for c in ms if c.kind == "cue" and c.value == "pressure" and c.i < m.i]
        cue = cues[-1] if cues else None
        if cue is not None:
            after = next((p for p in ms if p.kind == "person" and p.i == cue.j), None)
            det = next((p for p in ms if p.kind == "person" and p.j == cue.i
                        and p.value in ("self_det", "pronoun_det")), None)
            if after is not None:
                who = after.extra  # "tensi saya", "tensi ayah"
            elif det is not None:
                who = det.extra  # "my blood pressure", "his blood pressure"
            elif cue.owner is not None:
                who = cue.owner  # "tensinya": the one spoken of
            else:
                who = None
        else:
            who = None
        if who is None:
            # the one named before it in its stretch of the clause, not one who measured it ("suami ngukur
            # tensi, hasilnya 165/100": hers); with a measurer named, never the one spoken of before
            anchor = cue.i if cue is not None else m.i
            persons = [p for p in ms if p.kind == "person" and start <= p.i < anchor
                       and p.value not in ("self_det", "pronoun_det") and p.possessor != "reporter"]
            named = [p for p in persons if not any(t.w in _MEASURING for t in clause[p.j:p.j + 2])]
            measured = any(p.kind == "person" and p.i < anchor and any(t.w in _MEASURING for t in clause[p.j:p.j + 2])
                           for p in ms)
            who = named[-1].extra if named else (None if measured else subject)
        return "other" if who is not None and who.split("|")[0] == "other" else "mother"

    def _over(self, name: str, person: str, value: float) -> bool:
        rule = self.thresholds.get(name, {}).get(person)
        if not rule:
            return False
        return ("at_least" in rule and value >= rule["at_least"]) or ("below" in rule and value < rule["below"])

    def _add(self, findings, sign, person, words, negated, hypothetical, order, urgency, chars):
        spec = sign["for"].get(person)
        group = spec["group"] if spec else None
        urgency = urgency or (spec["urgency"] if spec else None)
        key = (sign["id"], person)
        new = Finding(sign["id"], sign["label"], person, group, urgency, words, negated, hypothetical, order, chars)
        old = findings.get(key)
        if old is None:
            findings[key] = new
        elif old.counts and new.counts:
            old.spans = old.spans + chars
            if words.casefold() not in old.words.casefold():
                old.words = old.words + " / " + words
            if URGENCIES.index(new.urgency) < URGENCIES.index(old.urgency):
                old.urgency = new.urgency
        elif new.counts or (old.negated and not new.negated):
            new.order = old.order
            findings[key] = new


_FEVER_CONCEPTS = frozenset(("fever_word", "hot", "warm"))
# a thing that oozes or comes out, named by no body part: a colour just before it describes it
# what the speaker thinks of what she saw ("I'm sure", "I think", "saya yakin"): a judge, not who has it
_HEDGES = frozenset(("sure", "think", "thought", "believe", "guess", "suspect", "reckon", "bet", "yakin", "kira", "pikir",
                     "kirain", "curiga", "duga", "menduga", "rasa"))
# past cues that tell of a sign of her own then ("setelah melahirkan saya sempat perdarahan"), never a date
_PAST_OWN = frozenset(("sempat", "pernah", "dulu", "dahulu", "once", "used"))
# (not "before", "sebelumnya": "never had a fever before" is no fever)
_NEVER_LIKE = re.compile(r"\b(?:like this|like that|this bad|this much|this heavy|so much|so bad|seperti ini|kayak gini|"
                         r"kaya gini|begini|separah ini|sebanyak ini|sesakit ini|sehebat ini|segini)\b")
_THEN = frozenset(("baru", "lalu", "terus", "trus", "habis", "abis", "sebelum", "supaya", "biar", "agar"))
_IT_WORDS = frozenset(("it", "its", "itu", "itunya", "this", "that"))
_SUBSTANCES = frozenset(("stuff", "gunk", "goo", "goop", "liquid", "fluid", "fluids", "ooze", "cairan", "lendir"))
_AROUND = frozenset(("around", "round", "near", "sekitar", "sekitarnya", "sekeliling", "sekelilingnya"))
_WHEN = frozenset(("when", "while", "whenever", "ketika", "sewaktu"))
_COLOUR_WORDS = frozenset(("warna", "warnya", "color", "colour", "warnanya"))
# "nadi 120", "pulse 120", "HR 110": a heart rate, not breaths
_BREAST_OPENS = re.compile(r"(?:pd|payudara|payudaraku|payudaranya|tete|tetek|toket|breasts?|boobs?)$")
_AMOUNTS = frozenset(("sedikit", "dikit", "little", "bit", "banyak", "few"))
_VOCATIVE = re.compile(r"^(\W*(?:bu|buk|bun|dok|bu bidan|bu bid|bu dok)\b)(?=[\s,]+(?:saya|sy|aku|ak)\b)")
_PULSE_WORDS = frozenset(("nadi", "pulse", "hr", "denyut", "jantung", "heart", "bpm", "nadinya",
                          # "sats 89% on room air": an oxygen saturation, not breaths either
                          "sats", "sat", "spo2", "saturation", "saturasi", "saturasinya", "o2", "oksigen", "oxygen"))
_INFLECTIONS = ("er", "est", "ed", "d", "ing", "ly", "s", "es", "nya", "kan", "an", "i", "lah", "mu", "ku")
# "hasn't slept in three weeks": a time it has lasted, not one to come
_NOT_SINCE = frozenset(("not", "hasnt", "havent", "hadnt", "didnt", "dont", "doesnt", "no", "never", "tidak", "belum"))
_GUESSES = frozenset(("thought", "think", "guess", "maybe", "mungkin", "kirain", "kira", "kukira", "jangan"))
_GUESS_PAIRS = frozenset((("is", "it"), ("could", "it"), ("could", "be"), ("apa", "karena"), ("apakah", "karena"),
                          ("apa", "cuma"), ("apakah", "cuma")))
_EVERY = frozenset(("setiap", "tiap", "every", "each", "per"))
_AGE_BEFORE = frozenset(("umur", "usia", "bayi", "anak", "baby", "babys", "newborn", "son", "daughter", "bub", "lo", "ke", "day", "hari", "lahiran", "melahirkan", "postpartum",
                         "pp", "nifas", "at", "aged",
                         # ("Baby boy, 11 days", "dedek 10 hari"): the baby's age, no time a state lasted
                         "boy", "girl", "dedek", "adek", "bayiku", "anakku", "putra", "putri"))
_GENERAL_ASK = frozenset(("apa", "apakah", "bagaimana", "gimana", "berapa", "kapan", "boleh", "bolehkah", "bahaya",
                          "berbahaya", "perlu", "harus", "sebaiknya", "normal", "wajar", "dianggap", "pertolongan"))
_ASKING_AFTER = frozenset(("know", "can", "could", "should", "want", "wonder", "wondering", "heard", "read", "think",
                           "need", "would", "will", "may", "might", "mau", "ingin", "pengen", "tanya", "nanya", "baca",
                           "dengar", "penasaran", "siap", "tahu", "perlu", "harus", "boleh", "bisa", "just", "also",
                           "recognise", "recognize", "prepare", "ask", "asked", "mean"))
_ASKING_BEFORE = frozenset(("should", "can", "could", "do", "will", "would", "how", "so", "am", "apakah", "biar", "agar",
                            "supaya", "untuk", "buat", "if", "when", "kalau", "jika"))
_OTHERS = frozenset(("friend", "friends", "sister", "brother", "husband", "mum", "mom", "mother", "dad", "father",
                     "cousin", "colleague", "neighbour", "neighbor", "aunt", "uncle", "teman", "temen", "kakak", "adik",
                     "suami", "mertua", "sepupu", "tetangga", "tante", "nenek", "kakek", "ipar", "sahabat"))
# feeding at the breast, fussing, nappies: a he/she in the same clause is the baby, not an adult named earlier
_NURSING = frozenset(("nyusu", "menyusu", "nenen", "mimik", "disusui", "menyusui", "nyusuin", "feeding", "feed",
                      "nursing", "breastfeeding", "latched", "latching",
                      # fussing, spitting up and nappies are a baby's too ("my mum helps ... she's fussier than usual")
                      "fussy", "fussier", "fussing", "rewel", "gumoh", "nappy", "nappies", "diaper", "popok"))
# words between "my" and the body part it owns ("my left calf", "her whole lower leg")
_SIDE_WORDS = frozenset(("left", "right", "whole", "lower", "upper", "other", "own", "entire", "poor", "little"))
# only an adult speaks: "she keeps saying", "she told me"
_SPEECH = frozenset(("says", "said", "saying", "tells", "told", "telling", "talks", "talking", "bilang", "ngomong",
                     "berkata", "mengatakan", "cerita", "bercerita", "mengaku", "ngaku"))
# wetting a nappy, and "times": "basah dua kali", "peed twice", "wee'd 3 times"
_WETTING = frozenset(("basah", "wet", "wets", "peed", "pipis", "kencing", "pee", "wee", "pees", "wees", "bak"))
_TIMES = frozenset(("kali", "times", "x", "kali2"))
# what a belief claims: a cause, a meaning, a prediction ("causes jaundice", "the blood will clot", "bisa kuning")
_CLAIMS = frozenset(("will", "would", "can", "could", "might", "may", "cause", "causes", "means", "mean", "bisa", "akan",
                     "nanti", "bikin", "menyebabkan", "artinya", "berarti", "or", "atau"))
# what "is it ... if I ...?" may judge her state to be ("is it normal if my scar is leaking pus?")
_JUDGED = frozenset(("normal", "wajar", "serious", "bahaya", "berbahaya", "dangerous", "bad", "parah", "worrying",
                     "concerning", "problem", "masalah", "infection", "infeksi", "emergency", "darurat", "gawat"))
_IS_IT = frozenset(("is", "apakah", "apa", "are"))
_IT = frozenset(("it", "this", "that", "these", "ini", "itu"))
_COPING = frozenset(("sanggup", "kuat", "tahan", "mampu"))  # "sudah tidak sanggup": no longer coping, not over
_I_WORDS = frozenset(("i", "im", "me", "myself", "saya", "aku", "gue", "gw", "ane"))  # the speaker, not "my"
_SELF_WORDS = frozenset(("saya", "aku", "my", "i", "me", "our", "kami", "im", "ive", "ane", "gue", "gw"))
# quantity words that describe only the thing named beside them, never a part carried from before
_NEAR_ONLY = frozenset(("few",))
_LOCATIVE = frozenset(("di", "on", "in", "pada", "at", "across"))
_OWN_BABY = frozenset(("bayi", "baby", "anak", "dedek", "son", "daughter", "newborn", "bub", "little"))
# (a comma too: "first baby, 2 months" is the baby's age)
_REFUSAL_SIGNS = frozenset(("not_feeding", "refusing_feeds"))
_TEATS = r"(?:dot|dotnya|botol|botolnya|bottle|bottles|teat|teats|empeng|dummy|dummies|pacifier|pacifiers|sufor|formula)"
_BOTTLE_CAUSE = re.compile(
    r"\b(?:sejak|semenjak|setelah|habis|abis|gara gara|karena|sejak dikasih|since|after|ever since)\s+(?:\w+\s+){0,4}" + _TEATS
    + r"\b|\bbingung puting\b|\bnipple confusion\b|\bprefers? the " + _TEATS + r"\b|\blebih suka " + _TEATS
    + r"\b|\bkeenakan (?:pakai |minum )?" + _TEATS + r"\b")
_BOTTLE_REFUSED = re.compile(
    r"\b(?:(?:tidak|nggak|ngga|gak|ga|enggak|ndak|gk|tdk) mau|ogah|nolak|menolak|refuses?|refusing|wont take|will not take|"
    r"doesnt take|not taking|won't take|doesn't take)\s+(?:\w+\s+){0,2}" + _TEATS
    + r"\b|\b" + _TEATS + r"(?:nya)?\s+(?:juga|pun|jg)\s+(?:tidak|nggak|ngga|gak|ga|enggak|ndak|gk|tdk|nolak|ditolak|ogah)"
    r"|\b(?:either|semua ditolak)\b")
_ACCORDING = frozenset(("kata", "katanya", "menurut", "according"))
_PREGNANT = frozenset(("hamil", "hamilnya", "kehamilan", "kandungan", "kandungannya", "pregnant", "pregnancy", "gestation",
                       "mengandung", "trimester"))
_AGE_SKIP = frozenset((",", "yang", "saya", "sendiri", "sudah", "baru", "masih", "ku", "my", "is", "was", "now", "sekarang", "kini"))
_AGE_AFTER = frozenset(("old", "umur", "umurnya", "usia", "usianya", "lalu", "ago", "postpartum", "pp", "pasca", "after", "setelah", "sesudah", "habis",
                        "since", "sejak", "nifas", "lahiran", "melahirkan", "postnatal", "post", "lagi", "lg",
                        "from", "later", "until", "sampai", "hingga"))
_WORD_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
                 "once": "1", "twice": "2"}
# a sentence that opens by asking whether what was told is the sign ("itu kejang bukan?", "is that a seizure?")
_ASKS_IF_IT_IS = ("itu", "apakah itu", "apa itu", "apa ini", "ini", "is that", "is it", "was that", "was it",
                  "could that be", "could it be", "is this")
_OR_WORDS = frozenset(("atau", "or", "nor", "maupun", "ataupun"))
_LIST_CARRIERS = frozenset(("having", "feeling", "getting", "experiencing", "seeing", "hearing", "merasa", "merasakan",
                            "mengalami", "punya", "ada", "kena"))
_LIST_WORDS = frozenset(("atau", "or", "nor", "maupun", "ataupun", "dan", "and", "serta"))
# "hidup saya tidak ada artinya lagi dan kepikiran bunuh diri": a negation does not reach past these
_NEW_STATEMENT = frozenset(("dan", "and", "terus", "lalu", "then", "so", "jadi", "sampai", "until", "ternyata"))


_VOWELS = frozenset("aeiou")
# where she turns from what she thought to what happened ("kirain udah bersih, eh tiba-tiba ...")
# "I thought ...", "kirain ...": what she believed she saw (see _debunks)
_THOUGHT = frozenset(("thought", "kira", "kirain", "kukira", "kirain", "nyangka", "sangka", "disangka"))
# how much of the sign just negated ("tidak sedih berlebihan atau ...", "not sad at all or ..."): the list goes on past it
_DEGREE_AFTER = frozenset(("berlebihan", "berlebih", "banget", "bgt", "sekali", "sangat", "amat", "parah", "terus",
                           "terusan", "melulu", "at", "all", "much", "too", "excessively", "really", "very", "badly"))


def _past_degree(between):
    """The words between a negated sign and the next, past the degree words that describe the first; None when
    only degree words lie between (no list word: a new statement)."""
    k = 0
    while k < len(between) and between[k].w in _DEGREE_AFTER:
        k += 1
    if k and k == len(between):
        return None
    return between[k:]


_DEBUNK = ("it was just", "it was only", "it was nothing", "turned out to be", "it turned out", "turns out it was",
           "ternyata cuma", "ternyata hanya", "ternyata tidak apa", "ternyata cuman", "rupanya cuma", "rupanya hanya",
           "ternyata dia cuma", "ternyata dia hanya", "cuma tidur nyenyak", "just a deep sleep", "just deep sleep")


def _reads_more(longer, word) -> bool:
    """One word (``word``, a single span) that another reading takes together with words elsewhere of its own."""
    return len(set(word)) == 1 and any(not (a < word[0][1] and word[0][0] < b) for a, b in longer)


def _debunks(clause) -> bool:
    """The clause opens by telling what it really was ("it was just a deep sleep", "ternyata cuma")."""
    head = " ".join(t.w for t in clause[:6])
    return any(head == d or head.startswith(d + " ") for d in _DEBUNK)


_TURNS = frozenset(("eh", "ehh", "tiba", "malah", "ternyata", "suddenly", "instead"))
# before a person: the dead, or the one she would follow ("nyusul almarhum bapak", "my late mum")
_DECEASED = frozenset(("almarhum", "almarhumah", "alm", "mendiang", "late", "nyusul", "menyusul", "arwah"))
# "minta suami ...", "dibantu mertua", "asked my husband to": who she asks to help her
_OPENS_ACROSS_COLON = frozenset(("danger_words", "general", "report", "rule", "hypothetical", "conditional",
                                 "conditional_weak", "fiction", "dream", "mistaken", "remote", "belief_check"))
_FEEDING_LASTS = frozenset(("breastfeeding", "nursing", "pumping", "menyusui", "nyusuin", "memompa", "mompa"))
_NO_PLACE = frozenset(("body", "skin", "thing", "milk", "stool", "urine", "nappy", "discharge", "fluid", "vomit"))
_HE_LATER = re.compile(r"\b(dia|ia|he|him|his|beliau)\b")
_HUSBAND = frozenset(("suami", "suamiku", "husband", "hubby", "bojo", "bojoku", "salaki", "laki", "lakiku"))
_NO_ONE = frozenset(("tidak ada yang", "no one", "nobody", "none of them", "tidak seorang pun"))
_HAS_IT = frozenset(("has", "had", "have", "is", "was", "got", "gets", "a", "an", "yang", "mengalami"))
_MASSAGING = frozenset(("pijat", "pijit", "urut", "massage", "massages", "massaged", "massaging", "rub", "rubs", "rubbed",
                        "rubbing", "gosok", "menggosok", "elus", "mengelus"))
_HELPER_BEFORE = frozenset(("minta", "meminta", "suruh", "menyuruh", "nyuruh", "dibantu", "dibantuin", "tolong", "asked",
                            "ask", "asking", "get", "got"))
# "wilayah saya", "di desa saya": a place of hers, so "saya" says whose place, not who has the sign
_PLACES = frozenset(("wilayah", "desa", "kampung", "daerah", "kota", "tempat", "area", "lingkungan", "dusun", "rt", "rw",
                     "puskesmas", "posyandu", "klinik", "praktik", "praktek", "bangsal", "ruangan", "kantor", "grup",
                     "kelas", "kelompok", "binaan", "desanya", "kampungnya", "kecamatan", "village", "town",
                     "neighbourhood", "neighborhood", "community", "city"))
_STILL = frozenset(("masih", "still"))
_NOT_CAUSE = frozenset(("bukan", "tidak", "not", "nor", "no", "never", "isnt", "wasnt"))
# "kayak habis lari", "as if I'd run": what it feels like, not what brought it on
_AS_IF = frozenset(("kayak", "kyk", "kaya", "seperti", "spt", "bagaikan", "ibarat", "if"))
_TAKEN_BACK = 12  # characters between a sign's words and "eh maksudnya" / "I meant" that takes it back
_THAN = frozenset(("than", "daripada", "dibanding", "dibandingkan", "dibanding", "compared"))
# "beda dari minggu lalu", "different from last week": a comparison with a past time, the change is now
_CARERS = (r"(?:psikolog|psikiater|konselor|konsultan laktasi jiwa|terapis|dokter jiwa|psychologist|psychiatrist|counsellor|"
           r"counselor|therapist|perinatal mental health team|mental health team)")
_IN_CARE = re.compile(
    r"\b(?:(?:rutin|sudah|udah|sedang|lagi|masih|teratur|tiap minggu|setiap minggu|sekarang)\s+(?:ke|konsul ke|konsultasi ke|"
    r"kontrol ke|berobat ke|ditangani|ditangani oleh|terapi ke|konseling ke|diterapi)\s+" + _CARERS + r"|"
    r"(?:rutin|sedang|lagi|masih|sudah|udah)\s+(?:terapi|konseling|diterapi)\b|"
    r"ditangani (?:oleh )?" + _CARERS + r"|" + _CARERS + r"(?:nya)? (?:saya|dia|aku)\b|"
    r"(?:seeing|sees|been seeing|in|under|getting|having|started|doing|have|has)\s+(?:a |the |my |her )?(?:regular )?"
    r"(?:" + _CARERS[3:-1] + r"|therapy|counselling|counseling|treatment)|(?:my|her) " + _CARERS + r")")
_NOT_IN_CARE = frozenset(("not", "no", "never", "isnt", "arent", "havent", "hasnt", "dont", "doesnt", "cant", "tidak", "belum",
                          "bukan", "tanpa", "without", "nggak", "gak", "want", "ingin", "pengen", "mau", "should", "perlu", "harus"))
_PURPLE = re.compile(r"\b(?:purple|purplish|ungu|keunguan)\b")
_BLUE_NOT_PURPLE = re.compile(r"\b(?:blue|bluish|blueish|biru|kebiruan|membiru|grey|gray|abu|kelabu|dusky|mottled)\b")
_STRAINING = re.compile(r"\b(?:strain|strains|straining|strained|push|pushes|pushing|grunt|grunting|ngeden|ngeden|mengejan|ngejan|"
                        r"nangis|menangis|crying|cries|screaming|screams|kejer)\b")
_RED_THEN = re.compile(r"\b(?:red|merah)\b")
_CENTRAL = re.compile(r"\b(?:lips|lip|tongue|bibir|lidah|mulut|mouth|gums|gusi|breath|breathing|napas|nafas|bernapas|bernafas)\b")
_BIRTHMARK = re.compile(r"\b(?:mongolian spots?|mongolian blue spots?|bintik mongol|bercak mongol|tanda lahir|birthmarks?|birth marks?|"
                        r"salmon patch(?:es)?|stork bites?|tompel)\b")
_MILK_EXPLAINS = frozenset(("breast_infection", "chest_pain"))
_ASKS_MILK = re.compile(r"^(?:is this|is it|is that|could this be|could it be|apa ini|apakah ini|apa itu|apakah itu|itu|ini)\b.*"
                        r"\b(?:milk (?:coming|arriving|come|comes|came|is coming)|milk coming in|my milk|let ?down|letdown|"
                        r"asi (?:mulai|baru|mau) (?:banyak|keluar|deras|banjir|penuh)|refleks keluar(?:nya)? asi|refleks (?:let ?down|"
                        r"pengeluaran asi|oksitosin)|asi (?:datang|masuk))")
_SLEEPY_WORD = re.compile(r"\b(?:sleepy|drowsy|ngantuk|mengantuk)\b")
_AFTER_FEED = re.compile(r"^\W*(?:\w+\W+){0,3}(?:after|habis|abis|setelah|sehabis|selesai)\W+(?:\w+\W+){0,2}"
                         r"(?:feeds?|feeding|nursing|nyusu|menyusu|nenen|mimik|disusui|nyusuin)\b")
_MILK_DRUNK = re.compile(r"\b(?:milk drunk|milk coma|drunk on milk|mabuk susu|mabuk asi|teler habis nyusu|milk drunkenness)\b")
_PLACE_CONCEPTS = frozenset(("around",))
_MILD_FEVERS = frozenset(("mild_fever",))
_NOT_YET = frozenset(("belum", "tidak", "not", "never", "no", "isnt", "hasnt", "havent", "wasnt", "bukan"))
_RATE_UNITS = frozenset(("gram", "gr", "g", "kg", "kilo", "ons", "ml", "cc", "oz", "ounces", "grams", "kali", "times", "x",
                         "per", "tiap", "setiap", "every"))
_BECAUSE = frozenset(("karena", "because", "from", "gara", "akibat"))
_DIFFERENT = frozenset(("beda", "berbeda", "different", "unlike", "lain"))
_FROM = frozenset(("dari", "dengan", "sama", "from", "to", "than"))
_TODAY = frozenset(("tadi", "td", "barusan", "today", "tonight"))
_RECENT = frozenset(("tadi", "barusan", "today", "tonight", "semalam", "kemarin", "yesterday", "earlier", "afternoon",
                     "morning", "evening", "siang", "sore"))
_CAUSES = frozenset(("bikin", "membuat", "bikinnya", "menyebabkan", "makes", "made", "causes", "caused", "causing"))
_SHE = frozenset(("she", "her", "shes", "hers", "herself"))
_COULD = frozenset(("bisa", "bisakah", "bs", "dapat", "dapatkah", "can", "could", "might", "may", "will", "would"))
_CAUSE_VERBS = frozenset(("bikin", "membuat", "menyebabkan", "memicu", "mengakibatkan", "cause", "make", "trigger",
                          "give", "lead"))
_AGENT_SELF = frozenset(("i", "we", "you", "saya", "aku", "sy", "kami", "kita"))


def _could_cause(words: list[str]) -> int | None:
    """Where a clause asks whether something could cause what follows ("bisa bikin", "can the massage cause"):
    the cause word's position; not when she is the one who would do it ("how can I make his fever go down")."""
    for k, w in enumerate(words):
        if w in _CAUSE_VERBS:
            between = words[max(0, k - 5):k]
            at = next((j for j in range(len(between) - 1, -1, -1) if between[j] in _COULD), None)
            if at is not None and _AGENT_SELF.isdisjoint(between[at + 1:]):
                return k
    return None
# "ada bayi", "a baby", "seorang ibu": someone not yet known, not her own
_INDEFINITE = frozenset(("ada", "a", "an", "seorang", "sebuah", "satu", "some", "another"))
# a pause in a baby's breathing told in seconds under 20 (WHO: apnoea is 20 seconds or more)
_SHORT_PAUSE = re.compile(r"\b(?:a few|few|a couple of|couple of|beberapa|bbrp|sekitar|about|(?:1?[0-9])(?: ?- ?1?[0-9])?)"
                          r" ?(?:seconds|second|secs|sec|detik|dtk)\b")
_PAUSE_SIGNS = frozenset(("apnoea_blue", "fast_breathing"))
_QUICKER = frozenset(("quick", "quicker", "fast", "faster", "speeds", "speed", "rapid", "cepat", "cepet", "ngebut", "kencang"))
_BLUE_WORDS = frozenset(("blue", "bluish", "blueish", "dusky", "grey", "gray", "greyish", "biru", "membiru", "kebiruan",
                         "ungu", "keunguan", "pucat", "pale", "purple", "limp", "lemas", "lemes"))
# "kata suami saya", "menurut ibu saya", "according to": who tells, before the teller
_REPORT_BEFORE = frozenset(("kata", "kt", "menurut", "mnurut", "mnrt", "cerita", "laporan"))
# "my husband noticed ...", "suami saya lihat ...": the one who saw it happen to her or the baby
_SAYS = frozenset(("bilang", "says", "said", "ngomong", "berkata"))
_REPORT_AFTER = frozenset(("noticed", "saw", "lihat", "melihat", "liat", "ngeliat", "ngelihat", "bilangnya", "katanya"))
# the teller speaks of himself or herself: "bilang dia sesak", "says he has chest pain"
_HIMSELF = frozenset(("dia", "ia", "he", "she", "hes", "shes", "himself", "herself", "beliau", "dirinya"))
_HE = frozenset(("he", "him", "his", "hes", "himself"))
_WOMEN = frozenset(("wife", "mother", "mum", "mom", "mommy"))
_EXERTION = frozenset(("tangga", "stairs", "upstairs", "jalan", "walk", "olahraga", "exercise", "lari", "running"))
_ALREADY = frozenset(("sudah", "langsung", "already"))
_WIVES = frozenset(("wife", "partner", "istri"))  # named in a father's "asking for my wife", "nanya buat istri"
_ASKING_FOR = frozenset(("asking", "ask", "question", "nanya", "tanya", "bertanya", "menanyakan"))
_WOMEN_OTHERS = frozenset(("mother", "mum", "mom", "sister", "grandma", "grandmother", "granny", "aunt", "auntie",
                           "niece", "wife", "girlfriend", "daughter", "nan", "nana", "lady", "woman"))
_MEN_OTHERS = frozenset(("husband", "father", "dad", "brother", "grandpa", "grandfather", "uncle", "nephew", "son",
                         "boyfriend", "man", "partner"))
_TOLD = frozenset(("told", "tell", "tells", "telling", "asked", "ask", "asks", "warned", "showed", "show"))
_FILLED_WITH = frozenset(("of", "with", "dengan", "berisi", "isi", "cairan", "nanah", "pus", "liquid", "fluid"))
_PUS = frozenset(("pus", "nanah", "nanahnya"))
_DATES_STORY = re.compile(
    r"^(?:(?:and|but|dan|tapi) )?(?:that|this|it|all that|all this|itu|semua itu|kejadian itu|kejadiannya|itu semua)"
    r"(?: was| happened| sudah| udah| sdh| terjadi| kejadiannya| kira kira| sekitar| about| almost| nearly| over| hampir)*"
    r" (?:(?:#?(?:[3-9]|[1-9][0-9])|three|four|five|six|seven|eight|nine|ten|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
    r"sepuluh) (?:weeks|minggu)|(?:#?[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|satu|dua|tiga|"
    r"empat|lima|enam|tujuh|delapan|sembilan|sepuluh|se) ?(?:months?|years?|bulan|tahun))"
    r" (?:ago|back|lalu|yang lalu|yg lalu)$")
_JUST_BLOOD = frozenset(("bleeding", "blood", "darah", "darahnya", "pendarahan", "perdarahan", "lochia", "darah nifas",
                         "darah nifasnya", "the bleeding", "my bleeding"))
_MORE_BLOOD = frozenset(("heavier", "more", "banyak", "lebih banyak", "bertambah", "nambah", "tambah banyak"))
_SMALL_DEGREE = frozenset(("little", "bit", "slightly", "sedikit", "dikit", "agak", "sdkt", "tad"))
_PEOPLE_IN_GENERAL = frozenset(("babies", "newborns", "infants", "mothers", "mums", "moms", "women", "people", "kids",
                                "children"))
_NOT_BORN_YET = re.compile(
    r"\b(?:before (?:my|the) due date|my due date is|due date is|due in \w+ weeks|i am (?:still |currently )?pregnant|"
    r"(?:still|currently) pregnant|\w+ weeks pregnant|(?:baby|he|she) is not born yet|not born yet|"
    r"(?:saya|aku|sy|istri saya) (?:masih |sedang |lagi )?hamil (?:\w+ )?(?:minggu|bulan)|(?:sedang|lagi|masih) hamil|"
    r"belum (?:melahirkan|lahiran|persalinan)|bayi (?:saya |ku )?belum lahir|hpl (?:saya|ku|nya))\b")
_HEDGE_DEGREE = frozenset(("pretty", "quite", "fairly", "very", "really", "so", "almost", "totally", "completely", "100",
                           "cukup", "sangat", "sungguh", "benar", "bener", "agak", "hampir", "udah", "sudah", "sih", "do",
                           "am", "was"))
_IN_LAW = frozenset(("law", "ipar"))
_BORN_ALREADY = re.compile(r"\b(?:pregnant again|hamil lagi|hamil anak (?:kedua|ketiga|keempat)|(?:day|days|week|weeks|"
                           r"month|months) old|(?:umur|usia|umurnya|usianya) #?\d+ (?:hari|minggu|bulan))\b")
_GRANDPARENTS = frozenset(("grandma", "grandmother", "nenek", "neneknya", "granny", "nan", "nana"))
# animals: "kucing saya baru lahiran" makes no mother, and "anaknya" after it is its young, no one's baby
_AFTER_GONE = frozenset((",", "now", "away", "completely", "totally", "already", "by", "since", "down", "and", "but",
                         "today", "again", "for", "after", "in", "within", "so", "too", "as"))
# "in a film I watched, the new mum had a seizure": her watching it, not a sign of hers
_WATCHING = frozenset(("watched", "saw", "watch", "seen", "read", "tonton", "nonton", "lihat", "baca", "menonton",
                       "melihat", "membaca"))
_CLOCK_BEFORE = frozenset(("jam", "pukul", "at"))  # "jam 8": a time of day, not 8 hours
_DAY_PARTS = frozenset(("am", "pm", "pagi", "siang", "sore", "malam"))
_UNTIL = frozenset(("sampai", "hingga", "until", "till", "to", "sampe"))
_ANIMALS = frozenset(("kucing", "kucingnya", "anjing", "anjingnya", "kelinci", "hamster", "sapi", "kambing", "domba",
                      "hewan", "peliharaan", "cat", "cats", "dog", "dogs", "rabbit", "bunny", "cow", "goat", "sheep",
                      "pet", "pets", "kitten", "kittens", "puppy", "puppies"))
_GROWN_CHILD = frozenset(("daughter", "putri", "anak"))  # a grandparent's child: the baby's mother
# words just before a caesarean that say the person had one ("habis sesar", "had a c-section")
_HAD_OPERATION = frozenset(("had", "habis", "abis", "baru", "pasca", "setelah", "sehabis", "sesudah"))
_BOYS = frozenset(("son", "boy", "grandson", "nephew", "sons", "guy"))
_GIRLS = frozenset(("daughter", "girl", "granddaughter", "niece", "daughters"))
_SINCE = frozenset(("sejak", "since", "dari", "from", "semenjak"))
# English subject and object pronouns: never "whose" after a noun, as "saya" in "bayi saya" is
# what a health worker or a student says she is ("saya bidan desa", "I'm a lactation student")
_ROLES = frozenset(("bidan", "kader", "perawat", "mahasiswa", "mahasiswi", "dokter", "konselor", "konsultan", "dosen",
                    "nakes", "doula", "midwife", "nurse", "student", "doctor", "counsellor", "counselor", "lecturer",
                    "trainer", "educator", "consultant", "volunteer", "relawan", "guru", "teacher", "researcher", "peneliti"))
_ROLE_SKIP = frozenset(("am", "a", "an", "seorang", "sebagai", "adalah", "just", "only", "cuma", "hanya", "the"))
# between a fever word and whose it is: its reading and the age ("a temperature of 38.2 in my 10 day old son")
_READING_TO_WHOM = frozenset(("of", "in", "a", "an", "my", "our", "the", "day", "days", "week", "weeks", "old",
                              "degrees", "derajat", "c", "celsius", "pada", "di", "pd"))
_SOME_DAY = frozenset(("someday", "some day", "one day", "suatu hari", "suatu saat", "in the future", "di kemudian hari"))
_FOR_SPAN = frozenset(("for", "selama", "sudah", "udah", "already", "only", "just", "cuma", "baru", "a", "about", "around"))
_SUBJECT_WORDS = frozenset(("i", "im", "ive", "me", "myself", "he", "she", "him", "hes", "shes", "we", "they"))
# "kalau saya pegang panas": who touched, not whose body is hot
_TOUCHING = frozenset(("pegang", "megang", "memegang", "sentuh", "nyentuh", "menyentuh", "raba", "meraba", "ngeraba",
                       "touch", "touched"))
_MEASURING = frozenset(("ukur", "mengukur", "ngukur", "ukurin", "cek", "ngecek", "mengecek", "periksa", "memeriksa",
                        "measured", "measure", "took", "take", "checked", "check", "termometer", "thermometer", "got"))


# "kalau tiduran", "kalo jalan", "pas ditekan": when she does it, a habit she tells, not an "if"
_ROUTINE = frozenset(("tiduran", "berbaring", "rebahan", "baring", "telentang", "tidur", "jalan", "berjalan", "berdiri",
                      "duduk", "bangun", "naik", "batuk", "bersin", "ditekan", "dipegang", "disentuh", "diraba", "malam",
                      "pagi", "siang", "sore", "nyusu", "menyusu", "menyusui", "nyusuin", "nenen", "habis", "abis",
                      "selesai", "mandi", "buang", "pipis", "kencing", "lying", "lie", "walking", "standing", "coughing",
                      "feeding", "feeds", "touched", "pressed",
                      # what she does when it shows: looking, turning, lifting ("kalau lihat ke samping ada kilatan")
                      "lihat", "melihat", "liat", "noleh", "menoleh", "nengok", "gerak", "bergerak", "angkat", "ngangkat",
                      "mengangkat", "gendong", "menggendong", "makan", "minum", "looking", "turning", "lifting"))


# she has no baby of her own, so a baby she tells of (the neighbour's, a friend's) is someone else's story
_NO_CHILD_OF_HER_OWN = re.compile(
    r"(?:^|(?<=[.,] )|\b(?:i|we) )(?:dont|do not|didnt) (?:have|got) (?:any )?(?:kids?|children|child|a baby|babies|a child)\b|"
    r"\b(?:(?:i|we) (?:have|havent got) no (?:kids?|children|baby)|(?:im|i am) not a (?:mum|mom|mother|parent) yet|"
    r"(?:saya|aku|kami) (?:sendiri )?(?:belum|tidak) (?:punya|memiliki|ada) (?:anak|bayi|momongan)|"
    r"(?:belum|tidak) (?:punya|memiliki|dikaruniai) (?:anak|bayi|momongan)|belum jadi ibu|not pregnant and no kids)\b")

# sleep likened to a faint or to the dead: the likeness words and the sleep words around it
_LIKENESS = frozenset(("kayak", "kyk", "kaya", "seperti", "spt", "bagaikan", "ibarat", "macam", "like", "mirip"))
_LIKENESS_SKIP = frozenset(("orang", "org", "yang", "lagi", "sedang", "shes", "hes", "she", "he", "is", "has", "had",
                            "someone", "somebody", "a", "the", "shed", "hed", "been", "just"))
_SLEEP_MANNER = frozenset(("banget", "bgt", "sekali", "sangat", "amat", "so", "really", "very", "deeply", "soundly", "hard",
                           "nya", "dia", "she", "he", "baby", "bayi", "saya", "my", "always", "selalu", "kalau", "when", ","))
_SLEEP_WORDS = frozenset(("tidur", "tidurnya", "pules", "pulas", "nyenyak", "lelap", "molor", "bobo", "bobok",
                          "sleep", "sleeps", "sleeping", "slept", "asleep", "naps", "napping", "napped"))

# "only" words: after a comma they open a new statement ("pipisnya banyak, cuma rewel") rather than say how few
_RESTRICTIVE = frozenset(("cuma", "hanya", "only", "just"))
_PLENTY = frozenset(("sering", "banyak", "lancar", "normal", "often", "plenty", "lots", "loads", "fine", "ok", "oke"))
_COUNTISH = frozenset(("sekali", "sedikit", "dikit", "satu", "dua", "tiga", "kali", "setetes", "basah", "kering", "once",
                       "twice", "one", "two", "three", "a", "few", "little", "wet", "dry", "pipis", "kencing"))

# units of a reading, which say nothing of whose it is (unlike "demam", "suhu badan", "temperature")
_DEGREE_WORDS = frozenset(("derajat", "degrees", "degree", "deg", "c", "celcius", "celsius", "f", "fahrenheit", "suhu",
                           "temperature", "temp", "temperatures"))


def _routine_when(m, clause) -> bool:
    """A weak "kalau" that opens a posture, a routine or a touch ("kalo tiduran napas susah"): "when",
    a present habit she tells, never a condition she imagines. The birth is no routine: "kalau habis melahirkan
    pusing hebat" asks about any mother after a birth."""
    return m.j < len(clause) and clause[m.j].w in _ROUTINE and not (
        clause[m.j].w in _HAD_OPERATION and m.j + 1 < len(clause) and clause[m.j + 1].w in _BIRTH_WORDS)


_FIT_MANNER = frozenset(("badly", "well", "poorly", "properly", "ill", "loosely", "tightly", "loose", "tight", "close",
                         "snug", "snugly", "better", "best", "worse", "perfectly", "correctly", "nicely", "comfortably",
                         "tighter", "looser", "closer", "form", "figure", "slim", "regular", "relaxed",
                         "bra", "flange", "flanges", "shield", "professional", "proper", "size"))
# after it, how or what it fits: always size ("fitting well", "fits snugly", "a fitting room")
_FIT_AFTER = frozenset(("well", "properly", "correctly", "snugly", "perfectly", "nicely", "comfortably", "tight",
                        "tightly", "loosely", "loose", "snug", "room", "rooms", "service", "appointment", "into", "together"))
# ... or size unless a word before makes it the seizure ("is fitting badly", "fitting right now", "over and over")
_FIT_OBJECT = frozenset(("me", "her", "him", "it", "them", "you", "us", "my", "the", "your", "a", "badly", "poorly",
                         "ok", "okay", "fine", "better"))
_FIT_NOUN = frozenset(("having", "has", "had", "have", "get", "gets", "got", "getting", "little", "small", "tiny", "few",
                       "several", "some", "more", "frequent", "repeated", "febrile", "these", "those", "of", "no", "any",
                       "like", "his", "her", "its", "baby", "and", "or", "is", "was", "been", "keeps", "kept", "hes", "shes",
                       "started", "stopped", "still", "seizures", "convulsions", "he", "she", "im", "i", "were", "are"))


def _fits_as_size(toks, i) -> bool:
    """"fits", "fitting" at i said of size: "a badly fitting bra", "the flange fits her", "isn't fitting well"
    (an adverb of how before it, how or what it fits after it, said of a thing), never "having fits", "the baby
    is fitting right now", "fitting over and over" (a word before it that makes it the seizure)."""
    w = toks[i].w
    if w not in ("fits", "fitting", "fitted"):
        return False
    prev = toks[i - 1].w if i else ""
    nxt = toks[i + 1].w if i + 1 < len(toks) else ""
    if prev in _FIT_MANNER:
        return True
    if prev in ("having", "has", "had", "have", "few", "little", "several", "frequent", "repeated", "febrile"):
        return False
    return nxt in _FIT_AFTER or (nxt in _FIT_OBJECT and prev not in _FIT_NOUN)


_FUTURE = frozenset(("nanti", "akan", "bakal", "bakalan", "will", "itll", "thatll", "theyll", "shall", "gonna", "soon",
                     "should", "shouldnt", "semoga", "moga", "mudah", "mudahan", "hopefully", "hope", "would", "wouldve"))
_FUTURE_SKIP = frozenset(("juga", "jg", "nanti", "pasti", "sih", "kok", "it", "they", "that", "this", "all", "just",
                          "probably", "likely", "surely", "pun", "also", "itu", "ini", "bisa", "soon"))


def _foretold(toks, i) -> bool:
    """A "resolved" cue at i told as what will happen ("nanti juga hilang sendiri", "it will go away on its own")."""
    for t in reversed(toks[max(0, i - 3):i]):
        if t.w in _FUTURE:
            return True
        if t.w not in _FUTURE_SKIP:
            return False
    return False


_SEVERE = frozenset(("crushing", "sharp", "severe", "stabbing", "unbearable", "excruciating", "agonising", "agonizing",
                     "hebat", "parah", "menjalar", "spreading", "radiating", "worst"))
_CHEST = frozenset(("chest", "dada", "ribs", "rusuk"))
_CANT = frozenset(("cant", "can't", "cannot", "couldnt", "couldn't"))
_NOT_ABLE_ID = frozenset(("tidak", "tdk", "ga", "gak", "nggak", "ngga", "enggak", "gk", "g"))
_BREATHE = frozenset(("breathe", "breath", "napas", "nafas", "bernapas", "bernafas"))


def _told_severe(clause) -> bool:
    """The clause tells a severe chest pain or that she cannot breathe: "crushing chest pain", "dada nyeri hebat",
    "can't breathe", "ga bisa napas"."""
    words = [t.w for t in clause]
    # (of the chest only: "pusing parah gara-gara kurang tidur" is everyday talk of a bad night)
    if any(w in _SEVERE for w in words) and any(w in _CHEST for w in words):
        return True
    for k, w in enumerate(words):
        if w in _BREATHE and (any(x in _CANT for x in words[max(0, k - 3):k])
                              or any(x in _NOT_ABLE_ID for x in words[max(0, k - 3):k]) and "bisa" in words[max(0, k - 3):k]):
            return True
    return False


_AT_AGE = frozenset(("at", "umur", "usia"))
# "the newborn", "that baby" after a film is named: one of its characters (her own is "my baby", "mine")
_ON_SCREEN = frozenset(("the", "that", "this"))
_MONTHS = frozenset(("months", "month", "mos", "mo", "bulan", "bln"))
# what may follow "tidak ada" when it says the sign before it is absent ("demam tidak ada kok", "demam ga ada sih, tapi ..."):
# any other word after it is what is absent ("demam 38,5 ga ada nafsu nyusu")
_AFTER_NONE = frozenset((",", ".", "kok", "sih", "ya", "yah", "kak", "bun", "dok", "bu", "juga", "jg", "lagi", "sama", "sekali",
                         "tapi", "tetapi", "namun", "dan", "cuma", "hanya", "sekarang", "skrg", "udah", "sudah"))

# cues that tell a clause is no story of her own past (news, a film, a rule, a question in general)
_NOT_HISTORY = frozenset(("report", "hypothetical", "general", "fiction", "dream", "mistaken", "rule", "danger_words",
                          "speech", "belief_check"))
_ASK_VERBS = frozenset(("is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "isnt", "arent"))
_ASK_SUBJECTS = frozenset(("it", "that", "this", "he", "she", "they", "everything", "things"))
_ASK_ID = frozenset(("apakah", "apa", "apkh", "apakh", "apa2", "kah"))
_ASK_ID_SKIP = frozenset(("sudah", "udah", "sdh", "udh", "dah", "uda", "dia", "ini", "itu", "nya", "sekarang", "skrg"))
_ASK_AFTER = frozenset(("belum", "blm", "blom", "belom", "kah", "yet"))


def _asked_over(toks, m) -> bool:
    """A "resolved" cue asked, not told: "is it all clear?", "apakah sudah normal?", "sudah sembuh belum?". Asking
    whether a sign is over says it is there now."""
    i = m.i
    if i >= 2 and toks[i - 1].w in _ASK_SUBJECTS and toks[i - 2].w in _ASK_VERBS:
        return True
    for t in reversed(toks[max(0, i - 3):i]):
        if t.w in _ASK_ID:
            return True
        if t.w not in _ASK_ID_SKIP:
            break
    return m.j < len(toks) and toks[m.j].w in _ASK_AFTER


_ASKING = frozenset(("asked", "asking", "asks", "ask", "wondering", "wondered", "wonders", "nanya", "nanyain", "tanya",
                     "bertanya", "menanyakan", "nanyakan", "tanyakan", "ditanya", "ditanyain"))
_WHETHER = frozenset(("whether", "if", "apa", "apakah", "kalau"))
_OWN_TURN = frozenset(("because", "since", "as", "karena", "soalnya", "mine", "ours", "tapi", "but", "padahal", "sebab"))
_ASKED_OF = frozenset(("me", "us", "saya", "aku", "kami", "ke", "sama", "ama", "about", "tentang", "soal"))


_WHEN_OPENS = frozenset(("when", "whenever", "kalau", "kalo", "klo", "pas", "saat", "waktu", "tiap", "setiap", "ketika"))


_IT_OPENS = frozenset(("it", "that", "this", "itu", "ini", "thats"))
_CAUSE_HEDGES = frozenset(("is", "was", "s", "mostly", "probably", "just", "only", "likely", "prob", "cuma", "mungkin",
                     "kayaknya", "sepertinya", "palingan", "sih", "i", "think", "guess", "mainly", "all"))
_BECAUSE_OPENS = frozenset(("because", "karena", "krn", "gara", "due", "from"))


def _explains_before(clause, ms) -> bool:
    """The clause opens by giving a harmless cause of what came before ("it's mostly because I'm hunched over",
    "itu kayaknya karena posisi"): "it", hedges, "because", then a cause cue of the catalogue."""
    if not clause or clause[0].w not in _IT_OPENS:
        return False
    k = 1
    while k < len(clause) and clause[k].w in _CAUSE_HEDGES:
        k += 1
    if k >= len(clause) or clause[k].w not in _BECAUSE_OPENS:
        return False
    return any(m.kind == "cue" and m.value == "cause" and m.i >= k for m in ms)


def _asked_if_before(clause, i: int) -> bool:
    """A reported question opens before word i ("she asked me if it's from the milk coming in", "dia nanya apakah
    karena ASI"): the cause or the all-clear after it is asked about, not told, so it sets no sign aside."""
    for k in range(i):
        if clause[k].w in _ASKING:
            j = k + 1
            while j < i and clause[j].w in _ASKED_OF and j - k <= 2:
                j += 1
            if j < i and clause[j].w in _WHETHER:
                return True
    return False


def _asked_whether(clause) -> tuple[int, int] | None:
    """Where a reported yes/no question about any baby ("a newborn with", "bayi kuning"; not "the baby", "my baby",
    "bayi saya") opens in the clause ("asked me whether", "nanya apakah") and where it ends (a comma), or None; None
    too when a reason or her own baby follows before the comma ("because mine has 39", "karena anak saya ...")."""
    for k, t in enumerate(clause):
        if t.w not in _ASKING:
            continue
        j = k + 1
        while j < len(clause) and clause[j].w in _ASKED_OF and j - k <= 2:
            j += 1
        if j < len(clause) and clause[j].w in _WHETHER:
            end = next((n for n in range(j + 1, len(clause)) if clause[n].w == ","), len(clause))
            rest = clause[j + 1:end]
            # ... about a baby named as any baby ("a newborn", "bayi"), not "the baby", "my baby", "bayinya"
            babies = [n for n, x in enumerate(rest) if x.w in _OWN_BABY or x.w in ("babies", "newborns")]
            if not babies or any(
                    x.poss or (n and rest[n - 1].w in ("the", "my", "our", "her", "his", "your", "si"))
                    or (n + 1 < len(rest) and rest[n + 1].w in ("saya", "aku", "kami", "kita", "ini", "itu"))
                    for n, x in ((n, rest[n]) for n in babies)):
                return None
            if any(clause[n].w in _OWN_TURN for n in range(j + 1, end)):
                return None  # "... because mine has 39 now", "karena anak saya ...": she asks for her own
            return j, end
    return None


_TIRED = frozenset(("capek", "cape", "capai", "lelah", "letih", "penat", "kecapekan", "tired", "exhausted",
                    "knackered", "shattered", "wiped"))
_TIRED_SKIP = frozenset(("banget", "bgt", "sekali", "sangat", "amat", "so", "really", "very", "rasa", "rasanya", "sampai",
                         "sampe", "i", "am", "feel", "like", "that", "saya", "aku", "kayak", ",", "totally", "completely"))
_FAINT_COMPANIONS = frozenset((
    "darah", "blood", "bleeding", "berdarah", "perdarahan", "pendarahan", "gumpalan", "clot", "clots", "pucat", "pale",
    "keringat", "sweat", "sweaty", "sweating", "clammy", "berdiri", "stand", "standing", "stood", "pusing", "dizzy",
    "lightheaded", "jantung", "heart", "berdebar", "racing", "pandangan", "vision", "gelap", "dingin", "cold", "sesak",
    "breathless", "pad", "pads", "pembalut", "nifas", "lochia", "kunang"))
_ABOUT_TO = frozenset(("mau", "pengen", "about", "going", "gonna", "could"))


def _tired_to_faint(toks, a: int, b: int) -> bool:
    """Words a..b (characters) of feeling faint told as about to ("mau", "about to") right after a tiredness
    word ("capek banget rasanya mau pingsan"): a measure of tiredness."""
    inside = [k for k, t in enumerate(toks) if t.start >= a and t.end <= b]
    if not inside or not any(toks[k].w in _ABOUT_TO for k in inside):
        return False
    k = inside[0] - 1
    while k >= 0 and toks[k].w in _TIRED_SKIP and inside[0] - k <= 5:
        k -= 1
    return k >= 0 and toks[k].w in _TIRED


_SELF_APART = re.compile(r"\b(?:saya|aku|sy|gue|gw|ane) sendiri\b|\bi myself\b|\bas for me\b|\bmyself,? i\b|"
                         r"\b(?:fine|well|ok|okay|healthy) myself\b|\bmy own recovery\b")
_DYING_WORDS = frozenset(("mau", "mati", "rasanya", "rasa"))
_WISH_AFTER = frozenset(("aja", "saja", "sj", "aj", "ajah", "deh", "lah", "sekalian"))


def _tired_to_die(toks, a: int, b: int) -> bool:
    """Words a..b of "mau mati" told with "rasanya" right after a tiredness word ("capek banget mau mati rasanya"):
    a measure of tiredness, not a wish (no "aja", "saja" after it)."""
    inside = [k for k, t in enumerate(toks) if t.start >= a and t.end <= b]
    if not inside or {toks[k].w for k in inside} - _DYING_WORDS or not {"mau", "mati"} <= {toks[k].w for k in inside}:
        return False
    lo, hi = inside[0], inside[-1]
    if hi + 1 < len(toks) and toks[hi + 1].w in ("rasanya", "rasa"):
        hi += 1
    if hi + 1 < len(toks) and toks[hi + 1].w in _WISH_AFTER:
        return False
    like = 1 if lo and toks[lo - 1].w in ("kayak", "kaya", "kek", "seperti", "like") else 0
    if not any(toks[k].w in ("rasanya", "rasa") for k in range(max(0, lo - 1 - like), hi + 1)):
        return False  # ("capek banget rasanya kayak mau mati": a likeness word between)
    k = lo - 1  # right after it: no comma between ("capek banget, rasanya mau mati" may be a cry, and stays)
    while k >= 0 and toks[k].w in _TIRED_SKIP and toks[k].w != "," and lo - k <= 5:
        k -= 1
    return k >= 0 and (toks[k].w in _TIRED or toks[k].w in ("ngantuk", "mengantuk", "sleepy"))


_WISHES = frozenset(("hope", "hoping", "hopefully", "semoga", "moga", "mudahan", "berharap", "harap", "pray", "praying",
                     "wish", "wishing"))
_SLEEP_BOUND = frozenset(("till", "until", "til", "before", "sampai", "sampe", "hingga", "sebelum", "dulu", "tonight"))
_WAKE_SKIP = frozenset(("lagi", "again", "up", "yet", "dulu", "ya", "yah", "dong", "deh"))
_FOREVER = frozenset(("never", "forever", "selamanya", "ever", "kapanpun", "kapan", "mati", "die"))
_UP_TO_NOW = frozenset(("sekarang", "now", "skrg", "kini", "detik"))
_WAKE_SIGNS = frozenset(("not_waking_for_feeds", "hard_to_wake", "suicidal"))


def _wish_for_sleep(toks, a: int, b: int, own: bool) -> bool:
    """Words a..b (characters) of a not-waking sign, in this clause, wished for ("hope", "semoga") and bounded by
    a time or a task after them ("till 6", "sebelum jam 5", "dulu sampai aku selesai"): a wish about sleep.
    ``own``: also when the sleeper is the speaker (not for a wish to die: "semoga aku nggak bangun lagi sampai...")."""
    inside = [k for k, t in enumerate(toks) if t.start >= a and t.end <= b]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    wish = next((k for k in range(first - 1, max(-1, first - 9), -1) if toks[k].w in _WISHES), None)
    # the wish governs the not-waking itself: no comma between ("semoga nggak kenapa-kenapa, dari tadi nggak
    # bangun sampai sekarang" wishes one thing and tells another)
    if wish is None or any(t.w == "," for t in toks[wish:first]) or any(t.w in _FOREVER for t in toks[wish:]) or (
            not own and any(t.w in _I_WORDS for t in toks[wish + 1:first])):
        return False
    k = last + 1
    while k < len(toks) and toks[k].w in _WAKE_SKIP and toks[k].w != "dulu":
        k += 1
    if k + 1 < len(toks) and toks[k + 1].w in _UP_TO_NOW:
        return False  # "sampai sekarang", "until now": how long it has lasted, no bound ahead
    return k < len(toks) and (toks[k].w in _SLEEP_BOUND or (toks[k].w == "malam" and k + 1 < len(toks)
                                                             and toks[k + 1].w == "ini"))


_WELL = frozenset(("sehat", "baik", "fine", "well", "ok", "okay", "oke", "good", "great", "healthy", "aman"))
_WELL_SKIP = frozenset(("sih", "sendiri", "kok", "juga", "myself", "feel", "am", "totally", "completely", "perfectly",
                        "doing", "im", "sudah", "udah", "merasa", "rasa", "is", "really", "quite", "all", "just",
                        "alhamdulillah", "masih", "tetap", "tetep", "pun", "fine", "baik"))
_PART_PIECES = frozenset(("ujung", "ujungnya", "tip", "tips", "pinggir", "edge", "edges", "the", "of", "his", "her", "its",
                          "both", "kedua", "all", "semua"))
_CARE_BEFORE = frozenset(("jaga", "jagain", "menjaga", "momong", "ngemong", "mengasuh", "ngasuh", "asuh", "after",
                          "babysit", "babysits", "babysitting", "watches", "minds", "mind", "nemenin", "menemani"))
_AGE_WORDS = frozenset(("umur", "umurnya", "usia", "usianya", "aged"))
_BABY_AGE_UNITS = frozenset(("hari", "minggu", "bulan", "day", "days", "week", "weeks", "month", "months", "bln", "mgg"))
_SIBLINGS = frozenset(("adik", "adek", "adiknya", "adeknya", "brother", "sister", "sis", "bro"))
# kin who may be a newborn when an age in days, weeks or months or a birth is told with them ("ponakanku umur 2
# bulan", "my nephew, born last week"); without one a niece is someone else (a carer, an older child)
_YOUNG_KIN = _SIBLINGS | frozenset(("keponakan", "ponakan", "niece", "nephew", "cousin"))
# longer than the baby blues: ten days and more (as low_mood_weeks' min_hours)
_BLUES_HOURS = 240
# a birth or the operation, dated by the past cue after it ("melahirkan minggu lalu", "delivered last week",
# "melahirkan 2 minggu lalu")
_BIRTH_DATED = frozenset(("lahir", "dilahirkan", "lahiran", "born", "melahirkan", "persalinan", "birth", "delivered",
                          "delivery", "sesar", "caesar", "caesarean", "cesarean", "section", "sc"))
_BORN = frozenset(("lahir", "dilahirkan", "lahiran", "born", "newborn", "arrived"))
_RELATIVES = frozenset(("niece", "nephew", "son", "daughter", "keponakan", "ponakan", "cousin", "putra", "putri"))
_GROWN = frozenset(("teenage", "teen", "teenaged", "adult", "grown", "grownup", "older", "elder", "eldest", "remaja",
                    "dewasa", "big"))


def _skeleton(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)


_YEARS = frozenset(("tahun", "thn", "th", "taun", "years", "year", "yrs", "yr", "yo"))
# words between a child and its age: "anak pertama saya (4 tahun)", "my eldest, aged 3"
_AGE_BRIDGE = frozenset(("umur", "usia", "age", "aged", ",", "sudah", "udah", "yang", "saya", "aku", "ku", "is", "who",
                         "now", "pertama", "kedua", "ketiga", "sulung", "first", "eldest", "oldest", "older"))


def _years_old(clause, j: int) -> bool:
    """A child named with an age of two years or more just after ("anak pertama saya (4 tahun)",
    "my son, 3 years old"): no baby of the breastfeeding story."""
    words = [t.w for t in clause[j:j + 4]]
    for k, w in enumerate(words[:-1]):
        if w.startswith("#") and words[k + 1] in _YEARS and (_number(w[1:]) or 0) >= 2:
            return all(x in _AGE_BRIDGE for x in words[:k])
    return False


def _age_in_days(toks) -> float | None:
    """The baby's age in days when the message gives it in days ("day 2", "hari ke-3", "2 days old",
    "umur 3 hari"), else None."""
    words = [t.w for t in toks]
    for k, w in enumerate(words):
        # "di hari ketiga", "on the third day": the day of life told as an ordinal
        if w in ("hari", "day") and k + 1 < len(words) and words[k + 1] in _ORDINAL_DAYS:
            return float(_ORDINAL_DAYS[words[k + 1]])
        if w in _ORDINAL_DAYS and k + 1 < len(words) and words[k + 1] == "day" and k and words[k - 1] == "the":
            return float(_ORDINAL_DAYS[w])
        if not w.startswith("#"):
            continue
        value = _number(w[1:])
        if value is None:
            continue
        before = words[k - 1] if k else ""
        before2 = words[k - 2] if k > 1 else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        after2 = words[k + 2] if k + 2 < len(words) else ""
        if before in ("day", "hari") or (before == "ke" and before2 == "hari"):
            return value
        if after in ("day", "days", "hari") and (after2 == "old" or before in ("umur", "usia", "bayi", "baby") or (
                before in ("saya", "aku", "ku", "kami") and before2 in ("bayi", "baby", "anak"))):  # "bayi saya 3 hari"
            return value
    return None


_ORDINAL_DAYS = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8,
                 "kesembilan": 9, "kesepuluh": 10, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_BIRTH_WORDS = frozenset(("melahirkan", "lahiran", "persalinan", "bersalin", "lahir", "partus", "birth", "delivery",
                          "delivered", "postpartum", "pasca", "nifas", "born", "section", "sesar", "caesarean", "sc"))


def _days_since_birth(words: list[str], age: float | None) -> float | None:
    """The day after the birth the message tells of: the baby's age in days, or "hari ketiga setelah
    melahirkan", "baru 4 hari lahiran", "3 days after the birth" (days beside a birth word)."""
    if age is not None:
        return age
    for k, w in enumerate(words):
        value = _ORDINAL_DAYS.get(w) if k and words[k - 1] in ("hari", "day") else None
        if value is None and w.startswith("#") and k + 1 < len(words) and words[k + 1] in ("hari", "day", "days"):
            value = _number(w[1:])
        if value is not None and not _BIRTH_WORDS.isdisjoint(words[max(0, k - 4):k + 6]):
            return value
    return None


def _skeletons(word: str) -> set[str]:
    sk = _skeleton(word)
    return {sk, sk.replace("ng", "g")}


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for i, j in sorted(spans):
        if out and i <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], j)
        else:
            out.append([i, j])
    return [(i, j) for i, j in out]


# where a pain or a rash spreads to, told ("a pressure in my chest that spreads to my left arm and jaw")
_SPREAD_TO = frozenset(("arm", "arms", "lengan", "tangan", "jaw", "rahang", "back", "punggung", "neck", "leher", "shoulder",
                        "shoulders", "bahu", "belly", "perut", "face", "wajah", "muka", "body", "badan", "tubuh"))
_LAST_FED = frozenset(("menyusu", "fed", "nenen", "disusui"))
_LATER = frozenset(("nanti", "kelak", "later", "someday", "besok", "tomorrow"))
_FOR_EXAMPLE = frozenset(("misal", "misalnya", "misalkan", "semisal", "umpama", "umpamanya"))
_ELAPSED = re.compile(r"\b(?:sudah|udah|already) #\d+(?:[.,]\d+)? (?:hari|jam|minggu|malam|days?|hours?|weeks?|nights?)\b")
_THE_SAME = frozenset(("the", "that", "tadi", "tersebut", "tsb"))  # "did the fever ...", "itu tadi demam": the one told
_THE_SAME_AFTER = frozenset(("tadi", "itu", "tersebut", "tsb", "kemarin"))  # "apa demam tadi bikin ...?"
_IT_OVER = frozenset(("it", "its", "itu", "semuanya", "everything"))
_RATE_WORDS = frozenset(("breathing", "breaths", "respiratory", "respiration", "rr", "pulse", "nadi", "napas", "nafas",
                         "napasnya", "nafasnya", "nadinya", "hr", "bpm"))
_PER = frozenset(("a", "per", "x", "kali", "times", "every", "each", "tiap", "setiap"))
_MINUTE = frozenset(("minute", "min", "mins", "menit", "bpm", "mnt"))


def _a_rate(clause, m) -> bool:
    """A number told as breaths or beats: right after a breathing or pulse word, or "per minute" after it."""
    if m.i >= 1 and clause[m.i - 1].w in _RATE_WORDS:
        return True
    after = [t.w for t in clause[m.j:m.j + 3]]
    while after and after[0] in _PER:
        after.pop(0)
    return bool(after) and after[0] in _MINUTE


def _is_reading(text: str) -> bool:
    """A temperature (34-43) or a blood pressure (140/90) as typed: a reading she took."""
    if "/" in text:
        return True
    value = _number(text)
    return value is not None and 34 <= value <= 43


_WITHOUT = frozenset(("without", "tanpa"))
_MOVES = frozenset(("stand", "get", "sit", "walk", "move", "berdiri", "bangun", "duduk", "jalan", "berjalan", "bergerak"))
_DECADE_BEFORE = frozenset(("the", "tahun", "thn", "th", "era", "zaman", "jaman", "dekade", "early", "late", "mid"))


def _is_decade(text: str) -> bool:
    """"70", "1970", "2000": a number that names a decade when "s" or "an" follows it."""
    n = _number(text)
    return n is not None and n == int(n) and int(n) % 10 == 0 and (20 <= n <= 90 or 1900 <= n <= 2090)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
