"""Session 13, round 19's understanding misses (read with round 19 left out of asked.yaml) fixed as classes, tested
with our own wordings (none from an eval set).

* The classifier's override keeps the matcher's focus rule: a birth with no surgery named ("just had twins") never
  gets the caesarean answer; a birth "through my belly" is the caesarean.
* Everyday names: "the back thing" and a back pressed, stroked or rubbed with words between ("usapan pelan di
  punggung") is the massage (a rub of something else, then "back to sleep", is not); fretting and jitters are
  stress; the body "topping itself up" is the supply answering demand, not formula top-ups; chat "bm" is breast milk.
* A contrast cue ("instead of") sets aside a not-covered thing named past small words ("from a bottle of powder").
* What a baby gains from breast milk ("gain from", "get out of it") asks its benefits, and a story that names formula
  before a question about breast milk itself asks about breast milk; a question about formula stays not covered.
* Small talk in new words: "anybody home?", "much appreciated".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "my partner just had twin girls and nothing much is coming out of her breasts yet",
    "Istri saya baru melahirkan kembar, ASI-nya belum keluar juga",
])
def test_twins_without_surgery_get_no_caesarean_answer(engine, question):
    assert engine.answer(question).topic != "massage.after_caesarean"


@pytest.mark.parametrize("question", [
    "Both babies were lifted out through my belly on Monday. Is it too soon for my husband to rub along my spine?",
    "She came out through my tummy and sitting hurts, can the back massage still be done lying down?",
    "On our ward most mothers deliver by section. Does the oxytocin massage help them as well?",
])
def test_birth_through_the_belly_is_the_caesarean(engine, question):
    assert engine.answer(question).topic == "massage.after_caesarean"


@pytest.mark.parametrize("question, topic", [
    ("how many minutes a night should the back thing take?", "massage.duration_frequency"),
    ("Usapan pelan di punggung yang dianjurkan bidan itu sebenarnya apa?", "massage.what_is"),
    ("why would pressing along my spine make milk come out?", "massage.how_it_works"),
    ("can feeling jittery and on edge all the time slow my milk down?", "stress.mind_and_milk"),
    ("Is it true the more she feeds, the more my breasts top themselves up?", "asi.volume"),
    ("any tricks to make more bm? my lo is 10 days old", "asi.increase_flow"),
])
def test_everyday_names(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_rub_of_something_else_is_no_massage(engine):
    answer = engine.answer("Saya usap krim ke puting lalu tidur lagi, aman nggak buat bayi?")
    assert not answer.topic.startswith("massage.")


@pytest.mark.parametrize("question, topic", [
    ("What would my son gain from breast milk that a bottle could not give him?", "asi.benefits"),
    ("We are thinking of moving to formula soon. What are the benefits of breast milk for the baby?", "asi.benefits"),
    ("Kami kepikiran pindah ke sufor. Sebenarnya apa manfaat ASI buat bayi?", "asi.benefits"),
    # a contrast reaches past small words: "instead of from a bottle of the powdered stuff" sets formula aside
    ("What does my boy get from feeding on me instead of from a bottle of the powdered stuff?", "asi.benefits"),
    ("My baby is on formula now. Which brand is the best one to buy?", "out_of_scope"),
])
def test_benefits_asked_beside_formula(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    ("hello hello, anybody home?", "meta.greeting"),
    ("cheers, I appreciate it", "meta.thanks"),
])
def test_small_talk(engine, question, topic):
    assert engine.answer(question).topic == topic


# chat shorthand with dropped vowels for "a little" and "enough" (lead, after round 20): the commonest question stays covered
def test_more_milk_asked_in_chat_shorthand_is_covered(engine):
    assert engine.answer("asi aku dkit bgt pdhl udh sering nyusuin, gmn ya biar bnyk?").topic == "asi.increase_flow"
    assert engine.answer("takut asi ga ckp buat dedek, ada cara biar nambah?").topic == "asi.increase_flow"


# session 14: everyday Javanese and Sundanese words (the back in krama, "to", month, grandchild, up to, every day)
@pytest.mark.parametrize("text,intent", [
    ("yen gigirku dipijet, ana pengaruh menyang susu ra?", None),
    ("urut tonggong nepi ka mana wae?", "massage/how_to"),
])
def test_regional_words_keep_the_question(engine, text, intent):
    answer = engine.answer(text)
    assert answer.topic != "out_of_scope"
    if intent:
        assert answer.intent == intent


# session 14: a casual "what even is" asks what it is; slimming, calories and ointments are not covered
def test_what_even_is_asks_what_it_is(engine):
    assert engine.answer("ok so what even is this back massage thing").intent == "massage/what_is"


@pytest.mark.parametrize("text", [
    "Is there a safe way to lose the pregnancy weight while I'm breastfeeding?",
    "boleh pijat buat ngecilin perut pas masih nyusuin?",
    "Salep apa yang bagus buat bekas luka sesar yang gatal?",
])
def test_slimming_and_ointments_are_not_covered(engine, text):
    assert engine.answer(text).topic == "out_of_scope"
