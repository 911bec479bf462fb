"""The answer engine: question in, curated answer out. Plain Python, no UI.

Order of decisions for one question:
1. clean and cap the text (escape sequences, control characters, MAX_CHARS);
2. danger signs (triage.py over red_flags.yaml) win over everything: a referral card per sign group,
   the other question offered as one "then ask" button; negated findings are set aside and
   hypothetical ones add a "when to go now" note to the normal answer;
3. rank intents (matcher.Index); below CONFIDENCE_FLOOR, or when the best intent is an out_of_scope
   one, answer out_of_scope and offer the closest covered topics;
4. when the runner-up of another topic is within AMBIGUITY_MARGIN, still answer the best one but offer
   "did you mean" the other.
"""

from __future__ import annotations

from .content import Content, Intent
from .langdetect import LANGS, LanguageDetector
from .matcher import Index, Match
from .records import Record
from .triage import Assessment, Triage
from .normalize import MAX_CHARS, Lexicon, Normalizer, clean_input, raw_tokens

# Calibrated with `oxybot eval` on the dev set and on the content's own examples (see README).
CONFIDENCE_FLOOR = 0.33
LONG_FROM, LONG_EASING, LONG_MIN = 8, 0.01, 0.24
RED_FLAG_BY_SIMILARITY = 0.6  # a danger answer reached by similarity (no pattern) needs a clear match
THEN_ASK_FLOOR = 0.25  # the other question of a danger-sign message, offered as one button, if this clear
AMBIGUITY_MARGIN = 0.04
SOCIAL_TOPICS = ("meta.greeting", "meta.thanks", "meta.goodbye")
SOCIAL_MAX_TERMS = 6  # in a longer message a greeting or thanks is politeness around a question
SUGGESTION_FLOOR = 0.2  # a covered topic is offered as 'closest' only above this score
OUT_OF_SCOPE = "out_of_scope"
RED_FLAG = "red_flag"
FALLBACK_INTENT = "oos/unrelated"  # its answer is the honest "not covered"
EMPTY_INTENT = "meta/help"  # an empty question gets the invitation to ask


def confidence_floor(n_terms: int) -> float:
    """Long messages (a story, then the question) spread their words over many intents, so every
    score is lower: the floor eases by LONG_EASING per informative word past LONG_FROM, to LONG_MIN."""
    return max(LONG_MIN, CONFIDENCE_FLOOR - LONG_EASING * max(0, n_terms - LONG_FROM))


class Citation(Record):
    __slots__ = ("key", "reference")


class Suggestion(Record):
    """intent, topic, title, and ask: how a button for this intent reads, in the answer's language.
    A button sends the intent id (``Engine.answer_intent``), never its text to be matched again."""

    __slots__ = ("intent", "topic", "title", "ask")


class Candidate(Record):
    __slots__ = ("intent", "topic", "score", "example")


class Answer(Record):
    """What the engine says. suggestions: "did you mean" (low confidence, ambiguous) or the closest
    topics (out of scope); followups: related questions under a confident answer; candidates: the
    ranked intents, for the trainer view. referral: None or {person: baby|mother|both, urgency:
    emergency|today}; findings: the triage's findings (set-aside ones included); suggestion_kind:
    what the buttons are ("then_ask": the question asked beside a danger sign, in followups)."""

    __slots__ = ("question", "lang", "topic", "intent", "score", "answer", "citations", "suggestions",
                 "followups", "red_flag", "red_flag_signs", "ambiguous", "truncated", "matched_example",
                 "candidates", "referral", "findings", "suggestion_kind")
    _defaults = {"red_flag_signs": [], "ambiguous": False, "truncated": False, "matched_example": "",
                 "candidates": [], "referral": None, "findings": [], "suggestion_kind": None}


