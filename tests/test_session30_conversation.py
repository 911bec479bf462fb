"""Session 30: a follow-up oxybot cannot place at all, in a conversation on a subject it covers, is asked
back ("did you mean ...?", the subject before offered first, and a word that anything else may not be
covered) instead of a flat "not covered"; a turn that names something not covered, or says it is about
something else, still gets the plain "not covered". After a danger sign, a home fix weighed as enough, or
going put off in Banjar, brings the referral back. Wordings are our own."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation

LETDOWN = "what are the signs that my milk is letting down during a feed?"


def talk(engine, *turns):
    convo = Conversation()
    return [engine.answer(t, context=convo) for t in turns]


@pytest.mark.parametrize("then", [
    "ari kuring mah teu karasa nanaon, biasa kitu?",  # Sundanese: and I feel nothing, is that usual?
    "hmm what if it's different for me each time, weird?",
])
def test_a_follow_up_it_cannot_place_asks_about_the_subject_before(engine, then):
    first, second = talk(engine, LETDOWN, then)
    assert first.intent == "letdown/signs"
    assert second.ambiguous and second.suggestion_kind == "did_you_mean"
    assert [s.intent for s in second.suggestions][0] == "letdown/signs"
    assert len(second.suggestions) == 2 and not second.red_flag
    assert "midwife" in second.answer or "bidan" in second.answer  # anything else: ask a health worker


@pytest.mark.parametrize("then", [
    "btw ada resep sayur bening yang enak ga?",  # says it is about something else
    "I take metformin every day, can I still nurse?",  # a medicine: not covered
    "kalau di kota Timbuktu?",  # a place alone
])
def test_a_turn_about_something_else_stays_not_covered(engine, then):
    _, second = talk(engine, LETDOWN, then)
    assert second.topic == "out_of_scope" and not second.ambiguous


def test_the_first_turn_is_never_asked_back(engine):
    (only,) = talk(engine, "ari kuring mah teu karasa nanaon, biasa kitu?")
    assert not only.ambiguous or only.context is None


@pytest.mark.parametrize("sign, then", [
    ("my 4 day old is yellow right down to his belly and too sleepy to feed",
     "grandma says a bit of early sun on him will sort it, is that enough?"),
    ("bayi ulun kuning banar sampai ke parut, guring haja kada handak menyusu",
     "kada usah ke bidan, kompres dahulu haja kawa?"),
])
def test_a_home_fix_or_putting_off_after_a_sign_keeps_the_referral(engine, sign, then):
    first, second = talk(engine, sign, then)
    assert first.red_flag and second.red_flag


def test_empty_of_milk_is_no_low_mood(engine):
    milk = engine.answer("For two weeks now I get a couple of drops when I pump, I think I'm empty already. What stops milk coming?")
    mood = engine.answer("I've felt empty and hopeless every day for three weeks")
    assert not milk.red_flag and milk.topic == "asi.low_supply_causes"
    assert mood.red_flag


@pytest.mark.parametrize("then", [
    "realistically, what could I suggest she try?",
    "terus saya sebagai bidan bisa sarankan apa ke dia?",
])
def test_what_to_suggest_after_the_causes_is_what_helps(engine, then):
    _, second = talk(engine, "my client's milk is low, what are the usual reasons?", then)
    assert second.topic == "asi.increase_flow"


@pytest.mark.parametrize("then", ["and were the samples large?", "sampelnya besar nggak?"])
def test_sample_size_after_the_review_is_the_strength_of_the_evidence(engine, then):
    _, second = talk(engine, "which review is all this from, who wrote it?", then)
    assert second.topic == "evidence.quality"


@pytest.mark.parametrize("then", ["off topic, but how do I renew my driving licence here?", "oot dikit, perpanjang SIM di mana ya?"])
def test_off_topic_says_it_is_about_something_else(engine, then):
    _, second = talk(engine, LETDOWN, then)
    assert second.topic == "out_of_scope" and not second.ambiguous
