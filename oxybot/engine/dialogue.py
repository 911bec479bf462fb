"""Conversations: a follow-up understood from what came before. Plain Python, no UI.

Use::

    convo = Conversation()
    engine.answer("asi eksklusif sampai umur berapa?", context=convo)
    a = engine.answer("manfaatnya apa?", context=convo)   # asi/benefits, a.context == "asi/exclusive_duration"
    convo.clear()                                          # "New conversation"

``Engine.answer(question, context=convo)`` answers and records the turn in ``convo``; a button (did you
mean, a follow-up, "Maksud Ibu ...?") goes through ``Engine.answer_intent(intent_id, lang,
context=convo)`` so the conversation knows what was shown. Without ``context`` nothing changes.

How a turn is decided (``Engine._answer_in``, with the helpers below), after the question has been
answered on its own:

1. a danger sign is answered as a danger sign, whatever came before; after one, a turn about it
   (``Dialogue.stays_with_danger``: "is that serious?", "can the massage help with that?") gets the
   referral again; greetings and thanks as such;
2. the question is read for cues (content/frames.yaml): the focus it names ("pijat", "ASI eksklusif"),
   the type of question ("berapa lama", "is it safe"), words that point back ("itu", "-nya", "it")
   and words that start a turn to something else ("kalau ...", "and what about ...");
3. a question that names its focus and asks something of it stands on its own: the answer alone is
   kept. Context never overrides it, never turns an out-of-scope answer into an in-scope one, and
   never outweighs a keyword of the answer alone ("RCT", "Saidah"). Only when the matcher was unsure
   (did you mean) or read it as small talk, and the focus it names is what the conversation is about,
   is it answered from its own focus and type ("bedanya apa sama oksitosin?" after prolactin);
4. an incomplete one is resolved against the last answered turn: keep its focus and take the new type
   ("berapa lama?"), or keep its type and take the new focus ("kalau habis sesar?"); a narrow focus
   with no answer of that type falls back to its parent (after-caesarean -> massage). A vague type
   ("how?") is read by what the last answer was (a claim: its mechanism); evidence asked of a claim
   with no study of its own is that answer; a study detail of a subject no study is about goes to
   the studies as a whole. A short question naming only a detail of the last answer ("ibunya lahiran
   normal atau sesar?" after a study) stays on it (``refers_back``), and a short turn to a subject
   ("kalau pijat oksitosin ngaruh ga?") asks its own type of it (``turn_reading``);
5. oxybot asks which was meant (``ambiguous``, two ``suggestions``) instead of guessing when the last
   question named two focuses that answer the new type differently, when only a narrower focus
   answers it ("berapa lama?" after "apa itu ASI?": exclusive breastfeeding, or the massage as the
   words alone say), or when a word of the question's own points the answer alone elsewhere in the
   same subject family ("why might it be low?" after "how much milk?").
"""

from __future__ import annotations

from .records import Record

HOW_TO = "how_to"  # what to do, when nothing comes next
WHY = "why"  # a cause asked ("why does that happen?")
VAGUE_HOW = "how"  # the vague type a loose one stands for beside a subject of its own
ANY_TYPE = "any"  # a frame type that answers every type: out-of-scope focuses stay out of scope
MAX_FOLLOWUP_TERMS = 6  # longer questions carry their own subject
MAX_FOCUS_SHIFT_TERMS = 4  # "kalau habis sesar?", "and what about dates?"
MAX_BARE_FOCUS_TERMS = 3  # "pijat oksitosin?", "asi eksklusif?": nothing but a subject
MAX_FRAMES = 4
MAX_IMPLIED_EXTRA = 2  # words of her own beside a concept the last answer implies ("altogether", "langsung")
MIN_ECHOED = 4  # "kalo anak udh 4 bln blh dikasih MPASI?": the subject and three more of the last answer's words
MAX_HOW_COME_TERMS = 6  # "kok bisa ngaruh ke asi? kan yg dipegang punggung"
MAX_DANGER_FOLLOWUP_TERMS = 5  # "maybe I'm just tired, would the massage help my mood?"
EARLIER_WITHIN = 2  # a bare follow-up may reach the subject answered this many turns before the last one
STUDY_DETAILS = frozenset({"who_studied", "statistics", "measured"})  # what one study of several gives
# what a turn quoting a figure of the last answer asks of it: whether it holds, how it compares, why
FIGURE_ECHO_TYPES = frozenset({"evidence", "compared_with", "doubt", "why", "statistics"})
NEW_QUESTION_WITHIN = 3  # "different question" counts among the first words ("ok totally different question")


class Frame(Record):
    """What one answered turn was about. types: those of its intent, the ones the question asked
    first; mentioned: other focuses the question named. pending: (Canonical, text) of a question
    whose cues are read only if a follow-up needs them (most turns never do: it keeps turns cheap)."""

    __slots__ = ("turn", "intent", "topic", "focus", "types", "lang", "mentioned", "pending", "narrow", "score")
    _defaults = {"mentioned": (), "pending": None, "narrow": None, "score": 1.0}

    def __init__(self, turn, intent, topic, focus, types, lang, mentioned=(), pending=None, narrow=None):
        # one per answered turn: plain assignments (Record's generic __init__ costs a few µs a turn)
        self.turn, self.intent, self.topic, self.focus, self.types = turn, intent, topic, focus, types
        self.lang, self.mentioned, self.pending, self.narrow = lang, mentioned, pending, narrow
        self.score = 1.0  # the answer's score: a "not covered" read weakly holds its follow-ups less firmly


class Conversation:
    """The context of one chat: what earlier answers were about. Create one per chat, pass it as
    ``context=`` to ``Engine.answer`` / ``Engine.answer_intent``, ``clear()`` it for a new chat.

    turn: turns answered so far (the next answer gets turn + 1); frames: recent answered subjects,
    newest last; intent, topic, focus, type, lang: those of the last subject (None at the start);
    said: what the last MAX_FRAMES questions named that the triage reads later parts by (a caesarean:
    "the wound" is its wound), every turn, danger signs included."""

    def __init__(self):
        self.turn = 0
        self.frames: list[Frame] = []
        self.lang: str | None = None
        self.said: list[frozenset[str]] = []
        self._concepts: frozenset[str] | None = None
        # (the referral answered, its triage Assessment or None): a danger sign she told, which the
        # next turns stay with while they ask about it ("can the massage help with that?")
        self.alarm: tuple | None = None
        # the letter reader's answer to this turn, given only if the context reads nothing better
        self._liked = None

    def clear(self) -> None:
        self.turn = 0
        self.frames.clear()
        self.lang = None
        self.said.clear()
        self._concepts = None
        self.alarm = None

    @property
    def concepts(self) -> frozenset[str]:
        """The triage concepts named in recent turns (Triage.assess ``earlier``)."""
        if self._concepts is None:  # read once per turn: kept until the next turn is heard
            self._concepts = frozenset().union(*self.said)
        return self._concepts

    def _heard(self, concepts: frozenset[str]) -> None:
        self.said.append(concepts)
        del self.said[:-MAX_FRAMES]
        self._concepts = None

    @property
    def last(self) -> Frame | None:
        return self.frames[-1] if self.frames else None

    @property
    def intent(self) -> str | None:
        return self.last.intent if self.last else None

    @property
    def topic(self) -> str | None:
        return self.last.topic if self.last else None

    @property
    def focus(self) -> str | None:
        return self.last.focus if self.last else None

    @property
    def type(self) -> str | None:
        return self.last.types[0] if self.last and self.last.types else None

    def _push(self, frame: Frame | None) -> None:
        if frame is not None:
            self.frames.append(frame)
            del self.frames[:-MAX_FRAMES]

    def __repr__(self) -> str:
        return f"Conversation(turn={self.turn}, intent={self.intent!r}, focus={self.focus!r}, lang={self.lang!r})"


class Cues(Record):
    """What a question says about itself: focuses and types it names (longest cue first), its text,
    its informative words that no cue explains; back: whether it points back (None: not read yet,
    see Dialogue.points_back)."""

    __slots__ = ("focuses", "types", "text", "residual", "n_terms", "tokens", "back", "shift", "_raw", "echo")
    _defaults = {"tokens": (), "back": None, "shift": None, "_raw": None, "echo": False}

    def __init__(self, focuses, types, text, residual, n_terms, tokens=(), back=None, shift=None, _raw=None,
                 echo=False):
        # read for every turn of a conversation: plain assignments, like Frame
        self.focuses, self.types, self.text, self.residual, self.n_terms = focuses, types, text, residual, n_terms
        self.tokens, self.back, self.shift, self._raw, self.echo = tokens, back, shift, _raw, echo

    @property
    def raw(self) -> list[str]:
        """The question's words as typed (read once, only if a rule needs them)."""
        if self._raw is None:
            from .normalize import raw_tokens

            self._raw = raw_tokens(self.text)
        return self._raw


