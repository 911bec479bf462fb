"""Session 25: words of a sudden drop in milk ("ASI tiba-tiba berkurang", "my supply suddenly dropped"), which read
as the let-down ("ASI turun") before. Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Bun, ASI aku tiba-tiba berkurang sejak minggu ini, kenapa ya?",
    "ASI saya mendadak sedikit padahal kemarin masih banyak, apa sebabnya?",
    "Why has my milk suddenly dropped? Two weeks in.",
    "my supply suddenly dropped after the first month, what could cause that",
])
def test_a_sudden_drop_asks_for_the_causes(engine, question):
    assert engine.answer(question).topic == "asi.low_supply_causes"


@pytest.mark.parametrize("question", [
    "will my milk go up if I put her on every two hours?",
    "does it help to put him on more at night?",
])
def test_put_him_on_is_to_feed_him(engine, question):
    # "put him on" (the breast) is a feed, a question about feeding; it was read as a goodbye
    answer = engine.answer(question)
    assert not answer.topic.startswith("meta."), answer.intent


@pytest.mark.parametrize("question", [
    "What on the mum's side makes the milk come in poorly for some women?",
    "How come some new mums end up with hardly anything coming out, what gets in the way?",
])
def test_milk_that_comes_in_poorly_asks_for_the_causes(engine, question):
    assert engine.answer(question).topic == "asi.low_supply_causes"


@pytest.mark.parametrize("question", [
    "ASI istri saya seret. Mending dipijat punggungnya atau minum jamu pelancar aja, yang ada risetnya yang mana?",
    "Supply is low. Massage from my husband, or one of those lactation boosters, which has actual research?",
])
def test_a_covered_way_weighed_against_one_not_covered_gets_the_covered_answer(engine, question):
    # the answer on making more milk says what the review supports and that boosters and jamu are not covered
    answer = engine.answer(question)
    assert answer.topic == "asi.increase_flow", answer.intent
    assert "jamu" in answer.detail or "herbal" in answer.detail


def test_a_booster_asked_about_alone_stays_not_covered(engine):
    assert engine.answer("Is daun katuk or a lactation booster good for making more milk?").topic == "out_of_scope"
