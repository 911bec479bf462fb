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