class Dialogue:
    """The compiled frames table (content/frames.yaml) and the follow-up rules. Built once with the
    engine (and pickled with it); holds no conversation state."""

    def __init__(self, data: dict | None, normalizer):
        data = data or {}
        self.frames: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.table: dict[tuple[str, str], str] = {}
        self.focus_default: dict[str, str] = {}
        self.parents: dict[str, str] = {}
        self.near: dict[str, tuple[str, ...]] = {}  # focus -> neighbours, tried after it and its parents
        self.covers: dict[str, frozenset[str]] = {}  # intent -> focuses it is also about (no ambiguity)
        self.owner: dict[str, str] = {}  # type -> the one intent answering it, when only one does
        self.keeps: dict[str, frozenset[str]] = {}  # intent -> types it answers when it was the last answer
        self.clarify = {k: str(v) for k, v in (data.get("clarify") or {}).items()}
        # a follow-up it could not place: asked back about the subject before ("unplaced"), unless it opens
        # with a word that sets it aside as something else ("btw", "ngomong-ngomong")
        self.unplaced = {k: str(v) for k, v in (data.get("unplaced") or {}).items()}
        from .normalize import raw_tokens
        self._aside_strs = tuple(f" {' '.join(raw_tokens(p))} " for p in data.get("aside") or () if raw_tokens(p))
        # a question's terms join a concept's words into one token ("stres" -> "#stress"): a cue that
        # explains one of those words explains the token too
        words_of = getattr(normalizer, "concept_words", None)
        self.concept_words: dict[str, frozenset[str]] = words_of() if words_of else {}
        # concept -> the word sequences of its names ("#letdown_sign": "other side dripping" ...)
        self.concept_names: dict[str, tuple[frozenset[str], ...]] = {}
        for table in (getattr(normalizer, "_concept_seqs", None) or {}, getattr(normalizer, "_strict_seqs", None) or {}):
            for seq, token in table.items():
                self.concept_names[token] = self.concept_names.get(token, ()) + (frozenset(seq),)
        self.generic = frozenset(_cue_phrases(data.get("generic_types")))
        # "how?" alone: what it asks depends on the answer before it (a claim: how that comes about)
        self.vague: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for name, spec in (data.get("vague") or {}).items():
            if isinstance(spec, dict):
                self.vague[name] = (tuple(_cue_phrases(spec.get("after_claim"))), tuple(_cue_phrases(spec.get("otherwise"))))
        self.claim_types = frozenset(_cue_phrases(data.get("claim_types")))
        self.self_types = frozenset(_cue_phrases(data.get("self_types")))
        self.subject_types = frozenset(_cue_phrases(data.get("subject_types")))
        self.detail_types = frozenset(_cue_phrases(data.get("detail_types")))
        self.more_types = frozenset(_cue_phrases(data.get("more_types")))
        self.name_types = frozenset(_cue_phrases(data.get("name_types")))
        self.bridges = []
        for spec in data.get("bridges") or []:
            if isinstance(spec, dict):
                self.bridges.append((frozenset(_cue_phrases(spec.get("after"))), str(spec.get("focus")),
                                     frozenset(_cue_phrases(spec.get("types"))), str(spec.get("intent"))))
        self.loose_types = frozenset(_cue_phrases(data.get("loose_types")))
        self.background = frozenset(_cue_phrases(data.get("background")))
        self.study_outcomes = frozenset(_cue_phrases(data.get("study_outcomes")))
        study_detail = data.get("study_detail") if isinstance(data.get("study_detail"), dict) else {}
        self._study_done = frozenset(_cue_phrases(study_detail.get("done")))
        self._study_settings = frozenset(_cue_phrases(study_detail.get("settings")))
        self._study_pointer = frozenset(_cue_phrases(study_detail.get("pointer")))
        self.qualified_types = frozenset(_cue_phrases(data.get("qualified_types")))
        self.echo_types = frozenset(_cue_phrases(data.get("echo_types")))
        self.cause_types = frozenset(_cue_phrases(data.get("cause_types")))
        self.affect_types = frozenset(_cue_phrases(data.get("affect_types")))
        self.suspect_types = frozenset(_cue_phrases(data.get("suspect_types")))
        audience = data.get("audience") if isinstance(data.get("audience"), dict) else {}
        self.audience_types = frozenset(_cue_phrases(audience.get("types")))
        self.audience_of = frozenset(_cue_phrases(audience.get("of")))
        self.effect_on = frozenset(_cue_phrases(data.get("effect_on")))
        self.effect_on_remedy = frozenset(_cue_phrases(data.get("effect_on_remedy")))
        early = data.get("too_early") if isinstance(data.get("too_early"), dict) else {}
        self.too_early = {str(k): (str(v.get("answer")), int(v.get("months", 0))) for k, v in early.items()
                          if isinstance(v, dict) and isinstance(v.get("answer"), str) and isinstance(v.get("months"), int)}
        # number words before "bulan"/"months" ("empat bulan"), and words that are an age in months themselves ("sebulan")
        words = data.get("month_numbers") if isinstance(data.get("month_numbers"), dict) else {}
        ages = data.get("month_ages") if isinstance(data.get("month_ages"), dict) else {}
        self.number_words = frozenset(str(k) for k in words)
        self.month_numbers = {str(k): int(v) for k, v in (*words.items(), *ages.items()) if isinstance(v, int)}
        fallback = data.get("fallback") if isinstance(data.get("fallback"), dict) else {}
        self.fallback = {str(k): str(v) for k, v in fallback.items() if isinstance(v, str)}
        goals = data.get("goals") if isinstance(data.get("goals"), dict) else {}
        self.goals = {str(k): str(v) for k, v in goals.items() if isinstance(v, str)}
        self.goals_after = frozenset(_cue_phrases(data.get("goals_after")))
        fails = data.get("if_it_fails") if isinstance(data.get("if_it_fails"), dict) else {}
        self.fails_after = frozenset(_cue_phrases(fails.get("after")))
        self.fails_when = frozenset(t for p in _cue_phrases(fails.get("when")) for t in normalizer.canonical(p, repair=False).tokens)
        self.fails_said = tuple({tuple(normalizer.canonical(p, repair=False).tokens) for p in _cue_phrases(fails.get("said"))} - {()})
        self.fails_intent = fails.get("intent") if isinstance(fails.get("intent"), str) else None
        self.weighed = tuple(
            (frozenset("#" + c for c in w["goal"]), frozenset("#" + c for c in w["covered"]), frozenset(w["not_covered"]),
             w["intent"]) for w in (data.get("weighed") or ()) if isinstance(w, dict))
        cues: list[tuple[frozenset, int, str, str]] = []  # (tokens, order, kind, name)
        self._cue_terms: dict[frozenset, frozenset] = {}  # a focus cue's tokens -> its terms
        for name, spec in (data.get("focuses") or {}).items():
            spec = spec if isinstance(spec, dict) else {}
            if isinstance(spec.get("parent"), str):
                self.parents[name] = spec["parent"]
            if isinstance(spec.get("near"), list):
                self.near[name] = tuple(str(n) for n in spec["near"])
            for phrase in _cue_phrases(spec.get("cues")):
                cues.append((_cue_tokens(normalizer, phrase), 0, "focus", name))
                # the terms the cue is read as ("oksitosin" -> "#oxytocin"): what a contrast sets aside
                # ("besides oxytocin") is read in terms
                self._cue_terms[cues[-1][0]] = frozenset(normalizer.canonical(phrase, repair=False).terms)
        for name, spec in (data.get("types") or {}).items():
            for phrase in _cue_phrases(spec):
                cues.append((_cue_tokens(normalizer, phrase), 1, "type", name))
        # longest cue first, a focus before a type of the same length ("kompres" names the focus)
        self.cues = sorted((c for c in cues if c[0]), key=lambda c: (-len(c[0]), c[1]))
        self._focus_tokens: dict | None = None  # focus -> the token sets that name it (read when first needed)
        self._focus_concepts: dict | None = None  # focus -> the concepts its cues name (read when first needed)
        # read again on most follow-ups, the same for every conversation: kept once read (content only)
        self._chains: dict[str, frozenset[str]] = {}  # focus -> itself and its parents
        self._known: dict[tuple, frozenset[str]] = {}  # (intent, focus) -> its chain and what it covers
        self._families: dict[tuple, frozenset[str]] = {}  # (intent, focus) -> family()
        self._mentions: dict[tuple[str, str], bool] = {}  # (intent, focus) -> its answer's words name the focus
        # one-word cues (most of them) by their word; longer ones by each of their words, tried first
        self._single: dict[str, tuple[str, str]] = {}
        self._cues_by_token: dict[str, list[int]] = {}
        # a longer cue matches only with all its words, so it is filed under one of them: the one
        # fewest cues share ("sebelum atau sesudah menyusui" under "sebelum", not "atau")
        shared: dict[str, int] = {}
        for tokens, _, _, _ in self.cues:
            for t in tokens:
                shared[t] = shared.get(t, 0) + 1
        for n, (tokens, _, kind, name) in enumerate(self.cues):
            if len(tokens) == 1:
                self._single.setdefault(next(iter(tokens)), (kind, name))
            else:
                rarest = min(sorted(tokens), key=lambda t: shared[t])
                self._cues_by_token.setdefault(rarest, []).append(n)
        for intent_id, spec in (data.get("frames") or {}).items():
            if not isinstance(spec, dict) or not isinstance(spec.get("focus"), str):
                continue
            types = spec.get("type")
            types = tuple(types) if isinstance(types, list) else (types,) if isinstance(types, str) else ()
            self.frames[intent_id] = (spec["focus"], types)
            self.covers[intent_id] = frozenset(_cue_phrases(spec.get("covers")))
            self.keeps[intent_id] = frozenset(_cue_phrases(spec.get("keeps")))
            self.focus_default.setdefault(spec["focus"], intent_id)
            for t in types:
                self.table.setdefault((spec["focus"], t), intent_id)
        # intent -> every type it answers when it was the last answer (its own and those it keeps)
        self.answers = {i: frozenset(types) | self.keeps.get(i, frozenset()) for i, (_, types) in self.frames.items()}
        # focus -> itself and every focus under it (an answer there answers a question about it)
        self.narrower: dict[str, tuple[str, ...]] = {}
        for f in self.focus_default:
            for up in self._chain(f):
                self.narrower.setdefault(up, ())
                self.narrower[up] += (f,)
        by_type: dict[str, set[str]] = {}
        for (_, t), intent_id in self.table.items():
            by_type.setdefault(t, set()).add(intent_id)
        self.owner = {t: next(iter(ids)) for t, ids in by_type.items() if len(ids) == 1 and t != ANY_TYPE}
        # self types no subject answers of its own ("which is right?", "is that normal?"): always the last answer's
        self.own_only = frozenset(t for t in self.self_types if t not in by_type and t not in self.subject_types)
        back = data.get("followup") or {}
        words: set[str] = set()
        phrases: set[tuple[str, ...]] = set()
        from .normalize import raw_tokens

        for lang in ("id", "en"):
            for phrase in _cue_phrases(back.get(lang)):
                toks = tuple(raw_tokens(phrase))
                if len(toks) == 1:
                    words.add(toks[0])
                elif toks:
                    phrases.add(toks)
        self.back_words = frozenset(words)
        # the words that name a subject: "-nya" on them is a possessive ("asinya": her milk), no pointer
        self.focus_words = frozenset(p for lang in ("id", "en") for spec in (data.get("focuses") or {}).values()
                                     if isinstance(spec, dict) and isinstance(spec.get("cues"), dict)
                                     for p in _cue_phrases(spec["cues"].get(lang)) if " " not in p)
        self.back_phrases = frozenset(phrases)
        shift = data.get("shift") or {}
        self.shift_starts = tuple(sorted({tuple(raw_tokens(p)) for lang in ("id", "en")
                                          for p in _cue_phrases(shift.get(lang))} - {()}, key=len, reverse=True))
        anew = data.get("new_question") if isinstance(data.get("new_question"), dict) else {}
        self.new_question = tuple(sorted({tuple(raw_tokens(p)) for lang in ("id", "en")
                                          for p in _cue_phrases(anew.get(lang))} - {()}, key=len, reverse=True))
        self._new_question_by_word = _by_first_word(self.new_question)
        self.back_suffixes = tuple(s for s in _cue_phrases(back.get("suffix")))
        self.also_words = frozenset(w for p in _cue_phrases(back.get("also")) for w in raw_tokens(p))
        danger = data.get("after_danger") if isinstance(data.get("after_danger"), dict) else {}
        self.danger_note = {k: str(v) for k, v in (danger.get("note") or {}).items()}
        cue_words: set[str] = set()
        cue_phrases: set[tuple[str, ...]] = set()
        for lang in ("id", "en"):
            for phrase in _cue_phrases((danger.get("cues") or {}).get(lang)):
                toks = tuple(raw_tokens(phrase))
                (cue_words.add(toks[0]) if len(toks) == 1 else cue_phrases.add(toks)) if toks else None
        self.danger_words, self.danger_phrases = frozenset(cue_words), frozenset(cue_phrases)
        self.remedies = frozenset(_cue_phrases(danger.get("remedies")))
        self.remedy_types = frozenset(_cue_phrases(danger.get("remedy_types")))
        own = danger.get("own_focuses") if isinstance(danger.get("own_focuses"), dict) else {}
        self.own_focuses = {str(k): frozenset(_cue_phrases(v)) for k, v in own.items()}
        self.remedy_words = frozenset(w for lang in ("id", "en") for p in _cue_phrases((danger.get("remedy") or {}).get(lang))
                                      for w in raw_tokens(p))
        self.going_phrases = tuple(sorted({tuple(raw_tokens(p)) for lang in ("id", "en")
                                   for p in _cue_phrases((danger.get("going") or {}).get(lang))} - {()}, key=len, reverse=True))
        self._going_strs = tuple(" " + " ".join(p) + " " for p in self.going_phrases)
        self.delay_words = frozenset(w for p in _cue_phrases(danger.get("delay")) for w in raw_tokens(p))
        self._recovered_strs = tuple(" " + " ".join(raw_tokens(p)) + " " for lang in ("id", "en")
                                     for p in _cue_phrases((danger.get("recovered") or {}).get(lang)) if raw_tokens(p))
        self._defer_strs = tuple(" " + " ".join(raw_tokens(p)) + " " for lang in ("id", "en")
                                 for p in _cue_phrases((danger.get("defer") or {}).get(lang)) if raw_tokens(p))
        # "should I try the massage first to get more milk into him?": a remedy put before going
        self.first_words = frozenset(w for lang in ("id", "en") for p in _cue_phrases((danger.get("first") or {}).get(lang))
                                     for w in raw_tokens(p))
        self.not_suffix = frozenset(raw_tokens(" ".join(_cue_phrases(back.get("not_suffix")))))
        # "terus?", "contohnya?", "go on?": nothing but a word that asks the last answer to go on
        self.back_tokens = frozenset(t for w in self.back_words for t in normalizer.canonical(w, repair=False).tokens)
        # emphasis that asks nothing ("what can I actually do?", "beneran"): no word of the question's own
        self.filler = frozenset(t for p in _cue_phrases(data.get("filler")) for t in normalizer.canonical(p, repair=False).terms)
        self._unasked = self.back_words | self.filler
        self.go_on = frozenset(tuple(t for t in normalizer.canonical(p, repair=False).tokens if t not in self.back_tokens)
                               for p in _cue_phrases(data.get("go_on"))) - {()}
        self.go_on_then = frozenset(tuple(t for t in normalizer.canonical(p, repair=False).tokens if t not in self.back_tokens)
                                    for p in _cue_phrases(data.get("go_on_then"))) - {()}
        self.then_types = tuple(_cue_phrases(data.get("then_types")))
        # things one does ("what else besides rest?" after the causes asks for other things to do)
        self.doings = frozenset(t for p in _cue_phrases(data.get("doings"))
                                for t in normalizer.canonical(p, repair=False).terms)
        self.timed_types = frozenset(_cue_phrases(data.get("timed_types")))
        self.timed_also = frozenset(_cue_phrases(data.get("timed_also")))
        self.one_of = tuple(sorted({tuple(raw_tokens(p)) for p in _cue_phrases(data.get("one_of"))} - {()},
                                   key=len, reverse=True))
        self.either_or = frozenset(w for p in _cue_phrases(data.get("either_or")) for w in raw_tokens(p))
        self.identity = tuple(sorted({tuple(raw_tokens(p)) for p in _cue_phrases(data.get("identity"))} - {()},
                                     key=len, reverse=True))
        # phrases a question starts with, by their first word (read on most follow-ups: only those
        # starting with the question's first word are tried)
        self._shift_by_word = _by_first_word(self.shift_starts)
        self._one_of_by_word = _by_first_word(self.one_of)
        partial = data.get("partial_name") if isinstance(data.get("partial_name"), dict) else {}
        self.partial_name = {k: frozenset(w for p in _cue_phrases(partial.get(k)) for w in raw_tokens(p))
                             for k in ("after", "before") if partial.get(k)}
        self._which_one_by_word = _by_first_word(sorted(
            {tuple(raw_tokens(p)) for p in _cue_phrases(data.get("which_one"))} - {()}, key=len, reverse=True))
        self._identity_by_word = _by_first_word(self.identity)
        self.likeness = tuple({tuple(raw_tokens(p)) for p in _cue_phrases(data.get("likeness"))} - {()})
        why_so = data.get("that_is_why") if isinstance(data.get("that_is_why"), dict) else {}
        self._that_is_why_by_word = _by_first_word(sorted(
            {tuple(raw_tokens(p)) for lang in ("id", "en") for p in _cue_phrases(why_so.get(lang))} - {()},
            key=len, reverse=True))
        self.that_is_why_lead = frozenset(w for p in _cue_phrases(why_so.get("lead")) for w in raw_tokens(p))
        suspect = data.get("suspect_end") if isinstance(data.get("suspect_end"), dict) else {}
        self.suspect_end = tuple(sorted({tuple(raw_tokens(p)) for lang in ("id", "en") for p in _cue_phrases(suspect.get(lang))}
                                        - {()}, key=len, reverse=True))
        self.suspect_tail = frozenset(w for p in _cue_phrases(suspect.get("tail")) for w in raw_tokens(p))
        self.suspect_not_with = frozenset(_cue_phrases(suspect.get("not_with")))
        self.conclusion_lead = frozenset(w for p in _cue_phrases(data.get("conclusion_lead")) for w in raw_tokens(p))
        how_come = data.get("how_come") if isinstance(data.get("how_come"), dict) else {}
        self._how_come_by_word = _by_first_word(sorted(
            {tuple(raw_tokens(p)) for lang in ("id", "en") for p in _cue_phrases(how_come.get(lang))} - {()},
            key=len, reverse=True))
        self.how_come_lead = frozenset(w for p in _cue_phrases(how_come.get("lead")) for w in raw_tokens(p))
        self.how_come_outcomes = frozenset(_cue_phrases(how_come.get("outcomes")))
        # phrases looked for anywhere, as " a b " strings
        self._back_strs = tuple(" " + " ".join(p) + " " for p in self.back_phrases)
        self._danger_strs = tuple(" " + " ".join(p) + " " for p in self.danger_phrases)
        # chat spellings ("skrg" -> "sekarang"), for the words a turn after a danger sign weighs
        lexicon = getattr(normalizer, "lexicon", None)
        self.spelling: dict[str, tuple[str, ...]] = {
            k: tuple(w for v in vs for w in v.split()) for k, vs in (getattr(lexicon, "spelling", None) or {}).items()}

    @property
    def enabled(self) -> bool:
        return bool(self.frames)

    # -- reading a question -------------------------------------------------------------------------
    def cues_of(self, query, text: str) -> Cues:
        """``query``: the question's Canonical; ``text``: the question (for "-nya", "it": read later,
        and only if a rule needs them)."""
        focuses, types, explained = self._named(query)
        # a word that points back ("gt", "tsb") names nothing of its own, known to the content or not
        back = self._unasked
        if explained:
            concept_words = self.concept_words
            # ... all of them that the question says, when no subject is named: "other" of "the other
            # side starts dripping" (a sign of the let-down) asks for no more of the last answer, the
            # concept is what it names (a subject's cue, "sesar" of "lahiran normal atau sesar", does)
            # (the domain, breast milk or feeding, is no subject here: "... while she feeds?")
            named = any(f not in self.background for f in focuses)
            said = None
            residual = []
            for t in dict.fromkeys(query.terms):
                if t in explained or t in back:
                    continue
                words = concept_words.get(t)
                if words is not None and not words.isdisjoint(explained):
                    said = said if said is not None else set(query.tokens)
                    # (one of its names said, and all of that name a cue's words: "should I worry")
                    if named or any(n <= explained for n in self.concept_names.get(t, ()) if n <= said) \
                            or not any(n <= said for n in self.concept_names.get(t, ())):
                        continue
                residual.append(t)
        else:
            residual = [t for t in dict.fromkeys(query.terms) if t not in back]
        # the words as typed, when normalising the question read them already (most rules never need them)
        # (a word that points back, "di situ", is no word of the question's own: it makes no turn longer)
        n_terms = len(query.terms) - sum(1 for t in query.terms if t in back)
        if "what_is" in types and self.conclusion_lead:
            raw = getattr(query, "raw", None) or ()
            if raw and raw[0] in self.conclusion_lead and self._single.get(query.tokens[0]) == ("type", "what_is") \
                    and query.tokens.count(query.tokens[0]) == 1:
                # "berarti punyaku kurang?": "so" first, a conclusion drawn, no "what does it mean"
                types = [t for t in types if t != "what_is"]
                residual = [t for t in residual if t != query.tokens[0]]
                n_terms -= 1 if query.tokens[0] in query.terms else 0
        if "study_count" in types and "does_it_work" in types:
            # "how many of the studies said it helped?": the verdict over the studies, which counts them
            types = ["does_it_work"] + [t for t in types if t != "does_it_work"]
        if self.audience_of and any(t in self.audience_of for t in types):
            # "does it work for first-time mums?", "rekomendasi untuk nakes?": who a verdict is for, no
            # question of who (or of who was studied) beside it
            types = [t for t in types if t not in self.audience_types] or types
        return Cues(focuses, types, text, residual, n_terms, query.tokens, _raw=getattr(query, "raw", None))

    def _named(self, query) -> tuple[list[str], list[str], set[str]]:
        """The focuses and types a question names (cues_of), and the tokens that named them."""
        # (read for most turns of a conversation: each cue is tried only where its rarest word is)
        tokens = query.tokens
        left = set(tokens)
        focuses: list[str] = []
        types: list[str] = []
        explained: set[str] = set()
        by_token = self._cues_by_token
        tried = [n for t in left if t in by_token for n in by_token[t]]
        # "selain buat ASI, dia ngapain lagi?": a subject named just after a contrast word is set aside,
        # not asked about (the words the normaliser read after "selain", "besides", "tanpa" ...)
        aside = query.contrasted
        named: list[tuple[str, frozenset]] = []  # (focus, the cue words that named it)
        if tried:
            tried.sort()
            cues = self.cues
            for n in tried:
                words, _, kind, name = cues[n]
                if words <= left:
                    if kind == "type":
                        types.append(name)
                    elif not words <= aside:
                        focuses.append(name)
                        named.append((name, words))
                    explained |= words
                    left -= words
        single = self._single
        for t in tokens:  # in the question's order
            if t in single and t in left:
                kind, name = single[t]
                if kind == "type":
                    types.append(name)
                elif t not in aside:
                    focuses.append(name)
                    named.append((name, frozenset((t,))))
                explained.add(t)
        if aside and named and not self.more_types.isdisjoint(types):
            # "and the hormonal changes besides oxytocin?", "selain pijat ada lagi?": asked for more, the
            # subject named after "besides" is the one set aside, named by a concept's name ("oksitosin"
            # is "#oxytocin") too; "compared with" a subject ("dibanding kompres") still names it
            focuses = [f for f, words in named if not self._set_aside(words, aside)]
        if len(types) > 1:
            types = list(dict.fromkeys(types))
            # "what are the benefits?" asks about benefits: generic types count after specific ones
            generic = self.generic
            if not generic.isdisjoint(types):
                types = [t for t in types if t not in generic] + [t for t in types if t in generic]
        if len(focuses) > 1:
            focuses = list(dict.fromkeys(focuses))
        return focuses, types, explained

    def _set_aside(self, words: frozenset, aside: frozenset) -> bool:
        """Whether a focus cue's words name what a contrast set aside ("besides oxytocin", "selain pijat"):
        the words themselves, or the terms (concepts) they are read as."""
        if words <= aside:
            return True
        terms = self._cue_terms.get(words)
        return bool(terms) and terms <= aside

    def focus_concepts(self, focus: str | None, normalizer) -> frozenset[str]:
        """The lexicon concepts whose names are cues of ``focus`` ("kurma" -> #dates for the dates)."""
        if not focus:
            return frozenset()
        if self._focus_concepts is None:
            out: dict[str, set[str]] = {}
            for tokens, _, kind, name in self.cues:
                if kind == "focus":
                    terms = normalizer.canonical(" ".join(sorted(tokens)), repair=False).terms
                    out.setdefault(name, set()).update(t for t in terms if t.startswith("#"))
            self._focus_concepts = {k: frozenset(v) for k, v in out.items()}
        return self._focus_concepts.get(focus, frozenset())

    def shifts(self, cues: Cues) -> bool:
        """Whether the question starts by turning to something else: "kalau ...", "and what about ..."."""
        if cues.shift is None:
            cues.shift = _starts_with(cues.raw, self._shift_by_word)
        return cues.shift

    def sets_aside(self, cues: Cues) -> bool:
        """Whether the turn says it is about something else ("btw", "ngomong2", "unrelated, but ...")."""
        return self.starts_anew(cues) or self._says(cues, self._spelled(cues), self._aside_strs)

    def starts_anew(self, cues: Cues) -> bool:
        """Whether the question says, among its first words, that it asks about something else
        ("different question: ...", "ok, pertanyaan lain ya ...")."""
        return self.after_new_question(cues.raw) is not None

    def after_new_question(self, raw) -> list[str] | None:
        """The words after "different question", "ganti topik" ... said among the first words (None if
        it says no such thing)."""
        # (asked of every follow-up: only the phrases starting with one of its first words are tried)
        starts = self._new_question_by_word
        for i in range(min(NEW_QUESTION_WITHIN, len(raw))):
            found = starts.get(raw[i])
            if found:
                head = tuple(raw[:NEW_QUESTION_WITHIN + 3])
                for p in found:
                    if head[i:i + len(p)] == p:
                        return list(raw[i + len(p):])
        return None

    def points_back(self, cues: Cues) -> bool:
        """Whether the question points back: "it", "itu", "caranya", or a turn ("and how long?")."""
        if cues.back is None:
            raw = cues.raw
            back = any(w in self.back_words for w in raw) or any(
                w.endswith(self.back_suffixes) and len(w) >= 6 and w not in self.not_suffix for w in raw
            ) if self.back_suffixes else any(w in self.back_words for w in raw)
            if not back and self._back_strs:
                joined = " " + " ".join(raw) + " "
                back = any(p in joined for p in self._back_strs)
            cues.back = back or self.shifts(cues)
        return cues.back

    def frame_for(self, intent_id: str, cues: Cues | None, turn: int, topic: str, lang: str,
                  pending=None) -> Frame:
        """The frame an answered turn leaves in the conversation. ``cues``: the question's, when
        already read; else ``pending`` (its Canonical and text) to read them later if needed."""
        focus, types = self.frames.get(intent_id, (None, ()))
        frame = Frame(turn, intent_id, topic, focus, types, lang, (), pending if cues is None else None)
        if cues is not None:
            self._apply(frame, cues)
        return frame

    def _apply(self, frame: Frame, cues: Cues) -> None:
        self._apply_named(frame, cues.focuses, cues.types)

    def _apply_named(self, frame: Frame, focuses: list[str], types: list[str]) -> None:
        if types:
            asked = [t for t in types if t in frame.types]
            if asked:
                frame.types = tuple(asked) + tuple(t for t in frame.types if t not in asked)
        if not focuses:
            frame.mentioned = ()
            return
        chain = self.known(frame.intent, frame.focus)
        frame.mentioned = tuple(f for f in focuses if f not in chain)
        below = [f for f in frame.mentioned if f in self.narrower.get(frame.focus, ())] if frame.mentioned else ()
        if below and not chain.intersection(focuses):
            # "oksitosin itu hormon apa?" answered with both hormones: it asked about oxytocin
            frame.narrow = below[0]

    def settle(self, frame: Frame) -> Frame:
        """Read the cues a frame left pending (once)."""
        if frame.pending is not None:
            query, _ = frame.pending
            frame.pending = None
            focuses, types, _ = self._named(query)  # (only what it names: its other words are not read)
            self._apply_named(frame, focuses, types)
        return frame

    # -- resolving --------------------------------------------------------------------------------
    def _chain(self, focus: str):
        seen = set()
        while focus and focus not in seen:
            seen.add(focus)
            yield focus
            focus = self.parents.get(focus)

    def chain_set(self, focus: str | None) -> frozenset[str]:
        """``focus`` and its parents (kept once read)."""
        found = self._chains.get(focus)
        if found is None:
            found = self._chains[focus] = frozenset(self._chain(focus)) if focus else frozenset()
        return found

    def known(self, intent: str | None, focus: str | None) -> frozenset[str]:
        """The focuses an answer is about: its focus and the broader ones, and what it covers."""
        key = (intent, focus)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = self.chain_set(focus) | self.covers.get(intent, frozenset())
        return found

    def lookup(self, focus: str, types) -> str | None:
        """The intent answering ``types`` (in order) about ``focus`` or, failing that, its parents, or
        else its neighbours (``near``: the let-down after the hormones)."""
        chain = list(self._chain(focus))
        for f in chain:
            for t in types:
                hit = self.table.get((f, t)) or self.table.get((f, ANY_TYPE))
                if hit:
                    return hit
        for f in chain:
            for n in self.near.get(f, ()):
                for g in self._chain(n):
                    for t in types:
                        if (g, t) in self.table:
                            return self.table[(g, t)]
        return None

    def _expand(self, types, last: Frame, same_subject: bool = True) -> list[str]:
        """The types asked, a vague one ("how?") spelt out by what the last answer was: after a claim
        (it works, it raises oxytocin) how that comes about, otherwise how it is done.
        ``same_subject``: False when the question turns to a subject of its own; the claim was about
        another one, so "how?" of that subject is how it is done ("pijat punggung itu gimana?" after
        the causes of low milk)."""
        out: list[str] = []
        for t in types:
            if t in self.vague:
                claim, otherwise = self.vague[t]
                asked = last.types[0] if last.types and same_subject else None
                out.extend(claim if asked in self.claim_types else otherwise)
            else:
                out.append(t)
        return list(dict.fromkeys(out))

    def _owns(self, focus: str, types) -> bool:
        """Whether ``focus`` itself, or a narrower focus, has an answer of one of ``types`` (its parents'
        answers do not count: "sesar" has no study of its own, the massage it belongs to has)."""
        table = self.table
        return any((f, t) in table or (f, ANY_TYPE) in table for f in self.narrower.get(focus, (focus,)) for t in types)

    def _points_back_strictly(self, cues: Cues) -> bool:
        """Points back by a pronoun, by "-nya" on a word that names no subject ("ibunya", "caranya", not
        "asinya": that is her milk), or by starting with a turn ("kalau ...", "and ...")."""
        raw = cues.raw
        if any(w in self.back_words for w in raw) or self.shifts(cues):
            return True
        suffixes = self.back_suffixes
        for w in raw:
            if len(w) < 6 or not suffixes or not w.endswith(suffixes):
                continue
            for s in suffixes:
                if w.endswith(s) and w not in self.not_suffix and w[:-len(s)] not in self.focus_words:
                    return True
        if self._back_strs:
            joined = " " + " ".join(raw) + " "
            return any(p in joined for p in self._back_strs)
        return False

    def stays_with_danger(self, cues: Cues, strange: bool, other: bool, alarm: tuple = ()) -> bool:
        """After a danger sign: whether this turn asks about it rather than about something new. It
        weighs a remedy, waiting or going against it ("can the massage help with that?", "should I try
        the massage first?", "perlu ke rs sekarang?"), or it names no subject of its own and no word
        oxybot does not know ("terus harus gimana?", "is that serious?"). ``strange``: it has words the
        content never uses ("besok jakarta hujan?"); ``other``: on its own it is a question oxybot
        understood as small talk or as not covered ("bisa tanya apa aja?"). ``alarm``: the referral
        intents of the danger sign told; a focus that is that sign's own subject (calming her after
        thoughts of death: `own_focuses`) is no subject of its own ("can a back massage calm her?")."""
        if cues.n_terms > MAX_DANGER_FOLLOWUP_TERMS:
            return False
        # her words as typed and as the chat spellings stand for ("skrg" now, "bsk" tomorrow, "rn" right
        # now): "sy hrs ngapain skrg?" weighs what to do now as surely as "harus ngapain sekarang?"
        raw = cues.raw
        spelling = self.spelling
        spelled = [w for tok in raw for w in spelling.get(tok, (tok,))]
        words = set(raw).union(spelled)
        joined = " " + " ".join(raw) + " "
        joined_spelled = " " + " ".join(spelled) + " "
        weighs = any(w in self.danger_words for w in words) or any(
            p in joined or p in joined_spelled for p in self._danger_strs)
        own = frozenset().union(*(self.own_focuses.get(i, frozenset()) for i in alarm))
        focuses = [f for f in cues.focuses if f not in own]
        if focuses and len(focuses) < len(cues.focuses) and all(f in self.remedies for f in focuses):
            return True  # a remedy aimed at the danger's own subject ("bikin dia lebih tenang"), however asked
        if focuses:  # only a remedy weighed against it: "first solid foods" is a subject of its own
            if any(f in self.remedies for f in focuses) and self.first_words.intersection(words):
                return True  # a remedy tried first, whatever it is for ("try the massage first to get more milk")
            if any(self.table.get((f, ANY_TYPE)) for f in focuses):
                return False
            # "will the massage help?": a remedy and nothing else of its own
            # (breast milk itself is the domain, no subject of its own: "pijat dulu biar ASI-nya banyak?")
            alone = any(f in self.remedies for f in focuses) \
                and all(f in self.remedies or f in self.background for f in focuses) \
                and all(t in self.remedy_types for t in cues.types) \
                and self.remedy_words.intersection(words) and not [t for t in cues.residual if t not in self.remedy_words]
            return weighs or bool(alone)
        if weighs:
            return True  # "harus ke mana?" is no question about oxybot, whatever the words alone say
        if other:
            return False
        # a clause of its own ("and were they properly controlled?") makes it a question of its own
        return len(cues.residual) <= 1 and (not strange or self.points_back(cues))

    def going(self, cues: Cues) -> str | None:
        """After a danger sign, whether this turn says she is going or calling: None if not; "now" if
        it asks nothing ("oke aku ke puskesmas skrg ya", "I'll call the midwife now": no question mark,
        no word of waiting or a condition); "weighs" if it also weighs waiting or a condition ("sy ke
        bidan besok aja ya?", "or should I wait?", "but he's still yellow"): a question about the sign."""
        if not self._going_strs:
            return None
        spelled = self._spelled(cues)
        if not self._says(cues, spelled, self._going_strs):
            return None
        if self.delay_words.intersection(cues.raw) or self.delay_words.intersection(spelled):
            return "weighs"
        return "weighs" if "?" in cues.text else "now"

    def defers(self, cues: Cues) -> bool:
        """After a danger sign, whether a turn puts off going or talks the sign down ("can we just wait
        until tomorrow?", "she's probably just tired", "kliniknya jauh", "dijemur aja cukup"), however
        long it is: the referral is what it needs again."""
        return bool(self._defer_strs) and self._says(cues, self._spelled(cues), self._defer_strs)

    def _spelled(self, cues: Cues) -> list[str]:
        """Her words as the chat spellings stand for ("bsk": besok)."""
        return [w for tok in cues.raw for w in self.spelling.get(tok, (tok,))]

    @staticmethod
    def _says(cues: Cues, spelled: list[str], phrases: tuple[str, ...]) -> bool:
        """Whether one of ``phrases`` (each " "-padded) stands in her words as typed or as spelled."""
        joined = " " + " ".join(cues.raw) + " "
        joined_spelled = " " + " ".join(spelled) + " "
        return any(p in joined or p in joined_spelled for p in phrases)

    def for_after_recovery(self, cues: Cues) -> bool:
        """Whether a turn says what it asks is for once the danger sign is over ("once I'm better, ...",
        "nanti kalau udah sembuh ...")."""
        joined = " " + " ".join(cues.raw) + " "
        return any(p in joined for p in self._recovered_strs)

    def cause_reading(self, cues: Cues, last: Frame | None, unknown, recent=frozenset(), said=None, terms=()) -> list[str]:
        """After the causes of something ("why is my milk low?"), a short turn that asks whether one
        more thing affects it too ("kalo capek ngaruh?", "does pain when feeding affect it too?") asks
        whether that is a cause: the same answer. Not a remedy ("kalau pijat ngaruh?" asks whether the
        massage works), not a subject oxybot does not cover ("formula"), no word the content never uses.
        ``said(term)``: whether the last answer says a term (``terms``: the question's); with it, a bare "and X?" right after the
        causes ("and being wiped out tired?") asks the same of X when that answer names X among them."""
        if last is None or cues.n_terms > MAX_FOCUS_SHIFT_TERMS + 1 or last.intent not in self.frames:
            return []
        own = self.frames[last.intent][1]
        causes = last.intent if own and own[0] in self.cause_types else None
        if not cues.types:
            # nothing asked but a thing, in a turn that points back ("and being exhausted?", "kalau
            # begadang?"): one more suspect, when the causes just given name it (a subject with its own
            # answer that they do not name, "kalau sesar?", is a question of its own)
            if causes is None or said is None or not cues.focuses or cues.n_terms > 2 or cues.residual \
                    or any(f in self.remedies or self.table.get((f, ANY_TYPE)) for f in cues.focuses) \
                    or not self._points_back_strictly(cues):
                return []
            named = [t for t in terms if t.startswith("#")]
            return [causes] if named and all(said(t) for t in named) else []
        if causes is None and own and own[0] in self.affect_types and last.focus:
            # after what one thing does to milk (worry), "kalo capek ngaruh juga?" asks whether tiredness
            # is a cause too: the causes answer of a neighbour (stress is near low supply)
            causes = next((hit for f in (last.focus, *self.near.get(last.focus, ())) for t in self.cause_types
                           if (hit := self.table.get((f, t))) and self.frames[hit][1][:1] == (t,)), None)
        if causes is None and last.focus:
            # the causes were answered a turn or two ago, and what came since is about the same subject
            # ("kenapa ASI seret?" -> "terus?" -> "capek ngaruh?"): ``recent``, the intents answered lately
            causes = next((hit for t in self.cause_types if (hit := self.table.get((last.focus, t)))
                           and hit in recent and self.frames[hit][1][:1] == (t,)), None)
        # ("ibunya" asks who was studied only after a study: here it is just "the mother"; "all" of "all
        # night" asks for no more of the last answer beside a type that asks)
        asked = [t for t in cues.types if t not in self.more_types] or cues.types
        if any(t in self.affect_types for t in asked):
            # the suspect may be a pain ("can pain during feeds make it worse?"): its word also asks
            # whether something is safe, which beside "does it affect" it does not
            asked = [t for t in asked if t not in self.suspect_types] or asked
        if causes is None or not any(t in self.affect_types for t in asked) \
                or not all(t in self.affect_types or (t in self.detail_types and t not in own) for t in asked):
            return []
        if any(f in self.remedies or self.table.get((f, ANY_TYPE)) for f in cues.focuses):
            return []
        # it points back ("kalo capek ngaruh juga?"), or is nothing but a thing and "does it affect"
        # ("capek ngaruh?")
        if any(unknown(t) for t in cues.residual) or not (
                (cues.n_terms <= 2 and (cues.focuses or cues.residual)) or self._points_back_strictly(cues)):
            return []
        return [causes]

    def effect_on_reading(self, cues: Cues, terms, last: Frame | None, said_by, concepts_of=None) -> list[str]:
        """"ngaruh ke prolaktin jg?", "does it affect prolactin too?" after how the massage works: how
        the last subject acts on that hormone (content/frames.yaml ``effect_on``). ``terms``: the
        question's terms; ``said_by(intent)``: whether a term is in that answer's words;
        ``concepts_of(focus)``: the concepts naming a focus, for one named by a concept no cue word
        names ("hormon stres", "stress hormones": the concept of stress)."""
        if not self.effect_on or last is None or last.focus is None or last.focus in self.effect_on \
                or last.intent not in self.frames or not cues.types or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return []
        allowed = self.effect_on
        if self.effect_on_remedy and any(f in self.remedies for f in self._chain(last.focus)):
            allowed = allowed | self.effect_on_remedy  # "does it do anything to stress hormones too?" after the massage
        focuses = cues.focuses
        if not focuses and cues.residual and concepts_of is not None:
            # "ngaruh ke hormon stres jg?": every word of its own a concept of one of those subjects
            focuses = [next((f for f in sorted(allowed) if t in concepts_of(f)), None) for t in cues.residual]
            if None in focuses:
                return []
        elif cues.residual:
            return []
        # ("does it shift other hormones too?": what it does to more of them)
        asked = [t for t in cues.types if t != "more"]
        if not focuses or not all(f in allowed for f in focuses) or not asked or not all(t in self.affect_types for t in asked):
            return []
        if set(focuses) & set(self._chain(last.focus)):
            return []
        if not self.also_words.intersection(cues.raw) and not self._points_back_strictly(cues):
            return []  # "prolactin too?", "ngaruhnya ke oksitosin?": of the last subject, not on its own
        named = [t for t in terms if t.startswith("#") and t[1:] in focuses] or list(terms)
        for hit in (self.lookup(last.focus, ["how_it_works"]), last.intent):
            if hit and all(said_by(hit)(t) for t in named):
                return [hit]
        return []

    def how_come_reading(self, cues: Cues, terms, last: Frame | None, said_by) -> list[str]:
        """"kok bisa netes sendiri?" after the signs of the let-down, "how come it makes the milk flow?"
        after what the massage is: how the last subject comes about (content/frames.yaml ``how_come``).
        Nothing named but that subject or what it acts on, every other word the last answer's or the
        mechanism's own; ``said_by(intent)``: whether a term is in that answer's words."""
        if not self._how_come_by_word or last is None or last.focus is None or last.intent not in self.frames \
                or cues.n_terms > MAX_HOW_COME_TERMS:
            return []
        raw = cues.raw
        lead = 0
        while lead < len(raw) - 1 and raw[lead] in self.how_come_lead:
            lead += 1
        if not _starts_with(raw[lead:], self._how_come_by_word):
            return []
        chain = set(self._chain(last.focus))
        if any(f not in chain and f not in self.how_come_outcomes for f in cues.focuses):
            return []  # a subject of its own ("kok bisa asi saya seret?")
        hit = self.table.get((last.focus, "how_it_works"))  # its own, not a broader subject's
        if not hit:
            return []
        # (one word of its own beside words of those answers: "kan yg dipegang punggung", the back is held)
        unsaid = [t for t in cues.residual if not (said_by(last.intent)(t) or said_by(hit)(t))]
        if len(unsaid) > 1 or (unsaid and len(cues.residual) < 2):
            return []
        return [hit]

    def explained_by_last(self, cues: Cues, last: Frame | None) -> list[str]:
        """"is that why the midwife rubbed my back in labour?", "pantesan ASI-ku ngocor pas dipeluk suami":
        whether the last answer explains what she tells (content/frames.yaml ``that_is_why``): that
        answer. Never after an answer not covered (it stays so)."""
        if not self._that_is_why_by_word or last is None or last.focus is None or last.intent not in self.frames \
                or self.table.get((last.focus, ANY_TYPE)):
            return []
        raw = cues.raw
        lead = 0
        while lead < len(raw) - 1 and raw[lead] in self.that_is_why_lead:
            lead += 1
        return [last.intent] if _starts_with(raw[lead:], self._that_is_why_by_word) else []

    def weighed_reading(self, top_intent: str, concepts) -> str | None:
        """The covered answer a question weighing a covered way against one not covered asks for (``weighed``)."""
        for goal, covered, not_covered, intent in self.weighed:
            if top_intent in not_covered and goal & concepts and covered & concepts:
                return intent
        return None

    def ends_as_suspect(self, text: str) -> bool:
        """The turn ends with one of ``suspect_end`` ("..., could that be part of it?"): read before its cues, on every turn."""
        if not self.suspect_end:
            return False
        from .normalize import raw_tokens

        raw = raw_tokens(text)
        while raw and raw[-1] in self.suspect_tail:
            raw.pop()
        return any(len(raw) >= len(p) and tuple(raw[-len(p):]) == p for p in self.suspect_end)

    def suspect_reading(self, cues: Cues, last: Frame | None, recent=frozenset()) -> list[str]:
        """"I'm on 3 hours of sleep and latching hurts, could that be part of it?" after the causes of low milk:
        whether what she tells is one of those causes (content/frames.yaml ``suspect_end``), the causes answer,
        however long the turn. Not when it names a remedy, or a subject of its own not covered (``not_with``)."""
        if last is None or last.intent not in self.frames or not self.ends_as_suspect(cues.text):
            return []
        if any(f in self.remedies or f in self.suspect_not_with for f in cues.focuses):
            return []
        own = self.frames[last.intent][1]
        if own and own[0] in self.cause_types:
            return [last.intent]
        # the causes answered a turn or two ago, about the same subject (as in cause_reading)
        hit = next((hit for t in self.cause_types if last.focus and (hit := self.table.get((last.focus, t)))
                    and hit in recent and self.frames[hit][1][:1] == (t,)), None)
        return [hit] if hit else []

    def failed_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """"kalau ga berhasil juga gimana?", "tried relaxing but it didn't help?" after a way to help the milk along
        (content/frames.yaml ``if_it_fails``): the other ways. Only a short turn, with no subject of its own."""
        if not self.fails_intent or last is None or last.intent not in self.frames or last.intent == self.fails_intent \
                or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        known = self.known(last.intent, last.focus)
        if known.isdisjoint(self.fails_after):
            return []
        own = self.known(self.fails_intent, self.frames[self.fails_intent][0]) if self.fails_intent in self.frames else frozenset()
        if any(f not in known and f not in own for f in cues.focuses):
            return []  # a subject of its own ("kalau ga mempan, boleh minum obat?")
        return [self.fails_intent] if self.says_it_failed(cues.tokens) else []

    def says_it_failed(self, tokens) -> bool:
        """Whether the words say a way did not work, or ask what if it does not (``if_it_fails``: one of
        ``when``, then one of ``said``); cheap, read before the turn's cues."""
        if not self.fails_said or self.fails_when.isdisjoint(tokens):
            return False
        for i, t in enumerate(tokens):
            if t in self.fails_when and any(tuple(tokens[j:j + len(p)]) == p for p in self.fails_said
                                            for j in range(i + 1, len(tokens) - len(p) + 1)):
                return True
        return False

    def identity_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """"is it a medicine?", "is it a drug thing or natural?", "itu termasuk obat?" after the massage:
        what the last subject is, asked with a kind of thing oxybot does not cover as the guess. The
        subject is "it", not medicine: what the last subject is answers it."""
        if not cues.focuses or last is None or last.focus is None or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return []
        if any(t != "what_is" for t in cues.types):
            return []
        if not _starts_with(cues.raw, self._identity_by_word):
            return []
        covered = [f for f in cues.focuses if self.table.get((f, ANY_TYPE)) is None]
        if covered:
            # "is it the same as a back massage at a spa?", "itu sama aja kayak pijat di spa?" after the
            # massage: the last subject set beside another kind of it; what it is answers how it differs
            known = self.known(last.intent, last.focus)
            raw = tuple(cues.raw)
            if not all(f in known for f in covered) or not any(
                    raw[i:i + len(p)] == p for p in self.likeness for i in range(len(raw))):
                return []  # a covered subject of its own as well
        elif not cues.focuses:
            return []
        hit = self.lookup(last.focus, ["what_is"])
        return [hit] if hit else []

    def bridge_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """After an answer about how the body makes or lets down milk, a short turn that names the
        massage and asks what it does ("and the massage helps which one?", "can massage set it off?",
        "peran pijat di situ apa?") asks how the massage works on it (content/frames.yaml ``bridges``)."""
        if last is None or last.focus is None or not cues.focuses or cues.n_terms > MAX_FOCUS_SHIFT_TERMS + 1:
            return []
        chain = None
        for after, focus, types, intent in self.bridges:
            if focus not in cues.focuses:
                continue
            chain = chain or set(self._chain(last.focus))
            if not chain.intersection(after):
                continue
            if any(f != focus and f not in chain and f not in after for f in cues.focuses):
                continue  # a subject of its own besides
            if not all(t in types for t in cues.types):
                continue
            # ("which one does the massage help?": which of the two just named, so it points back too)
            if self._points_back_strictly(cues) or any(f in chain for f in cues.focuses) or "what_is" in cues.types \
                    or "compared_with" in cues.types:
                return [intent]
        return []

    def echo_reading(self, cues: Cues, terms, last: Frame | None, echoed, implied=frozenset()) -> list[str]:
        """A short question in the last answer's own words about a subject oxybot does not cover that
        the last answer itself speaks of ("kalo anak udh 4 bln blh dikasih MPASI?" after six months of
        exclusive breastfeeding, whose answer says when solids come): that answer. ``terms``: the
        question's terms. At least MIN_ECHOED of them the last answer's, besides at most one other.
        ``implied``: the concepts the last answer's subject stands for when asked of (`implied` in
        concepts.yaml: weaning after how long to breastfeed); a turn naming one may add a word or two
        of its own ("altogether", "langsung ... total") when it points back or echoes the answer."""
        if not cues.focuses or last is None or echoed is None or len(terms) < 2:
            return []
        if last.intent not in self.frames or not all(self.table.get((f, ANY_TYPE)) for f in cues.focuses):
            return []
        said = [t for t in terms if echoed(t)]
        if len(said) >= MIN_ECHOED and len(terms) - len(said) <= 1:
            return [last.intent]
        if any(t in implied for t in (*terms, *cues.focuses)) and len(terms) - len(said) <= MAX_IMPLIED_EXTRA \
                and (len(said) >= MIN_ECHOED or self._points_back_strictly(cues)):
            # "then should I stop nursing altogether after that?", "setelah enam bulan langsung disapih
            # total?" after six months of exclusive breastfeeding: what that answer says comes after
            return [last.intent]
        # shorter, every word the last answer's and pointing back at it ("abis itu stop nyusuin?" after
        # six months of exclusive breastfeeding, whose answer says breastfeeding goes on after them)
        return [last.intent] if len(said) == len(terms) and self._points_back_strictly(cues) else []

    def qualified_reading(self, cues: Cues, terms, last: Frame | None, echoed) -> list[str]:
        """A bare turn that names the last subject and, beside it, another one that qualifies it, in
        the last answer's own words ("kalau hormon stres?", "and the stress hormones?" after what
        oxytocin does, whose answer speaks of cortisol, the stress hormone): the last answer. Nothing
        asked but what that answer speaks of; a subject named alone ("kalau stres?") is a turn to it."""
        if last is None or last.focus is None or echoed is None or len(cues.focuses) < 2 \
                or cues.n_terms > MAX_BARE_FOCUS_TERMS or last.intent not in self.frames:
            return []
        if any(t not in self.echo_types for t in cues.types) or cues.residual:
            return []
        known = self.known(last.intent, last.focus)
        if all(f in known for f in cues.focuses) or not any(f in known for f in cues.focuses):
            return []
        if any(self.table.get((f, ANY_TYPE)) for f in cues.focuses) or not all(echoed(t) for t in terms):
            return []
        return [last.intent] if self._points_back_strictly(cues) else []

    def either_or_reading(self, cues: Cues, last: Frame | None, echoed, concepts_of) -> list[str]:
        """"jadi rileks doang atau ada efek ke hormon?", "so is it just relaxing, or does it do something
        to the hormones?" after how the massage works: a choice between things the last answer speaks of
        asks which of them that answer says: that answer. Only a short turn with "or" between its words
        (content/frames.yaml ``either_or``), every subject it names one the last answer is about or
        speaks of (``echoed``: its words; ``concepts_of(focus)``: the concepts naming a focus), none
        not covered, two of them to choose between (not two names of one thing: "apa yang dimaksud
        refleks pengeluaran ASI atau milk ejection reflex?", nor "ngaruh atau nggak?"), and asking no
        more than what a thing does (what it is asks of what it names; which is better compares)."""
        if last is None or last.focus is None or last.intent not in self.frames or not self.either_or \
                or len([f for f in cues.focuses if f not in self.background]) < 2 or cues.n_terms > MAX_FOLLOWUP_TERMS \
                or echoed is None or self.table.get((last.focus, ANY_TYPE)):
            return []
        raw = cues.raw
        if not any(w in self.either_or for w in raw[1:-1]):
            return []
        if any(t not in self.affect_types for t in cues.types) \
                or not all(echoed(t) for t in cues.residual) or any(self.table.get((f, ANY_TYPE)) for f in cues.focuses):
            return []
        family = self.family(last)
        own = [f for f in self.names_its_own(cues, echoed, last.intent)
               if f not in family and not any(echoed(c) for c in concepts_of(f))]
        return [] if own else [last.intent]

    def which_one_reading(self, cues: Cues, last: Frame | None, alone: str | None) -> list[str]:
        """"which one had the husbands doing it?", "yang mana yang ibunya hamil?" after one study of
        several that weigh something against the same subject (``covers``): the question asks which of
        those studies, so when its words alone read as another of them, that one (content/frames.yaml
        ``which_one``: the words that ask which)."""
        if last is None or last.intent not in self.frames or alone is None or alone == last.intent \
                or alone not in self.frames or not self._which_one_by_word or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        covers = self.covers.get(last.intent, frozenset())
        if not covers or self.covers.get(alone, frozenset()) != covers:
            return []
        raw = cues.raw
        lead = 0
        leads = self.also_words | self.back_words | {p[0] for p in self.shift_starts if len(p) == 1}
        while lead < len(raw) - 1 and raw[lead] in leads:
            lead += 1  # "and which one ...", "terus yang mana ..."
        return [alone] if _starts_with(raw[lead:], self._which_one_by_word) else []

    def partial_name_reading(self, cues: Cues, last: Frame | None, normalizer) -> list[str]:
        """"tell me more about the back one", "yang punggung itu gimana?" after an answer that offers
        several things (more milk: the back massage among them): a thing the last answer covers or
        the last question named, called by one word of its name ("back" of "back massage") beside a
        word standing for the rest ("one", "yang": ``partial_name`` in content/frames.yaml). Its answer
        of the type asked, or what it is."""
        if last is None or last.intent not in self.frames or cues.focuses or not self.partial_name \
                or cues.n_terms > MAX_FOCUS_SHIFT_TERMS or not cues.residual:
            return []
        raw, after, before = cues.raw, self.partial_name.get("after", frozenset()), self.partial_name.get("before", frozenset())
        words = [raw[i - 1] for i in range(1, len(raw)) if raw[i] in after]
        # ("yang" also joins any clause, "ibu yg lahiran normal": only a turn that starts with it)
        lead, leads = 0, self.also_words | self.back_words | {p[0] for p in self.shift_starts if len(p) == 1}
        while lead < len(raw) - 1 and raw[lead] in leads:
            lead += 1
        if lead < len(raw) - 1 and raw[lead] in before:
            words.append(raw[lead + 1])
        if not words:
            return []
        named = {t for w in words for t in normalizer.canonical(w, repair=False).tokens} & set(cues.residual)
        if not named:
            return []
        offered = [f for f in (*sorted(self.covers.get(last.intent, frozenset())), *last.mentioned) if f != last.focus]
        hits = []
        for focus in dict.fromkeys(offered):
            names = [seq for c in self.focus_concepts(focus, normalizer) for seq in self.concept_names.get(c, ()) if len(seq) > 1]
            if any(named <= seq for seq in names):
                hits.append(focus)
        if len(hits) != 1:
            return []
        # (a bare "how" of a thing offered, "how would my husband do the back one?", asks how it is done)
        types = [t for t in cues.types if t not in self.generic] or (["how_to"] if "how" in cues.types else ["what_is"])
        hit = self.lookup(hits[0], types) or self.lookup(hits[0], ["what_is"])
        return [hit] if hit else []

    def one_of_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """"kalau yang bikin ASI keluar?", "and the one that pushes the milk out?" after an answer that
        named two things (the hormones): one of them, so that answer; only when what it names besides is
        the domain, the last subject or a neighbour of it."""
        if last is None or last.focus is None or last.intent not in self.frames or not self.one_of \
                or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return []
        if not _starts_with(cues.raw, self._one_of_by_word):
            return []
        chain = list(self._chain(last.focus))
        near = {g for f in chain for n in self.near.get(f, ()) for g in self._chain(n)}
        if any(f not in self.background and f not in chain and f not in near for f in cues.focuses):
            return []
        return [last.intent]

    def turn_reading(self, cues: Cues, alone: str | None, last: Frame | None = None) -> list[str]:
        """A short question that turns to a subject ("kalau pijat oksitosin ngaruh ga?", "and does the
        massage work?") asks its type of that subject: when the answer alone answers no type it asks
        and the frames hold one answer for it, that one. A turn that names the last subject beside a
        new one ("kalau dipijat sambil dengar musik biar rileks, ngaruh?" after the massage) asks it of
        the new one, as a change of focus does, in a few more words (what she would add to it)."""
        if not cues.focuses or not cues.types or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        old = self.known(last.intent, last.focus) if last is not None and last.focus else frozenset()
        new = [f for f in cues.focuses if f not in old and f not in self.background]
        beside = bool(old) and len(new) == 1 and len(new) < len(cues.focuses)
        if cues.n_terms > MAX_FOCUS_SHIFT_TERMS and not (beside and self.shifts(cues)):
            return []
        specific = [t for t in cues.types if t not in self.generic] or cues.types
        if not self.shifts(cues):
            # no "kalau", "and what about": the answer alone is about the subject named but answers no
            # type asked, and that type is a verdict on the subject (its evidence, what it concludes or
            # recommends: "rekomendasi reviewnya apa?" read as who wrote the review); when the subject or
            # its neighbour has one answer of that type, that one (what the review concludes is the
            # massage's effectiveness)
            if any(t in self.audience_of for t in specific):
                # "... untuk nakes?", "for midwives?" beside a recommendation: who it is for, not a question
                specific = [t for t in specific if t not in self.audience_types] or specific
            if alone not in self.frames or self.frames[alone][0] not in cues.focuses or len(cues.focuses) > 1 \
                    or specific[0] not in self.self_types or specific[0] in self.frames[alone][1] \
                    or any(t not in (specific[0], "what_is") and not (t in self.audience_types and specific[0] in self.audience_of)
                           for t in cues.types):  # ("what's its ...?" asks that)
                return []
            hit = self.lookup(cues.focuses[0], specific[:1])
            return [hit] if hit and hit != alone else []
        if alone in self.frames and any(t in self.frames[alone][1] for t in cues.types):
            return []
        hits = {self.table[(f, specific[0])] for f in (new if beside else cues.focuses) if (f, specific[0]) in self.table}
        return list(hits) if len(hits) == 1 else []

    def refers_back(self, cues: Cues, last: Frame, alone: str | None, echoed=None) -> list[str]:
        """A short question that names a subject and asks of it something that subject has no answer
        for, while pointing back: the subject is a detail of the last answer ("ibunya lahiran normal atau
        sesar?" after a study is who was studied; "kalau dibanding pijat?" after a study of dates
        against the massage is that study). The last subject's answer of that type, or none.
        ``alone``: the intent the question gets on its own; when it already answers the type asked, it
        stands, unless the question names only what the last answer was about (then the last answer
        does, rather than a neighbour of it)."""
        if last.focus is None or not cues.focuses or not cues.types or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return []
        # a vague "how" beside a type of its own ("how was it measured?") asks that type
        said = [t for t in cues.types if t not in self.vague] or cues.types
        asked = self._expand(said, last)
        own = set(self.frames.get(last.intent, (None, ()))[1]) | self.keeps.get(last.intent, frozenset())
        # a study detail right after a study ("was the milk any faster?"): only a subject with that
        # answer itself takes it, not one of its narrower subjects (breast milk's figures are coverage)
        detail = bool(own.intersection(self.detail_types.intersection(asked)))
        old = self.known(last.intent, last.focus)
        # (a study detail asked of what the study itself is about, "hari ke berapa ibunya dipijat?" after
        # a study of the massage, names no subject of its own)
        if any(any((f, t) in self.table for t in asked) if detail else self._owns(f, asked)
               for f in cues.focuses if not (detail and f in old)):
            return []  # it names a subject of its own and asks about it
        if not detail and any(f not in self.family(last) for f in self.names_its_own(cues, echoed, last.intent)):
            # ... or, asking no detail of a study ("were the mothers post-caesarean?" after a study is who
            # was studied), a subject the last answer never mentioned ("ok, and is it true
            # that stress dries you up?" after how often to massage asks about stress, not the studies)
            return []
        self.settle(last)
        # "lebih bagus mana sama pijat?" after a study of dates against the massage asks that study
        compared = own.intersection(asked) and all(f in old for f in cues.focuses)
        if not (compared or own.intersection(self.detail_types.intersection(asked)) or self._points_back_strictly(cues)):
            return []  # "how was the milk measured?" after a study is that study's; else it must point back
        specific = [t for t in cues.types if t not in self.generic]
        hit = self.lookup(last.focus, self._expand(specific or cues.types, last))
        if not hit:
            return []
        # (a study detail asked right after a study stands against an answer alone only if that answer
        # gives that detail too: "what percentage got smooth flow?" after the dates study asks that
        # study's figures, though "smooth flow" alone reads as how to get more milk)
        check = [t for t in asked if t in self.detail_types] if detail else asked
        if alone in self.frames and any(t in self.frames[alone][1] for t in check):
            old = self.known(last.intent, last.focus)
            if not all(f in old for f in cues.focuses):
                return []
        return [hit]

    def answered_before(self, cues: Cues, frames: list[Frame], last: Frame) -> tuple[Frame, str | None] | None:
        """When the last subject has no answer of the type a bare follow-up asks: the subject answered
        just before it (at most EARLIER_WITHIN turns back) that has one of its own, and that answer
        (None: the earlier answer itself). A follow-up naming a subject of its own is not read so."""
        if cues.focuses or not cues.types or len(frames) < 2:
            return None
        types = self._expand([t for t in cues.types if t not in self.generic and t not in self.more_types], last)
        if not types:
            return None
        for frame in reversed(frames[:-1]):
            if frame is last or frame.intent == last.intent or not frame.focus or frame.intent not in self.frames:
                continue  # (the same subject asked twice over is no subject before it)
            if last.turn - frame.turn > EARLIER_WITHIN or self.table.get((frame.focus, ANY_TYPE)):
                return None
            if any(t in self.answers.get(frame.intent, ()) for t in types):
                return frame, None
            hit = next((self.table[(f, t)] for f in self._chain(frame.focus) for t in types if (f, t) in self.table), None)
            return (frame, hit) if hit else None
        return None

    def family(self, last: Frame) -> set[str]:
        """The focuses a turn may name and still be about the last answer: its subject and the broader
        ones, what it covers, and their neighbours (``near``)."""
        key = (last.intent, last.focus)
        found = self._families.get(key)
        if found is None:
            chain = self.known(last.intent, last.focus)
            found = self._families[key] = chain | {g for f in chain for n in self.near.get(f, ()) for g in self._chain(n)}
        return found

    def names_its_own(self, cues: Cues, echoed, intent: str | None = None) -> list[str]:
        """The subjects the question names that the last answer neither is about nor mentions (none of
        the words that name them is one it used): "is it true that stress dries you up?" after how
        often to massage names stress of its own. ``intent``: the last answer's, whose words
        ``echoed`` tells; whether it mentions a subject is then read once per answer and kept."""
        if not cues.focuses or echoed is None:
            return []
        if self._focus_tokens is None:
            found: dict[str, list] = {}
            for tokens, _, kind, name in self.cues:
                if kind != "type":
                    found.setdefault(name, []).append(tokens)
            self._focus_tokens = found
        out = []
        for f in cues.focuses:
            if f in self.background:
                continue
            key = (intent, f)
            said = self._mentions.get(key) if intent is not None else None
            if said is None:
                said = any(all(echoed(t) for t in toks) for toks in self._focus_tokens.get(f, ()))
                if intent is not None:
                    self._mentions[key] = said
            if not said:
                out.append(f)
        return out

    def only_whole(self, targets: list[str], cues: Cues, last: Frame) -> bool:
        """Whether the one reading found is the studies as a whole (``fallback``), reached only because
        neither the last subject nor anything it belongs to has an answer of the type asked ("ada data
        cakupan nasional?" after the causes of low milk): it leans on nothing of that subject."""
        if len(targets) != 1 or targets[0] not in self.fallback.values() or targets[0] == last.intent:
            return False
        types = self._expand([t for t in cues.types if t not in self.generic] or cues.types, last)
        return not self.lookup(last.focus, types) and not any(t in self.answers.get(last.intent, ()) for t in types)

    def below(self, focus: str, types) -> list[str]:
        """Intents of the narrower focuses of ``focus`` answering the first of ``types`` that any does."""
        narrower = [f for f in self.narrower.get(focus, ()) if f != focus]
        for t in types:
            hits = list(dict.fromkeys(self.table[(f, t)] for f in narrower if (f, t) in self.table))
            if hits:
                return hits
        return []

    def is_incomplete(self, cues: Cues, unknown, understood: bool = True, echoed=None, last: Frame | None = None) -> bool:
        """Whether a question needs what came before to be understood. ``unknown(term)``: a word the
        content never uses; ``understood``: the question alone matched something (not the fallback);
        ``echoed(term)``: a word the last answer (its examples, text or detail) uses; ``last``: the
        frame of the last answer."""
        if cues.n_terms > MAX_FOLLOWUP_TERMS:
            return False
        if self.goes_on(cues):
            return True
        strange = [t for t in cues.residual if unknown(t)]
        # "kalau di provinsi Jawa Timur?", "how about Aceh province?": a place and nothing else asked
        names = not cues.focuses and any(t in self.name_types for t in cues.types) and all(
            t in self.name_types or t in self.vague for t in cues.types)
        if strange and not understood and (cues.types or cues.focuses or len(strange) > 1) and not names \
                and not self._detail_asked(cues, unknown, echoed, last):
            return False  # about something oxybot does not cover: context must not make it in scope
        if strange and names:
            # "kalau di provinsi Jawa Timur?": the words it does not know name the place it asks about
            return cues.n_terms <= MAX_FOCUS_SHIFT_TERMS
        # words that may name a subject no cue lists
        known = len(cues.residual) - len(strange)
        if not cues.focuses:
            # "berapa lama?", "is it safe?", "siapa yang bisa melakukannya?"; a word the last answer
            # used points back at it ("why six months?" after the months of exclusive breastfeeding)
            own = sum(1 for t in cues.residual if not unknown(t) and not (echoed and echoed(t)))
            if echoed and cues.residual and (cues.types or len(cues.residual) > 1) and cues.n_terms <= MAX_BARE_FOCUS_TERMS and all(
                    t in self.echo_types for t in cues.types) and all(echoed(t) for t in cues.residual):
                # "which nerve fibres?", "and the effect on ACTH?", "88% itu maksudnya apa?": every word
                # of its own is one the last answer used, and it asks what that is or does
                cues.echo = True
                return True
            if not cues.types:
                # no question word, but a detail of the last answer pointed at ("tulang yg paling nonjol
                # di leher itu?", "morning and evening, like that?"): most of its words are that answer's
                said = sum(1 for t in cues.residual if echoed and echoed(t))
                return cues.n_terms <= MAX_FOCUS_SHIFT_TERMS and said >= 2 and 2 * said >= len(cues.residual) \
                    and self._points_back_strictly(cues)
            return own <= 1 or self.points_back(cues)
        if last is not None and last.focus is not None:
            # two subjects of its own, neither the last answer's nor mentioned in it ("and is it true
            # that worry makes milk dry up?" after how often to massage): a question of its own
            family = self.family(last)
            own = [f for f in self.names_its_own(cues, echoed, last.intent) if f not in family]
            if len(own) >= 2:
                return False
        # "kalau habis sesar?", "and what about dates?": a new focus, the old question; a bare focus
        # ("pijat oksitosin bisa?" after "how do I get more milk?") asks the same too. "Pijat oksitosin
        # itu tujuannya apa?" is no follow-up: "itu" marks the subject, and "tujuan" asks its own thing.
        # A vague type ("kalau kurang gmn?") asks nothing of its own yet
        if self.asks_more(cues) and cues.n_terms <= MAX_BARE_FOCUS_TERMS:
            # "selain pijat ada lagi?": more of the last answer, the massage aside; "what else does
            # oxytocin do to me?" has words of its own and asks about oxytocin
            return not cues.residual
        # "trus kalo kurang gimana?": beside a subject of its own, "terus ... gimana" asks nothing more
        # than "how?" of it (loose_types)
        if any(t not in self.vague and t not in self.loose_types for t in cues.types) \
                or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return False
        if not cues.residual and cues.n_terms <= MAX_BARE_FOCUS_TERMS:
            return True
        if cues.types and self.shifts(cues):
            # "kalau istri abis operasi caesar gmn?": a turn to a subject with nothing but "how?" of its
            # own; the words beside it say whose it is (her wife, just after), not what is asked
            return known <= 2
        # "oksitosin juga berperan?" ("oxytocin too?"): the same question of another subject
        return known <= 1 and (self.shifts(cues) or any(w in self.also_words for w in cues.raw))

    def _detail_asked(self, cues: Cues, unknown, echoed, last: Frame | None) -> bool:
        """Words oxybot does not know beside a detail of the last answer ("how many mothers in the
        biggest one?", "Berapa konsentrasi minyak yang digunakan?" after a study of an oil, "rekomendasi
        kajian tersebut bagi nakes?") qualify that detail; they name no subject of their own. Only
        with no subject named, a type the last answer (or only a study) answers, and its other words
        the last answer's or a word pointing back."""
        if last is None or last.intent not in self.frames or cues.focuses or not cues.types \
                or cues.n_terms > MAX_FOCUS_SHIFT_TERMS:
            return False
        answers = self.answers[last.intent]
        asked = [t for t in cues.types if t not in self.generic]
        # only details of what was found (how many, where, which figure), never how to do something:
        # "pakai minyak zaitun bisa?" after the massage steps names a subject of its own
        if not asked or not all(t in self.detail_types or t in self.self_types
                                or (t in answers and t in self.qualified_types) for t in asked):
            return False
        known = [t for t in cues.residual if not unknown(t)]
        return all(echoed and echoed(t) for t in known) or self._points_back_strictly(cues)

    def study_figure_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """A figure or the mothers asked right after a study, of what the studies measure ("what proportion
        had smooth flow in each arm?", "berapa persen yang ASInya lancar di tiap kelompok?" after the
        massage against dates): that study. Only a study's detail asked (its figures, its mothers), beside
        at most more milk or whether it worked, and no subject named but the milk the study measured."""
        if last is None or last.intent not in self.frames or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        answers = self.answers[last.intent]
        if not {"statistics", "who_studied"} <= answers:
            return []  # the last answer is no study
        asked = [t for t in cues.types if t not in self.generic]
        if not any(t in ("statistics", "who_studied") for t in asked) \
                or not all(t in self.detail_types or t in answers or t == "increase" for t in asked):
            return []
        if not cues.focuses or not all(f in self.study_outcomes for f in cues.focuses):
            return []  # (no subject named: the other readings settle it)
        return [last.intent]

    def study_detail_reading(self, cues: Cues, last: Frame | None) -> list[str]:
        """A detail of the study just given, asked in a few words with no subject of its own: its
        mothers, its figures, how it measured ("yg dipijat suami itu berapa orang ibu yg diteliti?",
        "ngukurnya susunya cukup apa gak dari apa?"), which arm did better ("mana yang lebih efektif?"),
        or when it was done ("dilakukan pada hari keberapa nifas?"): that study, though the words alone
        read clearly as the studies as a whole, the milk's volume or when to start the massage."""
        if last is None or last.intent not in self.frames or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        answers = self.answers[last.intent]
        if not {"statistics", "who_studied", "compared_with"} <= answers:
            return []  # the last answer is no one study (the studies as a whole say who wrote the review)
        asked = {t for t in cues.types if t not in self.generic}
        detail = asked & self.detail_types
        # "which is better?" asks which arm won; "when was it done?" when the study was (not when to start)
        won = {"compared_with", "does_it_work"} <= asked and not cues.focuses
        done = "when" in asked and not self._study_done.isdisjoint(cues.raw)
        if not (detail or won or done):
            return []
        if not asked <= self.detail_types | answers | {"when"}:
            return []  # it also asks something only another answer gives ("is it safe?")
        own = {self.frames[last.intent][0], *self.covers.get(last.intent, ())}
        if not all(f in own or f in self.study_outcomes or f in self._study_settings for f in cues.focuses):
            return []  # it names a subject of its own
        return [last.intent]

    def _remedy_after_causes(self, last: Frame) -> str | None:
        """After an answer that first gives causes (why milk is low), the answer on what to do about them."""
        own = self.frames.get(last.intent, (None, ()))[1]
        if not own or own[0] not in self.cause_types or not self.then_types:
            return None
        return self.lookup(last.focus, self.then_types)

    def figure_echo_reading(self, cues: Cues, terms, last: Frame | None, said) -> list[str]:
        """A short turn that quotes a figure of the last answer back at it, asking at most whether it holds or
        how it compares ("one study said 15 min? that's quite a difference" after how long to massage): that
        answer, which gives the figure and where it comes from; not the studies as a whole."""
        if last is None or last.intent not in self.frames or cues.focuses or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return []
        figures = [t for t in terms if t.isdigit()]
        if not figures or not all(said(t) for t in figures):
            return []
        if not set(cues.types) <= FIGURE_ECHO_TYPES:
            return []
        return [last.intent]

    def asks_of_its_studies(self, cues: Cues, last: Frame | None, studies=frozenset()) -> bool:
        """Whether a short turn asks a detail of the studies behind the last answer ("nilai korelasinya
        berapa?" after the massage after a caesarean): its mothers, its figures, how it measured (not
        where, which is where on the back after the steps, nor who wrote it, which is the review's), or
        its result beside a word that points at a study ("yg neliti itu hasilnya gimana?"), and no subject
        of its own but one of those studies (``studies``: their focuses)."""
        if last is None or last.intent not in self.frames or cues.n_terms > MAX_FOLLOWUP_TERMS:
            return False
        asked = {t for t in cues.types if t not in self.generic}
        pointed = "does_it_work" in asked and not self._study_pointer.isdisjoint(cues.tokens)
        if not (asked & STUDY_DETAILS or pointed) or not asked <= STUDY_DETAILS | {"amount", "does_it_work", "evidence"}:
            return False
        known = self.known(last.intent, last.focus)
        return all(f in known or f in studies or f in self.study_outcomes or f in self._study_settings
                   for f in cues.focuses)

    def echoes_back(self, cues: Cues, echoed) -> bool:
        """A short turn of nothing but words the last answer used, pointing back at it ("tekanan darah
        juga?", "and the blood pressure part?"): about that answer."""
        if cues.focuses or not cues.residual or cues.n_terms > MAX_BARE_FOCUS_TERMS:
            return False
        if not all(t in self.echo_types for t in cues.types) or not all(echoed(t) for t in cues.residual):
            return False
        return self._points_back_strictly(cues) or any(w in self.also_words for w in cues.raw)

    def place_name(self, cues: Cues, last: Frame | None, unknown) -> list[str]:
        """One word oxybot does not know, and nothing else, after an answer that gives figures per place
        ("jogja?", "aceh?" after exclusive breastfeeding figures): the same asked of that place."""
        if last is None or last.intent not in self.frames or cues.focuses or cues.types or cues.n_terms != 1:
            return []
        if len(cues.residual) != 1 or not unknown(cues.residual[0]):
            return []
        return [last.intent] if self.name_types.intersection(self.frames[last.intent][1]) else []

    def root(self, focus: str | None) -> str | None:
        chain = list(self._chain(focus)) if focus else []
        return chain[-1] if chain else None

    def agrees(self, intent_id: str | None, cues: Cues, last: Frame) -> bool:
        """Whether the answer alone already fits the conversation: it answers the type asked, about
        the same subject family ("why might it be low?" after "how much milk?" -> low supply causes)."""
        if cues.focuses or intent_id not in self.frames or last.focus is None:
            return False
        focus, types = self.frames[intent_id]
        return any(t in types for t in cues.types) and self.root(focus) == self.root(last.focus)

    def own_subject(self, intent_id: str | None, cues: Cues, last: Frame, echoed=None,
                    plausible=frozenset(), concepts_of=None) -> str | None:
        """For a complete question whose answer alone is about another subject than the one it names
        ("bedanya apa sama oksitosin?" answered with a study of the Marmet technique): the intent of
        its own focus and type, when that focus belongs to what the conversation is about."""
        if not cues.focuses or not cues.types or last.focus is None:
            return None
        named = {self.root(f) for f in cues.focuses}
        focus = self.frames.get(intent_id, (None, ()))[0]
        if focus is not None and (self.root(focus) in named or self.root(focus) == self.root(last.focus)):
            # the answer alone is about what the question names, or about what the conversation is
            # about ("capek ngaruh?" after why milk is low, read alone as the causes of low milk)
            return None
        types = [t for t in cues.types if t not in self.generic] + [t for t in cues.types if t in self.generic]
        # ... or a subject the last answer itself spoke of ("how would I do that exactly? I've never
        # massaged anyone" after how to get more milk, whose answer names the massage): ``echoed``;
        # then only a reading the matcher ranked too (``plausible``): a word the answer used in passing
        # ("tiny" cells) names no subject of the conversation
        # (an answer's words hold a subject's concept, "#massage", where the question has "pijat")
        spoken = set(cues.focuses) - set(self.names_its_own(cues, echoed, last.intent)) if echoed else set()
        if echoed and concepts_of:
            spoken |= {f for f in cues.focuses if any(echoed(c) for c in concepts_of(f))}
        for f in cues.focuses:
            ours = self.root(f) == self.root(last.focus) or self.neighbours(f, last.focus)
            if ours or (f in spoken and f not in self.background and not self.table.get((f, ANY_TYPE))):
                hit = self.lookup(f, types)
                if hit and (ours or hit in plausible):
                    return hit
        return None

    def neighbours(self, a: str, b: str) -> bool:
        """Whether one focus (or one of its parents) lists the other's family as ``near`` (the let-down
        and the hormones): a question about one belongs to a conversation about the other."""
        fam_a, fam_b = set(self._chain(a)), set(self._chain(b))
        return any(set(self._chain(n)) & fam_b for f in fam_a for n in self.near.get(f, ())) or \
            any(set(self._chain(n)) & fam_a for f in fam_b for n in self.near.get(f, ()))

    def resolve(self, cues: Cues, last: Frame) -> tuple[list[str], bool]:
        """Intents the follow-up may mean, most likely first: one, or two when it is ambiguous; and
        whether the one found is only a guess from a narrower focus (worth a "did you mean")."""
        if last.focus is None:
            return [], False
        return self._resolve(cues, last)

    def goes_on(self, cues: Cues) -> bool:
        """Whether the question is nothing but a word asking the last answer to go on ("terus?",
        "trs?", "contohnya?", "and then?"): more of it."""
        if cues.focuses or cues.n_terms > 2 or (cues.types and cues.types[0] not in self.more_types):
            return False
        # (its normalised words: "trs" is "terus"; reading the words as typed would cost every turn)
        return tuple(w for w in cues.tokens if w not in self.back_tokens) in self.go_on

    def asks_more(self, cues: Cues) -> bool:
        """Whether the question asks only for more of the last answer ("selain itu?", "what else?",
        "selain pijat ada lagi?": the subject it names is the one set aside)."""
        return bool(cues.types) and all(t in self.more_types for t in cues.types)

    def _resolve(self, cues: Cues, last: Frame) -> tuple[list[str], bool]:
        self.settle(last)
        if self.goes_on(cues) and last.intent in self.frames:
            # "terus?" after why milk is low: what to do about it, not more of why
            if (tuple(w for w in cues.tokens if w not in self.back_tokens) in self.go_on_then
                    and (remedy := self._remedy_after_causes(last))):
                return [remedy], False
            return [last.intent], False
        if self.asks_more(cues) and not cues.focuses and cues.residual and self.doings.issuperset(cues.residual) \
                and (remedy := self._remedy_after_causes(last)):
            # "what else besides rest?", "selain istirahat apa lagi?" after why milk is low: other things to do
            return [remedy], False
        if self.goals and self.table.get((last.focus, ANY_TYPE)) and any(t in self.more_types for t in cues.types) \
                and all(f in self.background or self.table.get((f, ANY_TYPE)) for f in cues.focuses):
            # "kalau tanpa kurma, ada cara lain biar deras?" after a food not covered: another way to that goal,
            # the covered answer for it (no more of what was not covered)
            goal = next((self.goals[t] for t in cues.types if t in self.goals), None)
            if goal:
                return [goal], False
        if last.focus in self.goals_after and not cues.focuses:
            # "caranya supaya lebih banyak?" after how much milk a mother makes: how to make more
            goal = next((self.goals[t] for t in cues.types if t in self.goals), None)
            if goal:
                return [goal], False
        if self.asks_more(cues) and cues.focuses and not cues.echo and last.intent in self.frames:
            # "what about the other one, the Woolwich thing?", "yang satunya, woolwich?" after one study of
            # several: "the other one" names a sibling, no "more" of the last answer; a subject it names
            # that the last answer is not about is the one asked of (one set aside, "selain pijat", is
            # no longer among the focuses here)
            known = self.known(last.intent, last.focus)
            for focus in (f for f in cues.focuses if f not in known):
                hit = self.table.get((focus, ANY_TYPE)) or self.focus_default.get(focus)
                if hit and hit != last.intent:
                    return [hit], False
        if (cues.echo or self.asks_more(cues) or not (cues.types or cues.focuses)) and last.intent in self.frames:
            narrow = last.narrow and self.lookup(last.narrow, [t for t in cues.types if t not in self.more_types])
            if narrow:  # "what else does it do?" after "oksitosin itu hormon apa?": oxytocin's
                return [narrow], False
            return [last.intent], False  # more of it, or a detail of it ("pagi sama sore gitu?")
        own = self.frames.get(last.intent, (None, ()))[1]
        if not cues.focuses and cues.types and own and own[0] in self.timed_types \
                and any(t in self.name_types for t in cues.types) \
                and all(t in self.name_types or t in self.timed_also for t in cues.types):
            # "kalau bayi udah 3 bulan masih bisa?" after when to start: the same asked of that age
            # ("klo udah lewat 2 minggu masih ngaruh?": whether it still works started that late)
            return [last.intent], False
        if cues.focuses:  # keep the type, change the focus
            # the focus that changed comes first: "kalau pijat woolwich?" after marmet is about woolwich
            known = self.known(last.intent, last.focus)
            if len(cues.focuses) > 1 and not cues.types and all(f in known for f in cues.focuses):
                # nothing changed: both things the last answer weighed ("the oil alone, no massage?"
                # after a study of an oil with the massage) is that answer again
                return [last.intent], False
            for focus in sorted(cues.focuses, key=lambda f: f in known):
                # the new focus itself, not its parents: after "berapa lama?", "kalau habis sesar?" asks
                # about the massage after a caesarean, not again how long a massage takes
                # "kalau kurang gmn?": how to, about low supply ("trus kalo kurang gimana?" too: loose types)
                own = self._expand([VAGUE_HOW if t in self.loose_types and VAGUE_HOW in self.vague else t
                                    for t in cues.types], last, focus in known)
                hit = next((self.table[(focus, t)] for t in (*own, *last.types, ANY_TYPE) if (focus, t) in self.table),
                           None) or self.focus_default.get(focus)
                if hit:
                    return [hit], False
            return [], False
        # keep the focus, change the type
        covers = self.covers.get(last.intent, frozenset())
        related = self.known(last.intent, last.focus)
        out = []
        # "siapa yang meneliti?" asks who did the study, not who gives the massage: a generic type
        # counts after the specific ones, and never to repeat the last answer ("what are the signs?")
        specific = [t for t in cues.types if t not in self.generic]
        types = self._expand(specific or cues.types, last)
        if types and all(t in self.loose_types for t in types):
            # "terus gimana dong?" after what stress does to milk: what comes next, or else what to do
            types.append(HOW_TO)
        # "how many mothers were in those studies?" after the massage after a caesarean: that answer
        # holds its studies' details, so when it answers every type asked itself (its own or kept),
        # the research as a whole is not looked up first
        answers = self.answers.get(last.intent, ())
        held = all(t in answers for t in types)
        # "penelitiannya di mana?": where of the research, so the research is looked up first
        if not held and len(types) > 1 and any(t in self.subject_types for t in types):
            study = self.lookup(last.focus, [t for t in types if t in self.subject_types])
            rest = [t for t in types if t not in self.subject_types]
            if study and any(t in self.frames[study][1] or t in self.keeps.get(study, ()) for t in rest):
                return [study], False
            # ... or, when that research answers none of the rest, the one answer of this subject that
            # answers research and the rest ("only Indonesian studies, only Google Scholar, isn't that a
            # weakness?" after the review: how far its studies can be trusted, not the review again)
            for t in rest:
                owner = self.owner.get(t)
                if owner and any(s in self.frames[owner][1] for s in self.subject_types) \
                        and (self.frames[owner][0] in related or last.focus in self.covers.get(owner, ())):
                    return [owner], False
        # "where were they done?" after the studies of the massage: that answer, not where to massage
        # ("berapa persen?" after the benefits of breast milk: "berapa" asks no amount of milk there)
        keeps = self.keeps.get(last.intent, ())
        main = None
        if any(t in self.detail_types and t in answers for t in types):
            # "how strong was the correlation?" after a study: a detail of that study (its figures), however
            # asked; "how strong" alone would be the quality of the studies as a whole
            main = last.intent
        for t in types:  # the first type asked that the subject itself, or the one intent answering it, answers
            if main:
                break
            main = last.intent if t in keeps else self.table.get((last.focus, t))
            owner = self.owner.get(t)
            if not main and owner and (self.frames[owner][0] in related or last.focus in self.covers.get(owner, ())):
                main = owner  # "how good are these studies?" after a study: one intent answers that
            if not main and t in self.own_only and last.intent in self.frames:
                # "which is right?", "is that normal?" asked first: of the answer just given, whatever else
                # the turn says ("one study says 15 min, another 2-3? which is right?" is no question about
                # the studies as a whole)
                main = last.intent
        for t in types:  # then what a broader subject answers ("why?" after the causes of low supply)
            main = main or self.lookup(last.focus, [t])
        if main == last.intent and specific and any(t in self.more_types for t in cues.types) \
                and not _starts_with(cues.raw, self._one_of_by_word):  # "yg satunya lg?": one of the two
            # "what else does it do?" after an answer that gave that already (the two hormones' work in
            # milk): more than it said, so the one narrower subject that answers it (what oxytocin does)
            deeper = [i for i in self.below(last.focus, [t for t in types if t not in self.more_types]) if i != main]
            if len(deeper) == 1:
                main = deeper[0]
        if not main and types and types[0] in self.self_types and last.intent in self.frames:
            # "buktinya?" after a claim with no study of its own: its references; "buktinya kuat ga?"
            # asks too what one answer alone answers (how strong the studies are): that one
            main = next((self.owner[t] for t in types[1:] if t in self.owner and t not in self.generic), None) \
                or last.intent
        # a turn with a subject of its own beside the type ("kalau kebanyakan mikir ngaruh?", "why does his
        # support matter?" after how to make more milk) asks about that, not about a subject the answer
        # merely mentions (the massage offered there as an extra)
        own_words = any(t.startswith("#") for t in cues.residual) or (
            bool(cues.residual) and any(t in self.claim_types for t in cues.types))
        if not main and not own_words:
            # after a study of dates against the massage, "it" in "who can do it?" or "is it safe?" may be
            # either: the massage, or what the study says (which may be "not covered"): ask which
            for focus in sorted(covers):
                other = self.lookup(focus, types)
                if other and other != last.intent:
                    return [other, last.intent], False
        for focus in last.mentioned:  # what the last question named, beside what was answered
            if focus in self.background or self.table.get((focus, ANY_TYPE)):
                # the domain itself ("bikin asi keluar"), or a subject not covered ("formula"): no
                # second reading of a follow-up
                continue
            if focus == last.narrow:
                # it asked about a narrower subject than the answer's ("oksitosin itu hormon apa?"
                # answered with both hormones): a follow-up is about that narrower one
                other = self.lookup(focus, types)
                if other and other != main:
                    main = other
                    break
                continue
            if main == last.intent and types[:1] == list(last.types[:1]):
                break  # it asks again what the answer just given answered ("pake jempol?" after how to)
            # a reading of its own: an answer of that subject itself, not of a broader one
            other = next((self.table[(focus, t)] for t in types if (focus, t) in self.table), None)
            if other and other != main:
                out.append(other)
                break
        if not main and specific and not out and not any(t in self.fallback for t in types):
            # (a detail only the studies as a whole answer, "for my reference list", is theirs: below)
            again = self.lookup(last.focus, [t for t in cues.types if t in self.generic])
            if again and again != last.intent:
                return [again], False
        if not main:
            # a broad focus asked what only narrower ones answer ("berapa lama?" after "apa itu ASI?"):
            # one of them answers it, or two do and oxybot asks which
            if out:
                return out, False
            narrower = self.below(last.focus, types)[:2]
            if narrower:
                return narrower, True
            # "how many mothers were studied?" about a subject no study is about: the studies as a whole
            whole = next((self.fallback[t] for t in types if t in self.fallback), None)
            return ([whole], False) if whole else ([], True)
        out.insert(0, main)
        return out, False


