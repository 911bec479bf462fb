"""Session 7b: classes of conversation turns that round 10 showed oxybot still reads wrongly. Every
conversation here was written for these tests (never copied from an eval set), first seen failing,
then fixed in the conversation rules."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


def talk(engine, *questions):
    convo = Conversation()
    return [engine.answer(q, context=convo) for q in questions]


# -- after a "not covered" answer, a follow-up with a covered subject of its own is that subject ------
# The not-covered answer held every follow-up that was not clear enough on its own, even one that says
# where on the back to start or names breast milk itself; only a bare ellipsis stays with it.
@pytest.mark.parametrize("first, follow_up, topic", [
    ("Which baby carrier is best for newborns?", "how do I do it, where on her back do I begin?",
     "massage.how_to"),
    ("Can I dye my hair while breastfeeding?", "and the back rub, where on the spine do I start?",
     "massage.how_to"),
    ("pasca lahiran kapan boleh olahraga lagi?", "berarti ASI ga bisa digantiin susu kedelai ya?",
     "asi.what_is"),
    ("Is it fine to eat spicy food when nursing?", "ok so breast milk, can soy milk replace it?",
     "asi.what_is"),
])
def test_a_follow_up_naming_a_covered_subject_leaves_the_not_covered_answer(engine, first, follow_up, topic):
    answers = talk(engine, first, follow_up)
    assert answers[0].topic == "out_of_scope"
    assert answers[1].topic == topic, (answers[1].intent, answers[1].context)


@pytest.mark.parametrize("first, follow_up", [
    ("Which baby carrier is best for newborns?", "and how long for?"),
    ("pasca lahiran kapan boleh olahraga lagi?", "berapa lama?"),
    ("Can I dye my hair while breastfeeding?", "caranya?"),
])
def test_a_bare_ellipsis_after_a_not_covered_answer_stays_not_covered(engine, first, follow_up):
    answers = talk(engine, first, follow_up)
    assert [a.topic for a in answers] == ["out_of_scope", "out_of_scope"]
