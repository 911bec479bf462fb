"""Session 10, round 15's misses fixed as classes, with our own wordings (none from an eval set): the baby
"cut out" is a caesarean; dates named by their colour are no chocolate; what is in the head and quarrels at
home are stress; what she says she is "not after" is set aside; smoking is not covered; a bare "actually do
it" said of the studies is no thought of harm (the first-person forms stay a danger sign)."""

from __future__ import annotations

import pytest


def answer(engine, question: str):
    return engine.answer(question)


@pytest.mark.parametrize("question, topic", [
    ("the doctors cut my baby out last week, is a back rub for my milk okay while the stitches heal?", "massage.after_caesarean"),
    ("buah warna cokelat yang manis itu, dibanding pijat punggung, mana yang bikin ASI lebih deras?", "evidence.vs_dates"),
    ("habis berantem sama suami ASI saya kayak berhenti, isi pikiran ngaruh nggak ke susu?", "stress.mind_and_milk"),
    ("kenapa susu formula kalah bagus sama yang keluar dari tubuh ibu?", "asi.what_is"),
    ("heyy", "meta.greeting"),
])
def test_covered_questions_in_new_words_are_answered(engine, question, topic):
    assert answer(engine, question).topic == topic


@pytest.mark.parametrize("question", [
    "Ayah saya merokok di dalam rumah dekat cucunya yang baru 2 bulan. Bagaimana cara menyuruh beliau berhenti merokok?",
    "is second hand smoke on my husband's clothes bad for the baby?",
])
def test_smoking_is_not_covered(engine, question):
    assert answer(engine, question).topic == "out_of_scope"


def test_the_studies_actually_doing_it_is_no_danger_sign(engine):
    a = answer(engine, "My mum rubs my back for an hour a day. How many minutes did the trials actually do it for?")
    assert not a.red_flag
    assert a.topic == "massage.duration_frequency"


def test_fear_of_actually_doing_it_stays_a_danger_sign(engine):
    a = answer(engine, "I keep imagining shaking my baby and I'm so scared I'll actually do it")
    assert a.red_flag


@pytest.mark.parametrize("question, topic", [
    # vowels dropped in chat
    ("krma ato pjt oksitosin, mn yg lbh ampuh?", "evidence.vs_dates"),
    ("pjt pyudra itu beda ap sm pjt oksitosin?", "evidence.vs_breast_massage"),
])
def test_chat_spellings_without_vowels(engine, question, topic):
    assert answer(engine, question).topic == topic