def _by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word tuples by their first word, in the order given."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in phrases:
        out[p[0]] = out.get(p[0], ()) + (p,)
    return out


def _starts_with(raw, by_word) -> bool:
    """Whether the words ``raw`` start with one of the phrases of ``by_word`` (_by_first_word)."""
    if not raw:
        return False
    for p in by_word.get(raw[0], ()):
        if tuple(raw[:len(p)]) == p:
            return True
    return False


def _cue_phrases(value) -> list[str]:
    if isinstance(value, dict):
        return [p for v in value.values() for p in _cue_phrases(v)]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
    return []


def _cue_tokens(normalizer, phrase: str) -> frozenset[str]:
    return frozenset(normalizer.canonical(phrase, repair=False).tokens)


# -- validation (`oxybot check`) ------------------------------------------------------------------
def validate_frames(reader, path, data, intents) -> None:
    """Report every problem of content/frames.yaml as path:line through ``reader.error``."""
    from .yamllines import line_of

    ids = {i.id: i for i in intents}
    focuses = data.get("focuses")
    types = data.get("types")
    frames = data.get("frames")
    for key, kind in (("focuses", dict), ("types", dict), ("frames", dict), ("followup", dict), ("clarify", dict)):
        if not isinstance(data.get(key), kind):
            reader.error(path, line_of(data, key), f"expected a mapping under '{key}'")
    generic = data.get("generic_types", [])
    if not isinstance(generic, list) or any(not isinstance(g, str) or g not in (types if isinstance(types, dict) else {})
                                            for g in generic):
        reader.error(path, line_of(data, "generic_types"), "generic_types: expected a list of types")
    focuses = focuses if isinstance(focuses, dict) else {}
    types = types if isinstance(types, dict) else {}
    frames = frames if isinstance(frames, dict) else {}
    clarify = data.get("clarify") if isinstance(data.get("clarify"), dict) else {}
    for key in ("clarify", "unplaced"):
        text = data.get(key)
        if key in data and not isinstance(text, dict):
            reader.error(path, line_of(data, key), f"expected a mapping under '{key}'")
            continue
        for lang in ("id", "en"):
            if text and not (isinstance(text.get(lang), str) and text[lang].strip()):
                reader.error(path, line_of(data, key), f"{key}: text in '{lang}' is missing")
    if "aside" in data and not (isinstance(data["aside"], list) and all(isinstance(p, str) for p in data["aside"])):
        reader.error(path, line_of(data, "aside"), "aside: expected a list of phrases")

    def check_cues(where, value, line, langs=("id", "en")):
        if not isinstance(value, dict):
            reader.error(path, line, f"{where}: expected cues per language (id, en)")
            return
        for lang, words in value.items():
            if lang not in langs:
                reader.error(path, line_of(value, lang, line), f"{where}: unknown key '{lang}'")
            elif not isinstance(words, list) or not words or not all(
                    isinstance(w, str) and w.strip() for w in words):
                reader.error(path, line_of(value, lang, line), f"{where}: '{lang}' must be a list of words")

    for name, spec in focuses.items():
        line = line_of(focuses, name)
        if not isinstance(spec, dict):
            reader.error(path, line, f"focus '{name}': expected a mapping with 'cues'")
            continue
        near = spec.get("near", [])
        if not isinstance(near, list) or any(n not in focuses for n in near):
            reader.error(path, line_of(spec, "near", line), f"focus '{name}': near must be a list of focuses")
        for key in set(spec) - {"parent", "cues", "near"}:
            reader.error(path, line_of(spec, key, line), f"focus '{name}': unknown field '{key}'")
        check_cues(f"focus '{name}'", spec.get("cues"), line_of(spec, "cues", line))
        parent = spec.get("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in focuses):
            reader.error(path, line_of(spec, "parent", line), f"focus '{name}': parent '{parent}' is not a focus")
        seen, f = set(), name
        while isinstance(f, str) and f in focuses and f not in seen:
            seen.add(f)
            nxt = focuses[f].get("parent") if isinstance(focuses[f], dict) else None
            if nxt == name:
                reader.error(path, line, f"focus '{name}': its parents lead back to it")
                break
            f = nxt
    for name, spec in types.items():
        check_cues(f"type '{name}'", spec, line_of(types, name))
    back = data.get("followup")
    if isinstance(back, dict):
        check_cues("followup", back, line_of(data, "followup"), langs=("id", "en", "suffix", "not_suffix", "also"))
    if "shift" in data:
        check_cues("shift", data.get("shift"), line_of(data, "shift"))
    if "new_question" in data:
        check_cues("new_question", data.get("new_question"), line_of(data, "new_question"))
    if "after_danger" in data:
        danger = data.get("after_danger")
        line = line_of(data, "after_danger")
        if not isinstance(danger, dict) or not isinstance(danger.get("note"), dict):
            reader.error(path, line, "after_danger: expected 'note' (text per language) and 'cues'")
        else:
            for lang in ("id", "en"):
                if not (isinstance(danger["note"].get(lang), str) and danger["note"][lang].strip()):
                    reader.error(path, line_of(danger, "note", line), f"after_danger: note in '{lang}' is missing")
            check_cues("after_danger cues", danger.get("cues"), line_of(danger, "cues", line))
            remedies = danger.get("remedies", [])
            if not isinstance(remedies, list) or any(r not in focuses for r in remedies):
                reader.error(path, line_of(danger, "remedies", line), "after_danger remedies: expected a list of focuses")
            remedy_types = danger.get("remedy_types", [])
            if not isinstance(remedy_types, list) or any(t not in types for t in remedy_types):
                reader.error(path, line_of(danger, "remedy_types", line), "after_danger remedy_types: expected a list of types")
            if "remedy" in danger:
                check_cues("after_danger remedy", danger.get("remedy"), line_of(danger, "remedy", line))
            if "first" in danger:
                check_cues("after_danger first", danger.get("first"), line_of(danger, "first", line))
            if "defer" in danger:
                check_cues("after_danger defer", danger.get("defer"), line_of(danger, "defer", line))
            own = danger.get("own_focuses", {})
            if not isinstance(own, dict) or any(k not in ids or not isinstance(v, list) or any(f not in focuses for f in v)
                                                for k, v in own.items()):
                reader.error(path, line_of(danger, "own_focuses", line),
                             "after_danger own_focuses: expected referral intent -> list of focuses")
    fallback = data.get("fallback", {})
    if not isinstance(fallback, dict) or any(k not in types or v not in ids for k, v in fallback.items()):
        reader.error(path, line_of(data, "fallback"), "fallback: expected type: intent")
    goals = data.get("goals", {})
    if not isinstance(goals, dict) or any(k not in types or v not in ids for k, v in goals.items()):
        reader.error(path, line_of(data, "goals"), "goals: expected type: intent")
    weighed = data.get("weighed", [])
    if not isinstance(weighed, list) or any(
            not isinstance(w, dict) or set(w) != {"goal", "covered", "not_covered", "intent"} or w["intent"] not in ids
            or not all(isinstance(w[k], list) and w[k] for k in ("goal", "covered", "not_covered"))
            or any(i not in ids for i in w["not_covered"]) for w in weighed):
        reader.error(path, line_of(data, "weighed"), "weighed: each needs goal, covered (concepts), not_covered (intents) and intent")
    fails = data.get("if_it_fails", {})
    if not isinstance(fails, dict) or set(fails) - {"after", "when", "said", "intent"} \
            or any(f not in focuses for f in fails.get("after") or []) or (fails and fails.get("intent") not in ids):
        reader.error(path, line_of(data, "if_it_fails"), "if_it_fails: expected after (focuses), when, said and intent")
    goals_after = data.get("goals_after", [])
    if not isinstance(goals_after, list) or any(f not in focuses for f in goals_after):
        reader.error(path, line_of(data, "goals_after"), "goals_after: expected a list of focuses")
    background = data.get("background", [])
    if not isinstance(background, list) or any(b not in focuses for b in background):
        reader.error(path, line_of(data, "background"), "background: expected a list of focuses")
    outcomes = data.get("study_outcomes", [])
    if not isinstance(outcomes, list) or any(o not in focuses for o in outcomes):
        reader.error(path, line_of(data, "study_outcomes"), "study_outcomes: expected a list of focuses")
    bridges = data.get("bridges", [])
    if not isinstance(bridges, list):
        reader.error(path, line_of(data, "bridges"), "bridges: expected a list")
    else:
        for spec in bridges:
            ok = isinstance(spec, dict) and set(spec) == {"after", "focus", "types", "intent"} \
                and isinstance(spec["after"], list) and all(f in focuses for f in spec["after"]) \
                and spec["focus"] in focuses and spec["intent"] in ids \
                and isinstance(spec["types"], list) and all(t in types for t in spec["types"])
            if not ok:
                reader.error(path, line_of(data, "bridges"),
                             "bridges: each needs after (focuses), focus, types and intent")
    if "identity" in data:
        check_cues("identity", data.get("identity"), line_of(data, "identity"))
    if "likeness" in data:
        check_cues("likeness", data.get("likeness"), line_of(data, "likeness"))
    if "that_is_why" in data:
        check_cues("that_is_why", data.get("that_is_why"), line_of(data, "that_is_why"), langs=("id", "en", "lead"))
    if "suspect_end" in data:
        suspect = data.get("suspect_end")
        check_cues("suspect_end", suspect, line_of(data, "suspect_end"), langs=("id", "en", "tail", "not_with"))
        if isinstance(suspect, dict) and isinstance(suspect.get("not_with"), list) and any(
                f not in focuses for f in suspect["not_with"]):
            reader.error(path, line_of(suspect, "not_with", line_of(data, "suspect_end")),
                         "suspect_end: not_with must be a list of focuses")
    if "filler" in data:
        check_cues("filler", data.get("filler"), line_of(data, "filler"))
    early = data.get("too_early", {})
    if not isinstance(early, dict) or any(
            not isinstance(v, dict) or v.get("answer") not in ids or k not in ids or not isinstance(v.get("months"), int)
            for k, v in early.items()):
        reader.error(path, line_of(data, "too_early"), "too_early: expected {intent: {answer: intent, months: number}}")
    for key in ("month_numbers", "month_ages"):
        value = data.get(key, {})
        if not isinstance(value, dict) or any(not isinstance(v, int) for v in value.values()):
            reader.error(path, line_of(data, key), f"{key}: expected a mapping of words to numbers")
    audience = data.get("audience", {})
    if not isinstance(audience, dict) or any(not isinstance(audience.get(k, []), list) or any(
            t not in types for t in audience.get(k, [])) for k in ("types", "of")):
        reader.error(path, line_of(data, "audience"), "audience: expected {types: [types], of: [types]}")
    conclusion = data.get("conclusion_lead", [])
    if not isinstance(conclusion, list) or any(not isinstance(w, str) for w in conclusion):
        reader.error(path, line_of(data, "conclusion_lead"), "conclusion_lead: expected a list of words")
    doings = data.get("doings", [])
    if not isinstance(doings, list) or any(not isinstance(w, str) for w in doings):
        reader.error(path, line_of(data, "doings"), "doings: expected a list of words")
    for key in ("go_on", "go_on_then", "one_of", "either_or", "which_one"):
        if key in data:
            check_cues(key, data.get(key), line_of(data, key))
    for key in ("claim_types", "self_types", "subject_types", "detail_types", "more_types", "name_types",
                "echo_types", "cause_types", "affect_types", "loose_types", "qualified_types", "then_types",
                "timed_types", "suspect_types"):
        value = data.get(key, [])
        if not isinstance(value, list) or any(not isinstance(t, str) or t not in types for t in value):
            reader.error(path, line_of(data, key), f"{key}: expected a list of types")
    vague = data.get("vague", {})
    if not isinstance(vague, dict):
        reader.error(path, line_of(data, "vague"), "vague: expected a mapping of types")
    else:
        for name, spec in vague.items():
            line = line_of(vague, name)
            if name not in types:
                reader.error(path, line, f"vague: '{name}' is not under 'types'")
            if not isinstance(spec, dict) or set(spec) != {"after_claim", "otherwise"} or any(
                    not isinstance(v, list) or not v or any(not isinstance(t, str) or t not in types for t in v)
                    for v in spec.values()):
                reader.error(path, line, f"vague '{name}': expected after_claim and otherwise, lists of types")

    claimed: dict[tuple[str, str], str] = {}
    for intent_id, spec in frames.items():
        line = line_of(frames, intent_id)
        if intent_id not in ids:
            reader.error(path, line, f"frame for '{intent_id}': not an intent")
            continue
        if ids[intent_id].topic == "red_flag":
            reader.error(path, line, f"frame for '{intent_id}': a danger sign is never reached through context")
        if not isinstance(spec, dict) or not isinstance(spec.get("focus"), str):
            reader.error(path, line, f"frame for '{intent_id}': needs 'focus' and 'type'")
            continue
        for key in set(spec) - {"focus", "type", "covers", "keeps"}:
            reader.error(path, line, f"frame for '{intent_id}': unknown field '{key}'")
        if spec["focus"] not in focuses:
            reader.error(path, line, f"frame for '{intent_id}': focus '{spec['focus']}' is not under 'focuses'")
        covers = spec.get("covers", [])
        if not isinstance(covers, list) or any(not isinstance(c, str) or c not in focuses for c in covers):
            reader.error(path, line, f"frame for '{intent_id}': 'covers' must be a list of focuses")
        keeps = spec.get("keeps", [])
        if not isinstance(keeps, list) or any(not isinstance(k, str) or k not in types for k in keeps):
            reader.error(path, line, f"frame for '{intent_id}': 'keeps' must be a list of types")
        kinds = spec.get("type")
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(kinds, list) or not kinds:
            reader.error(path, line, f"frame for '{intent_id}': 'type' must be a type or a list of types")
            continue
        for t in kinds:
            if not isinstance(t, str) or (t != ANY_TYPE and t not in types):
                reader.error(path, line, f"frame for '{intent_id}': type '{t}' is not under 'types'")
                continue
            other = claimed.setdefault((spec["focus"], t), intent_id)
            if other != intent_id:
                reader.error(path, line, f"frame for '{intent_id}': ({spec['focus']}, {t}) already belongs to '{other}'")
