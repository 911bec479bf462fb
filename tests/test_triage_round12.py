"""Round 12's triage misses and false alarms, fixed by class and tested with new wordings written for these
tests (never the eval questions): a leg clot told by touch and by a shoe that no longer fits, danger signs in
Minang and Sundanese words, the caesarean named as "an operation birth" with its wound or a hard, sick belly in
a later sentence."""

from __future__ import annotations

import pytest


def assessed(engine, text):
    return engine.triage.assess(text)


def referral(engine, text):
    return engine.triage.assess(text).referral()


def groups(engine, text):
    return {g for g, _ in engine.triage.assess(text).groups()}


# -- a leg clot told in everyday words -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "there's a sore red vein like a rope running up the back of my thigh",
    "pembuluh di betis kiri teraba kayak kawat, nyeri kalau dipegang",
    "lipatan lutut kanan saya ada urat mengeras, panas dan sakit",
    "my left ankle has puffed up so much I can't get my shoe on, the right one is fine",
    "kaki kanan bengkak sampai tidak muat sandal, yang kiri biasa saja, 10 hari habis lahiran",
])
def test_a_leg_clot_told_by_touch_or_by_a_shoe(engine, text):
    assert "leg_clot" in groups(engine, text), assessed(engine, text).findings
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    "my feet are so puffy my shoes don't fit, is that normal after birth?",
    "urat di kaki saya kelihatan biru biru sejak hamil, apa pengaruh ke ASI?",
    "does the let-down feel like a string pulling inside the breast?",
    "my knee aches when I sit cross-legged to feed",
])
def test_swollen_feet_on_both_sides_or_visible_veins_are_no_clot(engine, text):
    assert "leg_clot" not in groups(engine, text), assessed(engine, text).findings


@pytest.mark.parametrize("text", ["bajunya sesak sejak hamil, kapan bisa pakai baju lama lagi?",
                                  "cincinnya sesak, jari agak bengkak sejak melahirkan"])
def test_tight_clothes_or_a_tight_ring_are_no_breathlessness(engine, text):
    assert "breathing_chest" not in groups(engine, text), assessed(engine, text).findings


# -- signs in Minang and Sundanese words ------------------------------------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("betis kida ambo gadang sabalah, sakik jo angek", "leg_clot"),
    ("anak ambo pipisnyo saketek bana dari kapatang", "baby"),
    ("orok abdi umur 5 poe, ambekanana gancang pisan jeung handapeun igana kempot", "baby"),
    ("budak abdi beuteungna bareuh jeung teuas, utah wae", "baby"),
])
def test_signs_told_in_regional_words(engine, text, group):
    assert group in groups(engine, text), assessed(engine, text).findings


def test_regional_words_alone_raise_nothing(engine):
    text = "ambo baru pulang dari pasar, ASI ambo cukuik indak untuk anak ambo?"
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- the caesarean named in other words, its sign in a later sentence ------------------------------------------
@pytest.mark.parametrize("text", [
    "Best way to hold him after a surgical delivery? Also my tummy wound smells and is weeping.",
    "I had an operation birth ten days ago. Since yesterday the wound leaks a yellow-green fluid.",
])
def test_a_wound_after_the_operation_birth_is_the_caesarean_wound(engine, text):
    assert "caesarean_wound" in groups(engine, text), assessed(engine, text).findings
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    "They took the baby out through my tummy on Monday. Now my belly is tight and swollen and I've vomited three times.",
    "after my section the pain keeps getting worse and now I'm being sick",
])
def test_a_hard_sick_belly_after_the_caesarean_is_an_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings
    assert "caesarean_wound" in groups(engine, text)


@pytest.mark.parametrize("text", [
    "c section 3 days ago and the pain is getting better every day, can I start the back massage?",
    "I had an operation birth. My tummy wound is healing nicely, no redness. Which hold is best?",
])
def test_a_caesarean_healing_well_raises_nothing(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings
