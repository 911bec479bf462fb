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
