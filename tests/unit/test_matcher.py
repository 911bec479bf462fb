"""The matcher's scores: concepts (what it is about) and question types (what it asks) beside words."""

from oxybot.engine.content import Intent
from oxybot.engine.matcher import Index
from oxybot.engine.normalize import Lexicon, Normalizer

LEX = {
    "stopwords": {"id": ["apa", "itu", "berapa", "yang"], "en": ["what", "is", "how", "the", "a"]},
    "phrases": {"how long": "berapa lama"},
    "concepts": {
        "massage": {"scope": "in", "id": ["pijat oksitosin", "urut punggung"], "en": ["back rub"]},
        "caesarean": {"scope": "in", "id": ["sesar"], "en": ["caesarean", "surgical birth"]},
    },
    "question_types": {
        "how_long": {"id": ["berapa lama"], "en": ["how long"]},
        "is_safe": {"id": ["aman"], "en": ["safe"]},
    },
}


def _intent(iid, id_examples, en_examples):
    return Intent(iid, iid, {"id": id_examples, "en": en_examples}, {"id": "jawab", "en": "answer"}, [], [], [])


def _index():
    lex = Lexicon.from_data(LEX)
    intents = [
        _intent("duration", ["berapa lama pijat oksitosin", "pijat oksitosin berapa lama"],
                ["how long is the back rub", "back rub how long"]),
        _intent("caesarean", ["pijat oksitosin setelah sesar aman", "sesar boleh pijat oksitosin"],
                ["back rub after a caesarean safe", "caesarean and back rub"]),
        _intent("what", ["apa itu pijat oksitosin", "pijat oksitosin itu apa"],
                ["what is a back rub", "the back rub what is it"]),
    ]
    vocab = {"id": {"pijat", "oksitosin", "sesar", "aman", "lama", "urut", "punggung"},
             "en": {"back", "rub", "caesarean", "safe", "long", "surgical", "birth"}}
    normalizer = Normalizer(lex, vocab)
    return Index(intents, normalizer), normalizer


def _top(query):
    index, normalizer = _index()
    ranked = index.rank(normalizer.canonical(query))
    return index.intents[ranked[0].intent].id, ranked


def test_a_paraphrase_of_the_concept_meets_examples_written_with_its_name():
    assert _top("urut punggung berapa lama")[0] == "duration"


def test_an_intent_about_a_concept_the_question_does_not_name_loses(monkeypatch):
    # "safe" is asked only in the caesarean intent's examples, but the question names no caesarean:
    # the intent loses W_FOCUS for it, and keeps its full score once the caesarean is named
    from oxybot.engine import matcher

    def caesarean_score(query):
        return next(m.score for m in _top(query)[1] if m.intent == 1)

    with_focus = caesarean_score("is the back rub safe")
    monkeypatch.setattr(matcher, "W_FOCUS", 0.0)
    without_focus = caesarean_score("is the back rub safe")
    assert without_focus - with_focus > 0.1
    monkeypatch.undo()
    assert _top("is the back rub safe after a surgical birth")[0] == "caesarean"


def test_the_question_type_decides_between_intents_on_the_same_concept():
    assert _top("how long is a back rub")[0] == "duration"
    assert _top("what is a back rub")[0] == "what"


def test_profiles_record_what_examples_are_about_and_ask():
    index, _ = _index()
    assert index.concepts[1]["#caesarean"] == 1.0 and index.concepts[1]["#massage"] == 1.0
    assert index.qtypes[0]["how_long"] == 1.0


def test_scores_stay_between_zero_and_one_and_ties_are_broken_by_the_raw_score():
    _, ranked = _top("pijat oksitosin berapa lama how long back rub")
    assert all(0.0 <= m.score <= 1.0 for m in ranked)
    assert ranked[0].intent == 0


def test_unknown_words_only_give_no_match():
    index, normalizer = _index()
    assert index.rank(normalizer.canonical("skor persija semalam")) == []
