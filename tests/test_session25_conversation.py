"""Session 25: after the causes of low milk, a long turn that tells her own situation and ends "could that be part
of it?" asks whether that is one of the causes. Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


@pytest.mark.parametrize("first, then", [
    ("Why has my milk dried up to a trickle this week?",
     "My husband went back to work so I'm doing every night feed alone and barely eating lunch, could that be part of it?"),
    ("Kenapa ya ASI saya tiba-tiba seret?",
     "Sekarang saya jaga toko sampai malam, makan sering telat, istirahat kurang, apa itu penyebabnya ya kak?"),
])
def test_a_suspect_she_tells_gets_the_causes_again(engine, first, then):
    convo = Conversation()
    assert engine.answer(first, context=convo).topic == "asi.low_supply_causes"
    answer = engine.answer(then, context=convo)
    assert answer.topic == "asi.low_supply_causes"
    assert answer.context == "asi/low_supply_causes"


def test_a_not_covered_suspect_stays_not_covered(engine):
    # a medicine she takes is a subject the review does not cover, however the turn ends
    convo = Conversation()
    engine.answer("Kenapa ya ASI saya tiba-tiba seret?", context=convo)
    assert engine.answer("Saya minum obat hipertensi dari dokter, apa itu penyebabnya?", context=convo).topic == \
        "out_of_scope"


@pytest.mark.parametrize("first, then", [
    ("Kira-kira ASI yang bisa dihasilkan ibu dalam sehari itu berapa banyak?", "trus gimana caranya supaya lebih banyak?"),
])
def test_how_to_make_more_after_how_much_milk(engine, first, then):
    # "more" names no subject: after how much milk a mother makes, it is how to make more milk
    convo = Conversation()
    assert engine.answer(first, context=convo).topic == "asi.volume"
    assert engine.answer(then, context=convo).topic == "asi.increase_flow"
