"""Session 19: thanks and a goodbye in one message close the chat, whichever comes first ("bye bye, thanks!" as
"thanks, bye"); thanks with a word on how the answer helped, and no goodbye, stays thanks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "okay that's everything, bye now, thank you!",
    "udah itu aja, dadah, makasih ya",
    "bye for now, thanks a lot",
])
def test_thanks_and_goodbye_together_is_a_goodbye(engine, message):
    assert engine.answer(message).topic == "meta.goodbye"


@pytest.mark.parametrize("message", ["thanks, that really helped", "makasih banyak, membantu banget"])
def test_thanks_alone_stays_thanks(engine, message):
    assert engine.answer(message).topic == "meta.thanks"


@pytest.mark.parametrize("message", ["hai bot, kenalan dulu ya, aku mau nanya-nanya seputar menyusui",
                                     "halo, boleh kenalan dulu?"])
def test_getting_acquainted_is_a_greeting(engine, message):
    assert engine.answer(message).topic == "meta.greeting"


def test_an_introduction_of_food_is_no_greeting(engine):
    # "dikenalin makanan lain" introduces food, not oxybot: a question about exclusive breastfeeding
    assert engine.answer("umur berapa bayi boleh dikenalin makanan selain ASI?").topic == "asi.exclusive_duration"


def test_kneading_down_her_back_is_the_massage(engine):
    answer = engine.answer("my sister wants to knead down the middle of my back for my milk, where should she stop?")
    assert answer.topic == "massage.how_to"
