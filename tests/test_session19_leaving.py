"""Session 19: after a danger card, a turn that only says she is going now, with no thanks or goodbye word ("oke
kami berangkat ke puskesmas sekarang"), is her leaving: a goodbye (which says again to go at any danger sign), not
the whole card a second time. A question after it still gets the card."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


@pytest.mark.parametrize("sign, going", [
    ("bayi saya umur 6 hari badannya panas 38,7 dan lemes ga mau nyusu", "oke kami berangkat ke puskesmas sekarang"),
    ("my 5 day old has a temperature of 38.8 and is too sleepy to feed", "right, we're driving to the hospital now"),
])
def test_saying_she_is_going_now_is_a_goodbye(engine, sign, going):
    card, answer = talk(engine, sign, going)
    assert card.red_flag
    assert answer.topic == "meta.goodbye" and not answer.red_flag


def test_a_question_after_going_still_gets_the_card(engine):
    *_, answer = talk(engine, "bayi saya umur 6 hari badannya panas 38,7 dan lemes ga mau nyusu",
                      "oke kami berangkat ke puskesmas sekarang", "tapi di jalan harus ngapain?")
    assert answer.red_flag


def test_going_but_tomorrow_still_gets_the_card(engine):
    _, answer = talk(engine, "bayi saya umur 6 hari badannya panas 38,7 dan lemes ga mau nyusu",
                     "ke puskesmasnya besok pagi aja ya")
    assert answer.red_flag


@pytest.mark.parametrize("later, topic", [
    ("nanti kalau udah diperiksa bidan, pijat oksitosin itu apa?", "massage.what_is"),
    ("once the midwife has seen me, how do I do the oxytocin massage?", "massage.how_to"),
])
def test_a_question_for_after_the_sign_is_seen_to_is_answered(engine, later, topic):
    _, answer = talk(engine, "payudara kanan saya bengkak merah dan panas, badan saya demam 38,9", later)
    assert not answer.red_flag and answer.topic == topic


def test_a_sign_told_again_after_the_checkup_still_gets_the_card(engine):
    _, answer = talk(engine, "payudara kanan saya bengkak merah dan panas, badan saya demam 38,9",
                     "udah diperiksa bidan tapi demamnya masih 39, pijat oksitosin itu apa?")
    assert answer.red_flag
