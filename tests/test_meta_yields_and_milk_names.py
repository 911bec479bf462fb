"""Session 10, round 13's two classes fixed as mechanisms, with our own wordings (none from an eval set):
a long question naming a covered subject is no question about oxybot, whatever cue word ("option") the
help intent matched in full; and breast milk named by what it is ("the stuff my body makes")."""

from __future__ import annotations

import pytest


def topic_of(engine, question: str) -> str:
    return engine.answer(question).topic


def test_a_long_question_about_the_massage_after_a_caesarean_is_not_a_help_request(engine):
    # "option" is a keyword of the help intent; here it is the massage she asks whether she may have
    question = "My scar from the caesarean still pulls when I move. Is a spine rub for the milk still an option for me?"
    assert topic_of(engine, question) == "massage.after_caesarean"


@pytest.mark.parametrize("question, topic", [
    ("what options do you have?", "meta.help"),
    ("which topics and options can I ask about here?", "meta.help"),
    ("can you help me", "meta.help"),
    ("hello, what are the options in this app?", "meta.help"),
    ("hi, I have some questions about breastfeeding if that's ok", "meta.greeting"),
    ("thank you so much, that helped a lot with my milk", "meta.thanks"),
])
def test_questions_about_oxybot_and_small_talk_stay_meta(engine, question, topic):
    assert topic_of(engine, question) == topic


@pytest.mark.parametrize("question, topic", [
    # the milk named by what it is, neither "milk" nor "ASI": the normaliser reads it as breast milk
    ("cairan dari payudara ibu itu lebih bagus dari susu kaleng atau tidak?", "asi.what_is"),
    ("what exactly is in the stuff that comes out of my breasts?", "asi.what_is"),
    ("is the stuff my body makes better for my son than a tin of powder?", "asi.what_is"),
])
def test_breast_milk_named_by_what_it_is_is_breast_milk(engine, question, topic):
    assert topic_of(engine, question) == topic


@pytest.mark.parametrize("phrase", ["the stuff my body makes", "what comes out of my chest", "cairan dari payudara",
                                    "cairan yang keluar dari dada saya"])
def test_everyday_names_of_breast_milk_normalise_to_asi(engine, phrase):
    assert "asi" in engine.normalizer.canonical(phrase).terms


def test_a_discharge_from_the_breast_with_fever_is_still_a_danger_sign(engine):
    # "cairan ... dari payudara" read as milk by the matcher; the triage reads the words themselves
    assert engine.answer("keluar cairan hijau berbau dari payudara dan saya demam").red_flag
