"""Session 10: solid food refused is no baby refusing feeds (content/red_flags.yaml, refusing_feeds other_sense
solid_food_sense): "won't eat" of the spoon is read as the food refused, while a baby who will not eat or feed at
all, or refuses the breast, still gets the card. Phrasings written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "my 10 month old won't eat solids, only wants the breast",
    "she refuses purees but nurses all day, is that ok?",
    "bayi 9 bulan nggak mau makan MPASI, maunya nenen terus",
])
def test_solid_food_refused_raises_no_card(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag, answer.red_flag_signs


@pytest.mark.parametrize("question", [
    "my baby wont eat and is super sleepy all day",
    "my newborn refuses the breast and won't eat",
    "my 3 week old refuses to feed since this morning",
])
def test_a_baby_refusing_the_milk_still_gets_the_card(engine, question):
    answer = engine.answer(question)
    assert answer.red_flag and answer.referral["person"] == "baby"
