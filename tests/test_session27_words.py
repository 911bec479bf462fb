"""Session 27: words from round 31's questions, in wordings of our own: a Marmet technique told as its steps
("memerah dan memijat": expressing, not turning red), "pantang" (a food taboo, not "panting"), a weight told
with "sedikit" before wees told as plenty, Javanese politeness ("nyuwun sewu": excuse me, no thanks), and why
mothers give up exclusive breastfeeding (the causes)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "metode Marmet itu yaitu memerah dan memijat payudara sendiri ya? lebih bagus dari pijat oksitosin?",
    "ibu menyusui harus pantang ikan laut nggak?",
    "dedek 12 hari, berat naik sedikit, pipis lumayan sering. sekali nyusu dapat berapa ml sih?",
])
def test_no_danger_sign(engine, question):
    assert not engine.answer(question).red_flag


def test_a_food_taboo_is_not_covered(engine):
    assert engine.answer("ibu menyusui harus pantang ikan laut nggak?").topic == "out_of_scope"


def test_javanese_excuse_me_is_no_thanks(engine):
    assert engine.answer("nyuwun sewu, kulo badhe tanglet").topic != "meta.thanks"


def test_why_mothers_give_up_exclusive_breastfeeding_asks_the_causes(engine):
    assert engine.answer("why do so many mothers give up on exclusive breastfeeding so soon?").topic == \
        "asi.low_supply_causes"
    assert engine.answer("when can I stop exclusive breastfeeding?").topic == "asi.exclusive_duration"


def test_the_babys_own_body_massaged_is_not_covered(engine):
    assert engine.answer("badan bayi saya dipijat tiap sore biar tidurnya pulas, pakai minyak apa?").topic == \
        "out_of_scope"


def test_which_hormone_makes_and_which_pushes(engine):
    question = "which hormone manufactures the milk and which one pushes it out to the nipple?"
    assert engine.answer(question).topic == "hormone.prolactin_oxytocin"


@pytest.mark.parametrize("question, topic", [
    ("wher dose brest milk come from?", "asi.what_is"),
    ("how dose the back massage work?", "massage.how_it_works"),
    ("what dose of domperidone is usual?", "out_of_scope"),
])
def test_dose_typed_for_does(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_clinical_indicators_of_the_ejection_reflex_are_its_signs(engine):
    assert engine.answer("which clinical indicators show that the milk ejection reflex has occurred?").topic == \
        "letdown.signs"
