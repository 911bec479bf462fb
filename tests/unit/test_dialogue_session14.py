"""Session 14's conversation fixes, by class (round 20's follow-up misses), with conversations written for
these tests (never copied from an eval set), each first seen failing."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


# -- a word the last answer used, read as a question type ("does it hurt?"), asked back of it: that answer,
#    not a danger card reached by likeness ("and on pain?" had got the chest-pain card) -------------------
@pytest.mark.parametrize("first, turn", [
    ("what else does oxytocin do for a new mum?", "and on pain?"),
    ("apa saja efek hormon oksitosin untuk ibu?", "kalau nyeri?"),
])
def test_a_word_of_the_last_answer_asked_back_stays_with_it(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[0].intent == "hormone/oxytocin_effects"
    assert not answers[1].red_flag
    assert answers[1].intent == "hormone/oxytocin_effects"


def test_a_pain_of_her_own_after_it_is_still_read_by_the_triage(engine):
    answers = talk(engine, "what else does oxytocin do for a new mum?", "and my chest hurts and I can't breathe")
    assert answers[1].red_flag


# -- Javanese and Sundanese follow-ups ("ana pengaruh menyang susu ra?": is there an effect on the milk) ----
def test_a_javanese_follow_up_is_read(engine):
    answers = talk(engine, "pijet gigir kanggo busui iku piye carane?", "ono efek samping ra?")
    assert answers[0].intent == "massage/how_to"
    assert answers[1].topic != "out_of_scope"
