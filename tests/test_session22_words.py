"""Session 22: colds counted as illnesses ("caught every cold going") are no cold baby; a colleague from the office
("teman kantor bilang ...") does not make a question about pumping at work. Wordings are new, not those of any
evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "My first baby caught every cold going and she was bottle fed. Will this one be ill less on breast milk alone?",
    "He seems to get colds all the time since daycare, can breastfeeding help him fight them?",
])
def test_colds_as_illnesses_raise_no_card(engine, question):
    assert not engine.answer(question).red_flag


def test_a_cold_baby_is_still_cold(engine):
    assert engine.answer("Bayi 4 hari, suhu 35,4, tangan dan kakinya dingin").red_flag


@pytest.mark.parametrize("question", [
    "Teman kantor saya bilang pijat punggung bikin ASI lancar, benar tidak?",
    "Rekan kerja bilang ASI eksklusif cukup 4 bulan saja, betul begitu?",
])
def test_a_colleague_is_no_question_about_pumping_at_work(engine, question):
    assert engine.answer(question).intent != "oos/pumping_work"


def test_the_office_itself_is_still_pumping_at_work(engine):
    assert engine.answer("di kantor saya harus pumping jam berapa saja?").intent == "oos/pumping_work"


@pytest.mark.parametrize("question, intent", [
    # the physiology class's words for making milk name prolactin
    ("In physiology terms, which hormone drives milk synthesis and which one its release?", "hormone/prolactin_oxytocin"),
    ("Hormon apa yang mengatur sintesis ASI, dan hormon apa yang mengeluarkannya?", "hormone/prolactin_oxytocin"),
    # pressure moved along the back is the massage, told by what the hands do
    ("How could pressing along the spine possibly reach the breasts? Explain it to me", "massage/how_it_works"),
])
def test_words_of_their_own_name_the_subject(engine, question, intent):
    assert engine.answer(question).intent == intent
