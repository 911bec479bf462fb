"""Session 11's conversation fixes, by class (round 15's misses and those pooled over rounds 5-13). Every
conversation here was written for these tests (never copied from an eval set), first seen failing, then
fixed in content/frames.yaml or the conversation rules (oxybot/engine/dialogue.py, engine.py)."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


# -- "why does that happen, biologically?" after the signs: why, not a detail of the signs ---------------
@pytest.mark.parametrize("turn", ["but why does that happen, biologically?", "why does that happen, physically?"])
def test_why_it_happens_in_the_body_after_the_signs_is_what_the_letdown_is(engine, turn):
    answers = talk(engine, "how can I tell my milk is letting down?", turn)
    assert answers[1].intent == "letdown/what_is", (answers[1].intent, answers[1].context)


def test_secara_biologis_is_no_subject_of_its_own(engine):
    answers = talk(engine, "tanda-tanda refleks let down itu apa saja?", "kenapa bisa begitu secara biologis?")
    assert answers[1].intent == "letdown/what_is", (answers[1].intent, answers[1].context)


def test_which_nerves_after_how_the_massage_works_is_still_that_answer(engine):
    answers = talk(engine, "how does the oxytocin massage work on the body?", "which nerves are those?")
    assert answers[1].intent == "massage/how_it_works", (answers[1].intent, answers[1].context)


# -- "how?" of a subject of its own after a claim about another: how it is done --------------------------
@pytest.mark.parametrize("turn", ["pijat punggung itu gimana?", "kalau pijat oksitosin itu gimana?",
                                  "and the oxytocin massage, how?"])
def test_how_of_a_new_subject_after_the_causes_is_how_it_is_done(engine, turn):
    answers = talk(engine, "kenapa ASI saya sedikit sekali?", turn)
    assert answers[1].intent in ("massage/how_to", "massage/what_is"), (answers[1].intent, answers[1].context)


def test_how_after_a_claim_about_the_same_subject_is_still_how_it_works(engine):
    answers = talk(engine, "does the oxytocin massage really work?", "how?")
    assert answers[1].intent == "massage/how_it_works", (answers[1].intent, answers[1].context)


# -- "the stress hormone" after how the massage works: what the massage does to it ------------------------
@pytest.mark.parametrize("first, turn", [
    ("bagaimana cara kerja pijat oksitosin?", "pengaruh ke hormon stres juga?"),
    ("how does the oxytocin massage work?", "does it affect stress hormones too?"),
])
def test_the_stress_hormone_after_how_the_massage_works_is_that_answer(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "massage/how_it_works", (answers[1].intent, answers[1].context)

