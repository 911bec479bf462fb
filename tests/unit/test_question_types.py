"""What a question asks, from cue words in either language."""

import pytest


@pytest.mark.parametrize("text, qtype", [
    ("berapa lama ASI eksklusif?", "how_long"),
    ("how long should the massage take?", "how_long"),
    ("how often a day?", "how_long"),
    ("gimana cara pijat oksitosin?", "how_to"),
    ("how do I massage my wife's back?", "how_to"),
    ("gmn biar asi lancar bun?", "how_to"),
    ("apa itu let down?", "what_is"),
    ("what is oxytocin massage?", "what_is"),
    ("kapan boleh mulai dipijat?", "when_who"),
    ("who can give the massage?", "when_who"),
    ("kenapa pijat punggung bisa bikin asi keluar?", "why_how_works"),
    ("why does rubbing the back help?", "why_how_works"),
    ("pijat oksitosin beneran efektif?", "does_it_work"),
    ("does it really work?", "does_it_work"),
    ("lebih baik kurma atau pijat?", "compared"),
    ("is a warm compress better than massage? which is better", "compared"),
    ("is oxytocin massage safe?", "is_safe"),
    ("sakit ga sih pijat oksitosin", "is_safe"),
    ("apa yang bikin asi seret?", "what_causes"),
    ("what causes low supply?", "what_causes"),
])
def test_cue_words_give_the_question_type(engine, text, qtype):
    assert qtype in engine.normalizer.canonical(text).qtypes


def test_a_statement_asks_nothing(engine):
    # "sering" (often) in a statement is no "how often" question
    assert engine.normalizer.canonical("asi sedikit padahal sering menyusui").qtypes == frozenset()


def test_same_how_long_on_two_concepts_lands_on_two_intents(engine):
    a = engine.answer("berapa lama asi eksklusif?")
    b = engine.answer("berapa lama pijat oksitosin?")
    assert (a.topic, b.topic) == ("asi.exclusive_duration", "massage.duration_frequency")
