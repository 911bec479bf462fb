"""Session 26: words of round 30's first misses (Javanese and Sundanese, a banana given early, babies who
breastfeed falling ill less), in wordings of our own, not those of any evaluation set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


@pytest.mark.parametrize("question, topic", [
    ("cucu saya umur 2 bulan sudah dikasih pisang sedikit sama ibunya, boleh?", "asi.exclusive_duration"),
    ("my mother wants to give him mashed banana at 3 months, is that ok?", "asi.exclusive_duration"),
    ("orang bilang bayi yang netek jarang sakit, betul ga?", "asi.benefits"),
    ("does mother's milk keep a baby from falling sick?", "asi.benefits"),
])
def test_everyday_words(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_javanese_question(engine):
    # wulan (month), diparingi (given), angsal (may): a grandmother asking about food before six months
    assert engine.answer("putuku umur 3 wulan diparingi pisang, angsal?").topic == "asi.exclusive_duration"


@pytest.mark.parametrize("then", [
    "can we give it another hour and then go?",
    "coba dipijat dulu boleh ga?",
    "apa gara-gara dipijat ya? saya takut",
])
def test_after_a_danger_sign_the_referral_stays(engine, then):
    convo = Conversation()
    first = engine.answer("istri saya 5 hari setelah melahirkan, darah keluar banyak sekali sampai tembus, dia pucat", context=convo)
    assert first.red_flag
    assert engine.answer(then, context=convo).red_flag


@pytest.mark.parametrize("question, topic", [
    ("why do some mothers stay almost dry the first week? what holds some women back?", "asi.low_supply_causes"),
    ("how long should a baby get nothing but her milk?", "asi.exclusive_duration"),
])
def test_everyday_words_in_english(engine, question, topic):
    assert engine.answer(question).topic == topic
