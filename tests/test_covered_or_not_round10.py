"""Session 7b, round 10's scope misses fixed as classes: covered questions refused as "not covered" because
the massage, pregnancy or more milk was said in everyday words, or a list set aside after "tanpa"/"without"
was read only up to its first item; and a not-covered thing (a breast pump by an everyday name) answered
with a study. Every wording here is our own, none from an eval set."""

from __future__ import annotations

import pytest


def topic_of(engine, question: str) -> str:
    return engine.answer(question).topic


@pytest.mark.parametrize("question", [
    # someone working hands or strokes down the back or backbone is the massage, however it is said
    "My sister says someone should work their hands down your backbone after the birth to get the milk going. "
    "What is that exactly?",
    "Is there any point having my back worked on by my husband for the milk?",
    "Usapan di sepanjang tulang punggung yang katanya bikin ASI keluar itu sebenarnya apa?",
])
def test_work_on_the_back_in_everyday_words_is_the_massage(engine, question):
    assert topic_of(engine, question).startswith("massage.")


@pytest.mark.parametrize("text", [
    "Can I start the back massage while I'm still carrying the baby?",
    "Apakah pijat punggung boleh dimulai waktu perut masih besar?",
    "Boleh nggak pijat oksitosin dilakukan selagi masih berbadan dua?",
])
def test_pregnancy_by_its_everyday_names_is_pregnancy(engine, text):
    assert "hamil" in engine.normalizer.canonical(text).terms
    assert topic_of(engine, text) == "massage.when_who"


def test_a_list_after_a_contrast_cue_is_set_aside_whole_but_a_covered_question_after_or_stays(engine):
    listed = engine.normalizer.canonical("Sampai kapan bayi cuma nenen, tanpa air teh atau biskuit bayi?")
    assert "biskuit" in listed.contrasted  # the second item of the list, after "atau"
    # "or" may start another question: a covered concept there is still asked about
    asked = engine.normalizer.canonical("How do I get more milk without formula, or would oxytocin massage help?")
    assert "#massage" not in asked.contrasted


@pytest.mark.parametrize("question", [
    "Setting the jamu aside, what actually helps my body let more out for my baby?",
    "Leaving aside the herbal drinks, how can I get more coming for my newborn?",
])
def test_a_thing_set_aside_in_words_is_not_what_she_asks(engine, question):
    assert topic_of(engine, question) == "asi.increase_flow"


@pytest.mark.parametrize("question", [
    "Should I buy a plug-in gadget to draw milk out, and which brand lasts longest?",
    "Alat sedot ASI yang bagus merek apa ya bun?",
])
def test_a_breast_pump_by_its_everyday_name_is_not_covered(engine, question):
    assert topic_of(engine, question) == "out_of_scope"


@pytest.mark.parametrize("question", [
    "What on the mother's side can put the brakes on her milk?",
    "Which habits of a new mum put the brakes on the milk?",
])
def test_brakes_on_the_milk_asks_what_holds_it_back(engine, question):
    assert topic_of(engine, question) == "asi.low_supply_causes"


@pytest.mark.parametrize("question, topic", [
    # breast milk named by where it comes from ("straight from the breast", "yang keluar dari tubuh ibu")
    # set beside formula asks what the review says of breast milk, not about formula
    ("What does a baby get from milk straight from the breast that a powder bottle can't give?", "asi.benefits"),
    ("Kenapa susu kaleng tidak bisa menyamai yang keluar dari tubuh ibu?", "asi.what_is"),
    # only from her mother, with a list of what she may not have set aside, is exclusive breastfeeding
    ("Until what age should a baby drink only from her mum, with no water or porridge?", "asi.exclusive_duration"),
])
def test_breast_milk_named_by_where_it_comes_from_is_covered(engine, question, topic):
    assert topic_of(engine, question) == topic


@pytest.mark.parametrize("question", [
    # a blocked nose is the nose, not the milk ("mampet" beside "asi" is otherwise low milk)
    "anakku pilek hidung mampet, boleh ga asi diteteskan ke hidungnya?",
    # a flight with the baby is a thing the review does not cover, whatever worry is told with it
    "Kami mau naik pesawat bawa bayi 2 bulan, saya cemas, apa yang perlu disiapkan?",
    "I'm nervous about our first flight with the baby next month, how should we get ready?",
])
def test_a_cold_or_a_flight_is_not_covered(engine, question):
    assert topic_of(engine, question) == "out_of_scope"
