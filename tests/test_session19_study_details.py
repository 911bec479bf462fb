"""Session 19: a detail of the study just given, asked in a few words, is that study's (round 23's follow-up
misses, as a class in our own wordings): its mothers, how it measured, which arm did better, when it was done,
though the words alone read clearly as the studies as a whole, the milk's volume or when to start."""

from __future__ import annotations

import pytest

from dialogue_probe import talk

MARMET = "Penelitian di Gorontalo yang membandingkan pijat oksitosin dengan teknik Marmet itu hasilnya gimana?"
CARE = "pijat oksitosin lebih bagus nggak dibanding perawatan payudara biasa?"
WOOLWICH = "What did the study comparing oxytocin massage with Woolwich massage find?"


@pytest.mark.parametrize("first, detail", [
    (MARMET, "waktu itu dilakukan di hari ke berapa setelah lahiran?"),
    (MARMET, "jadi yang lebih efektif yang mana?"),
    (MARMET, "respondennya berapa orang?"),
    (MARMET, "cara ngukur ASI-nya gimana?"),
    (MARMET, "yang dipijat itu ada berapa ibu yang diteliti?"),
    (MARMET, "asinya cukup atau nggak itu ngukurnya dari apa?"),
    (CARE, "terus dilakukan hari ke berapa setelah lahiran?"),
    (CARE, "yang dipijat suaminya itu ada berapa orang ibu yang diteliti?"),
    (WOOLWICH, "so which one came out better?"),
    (WOOLWICH, "how many mothers took part?"),
    (WOOLWICH, "when after the birth was it carried out?"),
])
def test_a_detail_of_the_study_just_given_stays_on_it(engine, first, detail):
    opened, answer = talk(engine, first, detail)
    assert answer.intent == opened.intent and answer.context == opened.intent


def test_a_subject_of_its_own_still_moves_on(engine):
    # "when should I start?" is when to start the massage, not when the study was done
    _, answer = talk(engine, WOOLWICH, "ok, and when should I start the massage after birth?")
    assert answer.topic == "massage.when_who"


def test_who_wrote_the_review_after_the_studies_as_a_whole_is_the_review(engine):
    _, answer = talk(engine, "how strong is the evidence for oxytocin massage?", "and who wrote the review?")
    assert answer.topic == "review.about"


def test_a_figure_only_one_of_an_answers_studies_reports_is_that_study(engine):
    # the massage after a caesarean rests on two studies; only one of them reports a correlation
    _, answer = talk(engine, "boleh nggak dipijat oksitosin kalau habis operasi sesar?", "korelasinya berapa sih?")
    assert answer.intent == "evidence/breast_care_after_caesarean"


def test_a_detail_every_study_gives_leaves_the_studies_together(engine):
    # "how many mothers?" is asked of both studies after a caesarean: no one of them is picked
    _, answer = talk(engine, "can I have the massage after a c-section?", "how many mothers were in those studies?")
    assert answer.intent == "massage/after_caesarean"