class Engine:
    def __init__(self, content: Content):
        self.content = content
        self.lexicon = Lexicon.from_data(content.lexicon)
        vocabulary: dict[str, set[str]] = {lang: set() for lang in LANGS}
        examples: dict[str, list[str]] = {lang: [] for lang in LANGS}
        for intent in content.intents:
            for lang in LANGS:
                examples[lang].extend(intent.examples.get(lang, []))
                for text in intent.examples.get(lang, []):
                    vocabulary[lang].update(raw_tokens(text))
                vocabulary[lang].update(raw_tokens(intent.answer.get(lang, "")))
        self.normalizer = Normalizer(self.lexicon, vocabulary)
        self.triage = Triage(content.red_flags.data, self.lexicon.spelling, self.normalizer.vocabulary)
        self.normalizer.danger_words = self.triage.danger_words
        self.index = Index(content.intents, self.normalizer)
        self.language = LanguageDetector(self.lexicon.stopwords, examples)
        self._by_id = {intent.id: intent for intent in content.intents}

    # -- helpers ----------------------------------------------------------------------------------
    def title(self, topic: str, lang: str) -> str:
        t = self.content.topics.get(topic)
        return (t.title.get(lang) or t.title.get("en") or topic) if t else topic

    def intent(self, intent_id: str) -> Intent | None:
        return self._by_id.get(intent_id)

    def ask_label(self, intent: Intent, lang: str) -> str:
        """How a button that asks this intent reads: its first example in ``lang``."""
        examples = intent.examples.get(lang) or intent.examples.get("en") or [intent.id]
        return examples[0]

    def _suggestion(self, intent: Intent, lang: str) -> Suggestion:
        return Suggestion(intent.id, intent.topic, self.title(intent.topic, lang), self.ask_label(intent, lang))

    def _citations(self, intent: Intent) -> list[Citation]:
        return [Citation(k, self.content.sources[k].short) for k in intent.cite if k in self.content.sources]

    def _in_scope(self, intent: Intent) -> bool:
        return intent.topic not in (OUT_OF_SCOPE, RED_FLAG) and not intent.topic.startswith("meta.")

    def _closest_topics(self, ranked: list[Match], lang: str, limit: int = 3) -> list[Suggestion]:
        out: list[Suggestion] = []
        seen: set[str] = set()
        for m in ranked:
            intent = self.index.intents[m.intent]
            if m.score < SUGGESTION_FLOOR:
                break  # offering unrelated topics helps nobody
            if self._in_scope(intent) and intent.topic not in seen:
                seen.add(intent.topic)
                out.append(self._suggestion(intent, lang))
            if len(out) == limit:
                break
        return out

    # -- answering a chosen intent -------------------------------------------------------------------
    def answer_intent(self, intent_id: str, lang: str, question: str | None = None) -> Answer:
        """The answer of one intent, chosen by id (a topic, a study, a button): no matching.
        ``question`` is what the user saw on the button; KeyError for an unknown id."""
        intent = self._by_id[intent_id]
        lang = lang if lang in LANGS else "id"
        followups = [self._suggestion(self._by_id[f], lang) for f in intent.followups if f in self._by_id][:3]
        return Answer(
            question=question if question is not None else self.ask_label(intent, lang), lang=lang,
            topic=intent.topic, intent=intent.id, score=1.0, answer=intent.answer[lang],
            citations=self._citations(intent), suggestions=[], followups=followups,
            red_flag=intent.topic == RED_FLAG,
        )

    def topic_intent(self, topic: str) -> Intent | None:
        """The intent that answers a topic chosen from the topic list: its first intent."""
        return next((i for i in self.content.intents if i.topic == topic), None)

    # -- danger signs -----------------------------------------------------------------------------
    def _referral(self, triage: Assessment, question: str, lang: str, truncated: bool,
                  candidates: list[Candidate], findings: list[dict]) -> Answer:
        """The referral card: every sign group once, emergencies first, in the user's language; the
        other question she asked offered as one button, never answered instead."""
        texts: list[str] = []
        keys: list[str] = []
        groups = triage.groups()
        for gid, urgency in groups:
            group = self.triage.groups[gid]
            texts.append(group["texts"][urgency][lang])
            keys.extend(k for k in group["cite"] + self.triage.emergency_cite if k not in keys)
        intent = self._by_id[self.triage.groups[groups[0][0]]["intent"]]
        then = None
        rest = self.normalizer.canonical(triage.rest)  # what else she asked, without the signs' words
        if len(rest.terms) >= 2:
            floor = max(THEN_ASK_FLOOR, confidence_floor(len(rest.terms)))
            for m in self.index.rank(rest, limit=3):
                other = self.index.intents[m.intent]
                if m.score < floor:
                    break
                if self._in_scope(other):
                    then = self._suggestion(other, lang)
                    break
        return Answer(
            question=question, lang=lang, topic=RED_FLAG, intent=intent.id, score=1.0,
            answer="\n\n".join(texts),
            citations=[Citation(k, self.content.sources[k].short) for k in keys if k in self.content.sources],
            suggestions=[], followups=[then] if then else [], red_flag=True,
            red_flag_signs=triage.sign_words(), truncated=truncated, candidates=candidates,
            referral=triage.referral(), findings=findings, suggestion_kind="then_ask" if then else None,
        )

    def _triage_notes(self, text: str, triage: Assessment, topic: str, lang: str) -> str:
        """A normal answer with what the triage set aside: a "when to go now" note for a danger sign
        asked about hypothetically, a word for someone other than mother and baby, and the "go now"
        list under an out-of-scope answer to a question about a bodily symptom."""
        notes = self.triage.notes
        extra: list[str] = []
        hypothetical = triage.hypothetical_groups
        if hypothetical:
            lines = [self.triage.groups[g]["when"][lang] for g in hypothetical]
            extra.append(notes["when_heading"][lang] + "\n" + "\n".join(f"- {line}" for line in lines))
        if any(f.person == "other" and not f.negated and not f.hypothetical for f in triage.findings):
            extra.append(notes["other_person"][lang])
        if not hypothetical and ((topic == OUT_OF_SCOPE and triage.symptom) or triage.general):
            # a symptom oxybot cannot place, or danger signs asked about in general: the "go now" list
            extra.append(notes["safety_net"][lang])
        return "\n\n".join([text] + extra) if extra else text

    # -- the decision -----------------------------------------------------------------------------
    def answer(self, question: str, lang: str | None = None, default_lang: str = "id") -> Answer:
        """Answer one question. ``lang`` fixes the answer language; None detects it per question."""
        text = clean_input(question if isinstance(question, str) else str(question))
        truncated = len(text) > MAX_CHARS
        scored = text[:MAX_CHARS]
        lang = lang if lang in LANGS else self.language.detect(scored, default=default_lang)
        query = self.normalizer.canonical(scored)
        ranked = self.index.rank(query, limit=8)
        triage = self.triage.assess(scored)
        if len(query.terms) > SOCIAL_MAX_TERMS:
            ranked = [m for m in ranked if self.index.intents[m.intent].topic not in SOCIAL_TOPICS]
        # a referral reached by similarity alone (no danger sign read) needs a clear match, and none
        # when the triage read danger words and set them aside (negated, hypothetical, someone else)
        ranked = [m for m in ranked if self.index.intents[m.intent].topic != RED_FLAG
                  or (m.score >= RED_FLAG_BY_SIMILARITY and not triage.findings and not triage.general)]
        candidates = [
            Candidate(self.index.intents[m.intent].id, self.index.intents[m.intent].topic, round(m.score, 4), m.example)
            for m in ranked
        ]
        findings = [f.public() for f in triage.findings]

        def make(intent: Intent, topic: str, score: float, **extra) -> Answer:
            text = intent.answer[lang]
            referral = None
            if topic == RED_FLAG:  # reached by similarity: a referral, but no sign she did not say
                referral = {"person": self.triage.intent_person(intent.id), "urgency": "today"}
            else:
                text = self._triage_notes(text, triage, topic, lang)
            return Answer(
                question=question, lang=lang, topic=topic, intent=intent.id, score=round(score, 4),
                answer=text, citations=self._citations(intent),
                suggestions=extra.pop("suggestions", []), followups=extra.pop("followups", []),
                red_flag=topic == RED_FLAG, truncated=truncated, candidates=candidates, referral=referral,
                findings=findings, **extra,
            )

        if triage.active:
            return self._referral(triage, question, lang, truncated, candidates, findings)

        if not query.terms:
            return make(self._by_id[EMPTY_INTENT], OUT_OF_SCOPE, 0.0)

        top = ranked[0] if ranked else None
        if top is None or top.score < confidence_floor(len(query.terms)):
            return make(self._by_id[FALLBACK_INTENT], OUT_OF_SCOPE, top.score if top else 0.0,
                        suggestions=self._closest_topics(ranked, lang))

        intent = self.index.intents[top.intent]
        if intent.topic == RED_FLAG:
            return make(intent, RED_FLAG, top.score, matched_example=top.example,
                        suggestions=self._closest_topics(ranked, lang))
        if intent.topic == OUT_OF_SCOPE:
            return make(intent, OUT_OF_SCOPE, top.score, matched_example=top.example,
                        suggestions=self._closest_topics(ranked, lang))

        rivals = [m for m in ranked[1:] if self.index.intents[m.intent].topic != intent.topic]
        ambiguous = bool(rivals) and rivals[0].score >= top.score - AMBIGUITY_MARGIN and self._in_scope(
            self.index.intents[rivals[0].intent])
        suggestions = [self._suggestion(self.index.intents[rivals[0].intent], lang)] if ambiguous else []
        followups = [self._suggestion(self._by_id[f], lang) for f in intent.followups if f in self._by_id][:3]
        return make(intent, intent.topic, top.score, matched_example=top.example, ambiguous=ambiguous,
                    suggestions=suggestions, followups=followups)
