"""The answer engine: question in, curated answer out. Plain Python, no UI.

Order of decisions for one question:
1. clean and cap the text (escape sequences, control characters, MAX_CHARS);
2. danger signs (red_flags.yaml) win over everything;
3. rank intents (matcher.Index); below CONFIDENCE_FLOOR, or when the best intent is an out_of_scope
   one, answer out_of_scope and offer the closest covered topics;
4. when the runner-up of another topic is within AMBIGUITY_MARGIN, still answer the best one but offer
   "did you mean" the other.
"""

from __future__ import annotations

from .content import Content, Intent
from .content import LANGS
from .langdetect import LanguageDetector
from .matcher import Index, Match
from .records import Record
from .triage import RedFlagDetector
from .normalize import MAX_CHARS, Lexicon, Normalizer, clean_input, raw_tokens

# Calibrated with `oxybot eval` on the dev set and on the content's own examples (see README).
CONFIDENCE_FLOOR = 0.33
LONG_FROM, LONG_EASING, LONG_MIN = 8, 0.01, 0.24
RED_FLAG_BY_SIMILARITY = 0.6  # a danger answer reached by similarity (no pattern) needs a clear match
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


# What the suggestions under an answer are; the presenter picks headings from this, never from topics.
DID_YOU_MEAN = "did_you_mean"  # a confident answer with a close rival of another topic
CLOSEST_TOPICS = "closest_topics"  # not covered (or a referral): covered topics near the question
SUGGESTION_KINDS = (DID_YOU_MEAN, CLOSEST_TOPICS)


class Answer(Record):
    """What the engine says. ``answer``: the Markdown text; ``title``: the topic's title in ``lang``
    (empty for meta and out-of-scope answers); ``suggestions`` of ``suggestion_kind`` (None when
    empty); ``followups``: related questions under a confident answer; ``candidates``: the ranked
    intents, for the trainer view."""

    __slots__ = ("question", "lang", "topic", "intent", "score", "answer", "citations", "suggestions",
                 "followups", "red_flag", "red_flag_signs", "ambiguous", "truncated", "matched_example",
                 "candidates", "title", "suggestion_kind")
    _defaults = {"red_flag_signs": [], "ambiguous": False, "truncated": False, "matched_example": "",
                 "candidates": [], "title": "", "suggestion_kind": None}


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
        for sign in content.red_flags:  # danger-sign phrases mix both languages
            for group in sign.groups:
                for phrase in group:
                    for lang in LANGS:
                        vocabulary[lang].update(raw_tokens(phrase))
        self.normalizer = Normalizer(self.lexicon, vocabulary)
        self.index = Index(content.intents, self.normalizer)
        self.red_flags = RedFlagDetector(content.red_flags, self.normalizer)
        self.language = LanguageDetector(self.lexicon.stopwords, examples)
        self._by_id = {intent.id: intent for intent in content.intents}

    # -- helpers ----------------------------------------------------------------------------------
    def title(self, topic: str, lang: str) -> str:
        t = self.content.topics.get(topic)
        return (t.title.get(lang) or t.title.get("en") or topic) if t else topic

    def _answer_title(self, topic: str, lang: str) -> str:
        return self.title(topic, lang) if topic in self.content.topics and self._in_scope_topic(topic) else ""

    @staticmethod
    def _in_scope_topic(topic: str) -> bool:
        return topic not in (OUT_OF_SCOPE, RED_FLAG) and not topic.startswith("meta.")

    def intent(self, intent_id: str) -> Intent | None:
        return self._by_id.get(intent_id)

    def ask_label(self, intent: Intent, lang: str) -> str:
        """How a button that asks this intent reads: its first example in ``lang`` that is a short
        question in plain words ("after a c-section, breast care or oxytocin massage to speed up
        milk?"), not a search query ("Zuhrotunida and Yunita 2017 oxytocin massage after C-section");
        else its first example. A danger sign keeps its first example: said, not asked."""
        examples = intent.examples.get(lang) or intent.examples.get("en") or [intent.id]
        if intent.topic not in (RED_FLAG, OUT_OF_SCOPE):
            for example in examples:
                if example.rstrip().endswith("?") and len(example.split()) <= 14:
                    return example
        return examples[0]

    def _suggestion(self, intent: Intent, lang: str) -> Suggestion:
        return Suggestion(intent.id, intent.topic, self.title(intent.topic, lang), self.ask_label(intent, lang))

    def _citations(self, intent: Intent) -> list[Citation]:
        return [Citation(k, self.content.sources[k].short) for k in intent.cite if k in self.content.sources]

    def _in_scope(self, intent: Intent) -> bool:
        return self._in_scope_topic(intent.topic)

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
            red_flag=intent.topic == RED_FLAG, title=self._answer_title(intent.topic, lang),
        )

    def topic_groups(self, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """The Topics screen: (group title, [(topic id, topic title)]) in ``lang``, in order."""
        return [(g.title.get(lang) or g.title["en"], [(t, self.title(t, lang)) for t in g.topics])
                for g in self.content.topic_groups]

    def welcome_examples(self, lang: str) -> list[tuple[str, str]]:
        """The first screen's example questions: (label in ``lang``, intent id), in order."""
        return [(w.label.get(lang) or w.label["en"], w.intent) for w in self.content.welcome
                if w.intent in self._by_id]

    def topic_intent(self, topic: str) -> Intent | None:
        """The intent that answers a topic chosen from the topic list: its first intent."""
        return next((i for i in self.content.intents if i.topic == topic), None)

    # -- the decision -----------------------------------------------------------------------------
    def answer(self, question: str, lang: str | None = None, default_lang: str = "id") -> Answer:
        """Answer one question. ``lang`` fixes the answer language; None detects it per question."""
        text = clean_input(question if isinstance(question, str) else str(question))
        truncated = len(text) > MAX_CHARS
        scored = text[:MAX_CHARS]
        lang = lang if lang in LANGS else self.language.detect(scored, default=default_lang)
        query = self.normalizer.canonical(scored)
        ranked = self.index.rank(query, limit=8)
        if len(query.terms) > SOCIAL_MAX_TERMS:
            ranked = [m for m in ranked if self.index.intents[m.intent].topic not in SOCIAL_TOPICS]
        # a referral reached by similarity alone (no danger pattern) needs a clear match
        ranked = [m for m in ranked
                  if self.index.intents[m.intent].topic != RED_FLAG or m.score >= RED_FLAG_BY_SIMILARITY]
        candidates = [
            Candidate(self.index.intents[m.intent].id, self.index.intents[m.intent].topic, round(m.score, 4), m.example)
            for m in ranked
        ]

        def make(intent: Intent, topic: str, score: float, **extra) -> Answer:
            suggestions = extra.pop("suggestions", [])
            if suggestions:
                extra["suggestion_kind"] = DID_YOU_MEAN if extra.get("ambiguous") else CLOSEST_TOPICS
            return Answer(
                question=question, lang=lang, topic=topic, intent=intent.id, score=round(score, 4),
                answer=intent.answer[lang], citations=self._citations(intent),
                suggestions=suggestions, followups=extra.pop("followups", []),
                red_flag=topic == RED_FLAG, truncated=truncated, candidates=candidates,
                title=self._answer_title(topic, lang), **extra,
            )

        signs = self.red_flags.detect(query)
        if signs:
            intent = self._by_id[signs[0].intent]
            return make(intent, RED_FLAG, 1.0, red_flag_signs=[s.label.get(lang, s.id) for s in signs],
                        suggestions=self._closest_topics(ranked, lang))

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
