"""Session 21: words that frame a question rather than ask it: a change of subject announced ("switching
topics:") and the review named as the source ("what does the review say ...", "menurut tinjauan itu ...").
What follows is the question; alone, "what does the review say?" still asks about the review. New wordings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, topic", [
    ("New topic: how much milk does a mother make in a day?", "asi.volume"),
    ("What does the review say about how long to massage each time?", "massage.duration_frequency"),
    ("Menurut tinjauan tersebut, berapa menit pijatan dilakukan setiap kali?", "massage.duration_frequency"),
])
def test_the_question_after_the_framing_is_answered(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_the_review_asked_about_alone_is_the_review(engine):
    assert engine.answer("what does the review say?").topic == "review.about"


def test_a_turn_announcing_a_new_topic_is_read_on_its_own(engine):
    from oxybot.engine.dialogue import Conversation
    conversation = Conversation()
    engine.answer("how do I do the back massage?", context=conversation)
    answer = engine.answer("Switching topics: how much milk does a mother make in a day?", context=conversation)
    assert answer.topic == "asi.volume"


@pytest.mark.parametrize("question", [
    "my supply went from plenty to almost nothing in a week, what's going on?",
    "my milk has gone from plenty to almost nothing, what is going on?",
])
def test_a_fall_in_supply_with_whats_going_on_asks_why(engine, question):
    assert engine.answer(question).topic == "asi.low_supply_causes"


def test_a_greeting_then_a_question_about_oxybot_answers_the_question(engine):
    answer = engine.answer("Hello! What are you exactly, and where does your information come from?")
    assert answer.topic == "meta.about"
