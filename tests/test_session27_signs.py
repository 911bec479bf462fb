"""Session 27: danger signs from round 31's English red team, in wordings of our own. First a crash: a sign
negated with a degree ("no fever at all") and then a number broke the engine; the user got "error: TypeError"
instead of an answer."""

from __future__ import annotations

import itertools

import pytest

from test_cli import oxybot


def test_a_sign_negated_with_a_degree_then_a_number_gets_an_answer():
    proc = oxybot("ask", "no fever at all 36.8 under the arm, can the back massage make the milk flow faster?")
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stdout.lower() and "Traceback" not in proc.stderr
    assert "massage" in proc.stdout.lower()


NEGATIONS = ("no", "not", "without", "tidak", "ga", "tanpa", "gada")
SIGNS = ("fever", "demam", "bleeding", "perdarahan", "sesak")
DEGREES = ("at all", "really", "too much", "sekali", "sama sekali", "banget", "parah")
TAILS = ("36.8", "38,5", "fever", "kejang", "or having", "atau merasa", ", and")


def test_every_negated_sign_with_a_degree_and_a_tail_is_answered(engine):
    # the class of the crash: whatever follows the degree words, the engine answers
    for neg, sign, degree, tail in itertools.product(NEGATIONS, SIGNS, DEGREES, TAILS):
        engine.answer(f"{neg} {sign} {degree} {tail} bayi saya")


@pytest.mark.parametrize("question", [
    "my stitches down below were healing fine but now there's a fishy-smelling ooze on my pad, can I still do the back rub?",
    "fishy smelling discharge two weeks after the birth",
    "bp up again and a pounding headache, day 4 after birth",
    "she suddenly felt tightness in her chest this morning, day 3 after delivery",
])
def test_a_danger_sign_told(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "midwife took my blood pressure, 116/74, and told me to rest with my feet up. will the massage still help?",
    "will my baby go yellow if I eat lots of mango while breastfeeding?",
    "day 6: he had 7 wet nappies and 3 dirty ones yesterday, is that enough milk?",
    "red blotches with yellow centres on his back that come and go, he is feeding well, is my diet the cause?",
    "my chest felt tight during a panic attack last night, it settled within 5 minutes. can stress cut my milk?",
])
def test_no_danger_sign(engine, question):
    assert not engine.answer(question).red_flag


def test_an_oxygen_saturation_is_no_breath_count_of_the_baby(engine):
    # a nurse's note on her patient: the 92 is oxygen, the fast breathing and the chest are the mother's
    result = engine.answer("post partum day 1, sats 92% on room air, tightness in the chest, can we start oxytocin massage?")
    assert result.red_flag and result.referral["person"] == "mother"
