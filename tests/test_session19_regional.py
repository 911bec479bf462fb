"""Session 19: Javanese and Sundanese words from everyday word lists (not from evaluation questions): "mantu" is a
child's spouse (not "bantu"), "balung" a bone, "jare" what someone says, "hariwang" worried, "nete" to suckle,
"punten" and "teteh" politeness around a question; "kering" (dry) is never "ke-" + "ring"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, topic", [
    ("Aku arep mijeti gegere mantuku, sing dipijet balung sing endi?", "massage.how_to"),
    ("Punten teteh, abdi hariwang pisan ASI abdi saeutik, kunaon nya?", "asi.low_supply_causes"),
    ("gimana biar nete nya lancar, susu kayak kering terus", "asi.increase_flow"),
])
def test_regional_words_are_read(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_politeness_alone_is_a_greeting(engine):
    assert engine.answer("punten teteh, abdi bade naros").topic == "meta.greeting"
