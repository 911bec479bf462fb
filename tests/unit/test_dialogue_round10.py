"""Session 7b: classes of conversation turns that round 10 showed oxybot still reads wrongly. Every
conversation here was written for these tests (never copied from an eval set), first seen failing,
then fixed in the conversation rules."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


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


# -- "how'd", "why'd": a chat contraction is the question word, not a word oxybot does not know --------
# Read as an unknown word, "howd" made the turn look like a subject not covered, which context may never
# bring in scope; read as "how did", it is a bare "how?" of the last subject.
@pytest.mark.parametrize("first, follow_up, topic", [
    ("Can my husband do the back massage for me?", "how'd he learn it?", "massage.how_to"),
    ("can my mum give me the oxytocin massage?", "ok how'd she do it?", "massage.how_to"),
    ("Does stress affect breast milk?", "why'd it do that?", "stress.mind_and_milk"),
])
def test_a_contracted_question_word_asks_of_the_last_subject(engine, first, follow_up, topic):
    answers = talk(engine, first, follow_up)
    assert answers[1].topic == topic, (answers[1].intent, answers[1].context)


def test_why_d_on_its_own_asks_why(engine):
    answer = engine.answer("My milk seems low lately. why'd that happen?")
    assert answer.topic == "asi.low_supply_causes" and not answer.ambiguous, answer.intent


# -- "boob": chat's word for the breast names the let-down's signs as "breast" does -----------------------
# "boob" is read as the breast before the sign's phrases are, so "other boob leaks" read as barely any milk.
@pytest.mark.parametrize("first, follow_up", [
    ("Why is my milk so low?", "my other boob leaks when he feeds though, so is it low?"),
    ("What is the difference between prolactin and oxytocin?", "my other boob leaks while baby feeds, is that oxytocin?"),
    ("How does the back massage help milk?", "my other boob drips during feeds already, is that it working?"),
])
def test_the_other_boob_dripping_is_the_let_down_sign(engine, first, follow_up):
    answers = talk(engine, first, follow_up)
    assert answers[1].topic == "letdown.signs" and not answers[1].ambiguous, (answers[1].intent, answers[1].context)


# -- "lewat jalur apa?", "through what?": the route by which the last subject acts is how it works ---------
# ("lewat apa" itself is no cue: normalised it is "lalu apa", what comes next)
@pytest.mark.parametrize("first, follow_up, topic", [
    ("apakah stres bisa bikin asi sedikit?", "ngaruhnya lewat jalur apa?", "stress.mind_and_milk"),
    ("pijat oksitosin itu apa?", "bantunya lewat jalur apa?", "massage.how_it_works"),
    ("Does worry really reduce milk?", "through what?", "stress.mind_and_milk"),
])
def test_asking_by_what_route_is_how_the_last_subject_works(engine, first, follow_up, topic):
    answers = talk(engine, first, follow_up)
    assert answers[1].topic == topic, (answers[1].intent, answers[1].context)
    assert answers[1].context == answers[0].intent
