"""Session 28: the chat of eastern Indonesia (Kupang, Ambon, Papua) in greetings, thanks and goodbyes, from round 33's
misses, in wordings of our own: 'su' (sudah), 'sa' and 'beta' (saya), 'pi' (pergi), 'kaka', 'skali'. Each alone is
another word, so they are read only in these pairs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "topic"), [
    ("Selamat sore kaka, beta baru masuk grup ini", "meta.greeting"),
    ("Terima kasih kaka, su paham skali sekarang", "meta.thanks"),
    ("Su dulu kaka, sa mau pi pasar. Sampai jumpa", "meta.goodbye"),
])
def test_eastern_chat_is_understood(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question", ["makasih, sekarang saya paham", "oke kak, saya sudah ngerti, terima kasih"])
def test_understanding_said_in_thanks_is_no_definition_asked(engine, question):
    # 'pengertian' (the definition asked for) shares its root with 'paham', 'ngerti' (understanding said in thanks)
    assert engine.answer(question).topic == "meta.thanks"


@pytest.mark.parametrize("question", ["pengertian ASI itu apa?", "apa pengertian pijat oksitosin?"])
def test_a_definition_asked_is_still_one(engine, question):
    assert engine.answer(question).topic.endswith(".what_is")


def test_beta_alone_is_still_the_nerve_fibre_word(engine):
    # 'beta' is read as 'saya' only before 'baru', 'mau', 'pung': the review's A-beta fibres keep their word
    assert engine.answer("apa itu serat saraf A-beta dalam pijat oksitosin?").topic != "meta.greeting"
