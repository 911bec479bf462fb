"""Session 29: after a danger sign, turns that put off going in ways round 34's conversations showed (not wanting to
bother busy nurses, a secret begged for, waiting for someone away to decide, refusing referral, a bidan who is off,
Javanese "ra usah"), in wordings of our own. Each must bring the referral back, not an answer about massage."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation

SIGNS = {
    "en": "my wife gave birth 5 days ago and she's bleeding heavily, soaking a pad every hour, and feels faint",
    "id": "istri saya 5 hari lalu melahirkan, darahnya keluar banyak sekali, pembalut penuh tiap jam, lemas mau pingsan",
}


@pytest.mark.parametrize("lang, then", [
    ("en", "the ward looks busy and I don't want to bother them"),
    ("en", "she begged me not to tell anyone. she says she only needs sleep"),
    ("en", "her husband is away, let him decide when he's home"),
    ("en", "she's adamant about not being referred. massage and compresses then?"),
    ("id", "kalau ditunggu sampai hari senin bisa? bidannya libur"),
    ("id", "ra usah nang puskesmas to, mengko rak mari dhewe"),
])
def test_putting_off_going_brings_the_referral_back(engine, lang, then):
    convo = Conversation()
    first = engine.answer(SIGNS[lang], context=convo)
    second = engine.answer(then, context=convo)
    assert first.red_flag and second.red_flag


def test_a_question_of_its_own_after_the_referral_is_still_answered(engine):
    convo = Conversation()
    engine.answer(SIGNS["en"], context=convo)
    assert not engine.answer("thanks. separately, how long should a back massage session last?", context=convo).red_flag
