"""Session 26: details of a study asked in words the cues had missed ("which region", "mean changes", "what to look
for"). Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


@pytest.mark.parametrize("then", [
    "in which region did they do it?",
    "and which region?",
])
def test_a_study_detail_after_a_study(engine, then):
    convo = Conversation()
    first = engine.answer("Was the back massage ever compared with the Marmet hand-expression technique?", context=convo)
    assert first.topic == "evidence.vs_marmet"
    answer = engine.answer(then, context=convo)
    assert answer.topic == "evidence.vs_marmet"
    assert answer.context == first.intent


def test_what_to_look_for_after_the_let_down_signs(engine):
    # "what ... for" is no "what is it for?" when she asks what to look for
    convo = Conversation()
    assert engine.answer("How do I know my let-down has happened? I don't feel any tingling", context=convo).topic == \
        "letdown.signs"
    assert engine.answer("then what should I look for?", context=convo).topic == "letdown.signs"


@pytest.mark.parametrize("then", ["so where should I put my hands?", "trus tangannya ditaruh di mana?"])
def test_where_the_hands_go_after_the_caesarean_answer(engine, then):
    # where the hands go is how the massage is done, not where the caesarean studies were done
    convo = Conversation()
    assert engine.answer("Is the back massage okay for my wife two days after her caesarean?", context=convo).topic == \
        "massage.after_caesarean"
    assert engine.answer(then, context=convo).topic == "massage.how_to"


def test_the_result_of_one_study_the_last_answer_cited(engine):
    # when to start cites several studies; the turn names the one of pregnant mothers and asks its result
    convo = Conversation()
    assert engine.answer("umur kandungan saya 32 minggu, boleh mulai pijat oksitosin sekarang?", context=convo).topic == \
        "massage.when_who"
    answer = engine.answer("ibu hamil yg diteliti itu hasilnya gmn?", context=convo)
    assert answer.intent == "evidence/breast_care_pregnancy"
    assert answer.context == "massage/when_to_start"


@pytest.mark.parametrize("first, then", [
    ("How do I do the oxytocin massage on my wife?", "what if it doesn't work for her?"),
    ("pijat oksitosin beneran ngefek ga sih?", "kalo udah dicoba tapi ga berhasil gmn dong"),
])
def test_if_the_way_fails_the_other_ways(engine, first, then):
    convo = Conversation()
    engine.answer(first, context=convo)
    answer = engine.answer(then, context=convo)
    assert answer.intent == "asi/increase_flow"
    assert answer.context is not None


def test_if_it_fails_with_a_subject_of_its_own(engine):
    # a medicine named beside the failure is its own subject, not covered
    convo = Conversation()
    engine.answer("How do I do the oxytocin massage on my wife?", context=convo)
    assert engine.answer("and if it doesn't work, can she take domperidone?", context=convo).topic == "out_of_scope"


@pytest.mark.parametrize("then", ["does it shift other hormones too, the stress ones?", "does it shift the stress hormones as well?"])
def test_other_hormones_after_how_the_massage_works(engine, then):
    # the answer on how the massage works says what it does to stress hormones (beta-endorphin, ACTH)
    convo = Conversation()
    assert engine.answer("how does rubbing the back get oxytocin released?", context=convo).intent == "massage/how_it_works"
    assert engine.answer(then, context=convo).intent == "massage/how_it_works"


def test_how_many_studies_said_it_worked_is_the_verdict(engine):
    convo = Conversation()
    engine.answer("does the oxytocin massage really work for milk?", context=convo)
    assert engine.answer("how many of the studies found it worked?", context=convo).intent == "massage/effectiveness"


def test_how_far_apart_after_a_study(engine):
    convo = Conversation()
    assert engine.answer("what did the study comparing oxytocin massage with Woolwich massage find?", context=convo).topic == \
        "evidence.vs_woolwich"
    assert engine.answer("how far apart were the scores?", context=convo).topic == "evidence.vs_woolwich"
