"""Session 23: after a danger sign, a turn that puts off going or talks the sign down gets the referral again,
however long it is ("can we just wait until tomorrow?", "kliniknya jauh", "dijemur aja cukup"). Wordings are new,
not those of any evaluation set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation

SIGN_EN = "my 6 day old is limp and won't wake for feeds, only one wet nappy today"
SIGN_ID = "bayi sy 4 hari kuning sampai telapak kaki, tidur terus susah dibangunin buat nyusu"


@pytest.mark.parametrize("sign, later", [
    (SIGN_EN, "my partner is at work with the car, surely it can wait until he gets back tomorrow evening?"),
    (SIGN_EN, "she's most likely just worn out from the visitors, I'll keep offering the breast and see how she is"),
    (SIGN_EN, "I really don't want to make a fuss at the clinic over nothing, would it be fine to go on Thursday"),
    (SIGN_ID, "rumah bidannya jauh banget, harus nyebrang sungai, nanti aja ya kalau suami pulang"),
    (SIGN_ID, "kata ibu saya dijemur pagi aja udah cukup, gausah ke puskesmas"),
    (SIGN_ID, "kami coba dulu kasih asi lebih sering dua hari, baru periksa"),
])
def test_putting_off_the_referral_gets_it_again(engine, sign, later):
    convo = Conversation()
    assert engine.answer(sign, context=convo).red_flag
    again = engine.answer(later, context=convo)
    assert again.red_flag, again.intent
    assert again.context  # said as about the sign told before, under its note


@pytest.mark.parametrize("later, intent", [
    # a new covered question after the card, with nothing put off, is answered on its own
    ("thanks, that is clear. how long should each oxytocin massage session last?",
     "massage/duration_frequency"),
])
def test_a_new_question_after_the_card_is_still_answered(engine, later, intent):
    convo = Conversation()
    engine.answer(SIGN_EN, context=convo)
    assert engine.answer(later, context=convo).intent == intent


def test_the_same_words_without_a_sign_before_are_ordinary(engine):
    convo = Conversation()
    engine.answer("how long should the back massage take each time?", context=convo)
    assert not engine.answer("can I just wait and do it tomorrow evening instead?", context=convo).red_flag
